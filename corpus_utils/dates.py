"""Calendar vocabulary and full-date recognition shared by the loader and the timeline.

The loader needs one thing from dates: a *full* date (day, month and year) in an
article, to date an article that the manifest does not. The timeline needs the same
month names and patterns for much more; both read them from here so that a month
spelling added once is known everywhere. The regular expressions find dates; dateutil,
a maintained parser, reads the absolute ones.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Full month names, and abbreviations only with their full stop: "Mar" or "May"
# without context are too often words.
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
FULL_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # June 8, 2025 / Jan. 5 2024
    re.compile(rf"\b(?P<month>{MONTH_RE})\s+{_DAY},?\s+{_YEAR}\b"),
    # 8 June 2025
    re.compile(rf"\b{_DAY}\s+(?P<month>{MONTH_RE})\s+{_YEAR}\b"),
    # 2025-06-08
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
)


def month_number(name: str) -> int:
    """Month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.lower().rstrip(".")]


def parse_absolute(text: str) -> date | None:
    """An absolute date written out ("June 8, 2025", "8th June 2025", "Sept. 5 2024", "2025-06-08"),
    parsed by dateutil; None when it is not a real date ("February 30, 2024")."""
    try:
        return dateutil_parser.parse(text, default=datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def parse_month_year(month: str, year: str) -> str | None:
    """ "February", "2022" -> "2022-02" (TIMEX3 month precision), parsed by dateutil."""
    day = parse_absolute(f"{month} 1 {year}")
    return day.strftime("%Y-%m") if day else None


def _to_date(match: re.Match[str]) -> date | None:
    return parse_absolute(match.group(0))


def find_full_dates(text: str) -> list[tuple[date, int, int]]:
    """Every full calendar date in ``text`` as (date, start, end), in text order."""
    found: list[tuple[date, int, int]] = []
    for pattern in FULL_DATE_PATTERNS:
        for match in pattern.finditer(text):
            day = _to_date(match)
            if day is not None:
                found.append((day, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


# Publication dates outside these years are taken as unknown: date arithmetic a few
# centuries away from 0001-01-01 or 9999-12-31 (a typo or a placeholder) overflows.
EARLIEST_DATE = date(1800, 1, 1)
LATEST_DATE = date(2199, 12, 31)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(value: str) -> date | None:
    """An ISO ``YYYY-MM-DD`` string as a date, or None when it is not one or lies outside
    ``EARLIEST_DATE``..``LATEST_DATE``."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:  # 2025-02-30
        return None
    return day if EARLIEST_DATE <= day <= LATEST_DATE else None
