"""Character spans, indexed: which span holds an offset, in logarithmic time.

The extractors ask, for every token or figure of an article, whether it lies inside a
quotation, a date or a statement. Scanning every span for every question makes a long
article cost the square of its length (a 100 KB paragraph of quotes took minutes); an
index sorted by start with a running maximum of the ends answers in ``O(log n)``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans ``(start, end, item)`` that may overlap; ends are inclusive or not as the caller
    chooses by the bounds it passes."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        ordered = sorted(spans, key=lambda s: (s[0], s[1]))
        self._starts = [s[0] for s in ordered]
        self._ends = [s[1] for s in ordered]
        self._items = [s[2] for s in ordered]
        self._max_end = list(itertools.accumulate(self._ends, max))

    def covers(self, start: int, end: int | None = None) -> bool:
        """Whether some span has ``span.start <= start`` and ``end <= span.end``."""
        end = start if end is None else end
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._max_end[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start < end`` and ``start < span.end``."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start

    def containing(self, start: int, end: int | None = None) -> list[T]:
        """The items of every span that holds ``start..end``, latest start first.

        Walks back from the last span starting at or before ``start`` and stops as soon as
        no earlier span reaches ``end``: spans that follow one another cost ``O(log n)``.
        """
        end = start if end is None else end
        found = []
        i = bisect.bisect_right(self._starts, start) - 1
        while i >= 0 and self._max_end[i] >= end:
            if self._ends[i] >= end:
                found.append(self._items[i])
            i -= 1
        return found


class Disjoint:
    """Non-overlapping half-open spans chosen one at a time (longest first, say)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no span added so far."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._starts) and self._starts[i] < end:
            return False
        return not (i > 0 and self._ends[i - 1] > start)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def index_of(starts: list[int], offset: int) -> int:
    """The index of the last item whose start is at or before ``offset`` (0 if none)."""
    return max(0, bisect.bisect_right(starts, offset) - 1)
