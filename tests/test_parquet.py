"""The Parquet copy of each table: the chapters read it, so it must read as the JSON Lines does."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus_utils import report
from corpus_utils.export import COLUMNS, export
from corpus_utils.parquet import write_parquet
from tests.conftest import SEEDS

COLUMNS_OF_TEST = ("text", "count", "share", "flag", "names", "anything")


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_every_seed_table_reads_the_same_from_parquet_and_from_json_lines(tmp_path: Path):
    export(SEEDS, tmp_path, progress=False)
    for name, columns in COLUMNS.items():
        rows = [json.loads(line) for line in (tmp_path / f"{name}.jsonl").read_text("utf-8").splitlines()]
        assert (tmp_path / f"{name}.parquet").is_file()
        from_json = pd.DataFrame.from_records(rows, columns=list(columns))
        assert report.records(report._read_parquet(tmp_path / f"{name}.parquet")) == report.records(from_json), name


def test_mixed_kinds_widen_to_a_type_that_holds_them_all(tmp_path: Path):
    rows = [
        {"text": "a", "count": 1, "share": 1, "flag": True, "names": [], "anything": 3},
        {"text": None, "count": None, "share": 0.5, "flag": None, "names": ["x", "y"], "anything": "three"},
        {"text": "ü ‘quoted’", "count": 2**70, "share": None, "flag": False, "names": None, "anything": [1]},
    ]
    _write_jsonl(tmp_path / "t.jsonl", rows)
    assert write_parquet(tmp_path / "t.jsonl", tmp_path / "t.parquet", COLUMNS_OF_TEST) == 3
    schema = pq.read_schema(tmp_path / "t.parquet")
    assert [str(t) for t in schema.types] == ["string", "string", "double", "bool", "list<element: string>", "string"]
    read = pq.read_table(tmp_path / "t.parquet").to_pylist()
    assert read[0]["share"] == 1.0 and read[1]["share"] == 0.5
    assert read[2]["count"] == str(2**70)  # beyond 64 bits: kept exactly, as text
    assert [r["anything"] for r in read] == ["3", "three", "[1]"]
    assert read[1]["names"] == ["x", "y"] and read[2]["text"] == "ü ‘quoted’"


def test_an_empty_table_has_its_columns(tmp_path: Path):
    (tmp_path / "t.jsonl").write_text("", encoding="utf-8")
    assert write_parquet(tmp_path / "t.jsonl", tmp_path / "t.parquet", COLUMNS_OF_TEST) == 0
    assert pq.read_schema(tmp_path / "t.parquet").names == list(COLUMNS_OF_TEST)


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.lists(st.one_of(st.none(), st.text(max_size=4)), max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.fixed_dictionaries({c: values for c in COLUMNS_OF_TEST}), max_size=30))
def test_any_json_table_converts_and_keeps_every_row(tmp_path_factory, rows: list[dict]):
    folder = tmp_path_factory.mktemp("parquet")
    _write_jsonl(folder / "t.jsonl", rows)
    assert write_parquet(folder / "t.jsonl", folder / "t.parquet", COLUMNS_OF_TEST) == len(rows)
    read = pq.read_table(folder / "t.parquet").to_pylist()
    assert len(read) == len(rows)
    for original, back in zip(rows, read, strict=True):
        for column in COLUMNS_OF_TEST:
            assert (original[column] is None) == (back[column] is None)
            if isinstance(back[column], str) and not isinstance(original[column], str):
                assert json.loads(back[column]) == original[column]  # widened to text: its JSON
            elif isinstance(back[column], float):
                assert back[column] == float(original[column])


def test_an_interrupt_while_the_parquet_copies_are_written_leaves_the_old_tables(tmp_path: Path, monkeypatch):
    export(SEEDS, tmp_path, progress=False)
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.jsonl")}

    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("corpus_utils.output.write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export(SEEDS, tmp_path, progress=False)
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.jsonl")} == before
    assert [p.name for p in (tmp_path / ".tables").iterdir() if p.name.startswith(".staging")] == []


def test_copies_written_by_two_processes_are_the_same_bytes(tmp_path: Path, monkeypatch):
    from corpus_utils import parquet

    export(SEEDS, tmp_path / "one", progress=False)
    monkeypatch.setattr(parquet, "PARALLEL_BYTES", 0)  # the seeds are small: make them "large"
    calls: list[object] = []
    real = parquet.ProcessPoolExecutor
    monkeypatch.setattr(parquet, "ProcessPoolExecutor", lambda *a, **k: calls.append(a) or real(*a, **k))
    export(SEEDS, tmp_path / "two", progress=False, force=True)
    assert calls  # the pool was used
    for table in (tmp_path / "one").glob("*.parquet"):
        assert table.read_bytes() == (tmp_path / "two" / table.name).read_bytes(), table.name


rich_values = st.one_of(
    values,
    st.floats(),  # NaN and infinities too
    st.tuples(st.integers(), st.one_of(st.none(), st.floats(allow_nan=False))),  # a list once written
    st.lists(st.tuples(st.text(max_size=3)), max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({c: rich_values for c in COLUMNS_OF_TEST}), max_size=20))
@example([dict.fromkeys(COLUMNS_OF_TEST) | {"anything": (2**63, 0.0)}])  # a list of text and numbers
# a whole number no double holds exactly, in a list of floats, in a table another column sends through Python
@example(
    [
        dict.fromkeys(COLUMNS_OF_TEST) | {"share": False},
        dict.fromkeys(COLUMNS_OF_TEST) | {"share": 0, "names": (2**53 + 1, 0.0)},
    ]
)
def test_the_kinds_an_export_keeps_are_those_read_back_from_the_file(tmp_path_factory, rows: list[dict]):
    """``row_kinds`` of the rows an export writes gives the schema ``schema_of`` reads from their
    JSON Lines, so a Parquet copy made from either is the same file."""
    from corpus_utils.output import encode_rows
    from corpus_utils.parquet import kinds_from_text, kinds_text, row_kinds, schema_from, schema_of

    folder = tmp_path_factory.mktemp("kinds")
    (folder / "t.jsonl").write_text(encode_rows(COLUMNS_OF_TEST, rows)[0], encoding="utf-8")
    seen = kinds_from_text(kinds_text(row_kinds(COLUMNS_OF_TEST, rows)))  # as cached
    assert schema_from(seen) == schema_of(folder / "t.jsonl", COLUMNS_OF_TEST)
    write_parquet(folder / "t.jsonl", folder / "read.parquet", COLUMNS_OF_TEST)
    write_parquet(folder / "t.jsonl", folder / "kept.parquet", COLUMNS_OF_TEST, seen)
    assert (folder / "read.parquet").read_bytes() == (folder / "kept.parquet").read_bytes()


def test_an_exports_parquet_copies_are_those_made_from_its_json_lines(tmp_path: Path):
    """The schema an export knows from its rows (cached, rewritten by the cast) is the one its
    files give: each copy is the file ``write_parquet`` makes from the JSON Lines alone."""
    export(SEEDS, tmp_path / "out", progress=False)
    export(SEEDS, tmp_path / "out", progress=False)  # read back from the cache
    for name, columns in COLUMNS.items():
        write_parquet(tmp_path / "out" / f"{name}.jsonl", tmp_path / f"{name}.parquet", columns)
        assert (tmp_path / f"{name}.parquet").read_bytes() == (tmp_path / "out" / f"{name}.parquet").read_bytes(), name
