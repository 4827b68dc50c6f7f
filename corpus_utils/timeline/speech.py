"""Quoted words are relative to when they were said, not to when the report was published.

"“Something funny was going on with Trump last night,” Dean said on MSNBC on Tuesday" is Monday
night, in an article of Wednesday. A day word inside quotation marks ("today", "tonight", "last
night", "yesterday", "tomorrow") is deictic to the moment of speaking, so it is counted from the
day the quotation's attribution gives:

* a day named outside the quotation marks in the sentence of the attribution's cue, the one
  nearest the cue ("said on Tuesday", "during the Monday night debate, tweeting");
* else the time of the same speaker's statement just before, when its attribution is in the same
  paragraph or the one before (another passage of the same interview: "Caddell told ... on
  Thursday how surprised he is" and then "“Yesterday, there were two polls,” said Caddell");
* else none: the day word is left unresolved, and so it is when the attribution gives only a
  coarser time ("a 1995 story", "this week's debate, when Clinton suggested"). On the PolNeAR dev
  articles the publication date put 8 of the 12 quoted day words whose attribution names no day
  on the wrong day (debate-night commentary published the next day, readers' comments on the
  debate, a 1995 newspaper quoted in 2016, "a brighter tomorrow"): a guess, and more often wrong
  than right.

Only quotation marks make words the speaker's own: a reporter's paraphrase ("she said Tuesday
that last night ...") and a transcript's turns keep their day words on the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Protocol

from corpus_utils.articles import Article
from corpus_utils.quotes.marks import quoted_spans
from corpus_utils.timeline.values import Timex

# the rules whose words count from the moment of speaking: "tonight", and a clock time with no day
# of its own ("“It's 3 a.m., and your children are safe”", a 2008 ad quoted in 2016)
SPEECH_DEICTIC_RULES = frozenset({"day word", "clock time"})
_DAY_AFTER = re.compile(
    r"\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERIOD = re.compile(r"\d{3,4}(?:-(?:\d{2}|W\d{2}|Q\d|SP|SU|FA|WI))?")  # a decade, year, month, week ...
_SAME_INTERVIEW = 1  # paragraphs between a speaker's attributions that still speak of one occasion


class Said(Protocol):
    """What the timeline reads of a statement (``quotes.Quote`` is one)."""

    kind: str
    scare: bool
    speaker: str | None
    char_start: int
    char_end: int
    cue_start: int | None


Span = tuple[int, int]


def _inside(t: Timex, spans: Sequence[Span]) -> bool:
    return any(a <= t.start and t.end <= b for a, b in spans)


def _is_a_time(t: Timex) -> bool:
    """A date or time that can say when something was said: a day, or a coarser period."""
    return t.type in {"DATE", "TIME"} and bool(t.value) and bool(_DAY.match(t.value) or _PERIOD.fullmatch(t.value))


def said_when(cue: int, found: Sequence[Timex], article: Article, quoted: Sequence[Span]) -> Timex | None:
    """The time the attribution at ``cue`` gives: of the dates and times of its sentence outside
    quotation marks, the one nearest the cue; None when the sentence names none."""
    sentence = article.sentence_at(cue)
    near = [
        t
        for t in found
        if sentence.start <= t.start and t.end <= sentence.end and not _inside(t, quoted) and _is_a_time(t)
    ]
    return min(near, key=lambda t: min(abs(t.start - cue), abs(t.end - cue)), default=None)


def speech_times(
    statements: Sequence[Said], found: Sequence[Timex], article: Article, quoted: Sequence[Span]
) -> list[Timex | None]:
    """When each statement (in text order) was said, by its attribution or else by the same
    speaker's statement just before it; None where the text does not say."""
    times: list[Timex | None] = []
    for k, q in enumerate(statements):
        own = said_when(q.cue_start, found, article, quoted) if q.cue_start is not None else None
        times.append(own if own is not None else _same_speaker_before(statements, times, k, article))
    return times


def _same_speaker_before(
    statements: Sequence[Said], times: Sequence[Timex | None], k: int, article: Article
) -> Timex | None:
    """The time of the same speaker's last statement before the ``k``-th, when its attribution is
    at most ``_SAME_INTERVIEW`` paragraphs before this one's (another passage of one interview)."""
    q = statements[k]
    if q.speaker is None or q.cue_start is None:
        return None
    here = article.sentence_at(q.cue_start).paragraph
    for j in range(k - 1, -1, -1):
        p = statements[j]
        if p.speaker == q.speaker and p.cue_start is not None:
            close = here - article.sentence_at(p.cue_start).paragraph <= _SAME_INTERVIEW
            return times[j] if close else None
    return None


def _counted_from(t: Timex, said: Timex | None, dct: date) -> Timex:
    """A quoted day word counted from the day it was said (unresolved when no day is known; a
    clock time then keeps its hour on no day)."""
    if said is None or not said.value or not _DAY.match(said.value) or not t.value or not _DAY.match(t.value):
        hour = f"XXXX-XX-XX{t.value[10:]}" if t.rule == "clock time" and t.value else None
        return replace(t, value=hour, spoken=True)
    shift = date.fromisoformat(said.value[:10]) - dct
    return replace(t, value=(date.fromisoformat(t.value[:10]) + shift).isoformat() + t.value[10:], spoken=True)


def anchored_to_speech(found: list[Timex], article: Article, said: Sequence[Said], dct: date | None) -> list[Timex]:
    """The timexes with every day word inside quotation marks counted from the day its words were
    said (see the module's docstring)."""
    if dct is None or not any(t.rule in SPEECH_DEICTIC_RULES for t in found):
        return found  # most articles: no quotation marks to read
    quoted = [(s.start, s.end) for s in quoted_spans(article.text)[0]]
    words = [
        t
        for t in found
        if t.rule in SPEECH_DEICTIC_RULES
        and _inside(t, quoted)
        and not (t.rule == "clock time" and _DAY_AFTER.match(article.text, t.end))  # "at 9 p.m. Tuesday"
    ]
    if not words:
        return found
    statements = sorted((q for q in said if not q.scare), key=lambda q: q.char_start)
    times = speech_times(statements, found, article, quoted)
    moved = {}
    for t in words:
        k = next(
            (
                i
                for i, q in enumerate(statements)
                if q.kind != "indirect" and q.char_start <= t.start < t.end <= q.char_end
            ),
            None,
        )
        moved[id(t)] = _counted_from(t, times[k] if k is not None else None, dct)
    return [moved.get(id(t), t) for t in found]
