"""Benchmark the timeline's TIMEX3 tagger on public test suites, the TempEval-3 way.

    python benchmarks/timex_bench.py                 # both sets, summary table
    python benchmarks/timex_bench.py --errors 20     # and the first 20 value errors per set

Sets (in ``../shared/bench``, with their licences):

* TempEval-3 platinum: 20 news documents in TimeML with their document creation
  times (annotations CC BY 3.0).
* MEANTIME English: 120 Wikinews articles (CC BY 4.0); only the title and first five
  sentences of each are annotated, so only that text is scored; the dateline that
  gives the creation time is left out.

Scores, as in TempEval-3 (UzZaman et al. 2013): a predicted expression matches a gold
one when their spans overlap (relaxed) or are identical (strict), one to one; value
F1 counts relaxed matches with the same value; type accuracy is over relaxed matches.
The tagger only sees the plain text and the creation time.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_utils.articles import Sentence, sentence_spans  # noqa: E402
from corpus_utils.dates import find_full_dates  # noqa: E402
from corpus_utils.timeline import Timex, tag_sentences  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    doc_id: str
    text: str
    dct: date | None
    gold: list[Gold]
    scope: list[tuple[int, int]] = field(default_factory=list)  # scored character ranges; empty = all


def read_tempeval(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text("utf-8")
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})', raw) or re.search(
            r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw
        )
        body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
        text, gold = [], []
        pos = 0
        for m in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>", body, re.S):
            text.append(body[pos : m.start()])
            pos = m.end()
            if m.group(1) is not None:
                inner = re.sub(r"<[^>]+>", "", m.group(2))
                start = sum(len(t) for t in text)
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
                gold.append(Gold(start, start + len(inner), attrs.get("type", ""), attrs.get("value", ""), inner))
                text.append(inner)
        text.append(body[pos:])
        docs.append(Doc(path.stem, "".join(text), date.fromisoformat(dct.group(1)) if dct else None, gold))
    return docs


def read_meantime(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.rglob("*.xml")):
        root = ET.parse(path).getroot()
        tokens = list(root.iter("token"))
        offsets: dict[str, tuple[int, int, int]] = {}
        parts: list[str] = []
        pos = 0
        last_sentence = None
        for tok in tokens:
            sentence = int(tok.get("sentence"))
            if last_sentence is not None:
                sep = "\n" if sentence != last_sentence else ("" if _glued(tok.text, parts[-1]) else " ")
                parts.append(sep)
                pos += len(sep)
            word = tok.text or ""
            offsets[tok.get("t_id")] = (pos, pos + len(word), sentence)
            parts.append(word)
            pos += len(word)
            last_sentence = sentence
        text = "".join(parts)
        gold, dct, dct_span, annotated = [], None, None, set()
        for markable in root.find("Markables"):
            anchors = [offsets[a.get("t_id")] for a in markable.findall("token_anchor") if a.get("t_id") in offsets]
            annotated.update(a[2] for a in anchors)
            if markable.tag != "TIMEX3" or not anchors:
                continue
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            if markable.get("functionInDocument") == "CREATION_TIME":
                dct, dct_span = _iso(markable.get("value")), (start, end)
                continue
            gold.append(Gold(start, end, markable.get("type", ""), markable.get("value", ""), text[start:end]))
        last = max(annotated) if annotated else -1
        scope = [(a[0], a[1]) for a in offsets.values() if a[2] <= last]
        scope = [(min(s for s, _ in scope), max(e for _, e in scope))] if scope else []
        if dct_span:
            scope = [(scope[0][0], dct_span[0]), (dct_span[1], scope[0][1])] if scope else []
        docs.append(Doc(path.stem, text, dct or _dateline(text), gold, scope))
    return docs


def _dateline(text: str) -> date | None:
    """As the corpus loader does for an undated article: the first full date in the text."""
    found = find_full_dates(text)
    return found[0][0] if found else None


def _glued(word: str | None, previous: str) -> bool:
    """No space before closing punctuation and possessives when rebuilding text from tokens."""
    return bool(word) and (word in {",", ".", ":", ";", "!", "?", ")", "'s", "n't", "%"} or previous in {"(", "$"})


def _iso(value: str | None) -> date | None:
    """An annotated creation time; a few MEANTIME files write it DD-MM-YYYY."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"(\d{2})-(\d{2})-(\d{4})$", value or "")
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def tag_text(text: str, dct: date | None) -> list[Timex]:
    """Split raw text into sentences with offsets into ``text`` and tag them."""
    sentences: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        for start, end in sentence_spans(m.group()):
            a, b = m.start() + start, m.start() + end
            sentences.append(Sentence(len(sentences), text[a:b], a, b, 0))
    return tag_sentences(sentences, dct)


def _in_scope(start: int, end: int, scope: list[tuple[int, int]]) -> bool:
    return not scope or any(s <= start and end <= e for s, e in scope)


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(default_factory=list)

    def f1(self, hits: int) -> float:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[Doc]) -> Tally:
    tally = Tally()
    for doc in docs:
        pred = [t for t in tag_text(doc.text, doc.dct) if _in_scope(t.start, t.end, doc.scope)]
        gold = doc.gold
        tally.gold += len(gold)
        tally.pred += len(pred)
        pairs = []
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                overlap = min(g.end, p.end) - max(g.start, p.start)
                if overlap > 0:
                    pairs.append((-overlap, gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(pairs):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = gold[gi], pred[pi]
            tally.relaxed += 1
            tally.strict += (g.start, g.end) == (p.start, p.end)
            tally.type += g.type == p.type
            if (p.value or "") == g.value:
                tally.value += 1
            else:
                tally.errors.append(f"{doc.doc_id}: {g.text!r} gold {g.value} ({g.type}) got {p.value} ({p.type})")
        for gi, g in enumerate(gold):
            if gi not in used_g:
                tally.errors.append(f"{doc.doc_id}: missed {g.text!r} {g.value} ({g.type})")
        for pi, p in enumerate(pred):
            if pi not in used_p:
                tally.errors.append(f"{doc.doc_id}: spurious {p.text!r} {p.value} ({p.type})")
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder of the public test suites")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    args = ap.parse_args(argv)
    sets = {
        "TempEval-3 platinum": lambda: read_tempeval(args.bench / "tempeval3-platinum" / "tml"),
        "MEANTIME English": lambda: read_meantime(args.bench / "meantime-en" / "intra-doc_annotation"),
    }
    print("| set | docs | gold | found | relaxed F1 | strict F1 | value F1 | type accuracy |")
    print("|---|---|---|---|---|---|---|---|")
    details = []
    for name, load in sets.items():
        try:
            docs = load()
        except (OSError, ValueError) as exc:
            print(f"| {name} | not available: {exc} | | | | | | |")
            continue
        t = score(docs)
        type_acc = t.type / t.relaxed if t.relaxed else 0.0
        print(
            f"| {name} | {len(docs)} | {t.gold} | {t.pred} | {t.f1(t.relaxed):.3f} | {t.f1(t.strict):.3f} | "
            f"{t.f1(t.value):.3f} | {type_acc:.3f} |"
        )
        details.append((name, t.errors[: args.errors]))
    for name, errors in details:
        if errors:
            print(f"\n{name}: first {len(errors)} errors")
            print("\n".join(f"  {e}" for e in errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
