"""Command line: ``python -m corpus_utils export|build``.

Errors a user can cause (a wrong path, an unreadable manifest, a failing
notebook) end in one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corpus_utils.articles import CorpusError
from corpus_utils.build import ROOT, BuildError, build, parse_parameters
from corpus_utils.export import export


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m corpus_utils", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("export", help="write the export tables (JSON Lines and CSV) for a corpus folder")
    ex.add_argument("--corpus", type=Path, required=True, help="folder of *.txt articles")
    ex.add_argument("--out", type=Path, required=True, help="folder for the tables")
    ex.add_argument("--manifest", type=Path, help="manifest CSV (default: CORPUS/manifest.csv if present)")
    ex.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: every core of this machine; dask: a Dask cluster (see --scheduler)",
    )
    ex.add_argument("--workers", type=int, help="local engine: worker processes (default: one per core)")
    ex.add_argument(
        "--scheduler",
        help="dask engine: scheduler address such as tcp://10.0.0.5:8786 "
        "(default: a local cluster of one worker per core)",
    )

    bd = sub.add_parser("build", help="export, run every notebook with papermill, build the book")
    bd.add_argument("--corpus", type=Path, default=ROOT / "seeds", help="folder of *.txt articles (default: seeds/)")
    bd.add_argument("--manifest", type=Path, help="manifest CSV (default: CORPUS/manifest.csv if present)")
    bd.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a notebook parameter; VALUE is read as YAML (2, true, [a, b])",
    )
    bd.add_argument(
        "--out",
        type=Path,
        default=ROOT,
        help="folder that gets book/ and _build/{html,data} (default: the project folder)",
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "export":
            summary = export(
                args.corpus,
                args.out,
                args.manifest,
                _warn,
                engine=args.engine,
                workers=args.workers,
                scheduler=args.scheduler,
            )
            counts = ", ".join(f"{n} {name}" for name, n in summary.rows.items())
            print(f"exported {summary.articles} article(s) to {args.out}: {counts}", file=sys.stderr)
        else:
            build(
                args.corpus,
                args.out,
                args.manifest,
                parse_parameters(args.parameter),
                say=lambda m: print(m, file=sys.stderr, flush=True),
                warn=_warn,
            )
    except (CorpusError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
