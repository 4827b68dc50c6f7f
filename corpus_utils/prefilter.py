"""What a regular expression cannot match without: a cheap screen before an expensive search.

The timeline runs 30 patterns over every sentence, and most sentences hold no date. Every
match of a pattern contains at least one of a few literal strings (a month name, "day",
"ago") or a digit, read off the compiled pattern itself (``required``). A sentence that holds
none of them is skipped for that pattern, with exactly the result a search would give: the
screen only ever skips searches that would find nothing. The strings of all the patterns are
looked for together, each once (``Screens``).

Case: the strings are compared with the sentence in lower case, after mapping the four
non-ASCII letters that Python's case-insensitive matching takes for ASCII ones (``İ ı ſ K``,
see the ``re`` documentation on IGNORECASE); a case-sensitive pattern is screened the same
way, which can only let more sentences through.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's node kinds
from re import _parser

DIGIT = "<digit>"  # a requirement met by any decimal digit
_SPECIAL = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
_DIGIT_CATEGORIES = {sre.CATEGORY_DIGIT}


def screen_text(text: str) -> str:
    """The form of a text the requirements are looked for in."""
    return text.translate(_SPECIAL).lower()


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (``DIGIT`` for any digit), or
    None when no such set can be read off the pattern."""
    return _need(_parser.parse(pattern.pattern, pattern.flags))


class Screens:
    """The screens of many patterns (one ``required`` set each) tried on a text together: each
    distinct string is looked for once (a substring test, far cheaper than a regular expression
    search), then every pattern passes whose set meets what was found."""

    def __init__(self, needs: list[frozenset[str] | None]) -> None:
        self.needs = needs
        self.strings = sorted(set().union(*(need for need in needs if need)) - {DIGIT})

    def passing(self, text: str) -> list[bool]:
        """For each pattern, whether it can match ``text``: False only where a search would find nothing."""
        screened = screen_text(text)
        found = {s for s in self.strings if s in screened}
        if _ANY_DIGIT.search(screened):
            found.add(DIGIT)
        return [need is None or not need.isdisjoint(found) for need in self.needs]


_ANY_DIGIT = re.compile(r"\d")


def _need(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))
            continue
        flush()
        sub: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            sub = _need(av[-1])
        elif op is sre.ATOMIC_GROUP:
            sub = _need(av)
        elif op is sre.BRANCH:
            subs = [_need(branch) for branch in av[1]]
            sub = None if any(s is None for s in subs) else frozenset().union(*subs)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _need(av[2])
        elif op is sre.IN and _all_digits(av):
            sub = frozenset({DIGIT})
        if sub:
            candidates.append(sub)
    flush()
    if not candidates:
        return None
    # the most selective: the set whose shortest string is longest
    return max(candidates, key=lambda s: min((len(x) if x != DIGIT else 1) for x in s))


def _all_digits(members) -> bool:
    for op, av in members:
        if op is sre.CATEGORY and av in _DIGIT_CATEGORIES:
            continue
        if op is sre.RANGE and 48 <= av[0] <= av[1] <= 57:
            continue
        if op is sre.LITERAL and 48 <= av <= 57:
            continue
        return False
    return bool(members)
