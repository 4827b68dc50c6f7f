"""What an export or a build already made, so that today's articles cost today's work.

Two caches, one notion of "unchanged" (a digest of the inputs and of the code):

* ``ExtractCache``: each article's extracted rows, under a key of its content, its manifest
  row, the configuration and the code's fingerprint. An export re-extracts only new or
  changed articles; the tables it assembles are the same bytes a full export writes, because
  a cached entry is the very result ``export.process_file`` returned. The cache lives beside
  the tables (``OUT/.cache/extract``), holds the articles of the last export only, and an entry
  that does not read back whole (its checksum, its JSON) is extracted again, never trusted.
* ``code_fingerprint`` and ``digest`` for the build's steps (``build.Cache``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from dataclasses import asdict, fields, is_dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, TypeVar

from corpus_utils.cast import Profile
from corpus_utils.output import json_text

PACKAGE = Path(__file__).resolve().parent
CACHE_DIR = Path(".cache") / "extract"
HASHED_BYTES = 64 * 2**20  # an input larger than this is extracted every time, not hashed
# the libraries whose output is part of an article's rows: a new version may change them
_LIBRARIES = ("nltk", "vaderSentiment", "python-dateutil", "trafilatura", "charset-normalizer", "pyyaml", "ftfy")

T = TypeVar("T")


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def _checksum(data: bytes) -> str:
    """What tells a stored record that does not read back whole (cut short, damaged on disk) from
    one that does: a CRC-32, made for that (one damaged record in four billion would pass), at a
    third of a SHA-256's cost on the 30 MB an export stores. Not a key: keys are ``digest``s."""
    return f"{zlib.crc32(data):08x}"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever the package's code, its word lists or an extraction library's version
    change: what was extracted or built with the old ones is then stale."""
    files = sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".py", ".yml", ".txt", ".csv"})
    versions = []
    for name in _LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name}=={metadata.version(name)}")
    return digest(*versions, *(f"{p.relative_to(PACKAGE)}" for p in files), *(p.read_bytes() for p in files))


def _content(source: object, follow_links: bool) -> bytes | None:
    """What an article source reads, as bytes to hash: a file's bytes, an archive's size and
    time of change with the record's offset, a dump row's fields; None when it cannot be read
    safely here (a link not to follow, a file too large), so that it is extracted every time."""
    kind, path = getattr(source, "kind", None), getattr(source, "path", None)
    if kind == "row" or path is None:
        return json.dumps(getattr(source, "fields", ()), ensure_ascii=False).encode("utf-8")
    file = Path(path)
    try:
        if file.is_symlink() and not follow_links:
            return None
        stat = file.stat()
        if getattr(source, "offset", None) is not None:  # a page of a web archive: the archive as it is
            return f"{stat.st_size}:{stat.st_mtime_ns}:{source.offset}:{source.size}".encode()  # type: ignore[attr-defined]
        if stat.st_size > HASHED_BYTES:
            return None
        return file.read_bytes()
    except OSError:
        return None


def _plain(value: object) -> object:
    """A value as JSON writes it (tuples as lists)."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def decode_profile(data: dict) -> Profile:
    """A speaker profile as the cache stored it (``vars`` of one), with its tuples."""
    tuples = {f.name for f in fields(Profile) if "tuple" in str(f.type)}
    return Profile(**{k: tuple(v) if k in tuples else v for k, v in data.items()})


Entry = tuple[dict, list[str]]  # a result as a small JSON document and its long texts (``ExtractCache.store``)
PACK = ".pack"  # the suffix of a file of entries (``ExtractCache``)
PACK_BYTES = 64 * 2**20  # a pack this large is full: the next entries go into a new one
Where = tuple[Path, int, int, dict]  # an entry's pack, the offsets of its record and of its texts, and its head


class ExtractCache:
    """Each article's extraction result under a key of everything it depends on.

    The entries are records one after the other in a few files (``*.pack`` in ``root``), not a
    file each: making a file costs the system more than writing its 30 KB (0.2 s of a
    1,000-article export). An export appends the entries it extracts to packs of its own; at its
    end (``prune``) an older pack is kept only when every entry in it was read back by the export
    and it is not small, and otherwise the entries read back from it are copied into the
    export's pack and it is removed. So the cache holds the last export's articles only, a day's
    new articles copy no more than a small pack, and an export that stops early leaves what it
    wrote for the next one."""

    def __init__(self, out: Path, settings: object, follow_links: bool, force: bool = False) -> None:
        self.root = out / CACHE_DIR
        self.follow_links = follow_links
        config = json.dumps(_plain(asdict(settings)), sort_keys=True, default=str)  # type: ignore[call-overload]
        self.context = digest(code_fingerprint(), config, str(follow_links))
        self.extracted = 0  # articles this export extracted; the others were read back
        self.keys: list[str | None] = []  # the key of each job of ``run``, in order
        self.records: Counter[Path] = Counter()  # the records of each older pack
        self.index: dict[str, Where] = {} if force else self._scan()  # the stored entries, the latest of a key
        self.read_back: dict[Path, set[tuple[int, int]]] = {}  # each older pack's records read back: offset, size
        self.written: list[Path] = []  # the packs of this export
        self._pack: BinaryIO | None = None  # the pack being written
        self._reader: tuple[Path, BinaryIO] | None = None  # the pack being read

    def key(self, source: object) -> str | None:
        content = _content(source, self.follow_links)
        if content is None:
            return None
        identity = dict(vars(source))  # its fields (``asdict`` without the deep copies)
        identity.pop("path", None)  # the same file moved with its folder is the same article
        if is_dataclass(identity.get("meta")):
            identity["meta"] = vars(identity["meta"])  # its manifest row
        return digest(self.context, json.dumps(_plain(identity), sort_keys=True, default=str), content)

    def _packs(self) -> list[Path]:
        return sorted(self.root.glob(f"*{PACK}")) if self.root.is_dir() else []

    def _scan(self) -> dict[str, Where]:
        """Where each entry of the packs is: a pack is read up to its first head that is not
        whole (an export killed while writing it)."""
        index: dict[str, Where] = {}
        for pack in self._packs():
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError, AttributeError), pack.open("rb") as fh:
                start = 0
                while line := fh.readline():
                    self.records[pack] += 1
                    head = json.loads(line)
                    texts = start + len(line)
                    index[str(head["key"])] = (pack, start, texts, head)
                    start = texts + int(head["size"])
                    fh.seek(start)
        return index

    def has(self, key: str | None) -> bool:
        return key is not None and key in self.index

    def _bytes(self, pack: Path, start: int, size: int) -> bytes:
        if self._reader is None or self._reader[0] != pack:
            self._close_reader()
            self._reader = (pack, pack.open("rb"))
        fh = self._reader[1]
        fh.seek(start)
        return fh.read(size)

    def load(self, key: str) -> Entry | None:
        """The stored entry, or None when it is missing or does not read back whole."""
        try:
            pack, _, texts_at, head = self.index[key]
            payload = self._bytes(pack, texts_at, int(head["size"]))
            if head.get("key") != key or head.get("crc32") != _checksum(payload):
                return None
            skeleton, rest = payload.decode("utf-8").split("\n", 1)
            lengths = [int(n) for n in head["lengths"]]
            if sum(lengths) != len(rest):
                return None
            texts, at = [], 0
            for n in lengths:
                texts.append(rest[at : at + n])
                at += n
            document = json.loads(skeleton)
            return (document, texts) if isinstance(document, dict) else None
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def store(self, key: str, entry: Entry) -> None:
        """The entry's document as a line of JSON, then its texts as they are: the tables of an
        article are long strings that JSON would escape character by character. A line of JSON
        before them (its head) says where each text ends, their size in bytes and their checksum."""
        document, texts = entry
        payload = (json_text(document) + "\n" + "".join(texts)).encode("utf-8")
        lengths = [len(t) for t in texts]
        head = {"key": key, "crc32": _checksum(payload), "lengths": lengths, "size": len(payload)}
        self._write(json_text(head).encode("utf-8") + b"\n" + payload)  # ASCII: as json.dumps writes it

    def _write(self, record: bytes) -> None:
        """A record at the end of this export's pack; a full one is closed, and a new one numbered
        after every pack there."""
        if self._pack is not None and self._pack.tell() >= PACK_BYTES:
            self._pack.close()
            self._pack = None
        if self._pack is None:
            self.root.mkdir(parents=True, exist_ok=True)
            number = max((int(p.stem) for p in self._packs() if p.stem.isdigit()), default=0) + 1
            self.written.append(self.root / f"{number:08d}{PACK}")
            self._pack = self.written[-1].open("wb")  # the user's umask, like every file written
        self._pack.write(record)

    def _read(self, key: str, decode: Callable[[Entry], object]) -> object | None:
        """The stored result decoded, or None when it is missing or does not read back whole."""
        entry = self.load(key)
        try:
            result = None if entry is None else decode(entry)
        except (ValueError, KeyError, TypeError, IndexError):
            return None
        if result is not None:
            pack, start, texts_at, head = self.index[key]
            self.read_back.setdefault(pack, set()).add((start, texts_at - start + int(head["size"])))
        return result

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader[1].close()
            self._reader = None

    def close(self) -> None:
        self._close_reader()
        if self._pack is not None:
            self._pack.close()

    def __enter__(self) -> ExtractCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def prune(self) -> None:
        """Drop the entries of articles this export did not have: keep the older packs whose
        every record it read back and that are not small, copy the records it read back from
        the others into its own, and remove those (and whatever else is in the folder)."""
        if not self.root.is_dir():
            return
        kept: set[Path] = set()
        try:
            for pack in self._packs():
                used = self.read_back.get(pack, set())
                whole = len(used) == self.records[pack] > 0  # every record of it read back
                if pack in self.written or (whole and pack.stat().st_size >= PACK_BYTES // 8):
                    kept.add(pack)
                    continue
                for start, size in sorted(used):
                    self._write(self._bytes(pack, start, size))
        except OSError:
            kept.update(self._packs())  # a pack not copied whole: remove nothing
        finally:
            self.close()
        kept.update(self.written)
        for entry in self.root.iterdir():
            if entry not in kept:
                with contextlib.suppress(OSError):
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()  # a folder: an older layout's

    def run(
        self,
        jobs: Sequence[T],
        source_of: Callable[[T], object],
        compute: Callable[[list[T]], Iterator[object]],
        encode: Callable[[object], Entry | None],
        decode: Callable[[Entry], object],
        process: Callable[[T], object],
    ) -> Iterator[object]:
        """The results of ``jobs`` in order: stored ones read back, the others from ``compute``
        (given the jobs to extract, in order) and stored (``encode`` says what to keep: None for
        a result not to keep, such as a problem that may not recur); a stored entry that does not
        read back is extracted again with ``process``."""
        keys = [self.key(source_of(job)) for job in jobs]
        self.keys = keys
        kept = [self.has(key) for key in keys]
        computed = compute([job for job, stored in zip(jobs, kept, strict=True) if not stored])
        try:
            for job, key, stored in zip(jobs, keys, kept, strict=True):
                result = self._read(key, decode) if stored else None  # type: ignore[arg-type]
                if result is not None:
                    yield result
                    continue
                result = process(job) if stored else next(computed)  # a damaged entry: extracted again
                self.extracted += 1
                if key is not None and (keep := encode(result)) is not None:
                    self.store(key, keep)
                yield result
        finally:
            if self._pack is not None:
                self._pack.flush()  # what this export extracted is kept even if it stops here
            close = getattr(computed, "close", None)
            if close:
                close()


class _Recall(MutableMapping[str, object]):
    """The entries a run reads or adds (``now``), over those an earlier run kept (``before``)."""

    def __init__(self, before: dict[str, object]) -> None:
        self.before = before
        self.now: dict[str, object] = {}

    def __contains__(self, key: object) -> bool:
        return key in self.now or key in self.before

    def __getitem__(self, key: str) -> object:
        if key not in self.now:
            self.now[key] = self.before[key]
        return self.now[key]

    def __setitem__(self, key: str, value: object) -> None:
        self.now[key] = value
        self.changed = True

    def __delitem__(self, key: str) -> None:
        del self.now[key]
        self.changed = True

    def same(self) -> bool:
        """Whether the run read every entry kept before and set none."""
        return not getattr(self, "changed", False) and self.now.keys() == self.before.keys()

    def forget(self) -> None:
        """Let go of every entry once they are written back: a notebook keeps the name of a ``with``
        block's mapping to its end, and an archive's entries are hundreds of megabytes."""
        self.before, self.now = {}, {}

    def __iter__(self) -> Iterator[str]:
        return iter(self.now)

    def __len__(self) -> int:
        return len(self.now)


@contextlib.contextmanager
def remembered(path: Path) -> Iterator[MutableMapping[str, object]]:
    """A mapping kept in ``path`` from one run to the next, for the parts of a cross-article
    analysis a new run can reuse (``compare.shared_passages``: the runs of each pair of articles).

    It is read back whole or not at all: a file of other code (``code_fingerprint``), with a
    wrong checksum or not JSON is an empty mapping, never trusted. It is written back atomically,
    with the entries this run used only (an archive's deleted articles leave it), and only when
    the run ends without an error; a folder that cannot be written (tables read where they were
    published) keeps nothing, and the analysis is simply computed whole next time."""
    recall = _Recall(_read_remembered(path))
    yield recall
    payload = json.dumps(recall.now, separators=(",", ":"))
    recall.forget()
    head = json.dumps({"code": code_fingerprint(), "sha256": digest(payload)})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(head + "\n" + payload, encoding="utf-8")
        os.replace(tmp, path)


def _read_remembered(path: Path) -> dict[str, object]:
    try:
        head_line, payload = path.read_text("utf-8").split("\n", 1)
        head = json.loads(head_line)
        if head.get("code") != code_fingerprint() or head.get("sha256") != digest(payload):
            return {}
        entries = json.loads(payload)
    except (OSError, ValueError, AttributeError):
        return {}
    return entries if isinstance(entries, dict) else {}


@contextlib.contextmanager
def remembered_texts(path: Path, fresh: bool = False) -> Iterator[MutableMapping[str, list[str]]]:
    """``remembered`` for entries that are lists of strings, kept as they are after a line of
    JSON that says where each one ends: an article's rows as the tables hold them, which JSON
    would escape character by character (``export.write_cast``). Read back whole or not at all,
    like ``remembered``; ``fresh`` starts from nothing (``--force``), and a run that read every
    entry and changed none leaves the file as it is."""
    recall = _Recall({} if fresh else _read_texts(path))
    yield recall  # type: ignore[misc]
    if recall.same() and path.is_file():
        recall.forget()
        return
    keys = list(recall.now)
    values: list[list[str]] = [recall.now[k] for k in keys]  # type: ignore[misc]
    strings = [text for value in values for text in value]
    where = {"keys": keys, "counts": [len(v) for v in values], "lengths": [len(t) for t in strings]}
    body = (json.dumps(where, ensure_ascii=False) + "\n" + "".join(strings)).encode("utf-8")
    recall.forget()
    head = json.dumps({"code": code_fingerprint(), "crc32": _checksum(body)}).encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(head + b"\n" + body)
        os.replace(tmp, path)


def _read_texts(path: Path) -> dict[str, object]:
    try:
        head_line, body = path.read_bytes().split(b"\n", 1)
        head = json.loads(head_line)
        if head.get("code") != code_fingerprint() or head.get("crc32") != _checksum(body):
            return {}
        where_line, rest = body.decode("utf-8").split("\n", 1)
        where = json.loads(where_line)
        keys, counts, lengths = where["keys"], where["counts"], where["lengths"]
        if len(keys) != len(counts) or sum(counts) != len(lengths) or sum(lengths) != len(rest):
            return {}
        strings, at = [], 0
        for n in lengths:
            strings.append(rest[at : at + n])
            at += n
        entries: dict[str, object] = {}
        at = 0
        for key, count in zip(keys, counts, strict=True):
            entries[key] = strings[at : at + count]
            at += count
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return {}
    return entries
