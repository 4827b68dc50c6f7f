"""The tagging rules: one regular expression each, with the resolver that turns its match into
a TIMEX3 type, value and mod. Their order is their priority where two overlap equally."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from corpus_utils.data import data_yaml
from corpus_utils.dates import FULL_DATE_PATTERNS, month_number, parse_absolute, parse_month_year
from corpus_utils.numerals import parse_number
from corpus_utils.timeline.values import (
    _FUZZY,
    _HEDGE,
    _MONTH,
    _MONTHS_FULL,
    _NUM,
    _PART,
    _SEASON,
    _UNIT,
    _WEEKDAY,
    _WEEKDAYS,
    _Context,
    _duration,
    _mod_of,
    _month_date,
    _month_day_date,
    _Resolved,
    _shift,
    _weekday_date,
    day_value,
    week_value,
    weekend_value,
)

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


_OF_YEAR = re.compile(r",?\s+of\s+(last|this|next)\s+year\b", re.I)


# "the Sept. 11 attacks": a day that names an event, of a year the text does not give; not "the
# Sept. 11 memorial ceremony", this year's commemoration of it
_NAMED_EVENT = re.compile(
    r"\s+(?:" + "|".join(data_yaml("timeline.yml")["named_day_events"]) + r")\b"  # type: ignore[index]
    r"(?!\s+(?:" + "|".join(data_yaml("timeline.yml")["commemorations"]) + r")\b)",  # type: ignore[index]
    re.I,
)


def _month_day(m: re.Match[str], ctx: _Context) -> _Resolved:
    if ctx.dct is None or _NAMED_EVENT.match(m.string, m.end()):
        return "DATE", None, None
    d = _month_day_date(ctx.dct, month_number(m.group("month")), int(m.group("day")), ctx.future, ctx.past)
    if d is None:
        return None
    if year := _OF_YEAR.match(m.string, m.end()):  # "June 16th of last year"
        shift = {"last": -1, "this": 0, "next": 1}[year.group(1).lower()]
        with contextlib.suppress(ValueError):
            d = d.replace(year=ctx.dct.year + shift)
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
        d = _month_date(ctx.dct, month, ctx.future, ctx.past)
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


def _in_a_name(m: re.Match[str]) -> bool:
    """A capitalised "Today" or "Daily" after a capitalised word is part of a name: "USA Today",
    "Breitbart News Daily"."""
    return m.group(0)[:1].isupper() and bool(re.search(r"\b[A-Z][\w.&’'-]*\s+$", m.string[: m.start()]))


def _day_word(m: re.Match[str], ctx: _Context) -> _Resolved:
    if _in_a_name(m):
        return None
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


# a future weekday this many days or more ahead of the paper's date, with a day just past named before it,
# is the one between them: the story was written a day or two before the date it is printed under
WRITTEN_BEFORE_DAYS = 5
_AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of|to|for)\s+$", re.I)


def _weekday(m: re.Match[str], ctx: _Context) -> _Resolved:
    part = m.groupdict().get("part")
    kind = "TIME" if part else "DATE"
    if ctx.dct is None:
        return kind, None, None
    rel = (m.group("rel") or "").lower()
    weekday = _WEEKDAYS.index(m.group("wd").lower())
    future = rel in {"next", "coming"} or (ctx.future and rel != "last")
    ahead, back = (weekday - ctx.dct.weekday()) % 7, (ctx.dct.weekday() - weekday) % 7
    possessive = not rel and not ctx.future and re.match(r"['’]s\b", m.string[m.end() :])
    looking_ahead = _AHEAD_OF.search(m.string, max(0, m.start() - 12), m.start())
    if possessive and (not ctx.past or looking_ahead):
        # "Monday night's debate" with no tense to go by, or one a past clause looks ahead to ("said the
        # tweet to invite her to Monday night's debate", "won before Tuesday's primary"): a day that
        # names an event is the nearer one
        future = 0 < ahead < back
    elif not rel and not ctx.future and not ctx.past:
        # no tense says which: a day in the next two is the coming one ("Monday's debate" on a Sunday),
        # else the last one, as news more often reports the days just past
        future = 0 < ahead <= 2 and ahead < back
    d = _weekday_date(ctx.dct, weekday, future)
    if rel == "last" and d == ctx.dct:
        d -= timedelta(days=7)
    written = ctx.dct - timedelta(days=back)
    if future and not rel and ahead >= WRITTEN_BEFORE_DAYS and ctx.last_day is not None and ctx.last_day < written:
        # "visited the White House on Wednesday ... will visit Capitol Hill on Thursday" in a paper dated
        # Friday: written before the day it dates, as print copy is; the Thursday after that Wednesday
        d = written
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
    """ "that day", "the next day": the day the text last named, moved by a day where the words say
    so. With no day named before, the antecedent is an event the text names in other words ("Until
    that day in April, Mr. Clarke had never been in a coal mine"), not the day of publication: left
    unresolved."""
    anchor = ctx.last_day
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
        if not m.group("mod") and _AMOUNT_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return "SET", _duration(1, m.group("unit")), None  # "$35,000 a year": a rate, each year
        n = 1.0
    if num == "a couple of":
        n = 2.0
    return "DURATION", _duration(n, m.group("unit")), _mod_of(m.group("mod"))


# an amount just before "a year", "a month": "$35,000 a year", "10 percent a month", "twice a week"
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|dollars?|cents?|percent|times|once|twice))\W{0,2}\s+$",
    re.I,
)


def _vague_duration(m: re.Match[str], ctx: _Context) -> _Resolved:
    return "DURATION", _duration(None, m.group("unit")), None


def _ref(value: str) -> Callable[[re.Match[str], _Context], _Resolved]:
    return lambda m, ctx: ("DATE", value, None)


def _set(m: re.Match[str], ctx: _Context) -> _Resolved:
    if _in_a_name(m):
        return None
    word = m.group(0).lower()
    if day := re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", word):
        return "SET", f"XXXX-WXX-{_WEEKDAYS.index(day.group(1)) + 1}", None
    for key, value in (
        ("weekend", "XXXX-WXX-WE"),
        ("weekday", "P1D"),
        ("weeknight", "XXXX-XX-XXTNI"),
        ("nightly", "XXXX-XX-XXTNI"),
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


_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.I)  # "a 3 a.m. call": a kind of event, not one event
_RECURRING = re.compile(r"\b(?:every|each|daily|nightly|weekly|weekdays|weeknights|weekends)\b[^;!?]*$", re.I)


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
    lead = m.string[max(0, m.start() - 50) : m.start()]
    if _RECURRING.search(lead) or _INDEFINITE.search(lead):
        # "airs weekdays from 6:00 a.m.", "awake for a 3 a.m. call": an hour of no one day
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", None
    stamp = m.string.strip(" .") == m.group(0).strip(" .")  # a live report's entry time alone on its line
    day = ctx.dct if stamp else ctx.last_day or ctx.dct
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
    Rule("decade", _r(rf"\b(?:the\s+)?(?:(?P<mod>{_FUZZY})[\s-]+)?(?P<dec>(?:1[89]|20)\d)0['’]?s\b"), _decade),
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
            r"monthly|annually|yearly|nightly|weekdays|weeknights|weekends)\b"
            r"|\b(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
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
