"""What one untrusted article may cost: time, rows and bytes of output.

Articles come from scrapes, exports and archives, so one file can be hostile or just
broken: a megabyte with no sentence end, a hundred thousand quotation marks, a run of
figures. The extractors are written to be near-linear, and these limits are the net under
them: an article that exceeds one is listed in ``problems`` with the reason, and the
rest of the corpus is exported. The README states the same numbers.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

# Time: a base for the interpreter's fixed costs plus a rate far above what real text needs
# (about 0.02 s per KB on this project's 2-core benchmark machine, hostile text included).
BUDGET_BASE_SECONDS = 5.0
BUDGET_SECONDS_PER_KB = 0.09  # 9 s per 100 KB, so a 1 MB file stops within about 97 s

# Output: item rows repeat a sentence of at most ROW_SENTENCE_CHARS characters; an article
# may write at most MAX_ROWS_PER_KB rows per KB of its file and MAX_OUTPUT_FACTOR times its
# size in bytes (JSON Lines and CSV together), plus an allowance for short articles.
ROW_SENTENCE_CHARS = 600
MAX_ROWS_PER_KB = 60
ROWS_ALLOWANCE = 200
MAX_OUTPUT_FACTOR = 40
OUTPUT_ALLOWANCE = 256 * 1024
MAX_WARNING_ROWS = 20  # per article; a last row counts the rest


class BudgetExceeded(BaseException):
    """One article took longer than its time budget (a BaseException, so that no extractor's
    ``except Exception`` swallows it)."""


def budget_seconds(size: int) -> float:
    """The time one article file of ``size`` bytes may take to read and extract."""
    return BUDGET_BASE_SECONDS + BUDGET_SECONDS_PER_KB * size / 1024


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ``BudgetExceeded`` in the block after ``seconds`` of wall time.

    Uses SIGALRM, which Python's regular-expression engine checks while it matches, so even
    a pattern stuck backtracking is stopped. Only the main thread of a process can receive
    it: in worker threads (Dask's, say) and on systems without SIGALRM the block runs
    unbounded, and the extractors' own linear design is the only guard.
    """
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise BudgetExceeded(f"extraction stopped after {seconds:.0f} s, the time budget for its size; not exported")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def output_problem(tables: dict[str, tuple[str, str, int]], size: int, unencoded: Iterable[str] = ()) -> str | None:
    """Why an article's encoded tables, ``table -> (JSON Lines, CSV, rows)``, are out of
    proportion to its file of ``size`` bytes, or None.

    The tables named in ``unencoded`` have no CSV yet (the export writes it once the cast names
    their speakers): their CSV is counted as long as their JSON Lines, which it never exceeds
    for rows of plain values (a cell is shorter than its value in JSON, let alone with its
    key). So None here means None with their CSV; a problem is to be checked with it."""
    later = set(unencoded)
    rows = sum(n for _, _, n in tables.values())
    out = sum(
        len(j.encode("utf-8")) * (2 if t in later else 1) + len(c.encode("utf-8")) for t, (j, c, _) in tables.items()
    )
    kb = size / 1024
    if rows > MAX_ROWS_PER_KB * kb + ROWS_ALLOWANCE:
        return f"would write {rows:,} table rows from {kb:,.0f} KB (more than {MAX_ROWS_PER_KB} per KB); not exported"
    if out > MAX_OUTPUT_FACTOR * size + OUTPUT_ALLOWANCE:
        return (
            f"would write {out / 1e6:,.1f} MB of tables from {kb:,.0f} KB "
            f"(more than {MAX_OUTPUT_FACTOR} times its size); not exported"
        )
    return None
