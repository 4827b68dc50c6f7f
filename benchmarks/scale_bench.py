"""Speed and memory of the export and the book on synthetic corpora of growing size.

    python benchmarks/scale_bench.py                        # every table of benchmarks/README.md
    python benchmarks/scale_bench.py --only export scaling  # some of them
    python benchmarks/scale_bench.py --scaling-sizes 500 1000 2000 --book-sizes 1000

Synthetic corpora are made by sampling paragraphs from real news text: the seed
articles and the MEANTIME Wikinews articles in ``../shared/bench/meantime-en``, with a
manifest of varied publication dates and outlets (a fixed random seed, so every run
measures the same corpus). A paragraph pool of fixed size means that a larger corpus
reprints each paragraph more often (about 56 times at 10,000 articles): the worst case for
the cross-article analyses, whose output would grow with the square of the copies.

Tables:
* ``export``: words per CPU-second on one worker (all processes' user and system time), on
  the synthetic corpus and, with ``--real DIR``, on a folder of real articles that reprint
  nothing; and the cost per word of a normal article against one very long article;
* ``scaling``: each cross-article analysis timed in one process on the exported tables of
  growing corpora, with the exponent of a power law fitted to the times (1 = linear);
* ``book``: the whole build (export included, cold) with its wall time, peak memory
  (resident memory summed over the whole process tree, sampled every 50 ms) and largest page;
* ``incremental``: the book rebuilt after one article is added, one edited and 100 added, against
  the full build of the same archive;
* ``engines``: the export on this machine's cores and on a local two-worker Dask cluster,
  with a check that both wrote the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import math
import os
import platform
import random
import re
import resource
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

from corpus_utils import compare, framing, report, same_fact, timeline  # noqa: E402
from corpus_utils.articles import ManifestRow, parse_article  # noqa: E402
from corpus_utils.rows import article_tables  # noqa: E402
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


def cpu_seconds(command: list[str]) -> float:
    """User and system CPU seconds of a command and every process it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def words_in(folder: Path) -> int:
    return sum(len(p.read_text("utf-8").split()) for p in folder.glob("*.txt"))


def _export_row(label: str, corpus: Path, tmp: Path, runs: int) -> str:
    """A results row: CPU seconds of each one-worker export of ``corpus``, and words per CPU-second."""
    words = words_in(corpus)
    seconds = []
    for run in range(runs):
        out = tmp / f"export-{run}"
        seconds.append(cpu_seconds([sys.executable, "-m", "corpus_utils", "export", "--corpus", str(corpus),
                                    "--out", str(out), "--workers", "1"]))
        shutil.rmtree(out)
    median = statistics.median(seconds)
    return f"| {label} | {words:,} | {' / '.join(f'{s:.2f}' for s in seconds)} | {median:.2f} | {words / median:,.0f} |"


def export_table(tmp: Path, paragraphs: list[str], n: int, runs: int, real: Path | None) -> None:
    corpus = tmp / f"corpus-{n}"
    make_corpus(n, corpus, paragraphs)
    print(f"\n### Export on one worker: {runs} runs\n")
    print("| corpus | words | CPU seconds (each run) | median | words per CPU-second |")
    print("|---|---|---|---|---|")
    print(_export_row(f"{n:,} synthetic articles", corpus, tmp, runs))
    if real is not None:  # real articles, none reprinted: the synthetic pool repeats its paragraphs
        print(_export_row(f"{len(list(real.glob('*.txt'))):,} articles of {real}", real, tmp, runs))
    # the cost of a word in a normal article and in one very long article, in this process
    print("\n| article | words after cleaning | µs per word |")
    print("|---|---|---|")
    texts = [p.read_bytes() for p in sorted(corpus.glob("*.txt"))[:300]]
    print(f"| 300 articles of the corpus, one by one | {_per_word(texts)} |")
    # every paragraph of the pool three times, each copy its own line (cleaning drops repeated lines)
    long_article = "One long report\n\n" + "\n\n".join(f"Part {k}. {p}" for k in range(1, 4) for p in paragraphs)
    print(f"| one article of every paragraph, three times | {_per_word([long_article.encode()])} |")


def _per_word(texts: list[bytes]) -> str:
    """Words after cleaning and microseconds of extraction per word, for articles read in this process."""
    started, words = time.perf_counter(), 0
    for i, data in enumerate(texts):
        article = parse_article(f"a{i}", data, ManifestRow(f"a{i}", published="2024-03-01"))
        article_tables(article)
        words += len(article.text.split())
    per_word = 1e6 * (time.perf_counter() - started) / words
    return f"{words / len(texts):,.0f}{' on average' if len(texts) > 1 else ''} | {per_word:.1f}"


ANALYSES = {
    "aligned sentences (compare.aligned_sentences)": lambda t: compare.aligned_sentences(t["by_article"], 0.15),
    "shared passages (compare.shared_passages)": lambda t: compare.shared_passages(t["texts"]),
    "events merged (timeline.merge_events)": lambda t: timeline.merge_events([dict(e) for e in t["events"]]),
    "comparable figures (same_fact.comparable_groups)": lambda t: same_fact.comparable_groups(
        t["figures"], same_facts=t["facts"].same, dates=t["facts"].dates
    ),
    "article profiles (framing.article_profiles)": lambda t: framing.article_profiles(
        t["articles"], t["sentences"], t["quotes"]
    ),
}


def tables_for(data: Path) -> dict:
    """The exported tables as the chapters hand them to the analyses."""
    sentences = report.read_table(data, "sentences")
    articles = report.read_table(data, "articles")
    figures = report.read_table(data, "numbers")
    events = report.records(report.read_table(data, "events"))
    return {
        "by_article": sentences.groupby("article_id")["sentence"].apply(list).to_dict(),
        "texts": dict(zip(articles["article_id"], articles["text"], strict=True)),
        "events": events,
        "facts": same_fact.event_facts(events),
        "figures": report.records(figures[~figures["vague"].astype(bool)].reset_index(drop=True)),
        "articles": report.records(articles),
        "sentences": report.records(sentences),
        "quotes": report.records(report.read_table(data, "quotes")),
    }


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """The slope of log(time) against log(size): time grows as size to this power."""
    xs, ys = [math.log(n) for n in sizes], [math.log(max(s, 1e-4)) for s in seconds]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def scaling_table(tmp: Path, paragraphs: list[str], sizes: list[int]) -> None:
    times: dict[str, list[float]] = {name: [] for name in ANALYSES}
    for n in sizes:
        corpus, out = tmp / f"corpus-{n}", tmp / f"tables-{n}"
        make_corpus(n, corpus, paragraphs)
        subprocess.run([sys.executable, "-m", "corpus_utils", "export", "--corpus", str(corpus), "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tables = tables_for(out)
        for name, analysis in ANALYSES.items():
            runs = []
            for _ in range(3):  # the fastest of three: the least disturbed by the machine
                started = time.perf_counter()
                analysis(tables)
                runs.append(time.perf_counter() - started)
            times[name].append(min(runs))
        shutil.rmtree(out)
    print("\n### Cross-article analyses: seconds in one process (the fastest of 3 runs)\n")
    print("| analysis | " + " | ".join(f"{n:,} articles" for n in sizes) + " | fitted exponent |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for name, seconds in times.items():
        print(f"| {name} | " + " | ".join(f"{s:.2f}" for s in seconds) + f" | {exponent(sizes, seconds):.2f} |")


def _heading(title: str, columns: list[str]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))


def book_table(tmp: Path, paragraphs: list[str], sizes: list[int]) -> None:
    _heading("The book, cold (export included)", ["articles", "words", "book s", "peak memory MB", "largest page MB"])
    for n in sizes:
        corpus, out = tmp / f"corpus-{n}", tmp / f"book-{n}"
        make_corpus(n, corpus, paragraphs)
        elapsed, peak = timed([sys.executable, "-m", "corpus_utils", "build", "--corpus", str(corpus), "--out",
                               str(out)])
        largest = max(p.stat().st_size for p in (out / "_build" / "html").rglob("*.html"))
        print(f"| {n:,} | {words_in(corpus):,} | {elapsed:.1f} | {peak / 1e6:,.0f} | {largest / 1e6:.2f} |",
              flush=True)
        shutil.rmtree(out)


def _add_article(corpus: Path, paragraphs: list[str], name: str, seed: int) -> None:
    """One more article, and its manifest row: what a desk adds to its archive in a day."""
    rng = random.Random(seed)
    body = rng.sample(paragraphs, 8)
    (corpus / f"{name}.txt").write_text(body[0][:80] + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    with (corpus / "manifest.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow([name, OUTLETS[0], "2025-06-01", "", "added"])


def incremental_table(tmp: Path, paragraphs: list[str], sizes: list[int]) -> None:
    _heading("The book rebuilt after a change to the archive",
             ["articles", "change", "full build s", "rebuild s", "of the full build"])
    for n in sizes:
        corpus, out = tmp / f"corpus-{n}", tmp / f"book-{n}"
        make_corpus(n, corpus, paragraphs)
        build = [sys.executable, "-m", "corpus_utils", "build", "--corpus", str(corpus), "--out", str(out)]
        full, _ = timed(build)
        _add_article(corpus, paragraphs, "zz-added-0", seed=n)
        one, _ = timed(build)
        edited = corpus / "a000000.txt"
        edited.write_text(edited.read_text("utf-8") + "\nThe mayor said on Monday that 12 people were hurt.\n", "utf-8")
        edit, _ = timed(build)
        for k in range(100):
            _add_article(corpus, paragraphs, f"zz-added-{k + 1}", seed=n + k + 1)
        hundred, _ = timed(build)
        for change, seconds in (("one added", one), ("one edited", edit), ("100 added", hundred)):
            print(f"| {n:,} | {change} | {full:.1f} | {seconds:.1f} | {seconds / full:.0%} |", flush=True)
        shutil.rmtree(out)


def same_files(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if p.is_file())
    return names == sorted(p.name for p in b.iterdir() if p.is_file()) and all(
        filecmp.cmp(a / name, b / name, shallow=False) for name in names
    )


def engines_table(tmp: Path, paragraphs: list[str], n: int) -> None:
    from dask.distributed import LocalCluster

    corpus = tmp / f"corpus-{n}"
    make_corpus(n, corpus, paragraphs)
    python = sys.executable
    base = [python, "-m", "corpus_utils", "export", "--corpus", str(corpus)]
    local, _ = timed([*base, "--out", str(tmp / "local")])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        dask, _ = timed([*base, "--out", str(tmp / "dask"), "--engine", "dask", "--scheduler", address])
    same = same_files(tmp / "local" / "current", tmp / "dask" / "current")
    print(f"\n### Engines: {n:,} articles\n")
    print("| engine | export s | tables |")
    print("|---|---|---|")
    print(f"| local (default, {os.cpu_count()} worker processes) | {local:.1f} | |")
    print(f"| Dask, local cluster of 2 worker processes | {dask:.1f} | {'byte-identical' if same else 'DIFFERENT'} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=["export", "scaling", "book", "incremental", "engines"],
                    default=["export", "scaling", "book", "incremental", "engines"])
    ap.add_argument("--export-size", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scaling-sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    ap.add_argument("--book-sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--engine-size", type=int, default=10000)
    ap.add_argument("--incremental-sizes", type=int, nargs="+", default=[4000, 10000])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--real", type=Path, help="also export this folder of real .txt articles (e.g. PolNeAR train)")
    args = ap.parse_args(argv)
    paragraphs = source_paragraphs(args.bench)
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}; {len(paragraphs)} source paragraphs")
    with tempfile.TemporaryDirectory() as tmp:
        for table in args.only:
            folder = Path(tmp) / table
            folder.mkdir()
            if table == "export":
                export_table(folder, paragraphs, args.export_size, args.runs, args.real)
            elif table == "scaling":
                scaling_table(folder, paragraphs, args.scaling_sizes)
            elif table == "book":
                book_table(folder, paragraphs, args.book_sizes)
            elif table == "incremental":
                incremental_table(folder, paragraphs, args.incremental_sizes)
            else:
                engines_table(folder, paragraphs, args.engine_size)
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
