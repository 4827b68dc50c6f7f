"""Reading, cleaning and splitting articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_utils.articles import decode, parse_article, read_manifest, sentence_spans, split_sentences
from corpus_utils.cleaning import clean
from corpus_utils.errors import ArticleError, CorpusError
from corpus_utils.sources import load_corpus
from tests.conftest import SEEDS, write_article


def sentences_of(text: str) -> list[str]:
    return [s.text for s in split_sentences((text,))[1]]


def rules(raw: str) -> dict[str, str]:
    return {r.line: r.reason for r in clean(raw).removed}


# ----------------------------------------------------------------- cleaning rules


def test_headline_is_first_line_after_furniture():
    cleaned = clean("• HOME»\n  • World»\n\nThe real headline\n\nBody sentence one.\n")
    assert cleaned.headline == "The real headline"
    assert cleaned.paragraphs == ("Body sentence one.",)
    assert rules("• HOME»\n  • World»\n\nH\n\nBody.") == {"• HOME»": "navigation", "• World»": "navigation"}


def test_a_headline_ending_with_a_semicolon_runs_on_into_its_deck():
    cleaned = clean("Candidates vie for support; \nBoth point out their credentials.\n\nBody sentence one.\n")
    assert cleaned.headline == "Candidates vie for support; Both point out their credentials."
    assert cleaned.paragraphs == ("Body sentence one.",)  # the deck is no body text


def test_breadcrumb_with_separators_is_navigation():
    assert rules("News > World > Europe\nHeadline\nBody.")["News > World > Europe"] == "navigation"


@pytest.mark.parametrize("line", ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"])
def test_advertisement_lines_are_removed(line: str):
    cleaned = clean(f"Headline\n\nFirst paragraph.\n\n{line}\n\nSecond paragraph.")
    assert cleaned.paragraphs == ("First paragraph.", "Second paragraph.")
    assert rules(f"Headline\n{line}\nBody.") == {line: "advertisement"}


def test_repeated_headline_and_repeated_standfirst_are_removed():
    raw = "Big News Today\n\nA standfirst sentence.\n\nBig News Today\n\nA standfirst sentence.\n\nBody text."
    cleaned = clean(raw)
    assert cleaned.paragraphs == ("A standfirst sentence.", "Body text.")
    assert [r.reason for r in cleaned.removed] == ["repeated headline", "repeated line"]


def test_caption_with_credit_and_its_alt_text_are_removed():
    raw = (
        "Headline\n\nFirst paragraph.\n\nSoldiers stand near a tank\n"
        "Soldiers stand near a tank in the east [Ministry of Defence via AP]\n\nSecond paragraph."
    )
    found = rules(raw)
    assert found == {
        "Soldiers stand near a tank": "image alt text",
        "Soldiers stand near a tank in the east [Ministry of Defence via AP]": "image caption or credit",
    }
    assert clean(raw).paragraphs == ("First paragraph.", "Second paragraph.")


@pytest.mark.parametrize("line", ["Photo: Reuters", "(Photo by John Smith/Getty Images)", "Image: AFP"])
def test_photo_credit_lines_are_removed(line: str):
    assert rules(f"Headline\nBody.\n{line}\nMore body.") == {line: "image caption or credit"}


def test_parenthesised_aside_is_not_a_caption():
    raw = "Headline\nThe minister (who spoke to AP last week) resigned."
    assert clean(raw).paragraphs == ("The minister (who spoke to AP last week) resigned.",)


def test_related_tail_is_cut_with_everything_after_it():
    raw = "Headline\nBody.\nRelated Sources:\nAnother story\nAnd another"
    cleaned = clean(raw)
    assert cleaned.paragraphs == ("Body.",)
    assert [r.reason for r in cleaned.removed] == ["related-links tail"] * 3


def test_trailing_source_line_names_the_outlet():
    cleaned = clean("Headline\n\nBody.\n\nSource: Al Jazeera and news agencies\n")
    assert cleaned.source_outlet == "Al Jazeera"
    assert cleaned.paragraphs == ("Body.",)


def test_source_line_inside_the_body_is_text():
    cleaned = clean("Headline\nSource: a diplomat who asked not to be named.\nBody.")
    assert cleaned.source_outlet is None
    assert len(cleaned.paragraphs) == 2


def test_single_and_blank_line_paragraphs_both_work():
    assert clean("H\nOne.\nTwo.").paragraphs == clean("H\n\nOne.\n\nTwo.").paragraphs == ("One.", "Two.")


def test_hard_wrapped_lines_are_joined():
    assert clean("H\n\nThe army said the\nvillage had fallen.\n").paragraphs == (
        "The army said the village had fallen.",
    )


def test_windows_line_endings():
    assert clean("H\r\n\r\nOne.\r\nTwo.\r\n").paragraphs == ("One.", "Two.")


def test_only_furniture_is_an_error():
    with pytest.raises(ArticleError, match="no article text"):
        clean("Advertisement\n• HOME»\n")


def test_headline_without_body_is_an_error():
    with pytest.raises(ArticleError, match="no body text"):
        clean("Only a headline\n")


# ----------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. President Donald Trump spoke. He left.", ["U.S. President Donald Trump spoke.", "He left."]),
        ("Lt. Col. Ivan Petrov arrived. Gen. Syrskyi spoke.", ["Lt. Col. Ivan Petrov arrived.", "Gen. Syrskyi spoke."]),
        ("Dr. Smith met him on Jan. 5 in Kyiv. It rained.", ["Dr. Smith met him on Jan. 5 in Kyiv.", "It rained."]),
        ("The rate rose 2.5 percent. Prices fell.", ["The rate rose 2.5 percent.", "Prices fell."]),
        ('"This is the end." He left.', ['"This is the end."', "He left."]),
        ("“It is over,” he said. “We won.”", ["“It is over,” he said.", "“We won.”"]),
        ("She said “no.” Then she left!", ["She said “no.”", "Then she left!"]),
        ("Is it over? Not yet.", ["Is it over?", "Not yet."]),
        # a person's initials are no sentence's end; a place's may be
        ("Rep. G.K. Butterfield spoke. Then J.R. Smith left.",
         ["Rep. G.K. Butterfield spoke.", "Then J.R. Smith left."]),
        ("He lives in Washington D.C. He recalled it.", ["He lives in Washington D.C.", "He recalled it."]),
        # initials before a lower-case word run on (a reader found "conduct standards that ..." a sentence)
        ("She broke the D.C. conduct rules. It ended.", ["She broke the D.C. conduct rules.", "It ended."]),
    ],
)
def test_sentence_hard_cases(text: str, expected: list[str]):
    assert sentences_of(text) == expected


def test_multi_sentence_quote_splits_at_its_sentences():
    text = "“We crossed the river. The bank is ours,” the army wrote on Telegram."
    assert sentences_of(text) == ["“We crossed the river.", "The bank is ours,” the army wrote on Telegram."]


def test_sentence_offsets_point_into_the_joined_text():
    text, sentences = split_sentences(("First one. Second one.", "Third one."))
    assert text == "First one. Second one.\n\nThird one."
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_seed_hard_cases_split_right():
    corpus = load_corpus(SEEDS)
    all_sentences = [s.text for a in corpus.articles for s in a.sentences]
    assert any(
        s.startswith("Moscow has consistently rejected calls from Ukraine, Europe, and U.S. President")
        for s in all_sentences
    )
    assert not any(s.strip() in {"U.S.", "President Donald Trump"} for s in all_sentences)
    assert "“Well, let’s see how it ends up.”" in all_sentences


# ----------------------------------------------------------------- encodings and bad files


def test_utf8_bom_is_read_as_utf8():
    text, encoding, _ = decode("\ufeffHeadline\nBody.".encode())
    assert (text, encoding) == ("Headline\nBody.", "utf-8")


def test_cp1252_is_read():
    text, encoding, _ = decode("Headline\nKyiv’s “plan” — costs €5.".encode("cp1252"))
    assert encoding == "cp1252"
    assert "Kyiv’s “plan” — costs €5." in text


def test_latin1_with_undefined_cp1252_bytes():
    _, encoding, _ = decode(b"Headline\nCaf\xe9 \x81 body.")
    assert encoding == "latin-1"


def test_accents_garbled_by_a_second_decoding_are_repaired():
    """UTF-8 read as cp1252 and saved again ("FranÃ§ois"), once or twice, and stored decomposed
    (a capital A and a combining tilde for "Ã"), as PolNeAR's Washington Post copy has it: the
    name is repaired and reading says so; a real "Ã" ("SÃO PAULO") stays."""
    twice = "Fran" + "A\u0303\u0083A\u0302\u00a7" + "ois"
    data = f"Headline\nFrench President {twice} Hollande and Pe\u00c3\u00b1a Nieto met in S\u00c3O PAULO.".encode()
    text, encoding, notes = decode(data)
    assert "French President François Hollande and Peña Nieto met in SÃO PAULO." in text
    assert encoding == "utf-8"
    assert notes == ("2 word(s) with garbled accents repaired (text decoded twice before)",)
    assert parse_article("a", data).warnings == notes


def test_text_without_garbled_accents_is_left_alone():
    data = "Headline\nBogotá, São Paulo and “naïve” — £5.".encode()
    assert decode(data) == (data.decode(), "utf-8", ())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_bad_bytes_are_article_errors(data: bytes, reason: str):
    with pytest.raises(ArticleError, match=reason):
        decode(data)


def test_bad_files_are_skipped_and_the_rest_loads(tmp_path: Path):
    write_article(tmp_path, "good.txt", "Headline\n\nBody sentence.")
    write_article(tmp_path, "empty.txt", "")
    write_article(tmp_path, "binary.txt", b"\x00\x01\x02PNG")
    warnings: list[str] = []
    corpus = load_corpus(tmp_path, warn=warnings.append)
    assert [a.article_id for a in corpus.articles] == ["good"]
    assert sorted(Path(p.path).name for p in corpus.problems) == ["binary.txt", "empty.txt"]
    assert len(warnings) == 2 and all("\n" not in w for w in warnings)


def test_cp1252_file_loads_with_a_warning(tmp_path: Path):
    write_article(tmp_path, "old.txt", "Headline\n\nIt’s here.".encode("cp1252"))
    warnings: list[str] = []
    corpus = load_corpus(tmp_path, warn=warnings.append)
    assert corpus.articles[0].text == "It’s here."
    assert any("cp1252" in w for w in warnings)


def test_no_folder_and_no_readable_article_are_corpus_errors(tmp_path: Path):
    with pytest.raises(CorpusError, match="no such folder"):
        load_corpus(tmp_path / "missing")
    with pytest.raises(CorpusError, match="no article files"):
        load_corpus(tmp_path)
    write_article(tmp_path, "empty.txt", "")
    with pytest.raises(CorpusError, match="no readable article"):
        load_corpus(tmp_path)


# ----------------------------------------------------------------- metadata


def test_manifest_gives_outlet_and_date(tmp_path: Path):
    manifest = write_article(tmp_path, "m.csv", "article_id,outlet,published,url,notes\na,Outlet,2024-11-03,,\n")
    rows = read_manifest(manifest, warn=lambda m: None)
    article = parse_article("a", b"Headline\nBody.", rows["a"])
    assert (article.outlet, article.published, article.published_source) == ("Outlet", "2024-11-03", "manifest")


def test_bad_manifest_date_is_warned_and_ignored(tmp_path: Path):
    manifest = write_article(tmp_path, "m.csv", "article_id,outlet,published,url,notes\na,,3 Nov 2024,,\n")
    warnings: list[str] = []
    assert read_manifest(manifest, warnings.append)["a"].published is None
    assert "not an ISO date" in warnings[0]


def test_manifest_without_article_id_is_a_corpus_error(tmp_path: Path):
    manifest = write_article(tmp_path, "m.csv", "id,outlet\na,b\n")
    with pytest.raises(CorpusError, match="article_id"):
        read_manifest(manifest, warn=lambda m: None)


def test_date_is_inferred_from_a_full_date_in_the_text():
    article = parse_article("a", b"Headline\nThe army said on June 8, 2025, that it advanced.")
    assert (article.published, article.published_source) == ("2025-06-08", "text")


def test_no_date_stays_unknown():
    article = parse_article("a", b"Headline\nThe army said on Monday that it advanced.")
    assert (article.published, article.published_source) == (None, None)


def test_seeds_load_with_manifest_metadata():
    corpus = load_corpus(SEEDS)
    assert len(corpus.articles) == 5 and not corpus.problems
    by_id = {a.article_id: a for a in corpus.articles}
    assert by_id["003_5c1f1eddac32ff49"].outlet == "Al Jazeera"
    assert all(a.published_source == "manifest" for a in corpus.articles)
    guardian = by_id["004_72a7d7b1fddd1aa4"]
    assert guardian.headline.startswith("Ukraine Faces Harshest Russian Offensive")
    assert "Advertisement" not in guardian.text and "HOME" not in guardian.text


def test_removed_lines_are_listed_in_text_order():
    cleaned = clean("• HOME»\nHeadline\nAdvertisement\nBody.\nRelated:\nOther story\nSource: Wire")
    assert [r.reason for r in cleaned.removed] == ["navigation", "advertisement"] + ["related-links tail"] * 3


def test_an_editors_note_and_embedded_posts_are_furniture_not_text():
    raw = (
        "Headline\n\nThe story begins.\n\nEditor’s note: Donald Trump regularly\nincites\npolitical violence.\n\n"
        "Seen before.https://t.co/hbaWqfjJcp pic.twitter.com/P2qp— Apple Music (@AppleMusic) September 28, 2016\n\n"
        '<tweet author="x">The blue arrow is Warren.</tweet>.\n\nThe story ends.\n'
    )
    cleaned = clean(raw)
    assert cleaned.paragraphs == ("The story begins.", "The story ends.")
    assert [r.reason for r in cleaned.removed] == ["editor's note"] * 3 + ["embedded post"] * 2
    # markup of a post around prose of the article (its "author" a sentence) leaves the prose
    wrapped = clean(
        'H\n\nThe story.\n\n<tweet tweet-author=" that in a fair comparison, young people have worse prospects '
        'in the job market than others" tweet-date="x">Sanders said the rate is 51 percent. His point was correct'
        "<tweet/>.\n"
    )
    assert wrapped.paragraphs == ("The story.", "Sanders said the rate is 51 percent. His point was correct.")
    # a sentence that mentions an editor's note in passing is text
    assert clean("H\n\nThe editor's note: said nothing.\n").paragraphs == ("The editor's note: said nothing.",)
    corrected = clean(
        "H\n\nThe story.\n\nCorrection: An earlier version misstated a date.\n\n"
        "(Reporting by Jane Roe; Additional reporting by Ann Lee; Editing by Bob Poe.)\n"
    )
    assert corrected.paragraphs == ("The story.",)
    assert [r.reason for r in corrected.removed] == ["editor's note", "credit line"]
    # a note between paragraphs written one per line ends with its sentence
    one_per_line = clean("H\nFirst.\nEditor's note: the author is a donor.\nSecond.\n")
    assert one_per_line.paragraphs == ("First.", "Second.")


def test_a_papers_own_paratext_is_no_part_of_the_article():
    """What a paper or an archive adds around the story, each found in PolNeAR dev by a reader."""
    # an archive's index abstract before the full text is no part of the article
    indexed = clean("H\n\nABSTRACT.\n\nMr. Roe, a nursing home owner, concocted a plan.\n\nFULL TEXT.\n\nThe story.\n")
    assert indexed.paragraphs == ("The story.",)
    label = "section label or crosshead"
    assert [r.reason for r in indexed.removed] == [label, "index abstract", label]
    assert clean("H\n\nABSTRACT.\n\nThe summary is all there is.\n").paragraphs == ("The summary is all there is.",)
    # a paper's line of where its reporters were is no statement of theirs; a sentence of the story stays
    located = clean(
        "H\n\nThe Times reported from Kyiv that shelling continued.\n\n"
        "Jane Roe reported from Midway Atoll, and Ann Lee and Bob Poe from Kaneohe Bay, Hawaii.\n\n"
        "Mark Doe contributed reporting.\n"
    )
    assert located.paragraphs == ("The Times reported from Kyiv that shelling continued.",)
    assert [r.reason for r in located.removed] == ["reporters' line", "reporters' line"]
    # a paper's correction without its label is the paper's note, not the story
    fixed = clean("H\n\nThe story.\n\nAn earlier version of this article misstated the tonnage of coal burned.\n")
    assert fixed.paragraphs == ("The story.",)


def test_an_invitation_to_follow_or_read_on_is_furniture():
    cleaned = clean(
        "H\n\nThe plan was stayed.\n\nFollow Pam Key on Twitter @pamkeyNEN.\n\nRead the rest here.\n\n"
        "@realDonaldTrump\n\nHe will follow the law on Twitter policy, she said.\n"
    )
    assert cleaned.paragraphs == ("The plan was stayed.", "He will follow the law on Twitter policy, she said.")
    assert {r.reason for r in cleaned.removed} == {"share/subscribe furniture"}


def test_an_author_box_and_a_separator_are_furniture():
    """A reader found Breitbart's author box ("... Follow him on Twitter: @AWRHawkins. Reach him directly
    at ...") kept as text, giving the outlet "breitbart" as a distinctive word, and "___." kept once."""
    cleaned = clean(
        "H\n\nThe plan was stayed.\n\n___.\n\nIt was not.\n\n___.\n\n”\n\n"
        "Al Roe is a columnist for Harbour News. Follow him on Twitter: @alroe. Reach him at alroe@example.com.\n"
    )
    assert cleaned.paragraphs == ("The plan was stayed.", "It was not.", "”")
    assert [r.reason for r in cleaned.removed] == ["separator", "separator", "author box"]


def test_handles_that_sign_a_letters_page_posts_are_kept():
    """A page of readers' posts, each signed by its handle: the handles are who wrote them, no
    furniture (a reader found seven stripped as "section labels")."""
    cleaned = clean("H\n\nGive her a break.\n\n@Fred_945.\n\nNothing about them seems credible.\n\n@ann_lee.\n")
    assert cleaned.paragraphs == ("Give her a break.", "@Fred_945.", "Nothing about them seems credible.", "@ann_lee.")
    assert not cleaned.removed


def test_a_section_label_or_a_crosshead_in_capitals_is_no_sentence():
    cleaned = clean("H\n\nABSTRACT.\n\nMore than health care, he believes.\n\nFULL TEXT.\n\nBOTH SIDES.\n\nLetters.\n")
    assert cleaned.paragraphs == ("More than health care, he believes.",)
    assert {r.reason for r in cleaned.removed} == {"section label or crosshead"}


def test_a_quoted_question_stays_one_sentence_with_the_words_that_attribute_it():
    paragraph = "“Who do you trust?” said David Poe, an aide. “Go!” she shouted. “Why?” He did not answer."
    sentences = [paragraph[s:e] for s, e in sentence_spans(paragraph)]
    assert sentences == [
        "“Who do you trust?” said David Poe, an aide.", "“Go!” she shouted.", "“Why?”", "He did not answer."
    ]


def test_an_update_note_a_video_label_and_a_shared_reporting_line_are_furniture():
    """A reader of the PolNeAR dev book found these kept as article text: a paper's update note, an
    embedded video's label (whose date gave two figures) and reporting credits with two names."""
    cleaned = clean(
        "H\n\nThe plan was stayed.\n\n"
        "[Video: FULL SPEECH: The mayor's speech at the county fair (9/17/16) Watch on YouTube.]\n\n"
        "Jane Roe and Ann Lee contributed reporting.\n\n"
        "--additional reporting from Bob Poe.\n\n"
        "This post has been updated with comment from the mayor.\n"
    )
    assert cleaned.paragraphs == ("The plan was stayed.",)
    reasons = ["embedded post", "reporters' line", "reporters' line", "editor's note"]
    assert [r.reason for r in cleaned.removed] == reasons
