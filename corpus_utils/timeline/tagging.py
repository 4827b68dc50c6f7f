"""Tagging sentences: every rule whose screen lets the sentence through is searched, the
longest match wins where two overlap (then the earlier rule), and each match is resolved."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from corpus_utils.articles import Article, Sentence
from corpus_utils.dates import parse_iso_date
from corpus_utils.prefilter import Screens, lower_case_matches, lower_case_search, requirements, screen_text
from corpus_utils.spans import Disjoint
from corpus_utils.timeline.rules import RULES, Rule
from corpus_utils.timeline.speech import Said, anchored_to_speech
from corpus_utils.timeline.values import Timex, _Context

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

    def end(self) -> int:
        return self._m.end()


def _span(m: re.Match[str], rule: Rule) -> tuple[int, int]:
    """The annotated span: prepositions before a weekday or date are left out ("on Monday" -> "Monday")."""
    if "t" in m.groupdict():
        return m.span("t")
    start, end = m.span()
    if rule.name == "weekday" and m.group("rel") is None:
        start = m.start("wd")
    return start, end


_SCREENS = Screens([requirements(rule.pattern) for rule in RULES])  # what each rule cannot match without
# a case-blind rule is searched for in lower case in the screen's text of a sentence, where it can be
_LOWER_CASE = [lower_case_search(rule.pattern) for rule in RULES]


def _candidates(sentence: Sentence) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    screened = screen_text(sentence.text)
    # the others lack every string of a set the rule needs: a search would find nothing
    for priority in _SCREENS.passing(sentence.text, screened):
        rule = RULES[priority]
        for m in lower_case_matches(rule.pattern, _LOWER_CASE[priority], sentence.text, screened):
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
    spans: list[tuple[Sentence, int, int]] = []  # each sentence's timexes in ``out``
    for sentence in sentences:
        first = len(out)
        for start, end, _, rule, m in _candidates(sentence):
            ctx.at(sentence.text, start, end)
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
        spans.append((sentence, first, len(out)))
    out = _one_day_per_weekday(out)
    for sentence, first, last in spans:
        out[first:last] = _anchored_on_the_next_day(sentence, out[first:last])
    return out


def _one_day_per_weekday(found: list[Timex]) -> list[Timex]:
    """A bare weekday names one day in an article: a reporter who means another Monday writes
    "last Monday" or "next Monday". Where the clauses' tenses sent the mentions of one weekday to
    different weeks ("Monday's debate" on a Friday: "since Monday's debate" the past one, "the
    impact of Monday's debate is still small" the next), they all take the day most of them
    resolve to; a tie changes nothing."""
    days: dict[str, Counter[str]] = {}
    for t in found:
        if _bare_weekday(t):
            days.setdefault(t.text.split()[0].casefold(), Counter())[t.value[:10]] += 1
    chosen = {}
    for weekday, counts in days.items():
        (best, n), *rest = counts.most_common()
        if rest and n > rest[0][1]:
            chosen[weekday] = best
    return [
        replace(t, value=chosen[key] + t.value[10:])
        if _bare_weekday(t) and (key := t.text.split()[0].casefold()) in chosen
        else t
        for t in found
    ]


def _bare_weekday(t: Timex) -> bool:
    dated = bool(t.value) and _DAY.match(t.value or "") is not None
    return t.rule == "weekday" and dated and not _RELATIVE.match(t.text)


_RELATIVE = re.compile(r"(?:last|next|this|coming)\s", re.I)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _anchored_on_the_next_day(sentence: Sentence, found: list[Timex]) -> list[Timex]:
    """A clock time or "the day after" directly followed by a day takes that day, not the one
    before it in the text: "at 9 a.m. Sunday", "the day after Monday's debate"."""
    out = list(found)
    for k in range(len(out) - 1):
        here, day = out[k], out[k + 1]
        gap = sentence.text[here.end - sentence.start : day.start - sentence.start]
        if day.type != "DATE" or not day.value or not _DAY.match(day.value) or not re.fullmatch(r"\s*(?:on\s+)?", gap):
            continue
        when = date.fromisoformat(day.value[:10])
        if here.type == "TIME" and here.value and _DAY.match(here.value):
            out[k] = replace(here, value=when.isoformat() + here.value[10:])
        elif here.text.lower() in {"the day after", "the day before"}:
            shift = timedelta(days=1 if here.text.lower().endswith("after") else -1)
            out[k] = replace(here, value=(when + shift).isoformat())
    return out


def tag_article(article: Article, said: Sequence[Said] = ()) -> list[Timex]:
    """Every temporal expression of an article; ``said``, its statements (``quotes.Quote``), tells
    from when a day word inside quotation marks counts (``timeline.speech``): without them no
    quotation is attributed and such day words are left unresolved."""
    dct = parse_iso_date(article.published or "")
    return anchored_to_speech(tag_sentences(article.sentences, dct), article, said, dct)
