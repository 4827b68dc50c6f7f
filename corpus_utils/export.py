"""Write the export contract's tables (JSON Lines and CSV) for a corpus folder.

Extract once, read many: this is the only place that turns articles into tables.
The book's chapters, a newsroom's spreadsheet and the accuracy scorer all read
what it writes. Extraction is a map over articles (``process_file``) on every core,
or on a Dask cluster, streamed in file-name order into the tables; output is
deterministic and written all-or-nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from corpus_utils.articles import (
    Article,
    ArticleError,
    CorpusError,
    ManifestRow,
    article_paths,
    default_manifest,
    read_article,
    read_manifest,
)
from corpus_utils.framing import scored_words, sentence_framing
from corpus_utils.numbers import extract_numbers
from corpus_utils.quotes import extract_quotes
from corpus_utils.timeline import Timex, article_events, tag_article

Row = dict[str, object]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "headline",
        "outlet",
        "published",
        "published_source",
        "url",
        "text",
        "n_sentences",
        "n_words",
        "n_paragraphs",
        "encoding",
        "removed",
        "removed_reasons",
        "headline_compound",
        "headline_vader_words",
    ),
    "sentences": (
        "article_id",
        "sentence_index",
        "paragraph",
        "char_start",
        "char_end",
        "sentence",
        "compound",
        "positive",
        "negative",
        "vader_words",
        "distancing",
        "loaded",
        "frames",
        "frame_words",
        "actors",
    ),
    "quotes": (
        "article_id",
        "quote",
        "kind",
        "scare",
        "speaker",
        "speaker_mention",
        "speaker_type",
        "speaker_side",
        "cue",
        "cue_tone",
        "channel",
        "sentence",
        "char_start",
        "char_end",
    ),
    "timexes": ("article_id", "text", "type", "value", "mod", "anchor", "rule", "sentence", "char_start", "char_end"),
    "events": (
        "article_id",
        "date_value",
        "date_start",
        "date_end",
        "precision",
        "event",
        "actors",
        "places",
        "background",
        "future",
        "timex",
        "sentence",
    ),
    "numbers": (
        "article_id",
        "text",
        "value",
        "vague",
        "unit",
        "hedge",
        "hedge_class",
        "kind",
        "claimant",
        "claimant_side",
        "sentence",
        "char_start",
        "char_end",
    ),
    "warnings": ("article_id", "stage", "warning"),
    "problems": ("path", "problem"),
}


def article_row(article: Article) -> Row:
    headline_scores, headline_words = scored_words(article.headline)
    return {
        "article_id": article.article_id,
        "headline": article.headline,
        "outlet": article.outlet,
        "published": article.published,
        "published_source": article.published_source,
        "url": article.url,
        "text": article.text,
        "n_sentences": len(article.sentences),
        "n_words": article.n_words,
        "n_paragraphs": len(article.paragraphs),
        "encoding": article.encoding,
        "removed": [r.line for r in article.removed],
        "removed_reasons": [r.reason for r in article.removed],
        "headline_compound": headline_scores["compound"],
        "headline_vader_words": [f"{w}:{v:+g}" for w, v in headline_words],
    }


def sentence_rows(article: Article) -> list[Row]:
    return [
        {
            "article_id": article.article_id,
            "sentence_index": s.index,
            "paragraph": s.paragraph,
            "char_start": s.start,
            "char_end": s.end,
            "sentence": s.text,
            **sentence_framing(s.text),
        }
        for s in article.sentences
    ]


def timex_row(article: Article, timex: Timex) -> Row:
    return {
        "article_id": article.article_id,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "anchor": ("dct" if article.published else None) if timex.deictic else None,
        "rule": timex.rule,
        "sentence": article.sentences[timex.sentence_index].text,
        "char_start": timex.start,
        "char_end": timex.end,
    }


def article_tables(article: Article) -> dict[str, list[Row]]:
    """Every table's rows for one article, in text order (pure)."""
    quotes, quote_warnings = extract_quotes(article)
    timexes = tag_article(article)
    return {
        "articles": [article_row(article)],
        "sentences": sentence_rows(article),
        "quotes": [asdict(q) for q in quotes],
        "timexes": [timex_row(article, t) for t in timexes],
        "events": [asdict(e) for e in article_events(article, timexes)],
        "numbers": [asdict(f) for f in extract_numbers(article, timexes, quotes)],
        "warnings": [{"article_id": article.article_id, "stage": "quotes", "warning": w} for w in quote_warnings],
    }


def _csv_cell(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


@dataclass(frozen=True)
class FileResult:
    """What one article file gave: its tables, or the reason it was skipped."""

    path: str
    tables: dict[str, list[Row]] | None = None
    problem: str | None = None
    encoding: str | None = None


def process_file(path: str, meta: ManifestRow | None) -> FileResult:
    """Read, clean and extract one article file (the unit of work of every engine)."""
    try:
        article = read_article(Path(path), meta)
    except ArticleError as exc:
        return FileResult(path, problem=str(exc))
    return FileResult(path, article_tables(article), encoding=article.encoding)


class TableWriter:
    """Streams rows into every table's JSON Lines and CSV files in a staging folder, and
    moves them into place only when the whole corpus is done (all-or-nothing)."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.staging = Path(tempfile.mkdtemp(prefix=".export-", dir=out))
        self.rows = dict.fromkeys(COLUMNS, 0)
        self._files: dict[str, tuple[io.TextIOWrapper, io.TextIOWrapper, csv.writer]] = {}
        for name, columns in COLUMNS.items():
            jsonl = (self.staging / f"{name}.jsonl").open("w", encoding="utf-8", newline="\n")
            csv_file = (self.staging / f"{name}.csv").open("w", encoding="utf-8", newline="")
            writer = csv.writer(csv_file, lineterminator="\n")
            writer.writerow(columns)
            self._files[name] = (jsonl, csv_file, writer)

    def write(self, name: str, rows: Iterable[Row]) -> None:
        jsonl, _, writer = self._files[name]
        columns = COLUMNS[name]
        for row in rows:
            jsonl.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
            self.rows[name] += 1

    def _close(self) -> None:
        for jsonl, csv_file, _ in self._files.values():
            jsonl.close()
            csv_file.close()

    def commit(self) -> None:
        self._close()
        for path in sorted(self.staging.iterdir()):
            os.replace(path, self.out / path.name)
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        self._close()
        shutil.rmtree(self.staging, ignore_errors=True)


@dataclass(frozen=True)
class ExportSummary:
    articles: int
    problems: int
    rows: dict[str, int]


def _local_map(paths: list[str], metas: list[ManifestRow | None], workers: int | None) -> Iterator[FileResult]:
    """Articles in order, on every core for a corpus large enough to pay for the processes."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(paths) < 64:
        yield from map(process_file, paths, metas)
        return
    chunk = max(1, min(64, len(paths) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(process_file, paths, metas, chunksize=chunk)


def _dask_map(paths: list[str], metas: list[ManifestRow | None], scheduler: str | None) -> Iterator[FileResult]:
    """The same per-article function on a Dask cluster: ``scheduler`` is its address, or
    None for a local cluster of one single-threaded worker process per core."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise CorpusError(
            "--engine dask needs the dask and distributed packages: pip install 'dask[distributed]'"
        ) from None
    cluster = (
        None
        if scheduler
        else LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    try:
        with Client(scheduler or cluster) as client:
            batch = 512  # bounded number of results in flight: memory stays flat on large corpora
            for start in range(0, len(paths), batch):
                futures = client.map(
                    process_file, paths[start : start + batch], metas[start : start + batch], pure=False
                )
                yield from client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()


def export(
    corpus: Path,
    out: Path,
    manifest: Path | None = None,
    warn: Callable[[str], None] = lambda message: None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool | None = None,
) -> ExportSummary:
    """Read every article of ``corpus``, extract every table, and write them to ``out``.

    Articles stream through in file-name order, so memory does not grow with the corpus
    and the output is byte-identical whatever the engine or number of workers. A progress
    bar shows on stderr for corpora of 200 articles or more (``progress=None``).
    """
    paths = article_paths(corpus)
    manifest_path = default_manifest(corpus, manifest)
    meta = read_manifest(manifest_path, warn) if manifest_path else {}
    names = [str(p) for p in paths]
    metas = [meta.get(p.stem) for p in paths]
    results = _dask_map(names, metas, scheduler) if engine == "dask" else _local_map(names, metas, workers)
    if progress or (progress is None and len(paths) >= 200):
        results = tqdm(results, total=len(paths), unit="article", desc="export", file=sys.stderr, mininterval=1)
    writer = TableWriter(out)
    articles, problems = 0, []
    try:
        for result in results:
            if result.tables is None:
                warn(f"{result.path}: skipped: {result.problem}")
                problems.append({"path": result.path, "problem": result.problem})
                continue
            articles += 1
            if result.encoding != "utf-8":
                warn(f"{result.path}: not UTF-8; read as {result.encoding}")
            for name, rows in result.tables.items():
                writer.write(name, rows)
            for row in result.tables["warnings"]:
                warn(f"{row['article_id']}: {row['stage']}: {row['warning']}")
        if not articles:
            raise CorpusError(f"{corpus}: no readable article ({len(problems)} file(s) skipped)")
        writer.write("problems", problems)
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    return ExportSummary(articles, len(problems), dict(writer.rows))
