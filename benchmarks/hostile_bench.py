"""Hostile input: time and output size of an export for each case of the hostile-input issue.

    .venv/bin/python benchmarks/hostile_bench.py                 # this checkout
    .venv/bin/python benchmarks/hostile_bench.py --root OTHER    # another checkout (e.g. an old commit)

Each case is one small corpus written into a temporary folder and exported with
``python -m corpus_utils export`` in a subprocess, stopped after ``--timeout`` seconds.
Prints a Markdown table: seconds, seconds per 100 KB, output bytes per input byte, the exit
status and the first line of stderr. The targets (README, "Bad input, limits and
interruptions"): no input under 1 MB over 10 s per 100 KB, output at most 40 times the input
plus 256 KB per article, one line per problem.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _seed_paragraphs() -> list[str]:
    text = (ROOT / "seeds" / "003_5c1f1eddac32ff49.txt").read_text("utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]


def _article(folder: Path, body: str, manifest: str | None = None) -> None:
    (folder / "case.txt").write_text(f"Headline of the case\n\n{body}\n", encoding="utf-8")
    if manifest:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")


def _sized(piece: str, size: int) -> str:
    return piece * (size // len(piece))


CASES: dict[str, Callable[[Path], None]] = {
    "breadcrumb line, 161 bytes": lambda f: _article(f, "a / " * 30 + "x|\n\nA sentence."),
    "dash-signed quote, 248 bytes": lambda f: _article(f, "He said it. “We will win.” — " + "A" * 200 + " word"),
    "one 100 KB paragraph": lambda f: _article(f, _sized(" ".join(_seed_paragraphs()) + " ", 100_000)),
    "112 KB run of dates": lambda f: _article(f, _sized("June 8, 2025, ", 112_000)),
    "150 KB run of figures": lambda f: _article(f, _sized("1, 2, 3. ", 150_000)),
    "1 MB of quotes and dates, no sentence end": lambda f: _article(f, _sized('"a", June 8, 2025, ', 1_000_000)),
    "1 MB of news, quotation marks every few words": lambda f: _article(
        f, _sized(" “".join(" ".join(_seed_paragraphs()).split(" ", 2000)[:2000]) + " ", 1_000_000)
    ),
    "100,000 stray quotation marks": lambda f: _article(f, _sized("word “ ", 700_000)),
    "manifest date 9999-12-31": lambda f: _article(
        f, "Officials said on Monday that 300 people left last week.", "article_id,published\ncase,9999-12-31\n"
    ),
    "manifest date 0001-01-01": lambda f: _article(
        f, "Officials said on Monday that 300 people left last week.", "article_id,published\ncase,0001-01-01\n"
    ),
}


def run_case(root: Path, build: Callable[[Path], None], timeout: float) -> dict[str, object]:
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    corpus, out = work / "corpus", work / "out"
    corpus.mkdir()
    build(corpus)
    size = sum(p.stat().st_size for p in corpus.iterdir())
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "corpus_utils", "export", "--corpus", str(corpus), "--out", str(out)],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _, stderr = proc.communicate(timeout=timeout)
        status = str(proc.returncode)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
        status = f"killed after {timeout:.0f} s"
    seconds = time.perf_counter() - started
    files = [p for p in out.rglob("*") if p.is_file() and not p.is_symlink()] if out.exists() else []
    written = sum(p.stat().st_size for p in files)
    lines = [line for line in stderr.splitlines() if line.strip()]
    shutil.rmtree(work, ignore_errors=True)
    return {
        "size": size,
        "seconds": seconds,
        "per_100kb": seconds / max(size, 1) * 100_000,
        "ratio": written / size,
        "status": status,
        "stderr_lines": len(lines),
        "first": (lines[0][:110] if lines else "").replace("|", "/"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="checkout whose code to run")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a case is killed")
    args = ap.parse_args()
    print("| case | input | seconds | s per 100 KB | output / input | exit | stderr lines | first line |")
    print("|---|---|---|---|---|---|---|---|")
    for name, build in CASES.items():
        r = run_case(args.root, build, args.timeout)
        print(
            f"| {name} | {r['size']:,} B | {r['seconds']:.1f} | {r['per_100kb']:.1f} | {r['ratio']:.1f}× "
            f"| {r['status']} | {r['stderr_lines']} | {r['first']} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
