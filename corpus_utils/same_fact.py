"""Which figures of different articles count the same thing: the numbers audit's groups.

Strong evidence joins however many articles carry it: the same sentence reprinted (same
words, same dates) and the sentences the timeline merged into one event. Weaker evidence,
a similar sentence or two shared words around the figure, joins by leader clustering, one
step from a group's first figure, so it cannot chain every count of a unit in an archive
into one group. Candidates come from indexes, never from comparing every pair, and every
way two figures join needs the same kind and unit family, which is what lets
``corpus_utils.archive`` compute the groups a family at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache, partial

from corpus_utils.actors import gazetteer
from corpus_utils.close_figures import PRECISE_DIGITS, close_value_groups, sentence_figures, significant_digits
from corpus_utils.compare import SAME_FACT, content_words, other_subjects
from corpus_utils.grouping import leaders, other_surveys
from corpus_utils.numbers import unit_family
from corpus_utils.timeline import merge_events

Fact = tuple[str, str]  # (article id, sentence)


@dataclass(frozen=True)
class EventFacts:
    """What the timeline knows about the figures' sentences: which sentences of different
    articles it merged into one event, and the dates each sentence gives."""

    same: list[set[Fact]]
    dates: dict[Fact, set[str]]
    corroborated: set[Fact]  # sentences whose event other articles report too: not single-source


def event_facts(events: Iterable[Mapping[str, object]]) -> EventFacts:
    """The timeline's events as the audit's evidence of the same fact (``comparable_groups``)."""
    events = list(events)
    merged = merge_events([dict(e) for e in events])
    same = [{(str(a), str(s)) for a, s in e["sentences"]} for e in merged if e["reported_by"] > 1]
    dates: dict[Fact, set[str]] = defaultdict(set)
    for e in events:
        dates[(str(e["article_id"]), str(e["sentence"]))].add(str(e["date_value"]))
    return EventFacts(same, dict(dates), set().union(*same))


def comparable_groups(
    rows: list[Mapping[str, object]],
    min_similarity: float = SAME_FACT,
    same_facts: Iterable[Iterable[tuple[str, str]]] = (),
    dates: Mapping[tuple[str, str], set[str]] | None = None,
    published: Mapping[str, object] | None = None,
) -> list[int]:
    """A group number per figure; figures that count the same thing share one.

    Figures of the same kind and unit family in different articles are the same fact when
    their sentences are (``compare.SAME_FACT``: Dice of content words at least
    ``min_similarity``, or the timeline merged them into one event, given as ``same_facts``:
    sets of (article id, sentence)); they are paired in the order they appear ("three million
    ..., one million ..." in a rewrite pairs with "three million ..., one million ...").
    Figures with the same unit whose own phrases share two words or actors ("five regions
    that Russia has claimed", "four regions claimed by Moscow") and name no different places
    or dates (``dates``: the date values of each (article id, sentence), from the events) are
    the same fact too. The values play no part, so a disagreement stays visible, with one
    exception: the same precise value (``close_figures.PRECISE_DIGITS`` significant digits, "$916 million")
    of the same kind and unit in reports within days of each other is one fact in any words.

    A reprinted sentence (same words, same dates) and the sentences of one event are one fact
    however many articles carry them. Similar sentences and shared phrase words are weaker
    evidence and do not chain (``leaders``): in an archive, "similar to a sentence similar to a
    sentence ..." would join every count of people into one group. Nothing is compared pair by
    pair: a reprinted sentence is one candidate, and candidates come from an index of words.
    ``min_similarity`` must be above 0.
    """
    dates = dates or {}
    stock = stock_words(rows)
    groups = _UnionFind(len(rows))
    by_sentence: dict[Fact, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r["kind"] not in {"ordinal", "identifier"} and unit_family(r["unit"]):
            by_sentence[(str(r["article_id"]), str(r["sentence"]))].append(i)
    positions = {key: _by_family(rows, members) for key, members in by_sentence.items()}

    def join(keys: Collection[Fact], only: object = None) -> None:
        """The same fact in several articles: the k-th figure of a unit family in each is one figure
        (of the family ``only``, when given)."""
        slots: dict[tuple[object, int], list[int]] = defaultdict(list)
        for key in keys:
            for fam, members in positions[key].items():
                if only is None or fam == only:
                    for k, i in enumerate(members):
                        slots[(fam, k)].append(i)
        for members in slots.values():
            if len({rows[i]["article_id"] for i in members}) > 1:  # never two figures of one article alone
                for i in members[1:]:
                    groups.union(members[0], i)

    fact_of = {tuple(member): n for n, fact in enumerate(same_facts) for member in fact}
    by_event: dict[int, list[Fact]] = defaultdict(list)
    for key in by_sentence:
        if key in fact_of:
            by_event[fact_of[key]].append(key)
    for keys in by_event.values():
        join(keys)
    # sentences with the same words and dates say the same: their copies are compared once
    copies: dict[tuple[str, frozenset[str]], list[Fact]] = defaultdict(list)
    for key in sorted(by_sentence):
        copies[(key[1], frozenset(dates.get(key, ())))].append(key)
    texts = list(copies)
    words = [frozenset(content_words(text)) - stock for text, _ in texts]
    for n, (text, when) in enumerate(texts):
        if words[n] and min_similarity <= 1:
            join(copies[(text, when)])
    # similar sentences, a unit family at a time: a sentence joins the most like sentence with such figures
    with_family: dict[object, list[int]] = defaultdict(list)
    for n, unit in enumerate(texts):
        for fam in sorted({fam for key in copies[unit] for fam in positions[key]}, key=str):
            with_family[fam].append(n)
    for fam, numbers in with_family.items():

        def similarity(a: int, b: int, shared: int, numbers: list[int] = numbers) -> float | None:
            (text_a, when_a), (text_b, when_b) = texts[numbers[a]], texts[numbers[b]]
            if shared < SIMILAR_WORDS or other_dates(when_a, when_b):
                return None  # the same words about different days differ
            if other_surveys(text_a, text_b) or other_subjects(text_a, text_b):
                return None
            score = 2 * shared / (len(words[numbers[a]]) + len(words[numbers[b]]))
            pair = _one_of_each(copies[texts[numbers[a]]], copies[texts[numbers[b]]])
            if not pair or days_apart(published or {}, pair[0][0], pair[1][0]):
                return None
            return score if score >= min_similarity else None

        for a, leader in enumerate(leaders([words[n] for n in numbers], similarity)):
            if leader is not None:  # the copies are joined already: one of each is enough
                join(_one_of_each(copies[texts[numbers[a]]], copies[texts[numbers[leader]]]), only=fam)
    candidates = [i for k in sorted(by_sentence) for i in by_sentence[k]]
    _join_by_phrase(rows, candidates, groups, dates, stock, published or {})
    _join_by_value(rows, candidates, groups, published or {})
    _join_close_values(rows, candidates, groups, stock, dates, published or {})
    numbering: dict[int, int] = {}  # groups numbered in the order of their first figure
    return [numbering.setdefault(groups.find(i), len(numbering)) for i in range(len(rows))]


def _join_by_value(
    rows: list[Mapping[str, object]], candidates: list[int], groups: _UnionFind, published: Mapping[str, object]
) -> None:
    """Figures of the same kind and unit with the same precise value ("lost nearly $916 million",
    "a loss of $916 million") in articles published within ``FACT_DAYS`` of each other, or
    undated, are the same fact, whatever words their sentences use: an index of values, and the
    figures of one value in date order, never pairs."""
    by_value: dict[tuple[object, object, float], list[int]] = defaultdict(list)
    for i in candidates:
        r = rows[i]
        if not r.get("vague") and significant_digits(float(r["value"])) >= PRECISE_DIGITS:
            by_value[(r["kind"], r["unit"], float(r["value"]))].append(i)
    for members in by_value.values():
        days = {i: _day(published.get(str(rows[i]["article_id"]))) for i in members}
        if any(day is None for day in days.values()):
            runs = [members]  # an undated report is within days of every other
        else:
            runs = [[]]
            for i in sorted(members, key=lambda i: days[i]):  # type: ignore[arg-type, return-value]
                if runs[-1] and (days[i] - days[runs[-1][-1]]).days > FACT_DAYS:  # type: ignore[operator]
                    runs.append([])
                runs[-1].append(i)
        for run in runs:
            if len({rows[i]["article_id"] for i in run}) > 1:  # never two figures of one article alone
                for i in run[1:]:
                    groups.union(run[0], i)


def _join_close_values(
    rows: list[Mapping[str, object]],
    candidates: list[int],
    groups: _UnionFind,
    stock: frozenset[str],
    dates: Mapping[Fact, set[str]],
    published: Mapping[str, object],
) -> None:
    """One quantity of one subject given at other precision or under other hedges ("more than $915
    million", "nearly $1 billion"), a kind and unit family at a time (``close_figures``)."""
    by_family: dict[tuple[object, object], list[int]] = defaultdict(list)
    for i in candidates:
        if not rows[i].get("vague") and float(rows[i]["value"]) > 0:  # type: ignore[arg-type]
            by_family[(rows[i]["kind"], unit_family(rows[i]["unit"]))].append(i)
    figures_of = sentence_figures(rows)
    for members in by_family.values():
        group_of = {i: groups.find(i) for i in members}
        apart = partial(days_apart, published)
        for i, j in close_value_groups(rows, figures_of, members, group_of, stock, dates, apart):
            groups.union(i, j)


def _one_of_each(first: list[Fact], second: list[Fact]) -> list[Fact]:
    """A sentence of each list from two different articles, if there is such a pair (a list holds
    one sentence per article)."""
    for a in first[:2]:
        for b in second[:2]:
            if a[0] != b[0]:
                return [a, b]
    return []


class _UnionFind:
    """Disjoint sets of row numbers (path halving)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)


def _by_family(rows: list[Mapping[str, object]], members: list[int]) -> dict[tuple[object, str | None], list[int]]:
    """A sentence's figures by (kind, unit family), in the order they appear."""
    out: dict[tuple[object, str | None], list[int]] = defaultdict(list)
    for i in members:
        out[(rows[i]["kind"], unit_family(rows[i]["unit"]))].append(i)
    return out


PHRASE_WORDS = 8  # words on each side of a figure that say what it counts

# Words (and actors) in the sentences of a unit family's figures in more than STOCK_SHARE of the
# articles with such figures are the story's stock vocabulary ("poll", "voters", Clinton in an
# election): two figures sharing them count different things as often as the same. Measured only
# where there are STOCK_ARTICLES articles or more to measure on.
STOCK_SHARE = 0.1
STOCK_ARTICLES = 20


SIMILAR_WORDS = 3  # a short sentence sharing two words ("spoke", "minutes") is no evidence of one fact


def other_dates(a: Collection[str], b: Collection[str]) -> bool:
    """Two sentences about different times: each gives a date the other does not (2005 and 2030
    against 2005 and 2050). One giving fewer dates than the other may be the same fact told shorter."""
    return bool(a and b and not (set(a) <= set(b) or set(b) <= set(a)))


FACT_DAYS = 7


def days_apart(published: Mapping[str, object], a: object, b: object) -> bool:
    """Articles published more than ``FACT_DAYS`` apart, when both dates are known."""
    day_a, day_b = _day(published.get(str(a))), _day(published.get(str(b)))
    return bool(day_a and day_b and abs((day_a - day_b).days) > FACT_DAYS)


@lru_cache(maxsize=65536)  # a publication date is read once, not once for each pair of figures scored
def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def stock_words(rows: list[Mapping[str, object]]) -> frozenset[str]:
    """The stock vocabulary of the figures' sentences, a kind and unit family at a time: the words
    no evidence of the same fact can rest on (``STOCK_SHARE``). Computed per family so that the
    groups of a family do not depend on the other families (``corpus_utils.archive``)."""
    articles: dict[object, set[object]] = defaultdict(set)
    seen: dict[object, dict[str, set[object]]] = defaultdict(lambda: defaultdict(set))
    done: set[tuple[object, object, str]] = set()

    @cache  # a sentence's words, read once however many articles reprint it
    def said(sentence: str) -> frozenset[str]:
        actors = {f"actor:{a.name}" for _, _, a in gazetteer().actor_mentions(sentence)}
        return frozenset(content_words(sentence)) | actors

    for r in rows:
        family = (r["kind"], unit_family(r["unit"]))
        articles[family].add(r["article_id"])
        key = (family, r["article_id"], str(r["sentence"]))
        if key in done:
            continue
        done.add(key)
        for w in said(str(r["sentence"])):
            seen[family][w].add(r["article_id"])
    stock: set[str] = set()
    for family, in_articles in articles.items():
        if len(in_articles) >= STOCK_ARTICLES:
            stock |= {w for w, where in seen[family].items() if len(where) > STOCK_SHARE * len(in_articles)}
    return frozenset(stock)


def _phrase(row: Mapping[str, object], stock: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """The content words and known actors around a figure (its unit and the ``stock`` words left
    out), and the places."""
    sentence, text = str(row["sentence"]), str(row["text"])
    at = sentence.find(text)
    if at < 0:
        return set(), set()
    before = sentence[:at].split()[-PHRASE_WORDS:]
    after = sentence[at + len(text) :].split()[:PHRASE_WORDS]
    counted = content_words(" ".join(after[:2]))[:1]  # the noun the figure counts ("three million people")
    window = " ".join([*before, *after])
    unit = str(row["unit"] or "")
    found = {w for w in content_words(window) if w not in counted and not (unit and w.startswith(unit[:4]))}
    gaz = gazetteer()
    places = {p.name for _, _, p in gaz.place_mentions(window)}
    found |= {f"actor:{a.name}" for _, _, a in gaz.actor_mentions(window)}
    return found - stock, places


def _join_by_phrase(
    rows: list[Mapping[str, object]],
    candidates: list[int],
    groups: _UnionFind,
    dates: Mapping[Fact, set[str]],
    stock: frozenset[str] = frozenset(),
    published: Mapping[str, object] | None = None,
) -> None:
    """Figures with the same kind and unit in different articles whose phrases share two words or
    actors, and which name no different places and no different dates, count the same thing.

    Each group is compared by its first figure of the unit, and groups join by ``leaders``: every
    figure is one step from its leader's first figure, so "five regions claimed" and "four regions
    claimed" join, but not, through a chain of such pairs, every count of regions in an archive."""
    by_unit: dict[tuple[object, object], list[int]] = defaultdict(list)
    for i in candidates:
        by_unit[(rows[i]["kind"], rows[i]["unit"])].append(i)
    for members in by_unit.values():
        _join_unit_by_phrase(rows, members, groups, dates, stock, published or {})


def _join_unit_by_phrase(
    rows: list[Mapping[str, object]],
    members: list[int],
    groups: _UnionFind,
    dates: Mapping[Fact, set[str]],
    stock: frozenset[str] = frozenset(),
    published: Mapping[str, object] | None = None,
) -> None:
    first: dict[int, int] = {}  # a group (its root) -> its first figure of this unit
    articles: dict[int, set[object]] = defaultdict(set)
    for i in members:
        first.setdefault(groups.find(i), i)
        articles[groups.find(i)].add(rows[i]["article_id"])
    roots = list(first)
    read: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}  # a reprinted figure's phrase, read once
    phrases = []
    for root in roots:
        row = rows[first[root]]
        key = (str(row["sentence"]), str(row["text"]), str(row["unit"] or ""))
        if key not in read:
            read[key] = _phrase(row, stock)
        phrases.append(read[key])
    when = [dates.get((str(rows[first[r]]["article_id"]), str(rows[first[r]]["sentence"])), set()) for r in roots]

    def score(a: int, b: int, shared: int) -> float | None:
        (_, places_a), (_, places_b) = phrases[a], phrases[b]
        if shared < 2 or len(articles[roots[a]] | articles[roots[b]]) < 2:
            return None
        if days_apart(published or {}, rows[first[roots[a]]]["article_id"], rows[first[roots[b]]]["article_id"]):
            return None
        if (places_a and places_b and not places_a & places_b) or other_dates(when[a], when[b]):
            return None
        sentence_a, sentence_b = str(rows[first[roots[a]]]["sentence"]), str(rows[first[roots[b]]]["sentence"])
        if sentence_a == sentence_b:
            return None  # two figures of one sentence count two things; its copies are paired already
        if other_surveys(sentence_a, sentence_b) or other_subjects(sentence_a, sentence_b):
            return None
        return float(shared)

    for a, leader in enumerate(leaders([words for words, _ in phrases], score)):
        if leader is not None:
            groups.union(roots[leader], roots[a])
            articles[roots[leader]] |= articles[roots[a]]
