"""Write the export contract's tables (JSON Lines and CSV) for a corpus folder.

Extract once, read many: this is the only place that turns articles into tables.
The book's chapters, a newsroom's spreadsheet and the accuracy scorer all read
what it writes. Extraction is a map over articles (``process_file``) on every core,
or on a Dask cluster, streamed in file-name order into the tables; output is
deterministic and published all-or-nothing (see ``output``).

Every article is untrusted: whatever goes wrong with one file (unreadable, an
extractor failing, out of time, out of proportion) becomes a row of ``problems``
and a warning, and the rest of the corpus is exported.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import multiprocessing
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from corpus_utils.actors import configure
from corpus_utils.articles import (
    Article,
    ArticleError,
    CorpusError,
    default_manifest,
    read_manifest,
)
from corpus_utils.cache import Entry, ExtractCache, decode_profile, remembered_texts
from corpus_utils.cast import Cast, Profile, article_profiles, build_cast
from corpus_utils.cast.keys import display_name
from corpus_utils.config import CONFIG_FILE, CorpusConfig, find_config, load_config
from corpus_utils.limits import BudgetExceeded, budget_seconds, output_problem, time_budget
from corpus_utils.output import TableSet, csv_lines, encode_rows, json_line, json_lines, json_text, locked
from corpus_utils.parquet import kinds_text, row_kinds
from corpus_utils.rows import COLUMNS, ExtractionError, Row, article_tables, capped_warnings, warning_kind
from corpus_utils.sources import Source, list_sources, read_source, source_bytes

__all__ = ["COLUMNS", "ExportSummary", "export", "process_file"]

Encoded = dict[str, tuple[str, str, int]]  # table -> (JSON Lines text, CSV text, rows)
CAST_TABLES = ("quotes", "numbers")  # written again once the cast names their speakers (``write_cast``)
NOISY_AFTER = 30  # articles with warnings printed one by one; after that, one summary line per kind


@dataclass(frozen=True)
class FileResult:
    """What one article file gave: its encoded tables, or the reason it was skipped."""

    name: str  # the file's name inside the corpus folder: what problems and warnings cite
    tables: Encoded | None = None
    warnings: dict[str, int] = field(default_factory=dict)  # kind of warning -> how many
    problem: str | None = None
    profiles: tuple[Profile, ...] = ()  # the article's speakers, for the cast
    # table -> the kinds of its values (``row_kinds`` as ``kinds_text``), but for the tables write_cast writes again
    kinds: dict[str, str] = field(default_factory=dict)


def _profiles(article: Article, rows: dict[str, list[Row]]) -> tuple[Profile, ...]:
    """The article's speakers with what it says of them, from its statements and figures."""
    statements = [
        (str(q["speaker"]), str(q["speaker_type"]), q["speaker_mention"], q["speaker_side"])
        for q in rows["quotes"]
        if q["speaker"] and not q["scare"]
    ]
    claimants = [str(f["claimant"]) for f in rows["numbers"] if f["claimant"]]
    try:
        return tuple(article_profiles(article.article_id, article.text, statements, claimants))
    except Exception as exc:  # like any extractor's: the article is a problem, the corpus goes on
        raise ExtractionError(f"cast failed: {type(exc).__name__}: {str(exc)[:200]}") from exc


def process_file(source: Source, follow_links: bool = False, config: CorpusConfig | None = None) -> FileResult:
    """Read, clean and extract one article (the unit of work of every engine), with the
    sides, actors and places of the corpus configuration."""
    configure(config or CorpusConfig())
    size = source_bytes(source)
    try:
        with time_budget(budget_seconds(size)):
            article = read_source(source, follow_links)
            rows = article_tables(article)
            profiles = _profiles(article, rows)
            warned = Counter(warning_kind(str(r["warning"])) for r in rows["warnings"])
            rows["warnings"] = capped_warnings(rows["warnings"])
            tables: Encoded = {  # no CSV of the rows write_cast writes again with the cast's names
                t: (json_lines(COLUMNS[t], r), "", len(r))
                if t in CAST_TABLES
                else (*encode_rows(COLUMNS[t], r), len(r))
                for t, r in rows.items()
            }
            kinds = {t: kinds_text(row_kinds(COLUMNS[t], r)) for t, r in rows.items() if t not in CAST_TABLES}
    except (ArticleError, ExtractionError, BudgetExceeded) as exc:
        return FileResult(source.name, problem=str(exc))
    if output_problem(tables, size, CAST_TABLES):  # near the limit: with their CSV as it would be
        exact = {
            t: (j, csv_lines(COLUMNS[t], rows[t]) if t in CAST_TABLES else c, n) for t, (j, c, n) in tables.items()
        }
        if problem := output_problem(exact, size):
            return FileResult(source.name, problem=problem)
    return FileResult(source.name, tables, dict(sorted(warned.items())), profiles=profiles, kinds=kinds)


Job = tuple[Source, bool, CorpusConfig]


def _process(job: Job) -> FileResult:
    return process_file(*job)


@dataclass(frozen=True)
class ExportSummary:
    articles: int
    problems: int
    rows: dict[str, int]
    extracted: int = 0  # articles extracted by this export; the others were read back from the cache


def _encode(result: FileResult) -> Entry | None:
    """What the cache keeps of an article's result: all of it, unless it is a problem (a time
    budget may be exceeded on a busy machine and not on the next run). Each table's JSON Lines
    and CSV texts are kept apart from the document, in table order."""
    if result.tables is None:
        return None
    document = {
        "name": result.name,
        "tables": {t: n for t, (_, _, n) in result.tables.items()},
        "warnings": result.warnings,
        "profiles": [vars(p) for p in result.profiles],
        "kinds": result.kinds,
    }
    return document, [text for jsonl, csv_text, _ in result.tables.values() for text in (jsonl, csv_text)]


def _decode(entry: Entry) -> FileResult:
    stored, texts = entry
    if len(texts) != 2 * len(stored["tables"]):
        raise ValueError("an entry's texts are not two a table")
    return FileResult(
        stored["name"],
        {t: (texts[2 * k], texts[2 * k + 1], int(n)) for k, (t, n) in enumerate(stored["tables"].items())},
        dict(stored["warnings"]),
        profiles=tuple(decode_profile(p) for p in stored["profiles"]),
        kinds={t: _text(kinds) for t, kinds in stored["kinds"].items()},
    )


def _text(value: object) -> str:
    """A cached article's kinds as ``kinds_text`` wrote them; anything else makes an entry that
    does not read back, extracted again (``ExtractCache``)."""
    if not isinstance(value, str):
        raise TypeError("not a text")
    return value


def _worker_init() -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops them, and die with it
    on Linux even when it is killed outright."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _local_map(jobs: list[Job], workers: int | None) -> Iterator[FileResult]:
    """Articles in order, on every core for a corpus large enough to pay for the processes.
    Leaving the generator early (an error, an interruption) terminates the workers."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(jobs) < 64:
        yield from map(_process, jobs)
        return
    chunk = max(1, min(64, len(jobs) // (workers * 8)))
    pool = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(
        workers, initializer=_worker_init
    )
    try:
        yield from pool.imap(_process, jobs, chunksize=chunk)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _dask_map(jobs: list[Job], scheduler: str | None) -> Iterator[FileResult]:
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
        else LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=50,
        )
    )
    try:
        try:
            client = Client(scheduler or cluster, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise CorpusError(f"cannot reach the Dask scheduler at {scheduler}: {exc or type(exc).__name__}") from None
        with client:
            batch = 512  # bounded number of results in flight: memory stays flat on large corpora
            for start in range(0, len(jobs), batch):
                futures = client.map(_process, jobs[start : start + batch], pure=False)
                yield from client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()


class _Messages:
    """Warnings for the terminal: one line per article up to ``NOISY_AFTER`` of them, then a
    count per kind at the end that points to the tables."""

    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self.lines = 0
        self.held: Counter[str] = Counter()  # kind -> articles not printed
        self.held_items: Counter[str] = Counter()

    def article(self, name: str, kinds: dict[str, int], table: str) -> None:
        if self.lines < NOISY_AFTER:
            self.lines += 1
            detail = "; ".join(f"{kind} ({n:,}×)" if n > 1 else kind for kind, n in kinds.items())
            self.warn(f"{name}: {detail}")
            return
        for kind, n in kinds.items():
            self.held[f"{kind}|{table}"] += 1
            self.held_items[f"{kind}|{table}"] += n

    def summary(self) -> None:
        for key, articles in sorted(self.held.items()):
            kind, table = key.split("|")
            self.warn(f"{articles:,} more article(s): {kind} ({self.held_items[key]:,} in all); see {table}.jsonl")


def export(
    corpus: Path,
    out: Path,
    manifest: Path | None = None,
    warn: Callable[[str], None] = lambda message: None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool | None = None,
    follow_links: bool = False,
    config: Path | None = None,
    force: bool = False,
) -> ExportSummary:
    """Read every article of ``corpus``, extract every table, and publish them in ``out``
    with the corpus configuration (``config``, else ``corpus.yml`` in the corpus folder)
    the chapters read (``corpus.json``).

    Articles stream through in file-name order, so memory does not grow with the corpus
    and the output is byte-identical whatever the engine or number of workers. A progress
    bar shows on stderr for corpora of 200 articles or more (``progress=None``). An article
    extracted by an earlier export into ``out`` with the same content, manifest row,
    configuration and code is read back from its cache (``cache.ExtractCache``), unless
    ``force``: adding today's articles to an archive extracts today's articles.
    """
    settings = load_config(find_config(corpus, config))
    configure(settings)  # the cast is built here: with the corpus's sides, even when no article is extracted here
    manifest_path = default_manifest(corpus, manifest)
    meta = read_manifest(manifest_path, warn) if manifest_path else {}
    sources, skipped = list_sources(corpus, meta, follow_links)
    if not sources:
        raise CorpusError(f"{corpus}: no article in it ({len(skipped)} item(s) skipped)")
    missing = sorted(set(meta) - {s.article_id for s in sources})
    if missing:
        shown = ", ".join(missing[:5]) + (", …" if len(missing) > 5 else "")
        warn(f"{manifest_path}: {len(missing):,} row(s) name no article file in {corpus}: {shown}")
    jobs = [(source, follow_links, settings) for source in sources]
    messages = _Messages(warn)
    with locked(out, "export"), ExtractCache(out, settings, follow_links, force) as cache:

        def extract(todo: list[Job]) -> Iterator[FileResult]:
            return _dask_map(todo, scheduler) if engine == "dask" else _local_map(todo, workers)

        mapped = cache.run(jobs, lambda job: job[0], extract, _encode, _decode, _process)
        results: Iterable[FileResult] = mapped
        if progress or (progress is None and len(jobs) >= 200):
            results = tqdm(mapped, total=len(jobs), unit="article", desc="export", file=sys.stderr, mininterval=1)
        tables = TableSet(out, COLUMNS)
        articles, problems = 0, [{"path": p.path, "problem": p.problem} for p in skipped]
        written: list[tuple[str | None, int, int]] = []  # each article's cache key, quotes and figures
        profiles: list[Profile] = []
        for p in skipped:
            messages.article(p.path, {f"skipped: {p.problem}": 1}, "problems")
        try:
            for k, result in enumerate(results):
                if result.tables is None:
                    messages.article(result.name, {f"skipped: {result.problem}": 1}, "problems")
                    problems.append({"path": result.name, "problem": result.problem})
                    continue
                articles += 1
                profiles.extend(result.profiles)
                for name, (jsonl, csv_text, n) in result.tables.items():
                    tables.write_encoded(name, jsonl, csv_text, n, result.kinds.get(name))
                written.append((cache.keys[k], result.tables["quotes"][2], result.tables["numbers"][2]))
                if result.warnings:
                    messages.article(result.name, result.warnings, "warnings")
            if not articles:
                raise CorpusError(f"{corpus}: no readable article ({len(problems)} file(s) skipped)")
            with remembered_texts(out / CAST_ROWS, fresh=force) as known:
                write_cast(tables, build_cast(profiles), written, known)
            problems.sort(key=lambda row: str(row["path"]))
            tables.write("problems", problems)
            tables.write_file(CONFIG_FILE, json.dumps(settings.to_json(), ensure_ascii=False, indent=1) + "\n")
        except BaseException:
            mapped.close()  # stops the workers
            tables.abort()
            raise
        finally:
            messages.summary()
        tables.commit(workers)
        cache.prune()
    return ExportSummary(articles, len(problems), dict(tables.rows), cache.extracted)


CAST_ROWS = Path(".cache") / "cast_rows.json"  # each article's statements and figures as the cast named them


def write_cast(
    tables: TableSet,
    cast: Cast,
    articles: list[tuple[str | None, int, int]],
    known: MutableMapping[str, list[str]] | None = None,
) -> None:
    """The cast table, and each statement and figure given its speaker's id, canonical name,
    source type and affiliation (known only once every article is read).

    ``articles`` are the articles whose rows the tables hold, in order: each one's cache key
    (``ExtractCache``) and its numbers of statements and figures. ``known`` keeps each
    article's rows as written, under its key, with the names its rows give and what the cast
    made of each (``cache.remembered_texts``): an article whose names the cast reads as it did in the
    last export is not rewritten (an archive that grows by a day rewrites the day's articles and
    those whose speakers the new ones changed)."""

    def quote(row: Row) -> Row:
        member = cast.lookup(str(row["article_id"]), row["speaker"])  # type: ignore[arg-type]
        key = (str(row["article_id"]), str(row["speaker"]))
        if member is not None and row["scare"]:  # words quoted beside a speaker: the speaker's one side
            side = cast.typed[key][2] if key in cast.typed else member.side
            return row | {"speaker": display_name(str(row["speaker"])), "speaker_side": side}
        if member is None:  # a name the cast does not hold is still written as a name
            return row | {"speaker": display_name(str(row["speaker"]))} if row["speaker"] else row
        source_type, affiliation, side = cast.typed[key]
        return row | {
            "speaker": member.name,
            "speaker_id": member.speaker_id,
            "speaker_side": side,
            "source_type": source_type,
            "affiliation": affiliation,
        }

    def figure(row: Row) -> Row:
        member = cast.lookup(str(row["article_id"]), row["claimant"])  # type: ignore[arg-type]
        if member is None:
            return row
        side = cast.typed[(str(row["article_id"]), str(row["claimant"]))][2]
        return row | {"claimant": member.name, "claimant_id": member.speaker_id, "claimant_side": side}

    def reading(article_id: str, names: list[str]) -> str:
        """What the cast makes of each of an article's names (all that ``quote`` and ``figure`` use)."""
        read: list[object] = []
        for name in names:
            member = cast.lookup(article_id, name)
            typed = cast.typed.get((article_id, name))
            read.append([member.name, member.speaker_id, typed] if member else None)
        return json_text(read)

    def rewrite(table: str, column: str, change: Callable[[Row], Row], n: int) -> None:
        keys = [f"{table}:{key}" if key is not None and known is not None else None for key, *_ in articles]

        def article(k: int, lines: list[str]) -> tuple[str, str, str]:
            kept = known.get(keys[k]) if keys[k] is not None else None  # type: ignore[union-attr]
            if kept is not None:
                article_id, names, read, jsonl, csv_text, kinds = kept
                if read == reading(article_id, json.loads(names)):
                    return jsonl, csv_text, kinds
            rows = json.loads(f"[{','.join(lines)}]")  # the run's lines as one JSON array: one parse, not one a row
            changed = [change(row) for row in rows]
            # a row the cast leaves as it is (a figure no one claims) keeps its line: ``json_line`` wrote it
            jsonl = "".join(
                [
                    line if new is row else json_line(COLUMNS[table], new)
                    for line, row, new in zip(lines, rows, changed, strict=True)
                ]
            )
            csv_text = csv_lines(COLUMNS[table], changed)
            seen = kinds_text(row_kinds(COLUMNS[table], changed))
            if keys[k] is not None:
                article_id, names = str(rows[0]["article_id"]), sorted({str(r[column]) for r in rows if r[column]})
                known[keys[k]] = [  # type: ignore[index]
                    article_id,
                    json_text(names),
                    reading(article_id, names),
                    jsonl,
                    csv_text,
                    seen,
                ]
            return jsonl, csv_text, seen

        tables.rewrite_runs(table, [counts[n] for _, *counts in articles], article)

    rewrite("quotes", "speaker", quote, 0)
    rewrite("numbers", "claimant", figure, 1)
    tables.write("cast", [vars(m) | {"aliases": list(m.aliases), "roles": list(m.roles)} for m in cast.members])
