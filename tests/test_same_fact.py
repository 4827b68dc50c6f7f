"""The audit's groups find one quantity given at other precision or under other hedges, and keep
figures of different things apart (invented sentences about an invented company)."""

from __future__ import annotations

from corpus_utils.figure_audit import audit_groups
from corpus_utils.numbers import check_duration, figure_phrase
from corpus_utils.same_fact import comparable_groups

PUBLISHED = {"a": "2020-05-04", "b": "2020-05-05", "c": "2020-05-05", "d": "2020-05-06"}


def _money(article: str, value: float, text: str, sentence: str, hedge: str | None = None, cls: str = "none") -> dict:
    return {
        "article_id": article,
        "value": value,
        "unit": "dollar",
        "kind": "money",
        "sentence": sentence,
        "text": text,
        "hedge": hedge,
        "hedge_class": cls,
        "claimant": None,
        "vague": False,
    }


def _years(article: str, value: float, unit: str, text: str, sentence: str, hedge: str | None, cls: str) -> dict:
    return {**_money(article, value, text, sentence, hedge, cls), "unit": unit, "kind": "duration"}


ROWS = [
    _money(
        "a",
        412e6,
        "412 million",
        "Ledger records from 2009 showed the mill owner wrote off $412 million.",
        "nearly",
        "upper_bound",
    ),
    _money(
        "b",
        411e6,
        "411 million",
        "The mill owner declared a write-off of more than $411 million in 2009.",
        "more than",
        "lower_bound",
    ),
    _money(
        "c",
        4e8,
        "400 million",
        "Auditors say a $400 million write-off in the late 2000s let the mill owner skip levies for 12-plus years.",
    ),
    _years(
        "c",
        12,
        "year",
        "12",
        "Auditors say a $400 million write-off in the late 2000s let the mill owner skip levies for 12-plus years.",
        "plus",
        "lower_bound",
    ),
    _years(
        "b",
        14,
        "year",
        "14",
        "The mill owner declared a write-off of $411 million that let him skip levies for as long as 14 years.",
        "as long as",
        "upper_bound",
    ),
    _money(
        "b",
        411e6,
        "411 million",
        "The mill owner declared a write-off of $411 million that let him skip levies for as long as 14 years.",
    ),
    # a close sum of another thing: the owner's debts in another year
    _money(
        "d",
        4e8,
        "400 million",
        "By 1996 the mill owner's debts had reached about $400 million.",
        "about",
        "approximate",
    ),
]


def _dates(rows: list[dict]) -> dict[tuple[str, str], set[str]]:
    """The years the timeline reads in each sentence ("the late 2000s" is the decade "200")."""
    found = {"2009": "2009", "late 2000s": "200", "1996": "1996"}
    return {(r["article_id"], r["sentence"]): {v for k, v in found.items() if k in r["sentence"]} for r in rows}


def test_one_sum_at_other_precision_and_hedges_is_one_group_and_another_sum_is_not():
    groups = comparable_groups(ROWS, dates=_dates(ROWS), published=PUBLISHED)
    assert groups[0] == groups[1] == groups[2] == groups[5]  # nearly $412M, more than $411M, $400M: one write-off
    assert groups[3] == groups[4]  # 12-plus years and as long as 14 years: one span
    assert groups[6] != groups[0]  # the debts of 1996 are another sum, however close
    [money] = [g for g in audit_groups(ROWS, groups) if g["kind"] == "money"]
    assert money["articles"] == 3 and "“more than 411 million dollars”" in money["explanation"]


def test_decades_compare_with_years():
    rows = [
        _years(
            "a",
            2,
            "decade",
            "two",
            "The write-off let the mill owner skip levies for nearly two decades.",
            "nearly",
            "upper_bound",
        ),
        _years("b", 18, "year", "18", "The write-off let the mill owner skip levies for 18 years.", None, "none"),
    ]
    groups = comparable_groups(rows, published=PUBLISHED)
    assert groups[0] == groups[1]
    [audit] = audit_groups(rows, groups)
    assert audit["values"] == "20, 18" and audit["agree"]


def test_close_values_of_different_things_stay_apart():
    rows = [
        _money(
            "a",
            1e6,
            "1 million",
            "Investors may buy a visa by investing more than $1 million in a business.",
            "more than",
            "lower_bound",
        ),
        _money(
            "b",
            1e6,
            "1 million",
            "The plan lets firms deduct up to $1 million in capital investments at once.",
            "up to",
            "upper_bound",
        ),
        _money("c", 9.5e5, "950,000", "The museum raised $950,000 for its new wing, its director said."),
    ]
    groups = comparable_groups(rows, published=PUBLISHED)
    assert len(set(groups)) == 3


def test_counts_of_two_bodies_whose_names_share_words_are_not_compared():
    """A reader found the audit's only "disagreement" was 10 judges of the U.S. Court of Appeals for
    the District of Columbia Circuit against a three-judge panel of the Sixth Circuit: two courts.
    The same count of one named body is compared."""

    def judges(article: str, value: float, text: str, sentence: str) -> dict:
        return {**_money(article, value, text, sentence), "unit": "judge", "kind": "count"}

    court = "the U.S. Court of Appeals for the {} Circuit"
    rows = [
        judges("a", 10, "10", f"The rules go before 10 judges of {court.format('Harbor')} today."),
        judges("b", 3, "three", f"A three-judge panel of {court.format('Sixth')} ruled against it."),
        judges("c", 3, "three", f"A panel of three judges of {court.format('Sixth')} ruled."),
    ]
    groups = comparable_groups(rows, published=PUBLISHED)
    assert groups[1] == groups[2] and groups[0] != groups[1]


def test_a_hedge_written_after_a_figure_reads_after_it_and_is_no_adjective():
    row = _years(
        "a",
        15,
        "year",
        "15",
        "Losses in the mid-1990s may have let him pay nothing for 15-plus years.",
        "plus",
        "lower_bound",
    )
    assert figure_phrase(row) == "15-plus years"
    start = {"article_id": "a", "date_start": "2001-01-01", "date_value": "2001", "event": "It began"}
    assert check_duration(row, "2016-10-03", [start]) is None  # the span runs from the losses, not back from today
