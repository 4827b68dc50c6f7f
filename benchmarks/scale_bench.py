"""Speed and memory of the export and the book on synthetic corpora of growing size.

    python benchmarks/scale_bench.py                       # 100, 1,000, 10,000 articles; book up to 1,000
    python benchmarks/scale_bench.py --sizes 100 1000 --runs 3 --book-sizes 100

Synthetic corpora are made by sampling paragraphs from real news text: the seed
articles and the MEANTIME Wikinews articles in ``../shared/bench/meantime-en``, with a
manifest of varied publication dates and outlets (a fixed random seed, so every run
measures the same corpus). Each size is exported ``--runs`` times in a fresh process;
the table gives medians. Peak memory is the largest sum of resident memory over the
export's whole process tree (the main process and its workers), sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timex_bench import DEFAULT_BENCH, read_meantime  # noqa: E402

from corpus_utils.sources import load_corpus  # noqa: E402

OUTLETS = ("Wire Daily", "The Example Times", "Metro Courier", "Evening Standard Post", "Frontline News")


def source_paragraphs(bench: Path) -> list[str]:
    """Paragraphs of real news text to sample from."""
    paragraphs = [p for a in load_corpus(ROOT / "seeds").articles for p in a.paragraphs]
    try:
        for doc in read_meantime(bench / "meantime-en" / "intra-doc_annotation"):
            lines = [line for line in doc.text.splitlines() if len(line.split()) > 6]
            paragraphs.extend(lines[2:])  # after the title and dateline
    except OSError:
        pass
    return [p for p in paragraphs if len(p) > 40]


def make_corpus(n: int, folder: Path, paragraphs: list[str], seed: int = 7) -> int:
    """Write ``n`` articles and a manifest into ``folder``; returns the bytes of text."""
    rng = random.Random(seed + n)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    start = date(2014, 1, 1)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["article_id", "outlet", "published", "url", "notes"])
        for i in range(n):
            body = rng.sample(paragraphs, rng.randint(4, 12))
            headline = re.split(r"(?<=[.!?])\s", body[0])[0][:90].rstrip(".")
            text = headline + "\n\n" + "\n\n".join(body) + "\n"
            article_id = f"a{i:06d}"
            (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
            total += len(text.encode("utf-8"))
            published = start + timedelta(days=rng.randint(0, 4380))
            writer.writerow([article_id, rng.choice(OUTLETS), published.isoformat(), "", "synthetic"])
    return total


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, AttributeError):
            continue
    return total


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and peak memory of a command's whole process tree."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read()[-2000:]}")
    return elapsed, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--book-sizes", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = ap.parse_args(argv)
    python = sys.executable
    paragraphs = source_paragraphs(args.bench)
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}; {len(paragraphs)} source paragraphs")
    print("| articles | MB of text | export s (median) | articles/s | peak memory MB | book s | largest page MB |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}"
            size = make_corpus(n, corpus, paragraphs)
            times, peaks = [], []
            for run in range(args.runs):
                out = Path(tmp) / f"out-{n}-{run}"
                elapsed, peak = timed([python, "-m", "corpus_utils", "export", "--corpus", str(corpus), "--out",
                                       str(out)])
                times.append(elapsed)
                peaks.append(peak)
                shutil.rmtree(out)
            median = statistics.median(times)
            book, page = "", ""
            if n in args.book_sizes:
                out = Path(tmp) / f"book-{n}"
                elapsed, _ = timed([python, "-m", "corpus_utils", "build", "--corpus", str(corpus), "--out", str(out)])
                pages = list((out / "_build" / "html").rglob("*.html"))
                book = f"{elapsed:.1f}"
                page = f"{max(p.stat().st_size for p in pages) / 1e6:.2f}"
            print(f"| {n:,} | {size / 1e6:.1f} | {median:.1f} | {n / median:,.0f} | "
                  f"{statistics.median(peaks) / 1e6:,.0f} | {book} | {page} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
