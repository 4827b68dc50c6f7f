"""What a regular expression cannot match without: a cheap screen before an expensive search.

The timeline runs 30 patterns over every sentence, and most sentences hold no date. Every
match of a pattern contains at least one of a few literal strings (a month name, "day",
"ago") or a digit, read off the compiled pattern itself (``required``), and often of several
such sets ("early 2016": a hedge and a digit; ``requirements``). A sentence that lacks every
string of a set is skipped for that pattern, with exactly the result a search would give: the
screen only ever skips searches that would find nothing. The strings of all the patterns are
looked for together, in one search of the sentence (``Screens``).

Case: the strings are compared with the sentence in lower case, after mapping the four
non-ASCII letters that Python's case-insensitive matching takes for ASCII ones (``İ ı ſ`` and
the Kelvin sign, see the ``re`` documentation on IGNORECASE); a case-sensitive pattern is
screened the same way, which can only let more sentences through. That form of a text
(``screen_text``) also lets a case-insensitive pattern of lower-case ASCII words be searched
case-sensitively, which Python does about twice as fast, at the same offsets.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from re import _constants as sre  # the parser's node kinds
from re import _parser

from corpus_utils.wordtrie import trie_pattern

DIGIT = "<digit>"  # a requirement met by any decimal digit
_SPECIAL = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\N{KELVIN SIGN}": "k"})
_SPECIAL_CHARACTERS = "İıſ\N{KELVIN SIGN}"
_DIGIT_CATEGORIES = {sre.CATEGORY_DIGIT}


def screen_text(text: str) -> str:
    """The form of a text the requirements are looked for in: every character that a case-insensitive
    pattern takes for an ASCII letter is that letter in lower case, and every offset is kept (only
    "İ" has a lower case of two characters, and it is mapped first). Mapping characters through a
    table costs a dictionary look-up each, looking for the four a pass of ``find`` each: a text
    without them (nearly every one) is only lowered."""
    if any(special in text for special in _SPECIAL_CHARACTERS):
        return text.translate(_SPECIAL).lower()
    return text.lower()


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (``DIGIT`` for any digit), or
    None when no such set can be read off the pattern."""
    return _need(_parser.parse(pattern.pattern, pattern.flags))


def requirements(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """The sets of strings that ``required`` chooses from that are worth looking for: every match
    of ``pattern`` contains a string of each ("early 2016": a word of the hedge and a digit), so
    together they screen more texts away than the most selective set alone. Besides that one, a set
    of short strings ("a", "an", "of") is left out: nearly every text holds one. Empty when no set
    can be read off the pattern."""
    candidates = _needs(_parser.parse(pattern.pattern, pattern.flags))
    if not candidates:
        return []
    best = max(candidates, key=_selectivity)  # the set ``required`` chooses
    worth = (c for c in candidates if c == {DIGIT} or _selectivity(c) >= _WORTH)
    return list(dict.fromkeys([best, *worth]))


_WORTH = 3  # the shortest string of a set worth looking for besides the most selective one


class Screens:
    """The screens of many patterns (the ``requirements`` of each) tried on a text together: the
    distinct strings are looked for in one search (``_finder``, a trie of them), then every pattern
    passes each of whose sets has a string in the text. Each set is a bit, and each string the bits
    of the sets it is in, so a pattern's test is one comparison."""

    def __init__(self, needs: list[list[frozenset[str]]]) -> None:
        self.needs = needs
        meets: dict[str, int] = defaultdict(int)  # a string's sets, as bits
        self.wanted: list[int] = []  # a pattern's sets, as bits
        bit = 1
        for sets in needs:
            wanted = 0
            for need in sets:
                for s in need:
                    meets[s] |= bit
                wanted |= bit
                bit <<= 1
            self.wanted.append(wanted)
        self.digit = meets.pop(DIGIT, 0)
        # At each offset the finder's lookahead takes the longest string that starts there; the
        # others that start there are its prefixes, so each string stands for its prefixes' sets
        # too, and the strings found at every offset are all the strings the text holds. (A test
        # of each string in turn costs a step of Python each: more than this one search.)
        self._finder = re.compile(f"(?=({trie_pattern(sorted(meets), apostrophes=False)}))")
        self._prefix_bits = {s: _or(bits for t, bits in meets.items() if s.startswith(t)) for s in meets}
        self._passing: dict[int, tuple[int, ...]] = {}  # the sets a text meets -> the patterns that pass

    def passing(self, text: str, screened: str | None = None) -> tuple[int, ...]:
        """The patterns that can match ``text``, by index: a search for any other would find nothing
        (``screened``: its ``screen_text``, when the caller has it). Texts meet far fewer
        combinations of sets than there are texts (569 for the 8,323 sentences of the synthetic
        benchmark), so the patterns each lets through are remembered, up to ``_COMBINATIONS``."""
        screened = screen_text(text) if screened is None else screened
        met = self.digit if _ANY_DIGIT.search(screened) else 0
        for s in set(self._finder.findall(screened)):
            met |= self._prefix_bits[s]
        if (known := self._passing.get(met)) is not None:
            return known
        if len(self._passing) >= _COMBINATIONS:
            self._passing.clear()
        found = self._passing[met] = tuple(i for i, wanted in enumerate(self.wanted) if met & wanted == wanted)
        return found


_COMBINATIONS = 4096


def lower_case_search(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-insensitive pattern, the case-sensitive one that finds in the ``screen_text`` of a
    text what it finds in the text, at the same offsets (about twice as fast): its source in lower
    case, where that only changes the case of the letters it matches (and of its group names). None
    where it may change more: an escape but ``\\d \\s \\w \\b`` and escaped punctuation (``\\S``, a
    character by its code), a flag set or cleared inside it, a letter outside ASCII ("’" is none)."""
    source = pattern.pattern
    cased = any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in source)
    if not pattern.flags & re.IGNORECASE or cased or _UNSAFE_TO_LOWER.search(source):
        return None
    return re.compile(_NAMED_GROUP.sub("(?P", source.lower()), pattern.flags & ~re.IGNORECASE)


def in_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The ``lower_case_search`` of a pattern that has one (a ValueError where it has none)."""
    lowered = lower_case_search(pattern)
    if lowered is None:
        raise ValueError(f"no lower-case search for {pattern.pattern[:60]!r}")
    return lowered


def lower_case_matches(
    pattern: re.Pattern[str], lower_case: re.Pattern[str] | None, text: str, screened: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; with its ``lower_case_search``, each match found in ``screened``
    (``screen_text(text)``: the same offsets) read again in ``text`` itself, for its groups as written."""
    if lower_case is None:
        yield from pattern.finditer(text)
        return
    for found in lower_case.finditer(screened):
        m = pattern.match(text, found.start())
        assert m is not None and m.span() == found.span(), (pattern.pattern, text)  # lower_case_search's promise
        yield m


_UNSAFE_TO_LOWER = re.compile(r"\\(?![dswb]|[^a-zA-Z0-9])|\(\?[a-zA-Z]*-|\(\?[a-zA-Z]+[:)]")
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?p(?=[<=])")  # "(?P<name>" and "(?P=name)", lowered with the rest


def _or(bits: Iterable[int]) -> int:
    return functools.reduce(operator.or_, bits, 0)


_ANY_DIGIT = re.compile(r"\d")


def _need(items) -> frozenset[str] | None:
    candidates = _needs(items)
    if not candidates:
        return None
    return max(candidates, key=_selectivity)


def _selectivity(need: frozenset[str]) -> int:
    """The length of the shortest string of a set: the most selective set is the one whose shortest
    string is longest."""
    return min((len(x) if x != DIGIT else 1) for x in need)


def _needs(items) -> list[frozenset[str]]:
    """The sets of strings a match of the parsed sequence ``items`` contains one of each of: one per
    run of literal characters and per part it cannot match without (a group, a repeat of at least
    one, an alternation each of whose branches has one, a digit class)."""
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
        if op is sre.SUBPATTERN:
            candidates.extend(_needs(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            candidates.extend(_needs(av))
        elif op is sre.BRANCH:
            subs = [_need(branch) for branch in av[1]]
            if not any(s is None for s in subs):
                candidates.append(frozenset().union(*subs))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            candidates.extend(_needs(av[2]))
        elif op is sre.IN and _all_digits(av):
            candidates.append(frozenset({DIGIT}))
    flush()
    return candidates


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
