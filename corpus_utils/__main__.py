"""Command line: ``python -m corpus_utils export|build|cast``.

Errors a user can cause (a wrong path, an unreadable manifest, a bad parameter, a failing
notebook) end in one line on stderr and a non-zero exit, never a traceback. Ctrl-C and
SIGTERM stop the workers, leave the tables as they were and exit with the conventional
status (130, 143) after one line.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import signal
import sys
import threading
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent
MAX_WORKERS = 1024


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; raised in the main thread so every cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_MAIN_PID: list[int] = []  # the process that installed the handler


def _interrupt(signum: int, frame: object) -> None:
    if _MAIN_PID and os.getpid() != _MAIN_PID[0]:
        # a worker forked just as the signal came inherits it pending and runs this handler in its
        # start-up (inside the standard library's after-fork hooks, where an exception is printed as a
        # traceback and lost): hand the signal back to the process it was meant for
        os.kill(_MAIN_PID[0], signum)
        return
    for sig in (signal.SIGINT, signal.SIGTERM):  # a second signal must not cut the cleanup short
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def _unraisable(hook: sys.UnraisableHookArgs) -> None:
    """An interruption raised where Python cannot raise it (a finaliser's ``__del__``, an after-fork
    hook) is printed as a traceback and dropped, and the run would go on to the end with the signals
    ignored: send the signal again from another thread, once this hook has returned, so that its
    handler raises it where it stops the run."""
    if isinstance(hook.exc_value, Interrupted) and _MAIN_PID and os.getpid() == _MAIN_PID[0]:
        signal.signal(hook.exc_value.signum, _interrupt)
        threading.Timer(0.01, os.kill, (os.getpid(), hook.exc_value.signum)).start()
        return
    sys.__unraisablehook__(hook)


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def workers(value: str) -> int:
    """``--workers``: a whole number of processes from 1 to ``MAX_WORKERS``."""
    if not re.fullmatch(r"\s*\d+\s*", value) or not 1 <= int(value) <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of worker processes from 1 to {MAX_WORKERS}")
    return int(value)


def scheduler(value: str) -> str:
    """``--scheduler``: a Dask scheduler address, ``tcp://host:port`` (or tls://, inproc://)."""
    if not re.fullmatch(r"(?:tcp|tls|ucx|ws|wss)://[\w.\-\[\]:]+:\d{1,5}|inproc://[\w.\-/]+", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a scheduler address such as tcp://10.0.0.5:8786")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line (with where to find help), not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see: {self.prog} --help)\n")


def parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="python -m corpus_utils", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ex = sub.add_parser("export", help="write the export tables (JSON Lines and CSV) for a corpus folder")
    ex.add_argument(
        "--corpus",
        type=Path,
        required=True,
        help="folder of *.txt/*.html articles (and *.warc archives), a .jsonl/.csv dump, or a .warc(.gz) archive",
    )
    ex.add_argument("--out", type=Path, required=True, help="folder for the tables")
    ex.add_argument("--manifest", type=Path, help="manifest CSV (default: CORPUS/manifest.csv if present)")
    ex.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: every core of this machine; dask: a Dask cluster (see --scheduler)",
    )
    ex.add_argument("--workers", type=workers, help="local engine: worker processes (default: one per core)")
    ex.add_argument(
        "--force", action="store_true", help="extract every article again, even those unchanged since the last export"
    )
    ex.add_argument(
        "--scheduler",
        type=scheduler,
        help="dask engine: scheduler address such as tcp://10.0.0.5:8786 "
        "(default: a local cluster of one worker per core)",
    )

    bd = sub.add_parser("build", help="export, run every notebook with papermill, build the book")
    bd.add_argument(
        "--corpus", type=Path, default=ROOT / "seeds", help="a corpus as for export (default: seeds/)"
    )
    bd.add_argument("--manifest", type=Path, help="manifest CSV (default: CORPUS/manifest.csv if present)")
    bd.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a notebook parameter; VALUE is read as YAML (2, true, [a, b]); README lists them",
    )
    bd.add_argument(
        "--out",
        type=Path,
        default=ROOT,
        help="a new or empty folder, or one an earlier build wrote, for book/ and _build/{html,data} "
        "(default: the project folder)",
    )
    bd.add_argument("--force", action="store_true", help="rerun every step, even those whose inputs did not change")
    ca = sub.add_parser("cast", help="print a draft corpus.yml from the corpus's cast, to edit before a build")
    ca.add_argument("--corpus", type=Path, required=True, help="a corpus as for export")
    ca.add_argument("--manifest", type=Path, help="manifest CSV (default: CORPUS/manifest.csv if present)")
    ca.add_argument("--title", help="the book's title (default: How the news tells the story)")
    for command in (ex, bd, ca):
        command.add_argument(
            "--config", type=Path, help="the corpus configuration (default: CORPUS/corpus.yml if present)"
        )
        command.add_argument(
            "--follow-links", action="store_true", help="read articles that are symbolic links (skipped by default)"
        )
    return ap


def run(args: argparse.Namespace) -> None:
    from corpus_utils.articles import CorpusError

    if args.command == "export":
        from corpus_utils.export import export  # not the book's modules (papermill): an export starts quicker

        # The modules' objects (patterns, word lists, NLTK) live as long as the process: the
        # collector need not walk them again in each full collection (0.1 s of a 1,000-article
        # export); and an article's objects die with it, so young ones are looked at less often
        # (one collection per 50,000 new objects, not 700: 0.04 s)
        gc.freeze()
        gc.set_threshold(50_000)
        if args.engine != "dask" and args.scheduler:
            raise CorpusError("--scheduler needs --engine dask")
        if args.engine == "dask" and args.workers:
            raise CorpusError("--workers is for the local engine; a Dask cluster has its own workers")
        summary = export(
            args.corpus,
            args.out,
            args.manifest,
            _warn,
            engine=args.engine,
            workers=args.workers,
            scheduler=args.scheduler,
            follow_links=args.follow_links,
            config=args.config,
            force=args.force,
        )
        counts = ", ".join(f"{n} {name}" for name, n in summary.rows.items())
        reused = summary.articles + summary.problems - summary.extracted
        fresh = f" ({summary.extracted} extracted, {reused} unchanged since the last export)" if reused > 0 else ""
        print(f"exported {summary.articles} article(s) to {args.out}{fresh}: {counts}", file=sys.stderr)
    elif args.command == "cast":
        import tempfile

        from corpus_utils.cast.draft import draft_config
        from corpus_utils.export import export

        with tempfile.TemporaryDirectory() as tables:
            export(args.corpus, Path(tables), args.manifest, _warn, follow_links=args.follow_links, config=args.config)
            print(draft_config(Path(tables), args.title or "How the news tells the story"), end="")
    else:
        from corpus_utils.build import build, parse_parameters

        build(
            args.corpus,
            args.out,
            args.manifest,
            parse_parameters(args.parameter),
            say=lambda m: print(m, file=sys.stderr, flush=True),
            warn=_warn,
            force=args.force,
            follow_links=args.follow_links,
            config=args.config,
        )


def main(argv: list[str] | None = None) -> int:
    _MAIN_PID[:] = [os.getpid()]
    sys.unraisablehook = _unraisable
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    words = sys.argv[1:] if argv is None else argv
    try:
        status = _run(parser().parse_args(argv))
    except Interrupted as exc:
        output = sys.modules.get("corpus_utils.output")
        if words[:1] == ["export"] and output is not None and output.PUBLISHED:
            # the signal came after the one rename that publishes: the new tables are whole
            print("interrupted after the new tables were published; they are complete", file=sys.stderr)
            return 0
        print("interrupted; tables unchanged" if words[:1] == ["export"] else "interrupted", file=sys.stderr)
        return 128 + exc.signum
    for sig in (signal.SIGINT, signal.SIGTERM):  # done: a late signal must not kill the exit itself
        signal.signal(sig, signal.SIG_IGN)
    return status


def _run(args: argparse.Namespace) -> int:
    """Run a command; an error a user can cause is one line and status 2."""
    # The pipeline's modules (pandas, papermill, NLTK) are imported here, under the signal
    # handlers, so that an interruption during the imports is one line too.
    from corpus_utils.articles import CorpusError
    from corpus_utils.config import ConfigError
    from corpus_utils.output import OutputBusy

    user_errors: tuple[type[Exception], ...] = (CorpusError, ConfigError, OutputBusy)
    if args.command == "build":
        from corpus_utils.build import BuildError

        user_errors += (BuildError,)
    try:
        run(args)
    except user_errors as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
