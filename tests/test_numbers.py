"""Numbers: numerals, units, hedges, claimants, and the audit, on sentences written for the tests."""

from __future__ import annotations

import re
from dataclasses import asdict

import pytest

from corpus_utils.articles import ManifestRow, parse_article
from corpus_utils.figure_audit import audit_groups
from corpus_utils.numbers import (
    check_duration,
    check_rank,
    convert,
    extract_numbers,
    figure_phrase,
    flags,
    severity,
    singular,
)
from corpus_utils.numerals import find_numerals, parse_number
from corpus_utils.quotes import extract_statements
from corpus_utils.same_fact import STOCK_ARTICLES, comparable_groups
from corpus_utils.timeline import tag_article


def figures(body: str, published: str = "2024-03-14") -> list[dict]:
    article = parse_article("a", f"Headline\n\n{body}".encode(), ManifestRow("a", published=published))
    quotes, evidence, _ = extract_statements(article)
    return [asdict(f) for f in extract_numbers(article, tag_article(article), quotes, evidence)]


def one(body: str) -> dict:
    found = figures(body)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6,000", 6000),
        ("152.4", 152.4),
        ("three million", 3_000_000),
        ("a dozen", 12),
        ("one and a half", 1.5),
        ("twenty-five", 25),
        ("a hundred and two", 102),
        ("2.5 million", 2_500_000),
        ("half a dozen", 6),
        # a part of a scale is the part, not the scale
        ("a quarter of a million", 250_000),
        ("half a million", 500_000),
        ("a half-billion", 500_000_000),
        ("three-quarters of a billion", 750_000_000),
    ],
)
def test_parse_number(text: str, value: float):
    assert parse_number(text) == value or [n.value for n in find_numerals(text)] == [value]


def test_one_as_pronoun_is_not_a_number():
    assert find_numerals("one of the most powerful attacks, the one you mentioned") == []


def test_count_with_hedge_unit_and_reporter_as_source():
    f = one("Nearly 500 Shahed drones hit the city.")
    assert (f["value"], f["unit"], f["hedge"], f["hedge_class"], f["kind"], f["claimant"]) == (
        500,
        "drone",
        "nearly",
        "upper_bound",
        "count",
        None,
    )


@pytest.mark.parametrize(
    ("body", "hedge_class"),
    [
        ("More than 900 bombs fell.", "lower_bound"),
        ("Up to 8,000 soldiers arrived.", "upper_bound"),
        ("Around 30 missiles were fired.", "approximate"),
        ("Exactly 30 missiles were fired.", "none"),
        ("The company paid about $175 million.", "approximate"),  # a hedge before the currency sign
        ("Donors gave at least US$25 million.", "lower_bound"),
    ],
)
def test_hedge_classes(body: str, hedge_class: str):
    assert one(body)["hedge_class"] == hedge_class


def test_claimant_comes_from_the_attribution():
    f = one("The army said it had destroyed 14 tanks.")
    assert (f["claimant"], f["unit"]) == ("army", "tank")


def test_a_consequence_drawn_in_the_reported_clause_is_the_sources_too():
    body = (
        "The Times wrote that Mr. Roe had claimed a loss of $916 million in 1995, which could have"
        " allowed him to avoid paying taxes for the next 18 years. Critics of Mr. Roe, who is 70, denounced the deal."
    )
    claimants = {f["text"]: f["claimant"] for f in figures(body)}
    assert claimants["916 million"] == claimants["18"] == "Times" and claimants["70"] is None


def test_dates_and_years_are_left_to_the_timeline():
    assert [f["text"] for f in figures("On June 8, 2025, in the 2024 campaign, 40 people fled.")] == ["40"]


def test_measures_and_conversions():
    f = one("The village lies 13 kilometers from the border.")
    assert (f["kind"], f["unit"]) == ("measure", "kilometre")
    assert convert(13, "kilometre") == "≈ 8.1 mile"
    assert one("A 152.4mm howitzer fired.")["unit"] == "millimetre"


def test_durations_money_percent_and_vague():
    assert one("A three-year war.")["text"] == "three-year"
    assert one("The aid was worth $5 billion.")["kind"] == "money"
    assert one("Turnout fell to 45 percent.")["kind"] == "percent"
    vague = one("Tens of thousands of people fled.")
    assert (vague["value"], vague["vague"], vague["unit"]) == (10000, True, "person")


def test_elliptical_units_borrow_from_neighbours():
    found = figures("Shelling killed eight civilians and wounded 22 others.")
    assert [f["unit"] for f in found] == ["civilian", "civilian"]


@pytest.mark.parametrize(
    ("plural", "single"),
    [("bodies", "body"), ("lives", "life"), ("people", "person"), ("troops", "troop"), ("settlements", "settlement")],
)
def test_singular(plural: str, single: str):
    assert singular(plural) == single


def _row(article_id: str, value: float, unit: str, sentence: str, **extra: object) -> dict:
    return {
        "article_id": article_id,
        "value": value,
        "unit": unit,
        "kind": "count",
        "sentence": sentence,
        "text": str(value),
        "hedge": None,
        "hedge_class": "none",
        "claimant": None,
        "claimant_side": None,
        "vague": False,
        **extra,
    }


def test_comparable_figures_are_grouped_and_disagreements_explained():
    rows = [
        _row("a", 3_000_000, "resident", "The region had a population of three million before the war."),
        _row("b", 3_500_000, "person", "About 3.5 million people lived in the region before the war."),
        _row("b", 40, "tank", "Forty tanks were destroyed near the river."),
    ]
    groups = comparable_groups(rows)
    assert groups[0] == groups[1] != groups[2]
    [audit] = audit_groups(rows, groups, tolerance=0.1)
    assert not audit["agree"] and "differ by 14 %" in audit["explanation"]
    assert audit_groups(rows, groups, tolerance=0.2)[0]["agree"]


def test_the_same_precise_figure_in_other_words_is_one_fact_and_a_small_one_is_not():
    rows = [
        _row("a", 916_000_000, "dollar", "The returns showed he and his companies lost nearly $916 million."),
        _row("b", 916_000_000, "dollar", "The Times wrote that he had claimed a loss of $916 million in 1995."),
        _row("c", 916_000_000, "dollar", "A $916 million loss was reported a month later.", kind="money"),
        _row("a", 4, "case", "A web video references four cases."),
        _row("b", 4, "case", "Lawyers filed four cases in the state."),
    ]
    published = {"a": "2016-10-03", "b": "2016-10-04", "c": "2016-11-20"}
    groups = comparable_groups(rows, published=published)
    assert groups[0] == groups[1]  # the same $916 million, in words that share almost nothing
    assert groups[2] != groups[0]  # another kind of figure, weeks later
    assert groups[3] != groups[4]  # "four cases" twice is a coincidence, not one fact


def test_duration_checked_against_its_own_articles_start_only():
    row = _row("a", 3, "year", "", kind="duration", text="three-year")
    start = {"article_id": "a", "date_start": "2022-02-01", "date_value": "2022-02", "event": "The offensive began"}
    note = check_duration(row, "2025-06-08", [start])
    assert "The offensive began" in note and "fits a figure stated without a hedge" in note
    assert "if that is where the span begins" in note  # a date near the start is no proof it is the start
    assert "three-year year" not in note and "'three-year' before" in note
    # the same start in another article, or one dated after publication, is not this article's evidence
    elsewhere = {**start, "article_id": "b"}
    later = {**start, "date_start": "2025-09-01", "date_value": "2025-09"}
    for events in ([elsewhere], [later], []):
        assert "nothing in it to check the duration against" in check_duration(row, "2025-06-08", events)
    hedged = {**row, "hedge": "more than", "hedge_class": "lower_bound", "value": 4}
    assert "does not fit the hedge 'more than'" in check_duration(hedged, "2025-06-08", [start])


def test_a_length_that_names_a_kind_of_thing_has_no_start_to_check():
    """ "four-year state universities", "the four-year number, $25,000": a kind, not a span back to 2012
    (a reader found both "checked" against September 2012)."""
    for sentence in ("Students at four-year state universities pay more.", "That is the four-year number, $25,000."):
        row = _row("a", 4, "year", sentence, kind="duration", text="four-year")
        assert check_duration(row, "2016-09-24", []) is None
    war = _row("a", 3, "year", "It ended a three-year offensive.", kind="duration", text="three-year")
    assert check_duration(war, "2016-09-24", []) is not None


def test_flags_name_party_claims_and_precision_under_a_hedge():
    row = _row(
        "a",
        1212,
        "body",
        "",
        claimant="Russian military",
        claimant_side="russia",
        hedge="about",
        hedge_class="approximate",
        text="1,212",
    )
    reasons = flags(row, single_source=True, parties={"russia"})
    assert reasons[0] == "claimed by a party to the story (Russian military) and no other article gives it"
    assert reasons[1].startswith("precise figure") and severity(reasons[0]) < severity(reasons[1])
    bound = {**row, "hedge": "at least", "hedge_class": "lower_bound"}
    assert not any(r.startswith("precise figure") for r in flags(bound, single_source=True))  # a bound may be exact
    plain = flags(row, single_source=True)  # no parties configured
    assert not any("party" in r for r in plain) and "only one article gives this figure" in plain
    disputed = flags(row, single_source=False, parties={"russia"}, disagreement="1,212 or 1,300 bodies")
    assert disputed[0] == "reports disagree on it (1,212 or 1,300 bodies)"
    assert [severity(r) for r in disputed] == sorted(severity(r) for r in disputed)
    few = {**row, "value": 7, "text": "seven", "hedge": "", "hedge_class": "none"}  # "seven continents"
    assert flags(few, single_source=True) == []  # a small count is no claim to check
    assert flags({**few, "value": 12}, single_source=True) == ["only one article gives this figure"]


def test_figures_of_parallel_sentences_pair_in_order_whatever_their_values():
    a = "Before the war the region had about three million people, with one million in the capital."
    b = "Before the war about 2.9 million people lived in the region, and one million in the capital."
    rows = [
        _row("a", 3e6, "person", a),
        _row("a", 1e6, "person", a),
        _row("b", 2.9e6, "person", b),
        _row("b", 1e6, "person", b),
    ]
    groups = comparable_groups(rows)
    assert groups[0] == groups[2] and groups[1] == groups[3] and groups[0] != groups[1]


def test_an_age_is_a_measure_and_a_clock_time_is_not_a_number():
    assert one("A 15-year-old boy was among the dead.")["unit"] == "year of age"
    assert figures("At 3:40 a.m. local time, sirens sounded.") == []


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The storm destroyed 300 homes, according to the regional governor.", "regional governor"),
        ("According to the fire service, 40 people were rescued overnight.", "fire service"),
        ("“We lost 12 boats,” the harbour master said.", "harbour master"),
        ("The harbour master told reporters on Monday that the port had lost 12 boats.", "harbour master"),
        ("“The port has lost 12 boats,” said a senior harbour official.", "harbour official"),
        ("The reporter counted 12 boats at the quay.", None),
    ],
)
def test_claimant_of_a_figure_is_the_speaker_of_its_statement(body: str, claimant: str | None):
    f = one(body)
    assert (f["claimant"] is None) if claimant is None else claimant in f["claimant"]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        # the whole reported clause of a partial quotation is the speaker's, not only the quoted words
        ("Ann Poe says it means the firm “may not have paid a dime” in taxes for two decades.", {"two": "Ann Poe"}),
        # "but" with no subject of its own goes on with what was said
        (
            "The Budget Office says it would cut revenue at first, but would eventually add $84 billion.",
            {"84 billion": "Budget Office"},
        ),
        # a statement in the middle of a sentence speaks for the clause before it and the one its ", and" adds
        (
            "The middle fifth paid 8.9 percent, the agency said in a June report, and the rest paid 0.8 percent.",
            {"8.9": "agency", "0.8": "agency"},
        ),
    ],
)
def test_a_statement_claims_its_whole_clause(body: str, claims: dict[str, str | None]):
    found = {f["text"]: f["claimant"] for f in figures(body)}
    for text, claimant in claims.items():
        assert (found[text] is None) if claimant is None else claimant in str(found[text]), found


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        # a contrast, a comparison or a parallel clause after a semicolon goes on with a "that" clause
        (
            "The Tax Policy Center estimates that the top 1 percent would pay $78,000 more, while the lower 95 percent"
            " would face little or no increase.",
            {"78,000": "Tax Policy Center", "95": "Tax Policy Center"},
        ),
        (
            "Another slide shows that eight of 10 avocados are grown in Mexico, as are nine of 10 limes.",
            {"eight of 10": "slide", "nine of 10": "slide"},
        ),
        (
            "The researchers reported that Apple holds $214.9 billion offshore; Nike holds $10.7 billion offshore.",
            {"214.9 billion": "researchers", "10.7 billion": "researchers"},
        ),
        # without "that", the critics denounced the deal; its terms are not their words
        ("Critics denounced the deal, while the company paid $300 million for it.", {"300 million": None}),
        # a sum right before its speaker, the object of the clause after the cue
        (
            "That is a fraction of the minimum $20 million experts say it costs to run statewide.",
            {"20 million": "experts"},
        ),
        # but not a count of the speakers, nor a list of what they said
        ("McAuliffe has said about 20 people have indicated an interest in the seat.", {"20": "McAuliffe"}),
        ("Here is our list of 9 outrageous things Ann Poe said about taxes.", {"9": None}),
        # a relative clause set off by commas reports up to its closing comma only
        ("The mayor, who said 1,300 people had died, arrived with 200 trucks.", {"1,300": "mayor", "200": None}),
    ],
)
def test_the_report_of_a_sentence_reaches_what_goes_on_with_it(body: str, claims: dict[str, str | None]):
    found = {f["text"]: f["claimant"] for f in figures(body)}
    for text, claimant in claims.items():
        assert (found[text] is None) if claimant is None else claimant in str(found[text]), found


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("A Quinnipiac University poll released in May found that 74 percent agree.", "Quinnipiac University poll"),
        ("A 2014 study by law professor Justin Levitt found 31 cases of impersonation.", "Justin Levitt"),
        ("Data from the American Community Survey show that women hold 41 percent.", "American Community Survey"),
        ("Donations hit nearly $1.1 billion by August, a USA TODAY analysis of filings shows.", "USA TODAY analysis"),
        ("In the previous Washington Post/ABC News poll, Clinton led by 5 points.", "Washington Post/ABC News poll"),
        ("Some 300,000 acres of forest have been damaged by mining, by the group's estimate.", "Unnamed estimate"),
        ("Though the plan cuts taxes, one study found it would raise them for 8 million families.", "Unnamed study"),
        ("A poll of 1,000 voters found that 52 percent back the plan.", "Unnamed poll"),
        ("The monitoring mission has verified 12,000 civilian deaths.", "monitoring mission"),
        ("The Charlotte Observer found that 1 in 4 residents lived in distressed neighborhoods.", "Charlotte Observer"),
        (  # a document that shows, in a relative clause (a reader found the $916 million "stated by the reporter")
            "The Times published portions of Roe’s state tax returns from 1995 that showed he lost $916 million.",
            "Roe state tax returns",
        ),
    ],
)
def test_a_poll_a_study_or_a_count_claims_its_figures(body: str, claimant: str):
    last = figures(body)[-1]
    assert last["claimant"] is not None and claimant in last["claimant"], last


@pytest.mark.parametrize(
    "body",
    [
        "Police found three bodies in the house.",  # a discovery, nobody's claim
        "The ballots are tallied by 12 clerks.",  # a passive: nobody's count
        "He ran on the slogan “Experience Counts” for 8 years.",  # a capitalised word of a title
        "We counted 40 trucks on the road.",  # the writer's own count
    ],
)
def test_evidence_is_not_read_into_discoveries_passives_or_titles(body: str):
    assert all(f["claimant"] is None for f in figures(body))


def test_a_poll_speaks_for_the_respondents_it_reports_but_a_document_around_a_statement_does_not():
    found = figures("The poll showed a majority of Ohio voters say the Senate should act, 56 percent to 38 percent.")
    assert [f["claimant"] for f in found] == ["Unnamed poll", "Unnamed poll"]
    found = figures("In a memo released as polls closed, Ann Poe said the two rivals had split the contests.")
    assert [f["claimant"] for f in found] == ["Ann Poe"]
    assert figures("With 76 percent of the vote counted, Poe led with 34 percent.")[0]["claimant"] is None


def test_the_poll_is_the_last_poll_named_before_it():
    found = figures(
        "A Bloomberg poll shows that voters making $100,000 or more back Clinton. Clinton leads by 46 percent to"
        " 42 percent, according to the poll. The poll found that 12 percent were not sure."
    )
    assert [f["claimant"] for f in found] == ["Bloomberg poll"] * 4
    # a poll of another kind, or none named before, stays unnamed
    assert [f["claimant"] for f in figures("The poll found that 12 percent were not sure.")] == ["Unnamed poll"]
    found = figures("A Bloomberg poll shows that 52 percent agree. A new study says 12 percent were not sure.")
    assert [f["claimant"] for f in found] == ["Bloomberg poll", "unnamed new study"]


def test_a_share_of_sums_is_a_share():
    found = figures("About $4 of every $5 worth of goods that Mexico exports go to the United States.")
    assert [(f["value"], f["unit"], f["hedge"]) for f in found] == [(80.0, "percent", "about")]


def test_names_and_pronouns_that_hold_a_number_word_are_no_figures_and_a_close_bound_is_a_hedge():
    assert figures("The comparison was done on Zero Hedge, a blog.") == []
    assert [f["text"] for f in figures("He railed against super PACs, including the one supporting Bush.")] == []
    found = figures("Recent shipments have sold for just above $40 a ton.")
    assert [(f["hedge"], f["hedge_class"]) for f in found] == [("just above", "lower_bound")]


def test_one_in_an_idiom_is_no_figure():
    assert figures("Some 300 acres were damaged, by one estimate.")[0]["text"] == "300"
    assert figures("One after another, the speakers rose.") == []
    assert figures("She met them one-on-one several times.") == []  # a manner
    assert figures("Mr. Roe said at one point that he would.") == []  # some time
    assert figures("She leads by one point.")[0]["unit"] == "point"  # a score


def test_a_speaker_outranks_the_poll_they_cite():
    found = figures("Ann Poe said a new poll shows her ahead by 5 points.")
    assert [f["claimant"] for f in found] == ["Ann Poe"]


def test_the_same_fact_in_other_words_is_compared_and_different_events_are_not():
    rows = [
        _row("a", 5, "region", "It is not among the five regions that Russia has officially claimed territory over."),
        _row("b", 4, "region", "Kyiv must withdraw from four regions claimed by Moscow, a commitment it refused."),
        _row("a", 1, "person", "On Monday one person was killed in a Russian strike on the city."),
        _row("b", 12, "person", "On Sunday a dozen people were killed in a Russian strike on the city."),
    ]
    rows[0]["text"], rows[1]["text"], rows[2]["text"], rows[3]["text"] = "five", "four", "one", "a dozen"
    dates = {("a", rows[2]["sentence"]): {"2025-06-09"}, ("b", rows[3]["sentence"]): {"2025-06-08"}}
    groups = comparable_groups(rows, dates=dates)
    assert groups[0] == groups[1]  # the regions claimed: one fact, two values
    assert groups[2] != groups[3]  # two strikes on different days
    same_day = comparable_groups(rows, same_facts=[{("a", rows[2]["sentence"]), ("b", rows[3]["sentence"])}])
    assert same_day[2] == same_day[3]  # the timeline merged them into one event: the audit compares them


def test_a_duration_reads_as_written_and_the_news_of_the_day_is_not_its_start():
    from corpus_utils.numbers import figure_phrase

    decade = _row("a", 10, "year", "", kind="duration", text="decade", hedge="over a", hedge_class="lower_bound")
    assert figure_phrase(decade) == "over a decade"
    year = _row("a", 1, "year", "", kind="duration", text="a year", hedge="over", hedge_class="lower_bound")
    today = {"article_id": "a", "date_start": "2024-10-28", "date_value": "2024-W44", "event": "Bombs fell"}
    assert "nothing in it to check" in check_duration(year, "2024-11-03", [today])


def test_figures_sharing_only_the_storys_stock_words_are_not_comparable():
    """In a corpus of enough articles, words in the figures' sentences of more than a tenth of them
    ("poll", "Clinton") are no evidence of the same fact; the distinctive ones still are."""
    stock = [
        _row(f"s{i}", 40 + i, "percent", f"Clinton leads in the poll with {40 + i} percent, voters said.")
        for i in range(STOCK_ARTICLES)
    ]
    rows = [
        *stock,
        _row("a", 916e6, "dollar", "Trump reported a loss of $916 million in 1995, the returns show."),
        _row("b", 915e6, "dollar", "The returns show a loss of more than $915 million in 1995."),
        _row("c", 35_000, "dollar", "Workers earned $35,000 a year at the bank, Clinton said in the poll."),
    ]
    groups = comparable_groups(rows)
    assert groups[-3] == groups[-2] != groups[-1]  # the same loss; not a salary
    assert len({groups[i] for i in range(STOCK_ARTICLES)}) == STOCK_ARTICLES  # every poll figure on its own


def test_poll_figures_compare_only_with_the_same_pollsters():
    rows = [
        _row("a", 74, "percent", "A Quinnipiac University poll found that 74 percent of voters want the returns."),
        _row("b", 72, "percent", "The Quinnipiac University poll found 72 percent of voters want the returns."),
        _row("c", 60, "percent", "A Morning Consult poll found that 60 percent of voters want the returns."),
        _row("d", 55, "percent", "Among likely voters, 55 percent want the returns released."),
    ]
    groups = comparable_groups(rows)
    assert groups[0] == groups[1] and len({groups[0], groups[2], groups[3]}) == 3


def test_figures_of_different_people_times_or_weeks_are_not_one_fact():
    """Shared words are no evidence of one fact when the sentences name different people, give
    different dates, share too few words, or come from articles weeks apart."""
    daughters = [
        _row("a", 14, "year of age", "Amelize Joseph loves the public school that her 14-year-old daughter attends."),
        _row("b", 17, "year of age", "Mr. McKinley is facing this with his 17-year-old daughter, Ellie, at school."),
    ]
    assert len(set(comparable_groups(daughters))) == 2
    targets = [
        _row("a", 32, "percent", "The plan would lower emissions from plants to 32 percent below 2005 levels by 2030."),
        _row("b", 80, "percent", "The pledge would cut emissions 80 percent below 2005 levels by 2050."),
    ]
    dates = {("a", targets[0]["sentence"]): {"2005", "2030"}, ("b", targets[1]["sentence"]): {"2005", "2050"}}
    assert len(set(comparable_groups(targets, dates=dates))) == 2
    assert len(set(comparable_groups(targets, dates={("a", targets[0]["sentence"]): {"2005"}}))) == 1
    short = [
        _row("a", 5, "minute", "The two women spoke for about five minutes."),
        _row("b", 30, "minute", "He never spoke longer than 30 minutes in a debate with four candidates."),
    ]
    assert len(set(comparable_groups(short))) == 2
    crowd = _row("a", 230, "person", "Trump spoke in front of a crowd of about 230 people in an Elks Lodge.")
    retold = _row("b", 300, "person", "In an Elks Lodge, Trump spoke before a crowd of 300 people.")
    assert len(set(comparable_groups([crowd, retold]))) == 1
    weeks_apart = {"a": "2016-02-08", "b": "2016-03-09"}
    assert len(set(comparable_groups([crowd, retold], published=weeks_apart))) == 2


@pytest.mark.parametrize(
    ("body", "text", "unit", "hedge"),
    [
        ("The game lasted 90-plus minutes.", "90", "minute", "plus"),
        ("It has been about a century since the flood.", "century", "year", "about"),
        # what the number counts: 52 counts of one complaint, three judges of one panel (a reader found "a
        # 52-count civil complaint" shown as 52 complaints, "a 100-page disclosure report" as a unit)
        ("They filed a 52-count complaint.", "52", "count", None),
        ("A three-judge panel of the court ruled.", "three", "judge", None),
        ("It is thicker than his 100-page disclosure report.", "100", "page", None),
        ("Learn more about 529 plans at the bank.", "529", "plan", None),
        ("The poll was taken September 16-19 among 1,000 respondents.", "1,000", "respondent", None),
        ("He repeated his infamous comment about 47 percent of Americans.", "47", "percent", None),
        ("He avoided taxes perhaps for as long as 18 years.", "18", "year", "as long as"),
        ("Europe had seemingly 27 plans.", "27", "plan", "seemingly"),  # a reader found it unhedged
    ],
)
def test_a_hedge_after_the_figure_a_preposition_and_a_range_of_days(body, text, unit, hedge):
    f = one(body)
    assert (f["text"], f["unit"], f["hedge"]) == (text, unit, hedge)


@pytest.mark.parametrize(
    "body",
    [
        "Workers at Ground Zero searched the site.",
        "One of Mr. Clarke's believers wrote.",
        "One should visit it.",
        "Families of 9/11 victims sued.",
        "The store is open 24/7.",
        "Call the hotline at 800-273-8255 for help.",
        "The show airs on SiriusXM Patriot 125 weekdays.",
        "In a clip for the show The 411, she sings.",
        "The director makes this clear in her new documentary “13th.”",
        "The choice turned out to be a fortunate one.",
    ],
)
def test_a_number_word_in_a_name_or_as_a_pronoun_is_no_figure(body):
    assert figures(body) == []


def test_a_number_after_a_name_that_scores_or_opens_a_sentence_stays_a_figure():
    assert [f["text"] for f in figures("Polls show Clinton 46, Trump 44 in the state.")] == ["46", "44"]
    assert [f["text"] for f in figures("Polls show Clinton 46 percent, Trump 44 percent.")] == ["46", "44"]
    assert [f["text"] for f in figures("The market grew. And 37 cents of each dollar came back.")] == ["37"]
    assert [f["unit"] for f in figures("He had the one car that worked.")] == ["car"]


@pytest.mark.parametrize(
    ("sentence", "text", "checked"),
    [
        ("The three-year war has left the city in ruins.", "three-year", True),
        ("He has led the party for a decade.", "decade", True),
        ("Over the past 18 years the plant closed twice.", "18", True),
        ("Bonuses are paid every three months.", "three", False),
        ("The loss could have let him avoid taxes for the next 18 years.", "18", False),
        ("Romney hadn't paid any taxes for 10 years, Reid said in 2012.", "10", False),
    ],
)
def test_only_a_span_that_runs_up_to_publication_is_checked_against_a_start(sentence, text, checked):
    row = _row("a", float(re.sub(r"\D", "", text) or 10), "year", sentence, kind="duration", text=text)
    if text == "three":
        row["unit"] = "month"
    start = {"article_id": "a", "date_start": "1995-01-01", "date_value": "1995", "event": "It began"}
    assert (check_duration(row, "2016-10-04", [start]) is not None) == checked


def test_according_to_speaks_for_every_figure_of_its_sentence():
    found = figures("More than 100,000 took part in a “walk-in” at 2,000 schools, according to the event organizer.")
    assert [f["claimant"] for f in found] == ["event organizer", "event organizer"]
    told = figures("Russia confirmed its advance on Monday during its three-year offensive.")
    assert all(f["claimant"] is None for f in told)  # a cue verb speaks for its own clause only


def test_over_after_an_amount_is_its_period_not_a_hedge():
    spread = [f for f in figures("The plan costs $84 billion over 10 years.") if f["unit"] == "year"]
    assert [f["hedge"] for f in spread] == [None]
    assert [f["hedge"] for f in figures("He has hosted the show for over 10 years.")] == ["over"]


@pytest.mark.parametrize(
    ("row", "phrase"),
    [
        ({"text": "40", "unit": "life", "value": 40.0, "hedge": "about", "kind": "count"}, "about 40 lives"),
        ({"text": "3", "unit": "analysis", "value": 3.0, "hedge": None, "kind": "count"}, "3 analyses"),
        ({"text": "12", "unit": "percent", "value": 12.0, "hedge": None, "kind": "percent"}, "12 percent"),
        ({"text": "two", "unit": "troops", "value": 2.0, "hedge": None, "kind": "count"}, "two troops"),
        (
            {"text": "tens of thousands", "unit": "life", "value": 1e4, "hedge": None, "kind": "count", "vague": True},
            "tens of thousands of lives",
        ),
    ],
)
def test_a_figure_reads_as_english(row: dict, phrase: str):
    assert figure_phrase(row) == phrase


def test_a_figure_in_quotation_marks_with_no_speaker_found_is_not_the_reporters():
    from corpus_utils.numbers import QUOTED, claimant_sides

    figures = [
        {"article_id": "a", "char_start": 5, "char_end": 15, "claimant": None, "claimant_side": None},
        {"article_id": "a", "char_start": 60, "char_end": 70, "claimant": None, "claimant_side": None},
        {"article_id": "a", "char_start": 5, "char_end": 15, "claimant": "Ann Poe", "claimant_side": "union"},
        {"article_id": "b", "char_start": 5, "char_end": 15, "claimant": None, "claimant_side": None},
    ]
    quotes = [
        {"article_id": "a", "kind": "direct", "char_start": 1, "char_end": 40},
        {"article_id": "a", "kind": "indirect", "char_start": 50, "char_end": 80},  # no quotation marks
    ]
    assert claimant_sides(figures, quotes) == [QUOTED, "reporter", "union", "reporter"]


def test_figures_whose_hedges_allow_one_value_agree_and_unhedged_ones_apart_do_not():
    years = [
        _row("a", 15, "year", "He may have paid no tax for 15-plus years.", hedge_class="lower_bound", kind="duration"),
        _row("b", 18, "year", "He avoided taxes for as long as 18 years.", hedge_class="upper_bound", kind="duration"),
        _row("c", 18, "year", "He could avoid taxes for 18 years.", kind="duration"),
        _row("d", 20, "year", "He paid no tax for nearly two decades.", hedge_class="upper_bound", kind="duration"),
    ]
    [audit] = audit_groups(years, [0, 0, 0, 0], tolerance=0.1)
    assert audit["agree"] and "hedges" in audit["explanation"]
    apart = [_row("a", 27, "group", "27 groups joined."), _row("b", 32, "group", "32 groups joined.")]
    assert not audit_groups(apart, [0, 0], tolerance=0.1)[0]["agree"]


def test_the_finding_says_when_reports_agree_only_once_their_hedges_are_read():
    import pandas as pd

    from corpus_utils import findings

    rows = [
        _row("a", 15, "year", "No tax for 15-plus years.", hedge_class="lower_bound", kind="duration"),
        _row("b", 20, "year", "No tax for nearly two decades.", hedge_class="upper_bound", kind="duration"),
    ]
    groups = audit_groups(rows, [0, 0], tolerance=0.1)
    figures = pd.DataFrame(rows).assign(claimant_side="reporter")
    said = [f.text for f in findings.numbers(figures, groups, pd.DataFrame({"severity": []}))]
    assert any("only once the hedges are read" in s for s in said)
    assert not any("within the tolerance" in s for s in said)


def test_the_finding_claims_no_party_check_it_did_not_run():
    """With no side configured as a party, "not one figure is a party's alone" would state a check that
    never ran: the finding says it was not looked for; with parties it says none was found."""
    import pandas as pd

    from corpus_utils import findings

    figures = pd.DataFrame([_row("a", 15, "year", "No tax for 15 years.", kind="duration")]).assign(
        claimant_side="reporter"
    )
    none = pd.DataFrame({"severity": []})
    unconfigured = " ".join(f.text for f in findings.numbers(figures, [], none))
    assert "a party's alone" not in unconfigured and "was not looked for" in unconfigured
    configured = " ".join(f.text for f in findings.numbers(figures, [], none, parties=["campaign_a"]))
    assert "a party's alone" in configured and "not looked for" not in configured
    # nor a check inside one report that never ran: "disputed" is between reports (a reader found it read
    # as "no figure is contested" where one report set two estimates side by side)
    assert "inside one report are not compared" in unconfigured and "inside one report are not compared" in configured
    # a figure with no claimant is not said to be the reporters' own: its source may be a sentence away
    assert "1 with no source named in their sentence" in unconfigured and "stated by" not in unconfigured


def test_the_finding_says_what_precise_under_a_hedge_means():
    """ "Not one figure is precise under a hedge" next to "nearly $916 million" reads as wrong unless the
    finding says that a bound ("nearly") may be exact and only "about 1,212" is counted."""
    import pandas as pd

    from corpus_utils import findings

    figures = pd.DataFrame([_row("a", 15, "year", "No tax for 15 years.", kind="duration")])
    said = " ".join(f.text for f in findings.numbers(figures, [], pd.DataFrame({"severity": []})))
    assert "precise under a hedge" in said and "a bound such as “nearly”" in said


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("One Republican threatened to quit.", "republican"),  # a verb after the noun is no part of it
        ("Four plain-clothes NYPD officers arrived.", "plain-clothes officer"),
        ("About 1 million internally displaced persons fled.", "internally displaced person"),
        ("Terence Crutcher, 40, was unarmed.", "year of age"),  # an age set off after a name
    ],
)
def test_the_unit_is_the_noun_counted(body: str, unit: str):
    assert one(body)["unit"] == unit


def test_a_share_written_as_a_fraction_or_a_ratio_is_a_share_not_a_count():
    def read(body: str) -> list[tuple]:
        return [(f["text"], f["value"], f["unit"], f["kind"]) for f in figures(body)]

    assert read("The middle one-fifth paid 8.9 percent.")[0] == ("one-fifth", 0.2, "fraction", "measure")
    assert read("About one of every nine voters is Latino.") == [("one of every nine", 11.1, "percent", "percent")]
    assert read("It found that 1 in 4 residents lived there in 2010, up from 1 in 10 in 2000.") == [
        ("1 in 4", 25.0, "percent", "percent"),
        ("1 in 10", 10.0, "percent", "percent"),  # not "10 in 2000": a year is no whole
    ]


def test_a_tally_counts_votes_and_a_counted_noun_ends_before_its_verb():
    assert [f["unit"] for f in figures("The court made a surprise 5-4 decision to grant it.")] == ["vote", "vote"]
    assert [f["unit"] for f in figures("Between 10-15 people came.")] == ["person", "person"]  # a range
    assert [f["unit"] for f in figures("Though he cut taxes, one study found that he would not.")] == ["study"]
    assert [f["unit"] for f in figures("Polls in 11 swing states agree.")] == ["swing state"]


def test_a_comparison_under_a_negation_is_the_other_bound():
    def bound(body: str) -> str:
        return figures(body)[0]["hedge_class"]

    assert bound("He never took part in a debate with fewer than four candidates.") == "lower_bound"
    assert bound("Officials did not expect more than 10 people.") == "upper_bound"
    assert bound("It was not the first time that more than 10 people died.") == "lower_bound"  # another clause
    assert bound("Trump may not have paid taxes for nearly two decades.") == "upper_bound"  # no comparison


def test_an_amount_rounded_to_a_five_is_no_precise_figure_under_a_hedge():
    row = _row("a", 115, "dollar", "", hedge="about", hedge_class="approximate", text="115")
    assert not any(r.startswith("precise figure") for r in flags(row, single_source=False))
    precise = {**row, "value": 1212.0, "text": "1,212"}
    assert any(r.startswith("precise figure") for r in flags(precise, single_source=False))


def test_a_share_read_from_a_ratio_or_a_fraction_is_said_as_written():
    ratio, fraction = figures("About one of every nine voters is Latino. The middle one-fifth paid.")
    assert figure_phrase(ratio) == "about one of every nine (11.1 percent)"  # not "one of every nine percent"
    assert figure_phrase(fraction) == "one-fifth"


def test_a_parenthetical_attribution_claims_the_clause_before_it_and_the_comparison_after():
    body = "The top 1 percent would see a tax cut of $275,000, the group said, compared with $2,700 for the middle."
    assert {f["text"]: f["claimant"] for f in figures(body)} == {"1": "group", "275,000": "group", "2,700": "group"}


def test_a_named_bodys_estimate_claims_the_figures_of_its_clause():
    body = "That was enough to hold the IMF’s estimate of global growth steady at 3.1 percent this year."
    assert [f["claimant"] for f in figures(body)] == ["IMF"]
    assert [f["claimant"] for f in figures("Obama’s approval rating is 55 percent.")] == [None]  # no document


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("In the Senate’s 80-19 vote, both parties split 4 to 1 in favor.", ["vote", "vote", "ratio"]),
        ("Republicans were rated false more often, a 3 to 1 margin.", ["ratio"]),
        ("The board voted 4 to 1 against the plan.", ["vote", "vote"]),
        ("Prices rose from 4 to 10 percent.", ["percent", "percent"]),  # a range, no ratio
    ],
)
def test_two_numbers_a_split_or_a_margin_joins_are_a_ratio(body: str, unit: list):
    assert [f["unit"] for f in figures(body)] == unit


def test_a_ratio_is_one_figure_of_its_terms_quotient():
    """ "split 4 to 1": the figure 4 to 1, not a figure 1 beside a figure 4 (a reader took the 1 for a count)."""
    assert [(f["text"], f["value"]) for f in figures("Both parties split 3 to 2 in favor.")] == [("3 to 2", 1.5)]


def test_a_part_of_a_whole_is_a_share_but_one_of_a_group_is_a_member():
    assert [(f["text"], f["value"], f["unit"]) for f in figures("Nine of 10 limes come from Mexico.")] == [
        ("Nine of 10", 90.0, "percent")
    ]
    assert [f["text"] for f in figures("He was one of 12 jurors.")] == ["one", "12"]


def test_a_count_of_some_of_a_group_and_of_a_shared_hyphen_counts_the_noun():
    """ "Two of the officers" counts officers; "coal- and gas-fired power plants" power plants (a reader
    found the units blank and "coal-", then "gas-fired power plant", which leaves the coal ones out);
    "one reason he's hurting" counts reasons, not "reason he’"."""
    body = "Two of the officers were fired. Nearly 1,500 coal- and gas-fired power plants closed."
    assert [f["unit"] for f in figures(body)] == ["officer", "power plant"]
    assert [f["unit"] for f in figures("The cut is 9 reasons he’s hurting with voters.")] == ["reason"]


def test_a_poll_is_the_claimant_across_a_relative_clause():
    """A reader found a poll's figures without a claimant: 'The USC Dornsife/Los Angeles Times
    Daybreak tracking poll, which tracks Americans’ support ... on a daily basis, showed that ...'."""
    body = (
        "The Harbour Daily tracking poll, which tracks support for the candidates on a daily basis, "
        "showed that as of Friday, Roe is leading Poe 47.1 percent to 41.7 percent."
    )
    assert {f["claimant"] for f in figures(body)} == {"Harbour Daily tracking poll"}


def test_a_group_named_by_its_place_in_a_distribution_is_no_share_measured():
    """A reader found "the top 10 percent paid 69 percent" give a 10 percent figure of the CBO's."""
    found = figures("The top 10 percent paid 69 percent of taxes, the CBO said.")
    assert [(f["text"], f["kind"]) for f in found] == [("10", "identifier"), ("69", "percent")]
    assert [f["kind"] for f in figures("Turnout was 10 percent.")] == ["percent"]


def test_the_first_figure_of_a_range_takes_the_unit_that_closes_it():
    """A reader found "two" of "gains of two to three years" a count of nothing."""
    assert [(f["unit"], f["kind"]) for f in figures("Gains of two to three years are possible.")] == [
        ("year", "duration"),
        ("year", "duration"),
    ]
    assert [f["kind"] for f in figures("It rose 2-3 percent.")] == ["percent", "percent"]
    assert [f["unit"] for f in figures("They won 5 to 4 in overtime.")] == [None, None]


def test_an_age_a_site_named_zero_and_other_counselors_are_read_as_written():
    """A reader found "29 years old" read as a duration, "Zero Hedge" (a website) as the figure 0 and
    "three other counselors" given the unit of the figure before it ("deputy chief")."""
    body = (
        "Zero Hedge asked a question. The men were 27 and 29 years old. Two deputy chiefs spoke, and three"
        " other counselors agreed. “On this basis,” Zero Hedge said. It took 29 years."
    )
    assert [(f["text"], f["unit"]) for f in figures(body)] == [
        ("27", "year of age"), ("29", "year of age"), ("Two", "deputy chief"), ("three", "counselor"), ("29", "year")
    ]


def test_tons_unqualified_are_no_tonnes():
    """ "two billion tons" in a US report are short tons, perhaps long ones: not metric tonnes, and not
    converted (a reader found "≈ 2,204,620,000 short ton" made of them)."""
    body = "It burned two billion tons of coal, 5 metric tons of steel and 3 tonnes of grain."
    units = [f["unit"] for f in figures(body)]
    assert units == ["ton", "tonne", "tonne"]


def test_nobody_a_name_an_address_and_an_era_are_no_figures():
    """A reader found "No one expected", "the 13th Amendment", "131 West 23rd Street" and "the
    21st-century economy" among the figures to check; a military unit's number stays a figure."""
    body = (
        "No one expected it. There is no one single point of failure. The 13th Amendment and 131 West 23rd"
        " Street matter in the 21st-century economy. The 90th Armored Division moved."
    )
    assert [f["text"] for f in figures(body)] == ["90th"]


def test_percentage_points_are_a_gap_not_a_share():
    """A reader found "an advantage of 83 percentage points" shown as 83 percent, a share of voters."""
    [gap, share] = figures("Clinton holds an advantage of 83 percentage points, with 90 percent of the vote.")
    assert (gap["kind"], gap["unit"], share["unit"]) == ("percent", "percentage point", "percent")


def test_a_decade_is_an_era_not_a_figure():
    """A reader found "the 90's" and "the 80's" among the figures to check."""
    body = "Trump boomed in the 80's, went bust in the 90's and the 1990s. In the 80s, 80 people worked there."
    assert [f["text"] for f in figures(body)] == ["80"]


@pytest.mark.parametrize(
    ("body", "hedge"),
    [
        ("Patriot handed over millions of dollars to the firm.", None),  # the verb's particle
        ("The company turned over $5 million to investigators.", None),
        ("The company paid over $5 million.", "over"),  # more than
    ],
)
def test_over_after_a_verb_it_belongs_to_is_no_hedge(body: str, hedge: str | None):
    assert [f["hedge"] for f in figures(body)] == [hedge]


def test_a_forecast_its_owner_is_named_for_claims_the_figures_of_its_clause():
    """ "It edged up its forecast ... to 4.2 percent" after "the IMF said": the IMF's forecast."""
    body = "Growth is slower, the IMF said. It edged up its forecast for those countries to 4.2 percent."
    assert [f["claimant"] for f in figures(body)] == ["International Monetary Fund"]


@pytest.mark.parametrize(
    "body",
    ["The EB-5 program lets investors in.", "An F-16 crashed near the base.", "The G-20 leaders met.",
     "COVID-19 cases rose."],
)
def test_a_designations_number_is_no_figure(body: str):
    """ "EB-5", "F-16", "G-20": the number of a name, not a quantity ("what to check" listed "EB-5")."""
    assert figures(body) == []


def test_a_hyphenated_range_is_still_two_figures():
    assert [f["value"] for f in figures("Trump leads 46-43 in the poll.")] == [46.0, 43.0]


def test_scores_are_a_number_only_before_of():
    """ "Scores of people fled": a vague many; "Scores were 10-5": a game's scores, no twenty people."""
    assert [f["value"] for f in figures("Scores were 10-5 at the half.")] == [10.0, 5.0]
    assert [f["value"] for f in figures("Scores of people fled the town.")] == [20.0]


@pytest.mark.parametrize(
    "body", ["She made a hole-in-one on Sunday.", "The mother-of-two spoke.", "A 911 caller reported shots."]
)
def test_a_number_word_in_a_compound_or_a_number_to_call_is_no_figure(body: str):
    """ "hole-in-one" was a figure claimed by "Unnamed ruling", "a 911 caller" 911 callers (a blind
    reader's findings); "twenty-five", "300 callers" and "3 calls" stay counts."""
    assert figures(body) == []


def test_hyphenated_number_words_and_counts_of_calls_stay_figures():
    assert [f["value"] for f in figures("Twenty-five people came and some 300 callers phoned in.")] == [25.0, 300.0]


def test_millions_lent_are_money_and_the_minimum_is_a_lower_bound():
    found = figures("His family lent the company millions, he said. The war displaced millions.")
    assert [(f["unit"], f["kind"]) for f in found] == [("dollar", "money"), ("person", "count")]
    least = one("He spent the minimum $20 million it costs to run statewide.")
    assert (least["hedge"], least["hedge_class"]) == ("the minimum", "lower_bound")


def test_a_bound_written_after_the_figure_is_its_hedge():
    more = one("It affects 30 people or more.")
    assert (more["hedge"], more["hedge_class"]) == ("or more", "lower_bound")
    assert figure_phrase(more) == "30 people or more"
    assert one("It costs $100 or less.")["hedge_class"] == "upper_bound"
    assert one("It took 10 years or so.")["hedge_class"] == "approximate"
    pair = [(f["hedge"], f["hedge_class"]) for f in figures("He has 5 or 6 dogs.")]
    assert pair == [("or 6", "approximate"), ("5 or", "approximate")]  # a guess between two, no bound


def test_people_bounded_by_a_number_are_bounded_by_age():
    assert one("The campaign is focusing on people under 30.")["unit"] == "year of age"
    assert one("Voters over 65 backed him.")["unit"] == "year of age"
    assert one("Those under 30 percent lost.")["unit"] == "percent"  # a figure with its own unit


def test_flagged_figures_a_source_claims_come_before_the_reporters_own():
    single = ["only one article gives this figure"]
    own = {"flags": single, "claimant_side": "reporter", "kind": "count"}
    claimed = {"flags": single, "claimant_side": "Democratic Party", "kind": "count"}
    money = {"flags": single, "claimant_side": "reporter", "kind": "money"}
    disputed = {"flags": ["reports disagree on it (3 or 4)"], "claimant_side": "reporter", "kind": "count"}
    ranked = sorted([own, money, claimed, disputed], key=check_rank)
    assert ranked == [disputed, claimed, money, own]


def test_the_chart_of_comparable_figures_draws_each_value_in_its_groups_unit():
    import pandas as pd

    from corpus_utils.figure_audit import chart_points

    rows = [
        _row("a", 18, "year", "He may have paid no taxes for as long as 18 years.", hedge="as long as"),
        _row("b", 2, "decade", "He may have paid no taxes for nearly two decades.", hedge="nearly"),
        _row("b", 40, "tank", "Forty tanks were destroyed near the river."),
    ]
    groups = comparable_groups(rows)
    audits = audit_groups(rows, groups, tolerance=0.1)
    figures = pd.DataFrame(rows).assign(group=groups, article=["A", "B", "B"])
    points = chart_points(figures, audits, most=30)
    assert sorted(points["value"]) == [18.0, 20.0]  # "nearly two decades" at 20 years, not at 2
    assert set(points["text"]) == {rows[0]["text"], rows[1]["text"]} and set(points["articles"]) == {1}


def test_a_negation_far_before_a_comparative_turns_its_bound():
    """ "has never faced a competitive reelection race in 24 years in Congress or raised more than
    $525,000": a ceiling on what he raised; the negation is 90 characters before the hedge."""
    money = [f for f in figures(
        "Scott has never faced a competitive reelection race in 24 years in Congress or raised more than $525,000."
    ) if f["kind"] == "money"]
    assert [(f["value"], f["hedge_class"]) for f in money] == [(525000.0, "upper_bound")]


@pytest.mark.parametrize(
    ("body", "kind", "unit"),
    [
        ("Veterans are killing themselves at three times the rate of civilians.", "measure", "ratio"),
        ("The program brought billions of dollars to rural areas.", "money", "dollar"),
        ("They bilked people out of thousands of dollars.", "money", "dollar"),
    ],
)
def test_multiples_and_amounts_of_a_currency_are_no_counts(body: str, kind: str, unit: str):
    """A reader of the PolNeAR dev book found "three times the rate" counted as three times and
    "billions of dollars" as a count of dollars, apart from the money of the same table."""
    assert (one(body)["kind"], one(body)["unit"]) == (kind, unit)


def test_two_small_numbers_joined_by_or_are_a_guess():
    """A reader found Limbaugh's "two or three things" read as two exact figures."""
    found = [(f["value"], f["hedge"], f["hedge_class"]) for f in figures("He listed two or three things he liked.")]
    assert found == [(2.0, "or three", "approximate"), (3.0, "two or", "approximate")]
    assert one("Polls put him 52 percent or more.")["hedge_class"] == "lower_bound"


def test_a_figure_in_a_statement_still_to_be_made_is_the_tellers():
    """Three readers found the figure of "The campaign says the Democratic presidential candidate will
    announce plans Friday for people under 30" claimed by the candidate, who had not said it yet."""
    assert one("The campaign says the candidate will announce plans Friday for people under 30.")["claimant"] != (
        "candidate"
    )
    assert one("The candidate announced plans Friday for people under 30.")["claimant"] == "candidate"
