"""Events: the sentences the timeline dates, each with the interval of days its expression
covers and a short description, and the same event merged across the articles reporting it."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from corpus_utils.actors import Mention, gazetteer
from corpus_utils.articles import Article
from corpus_utils.compare import SAME_FACT, dice, fact_words, other_subjects
from corpus_utils.dates import parse_iso_date
from corpus_utils.timeline.values import Timex, week_value

# --------------------------------------------------------------------------- events


def interval(value: str | None, mod: str | None = None) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers, narrowed to a third by START/MID/END."""
    if not value:
        return None
    try:
        return _interval(value, mod)
    except (ValueError, OverflowError):  # a value no calendar holds ("0000", "9999-W53")
        return None


# the forms of a TIMEX3 date value, each compiled once: every event's value is read by them
_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR_VALUE = re.compile(r"(\d{4})")
_DECADE_VALUE = re.compile(r"(\d{3})")


def _interval(value: str, mod: str | None) -> tuple[date, date] | None:
    m = _DAY_VALUE.fullmatch(value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (d, d + timedelta(days=1)) if value.endswith("TNI") else (d, d)
    m = _WEEK_VALUE.fullmatch(value)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if m.group(3)
            else (monday, monday + timedelta(days=6))
        )
    m = _MONTH_VALUE.fullmatch(value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        span = (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
        return _narrow(span, mod)
    m = _QUARTER_VALUE.fullmatch(value)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        end_month = 3 * q
        return date(year, end_month - 2, 1), date(year, end_month, calendar.monthrange(year, end_month)[1])
    m = _SEASON_VALUE.fullmatch(value)
    if m:
        year = int(m.group(1))
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        start = date(year, first, 1)
        end = start + relativedelta(months=3) - timedelta(days=1)
        return start, end
    m = _YEAR_VALUE.fullmatch(value)
    if m:
        year = int(m.group(1))
        return _narrow((date(year, 1, 1), date(year, 12, 31)), mod)
    m = _DECADE_VALUE.fullmatch(value)
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


_DAY_PRECISION = re.compile(r"\d{4}-\d{2}-\d{2}.*")
_MONTH_PRECISION = re.compile(r"\d{4}-(?:SP|SU|FA|WI|Q\d)")


def precision_of(value: str) -> str:
    if _DAY_PRECISION.fullmatch(value):
        return "day"
    if "-W" in value:
        return "week"
    if _MONTH_VALUE.fullmatch(value) or _MONTH_PRECISION.fullmatch(value):
        return "month"
    if _YEAR_VALUE.fullmatch(value):
        return "year"
    return "decade"


_DATE_PREPOSITION = r"(?:in|on|at|during|since|by|over|until|before|after|earlier|later)\s+"
_OPENING_PREPOSITION = re.compile(_DATE_PREPOSITION, re.I)


def _opening_date(text: str, timex_text: str) -> re.Match[str] | None:
    """The date phrase ``timex_text`` opening ``text``, with its preposition and comma. Its pattern
    is compiled (the dearest step, then remembered per date text) only for a text whose first
    letter, or first after a preposition, is the date's first letter: the date can begin nowhere
    else, unless it begins with a space."""
    first = _letter(timex_text[:1])
    preposition = _OPENING_PREPOSITION.match(text)
    if first.match(text) or (preposition and (first.match(text, preposition.end()) or timex_text[:1].isspace())):
        return _opening_date_pattern(timex_text).match(text)
    return None


@lru_cache(maxsize=256)
def _letter(character: str) -> re.Pattern[str]:
    return re.compile(re.escape(character), re.I)


@lru_cache(maxsize=4096)
def _opening_date_pattern(timex_text: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{_DATE_PREPOSITION})?{re.escape(timex_text)}\s*,?\s*", re.I)


_PHRASE_GOES_ON = re.compile(r"(?:of|'s|’s|and|or|to|that)\b", re.I)  # "On the day of the vote"


def describe_event(sentence: str, timex_text: str, limit: int = 16) -> str:
    """A short description: the sentence without an opening date phrase ("On June 8, ..."), cut
    to about ``limit`` words at a clause boundary where there is one, or, when the date comes
    later than that, the words that lead to it ("…the site of a speech by Andrew Jackson in 1830.").
    A date phrase that is part of a longer phrase ("On the day of the announcement") stays, so the
    label never opens mid-phrase."""
    text = sentence.strip()
    opening = _opening_date(text, timex_text)
    shorter = text[opening.end() :] if opening else text
    if shorter != text and not _PHRASE_GOES_ON.match(shorter):
        text = shorter[:1].upper() + shorter[1:]
    words = text.split()
    if len(words) <= limit:
        return text
    at = text.find(timex_text)
    last = len(text[: at + len(timex_text)].split()) if at >= 0 else 0  # the word that ends the date
    if last > limit:  # the date is further on: the words that lead to it, not the sentence's opening
        first = max(0, last - limit + 3)
        return "…" + " ".join(words[first : last + 3]) + ("…" if last + 3 < len(words) else "")
    # a comma or semicolon after at least half the limit, and not far past it, is a better place to stop
    for cut in range(min(len(words), limit + 4), limit // 2, -1):
        if words[cut - 1].endswith((",", ";")):
            return " ".join(words[:cut])[:-1] + "…"
    return " ".join(words[:limit]) + "…"


_LOCATIVE = re.compile(r"\b(?:in|to|from|near|at|into|across)\s+$", re.I)  # "in Moscow" is a place


def article_events(article: Article, timexes: list[Timex], mentions: list[Mention] | None = None) -> list[Event]:
    """One event per distinct date in a sentence, with the actors and places it names (the gazetteer's
    ``actor_mentions`` of the article's text, when the caller has them, gives the actors)."""
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
        named = (
            gaz.actor_mentions(sentence.text)
            if mentions is None
            else gaz.mentions_within(article.text, mentions, sentence.text, sentence.start)
        )
        actors = sorted(
            {
                a.name
                for start, _, a in named
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
    """Group events of different articles with the same date value and words like those of the
    group's first sentence (the same notion of "the same fact" as the numbers audit:
    ``compare.SAME_FACT``); compared with the first sentence, not with all the group's words, so
    that every sentence dated to a busy day cannot join one group through the others. Sentences
    naming different people or places, and none in common, are different events of that day
    (``compare.other_subjects``: a candidate escorted off a campus, a fact-checker's plans).

    Returns one row per group with ``reported_by`` (number of articles), the member
    ``articles`` and their ``sentences`` ([article id, sentence] pairs), so a chart can
    draw the event once and the audit can see which articles report it.
    """
    groups: list[dict] = []
    on_day: dict[object, list[dict]] = defaultdict(list)  # only events of one date value are compared
    said = cache(fact_words)  # a sentence's words, once however often it is reprinted

    def words_of(e: dict) -> frozenset[str]:
        # what it says: its common words and numbers, without its names and the date they share
        timex, sentence = str(e.get("timex") or ""), str(e["sentence"])
        return said(sentence.replace(timex, " ") if timex else sentence)

    ordered = sorted(events, key=lambda e: (e["date_value"], e["article_id"]))
    stock = _day_stock(ordered, words_of)
    for e in ordered:
        words = set(words_of(e)) - stock[e["date_value"]]
        for g in on_day[e["date_value"]]:
            if e["article_id"] in g["articles"]:
                continue
            shared = len(words & g["words"]) >= SHARED_WORDS  # what happened, beyond the day's common words
            similar = shared and dice(words, g["words"]) >= threshold  # to the group's first sentence: no chains
            similar = similar or e["sentence"] == g["sentence"]  # one sentence reprinted
            if similar and not other_subjects(str(e["sentence"]), str(g["sentence"])):
                g["articles"].append(e["article_id"])
                g["sentences"].append([e["article_id"], e["sentence"]])
                break
        else:
            member = [e["article_id"], e["sentence"]]
            groups.append({**e, "articles": [e["article_id"]], "sentences": [member], "words": words})
            on_day[e["date_value"]].append(groups[-1])
    by_key = {(e["article_id"], e["sentence"]): e for e in ordered}
    shown = (_told_best(g, by_key, words_of) for g in groups)
    return [{**{k: v for k, v in g.items() if k != "words"}, "reported_by": len(g["articles"])} for g in shown]


def _told_best(group: dict, by_key: dict, words_of: Callable[[dict], frozenset[str]]) -> dict:
    """The group shown by its most typical member: the sentence most like the others (a reader found
    an event of three reports shown by the one sentence that added a campaign ad the others never
    mention); a group of one or two keeps its first."""
    members = [by_key[(a, s)] for a, s in group["sentences"]]
    if len(members) < 3:
        return group
    words = [words_of(m) for m in members]
    best = max(range(len(members)), key=lambda i: (sum(dice(words[i], w) for j, w in enumerate(words) if j != i), -i))
    return {**group, **members[best], "articles": group["articles"], "sentences": group["sentences"]}


SHARED_WORDS = 2  # one shared word ("fact-checkers") is a topic, not an event
DAY_STOCK_SHARE = 0.25  # a word this share of a day's articles use is the day's ("debate" on debate day) ...
DAY_STOCK_ARTICLES = 5  # ... once that many do: three reports of one event on a quiet day are no topic


def _day_stock(events: list[dict], words_of: Callable[[dict], frozenset[str]]) -> dict[object, frozenset[str]]:
    """Per date value, the words that many of the day's articles use: what the day is about (the
    debate, "presidential", "first" on debate day), which two sentences of that day share without
    telling of the same event (a candidate escorted off the debate's campus and the debate itself)."""
    by_day: dict[object, dict[str, set[object]]] = defaultdict(lambda: defaultdict(set))
    articles: dict[object, set[object]] = defaultdict(set)
    for e in events:
        articles[e["date_value"]].add(e["article_id"])
        for w in words_of(e):
            by_day[e["date_value"]][w].add(e["article_id"])
    return defaultdict(
        frozenset,
        {
            day: frozenset(
                w for w, where in seen.items()
                if len(where) >= max(DAY_STOCK_ARTICLES, DAY_STOCK_SHARE * len(articles[day]))
            )
            for day, seen in by_day.items()
        },
    )


WINDOW_MARGIN_DAYS = 31  # the month before the first report and after the last: the story's own weeks


def corpus_window(published: Iterable[str | None], margin_days: int = WINDOW_MARGIN_DAYS) -> tuple[str, str] | None:
    """The corpus's own period, as ISO dates: from a month before its first publication date to a
    month after its last. The timeline draws it apart from the deep past (one sentence about 1830
    would otherwise squeeze two months of news into a dot) and from targets years ahead; None when
    no article has a date."""
    days = sorted(d for d in (parse_iso_date(p) for p in published if p) if d is not None)
    if not days:
        return None
    margin = timedelta(days=margin_days)
    return (days[0] - margin).isoformat(), (days[-1] + margin).isoformat()


def months_near(window: tuple[str, str] | None, years: int = 1) -> tuple[str, str] | None:
    """The first and last month ("2015-08", "2017-11") of the ``years`` either side of the corpus's
    ``window``: what a chart of events per month keeps, so that a century of background does not
    flatten the corpus's own months into one bar."""
    if window is None:
        return None
    first, last = window
    return f"{int(first[:4]) - years}{first[4:7]}", f"{int(last[:4]) + years}{last[4:7]}"


WEEKS_PRECISIONS = frozenset({"day", "week", "month"})  # what the long view draws on the corpus's own weeks


def per_month(
    events: Iterable[Mapping[str, object]], window: tuple[str, str] | None
) -> tuple[dict[str, int], int, int]:
    """How many ``events`` (rows of the events table) begin in each month ("2016-09"), of those dated
    to a day, a week or a month within the year either side of the corpus's ``window``
    (``months_near``); and how many are left out, dated only to a year or longer and dated farther.
    A whole year ("in 2016") is in no one month: counted in January, it made a month no article tells
    of (a reader found 24 January events where the articles tell of 5)."""
    near = months_near(window)
    counts: dict[str, int] = defaultdict(int)
    coarse = far = 0
    for e in events:
        if e.get("precision") not in WEEKS_PRECISIONS:
            coarse += 1
            continue
        month = str(e.get("date_start"))[:7]
        if near and not near[0] <= month <= near[1]:
            far += 1
        else:
            counts[month] += 1
    return dict(sorted(counts.items())), coarse, far


def in_corpus_weeks(event: Mapping[str, object], window: tuple[str, str] | None) -> bool:
    """Whether the long view draws ``event`` (a row of the events table) on the corpus's own weeks:
    dated to a day, a week or a month that overlaps ``window`` (``corpus_window``); every dated event
    when the corpus has no window. The deep past, the years ahead and a whole year ("in 2016") go to
    the strip by year below it."""
    start, end = event.get("date_start"), event.get("date_end")
    if window is None:
        return start is not None
    dated = isinstance(start, str) and isinstance(end, str)
    return dated and end >= window[0] and start <= window[1] and event.get("precision") in WEEKS_PRECISIONS  # type: ignore[operator]


def drawn_events(groups: Sequence[Mapping[str, object]], limit: int) -> list[int]:
    """The positions of the ``limit`` merged events (``merge_events`` rows, ties in date order) that a
    chart draws: the most reported first, and of those reported equally often at the cut an even
    spread across the dates, so that a corpus of single reports is not cut at a date (the first
    400 of 635 events stopped eleven days before the corpus's last article)."""
    if len(groups) <= limit:
        return list(range(len(groups)))
    reports = [int(str(g["reported_by"])) for g in groups]
    cut = sorted(reports, reverse=True)[limit - 1]
    above = [i for i, n in enumerate(reports) if n > cut]
    tied = [i for i, n in enumerate(reports) if n == cut]
    room = limit - len(above)
    return sorted(above + [tied[k * len(tied) // room] for k in range(room)])
