"""The corpus configuration (corpus.yml), country sides without one, and the side scale of the charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_utils import charts
from corpus_utils.actors import configure, describe, gazetteer
from corpus_utils.config import ConfigError, CorpusConfig, load_config, parse_config
from corpus_utils.countries import country_words, demonym_mentions, key_of
from corpus_utils.front import md_escape

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

STRIKE = {
    "title": "Strike at the docks",
    "sides": [
        {"key": "union", "label": "Dockworkers", "colour": "#2b6cb0", "party": True,
         "actors": ["Harbour Workers Union"]},
        {"key": "port", "label": "Port authority", "party": True, "places": ["Port Alder"], "words": ["port-backed"]},
        {"key": "others", "countries": ["*"]},
    ],
    "actors": [{"name": "Harbour Workers Union", "aliases": ["HWU"], "type": "organisation"}],
    "places": [{"name": "Port Alder", "country": "canada"}],
}


@pytest.fixture
def strike() -> object:
    configure(parse_config(STRIKE))
    yield
    configure(CorpusConfig())


def test_the_seed_configuration_keeps_the_seed_sides_and_title():
    config = load_config(SEEDS / "corpus.yml")
    assert config.title == "How the news tells the war"
    assert [s.key for s in config.sides] == ["ukraine", "russia", "united_states", "other", "media", "unknown"]
    assert config.party_sides() == {"ukraine", "russia"}
    assert config.side_for("china") == "other" and config.side_for("international") == "other"
    assert config.side_for("media") == "media" and config.side_for(None) == "unknown"


def test_without_a_configuration_a_speaker_side_is_the_country():
    configure(CorpusConfig())
    assert describe("the Brazilian government").side == "brazil"
    assert describe("Kenyan police").side == "kenya"
    assert describe("officials in Nairobi").side == "kenya"
    assert describe("the World Health Organization").side == "international"
    assert describe("Reuters").side == "media"
    assert describe("a spokesperson").side == "unknown"
    assert describe("the defence ministry in Moscow").name == "Russian Defence Ministry"
    assert describe("the interior ministry in Nairobi").name == "Kenyan interior ministry"


def test_country_words_come_from_the_data_and_resolve_collisions_by_rule():
    words = country_words()
    assert words["Brazilian"] == "brazil" and words["Ukrainians"] == "ukraine"
    assert words["French"] == "france"  # not one of France's overseas departments
    assert words["Chinese"] == "china"  # not Hong Kong
    assert "Georgia" not in words  # also a US state: only "Georgian" counts
    assert words["New Mexico"] == ""  # a state of the United States blocks "Mexico"
    assert "CAN" not in words  # ISO codes are not words
    assert key_of("The Bahamas") == "bahamas" and key_of("United States") == "united_states"
    assert demonym_mentions("Kenyan and Americans") == [(0, 6, "Kenya"), (11, 20, "United States")]


def test_a_first_name_before_a_name_is_not_a_country():
    configure(CorpusConfig())
    gaz = gazetteer()
    assert gaz.country_of("Chad Smith said") is None
    assert describe("Chad Smith").name == "Chad Smith"
    assert gaz.country_of("the government of Chad said") == "chad"
    assert gaz.country_of("pro-Russian separatists") == "russia"
    assert gaz.country_of("the New Mexico governor") is None
    assert gaz.country_of("one of us") is None  # "US" only in capitals


def test_a_configured_side_collects_its_actors_places_and_words(strike):
    assert describe("the Harbour Workers Union").side == "union"
    assert describe("HWU").name == "Harbour Workers Union"
    assert describe("officials in Port Alder").side == "port"
    assert describe("port-backed managers").side == "port"
    assert describe("Kenyan police").side == "others"  # a country no side names: the '*' side
    assert describe("a spokesperson").side == "unknown"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sidez: []", "unknown key 'sidez'"),
        ("title: [a, b]", "title: expected text"),
        ("title: '<b>x</b>'", "contains < or >"),
        ("sides: [{key: a, colour: blue}]", "sides[0].colour: 'blue' is not a colour"),
        ("sides: [{key: A}]", "sides[0].key: 'A' is not a key"),
        ("sides: [{key: a}, {key: a}]", "sides[1].key: 'a' is already the key of sides[0]"),
        ("sides: [{key: a, countries: [narnia]}]", "sides[0].countries[0]: 'narnia' is not a country key"),
        ("sides: [{key: a, actors: [Nobody Known]}]", "'Nobody Known' is not a known actor; declare it under actors"),
        ("sides: [{key: a, countries: ['*']}, {key: b, countries: ['*']}]", "'*' already belongs to sides[0]"),
        ("sides: [{key: a, party: maybe}]", "sides[0].party: expected true or false"),
        ("actors: [{aliases: [x]}]", "actors[0]: missing name"),
        ("actors: [{name: X, type: robot}]", "actors[0].type: 'robot' is not one of"),
        ("sides: [{key: a}]\nactors: [{name: X, side: b}]", "actors[0].side: 'b' is not a side key"),
        ("places: [{name: X, country: narnia}]", "places[0].country: 'narnia' is not a country key"),
        ("title: [unclosed", "not valid YAML (line 1)"),
        ("- a list", "the file: expected a mapping"),
    ],
)
def test_a_bad_configuration_is_one_line_naming_the_key(tmp_path: Path, text: str, message: str):
    path = tmp_path / "corpus.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_an_unreadable_configuration_is_one_line(tmp_path: Path):
    path = tmp_path / "corpus.yml"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match=r"not UTF-8|not valid YAML"):
        load_config(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.yml")


def test_the_side_scale_uses_labels_and_colours_and_groups_the_smallest():
    settings = parse_config(STRIKE).to_json()
    scale = charts.side_scale(settings, {"port": 3, "union": 5, "unknown": 1})
    assert scale.order == ("Dockworkers", "Port authority", "Unknown")  # the configuration's order
    assert scale.colours[0] == "#2b6cb0" and scale.note is None
    many = {f"country_{i}": 10 - i for i in range(10)} | {"unknown": 4}
    scale = charts.side_scale({}, many, most=5)
    assert scale.order == ("Country 0", "Country 1", "Country 2", "Unknown", charts.OTHERS)
    assert scale.label("country_9") == charts.OTHERS and str(scale.note).startswith("7 sides")
    assert charts.side_scale({}, {"kenya": 2}).label("kenya") == "Kenya"


def test_markdown_escaping_leaves_no_markup():
    text = md_escape("*bold* <script>x</script> [link](http://e) {doc}`x` # head")
    unescaped = re.sub(r"\\.", "", text)  # what is left once every escaped character is taken out
    assert not re.search(r"[*<>\[\]()`{}#]", unescaped)
    assert md_escape("a\n\n# b") == "a \\# b"  # no new paragraph or heading


def test_the_introduction_says_how_speakers_are_grouped_without_sides():
    from collections import Counter

    from corpus_utils.front import CorpusFacts, intro_markdown

    facts = CorpusFacts(2, Counter({"Herald": 2}), "2024-01-01", "2024-01-02", 0)
    text = intro_markdown(CorpusConfig(), facts, "{corpus}")
    assert "largest affiliations" in text and "country" in text
