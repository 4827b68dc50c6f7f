"""Vocabulary and overlap measures between articles."""

from __future__ import annotations

from corpus_utils import compare


def test_words_fold_possessives_and_keep_numbers():
    assert compare.words("Russia’s army took 1,212 bodies") == ["russia", "army", "took", "1,212", "bodies"]


def test_content_words_drop_function_words_and_numbers():
    assert compare.content_words("The army of Russia took 300 of the villages") == [
        "army",
        "russia",
        "took",
        "villages",
    ]


def test_distinctive_terms_rank_an_articles_own_words_first():
    texts = {
        "a": "river river river crossing bridge army army",
        "b": "election election vote vote army army",
        "c": "army army army election",
    }
    top = {t.article_id: t.term for t in compare.distinctive_terms(texts, top=1)}
    assert top["a"] == "river"
    assert top["b"] == "vote"


def test_similarity_is_one_for_identical_and_zero_for_disjoint():
    sim = compare.similarity_matrix({"a": "tanks crossed river", "b": "tanks crossed river", "c": "voters elect mayor"})
    assert sim[("a", "b")] == 1.0
    assert sim[("a", "c")] == 0.0


def test_aligned_sentences_find_a_paraphrase_and_not_an_unrelated_sentence():
    pairs = compare.aligned_sentences(
        {
            "a": ["Russian tanks reached the western border of Donetsk region on Sunday.", "Bread prices rose."],
            "b": ["A Russian tank unit had reached the western border of the Donetsk region.", "It rained."],
        }
    )
    assert len(pairs) == 1
    assert pairs[0].sentence_a.startswith("Russian tanks")
    assert {"border", "donetsk", "western"} <= set(pairs[0].shared)


def test_shared_passages_are_maximal_runs():
    texts = {"a": "one two three four five six seven end", "b": "start two three four five six seven stop"}
    passages = compare.shared_passages(texts, min_words=5)
    assert [p.text for p in passages] == ["two three four five six seven"]
    assert compare.shared_passages(texts, min_words=7) == []
