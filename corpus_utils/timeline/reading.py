"""TIMEX3 values as a reader reads them: "26 September 2016", "week 24 of 2025", "the night of
2 November 2024", "in the future", "three years".

The value stays in the tables and in each mark's tooltip for analysts; the pages show these words.
"""

from __future__ import annotations

import calendar
import re

_PARTS = {"MO": "the morning of", "AF": "the afternoon of", "EV": "the evening of", "NI": "the night of"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade", "CE": "century"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_WEEKDAYS = list(calendar.day_name)
_SMALL = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

_DATE = re.compile(r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?)?(?:T(?P<t>.+))?")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})(?P<we>-WE)?")
_SEASON = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")
_QUARTER = re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])")
_DURATION = re.compile(r"P(?:T)?(?P<n>\d+(?:\.\d+)?|X)(?P<u>DE|CE|[YMWDHS])")


def _count(n: str, unit: str) -> str:
    if n == "X":
        return f"some {unit}s"
    number = float(n)
    words = _SMALL[int(number)] if number.is_integer() and number <= 10 else n
    return f"{words} {unit}" + ("" if number == 1 else "s")


def _day(y: str, m: str, d: str) -> str:
    month = calendar.month_name[int(m)]
    return f"{int(d)} {month} {y}" if y != "XXXX" else f"{int(d)} {month}"


def as_read(value: object) -> str:
    """The words for a TIMEX3 value; the value itself where no rule reads it (never empty for a
    value that is not empty)."""
    if not isinstance(value, str) or not value:
        return ""
    if value in _REFS:
        return _REFS[value]
    if m := _DURATION.fullmatch(value):
        unit = (_TIME_UNITS if value.startswith("PT") else _UNITS)[m.group("u")]
        return _count(m.group("n"), unit)
    if m := _WEEK.fullmatch(value):
        week = "the weekend of week" if m.group("we") else "week"
        return f"{week} {int(m.group('w'))} of {m.group('y')}"
    if m := _SEASON.fullmatch(value):
        return f"{_SEASONS[m.group('s')]} {m.group('y')}"
    if m := _QUARTER.fullmatch(value):
        return f"the {['first', 'second', 'third', 'fourth'][int(m.group('q')) - 1]} quarter of {m.group('y')}"
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):
        n = int(value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    if m := re.fullmatch(r"XXXX-XX-XXT(\d{2}:\d{2})", value):
        return f"at {m.group(1)}, any day"
    if m := re.fullmatch(r"XXXX-WXX-(\d)", value):
        return f"a {_WEEKDAYS[int(m.group(1)) - 1]}"
    if not (m := _DATE.fullmatch(value)):
        return value
    y, mo, d, t = m.group("y"), m.group("m"), m.group("d"), m.group("t")
    if mo in (None, "XX"):
        return y if y != "XXXX" else value
    if d in (None, "XX"):
        return f"{calendar.month_name[int(mo)]} {y}" if y != "XXXX" else f"every {calendar.month_name[int(mo)]}"
    day = _day(y, mo, d)
    if t is None:
        return day
    if t in _PARTS:
        return f"{_PARTS[t]} {day}"
    return f"{t[:5]} on {day}" if re.fullmatch(r"\d{2}:\d{2}.*", t) else day


def set_as_read(value: object) -> str:
    """A repeated time (TIMEX3 SET): "every Sunday", "every day at 09:00"."""
    if not isinstance(value, str) or not value:
        return ""
    if m := re.fullmatch(r"XXXX-WXX-(\d)", value):
        return f"every {_WEEKDAYS[int(m.group(1)) - 1]}"
    if m := re.fullmatch(r"XXXX-XX-XXT(\d{2}:\d{2})", value):
        return f"every day at {m.group(1)}"
    if m := _DURATION.fullmatch(value):
        unit = (_TIME_UNITS if value.startswith("PT") else _UNITS)[m.group("u")]
        return f"every {unit}" if m.group("n") == "1" else "every " + _count(m.group("n"), unit)
    return as_read(value)


def timex_words(value: object, kind: object = "DATE") -> str:
    """The words for a timex of any type (a SET reads "every ...")."""
    return set_as_read(value) if kind == "SET" else as_read(value)
