"""What the chapters show: article labels, numbers as a reader writes them, paths, findings."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpus_utils import charts, findings, report
from corpus_utils.charts import fit_to_column
from corpus_utils.config import PALETTE


def test_articles_get_short_unique_labels_from_outlet_date_and_headline():
    articles = pd.DataFrame(
        [
            {"article_id": "a1", "outlet": "Metro Wire", "published": "2026-03-02", "headline": "Strike begins"},
            {"article_id": "h1", "outlet": "Herald", "published": "2026-03-02", "headline": "Drivers walk out today"},
            {"article_id": "h2", "outlet": "Herald", "published": "2026-03-06", "headline": "Council votes"},
            {"article_id": "h3", "outlet": "Herald", "published": "2026-03-06", "headline": "Riders stranded again"},
            {"article_id": "x1", "outlet": None, "published": None, "headline": ""},
        ]
    )
    labels = report.article_labels(articles)
    assert labels["a1"] == "Metro Wire"  # an outlet with one article is enough
    assert labels["h1"] == "Herald, 2 Mar"  # the year only when the corpus spans years
    assert labels["h2"] == "Herald, 6 Mar: Council votes…"
    assert labels["h3"] == "Herald, 6 Mar: Riders stranded again…"
    assert labels["x1"] == "unknown outlet"
    assert len(set(labels.values())) == len(labels)


def test_an_outlet_keeps_its_colour_in_every_chart_and_its_lanes_take_it():
    """A reader found Breitbart blue in three chapters and orange in the fourth: the colour is the
    outlet's place among the corpus's outlets, whatever lanes a chapter draws."""
    articles = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "outlet": ["Zeta", "Alpha", "Zeta"], "published": ["2016-09-01"] * 3,
         "headline": ["x", "y", "z"]}
    )
    plain = report.lane_colour(articles, "outlet").to_dict()["scale"]
    assert dict(zip(plain["domain"], plain["range"], strict=True)) == {"Alpha": PALETTE[0], "Zeta": PALETTE[1]}
    lanes = articles.assign(publisher=articles["outlet"], outlet=["Agency via Zeta", "Alpha", "Zeta"])
    scale = report.lane_colour(lanes, "outlet").to_dict()["scale"]
    colours = dict(zip(scale["domain"], scale["range"], strict=True))
    assert colours == {"Agency via Zeta": PALETTE[1], "Alpha": PALETTE[0], "Zeta": PALETTE[1]}
    by_article = report.lane_colour(articles, "article").to_dict()["scale"]
    assert sorted(by_article["range"]) == sorted([PALETTE[0], PALETTE[1], PALETTE[1]])


def test_cells_are_written_as_a_reader_writes_numbers():
    assert report.readable(3_000_000.0) == "3,000,000"
    assert report.readable(1212) == "1,212"
    assert report.readable(0.25) == "0.25"
    assert report.readable(-0.001) == "0"  # not -0.00
    assert report.readable(float("nan")) == "" and report.readable(None) == ""
    assert report.readable(["a", 2.0]) == "a, 2" and report.readable(True) == "yes"


def test_parameters_show_no_path_of_the_build_machine(tmp_path: Path):
    inside = tmp_path / "_build" / "data"
    inside.mkdir(parents=True)
    assert report.shown_value(str(inside), cwd=tmp_path) == "'_build/data'"
    assert report.shown_value("/srv/elsewhere/shared/gold", cwd=tmp_path) == "'…/shared/gold'"
    assert report.shown_value(0.3) == "0.3"


def test_a_chart_takes_its_columns_width_with_its_legend_below():
    spec = fit_to_column({"mark": "bar", "width": 520, "config": {"legend": {"orient": "right"}}})
    assert spec["width"] == "container" and spec["autosize"]["type"] == "fit-x"
    assert spec["config"]["legend"]["orient"] == "right"  # a chart's own choice wins
    assert fit_to_column({"mark": "bar"})["config"]["legend"]["orient"] == "bottom"
    assert "width" not in fit_to_column({"hconcat": []})  # a composite keeps its own sizes


def test_findings_link_to_the_sections_that_hold_their_evidence():
    assert findings.anchor("Do articles share text?") == "do-articles-share-text"
    statements = pd.DataFrame(
        {
            "speaker": ["Mayor", "Mayor", "Union", "Union", "Union"],
            "side": ["City", "City", "Union", "Union", "Union"],
            "speaker_side": ["city", "city", "union", "union", "union"],
            "voice": ["quoted", "paraphrased", "quoted", "quoted", "quoted"],
            "cue_tone": ["neutral", "loaded", "neutral", "neutral", "neutral"],
        }
    )
    found = findings.quotes(statements)
    assert found[0].text.startswith("5 statements by 2 speakers; 80% of them in quotation marks")
    assert found[0].section == "Share of voice" and all(f.anchor for f in found)
    assert any("introduced by a word that judges what it reports, a verb or its noun" in f.text for f in found)
    assert findings.quotes(statements.iloc[0:0])[0].text.startswith("0 statements")


def test_a_long_list_of_names_is_cut_with_a_count():
    assert report.listed(["a", "b"]) == "a; b"
    assert report.listed([f"outlet {i}" for i in range(57)], most=3) == "outlet 0; outlet 1; outlet 2 and 54 more"


def test_figures_to_check_are_escaped_and_marked_in_their_sentence():
    figures = pd.DataFrame(
        [
            {
                "article": "<b>Daily</b>",
                "text": "3,000",
                "unit": "troop",
                "value": 3000.0,
                "kind": "count",
                "hedge": "about",
                "flags": ["disputed: 3,000 vs 5,000", "a party's figure <alone>"],
                "sentence": "About 3,000 troops & tanks crossed.",
            }
        ]
    )
    (row,) = report.check_rows(figures)
    assert row["article"] == "&lt;b&gt;Daily&lt;/b&gt;"
    assert row["figure"] == "about 3,000 troops"
    assert row["why check"] == "disputed: 3,000 vs 5,000<br>a party&#x27;s figure &lt;alone&gt;"
    assert row["sentence"] == "About <mark>3,000</mark> troops &amp; tanks crossed."


def test_tables_of_three_columns_or_more_are_stacked_on_a_phone():
    from corpus_utils.report import _table_html

    sides = ["cue", "Ukraine", "Russia"]
    counts = _table_html([{"cue": "said", "Ukraine": "12", "Russia": "9"}], sides)
    assert 'class="dataframe table stacked"' in counts and '<td data-label="Ukraine">12 </td>' in counts
    assert 'class="dataframe table"' in _table_html([{"cue": "said", "Ukraine": "12"}], sides[:2])


def test_a_table_of_eight_columns_or_more_is_set_tighter():
    """Two readers found the last columns of a count by outlet and kind of source cut off at 1280 px."""
    from corpus_utils.report import _table_html

    columns = ["outlet", *(f"kind {n}" for n in range(9))]
    assert 'class="dataframe table stacked wide"' in _table_html([dict.fromkeys(columns, "1")], columns)
    assert "wide" not in _table_html([dict.fromkeys(columns[:4], "1")], columns[:4])


def test_a_searchable_table_holds_every_row_that_fits_its_share_of_the_page():
    rows = [{"a": "x" * 1000, "b": "y"} for _ in range(2000)]
    fit = report.rows_to_show(rows, at_least=10, budget=100_000)
    assert 90 <= fit < 100  # about a kilobyte a row
    assert report.rows_to_show(rows, at_least=300, budget=100_000) == 300
    assert report.rows_to_show(rows[:50], at_least=10, budget=100_000) == 50
    assert report.rows_to_show([], at_least=10, budget=10) == 0


def test_statements_of_no_side_are_told_by_their_kind_of_source():
    """Half the statements "Unknown" reads as a failure to place them; most are experts and
    citizens, who have no side to be placed on."""
    statements = pd.DataFrame(
        {
            "speaker": ["Mayor", "Prof", "Prof", "Resident"],
            "side": ["City", "Unknown", "Unknown", "Unknown"],
            "speaker_side": ["city", "unknown", "unknown", "unknown"],
            "source_type": ["official", "expert", "expert", "citizen"],
            "voice": ["quoted"] * 4,
            "cue_tone": ["loaded", "loaded", "neutral", "neutral"],
        }
    )
    said = [f.text for f in findings.quotes(statements)]
    assert "By side: City 25%; 75% come from speakers of no side (experts 50% and citizens 25%)." in said
    one_voice = pd.concat([statements] + [statements.iloc[:1]] * 11, ignore_index=True)  # the mayor's 12 of 15
    said = " ".join(f.text for f in findings.quotes(one_voice))
    assert "By side: City 80% (Mayor: 12 of 12)" in said
    statements.loc[3, "source_type"] = None
    said = [f.text for f in findings.quotes(statements)]
    assert any("(experts 50% and undescribed 25%)" in t for t in said)
    assert any(t.endswith("1 of them are City's.") for t in said)


def test_a_teaser_is_not_the_shortest_article():
    articles = pd.DataFrame(
        {
            "article": ["A, 1 Sep", "B, 2 Sep", "C, 3 Sep"],
            "outlet": ["A", "B", "C"],
            "published": ["2016-09-01", "2016-09-02", "2016-09-03"],
            "n_words": [47, 400, 1200],
        }
    )
    pairs = pd.DataFrame(columns=["first", "second", "aligned", "shorter", "rewrite"])
    said = [f.text for f in findings.corpus(articles, pd.DataFrame(columns=["rule"]), pairs, 0.3, [])]
    length = next(t for t in said if t.startswith("The longest"))
    assert "3.0 times as long as the shortest of 100 words or more, B, 2 Sep (400 words); 1 item has fewer" in length


def test_the_day_most_articles_date_something_to_is_a_finding_with_what_they_share():
    events = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "c", "d", "e"],
            "date_value": ["2016-09-26"] * 4 + ["2016-10-03", "2016-09-26TNI"],  # a time on the day counts
            "precision": ["day"] * 6,
            "sentence": [
                "Trump won Monday's debate.",
                "The debate on Monday night was close.",
                "Trump's microphone failed at the debate.",
                "Trump's microphone failed at the debate.",
                "Pence spoke.",
                "The debate that night drew millions.",
            ],
            "event": ["x"] * 6,
        }
    )
    timexes = pd.DataFrame({"value": ["2016-09-26"], "type": ["DATE"]})
    said = [f.text for f in findings.timeline(timexes, events, pd.DataFrame(), pd.DataFrame())]
    assert "26 September 2016 is the day the most articles date something to: 4 of them" in said[1]
    assert "“debate”" in said[1] and "monday" not in said[1]
    # the sentence of article c with two dates gives two events: the count says so
    assert "5 sentences become 6 dated events (a sentence with two dates gives two)" in said[0]


def test_an_article_that_dates_only_the_future_reaches_nowhere_back():
    reach = pd.DataFrame(
        {
            "article": ["Herald", "Herald", "Letters"],
            "years_before": [2.0, 0.5, -0.3],
            "event": ["a", "b", "I hope in 2017"],
            "date_value": ["2014", "2016-03", "2017"],
        }
    )
    none = pd.DataFrame({"value": [], "type": []})
    said = [f.text for f in findings.timeline(none, pd.DataFrame(), pd.DataFrame(), reach)]
    assert said[-1].startswith("Herald reaches furthest back") and "Letters" not in said[-1]


def test_how_sides_are_quoted_is_compared_only_on_enough_statements_and_says_how_many():
    def frame(n_city: int) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "speaker": ["Mayor"] * n_city + ["Union"] * 12,
                "side": ["City"] * n_city + ["Union"] * 12,
                "speaker_side": ["city"] * n_city + ["union"] * 12,
                "voice": ["quoted"] * n_city + ["quoted"] * 6 + ["paraphrased"] * 6,
                "cue_tone": ["neutral"] * (n_city + 12),
            }
        )

    assert not any("quotation marks (whole" in f.text for f in findings.quotes(frame(3)))  # 3 is no sample
    said = [f.text for f in findings.quotes(frame(10)) if "quotation marks (whole" in f.text]
    assert said == [
        "City's words are in quotation marks (whole or in part) in 100% of its 10 statements, Union's in 50% of 12;"
        " the rest are paraphrased."
    ]


def test_what_cleaning_removed_is_told_by_rule_with_the_line_it_removed_most():
    articles = pd.DataFrame({"article": ["A, 1 Sep"], "outlet": ["A"], "published": ["2016-09-01"], "n_words": [400]})
    pairs = pd.DataFrame(columns=["first", "second", "aligned", "shorter", "rewrite"])
    note = "Editor's note: the candidate is a serial liar and a rampant xenophobe, as we have said."
    removed = pd.DataFrame(
        {
            "article": ["A, 1 Sep"] * 3,
            "rule": ["editor's note"] * 2 + ["repeated line"],
            "line removed": [note, note, "___."],
        }
    )
    said = [f.text for f in findings.corpus(articles, removed, pairs, 0.3, [])]
    cleaning = next(t for t in said if t.startswith("Cleaning removed"))
    assert cleaning.startswith(
        "Cleaning removed 3 lines that were not article text: editor's note, 2 lines in 1 article (“Editor's "
        "note: the candidate is a serial liar…”); repeated line, 1 line in 1 article (“___.”)."
    )


def test_the_expressions_given_a_value_are_told_by_kind_not_as_one_share_of_dates():
    timexes = pd.DataFrame(
        {
            "value": ["2016-09-26", "P3Y", "PRESENT_REF", "XXXX-WXX-1", None],
            "type": ["DATE", "DURATION", "DATE", "SET", "DATE"],
        }
    )
    [first] = findings.timeline(timexes, pd.DataFrame(), pd.DataFrame(), pd.DataFrame())[:1]
    assert first.text.startswith(
        "5 temporal expressions: 1 given a date or time, 1 given a duration, 1 given a repetition (“every week”) and "
        "1 given only “now”, “the past” or “the future” by the rules"
    )
    assert "the annotators'), and 1 left without one (the text does not say when)" in first.text  # all five told



def test_the_articles_table_is_labelled_once_for_the_same_articles_and_again_for_others(tmp_path: Path):
    from corpus_utils.export import export
    from tests.conftest import SEEDS

    export(SEEDS, tmp_path / "a", progress=False)
    first = report.read_table(tmp_path / "a", "articles")
    assert list(first["article"]) == [report.article_labels(first)[a] for a in first["article_id"]]
    again = report.read_table(tmp_path / "a", "articles")
    assert list(again["article"]) == list(first["article"])
    changed = first.assign(outlet="One Outlet")  # other articles: labelled anew
    labels = report._labels_of(changed)
    assert labels == report.article_labels(changed) and labels != report._labels_of(first)


def test_the_sides_a_chart_groups_as_others_are_not_compared_as_a_side():
    """ "Others's words are in quotation marks in 40% of 53" compares a heap of small sides as if it
    were one: the comparison of quoted and paraphrased voices leaves it out."""
    n = findings.MIN_SIDE_STATEMENTS
    statements = pd.DataFrame(
        {
            "speaker": [f"S{i}" for i in range(3 * n)],
            "side": ["A"] * n + ["B"] * n + [charts.OTHERS] * n,
            "speaker_side": ["a"] * n + ["b"] * n + ["c"] * n,
            "voice": ["quoted"] * n + ["quoted"] * (n - 1) + ["paraphrased"] + ["paraphrased"] * n,
            "cue_tone": ["neutral"] * (3 * n),
        }
    )
    (said,) = [f.text for f in findings.quotes(statements) if "words are in quotation marks" in f.text]
    assert said.startswith("A's words are in quotation marks") and "B's in" in said and "Others" not in said


def test_the_genre_finding_says_its_count_is_a_floor_and_why():
    """An unsigned editorial has no label, address or "I" to tell it by: the count of opinion pieces is
    "at least", with the signs it rests on, not a claim that the rest are news."""
    articles = pd.DataFrame(
        {"article": ["A, 1 Sep", "B, 2 Sep"], "outlet": ["A"] * 2, "published": ["2016-09-01"] * 2, "n_words": [9] * 2}
    )
    pairs = pd.DataFrame(columns=["first", "second", "aligned", "shorter", "rewrite"])
    wire = [{"outlet": "A", "articles": 2, "wire copy": 0, "share of its words": 0.0, "agencies": "",
             "opinion, letters or analysis": 1}]
    said = " ".join(f.text for f in findings.corpus(articles, pd.DataFrame(columns=["rule"]), pairs, 0.3, wire))
    assert "At least 1 of 2 articles are opinion" in said and "unsigned editorial" in said


def test_the_merged_events_finding_says_it_counts_retellings_not_stories():
    """ "3 events are reported by more than one article in similar words" beside a debate dated by
    15 articles reads as "outlets covered different events": the finding says what it counts."""
    merged = pd.DataFrame(
        {"event": ["Trump said it makes him smart"], "date_value": ["2016-09-26"], "reported_by": [2],
         "article_id": ["a"], "sentence": ["Trump said it makes him smart."]}
    )
    none = pd.DataFrame({"value": [], "type": [], "article_id": [], "sentence": [], "char_start": []})
    said = [f.text for f in findings.timeline(none, pd.DataFrame(), merged, pd.DataFrame())]
    assert any("not the same story" in t and "in their own words are not merged" in t for t in said)


def test_a_chapter_reads_only_the_columns_it_needs(tmp_path: Path):
    from corpus_utils.export import export
    from tests.conftest import SEEDS

    export(SEEDS, tmp_path / "a", progress=False)
    whole = report.read_table(tmp_path / "a", "sentences")
    some = report.read_table(tmp_path / "a", "sentences", ["sentence", "char_end"])
    assert list(some.columns) == ["article_id", "sentence", "char_end", "article"]
    pd.testing.assert_frame_equal(some, whole[list(some.columns)])
    for copy in (tmp_path / "a").glob("*.parquet"):  # tables without their Parquet copies: the JSON Lines
        copy.unlink()
    pd.testing.assert_frame_equal(report.read_table(tmp_path / "a", "sentences", ["sentence", "char_end"]), some)
