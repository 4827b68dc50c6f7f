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
* **Quoted day words** ("“Last night was a disaster,” Dean said on Tuesday") count from the day
  the quotation's attribution gives, and are left unresolved when it gives none (``speech``).
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

Modules: ``values`` (the ``Timex`` record, the rules' vocabulary, calendar arithmetic),
``rules`` (each rule's pattern and resolver), ``tagging`` (screens, overlaps, resolution in
text order), ``speech`` (quoted day words and when they were said) and ``events`` (dated
sentences, merged across articles).
"""

from corpus_utils.timeline.events import (
    Event,
    article_events,
    at_least,
    corpus_window,
    describe_event,
    drawn_events,
    in_corpus_weeks,
    interval,
    merge_events,
    months_near,
    per_month,
)
from corpus_utils.timeline.tagging import tag_article, tag_sentences
from corpus_utils.timeline.values import Timex

__all__ = [
    "Event",
    "Timex",
    "article_events",
    "at_least",
    "corpus_window",
    "describe_event",
    "drawn_events",
    "in_corpus_weeks",
    "interval",
    "merge_events",
    "months_near",
    "per_month",
    "tag_article",
    "tag_sentences",
]
