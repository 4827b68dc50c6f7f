"""The export's cheap tests before expensive searches change no result.

Each screen or lookahead added for speed (issue 14) is a necessary condition of a match; these
properties compare it with the search it guards, on text generated from the words the screens
look for, their look-alikes and arbitrary characters. A screen that wrongly turned a text away
fails here.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_utils.articles import Sentence, abbreviations
from corpus_utils.data import data_yaml
from corpus_utils.framing import (
    _CAPITALISED,
    _QUOTE_AT_EDGE,
    _finditer,
    entry_starts,
    kept_starts,
    lexicons,
    mask_names,
    reporters_words,
)
from corpus_utils.numbers import _A_UNIT, _patterns
from corpus_utils.numerals import _NUMERAL, _NUMERAL_IN_LOWER_CASE, _OPENING
from corpus_utils.prefilter import screen_text
from corpus_utils.quotes.attribution import _cue_screen, _cue_words
from corpus_utils.quotes.evidence import _screen as evidence_screen
from corpus_utils.quotes.evidence import lexicon as evidence_lexicon
from corpus_utils.quotes.words import _TOKEN, _token_pattern, tokens
from corpus_utils.timeline.events import _opening_date
from corpus_utils.wordtrie import trie_pattern

_PIECES = [
    *("said", "Says", "SAID", "unsaid", "said.", "“said”", "said’s", "according", "to", "pre-war", "warmth"),
    *("half a dozen", "a dozen", "dozens of", "tens of thousands", "3.5", ".5", "1,200", "twenty-five", "a"),
    *("Sen.", "Gov.", "Dr.", "Jr.", "U.S.", "P.", "Mr", "approx.", "K", "İ", "ı", "ſ", "\N{KELVIN SIGN}"),
    *("’", "'", "-", ",", ".", "(", ")"),
]


def _entries() -> list[str]:
    """Every entry of the framing lists and every cue word, as a text would hold them."""
    data = data_yaml("framing.yml")
    listed = [*data["distancing"], *data["loaded"], *(w for words in data["frames"].values() for w in words)]
    return sorted({e.rstrip("*") for e in listed} | {e.replace("*", "s") for e in listed} | _cue_words())


WORDS = st.one_of(st.sampled_from(_PIECES), st.sampled_from(_entries()), st.text(max_size=4))
TEXTS = st.lists(WORDS, max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_sentence_the_cue_screen_turns_away_has_no_cue_word(text: str):
    if _cue_screen().search(screen_text(text)) is None:
        assert not [t.text for t in tokens(Sentence(0, text, 0, len(text), 0)) if t.low in _cue_words()]




def _case_blind_starts() -> re.Pattern[str]:
    """The framing lists' starts pattern as it was, searched in the text itself."""
    data = data_yaml("framing.yml")
    frames = [w for words in data["frames"].values() for w in words]
    entries = [*data["distancing"], *data["loaded"], *data["descriptive_phrases"], *frames]
    heads = sorted({re.split(r"[ *]", entry, maxsplit=1)[0] for entry in entries})
    return re.compile(rf"(?<![\w-])(?={trie_pattern(heads)})", re.I)


_EVIDENCE_WORDS = st.sampled_from(sorted(evidence_lexicon().showing | evidence_lexicon().documents))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(WORDS, _EVIDENCE_WORDS, _EVIDENCE_WORDS.map(str.upper)), max_size=25).map(" ".join))
def test_the_lower_case_searches_of_the_screen_text_find_what_the_case_blind_ones_find(text: str):
    for screen in (_cue_screen(), evidence_screen()):
        case_blind = re.compile(screen.pattern, re.I)  # as it was
        assert [m.span() for m in screen.finditer(screen_text(text))] == [m.span() for m in case_blind.finditer(text)]
    assert entry_starts(text) == [m.start() for m in _case_blind_starts().finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_framing_lists_match_where_finditer_would(text: str):
    lex = lexicons()
    starts = entry_starts(text)
    for pattern in (lex.distancing, lex.loaded, *lex.frames.values()):
        assert [m.span() for m in _finditer(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


_EDGES = st.text(alphabet="aZ'\"’&.-,!?;: \n1_é", max_size=12)


@settings(max_examples=500, deadline=None)
@given(_EDGES)
def test_the_patterns_that_open_with_their_character_match_as_with_the_lookbehind_first(text: str):
    quote_at_edge = re.compile(r"(?<![\w])[\"']+|(?<=[\w.,!?;:])[\"']+(?![\w])")
    capitalised = re.compile(r"(?<![\w'’&.-])[A-Z](?:[\w'’&-]|\.(?=\w))*")
    assert [m.span() for m in _QUOTE_AT_EDGE.finditer(text)] == [m.span() for m in quote_at_edge.finditer(text)]
    assert [m.span() for m in _CAPITALISED.finditer(text)] == [m.span() for m in capitalised.finditer(text)]


_QUOTING = st.sampled_from(["“", "”", '"', "’", "'", "Said", "The", "U.S.", "X-ray", "xenophobic"])
QUOTED_TEXTS = st.lists(st.one_of(WORDS, _QUOTING), max_size=25).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(QUOTED_TEXTS)
def test_the_starts_kept_by_masking_are_the_starts_of_the_masked_text(text: str):
    masked = mask_names(text)
    own = reporters_words(masked)
    assert kept_starts(entry_starts(text), text, masked) == entry_starts(masked)
    assert kept_starts(entry_starts(masked), masked, own) == entry_starts(own)


_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "", "-"])
HEDGED_UNITS = st.tuples(
    st.text(max_size=4),
    st.sampled_from(["about", "nearly", "More than", "over", "a", "(about"]),
    _SPACES,
    st.sampled_from(["a", "an", "An", "A", "the"]),
    _SPACES,
    st.sampled_from(["decade", "YEAR", "Century", "months", "weekend", "day"]),
    st.text(max_size=4),
).map(lambda parts: parts[0] + " " + "".join(parts[1:]))


@settings(max_examples=500, deadline=None)
@given(HEDGED_UNITS)
def test_a_text_the_hedged_unit_screen_turns_away_has_no_hedged_unit(text: str):
    if _A_UNIT.search(text) is None:
        assert _patterns()["a_unit"].search(text) is None


_OPENINGS = ["On", "in", "IN", "June 8", "june 8", "Monday", "ſunday", "Sunday", ",", "  ", "The Day", "K", "ı", "İn"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OPENINGS), max_size=5).map(" ".join), st.sampled_from(_OPENINGS[3:]))
def test_a_date_phrase_opens_a_sentence_where_the_whole_pattern_says(text: str, timex_text: str):
    preposition = r"(?:in|on|at|during|since|by|over|until|before|after|earlier|later)\s+"
    whole = re.match(rf"(?:{preposition})?{re.escape(timex_text)}\s*,?\s*", text, re.I)  # as it was
    opening = _opening_date(text, timex_text)
    assert (opening and opening.span()) == (whole and whole.span())


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_numeral_lookahead_changes_no_match(text: str):
    unguarded = re.compile(_NUMERAL.pattern.removeprefix(_OPENING), _NUMERAL.flags)
    assert [(m.span(), m.lastgroup) for m in _NUMERAL.finditer(text)] == [
        (m.span(), m.lastgroup) for m in unguarded.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, st.sampled_from(["TWENTY-FIVE", "One", "ONE dozen", "Hundreds of"])), max_size=25))
def test_the_numeral_pattern_finds_in_lower_case_what_it_finds_in_the_text(words: list[str]):
    text = " ".join(words)
    assert [(m.span(), m.lastgroup) for m in _NUMERAL_IN_LOWER_CASE.finditer(screen_text(text))] == [
        (m.span(), m.lastgroup) for m in _NUMERAL.finditer(text)
    ]


_TITLES = sorted((w for w in abbreviations() if w.isalpha()), key=lambda w: (-len(w), w))
_PLAIN_TOKENS = re.compile(  # the token pattern as it was: every title tried at every position
    rf"(?:(?i:{'|'.join(_TITLES)})|[A-Z])\.(?=\s+[A-Z(])|(?i:jr|sr)\.(?=[\s,(]|$)|{_TOKEN.pattern}"
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_token_pattern_matches_the_plain_alternation_of_titles(text: str):
    assert [m.span() for m in _token_pattern().finditer(text)] == [m.span() for m in _PLAIN_TOKENS.finditer(text)]


_VADER_PIECES = ["good", "Good!", "(good,", "'bad'", "not", "but", "very", ":)", "kind of", "!!", "?!", "-", "'", "a"]
_VADER_PIECES += ["GREAT", "NOT", "But", "VERY"]  # words in capitals, and "but" opening a sentence


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_VADER_PIECES), WORDS), max_size=20).map(" ".join))
def test_vaders_scores_with_and_without_the_lexicon_screen(text: str):
    from corpus_utils.framing import analyzer, plain_typography, scored_words

    assert scored_words(text)[0] == analyzer().polarity_scores(plain_typography(text))


def _spellings() -> list[str]:
    """Spellings of known actors, with pieces that join to them or end a sentence."""
    data = data_yaml("actors.yml")
    names = [n for e in data["actors"][:60] for n in (e["name"], *e.get("aliases", []))]
    return [*names, "New", "York", "U.S.", "-", "_", "x", ".", " ", "\n", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_spellings()), max_size=20).map(" ".join), st.data())
def test_the_mentions_within_a_sentence_are_those_a_search_of_it_finds(text: str, data):
    from corpus_utils.actors import gazetteer

    gaz = gazetteer()
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    piece = text[start:end]
    assert gaz.mentions_within(text, gaz.actor_mentions(text), piece, start) == gaz.actor_mentions(piece)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Imeysl’'. “”\"\nax", max_size=30))
def test_the_first_person_pattern_opening_with_its_letter_matches_as_with_the_lookbehind_first(text: str):
    from corpus_utils.provenance import _FIRST_PERSON
    from corpus_utils.quotes.marks import quoted_spans

    plain = re.compile(r"(?<![\w.’'])(?:I|me|my|myself)(?:['’](?:m|ve|d|ll))?(?![\w.’'])")
    assert [m.span() for m in _FIRST_PERSON.finditer(text)] == [m.span() for m in plain.finditer(text)]
    outside = list(text)
    for span in quoted_spans(text)[0]:
        outside[span.open_mark : span.close_mark + 1] = " " * (span.close_mark + 1 - span.open_mark)
    # first_person_column's screen: blanking the quotations only takes uses away
    assert len(_FIRST_PERSON.findall("".join(outside))) <= len(_FIRST_PERSON.findall(text))


def _joined_words(*pools: list[str], alphabet: str) -> st.SearchStrategy[str]:
    """Texts of words from the pools and short runs of the alphabet, every third one joined to the next."""
    words = st.one_of(*map(st.sampled_from, pools), st.text(alphabet=alphabet, max_size=3))
    return st.lists(words, max_size=14).map(lambda ws: "".join(w + (" " if i % 3 else "") for i, w in enumerate(ws)))


_NAMES = _joined_words(
    ["His", "his", "Her", "her", "Their", "their", "Tis", "Heir", "ex-", "former", "wife", "son", "’s"],
    ["Melanie", "Al", "Ann", "Justice", "Department", "of", "the", "Budget", "Office", "New"],
    alphabet="aZ'’-_é. \n\t",
)


@settings(max_examples=500, deadline=None)
@given(_NAMES)
def test_the_resolvers_patterns_that_open_with_their_letter_match_as_before(text: str):
    from corpus_utils.actors import speaker_nouns
    from corpus_utils.quotes.resolver import _FIRST_NAME_ALONE, _KIN, body_names

    heads = "|".join(sorted(h.capitalize() for h in speaker_nouns()["body_heads"]))
    before = {
        _KIN: r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:ex-|former\s+|late\s+)?"
        r"(?P<kin>wife|husband|son|daughter|mother|father|sister|brother|widow|widower)\b(?![’']s)",
        _FIRST_NAME_ALONE: r"(?=[A-Z])\b([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])(?!['’-])",
        body_names(): rf"(?=[A-Z])(?:[A-Z][\w’'-]+\s+(?:(?:of|for|and|on|the|a)\s+)*){{1,5}}(?:{heads})\b",
    }
    for pattern, plain in before.items():
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in re.finditer(plain, text)], pattern.pattern


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12.,5a mkMgl_-é\n", max_size=20))
def test_the_glued_measure_opening_with_its_digit_matches_as_with_the_lookbehind_first(text: str):
    from corpus_utils.numbers import _alternation, lexicon

    glued = _patterns()["glued"]
    plain = rf"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)(?P<unit>{_alternation(lexicon().measures)})(?![\w])"
    assert [(m.span(), m.groups()) for m in glued.finditer(text)] == [
        (m.span(), m.groups()) for m in re.finditer(plain, text)
    ]


_NUMBER_TEXTS = st.lists(
    st.sampled_from(["seven", "seventy", "Seventeen", "six", "sixty", "one", "hundred", "and", "a", "half", "-"])
    | st.sampled_from(["years", "days", "ago", "about", "the", "past", "dozen", "3", "1,200", "K", "ſ"])
    | st.text(alphabet="ey- \n1", max_size=3),
    max_size=12,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_NUMBER_TEXTS)
def test_the_number_words_as_a_trie_match_as_their_alternation_longest_first(text: str):
    from corpus_utils import numerals
    from corpus_utils.timeline.rules import RULES

    alternation = "|".join(sorted(numerals._WORDS, key=len, reverse=True))
    for pattern in (_NUMERAL, *(rule.pattern for rule in RULES)):
        plain = re.compile(pattern.pattern.replace(numerals._WORD, alternation), pattern.flags)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], pattern.pattern[:60]


_DOCUMENT_TEXTS = _joined_words(
    ["ad", "ads", "Ad", "advertisement", "video", "clip", "spot", "commercial", "bad", "ad-hoc"],
    ["statement", "statements", "release", "lawsuit", "suit", "email", "e-mail", "report", "reports"],
    ["“", "”", '"', "‘", "\n", "\n\n"],
    alphabet="ads_é-\n“",
)


@settings(max_examples=500, deadline=None)
@given(_DOCUMENT_TEXTS)
def test_the_patterns_opening_on_their_words_letters_match_as_the_alternations(text: str):
    from corpus_utils.quotes.issuers import _AD, _DOCUMENT
    from corpus_utils.quotes.marks import _MARK_OR_BREAK

    before = {
        _AD: r"\b(?:ad|ads|advertisement|video|clip|spot|commercial)\b",
        _DOCUMENT: r"\b(?:statement|release|lawsuit|suit|complaint|letter|memo|email|report)\b",
        _MARK_OR_BREAK: "\n\n|[“”\"‘]",
    }
    for pattern, plain in before.items():
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(plain, text)], plain
