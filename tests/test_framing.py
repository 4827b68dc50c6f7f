"""Tone with the words behind it, distancing, loaded words, frames and the profiles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_utils import framing, report
from corpus_utils.articles import parse_article
from corpus_utils.quotes import extract_statements
from corpus_utils.rows import sentence_rows


def test_scored_words_reproduce_vaders_score():
    text = "The attack was not good, but the rescue was wonderful."
    scores, words = framing.scored_words(text)
    assert scores["compound"] == framing.analyzer().polarity_scores(text)["compound"]
    assert dict(words)["attack"] < 0 and dict(words)["wonderful"] > 0


def test_negation_flips_a_word_and_the_flip_is_reported():
    _, words = framing.scored_words("The enemy has not abandoned its plans.")
    assert dict(words)["abandoned"] > 0  # VADER's lexicon value is negative; "not" flips it


def test_sentence_framing_lists_the_words_behind_each_column():
    row = framing.sentence_framing(
        "Russia claimed its brutal offensive killed civilians, which could not be independently verified."
    )
    assert "claimed" in row["distancing"] and "could not be independently verified" in row["distancing"]
    assert row["loaded"] == ["brutal"]
    assert {"conflict", "human interest"} <= set(row["frames"])
    assert "conflict:offensive" in row["frame_words"]
    assert row["actors"] == ["Russia"]
    assert any(w.startswith("offensive:") for w in row["vader_words"])


@pytest.mark.parametrize(("value", "label"), [(0.3, "positive"), (-0.3, "negative"), (0.04, "neutral")])
def test_tone_label_uses_the_neutral_band(value: float, label: str):
    assert framing.tone_label(value, 0.05) == label


def _sentence(aid: str, text: str) -> dict:
    return {"article_id": aid, "sentence": text, **framing.sentence_framing(text)}


def test_article_profile_counts_per_100_sentences_and_sources_by_side():
    sentences = [_sentence("a", "Russia reportedly shelled the city."), _sentence("a", "The weather was fine.")]
    quotes = [
        {"article_id": "a", "scare": False, "speaker_side": "russia"},
        {"article_id": "a", "scare": False, "speaker_side": "ukraine"},
    ]
    [profile] = framing.article_profiles([{"article_id": "a", "headline_compound": -0.5}], sentences, quotes)
    assert profile["distancing_per_100"] == 50.0
    assert profile["sources: russia"] == 0.5 and profile["sources: ukraine"] == 0.5
    assert profile["headline_tone"] == -0.5


def test_actor_tone_and_doubtful_sentences():
    sentences = [
        _sentence("a", "Putin praised the great victory."),
        _sentence("a", "Putin's war killed many."),
        _sentence("a", "Talks have not brought any progress towards agreement."),
    ]
    [putin] = framing.actor_tone(sentences, min_mentions=2)
    assert putin["actor"] == "Vladimir Putin" and putin["sentences"] == 2
    assert putin["most_positive"] > 0 > putin["most_negative"]
    doubts = framing.doubtful(sentences, quotes=[])
    assert any("negation" in " ".join(d["reasons"]) for d in doubts)


def test_a_dateline_names_no_actor():
    """A reader found "WASHINGTON ― Donald Trump’s obsession ... is an insult" cold near the United States."""
    said = framing.sentence_framing("WASHINGTON ― Donald Trump’s obsession with the lie is an insult to all.")
    assert said["actors"] == ["Donald Trump"]
    assert "Russia" in framing.sentence_framing("WASHINGTON ― In Moscow, Russia met Trump.")["actors"]


@pytest.mark.parametrize(
    ("text", "tones"),
    [
        # the loss is Romney's, in a clause after "but" that does not name Obama
        ("Mitt Romney had a ten-point lead over Obama among the rich in 2012, but still lost the election.",
         {"Barack Obama": 0}),
        # a relative clause and "since" keep Trump apart from the "disgrace" said of Clinton
        ("Christie, who has campaigned for Donald Trump since he suspended his campaign, blasted Clinton as a "
         "“disgrace” on Wednesday.", {"Donald Trump": 0, "Hillary Clinton": -1}),
        ("The criticism comes a day before Kaine faces off against Mike Pence.", {"Mike Pence": 0}),
        # a quotation is its own clause: the speaker is not the one it disparages
        ("“Trump is a disgrace,” the Russian diplomat said, adding that he was happy.",
         {"Donald Trump": -1, "Russia": 1}),
        ("Trump is inciting the worst in us, making us fearful and dangerous.", {"Donald Trump": -1}),
        # what an ad shows is not the tone near the campaign that released it (a reader found Clinton at -0.93)
        ("Barack Obama released an ad showing Mike Pence making disparaging remarks, including an attack.",
         {"Barack Obama": 0, "Mike Pence": -1}),
    ],
)
def test_an_actor_takes_the_tone_of_the_clauses_that_name_it(text: str, tones: dict[str, int]) -> None:
    """Tone near an actor, not of its whole sentence: each sign is that of the actor's clauses."""
    cast = [
        {"name": n, "type": "person", "n_statements": 5}
        for n in ("Barack Obama", "Hillary Clinton", "Mike Pence", "Mitt Romney")
    ]
    intro = _sentence("a", "Barack Obama, Hillary Clinton and Mike Pence met.")
    [_, row] = framing.with_cast_people([intro, _sentence("a", text)], cast)
    near = framing.tones_of(row)
    assert {name: (value > 0) - (value < 0) for name, value in near.items() if name in tones} == tones
    assert framing.tone_near_rows([row], set(tones))[0]["sentence"] == text


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        ("It is a policy favorite on both sides of the aisle.", []),  # agreement, not two sides
        ("Your financial life probably won't be easy.", []),  # not "won"
        ("Costa reported from Washington.", []),  # "cost*" would reach a surname
        ("Trump plays well in that battleground.", []),
        ("She was an adviser to the Ricketts family.", []),  # a dynasty, not a family's life
        ("The billionaire will hold a news conference.", []),  # a net worth, not a loss or gain
        ("The summit failed to break the ice.", []),
        ("Clinton said she would fight for working families.", []),
        ("Clinton spoke about her personal email.", []),
        ("The question really should be why she invited him.", []),  # a modal verb, no moral message
        ("Both sides clashed over the bill.", ["conflict"]),
        ("Christie blasted Clinton and accused her of lying.", ["conflict"]),
        ("The wall would be expensive and cost jobs.", ["economic consequences"]),
        ("It is immoral, and shameful.", ["morality"]),
        ("Congress is to blame for the failure to act.", ["attribution of responsibility"]),
    ],
)
def test_a_frame_needs_a_word_that_answers_its_question(text: str, frames: list[str]) -> None:
    """Words that in the news name a topic or carry another sense frame nothing."""
    assert framing.sentence_framing(text)["frames"] == frames


def test_scored_tokens_say_where_each_scored_word_is():
    text = "It’s ‘‘very angry’’ and “terrible,” they said."
    _, tokens = framing.scored_tokens(text)
    assert [text[at : at + len(word)] for at, word, _ in tokens] == [word for _, word, _ in tokens]
    assert framing.scored_words(text)[1] == [(w, v) for _, w, v in tokens]


def test_scored_vocabulary_notes_news_senses():
    vocab = framing.scored_vocabulary([_sentence("a", "The offensive continued.")])
    assert vocab[0]["word"] == "offensive" and "military" in vocab[0]["its sense in the news"]
    # the keys are the chapter's columns: every column of the table has its values
    columns = {"word", "valence in the lexicon", "times", "total effect", "its sense in the news"}
    assert set(vocab[0]) == columns
    assert vocab[0]["valence in the lexicon"] is not None and vocab[0]["total effect"] != 0


def test_a_quoted_headline_word_is_scored_and_a_label_is_nobodys_speech():
    assert framing.compound("The Trends Are 'Terrifying.'") < -0.5  # the marks no longer hide the word
    sentence = _sentence("a", "She would close the notorious 'carried interest' loophole, a terrible idea.")
    label = {"article_id": "a", "kind": "partial", "scare": True, "sentence": sentence["sentence"]}
    [doubt] = framing.doubtful([sentence], quotes=[label]) or [{"reasons": []}]
    assert "the score comes from quoted speech" not in doubt["reasons"]
    assert "negation near scored words" not in doubt["reasons"]


def test_mark_highlights_whole_words_only_and_escapes():
    assert report.mark("a warning <b>of war</b>", ["war"]) == "a warning &lt;b&gt;of <mark>war</mark>&lt;/b&gt;"


def test_verb_choice_shares_loaded_verbs_per_side():
    quotes = [
        {"article_id": "a", "speaker_side": "russia", "cue": "claim", "cue_tone": "loaded", "scare": False},
        {"article_id": "a", "speaker_side": "russia", "cue": "say", "cue_tone": "neutral", "scare": False},
        {"article_id": "a", "speaker_side": "ukraine", "cue": "say", "cue_tone": "neutral", "scare": False},
        {"article_id": "a", "speaker_side": "ukraine", "cue": None, "cue_tone": None, "scare": True},
    ]
    rows = {r["speaker_side"]: r for r in framing.verb_choice(quotes)}
    assert rows["russia"]["loaded_share"] == 0.5 and rows["ukraine"]["statements"] == 1


def test_curly_quotation_marks_do_not_hide_words_from_vader():
    from corpus_utils.framing import compound, scored_words

    assert compound("Residents were “Very angry” about it.") == compound('Residents were "Very angry" about it.') < -0.3
    assert ("angry", -2.593) in scored_words("It’s “Very angry”")[1]


@pytest.mark.parametrize(
    ("sentence", "speech"),
    [
        ("Moscow claimed that 300 soldiers had died.", True),
        ("The army said it advanced, claiming to have taken two villages.", True),
        ("A missile, which Moscow claimed hit a factory, struck the city.", True),
        ("Trump claims he could end it swiftly.", True),
        ("Officials have not confirmed these claims.", True),
        ("Claims by both sides could not be independently verified.", True),
        ("“We will win,” the minister claimed.", True),
        ("Both sides claimed victory.", True),
        ("The fighting has claimed tens of thousands of lives.", False),
        ("Forces withdrew from four regions claimed by Moscow.", False),
        ("It is not among the regions that Russia has claimed.", False),
        ("Russia intensified its offensive, claiming new settlements.", False),
        # the noun, after its owner or determiner (a reader found these missed on PolNeAR dev)
        ("Politifact seized on Trump’s claim that there have been thousands of shootings.", True),
        ("Video contradicted the police’s earlier claim that he had refused.", True),
        ("Gowdy said that claim smacked of hypocrisy.", True),
        ("He was pilloried for making dubious medical claims on air.", True),
        ("Peacekeepers face claims of sexual abuse.", True),
        ("Russia’s claim to Crimea is not recognised.", False),  # a title
        ("She filed a claim for damages.", False),  # a demand
    ],
)
def test_claim_is_distancing_only_when_it_reports_speech(sentence: str, speech: bool):
    from corpus_utils.framing import sentence_framing

    assert bool([p for p in sentence_framing(sentence)["distancing"] if p.startswith("claim")]) is speech


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["good", "bad", "Great", "NOT", "wow", "cat", "it's", "don't", ":)", ":-(", "a", "I"]),
            st.text(alphabet=".,!?;:-'\"()“”", min_size=1, max_size=3),
            st.text(min_size=1, max_size=6),
        ),
        max_size=30,
    ).map(lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts)))
)
def test_the_fast_tokens_are_nltks_tokens(text: str):
    from nltk.sentiment.vader import SentiText

    from corpus_utils.framing import FastSentiText, analyzer

    c = analyzer().constants
    assert FastSentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons == SentiText(
        text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION
    ).words_and_emoticons


@pytest.mark.parametrize("text", ["GREAT NEWS", "This is GREAT", "great news", "NOT GOOD at all", "", "A"])
def test_the_fast_capitals_test_is_nltks(text: str):
    from nltk.sentiment.vader import SentiText

    from corpus_utils.framing import FastSentiText, analyzer

    c = analyzer().constants
    fast = FastSentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION)
    assert fast.is_cap_diff == SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).is_cap_diff


def test_the_casts_most_quoted_people_are_actors_of_the_tone_chart():
    cast = [
        {"name": "Hillary Clinton", "type": "person", "n_statements": 40},
        {"name": "Bill Clinton", "type": "person", "n_statements": 3},
        {"name": "Ted Cruz", "type": "person", "n_statements": 10},
        {"name": "Heidi Cruz", "type": "person", "n_statements": 5},
        {"name": "Fellow Republicans", "type": "person", "n_statements": 9},
    ]
    rows = framing.with_cast_people(
        [
            _sentence("a", "Clinton attacked the plan."),  # her surname: 40 of 43 statements
            _sentence("a", "Cruz endorsed him."),  # two Cruzes speak: the surname is nobody's alone
            _sentence("a", "Ted Cruz endorsed him."),
            _sentence("a", "Hillary Clinton spoke."),
            _sentence("b", "The Clinton Foundation closed."),  # no Hillary Clinton in this article: not her
        ],
        cast,
    )
    assert [r.get("actors") for r in rows] == [["Hillary Clinton"], [], ["Ted Cruz"], ["Hillary Clinton"], []]


def test_names_do_not_colour_a_sentence_or_a_headline():
    """ "Wells Fargo", "Green Party" and "Super PACs" are names, not sentiment; the article's text
    tells which words of a title-case headline are names."""
    assert framing.sentence_framing("Warren met the Wells Fargo chief at the Green Party office.")["compound"] == 0
    assert framing.sentence_framing("The bank's chief was dead wrong.")["compound"] < 0  # lower-case words still count
    body = "The Green Party and Super PACs met. The race is a dead heat."
    names = framing.name_words(body)
    assert framing.mask_names("Clinton-Supporting Super PACs Court Green Party", names).split()[1:] == [
        "xxxxx", "xxxx", "Court", "xxxxx", "xxxxx"
    ]
    assert "Dead" in framing.mask_names("Clinton and Trump in Dead Heat", names)
    # a name the body writes as one ("the Republican Party") is masked though its words are common elsewhere
    names = framing.name_words("Voters leave the Republican Party, a poll says. The party is worried.")
    masked = framing.mask_names("Wealthy Voters Abandon Republican Party", names)
    assert masked == "Wealthy Voters Abandon xxxxxxxxxx xxxxx"
    assert framing.mask_names("New Yorker Party", framing.name_words("He is in New York now.")) == "xxx Yorker Party"


def _profile(outlet: str, sentences: int, tone: float, distancing: int) -> dict:
    return {
        "article_id": f"{outlet}{sentences}", "outlet": outlet, "headline_tone": 0.0, "body_tone": tone,
        "negative_share": 0.0, "positive_share": 0.0, "distancing_per_100": 100 * distancing / sentences,
        "loaded_per_100": 0.0, "sources": 2, "sentences": sentences, "distancing": distancing, "loaded": 0,
        "sources: a": 0.5,
    }


def test_an_outlets_rates_are_over_all_its_sentences_and_a_ranking_needs_its_sample():
    """A four-sentence item weighs four sentences, not half an outlet; a ranking of distancing on a
    handful of phrases is no finding."""
    import pandas as pd

    from corpus_utils import findings

    rows = [_profile("A", 4, 0.5, 1), _profile("A", 96, 0.0, 0), _profile("B", 50, 0.1, 1)]
    pooled = {r["outlet"]: r for r in framing.pooled(rows, "outlet")}
    assert pooled["A"]["body_tone"] == 0.02 and pooled["A"]["distancing_per_100"] == 1.0
    assert pooled["A"]["sentences"] == 100 and pooled["A"]["sources: a"] == 0.5
    no_words = pd.DataFrame({"article_id": [], "loaded": []})
    said = [f.text for f in findings.framing(pd.DataFrame(pooled.values()), no_words, "outlet")]
    assert any("too few to rank outlets" in t for t in said) and not any("keeps the most" in t for t in said)
    many = [_profile("A", 100, 0.0, 12), _profile("B", 100, 0.0, 3)]
    said = [f.text for f in findings.framing(pd.DataFrame(many), no_words, "outlet")]
    assert any(t.startswith("A keeps the most claims at a distance: 12 distancing phrases in 100") for t in said)


def test_the_loaded_words_finding_counts_news_reports_not_op_eds():
    import pandas as pd

    from corpus_utils import findings

    sentences = pd.DataFrame(
        {"article_id": ["oped", "oped", "news"], "loaded": [["terrorism"], ["terrorism"], ["regime"]]}
    )
    profiles = pd.DataFrame([_profile("A", 100, 0.0, 0)])
    said = [f.text for f in findings.framing(profiles, sentences, "outlet", news=["news"])]
    found = "Loaded words in the reporters' own words of news reports: 1 in 1 sentences, in 1 of 1 report; the most"
    assert any(s.startswith(found + " used “regime” (1 report, 1") for s in said)


def test_loaded_words_are_ranked_by_the_reports_that_use_them():
    import pandas as pd

    from corpus_utils import findings

    sentences = pd.DataFrame(  # one explainer says "terrorism" four times; three reports say "regime"
        {"article_id": ["x"] * 4 + ["a", "b", "c"], "loaded": [["terrorism"]] * 4 + [["regime"]] * 3}
    )
    profiles = pd.DataFrame([_profile("A", 100, 0.0, 0)])
    (said,) = [f.text for f in findings.framing(profiles, sentences, "outlet") if "Loaded words" in f.text]
    assert "“regime” (3 reports, 3 in all) and “terrorism” (1 report, 4 in all)" in said


def test_loaded_words_and_distancing_are_the_reporters_own():
    """A source's quoted words and a name are not the reporter's word choice."""
    assert framing.sentence_framing("The Justice Against Sponsors of Terrorism Act passed.")["loaded"] == []
    assert framing.sentence_framing("De Blasio called it “an act of terrorism,” officials said.")["loaded"] == []
    assert framing.sentence_framing("The terrorism charges were filed.")["loaded"] == ["terrorism"]
    assert framing.sentence_framing("“We will win,” the minister claimed.")["distancing"] == ["claimed"]
    assert framing.sentence_framing("He called it a “so-called plan” twice.")["distancing"] == []


def test_saying_a_claim_is_unsupported_is_distancing():
    said = framing.sentence_framing("Trump said, without evidence, that the vote was rigged, contrary to the count.")
    assert said["distancing"] == ["without evidence", "contrary to"]


def test_so_called_before_a_name_or_a_term_of_the_news_introduces_it():
    """A reader found "the so-called Trans-Pacific Partnership" and "so-called carried interest"
    counted as the reporter keeping a claim at a distance."""
    for text in ("He wants to end the so-called carried interest break.", "It backed the so-called Harbour Pact."):
        assert framing.sentence_framing(text)["distancing"] == [], text
    assert framing.sentence_framing("The so-called experts were wrong.")["distancing"] == ["so-called"]


def test_supposed_and_purported_are_distancing_but_supposed_to_is_not():
    """A reader found "calling out Trump for his supposed “lies”" missed."""
    assert framing.sentence_framing("He was faulted for his supposed lies.")["distancing"] == ["supposed"]
    assert framing.sentence_framing("The purported memo surfaced.")["distancing"] == ["purported"]
    assert framing.sentence_framing("He was supposed to speak at noon.")["distancing"] == []


def test_like_as_a_preposition_is_no_sentiment():
    assert framing.sentence_framing("It looks like a close race.")["compound"] == 0
    assert framing.sentence_framing("Voters would like a change.")["vader_words"] == ["like:+1.5"]
    assert "xxxx" in framing.vader_text("A Race Like No Other", frozenset())


def test_fixed_phrases_that_describe_are_not_scored_and_a_name_frames_nothing():
    for text in ("Poll: Clinton and Roe in dead heat", "The super PAC spent more on health care ads.",
                 "Raising taxes on the rich is anathema to the party.", "Mixed messages on Trump leave plan.",
                 "A limited liability company pays the tax.",
                 # a reader found "at the heart of the controversy" warm (+3.2) and "in contempt" a cold headline
                 "Five staffers at the heart of the plan met.", "The panel votes to hold an aide in contempt.",
                 # "rich donors" (+2.6) is a bracket of donors, as "the rich" is of taxpayers
                 "A small group of rich donors pushes the tally up.",
                 "The aides are steering clear of the question."):  # "clear" +2.4 in an idiom of avoiding
        assert framing.sentence_framing(text)["vader_words"] == [], text
    assert framing.sentence_framing("The Faith and Freedom Coalition is meeting in the city.")["frames"] == []
    assert framing.sentence_framing("The reform is a matter of faith.")["frames"] == ["morality"]


def test_a_quotation_running_over_sentences_is_no_reporters_word():
    opening = "“Do you still believe that the acts of terrorism are done for a religious motive?"
    closing = "And if you do, why do you refuse to use the term Islamic terrorist?”"
    assert framing.sentence_framing(opening)["loaded"] == [] and framing.sentence_framing(closing)["loaded"] == []
    assert framing.sentence_framing("The terrorism continued, “and it will,” she said.")["loaded"] == ["terrorism"]


def test_a_surname_after_another_first_name_is_someone_else_and_a_title_introduces_one():
    """ "President Bill Clinton's crime bill" does not name Hillary Clinton, whose surname the corpus's
    statements make hers; "President Obama" lets "Obama" alone name Barack Obama in an article that
    never gives his full name; "The Clinton Foundation" introduces no one."""
    cast = [
        {"name": "Hillary Clinton", "type": "person", "n_statements": 40},
        {"name": "Bill Clinton", "type": "person", "n_statements": 3},
        {"name": "Barack Obama", "type": "person", "n_statements": 30},
    ]
    rows = framing.with_cast_people(
        [
            _sentence("a", "Voters recall President Bill Clinton's crime bill."),
            _sentence("a", "Hillary Clinton spoke later."),
            _sentence("b", "President Obama spoke."),
            _sentence("b", "Obama and his team took office."),
            _sentence("c", "The Clinton Foundation closed."),
        ],
        cast,
    )
    assert [r.get("actors") for r in rows] == [
        ["Bill Clinton"], ["Hillary Clinton"], ["Barack Obama"], ["Barack Obama"], []
    ]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Sanders won 51 percent of African-Americans.", set()),  # an ethnic group, not the United States
        ("Mexican-American voters turned out.", set()),
        ("An Asian American woman spoke.", set()),
        ("The Russian-Ukrainian border is closed.", {"Russia", "Ukraine"}),  # two countries
        ("The American economy grew.", {"United States"}),
    ],
)
def test_a_demonym_in_the_name_of_an_ethnic_group_is_no_country(text: str, countries: set[str]) -> None:
    from corpus_utils.countries import demonym_mentions

    assert {country for _, _, country in demonym_mentions(text)} == countries


def test_the_headline_gap_compares_outlets_with_enough_headlines_and_says_how_many():
    import pandas as pd

    from corpus_utils import findings

    few = {**_profile("Few", 100, 0.0, 0), "headline_tone": 0.9, "headlines": 3}  # the widest gap, on 3 headlines
    many = {**_profile("Many", 100, 0.0, 0), "headline_tone": 0.3, "headlines": 12}
    steady = {**_profile("Steady", 100, 0.0, 0), "headline_tone": 0.1, "headlines": 15}
    unscored = {**_profile("Blank", 100, 0.0, 0), "headline_tone": None, "headlines": 0}
    no_words = pd.DataFrame({"article_id": [], "loaded": []})
    said = [f.text for f in findings.framing(pd.DataFrame([few, many, steady, unscored]), no_words, "outlet")]
    widest = (
        "Among the outlets with 10 scored headlines or more, the widest gap between headline and body is in Many:"
        " headline +0.30 (the mean of its 12 scored headlines), body +0.00; wider gaps rest on too few headlines to"
        " rank: Few (3 scored headlines: +0.90 against +0.00)."
    )
    assert widest in said


def test_a_headline_with_no_word_vader_scores_is_left_out_of_the_means():
    """Its 0 is no evidence of a neutral headline: a reader found an outlet's headline mean made of them."""
    scored = {"article_id": "a", "outlet": "O", "headline_compound": 0.5, "headline_vader_words": ["great:+3.1"]}
    blank = {"article_id": "b", "outlet": "O", "headline_compound": 0.0, "headline_vader_words": []}
    sentences = [_sentence("a", "The weather was fine."), _sentence("b", "It rained.")]
    profiles = framing.article_profiles([scored, blank], sentences, [])
    assert [p["headline_tone"] for p in profiles] == [0.5, None]
    [outlet] = framing.pooled(profiles, "outlet")
    assert (outlet["headline_tone"], outlet["headlines"]) == (0.5, 1)


def test_a_headline_of_mild_words_only_is_not_scored():
    """A reader found "Trump urges supporters to monitor polling places" scored +0.44 from one mild
    word that names its topic ("supporters" +1.9): such a headline's score says nothing of its tone."""
    assert not framing.headline_scored(["supporters:+1.9"])
    assert not framing.headline_scored(["Help:+1.7", "slashes:-0.8"])
    assert framing.headline_scored(["Disgusting:-2.4", "Fraud:-2.8"])
    assert not framing.headline_scored([])
    # strong words pulling both ways: a reader found "would have loved Trump ... normalizing hate" read as +0.05
    assert not framing.headline_scored(["loved:+2.9", "hate:-2.7"])


def test_a_sector_named_is_no_economic_frame():
    """Semetko and Valkenburg's economic frame is losses, gains and costs; "energy" names a topic."""
    assert "economic consequences" not in framing.sentence_framing("How we use energy is shifting.")["frames"]
    assert "economic consequences" in framing.sentence_framing("The sanctions cost the economy billions.")["frames"]


def test_outlets_with_too_few_scored_headlines_are_not_ranked():
    """A reader found the widest gap named (0.396 on four headlines) ahead of 0.393 on one."""
    import pandas as pd

    from corpus_utils import findings

    lanes = [{**_profile(name, 100, 0.0, 0), "headline_tone": tone, "headlines": n} for name, tone, n in
             (("A", 0.5, 3), ("B", 0.1, 4))]
    no_words = pd.DataFrame({"article_id": [], "loaded": []})
    said = [f.text for f in findings.framing(pd.DataFrame(lanes), no_words, "outlet")]
    [gap] = [t for t in said if "headlines VADER scores" in t]
    assert gap.startswith("No outlet has 10 headlines VADER scores (the most any has is 4): too few to compare")
    assert "widest" not in gap


def test_a_loaded_word_inside_the_name_of_a_kind_of_event_labels_no_one():
    """"the Sept. 11 terrorist attacks" (a reader found it counted as the reporter's judgement), but
    "the terrorist fled" is a label; "officials called him a terrorist" and "an issue he has long
    regarded as racist" are a label someone else gives (a reader found the second counted as the
    reporter's), and a one-word heading ("Terrorism.") is no sentence of the reporter's."""
    assert framing.sentence_framing("The Sept. 11 terrorist attacks killed thousands.")["loaded"] == []
    assert framing.sentence_framing("The terrorist fled the scene.")["loaded"] == ["terrorist"]
    assert framing.sentence_framing("Officials called him a terrorist.")["loaded"] == []
    assert framing.sentence_framing("It is an issue he has long regarded as racist.")["loaded"] == []
    assert framing.sentence_framing("Terrorism.")["loaded"] == []


def test_a_sentence_inside_a_long_quotation_holds_no_loaded_word_of_the_reporter():
    """A reader found a Post feature's "terrorist", quoted whole by another outlet in a passage of
    several sentences, counted among that outlet's own loaded words."""
    body = (
        "The Post reports: “She said the mayor was a liar. He called them terrorists. It went on for hours.” "
        "The terrorists struck at night."
    )
    article = parse_article("a", f"Headline\n\n{body}".encode())
    rows = sentence_rows(article, None, extract_statements(article)[0])
    loaded = {r["sentence"]: r["loaded"] for r in rows}
    assert loaded["He called them terrorists."] == [] and loaded["The terrorists struck at night."] != []


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Trump says he would pay for it by eliminating the system's fraud.", "Donald Trump"),
        ("The United States will take other measures “to demonstrate to North Korea that there are consequences "
         "to its unlawful and dangerous actions.”", "United States"),
    ],
)
def test_what_a_speaker_says_is_not_the_tone_near_the_speaker(body: str, actor: str) -> None:
    """Two readers found the tone of a speaker's own words charted as the tone near the speaker
    ("fraud" near Trump, "dangerous", said of North Korea, near the United States)."""
    article = parse_article("a", f"Headline\n\n{body}".encode())
    [row] = sentence_rows(article, None, extract_statements(article)[0])
    assert row["vader_words"] and framing.tones_of(row)[actor] == 0


@pytest.mark.parametrize(
    ("text", "distancing"),
    [
        ("The panel voted because of Pagliano's Fifth Amendment claims.", []),  # a right invoked (a reader)
        ("Insurance claims rose in the storm's wake.", []),
        ("These claims were false.", ["claims"]),
        ("Trump's tax claims were rated false.", ["claims"]),  # what he said about taxes
    ],
)
def test_a_claim_that_is_a_right_or_a_payment_is_no_distancing(text: str, distancing: list[str]) -> None:
    assert framing.sentence_framing(text)["distancing"] == distancing


@pytest.mark.parametrize(
    ("body", "column", "expected"),
    [
        ("Obama said that because terrorists are Muslim does not mean Muslims are terrorists.", "loaded", []),
        # a cue inside another statement's words is still the reporter's
        ("As the army claims to have taken the villages, its troops have reportedly been advancing fast.",
         "distancing", ["claims", "reportedly"]),
    ],
)
def test_the_words_of_a_reported_statement_are_not_the_reporters(body: str, column: str, expected: list[str]) -> None:
    """A reader found Obama's "terrorists", paraphrased, counted among an outlet's own loaded words."""
    article = parse_article("a", f"Headline\n\n{body}".encode())
    [row] = sentence_rows(article, None, extract_statements(article)[0])
    assert row[column] == expected


def test_an_outlets_headlines_are_set_against_the_bodies_of_the_same_articles(monkeypatch: pytest.MonkeyPatch):
    """A reader found one scored headline (-0.83) set against the body of all seven of an outlet's
    articles (+0.02); its own article's body was -0.43."""
    import pandas as pd

    from corpus_utils import findings

    monkeypatch.setattr(findings, "MIN_HEADLINES", 1)  # one scored headline is enough here

    headed = {"article_id": "a", "outlet": "O", "headline_compound": -0.83, "headline_vader_words": ["Bad:-3.75"]}
    plain = {"article_id": "b", "outlet": "O", "headline_compound": 0.0, "headline_vader_words": []}
    sentences = [_sentence("a", "It was a bad day."), _sentence("b", "A wonderful, great, happy, lovely day.")]
    [outlet] = framing.pooled(framing.article_profiles([headed, plain], sentences, []), "outlet")
    assert outlet["headline_body_tone"] < 0 < outlet["body_tone"]
    no_words = pd.DataFrame({"article_id": [], "loaded": []})
    said = findings.framing(pd.DataFrame([outlet]), no_words, "outlet")
    [gap] = [f.text for f in said if "headline and body" in f.text]
    assert f"body {outlet['headline_body_tone']:+.2f} (of the same articles)" in gap


def test_an_outlets_tone_is_ranked_only_over_several_of_its_articles():
    """A reader found the ends of the tone range to be one op-ed and three columns."""
    import pandas as pd

    from corpus_utils import findings

    lanes = [
        {**_profile("One op-ed", 120, -0.4, 0), "articles": 1, "headlines": 0, "headline_tone": None},
        {**_profile("Cold", 300, -0.1, 0), "articles": 5, "headlines": 0, "headline_tone": None},
        {**_profile("Warm", 300, 0.2, 0), "articles": 6, "headlines": 0, "headline_tone": None},
    ]
    no_words = pd.DataFrame({"article_id": [], "loaded": []})
    [tone] = [f.text for f in findings.framing(pd.DataFrame(lanes), no_words, "outlet") if "tone runs" in f.text]
    assert tone.startswith("Mean sentence tone runs from -0.10 (Cold, 5 articles, 300 sentences) to +0.20 (Warm")
