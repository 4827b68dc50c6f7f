"""The in-process papermill engine records what a Jupyter kernel records."""

from __future__ import annotations

from pathlib import Path

import nbformat
import papermill
import pytest
from papermill.exceptions import PapermillExecutionError

from corpus_utils.notebook_engine import ENGINE


def _run(tmp_path: Path, *sources: str, params: dict | None = None) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 0")
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell, *(nbformat.v4.new_code_cell(s) for s in sources)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "in.ipynb")
    papermill.execute_notebook(
        str(tmp_path / "in.ipynb"),
        str(tmp_path / "out.ipynb"),
        parameters=params or {},
        progress_bar=False,
        engine_name=ENGINE,
    )
    return nbformat.read(tmp_path / "out.ipynb", as_version=4)


def test_outputs_in_order_with_parameters_and_counts(tmp_path: Path):
    out = _run(
        tmp_path,
        "print('a'); print('b')\nfrom IPython.display import HTML, display\ndisplay(HTML('<b>x</b>'))\nprint('c')",
        "x * 2",
        "x;",
        params={"x": 21},
    )
    code = [c for c in out.cells if c.cell_type == "code"]
    first = code[2].outputs  # after the parameters cell and the injected one
    assert [o.output_type for o in first] == ["stream", "display_data", "stream"]
    assert first[0].text == "a\nb\n" and first[1].data["text/html"] == "<b>x</b>" and first[2].text == "c\n"
    assert code[3].outputs[0].output_type == "execute_result"
    assert code[3].outputs[0].data["text/plain"] == "42"
    assert code[3].outputs[0].execution_count == code[3].execution_count == 4
    assert code[4].outputs == []  # a trailing semicolon shows nothing, as in Jupyter


def test_each_notebook_starts_with_a_fresh_namespace(tmp_path: Path):
    _run(tmp_path, "leftover = 1")
    with pytest.raises(PapermillExecutionError, match="leftover"):
        _run(tmp_path, "leftover")


def test_an_error_stops_the_notebook_and_names_its_cell(tmp_path: Path):
    with pytest.raises(PapermillExecutionError) as caught:
        _run(tmp_path, "y = 1", "raise ValueError('boom')", "never = 1")
    assert caught.value.ename == "ValueError" and caught.value.evalue == "boom"
    out = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert out.cells[-1].outputs == [] and out.cells[-1].execution_count is None  # not run


def test_warnings_are_a_stderr_stream(tmp_path: Path):
    out = _run(tmp_path, "import warnings\nwarnings.warn('careful')")
    stream = out.cells[-1].outputs[0]
    assert stream.name == "stderr" and "careful" in stream.text


def test_the_callers_main_module_is_left_in_place(tmp_path: Path):
    """The shell stands in for ``__main__`` only while a notebook runs: the build process must
    still be able to start worker processes after running a chapter itself."""
    import multiprocessing
    import sys

    main = sys.modules["__main__"]
    _run(tmp_path, "import sys\nassert sys.modules['__main__'].__name__ == '__main__'")
    assert sys.modules["__main__"] is main
    process = multiprocessing.get_context("spawn").Process(target=print)
    process.start()
    process.join()
    assert process.exitcode == 0


def test_a_matplotlib_figure_is_an_image_as_in_a_kernel(tmp_path: Path):
    """In a fresh process (matplotlib chooses its backend once): a figure drawn in a cell is an
    image/png output of that cell, as Jupyter's inline backend makes it."""
    import json
    import subprocess
    import sys

    script = (
        "import nbformat, papermill, json, sys\n"
        "from corpus_utils.notebook_engine import ENGINE\n"
        "nb = nbformat.v4.new_notebook()\n"
        "nb.cells = [nbformat.v4.new_code_cell('import matplotlib.pyplot as plt\\nplt.plot([1, 2])')]\n"
        "nb.metadata['kernelspec'] = {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}\n"
        "out = papermill.execute_notebook(nb, None, progress_bar=False, engine_name=ENGINE)\n"
        "print(json.dumps([sorted(o.get('data', {})) for o in out.cells[0].outputs]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**__import__("os").environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    kinds = json.loads(done.stdout.strip().splitlines()[-1])
    assert any("image/png" in k for k in kinds), kinds


WATCHED: list = []  # weak references to what a chapter made, for the test below


def test_a_chapters_objects_are_released_when_it_ends(tmp_path: Path):
    """A worker runs chapter after chapter: what one chapter made is not held while the worker
    waits for, or runs, the next (at 30,000 articles a chapter's tables are a gigabyte)."""
    import gc

    _run(
        tmp_path,
        f"import sys, weakref\nhere = sys.modules[{__name__!r}]\n"
        "class Table:\n    pass\ntable = Table()\nhere.WATCHED.append(weakref.ref(table))",
    )
    gc.collect()
    assert len(WATCHED) == 1 and WATCHED[0]() is None
