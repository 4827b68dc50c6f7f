"""One quantity reported in other words and at other precision: "more than $915 million",
"nearly $916 million" and "nearly $1 billion"; "15-plus years", "as long as 18 years" and
"nearly two decades". The numbers audit's groups (``corpus_utils.same_fact``) join such figures
here, so that the audit can show how each report gives the figure.

A figure stands for a range of values (``bounds``): its value as far as its precision and its
hedge reach. Two figures are candidates when their ranges meet, and the same fact when their
sentences also share the subject: words beyond the story's stock vocabulary and the unit, a year
they both name ("in 1995", "the mid-1990s"), or a second figure they both give ("$916 million
... 18 years" and "nearly $1 billion ... 15-plus years"). Candidates come from an index of
(range bucket, evidence) tokens, never from comparing every pair of figures, and groups join by
``same_fact.leaders``, one step from a group's first figures, so close values cannot chain.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from nltk.stem import PorterStemmer

from corpus_utils.compare import content_words, other_subjects
from corpus_utils.data import data_yaml
from corpus_utils.grouping import leaders, other_surveys
from corpus_utils.numbers import scaled, unit_family

Fact = tuple[str, str]  # (article id, sentence)
Family = tuple[object, object]  # (kind, unit family): only figures of one family are compared
Span = tuple[float, float]

PRECISE_DIGITS = 3  # "$916 million", "1,212 people": a value this precise is no coincidence
SUBJECT_EVIDENCE = 2  # shared subject words, a shared year, a shared second figure: two are needed
BUCKET = math.log(1.25)  # width of the index's buckets of values, on a log scale


@lru_cache(maxsize=1)
def _reach() -> dict[str, float]:
    return {k: float(v) for k, v in data_yaml("hedges.yml")["reach"].items()}


def significant_digits(value: float) -> int:
    """The digits a value is given to: 916,000,000 has three, 1,000,000,000 one, 18 two."""
    digits = f"{abs(float(value)):.10g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(digits))


def bounds(row: Mapping[str, object]) -> Span:
    """The values a figure may stand for: a lower bound ("more than", "-plus") reaches above its
    value, an upper bound ("nearly", "as long as") below it, an approximate or unhedged figure to
    both sides; a round value further than a precise one (``reach`` in ``data/hedges.yml``)."""
    reach = _reach()
    value = scaled(row)
    digits = significant_digits(float(row["value"]))  # type: ignore[arg-type]
    if row.get("hedge_class") in {"lower_bound", "upper_bound"}:
        r = reach["precise"] if digits >= PRECISE_DIGITS else reach["round"]
        return (value, value * (1 + r)) if row["hedge_class"] == "lower_bound" else (value * (1 - r), value)
    r = {1: reach["round"], 2: reach["two_digits"]}.get(digits, reach["precise"])
    return value * (1 - r / 2), value * (1 + r / 2)


def meet(a: Iterable[Span], b: Iterable[Span]) -> bool:
    """Some range of ``a`` overlaps some range of ``b`` by more than a point: "more than $1 million"
    and "up to $1 million" meet only at their bounds and are told of different sums."""
    b = list(b)
    return any(lo_a < hi_b and lo_b < hi_a for lo_a, hi_a in a for lo_b, hi_b in b)


def buckets(span: Span) -> range:
    """The index buckets a range touches: two ranges that overlap share one."""
    lo, hi = span
    return range(math.floor(math.log(max(lo, 1e-9)) / BUCKET), math.floor(math.log(max(hi, 1e-9)) / BUCKET) + 1)


@cache
def _stem(word: str) -> str:
    return _STEMMER.stem(word)


_STEMMER = PorterStemmer()


@lru_cache(maxsize=65536)  # a reprinted sentence is read once
def subject_words(
    sentence: str, figure_texts: tuple[str, ...], units: tuple[str, ...], stock: frozenset[str]
) -> frozenset[str]:
    """What a sentence is about, as stems: its content words without the story's ``stock`` words
    (given as stems), the words of its figures ("million") and their units ("years", "decades")."""
    for text in figure_texts:
        sentence = sentence.replace(text, " ")
    unit_stems = {_stem(w) for unit in units for w in content_words(unit)}
    return frozenset(_stem(w) for w in content_words(sentence)) - stock - unit_stems - {u + "s" for u in unit_stems}


def years(values: Iterable[str]) -> frozenset[str]:
    """The years, decades and centuries among a sentence's date values ("1995", "199" for the
    1990s): the time a figure is of. Days and weeks are mostly when it was reported."""
    return frozenset(v for v in values if v[:1].isdigit() and len(v) <= 4)


def same_time(a: Iterable[str], b: Iterable[str]) -> bool:
    """A year of one within a year, decade or century of the other ("1995" in "199")."""
    b = list(b)
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


@dataclass
class _Group:
    """What a group of figures offers as evidence: its ranges, subject words, years, the ranges
    of its sentences' figures of other families (a second quantity of the same fact: "$916 million
    ... 18 years"), and where it was reported."""

    spans: list[Span] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)
    companions: dict[object, list[Span]] = field(default_factory=lambda: defaultdict(list))
    articles: set[str] = field(default_factory=set)
    values: set[float] = field(default_factory=set)
    hedged: bool = False
    precise: bool = False
    first: int = -1


def _evidence(a: _Group, b: _Group) -> int:
    """Pieces of evidence that two groups give one quantity of one subject."""
    shared_figure = any(meet(spans, b.companions.get(fam, ())) for fam, spans in a.companions.items())
    return len(a.words & b.words) + same_time(a.times, b.times) + shared_figure


def sentence_figures(rows: list[Mapping[str, object]]) -> dict[Fact, list[tuple[int, Family]]]:
    """The figures of each sentence with their kind and unit family, by (article, sentence): read
    once for all of a corpus's families."""
    figures_of: dict[Fact, list[tuple[int, Family]]] = defaultdict(list)
    for i, r in enumerate(rows):
        figures_of[(str(r["article_id"]), str(r["sentence"]))].append((i, (r["kind"], unit_family(str(r["unit"])))))
    return figures_of


def close_value_groups(
    rows: list[Mapping[str, object]],
    figures_of: Mapping[Fact, list[tuple[int, Family]]],
    members: list[int],
    group_of: Mapping[int, int],
    stock: frozenset[str],
    dates: Mapping[Fact, set[str]],
    apart: Callable[[object, object], bool],
    cluster: Callable[..., list[int | None]] = leaders,
) -> list[tuple[int, int]]:
    """Pairs of groups (their first figures) of one kind and unit family that give one quantity of
    one subject, each figure alone of its family in its sentence (``figures_of``, from
    ``sentence_figures``): ranges that meet,
    ``SUBJECT_EVIDENCE`` pieces of evidence (one for two precise values, one more for two plain
    values that differ), no different years, names or pollsters, in reports within days of each
    other (``apart(article, article)`` says when not), and more than one article between them.
    ``cluster`` is ``grouping.leaders`` (the tests give one that scores every leader, no index)."""
    stems = frozenset(_stem(w) for w in stock if not w.startswith("actor:"))
    groups: dict[int, _Group] = {}
    for i in members:
        r = rows[i]
        key = (str(r["article_id"]), str(r["sentence"]))
        same = figures_of[key]
        family = next(fam for j, fam in same if j == i)
        if sum(1 for _, fam in same if fam == family) > 1:
            continue  # "46% ... 16% ... 30%": its sentence's words cannot tell which figure they are about
        g = groups.setdefault(group_of[i], _Group(first=i))
        g.spans.append(bounds(r))
        g.values.add(scaled(r))
        g.hedged = g.hedged or r.get("hedge_class") not in {None, "none"}
        g.precise = g.precise or significant_digits(float(r["value"])) >= PRECISE_DIGITS  # type: ignore[arg-type]
        g.articles.add(key[0])
        g.times |= years(dates.get(key, ()))
        texts = tuple(str(rows[j]["text"]) for j, _ in same)
        g.words |= subject_words(key[1], texts, tuple(str(rows[j]["unit"] or "") for j, _ in same), stems)
        for j, fam in same:
            if fam != family and _measured(rows[j]):
                g.companions[fam].append(bounds(rows[j]))
    # a group several articles already share leads: the others are measured against the fact it is
    order = sorted(groups.values(), key=lambda g: (-len(g.articles), g.first))
    tokens = [_tokens(g) for g in order]

    def score(a: int, b: int, _shared: int) -> float | None:
        ga, gb = order[a], order[b]
        if len(ga.articles | gb.articles) < 2 or not meet(ga.spans, gb.spans):
            return None
        if ga.times and gb.times and not same_time(ga.times, gb.times):
            return None
        ra, rb = rows[ga.first], rows[gb.first]
        if apart(ra["article_id"], rb["article_id"]):
            return None
        sa, sb = str(ra["sentence"]), str(rb["sentence"])
        if other_surveys(sa, sb) or other_subjects(sa, sb):
            return None
        evidence = _evidence(ga, gb)
        needed = 1 if ga.precise and gb.precise else SUBJECT_EVIDENCE
        if not (ga.hedged or gb.hedged or ga.values & gb.values):
            needed += 1  # "5 percent" and "4.9 percent": two plain values that differ are more often two things
        return float(evidence) if evidence >= needed else None

    joined = cluster(tokens, score)
    return [(order[leader].first, order[a].first) for a, leader in enumerate(joined) if leader is not None]


def _measured(row: Mapping[str, object]) -> bool:
    """A figure with a value to compare: a unit, not an ordinal, an identifier or a vague one."""
    return row["kind"] not in {"ordinal", "identifier"} and bool(row["unit"]) and not row.get("vague")


def _tokens(g: _Group) -> frozenset[str]:
    """The index tokens of a group: each piece of its evidence in each bucket its ranges touch."""
    evidence = [*(f"w:{w}" for w in g.words), *(f"t:{t[:3]}" for t in g.times)]
    evidence += [f"c:{fam}:{b}" for fam, spans in g.companions.items() for s in spans for b in buckets(s)]
    return frozenset(f"{b}|{e}" for s in g.spans for b in buckets(s) for e in evidence)
