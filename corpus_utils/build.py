"""Build the book: export the tables, run each chapter with papermill, publish with Jupyter Book.

The tables are written first (they are also the book's downloadable data); every
chapter notebook then reads them, parameterised by papermill, and the executed
copies in ``book/`` are what Jupyter Book publishes. A failing notebook stops the
build with the notebook and cell named; a Sphinx warning fails it too (``-W``). Steps
whose inputs did not change since the last build are skipped.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
import yaml
from papermill.exceptions import PapermillExecutionError

from corpus_utils import memory, reader
from corpus_utils.articles import list_corpus
from corpus_utils.cache import code_fingerprint, digest
from corpus_utils.config import ConfigError, CorpusConfig, find_config, load_config
from corpus_utils.data import data_text
from corpus_utils.export import COLUMNS, export
from corpus_utils.front import book_config, corpus_facts, findings_markdown, intro_markdown
from corpus_utils.notebook_engine import ENGINE
from corpus_utils.output import OutputBusy, locked
from corpus_utils.parameters import ParameterError, validate

ROOT = Path(__file__).resolve().parent.parent


class BuildError(Exception):
    """The build stopped; the message names the step that failed."""


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes. ``source`` holds _config.yml, _toc.yml and book/."""

    source: Path
    data: Path
    html: Path

    @property
    def book_config(self) -> Path:
        """The Jupyter Book configuration written for this build (the title is the corpus's)."""
        return self.source / "_build" / "_config.yml"

    @classmethod
    def for_output(cls, out: Path) -> Layout:
        return cls(source=out, data=out / "_build" / "data", html=out / "_build" / "html")


def notebooks(root: Path = ROOT) -> list[Path]:
    """The chapter notebooks, in reading order (their numeric prefix)."""
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def parse_parameters(pairs: list[tuple[str, str]]) -> dict[str, object]:
    """``-p NAME VALUE`` pairs with YAML values (``-p min_quotes 2`` gives an int); ``build``
    checks them against the parameter table before it does anything else."""
    params: dict[str, object] = {}
    for name, value in pairs:
        try:
            params[name] = yaml.safe_load(value)
        except yaml.YAMLError:
            params[name] = value
    return params


def declared_parameters(notebook: Path) -> dict[str, dict]:
    return papermill.inspect_notebook(str(notebook))


MARKER = ".corpus-utils-book"  # written into every output folder a build makes


def claim_output(out: Path, root: Path = ROOT) -> None:
    """Refuse an output folder that holds files a build did not make: ``--out`` must not
    overwrite a user's own ``_config.yml`` or pass an old ``index.html`` off as the new book."""
    if out.resolve() == root.resolve():
        return
    if out.exists() and not out.is_dir():
        raise BuildError(f"{out}: not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise BuildError(
            f"{out}: this folder holds files that no build made; give a new or empty folder, "
            "or one that an earlier build wrote"
        )
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("made by python -m corpus_utils build\n", encoding="utf-8")


def stage(layout: Layout, config: CorpusConfig, root: Path = ROOT) -> None:
    """Write the book's configuration (with the corpus's title) into the output folder, with the
    static files; the introduction is written once the chapters have run (``write_intro``)."""
    source = layout.source
    (source / "book").mkdir(parents=True, exist_ok=True)
    if source.resolve() != root.resolve():
        shutil.copy2(root / "_toc.yml", source / "_toc.yml")
        shutil.copytree(root / "_static", source / "_static", dirs_exist_ok=True)
    _write_if_changed(layout.book_config, book_config((root / "_config.yml").read_text("utf-8"), config))


def write_intro(layout: Layout, config: CorpusConfig, found: str = "") -> None:
    """The introduction from the corpus's facts and, once the chapters have run, their findings."""
    facts = corpus_facts(layout.data / "articles.jsonl")
    _write_if_changed(layout.source / "book" / "intro.md", intro_markdown(config, facts, data_text("intro.md"), found))


def _write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` unless the file holds it already (Sphinx rebuilds what changed)."""
    if not path.is_file() or path.read_text("utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def tidy_for_readers(path: Path) -> None:
    """Remove the parameter cells from the page (the chapter shows its parameters in a note) and
    the code of every other cell, keeping its output: the page reads as an article, and the
    code stays in the chapter's notebook under notebooks/."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        tags = cell.metadata.get("tags", [])
        if "parameters" in tags or "injected-parameters" in tags:
            cell.metadata["tags"] = [*tags, "remove-cell"]
        elif cell.cell_type == "code" and "remove-input" not in tags:
            cell.metadata["tags"] = [*tags, "remove-input"]
    nbformat.write(notebook, path)


def run_notebook(notebook: Path, output: Path, params: dict[str, object], cwd: Path) -> None:
    """Execute one chapter into ``output`` with papermill, in this process (``notebook_engine``)."""
    try:
        papermill.execute_notebook(
            str(notebook), str(output), parameters=params, progress_bar=False, cwd=str(cwd), engine_name=ENGINE
        )
    except PapermillExecutionError as exc:
        cells = nbformat.read(notebook, as_version=4).cells
        number = next((i + 1 for i, cell in enumerate(cells) if cell.source == exc.source), exc.cell_index)
        first_line = exc.source.strip().splitlines()[0] if exc.source.strip() else ""
        raise BuildError(
            f"{notebook.name} failed in cell {number} ({first_line[:60]!r}): {exc.ename}: {exc.evalue}"
        ) from None
    tidy_for_readers(output)


@dataclass(frozen=True)
class Chapter:
    """A chapter to run: its step number, notebook, executed copy, parameters and cache key."""

    n: int
    notebook: Path
    target: Path
    params: dict[str, object]
    key: str


CHAPTER_IMPORTS = ("pandas", "altair", "corpus_utils.report")  # what every chapter imports first
NICER = 5  # the chapter workers' lower priority


def _warm() -> None:
    """A chapter worker's start: it yields the processor to the export it may start beside (the
    chapters wait for its tables), then imports what every chapter imports."""
    with contextlib.suppress(OSError, AttributeError):  # no nice() on Windows
        os.nice(NICER)
    memory.system_allocator()
    for module in CHAPTER_IMPORTS:
        importlib.import_module(module)
    from corpus_utils.actors import gazetteer

    gazetteer()  # the chapters' gazetteer (their configuration is the default), built while they wait


def _run_chapter(chapter: Chapter, cwd: Path) -> float:
    t0 = time.perf_counter()
    run_notebook(chapter.notebook, chapter.target, chapter.params, cwd)
    return time.perf_counter() - t0


def chapter_workers(workers: int) -> ProcessPoolExecutor:
    """A worker process per core for the chapters, started at once: each imports what every
    chapter imports while the build does something else (the export of a changed corpus)."""
    pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"), initializer=_warm)
    for _ in range(workers):
        pool.submit(int)  # the executor starts its workers as tasks arrive
    return pool


def run_chapters(
    chapters: list[Chapter],
    cwd: Path,
    started: Callable[[Chapter], None],
    workers: int | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[tuple[Chapter, float]]:
    """Run the chapters, as many at once as the machine has cores (they only read the tables),
    yielding each with its seconds as it finishes; ``pool`` is workers started earlier
    (``chapter_workers``), shut down at the end. The first failure stops the build: chapters
    not started are cancelled, and its BuildError names the notebook and the cell."""
    workers = min(workers or os.cpu_count() or 1, len(chapters))
    if workers <= 1 and pool is None:
        for chapter in chapters:
            started(chapter)
            yield chapter, _run_chapter(chapter, cwd)
        return
    # a worker per core runs chapter after chapter (notebook_engine), having imported what they
    # import once; a chapter is started when a core is free so that "..." means it is running
    waiting = list(chapters)
    with pool or chapter_workers(workers) as running_pool:
        running: dict[Future, Chapter] = {}
        try:
            while waiting or running:
                while waiting and len(running) < max(workers, 1):
                    chapter = waiting.pop(0)
                    started(chapter)
                    running[running_pool.submit(_run_chapter, chapter, cwd)] = chapter
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield running.pop(future), future.result()
        except BrokenProcessPool as exc:
            running_pool.shutdown(wait=True, cancel_futures=True)
            raise BuildError(f"a chapter's worker process stopped before it finished ({exc})") from None
        except BaseException:
            running_pool.shutdown(wait=True, cancel_futures=True)
            raise


def publish_static(layout: Layout) -> None:
    """Copy the book's own style and script into the HTML folder, over what an earlier build left:
    Sphinx does not overwrite a static file it copied before, so a rebuild kept an old style sheet."""
    shutil.copytree(layout.source / "_static", layout.html / "_static", dirs_exist_ok=True)


def publish_tables(layout: Layout) -> None:
    """Copy the tables into the HTML folder, so the book's readers can download its data."""
    target = layout.html / "data"
    target.mkdir(parents=True, exist_ok=True)
    for table in (
        sorted(layout.data.glob("*.csv")) + sorted(layout.data.glob("*.jsonl")) + sorted(layout.data.glob("*.parquet"))
    ):
        shutil.copy2(table, target / table.name)


def jupyter_book(layout: Layout, meanwhile: Callable[[], object] = lambda: None) -> None:
    """Run jupyter-book on the staged book; ``meanwhile`` runs in this process while it works
    (the reader pages: Sphinx keeps one core busy, the pages take the other)."""
    command = [
        str(Path(sys.executable).parent / "jupyter-book"),
        "build",
        str(layout.source),
        "--path-output",
        str(layout.source),
        "--config",
        str(layout.book_config),
        "-W",
        "-n",
        "--keep-going",
        "--quiet",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as book:
        try:
            meanwhile()
        finally:
            stdout, stderr = book.communicate()
    if book.returncode != 0:
        lines = [line for line in (stdout + stderr).splitlines() if "WARNING" in line or "ERROR" in line]
        detail = "\n  ".join(lines[:20]) or (stderr or stdout).strip()[-2000:]
        raise BuildError(f"jupyter-book build failed:\n  {detail}")


def corpus_fingerprint(
    corpus: Path, manifest: Path | None, follow_links: bool = False, config: Path | None = None
) -> str:
    """Changes whenever an article file, its name, the manifest or the configuration changes
    (a dump or an archive given as the corpus is one file)."""
    files = [corpus] if corpus.is_file() else list_corpus(corpus, follow_links).files
    files += [p for p in (manifest, find_config(corpus, config)) if p]
    manifest_default = corpus / "manifest.csv"
    if manifest is None and manifest_default.is_file():
        files.append(manifest_default)
    return digest(*(p.name for p in files), *(p.read_bytes() for p in files if p.is_file()))


class Cache:
    """Keys of the outputs a build made, so an unchanged step is skipped on the next build."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.keys: dict[str, str] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            self.keys = {}

    def fresh(self, name: str, key: str, *outputs: Path) -> bool:
        return self.keys.get(name) == key and all(p.exists() for p in outputs)

    def store(self, name: str, key: str) -> None:
        self.keys[name] = key
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.keys, indent=1, sort_keys=True), encoding="utf-8")


def build(
    corpus: Path,
    out: Path = ROOT,
    manifest: Path | None = None,
    params: dict[str, object] | None = None,
    say: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
    force: bool = False,
    follow_links: bool = False,
    config: Path | None = None,
) -> Layout:
    """Run the whole pipeline and return where it wrote; BuildError names a failed step.

    A step whose inputs (corpus, code, notebook source, parameters) are unchanged since
    the last build into the same folder is skipped, unless ``force``.
    """
    params = dict(params or {})
    try:
        params = validate(params)
        settings = load_config(find_config(corpus, config))
    except (ParameterError, ConfigError) as exc:
        raise BuildError(str(exc)) from None
    claim_output(out)
    layout = Layout.for_output(out.resolve())
    try:
        with locked(layout.source / "_build", "build"):
            return _build(corpus, layout, manifest, params, say, warn, force, follow_links, config, settings)
    except OutputBusy as exc:
        raise BuildError(str(exc)) from None


def _build(
    corpus: Path,
    layout: Layout,
    manifest: Path | None,
    params: dict[str, object],
    say: Callable[[str], None],
    warn: Callable[[str], None],
    force: bool,
    follow_links: bool,
    config: Path | None,
    settings: CorpusConfig,
) -> Layout:
    chapters = notebooks()
    declared = {nb: declared_parameters(nb) for nb in chapters}
    steps = len(chapters) + 2
    started = time.perf_counter()
    cache = Cache(layout.source / "_build" / "build-cache.json")
    code = code_fingerprint()

    data_key = digest(corpus_fingerprint(corpus, manifest, follow_links, config), code)
    label = f"[1/{steps}] export tables from {corpus}"
    pool = None  # the chapters' workers, started as soon as it is known that the chapters will run
    try:
        if not force and cache.fresh("export", data_key, *(layout.data / f"{name}.jsonl" for name in COLUMNS)):
            say(f"{label}: unchanged, skipped")
        else:
            pool = chapter_workers(min(os.cpu_count() or 1, len(chapters)))  # new tables: every chapter runs
            t0 = time.perf_counter()
            say(f"{label} ...")
            export(corpus, layout.data, manifest, warn, follow_links=follow_links, config=config, force=force)
            memory.give_back()  # the export's rows: the chapters' workers need the memory now
            cache.store("export", data_key)
            say(f"{label} done in {time.perf_counter() - t0:.1f}s")
        stage(layout, settings)
        context = {"data_dir": str(layout.data), "corpus_name": corpus.resolve().name}
        runs: list[Chapter] = []
        for n, notebook in enumerate(chapters, start=2):
            wanted = {k: v for k, v in {**context, **params}.items() if k in declared[notebook]}
            target = layout.source / "book" / notebook.name
            key = digest(notebook.read_bytes(), json.dumps(wanted, sort_keys=True, default=str), data_key)
            if not force and cache.fresh(notebook.name, key, target):
                say(f"[{n}/{steps}] run {notebook.name}: unchanged, skipped")
            else:
                runs.append(Chapter(n, notebook, target, wanted, key))

        def announce(chapter: Chapter) -> None:
            say(f"[{chapter.n}/{steps}] run {chapter.notebook.name} ...")

        # the longest chapters of the last build first: two workers then finish close together
        runs.sort(key=lambda chapter: -float(cache.keys.get(f"seconds {chapter.notebook.name}", "inf")))
        if pool is not None and not runs:
            pool.shutdown(cancel_futures=True)
            pool = None
        for chapter, seconds in run_chapters(runs, layout.source, announce, pool=pool):
            cache.store(chapter.notebook.name, chapter.key)
            cache.store(f"seconds {chapter.notebook.name}", f"{seconds:.2f}")
            say(f"[{chapter.n}/{steps}] run {chapter.notebook.name} done in {seconds:.1f}s")
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    executed = [layout.source / "book" / nb.name for nb in chapters]
    write_intro(layout, settings, findings_markdown([nb for nb in executed if nb.is_file()]))
    t0 = time.perf_counter()
    say(f"[{steps}/{steps}] jupyter-book build ...")
    pages: list[int] = []
    jupyter_book(layout, lambda: pages.append(reader.write_pages(layout.data, layout.html / reader.FOLDER)))
    publish_static(layout)
    publish_tables(layout)
    say(f"[{steps}/{steps}] jupyter-book build and {pages[0]:,} reader pages done in {time.perf_counter() - t0:.1f}s")
    say(f"book: {layout.html / 'index.html'} (tables: {layout.data}) in {time.perf_counter() - started:.1f}s")
    return layout
