"""Each exported table also as Parquet, the columnar copy the chapters read.

JSON Lines and CSV stay the contract's exchange formats; Parquet is for reading: a chapter
loads a 10,000-article table in a fraction of the time it takes to parse the JSON, and
Dask DataFrames or DuckDB read it in pieces on an archive larger than memory (README).

The conversion streams: one pass over the JSON Lines finds each column's widest type (a
column with whole numbers and fractions is a float column; one with mixed kinds is text),
a second writes row groups of ``BATCH`` rows with that schema. Memory is one batch, not
the table, and the same JSON gives the same Parquet file whatever its size.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.json as pj
import pyarrow.parquet as pq

BATCH = 20_000  # rows a row group
_INT64 = 2**63

# A column's kind: "null", "bool", "int", "float", "str", "big" (an integer beyond 64 bits),
# "mixed" (numbers and text together: stored as text), or ("list", kind of the items).
Kind = str | tuple[str, "Kind"]


def kind_of(value: object) -> Kind:
    """The kind of one JSON value (a dict is kept as its JSON text)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if -_INT64 <= value < _INT64 else "big"  # kept as its digits: no Parquet type holds it
    if isinstance(value, float):
        return "float"
    if isinstance(value, list):
        return _list_kind([kind_of(item) for item in value])
    return "str"


def _list_kind(items: list[Kind]) -> Kind:
    """The kind of a list of items of these kinds: "mixed" when they widen to text from numbers
    ([2**63, 0.0]), so that its column is converted item by item (``fit``), not read as it is."""
    inner: Kind = "null"
    for item in items:
        inner = wider(inner, item)
    if inner == "str" and any(item not in ("str", "null") for item in items):
        inner = "mixed"
    return ("list", inner)


def wider(a: Kind, b: Kind) -> Kind:
    """The narrowest kind that holds values of both kinds."""
    if a == b or b == "null":
        return a
    if a == "null":
        return b
    if {a, b} == {"int", "float"}:
        return "float"
    if isinstance(a, tuple) and isinstance(b, tuple):
        return ("list", wider(a[1], b[1]))
    return "str"


def _storable(kind: Kind) -> Kind:
    """A kind Parquet can store: big integers as text."""
    if isinstance(kind, tuple):
        return ("list", _storable(kind[1]))
    return "str" if kind in ("big", "mixed") else kind


def arrow_type(kind: Kind) -> pa.DataType:
    if isinstance(kind, tuple):
        return pa.list_(arrow_type("str" if kind[1] == "null" else kind[1]))
    return {"null": pa.null(), "bool": pa.bool_(), "int": pa.int64(), "float": pa.float64(), "str": pa.string()}[kind]


def fit(value: object, kind: Kind) -> object:
    """A JSON value as a value of ``kind`` (a number in a text column becomes its JSON text)."""
    if value is None:
        return None
    if isinstance(kind, tuple):
        inner = "str" if kind[1] == "null" else kind[1]
        return [fit(item, inner) for item in value] if isinstance(value, list) else None
    if kind == "float":
        return float(value)
    if kind == "str" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


_SCALAR_KINDS: dict[type, Kind] = {type(None): "null", bool: "bool", float: "float", str: "str"}


Seen = dict[str, set[Kind]]  # column -> the kinds of its values


def schema_of(path: Path, columns: tuple[str, ...]) -> tuple[dict[str, Kind], set[str]]:
    """Each column's widest kind over the whole JSON Lines file, and the columns with values
    of a narrower kind that must be converted (``fit``); the others are written as they are."""
    seen: Seen = {c: set() for c in columns}
    scalar = _SCALAR_KINDS.get  # most values: one look-up by type instead of the checks of kind_of
    for row in _rows(path):
        for column in columns:
            value = row.get(column)
            seen[column].add(scalar(type(value)) or kind_of(value))
    return schema_from(seen)


def row_kinds(columns: tuple[str, ...], rows: list[dict], seen: Seen | None = None) -> Seen:
    """The kinds ``schema_of`` finds in ``rows`` once they are written as JSON Lines (a tuple is
    a list there), added to ``seen``: an export knows its tables' schema without reading them
    back (``export.process_file`` keeps each article's with its rows)."""
    seen = seen if seen is not None else {c: set() for c in columns}
    scalar = _SCALAR_KINDS.get
    found = [seen[c] for c in columns]
    for row in rows:
        for kinds, value in zip(found, map(row.get, columns), strict=True):
            kinds.add(scalar(type(value)) or _json_kind(value))
    return seen


_EMPTY_LIST: Kind = ("list", "null")
_TEXT_LIST: Kind = ("list", "str")


def _json_kind(value: object) -> Kind:
    """``kind_of`` the value JSON reads back (tuples become lists); a list of texts, the most
    common list of the tables, without looking at each item's kind."""
    if type(value) is int:  # the most common kind ``_SCALAR_KINDS`` leaves out (a big integer is not one)
        return "int" if -_INT64 <= value < _INT64 else "big"
    if isinstance(value, list | tuple):
        if not value:
            return _EMPTY_LIST
        if all(type(item) is str for item in value):
            return _TEXT_LIST
        return _list_kind([_json_kind(item) for item in value])
    return kind_of(value)


def kinds_text(seen: Seen) -> str:
    """``seen`` as JSON text (a list kind as a list), in a stable order: what an export keeps of
    an article's rows with them (``export``)."""
    return _kinds_text(tuple(seen), tuple(map(frozenset, seen.values())))


@lru_cache(maxsize=1024)
def _kinds_text(columns: tuple[str, ...], kinds: tuple[frozenset[Kind], ...]) -> str:
    """``kinds_text``, made once per set of kinds a table's rows have (a few dozen in a corpus), not
    once per article."""
    return json.dumps(
        {c: sorted((_as_list(k) for k in found), key=json.dumps) for c, found in zip(columns, kinds, strict=True)}
    )


def kinds_from_text(text: str) -> Seen:
    return {c: {_as_tuple(k) for k in kinds} for c, kinds in json.loads(text).items()}


def _as_list(kind: Kind) -> object:
    return ["list", _as_list(kind[1])] if isinstance(kind, tuple) else kind


def _as_tuple(kind: object) -> Kind:
    return ("list", _as_tuple(kind[1])) if isinstance(kind, list) else str(kind)


def schema_from(seen: Seen) -> tuple[dict[str, Kind], set[str]]:
    """The schema of a table whose columns hold values of the kinds ``seen`` (``schema_of``)."""
    kinds: dict[str, Kind] = {}
    for column, found in seen.items():
        widest: Kind = "null"
        for kind in found:
            widest = wider(widest, kind)
        kinds[column] = _storable(widest)
    mixed = {column for column, found in seen.items() if not all(_stored_as_is(k, kinds[column]) for k in found)}
    return kinds, mixed


def _stored_as_is(kind: Kind, column: Kind) -> bool:
    """Whether values of ``kind`` go into a column of kind ``column`` unconverted."""
    if kind in ("null", column):
        return True
    return isinstance(kind, tuple) and isinstance(column, tuple) and _stored_as_is(kind[1], column[1])


def write_parquet(jsonl: Path, target: Path, columns: tuple[str, ...], seen: Seen | None = None) -> int:
    """Write the JSON Lines table ``jsonl`` as Parquet at ``target``; returns the rows.

    The kinds of its columns' values are read from the file, or given as ``seen`` by the
    export that wrote it (``row_kinds``). Arrow's own JSON reader does the second pass when no
    value needs converting (ten times faster than Python's); a column of mixed kinds goes
    through ``fit`` batch by batch."""
    kinds, mixed = schema_of(jsonl, columns) if seen is None else schema_from(seen)
    schema = pa.schema([(c, arrow_type(kinds[c])) for c in columns])
    total = 0
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for table in _native_batches(jsonl, schema) if not mixed else _python_batches(jsonl, kinds, mixed, schema):
            writer.write_table(table)
            total += table.num_rows
        if total == 0:  # from no batches: a table made from Python lists would import pandas (0.3 s)
            writer.write_table(pa.Table.from_batches([], schema=schema))
    release_memory()
    return total


PARALLEL_BYTES = 4 * 2**20  # tables this large in all are converted by two processes


def write_all(tables: list[tuple], workers: int | None = None) -> None:
    """``write_parquet`` for each (JSON Lines, Parquet, columns[, seen]), the largest first; on two
    processes (at most ``workers``, else the cores) when the tables are large (a rebuild of a
    large archive waits for this step), each file written whole by one of them, so the bytes do
    not depend on how they were shared."""
    tables = sorted(tables, key=lambda t: -t[0].stat().st_size)
    workers = min(2, workers or os.cpu_count() or 1, len(tables))
    if workers < 2 or sum(t[0].stat().st_size for t in tables) < PARALLEL_BYTES:
        for table in tables:
            write_parquet(*table)
        return
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for done in [pool.submit(write_parquet, *table) for table in tables]:
            done.result()


def release_memory() -> None:
    """Give back to the system the memory Arrow's allocator keeps after a table is written or
    read (about 80 MB after a 10,000-article export), which the chapters running next can use."""
    pa.default_memory_pool().release_unused()


def _native_batches(jsonl: Path, schema: pa.Schema) -> Iterator[pa.Table]:
    if jsonl.stat().st_size == 0:
        return
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore")
    with pj.open_json(jsonl, parse_options=options, read_options=pj.ReadOptions(block_size=8 << 20)) as reader:
        for batch in reader:
            yield pa.Table.from_batches([batch]).select(schema.names)


def _of_floats(kind: Kind) -> bool:
    return kind == "float" or (isinstance(kind, tuple) and kind[1] == "float")


def _python_batches(jsonl: Path, kinds: dict[str, Kind], mixed: set[str], schema: pa.Schema) -> Iterator[pa.Table]:
    # a whole number in a float column goes through float() as Arrow's JSON reader would take it: Arrow
    # refuses a Python int that no double holds exactly ([9007199254740993, 0.0])
    converted = mixed | {c for c in schema.names if _of_floats(kinds[c])}
    rows = _rows(jsonl)
    while batch := list(islice(rows, BATCH)):
        data = {c: [fit(r.get(c), kinds[c]) if c in converted else r.get(c) for r in batch] for c in schema.names}
        yield pa.table(data, schema=schema)
