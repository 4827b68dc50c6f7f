"""A papermill engine that runs a chapter inside the calling process instead of a new Jupyter kernel.

Why: a kernel is a new process that imports pandas, Altair and this package again, about 2.5 s of
every chapter, and a rebuild after one new article pays it once per chapter. A worker process that
has imported them once runs chapter after chapter, each in a fresh namespace (``reset``), which is
what keeps a rebuild short (issue 24). The cells run in an IPython shell, so the executed notebook
records what a kernel would: ``display`` calls, the value of a cell's last expression, printed
text and warnings as streams, and an error output, which papermill turns into its
``PapermillExecutionError`` naming the cell.

Registered under ``ENGINE``; ``papermill.execute_notebook(..., engine_name=ENGINE)`` uses it. A
notebook run by hand in Jupyter, or by papermill's own command, still uses a kernel.
"""

from __future__ import annotations

import io
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import nbformat
from IPython.core.displayhook import DisplayHook
from IPython.core.displaypub import DisplayPublisher
from IPython.core.interactiveshell import InteractiveShell
from papermill.engines import Engine, papermill_engines
from traitlets.config import Config

from corpus_utils import memory

ENGINE = "corpus_utils"
INLINE = "module://matplotlib_inline.backend_inline"  # the backend a Jupyter kernel gives matplotlib


class _Outputs:
    """The outputs of the cell that is running: every channel below appends here, in order."""

    def __init__(self) -> None:
        self.cell: list[dict] = []

    def stream(self, name: str, text: str) -> None:
        if self.cell and self.cell[-1].get("output_type") == "stream" and self.cell[-1]["name"] == name:
            self.cell[-1]["text"] += text  # one output per run of text, as a kernel's messages merge
        else:
            self.cell.append(nbformat.v4.new_output("stream", name=name, text=text))


OUTPUTS = _Outputs()


class _Stream(io.TextIOBase):
    """``sys.stdout`` or ``sys.stderr`` while a cell runs."""

    def __init__(self, name: str) -> None:
        self.name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            OUTPUTS.stream(self.name, text)
        return len(text)


class _Publisher(DisplayPublisher):
    """``display(...)``: a display_data output."""

    def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kwargs) -> None:
        OUTPUTS.cell.append(nbformat.v4.new_output("display_data", data=data, metadata=metadata or {}))

    def clear_output(self, wait: bool = False) -> None:
        OUTPUTS.cell.clear()


class _ResultHook(DisplayHook):
    """A cell's last expression: an execute_result output, with no prompt printed."""

    def write_output_prompt(self) -> None:
        pass

    def write_format_data(self, format_dict, md_dict=None) -> None:
        OUTPUTS.cell.append(
            nbformat.v4.new_output(
                "execute_result",
                data=format_dict,
                metadata=md_dict or {},
                execution_count=self.exec_result.execution_count,
            )
        )

    def finish_displayhook(self) -> None:
        pass


class _Shell(InteractiveShell):
    """An IPython shell whose display channels write notebook outputs, and whose tracebacks are
    error outputs (as ipykernel sends them) rather than text on stdout."""

    display_pub_class = _Publisher
    displayhook_class = _ResultHook

    def _showtraceback(self, etype, evalue, stb: list[str]) -> None:
        OUTPUTS.cell.append(
            nbformat.v4.new_output("error", ename=etype.__name__, evalue=str(evalue), traceback=list(stb))
        )


def _shell() -> _Shell:
    config = Config()
    config.HistoryManager.enabled = False  # no history database shared by the workers
    config.InteractiveShell.colors = "nocolor"  # a traceback in the page reads as text
    return _Shell.instance(config=config)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


@contextmanager
def _captured() -> Iterator[None]:
    """Printed text and warnings go to the cell's outputs (a warning is shown on stderr, as in a
    kernel, whoever had taken over ``warnings.showwarning`` in this process)."""
    saved = sys.stdout, sys.stderr, warnings.showwarning
    sys.stdout, sys.stderr, warnings.showwarning = _Stream("stdout"), _Stream("stderr"), _show_warning
    try:
        yield
    finally:
        sys.stdout, sys.stderr, warnings.showwarning = saved


class InProcessEngine(Engine):
    """Runs each code cell in this process's IPython shell; the first failing cell stops the
    notebook, with its error output in place, as a kernel run does."""

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs) -> None:
        main = sys.modules["__main__"]  # the shell takes its place while it runs, as in a kernel
        backend = os.environ.get("MPLBACKEND")
        shell = _shell()
        # papermill writes the whole notebook at each cell's start and end (to watch a kernel); here
        # it is written when it is complete (``notebook_complete``, after this), with every output
        output_path, nb_man.output_path = nb_man.output_path, None
        try:
            sys.modules["__main__"] = shell.user_module
            os.environ["MPLBACKEND"] = INLINE  # a matplotlib figure is shown at the end of its cell
            cls._run_cells(nb_man, shell)
        finally:
            # a fresh namespace for the next notebook, and the chapter's tables not kept while the worker waits
            shell.reset(new_session=True)
            memory.give_back()
            nb_man.output_path = output_path
            sys.modules["__main__"] = main  # the caller's own, so that it can still start processes
            if backend is None:
                os.environ.pop("MPLBACKEND", None)
            else:
                os.environ["MPLBACKEND"] = backend

    @staticmethod
    def _run_cells(nb_man, shell: _Shell) -> None:
        for index, cell in enumerate(nb_man.nb.cells):
            if cell.cell_type != "code":
                continue
            nb_man.cell_start(cell, index)
            OUTPUTS.cell = []
            with _captured():
                result = shell.run_cell(cell.source, store_history=True)
            cell.outputs = [nbformat.from_dict(output) for output in OUTPUTS.cell]
            cell.execution_count = result.execution_count
            if not result.success:
                nb_man.cell_exception(cell, index)
                nb_man.cell_complete(cell, index)
                return
            nb_man.cell_complete(cell, index)


papermill_engines.register(ENGINE, InProcessEngine)
