"""Compare extracted rows with hand annotations, for the error analyses in the book.

The project's accuracy is measured by the shared scorer (``../shared/eval/score.py``,
pinned in the tests); this module answers the reader's question behind the score:
*which* items are missed or wrong, with the sentence, so the limits of a rule can be
seen rather than asserted. Matching is one-to-one and greedy by word overlap of the
item text within an article, as in TempEval's relaxed match.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

Row = dict[str, object]


def read_jsonl(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _tokens(text: object) -> Counter[str]:
    folded = str(text or "").lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return Counter(re.findall(r"[a-z0-9]+", folded))


def overlap(a: object, b: object) -> float:
    """Word-overlap F1 of two strings."""
    ta, tb = _tokens(a), _tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


@dataclass(frozen=True)
class Alignment:
    pairs: list[tuple[Row, Row]]
    missed: list[Row]  # gold rows with no prediction
    spurious: list[Row]  # predictions with no gold row


def align(
    gold: Sequence[Row], pred: Sequence[Row], field: str, threshold: float = 0.5, context: str | None = None
) -> Alignment:
    """Pair gold and predicted rows of the same article whose ``field`` texts overlap; with
    ``context`` (e.g. "sentence"), the overlap of that field breaks ties between equal texts."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("article_id") == p.get("article_id"):
                score = overlap(g.get(field), p.get(field))
                if context and score >= threshold:
                    score += overlap(g.get(context), p.get(context)) / 10
                if score >= threshold:
                    candidates.append((-score, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    spurious = [p for i, p in enumerate(pred) if i not in used_p]
    return Alignment(pairs, missed, spurious)


def quote_group(row: Row) -> str:
    if row.get("kind") == "indirect":
        return "indirect"
    return "scare" if row.get("scare") else "quoted"


def _last_name(name: object) -> str:
    words = re.findall(r"\w+", str(name or "").lower())
    return words[-1] if words else ""


def quote_errors(gold: Sequence[Row], pred: Sequence[Row]) -> list[Row]:
    """One row per quote the extractor missed, invented, or gave the wrong speaker or kind."""
    ids = {g["article_id"] for g in gold}
    pred = [p for p in pred if p.get("article_id") in ids]
    errors: list[Row] = []

    def add(error: str, g: Row | None, p: Row | None) -> None:
        row = g or p or {}
        errors.append(
            {
                "article_id": row.get("article_id"),
                "error": error,
                "group": quote_group(row),
                "quote": row.get("quote"),
                "gold speaker": g.get("speaker") if g else None,
                "found speaker": p.get("speaker") if p else None,
                "gold cue": g.get("cue") if g else None,
                "found cue": p.get("cue") if p else None,
                "sentence": row.get("sentence"),
            }
        )

    for group in ("quoted", "scare", "indirect"):
        result = align(
            [g for g in gold if quote_group(g) == group], [p for p in pred if quote_group(p) == group], "quote"
        )
        for g in result.missed:
            add("missed", g, None)
        for p in result.spurious:
            add("spurious", None, p)
        for g, p in result.pairs:
            if group != "scare" and not _same_name(g.get("speaker"), p.get("speaker")):
                add("wrong speaker", g, p)
    return sorted(errors, key=lambda e: (str(e["article_id"]), str(e["error"])))


def attribute_errors(gold: Sequence[Row], pred: Sequence[Row], field: str, attributes: Sequence[str]) -> list[Row]:
    """Missed and spurious items, and matched items whose attributes differ (timexes: value,
    type; numbers: value, unit, hedge class, claimant), each with its sentence."""
    ids = {g["article_id"] for g in gold}
    result = align(gold, [p for p in pred if p.get("article_id") in ids], field, context="sentence")
    rows: list[Row] = []

    def add(error: str, g: Row | None, p: Row | None, annotated: object = None, found: object = None) -> None:
        row = g or p or {}
        rows.append(
            {
                "article_id": row.get("article_id"),
                "error": error,
                field: row.get(field),
                "annotated": annotated,
                "found": found,
                "sentence": row.get("sentence"),
            }
        )

    for g in result.missed:
        add("missed", g, None)
    for p in result.spurious:
        add("spurious", None, p)
    for g, p in result.pairs:
        for name in attributes:
            a, b = g.get(name), p.get(name)
            same = (
                _same_name(a, b)
                if name in {"claimant", "speaker"}
                else (str(a or "none").lower() == str(b or "none").lower() or _same_number(a, b))
            )
            if not same:
                add(f"wrong {name}", g, p, a, b)
    return sorted(rows, key=lambda e: (str(e["article_id"]), str(e["error"])))


def _same_name(a: object, b: object) -> bool:
    """One actor under two spellings: the same last word, or half of the words in common."""
    if not a or not b:
        return not a and not b
    wa, wb = set(_tokens(a)), set(_tokens(b))
    return _last_name(a) == _last_name(b) or len(wa & wb) / len(wa | wb) >= 0.5


def _same_number(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    except (TypeError, ValueError):
        return False


def summarise(gold: Sequence[Row], pred: Sequence[Row], group_of: Callable[[Row], str], field: str) -> list[Row]:
    """Precision, recall and F1 per group: the headline numbers of an error analysis."""
    ids = {g["article_id"] for g in gold}
    pred = [p for p in pred if p.get("article_id") in ids]
    rows = []
    for group in sorted({group_of(g) for g in gold} | {group_of(p) for p in pred}):
        gs = [g for g in gold if group_of(g) == group]
        ps = [p for p in pred if group_of(p) == group]
        n = len(align(gs, ps, field).pairs)
        precision = n / len(ps) if ps else 0.0
        recall = n / len(gs) if gs else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(
            {
                "group": group,
                "gold": len(gs),
                "found": len(ps),
                "matched": n,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
            }
        )
    return rows
