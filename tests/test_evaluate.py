"""The error analyses: alignment of extracted rows with annotations, and what differs."""

from __future__ import annotations

from corpus_utils import evaluate


def _row(**fields: object) -> dict:
    return {"article_id": "a", "sentence": "s", **fields}


def test_align_pairs_overlapping_texts_one_to_one():
    gold = [_row(quote="the talks had failed"), _row(quote="no agreement was reached")]
    pred = [_row(quote="the talks had failed completely"), _row(quote="something else entirely")]
    result = evaluate.align(gold, pred, "quote")
    assert [(g["quote"], p["quote"]) for g, p in result.pairs] == [
        ("the talks had failed", "the talks had failed completely")
    ]
    assert [g["quote"] for g in result.missed] == ["no agreement was reached"]
    assert [p["quote"] for p in result.spurious] == ["something else entirely"]


def test_attribute_errors_compare_values_numbers_and_names_leniently():
    gold = [
        _row(text="8,000", value=8000, unit="soldier", claimant="US officials"),
        _row(text="900", value=900, unit="bomb", claimant=None),
    ]
    pred = [
        _row(text="8,000", value=8000.0, unit="soldier", claimant="unnamed US officials"),
        _row(text="900", value=900.0, unit="missile", claimant=None),
    ]
    errors = evaluate.attribute_errors(gold, pred, "text", ["value", "unit", "claimant"])
    assert [(e["error"], e["annotated"], e["found"]) for e in errors] == [("wrong unit", "bomb", "missile")]


def test_quote_errors_and_summary():
    gold = [_row(quote="we will win", kind="direct", scare=False, speaker="Volodymyr Zelensky")]
    pred = [
        _row(quote="we will win", kind="direct", scare=False, speaker="Vladimir Putin"),
        _row(quote="peace is near", kind="indirect", scare=False, speaker="Putin"),
    ]
    errors = evaluate.quote_errors(gold, pred)
    assert sorted(e["error"] for e in errors) == ["spurious", "wrong speaker"]
    summary = {r["group"]: r for r in evaluate.summarise(gold, pred, evaluate.quote_group, "quote")}
    assert summary["quoted"]["f1"] == 1.0 and summary["indirect"]["precision"] == 0.0
