"""Who gets a voice: the cast as the quotes chapter shows it (corpus_utils.voices)."""

from __future__ import annotations

import pandas as pd

from corpus_utils import findings, voices


def _statements() -> pd.DataFrame:
    rows = [
        ("a1", "Outlet A", "Jane Roe", "sp-1", "political", "Roe campaign"),
        ("a1", "Outlet A", "Jane Roe", "sp-1", "political", "Roe campaign"),
        ("a2", "Outlet B", "Jane Roe", "sp-1", "political", "Roe campaign"),
        ("a2", "Outlet B", "Ann Lee", "sp-2", "expert", None),
        ("a2", "Outlet B", "Ann Lee", "sp-2", "expert", None),
        ("a3", "Outlet A", "Bo Kim", "sp-3", "unknown", None),
        ("a3", "Outlet A", None, None, None, None),
    ]
    frame = pd.DataFrame(rows, columns=["article_id", "outlet", "speaker", "speaker_id", "source_type", "affiliation"])
    return frame.assign(quote="words")


def test_outlets_by_kind_of_source_with_shares_and_rates():
    table = voices.outlet_source_types(_statements(), pd.Series({"Outlet A": 1000, "Outlet B": 500}))
    b = table[table["outlet"] == "Outlet B"].set_index("source")
    assert b.loc["experts", "statements"] == 2 and round(b.loc["experts", "share"], 2) == 0.67
    assert b.loc["politicians", "per 1,000 words"] == 2.0


def test_voices_only_one_outlet_carries():
    alone = voices.one_outlet_voices(_statements())
    assert list(alone["speaker"]) == ["Ann Lee"] and list(alone["outlet"]) == ["Outlet B"]


def test_the_share_without_a_speaker_is_said_plainly():
    text = voices.coverage(_statements())
    assert text.startswith("For 1 of 7 statements (14%) the rules found no speaker (the article may name one")
    assert "of the 6 with one, 1 (17%) come from" in text
    everyone = voices.coverage(_statements().dropna(subset=["speaker"]))
    assert everyone.startswith("The rules found a speaker for every one")


def test_cast_rows_link_each_name_to_its_statements_and_escape_it():
    cast = pd.DataFrame(
        [
            {"speaker_id": "sp-1", "name": "Jane <b>Roe</b>", "roles": ["Democratic nominee"],
             "source_type": "political", "affiliation": "Roe campaign", "n_statements": 3},
        ]
    )
    (row,) = voices.cast_rows(cast, _statements(), "statements", {"sp-1"})
    assert row["speaker"] == (
        '<a href="#statements" data-filter="sp-1" class="speaker-link">Jane &lt;b&gt;Roe&lt;/b&gt;</a>'
    )
    assert (row["role"], row["kind of source"], row["outlets"]) == ("Democratic nominee", "politicians", "2")
    (unlinked,) = voices.cast_rows(cast, _statements(), "statements", set())  # none of theirs shown: no link
    assert unlinked["speaker"] == "Jane &lt;b&gt;Roe&lt;/b&gt;"
    # agency copy in Outlet B is a lane of its own in the charts, but still published by Outlet B
    lanes = _statements().assign(publisher=lambda f: f["outlet"])
    lanes.loc[2, "outlet"] = "AP via Outlet B"
    lanes = pd.concat([lanes, lanes.iloc[[1]].assign(outlet="AP via Outlet A")])
    (row,) = voices.cast_rows(cast, lanes, "statements", set())
    assert row["outlets"] == "2"


def test_the_explorer_says_a_speaker_was_not_found_rather_than_nan():
    read_back = pd.DataFrame(  # a table read back from CSV: a missing speaker is NaN
        [
            {"article": "A", "speaker": float("nan"), "side": "Unknown", "speaker_id": float("nan"), "kind": "direct",
             "cue": float("nan"), "channel": None, "sentence": "“Go,” she sang.", "quote": "Go"},
            {"article": "A", "speaker": "Jane <b>Roe</b>", "side": "Roe campaign", "speaker_id": "sp-1",
             "kind": "direct", "cue": "say", "channel": None, "sentence": "“Go,” Roe said.", "quote": "Go"},
        ]
    ).assign(fragments=[["Go"], ["Go"]])
    first, second = voices.explorer_rows(read_back)
    assert first["source"] == "speaker not found (Unknown)"
    assert second["source"].startswith("Jane &lt;b&gt;Roe&lt;/b&gt; (Roe campaign)")


def test_key_findings_name_the_kinds_of_source_and_the_largest_affiliation():
    texts = [f.text for f in findings.cast(_statements())]
    assert texts[0] == (
        "3 people and bodies speak; by kind of source, politicians 50% and experts 33% "
        "of the statements with a speaker."
    )
    assert texts[2] == (
        "The largest affiliations (the body a statement's own description of its speaker names): Roe campaign"
        " (3 statements); a side also counts its people described otherwise, so the two counts may differ."
    )


def test_the_speaker_chart_keeps_the_most_quoted_and_counts_the_rest_as_others():
    frame = _statements().dropna(subset=["speaker"]).assign(side="Blue")
    top = voices.top_speakers(frame, min_quotes=1, most=1, others_side="Unknown").set_index("speaker")
    assert top.loc["Jane Roe", "statements"] == 3 and top.loc["others", "statements"] == 3
    assert top.loc["others", "side"] == "Unknown" and len(top) == 2


def test_a_speaker_is_counted_once_among_the_most_quoted_whatever_their_sides():
    statements = pd.DataFrame(
        {
            "speaker": ["Ann", "Ann", "Ann", "Bo", "Bo"],
            "side": ["Blue", "Red", "Blue", "Red", "Red"],
            "speaker_side": ["blue", "red", "blue", "red", "red"],
            "voice": ["quoted"] * 5,
            "cue_tone": [None] * 5,
        }
    )
    (most,) = [f.text for f in findings.quotes(statements) if f.text.startswith("Most often")]
    assert most == "Most often given a voice: Ann (3, Blue) and Bo (2, Red)."


def test_the_outlet_table_has_a_column_for_each_kind_of_source_present():
    by_source = voices.outlet_source_types(_statements(), pd.Series({"Outlet A": 1000, "Outlet B": 500}))
    table = voices.outlet_source_table(by_source).set_index("outlet")
    assert list(table.columns) == ["politicians", "experts", "unknown"]
    assert table.loc["Outlet B", "experts"] == 2 and table.loc["Outlet B", "unknown"] == 0


def _split_quotation() -> pd.DataFrame:
    """'“Hopefully,” Roe said, “we win,” and Lee said, “No.”' as the quotes table has it: a row per span."""
    sentence = "“Hopefully,” Roe said, “we will win,” and Lee said “no” and she “laughed.”"
    rows = [
        ("a1", "Hopefully", "direct", "sp-1", "say", "neutral", 1, 10),
        ("a1", "we will win", "partial", "sp-1", None, None, 23, 34),
        ("a1", "no", "partial", "sp-2", "say", "neutral", 50, 52),
        ("a1", "laughed.", "partial", None, None, None, 63, 71),
        ("a1", "laughed.", "partial", None, None, None, 63, 71),
        ("a2", "Later", "indirect", "sp-1", "claim", "loaded", 0, 5),
    ]
    frame = pd.DataFrame(
        rows, columns=["article_id", "quote", "kind", "speaker_id", "cue", "cue_tone", "char_start", "char_end"]
    )
    return frame.assign(sentence=sentence, speaker=frame["speaker_id"].map({"sp-1": "Jane Roe", "sp-2": "Ann Lee"}))


def test_a_quotation_split_by_its_attribution_is_one_act_of_speech():
    acts = voices.acts_of_speech(_split_quotation().iloc[::-1])  # in any order: the act starts at its first span
    assert list(acts["speaker_id"].fillna("-")) == ["sp-1", "-", "-", "sp-2", "sp-1"]  # the table's order kept
    split = acts[(acts["article_id"] == "a1") & (acts["speaker_id"] == "sp-1")].iloc[0]
    assert split["fragments"] == ["Hopefully", "we will win"] and split["quote"] == "Hopefully"
    assert (split["kind"], split["cue"], split["cue_tone"]) == ("direct", "say", "neutral")
    assert (split["char_start"], split["char_end"]) == (1, 34)
    # another speaker in the sentence, the same speaker in another article, and rows with no speaker stay apart
    assert len(acts) == 5 and list(acts.columns) == [*_split_quotation().columns, "fragments"]
    assert voices.fragments_note(acts) == (
        " A quotation split by its attribution, or one speaker's words reported in fragments in one sentence, is "
        "one statement: 1 more quoted spans are parts of these (the quotes table has a row per span)."
    )
    assert voices.fragments_note(voices.acts_of_speech(_split_quotation().iloc[2:])) == ""


def test_the_explorer_marks_every_fragment_and_the_cast_counts_acts():
    acts = voices.acts_of_speech(_split_quotation()).assign(article="A", side="Roe camp", channel=None, outlet="O")
    row = voices.explorer_rows(acts)[0]
    assert row["sentence"].count("<mark") == 2 and "Hopefully</mark>" in row["sentence"]
    cast = pd.DataFrame(
        [
            {"speaker_id": sid, "name": name, "roles": [], "source_type": None, "affiliation": None, "n_statements": n}
            for sid, name, n in (("sp-2", "Ann Lee", 1), ("sp-1", "Jane Roe", 3))  # the cast counts rows
        ]
    )
    rows = voices.cast_rows(cast, acts, "statements", set())
    assert [(r["speaker"], r["statements"]) for r in rows] == [("Jane Roe", "2"), ("Ann Lee", "1")]
