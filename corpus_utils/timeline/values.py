"""What a TIMEX3 value is made of: the ``Timex`` record, the words the rules are written in
(months, weekdays, units, hedges), and the calendar arithmetic that turns "last week" or
"next Monday" into a value, relative to the document creation time (DCT)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from corpus_utils.data import data_yaml
from corpus_utils.numerals import DIGITS, NUMBER_WORDS
from corpus_utils.prefilter import in_lower_case, screen_text


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
    spoken: bool = False  # inside a quotation: counted from when its words were said (timeline.speech)


_UNREAD = "unread"  # no tense read yet for the expression being resolved


@dataclass
class _Context:
    """What a resolver goes by: the DCT, the last full date of the article and the tense of the
    clause of the expression being resolved (``at``). The tense is read when a resolver first asks
    for it: three rules of thirty do, and reading it searches the clause for tense markers."""

    dct: date | None
    last_day: date | None = None
    clause: tuple[str, int, int] = ("", 0, 0)  # the sentence and the expression's span in it
    _tense: str | None = field(default=_UNREAD, repr=False)

    def at(self, text: str, start: int, end: int) -> None:
        """Resolve the expression at ``[start, end)`` of the sentence ``text`` next."""
        self.clause = (text, start, end)
        self._tense = _UNREAD

    @property
    def future(self) -> bool:
        """The clause speaks of what will happen: a day without a year is the next one."""
        return self._clause_tense() == "future"

    @property
    def past(self) -> bool:
        """The clause speaks of what happened: a day without a year is the last one before the DCT."""
        return self._clause_tense() == "past"

    def _clause_tense(self) -> str | None:
        if self._tense == _UNREAD:
            self._tense = clause_tense(*self.clause)
        return self._tense


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
_SCHEDULED_WORDS = "|".join(data_yaml("timeline.yml")["scheduled_verbs"])  # type: ignore[index]
_FUTURE = re.compile(
    r"\b(?:will|'ll|’ll|shall|going\s+to|expected\s+to|plans?\s+to|planned|scheduled|due\s+to|upcoming|next|"
    r"were\s+to|"  # "if his candidate were to win in November"
    r"would\s+be\s+held|is\s+set\s+to|are\s+set\s+to|to\s+be\s+held|"
    # the news's present for a scheduled event: "the candidates meet Monday", "the court hears the case Friday";
    rf"{_SCHEDULED_WORDS})\b",  # verbs that are seldom nouns ("Monday's debate" is)
    re.I,
)


# a past-tense verb: "was sent on March 12" in an October article is this year's March
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|sent|wrote|met|spoke|began|took|went|came|made|gave|won|lost|ran|"
    r"held|saw|found|left|led|kept|brought|bought|fought|thought|stood|paid|became|fell|rose|grew|knew|drew|"
    r"flew|threw|chose|broke|spent|built|sold|struck|shot|drove|sat|heard|meant|taught|caught|sought|fled|"
    r"[a-z]{3,}ed)\b",
    re.I,
)


_SCHEDULED = re.compile(_SCHEDULED_WORDS, re.I)
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
_IRREALIS = re.compile(r"\b(?:to|will|may|might|could|should|must|would)\s+be\s+$", re.I)  # "to be held"
_NOT_A_VERB = re.compile(r"\b(?:be|been|being|a|an|the|this|its|their|his|her)\s+$", re.I)  # "a designated day"
_CLAUSE_END = re.compile(r"[;:\"”]|,\s*[\"”]")  # not a bare comma: "On Wednesday, Cruz thanked ..."


# the attribution that ends a sentence ("..., she said.", "..., the ministry said on Monday."): its
# verb is the reporter's tense, not the clause's
_ATTRIBUTION_HEAD = re.compile(r",\s*(?:[\w.’'-]+\s+){1,4}$")
_ATTRIBUTION_END = re.compile(r"(?:\s+[\w.’'-]+){0,4}\s*[.!?]?[\"”]?\s*$")
_REPORTING = re.compile(r"said|says|told|wrote|added|noted|argued|announced", re.I)


def _attribution(text: str, end: int, s: int, e: int) -> bool:
    """Is the verb at ``[s, e)``, after an expression ending at ``end``, the attribution that
    ends the sentence?"""
    return bool(
        _REPORTING.fullmatch(text[s:e]) and _ATTRIBUTION_HEAD.search(text, end, s) and _ATTRIBUTION_END.match(text, e)
    )


# the markers, searched for in lower case in a sentence's screen_text (the same offsets, found faster)
_FUTURE_IN_LOWER_CASE = in_lower_case(_FUTURE)
_PAST_IN_LOWER_CASE = in_lower_case(_PAST)


def _tense_marks(text: str, lo: int, hi: int, screened: str) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the tense markers in ``text[lo:hi]`` (``screened``: its
    ``screen_text``): a participle after "to be" or a modal ("may be signed on September 12")
    marks what is to come; after another "be" or a determiner ("a designated day") nothing."""
    marks = [
        (m.start(), m.end(), "future")
        for m in _FUTURE_IN_LOWER_CASE.finditer(screened, lo, hi)
        if not (_SCHEDULED.fullmatch(m.group()) and _INFINITIVE.search(text, max(0, m.start() - 4), m.start()))
    ]  # "her decision to meet with him": an infinitive has no tense (the case-blind test takes the lowered word)
    for m in _PAST_IN_LOWER_CASE.finditer(screened, lo, hi):
        lead = text[max(0, m.start() - 12) : m.start()]
        if _IRREALIS.search(lead):
            marks.append((m.start(), m.end(), "future"))
        elif not _NOT_A_VERB.search(lead):
            marks.append((m.start(), m.end(), "past"))
    return marks


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"future" or "past": the tense marker nearest the expression at ``[start, end)`` of
    ``text`` (a future auxiliary or plan word; a past-tense verb), looked for 60 characters
    before it and 40 after (100 when there is none that near),
    up to the end of its clause ('..., it should expire on September 30,"
    they wrote': not "wrote"); None when there is none. A tie goes to the future."""
    screened = screen_text(text)
    for before, after in ((60, 40), (60, 100)):  # then further on: "The Feb. 13 death of ... Scalia left"
        boundary = _CLAUSE_END.search(text, end, end + after)
        lo, hi = max(0, start - before), boundary.start() if boundary else min(len(text), end + after)
        found = [
            (start - e if e <= start else s - end, tense != "future", tense)
            for s, e, tense in _tense_marks(text, lo, hi, screened)
            if e <= start or (s >= end and not _attribution(text, end, s, e))
        ]
        if found:
            return min(found)[2]
    return None


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


def _month_date(dct: date, month: int, future: bool, past: bool = False) -> date:
    """A month without a year: the next one when the clause speaks of the future, the last one
    when it speaks of the past, else the one nearest the DCT, the past one on a tie ("in November"
    of a September article with no tense to go by is this November)."""
    year = dct.year
    if future and month < dct.month:
        year += 1
    elif past and month > dct.month:
        year -= 1
    elif not future and not past and abs(month - dct.month) > 6:
        year += 1 if month < dct.month else -1
    elif not future and not past and month - dct.month == 6:
        year -= 1
    return date(year, month, 1)


def _month_day_date(dct: date, month: int, day: int, future: bool, past: bool = False) -> date | None:
    """A day without a year: the next one when the clause speaks of the future, the last one
    when it speaks of the past, else the one nearest the DCT (news reports recent and scheduled
    days alike)."""
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if future:
        candidates = [c for c in candidates if c >= dct]
    elif past:
        candidates = [c for c in candidates if c <= dct]
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
