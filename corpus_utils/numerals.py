"""Numbers written in words or digits: "three million", "a dozen", "1,212", "one and a half".

Shared by the timeline (durations: "three-year", "more than three years") and the
numbers audit. Pure functions over strings; the regular expression ``NUMBER_WORDS``
finds candidates and ``parse_number`` turns one into a value.
"""

from __future__ import annotations

import re

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
GROUPS = {"dozen": 12, "score": 20, "couple": 2, "pair": 2, "half": 0.5}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "halves": 0.5, "quarters": 0.25, "thirds": 1 / 3}

_WORD = "|".join(
    sorted([*UNITS, *TENS, "hundred", "thousand", "million", "billion", "trillion"], key=len, reverse=True)
)
# "three", "twenty-five", "three million", "one hundred and twenty", "a dozen", "one and a half"
NUMBER_WORDS = (
    rf"(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*(?:\s+and\s+a\s+half)?"
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


def parse_number(text: str) -> float | None:
    """The value of a numeral in digits or words, with a scale word ("1.5 million", "a dozen")."""
    words = re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", text.lower().replace("-", " "))
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
        elif re.fullmatch(r"\d[\d,]*(?:\.\d+)?", w):
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


def ordinal_value(text: str) -> int | None:
    """ "90th" -> 90, "third" -> 3, "twenty-first" -> 21."""
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text.strip().lower())
    if m:
        return int(m.group(1))
    parts = text.lower().replace("-", " ").split()
    if not parts or parts[-1] not in ORDINALS:
        return None
    head = parse_number(" ".join(parts[:-1])) if len(parts) > 1 else 0
    return None if head is None else int(head) + ORDINALS[parts[-1]]
