"""The cross-article analyses find their candidates through indexes, never by comparing every
pair; these tests hold them to the all-pairs definitions they replace, on generated input."""

from __future__ import annotations

from functools import partial
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_utils.close_figures import close_value_groups, sentence_figures
from corpus_utils.compare import SAME_FACT, aligned_sentences, content_words, dice, other_subjects
from corpus_utils.numbers import unit_family
from corpus_utils.same_fact import (
    SIMILAR_WORDS,
    _phrase,
    comparable_groups,
    days_apart,
    leaders,
    other_dates,
    other_surveys,
    stock_words,
)
from corpus_utils.timeline import merge_events

WORDS = [
    *("strike", "killed", "people", "city", "region", "soldiers", "homes", "port", "boats", "storm", "fire", "aid"),
    *("Smith", "Jones"),
]
UNITS = ["person", "region", "home", "boat"]
DAYS = ["2025-06-08", "2025-06-09", "2025-06-10"]
PUBLISHED = ["2025-06-01", "2025-06-05", "2025-06-20"]

word_sets = st.lists(st.frozensets(st.sampled_from(WORDS), max_size=8), max_size=25)


def _leaders_by_brute_force(words, score):
    """``same_fact.leaders`` without its index: every kept item is scored."""
    kept: list[int] = []
    joined = []
    for a, item in enumerate(words):
        best, best_score = None, 0.0
        for k in kept:
            value = score(a, k, len(item & words[k])) if item & words[k] else None
            if value is not None and (best is None or value > best_score):
                best, best_score = k, value
        if best is None:
            kept.append(a)
        joined.append(best)
    return joined


@settings(max_examples=200, deadline=None)
@given(word_sets, st.sampled_from([0.2, SAME_FACT, 0.5, 0.8, 1.0]))
def test_leader_clustering_through_the_index_scores_every_leader_it_must(sets, threshold):
    def score(a: int, b: int, shared: int) -> float | None:
        value = 2 * shared / (len(sets[a]) + len(sets[b]))
        return value if value >= threshold and (a + b) % 5 else None  # and some pairs refused

    assert leaders(sets, score) == _leaders_by_brute_force(sets, score)


def _score_every_leader(words, score):
    """``grouping.leaders`` without its index and without asking for a shared word."""
    kept: list[int] = []
    joined = []
    for a in range(len(words)):
        scored = [(score(a, k, len(words[a] & words[k])), k) for k in kept]
        found = [(value, k) for value, k in scored if value is not None]
        best = max(found, key=lambda vk: (vk[0], -vk[1]))[1] if found else None
        if best is None:
            kept.append(a)
        joined.append(best)
    return joined


def _partition(groups: list[int]) -> set[frozenset[int]]:
    members: dict[int, set[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, set()).add(i)
    return {frozenset(m) for m in members.values()}


def _all_pairs_groups(rows: list[dict], same_facts: list[set], dates: dict, published: dict) -> set[frozenset[int]]:
    """The definition of ``comparable_groups`` on every pair of sentences: the same event, or the
    same sentence with the same dates, make the k-th figures of a unit family one; then the weak
    links (similar sentences, shared phrase words) by leader clustering without an index."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    def family(i: int) -> tuple:
        return rows[i]["kind"], unit_family(rows[i]["unit"])

    by_sentence: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        by_sentence.setdefault((r["article_id"], r["sentence"]), []).append(i)

    def zip_join(a: tuple, b: tuple, only: tuple | None = None) -> None:
        for fam in {family(i) for i in by_sentence[a]}:
            if only is not None and fam != only:
                continue
            mine = [i for i in by_sentence[a] if family(i) == fam]
            theirs = [i for i in by_sentence[b] if family(i) == fam]
            for i, j in zip(mine, theirs, strict=False):
                join(i, j)

    def other_day(a: tuple, b: tuple) -> bool:
        return other_dates(dates.get(a, set()), dates.get(b, set()))

    fact_of = {member: n for n, fact in enumerate(same_facts) for member in fact}
    keys = sorted(by_sentence)
    for a, b in combinations(keys, 2):
        same_event = a in fact_of and fact_of.get(a) == fact_of.get(b)
        copy = a[1] == b[1] and content_words(a[1]) and dates.get(a, set()) == dates.get(b, set())
        if a[0] != b[0] and (same_event or copy):
            zip_join(a, b)
    units: dict[tuple, list[tuple]] = {}  # distinct sentences (and dates), in order
    for key in keys:
        units.setdefault((key[1], frozenset(dates.get(key, ()))), []).append(key)
    texts = list(units)
    stock = stock_words(rows)  # the story's stock vocabulary is no evidence
    words = [frozenset(content_words(text)) - stock for text, _ in texts]

    families = sorted({family(i) for i in range(len(rows))}, key=str)
    for fam in families:  # similar sentences, a unit family at a time
        numbers = [
            n for n, unit in enumerate(texts) if any(family(i) == fam for k in units[unit] for i in by_sentence[k])
        ]

        def similar(a: int, b: int, shared: int, numbers=numbers) -> float | None:
            ua, ub = units[texts[numbers[a]]], units[texts[numbers[b]]]
            pairs = [(x, y) for x in ua for y in ub if x[0] != y[0]]
            score = dice(words[numbers[a]], words[numbers[b]])
            text_a, text_b = texts[numbers[a]][0], texts[numbers[b]][0]
            unlike = other_surveys(text_a, text_b) or other_subjects(text_a, text_b)
            few = len(words[numbers[a]] & words[numbers[b]]) < SIMILAR_WORDS
            weeks = bool(pairs) and days_apart(published, pairs[0][0][0], pairs[0][1][0])
            if not pairs or few or unlike or weeks or other_day(ua[0], ub[0]):
                return None
            return score if score >= SAME_FACT else None

        for a, leader in enumerate(_leaders_by_brute_force([words[n] for n in numbers], similar)):
            if leader is not None:
                ua, ub = units[texts[numbers[a]]], units[texts[numbers[leader]]]
                x, y = next((x, y) for x in ua for y in ub if x[0] != y[0])
                zip_join(y, x, only=fam)
    by_unit: dict[tuple, list[int]] = {}
    for i in (i for k in keys for i in by_sentence[k]):
        by_unit.setdefault((rows[i]["kind"], rows[i]["unit"]), []).append(i)
    for members in by_unit.values():
        first: dict[int, int] = {}
        articles: dict[int, set] = {}
        for i in members:
            first.setdefault(find(i), i)
            articles.setdefault(find(i), set()).add(rows[i]["article_id"])
        roots = list(first)
        phrases = [_phrase(rows[first[r]], stock) for r in roots]
        when = [dates.get((rows[first[r]]["article_id"], rows[first[r]]["sentence"]), set()) for r in roots]

        def phrase_score(
            a: int, b: int, shared: int, roots=roots, phrases=phrases, when=when, articles=articles, first=first
        ):
            (_, pa), (_, pb) = phrases[a], phrases[b]
            if shared < 2 or len(articles[roots[a]] | articles[roots[b]]) < 2:
                return None
            if (pa and pb and not pa & pb) or other_dates(when[a], when[b]):
                return None
            ra, rb = rows[first[roots[a]]], rows[first[roots[b]]]
            if days_apart(published, ra["article_id"], rb["article_id"]) or ra["sentence"] == rb["sentence"]:
                return None
            if other_surveys(ra["sentence"], rb["sentence"]) or other_subjects(ra["sentence"], rb["sentence"]):
                return None
            return float(shared)

        for a, leader in enumerate(_leaders_by_brute_force([w for w, _ in phrases], phrase_score)):
            if leader is not None:
                join(roots[leader], roots[a])
                articles[roots[leader]] |= articles[roots[a]]
    for i, j in combinations(range(len(rows)), 2):  # the same precise value in reports within days
        ri, rj = rows[i], rows[j]
        same = (ri["kind"], ri["unit"], ri["value"]) == (rj["kind"], rj["unit"], rj["value"])
        near = not days_apart(published, ri["article_id"], rj["article_id"])
        if same and ri["value"] >= 100 and ri["article_id"] != rj["article_id"] and near:
            join(i, j)
    for fam in families:  # close values of one subject: every kept group scored, not those the index finds
        members = [i for k in keys for i in by_sentence[k] if family(i) == fam and rows[i]["value"] > 0]
        group_of = {i: find(i) for i in members}
        apart, figures_of = partial(days_apart, published), sentence_figures(rows)
        for i, j in close_value_groups(rows, figures_of, members, group_of, stock, dates, apart, _score_every_leader):
            join(i, j)
    return _partition([find(i) for i in range(len(rows))])


sentences = st.lists(st.sampled_from(WORDS), min_size=2, max_size=7).map(lambda ws: " ".join(ws))
figures = st.tuples(
    st.sampled_from("abcd"), st.sampled_from([1, 2, 3, 4, 916, 1212]), st.sampled_from(UNITS), st.integers(0, 5),
    st.integers(1, 3),
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(sentences, min_size=1, max_size=6),
    st.lists(figures, max_size=16),
    st.lists(st.tuples(st.integers(0, 15), st.sampled_from(DAYS)), max_size=6),
    st.lists(st.lists(st.integers(0, 15), max_size=3), max_size=2),
    st.dictionaries(st.sampled_from("abcd"), st.sampled_from(PUBLISHED)),
)
def test_comparable_groups_equal_their_definition_without_indexes(texts, spec, dated, events, published):
    """Sentences reprinted in several articles (the case the index collapses), shared words,
    dates and merged events: the same groups as the definition computed pair by pair."""
    rows = []
    for article, value, unit, which, count in spec:
        text = texts[which % len(texts)]
        sentence = f"{text} {count} {unit}s {texts[(which + 1) % len(texts)]}"
        if any(r["article_id"] == article and r["sentence"] == sentence for r in rows):
            continue  # one article has each sentence once, with all its figures
        for k in range(count):
            rows.append(
                {
                    "article_id": article,
                    "value": value + k,
                    "unit": unit,
                    "kind": "count",
                    "sentence": sentence,
                    "text": str(count),
                }
            )
    keys = sorted({(r["article_id"], r["sentence"]) for r in rows})
    dates: dict[tuple, set[str]] = {}
    for index, day in dated:
        if keys:
            dates.setdefault(keys[index % len(keys)], set()).add(day)
    same_facts = [{keys[i % len(keys)] for i in event} for event in events if keys]
    expected = _all_pairs_groups(rows, same_facts, dates, published)
    assert _partition(comparable_groups(rows, same_facts=same_facts, dates=dates, published=published)) == expected


def test_weak_likeness_does_not_chain():
    """A is like B and B like C, but A is not like C: B joins A's group, C stays apart."""
    a = "Rescuers said floods killed 12 people in the port city on Monday."
    b = "Floods killed 14 people in the port, the coastguard said after the storm."
    c = "The coastguard said after the storm that 20 boats sank."
    rows = [
        _figure("a", 12, "person", a, "12"),
        _figure("b", 14, "person", b, "14"),
        _figure("c", 20, "person", c, "20"),
    ]
    groups = comparable_groups(rows)
    assert groups[0] == groups[1] and groups[2] != groups[1]


def _figure(article: str, value: float, unit: str, sentence: str, text: str) -> dict:
    return {"article_id": article, "value": value, "unit": unit, "kind": "count", "sentence": sentence, "text": text}


def test_a_sentence_reprinted_everywhere_pairs_with_its_nearest_copies_only():
    sentence = "Officials said 40 people were rescued from the flooded port overnight."
    copies = {f"a{i:02d}": [sentence] for i in range(30)}
    pairs = aligned_sentences(copies, neighbours=10)
    per_copy: dict[str, int] = {}
    for p in pairs:
        per_copy[p.article_a] = per_copy.get(p.article_a, 0) + 1
    assert max(per_copy.values()) == 10 and len(pairs) < 30 * 10  # not 435 pairs
    assert all(int(p.article_b[1:]) - int(p.article_a[1:]) <= 10 for p in pairs)  # every copy chained to the next


def test_events_merge_within_their_day_only():
    rows = [
        {"article_id": a, "date_value": day, "sentence": "A strike killed 12 people in the port city."}
        for a in ("a", "b", "c")
        for day in DAYS
    ]
    merged = merge_events(rows)
    assert len(merged) == 3 and all(m["reported_by"] == 3 for m in merged)
