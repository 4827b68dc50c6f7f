"""Quote attribution on PolNeAR: this project beside a 20-line regex baseline.

    .venv/bin/python benchmarks/attribution_bench.py              # dev split
    .venv/bin/python benchmarks/attribution_bench.py --split train

Exports the split with ``python -m corpus_utils export``, writes the baseline's quotes
table, scores both with the shared scorer against ``gold-speech`` (attributions with a
communication cue), and prints the issue's table, then where the project's quoted spans go
wrong, counted by pattern. PolNeAR is evaluation data with no stated licence: nothing of it
is written outside a temporary folder (see ``../shared/bench/polnear/README.md``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "polnear"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

# ----------------------------------------------------------------------------- the baseline

_PAIR = re.compile(r"[\"“](?P<q>[^\"“”\n]{3,}?)[\"”]")
_NAME = r"[A-Z][\w.'’-]+"
_SAID = re.compile(
    rf"(?P<name>(?:{_NAME}\s){{0,2}}{_NAME})\s+(?:said|says)\b|\b(?:said|says)\s+(?P<after>{_NAME}(?:\s{_NAME}){{0,2}})"
)


def baseline_quotes(article_id: str, text: str) -> list[dict[str, object]]:
    """Pairs of quotation marks, each given the nearest capitalised name next to "said"
    in its paragraph: what a user could write in an hour."""
    rows = []
    offset = 0
    for paragraph in text.split("\n"):
        names = [(m.start(), (m.group("name") or m.group("after") or "").strip()) for m in _SAID.finditer(paragraph)]
        for m in _PAIR.finditer(paragraph):
            nearest = min(names, key=lambda n: abs(n[0] - m.start()), default=(0, None))[1]
            rows.append(
                {
                    "article_id": article_id,
                    "quote": m.group("q").strip(" ,."),
                    "kind": "direct",
                    "scare": False,
                    "speaker": nearest,
                    "sentence": paragraph,
                    "char_start": offset + m.start("q"),
                    "char_end": offset + m.end("q"),
                }
            )
        offset += len(paragraph) + 1
    return rows


def write_baseline(corpus: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "quotes.jsonl").open("w", encoding="utf-8") as fh:
        for path in sorted(corpus.glob("*.txt")):
            text = path.read_text("utf-8")
            body = text.split("\n\n", 1)[1] if "\n\n" in text else text  # title line, blank line, body
            for row in baseline_quotes(path.stem, body):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- scoring


def score(gold: Path, pred: Path, work: Path) -> dict:
    target = work / f"{pred.name}-scores.json"
    command = [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--tasks", "quotes"]
    subprocess.run([*command, "--json", str(target)], check=True, capture_output=True)
    return json.loads(target.read_text("utf-8"))["quotes"]


def _norm(text: object) -> str:
    return re.sub(r"\W+", " ", str(text or "")).strip().lower()


def error_patterns(gold_rows: list[dict], pred_rows: list[dict], texts: dict[str, str]) -> Counter[str]:
    """Missed gold quotations of the project, by a pattern visible in the article text."""
    found: dict[tuple[str, bool], list[str]] = {}
    for p in pred_rows:
        found.setdefault((str(p["article_id"]), bool(p["scare"])), []).append(_norm(p["quote"]))

    def matched(article_id: str, words: str, scare: bool) -> bool:
        return any(words[:60] in q or q[:60] in words for q in found.get((article_id, scare), []) if q)

    counts: Counter[str] = Counter()
    for g in gold_rows:
        if g["kind"] not in {"direct", "partial"} or g["article_id"] not in texts:
            continue
        words = _norm(g["quote"])
        if matched(str(g["article_id"]), words, scare=False):
            continue
        if matched(str(g["article_id"]), words, scare=True):
            counts["found, but labelled a scare quote"] += 1
            continue
        text = texts[str(g["article_id"])]
        head = str(g["quote"]).strip()[:30]
        at = text.find(head)
        before = text[max(0, at - 3) : at] if at >= 0 else ""
        sentence = str(g.get("sentence") or "")
        mention = str(g.get("speaker_mention") or "")
        if "``" in before or "''" in text[at : at + len(str(g["quote"])) + 4]:
            counts["typewriter marks `` ''"] += 1
        elif "‘" in before or "'" in before:
            counts["single quotation marks"] += 1
        elif "«" in before:
            counts["guillemets"] += 1
        elif mention and mention not in sentence:
            counts["speaker outside the quote's sentence"] += 1
        elif at < 0:
            counts["quote text not found verbatim (split or edited)"] += 1
        else:
            counts["other"] += 1
    return counts


def _scorer():
    """The shared scorer as a module, for its matching and speaker comparison."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def speaker_errors(gold_rows: list[dict], pred_rows: list[dict]) -> dict[str, Counter[str]]:
    """Per group (quoted, indirect): statements found, and how many of them have no speaker or
    another speaker than the gold, matched exactly as the shared scorer matches them."""
    score = _scorer()

    def group(row: dict) -> str:
        return "indirect" if row.get("kind") == "indirect" else ("scare" if row.get("scare") else "quoted")

    def pair_score(g: dict, p: dict) -> float | None:
        o = score.overlap(g.get("quote"), p.get("quote"))
        o = max(o, 0.5) if score.contains(g.get("quote"), p.get("quote")) else o
        return o if o >= 0.5 else None

    out: dict[str, Counter[str]] = {}
    for name in ("quoted", "indirect"):
        pairs = score.match(
            [g for g in gold_rows if group(g) == name], [p for p in pred_rows if group(p) == name], pair_score
        )
        counts: Counter[str] = Counter(found=len(pairs))
        for g, p in pairs:
            if not score.same_speaker(g, p):
                unnamed = p.get("speaker") is None and p.get("speaker_mention") is None
                counts["no speaker" if unnamed else "another speaker"] += 1
        out[name] = counts
    return out


_PRONOUN_SOURCES = {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "who", "which", "that"}


def figure_claimants(gold_rows: list[dict], figures: list[dict], raw: dict[str, str]) -> dict[str, float | int]:
    """Who claims each figure, against a silver gold read off PolNeAR's attributions: a figure
    inside an attribution's content (the narrowest) is its source's, and one outside every
    attribution is the reporter's. ``raw`` holds each article's PolNeAR text, whose offsets the
    gold uses. Figures whose source is a pronoun (PolNeAR resolves none) or whose sentence is not
    found verbatim are left out. Scored with the shared scorer's ``same_entity``, as the numbers
    task scores a claimant. The silver gold is strict: PolNeAR marks "a poll shows" but no
    figure the reporter attributes outside a sentence's attribution."""
    same_entity = _scorer().same_entity
    by_article: dict[str, list[dict]] = {}
    for g in gold_rows:
        by_article.setdefault(g["article_id"], []).append(g)
    scored = right = left_out = 0
    for f in figures:
        text = raw.get(f["article_id"], "")
        at = text.find(f["sentence"])
        if at < 0:
            left_out += 1
            continue
        offset = at + f["sentence"].find(f["text"])
        holding = [g for g in by_article.get(f["article_id"], []) if g["start"] <= offset < g["end"]]
        source = min(holding, key=lambda g: g["end"] - g["start"])["speaker"] if holding else None
        if holding and (not source or source.split()[0].lower() in _PRONOUN_SOURCES):
            left_out += 1
            continue
        scored += 1
        right += same_entity(source, f.get("claimant"))
    return {"scored": scored, "left out": left_out, "accuracy": right / scored if scored else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("train", "dev"))
    ap.add_argument("--bench", type=Path, default=BENCH)
    args = ap.parse_args()
    corpus, gold = args.bench / args.split / "corpus", args.bench / args.split / "gold-speech"
    if not corpus.is_dir() or not SCORER.is_file():
        sys.exit(f"PolNeAR or the shared scorer is not beside this checkout ({corpus}, {SCORER})")
    with tempfile.TemporaryDirectory(prefix="attribution-") as tmp:
        work = Path(tmp)
        project, regex = work / "project", work / "regex"
        subprocess.run(
            [sys.executable, "-m", "corpus_utils", "export", "--corpus", str(corpus), "--out", str(project)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        write_baseline(corpus, regex)
        scores = {"a 20-line regex": score(gold, regex, work), "this project": score(gold, project, work)}
        rows = [
            ("quoted spans F1", "quoted", "f1"),
            ("quoted, found and right speaker (attributed F1)", "quoted", "attributed_f1"),
            ("indirect speech F1", "indirect", "f1"),
            ("indirect attributed F1", "indirect", "attributed_f1"),
        ]
        print(f"| PolNeAR {args.split} (speech gold) | " + " | ".join(scores) + " |")
        print("|---|" + "---|" * len(scores))
        for label, kind, key in rows:
            cells = []
            for name, s in scores.items():
                value = s.get(kind, {}).get(key)
                no_value = value is None or (kind == "indirect" and name != "this project")
                cells.append("—" if no_value else f"{value:.2f}")
            print(f"| {label} | " + " | ".join(cells) + " |")
        gold_rows = [json.loads(line) for line in (gold / "quotes.jsonl").read_text("utf-8").splitlines()]
        pred_rows = [json.loads(line) for line in (project / "quotes.jsonl").read_text("utf-8").splitlines()]
        articles = [json.loads(line) for line in (project / "articles.jsonl").open(encoding="utf-8")]
        texts = {a["article_id"]: a["text"] for a in articles}
        print("\nMissed quotations of the project, by pattern:\n")
        print("| pattern | missed |\n|---|---|")
        quoted = [p for p in pred_rows if p["kind"] != "indirect"]
        for pattern, n in error_patterns(gold_rows, quoted, texts).most_common():
            print(f"| {pattern} | {n} |")
        figures = [json.loads(line) for line in (project / "numbers.jsonl").open(encoding="utf-8")]
        raw = {path.stem: path.read_text("utf-8") for path in corpus.glob("*.txt")}
        every = [json.loads(line) for line in (gold.parent / "gold" / "quotes.jsonl").open(encoding="utf-8")]
        claims = figure_claimants(every, figures, raw)
        print(
            f"\nFigure claimants against PolNeAR's attributions (every cue): {claims['accuracy']:.3f} "
            f"of {claims['scored']} figures ({claims['left out']} left out: a pronoun source or no verbatim sentence)"
        )
        print("\nFound, but attributed to another speaker (the scorer's own matching):\n")
        print("| group | found | no speaker | another speaker |\n|---|---|---|---|")
        for group, counts in speaker_errors(gold_rows, pred_rows).items():
            print(f"| {group} | {counts['found']} | {counts['no speaker']} | {counts['another speaker']} |")


if __name__ == "__main__":
    main()
