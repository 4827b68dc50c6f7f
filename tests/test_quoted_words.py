"""What a quotation with no speaker is: someone's words, a name or term, the writer's distance."""

import pandas as pd
import pytest

from corpus_utils.quoted_words import (
    DISTANCE,
    NAME_OR_TERM,
    NO_CUE,
    SOMEONES_WORDS,
    read_quoted_words,
    summary,
    unattributed_readings,
)


@pytest.mark.parametrize(
    ("quote", "sentence", "kind", "cue"),
    [
        (
            "medical problem",
            "On her discharge papers, in a box labeled “medical problem,” a doctor typed it.",
            NAME_OR_TERM,
            "labeled",
        ),
        ("Feed", 'A blog, called the "Feed," anchored the site.', NAME_OR_TERM, "called"),
        ("chick lit", 'It is a subgenre of fiction known as "chick lit."', NAME_OR_TERM, "known as"),
        (
            "targeted employment area",
            'It needs a "targeted employment area," which is defined as an urban area.',
            NAME_OR_TERM,
            "defined as",
        ),
        ("Politicking", 'The network licenses "Politicking" from Ora.', NAME_OR_TERM, "capitals (a title)"),
        ("losers", 'He calls people "losers" at every rally.', SOMEONES_WORDS, "calls"),
        (
            "learn nothing",
            'Contrary to his claim that people would "learn nothing," there is much to learn.',
            SOMEONES_WORDS,
            "claim",
        ),
        ("never", "He began by saying he would “never” diagnose anyone.", SOMEONES_WORDS, "saying"),
        ("It's about me", 'Obama is rolling out a new campaign message: "It\'s about me."', SOMEONES_WORDS, "a colon"),
        ("rebels", "The United States armed the so-called “rebels” in the north.", DISTANCE, "so-called"),
        ("head", "The article closes with a clear implication about the woman’s “head.”", NO_CUE, ""),
        # not cues: a verb that convenes, a passive that admits, a capitalised name
        ("special meeting", "The chair has authority to call a “special meeting” to vote.", NO_CUE, ""),
        (
            "national enterprise reporter",
            "The Post sent its “national enterprise reporter” to a living room.",
            NO_CUE,
            "",
        ),
        ("Invisible", "How U.S. History Makes Latinos Feel “Invisible”", NO_CUE, ""),
    ],
)
def test_the_cue_beside_a_quotation_says_what_it_is(quote: str, sentence: str, kind: str, cue: str) -> None:
    reading = read_quoted_words(quote, sentence)
    assert (reading.kind, reading.cue) == (kind, cue)


def test_an_owner_or_the_same_words_quoted_elsewhere_make_them_someones_words() -> None:
    sentence = "The “sex tape” reference was about footage of Machado."
    beside = read_quoted_words("sex tape", sentence, owner="Donald Trump")
    assert str(beside) == "someone’s words (Donald Trump, named beside them)"
    elsewhere = read_quoted_words("sex tape", sentence, said_elsewhere="Donald Trump")
    assert str(elsewhere) == "someone’s words (Donald Trump, quoted elsewhere in the article)"
    assert (
        str(read_quoted_words("sex tape", sentence, said_elsewhere=""))
        == "someone’s words (quoted elsewhere in the article)"
    )
    assert read_quoted_words("sex tape", sentence).kind == NO_CUE


def test_coordinated_quotations_share_a_reading() -> None:
    sentence = 'He calls people "losers" and "sad."'
    first = read_quoted_words("losers", sentence)
    assert read_quoted_words("sad", sentence, previous=first) == first


def _row(
    article: str,
    quote: str,
    sentence: str,
    start: int,
    *,
    scare: bool,
    speaker: str | None = None,
    kind: str = "partial",
) -> dict:
    return {
        "article_id": article,
        "quote": quote,
        "sentence": sentence,
        "char_start": start,
        "scare": scare,
        "speaker": speaker,
        "kind": kind,
    }


def test_table_readings_find_the_words_in_a_statement_of_the_same_article_only() -> None:
    quotes = pd.DataFrame(
        [
            _row(
                "a",
                "check out sex tape",
                "Trump wrote: “check out sex tape”.",
                0,
                scare=False,
                speaker="Donald Trump",
                kind="direct",
            ),
            _row("a", "sex tape", "The “sex tape” reference was old.", 40, scare=True),
            _row("b", "sex tape", "The “sex tape” reference was old.", 40, scare=True),
            _row("a", "smart", "What he considers “smart” is evasive.", 90, scare=True),
            _row(
                "a",
                "That makes me smart",
                "He said: “That makes me smart.”",
                120,
                scare=False,
                speaker="Donald Trump",
                kind="direct",
            ),
        ]
    )
    read = unattributed_readings(quotes)
    assert list(zip(read["article_id"], read["quote"], read["shown"], strict=True)) == [
        ("a", "sex tape", "someone’s words (Donald Trump, quoted elsewhere in the article)"),
        ("a", "smart", "no cue"),  # one word inside a longer quotation is anyone's vocabulary
        ("b", "sex tape", "no cue"),
    ]
    assert summary(read).startswith("3 words in quotation marks without a speaker: 1 is someone’s words")
    assert summary(read.iloc[:0]) == "No words in quotation marks without a speaker."


def test_a_short_phrase_inside_a_longer_quotation_is_not_its_speakers():
    """A doctor typed "homicidal ideation"; the patient's long quotation later repeats the words: the
    typed words are not hers. Three words or more inside another quotation are that speaker's."""
    quotes = pd.DataFrame(
        [
            _row("a", "homicidal ideation", "A doctor had typed “homicidal ideation.”", 0, scare=True),
            _row(
                "a",
                "She was not a person with homicidal ideation at all",
                "“She was ...,” she said.",
                50,
                scare=False,
                speaker="Melanie",
                kind="direct",
            ),
            _row("a", "a rigged system", "He decried “a rigged system.”", 90, scare=True),
            _row(
                "a",
                "This is a rigged system, folks",
                "“This is ...,” Trump said.",
                120,
                scare=False,
                speaker="Donald Trump",
                kind="direct",
            ),
        ]
    )
    read = unattributed_readings(quotes)
    assert list(read["shown"]) == ["no cue", "someone’s words (Donald Trump, quoted elsewhere in the article)"]
