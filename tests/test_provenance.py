"""Where an article's text comes from: the outlet's own reporting or a news agency's copy."""

from __future__ import annotations

from corpus_utils.cleaning import Removal, clean
from corpus_utils.provenance import UNNAMED_AGENCY, genre, reporting_outlets, wire_origin, wire_shares


def test_a_dateline_credited_to_an_agency_makes_agency_copy():
    assert wire_origin(["FLINT, Mich., Oct. 4 (UPI) — Bill Clinton criticized the law."], ()) == (
        "United Press International"
    )
    assert wire_origin(["The Latest", "WASHINGTON (AP) — The Latest on the race:"], ()) == "Associated Press"


def test_an_outlets_own_text_and_other_brackets_are_not_agency_copy():
    assert wire_origin(["Sen. Ted Cruz (R-Tex) is endorsing Donald Trump."], ()) is None
    assert wire_origin(["KYIV (Kyiv Post) — The talks resumed."], ()) is None  # not an agency of the list


def test_a_wire_credit_line_removed_by_cleaning_makes_agency_copy():
    cleaned = clean("H\n\nThe plan was stayed.\n\n(Reporting by Jane Roe; Editing by Bob Poe.)\n")
    assert wire_origin(cleaned.paragraphs, cleaned.removed) == UNNAMED_AGENCY
    assert wire_origin(["Text."], (Removal("Photo: AP", "image caption or credit"),)) is None
    # a paper's line of where its own reporters were is no agency's credit (a reader found a staff story
    # counted as agency copy)
    staff = clean("H\n\nThe story.\n\nJane Roe reported from Midway Atoll, and Ann Lee from Washington.\n")
    assert wire_origin(staff.paragraphs, staff.removed) is None
    helped = clean("H\n\nThe story.\n\n--additional reporting from Ann Lee.\n")  # a colleague at the paper
    assert helped.paragraphs == ("The story.",) and wire_origin(helped.paragraphs, helped.removed) is None


def test_wire_shares_give_each_outlets_share_of_words_in_agency_copy():
    rows = wire_shares(
        [
            {"outlet": "A", "wire": "Associated Press", "n_words": 300},
            {"outlet": "A", "wire": None, "genre": "opinion", "n_words": 100},
            {"outlet": "B", "wire": float("nan"), "genre": float("nan"), "n_words": 50},
        ]
    )
    assert rows[0] == {
        "outlet": "A", "articles": 2, "wire copy": 1, "share of its words": 0.75, "agencies": "Associated Press",
        "opinion, letters or analysis": 1,
    }
    assert rows[1]["opinion, letters or analysis"] == 0
    assert rows[1]["wire copy"] == 0


def test_agency_copy_is_compared_apart_from_the_outlets_own_reporting():
    rows = [
        {"outlet": "Breitbart", "wire": "Associated Press"},
        {"outlet": "Breitbart", "wire": None},
        {"outlet": "HuffPost", "wire": UNNAMED_AGENCY},
        {"outlet": None, "wire": float("nan")},
    ]
    assert reporting_outlets(rows) == [
        "Associated Press via Breitbart",
        "Breitbart",
        "agency copy via HuffPost",
        "unknown outlet",
    ]


def test_a_section_label_a_url_or_a_contributors_note_names_the_genre():
    letters = clean("Laws don't apply to her\n\nLETTERS.\n\nI cannot fathom how she escaped charges.\n\nJohn Roe.\n")
    assert genre(letters.paragraphs, letters.removed) == "letters"
    assert genre(["The plan was stayed."], (), "https://example.com/opinion/2016/plan.html") == "opinion"
    note = ["Trump should release his returns.", "Rudy Giuliani is the former mayor of New York City."]
    assert genre(note, ()) == "opinion"
    reporter = ["The plan was stayed.", "Jane Roe is a reporter for the Herald."]
    assert genre(reporter, ()) == "news"  # a reporter's note makes no opinion
    assert genre(["The plan was stayed.", "Gov. John Kasich is polling a distant third."], ()) == "news"
    assert genre(["The plan was stayed."], (), "https://example.com/politics/plan") == "news"
    rows = [{"outlet": "USA Today", "wire": None, "genre": "opinion"}]
    assert reporting_outlets(rows) == ["USA Today (opinion)"]


def test_a_contributor_note_with_an_apposition_and_a_first_person_column_are_opinion():
    note = ["Trump is weak in the east.", "Ann Roe, former adviser to Sen. Joe Poe, Jr., is Senior Fellow at Acme."]
    assert genre(note, ()) == "opinion"
    column = ["Mr. Trump, I have a deal for you. I think my offer is fair, and I know you like deals."] * 2
    assert genre(column, ()) == "opinion"
    quoted = ['"I think my offer is fair," he said. "I know you like deals, and I like mine."'] * 3
    assert genre(quoted, ()) == "news"  # the speakers' "I", not the author's
    transcript = ["WALLACE: If I may, I want to ask you, will my guest come? I think I know."] * 2
    assert genre(transcript, ()) == "news"  # a transcript's turns are not the author's voice
    assert genre(["The F.B.I. said the F.B.I. and the C.I.A. met. I.B.M. and the F.B.I. agreed."] * 3, ()) == "news"


def test_a_piece_that_calls_itself_a_column_is_opinion():
    column = ["Trump avoided taxes legally.", "But that's not the goal of this particular column."]
    assert genre(column, ()) == "opinion"
    assert genre(["The paper's column on page two was cut."], ()) == "news"
