"""The cross-article analyses find their candidates through indexes, never by comparing every
pair; these tests hold them to the all-pairs definitions they replace, on generated input."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_utils.compare import SAME_FACT, aligned_sentences, content_words, dice
from corpus_utils.numbers import _phrase, _similar_pairs, comparable_groups, unit_family
from corpus_utils.timeline import merge_events

WORDS = ["strike", "killed", "people", "city", "region", "soldiers", "homes", "port", "boats", "storm", "fire", "aid"]
UNITS = ["person", "region", "home", "boat"]
DAYS = ["2025-06-08", "2025-06-09", "2025-06-10"]

word_sets = st.lists(st.frozensets(st.sampled_from(WORDS), max_size=8), max_size=25)


@settings(max_examples=200, deadline=None)
@given(word_sets, st.sampled_from([0.2, SAME_FACT, 0.5, 0.8, 1.0]))
def test_prefix_filtering_finds_exactly_the_similar_pairs(sets: list[frozenset[str]], threshold: float):
    expected = {(a, b) for a, b in combinations(range(len(sets)), 2) if dice(sets[a], sets[b]) >= threshold}
    assert set(_similar_pairs(sets, threshold)) == expected


def _partition(groups: list[int]) -> set[frozenset[int]]:
    members: dict[int, set[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, set()).add(i)
    return {frozenset(m) for m in members.values()}


def _all_pairs_groups(rows: list[dict], same_facts: list[set], dates: dict) -> set[frozenset[int]]:
    """The definition of ``comparable_groups``, comparing every two sentences and every two figures."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    by_sentence: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        by_sentence.setdefault((r["article_id"], r["sentence"]), []).append(i)
    fact_of = {member: n for n, fact in enumerate(same_facts) for member in fact}
    for a, b in combinations(sorted(by_sentence), 2):
        if a[0] == b[0]:
            continue
        when_a, when_b = dates.get(a, set()), dates.get(b, set())
        same_event = a in fact_of and fact_of.get(a) == fact_of.get(b)
        similar = dice(set(content_words(a[1])), set(content_words(b[1]))) >= SAME_FACT
        if same_event or (similar and not (when_a and when_b and not when_a & when_b)):
            families = {(rows[i]["kind"], unit_family(rows[i]["unit"])) for i in by_sentence[a]}
            for fam in families:
                mine = [i for i in by_sentence[a] if (rows[i]["kind"], unit_family(rows[i]["unit"])) == fam]
                theirs = [i for i in by_sentence[b] if (rows[i]["kind"], unit_family(rows[i]["unit"])) == fam]
                for i, j in zip(mine, theirs, strict=False):
                    join(i, j)
    for i, j in combinations(range(len(rows)), 2):
        ri, rj = rows[i], rows[j]
        if ri["article_id"] == rj["article_id"] or (ri["kind"], ri["unit"]) != (rj["kind"], rj["unit"]):
            continue
        (wi, pi), (wj, pj) = _phrase(ri), _phrase(rj)
        di = dates.get((ri["article_id"], ri["sentence"]), set())
        dj = dates.get((rj["article_id"], rj["sentence"]), set())
        if not (pi and pj and not pi & pj) and not (di and dj and not di & dj) and len(wi & wj) >= 2:
            join(i, j)
    return _partition([find(i) for i in range(len(rows))])


sentences = st.lists(st.sampled_from(WORDS), min_size=2, max_size=7).map(lambda ws: " ".join(ws))
figures = st.tuples(
    st.sampled_from("abcd"), st.integers(1, 4), st.sampled_from(UNITS), st.integers(0, 5), st.integers(1, 3)
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(sentences, min_size=1, max_size=6),
    st.lists(figures, max_size=16),
    st.lists(st.tuples(st.integers(0, 15), st.sampled_from(DAYS)), max_size=6),
    st.lists(st.lists(st.integers(0, 15), max_size=3), max_size=2),
)
def test_comparable_groups_equal_the_all_pairs_definition(texts, spec, dated, events):
    """Sentences reprinted in several articles (the case the index collapses), shared words,
    dates and merged events: the same groups as comparing everything with everything."""
    rows = []
    for article, value, unit, which, count in spec:
        text = texts[which % len(texts)]
        sentence = f"{text} {count} {unit}s {texts[(which + 1) % len(texts)]}"
        if any(r["article_id"] == article and r["sentence"] == sentence for r in rows):
            continue  # one article has each sentence once, with all its figures
        for k in range(count):
            rows.append(
                {"article_id": article, "value": value + k, "unit": unit, "kind": "count", "sentence": sentence,
                 "text": str(count)}
            )
    keys = sorted({(r["article_id"], r["sentence"]) for r in rows})
    dates: dict[tuple, set[str]] = {}
    for index, day in dated:
        if keys:
            dates.setdefault(keys[index % len(keys)], set()).add(day)
    same_facts = [{keys[i % len(keys)] for i in event} for event in events if keys]
    expected = _all_pairs_groups(rows, same_facts, dates)
    assert _partition(comparable_groups(rows, same_facts=same_facts, dates=dates)) == expected


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
