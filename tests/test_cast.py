"""The cast: speakers typed by what their article says of them, and merged across articles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from corpus_utils.actors import describe
from corpus_utils.articles import parse_article
from corpus_utils.cast import Profile, article_profiles, build_cast
from corpus_utils.cast.descriptions import descriptions_of
from corpus_utils.cast.keys import body_key, fold_word, name_words
from corpus_utils.cast.typology import classify, type_of
from corpus_utils.export import export
from corpus_utils.quotes import extract_quotes


@pytest.fixture(autouse=True)
def no_configuration():
    """Each test starts with no corpus configuration (an export in this process sets its own)."""
    from corpus_utils.actors import configure
    from corpus_utils.config import CorpusConfig

    configure(CorpusConfig())
    yield
    configure(CorpusConfig())


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Democratic presidential nominee", "political"),
        ("a spokeswoman for the Smith campaign", "political"),
        ("FBI Director", "official"),
        ("a spokesman for the United Mine Workers of America", None),  # a name's "Workers" are no workers
        ("Sen. Jane Roe (D-Mass.)", "official"),
        ("a Ukrainian military analyst", "expert"),
        ("a professor of history at Northfield University", "expert"),
        ("the NAACP president", "civil_society"),
        ("a financial adviser in Eau Claire", "business"),
        ("MSNBC host", "media"),
        ("a 43-year-old resident", "citizen"),
        ("a national security adviser", "official"),
        ("a senior adviser", "political"),
        ("people familiar with the talks", "unknown"),
        ("who is 70", None),
        ("(D-Mont.)", "official"),  # a party-and-state tag: a member of Congress
        ("(R)", "political"),
        ("City Attorney", "official"),
        ("poll respondents", "citizen"),  # they answer for themselves, not for the pollster
        ("House editor for the Cook Political Report", "media"),  # an editor, whatever "Report" names
        ("executive director of Northfield Forward", "civil_society"),  # a nonprofit's head, no state director
        ("FBI Director", "official"),
        ("a physicist who is co-director of the Nuclear Policy Program at the Carnegie Endowment", "expert"),
        ("who owned a chain of nursing homes and a tourist attraction", "business"),  # a reader: "undescribed"
    ],
)
def test_a_description_gives_its_source_type(description: str, expected: str | None):
    assert type_of(description) == expected


def test_a_typing_kept_for_the_next_article_holds_only_where_its_answers_do():
    """A speaker typed again with the same descriptions in another article reads that article's
    country and province, not those of the article that typed it first."""
    for state in ("Ohio", "Texas", "Ohio"):
        typing = classify([("Gov.", 2)], "Pat Roe", "person", lambda: "united_states", lambda s=state: s)
        assert typing.affiliation == f"{state} government"
    for home, government in (("france", "French"), ("germany", "German")):
        assert classify([("a minister", 2)], "Pat Roe", "person", lambda h=home: h).affiliation == (
            f"{government} government"
        )


def test_an_office_held_in_the_past_weighs_less_than_what_one_is_now():
    """A scholar "who served as Asia director for the National Security Council" speaks as a
    scholar (a reader found him typed an official on PolNeAR dev)."""
    past = "who served as Asia director for the National Security Council"
    assert classify([(past, 1), ("a Korea scholar", 1)], "Vic Roe").source_type == "expert"
    present = "who is the Asia director for the National Security Council"
    assert classify([(present, 2), ("a scholar", 1)], "Vic Roe").source_type == "official"


def test_affiliation_comes_from_the_words_that_name_a_body():
    assert classify([("FBI Director", 1)], "James Doe", "person").affiliation == "FBI"
    assert classify([("chief executive of Acme Widgets Corp", 1)], "Ann Roe", "person").affiliation == (
        "Acme Widgets Corp"
    )
    assert classify([("Sen.", 1), ("(R-Utah)", 1)], "Joe Poe", "person").affiliation == "US Senate"
    senator_to_be = [("Rep.", 1), ("(D-Va.)", 1), ("our potential United States senator", 1)]
    assert classify(senator_to_be, "Bob Poe", "person").affiliation == "US House of Representatives"
    assert classify([("Doe campaign manager", 2)], "Kay Lee", "person").affiliation == "Doe campaign"
    assert classify([("a financial adviser in Eau Claire", 1)], "Kim Fox", "person").affiliation is None
    # an article or a pronoun that opens a sentence names no body
    assert classify([("A lawyer for the news outlets", 1)], "Dan Roe", "person").affiliation is None
    assert classify([("the experts I interviewed", 1)], "", "group").affiliation is None
    assert classify([("a Brazilian official", 1)], "", "group").affiliation == "Brazilian government"
    # a body speaks for itself; a state named as an actor for its government
    assert classify([("Justice Department", 1)], "Justice Department", "organisation").affiliation == (
        "Justice Department"
    )
    russia = classify([("Russia", 2), ("Russian government", 1)], "Russia", "organisation")
    assert russia.affiliation == "Russian government"


def test_someone_who_campaigns_for_a_nominee_speaks_for_that_campaign():
    backer = [("a businessman who has campaigned heavily for GOP nominee Donald Trump since February", 1)]
    typing = classify(backer, "Joe Roe", "person")
    assert (typing.source_type, typing.affiliation) == ("political", "Trump campaign")
    assert classify([("a surrogate for Mr. Sanders", 1)], "Ann Roe", "person").affiliation == "Sanders campaign"
    organiser = [("who runs Clinton's get-out-the-vote effort for military veterans' families", 2)]
    typing = classify(organiser, "Rob Poe", "person")  # a reader found him typed a citizen
    assert (typing.source_type, typing.affiliation) == ("political", "Clinton campaign")
    # a sitting office-holder presented by their title stays an official of their government
    governor = [("New Jersey Gov.", 2), ("who has campaigned heavily for GOP nominee Donald Trump", 1)]
    typing = classify(governor, "Chris Christie", "person")
    assert (typing.source_type, typing.affiliation) == ("official", "New Jersey government")


def test_a_person_named_in_a_description_is_no_body():
    cha = [("who served as Asia director for the National Security Council under President George W. Bush", 1)]
    assert classify(cha, "Victor Cha", "person").affiliation is None
    urban = [("the chief executive of the National Urban League", 1)]
    assert classify(urban, "Marc Morial", "person").affiliation == "Urban League"


def test_an_official_without_a_body_speaks_for_the_country_the_article_names_most():
    typing = classify([("President", 1)], "Ann Roe", "person", home=lambda: "brazil")
    assert (typing.source_type, typing.affiliation) == ("official", "Brazilian government")


TEXT = (
    "Democratic presidential nominee Jane Roe spoke on Monday. Her campaign manager, Kay Lee, "
    "said the rally was full. Sen. Tom Roe (R-Utah), her cousin, disagreed. Amy Poe, the chief "
    "executive of Acme Widgets Corp, said little. But Mr. Lee was glad."
)


def test_descriptions_are_read_where_the_article_names_the_person():
    assert "Democratic presidential nominee" in descriptions_of(TEXT, "Jane Roe")
    assert descriptions_of(TEXT, "Kay Lee") == ["Her campaign manager"]
    assert descriptions_of(TEXT, "Amy Poe") == ["the chief executive of Acme Widgets Corp"]
    # "Sen. Tom Roe (R-Utah)" describes Tom Roe, not Jane Roe
    assert not any("Sen." in d or "R-Utah" in d for d in descriptions_of(TEXT, "Jane Roe"))
    assert "(R-Utah)" in descriptions_of(TEXT, "Tom Roe")


def test_a_description_before_a_name_starts_after_a_dash_or_a_relative_word():
    """ "the Union's efforts to collect -- which Acme's chief executive, Amy Poe, called crap": Acme's chief
    executive (a reader found the clause before it typing her "international")."""
    text = "given the European Union's efforts to collect -- which Acme's chief executive, Amy Poe, called crap"
    assert descriptions_of(text, "Amy Poe") == ["Acme's chief executive"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The debates will not alter the race, noted NBC’s Dan Roe.", "Dan Roe", ["NBC’s"]),
        ("As Breitbart’s Dan Roe put it, the race is over.", "Dan Roe", ["Breitbart’s"]),
        ("He had kinder words for Dan Roe of Fox News, who will moderate.", "Dan Roe", ["Fox News"]),
        ("Amy Poe of the University of Texas School of Law said so.", "Amy Poe",
         ["the University of Texas School of Law"]),
        ("Amy Poe, political science professor at Seton Hall University, said so.", "Amy Poe",
         ["political science professor at Seton Hall University"]),
        # where someone lives, what they do and a possessive person are no description
        ("Del. Amy Poe of the Virgin Islands.\n\nDemocrats noted it.", "Amy Poe", ["Del."]),
        ("Amy Poe of Burke County said so.", "Amy Poe", []),
        ("Amy Poe, speaking to reporters, said so.", "Amy Poe", []),
        ("Sen. Amy Poe’s campaign said so.", "Poe campaign", []),
    ],
)
def test_a_body_before_or_after_a_name_and_a_bare_apposition_describe_it(
    text: str, name: str, expected: list[str]
) -> None:
    """Readers found NBC's Dante Chinni, Fox News' Chris Wallace and a professor "at Seton Hall"
    of unknown kind: a possessive body before the name, "of" a body after it and an apposition
    without an article ("political science professor at ...") were not read."""
    assert descriptions_of(text, name) == expected


def test_a_description_before_two_names_describes_both():
    """A reader found a voter of unknown kind: "as encapsulated by two first-time voters, Tyresha Roe and
    Bryan Poe, who saw Kaine speak" describes both, and the agent after "as ... by" is the description."""
    text = "It is a real issue, as encapsulated by two first-time voters, Tyresha Roe and Bryan Poe, who saw Kaine."
    assert descriptions_of(text, "Tyresha Roe") == descriptions_of(text, "Bryan Poe") == ["two first-time voters"]
    assert descriptions_of("In a video put out by the Cruz campaign, Rick Poe said it.", "Rick Poe") == []


def test_what_a_name_is_said_to_be_describes_it():
    """A reader found John Podesta's campaign role missed: "(Mr. Podesta is now the chairman of Mrs. Clinton's
    presidential campaign.)" says it in a sentence of its own, across the abbreviations in it."""
    text = "(Mr. Podesta is now the chairman of Mrs. Clinton's campaign.) John Podesta said so. Trump is a liar."
    assert descriptions_of(text, "John Podesta") == ["the chairman of Mrs. Clinton's campaign"]
    assert descriptions_of(text, "Donald Trump") == []  # a quality types no one


def test_one_of_a_kind_describes_and_a_question_mark_ends_it():
    """ "what of Mr. Poe, one of the most famous interviewers in television? And ..., Mr. Poe, 82, told me":
    an interviewer, not only a man of 82 (a reader found him typed a citizen by his age)."""
    text = "But what of Mr. Poe, one of the most famous interviewers in television? And Mr. Poe, 82, told me so."
    assert descriptions_of(text, "Al Poe") == ["one of the most famous interviewers in television", "aged 82"]


def test_an_initial_or_an_honorific_in_a_description_does_not_end_it():
    text = (
        "Nina Poe, a prominent surrogate for Mr. Sanders, spoke. Victor Lee, who served as Asia director under"
        " President George W. Bush, said so."
    )
    assert descriptions_of(text, "Nina Poe") == ["a prominent surrogate for Mr. Sanders"]
    assert descriptions_of(text, "Victor Lee") == ["who served as Asia director under President George W. Bush"]


def test_an_office_holder_named_again_by_party_and_office_has_that_party():
    """ "The Democratic senator also forced him ..." after "Massachusetts Sen. Elizabeth Warren":
    the one senator the article titles is a Democrat; a front-runner is no office, and an article
    with two senators does not say which one."""
    one = "Massachusetts Sen. Ann Fox grilled the chief. The Democratic senator also forced him to admit it."
    assert "Democratic senator" in descriptions_of(one, "Ann Fox")
    two = one + " Sen. Bo Day (R-Utah) agreed."
    assert "Democratic senator" not in descriptions_of(two, "Ann Fox")
    runner = "Gov. Ann Fox spoke. It was the Republican front-runner who won."
    assert descriptions_of(runner, "Ann Fox") == ["Gov."]


@pytest.mark.parametrize(
    "text",
    [
        "One of the advisers to Mr. Ben Poe agreed. Ben Poe spoke later.",  # the advisers' description
        "She wanted pay “clawed back” for responsible executives, Ben Poe restricted comments.",  # a phrase's end
        "I will vote, I said, for the nominee, Ben Poe, and I will win.",  # no clause: "I will vote for the nominee"
        "Claiming the criticism is designed to pressure debate moderators, Ben Poe said so.",  # a clause, no title
        "Speaking of Ben Poe, the administration has shuffled through military leaders.",  # a clause after
    ],
)
def test_clauses_and_other_peoples_titles_are_no_description(text: str):
    found = descriptions_of(text, "Ben Poe")
    assert all(d == "the nominee" for d in found), found


def test_a_role_speaker_whose_mention_names_an_owner_is_not_another_owners_holder():
    from corpus_utils.cast.descriptions import role_owner

    assert role_owner(["A spokeswoman for Hillary Roe"]) == role_owner(["Hillary Roe’s spokeswoman"]) == "Roe"
    text = (
        "Spokeswoman Jane Ditto said the tweets were fine. A spokeswoman for Hillary Roe says the nominee did "
        "not help. Roe spokesman Nick Lee says she called."
    )
    statements = [
        ("Jane Ditto", "person", "Spokeswoman Jane Ditto", None),
        ("unnamed spokeswoman", "person", "A spokeswoman for Hillary Roe", None),
        ("Nick Lee", "person", "Roe spokesman Nick Lee", None),
    ]
    names = [p.name for p in article_profiles("a", text, statements, [])]
    assert "Jane Ditto" in names and "unnamed spokeswoman" in names  # not merged into another campaign's spokeswoman


def test_a_role_speaker_becomes_the_person_the_article_gives_the_role():
    statements = [
        ("Jane Roe", "person", "Democratic presidential nominee Jane Roe", "unknown"),
        ("democratic presidential nominee", "person", "The Democratic presidential nominee", "unknown"),
    ]
    (profile,) = article_profiles("a1", TEXT, statements, [])
    assert profile.name == "Jane Roe" and profile.also == ("democratic presidential nominee",)
    assert profile.n_statements == 2 and profile.source_type == "political"


def test_name_keys_fold_transliterations_titles_and_initials():
    assert fold_word("Syrskyi") == fold_word("Syrsky") == fold_word("Syrskiy")
    assert fold_word("Zelenskyy") == fold_word("Zelensky")
    assert fold_word("Fyodorov") == fold_word("Fedorov")
    assert name_words("Sen. Robert P. Casey") == ["Robert", "Casey"]
    assert name_words("House Speaker Paul D. Ryan") == ["Paul", "Ryan"]
    assert name_words("Donald Trump Jr.") != name_words("Donald Trump")  # a son is another person
    assert name_words("Trump’s") == ["Trump"]
    assert body_key("the Ukrainian military leadership") == body_key("Ukrainian military")
    assert body_key("local officials") == body_key("local authorities")


def _profile(article: str, name: str, n: int = 1, kind: str = "person", **fields: object) -> Profile:
    values: dict = {
        "article_id": article,
        "name": name,
        "type": kind,
        "side": "unknown",
        "mentions": (name,),
        "roles": (),
        "source_type": "unknown",
        "affiliation": None,
        "country": None,
        "gender": None,
        "n_statements": n,
        "n_claims": 0,
    }
    return Profile(**(values | fields))


def test_a_description_is_someone_of_its_own_article():
    """"the woman said" in two articles is two women, and "unnamed experts" of two articles two
    groups; a name ("Jane Roe", "Republicans") is one entry across articles."""
    cast = build_cast(
        [
            _profile("a1", "woman", 2),
            _profile("a2", "woman", 1),
            _profile("a1", "unnamed experts", 1, kind="group"),
            _profile("a2", "unnamed experts", 1, kind="group"),
            _profile("a1", "Republicans", 1, kind="group"),
            _profile("a2", "Republicans", 1, kind="group"),
        ]
    )
    assert cast.lookup("a1", "woman") != cast.lookup("a2", "woman")
    assert cast.lookup("a1", "woman").name == "Unnamed woman"  # not "Woman", as if it were her name
    assert build_cast([_profile("a1", "airline", 2)]).lookup("a1", "airline").name == "Unnamed airline"
    assert build_cast([_profile("a1", "candidate", 1)]).lookup("a1", "candidate").name == "Unnamed candidate"
    assert cast.lookup("a1", "unnamed experts") != cast.lookup("a2", "unnamed experts")
    assert cast.lookup("a1", "Republicans") == cast.lookup("a2", "Republicans")


def test_the_cast_merges_one_person_and_keeps_namesakes_apart():
    cast = build_cast(
        [
            _profile("a1", "Oleksandr Syrskyi", 3, source_type="official", affiliation="Ukrainian military"),
            _profile("a2", "Oleksandr Syrsky", 2),
            _profile("a3", "Syrskyi", 1),
            _profile("a1", "Bill Clinton", 2, source_type="official"),
            _profile("a2", "Hillary Clinton", 5, source_type="political"),
            _profile("a3", "Clinton", 1, gender="female", mentions=("Mrs. Clinton",)),
            _profile("a4", "Federal Bureau of Investigation", 1, kind="organisation"),
            _profile("a5", "FBI", 1, kind="organisation"),
        ]
    )
    syrskyi = cast.lookup("a3", "Syrskyi")
    assert syrskyi is cast.lookup("a1", "Oleksandr Syrskyi") is cast.lookup("a2", "Oleksandr Syrsky")
    assert syrskyi.name == "Oleksandr Syrskyi" and syrskyi.n_statements == 6 and syrskyi.n_articles == 3
    # untyped in its own article, a person takes the type the other articles give them
    # without configured sides, a large affiliation is the side
    assert cast.typed[("a2", "Oleksandr Syrsky")] == ("official", "Ukrainian military", "Ukrainian military")
    assert cast.lookup("a1", "Bill Clinton") is not cast.lookup("a2", "Hillary Clinton")
    assert cast.lookup("a3", "Clinton") is cast.lookup("a2", "Hillary Clinton")  # "Mrs. Clinton"
    assert cast.lookup("a5", "FBI") is cast.lookup("a4", "Federal Bureau of Investigation")
    assert len(cast.members) == 4


def test_without_sides_the_largest_affiliations_are_the_sides():
    from corpus_utils.cast.unify import AFFILIATION_SIDES

    big = [
        _profile(f"a{i}", f"Person{chr(65 + i)} Roe", 50 - i, source_type="political", affiliation=f"Body {i}",
                 side="united_states")
        for i in range(AFFILIATION_SIDES + 1)
    ]
    small = _profile("b", "Ann Small", 1, source_type="official", affiliation="Town council", side="united_states")
    reporter = _profile("c", "Jo Press", 30, source_type="media", affiliation="Body 0", side="media")
    cast = build_cast([*big, small, reporter])
    sides = {m.name: m.side for m in cast.members}
    assert [sides[f"Person{chr(65 + i)} Roe"] for i in range(AFFILIATION_SIDES)] == [
        f"Body {i}" for i in range(AFFILIATION_SIDES)
    ]
    assert sides[f"Person{chr(65 + AFFILIATION_SIDES)} Roe"] == "united_states"  # past the largest: the country
    assert sides["Ann Small"] == "united_states"  # too few statements
    assert sides["Jo Press"] == "media"
    assert cast.typed[("a0", "PersonA Roe")][2] == "Body 0"


def test_a_governor_who_campaigns_for_a_candidate_takes_that_side():
    """"New Jersey Gov. Chris Christie, who has campaigned heavily for GOP nominee Donald Trump": a
    reader found him on no side ("Jersey" read as a country made New Jersey no state's government)."""
    people = [
        _profile("a1", "Don Roe", 40, source_type="political", affiliation="Roe campaign", side="Roe campaign"),
        _profile("a2", "Ann Lee", 40, source_type="political", affiliation="Lee campaign", side="Lee campaign"),
        _profile("a3", "Cy Poe", 4, source_type="official", affiliation="New Jersey government",
                 roles=("New Jersey Gov.", "who has campaigned heavily for nominee Don Roe")),
        _profile("a4", "Bo Kay", 4, source_type="official", affiliation="New Mexico government",
                 roles=("New Mexico Gov.", "(R)")),
    ]
    sides = {m.name: m.side for m in build_cast(people).members}
    assert sides["Cy Poe"] == "Roe campaign"
    assert sides["Bo Kay"] != "unknown"  # a state's governor of a stated party: the party


def test_a_country_whose_government_is_a_side_is_no_second_side():
    people = [
        _profile("a1", "Ann Roe", 40, source_type="official", affiliation="US government", side="united_states"),
        _profile("a2", "White House", 2, kind="organisation", source_type="official", affiliation="White House",
                 side="united_states"),
        _profile("a3", "Bo Lee", 2, source_type="expert", affiliation="American Enterprise Institute",
                 side="united_states"),
        _profile("a4", "Cy Poe", 2, source_type="official", affiliation="Mexican government", side="mexico"),
        _profile("a5", "Di Kay", 400, source_type="citizen"),  # the floor: 2 % of 446 statements
    ]
    sides = {m.name: m.side for m in build_cast(people).members}
    assert sides["White House"] == "US government"  # the country's official: the government's side
    assert sides["Bo Lee"] == "unknown"  # an economist of that country: no side, not "United States"
    assert sides["Cy Poe"] == "mexico"  # another country whose government is no side keeps its country
    unplaced = _profile("a6", "Eve Roe", 2, source_type="official", affiliation="Mexican government", country="mexico",
                        roles=("the Mexican secretary of the economy",))
    posted = _profile("a7", "Al Poe", 2, source_type="official", affiliation="Slovak government", country="slovakia",
                      roles=("a former ambassador to Slovakia",))
    minister = _profile("a8", "Jo Lee", 2, source_type="official", affiliation="French government", country="france",
                        roles=("the foreign minister of France",))
    sides = {m.name: m.side for m in build_cast([*people, unplaced, posted, minister]).members}
    assert sides["Eve Roe"] == "mexico"  # not "unknown"
    assert sides["Al Poe"] == "unknown"  # the country he served in is not his side
    assert sides["Jo Lee"] == "france"  # the country his title names as the one he serves


def test_a_partys_bodies_make_one_side_and_a_campaign_its_own():
    people = [
        _profile("a1", "Ann Roe", 5, source_type="political", affiliation="DNC Rules Committee"),
        _profile("a2", "Bo Lee", 5, source_type="political", affiliation="Democratic National Committee"),
        _profile("a3", "Cy Poe", 5, source_type="political", affiliation="Ohio Democratic Party"),
        _profile("a4", "Di Kay", 6, source_type="political", affiliation="Kay campaign"),
    ]
    sides = {m.name: m.side for m in build_cast(people).members}
    assert sides == {"Ann Roe": "Democratic Party", "Bo Lee": "Democratic Party", "Cy Poe": "Democratic Party",
                     "Di Kay": "Kay campaign"}


def test_a_party_that_is_a_side_brings_its_rival_party_in():
    people = [
        _profile("a1", "Ann Roe", 30, source_type="political", affiliation="Democratic Party"),
        _profile("a2", "Bo Lee", 18, source_type="political", affiliation="Republican National Committee"),
        _profile("a3", "Cy Poe", 18, source_type="official", affiliation="Town council"),
        _profile("a4", "Di Kay", 934, source_type="citizen"),
    ]
    sides = {m.name: m.side for m in build_cast(people).members}  # the floor: 2 % of 1,000 statements
    assert (sides["Ann Roe"], sides["Bo Lee"]) == ("Democratic Party", "Republican Party")
    assert sides["Cy Poe"] != "Town council"  # below the floor, and no party


def test_a_surname_the_corpus_cannot_place_stays_its_own_entry():
    cast = build_cast([_profile("a1", "Ann Lee", 2), _profile("a2", "Bob Lee", 2), _profile("a3", "Lee", 1)])
    assert cast.lookup("a3", "Lee") not in (cast.lookup("a1", "Ann Lee"), cast.lookup("a2", "Bob Lee"))


def test_ids_are_the_same_on_every_run_and_differ_between_people():
    profiles = [_profile("a1", "Ann Lee"), _profile("a2", "Bob Lee"), _profile("a1", "police", kind="organisation")]
    first, second = build_cast(profiles), build_cast(list(reversed(profiles)))
    assert [m.speaker_id for m in first.members] == [m.speaker_id for m in second.members]
    assert len({m.speaker_id for m in first.members}) == 3


def _exported(tmp_path: Path, texts: dict[str, str]) -> dict[str, list[dict]]:
    """The tables an export of ``texts`` (file name -> article) writes, as rows."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    export(corpus, tmp_path / "out")
    return {
        table: [json.loads(line) for line in (tmp_path / "out" / f"{table}.jsonl").read_text().splitlines()]
        for table in ("cast", "quotes", "numbers")
    }


def test_the_export_writes_the_cast_and_links_statements_and_figures_to_it(tmp_path: Path):
    tables = _exported(tmp_path, {
        "one.txt": "Rally\n\nDemocratic presidential nominee Jane Roe said 3,000 people came. “We will win,” Roe said.",
        "two.txt": "Vote\n\n“It is close,” said Jane Roe, the Democratic nominee.\n",
    })
    cast, quotes, numbers = tables["cast"], tables["quotes"], tables["numbers"]
    (roe,) = [m for m in cast if m["name"] == "Jane Roe"]
    assert roe["n_articles"] == 2 and roe["source_type"] == "political"
    assert roe["affiliation"] == "Roe campaign"
    spoken = [q for q in quotes if q["speaker"] == "Jane Roe"]
    assert len(spoken) == 3 and {q["speaker_id"] for q in spoken} == {roe["speaker_id"]}
    assert all(q["source_type"] == "political" for q in spoken)
    claimed = [n for n in numbers if n["claimant"] == "Jane Roe"]
    assert claimed and all(n["claimant_id"] == roe["speaker_id"] for n in claimed)


def test_a_configured_side_is_read_from_the_descriptions_of_a_speaker():
    from corpus_utils.actors import configure
    from corpus_utils.config import CorpusConfig, parse_config

    config = parse_config(
        {
            "sides": [
                {"key": "blue", "label": "Blue", "colour": "#00f", "actors": ["Jane Roe"], "words": ["Democratic"]},
                {"key": "red", "label": "Red", "colour": "#f00", "words": ["Republican"]},
            ],
            "actors": [{"name": "Jane Roe", "type": "person"}],
        }
    )
    configure(config)
    try:
        statements = [
            ("Kay Lee", "person", "Kay Lee", "unknown"),  # "Her campaign manager": no side named
            ("Tom Roe", "person", "Sen. Tom Roe", "unknown"),
            ("unnamed strategist", "person", "a Roe campaign strategist", "unknown"),
        ]
        text = TEXT
        sides = {p.name: p.side for p in article_profiles("a1", text, statements, [])}
    finally:
        configure(CorpusConfig())
    assert sides == {"Kay Lee": "unknown", "Tom Roe": "red", "unnamed strategist": "blue"}


def test_cast_prints_a_draft_configuration_that_builds_as_it_is(capsys: pytest.CaptureFixture[str]):
    import yaml

    from corpus_utils.__main__ import main
    from corpus_utils.config import parse_config
    from tests.conftest import SEEDS

    assert main(["cast", "--corpus", str(SEEDS), "--title", "The war"]) == 0
    draft = capsys.readouterr().out
    config = parse_config(yaml.safe_load(draft))
    assert config.title == "The war"
    proposed = [s for s in config.sides if s.key not in ("others", "media", "unknown")]
    assert proposed and all(s.actors for s in proposed)
    assert "Russian government" in {s.label for s in proposed}
    assert any(e.name == "Volodymyr Zelensky" for e in config.actors)
    # every actor line says how often they speak, with an example
    assert draft.count("statement(s) in") == len(config.actors)


def test_a_candidates_staff_speak_for_the_campaign_in_every_article():
    cast = build_cast(
        [
            _profile("a1", "Jane Roe", 9, source_type="political", affiliation="Democratic Party"),
            _profile("a1", "Nick Poe", 2, source_type="official", mentions=("Roe spokesman Nick Poe",)),
            _profile("a2", "Nick Poe", 1, source_type="official", roles=("director",)),
        ]
    )
    assert cast.typed[("a1", "Nick Poe")][:2] == ("political", "Roe campaign")
    assert cast.typed[("a2", "Nick Poe")][:2] == ("political", "Roe campaign")
    assert cast.lookup("a2", "Nick Poe").source_type == "political"


def test_a_state_in_a_legislators_title_names_the_us_senate():
    assert classify([("Massachusetts Sen.", 1)], "Ann Roe", "person").affiliation == "US Senate"
    assert classify([("Rep.", 1)], "Ann Roe", "person", home=lambda: "united_states").affiliation == (
        "US House of Representatives"
    )


def test_the_words_of_a_mention_describe_the_speaker_only_as_a_title():
    from corpus_utils.cast.descriptions import mention_description

    assert mention_description("FBI Director James Comey", "James Comey") == "FBI Director"
    assert mention_description("a Roe campaign strategist", "unnamed strategist") == "a Roe campaign strategist"
    assert mention_description("Comey", "James Comey") is None
    # a body run into a name by a missing comma is no title of the person
    assert mention_description("the Washington Post Trump", "Donald Trump") is None


def test_a_role_speaker_is_the_one_person_the_article_names_with_that_title():
    from corpus_utils.cast.descriptions import named_holder

    text = (
        "Indiana Gov. Mike Poe spoke first. In June, the state's senator stayed home. Vice President Al Roe "
        "and President Bo Lee met. Ann Kim, the foreign minister of France, agreed. Democratic vice "
        "presidential nominee Tim Lane came too."
    )
    assert named_holder(text, "The Indiana governor") == "Mike Poe"
    assert named_holder(text, "the president") == "Bo Lee"  # not the vice president
    assert named_holder(text, "the foreign minister of France") == "Ann Kim"
    assert named_holder(text, "the Democratic presidential nominee") is None  # Lane is the vice presidential one
    assert named_holder(text, "the letter") is None  # no person's title
    assert named_holder("Sen. Ann Roe and Sen. Bo Lee voted.", "the senator") is None  # two senators
    # a role word that ends a sentence is no title of the name that opens the next
    assert named_holder("She will visit, according to a campaign aide. Donald Trump spoke.", "campaign aide") is None


def test_bodies_named_with_common_words_and_a_mayors_city():
    assert classify([("the president of the Acme Transit Workers Union", 1)], "Mia Lo", "person").affiliation == (
        "Acme Transit Workers Union"
    )
    assert classify([("Harbourton Mayor", 1)], "Dan Oke", "person").affiliation == "Harbourton city administration"
    assert classify([("the mayor of New Town", 1)], "Dan Oke", "person").affiliation == "New Town city administration"
    # a spokesman is of the kind of body they speak for, and of no kind without one
    assert type_of("the group's spokesman") is None
    assert type_of("a spokesman for the Justice Department") == "official"


def test_a_body_is_not_merged_into_the_person_who_heads_it():
    statements = [
        ("Mia Lo", "person", "Mia Lo", "unknown"),
        ("the union", "person", "The union", "unknown"),
    ]
    text = "Mia Lo, the president of the Acme Workers Union, spoke. The union said no."
    names = [p.name for p in article_profiles("a1", text, statements, [])]
    assert names == ["Mia Lo", "the union"]


def test_a_past_office_weighs_less_than_a_candidacy_and_a_state_names_its_government():
    typing = classify([("former Secretary of State", 1), ("the Democratic front-runner", 1)], "Jane Roe", "person")
    assert (typing.source_type, typing.affiliation) == ("political", "Roe campaign")
    assert classify([("New Jersey Gov.", 1)], "Chris Doe", "person").affiliation == "New Jersey government"
    assert classify([("House Speaker", 1)], "Paul Poe", "person", home=lambda: "united_states").affiliation == (
        "US House of Representatives"
    )
    # an adviser to a candidate is not the candidate: no campaign of their own
    assert classify([("a strategist for the Democratic candidate", 1)], "Tad Dee", "person").affiliation != (
        "Dee campaign"
    )


def test_relatives_who_share_a_name_are_other_people():
    assert describe("Eric Trump").name == "Eric Trump"  # not the gazetteer's Donald Trump
    assert describe("U.S. President Donald Trump").name == "Donald Trump"
    cast = build_cast([_profile("a1", "Donald Trump", 5), _profile("a2", "Donald Trump Jr.", 2)])
    assert cast.lookup("a1", "Donald Trump") is not cast.lookup("a2", "Donald Trump Jr.")


def test_a_document_named_as_the_speaker_is_its_authors_statement():
    text = (
        "The defence ministry spoke. The ministry's statement said 40 had been captured. An IMF report said "
        "growth would slow. The New York Post said so too."
    )
    statements = [
        ("defence ministry", "organisation", "The defence ministry", "unknown"),
        ("ministry's statement", "organisation", "The ministry's statement", "unknown"),
        ("IMF report", "organisation", "An IMF report", "unknown"),
        ("New York Post", "organisation", "The New York Post", "unknown"),
    ]
    profiles = {p.name: p for p in article_profiles("a1", text, statements, ["ministry's statement"])}
    assert "ministry's statement" not in profiles and "IMF report" not in profiles
    assert profiles["New York Post"].also == ()  # an outlet, not a post of New York's
    imf = next(p for p in profiles.values() if "IMF report" in p.also)
    assert imf.type == "organisation" and imf.n_statements == 1


def test_a_role_set_off_before_a_name_is_that_person():
    from corpus_utils.cast.descriptions import named_holder

    text = "According to the regional governor, Oleh Kiper, three people were hurt."
    assert named_holder(text, "the regional governor") == "Oleh Kiper"


def test_a_country_word_that_is_a_persons_surname_is_that_person():
    text = "Rep. Jim Jordan (R-Ohio) spoke. “It is a disgrace,” Jordan said."
    statements = [("Jordan", "organisation", "Jordan", "jordan")]
    (profile,) = article_profiles("a1", text, statements, [])
    assert (profile.name, profile.type, profile.side) == ("Jim Jordan", "person", "unknown")
    assert profile.source_type == "official" and profile.also == ("Jordan",)


def test_an_unresolved_pronoun_is_someone_else_in_every_article():
    cast = build_cast([_profile("a1", "I", 2), _profile("a2", "I", 3)])
    assert cast.lookup("a1", "I") is not cast.lookup("a2", "I")
    assert cast.lookup("a1", "I").speaker_id != cast.lookup("a2", "I").speaker_id
    assert cast.lookup("a1", "I").source_type == "unknown"


def test_the_country_an_article_is_about_must_dominate_it():
    from corpus_utils.actors import gazetteer

    assert gazetteer().main_country("Brazil and Brazil's president met Chile's.") == "brazil"
    assert gazetteer().main_country("Brazil met Chile; Brazil and Chile signed.") is None


def test_a_capitalised_role_and_a_name_with_a_particle():
    from corpus_utils.cast.descriptions import is_role, named_holder

    assert is_role("Republican presidential nominee") and is_role("the Indiana governor")
    assert not is_role("Mike Pence") and not is_role("Harbourton Transit Authority")
    text = "Republican presidential nominee Donald Roe spoke. Mayor Bill de Blasio spoke too."
    assert named_holder(text, "Republican presidential nominee") == "Donald Roe"
    assert named_holder(text, "the mayor") == "Bill de Blasio"


def test_the_draft_declares_every_actor_its_sides_list_even_when_names_repeat(tmp_path: Path):
    import yaml

    from corpus_utils.cast.draft import draft_config
    from corpus_utils.config import parse_config

    def member(i: int, name: str, affiliation: str, n: int) -> dict:
        return {"speaker_id": f"sp-{i}", "name": name, "aliases": [], "type": "person", "source_type": "political",
                "affiliation": affiliation, "country": None, "side": "unknown", "roles": [], "n_statements": n,
                "n_articles": 1}

    # four affiliations of twelve people each, and the most quoted names repeated (two "Person 0 0")
    cast = [member(100 + a, f"Person {a} 0", f"Body {a}", 1000) for a in range(4)]
    cast += [member(12 * a + i, f"Person {a} {i}", f"Body {a}", 500 - i) for a in range(4) for i in range(12)]
    (tmp_path / "cast.jsonl").write_text("".join(json.dumps(m) + "\n" for m in cast), encoding="utf-8")
    (tmp_path / "quotes.jsonl").write_text("", encoding="utf-8")
    config = parse_config(yaml.safe_load(draft_config(tmp_path, "A story")))  # fails on an undeclared side actor
    assert sum(len(s.actors) for s in config.sides) == 48
    assert len({e.name for e in config.actors}) == len(config.actors)


def test_a_country_word_after_a_first_name_is_a_surname():
    from corpus_utils.actors import describe, gazetteer

    assert describe("Rep. Jim Jordan").name == "Jim Jordan" and describe("Rep. Jim Jordan").side == "unknown"
    assert gazetteer().country_of("Tulsa police Chief Chuck Jordan") is None
    assert gazetteer().country_of("King Abdullah of Jordan") == "jordan"


def test_a_surname_alone_takes_the_one_first_name_its_article_gives_it():
    from corpus_utils.cast.descriptions import descriptions_of

    text = "Speaker of the House Newt Ging spoke. Ging said no."
    assert descriptions_of(text, "Ging") == ["Speaker of the House"]
    assert name_words("Rival Hillary Clinton") == name_words("Hillary Clinton")  # words before a first name


def test_a_sentence_taken_for_a_mention_is_no_description():
    from corpus_utils.cast.descriptions import mention_description

    sentence = "This is a big year for our potential United States senator, who has never faced a race in years"
    assert mention_description(sentence, "Bobby Scott") is None
    assert mention_description("a Trump campaign spokesman", "Jason Miller") == "a Trump campaign spokesman"


def test_a_local_police_chief_speaks_for_the_police_not_the_national_government():
    chief = [("Charlotte-Mecklenburg Police Chief", 2)]
    assert classify(chief, "Kerr Putney", "person", home=lambda: "united_states").affiliation == (
        "Charlotte-Mecklenburg police"
    )
    assert classify([("Secretary of State", 2)], "John Doe", "person", home=lambda: "united_states").affiliation == (
        "US government"
    )


def test_a_role_no_article_names_is_the_one_speaker_of_its_article_given_that_role_elsewhere():
    cast = build_cast(
        [
            _profile("a1", "Jane Roe", 3, roles=("Democratic presidential nominee",)),
            _profile("a2", "Jane Roe", 2),
            _profile("a2", "democratic presidential nominee", 1),  # a live blog: never "nominee Jane Roe"
            _profile("a3", "democratic presidential nominee", 1),  # Roe does not speak here: left alone
            _profile("a4", "Dan Poe", 1, roles=("former Democratic presidential nominee",)),
            _profile("a2", "Dan Poe", 1),
        ]
    )
    assert cast.lookup("a2", "democratic presidential nominee").name == "Jane Roe"
    assert cast.lookup("a3", "democratic presidential nominee").name != "Jane Roe"
    # an abbreviated title elsewhere is the role written out here: "Vermont Sen." is "the Vermont senator"
    senator = build_cast(
        [
            _profile("a1", "Bern Poe", 2, roles=("Vermont Sen.",)),
            _profile("a2", "Bern Poe", 2),
            _profile("a2", "vermont senator", 1, mentions=("the Vermont senator",)),
        ]
    )
    assert senator.lookup("a2", "vermont senator").name == "Bern Poe"


def test_a_titled_name_is_no_sentence_end_and_a_persons_body_is_named_by_the_surname():
    from corpus_utils.cast.descriptions import named_holder

    text = "Editors disdain the Republican presidential nominee. They may also doubt him."
    assert named_holder(text, "the Republican presidential nominee") is None  # "nominee. They" is no title
    assert body_key("Donald Trump’s campaign") == body_key("the Trump campaign")


def test_an_office_someone_may_hold_one_day_is_not_their_chamber():
    potential = [("(D-Va.)", 1), ("This is a big year for our potential United States senator", 1)]
    assert classify(potential, "Bo Poe", "person").affiliation == "US Congress"
    assert classify([("Sen.", 1), ("(D-Va.)", 1)], "Tim Roe", "person").affiliation == "US Senate"


def test_a_running_mate_presented_as_such_is_political_though_a_governor():
    pence = [("Republican vice-presidential nominee Gov.", 1), ("Gov.", 2), ("(R-IN)", 1), ("Governor", 1)]
    typing = classify(pence, "Mike Poe", "person")
    assert (typing.source_type, typing.affiliation) == ("political", "Republican Party")  # not "US Congress", "R-IN"


def test_a_head_of_government_and_a_title_of_an_international_body():
    assert classify([("German Chancellor", 2)], "Anna Roe", "person").affiliation == "German government"
    un = classify([("the secretary general of the United Nations", 1), ("Secretary General", 2)], "Bo Kim", "person")
    assert (un.source_type, un.affiliation) == ("international", "United Nations")  # one title, not two votes


def test_a_relative_clause_types_its_person_only_when_it_says_what_they_are_or_do_for_a_living():
    from corpus_utils.cast.typology import classify

    assert classify([("who saw Roe’s running mate Tim Poe speak at a rally", 1)], "Bo Lee", "person").source_type == (
        "unknown"
    )
    assert classify([("who helmed the DNC from 1995 to 1997", 1)], "Bo Lee", "person").source_type == "political"
    mathur = classify([("who studies tax policy at the American Enterprise Institute", 1)], "Bo Lee", "person")
    assert mathur.affiliation == "American Enterprise Institute"


def test_a_nickname_is_the_person_of_the_one_formal_name_it_shortens():
    from corpus_utils.actors import first_names

    assert first_names()["charlie"] == "male"  # a nickname is a first name, with its formal name's gender
    cast = build_cast(
        [
            _profile("a1", "Joe Poe", 2),
            _profile("a2", "Joseph R. Poe Jr.", 1),
            _profile("a3", "Len Roe", 1),
            _profile("a4", "Leonard E. Roe", 1),
            _profile("a5", "Larry Roe", 1),  # Lawrence, not Leonard: another Roe
        ]
    )
    assert cast.lookup("a2", "Joseph R. Poe Jr.") is cast.lookup("a1", "Joe Poe")
    assert cast.lookup("a3", "Len Roe") is cast.lookup("a4", "Leonard E. Roe")
    assert cast.lookup("a5", "Larry Roe") is not cast.lookup("a4", "Leonard E. Roe")


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the nonpartisan Congressional Budget Office", "Congressional Budget Office"),  # not its stance
        ("the liberal Center for American Progress", "Center for American Progress"),
        ("the National Rifle Association", "National Rifle Association"),  # a country word inside a body's name
        ("The Committee for a Responsible Federal Budget", "Committee for a Responsible Federal Budget"),
        ("the Clinton Foundation", "Clinton Foundation"),
        ("The State Department less than two weeks ago", "State Department"),  # the time is no part of it
        ("Chairman of the Federal Reserve Board", "Federal Reserve Board"),
        ("the event organizer Alliance to Reclaim Our Schools (AROS)", "Alliance to Reclaim Our Schools"),
    ],
)
def test_a_body_is_named_by_its_proper_name(mention: str, name: str):
    actor = describe(mention)
    assert (actor.name, actor.type) == (name, "organisation")


def test_people_named_like_bodies_stay_people():
    assert describe("Emily Post").type == "person"
    assert describe("economists Peter Schott and Justin Pierce").name != "Peter Schott and Justin Pierce"


def test_a_definite_generic_head_is_the_body_the_article_named_with_it():
    text = (
        "The International Monetary Fund cut its forecast on Tuesday.\n\n"
        "Still, the fund warned that the exit will raise many questions, a spokesman said."
    )
    article = parse_article("t", f"Headline\n\n{text}".encode())
    speakers = {q.speaker for q in extract_quotes(article)[0]}
    assert "International Monetary Fund" in speakers and "Fund" not in speakers


def test_she_is_a_person_not_a_description_named_before():
    text = (
        "Hillary Clinton won the state, according to exit polling data.\n\n"
        "“I have never been influenced by anyone,” she said."
    )
    article = parse_article("t", f"Headline\n\n{text}".encode())
    assert [q.speaker for q in extract_quotes(article)[0] if q.kind == "direct"] == ["Hillary Clinton"]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (  # the noun phrase before a relative clause that has a verb of being
            "Jorge Castaneda, a former Mexican foreign minister who is a critic of the plan, said so.",
            "Jorge Castaneda",
            "a former Mexican foreign minister",
        ),
        (  # an abbreviation's point does not end the apposition
            "Derek Mitchell, who served as U.S. ambassador to Burma until this year, said so.",
            "Derek Mitchell",
            "who served as U.S. ambassador to Burma until this year",
        ),
        ("Patrick J. Leahy, Democrat of Vermont, sees it.", "Patrick J. Leahy", "Democrat of Vermont"),
    ],
)
def test_appositions_that_describe_a_person(text: str, name: str, description: str):
    assert description in descriptions_of(text, name)


def test_a_role_word_in_a_persons_name_gives_no_role():
    assert describe("Larry King").name == "Larry King" and describe("the Supreme Court").type == "organisation"
    text = "“They pay us a lot of money,” Mr. King said. Larry King hosts a show."
    (profile,) = article_profiles("a", text, [("Larry King", "person", "Mr. King", None)], [])
    assert profile.source_type != "official"


def test_a_past_or_retired_office_gives_way_to_a_present_one():
    typing = classify([("a retired Belgian general", 1), ("a fellow at the Egmont Institute", 1)], "Jo Roe", "person")
    assert typing.source_type == "expert"


def test_a_running_mate_and_a_nominees_relative_speak_for_the_tickets_campaign():
    def person(article: str, name: str, role: str, affiliation: str | None = None) -> Profile:
        return _profile(article, name, 3, roles=(role,), source_type="political", affiliation=affiliation)

    cast = build_cast(
        [
            person("a1", "Donald Trump", "the Republican presidential nominee", "Trump campaign"),
            person("a1", "Hillary Clinton", "Democratic presidential nominee", "Clinton campaign"),
            person("a2", "Mike Pence", "Republican vice-presidential nominee Gov.", "Republican Party"),
            person("a3", "Tim Kaine", "Democratic vice presidential nominee", "Kaine campaign"),
            person("a4", "Ivanka Trump", "the Republican presidential nominee's eldest daughter"),
            person("a5", "Bryan Roe", "who saw Clinton's running mate Tim Kaine speak at a rally"),
        ]
    )
    affiliation = {m.name: m.affiliation for m in cast.members}
    assert affiliation["Mike Pence"] == "Trump campaign" and affiliation["Tim Kaine"] == "Clinton campaign"
    assert affiliation["Ivanka Trump"] == "Trump campaign"
    assert affiliation["Bryan Roe"] is None  # a voter who saw the running mate is on no ticket


def test_a_quantity_of_people_is_those_people_and_sens_is_a_senators_title():
    assert describe("a number of tax experts").name == "unnamed tax experts"
    assert describe("Some of the protesters").name == "unnamed protesters"
    text = "Fraud lead Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) to ask."
    for name in ("Jon Tester", "David Vitter"):  # the plural title is both names'
        typing = classify([(d, 1) for d in descriptions_of(text, name)], name, "person")
        assert typing.affiliation == "US Senate"
    assert descriptions_of("Sens. Ann Roe spoke. Voters and Bob Poe said no.", "Bob Poe") == []


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        ("Gov.", None),  # a governor speaks for a state, which the title does not name
        ("Chief Justice", None),  # a court, not the government
        ("Phoenix City Attorney", None),
        ("who as a Navy captain was the White House physician", "Navy"),  # a relative clause with "as"
        ("North Carolina Gov.", "North Carolina government"),
        ("Secretary of State", "US government"),
        ("Justice Department spokesman", "Justice Department"),  # was "Department"
        ("Another RT America host", "RT America"),  # a determiner capitalised at a sentence's start
    ],
)
def test_the_body_a_title_names(description: str, affiliation: str | None):
    typing = classify([(description, 1)], "Ann Roe", "person", lambda: "united_states")
    assert typing.affiliation == affiliation


def test_a_governor_the_title_leaves_unplaced_speaks_for_the_state_the_article_names():
    from corpus_utils.countries import main_province

    virginia = "Virginia voters came out. In Virginia, the governor spoke. A case in Ohio was heard."
    assert main_province(virginia, "united_states") == "Virginia"
    capital = "A case in Ohio was heard. Washington said so, Washington said again."
    assert main_province(capital, "united_states") is None
    typing = classify([("Gov.", 1)], "Ann Roe", "person", lambda: "united_states", lambda: "Virginia")
    assert typing.affiliation == "Virginia government"


def test_a_long_relative_clause_still_describes_its_person():
    text = (
        "Dr. Ann Roe, who as a Navy captain was the White House physician in the administration of former"
        " President Bill Clinton and later retired from the service as a rear admiral, said that it was so."
    )
    assert descriptions_of(text, "Ann Roe")[0].startswith("who as a Navy captain was the White House physician")


def test_a_person_described_by_whose_they_are_is_that_role_not_the_owners():
    assert describe("the Democratic presidential candidate’s former doctor").name == "former doctor"
    assert describe("Russia's defense ministry").name == "Russian Defence Ministry"  # a country's body keeps it


def test_an_age_and_a_hometown_describe_an_ordinary_person_and_a_veteran_is_no_official():
    def typed(text: str, name: str) -> str:
        return classify([(d, 1) for d in descriptions_of(text, name)], name, "person").source_type

    assert typed("Dona Roe, 59, of Ashton, Md., who watched the ceremony, said it was moving.", "Dona Roe") == "citizen"
    assert typed("Dan Poe, 40, the union's president, said it was moving.", "Dan Poe") == "civil_society"
    assert typed("Lance Poe, 49, a Navy veteran, said it was moving.", "Lance Poe") == "citizen"
    # an age and then what they did: the person the reporter met, nothing else said of them
    assert typed("On Sunday, Jimmy Poe, 31, tossed a football in the park.", "Jimmy Poe") == "citizen"


def test_a_legislator_with_a_party_speaks_for_the_party_not_the_chamber():
    def senator(article: str, name: str, *roles: str) -> Profile:
        return _profile(article, name, 5, roles=roles, source_type="official", affiliation="US Senate")

    cast = build_cast(
        [
            senator("a1", "Ted Roe", "Sen.", "(R-Tex)"),
            senator("a2", "Ann Poe", "Sen.", "(D-Mass.)", "who criticized the Republican nominee"),
            senator("a3", "Bo Kay", "Sen.", "(D-Ore.)"),
            _profile("a4", "Di Lee", 5, source_type="political", affiliation="Republican Party"),
        ]
    )
    sides = {m.name: m.side for m in cast.members}
    assert sides == {"Ted Roe": "Republican Party", "Ann Poe": "Democratic Party", "Bo Kay": "Democratic Party",
                     "Di Lee": "Republican Party"}
    assert cast.typed[("a1", "Ted Roe")] == ("official", "US Senate", "Republican Party")  # still in the Senate


def test_a_governor_or_a_partisan_of_no_body_speaks_for_their_party():
    """ "Ohio Gov. John Roe (R-OH)" speaks for the Republican Party, not the Ohio government; so does a
    speaker whose descriptions give a party and no body ("a former Democratic National Committee chairman")."""
    cast = build_cast(
        [
            _profile("a1", "John Roe", 5, roles=("Ohio Gov.", "(R-OH)"), source_type="official",
                     affiliation="Ohio government"),
            _profile("a2", "Hal Dee", 5, roles=("a former Democratic chairman",), source_type="expert"),
            _profile("a3", "Di Lee", 5, source_type="political", affiliation="Republican Party"),
            _profile("a4", "Al Fox", 5, source_type="political", affiliation="Democratic Party"),
        ]
    )
    sides = {m.name: m.side for m in cast.members}
    assert (sides["John Roe"], sides["Hal Dee"]) == ("Republican Party", "Democratic Party")
    assert cast.typed[("a1", "John Roe")][1] == "Ohio government"  # still the state's governor


def test_a_bare_spokeswoman_speaks_for_the_campaign_named_just_before():
    """A reader found "Spokeswoman Jessica Ditto said", after "Donald Trump’s campaign is defending ...",
    of no kind and no side."""
    text = "Max Roe’s campaign is defending his tweets.\n\nSpokeswoman Ann Poe said via email that it would."
    assert descriptions_of(text, "Ann Poe") == ["Spokeswoman for the Roe campaign"]
    assert classify([("Spokeswoman for the Roe campaign", 1)], "Ann Poe", "person").affiliation == "Roe campaign"
    assert descriptions_of("Spokeswoman Ann Poe said the mayor would run.", "Ann Poe") == []


def test_a_party_s_presidential_nominee_named_only_so_is_the_corpus_nominee_of_that_party():
    """A reader found "The GOP presidential nominee argued ..." a member of the cast of its own."""
    nominee = _profile("a1", "Max Roe", 9, roles=("Republican presidential nominee",), source_type="political",
                       affiliation="Roe campaign")
    described = _profile("a2", "GOP presidential nominee", 1, source_type="political")
    former = _profile("a3", "former Republican presidential nominee", 1, source_type="political")
    cast = build_cast([nominee, described, former])
    assert cast.of[("a2", "GOP presidential nominee")].name == "Max Roe"
    assert cast.of[("a3", "former Republican presidential nominee")].name != "Max Roe"


def test_a_speaker_of_one_kind_in_most_statements_is_that_kind_in_every_article():
    """A reader found a candidate quoted 190 times as a politician typed "business" in the three
    statements of an article calling him a real estate mogul."""
    group = [
        _profile("a1", "Max Roe", 20, source_type="political", affiliation="Roe campaign"),
        _profile("a2", "Max Roe", 30),  # no description: the speaker's kind
        _profile("a3", "Max Roe", 3, source_type="business", affiliation="Roe Organization"),
    ]
    cast = build_cast(group)
    assert cast.typed[("a3", "Max Roe")][0] == "political"
    split = build_cast([group[0], replace(group[2], n_statements=20)])  # no kind holds three in four
    assert split.typed[("a3", "Max Roe")][0] == "business"


def test_an_official_no_description_places_speaks_for_the_corpus_own_government():
    def official(article: str, name: str, affiliation: str, unmarked: bool = False) -> Profile:
        return _profile(article, name, 4, source_type="official", affiliation=affiliation, unmarked=unmarked)

    placed = [official(f"a{i}", f"Ann Roe{i}", "US government") for i in range(3)]
    kerry = official("a9", "John Poe", "North Korean government", unmarked=True)  # the article's country
    cast = build_cast([*placed, kerry, official("a8", "Kim Lee", "North Korean government")])
    assert cast.typed[("a9", "John Poe")][1] == "US government"
    assert cast.typed[("a8", "Kim Lee")][1] == "North Korean government"  # placed by a description: kept
    others = [official("a2", "Bo Lee", "Mexican government"), official("a3", "Cy Lee", "Italian government")]
    split = build_cast([official("a1", "Ann Roe", "US government"), *others, kerry])
    assert split.typed[("a9", "John Poe")][1] == "North Korean government"  # no country holds half: no home


def test_a_relative_clause_of_what_someone_did_is_no_role():
    text = (
        "Poe Wins\n\nThe Republican nominee Dan Poe, who had talked about Obama being a founder of the group, "
        "spoke on Monday. Poe said he would win."
    )
    (profile,) = article_profiles("a1", text, [("Dan Poe", "person", "Poe", "unknown")], [])
    assert profile.roles == ("Republican nominee",)  # not the headline's words, nor what he talked about


def test_a_name_alone_finds_the_person_its_own_article_names():
    cast = build_cast(
        [
            _profile("a1", "Roberts", 1, source_type="official"),
            _profile("a1", "John G. Roberts Jr.", 1, source_type="official"),
            _profile("a2", "Jennifer Roberts", 3),  # another Roberts, elsewhere
            _profile("a3", "Ban", 1),
            _profile("a3", "Ban Ki-moon", 3, source_type="international"),  # the family name first
        ]
    )
    assert cast.lookup("a1", "Roberts") == cast.lookup("a1", "John G. Roberts Jr.")
    assert cast.lookup("a3", "Ban") == cast.lookup("a3", "Ban Ki-moon")
    assert len(cast.members) == 3


def test_an_age_alone_makes_an_ordinary_person_unless_the_article_says_more():
    def typed(text: str, name: str) -> str:
        return classify([(d, 1) for d in descriptions_of(text, name)], name, "person").source_type

    assert typed("Quina Roe, 25, said as she and hundreds of others marched.", "Quina Roe") == "citizen"
    assert typed("Dan Poe, 70, said he would win. The Republican nominee Dan Poe spoke.", "Dan Poe") == "political"
    assert descriptions_of("It went to Bern Poe, 1,428 to 1,153, in delegates.", "Bern Poe") == []  # a tally


def test_a_document_speaks_for_its_issuer_and_is_no_person():
    assert describe("the report").type == "organisation" and describe("The ruling").type == "organisation"
    assert describe("the report").name == "unnamed report"  # whose, the text did not say: no body "Report"

    def affiliation(name: str) -> str | None:
        return classify([("a newspaper article", 1)], name, "organisation").affiliation

    assert affiliation("Unnamed Times article") == "Times"
    assert affiliation("new Washington Post-ABC News national poll") == "Washington Post-ABC News"
    assert affiliation("report") is None  # not "Report": the text does not say whose


def test_speakers_of_several_states_speak_for_no_one_government():
    def affiliation(description: str, name: str) -> str | None:
        return classify([(description, 1)], name, "group", lambda: "united_states").affiliation

    assert affiliation("world leaders", "unnamed world leaders") is None
    assert affiliation("officials", "unnamed officials") == "US government"  # the article's own country's


def test_a_document_with_its_owners_name_is_the_owners_words():
    text = "H\n\nA Times article said he owed money. A Wednesday editorial said he did not."
    statements = [
        ("unnamed Times article", "organisation", "A Times article", None),
        ("unnamed Wednesday editorial", "organisation", "A Wednesday editorial", None),
    ]
    names = sorted(p.name for p in article_profiles("a", text, statements, []))
    assert names == ["Times", "unnamed Wednesday editorial"]  # a day says when, not whose


def test_an_acronym_after_an_article_and_a_city_are_bodies():
    """ "the NAACP" and "the FBI" are organisations as "NAACP" is; "the city of Phoenix" is the
    city's government, an official source."""
    assert describe("the NAACP").type == "organisation" and describe("the FBI").type == "organisation"
    assert describe("the city of Phoenix").type == "organisation" and type_of("City of Phoenix") == "official"


def test_a_body_named_in_capitals_is_named_before_its_leaders():
    """ "the RNC agreed" and "RNC leaders said" are one speaker, shown as the body; unnamed party
    leaders keep their description."""
    cast = build_cast([_profile("a1", "RNC leaders", 2, "group"), _profile("a2", "RNC", 1, "organisation")])
    assert [m.name for m in cast.members] == ["RNC"]
    unnamed = build_cast([_profile("a1", "unnamed party leaders", 2, "group"), _profile("a2", "party", 1, "group")])
    assert unnamed.lookup("a1", "unnamed party leaders").name == "Unnamed party leaders"
    assert unnamed.lookup("a2", "party") is not unnamed.lookup("a1", "unnamed party leaders")  # another article's


def test_a_country_named_as_a_speaker_is_its_government():
    """ "South Korea accused ..." is the state (an organisation, not a person called South Korea), an
    official source for its government, as the annotation policy types "Russia said"."""
    assert (describe("South Korea").type, describe("Saudi Arabia").type) == ("organisation", "organisation")
    typing = classify([], "South Korea", "organisation")
    assert (typing.source_type, typing.affiliation) == ("official", "South Korean government")
    assert classify([], "Acme", "organisation").source_type == "unknown"


def test_people_named_by_their_stance_are_an_unnamed_group():
    """ "Proponents, including the Conference of Mayors, have urged ..." is a group of people for the plan,
    as "Critics" is, not a person called Proponents."""
    assert describe("Proponents") == describe("the proponents")
    assert (describe("Proponents").name, describe("Opponents").type) == ("unnamed proponents", "group")


def test_a_second_reference_that_does_not_name_a_person_types_nothing():
    """ "the New York businessman" for Donald Trump says what he is known for, not what he speaks as:
    with no other description in the article his kind is left to the cast, not made "business"; a
    second reference that restates a role the article gives ("the Ohio governor" after "Ohio Gov.
    John Kasich") still types."""
    text = "Donald Trump spoke on Monday. The New York businessman said the country needs change."
    statements = [("Donald Trump", "person", "The New York businessman", "unknown")]
    (profile,) = article_profiles("a1", text, statements, [])
    assert profile.source_type == "unknown"
    text = "Ohio Gov. John Kasich spoke on Monday. The Ohio governor said the state would recover."
    (profile,) = article_profiles("a1", text, [("John Kasich", "person", "The Ohio governor", "unknown")], [])
    assert profile.source_type == "official"


def test_a_federations_hyphenated_acronym_types_its_people():
    """ "AFL-CIO president" heads a labour federation, not a state: the acronym is read whole, and a
    poll's "CNN-ORC" still by its parts."""
    assert classify([("AFL-CIO president", 2)]).source_type == "civil_society"
    assert classify([("CNN-ORC", 2)]).source_type == "media"


def test_a_states_elected_officer_is_not_the_national_government():
    """ "Republican Secretary of State Jon Husted" in an article about Ohio, "Attorney General Roy Cooper
    (D)": a state's elected officers (the federal ones are appointed and not given a party); an
    attorney general with no party is still the country's."""
    ohio = classify([("Republican Secretary of State", 2)], province=lambda: "Ohio", home=lambda: "united_states")
    assert (ohio.source_type, ohio.affiliation) == ("official", "Ohio government")
    federal = classify([("Attorney General", 2)], province=lambda: "Ohio", home=lambda: "united_states")
    assert federal.affiliation == "US government"


def test_a_present_role_outweighs_a_past_office_joined_to_it():
    joined = "a senior fellow at the Hoover Institution and a former United States ambassador to Russia"
    typing = classify([(joined, 2)], "Mike Roe", "person")
    assert (typing.source_type, typing.affiliation) == ("expert", "Hoover Institution")
    think_tank = "a fellow at the European Council on Foreign Relations who ran the European Defense Agency"
    assert classify([(think_tank, 2)], "Nick Poe", "person").source_type == "expert"
    # the past is someone else's: one description, typed as before
    supporter = "pastor of the Solid Rock Christian Church and a supporter of former governor Mike Huckabee's campaign"
    assert classify([(supporter, 2)], "Brad Doe", "person") == classify([(supporter.replace("former ", ""), 2)],
                                                                         "Brad Doe", "person")


def test_fellow_before_a_noun_is_no_post():
    assert type_of("a fellow Republican") == "political"
    assert type_of("fellow senators") == "official"
    assert type_of("a Brookings fellow") == "expert"


def test_an_office_named_as_the_speaker_speaks_for_the_state_it_names():
    typing = classify([("The New York state attorney general", 2)], "New York state attorney general", "person")
    assert (typing.source_type, typing.affiliation) == ("official", "New York government")
    assert classify([("New York businessman", 2)], "New York businessman", "person").affiliation is None
    assert type_of("United States Citizenship and Immigration Services") == "official"


def test_and_between_two_titled_names_joins_no_title():
    text = "Presumptive GOP nominee Donald Trump and House Speaker Paul Ryan said they would unite."
    assert descriptions_of(text, "Paul Ryan") == ["House Speaker"]


def test_outlets_and_brands_named_alone_are_bodies(tmp_path: Path):
    text = (
        "Fact checks\n\nPolitiFact said the claim was false. Vox reported that the bill passed. "
        "OpenSecrets said donors gave more. In a statement, McLenney said he would appeal. "
        "In a statement, Peabody said it would appeal. Peabody kept its mines open. Smith said it was over.\n"
    )
    cast = {r["name"]: r for r in _exported(tmp_path, {"a.txt": text})["cast"]}
    assert cast["Peabody"]["type"] == "organisation"  # "Peabody kept its mines": a body
    assert cast["Smith"]["type"] == "person"  # "said it was over" is no sign
    assert (cast["PolitiFact"]["type"], cast["PolitiFact"]["source_type"]) == ("organisation", "media")
    assert cast["Vox"]["source_type"] == "media"
    assert cast["OpenSecrets"]["type"] == "organisation"  # a capital inside one word: a brand
    assert cast["McLenney"]["type"] == "person"  # a surname's prefix is no brand


def test_an_unnamed_body_speaks_for_no_body_of_that_name():
    typing = classify([("a group of researchers", 2)], "Unnamed group", "organisation")
    assert typing.source_type == "expert" and typing.affiliation is None  # not "Unnamed group"
    assert classify([("a group of researchers", 2)], "Acme Group", "organisation").affiliation == "Acme Group"


def test_a_bare_generic_head_is_one_body_per_article():
    cast = build_cast(
        [_profile(article, name, 1, kind="organisation") for article in ("a1", "a2") for name in ("Agency", "FBI")]
    )
    assert cast.lookup("a1", "Agency") is not cast.lookup("a2", "Agency")  # each article's "the agency"
    assert cast.lookup("a1", "FBI") is cast.lookup("a2", "FBI")


def test_words_quoted_beside_a_speaker_take_the_speakers_side(tmp_path: Path):
    text = (
        "Debate\n\nDemocratic presidential nominee Jane Roe said 3,000 people came. “We will win,” Roe said. "
        "Roe said that Smith’s “only experience in government” was a failure."
    )
    quotes = _exported(tmp_path, {"a.txt": text})["quotes"]
    sides = {(q["speaker"], q["scare"]): q["speaker_side"] for q in quotes if q["speaker"] == "Jane Roe"}
    assert ("Jane Roe", True) in sides  # the label "only experience in government" is quoted beside her
    assert sides[("Jane Roe", True)] == sides[("Jane Roe", False)]


def test_a_delayed_lede_is_the_person_the_article_names_later():
    lede = _profile("a1", "unnamed former Democratic National Committee chairman", 1,
                    mentions=("A former Democratic National Committee chairman",))
    fowler = _profile("a1", "Don Fowler", 6, roles=("who helmed the DNC from 1995 to 1997",))
    rendell = _profile("a1", "Ed Rendell", 1, roles=("a former DNC chairman",))
    cast = build_cast([lede, fowler, rendell])
    assert cast.lookup("a1", lede.name) is cast.lookup("a1", "Don Fowler")  # the one the article is about
    named_first = build_cast([fowler, lede])  # a role speaking after the person is someone else
    assert named_first.lookup("a1", lede.name) is not named_first.lookup("a1", "Don Fowler")
    anonymous = _profile("a1", "unnamed White House official", 1, mentions=("A White House official",))
    aide = _profile("a1", "Josh Earnest", 5, roles=("White House press secretary",))
    assert build_cast([anonymous, aide]).lookup("a1", anonymous.name).name != "Josh Earnest"


def test_a_named_person_has_one_side_wherever_they_speak():
    people = [
        _profile("a1", "Ann Roe", 30, source_type="political", affiliation="Roe campaign"),
        _profile("a2", "Ann Roe", 5, source_type="political", affiliation="Democratic Party"),
        _profile("a3", "Bo Lee", 20, source_type="political", affiliation="Democratic Party"),
        _profile("a4", "unnamed officials", 10, "group", source_type="official", affiliation="Roe campaign"),
        _profile("a5", "unnamed officials", 10, "group", source_type="official", affiliation="Democratic Party"),
    ]
    cast = build_cast(people)
    assert cast.typed[("a1", "Ann Roe")][2] == cast.typed[("a2", "Ann Roe")][2] == "Roe campaign"
    assert cast.typed[("a3", "Bo Lee")][2] == "Democratic Party"
    # a kind of speaker, not one person: each statement's own side
    assert cast.typed[("a4", "unnamed officials")][2] != cast.typed[("a5", "unnamed officials")][2]


def test_a_body_the_gazetteer_knows_keeps_its_kind_whatever_a_mention_made_it():
    """A reader found Politico typed a person: "a new report by Politico" was read as a person's
    description, and those statements outnumbered the others."""
    cast = build_cast([_profile("a1", "Politico", 2), _profile("a2", "Politico", 1, kind="organisation")])
    assert cast.lookup("a1", "Politico").type == "organisation" == cast.lookup("a2", "Politico").type


@pytest.mark.parametrize(
    ("mention", "kind"),
    [("The Hill", "organisation"), ("The New Yorker", "organisation"), ("The Donald", "person"),
     ("The Europeans", "group"),  # a reader found the people of a continent typed as a person
     ("the Rev. Al Sharpton", "person"), ("the Utah Republican", "person"), ("The Clintons", "person")],
)
def test_a_name_after_the_is_a_body_unless_a_person_could_be_so_named(mention: str, kind: str) -> None:
    """Readers found "The Hill reported" and "The New Yorker" listed as people named Hill and New Yorker."""
    assert describe(mention).type == kind


def test_a_body_called_the_times_is_the_one_the_article_names_in_full() -> None:
    """A reader found "the Times wrote" a body apart from the New York Times the article names; an
    article naming two Times says not which."""
    text = "A New York Times article said so. “It was bad,” the Times wrote. It added more."
    statements = [("Times", "person", "the Times", None), ("Times", "person", "it", None)]
    assert [p.name for p in article_profiles("a", text, statements, [])] == ["New York Times"]
    both = text + " The Los Angeles Times disagreed."
    assert [p.name for p in article_profiles("a", both, statements, [])] == ["Times"]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Senator Rand Paul of Kentucky", "Rand Paul"),
        ("Representative Peter T. King of New York", "Peter T. King"),
        ("The Republic of Turkey", "Republic of Turkey"),  # a body of the place stays the body
        ("Bank of America", "Bank of America"),
    ],
)
def test_a_person_of_a_place_is_the_person(mention: str, name: str) -> None:
    """A reader found "Vermont" and, in the train split, "Kentucky" and "New York" listed as people:
    the place a legislator is "of" taken for the speaker."""
    assert describe(mention).name == name


def test_a_state_that_speaks_is_its_government() -> None:
    """A reader found "a 15-count complaint by Vermont" filed under a person "Vermont", a business source."""
    text = (
        "The U.S. Securities and Exchange Commission and Vermont sued the developers in the United States. "
        "American investors lost money, U.S. officials said."
    )
    [profile] = article_profiles("a", text, [("Vermont", "person", "Vermont", None)], [])
    assert (profile.type, profile.source_type) == ("organisation", "official")
