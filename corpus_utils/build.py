"""Build the book: export the tables, run each chapter with papermill, publish with Jupyter Book.

The tables are written first (they are also the book's downloadable data); every
chapter notebook then reads them, parameterised by papermill, and the executed
copies in ``book/`` are what Jupyter Book publishes. A failing notebook stops the
build with the notebook and cell named; a Sphinx warning fails it too (``-W``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
import yaml
from papermill.exceptions import PapermillExecutionError

from corpus_utils.export import export

ROOT = Path(__file__).resolve().parent.parent
BOOK_FILES = ("_config.yml", "_toc.yml")


class BuildError(Exception):
    """The build stopped; the message names the step that failed."""


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes. ``source`` holds _config.yml, _toc.yml and book/."""

    source: Path
    data: Path
    html: Path

    @classmethod
    def for_output(cls, out: Path) -> Layout:
        return cls(source=out, data=out / "_build" / "data", html=out / "_build" / "html")


def notebooks(root: Path = ROOT) -> list[Path]:
    """The chapter notebooks, in reading order (their numeric prefix)."""
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def parse_parameters(pairs: list[tuple[str, str]]) -> dict[str, object]:
    """``-p NAME VALUE`` pairs with YAML values: ``-p min_quotes 2`` gives an int."""
    params: dict[str, object] = {}
    for name, value in pairs:
        try:
            params[name] = yaml.safe_load(value)
        except yaml.YAMLError:
            params[name] = value
    return params


def declared_parameters(notebook: Path) -> dict[str, dict]:
    return papermill.inspect_notebook(str(notebook))


def check_parameters(params: dict[str, object], declared: dict[Path, dict[str, dict]]) -> None:
    known = sorted({name for names in declared.values() for name in names})
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise BuildError(f"unknown parameter(s) {', '.join(unknown)}; the notebooks take: {', '.join(known)}")


def stage(source: Path, root: Path = ROOT) -> None:
    """Copy the book's configuration and static pages into a separate output folder."""
    if source.resolve() == root.resolve():
        return
    (source / "book").mkdir(parents=True, exist_ok=True)
    for name in BOOK_FILES:
        shutil.copy2(root / name, source / name)
    for page in (root / "book").glob("*.md"):
        shutil.copy2(page, source / "book" / page.name)
    shutil.copytree(root / "_static", source / "_static", dirs_exist_ok=True)


def hide_parameter_cells(path: Path) -> None:
    """Remove the parameter cells from the page: the chapter shows its parameters in a note."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        tags = cell.metadata.get("tags", [])
        if "parameters" in tags or "injected-parameters" in tags:
            cell.metadata["tags"] = [*tags, "remove-cell"]
    nbformat.write(notebook, path)


def run_notebook(notebook: Path, output: Path, params: dict[str, object], cwd: Path) -> None:
    try:
        papermill.execute_notebook(
            str(notebook), str(output), parameters=params, progress_bar=False, cwd=str(cwd), kernel_name="python3"
        )
    except PapermillExecutionError as exc:
        cells = nbformat.read(notebook, as_version=4).cells
        number = next((i + 1 for i, cell in enumerate(cells) if cell.source == exc.source), exc.cell_index)
        first_line = exc.source.strip().splitlines()[0] if exc.source.strip() else ""
        raise BuildError(
            f"{notebook.name} failed in cell {number} ({first_line[:60]!r}): {exc.ename}: {exc.evalue}"
        ) from None
    hide_parameter_cells(output)


def jupyter_book(layout: Layout) -> None:
    command = [
        str(Path(sys.executable).parent / "jupyter-book"),
        "build",
        str(layout.source),
        "--path-output",
        str(layout.source),
        "-W",
        "-n",
        "--keep-going",
        "--quiet",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if "WARNING" in line or "ERROR" in line]
        detail = "\n  ".join(lines[:20]) or (result.stderr or result.stdout).strip()[-2000:]
        raise BuildError(f"jupyter-book build failed:\n  {detail}")


def build(
    corpus: Path,
    out: Path = ROOT,
    manifest: Path | None = None,
    params: dict[str, object] | None = None,
    say: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
) -> Layout:
    """Run the whole pipeline and return where it wrote; BuildError names a failed step."""
    params = dict(params or {})
    layout = Layout.for_output(out.resolve())
    chapters = notebooks()
    declared = {nb: declared_parameters(nb) for nb in chapters}
    check_parameters(params, declared)
    steps = len(chapters) + 2
    started = time.perf_counter()

    def step(n: int, label: str, action: Callable[[], object]) -> None:
        t0 = time.perf_counter()
        say(f"[{n}/{steps}] {label} ...")
        action()
        say(f"[{n}/{steps}] {label} done in {time.perf_counter() - t0:.1f}s")

    step(1, f"export tables from {corpus}", lambda: export(corpus, layout.data, manifest, warn))
    stage(layout.source)
    context = {"data_dir": str(layout.data), "corpus_name": corpus.resolve().name}
    for n, notebook in enumerate(chapters, start=2):
        wanted = {k: v for k, v in {**context, **params}.items() if k in declared[notebook]}
        target = layout.source / "book" / notebook.name
        step(n, f"run {notebook.name}", lambda nb=notebook, t=target, w=wanted: run_notebook(nb, t, w, layout.source))
    step(steps, "jupyter-book build", lambda: jupyter_book(layout))
    say(f"book: {layout.html / 'index.html'} (tables: {layout.data}) in {time.perf_counter() - started:.1f}s")
    return layout
