"""TIMEX3 tagging and resolution on sentences written for the tests, and event dating."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_utils.articles import ManifestRow, parse_article, split_sentences
from corpus_utils.quotes import extract_statements
from corpus_utils.timeline import (
    article_events,
    drawn_events,
    interval,
    merge_events,
    months_near,
    per_month,
    tag_article,
    tag_sentences,
)

DCT = date(2024, 3, 14)  # a Thursday

pytestmark = pytest.mark.usefixtures("seed_config")  # the rules are tested on the seeds' cast


def tag(text: str, dct: date | None = DCT) -> list[tuple[str, str, str | None, str | None]]:
    _, sentences = split_sentences((text,))
    return [(t.text, t.type, t.value, t.mod) for t in tag_sentences(sentences, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks began on March 3, 2023.", ("March 3, 2023", "DATE", "2023-03-03", None)),
        ("The talks began on 3 March 2023.", ("3 March 2023", "DATE", "2023-03-03", None)),
        ("Troops arrived in February 2022.", ("February 2022", "DATE", "2022-02", None)),
        ("It was seized in 2014.", ("2014", "DATE", "2014", None)),
        ("The missile was tested in late 2023.", ("late 2023", "DATE", "2023", "END")),
        ("Prices rose in early January.", ("early January", "DATE", "2024-01", "START")),
        ("Exports collapsed in the 1990s.", ("the 1990s", "DATE", "199", None)),
        ("Results for the third quarter of 2023 were weak.", ("the third quarter of 2023", "DATE", "2023-Q3", None)),
    ],
)
def test_absolute_and_fuzzy_dates(text: str, expected: tuple):
    assert tag(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mayor spoke yesterday.", "2024-03-13"),
        ("The mayor spoke on Monday.", "2024-03-11"),
        ("The mayor will speak on Monday.", "2024-03-18"),
        ("The mayor spoke last week.", "2024-W10"),
        ("The mayor speaks next week.", "2024-W12"),
        ("Fighting intensified this month.", "2024-03"),
        ("Fighting intensified last month.", "2024-02"),
        ("Elections are due next year.", "2025"),
        ("Fighting eased over the weekend.", "2024-W10-WE"),
        ("The bridge was hit on March 10.", "2024-03-10"),
        ("The summit will open on March 20.", "2024-03-20"),
        ("The offensive began in October.", "2023-10"),
        ("The deal was signed two years ago.", "2022"),
        ("Prices fell by the end of the month.", "2024-03"),
    ],
)
def test_relative_dates_resolve_against_the_dct(text: str, value: str):
    assert [v for _, _, v, _ in tag(text)] == [value]


def test_overnight_into_a_weekday_is_the_night_before():
    assert tag("Drones attacked overnight into Sunday.", date(2024, 11, 3)) == [
        ("overnight into Sunday", "TIME", "2024-11-02TNI", None)
    ]


def test_anchored_day_takes_the_last_day_in_the_text():
    found = tag("The army advanced on June 2, 2023. Earlier that day, a village was shelled.")
    assert found[1] == ("Earlier that day", "DATE", "2023-06-02", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A three-year war.", ("three-year", "DURATION", "P3Y", None)),
        ("It lasted more than three years.", ("more than three years", "DURATION", "P3Y", "MORE_THAN")),
        ("For over a decade they fought.", ("over a decade", "DURATION", "P10Y", "MORE_THAN")),
        ("It took almost seven months.", ("almost seven months", "DURATION", "P7M", "LESS_THAN")),
        ("Prices rose in recent months.", ("recent months", "DURATION", "PXM", None)),
        ("They waited for weeks.", ("weeks", "DURATION", "PXW", None)),
        ("Talks lasted 90 minutes.", ("90 minutes", "DURATION", "PT90M", None)),
    ],
)
def test_durations(text: str, expected: tuple):
    assert tag(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army is now retreating.", "PRESENT_REF"),
        ("Talks are currently stalled.", "PRESENT_REF"),
        ("Aid may arrive in the near future.", "FUTURE_REF"),
    ],
)
def test_vague_references(text: str, value: str):
    assert [v for _, _, v, _ in tag(text)] == [value]


@pytest.mark.parametrize(
    "text",
    ["Troops may withdraw.", "He said 2,020 soldiers died.", "The 1,500 people left.", "They were the first."],
)
def test_non_temporal_text_is_not_tagged(text: str):
    assert tag(text) == []


def test_without_a_dct_relative_values_stay_unresolved_and_absolute_ones_resolve():
    assert tag("The mayor spoke yesterday about the 2014 war.", dct=None) == [
        ("yesterday", "DATE", None, None),
        ("2014", "DATE", "2014", None),
    ]


def test_intervals_follow_precision_and_mod():
    assert interval("2024-11-02TNI") == (date(2024, 11, 2), date(2024, 11, 3))
    assert interval("2024-W44") == (date(2024, 10, 28), date(2024, 11, 3))
    assert interval("2024-W44-WE") == (date(2024, 11, 2), date(2024, 11, 3))
    assert interval("2024", "END") == (date(2024, 9, 1), date(2024, 12, 31))
    assert interval("PRESENT_REF") is None


def test_events_carry_dates_actors_places_and_background():
    meta = ManifestRow("a", published="2024-03-14")
    article = parse_article("a", b"Headline\n\nRussia seized Crimea in 2014. Putin spoke in Moscow yesterday.", meta)
    events = article_events(article, tag_article(article))
    assert [(e.date_value, e.background) for e in events] == [("2014", True), ("2024-03-13", False)]
    assert events[0].actors == ["Russia"] and events[0].places == ["Crimea"]
    assert events[1].actors == ["Vladimir Putin"] and events[1].places == ["Moscow"]


def test_merge_events_counts_articles_reporting_the_same_event():
    rows = [
        {"article_id": "a", "date_value": "2014", "sentence": "Russia seized the Crimean peninsula in 2014."},
        {"article_id": "b", "date_value": "2014", "sentence": "In 2014 Russia seized Crimea, the peninsula."},
        {"article_id": "b", "date_value": "2014", "sentence": "Separatists took Donetsk city hall in 2014."},
    ]
    merged = merge_events(rows)
    assert sorted(m["reported_by"] for m in merged) == [1, 2]


def test_a_merged_event_is_shown_by_its_most_typical_sentence():
    """Three reports of one remark, the first of which adds a campaign ad the others never mention:
    the event is shown by a sentence the others share, not by the ad."""
    rows = [
        {"article_id": "a", "date_value": "2016-W39", "sentence": (
            "The spot ends with footage of Roe saying last week that not paying taxes makes him smart, "
            "when Poe blasted him.")},
        {"article_id": "b", "date_value": "2016-W39", "sentence": "Not paying taxes makes him smart, Roe said."},
        {"article_id": "c", "date_value": "2016-W39", "sentence": "Roe said not paying taxes makes him smart."},
    ]
    [merged] = merge_events(rows)
    assert merged["reported_by"] == 3 and "spot" not in merged["sentence"]
    assert merged["articles"] == ["a", "b", "c"]


def test_events_of_one_day_about_different_people_stay_apart():
    stein = (
        "Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University"
        " on Monday afternoon, hours before the first presidential debate."
    )
    checkers = (
        "On Monday, PolitiFact announced it will have 18 fact-checkers working during the first presidential"
        " debate, and it will all be done in real-time."
    )
    rows = [
        {"article_id": a, "date_value": "2016-09-26", "timex": "Monday", "sentence": sentence}
        for a, sentence in (("a", stein), ("b", checkers))
    ]
    assert [m["reported_by"] for m in merge_events(rows)] == [1, 1]


def test_clock_time_with_a_dotted_meridiem_is_a_time():
    assert tag("At 3:40 a.m. local time, sirens sounded.") == [("3:40 a.m.", "TIME", "2024-03-14T03:40", None)]


def test_an_event_label_never_opens_mid_phrase_and_stops_at_a_clause():
    from corpus_utils.timeline import describe_event

    assert describe_event("On June 8, the army crossed the river.", "June 8") == "The army crossed the river."
    kept = describe_event("On the day of the vote, officials reported one death.", "the day")
    assert kept.startswith("On the day of the vote")  # not "Of the vote, ..."
    long = "The council met on Monday to debate the budget, which had been delayed twice by a dispute over fares."
    assert describe_event(long, "Monday") == "The council met on Monday to debate the budget…"
    late = (
        "Mr. Roe, who was given a sneak peek of the museum recently with his family, said he was moved by a "
        "stone block marked only as the site of a speech by Andrew Poe in 1830."
    )
    assert describe_event(late, "1830") == "…marked only as the site of a speech by Andrew Poe in 1830."


_PIECES = [
    "on", "Monday", "June", "8,", "2025", "the", "same", "day", "last", "week", "3", "years", "ago", "every",
    "each", "morning", "now", "recently", "the 1990s", "21st century", "a.m.", "10:30", "GMT", "yeſterday",
    "İn", "K", "\N{KELVIN SIGN}m", "ı", "ſ", "ß", "Σ", "TONIGHT", "Friday", "fRIDAY", "tonight", "earlier",
    "that", "future", "past", "quarter", "summer", "-", ",", ".", "2024-11-05",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=25).map(" ".join))
def test_the_screen_skips_only_searches_that_find_nothing(text: str):
    from corpus_utils.timeline.rules import RULES
    from corpus_utils.timeline.tagging import _SCREENS

    passing = _SCREENS.passing(text)
    for i, rule in enumerate(RULES):
        if i not in passing:
            assert rule.pattern.search(text) is None, (rule.name, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=25).map(" ".join))
def test_a_case_blind_rule_finds_in_lower_case_what_it_finds_in_the_text(text: str):
    from corpus_utils.prefilter import screen_text
    from corpus_utils.timeline.rules import RULES
    from corpus_utils.timeline.tagging import _LOWER_CASE

    for rule, lower_case in zip(RULES, _LOWER_CASE, strict=True):
        if lower_case is not None:
            spans = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in lower_case.finditer(screen_text(text))] == spans, (rule.name, text)


_TENSES = ["WILL", "Will", "’ll", "Planned", "SAID", "exPECTED to", "Scheduled", "handed", "HANDED"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*_PIECES, *_TENSES]), st.text(max_size=4)), max_size=25).map(" ".join))
def test_the_tense_markers_are_found_in_lower_case_where_the_case_blind_search_finds_them(text: str):
    from corpus_utils.prefilter import screen_text
    from corpus_utils.timeline.values import _FUTURE, _FUTURE_IN_LOWER_CASE, _PAST, _PAST_IN_LOWER_CASE

    for pattern, lowered in ((_FUTURE, _FUTURE_IN_LOWER_CASE), (_PAST, _PAST_IN_LOWER_CASE)):
        spans = [m.span() for m in pattern.finditer(text, 3)]
        assert [m.span() for m in lowered.finditer(screen_text(text), 3)] == spans, text


def test_the_case_blind_rules_are_searched_in_lower_case_where_they_can_be():
    from corpus_utils.prefilter import lower_case_search

    assert lower_case_search(re.compile(r"\bon\s+(?P<Day>Mon|TUE)\b(?P=Day)", re.I)).pattern == (
        r"\bon\s+(?P<day>mon|tue)\b(?P=day)"
    )
    assert lower_case_search(re.compile(r"on\S", re.I)) is None  # "\s" is another class
    assert lower_case_search(re.compile(r"\x41", re.I)) is None  # a character by its code
    assert lower_case_search(re.compile(r"(?-i:May)", re.I)) is None
    assert lower_case_search(re.compile(r"Straße", re.I)) is None
    assert lower_case_search(re.compile(r"May")) is None  # a case-sensitive pattern stays as it is
    assert lower_case_search(re.compile(r"1990[’']s", re.I)).pattern == r"1990[’']s"


def test_every_rule_has_a_screen():
    from corpus_utils.prefilter import DIGIT, required, requirements
    from corpus_utils.timeline.tagging import _SCREENS

    assert all(need for need in _SCREENS.needs)  # none falls back to "always search"
    assert required(re.compile(r"\b(?:every|each)\s+day\b", re.I)) in ({"very", "ach"}, {"day"})
    assert required(re.compile(r"\d+ years")) == {" years"}
    assert required(re.compile(r"\d+")) == {DIGIT}
    assert required(re.compile(r"(?:the)?\s*")) is None  # nothing is certain: always search
    fuzzy_year = re.compile(r"\b(?:early|late)[\s-]+(?:19|20)\d\d\b", re.I)
    assert requirements(fuzzy_year) == [{"early", "late"}, {DIGIT}]  # "19" or "20" is in nearly every year
    assert requirements(re.compile(r"\s*")) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The email was sent on March 12 to the campaign chairman.", "2016-03-12"),  # past: this year's
        ("The deal will be finalized by June 10.", "2017-06-10"),  # a participle after "will be": to come
        ("It may be signed on March 12.", "2017-03-12"),
        ("Leaders mark a designated day on Nov. 1 across the country.", "2016-11-01"),  # no verb: the nearest
        ('"It should expire on September 30," they wrote.', "2016-09-30"),  # "wrote" is another clause
        ("The governor called Friday for the videos to be released.", "2016-09-30"),
        ("On Monday, Cruz thanked Trump on Twitter.", "2016-10-03"),  # a comma ends no clause
        ("Trump held a rally on Monday.", "2016-10-03"),  # an irregular past tense
        ("Voters expect Clinton to win Thursday's debate.", "2016-10-06"),  # no tense: a day in the next two
        ("Clinton answered questions about Monday's debate.", "2016-10-03"),
        ("Clinton prepares for Sunday's debate.", "2016-10-02"),  # no tense, four days on: the last one
    ],
)
def test_a_day_without_a_year_takes_the_tense_of_its_clause(text: str, value: str):
    assert tag(text, date(2016, 10, 5))[0][2] == value


def test_a_time_alone_on_its_line_is_a_live_reports_entry_of_the_day():
    article = parse_article(
        "t", b"Updates\n\nTrump held a rally in Ohio on Monday.\n\n4:30 p.m.\n\nClinton spoke in Iowa.\n",
        ManifestRow("t", published="2016-10-05"),
    )
    values = {t.text: t.value for t in tag_article(article)}
    assert values == {"Monday": "2016-10-03", "4:30 p.m.": "2016-10-05T16:30"}


def test_today_and_daily_in_a_name_are_no_dates():
    assert tag("She read it in USA Today and on Breitbart News Daily.") == []
    assert tag("Today the talks resume.")[0][2] == "2024-03-14"


def test_events_merge_on_what_they_say_not_on_names_and_the_date():
    said = {
        "a": "Jill Stein was escorted off the premises before Monday's debate of Donald Trump and Hillary Clinton.",
        "b": "Donald Trump is raising questions about his microphone during Monday's debate with Hillary Clinton.",
        "c": "On Monday the Green Party candidate Jill Stein was escorted off the premises of the university.",
    }
    rows = [{"article_id": a, "date_value": "2016-09-26", "timex": "Monday", "sentence": s} for a, s in said.items()]
    merged = merge_events(rows)
    assert sorted(m["reported_by"] for m in merged) == [1, 2]  # the escort twice; the microphone is another story


@pytest.mark.parametrize(
    ("text", "first_value"),
    [
        ("I announced on June 16th of last year that I was running.", "2015-06-16"),  # "of last year"
        ("If Democrats win the White House in November, the seat opens.", "2016-11"),  # no tense: the nearest
        ("The talks ended in March.", "2016-03"),
        ("Clinton and Trump meet for the first of three presidential debates Monday at Hofstra.", "2016-09-26"),
        ("Clinton met Trump on Monday.", "2016-09-19"),
        ("The Feb. 13 death of conservative Justice Antonin Scalia left the court split four to four.", "2016-02-13"),
        ("The moderator of Monday night's first debate is Lester Holt.", "2016-09-26T"),  # no tense: the nearer
        ("Trump said Monday's debate was rigged.", "2016-09-19"),  # a past clause: the last one
    ],
)
def test_a_date_without_a_year_or_week_takes_the_tense_of_its_clause(text: str, first_value: str):
    """A Friday article of 23 September 2016: a past clause takes the last such day, a scheduled
    event in the news's present the next, and a clause with no tense the nearest."""
    assert tag(text, date(2016, 9, 23))[0][2].startswith(first_value)


def test_a_recurring_time_is_no_day():
    """A schedule ("airs weekdays from 6:00 a.m.", "every Sunday at 9 p.m.") dates no event."""
    found = tag("The show airs weekdays from 6:00 a.m. to 9:00 a.m. and every Sunday at 9 p.m.")
    values = ["P1D", "XXXX-XX-XXT06:00", "XXXX-XX-XXT09:00", "XXXX-WXX-7", "XXXX-XX-XXT21:00"]
    assert [v for _, _, v, _ in found] == values
    assert interval("XXXX-XX-XXT06:00") is None and interval("XXXX-WXX-7") is None


def test_a_clock_time_or_the_day_after_takes_the_day_that_follows_it():
    found = tag("Clinton spoke at 9 a.m. Sunday, the day after Monday's debate.", date(2016, 9, 30))
    assert [(t, v) for t, _, v, _ in found] == [
        ("9 a.m.", "2016-09-25T09:00"),
        ("Sunday", "2016-09-25"),
        ("the day after", "2016-09-27"),
        ("Monday", "2016-09-26"),
    ]


def test_a_bare_weekday_names_one_day_in_an_article():
    friday = date(2016, 9, 30)
    text = (
        "Trump rose a point since Monday's debate. Clinton won Monday night's debate, critics said. "
        "The impact of Monday's debate is still small. He spoke the day after Monday's debate. "
        "He will speak again next Monday."
    )
    values = [v for _, _, v, _ in tag(text, friday)]
    assert values == ["2016-09-26", "2016-09-26TNI", "2016-09-26", "2016-09-27", "2016-09-26", "2016-10-03"]
    # a tie is left to each clause's tense
    assert [v for _, _, v, _ in tag("He spoke Monday. He will speak Monday.", friday)] == ["2016-09-26", "2016-10-03"]


def test_a_future_day_after_a_day_just_past_is_the_one_between_them_and_the_papers_date():
    """A paper dated Friday: "visited the White House on Wednesday ... will visit Capitol Hill on
    Thursday" was written before Thursday (a reader found it placed eight days later)."""
    friday = date(2016, 9, 16)
    text = "Suu Kyi visited the White House on Wednesday. She will visit Capitol Hill on Thursday."
    assert [v for _, _, v, _ in tag(text, friday)] == ["2016-09-14", "2016-09-15"]
    assert [v for _, _, v, _ in tag("She will visit Capitol Hill on Thursday.", friday)] == ["2016-09-22"]
    later = "Suu Kyi visited the White House on Wednesday. She will visit Capitol Hill next Thursday."
    assert [v for _, _, v, _ in tag(later, friday)] == ["2016-09-14", "2016-09-22"]


def test_an_event_day_a_past_clause_looks_ahead_to_is_the_coming_one():
    sunday = date(2016, 9, 25)
    ahead = "Pence said the tweet to invite her to Monday night's debate was a joke. Polls shut before Tuesday's vote."
    assert [v for _, _, v, _ in tag(ahead, sunday)] == ["2016-09-26TNI", "2016-09-27"]
    # without a word that looks ahead, a past clause keeps the past day
    assert [v for _, _, v, _ in tag("Critics said Thursday's debate was a rout.", sunday)] == ["2016-09-22"]


def test_an_infinitive_of_a_scheduled_verb_has_no_tense():
    september = date(2016, 9, 14)
    text = "Most recently came her decision to meet with Bill Roe at the end of June on her plane."
    assert [v for _, _, v, _ in tag(text, september) if v and v.startswith("201")] == ["2016-06"]  # not 2017


def test_the_attribution_after_a_clause_and_were_to_do_not_make_its_date_past():
    october = date(2016, 10, 5)
    values = [v for _, _, v, _ in tag("May will trigger the exit by the end of March, she said.", october)]
    assert values == ["2017-03"]  # "will": not the "said" of the attribution
    assert [v for _, _, v, _ in tag("The talks began in March, she said.", october)] == ["2016-03"]
    assert [v for _, _, v, _ in tag("In March, officials said the plan failed.", october)] == ["2016-03"]
    assert [v for _, _, v, _ in tag("He would win if his candidate were to win in November.", october)] == ["2016-11"]


def test_a_day_that_names_an_event_is_left_unresolved():
    october = date(2016, 10, 5)
    assert [v for _, _, v, _ in tag("Crews worked after the Sept. 11 terrorist attacks.", october)] == [None]
    assert [v for _, _, v, _ in tag("The Sept. 11 anniversary was marked quietly.", october)] == ["2016-09-11"]


def test_a_ceremony_in_memory_of_a_named_day_is_this_years_day():
    monday = date(2016, 9, 12)
    assert [v for _, _, v, _ in tag("She left a Sept. 11 memorial event early.", monday)] == ["2016-09-11"]
    assert [v for _, _, v, _ in tag("He visited the Sept. 11 memorial in New York.", monday)] == [None]  # the place


def said_and_tagged(body: str, published: str) -> list[tuple[str, str | None]]:
    """The timexes of an article whose statements were read first, as the export reads them."""
    article = parse_article("t", f"Headline\n\n{body}\n".encode(), ManifestRow("t", published=published))
    quotes, _, _ = extract_statements(article)
    return [(t.text, t.value) for t in tag_article(article, quotes)]


def test_quoted_day_words_count_from_the_day_the_attribution_says_they_were_said():
    body = "“Last night was a disaster, and tonight will be worse,” Dean said on MSNBC on Tuesday."
    assert said_and_tagged(body, "2016-09-28") == [
        ("Last night", "2016-09-26TNI"),
        ("tonight", "2016-09-27TNI"),
        ("Tuesday", "2016-09-27"),
    ]


def test_a_quotation_without_a_day_of_its_own_takes_the_same_speakers_statement_before():
    body = (
        "Pat Caddell told the host on Thursday how surprised he is.\n\n"
        "“One thing surprises me,” said Caddell. “Yesterday, there were two polls.”"
    )
    assert said_and_tagged(body, "2016-09-16") == [("Thursday", "2016-09-15"), ("Yesterday", "2016-09-14")]


@pytest.mark.parametrize(
    "body",
    [
        "“Tonight’s debate showed who he is,” said Martha Aguilar.",  # no day: not the publication day
        "In a 1995 story, the Times wrote: “Leaders honored Trump yesterday.”",  # only a year
        # another speaker's day, and the same speaker's two paragraphs back, are not this one's
        "Dean tweeted during the Monday night debate. Axelrod spoke on Wednesday.\n\nKaine said it was fine."
        "\n\nMeanwhile, “today is the day,” Dean said.",
    ],
)
def test_a_quoted_day_word_said_on_a_day_the_text_does_not_give_is_left_unresolved(body: str):
    quoted = [
        value
        for text, value in said_and_tagged(body, "2016-09-28")
        if text.lower() in {"tonight", "yesterday", "today"}
    ]
    assert quoted == [None]


def test_that_day_with_no_day_before_it_is_not_the_publication_date():
    found = tag("Until that day in April, Mr. Clarke had never been in a coal mine.")
    assert found[0] == ("that day", "DATE", None, None)


def test_an_hour_of_a_kind_of_event_is_no_day():
    found = tag("He said it shows he would be awake for a 3 a.m. call.")
    assert found == [("3 a.m.", "TIME", "XXXX-XX-XXT03:00", None)]


def test_on_a_busy_day_the_days_topic_does_not_make_one_event():
    stein = "Jill Stein was escorted off the premises of Hofstra University hours before the first presidential debate."
    meet = "Trump and Hillary Clinton meet for the first of three presidential debates Monday at Hofstra University."
    topic = [f"Viewers in city {n} watched the first presidential debate on Monday night." for n in range(6)]
    rows = [{"article_id": f"t{n}", "date_value": "2016-09-26", "sentence": s} for n, s in enumerate(topic)]
    rows += [{"article_id": a, "date_value": "2016-09-26", "sentence": s} for a, s in (("a", stein), ("b", meet))]
    merged = {m["sentence"]: m["reported_by"] for m in merge_events(rows)}
    assert merged[stein] == 1 and merged[meet] == 1


def test_one_sentence_reprinted_is_one_event_however_few_its_words():
    line = "Sen. Ted Cruz — Announced March 23, 2015"
    rows = [{"article_id": a, "date_value": "2015-03-23", "sentence": line} for a in "ab"]
    assert [m["reported_by"] for m in merge_events(rows)] == [2]


def test_a_decade_with_an_apostrophe_is_the_decade():
    assert tag("Prices rose in the 1980's and fell.")[0][2] == "198"
    assert tag("Prices rose in the 1980’s and fell.")[0][2] == "198"


def test_an_amount_a_year_is_a_rate_and_a_quoted_hour_has_no_day_of_its_own():
    def tagged(body: str, said: bool = False) -> list[tuple[str, str, str | None]]:
        article = parse_article("a", f"H\n\n{body}".encode(), ManifestRow("a", published="2016-09-30"))
        statements = extract_statements(article)[0] if said else ()
        return [(t.text, t.type, t.value) for t in tag_article(article, statements)]

    assert tagged("They made $35,000 a year.") == [("a year", "SET", "P1Y")]
    assert tagged("She waited a year for it.") == [("a year", "DURATION", "P1Y")]
    ad = "On Monday the debate was held. The announcer said, “It’s 3 a.m., and your children are safe.”"
    assert tagged(ad, said=True)[-1] == ("3 a.m.", "TIME", "XXXX-XX-XXT03:00")  # an ad of another year


def test_the_corpus_window_is_a_month_either_side_of_its_publication_dates():
    from corpus_utils.timeline import corpus_window

    assert corpus_window(["2016-09-08", None, "2016-10-07", "not a date"]) == ("2016-08-08", "2016-11-07")
    assert corpus_window([None]) is None


def test_the_long_view_draws_days_weeks_and_months_of_the_corpus_weeks():
    from corpus_utils.timeline import in_corpus_weeks

    window = ("2016-08-08", "2016-11-07")
    day = {"date_start": "2016-09-26", "date_end": "2016-09-26", "precision": "day"}
    assert in_corpus_weeks(day, window)
    assert not in_corpus_weeks({**day, "date_start": "1830-01-01", "date_end": "1830-12-31"}, window)  # deep past
    assert not in_corpus_weeks({**day, "date_start": "2016-01-01", "date_end": "2016-12-31", "precision": "year"},
                               window)  # a whole year, though it overlaps
    assert not in_corpus_weeks({**day, "date_start": None, "date_end": None}, window)
    assert in_corpus_weeks(day, None) and not in_corpus_weeks({**day, "date_start": None}, None)


def test_events_per_month_keep_to_the_year_either_side_of_the_corpus():
    """A reader found the chart of events per month running from 1830 to 2050, the corpus's months one spike."""
    assert months_near(("2016-08-01", "2016-11-04")) == ("2015-08", "2017-11")
    assert months_near(None) is None


def test_a_whole_year_is_counted_in_no_month():
    """A reader found 24 events in January 2016 where the articles tell of 5: "in 2016" counted there."""
    events = [
        {"precision": "day", "date_start": "2016-09-26"},
        {"precision": "month", "date_start": "2016-01-01"},
        {"precision": "year", "date_start": "2016-01-01"},
        {"precision": "day", "date_start": "1830-05-28"},
    ]
    assert per_month(events, ("2016-08-08", "2016-11-07")) == ({"2016-01": 1, "2016-09": 1}, 1, 1)


def test_a_chart_of_many_single_reports_draws_them_across_the_dates():
    """A reader found the long view stopping eleven days before the corpus's last article: of 635
    events, nearly all reported once, the first 400 by date were drawn as "the most reported"."""
    groups = [{"date_start": f"2016-09-{d:02d}", "reported_by": 1} for d in range(1, 31)]
    groups.insert(0, {"date_start": "2016-09-26", "reported_by": 15})
    drawn = [groups[i] for i in drawn_events(groups, 7)]
    assert drawn[0]["reported_by"] == 15  # the most reported first
    assert drawn[-1]["date_start"] >= "2016-09-25"  # and single reports to the end of the month
    assert drawn_events(groups[:5], 7) == [0, 1, 2, 3, 4]


def test_the_note_of_events_not_counted_per_month_names_each_kind_left_out():
    """A reader found the decades of the dev book in neither the month bars nor this note."""
    from corpus_utils.findings import not_per_month

    assert not_per_month(189, 20, 12, "year") == (
        'Not counted per month: 189 dated only to a year ("in 2016"), 20 dated more than a year from the '
        "corpus's weeks and 12 dated more roughly than a year (min_precision; the 1960s)."
    )
    assert not_per_month(3, 0, 0, "decade") == 'Not counted per month: 3 dated only to a year or longer ("in 2016").'
    assert not_per_month(0, 0, 0, "year") is None
