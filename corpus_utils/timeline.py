"""Temporal expressions (TIMEX3) resolved against publication dates, and the events they date.

Tagging is a list of rules (regular expressions over a sentence), each with a
resolver; where two rules match overlapping text the longer match wins, then the
earlier rule. Resolution follows TimeML's TIMEX3 value format and these rules:

* **Absolute** dates ("June 8, 2025", "February 2022", "2014") need nothing else; the
  rules find them and dateutil's parser reads them. Day, month and ISO-week arithmetic
  uses ``datetime`` and ``dateutil.relativedelta``.
* **Missing year** ("June 8", "July") and **weekdays** ("on Monday") take the most
  recent such day on or before the document creation time (DCT), or the next one
  after it when the sentence speaks of the future ("will", "next", "expected to").
* **Deictic units** ("last week", "this month", "next year", "earlier this week",
  "over the weekend") are the calendar unit before, containing or after the DCT;
  "yesterday", "tomorrow" and "overnight into Sunday" (the night before that day,
  ``TNI``) count days from it.
* **Anchored** expressions ("earlier that day", "the same day", "the next day") take
  the day the text last established, falling back to the DCT.
* **Fuzzy** expressions keep the coarser value with a ``mod``: "late 2024" -> 2024
  END, "early December" -> month START; hedged durations get MORE_THAN ("over a
  decade"), LESS_THAN ("almost"), APPROX ("about").
* **Durations** ("three-year", "the last three years", "recent months") are lengths
  (P3Y, PXM); **vague references** ("now", "currently", "the near future") are
  PRESENT_REF, PAST_REF or FUTURE_REF.

Without a DCT every value that depends on it is ``None``: the timeline chapter says
which articles that affects.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from corpus_utils.actors import gazetteer
from corpus_utils.articles import Article, Sentence
from corpus_utils.compare import SAME_FACT, content_words, dice
from corpus_utils.dates import FULL_DATE_PATTERNS, month_number, parse_absolute, parse_iso_date, parse_month_year
from corpus_utils.numerals import DIGITS, NUMBER_WORDS, parse_number
from corpus_utils.prefilter import Screens, required
from corpus_utils.spans import Disjoint


@dataclass(frozen=True)
class Timex:
    text: str
    type: str  # DATE | DURATION | TIME | SET
    value: str | None
    mod: str | None
    start: int
    end: int
    sentence_index: int
    rule: str
    deictic: bool = False  # resolved against the DCT (or would have been)


@dataclass
class _Context:
    dct: date | None
    future: bool = False
    last_day: date | None = None


_Resolved = tuple[str, str | None, str | None] | None  # (type, value, mod)

# --------------------------------------------------------------------------- vocabulary

_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = rf"(?:{_MONTHS_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = rf"(?:{NUMBER_WORDS}|{DIGITS}|a\s+few|a\s+couple\s+of|several|few|many|a|an)"
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centurie)s?"
_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_FUZZY = r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
_HEDGE = (
    r"more\s+than|over|less\s+than|under|nearly|almost|about|around|roughly|approximately|some|at\s+least|"
    r"up\s+to|at\s+most|just\s+over|well\s+over"
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|’ll|shall|going\s+to|expected\s+to|plans?\s+to|planned|scheduled|due\s+to|upcoming|next|"
    r"would\s+be\s+held|is\s+set\s+to|are\s+set\s+to)\b",
    re.I,
)


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    if w in {"early", "the beginning of", "the start of"}:
        return "START"
    if w in {"mid", "the middle of"}:
        return "MID"
    if w in {"late", "the end of"}:
        return "END"
    if w in {"more than", "over", "at least", "just over", "well over"}:
        return "MORE_THAN"
    if w in {"less than", "under", "nearly", "almost", "up to", "at most"}:
        return "LESS_THAN"
    if w in {"about", "around", "roughly", "approximately", "some"}:
        return "APPROX"
    return None


def _unit_code(unit: str) -> tuple[str, int]:
    """TIMEX3 duration letter and multiplier of a unit word ("decades" -> ("Y", 10))."""
    u = unit.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    return {
        "second": ("S", 1),
        "minute": ("M", 1),
        "hour": ("H", 1),
        "day": ("D", 1),
        "night": ("D", 1),
        "week": ("W", 1),
        "fortnight": ("W", 2),
        "month": ("M", 1),
        "year": ("Y", 1),
        "decade": ("Y", 10),
        "century": ("Y", 100),
    }[u]


def _duration(n: float | None, unit: str) -> str:
    letter, factor = _unit_code(unit)
    prefix = "PT" if unit.lower().rstrip("s") in {"second", "minute", "hour"} else "P"
    if n is None:
        return f"{prefix}X{letter}"
    amount = n * factor
    text = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"{prefix}{text}{letter}"


# --------------------------------------------------------------------------- calendar values


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def weekend_value(d: date) -> str:
    """The weekend (Sat-Sun) on or before ``d``: TIMEX3 ``YYYY-Www-WE``."""
    saturday = d - timedelta(days=(d.weekday() - 5) % 7)
    return f"{week_value(saturday)}-WE"


def _weekday_date(dct: date, weekday: int, future: bool) -> date:
    if future:
        return dct + timedelta(days=(weekday - dct.weekday()) % 7)
    return dct - timedelta(days=(dct.weekday() - weekday) % 7)


def _month_date(dct: date, month: int, future: bool) -> date:
    year = dct.year
    if future and month < dct.month:
        year += 1
    if not future and month > dct.month:
        year -= 1
    return date(year, month, 1)


def _month_day_date(dct: date, month: int, day: int, future: bool) -> date | None:
    """A day without a year: the next one when the sentence speaks of the future, else the
    one nearest the DCT (news reports recent and scheduled days alike)."""
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if future:
        candidates = [c for c in candidates if c >= dct]
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct)) if candidates else None


def _shift(dct: date, unit: str, n: int) -> str | None:
    """The value of the calendar unit ``n`` steps from the one containing the DCT."""
    u = unit.lower().rstrip("s")
    if u == "day":
        return day_value(dct + timedelta(days=n))
    if u == "week":
        return week_value(dct + timedelta(weeks=n))
    if u == "weekend":
        return weekend_value(dct + timedelta(weeks=n, days=(6 - dct.weekday()) if n > 0 else 0))
    if u == "month":
        return (dct + relativedelta(months=n)).strftime("%Y-%m")
    if u == "year":
        return str(dct.year + n)
    if u == "quarter":
        q = (dct.month - 1) // 3 + n
        return f"{dct.year + q // 4}-Q{q % 4 + 1}"
    if u == "decade":
        return str(dct.year // 10 + n)[:3]
    if u == "century":
        return str(dct.year // 100 + n)
    return None


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Context], _Resolved]
    deictic: bool = False


def _full_date(m: re.Match[str], ctx: _Context) -> _Resolved:
    d = parse_absolute(m.group(0))
    if d is None:
        return None
    ctx.last_day = d
    return "DATE", day_value(d), None


def _month_day(m: re.Match[str], ctx: _Context) -> _Resolved:
    if ctx.dct is None:
        return "DATE", None, None
    d = _month_day_date(ctx.dct, month_number(m.group("month")), int(m.group("day")), ctx.future)
    if d is None:
        return None
    ctx.last_day = d
    return "DATE", day_value(d), None


def _month_year(m: re.Match[str], ctx: _Context) -> _Resolved:
    value = parse_month_year(m.group("month"), m.group("year"))
    return ("DATE", value, _mod_of(m.group("mod"))) if value else None


def _year(m: re.Match[str], ctx: _Context) -> _Resolved:
    return "DATE", m.group("year"), _mod_of(m.groupdict().get("mod"))


def _decade(m: re.Match[str], ctx: _Context) -> _Resolved:
    return "DATE", m.group("dec"), _mod_of(m.groupdict().get("mod"))


def _century(m: re.Match[str], ctx: _Context) -> _Resolved:
    return "DATE", f"{int(m.group('ord')) - 1:02d}", None


def _month_alone(m: re.Match[str], ctx: _Context) -> _Resolved:
    month_word = m.group("month")
    rel = (m.group("rel") or "").lower()
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if month_word == "May" and not rel and not re.search(r"\b(?:in|since|until|by|from|of|through|to)\s+$", before):
        return None  # the modal verb
    if ctx.dct is None:
        return "DATE", None, _mod_of(rel)
    month = month_number(month_word)
    if rel == "last":
        d = date(ctx.dct.year - (1 if month >= ctx.dct.month else 0), month, 1)
    elif rel == "next":
        d = date(ctx.dct.year + (1 if month <= ctx.dct.month else 0), month, 1)
    elif rel == "this":
        d = date(ctx.dct.year, month, 1)
    else:
        d = _month_date(ctx.dct, month, ctx.future)
    return "DATE", d.strftime("%Y-%m"), _mod_of(rel)


def _season(m: re.Match[str], ctx: _Context) -> _Resolved:
    code = _SEASON[m.group("season").lower()]
    if m.group("year"):
        return "DATE", f"{m.group('year')}-{code}", None
    if ctx.dct is None:
        return "DATE", None, None
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    year = ctx.dct.year + {"last": -1, "next": 1, "the coming": 1, "the past": -1}.get(rel, 0)
    return "DATE", f"{year}-{code}", None


def _quarter(m: re.Match[str], ctx: _Context) -> _Resolved:
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(
        m.group("ord").lower()
    )
    year = m.group("year") or (str(ctx.dct.year) if ctx.dct else None)
    if q is None or year is None:
        return "DATE", None, None
    return "DATE", f"{year}-Q{q}", None


def _day_word(m: re.Match[str], ctx: _Context) -> _Resolved:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    part = m.groupdict().get("part")
    if ctx.dct is None:
        return ("TIME" if part or word in {"tonight", "last night"} else "DATE"), None, None
    offset = {
        "the day before yesterday": -2,
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "tonight": 0,
        "last night": -1,
    }[word]
    d = ctx.dct + timedelta(days=offset)
    ctx.last_day = d
    if word in {"tonight", "last night"}:
        return "TIME", f"{day_value(d)}TNI", None
    if part:
        return "TIME", f"{day_value(d)}T{_PART[part.lower()]}", None
    return "DATE", day_value(d), None


def _weekday(m: re.Match[str], ctx: _Context) -> _Resolved:
    part = m.groupdict().get("part")
    kind = "TIME" if part else "DATE"
    if ctx.dct is None:
        return kind, None, None
    rel = (m.group("rel") or "").lower()
    future = rel in {"next", "coming"} or (ctx.future and rel != "last")
    d = _weekday_date(ctx.dct, _WEEKDAYS.index(m.group("wd").lower()), future)
    if rel == "last" and d == ctx.dct:
        d -= timedelta(days=7)
    ctx.last_day = d
    return kind, day_value(d) + (f"T{_PART[part.lower()]}" if part else ""), None


def _overnight(m: re.Match[str], ctx: _Context) -> _Resolved:
    if ctx.dct is None:
        return "TIME", None, None
    d = _weekday_date(ctx.dct, _WEEKDAYS.index(m.group("wd").lower()), ctx.future)
    ctx.last_day = d
    return "TIME", f"{day_value(d - timedelta(days=1))}TNI", None


def _relative_unit(m: re.Match[str], ctx: _Context) -> _Resolved:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    earlier = m.group("earlier")
    unit = m.group("unit").lower()
    if rel == "the" and not earlier:
        return None  # "the week" alone is not a date
    if ctx.dct is None:
        return "DATE", None, None
    step = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "the previous": -1,
        "this": 0,
        "the": 0,
        "the same": 0,
        "next": 1,
        "the coming": 1,
        "coming": 1,
        "the following": 1,
        "the next": 1,
        "current": 0,
        "the current": 0,
    }.get(rel)
    if step is None:
        return None
    if unit == "weekend":  # the weekend of the ISO week before, containing or after the DCT
        return "DATE", f"{week_value(ctx.dct + timedelta(weeks=step))}-WE", None
    return "DATE", _shift(ctx.dct, unit, step), None


def _over_weekend(m: re.Match[str], ctx: _Context) -> _Resolved:
    return "DATE", (weekend_value(ctx.dct) if ctx.dct else None), None


def _anchored_day(m: re.Match[str], ctx: _Context) -> _Resolved:
    anchor = ctx.last_day or ctx.dct
    if anchor is None:
        return "DATE", None, None
    text = m.group(0).lower()
    if re.search(r"next|following|after", text):
        anchor += timedelta(days=1)
    elif re.search(r"previous|before", text):
        anchor -= timedelta(days=1)
    return "DATE", day_value(anchor), None


def _part_of_unit(m: re.Match[str], ctx: _Context) -> _Resolved:
    """ "the end of the month": the month the text is in (its last day, else the DCT), with a mod."""
    anchor = ctx.last_day or ctx.dct
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[m.group("pos").lower()]
    return "DATE", (_shift(anchor, m.group("unit"), 0) if anchor else None), mod


def _ago(m: re.Match[str], ctx: _Context) -> _Resolved:
    n = parse_number(m.group("num"))
    unit = m.group("unit").lower().rstrip("s")
    if ctx.dct is None or n is None or not float(n).is_integer():
        return "DATE", None, None
    n = int(n)
    value = {
        "day": lambda: day_value(ctx.dct - timedelta(days=n)),
        "week": lambda: week_value(ctx.dct - timedelta(weeks=n)),
        "month": lambda: (ctx.dct - relativedelta(months=n)).strftime("%Y-%m"),
        "year": lambda: str(ctx.dct.year - n),
        "decade": lambda: str(ctx.dct.year - 10 * n),
    }.get(unit)
    return ("DATE", value(), _mod_of(m.group("mod"))) if value else None


def _counted_duration(m: re.Match[str], ctx: _Context) -> _Resolved:
    num = m.group("num").lower()
    n = None if num in {"a few", "few", "several", "many", "a couple of"} else parse_number(num)
    if num in {"a", "an"}:
        n = 1.0
    if num == "a couple of":
        n = 2.0
    return "DURATION", _duration(n, m.group("unit")), _mod_of(m.group("mod"))


def _vague_duration(m: re.Match[str], ctx: _Context) -> _Resolved:
    return "DURATION", _duration(None, m.group("unit")), None


def _ref(value: str) -> Callable[[re.Match[str], _Context], _Resolved]:
    return lambda m, ctx: ("DATE", value, None)


def _set(m: re.Match[str], ctx: _Context) -> _Resolved:
    word = m.group(0).lower()
    for key, value in (
        ("morning", "XXXX-XX-XXTMO"),
        ("night", "XXXX-XX-XXTNI"),
        ("evening", "XXXX-XX-XXTEV"),
        ("season", "XXXX-XX"),
        ("dai", "P1D"),
        ("day", "P1D"),
        ("week", "P1W"),
        ("month", "P1M"),
        ("annual", "P1Y"),
        ("year", "P1Y"),
    ):
        if key in word:
            return "SET", value, None
    return None


def _clock(m: re.Match[str], ctx: _Context) -> _Resolved:
    hour = int(m.group("h"))
    minute = int(m.group("m") or 0)
    ampm = (m.group("ap") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    day = ctx.last_day or ctx.dct
    zone = "Z" if re.search(r"GMT|UTC", m.group(0)) else ""
    return "TIME", (f"{day_value(day)}T{hour:02d}:{minute:02d}{zone}" if day else None), None


def _r(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_YEAR_NOT_COUNT = r"(?![\d%]|[,.]\d)(?!\s*(?:percent|per\s+cent|km|kilomet|miles|metres|meters|tons|tonnes)\b)"

RULES: tuple[Rule, ...] = (
    *(Rule("absolute date", p, _full_date) for p in FULL_DATE_PATTERNS),
    Rule(
        "overnight into weekday",
        _r(rf"\b(?:overnight|the\s+night)\s+(?:into|to)\s+(?P<wd>{_WEEKDAY})\b"),
        _overnight,
        deictic=True,
    ),
    Rule(
        "month and year",
        _r(rf"\b(?:(?P<mod>{_FUZZY})[\s-]+)?(?P<month>{_MONTH})\s+(?:of\s+)?(?P<year>(?:1[89]|20)\d\d)\b", re.I),
        _month_year,
    ),
    Rule(
        "month and day, year from the DCT",
        _r(rf"\b(?P<month>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})(?![.,]\d)", 0),
        _month_day,
        deictic=True,
    ),
    Rule(
        "day and month, year from the DCT",
        _r(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\b(?!\s*,?\s*\d{{4}})", 0),
        _month_day,
        deictic=True,
    ),
    Rule("fuzzy year", _r(rf"\b(?P<mod>{_FUZZY})[\s-]+(?P<year>(?:1[89]|20)\d\d)\b"), _year),
    Rule("decade", _r(rf"\b(?:the\s+)?(?:(?P<mod>{_FUZZY})[\s-]+)?(?P<dec>(?:1[89]|20)\d)0s\b"), _decade),
    Rule("century", _r(r"\b(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)\s+century\b"), _century),
    Rule(
        "season",
        _r(
            r"\b(?:(?P<rel>last|this|next|the\s+coming|the\s+past)\s+)(?P<season>spring|summer|autumn|fall|"
            r"winter)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b|\b(?P<season2>spring|summer|autumn|"
            r"winter)\s+(?:of\s+)?(?P<year2>(?:19|20)\d\d)\b"
        ),
        _season,
        deictic=True,
    ),
    Rule(
        "quarter",
        _r(
            r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
            r"(?:\s+of\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _quarter,
        deictic=True,
    ),
    Rule(
        "day word",
        _r(
            r"\b(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|tonight|last\s+night)"
            r"(?:\s+(?P<part>morning|afternoon|evening))?\b"
        ),
        _day_word,
        deictic=True,
    ),
    Rule(
        "weekday",
        _r(
            rf"(?:\b(?P<rel>last|next|this|coming)\s+)?\b(?P<wd>{_WEEKDAY})"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
            0,
        ),
        _weekday,
        deictic=True,
    ),
    Rule("over the weekend", _r(r"\bover\s+the\s+weekend\b"), _over_weekend, deictic=True),
    Rule(
        "same day",
        _r(
            r"\b(?:(?:earlier|later)\s+(?:on\s+)?)?(?:that|the\s+same)\s+day\b|\bthe\s+(?:next|following|"
            r"previous)\s+day\b|\bthe\s+day\s+(?:before|after)\b"
        ),
        _anchored_day,
    ),
    Rule(
        "part of a unit",
        _r(r"\bthe\s+(?P<pos>end|beginning|start|middle)\s+of\s+(?:the|this|that)\s+(?P<unit>week|month|year)\b"),
        _part_of_unit,
        deictic=True,
    ),
    Rule(
        "units ago", _r(rf"\b(?:(?P<mod>{_HEDGE})\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b"), _ago, deictic=True
    ),
    Rule(
        "relative unit",
        _r(
            r"\b(?:(?P<earlier>earlier|later)\s+(?:in\s+|on\s+)?)?(?P<rel>last|this|next|"
            r"the\s+coming|the\s+following|the\s+previous|the\s+same|the\s+current|the)\s+"
            r"(?P<unit>week|weekend|month|year|decade|century|quarter)\b(?!\s*-)(?!\s+(?:of|ago|"
            r"earlier|later)\b)"
        ),
        _relative_unit,
        deictic=True,
    ),
    Rule(
        "past unit",
        _r(
            r"\bthe\s+(?:past|last|previous|next|coming|following)\s+"
            r"(?P<unit>week|month|year|decade|century)\b"
        ),
        lambda m, ctx: ("DURATION", _duration(1, m.group("unit")), None),
        deictic=True,
    ),
    Rule(
        "counted duration",
        _r(
            rf"\b(?:(?P<mod>{_HEDGE})\s+(?!the\s))?(?:the\s+(?:past|last|next|previous|first|coming)\s+)?"
            rf"(?P<num>{_NUM})[\s-]+(?P<unit>{_UNIT})\b(?!-old)(?!\s+ago)"
        ),
        _counted_duration,
    ),
    Rule(
        "vague duration",
        _r(
            r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|previous)\s+(?:few\s+|several\s+)?|"
            r"(?:a\s+)?(?:few|several|many)\s+)(?P<unit>days|weeks|months|years|decades)\b"
            r"|\bthe\s+(?P<unit2>days|weeks|months|years)\s+ahead\b"
        ),
        _vague_duration,
    ),
    Rule(
        "bare plural duration",
        _r(
            r"\b(?:for|over|within|after|in)\s+(?P<t>(?P<unit>days|weeks|months|years|decades))"
            r"\b(?!\s+(?:of|ago|old))"
        ),
        _vague_duration,
    ),
    Rule("present", _r(r"\b(?:now|currently|nowadays|at\s+present|the\s+present)\b(?!-)"), _ref("PRESENT_REF")),
    Rule(
        "past",
        _r(
            r"\b(?:recently|the\s+past|in\s+the\s+past|formerly|at\s+the\s+time)\b(?!\s+(?:few|several|"
            r"\d|week|month|year|decade))"
        ),
        _ref("PAST_REF"),
    ),
    Rule("future", _r(r"\b(?:the\s+(?:near\s+|distant\s+)?future)\b"), _ref("FUTURE_REF")),
    Rule(
        "set",
        _r(
            r"\b(?:every|each)\s+(?:day|week|month|year|morning|night|evening|season)\b|\b(?:daily|weekly|"
            r"monthly|annually|yearly)\b"
        ),
        _set,
    ),
    Rule(
        "clock time",
        _r(
            r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|(?:am|pm)\b)"
            r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\s*(?:GMT|UTC|local\s+time)\b"
        ),
        _clock,
    ),
    Rule(
        "month",
        _r(rf"\b(?:(?P<rel>last|next|this|early|late|mid)[\s-]+)?(?P<month>{_MONTHS_FULL})\b", 0),
        _month_alone,
        deictic=True,
    ),
    Rule("year", _r(rf"(?<![\d,.$£€#-])\b(?P<year>(?:1[89]|20)\d\d)\b{_YEAR_NOT_COUNT}", 0), _year),
)

# Text that a group-renaming regex cannot express: second alternatives of a rule.
_ALIASES = {"season2": "season", "year2": "year", "unit2": "unit", "h2": "h", "m2": "m"}


class _Match:
    """A regex match whose alternative groups (``season2``) answer to the main names."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self.string = m.string

    def group(self, name: str | int = 0) -> str | None:
        if isinstance(name, int):
            return self._m.group(name)
        value = self._m.groupdict().get(name)
        if value is None:
            for alt, main in _ALIASES.items():
                if main == name and self._m.groupdict().get(alt) is not None:
                    return self._m.group(alt)
        return value

    def groupdict(self) -> dict[str, str | None]:
        d = dict(self._m.groupdict())
        for alt, main in _ALIASES.items():
            if d.get(main) is None and d.get(alt) is not None:
                d[main] = d[alt]
        return d

    def start(self) -> int:
        return self._m.start()


def _span(m: re.Match[str], rule: Rule) -> tuple[int, int]:
    """The annotated span: prepositions before a weekday or date are left out ("on Monday" -> "Monday")."""
    if "t" in m.groupdict():
        return m.span("t")
    start, end = m.span()
    if rule.name == "weekday" and m.group("rel") is None:
        start = m.start("wd")
    return start, end


_NEEDS = tuple(required(rule.pattern) for rule in RULES)  # what each rule cannot match without
_SCREENS = Screens(list(_NEEDS))


def _candidates(sentence: Sentence) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    for priority, (rule, possible) in enumerate(zip(RULES, _SCREENS.passing(sentence.text), strict=True)):
        if not possible:
            continue  # the sentence lacks every string the rule needs: a search would find nothing
        for m in rule.pattern.finditer(sentence.text):
            start, end = _span(m, rule)
            if end > start:
                found.append((start, end, priority, rule, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    taken = Disjoint()
    for cand in found:
        if taken.free(cand[0], cand[1]):
            taken.add(cand[0], cand[1])
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def tag_sentences(sentences: Iterable[Sentence], dct: date | None) -> list[Timex]:
    """Every temporal expression of the sentences, in text order, resolved against ``dct``."""
    ctx = _Context(dct)
    out: list[Timex] = []
    for sentence in sentences:
        for start, end, _, rule, m in _candidates(sentence):
            ctx.future = bool(_FUTURE.search(sentence.text[max(0, start - 60) : end + 25]))
            try:
                resolved = rule.resolve(_Match(m), ctx)
            except (ValueError, OverflowError):  # "9,999 years ago": a day no calendar holds
                resolved = None
            if resolved is None:
                continue
            kind, value, mod = resolved
            text = sentence.text[start:end]
            out.append(
                Timex(
                    text,
                    kind,
                    value,
                    mod,
                    sentence.start + start,
                    sentence.start + end,
                    sentence.index,
                    rule.name,
                    rule.deictic,
                )
            )
    return out


def tag_article(article: Article) -> list[Timex]:
    return tag_sentences(article.sentences, parse_iso_date(article.published or ""))


# --------------------------------------------------------------------------- events


def interval(value: str | None, mod: str | None = None) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers, narrowed to a third by START/MID/END."""
    if not value:
        return None
    try:
        return _interval(value, mod)
    except (ValueError, OverflowError):  # a value no calendar holds ("0000", "9999-W53")
        return None


def _interval(value: str, mod: str | None) -> tuple[date, date] | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (d, d + timedelta(days=1)) if value.endswith("TNI") else (d, d)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if m.group(3)
            else (monday, monday + timedelta(days=6))
        )
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        span = (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
        return _narrow(span, mod)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        end_month = 3 * q
        return date(year, end_month - 2, 1), date(year, end_month, calendar.monthrange(year, end_month)[1])
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        year = int(m.group(1))
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        start = date(year, first, 1)
        end = start + relativedelta(months=3) - timedelta(days=1)
        return start, end
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        year = int(m.group(1))
        return _narrow((date(year, 1, 1), date(year, 12, 31)), mod)
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        decade = int(m.group(1)) * 10
        return _narrow((date(decade, 1, 1), date(decade + 9, 12, 31)), mod)
    return None


def _narrow(span: tuple[date, date], mod: str | None) -> tuple[date, date]:
    """START, MID and END keep the first, middle or last third of a period."""
    if mod not in {"START", "MID", "END"}:
        return span
    start, end = span
    third = (end - start).days // 3
    if mod == "START":
        return start, start + timedelta(days=third)
    if mod == "MID":
        return start + timedelta(days=third + 1), end - timedelta(days=third + 1)
    return end - timedelta(days=third), end


def _period_ending_at(timex: Timex, dct: date | None) -> str | None:
    """ "the past week" ending at the DCT dates the week it names: the DCT's ISO week."""
    m = re.fullmatch(r"(?:the\s+)?(?:past|last)\s+(week|month|year)", timex.text.lower())
    if not m or dct is None:
        return None
    return {"week": week_value(dct), "month": dct.strftime("%Y-%m"), "year": str(dct.year)}[m.group(1)]


@dataclass(frozen=True)
class Event:
    article_id: str
    date_value: str
    date_start: str
    date_end: str
    event: str
    actors: list[str]
    places: list[str]
    sentence: str
    timex: str
    background: bool
    future: bool
    sentence_index: int
    precision: str = "day"


PRECISIONS = ("day", "week", "month", "year", "decade")  # finest first


def at_least(precision: str, minimum: str) -> bool:
    """Is ``precision`` as fine as ``minimum`` ("day" is at least "month")?"""
    return PRECISIONS.index(precision) <= PRECISIONS.index(minimum)


def precision_of(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return "day"
    if "-W" in value:
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value) or re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI|Q\d)", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return "decade"


def describe_event(sentence: str, timex_text: str, limit: int = 16) -> str:
    """A short description: the sentence without an opening date phrase ("On June 8, ..."), cut
    to about ``limit`` words at a clause boundary where there is one. A date phrase that is part
    of a longer phrase ("On the day of the announcement") stays, so the label never opens mid-phrase."""
    text = sentence.strip()
    shorter = re.sub(
        rf"^(?:(?:in|on|at|during|since|by|over|until|before|after|earlier|later)\s+)?"
        rf"{re.escape(timex_text)}\s*,?\s*",
        "",
        text,
        flags=re.I,
    )
    if shorter != text and not re.match(r"(?:of|'s|’s|and|or|to|that)\b", shorter, re.I):
        text = shorter[:1].upper() + shorter[1:]
    words = text.split()
    if len(words) <= limit:
        return text
    # a comma or semicolon after at least half the limit, and not far past it, is a better place to stop
    for cut in range(min(len(words), limit + 4), limit // 2, -1):
        if words[cut - 1].endswith((",", ";")):
            return " ".join(words[:cut])[:-1] + "…"
    return " ".join(words[:limit]) + "…"


_LOCATIVE = re.compile(r"\b(?:in|to|from|near|at|into|across)\s+$", re.I)  # "in Moscow" is a place


def article_events(article: Article, timexes: list[Timex]) -> list[Event]:
    """One event per distinct date in a sentence, with the actors and places it names."""
    dct = parse_iso_date(article.published or "")
    gaz = gazetteer()
    by_sentence = {s.index: s for s in article.sentences}
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    for t in timexes:
        value = t.value if t.type in {"DATE", "TIME"} else _period_ending_at(t, dct)
        span = interval(value, t.mod)
        if span is None or value is None or (t.sentence_index, value) in seen:
            continue
        seen.add((t.sentence_index, value))
        sentence = by_sentence[t.sentence_index]
        actors = sorted(
            {
                a.name
                for start, _, a in gaz.actor_mentions(sentence.text)
                if a.side != "media" and not _LOCATIVE.search(sentence.text[max(0, start - 6) : start])
            }
        )
        places = sorted({p.name for _, _, p in gaz.place_mentions(sentence.text)})
        background = dct is not None and span[1] < dct - timedelta(days=31)
        future = dct is not None and span[0] > dct
        events.append(
            Event(
                article.article_id,
                value,
                span[0].isoformat(),
                span[1].isoformat(),
                describe_event(sentence.text, t.text),
                actors,
                places,
                sentence.text,
                t.text,
                background,
                future,
                t.sentence_index,
                precision_of(value),
            )
        )
    return events


def merge_events(events: list[dict], threshold: float = SAME_FACT) -> list[dict]:
    """Group events of different articles with the same date value and similar words (the
    same notion of "the same fact" as the numbers audit: ``compare.SAME_FACT``).

    Returns one row per group with ``reported_by`` (number of articles), the member
    ``articles`` and their ``sentences`` ([article id, sentence] pairs), so a chart can
    draw the event once and the audit can see which articles report it.
    """
    groups: list[dict] = []
    on_day: dict[object, list[dict]] = defaultdict(list)  # only events of one date value are compared
    for e in sorted(events, key=lambda e: (e["date_value"], e["article_id"])):
        words = set(content_words(e["sentence"]))
        for g in on_day[e["date_value"]]:
            if e["article_id"] in g["articles"]:
                continue
            if dice(words, g["words"]) >= threshold:
                g["articles"].append(e["article_id"])
                g["sentences"].append([e["article_id"], e["sentence"]])
                g["words"] |= words
                break
        else:
            member = [e["article_id"], e["sentence"]]
            groups.append({**e, "articles": [e["article_id"]], "sentences": [member], "words": words})
            on_day[e["date_value"]].append(groups[-1])
    return [{**{k: v for k, v in g.items() if k != "words"}, "reported_by": len(g["articles"])} for g in groups]
