"""Quote and reported-speech extraction on sentences written for the tests (not the seeds)."""

from __future__ import annotations

import pytest

from corpus_utils.actors import describe
from corpus_utils.articles import parse_article
from corpus_utils.cast import article_profiles
from corpus_utils.quotes import Quote, extract_quotes, quoted_spans

pytestmark = pytest.mark.usefixtures("seed_config")  # the rules are tested on the seeds' cast


def quotes_of(body: str) -> list[Quote]:
    article = parse_article("t", f"Headline\n\n{body}".encode())
    return extract_quotes(article)[0]


def one(body: str) -> Quote:
    found = quotes_of(body)
    assert len(found) == 1, found
    return found[0]


def test_direct_quote_with_attribution_after():
    q = one("“We will not retreat from the city,” the regional governor said on Tuesday.")
    assert (q.kind, q.quote, q.cue, q.scare) == ("direct", "We will not retreat from the city", "say", False)
    assert q.speaker_mention == "the regional governor" and q.speaker_type == "person"


def test_inverted_said_with_appositive():
    q = one("“It is a lie,” said Dmitry Peskov, the Kremlin spokesman.")
    assert (q.kind, q.speaker, q.speaker_side) == ("direct", "Dmitry Peskov", "russia")


def test_colon_attribution_and_channel():
    q = one("Zelenskyy wrote on Telegram: “We need more air defence. Every day counts.”")
    assert (q.kind, q.speaker, q.channel) == ("direct", "Volodymyr Zelensky", "Telegram")
    assert q.quote == "We need more air defence. Every day counts"


def test_indirect_speech_with_that_and_told():
    q = one("Sergei Lavrov told reporters that the talks had reached a dead end.")
    assert (q.kind, q.speaker, q.cue, q.quote) == (
        "indirect",
        "Sergei Lavrov",
        "tell",
        "the talks had reached a dead end",
    )


def test_told_an_outlet_is_the_channel():
    q = one("The mayor told the BBC that the bridge had been destroyed.")
    assert q.channel == "BBC" and q.quote == "the bridge had been destroyed"


def test_attribution_at_the_end_of_reported_speech():
    q = one("Two power stations were hit overnight, the energy ministry said on Friday.")
    assert (q.kind, q.quote, q.speaker) == ("indirect", "Two power stations were hit overnight", "energy ministry")


def test_appositive_between_speaker_and_verb():
    q = one("Ivan Petrenko, a commander of a drone unit near Kupiansk, said the lines were holding.")
    assert (q.speaker, q.quote) == ("Ivan Petrenko", "the lines were holding")


def test_pronoun_resolves_to_last_person_named():
    found = quotes_of("Vladimir Putin met his generals in Moscow. He said the operation would continue.")
    assert [(q.speaker, q.speaker_mention) for q in found] == [("Vladimir Putin", "He")]


def test_partial_quote_inside_reported_speech():
    q = one("The general noted that enemy units were “very exhausted” after the assault.")
    assert (q.kind, q.quote, q.cue) == ("partial", "very exhausted", "note")


def test_scare_quote_is_a_label_without_speaker_verb():
    q = one("Officials in the occupied regions organised the so-called “referendums” within days.")
    assert q.scare and q.kind == "partial" and q.quote == "referendums"


def test_a_term_after_so_called_is_no_one_s_words_inside_a_statement_either():
    """A reader found 'taxing so-called "pass through" income' filed as Trump's partial quotation."""
    found = quotes_of('Mr. Trump has called for taxing so-called "pass through" income at a new low rate.')
    [term] = [q for q in found if q.quote == "pass through"]
    assert term.scare and term.speaker is None
    assert any(q.speaker == "Donald Trump" and q.kind == "indirect" for q in found)  # his call is still his


def test_a_dashed_aside_between_a_speaker_and_a_gerund_cue_is_read_past():
    """A reader found Clinton's debate line given to a tax academic: "with Hillary Clinton — who's called for
    tax hikes — lambasting Trump's plan" made Clinton no speaker, so the next "she" went to the one before."""
    body = (
        "The losses would outstrip the gains, said Jane Roe.\n\nIt became an issue, with Hillary Clinton — who has"
        " called for tax hikes — lambasting the plan.\n\n“It is trickle-down economics,” she said in the debate."
    )
    speakers = {q.quote: q.speaker for q in quotes_of(body)}
    assert speakers["the plan"] == speakers["It is trickle-down economics"] == "Hillary Clinton"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Last fall, Clinton's biggest boosters in New Hampshire insisted it was a temporary dip.",
         "Clinton's biggest boosters"),
        ("The crowd in Cleveland chanted that he was right.", "crowd"),
        ("A statement from Ryan’s office said the vote would go ahead.", "Ryan’s office"),  # a document's issuer
    ],
)
def test_people_in_a_place_are_the_speakers_not_the_place(body: str, speaker: str) -> None:
    """A reader found "New Hampshire" a speaker: the name after "in" was taken for the subject."""
    [q] = [q for q in quotes_of(body) if q.kind == "indirect"]
    assert q.speaker == speaker


def test_what_someone_says_as_a_subject_is_no_statement_of_theirs():
    """A reader found "Everything Trump says is a lie" filed as Trump saying "is a lie"; after a
    preposition the words are still the speaker's claim."""
    assert quotes_of("Everything Trump says is a lie unless proven otherwise.") == []
    assert quotes_of("What Clinton said was new.") == []
    [claim] = quotes_of("Russia fired at power plants in what Ukraine says is retaliation for its defeats.")
    assert claim.speaker == "Ukraine"


def test_a_name_given_after_a_comma_says_nothing():
    """A reader found a nonprofit in the cast for "His nonprofit group, called the Virginia Conservation
    Legacy Fund, will still own the property": "called" names it, as in "The program, called EB-5"."""
    assert quotes_of("His nonprofit group, called the Northfield Legacy Fund, will own the land.") == []


def test_negated_statement_is_not_a_quote():
    assert quotes_of("Kyiv did not confirm the capture of the village.") == []


def test_nouns_and_non_speech_uses_are_not_cues():
    assert quotes_of("The claims could not be verified. The report arrived late.") == []


def test_participle_continues_the_main_speaker():
    found = quotes_of("The army said it had repelled four attacks, claiming to have destroyed two tanks.")
    assert [(q.cue, q.speaker) for q in found] == [("say", "army"), ("claim", "army")]
    assert found[0].quote == "it had repelled four attacks"


def test_coordinated_cue_keeps_the_subject():
    found = quotes_of("Joe Biden has promised more aid and warned that delays would cost lives.")
    assert [(q.cue, q.speaker) for q in found] == [("promise", "Joe Biden"), ("warn", "Joe Biden")]


def test_possessive_call_for():
    q = one("Olaf Scholz renewed his call for a ceasefire in the region.")
    assert (q.cue, q.speaker, q.quote) == ("call", "Olaf Scholz", "a ceasefire in the region")


def test_calls_from_several_speakers():
    found = quotes_of("Moscow ignored calls from Paris and Berlin for an immediate truce.")
    assert [q.speaker_mention for q in found] == ["Paris", "Berlin"]
    assert {q.quote for q in found} == {"an immediate truce"}


def test_according_to():
    q = one("According to the UN, more civilians fled the city last month.")
    assert (q.cue, q.speaker, q.quote) == ("according to", "United Nations", "more civilians fled the city last month")


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "Turnout fell by a third in the county, according to figures released by the election board.",
            "figures released by the election board",
            "Turnout fell by a third in the county",
        ),
        (
            "According to interviews with six former aides, the senator plans to run again.",
            "interviews with six former aides",
            "the senator plans to run again",
        ),
    ],
)
def test_according_to_a_document_or_a_count(body: str, source: str, content: str):
    """The object of "according to" is the source even when it is not a speaker's name."""
    q = one(body)
    assert (q.cue, q.speaker_mention, q.quote) == ("according to", source, content)


def test_hearsay_adverb_is_attributed_to_unnamed_reports():
    q = one("Russian troops have reportedly entered the outskirts of the town.")
    assert (q.speaker, q.speaker_mention, q.kind) == ("unnamed reports", None, "indirect")
    assert "reportedly entered" in q.quote


def test_passive_with_agent():
    q = one("The plan was described by the minister as a betrayal.")
    assert (q.cue, q.speaker, q.quote) == ("describe", "minister", "a betrayal")


def test_agentless_territorial_passive_is_skipped():
    assert quotes_of("The town lies in one of the regions claimed by Moscow.") == []


def test_quote_continuing_over_paragraphs_is_one_span():
    text = "“The first part of the speech.\n\n“The second part,” she said."
    spans, warnings = quoted_spans(text)
    assert len(spans) == 1 and not warnings


def test_curly_quotation_inside_a_straight_one_is_part_of_it():
    text = 'Caddell continued:\n\n"I read the question: “Is she fit?” Forty-three, yes."\n\n“That is deadly,” he said.'
    spans, warnings = quoted_spans(text)
    inner = [text[s.start : s.end] for s in spans]
    assert inner == ["I read the question: “Is she fit?” Forty-three, yes", "That is deadly"] and not warnings


def test_a_straight_quoted_passage_runs_on_into_a_paragraph_opening_with_a_curly_quotation():
    """A reader found the terrorist group of another outlet's excerpt, quoted over two paragraphs, counted
    as the reporter's loaded word: the curly “ opening the second paragraph closed the passage at its ”."""
    text = 'He reports:\n\n"She was anxious.\n\n“I am fine,” she said, and cited the terrorist group ISIS."\n\nNow.'
    spans, warnings = quoted_spans(text)
    assert [text[s.start : s.end] for s in spans] == [text[text.index("She") : text.index("ISIS") + 4]]
    assert not warnings


def test_straight_mark_wrapping_a_paragraph_or_stray_leaves_the_curly_quotation_whole():
    for text in ['"“We win,” Rubio said before adding more."', 'A stray " mark. “We win,” Rubio said.']:
        spans, _ = quoted_spans(text)
        assert [text[s.start : s.end] for s in spans] == ["We win"]


@pytest.mark.parametrize("body", ['He said "this never closes.', "She said this ends” oddly.", "““Doubled” marks.”"])
def test_unbalanced_marks_are_survived_and_reported(body: str):
    article = parse_article("t", f"Headline\n\n{body}".encode())
    _, warnings = extract_quotes(article)
    assert warnings and all("quotation mark at character" in w for w in warnings)


def test_quote_offsets_point_into_the_text():
    article = parse_article(
        "t", "Headline\n\n“Hold the line,” the commander said. Officials said 40 people fled.".encode()
    )
    for q in extract_quotes(article)[0]:
        assert article.text[q.char_start : q.char_end] == q.quote


@pytest.mark.parametrize(
    ("mention", "name", "side"),
    [
        ("Ukraine's defence ministry", "Ukrainian defence ministry", "ukraine"),
        ("pro-Russian separatists", "pro-Russian separatists", "russia"),
        ("the Russian armed forces", "Russian military", "russia"),
        ("A senior US official", "unnamed senior US official", "united_states"),
        ("Witnesses", "unnamed witnesses", "unknown"),
        ("Gary Roe’s doctor", "Gary Roe’s doctor", "unknown"),  # his doctor, not "gary Roe doctor"
        ("the Obama administration", "Obama administration", "unknown"),  # a body its leader names
        ("the plan", "unnamed plan", "unknown"),  # a document, which speaks for whoever made it, no person
        ("Zelenskiy", "Volodymyr Zelensky", "ukraine"),
        ("Kiev", "Ukraine", "ukraine"),
        ("the defence ministry in Moscow", "Russian Defence Ministry", "russia"),
    ],
)
def test_describe_names_speakers(mention: str, name: str, side: str):
    actor = describe(mention)
    assert (actor.name, actor.side) == (name, side)


def test_content_stops_at_an_absolute_clause():
    q = one("With Biden pressing his demand for new sanctions and Xi watching closely, markets fell.")
    assert q.quote == "new sanctions"


def test_dash_attribution():
    q = one("“We will not give up our land.” — Volodymyr Zelenskyy, in his evening address.")
    assert (q.kind, q.speaker, q.cue, q.scare) == ("direct", "Volodymyr Zelensky", None, False)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Ukraine's foreign minister, Dmytro Kuleba, said on Twitter that the attack was a war crime.",
            "Dmytro Kuleba",
        ),
        ("The governor of the Kharkiv region, Oleh Syniehubov, said two people were killed.", "Oleh Syniehubov"),
        (
            "The Institute for the Study of War said Russian forces were likely to keep attacking.",
            "Institute for the Study of War",
        ),
        ("Biden, speaking in Warsaw, said the United States would stand with Ukraine.", "Joe Biden"),
        ("Russian state media reported that the bridge had been damaged.", "Russian state media"),
    ],
)
def test_appositives_names_and_noun_modifiers(body: str, speaker: str):
    q = one(body)
    assert (q.kind, q.speaker) == ("indirect", speaker)


def test_inverted_said_with_a_long_description():
    q = one("“We are ready to defend every metre,” said the head of the regional military administration.")
    assert (q.kind, q.speaker_mention) == ("direct", "the head of the regional military administration")


def test_colon_makes_a_short_quote_direct_and_an_unresolved_pronoun_keeps_the_quote():
    q = one("He added: “We will respond.”")
    assert (q.kind, q.scare, q.speaker, q.speaker_mention, q.cue) == ("direct", False, None, "He", "add")


def test_participle_after_a_post_posed_attribution():
    found = quotes_of("Sergei Lavrov met envoys. “The situation is difficult,” he said, adding that talks would go on.")
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        ("direct", "Sergei Lavrov", "say"),
        ("indirect", "Sergei Lavrov", "add"),
    ]


def test_channel_prefers_the_platform_and_a_quote_can_run_on_after_the_attribution():
    found = quotes_of("“Russia will not stop,” Zelensky wrote in a post on X. “We need more pressure.”")
    assert [(q.kind, q.speaker, q.channel) for q in found] == [
        ("direct", "Volodymyr Zelensky", "X"),
        ("direct", "Volodymyr Zelensky", "X"),
    ]


def test_modifiers_and_appositive_before_an_adverb():
    assert one("In a statement, the Ukrainian air force said it had shot down 40 drones.").speaker == (
        "Ukrainian air force"
    )
    q = one("Medvedev, a former Russian president, has repeatedly threatened to use nuclear weapons.")
    assert (q.speaker, q.cue) == ("Dmitry Medvedev", "threaten")


def test_a_phrasal_cue_needs_its_particle():
    assert quotes_of("The minister pointed to the bankruptcy of the firm as an example.") == []
    assert one("The minister pointed out that the firm was bankrupt.").cue == "point out"


def test_a_role_with_a_place_complement_and_an_agency_as_channel():
    q = one("The governor of Sumy region said three civilians were killed.")
    assert (q.speaker_mention, q.speaker_side) == ("The governor of Sumy region", "ukraine")
    q = one("Dmitry Peskov told state news agency TASS that the talks were difficult.")
    assert (q.speaker, q.channel) == ("Dmitry Peskov", "TASS")


def test_a_definite_role_refers_to_the_person_it_described():
    found = quotes_of(
        "Kremlin spokesman Dmitry Peskov said talks were possible. The spokesman added that no date was set."
    )
    assert [(q.speaker, q.speaker_mention) for q in found] == [
        ("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov"),
        ("Dmitry Peskov", "The spokesman"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "''The bridge will reopen in May,'' the mayor said on Tuesday.",
        "``The bridge will reopen in May,'' the mayor said on Tuesday.",
    ],
    ids=["two-apostrophes", "graves-and-apostrophes"],
)
def test_typewriter_quotation_marks_are_quotation_marks(body: str):
    q = one(body)
    assert (q.kind, q.quote, q.cue, q.scare) == ("direct", "The bridge will reopen in May", "say", False)
    assert q.speaker_mention == "the mayor"


# ----------------------------------------------------------------- attribution on any story
# Sentences written for these tests, one per pattern of the attribution issue.


@pytest.mark.parametrize(
    ("body", "speaker_words"),
    [
        ("“The bridge will open in May,” said a senior city transport official.", "official"),
        ("“The bridge will open in May,” said Sen. Maria Lopez (D-Calif.), a sponsor of the bill.", "Lopez"),
        ('"The bridge will open in May," Gov. Tom Reyes (R-Tex.) said in a statement.', "Reyes"),
        ("“The bridge will open in May,” said former state transport secretary Ana Ruiz.", "Ruiz"),
        ("“The bridge will open in May,” the city's chief engineer said at a briefing.", "engineer"),
        ("“The bridge will open in May,” one resident posted.", "resident"),
        ("“The bridge will open in May,” Ruiz, 54, told reporters on Tuesday.", "Ruiz"),
        ("Said Ana Ruiz, who chairs the board, “The bridge will open in May.”", "Ruiz"),
        ("Continued Ruiz: “The bridge will open in May.”", "Ruiz"),
        ("The mayor, in an interview on Friday, said the bridge would “open in May.”", "mayor"),
        (
            "Ruiz, chair of the board of Harbor Partners, a group that lobbies for the port, wrote, "
            "“The bridge will open in May, and the ferry will stop.”",
            "Ruiz",
        ),
        ("Mathew dos Santos, the engineer, says the bridge “will open in May.”", "Santos"),
    ],
)
def test_speaker_forms_of_us_and_uk_copy(body: str, speaker_words: str):
    quoted = [q for q in quotes_of(body) if q.kind != "indirect"]
    assert quoted and not quoted[0].scare
    assert speaker_words in f"{quoted[0].speaker} {quoted[0].speaker_mention}"


@pytest.mark.parametrize(
    "body",
    [
        "The council leader said:\n\n“We will rebuild the bridge before winter comes.”",
        "“We will rebuild the bridge before winter comes.”\n\nThe council leader said.",
        "The council leader issued the following statement:\n\n“We will rebuild the bridge before winter comes.”",
    ],
    ids=["colon-before", "said-after", "statement-colon"],
)
def test_speaker_in_a_neighbouring_sentence_or_paragraph(body: str):
    quoted = [q for q in quotes_of(body) if q.kind != "indirect"]
    assert quoted and not quoted[0].scare and "leader" in str(quoted[0].speaker_mention)


def test_split_quote_keeps_its_speaker():
    found = quotes_of("“The bridge is late,” said the council leader, “and the ferry is full.”")
    assert [q.quote for q in found] == ["The bridge is late", "and the ferry is full"]
    assert all(q.speaker_mention == "the council leader" for q in found)


def test_a_quoted_paragraph_continues_the_speaker_before_it():
    found = quotes_of("“The bridge is late,” the council leader said.\n\n“We are sorry for the delay.”")
    assert [q.speaker_mention for q in found] == ["the council leader", "the council leader"]


def test_participle_frame_takes_the_subject_not_the_object():
    q = one("At a rally on Friday, the mayor went after the contractor, calling him “a total failure.”")
    assert q.speaker_mention == "the mayor" and q.kind == "partial" and not q.scare


def test_a_titled_work_is_nobodys_words():
    found = quotes_of("The mayor said on the talk show “Meet the Morning” that the bridge would open.")
    assert [q.quote for q in found if q.quote == "Meet the Morning"] == []  # neither a statement nor a label


def test_an_unattributed_quoted_sentence_is_not_a_scare_quote():
    q = one("The crowd was restless. “We have waited for three years and nobody listens to us.”")
    assert not q.scare and q.kind == "direct" and q.speaker is None


def test_short_quoted_label_without_speaker_is_a_scare_quote():
    q = one("The plan was described in the report as a “soft reset” of the budget.")
    assert q.scare


def test_a_day_is_never_the_speaker():
    found = quotes_of("The senator on Saturday criticized the accord, saying it goes “nowhere near far enough.”")
    assert {q.speaker_mention for q in found} == {"The senator"}


@pytest.mark.parametrize(
    ("body", "speaker_words", "content"),
    [
        ("Along with other claims, the suit alleges that the council broke the law.", "suit", "the council broke"),
        ("Even in the park, the women say officers still stop them.", "women", "officers still stop"),
        ("According to the same survey, support for the plan fell in August.", "survey", "support for the plan"),
        ("Support for the plan fell in August, according to three council sources.", "sources", "Support for the plan"),
        ("An earlier report in a local paper said the council had cut the budget.", "report", "the council had cut"),
    ],
)
def test_indirect_speech_with_any_subject(body: str, speaker_words: str, content: str):
    found = [q for q in quotes_of(body) if q.kind == "indirect"]
    assert found and speaker_words in str(found[0].speaker_mention) and content in found[0].quote


@pytest.mark.parametrize(
    "body",
    [
        "‘We will rebuild the bridge before the winter,’ the council leader said.",
        "The council leader said: ‘We will rebuild the bridge before the winter.’",
        "«We will rebuild the bridge before the winter,» the council leader said.",
    ],
    ids=["british-single", "british-single-colon", "guillemets"],
)
def test_british_single_quotes_and_guillemets_enclose_quotations(body: str):
    q = one(body)
    assert (q.quote, q.kind, q.scare) == ("We will rebuild the bridge before the winter", "direct", False)
    assert "council leader" in str(q.speaker_mention)


def test_an_apostrophe_after_a_plural_is_not_a_closing_mark():
    spans, _ = quoted_spans("‘The players’ union will strike on Monday,’ the chairman said.")
    assert len(spans) == 1 and spans[0].end - spans[0].start == len("The players’ union will strike on Monday")


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Mrs. Okafor met Mr. Lindqvist in the port. She said the deal “was a disgrace.” He said it “went well.”",
            ["Okafor", "Lindqvist"],
        ),
        (
            "Senator Lindsey Okafor met Governor John Lindqvist on Monday. She said the bridge “will open in May.”",
            ["Lindsey Okafor"],
        ),
    ],
    ids=["titles", "first-names"],
)
def test_she_and_he_resolve_to_the_last_person_of_that_gender(body: str, speakers: list[str]):
    found = [q for q in quotes_of(body) if q.kind != "indirect"]
    assert [q.speaker for q in found] == speakers


def test_a_quotation_after_a_contraction_is_not_a_label():
    q = one("The mayor also said he’s “liked the plan since the beginning.”")
    assert not q.scare and q.speaker_mention == "The mayor"


@pytest.mark.parametrize(
    ("mention", "name", "kind"),
    [
        ("Sen. Robert P. Casey Jr.", "Robert P. Casey Jr.", "person"),
        ("IMF Managing Director Kristalina Georgieva", "Kristalina Georgieva", "person"),
        ("General Ivanov today", "Ivanov", "person"),
        ("the Port Safety Authority (PSA)", "Port Safety Authority", "organisation"),
        ("PSA", "PSA", "organisation"),
    ],
)
def test_canonical_names_without_titles_or_time_words(mention: str, name: str, kind: str):
    actor = describe(mention)
    assert (actor.name, actor.type) == (name, kind)


def test_an_acronym_is_the_body_its_expansion_named():
    found = quotes_of(
        "The Port Safety Authority (PSA) said the cranes were safe. PSA also said it would “inspect them weekly.”"
    )
    assert {q.speaker for q in found} == {"Port Safety Authority"}


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("A reporter asked the mayor whether the bridge would open in May.", "whether the bridge would open in May"),
        ("A young woman asked the mayor about the delays at the bridge.", "the delays at the bridge"),
    ],
)
def test_a_question_is_reported_speech(body: str, content: str):
    found = [q for q in quotes_of(body) if q.kind == "indirect"]
    assert found and content in found[0].quote and "the mayor" not in str(found[0].speaker_mention)


def test_asking_someone_to_act_is_a_request_with_what_was_asked():
    q = one("She asked supporters to donate to the campaign.")
    assert (q.cue, q.kind, q.quote) == ("ask", "indirect", "to donate to the campaign")


def test_a_reported_noun_phrase_stops_before_the_reporters_adjunct():
    q = one("The ministry confirmed its advance into the river valley for the first time during its two-year campaign.")
    assert q.quote == "its advance into the river valley"
    clause = one("The mayor said the talks began during the summer.")  # a clause keeps its adjuncts
    assert clause.quote == "the talks began during the summer"


def test_a_figure_in_the_reporters_adjunct_is_the_reporters():
    from corpus_utils.numbers import extract_numbers
    from corpus_utils.timeline import tag_article

    body = b"The ministry confirmed its advance into the valley for the first time during its two-year campaign."
    article = parse_article("t", b"Headline\n\n" + body)
    found, _ = extract_quotes(article)
    [figure] = [f for f in extract_numbers(article, tag_article(article), found) if f.text == "two-year"]
    assert figure.claimant is None


def test_speech_inside_an_opening_subordinate_clause_ends_with_the_clause():
    q = one("While the mayor insists the talks have stalled, the admission alone is significant.")
    assert q.quote == "the talks have stalled"


@pytest.mark.parametrize(
    "body",
    [
        "“The bridge will reopen,” Jane Roe, 54, a retired teacher in Springfield, Ill., said on Monday.",
        "Jane Roe, the mayor of Springfield, a city of 50,000, said the bridge would reopen.",
        "Jane Roe, president of the Teachers Union, which represents 3,000 teachers, said the bridge would reopen.",
    ],
)
def test_speaker_opens_a_chain_of_appositives(body: str):
    """The name that opens "NAME, DESCRIPTION, MORE, said" speaks, not the last description's head."""
    assert one(body).speaker_mention == "Jane Roe"


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("The senators criticized the plan and its cost.", "criticize", "the plan and its cost"),
        ("The mayor talked about the debt at length.", "talk", "the debt at length"),
        ("Smith referred to the judge as biased.", "refer", "the judge as biased"),
        ("The council agreed with the mayor on the budget.", "agree", "the mayor on the budget"),
    ],
)
def test_object_of_a_verb_of_judgement_or_topic_is_its_content(body: str, cue: str, content: str):
    """ "criticized the plan", "talked about the debt": the object is what the statement was."""
    q = one(body)
    assert (q.kind, q.cue, q.quote) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "body", ["The governor praised on Monday.", "Thanks to the storm, the vote was delayed.", "She attacked quickly."]
)
def test_no_object_no_statement(body: str):
    assert not [q for q in quotes_of(body) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "body",
    [
        "The senator spoke at a memorial service in the capital.",
        "“We are close,” one aide said, speaking on condition of anonymity.",
    ],
)
def test_a_verb_of_topic_needs_its_preposition(body: str):
    """ "spoke at a memorial" says nothing; "speaking on condition of anonymity" is no second statement."""
    assert not [q for q in quotes_of(body) if q.kind == "indirect"]


def test_late_and_early_before_a_day_are_adverbials():
    q = one("The bridge was closed to traffic, the city paper reported late Thursday.")
    assert (q.quote, q.speaker_mention) == ("The bridge was closed to traffic", "the city paper")


@pytest.mark.parametrize(
    "body",
    [
        "Coastal states swing toward the opposition.",
        "Donors gave money to a company called Acme Data.",
        "The strike followed Smith's claims over the weekend.",
    ],
)
def test_cue_forms_used_as_nouns_or_names(body: str):
    """ "Western states", "a company called Acme", "the union's calls": no statement."""
    assert not [q for q in quotes_of(body) if q.kind == "indirect"]


def test_indefinite_subject_of_called_still_speaks():
    q = one("A spokesman called the report false.")
    assert (q.cue, q.quote) == ("call", "the report false")


def test_a_statement_ends_where_another_speaker_begins():
    found = quotes_of(
        "When Smith noted that Jones had paid nothing ― as was true for years ― Jones boasted, “That makes me smart.”"
    )
    quoted = [q for q in found if q.kind == "direct"]
    assert [q.speaker_mention for q in quoted] == ["Jones"]


def test_a_quotation_after_a_comma_fits_a_verb_that_needs_a_clause():
    found = quotes_of(
        "She said the rule would stay, and when pressed, the mother of three replied, “It is meant for us.”"
    )
    quoted = [q for q in found if q.kind == "direct"]
    assert [(q.cue, q.speaker_mention) for q in quoted] == [("reply", "the mother of three")]


def test_a_quoted_paragraph_continues_the_last_speaker_of_a_statement():
    found = quotes_of("The bridge will stay closed until May, Smith said.\n\n“We have no other choice.”")
    quoted = [q for q in found if q.kind == "direct"]
    assert [q.speaker_mention for q in quoted] == ["Smith"]


def test_participle_speaker_is_the_name_before_its_appositive():
    q = one("Dean, a former party chairman, poked at the rival during the debate, tweeting, “Notice the sniffing.”")
    assert q.speaker_mention == "Dean"


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("On Wednesday, however, the head of the agency, James B. Comey, said the files were lost.", "James B. Comey"),
        ("“It is one long day,” said the senator’s deputy manager, Rich Roe, who ran the last race.", "Rich Roe"),
        ("Smith’s right-hand woman rallied supporters, saying: “We have to be ready.”", "Smith’s right-hand woman"),
    ],
)
def test_names_in_apposition_and_heads_after_possessives(body: str, mention: str):
    """A name in apposition (with an initial) is the speaker, and a possessive is no speaker's end."""
    assert one(body).speaker_mention == mention


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Protesters marching through the streets chanted “What curfew?”", "Protesters"),
        ("Smith did not mention his rivals but told supporters, “our town is in trouble.”", "Smith"),
    ],
)
def test_speaker_description_ends_before_a_verb_or_participle_clause(body: str, mention: str):
    assert {q.speaker_mention for q in quotes_of(body)} == {mention}


def test_speaker_before_descriptions_and_an_adverb():
    q = one("Smith, exasperated, famously responded: “What difference does it make?”")
    assert (q.speaker_mention, q.cue) == ("Smith", "respond")


@pytest.mark.parametrize(
    ("body", "cue"),
    [("The senator retorted, “That is false.”", "retort"), ("Crowds yelled “Lock her up” as the car passed.", "yell")],
)
def test_manner_of_speaking_verbs_before_a_quotation(body: str, cue: str):
    q = one(body)
    assert q.cue == cue and q.speaker_mention in {"The senator", "Crowds"}


@pytest.mark.parametrize(
    ("body", "mention", "question"),
    [
        (
            "Asked whether he was worried that Jones could win, Smith shrugged.",
            None,
            "whether he was worried that Jones could win",
        ),
        ("When asked about the merger, the chief executive declined to comment.", None, "about the merger"),
        (
            "Rubio was asked by the moderator whether the plan would cost too much.",
            "the moderator",
            "whether the plan would cost too much",
        ),
    ],
)
def test_a_question_in_the_passive_or_an_opening_participle(body: str, mention: str | None, question: str):
    """The question is reported even when the sentence does not name who asked it."""
    found = [q for q in quotes_of(body) if q.cue == "ask"]
    assert [(q.speaker_mention, q.quote) for q in found] == [(mention, question)]


@pytest.mark.parametrize(
    ("body", "asked_for"),
    [
        ("Trump asked the network to donate the profits to veterans.", "to donate the profits to veterans"),
        ("The pastor asked them to stand.", "to stand"),
        ("A woman asked for a photo.", "a photo"),
    ],
)
def test_a_request_is_reported_like_a_question(body: str, asked_for: str):
    q = one(body)
    assert (q.cue, q.quote) == ("ask", asked_for)


def test_opening_participle_speaks_for_the_main_subject():
    found = quotes_of("After saying her foot was “so swollen I could barely walk,” she was taken to hospital.")
    assert [q.speaker_mention for q in found] == ["she"]


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("However, he characterized the senator as “a little desperate there.”", "characterize"),
        ("The group advocated a litany of rules to end the deferral of income.", "advocate"),
    ],
)
def test_characterize_and_advocate_verbs(body: str, cue: str):
    assert one(body).cue == cue


def test_a_label_after_an_indefinite_noun_names_it():
    assert one("In a box labeled “medical problem,” a doctor had typed a note.").speaker_mention is None


def test_a_speaker_phrase_may_hold_a_slash():
    assert one("“They are wrong,” said 9/11 widow Jane Roe.").speaker_mention == "9/11 widow Jane Roe"


def test_an_infinitive_that_continues_speech():
    """ "went on to say" reports a statement; "declined to say" does not."""
    assert one("Jones went on to say that the plan was ready.").quote == "the plan was ready"
    assert not quotes_of("Jones declined to say whether the plan was ready.")


def test_a_nickname_inside_a_name_is_part_of_the_name_not_a_quotation():
    found = quotes_of(
        '"This is a big year." Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.'
    )
    assert [(q.quote, q.speaker, q.cue) for q in found] == [("This is a big year", "Marcia Cia Price", "shout")]


def test_a_title_abbreviation_does_not_end_the_sentence_and_stays_out_of_the_name():
    q = one('"It is destroying this committee," said Del. Stacey Plaskett, a Democrat.')
    assert (q.speaker, q.speaker_mention) == ("Stacey Plaskett", "Del. Stacey Plaskett")


def test_an_opening_time_phrase_is_not_the_speaker_of_a_participle():
    q = one('In August, several groups granted Mr. Clarke an extension, saying his "capital was less than expected."')
    assert q.speaker_mention == "several groups"
    q = one("On September 27 they published the results of their check by announcing that the claim was “true.”")
    assert q.speaker_mention == "they"


def test_a_group_of_people_is_one_speaker():
    q = one('Small groups of protesters marched downtown while chanting, "Hands up, don\'t shoot."')
    assert q.speaker_mention == "Small groups of protesters"


def test_a_body_named_in_capitals_keeps_its_name():
    assert one("The bank was fined, the Justice Department said.").speaker == "Justice Department"
    assert one("The defence ministry said the strike had failed.").speaker.islower()  # a description, not a name


def test_a_surname_alone_is_the_person_the_article_names_most_not_a_relative_named_later():
    found = quotes_of(
        "Sen. Ted Cruz (R-Tex.) endorsed Trump on Friday. Ted Cruz had refused in July. "
        "Trump once attacked his wife, Heidi Cruz. \"I will vote for the nominee,\" Cruz wrote."
    )
    assert [q.speaker for q in found if q.quote.startswith("I will vote")] == ["Ted Cruz"]


def test_a_pronoun_is_nobody_rather_than_a_person_of_the_other_gender():
    q = one('Keith Scott was shot by police. His wife filmed it. "Don\'t shoot him," she says.')
    assert q.speaker == "His wife" and q.speaker_mention == "she"  # not Keith Scott: the wife who opened a sentence
    alone = one('Keith Scott was shot by police. "Don\'t shoot him," she says.')
    assert alone.speaker is None and alone.speaker_mention == "she"


def test_a_definite_generic_head_is_the_body_named_before_with_that_word():
    q = quotes_of("The Justice Department opened a case. The department said it would continue.")[-1]
    assert (q.speaker, q.speaker_mention) == ("Justice Department", "The department")
    lone = one("The department said it would continue.")  # no body named: the description stays
    assert lone.speaker == "department"


@pytest.mark.parametrize(
    ("body", "channel"),
    [
        ('"We will win," she told The Huffington Post.', "HuffPost"),  # the outlet's one name in the corpus
        ('"We will win," he told CNN.', "CNN"),
        ('"We will win," he told the BBC.', "BBC"),
        ('"We will win," she told Harvey.', None),  # a person told something is an audience, not a channel
        ('"We will win," he told African-Americans.', None),
    ],
)
def test_a_channel_is_an_outlet_not_whoever_was_told(body: str, channel: str | None):
    assert one(body).channel == channel


def test_a_party_adjective_is_no_speaker_and_they_is_no_country():
    """ "two Democratic speechwriters" is the speaker, not "Democratic"; "of Republican claims" is a
    noun, not a cue; "they" after a country is a body or people the sentence names, never the country."""
    found = one("In a column, two Democratic speechwriters implored her to act, arguing that it agitated Trump.")
    assert found.speaker_mention == "two Democratic speechwriters"
    rated = quotes_of("PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” a 3 to 1 margin.")
    assert all(q.speaker != "Republican" for q in rated)
    many = quotes_of("He said the website cites so many Republican claims as inaccurate because they lack context.")
    assert [q.speaker_mention for q in many] == ["He"]
    country = quotes_of("The United States signed the accord. They argue that the agency overstepped its powers.")
    assert all(q.speaker != "United States" for q in country)


def test_a_name_given_or_a_claim_owned_is_no_statement():
    """ "The program, called EB-5," names a program; "Pagliano's Fifth Amendment claims" is a noun;
    "MSNBC's Ayman Mohyeldin reported" still says something."""
    assert quotes_of("The program, called EB-5, allows foreigners to invest.") == []
    assert quotes_of("He refused to testify because of Pagliano's Fifth Amendment claims.") == []
    owned = quotes_of("A judge may not act because of Pagliano's Fifth Amendment claims, prosecutors rarely sue.")
    assert owned == []
    reported = one("MSNBC’s Ayman Mohyeldin reported Wednesday that Megyn Kelly was seen entering Trump Tower.")
    assert reported.speaker == "Ayman Mohyeldin"
    assert one("MSNBC’s Ayman Mohyeldin reports that the vote was delayed.").speaker == "Ayman Mohyeldin"
    assert one("Media Research Center’s Bozell agrees that Cruz is the best candidate.").speaker == "Bozell"
    assert one("The Post’s Chris Cillizza writes: “Rubio must win Florida.”").speaker == "Chris Cillizza"


def test_the_group_is_the_body_named_just_before_not_a_place():
    """ "the group said" after "The Tax Policy Center ... came to a conclusion." is the center; a body
    named as a place ("rallied at Temple University") is not the group that shouts."""
    said = quotes_of(
        "The Tax Policy Center, reviewing his plan, came to a similar conclusion. "
        "The top 1 percent would see an average tax cut of $275,000, the group said."
    )
    assert [q.speaker for q in said] == ["Tax Policy Center"]
    shouted = one("The crowd rallied at Temple University. “Power to the people!” the group shouted.")
    assert shouted.speaker != "Temple University"


def test_a_verdict_is_speech():
    """A fact-checker's verdict ("PolitiFact ruled that ... is “true”") is speech; "ruled that out" is not."""
    verdict = quotes_of("PolitiFact then ruled that the claim about Chicago is “true,” but added a caveat.")
    assert [(q.quote, q.speaker, q.scare) for q in verdict] == [("true", "PolitiFact", False)]
    assert quotes_of("But administration officials have effectively ruled that out.") == []


def test_he_after_a_person_introduced_with_a_role_is_that_person():
    """ "... something that concerns Henry Crespo, president of the caucus. “...,” he said." quotes Crespo,
    not the last speaker; a person named inside the last speaker's own sentence does not take "he"."""
    body = (
        "Bryan Anderson largely agreed. “It comes across as pandering,” he said.\n\n"
        "That has not been happening for Clinton, which is something that concerns Henry Crespo, president of "
        "the Florida Democratic Black Caucus.\n\n“No one is writing songs for Hillary,” he said."
    )
    assert [q.speaker for q in quotes_of(body)] == ["Bryan Anderson", "Henry Crespo"]
    kept = (
        "Barack Obama spoke at the museum. “It is a great day,” he said.\n\n"
        "Mr. Obama spoke of the lighted figure of Abraham Lincoln, sheltered in his memorial.\n\n"
        "“We will walk away more in love with this country,” he said."
    )
    assert {q.speaker for q in quotes_of(kept)} == {"Barack Obama"}


def test_she_after_a_relative_who_opens_a_sentence_is_that_relative():
    """ "His ex-wife agreed ... reports alleging that she claimed ...": "she" is the ex-wife, not the
    nominee quoted before (an allegation must not be given to the man it is about); a relative in
    passing ("His father's death drives him") takes no pronoun."""
    body = (
        "The GOP presidential nominee argued that the files are off-limits.\n\n"
        "His ex-wife agreed. Her submission noted reports alleging that she claimed during the divorce that he "
        "had raped her."
    )
    assert [q.speaker for q in quotes_of(body) if q.speaker_mention == "she"] == ["His ex-wife"]
    passing = "Tom Perez said it was hard. His father's death drives him “to have purpose,” he said."
    assert {q.speaker for q in quotes_of(passing)} == {"Tom Perez"}


def test_a_city_of_a_name_is_the_city_not_a_person():
    found = one("The city of Phoenix is demanding that the campaign stop using the image of officers.")
    assert (found.speaker, found.speaker_type) == ("City of Phoenix", "organisation")


def test_what_someone_would_have_said_is_no_statement():
    """A counterfactual ("would have described") reports what no one said; "have said" still says;
    nor does advice ("needs to ... tell more jokes"), though what one "has said" does."""
    assert quotes_of("Few people would have described Mr. Obama as a climate evangelist in 2008.") == []
    assert quotes_of("Hillary Clinton needs to sell herself and tell more jokes.") == []
    assert one("She has said that the plan needs to change.").speaker_mention == "She"
    assert one("Officials have said the plan would work.").speaker_mention == "Officials"


def test_the_title_of_a_work_after_its_noun_is_no_quotation():
    """ "the documentary “13th”" and "the show “Politicking”" name works: no statement, no scare quote."""
    assert quotes_of("Ava DuVernay, director of the documentary “13th,” spoke on Monday.") == []
    assert quotes_of("Larry King hosts the show “Politicking” on RT.") == []
    assert [q.quote for q in quotes_of("He called the plan a “disaster” on Monday.")] == ["disaster"]


def test_a_quotation_closing_a_nested_one_before_a_long_apposition_has_its_speaker():
    """A reader found "‘criminal, super predator,’” Malkia Cyril, the executive director at ... and
    whose also featured in the film, told The Huffington Post" without a speaker: the comma before
    the closing marks sits inside the inner quotation."""
    text = (
        "“This is pushed by media, where we find the labels of ‘criminal, super predator,’” Ann Roe, "
        "the executive director at the Center of Media Justice and whose also featured in the film, told a paper."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ann Roe"]


def test_a_cue_before_that_and_a_figure_is_a_verb():
    assert [q.speaker for q in quotes_of("The report notes that 58 companies would owe $212 billion.")] == [
        "unnamed report"
    ]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # a reader found these channels named in the sentence but not recorded
        ("“Let us debate,” Max Roe said this month on CNBC.", "CNBC"),
        ("During a May interview on CNBC's Squawk Box, Max Roe said he won “every single debate.”", "CNBC"),
        ("In a Wall Street Journal essay last week, Ann Roe wrote that the number had doubled.", "Wall Street Journal"),
        ("Spokeswoman Ann Roe said via email that the plan was sound.", "email"),
        ("Max Roe said in an interview with CNN that the plan was sound.", "CNN"),
        ("Max Roe said in an interview with the harbour paper that the plan was sound.", "interview"),
        ("Max Roe said on DACA that the plan was sound.", None),  # an acronym the gazetteer does not know
        ("Max Roe said on Monday that the plan was sound.", None),
    ],
)
def test_the_outlet_or_form_a_statement_was_made_on_is_its_channel(text: str, channel: str | None):
    assert [q.channel for q in quotes_of(text)] == [channel]


def test_many_of_whom_is_some_of_the_people_named_before_it():
    """A reader found "Many of whom" a speaker of the cast: "family members of 9/11 victims, many of
    whom say the president's claims are unfounded"."""
    text = "This has not gone over well with family members of the victims, many of whom say the claims are false."
    assert [q.speaker for q in quotes_of(text)] == ["unnamed family members"]
    text = "The state's Democrats also have five superdelegates, two of whom said they back Roe."
    assert [q.speaker for q in quotes_of(text)] == ["unnamed superdelegates"]


def test_a_figure_a_body_recommends_is_the_body_s_not_the_clause_subject_s():
    """A reader found "Five countries" in the cast: "Only five countries in NATO spend more than the
    alliance's recommended 2 percent" is the alliance's figure (PolNeAR counts it so), not the countries'."""
    text = "Only five countries in NATO spend more than the alliance's recommended 2 percent of GDP on defense."
    assert [(q.speaker, q.quote) for q in quotes_of(text)] == [("alliance", "2 percent of GDP on defense")]


def test_a_quotation_given_as_someone_s_view_is_theirs():
    """A reader found "... because to her, “there's nothing more important ...”" without a speaker."""
    text = "Ann Roe explained the film. She credits storytellers because to her, “nothing matters more than the story.”"
    assert [q.speaker for q in quotes_of(text)][-1] == "Ann Roe"
    assert [q.speaker for q in quotes_of("Max Roe spoke. In his words, “the plan is dead.”")] == ["Max Roe"]


def test_a_date_before_a_colon_is_no_one_s_words():
    text = "Max Roe said on June 11:\n\n“If you look at it, youth is an example: 59 percent unemployment.”"
    assert [(q.kind, q.speaker) for q in quotes_of(text)] == [("direct", "Max Roe")]


def test_her_account_is_hers():
    """A reader found "According to her account, ..." filed under a speaker called "Her account"."""
    text = "Dr. Ann Roe spoke to the paper. According to her account, after examining the leg, she left."
    assert [q.speaker for q in quotes_of(text)][:1] == ["Ann Roe"]


def test_having_said_that_is_the_writers_turn_of_phrase():
    """A reader found "(Having said that, there are some economists who argue ...)" a statement of no one."""
    text = "(Having said that, there are some economists who argue that corporate taxes should be small.)"
    assert [q.speaker for q in quotes_of(text)] == ["unnamed economists"]
    assert [q.quote for q in quotes_of("That said, the plan is sound.")] == []


def test_a_body_named_by_its_common_noun_is_a_body():
    """A reader found "the union" and "the bank" typed as people."""
    for text in ("The bank said that it had fired the employees.", "The plan passed, according to the union."):
        assert [q.speaker_type for q in quotes_of(text)] == ["organisation"], text


def test_a_cue_form_after_a_name_with_an_indefinite_article_is_a_noun():
    """'a New York Times report from over the weekend that ...' is no Times statement opening at
    'from over the weekend'; 'A few Democrats claim' is still a verb."""
    spot = "The spot features a New York Times report from over the weekend that the losses were large."
    assert [q.quote for q in quotes_of(spot)] == []
    assert [q.speaker for q in quotes_of("A few Democrats claim that the vote was rigged.")] == ["Democrats"]


def test_a_title_after_titled_or_with_a_capital_article_is_no_quotation():
    """A reader of the PolNeAR dev book found an advertisement's title given to the New York Times as
    its words ('The 30-second spot, titled “Arrogant,” features a New York Times report') and a show's
    to the insiders quoted about it ('As a reality TV boss on “The Apprentice,” ...')."""
    spot = "The 30-second spot, titled “Arrogant,” features a New York Times report on his taxes."
    assert "Arrogant" not in [q.quote for q in quotes_of(spot)]
    show = "As a boss on “The Apprentice,” Max Roe demeaned women, according to show insiders."
    assert "The Apprentice" not in [q.quote for q in quotes_of(show)]
    assert [q.quote for q in quotes_of("“The plan is dead,” Max Roe said.")] == ["The plan is dead"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Rep. Elijah Moe of Maryland said the hearing was a ploy.", "Elijah Moe"),  # the person, not his state
        ("Gov. Earl Ray Toe of West Virginia praised the deal.", "Earl Ray Toe"),
        ("The Commission on Presidential Debates said the sound was poor.", "Commission on Presidential Debates"),
        ("British Prime Minister Theresa May said the country would leave.", "Theresa May"),  # "May" no modal
        ("Even China said it was opposed to the test.", "China"),
        ("Mr. Obama often says the climate is changing.", "Obama"),
        ("Republicans said the timing was not intentional.", "Republicans"),  # the party's people
    ],
)
def test_a_speaker_is_the_name_without_its_place_adverbs_or_sentence_capitals(body: str, speaker: str):
    assert one(body).speaker == speaker


def test_a_sentence_capital_is_no_speaker_and_a_party_plural_is_a_group():
    found = quotes_of("Having said that, some economists argue taxes should fall.")
    assert [q.speaker for q in found] == ["unnamed economists"]  # not "Having"
    assert one("Some Democrats said the plan was risky.").speaker_type == "group"


def test_a_verb_that_doubts_is_loaded_one_that_names_the_act_is_descriptive():
    found = quotes_of('Ann Roe claimed that the vote was rigged. Bo Lee attacked the plan: "It is a disaster."')
    assert [(q.cue, q.cue_tone) for q in found] == [("claim", "loaded"), ("attack", "descriptive")]


def test_a_relative_speaks_for_the_family_and_a_noun_in_ly_is_no_adverb():
    q = one("Keith Poe was shot. Poe's family has called on police to release the videos.")
    assert q.speaker_mention == "Poe's family"


def test_a_claim_on_a_tax_return_is_no_statement():
    found = quotes_of("Trump had claimed a loss of $916 million on his tax returns. He claimed victory in the debate.")
    assert [(q.cue, q.quote) for q in found] == [("claim", "victory in the debate")]


def test_a_transcripts_turns_are_their_speakers_direct_speech():
    body = (
        "Gov. Mike Poe spoke on Sunday. Partial transcript as follows:\n\n"
        '"WALLACE: Will she be there?\n\n"POE: She will not. “Shark Tank” is a show.\n\n'
        '"But the truth is that we will win.\n\n"(CROSSTALK.)\n\n"WALLACE: Thank you.\n\n'
        "The interview ended."
    )
    turns = [(q.speaker, q.kind, q.quote) for q in quotes_of(body) if not q.scare]
    assert turns == [
        ("Wallace", "direct", "Will she be there?"),
        ("Mike Poe", "direct", "She will not. “Shark Tank” is a show."),
        ("Mike Poe", "direct", "But the truth is that we will win."),  # a paragraph that continues the turn
        ("Wallace", "direct", "Thank you."),
    ]
    assert all(q.speaker is None or q.scare for q in quotes_of("NOTE: The vote is on Friday.\n\nIt passed."))


def test_a_person_called_by_first_name_alone_is_whom_she_refers_to_and_a_title_is_nobody():
    body = (
        "Melanie watched the speech at home. Melanie thought the reporter was unfair. "
        "A story about Supreme Court Justice Antonin Poe ran. “Here he is,” she said."
    )
    assert [q.speaker for q in quotes_of(body) if not q.scare] == ["Melanie"]
    clinton = "Hillary Roe spoke. Roe was in Ohio. Hillary was tired. Hillary said the race was close."
    assert {q.speaker for q in quotes_of(clinton)} == {"Hillary Roe"}  # not a person called "Hillary"


def test_a_possessive_speaker_is_its_owner_and_a_surname_is_the_one_named_just_before():
    from corpus_utils.actors import describe

    assert describe("Donald Poe’s").type == "person"  # "Donald Poe’s claim that ...": the owner, no body
    blog = (
        "Libertarian candidate Gary Roe said taxes were too high. Roe said he would win. " + "The day went on. " * 120
        + "Homeland Security Secretary Jeh Roe said the systems were safe. Roe said hackers had targeted them."
    )
    assert [q.speaker for q in quotes_of(blog)] == ["Gary Roe", "Gary Roe", "Jeh Roe", "Jeh Roe"]  # each item's own


def test_places_and_prizes_that_open_with_a_first_name_are_nobody_a_pronoun_finds():
    body = (
        "Donald Roe made the comments Friday at the Kent County Republican headquarters. "
        "He said the state would vote for him. "
        "Jane Poe called a former Miss Universe “a liar.” She said the remarks were cruel."
    )
    assert [q.speaker for q in quotes_of(body) if not q.scare] == ["Donald Roe", "Jane Poe", "Jane Poe"]


def test_a_definite_role_with_its_place_is_the_person_the_article_gave_the_title():
    body = (
        "Sen. Lindsey Roe (R-S.C.) spoke on Thursday. Bob Poe, a donor, listened. "
        "In June, the South Carolina senator said Republicans should unendorse the nominee."
    )
    assert one(body).speaker == "Lindsey Roe"


def test_a_capitalised_title_before_a_name_gives_the_role_a_definite_description_stands_for():
    body = (
        "President Ben Roe spoke at a town hall. Vice President Al Poe listened. "
        "“The issue has been manufactured,” the president said."
    )
    assert one(body).speaker == "Ben Roe"  # not Al Poe, whose title is "vice president"


def test_a_pronoun_with_a_contracted_verb_is_the_pronoun():
    body = "Mike Roe spoke in Ohio. He’s claiming that voting fraud is “a big, big problem in this country.”"
    assert one(body).speaker == "Mike Roe"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("President Ben Roe released a statement on Thursday. “We stand with France,” the statement said.", "Ben Roe"),
        ("A statement issued by the Poe campaign was notable. The statement said voters decide.", "Poe campaign"),
        ("The Civil Union filed a lawsuit on Monday. The lawsuit alleges that the county broke a law.", "Civil Union"),
        ("Cook said in a written statement that he erred. “He regrets it,” the statement said.", "Cook"),
        ("The Poe campaign sent a fundraising email Wednesday. “Donald can’t,” the email read.", "Poe campaign"),
        ("“The clip is false,” the Acme News statement said.", "Acme News"),
        (  # the subject of the clause "In a statement ..." opens
            "In a statement on Monday, the Union of Flight Crews called her a champion. "
            "“She stood with us,” the statement said.",
            "Union of Flight Crews",
        ),
    ],
)
def test_a_statement_or_a_lawsuit_speaks_for_whoever_the_article_says_issued_it(body: str, speaker: str):
    assert str(quotes_of(body)[-1].speaker).casefold() == speaker.casefold()


def test_a_statement_with_no_issuer_named_stays_the_statement():
    assert "statement" in str(one("“We will win,” the statement said.").speaker).casefold()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the subject's relative clause names someone else; the subject speaks
        ("A woman who has accused Senator Ann Poe of fraud said on Sunday that the senator lied.", "woman"),
        # a role the typology knows heads a description too ("lawyer", "economist")
        ("The lawyer who represented the family in the case said the ruling was wrong.", "lawyer"),
        ("An economist at the bank said rates would rise.", "economist"),
        # the plural of a role: "fellow physicians", not "fellow"
        ("Dr. Oz has been called a charlatan by fellow physicians for his advice.", "fellow physicians"),
    ],
)
def test_a_subject_with_a_relative_clause_or_an_occupation_is_the_speaker(body: str, speaker: str):
    assert speaker in str(quotes_of(body)[0].speaker).casefold()


def test_those_close_to_someone_are_an_unnamed_group():
    q = one("Those close to him say that he would have to consider Rep. Don Roe.")
    assert (q.speaker, q.speaker_type) == ("unnamed people close to him", "group")


def test_a_first_name_used_as_a_place_is_no_one_she_can_be():
    body = (
        "Ann Roe spoke in Charlotte on Friday. Crowds in Charlotte cheered. "
        "Later she said the city “needs healing.” She called into a radio show."
    )
    assert {q.speaker for q in quotes_of(body)} == {"Ann Roe"}


def test_an_imperative_names_no_speaker_and_a_city_speaks_as_a_body():
    assert not quotes_of("Don't blame the mayor.")
    from corpus_utils.actors import describe

    actor = describe("the city of Phoenix")
    assert (actor.name, actor.type) == ("City of Phoenix", "organisation")


def test_he_continues_the_last_speaker_past_a_person_merely_mentioned():
    body = (
        "“The stakes are high,” Mr. Ben Roe said. He recalled Jared Poe’s 2005 best seller about collapse. "
        "Crops are withering in the islands, he noted."
    )
    assert [q.speaker for q in quotes_of(body)][-1] == "Ben Roe"  # not Jared Poe, named last


def test_a_clause_after_whether_or_what_gives_no_speaker_of_its_own():
    body = "Kevin Roe says he instructed staff Monday to check whether anyone illegally disclosed the information."
    assert {q.speaker for q in quotes_of(body)} == {"Kevin Roe"}
    assert one("It’s denouncing what it calls “the biggest media attack in history.”").speaker_mention == "it"


def test_an_ad_and_its_narrator_speak_for_who_made_the_ad():
    body = (
        "A web video by the Republican National Committee references four cases. "
        "The clip says Kaine “has a passion for defending the wrong people.” "
        "“You work hard. So why didn’t he pay?” a narrator in the Poe ad asks."
    )
    assert [q.speaker for q in quotes_of(body) if not q.scare] == ["Republican National Committee", "Poe campaign"]


def test_it_and_the_campaign_stand_for_a_campaign_or_the_text_just_quoted():
    body = (
        "The Poe campaign is defending his tweets. It’s denouncing what it calls “a coordinated attack.” "
        "The campaign says the ad will air nationally."
    )
    assert {q.speaker.casefold() for q in quotes_of(body) if not q.scare} == {"poe campaign"}
    body = "Acme Bank fired him. “They honored him,” the report said. “He erased his debt,” it added."
    assert [q.speaker for q in quotes_of(body)] == ["unnamed report", "unnamed report"]  # not the bank named before


def test_he_continues_the_reporting_speaker_not_one_reported_inside_his_words():
    body = (
        "White House spokesman Josh Poe said Monday that President Ben Roe has long called for tax fairness. "
        "He said Roe hopes that his successor will push for the same goals."
    )
    assert [q.speaker for q in quotes_of(body)][-1] == "Josh Poe"


def test_a_tweet_is_a_statement_on_twitter_and_a_tweet_spoken_of_is_no_channel():
    assert (one("Dan Roe tweeted that the debate was rigged.").cue, one("Dan Roe tweeted that it was.").channel) == (
        "tweet",
        "Twitter",
    )
    assert one("In one tweet Friday, Dan Roe said she was a fraud.").channel == "Twitter"
    assert one("The tweet was deleted, officials said.").channel is None


def test_he_is_a_new_subject_that_opens_a_sentence_after_the_last_speaker():
    body = (
        "“We are used to dog whistles,” added Rep. Jim Poe (D-S.C.). Donald Roe has record low support. "
        "He recently pitched himself by telling them that their lives were terrible."
    )
    assert [q.speaker for q in quotes_of(body)][-1] == "Donald Roe"


def test_a_quotation_signed_with_a_horizontal_bar_is_its_signers():
    body = (
        "“He is ignorant of our culture. He makes blanket statements.”― Pamela Poe \n"
        "“Trump must stop portraying us as gangsters.”― Carla Roe."
    )
    assert [q.speaker for q in quotes_of(body) if not q.scare] == ["Pamela Poe", "Carla Roe"]


def test_asked_to_speak_the_speaker_is_the_one_who_answers():
    found = quotes_of("Asked to describe the device found in the street, Ann Roe said it was a pressure cooker.")
    assert {q.speaker for q in found} == {"Ann Roe"}  # not "Asked"


def test_a_pronoun_resolved_late_continues_the_speaker_before_it_not_the_articles_last():
    from corpus_utils.quotes.marks import quoted_spans
    from corpus_utils.quotes.resolver import Resolver
    from corpus_utils.spans import SpanIndex

    body = (
        "Mr. Ben Roe dismissed the criticism as the voice of Mr. Poe's client, a coal company. "
        "“You know, I love Larry,” he said. Later, Tom Kay said the rules would stand."
    )
    article = parse_article("a", f"Headline\n\n{body}".encode())
    spans, _ = quoted_spans(article.text)
    resolver = Resolver(article, SpanIndex((s.open_mark, s.close_mark, s) for s in spans))
    resolver.resolve("Mr. Ben Roe", article.text.index("Mr. Ben"))
    resolver.resolve("Tom Kay", article.text.index("Tom Kay"))  # a later statement, read first
    he = resolver.resolve("he", article.text.index("he said"))
    assert he is not None and he.name == "Ben Roe"  # not Poe, named last before "he"


def test_a_polls_share_the_writers_i_and_a_kinship_noun_speak_as_what_they_are():
    assert one("Twelve percent indicated that they were not sure.").speaker == "unnamed poll respondents"
    voters = one("A poll found that 74 percent of likely voters said Dan Roe should release his returns.")
    assert voters.speaker == "unnamed likely voters"
    assert one("All the experts I interviewed said her proposals were more detailed.").speaker == "unnamed experts"
    body = (
        "My mother said the war changed her. My father said nothing. Even now she still says things such as, "
        "“We're not all meant to be equal, you know.”"
    )
    assert [q.speaker for q in quotes_of(body)][-1].casefold() == "my mother"  # not the father, named last


def test_a_speaker_is_the_words_after_a_reporting_verb_inside_the_subject():
    found = quotes_of("The campaign says the Democratic presidential candidate will announce plans Friday.")
    assert [q.speaker.casefold() for q in found] == ["campaign", "democratic presidential candidate"]
    paid = quotes_of("The middle fifth paid 8.9 percent, the agency said in a June report, and the rest 0.8 percent.")
    assert all("said" not in (q.speaker or "") for q in paid)


def test_an_honorific_makes_a_person_of_a_surname_that_is_also_a_role():
    from corpus_utils.actors import describe

    assert describe("Mr. King").type == "person" and describe("Mr. King").name == "King"
    assert describe("Mrs. Queen").type == "person"


def test_he_continues_the_last_speaker_named_in_full_whatever_the_name_tells():
    text = (
        "“He did all the things right,” said MSNBC host Chris Matthews. Matthews said Pence’s "
        "performance should boost Trump’s poll numbers.\n\n“I thought he was very effective,” he said."
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Chris Matthews", "Chris Matthews"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Laurence Tribe likened the rules to "burning the Constitution" on Monday.', "Laurence Tribe"),
        ("PolitiFact rated 32% of Republican claims as “false” last year.", "PolitiFact"),
    ],
)
def test_comparing_and_rating_are_speech_not_scare_quotes(body: str, speaker: str):
    (q,) = [q for q in quotes_of(body) if q.kind != "indirect"]
    assert (q.speaker, q.scare) == (speaker, False)


@pytest.mark.parametrize(
    "body",
    [
        "Rep. Robert C. \"Bobby\" Scott threw open his back yard.",  # a nickname after an initial
        "Intro line.\n\n“Bobby” Scott threw open his back yard.",  # a nickname for the first name
        "Check out the trailer for her documentary, “13th,” below.",  # a title set off by a comma
    ],
)
def test_nicknames_and_titles_are_no_quotations(body: str):
    assert quotes_of(body) == []


def test_words_after_a_work_noun_and_a_comma_can_be_speech():
    (q,) = quotes_of("Mr. Trump said of the episode, ''I don't like it,'' adding more.")
    assert q.quote.startswith("I don")  # not a title: the noun "episode" and a comma do not make one


def test_a_chant_or_a_question_is_someones_words_not_a_scare_quote():
    (q,) = quotes_of("McAuliffe was greeted with chants of “Bobby!” at the picnic.")
    assert not q.scare


@pytest.mark.parametrize(
    "body",
    ["Donald Trump will insist on being Donald Trump.", "If they failed, the government could deny them permits."],
)
def test_insisting_on_doing_and_denying_someone_something_are_no_speech(body: str):
    assert quotes_of(body) == []


def test_a_closing_mark_typed_for_an_opening_one_opens_a_quotation():
    text = "Intro line.\n\n”Mr. Roe’s strategy tonight was to be a bully.” - Vera Cruz, Houston"
    spans, _ = quoted_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Mr. Roe’s strategy tonight was to be a bully"]
    spans, warnings = quoted_spans("He said it.” Then he left.")
    assert spans == [] and warnings  # a stray closing mark after a word still opens nothing


def test_a_candidates_campaign_is_one_body_named_by_the_surname():
    assert describe("Donald Poe’s campaign") == describe("The Poe campaign")
    assert (describe("The Poe campaign").name, describe("The Poe campaign").type) == ("Poe campaign", "organisation")
    assert describe("the Democratic campaign").name != "Democratic campaign"  # a party's, no candidate's
    body = "Hillary Roe spoke on Monday. Her campaign said she has a cold."
    assert [q.speaker for q in quotes_of(body)] == ["Roe campaign"]


def test_a_first_name_inside_a_place_name_is_no_one_she_can_be():
    body = (
        "Loretta Roe was at a college in South Carolina on Monday. Voters in South Carolina cheered. "
        "“The law is clear,” she said."
    )
    assert [q.speaker for q in quotes_of(body)] == ["Loretta Roe"]


def test_words_cast_at_someone_and_as_someone_put_it_are_that_persons():
    assert one("Sen. Harry Poe has been pounding Dan Roe as a “con artist” for months.").speaker == "Harry Poe"
    assert one("Poe has gone after Roe as a “human leech” for weeks.").speaker == "Poe"
    quote = one("Roe is, as The New Yorker put it in a lengthy expose, “the operator.”")
    assert (quote.speaker, quote.scare) == ("New Yorker", False)
    assert quotes_of("Rebels pounded the city on Monday. He put it on the table. The ads painted the house red.") == []


def test_the_words_of_a_statement_a_possessive_names_are_its_owners():
    quote = one("PolitiFact checked Donald Poe’s statement about “thousands of shootings” in Chicago.")
    assert (quote.speaker, quote.scare) == ("Donald Poe", False)
    rated = [q for q in quotes_of("PolitiFact rated Donald Poe’s statement “true.”") if q.quote == "true"]
    assert rated[0].speaker != "Donald Poe"  # a rating of the statement, not its words


def test_the_campaign_is_the_campaign_of_the_candidate_the_sentence_before_opens_with():
    body = (
        "The Poe campaign attacked her. Hillary Roe plans to call on young people to serve. "
        "The campaign says she will announce plans Friday."
    )
    assert [q.speaker for q in quotes_of(body) if "announce" in q.quote] == ["Roe campaign"]


def test_a_quantity_of_people_speaks_as_those_people_and_an_adverb_is_no_first_name():
    quote = one("His views were echoed by a number of tax experts I spoke to this week.")
    assert quote.speaker == "unnamed tax experts"
    text = "H\n\nEven China, an ally, said it was opposed."
    (profile,) = article_profiles("a", text, [("China", "organisation", "China", None)], [])
    assert profile.name == "China"  # not "Even China", a first name of the shipped list


def test_a_label_is_owned_by_the_body_in_its_noun_phrase_not_one_named_earlier() -> None:
    """ "a Kremlin public relations “campaign”": the Kremlin's label; "... to Ukraine and replacing it
    with softer language calling for “appropriate assistance”": not Ukraine's."""
    owned = [q for q in quotes_of("Losses have shaken a Kremlin public relations “campaign” at home.") if q.scare]
    assert [(q.quote, q.speaker) for q in owned] == [("campaign", "Kremlin")]
    text = (
        "His operatives forced a change in the platform, stripping out a pledge of arms to Ukraine and "
        "replacing it with softer language calling for “appropriate assistance” instead."
    )
    assert [(q.quote, q.speaker) for q in quotes_of(text) if q.scare] == [("appropriate assistance", None)]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # an epithet of what a person is stands for the person just named or quoted
        (
            "Donald Trump attacked the plan on Monday.\n\nThe New York businessman said the country needs change.",
            "the country needs change",
            "Donald Trump",
        ),
        (
            "Jane Roe plans to cut taxes, Ben Carson said Monday.\n\n“They have to listen,” the retired "
            "neurosurgeon said.",
            "They have to listen",
            "Ben Carson",
        ),
        # not the person its own sentence names, nor an office someone else may hold
        (
            "Donald Trump spoke in Ohio.\n\nIn June, Lindsey Graham called for calm after the billionaire mogul said "
            "the judge was unfit.",
            "the judge was unfit",
            "Donald Trump",
        ),
        (
            "Mike Pence spoke on Friday.\n\nThe Indiana governor said the media were to blame.",
            "the media were to blame",
            "Indiana governor",
        ),
    ],
)
def test_an_epithet_stands_for_the_person_of_the_story(body: str, quote: str, speaker: str) -> None:
    assert [str(q.speaker).casefold() for q in quotes_of(body) if q.quote == quote] == [speaker.casefold()]


def test_a_short_whole_utterance_before_its_attribution_is_direct():
    """ "“I would,” Melanie said": the whole of what she said, closed by its comma inside the marks;
    "described by President Zelensky as “unacceptable ultimatums.”": a phrase, the period the sentence's."""
    (q,) = [q for q in quotes_of("Melanie watched.\n\n“I would,” Melanie said to the TV.") if q.quote == "I would"]
    assert q.kind == "direct"
    text = "Kyiv got demands described by President Volodymyr Zelensky as “unacceptable ultimatums.”"
    assert [q.kind for q in quotes_of(text) if q.quote == "unacceptable ultimatums"] == ["partial"]


def test_a_body_whose_name_joins_two_words_with_and_is_one_speaker():
    q = one("United States Citizenship and Immigration Services said it was taking additional steps.")
    assert (q.speaker, q.speaker_type) == ("United States Citizenship and Immigration Services", "organisation")
    assert one("Homeland Security Investigations said it was concerned.").speaker == "Homeland Security Investigations"
    # two bodies, each a whole name, are no one body
    assert one("Fox News and NBC News said the debate drew a record audience.").speaker != "Fox News and NBC News"
    assert one("Trump and Clinton said they would debate.").speaker != "Trump and Clinton"


def test_it_is_no_body_named_only_as_a_modifier():
    found = quotes_of(
        "A new ad is seizing on her comments. The ad then references FBI criticism of her email. "
        "It also says she failed. Last month, the FBI warned officials. It said the threat was real."
    )
    by_quote = {q.quote: q.speaker for q in found}
    assert by_quote["she failed"] != "FBI"  # "FBI criticism": the FBI is no subject "it" continues
    assert by_quote["the threat was real"] == "FBI"  # "the FBI warned": it is


def test_an_impersonal_opening_is_no_speaker():
    assert one("It's worth noting that this is the first time.").speaker is None
    assert one("That's partly why Hillary Clinton said she would run.").speaker == "Hillary Clinton"


def test_words_someone_is_said_not_to_say_are_no_statement_of_theirs():
    found = quotes_of("Mr. Obama said his refusal to use the words “Islamic terrorism” was a “manufactured” issue.")
    words = next(q for q in found if q.quote == "Islamic terrorism")
    assert words.scare  # the words he refuses to use, not his
    assert not next(q for q in found if q.quote == "manufactured").scare  # his own word


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the role that opens the sentence before, not the last speaker
        (
            '"We will win," President Barack Obama said. "The White House wanted 60 votes," Sen. Lamar Alexander '
            "said in an interview. In defeat, the president appeared cowed. Campaigning in 2012, he said climate "
            "change was minor.",
            "climate change was minor",
            "Barack Obama",
        ),
        # the surname alone that opens the sentence before, not the political scientist quoted before it
        (
            'Bobby Scott is not a household name. "He has shown no ambition," said Quentin Kidd, a political '
            'scientist. "There is doubt he can raise money." Scott bristles at the suggestion. "I have raised '
            'all I needed," he said.',
            "I have raised all I needed",
            "Bobby Scott",
        ),
        # a surname inside a quotation opens no sentence of the text
        (
            'Bobby Scott is not a household name. "Scott is tired," said Quentin Kidd, a political scientist. '
            '"I have seen it," he said.',
            "I have seen it",
            "Quentin Kidd",
        ),
    ],
)
def test_he_is_the_subject_that_opens_the_sentence_before_not_the_last_speaker(text: str, quote: str, speaker: str):
    assert next(q for q in quotes_of(text) if q.quote == quote).speaker == speaker


@pytest.mark.parametrize("dash", [" -- ", " — ", " ― "])
def test_an_aside_set_off_by_dashes_before_the_verb_keeps_the_speaker_before_it(dash: str):
    body = (
        f"John Dickey, the chief executive of Ora Media{dash}the production company that owns the show, which also"
        f" streams on Hulu{dash}told me, “We're a content provider.”"
    )
    (q,) = quotes_of(body)
    assert (q.speaker, q.cue) == ("John Dickey", "tell")


def test_i_and_we_outside_quotation_marks_are_the_writer_and_you_is_no_one():
    """A column's "I should say that ..." is its writer's, not a source named "I" (a reader found "I"
    and "You" in the cast of PolNeAR dev); inside quotation marks "I" is the quoted speaker's."""
    writer = one("I should say that my father began his studies at 16.")
    assert (writer.speaker, writer.speaker_mention) == ("The writer", "I should")
    assert one("We said the law is wrong.").speaker == "The writer"
    assert quotes_of("You can call the network whatever you want.") == []
    assert one("“I think so,” Jane Roe said.").speaker == "Jane Roe"


def test_a_quotation_after_a_statement_made_with_a_colon_is_its_makers():
    """ "On July 6, 2015, Sanders made the following comment:" (a reader found the quotation's figures
    claimed by no one; the rules had made "sanders made the following" a speaker of the cue "comment")."""
    found = quotes_of(
        "Bernie Sanders spoke on Monday.\n\nOn July 6, 2015, Sanders made the following comment:\n\n"
        "“For young people, the unemployment rate is 33 percent.”\n\n"
        "A group of parents sent a letter to the board. “We see hope,” the letter reads."
    )
    speakers = [(q.speaker, q.quote[:10]) for q in found]
    assert speakers == [("Bernie Sanders", "For young "), ("unnamed letter", "We see hop")]


def test_he_continues_the_subject_of_his_sentence_not_a_name_it_merely_mentions():
    """ "Ham made it clear he had misgivings about ... President Barack Obama. “...,” he told the host":
    Ham's words, not Obama's (a reader found them given to Obama on PolNeAR dev)."""
    found = quotes_of(
        "Retired Gen. Norman Ham spoke out.\n\nIn an interview with a radio host, Ham made it clear he had"
        " misgivings about the armed forces under President Barack Obama.\n\n"
        "“Now that I don’t have to be politically correct anymore,” he told the host, “it was hard.”"
    )
    assert {q.speaker for q in found} == {"Norman Ham"}


def test_he_after_an_unnamed_man_who_spoke_is_no_earlier_name():
    """ "“...,” my father often said. He also told ...": the father, whom no name gives; not Trump."""
    found = quotes_of(
        "Donald Trump spoke in Ohio. “We live in Satan’s kingdom,” my father often said.\n\n"
        "He also told one of his protégés that “terrorism is the answer.”"
    )
    assert "Donald Trump" not in {q.speaker for q in found}


def test_a_whole_sentence_quoted_after_a_comma_is_direct():
    """ "says of Clinton, “If she gets the chance, she will ...”": a whole sentence, not a partial quote."""
    found = quotes_of("Donald Trump says of Clinton, “If she gets the chance, she will put the office up for sale.”")
    assert [q.kind for q in found] == ["direct"]
    partial = quotes_of("Donald Trump called the plan “a total disaster,” aides said.")
    assert [q.kind for q in partial][:1] == ["partial"]


def test_she_after_an_unnamed_woman_who_opens_the_sentence_is_that_woman():
    """ "The woman’s enthusiasm for Trump is recorded: “Here comes Big Daddy,” she said": the woman the
    article profiles, not Hillary Clinton named paragraphs before (a reader found it on PolNeAR dev)."""
    found = quotes_of(
        "Hillary Clinton spoke in Ohio.\n\nThe woman’s enthusiasm for Trump is recorded in detail:\n\n"
        "“Here comes Big Daddy,” she said, clapping.\n\n"
        "My mother has softened with age, but even now she still says things such as, “We are not equal.”"
    )
    assert [q.speaker for q in found] == ["woman", "my mother"]


def test_a_call_into_a_programme_is_no_statement():
    found = quotes_of("Hillary Clinton spoke. She called into a radio program when she was sick. She called for calm.")
    assert [q.quote for q in found] == ["calm"]


def test_a_participle_between_an_owner_and_its_noun_reports_nothing():
    """ "for his recently revealed tax strategies": no statement whose speaker is the clause before it."""
    found = quotes_of("His aides called him “a genius” for his recently revealed tax avoidance strategies.")
    assert [q.cue for q in found] == ["call"]


def test_a_title_after_a_capitalised_word_still_names_its_person():
    """ "What Mr. Roe has seen instead are the charts. “They are terrifying,” he said": Mr. Roe's words
    ("What Mr" was read as a name, and the "he" of three quotations in a profile had no one)."""
    found = quotes_of("Bombs fall. What Mr. Roe has seen instead are charts. “They are terrifying,” he said.")
    assert [q.speaker for q in found] == ["Roe"]


def test_an_unnamed_group_is_named_without_its_owners_pronoun():
    """ "His surrogates called him a genius": "unnamed surrogates" in the cast, not "Unnamed his surrogates"."""
    assert [describe(m).name for m in ("His surrogates", "their lawyers", "the aides")] == [
        "unnamed surrogates", "unnamed lawyers", "unnamed aides"
    ]


def test_a_plural_that_only_opens_sentences_is_no_name():
    """"Organizers said": the capital the sentence gave a plural of people, not a person "Organizers";
    a word the article capitalises mid-sentence stays a name ("Ann Summers ... Summers said")."""
    [q] = [q for q in quotes_of("Tickets sold out.\n\nOrganizers said the hall was full.") if not q.scare]
    assert q.speaker == "unnamed organizers"
    [q] = [q for q in quotes_of("Ann Summers came late.\n\nSummers said the hall was full.") if not q.scare]
    assert q.speaker == "Ann Summers"
    assert not [q.speaker for q in quotes_of("Someone said the hall was full.") if q.speaker]


def test_a_title_before_a_name_makes_its_role_and_its_possessive_opens_a_sentence():
    """"President Roe ... The president's roots came into play. In Honolulu, he told ...": the
    president, not the author named in between; "Senator Ann Poe ... Ms. Poe said": Ann Poe."""
    body = (
        "Last week, President Roe flew to Hawaii.\n\nBen Ode, an aide, recalled Mr. Roe talking about "
        "Jared Stone's best seller on collapse.\n\nThe president's Pacific roots also came into play. "
        "In Honolulu last week, he told a meeting of island leaders that the stakes were high.\n\n"
        "Senator Ann Poe disagreed.\n\n“It is late,” Ms. Poe said."
    )
    speakers = {q.quote: q.speaker for q in quotes_of(body) if not q.scare}
    assert speakers["a meeting of island leaders that the stakes were high"] == "Roe"
    assert speakers["It is late"] == "Ann Poe"


def test_a_person_named_after_a_pronoun_in_its_sentence_is_not_that_pronoun():
    """"she advises President Tan Kyaw. ... “...,” she said": not him (the rules know no gender of
    "Tan"), whom her own sentence names as someone she meets."""
    body = (
        "The constitution kept the counselor from the presidency. She advises President Tan Kyaw.\n\n"
        "“Unity also means prosperity,” she said in the Oval Office."
    )
    [q] = [q for q in quotes_of(body) if not q.scare]
    assert q.speaker != "Tan Kyaw"


def test_a_pronoun_that_opens_the_sentence_before_continues_its_person():
    """"In her post, she reminded Trump of the shooting, which Mary Kline saw. “...,” she wrote": whom the
    first "she" stands for (Ann Davis), not the woman her sentence named last."""
    body = (
        "Ann Davis, a longtime liberal, lashed out at Bob Trump on Facebook.\n\n"
        "In her post, she reminded Bob Trump of the shooting, which Mary Kline saw in 1981.\n\n"
        "“I am the daughter of a man who was shot,” she wrote."
    )
    speakers = {q.quote: q.speaker for q in quotes_of(body) if not q.scare}
    assert speakers["I am the daughter of a man who was shot"] == "Ann Davis"


def test_a_channel_of_an_occasion_past_is_not_passed_on():
    """"..., Graham told The New York Times then. ..., Graham said": not told the Times (a reader
    found the Times credited with an interview it never had)."""
    body = (
        "“If anybody was looking for an off-ramp, this is probably it,” Ann Graham told The New York Times then.\n\n"
        "The tax plan has hurt the party with young voters, Ann Graham said."
    )
    channels = {q.quote: q.channel for q in quotes_of(body) if not q.scare}
    # the gazetteer's name for the paper, as for the Washington Post
    assert channels["If anybody was looking for an off-ramp, this is probably it"] == "New York Times"
    assert channels["The tax plan has hurt the party with young voters"] is None


def test_words_quoted_as_another_said_are_theirs_and_the_report_around_them_stays():
    """"... wearing a T-shirt with the words “I can't breathe,” as Eric Garner said before he died":
    Garner's words, inside the president's paraphrase, which stays his."""
    body = (
        "Acts of protest, Mr. Roe said, are acts of patriotism, whether it was sitting at a lunch counter or "
        "wearing a T-shirt with the words “I can't breathe,” as Eric Garner said before he died."
    )
    found = {(q.kind, q.speaker) for q in quotes_of("Ben Roe spoke.\n\n" + body) if not q.scare}
    assert ("direct", "Eric Garner") in found and ("indirect", "Ben Roe") in found
    assert ("partial", "Ben Roe") not in found


def test_an_excerpt_is_not_its_introducers_own_she():
    """"Ann Poe reports:" and paragraphs each opened by a quotation mark that none closes: the "she"
    of the excerpt is the woman it is about, not the reporter who wrote it."""
    body = (
        "The reporter Ann Poe met a woman in Ohio. Ann Poe reports:\n\n"
        '"The first time she had seen him, she was glad.\n\n'
        '"She had been in hospital after what she called a “rant,” a series of postings.'
    )
    assert all(q.speaker != "Ann Poe" for q in quotes_of(body) if q.quote == "rant")


def test_the_people_a_pronoun_owns_are_its_persons():
    """"His aides say it is too early": Ben Roe's aides (a reader found them typed by no one's side as
    "unnamed aides"), as "her campaign" is the campaign of the "she"."""
    [q] = [q for q in quotes_of("Ben Roe spoke in Ohio.\n\nHis aides said the rally was full.") if not q.scare]
    assert q.speaker == "Ben Roe’s aides" and q.speaker_type == "group"


def test_a_persons_own_document_speaks_for_them():
    """"Her economic plan would lift up participation in the workforce": Ann Roe's, whose document speaks
    for her (was a speaker "Her economic plan"), as "her campaign" is hers."""
    body = "Ann Roe spoke in Ohio.\n\nHer economic plan says that it would lift up participation in the workforce."
    [q] = [q for q in quotes_of(body) if not q.scare]
    assert q.speaker == "Ann Roe"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ('Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”',
         "Dean Johnson"),
        ("Rachel Berg, a philanthropist from Monsey, New York, said the speeches had led her to count him out.",
         "Rachel Berg"),
        ("The head of Acme, Jane Roe, said the plant would close.", "Jane Roe"),  # a name in apposition stays
    ],
)
def test_the_region_of_a_place_is_no_name_in_apposition(body: str, speaker: str):
    """A reader of the PolNeAR train book found "South Carolina" and "New York" quoted: the region
    after "from Sumter," was read as the name in apposition to the description before it."""
    assert one(body).speaker == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("“I was hoping for someone else,” said Air Force 1st Lt. Tyler Livingston.", "Tyler Livingston"),
        ('"Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi.', "Asab Al-Tabchi"),
        ("“They are unloading on her,” said Oversight ranking Democrat Elijah Cummings (D-Md.).", "Elijah Cummings"),
        ("DNC Chair Debbie Wasserman Schultz announced Sunday she will resign her post.", "Debbie Wasserman Schultz"),
        ("“We will win,” said the mayor of New York.", "mayor"),  # a place after "of" is no name
    ],
)
def test_the_title_before_a_name_after_the_cue_is_not_the_speaker(body: str, speaker: str):
    """Titles that run into a name after the cue: a rank ("1st Lt."), a title with "of" ("master of
    ceremonies"), a party word ("ranking Democrat"), "Chair". PolNeAR train had each as the speaker."""
    assert one(body).speaker == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        ('Jeb Bush spoke in Iowa.\n\nBush: "The mission is to destroy ISIS -- not to contain it."', "Jeb Bush"),
        ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states lean "
         "Republican.”", "Jeffrey M. Jones"),
        ('Former secretary of state Hillary Rodham Clinton: "We learned that from the State Department."',
         "Hillary Rodham Clinton"),
        ("Hillary Clinton spoke.\n\nHere’s Clinton in December 1992: “Our new direction must rest on the new "
         "realities.”", "Hillary Clinton"),
        ("Ryan Ellis of a tax group spoke.\n\nSaid Ellis: “I don’t get the sense she is interested in tax reform.”",
         "Ryan Ellis"),
    ],
)
def test_a_quotation_after_its_speakers_name_and_a_colon_is_theirs(body: str, speaker: str):
    """Round-ups quote with a name and a colon and no verb (``quotes.colon_speakers``); PolNeAR train
    had 15 such quotations with no speaker."""
    q = one(body)
    assert (q.speaker, q.kind) == (speaker, "direct")


@pytest.mark.parametrize(
    "body",
    ["The harbour reopened.\n\nHis message: “We are back.”", "The harbour reopened.\n\nWATCH: “We are back.”"],
)
def test_a_colon_after_no_name_gives_no_speaker(body: str):
    assert one(body).speaker is None


def test_an_inverted_cue_before_a_quotation_gives_it_its_speaker():
    """'But, said Solovey, "..."': the quotation after the inverted cue is what was said, not "But"."""
    q = one('Sam Solovey ran.\n\nBut, said Solovey, "I don\'t want to drum up conflict with him."')
    assert (q.speaker, q.kind, q.quote) == ("Sam Solovey", "direct", "I don't want to drum up conflict with him")


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Reached by phone on Tuesday, Joyce — who is listed as an attorney in Illinois — told The Huffington "
         "Post he is not planning an appeal.", "Joyce"),
        ("Ann Lee -- a nurse at the county hospital -- said the ward was full.", "Ann Lee"),
        ("John Dickey, the chief executive of Ora Media -- the production company that owns the programming -- "
         "told me the show would end.", "John Dickey"),
    ],
)
def test_a_subject_before_an_aside_in_dashes_is_the_speaker(body: str, speaker: str):
    """PolNeAR train had "Tuesday" for Joyce, and no statement at all for a subject right before the
    aside: the closing dash was read as a comma after an appositive the sentence does not have."""
    assert one(body).speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "About 4 in 10 say they want the next president to have more liberal policies.",
        "Nearly nine out of 10 say they will need new skills to advance their careers.",
        "More than six in 10 said they were not looking forward to the campaign.",
    ],
)
def test_a_polls_share_of_its_respondents_is_a_speaker(body: str):
    """PolNeAR train had 15 statements of "N in 10 say" with no speaker or "About one" for one."""
    assert one(body).speaker == "unnamed poll respondents"


def test_a_place_after_in_is_no_share_of_a_poll():
    assert one("Trump in Iowa said it was wrong.").speaker != "unnamed poll respondents"


@pytest.mark.parametrize(
    "body, speaker, content",
    [
        ("Clinton has disputed both critiques, but says that in retrospect she would have chosen otherwise.",
         "Clinton", "in retrospect she would have chosen otherwise"),
        ("Wealth-X keeps its own finances a secret but says its business has tripled.",
         "Wealth-X", "its business has tripled"),
    ],
)
def test_a_cue_after_but_keeps_the_subject_of_its_clause(body: str, speaker: str, content: str):
    """"X did A, but says B": X says B (as after "and"); PolNeAR train had 30 such statements missed."""
    q = one(body)
    assert (q.speaker_mention, q.quote) == (speaker, content)


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack and said it was a non-issue.",
         "Chuck Grassley"),
        ("BUENA PARK, Calif. - Rallying hundreds of service workers, Hillary Clinton tried to empathize with their "
         "frustrations and promised to deliver change.", "Hillary Clinton"),
        ("WASHINGTON — Presumptive Democratic nominee Hillary Clinton made it clear to House Democrats on Wednesday "
         "that she has their backs, touting a message of unity.", "Hillary Clinton"),
    ],
)
def test_a_dateline_without_an_agency_is_no_subject(body: str, speaker: str):
    """A reader of the PolNeAR books found "WASHINGTON" (read as the United States) and "BUENA PARK"
    quoted: a place in capitals before a dash opens the article, and the clause starts after it."""
    assert one(body).speaker == speaker


def test_a_name_that_ends_in_a_time_word_is_kept_whole():
    """ "USA TODAY reported" was the United States: "TODAY" was cut as a time word after a name."""
    assert one("USA TODAY reported last month that the movement funded 200 trips.").speaker == "USA Today"


def test_a_comma_inside_a_quoted_title_ends_an_opening_question():
    """'Asked why ..., on "CBS This Morning," Sanders said he had not "heard ..."': the comma inside
    the title's closing mark ends the question, so the quotation is Sanders's, not an unasked one's."""
    q = one('Asked why he had not endorsed her during an appearance Friday on "CBS This Morning," Sanders said '
            'he had not "heard her say the things that need to be said."')
    assert (q.speaker, q.kind) == ("Sanders", "partial")


def test_a_relative_named_by_kin_does_not_take_the_family_surname():
    """A book said Jane Sanders spoke every "Sanders said" of an article about Bernie Sanders: she was
    the one Sanders named in full nearest before them, as "his wife, Jane Sanders" (he was named
    further back)."""
    body = (
        "The last time Bernie Sanders came to this city, he was running for president.\n\n"
        + "".join(f"The crowd was smaller on day {n}, and the hall was empty by night.\n\n" for n in range(30))
        + "At the urging of his wife, Jane Sanders, he has been talking to his inner circle about a new group.\n\n"
        '"We really can win on Tuesday," said Sanders as he closed out.'
    )
    assert [q.speaker for q in quotes_of(body)] == ["Bernie Sanders"]


def test_a_name_in_apposition_to_the_subject_speaks_for_a_participle():
    """ "France's far-right National Front party leader, Marine Le Pen, voiced support ..., saying":
    Marine Le Pen speaks (was "Front", from the description before her name)."""
    q = one("France’s far-right National Front party leader, Marine Le Pen, voiced support for Donald Trump on "
            "Wednesday, saying his rival would be a disaster.")
    assert q.speaker == "Marine Le Pen"


def test_a_relative_with_an_unlisted_given_name_is_whom_she_stands_for():
    """A reader found all six statements of Rakeyia Scott, the story's central testimony, without a
    speaker: her given name is in no list, so "she says" found no woman named before. A capitalised
    word before the surname of someone the article named is a relative's given name; a word of the
    language before it ("Although Scott") is not."""
    body = (
        "The recording shows the moments before Keith Lamont Scott was shot outside his apartment.\n\n"
        "Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.\n\n"
        '"Don\'t shoot him," she says.\n\n'
        "Although Scott had no weapon, he was shot."
    )
    assert [q.speaker for q in quotes_of(body)] == ["Rakeyia Scott"]


def test_a_cue_in_a_clause_of_condition_reports_nothing_said():
    """A reader found "He can't make fun of the ratings if Holt asks him about his tax returns"
    given to Holt as a question: a supposition, nothing asked."""
    assert quotes_of("He can't credibly make fun of the ratings if Holt asks him about his tax returns.") == []
    assert one("Holt asked him about his tax returns.").speaker == "Holt"


def test_speculation_reports_nothing_said_and_yet_ends_what_was_said():
    """A reader found "Perhaps the debate moderators will demand more details" counted as the
    moderators' demand, and a letter's "Trump demands accountability ..., yet refuses to release his
    tax records" given to Trump whole."""
    assert quotes_of("The plan is vague. Perhaps the debate moderators will demand more details.") == []
    q = one("It is astounding that Trump demands accountability from us, yet refuses to release his tax records.")
    assert q.quote == "accountability from us"


def test_an_age_epithet_is_the_person_named_before():
    """ "the 34-year-old mother of three replied" is the woman the article just named (news style's
    second reference), not a new speaker "34-year-old mother"."""
    assert one("Jane Roe spoke on Tuesday. The 34-year-old teacher said the school would close.").speaker == "Jane Roe"


def test_a_body_whose_place_joins_two_names_is_the_speaker():
    """A reader found the Tax Policy Center's estimate given to Brookings: "The Tax Policy Center at
    the Urban Institute and Brookings Institution estimates ..."."""
    q = one("The Tax Policy Center at the Urban Institute and Brookings Institution estimates that the plan "
            "would cost $1.1 trillion.")
    assert q.speaker == "Tax Policy Center"


def test_her_document_to_someone_speaks_for_her():
    """ "Her submission to the court noted ..." was a speaker "Her submission": her document, hers."""
    speakers = {q.speaker for q in quotes_of(
        "Jane Roe filed for divorce in 1990. Her submission to the court noted that he had lied."
    )}
    assert speakers == {"Jane Roe"}


def test_a_quotation_after_the_sentence_that_introduces_its_speaker_is_theirs():
    """A reader found Bernie Sanders's words filed under Mike Pence, the last person quoted before:
    'On "Face the Nation," Sen. Bernie Sanders (Vt.) ... identified ... “The younger people are ...”'."""
    body = (
        '"We will win," Mike Pence said on CNN. On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the '
        'primaries, identified young voters as a reason for hope. "The younger people are sick and tired of racism."'
    )
    assert [q.speaker for q in quotes_of(body)] == ["Mike Pence", "Bernie Sanders"]
