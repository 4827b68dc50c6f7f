"""A folder of tables that readers see whole: the old set or the new one, never a mix.

An export writes every table into a staging folder inside ``--out``, then publishes it
with one atomic rename of a symbolic link::

    OUT/.tables/<set>/quotes.jsonl ...   one folder per export
    OUT/current -> .tables/<set>         swapped in one rename
    OUT/quotes.jsonl -> current/quotes.jsonl   the contract's paths, made once
    OUT/quotes.parquet -> current/quotes.parquet   the same table for reading (corpus_utils.parquet)

Until that rename nothing a reader can see has changed; after it, everything has. The
staging folder is removed on every exit path that Python sees (an error, Ctrl-C,
SIGTERM); one left by a killed process is removed by the next export into the folder.
A lock file makes a second export into the same folder fail at once with one line
instead of interleaving with the first.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from corpus_utils.parquet import Seen, kinds_from_text, kinds_text, row_kinds, write_all

Row = dict[str, object]

TABLE_SETS = ".tables"
_REWRITE_BATCH = 5_000
CURRENT = "current"
PUBLISHED: list[Path] = []  # the folders this process has published a table set in


class OutputBusy(Exception):
    """Another process is writing into the same output folder."""


@contextlib.contextmanager
def locked(folder: Path, what: str) -> Iterator[None]:
    """Hold ``folder/.lock`` for the block; fail at once if another process holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / ".lock"), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise OutputBusy(f"{folder}: another {what} is writing into this folder; try again when it is done") from None
    try:
        yield
    finally:
        lock.release()


# The cells the CSV writer does not write as the tables mean them, by type: a list as its items,
# a bool in lower case. It writes every other value as it is (None as an empty cell).
_CELLS: dict[type, Callable[[Any], str]] = {
    list: lambda items: "; ".join(map(str, items)),
    bool: lambda flag: "true" if flag else "false",
}

# One JSON encoder for every row, as ``json.JSONEncoder(ensure_ascii=False).encode`` makes for each
# call (its C encoder: the same text), without the check for circular references: a row holds
# plain values.
_ROW_ENCODER = c_make_encoder(None, json.JSONEncoder().default, encode_basestring, None, ": ", ", ", False, False, True)


def json_text(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False)``, without making an encoder for each value (an
    export encodes a few small values per article: the cache's heads, the cast's readings)."""
    return "".join(_ROW_ENCODER(value, 0))


def json_line(columns: tuple[str, ...], row: Row) -> str:
    """A row as a line of JSON Lines in the given columns (a row that holds just those, in that
    order, is encoded as it is, without a copy). Read back and encoded again, it is the same line."""
    return "".join(_ROW_ENCODER(row if tuple(row) == columns else {c: row.get(c) for c in columns}, 0)) + "\n"


def json_lines(columns: tuple[str, ...], rows: list[Row]) -> str:
    """Rows as JSON Lines text in the given columns."""
    return "".join([json_line(columns, row) for row in rows])


def csv_lines(columns: tuple[str, ...], rows: list[Row]) -> str:
    """Rows as CSV text (without the header) in the given columns."""
    buffer = io.StringIO()
    cell = _CELLS.get
    csv.writer(buffer, lineterminator="\n").writerows(
        [v if (convert := cell(v.__class__)) is None else convert(v) for v in map(row.get, columns)] for row in rows
    )
    return buffer.getvalue()


def encode_rows(columns: tuple[str, ...], rows: list[Row]) -> tuple[str, str]:
    """Rows as JSON Lines text and CSV text (without the header), in the given columns."""
    return json_lines(columns, rows), csv_lines(columns, rows)


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it: set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class TableSet:
    """Streams encoded rows into every table's JSON Lines and CSV files in a staging folder
    inside ``out``; ``commit`` publishes them all at once, ``abort`` leaves ``out`` as it was."""

    def __init__(self, out: Path, columns: dict[str, tuple[str, ...]]) -> None:
        self.out = out
        self.columns = columns
        sets = out / TABLE_SETS
        sets.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=sets))
        self.staging.chmod(0o777 & ~_umask())  # mkdtemp makes it 0700: readable by its owner alone
        self.rows = dict.fromkeys(columns, 0)
        # the kinds of each table's values, as its rows are written (each different ``kinds_text``
        # once: a few dozen in a corpus); None: not known (the Parquet copy then reads them from the file)
        self.kinds: dict[str, set[str] | None] = {name: set() for name in columns}
        self.files: list[str] = []  # other files published with the tables
        self._files: dict[str, tuple[io.TextIOWrapper, io.TextIOWrapper]] = {}
        for name, cols in columns.items():
            jsonl = (self.staging / f"{name}.jsonl").open("w", encoding="utf-8", newline="\n")
            csv_file = (self.staging / f"{name}.csv").open("w", encoding="utf-8", newline="")
            csv.writer(csv_file, lineterminator="\n").writerow(cols)
            self._files[name] = (jsonl, csv_file)

    def write_encoded(self, name: str, jsonl: str, csv_text: str, rows: int, kinds: str | None = None) -> None:
        """Rows already encoded (``encode_rows``), with the kinds of their values (``row_kinds`` as ``kinds_text``)."""
        jsonl_file, csv_file = self._files[name]
        jsonl_file.write(jsonl)
        csv_file.write(csv_text)
        self.rows[name] += rows
        self._saw(name, kinds, rows)

    def _saw(self, name: str, kinds: str | None, rows: int) -> None:
        texts = self.kinds[name]
        if texts is None or not rows:
            return
        if kinds is None:
            self.kinds[name] = None
            return
        texts.add(kinds)

    def seen(self, name: str) -> Seen | None:
        """The kinds of table ``name``'s values, None when those of some of its rows are not known."""
        texts = self.kinds[name]
        if texts is None:
            return None
        seen: Seen = {c: set() for c in self.columns[name]}
        for text in texts:
            for column, found in kinds_from_text(text).items():
                seen[column] |= found
        return seen

    def write(self, name: str, rows: list[Row]) -> None:
        kinds = kinds_text(row_kinds(self.columns[name], rows))
        self.write_encoded(name, *encode_rows(self.columns[name], rows), len(rows), kinds)

    def rewrite_runs(
        self, name: str, runs: list[int], change: Callable[[int, list[str]], tuple[str, str, str | None]]
    ) -> None:
        """Write the staged rows of table ``name`` again (the cast's ids and names, known only once
        every article is read), a run of rows at a time: the rows are runs of ``runs[k]`` lines
        (an article's), and ``change(k, lines)`` gives run ``k``'s JSON Lines and CSV text and
        the kinds of its values (``kinds_text``); rows after the last run are written as they are.
        Memory is a run of rows."""
        jsonl_file, csv_file = self._files[name]
        jsonl_file.close()
        csv_file.close()
        source = self.staging / f"{name}.jsonl"
        moved = source.with_name(f".{name}.jsonl.old")
        os.replace(source, moved)
        jsonl_out = source.open("w", encoding="utf-8", newline="\n")
        csv_out = (self.staging / f"{name}.csv").open("w", encoding="utf-8", newline="")
        csv.writer(csv_out, lineterminator="\n").writerow(self.columns[name])
        self.kinds[name] = set()
        with moved.open(encoding="utf-8") as rows:
            for k, n in enumerate(runs):
                if n:
                    jsonl_text, csv_text, kinds = change(k, list(itertools.islice(rows, n)))
                    jsonl_out.write(jsonl_text)
                    csv_out.write(csv_text)
                    self._saw(name, kinds, n)
            while batch := [json.loads(line) for line in itertools.islice(rows, _REWRITE_BATCH)]:
                jsonl_text, csv_text = encode_rows(self.columns[name], batch)
                jsonl_out.write(jsonl_text)
                csv_out.write(csv_text)
                self._saw(name, kinds_text(row_kinds(self.columns[name], batch)), len(batch))
        moved.unlink()
        self._files[name] = (jsonl_out, csv_out)

    def write_file(self, name: str, text: str) -> None:
        """A file besides the tables (the corpus configuration), published with them."""
        (self.staging / name).write_text(text, encoding="utf-8")
        self.files.append(name)

    def _close(self) -> None:
        for jsonl, csv_file in self._files.values():
            jsonl.close()
            csv_file.close()

    def commit(self, workers: int | None = None) -> None:
        """Publish the staged tables with one rename, then tidy what is no longer current; the
        Parquet copies are written by up to ``workers`` processes (``parquet.write_all``)."""
        self._close()
        final = self.staging.with_name(self.staging.name.replace(".staging-", "set-", 1))
        try:  # the Parquet copies take a while: an interrupt meanwhile leaves ``out`` as it was
            staged = self.staging
            write_all(
                [(staged / f"{n}.jsonl", staged / f"{n}.parquet", c, self.seen(n)) for n, c in self.columns.items()],
                workers,
            )
            os.rename(self.staging, final)
        except BaseException:
            self.abort()
            raise
        link = self.out / f".{CURRENT}-{final.name}"
        link.symlink_to(Path(TABLE_SETS) / final.name)
        os.replace(link, self.out / CURRENT)  # the one step that changes what readers see
        PUBLISHED.append(self.out)  # an interruption from here on finds the new tables whole
        for name in self.columns:
            for suffix in (".jsonl", ".csv", ".parquet"):
                _ensure_link(self.out / f"{name}{suffix}", Path(CURRENT) / f"{name}{suffix}")
        for name in self.files:
            _ensure_link(self.out / name, Path(CURRENT) / name)
        remove_stale(self.out, keep=final.name)

    def abort(self) -> None:
        self._close()
        shutil.rmtree(self.staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.staging.parent.rmdir()  # only if no earlier export left a set there


def _ensure_link(path: Path, target: Path) -> None:
    """``path`` as a symbolic link to ``target`` (replacing a table file of an older layout)."""
    if path.is_symlink() and Path(os.readlink(path)) == target:
        return
    tmp = path.with_name(f".{path.name}.link")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(target)
    os.replace(tmp, path)


def remove_stale(out: Path, keep: str) -> None:
    """Remove table sets other than ``keep`` and staging folders a killed export left."""
    sets = out / TABLE_SETS
    if not sets.is_dir():
        return
    for entry in sets.iterdir():
        if entry.name != keep:
            shutil.rmtree(entry, ignore_errors=True)
