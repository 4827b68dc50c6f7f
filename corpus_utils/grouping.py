"""Two ways the audit's groups keep weak likeness from spreading, shared by ``same_fact`` and
``close_figures``: leader clustering through an index (one step from a leader, never a chain),
and poll figures compared only with the same pollster's."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable


def leaders(
    words: list[frozenset[str]] | list[set[str]], score: Callable[[int, int, int], float | None]
) -> list[int | None]:
    """Leader clustering over items with word sets, in order: each item joins the kept item
    (a leader) with the best ``score(item, leader, shared words)`` that is not None, the
    earliest on a tie, or is kept as a leader itself (None). Every item is then one step from
    its leader, so weak likeness cannot chain A to Z through B ... Y. Only leaders that share a
    word with the item are scored, found through an index of the leaders' words."""
    postings: dict[str, list[int]] = defaultdict(list)
    joined: list[int | None] = []
    for a, item_words in enumerate(words):
        shared: dict[int, int] = defaultdict(int)
        for w in item_words:
            for k in postings[w]:
                shared[k] += 1
        best, best_score = None, 0.0
        for k, count in sorted(shared.items()):
            value = score(a, k, count)
            if value is not None and (best is None or value > best_score):
                best, best_score = k, value
        if best is None:
            for w in item_words:
                postings[w].append(a)
        joined.append(best)
    return joined


_SURVEY = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|respondents|likely voters|registered voters)\b", re.I
)
_POLLSTER = re.compile(r"((?:[A-Z][\w&.'’-]*\s+){1,4})(?:[Pp]olls?|[Ss]urveys?)\b")
_NOT_POLLSTER = re.compile(r"^(?:(?:The|A|An|New|Latest|This|That|Its)\s+)+")


def _pollsters(sentence: str) -> set[str]:
    names = (_NOT_POLLSTER.sub("", m.group(1)).strip() for m in _POLLSTER.finditer(sentence))
    return {name for name in names if name}


def other_surveys(a: str, b: str) -> bool:
    """Two sentences of poll figures that cannot be one poll: a figure of a poll is comparable only
    with the same pollster's ("A Quinnipiac University poll", "the Morning Consult survey"); when
    either sentence names none, nothing says they are one poll."""
    if not (_SURVEY.search(a) or _SURVEY.search(b)):
        return False
    return not (_pollsters(a) & _pollsters(b))
