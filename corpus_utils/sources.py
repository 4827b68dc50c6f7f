"""Where articles come from: a folder of text files and saved pages, an article dump (JSON
Lines or CSV, one article per row) or a web archive (WARC, as Webrecorder, the Internet
Archive or a crawler write them).

``list_sources`` turns a ``--corpus`` path into ``Source`` items, one per article, and the
entries it will not read with the reason; ``read_source`` turns one item into an
``Article`` (in a worker process). Every item has a stable, unique article id: the file
name, the dump row's id, or one derived from the page's URL, so that exports of the same
input are byte-identical.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus_utils.articles import (
    MAX_FILE_BYTES,
    Article,
    ArticleError,
    Corpus,
    CorpusError,
    ManifestRow,
    Problem,
    assemble,
    decode,
    default_manifest,
    list_corpus,
    parse_article,
    read_bytes,
    read_manifest,
    standard_quotation_marks,
)
from corpus_utils.dates import parse_absolute, parse_iso_date
from corpus_utils.pages import parse_page

DUMP_SUFFIXES = (".jsonl", ".csv")
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
# Column names that dumps use for each field, most specific first (compared in lower case).
COLUMNS = {
    "id": ("article_id", "id", "guid", "uuid", "stories_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "full_text", "maintext"),
    "date": ("published", "publish_date", "date_publish", "published_at", "pubdate", "date", "datetime"),
    "outlet": ("outlet", "source", "media_name", "domain", "publisher", "site", "sitename"),
    "url": ("url", "link", "uri"),
}


@dataclass(frozen=True)
class Source:
    """One article to read: a file of a folder, a row of a dump or a page of an archive."""

    name: str  # what problems and warnings cite: "a.txt", "dump.jsonl:12", "crawl.warc.gz:https://..."
    article_id: str
    kind: str  # "text" | "page" | "row"
    path: str | None = None  # the file to read, for "text" and "page" files of a folder
    offset: int | None = None  # where a page's record starts in its web archive: read by the worker
    size: int = 0  # the archived page's length in bytes
    fields: tuple[tuple[str, str], ...] = ()  # a dump row's fields
    url: str | None = None
    meta: ManifestRow | None = None


def suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def list_sources(
    corpus: Path, manifest: dict[str, ManifestRow], follow_links: bool = False
) -> tuple[list[Source], list[Problem]]:
    """Every article of ``corpus`` in a stable order, and what was skipped and why."""
    if corpus.is_file():
        kind = suffix(corpus)
        if kind in DUMP_SUFFIXES:
            return _dump_rows(corpus)
        if kind in ARCHIVE_SUFFIXES:
            return _archive_pages(corpus)
        raise CorpusError(f"{corpus}: not a corpus: give a folder, a .jsonl/.csv dump or a .warc/.warc.gz archive")
    listing = list_corpus(corpus, follow_links)
    sources: list[Source] = []
    problems = list(listing.skipped)
    for path in listing.files:
        kind = suffix(path)
        if kind in ARCHIVE_SUFFIXES:
            pages, skipped = _archive_pages(path)
            sources.extend(pages)
            problems.extend(skipped)
        else:
            kind = "page" if kind in {".html", ".htm"} else "text"
            sources.append(Source(path.name, path.stem, kind, str(path), meta=manifest.get(path.stem)))
    return sources, problems


def read_source(source: Source, follow_links: bool = False) -> Article:
    """The article of one source; ArticleError says why it cannot be used."""
    if source.kind == "text":
        return parse_article(source.article_id, read_bytes(Path(source.path), follow_links), source.meta)
    if source.kind == "page":
        if source.offset is not None:
            data = _archived_page(Path(source.path), source.offset)
        else:
            data = read_bytes(Path(source.path), follow_links)
        return parse_page(source.article_id, data, source.meta, source.url)
    return _row_article(source)


def source_bytes(source: Source) -> int:
    """The size of a source's input, for its time budget and output bound."""
    if source.offset is not None:
        return source.size
    if source.path is not None and source.kind != "row":
        try:
            return Path(source.path).stat().st_size
        except OSError:
            return 0
    return sum(len(v.encode("utf-8")) for _, v in source.fields)


# --------------------------------------------------------------------------- dumps


def _column(names: list[str], field: str) -> str | None:
    lowered = {n.lower().strip(): n for n in names}
    return next((lowered[c] for c in COLUMNS[field] if c in lowered), None)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, object] | None, str | None]]:
    """(line or row number, row, problem) for each row of a JSON Lines or CSV dump."""
    text, _, _ = decode(path.read_bytes())
    if suffix(path) == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            for n, row in enumerate(reader, start=2):
                yield n, dict(row), None
        except csv.Error as exc:
            yield reader.line_num, None, f"unreadable CSV ({exc})"
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        yield (n, row, None) if isinstance(row, dict) else (n, None, "not a JSON object")


def _dump_rows(path: Path) -> tuple[list[Source], list[Problem]]:
    """The rows of a dump as sources; a dump without a text column is a corpus error."""
    if path.stat().st_size > 50 * MAX_FILE_BYTES:
        raise CorpusError(f"{path}: too large for a dump ({path.stat().st_size:,} bytes); split it")
    sources: list[Source] = []
    problems: list[Problem] = []
    columns: dict[str, str | None] | None = None
    seen: set[str] = set()
    for n, row, problem in _rows(path):
        where = f"{path.name}:{n}"
        if row is None:
            problems.append(Problem(where, problem or "unreadable row"))
            continue
        if columns is None:
            columns = {field: _column(list(row), field) for field in COLUMNS}
            if columns["text"] is None:
                looked = ", ".join(COLUMNS["text"])
                raise CorpusError(f"{path}: no text column (looked for {looked}); found: {', '.join(map(str, row))}")
        fields = {field: str(row.get(col) or "").strip() if col else "" for field, col in columns.items()}
        if not fields["text"]:
            problems.append(Problem(where, "empty text"))
            continue
        article_id = _safe_id(fields["id"]) or (url_id(fields["url"]) if fields["url"] else f"{path.stem}-{n:06d}")
        if article_id in seen:
            article_id = f"{article_id}-{n:06d}"
        seen.add(article_id)
        sources.append(Source(where, article_id, "row", str(path), fields=tuple(sorted(fields.items()))))
    return sources, problems


def _row_article(source: Source) -> Article:
    fields = dict(source.fields)
    text = standard_quotation_marks(fields.get("text", ""))
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip())
    title = standard_quotation_marks(fields.get("title", "")) or (paragraphs[0] if paragraphs else "")
    if not fields.get("title"):
        paragraphs = paragraphs[1:]
    day = _iso_day(fields.get("date", ""))
    return assemble(
        source.article_id,
        title,
        paragraphs,
        None,
        outlet=fields.get("outlet") or None,
        published=day,
        published_source="dump" if day else None,
        url=fields.get("url") or None,
    )


def _iso_day(value: str) -> str | None:
    """A dump's date as YYYY-MM-DD: an ISO date or timestamp, or any date dateutil reads."""
    if m := re.match(r"\d{4}-\d{2}-\d{2}", value):
        return m.group() if parse_iso_date(m.group()) else None
    day = parse_absolute(value) if value and len(value) < 40 else None
    return day.isoformat() if day and parse_iso_date(day.isoformat()) else None


def _safe_id(value: str) -> str:
    """An id usable as a file name and a table key: letters, digits, dash, dot, underscore."""
    return re.sub(r"[^\w.-]+", "-", value).strip("-.")[:80]


def url_id(url: str) -> str:
    """A stable id from a URL: the last words of its path and a short hash of the whole."""
    slug = _safe_id(re.sub(r"^[a-z]+://[^/]+", "", url).strip("/").split("/")[-1])[:40]
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else digest


# --------------------------------------------------------------------------- archives


def _archived_page(path: Path, offset: int) -> bytes:
    """The HTTP body of the archive record that starts at ``offset``."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            return record.content_stream().read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError, EOFError, StopIteration) as exc:
        raise ArticleError(f"unreadable archive record ({type(exc).__name__})") from None


def _archive_pages(path: Path) -> tuple[list[Source], list[Problem]]:
    """Every HTML response of a WARC file as a page source; other records (images,
    redirects, requests, metadata) are not articles and are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    sources: list[Source] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                length = int(record.rec_headers.get_header("Content-Length") or 0)
                where = f"{path.name}:{url}"
                if length > MAX_FILE_BYTES:
                    problems.append(Problem(where, f"too large for an article ({length:,} bytes)"))
                    continue
                article_id = url_id(url) if url else f"{path.stem}-{len(sources):06d}"
                if article_id in seen:
                    continue  # the same page captured twice
                seen.add(article_id)
                # only the record's place is kept: the worker reads the page, so memory stays flat
                offset = records.get_record_offset()
                page = Source(where, article_id, "page", str(path), offset=offset, size=length, url=url or None)
                sources.append(page)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        problems.append(Problem(path.name, f"unreadable web archive ({type(exc).__name__}: {str(exc)[:120]})"))
    if not sources and not problems:
        problems.append(Problem(path.name, "no HTML page (a 200 response of type text/html) in this web archive"))
    return sources, problems


def load_corpus(
    corpus: Path,
    manifest: Path | None = None,
    warn: Callable[[str], None] = lambda message: None,
    follow_links: bool = False,
) -> Corpus:
    """Every article of a corpus in memory; bad items become problems, not exceptions.
    (``export`` streams instead; this is for notebooks, tests and benchmarks.)"""
    manifest_path = default_manifest(corpus, manifest)
    meta = read_manifest(manifest_path, warn) if manifest_path else {}
    sources, skipped = list_sources(corpus, meta, follow_links)
    result = Corpus(problems=list(skipped))
    for source in sources:
        try:
            article = read_source(source, follow_links)
        except ArticleError as exc:
            warn(f"{source.name}: skipped: {exc}")
            result.problems.append(Problem(source.name, str(exc)))
            continue
        for note in article.warnings:
            warn(f"{source.name}: {note}")
        result.articles.append(article)
    if not result.articles:
        raise CorpusError(f"{corpus}: no readable article ({len(result.problems)} file(s) skipped)")
    return result
