"""Numbers written in words or digits: "three million", "a dozen", "1,212", "one and a half".

Shared by the timeline (durations: "three-year", "more than three years") and the
numbers audit. Pure functions over strings; the regular expression ``NUMBER_WORDS``
finds candidates and ``parse_number`` turns one into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_utils.data import stopwords
from corpus_utils.prefilter import lower_case_matches, lower_case_search, screen_text
from corpus_utils.wordtrie import trie_pattern

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
}
GROUPS = {"dozen": 12, "dozens": 12, "score": 20, "couple": 2, "pair": 2, "half": 0.5}

_WORDS = [*UNITS, *TENS, "hundred", "thousand", "million", "billion", "trillion"]
NUMBER_WORDS = frozenset(_WORDS)  # "twenty-five" is one number; "hole-in-one" no number
# the number words as a trie: tried at every position of a text (by the timeline's durations too), an
# alternation of 33 words costs a try of each; the trie tries the longest word first where several
# match, as the alternation sorted by length did, so every match is the same
_WORD = trie_pattern(_WORDS)
# "three", "twenty-five", "three million", "one hundred and twenty", "a dozen", "one and a half";
# at most eight words, so that a long run of number words cannot make the search quadratic
NUMBER_WORDS = (
    rf"(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD})){{0,7}}(?:\s+and\s+a\s+half)?"
    r"|(?:a|an)\s+(?:dozen|hundred|thousand|million|billion|couple|half)(?:\s+(?:million|billion))?)"
)
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def parse_digits(text: str) -> float | None:
    """ "6,000" -> 6000, "152.4" -> 152.4; None for text that is not a plain numeral."""
    cleaned = text.replace(",", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


# the words of a numeral for ``parse_number``: digits (with thousands commas) or letters
_DIGITS_WORD = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_PARSED_WORD = re.compile(rf"{_DIGITS_WORD.pattern}|[a-z]+")


def parse_number(text: str) -> float | None:
    """The value of a numeral in digits or words, with a scale word ("1.5 million", "a dozen")."""
    words = _PARSED_WORD.findall(text.lower().replace("-", " "))
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in {"a", "an"}:
            current = current or 1.0
            seen = seen or (i + 1 < len(words))
        elif w == "and":
            if i + 2 < len(words) and words[i + 1] in {"a", "an"} and words[i + 2] == "half":
                current += 0.5
                i += 2
        elif _DIGITS_WORD.fullmatch(w):
            value = parse_digits(w)
            if value is None:
                return None
            current += value
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in GROUPS:
            current = (current or 1.0) * GROUPS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif w in SCALES:
            total += (current or 1.0) * SCALES[w]
            current = 0.0
            seen = True
        else:
            return None
        i += 1
    return total + current if seen else None


# --------------------------------------------------------------------------- finding numerals

VAGUE = {
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
}
_NUMBER_TOKEN = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<!\d)\.\d+|{_WORD}|dozens?)"
# What a numeral can open with, as a lookahead before the alternatives below: Python would try
# them all at every position of the text, and a numeral opens a word.
_FIRST_WORDS = sorted({*_WORDS, *(phrase.split()[0] for phrase in VAGUE), "dozen", "half", "a"})
_OPENING = rf"(?<!\w)(?=\d|\.\d|{trie_pattern(_FIRST_WORDS)})"
_NUMERAL = re.compile(
    _OPENING + r"(?:(?P<vague>\b(?:tens|hundreds)\s+of\s+(?:thousands|millions)\b"
    r"|\b(?:dozens|hundreds|thousands|millions|billions)\b(?=\s+of\b|\s+(?:more|fled|died|were|have|had|displaced)\b|[,.;:]|\s*$)"
    r"|\bscores\b(?=\s+(?:of|more)\b))"  # "Scores were 10-5", "test scores.": a game's or a test's
    r"|(?P<group>\b(?:half\s+a|a|one)\s+dozen\b)"
    r"|(?P<part>\b(?:(?:a\s+)?half[\s-]+(?:a\s+)?|(?:a|one|two|three)[\s-]+(?:quarters?|thirds?)\s+(?:of\s+)?an?\s+)"
    r"(?:hundred|thousand|million|billion|trillion)\b)"
    r"|(?P<ordinal>\b\d+(?:st|nd|rd|th)\b)"
    rf"|(?P<cardinal>(?<![\w.,])(?:\ban?\s+(?=(?:hundred|thousand|million|billion)\b))?{_NUMBER_TOKEN}(?:(?:\s+|\s*-\s*)(?:and\s+(?:a\s+half\b\s*)?)?{_NUMBER_TOKEN}"
    r"|\s+and\s+a\s+half\b){0,9}"
    r"(?:\s*(?:bn|k)\b)?(?![\w])(?![.,]\d)))",
    re.I,
)
_NUMERAL_IN_LOWER_CASE = lower_case_search(_NUMERAL)  # the same matches in a text's screen_text, found faster
_PRONOUN_ONE = re.compile(r"(?:\b(?:the|this|that|which|every|any|no|each|someone|anyone)\s+$)", re.I)
_ONE_ON_ONE = re.compile(r"-(?:on|to)-one\b", re.I)
_ONE_ON_ONE_END = re.compile(r"\bone-(?:on|to)-$", re.I)
_AT_ONE = re.compile(r"\bat\s$", re.I)
_POINT = re.compile(r"\spoint\b")
_ONE_IDIOM = re.compile(
    r"^\s*(?:of\s+[a-z]|another\b|after\s+(?:another|the\s+other)\b|'s\b|’s\b|day\b|by\s+one\b"
    r"|(?:should|would|could|must|might|cannot|can)\b)",  # "one of Mr. Clarke's", "one should visit"
    re.I,
)
_BY_ONE = re.compile(r"\bby\s+$", re.I)
# from the start of a run of spaces only, so that a search over spaces is linear
_ESTIMATE = re.compile(r"(?<!\s)\s+(?:estimate|account|count|measure|reckoning|calculation|tally)\b", re.I)
_PIECE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+|and\s+a\s+half|[a-z]+", re.I)
_MAGNITUDE = {k: v for k, v in SCALES.items() if k != "m"} | {"dozen": 12, "dozens": 12}  # "m" is metres here


def _joinable(prev: str, nxt: str, sep: str, after: str | None) -> bool:
    """May two number pieces form one numeral ("three million", "twenty-five", "hundred and 21")?

    After a scale word, a smaller number joins it ("hundred and 21") unless that number
    starts a new numeral of its own scale ("3 hundred and 2 hundred" is two numbers).
    """
    p, n = prev.lower(), nxt.lower()
    if n in _MAGNITUDE or n.startswith("and a half"):
        return True
    if p in _MAGNITUDE:
        value = parse_number(n)
        if value is None or not 0 < value < _MAGNITUDE[p]:
            return False
        return not (after and after.lower() in _MAGNITUDE and _MAGNITUDE[after.lower()] == _MAGNITUDE[p])
    return p in TENS and n in UNITS and 0 < UNITS[n] < 10 and "and" not in sep


def _split(surface: str, offset: int) -> list[tuple[str, int, int]]:
    """A run of number words and digits cut into separate numerals ("2022 and 2014" is two)."""
    pieces = [m for m in _PIECE.finditer(surface) if m.group().lower() != "and"]
    groups: list[list[re.Match[str]]] = []
    for i, piece in enumerate(pieces):
        after = pieces[i + 1].group() if i + 1 < len(pieces) else None
        if groups:
            last = groups[-1][-1]
            if _joinable(last.group(), piece.group(), surface[last.end() : piece.start()], after):
                groups[-1].append(piece)
                continue
        groups.append([piece])
    return [(surface[g[0].start() : g[-1].end()], offset + g[0].start(), offset + g[-1].end()) for g in groups]


def _pronoun_one(text: str, start: int, end: int) -> bool:
    """ "one" as a pronoun or in an idiom: "the one you mentioned", "one of the most", "one another",
    "one should", "one after another", "by one estimate", "one-on-one", "at one point"."""
    if _ONE_IDIOM.match(text[end:]):
        return True
    if _ONE_ON_ONE.match(text, end) or _ONE_ON_ONE_END.search(text, max(0, start - 8), start):
        return True  # "one-on-one", "one-to-one": a manner, no count
    if _AT_ONE.search(text, max(0, start - 4), start) and _POINT.match(text, end):
        return True  # "at one point": some time, not a score
    if _BY_ONE.search(text, max(0, start - 4), start) and _ESTIMATE.match(text, end):
        return True  # "by one estimate", "by one account": a source, not a count
    following = re.match(r"\s*([A-Za-z]+|[^\sA-Za-z]|$)", text[end:])
    next_word = following.group(1).lower() if following else ""
    function_word = not next_word or not next_word.isalpha() or next_word in stopwords() | _NOT_NOUNS
    function_word = function_word or next_word.endswith("ing")  # "the one supporting Bush": a participle's subject
    return bool(_PRONOUN_ONE.search(text[max(0, start - 20) : start])) and function_word


_NOT_NOUNS = {"might", "must", "shall", "may"}  # besides the stop words


@dataclass(frozen=True)
class Numeral:
    text: str
    start: int
    end: int
    value: float
    vague: bool
    ordinal: bool


_SCALE_SUFFIX = re.compile(r"\s*(bn|k)$")  # "5bn", "10k": the scale read as a word of its own


_PARTS = {"half": 1 / 2, "quarter": 1 / 4, "quarters": 1 / 4, "third": 1 / 3, "thirds": 1 / 3}


def _part_of_a_scale(surface: str) -> float:
    """ "a quarter of a million" -> 250,000; "three-quarters of a billion" -> 750,000,000; "half a
    million" and "a half-million" -> 500,000 (not "a million": the part is what was said)."""
    words = re.split(r"[\s-]+", surface.lower())
    part = next(_PARTS[w] for w in words if w in _PARTS)
    return float(round(UNITS.get(words[0], 1) * part * SCALES[words[-1]]))


def find_numerals(text: str) -> list[Numeral]:
    """Every number written in digits or words, in text order, with its value.

    Not numerals: "one" as a pronoun ("the one you mentioned", "one of the most",
    "one another"), words that only look numeric ("a", "several", "both").
    """
    found: list[Numeral] = []
    for m in lower_case_matches(_NUMERAL, _NUMERAL_IN_LOWER_CASE, text, screen_text(text)):
        surface = m.group()
        start, end = m.start(), m.end()
        if m.group("vague"):
            key = re.sub(r"\s+", " ", surface.lower())
            found.append(Numeral(surface, start, end, float(VAGUE[key]), True, False))
            continue
        if m.group("group"):
            value = parse_number(surface)
            if value is not None:
                found.append(Numeral(surface, start, end, value, False, False))
            continue
        if m.group("part"):
            found.append(Numeral(surface, start, end, _part_of_a_scale(surface), False, False))
            continue
        if m.group("ordinal"):
            found.append(Numeral(surface, start, end, float(re.match(r"\d+", surface).group()), False, True))
            continue
        for piece, p_start, p_end in _split(surface, start):
            if piece.lower() == "one" and _pronoun_one(text, p_start, p_end):
                continue
            value = parse_number(_SCALE_SUFFIX.sub(r" \1", piece))
            if value is not None:
                found.append(Numeral(piece, p_start, p_end, value, False, False))
    return found
