"""Vocabulary and overlap measures between articles."""

from __future__ import annotations

from collections import Counter

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
    assert {"border", "western", "reached"} <= set(pairs[0].shared)
    assert "Donetsk" not in pairs[0].shared  # names do not make two sentences the same


def test_sentences_about_the_same_people_saying_different_things_are_not_aligned():
    pairs = compare.aligned_sentences(
        {
            "a": ["Tom Brennan of the Harbourton Riders Alliance said fares must not rise."],
            "b": ["Tom Brennan, a spokesman for the Harbourton Riders Alliance, called the strike an emergency."],
        },
        threshold=0.3,
    )
    assert pairs == []


def test_the_threshold_rises_above_what_unrelated_reports_share():
    pair = ("a", "b", 0.45)  # two articles and the similarity of their best sentence pair
    far = compare.calibrate([pair], {"a": "2022-01-01", "b": "2025-01-01"}, floor=0.3)
    assert far.threshold == 0.46 and far.unrelated == ((0.45, 1),) and far.best_unrelated == 0.45
    near = compare.calibrate([pair], {"a": "2025-01-01", "b": "2025-01-02"}, floor=0.3)
    assert near.threshold == 0.3 and near.related == ((0.45, 1),) and near.related_pairs(0.46) == 0


def test_the_threshold_is_where_chance_would_give_a_tenth_of_the_close_pairs():
    """Reports published far apart match at a rate per pair of reports that chance and stock wording
    give close reports too: PolNeAR's 840 training reports matched far apart at 1.0 (stock
    sentences), which left no threshold at all, and at 0.3 chance gave half of the close pairs."""
    published = {"a": "2025-01-01", "b": "2025-01-02", "c": "2025-06-01", "d": "2025-06-02"}  # 2 close, 4 far
    far = [("a", "c", 1.0)] + [("a", "d", 0.4)] * 6
    close = [("a", "b", 0.9)] * 10 + [("c", "d", 0.35)] * 10
    calibration = compare.calibrate(far + close, published, floor=0.3)
    assert (calibration.close_articles, calibration.far_articles) == (2, 4)
    assert calibration.chance_share(0.35) == 7 * 2 / 4 / 20  # 0.175: too much chance
    assert calibration.threshold == 0.9 and calibration.chance_share(0.9) == 0.05
    assert compare.calibrate(far + close, published, floor=0.95).threshold == 1.01  # nothing clear above the floor


def test_sentences_that_give_different_figures_say_different_things():
    """PolNeAR's training reports aligned "Clinton now has at least 501 delegates" with "... at least
    882 delegates", and two polls' margins of error; a link is no fact either."""
    assert compare.other_figures("Clinton now has at least 501 delegates.", "Clinton now has at least 882 delegates.")
    assert compare.other_figures("The margin of error is 3.4 points.", "It has a margin of error of two points.")
    assert not compare.other_figures("A candidate needs 2,383 delegates.", "Candidates need 2383 delegates to win.")
    assert not compare.other_figures("No number here.", "Clinton has 501 delegates.")
    assert compare.fact_words("A summary is here: http://bit.ly/1Tnr3QM.") == {"summar"}
    sentences = {"a": ["Clinton now has at least 501 delegates after the Tuesday primaries in the south."],
                 "b": ["Clinton now has at least 882 delegates after the Tuesday primaries in the south."]}
    assert compare.aligned_sentences(sentences) and not compare.calibrated_alignment(sentences, {}, floor=0.3)[1]


def test_names_that_share_words_but_not_a_name_are_other_subjects():
    assert compare.other_subjects("Yesterday Bill Clinton spoke in Ohio.", "Yesterday Hillary Clinton spoke there.")
    court = "It went to the U.S. Court of Appeals for the {} Circuit."
    assert compare.other_subjects(court.format("Sixth"), court.format("Ninth"))
    assert not compare.other_subjects("Later Clinton led Trump in Ohio.", "Now Hillary Clinton leads Donald Trump.")
    assert not compare.other_subjects("The U.S. economy grew.", "The United States economy grew.")  # two spellings


def test_stock_wording_is_not_a_shared_passage():
    texts = {
        "a": "Fighting went on in the Donbas region which Moscow wants. Officials in Kyiv said so.",
        "b": "Shelling hit towns in the Donbas region which lies east. Later Kyiv said nothing.",
    }
    assert compare.shared_passages(texts, min_words=5) == []


def test_a_run_shared_twice_or_inside_a_longer_one_is_one_passage_and_a_formula_is_none():
    """A reader found "federal income taxes for nearly two decades" listed twice for one pair, "use of
    a private email" beside "clinton use of a private email", and "said in a phone interview" (three
    articles) listed as copying."""
    run = "paid no federal income taxes for nearly two decades"
    texts = {
        "a": f"Roe {run}, it said. Then Roe {run} again. Roe said in a phone interview that it was fine.",
        "b": f"Poe wrote that Roe {run} in all. Poe said in a phone interview that it was wrong.",
        "c": "Ann Lee said in a phone interview that nothing changed at all.",
    }
    passages = compare.shared_passages(texts, min_words=5)
    assert [(p.article_a, p.article_b, p.text) for p in passages] == [("a", "b", f"roe {run}")]


def test_shared_passages_are_maximal_runs():
    texts = {"a": "one two three four five six seven end", "b": "start two three four five six seven stop"}
    passages = compare.shared_passages(texts, min_words=5)
    assert [p.text for p in passages] == ["two three four five six seven"]
    assert compare.shared_passages(texts, min_words=7) == []


def test_two_reports_quoting_the_same_speech_are_not_aligned_on_its_words():
    quote = "“How many times do we have to see this in our country? This is just unbearable,” she said."
    sentences = {"a": [quote, "Police released video on Monday."], "b": [quote, "Protests broke out downtown."]}
    assert len(compare.aligned_sentences(sentences)) == 1  # the words are the same
    _, pairs = compare.calibrated_alignment(sentences, {"a": None, "b": None}, floor=0.3)
    assert pairs == []  # but no reporter wrote them: no rewrite


def test_a_rewrite_shares_a_quarter_of_the_shorter_article():
    assert compare.is_rewrite(3, 10, 40)
    assert not compare.is_rewrite(2, 4, 4)  # too few sentences to tell
    assert not compare.is_rewrite(6, 30, 40)  # two reports of one event share some facts
    pair = compare.AlignedPair("a", "b", "x", "y", 0.5, ())
    rows = compare.rewrite_pairs([pair] * 3, {"a": ["s"] * 10, "b": ["s"] * 40})
    assert rows == [{"article_a": "a", "article_b": "b", "aligned": 3, "overlap": 1.5, "shorter": 10, "rewrite": True}]
    verdict = compare.rewrite_verdict(rows[0] | {"first": "A", "second": "B", "rewrite": False})
    assert "no pair here reads as a rewrite" in verdict


def test_the_closest_pair_is_the_one_whose_sentences_are_most_alike_not_the_most_aligned():
    """A reader found three sentences sharing only court words ("appeals court", "Supreme Court")
    called the closest pair, above a columnist's two articles repeating a sentence nearly word for word."""
    loose = [compare.AlignedPair("a", "b", "x", "y", 0.33, ())] * 3
    close = [compare.AlignedPair("c", "d", "x", "y", 0.93, ()), compare.AlignedPair("c", "d", "x", "y", 0.45, ())]
    rows = compare.rewrite_pairs(loose + close, {k: ["s"] * 40 for k in "abcd"})
    assert [(r["article_a"], r["aligned"]) for r in rows] == [("c", 2), ("a", 3)]


def test_pairs_compared_before_are_not_compared_again_and_give_the_same_passages(monkeypatch):
    base = "the minister said the convoy of forty trucks reached the northern city late on sunday night"
    texts = {"a": f"Reports: {base}.", "b": f"Overnight, {base}, officials added.", "c": "Nothing else here at all."}
    known: dict = {}
    first = compare.shared_passages(texts, min_words=5, known=known)
    assert first == compare.shared_passages(texts, min_words=5) and len(_pairs(known)) == 1
    compared: list[int] = []
    real = compare._run_length
    monkeypatch.setattr(compare, "_run_length", lambda *a: compared.append(1) or real(*a))
    assert compare.shared_passages(texts, min_words=5, known=known) == first
    assert compared == []  # read back, not compared
    texts["d"] = f"Today {base} again."  # a new article: only its pairs are compared
    grown = compare.shared_passages(texts, min_words=5, known=known)
    assert grown == compare.shared_passages(texts, min_words=5) and compared and len(_pairs(known)) == 3


def _pairs(known: dict) -> list[str]:
    """The pairs of articles ``known`` holds (besides each article's sequences and names)."""
    return [k for k in known if not k.startswith(("article:", "run:"))]


def test_shared_passages_kept_between_builds_are_those_of_the_archive_as_it_is(tmp_path, monkeypatch):
    """What ``shared_passages`` keeps (``cache.remembered``) after adds, edits, deletions, a
    damaged file and other code gives the passages worked out from nothing."""
    from corpus_utils import cache

    base = "the minister said the convoy of forty trucks reached the northern city late on sunday night"
    texts = {"a": f"Reports: {base}.", "b": f"Overnight, {base}, officials added.", "c": "Nothing else here at all."}
    path = tmp_path / "shared_passages.json"

    read: list[list[str]] = []  # the articles whose sequences were worked out
    real = compare._sequence_hashes
    monkeypatch.setattr(compare, "_sequence_hashes", lambda tokens, n: read.append(tokens) or real(tokens, n))

    def passages() -> list[compare.Passage]:
        expected = compare.shared_passages(texts, min_words=5)
        read.clear()
        with cache.remembered(path) as known:
            kept = compare.shared_passages(texts, min_words=5, known=known)
        assert kept == expected
        return kept

    assert len(passages()) == 1 and len(read) == len(texts)
    passages()
    assert read == []  # nothing changed: no article read again
    texts["d"] = f"Today {base} again, said Mayor Lee."
    assert len(passages()) == 3 and read == [compare.words(texts["d"])]  # the new article alone is read
    texts["b"] = "Overnight, officials added nothing."
    assert len(passages()) == 1
    del texts["a"]
    assert passages() == []
    assert len([k for k in cache._read_remembered(path) if k.startswith("article:")]) == len(texts)  # "a" left
    path.write_text(path.read_text("utf-8").replace("article:", "articlf:", 1), "utf-8")  # damaged
    assert cache._read_remembered(path) == {}
    texts["a"] = f"Reports: {base}."
    assert len(passages()) == 1 and len(read) == len(texts)  # read again, every one
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "other code")
    assert cache._read_remembered(path) == {}
    assert len(passages()) == 1 and len(read) == len(texts)


def test_sequence_hashes_are_the_same_in_every_process():
    import subprocess
    import sys

    code = "from corpus_utils import compare; print(compare._sequence_hashes('a b c d e f'.split(), 5).tolist())"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout for _ in "ab"}
    assert len(runs) == 1 and len(eval(runs.pop())) == 2


def test_counts_summed_by_outlet_are_those_of_the_joined_texts():
    texts = {"a": "Russia's army shelled Kharkiv.", "b": "Kharkiv mayor spoke", "c": "Army shelled towns 12 times"}
    outlet = {"a": "Herald", "b": "Wire", "c": "Herald"}
    joined = {"Herald": f"{texts['a']} {texts['c']}", "Wire": texts["b"]}
    known: dict = {}
    counts = compare.summed(compare.term_counts(texts, known), outlet)
    assert counts == {unit: Counter(compare.content_words(text)) for unit, text in joined.items()}
    assert list(counts) == ["Herald", "Wire"] and len(known) == 3
    assert compare.similarity_of(counts) == compare.similarity_matrix(joined)
    assert compare.distinctive_terms_of(counts, min_count=1) == compare.distinctive_terms(joined, min_count=1)
    assert compare.summed(compare.term_counts(texts, known), outlet) == counts  # read back


def test_the_middle_sentences_of_a_quoted_passage_are_no_narration():
    sentences = [
        {"article_id": "a", "sentence": "“We came here.", "char_start": 0, "char_end": 14},
        {"article_id": "a", "sentence": "You walk down the street, you get shot.", "char_start": 15, "char_end": 54},
        {"article_id": "a", "sentence": "It is sad,” he said.", "char_start": 55, "char_end": 75},
        {"article_id": "a", "sentence": "You walk down the street, you get shot.", "char_start": 76, "char_end": 115},
    ]
    quotes = [{"article_id": "a", "kind": "direct", "scare": False, "char_start": 1, "char_end": 64}]
    marked = compare.quoted_inside(sentences, quotes)["a"]
    assert marked[1] == "“You walk down the street, you get shot.”" and marked[3] == sentences[3]["sentence"]
    assert compare.narration_words(marked[1]) == frozenset()  # the speaker's words, not the reporter's


def test_rewrites_are_found_from_the_tables_rows_and_quoted_passages_are_no_evidence():
    """``compare.rewrites``, the corpus chapter's question: two reports that narrate one event in
    one wording are a pair of rewrites; the same words inside a quotation are the speaker's."""
    narrated = "The harbour authority closed the northern pier on Tuesday after cracks appeared in its pylons."
    rows = [
        {"article_id": a, "sentence": text, "char_start": 0, "char_end": len(text)}
        for a, text in (("a", narrated), ("b", narrated), ("c", f"“{narrated}”"))
    ]
    quotes = [{"article_id": "c", "kind": "direct", "scare": False, "char_start": 1, "char_end": len(narrated) + 1}]
    published = dict.fromkeys("abc", "2025-01-01")
    calibration, aligned, pairs = compare.rewrites(rows, quotes, published, floor=0.3)
    assert calibration.threshold == 0.3 and [(p.article_a, p.article_b) for p in aligned] == [("a", "b")]
    assert [(p["article_a"], p["article_b"]) for p in pairs] == [("a", "b")]


def test_words_of_reporting_and_time_and_opening_names_say_no_fact():
    """A reader of the PolNeAR dev book found "Trump said last week" aligned with "She said she had
    toured the museum last week" (shared: said, last, week) and "Aaron Kall is director of debate"
    with another sentence on "Aaron", a name opening the sentence."""
    assert compare.fact_words("Trump said last week that the tax plan failed.") == {"tax", "plan", "failed"}
    assert "aaron" not in compare.fact_words("Aaron Kall is director of debate at the university.")
    assert "video" in compare.fact_words("Video shows him with his hands in the air.")  # a word, not a name


def test_aligned_sentences_share_more_than_the_story_and_name_the_same_subjects():
    """Two sentences that share only the corpus's common vocabulary, or that name different
    people, say no same thing: "The Trump campaign did not immediately respond to requests for
    comment" and the Clinton campaign's are two campaigns' silences."""
    story = [f"The presidential debate on taxes drew voters in town number {n}." for n in range(9)]
    sentences = {
        "a": ["The Trump campaign did not immediately respond to requests for comment.", story[0],
              "Harbour cranes lifted the broken pylons onto waiting barges overnight."],
        "b": ["The Clinton campaign did not immediately respond to requests for comment.", story[1],
              "Harbour cranes lifted broken pylons onto barges overnight."],
        **{f"c{n}": [story[n]] for n in range(2, 9)},
    }
    _, pairs = compare.calibrated_alignment(sentences, dict.fromkeys(sentences), floor=0.3)
    assert [(p.article_a, p.article_b, p.sentence_a[:7]) for p in pairs] == [("a", "b", "Harbour")]


def test_words_both_articles_quote_are_no_copying():
    """A reader found 9 of 16 "verbatim runs" of a campaign's coverage to be a candidate's words that
    two reports transcribed apart: a run inside quotation marks in either article is left out."""
    speech = "this is just unbearable and it needs to be intolerable"
    narrated = "the harbour authority closed the northern pier after cracks appeared"
    texts = {
        "a": f"She said: “This is just unbearable, and it needs to be intolerable.” Then {narrated}.",
        "b": f"“This is just unbearable and it needs to be intolerable,” she told the host. And {narrated}.",
    }
    shared = compare.shared_passages(texts, min_words=5)
    assert {p.text for p in shared} >= {speech}
    assert [p.text for p in compare.unquoted_passages(shared, texts)] == [narrated]
    tagged = {  # the quoted words and their tag: most of the run is the speech
        "a": "“The unfairness of the tax laws is unbelievable,” Trump said at a stop. The pier closed.",
        "b": "“The unfairness of the tax laws is unbelievable,” Trump said on Monday. Rain fell.",
    }
    assert compare.unquoted_passages(compare.shared_passages(tagged, min_words=5), tagged) == []
