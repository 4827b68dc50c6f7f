"""News frames on PolNeAR: the framing lists against sentences coded by hand.

    .venv/bin/python benchmarks/frames_bench.py          # both samples
    .venv/bin/python benchmarks/frames_bench.py -v       # and every wrong frame

``data/frames_polnear.jsonl`` codes sentences of PolNeAR train (the lists were revised on them)
and dev (kept apart to check the revision) with Semetko and Valkenburg's questions, one line per
sentence: its article, the SHA-1 of its text (the first 16 hex digits) and the frames the sentence
itself answers yes to. PolNeAR has no stated licence, so the file holds no text: each sentence is
found again by its hash among the sentences of its article (``parse_article``). The coding was
done by a reader who saw the questions, not the lists or the tagger's frames; how the samples
were drawn is in ``README.md`` ("News frames").
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from corpus_utils.articles import parse_article
from corpus_utils.framing import lexicons, sentence_framing

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "polnear"
GOLD = ROOT / "benchmarks" / "data" / "frames_polnear.jsonl"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def coded_sentences(split: str, bench: Path = BENCH) -> list[tuple[str, set[str]]]:
    """The hand-coded sentences of ``split``: each sentence's text and its frames. A sentence the
    article no longer yields (the splitter changed) is an error, not a silent skip."""
    rows = [r for r in map(json.loads, GOLD.open(encoding="utf-8")) if r["split"] == split]
    texts: dict[str, dict[str, str]] = {}
    out = []
    for row in rows:
        aid = row["article_id"]
        if aid not in texts:
            article = parse_article(aid, (bench / split / "corpus" / f"{aid}.txt").read_bytes())
            texts[aid] = {_digest(s.text): s.text for s in article.sentences}
        if row["sentence_sha1"] not in texts[aid]:
            raise LookupError(f"{aid}: a coded sentence ({row['sentence_sha1']}) is no longer one of its sentences")
        out.append((texts[aid][row["sentence_sha1"]], set(row["frames"])))
    return out


def score(coded: list[tuple[str, set[str]]]) -> dict[str, object]:
    """Precision and recall of each frame, of all frames together, and the share of the sentences
    given a frame whose every frame is right (what a reader of the chapter's examples checks)."""
    names = sorted(lexicons().frames)
    counts = {n: [0, 0, 0] for n in names}  # right, wrongly given, missed
    framed = right = 0
    wrong: list[tuple[str, list[str], str]] = []
    for text, gold in coded:
        found = sentence_framing(text)
        given = set(found["frames"])
        for n in names:
            counts[n][0] += n in given and n in gold
            counts[n][1] += n in given and n not in gold
            counts[n][2] += n in gold and n not in given
        if given:
            framed += 1
            right += given <= gold
        wrong += [(n, [w for w in found["frame_words"] if w.startswith(n)], text) for n in sorted(given - gold)]
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return {
        "frames": {
            n: {"precision": _ratio(c[0], c[0] + c[1]), "recall": _ratio(c[0], c[0] + c[2])} for n, c in counts.items()
        },
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "sentences": len(coded),
        "framed": framed,
        "framed_all_right": _ratio(right, framed),
        "wrong": wrong,
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every frame given wrongly")
    args = parser.parse_args()
    print("| sample | sentences | framed | all frames right | precision | recall |")
    print("|---|---|---|---|---|---|")
    results = {}
    for split in ("train", "dev"):
        results[split] = r = score(coded_sentences(split))
        cells = (split, r["sentences"], r["framed"], r["framed_all_right"], r["precision"], r["recall"])
        print("| " + " | ".join(map(str, cells)) + " |")
    for split, r in results.items():
        print(f"\n{split}: " + "; ".join(f"{n} P {v['precision']} R {v['recall']}" for n, v in r["frames"].items()))
        if args.verbose:
            for name, words, text in r["wrong"]:
                print(f"  {name} {words}: {text[:140]}")


if __name__ == "__main__":
    main()
