"""Benchmark the number extractor on public test suites (Recognizers-Text, quantulum3).

    python benchmarks/numbers_bench.py              # summary table
    python benchmarks/numbers_bench.py --failures   # and every in-scope case it gets wrong

Suites (in ``../shared/bench``, MIT licensed):

* Microsoft Recognizers-Text English specs: ``NumberModel`` (cardinals in digits and
  words), ``PercentModel`` and ``DimensionModel`` (measures with units);
* quantulum3's ``quantities.json`` (quantities with units in sentences).

Each case is sorted into scope *by category*, before scoring, with the reason for any
case left out (fractions, spelled-out decimals, exponents, units the project does not
model); nothing is left out because it fails. A case passes when the extractor finds
exactly the expected numbers (same value, overlapping text) and, for the unit suites,
the same unit.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_utils.numbers import quantities  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"

_FRACTION = re.compile(
    r"/|\b(?:one-half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|"
    r"hundredths?|thousandths?|fraction)\b",
    re.I,
)
# Categories of notation that news prose does not use, each left out as a whole.
OUT_OF_SCOPE = (
    (
        "exponents and engineering suffixes (10G, 1MM, 2^3, 1e5)",
        re.compile(r"\d\s*(?:G|MM|T)\b|\^|\d[eE][+-]?\d|×\s*10"),
    ),
    ("spelled-out digits and decimals (point five, nought, oh)", re.compile(r"\b(?:point|naught|nought|oh)\b", re.I)),
    ("negative numbers", re.compile(r"\bminus\b|\bnegative\b|(?<![\w$])-\s*\d|\(\s*[$€£]", re.I)),
    (
        "ranges (quantulum3 reports a range as its midpoint; the project reports both ends)",
        re.compile(r"\d[\w-]*\s*(?:to|-|–)\s*\d", re.I),
    ),
    ("Indian numbering (lakh, crore)", re.compile(r"\b(?:lakh|crore)\b|\d{1,2},\d{2},\d{3}", re.I)),
    (
        "abbreviated scale words (mil, bln, tln, dzs, M)",
        re.compile(r"\b(?:[Mm]il|[Bb]ln|[Tt]ln|[Dd]zs?|[Dd]ozs)\b|\d\s*M\b"),
    ),
    (
        "locale formats (space or dot grouping, decimal comma)",
        re.compile(r"\d[\s\u202f\u00a0]\d{3}\b|\d\.\d{3},\d|\b\d+,\d{1,2}\b(?!,?\d)"),
    ),
    ("dotted identifiers and lists (IP addresses, 22,24,26)", re.compile(r"\d+\.\d+\.\d+|\d+,\d{2},\d{2}\b")),
    ("tokenised text with spaces inside numbers (10 , 000)", re.compile(r"\d\s+[,.]\s+\d")),
    ("web addresses", re.compile(r"https?://|www\.")),
)


def notation(text: str) -> str | None:
    return next((reason for reason, pattern in OUT_OF_SCOPE if pattern.search(text)), None)


# Recognizers-Text and quantulum3 unit names -> this project's units (data/hedges.yml)
UNIT_NAMES = {
    "foot": "foot",
    "meter": "metre",
    "metre": "metre",
    "mile": "mile",
    "pound": "pound weight",
    "gallon": "gallon",
    "ton": "tonne",
    "metric ton": "tonne",
    "tonne": "tonne",
    "kilogram": "kilogram",
    "inch": "inch",
    "square meter": None,
    "kilometer": "kilometre",
    "kilometre": "kilometre",
    "millimeter": "millimetre",
    "milliliter": "millilitre",
    "barrel": "barrel",
    "ounce": "ounce",
    "acre": "acre",
    "square kilometer": "square kilometre",
    "square kilometre": "square kilometre",
    "square mile": "square mile",
    "gram": "gram",
    "litre": "litre",
    "dollar": "dollar",
    "euro": "euro",
    "pound sterling": "pound sterling",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "percentage": "percent",
}


@dataclass
class Case:
    suite: str
    text: str
    expected: list[tuple[float, str | None, int, int]]  # value, unit, start, end
    out_of_scope: str | None = None


def _recognizers(path: Path, suite: str, units: bool) -> list[Case]:
    cases = []
    for raw in json.loads(path.read_text("utf-8-sig")):
        text, results = raw["Input"], raw.get("Results", [])
        expected, reason = [], None
        for r in results:
            res = r.get("Resolution", {})
            value = str(res.get("value", "")).rstrip("%")
            unit = None
            if units:
                unit = UNIT_NAMES.get(str(res.get("unit", "")).lower(), "?")
                if unit in {None, "?"}:
                    reason = f"unit not modelled ({res.get('unit')})"
            if suite == "PercentModel":
                unit = "percent"
            try:
                expected.append((float(value), unit, r["Start"], r["End"] + 1))
            except ValueError:
                reason = reason or "no numeric value"
            subtype = res.get("subtype", "")
            if subtype in {"fraction", "power"} or _FRACTION.search(r["Text"]):
                reason = reason or "fraction or power"
        if suite == "NumberModel" and re.search(r"\d[a-z]", text, re.I):
            reason = reason or "number glued to a unit (NumberModel reads no number; the project reads a measure)"
        reason = reason or notation(text)
        if suite == "PercentModel" and re.search(r"\bpercents?\s+of\b|\bper\s+cent\s+of\b", text, re.I):
            reason = reason or "reversed percent phrase ('percent of 10')"
        cases.append(Case(suite, text, expected, reason))
    return cases


def _quantulum(path: Path) -> list[Case]:
    cases = []
    for raw in json.loads(path.read_text("utf-8")):
        expected, reason = [], None
        for r in raw["res"]:
            unit = "count" if r["unit"] == "dimensionless" else UNIT_NAMES.get(r["unit"])
            if unit is None:
                reason = f"unit not modelled ({r['unit']})"
            start = raw["req"].find(r["surface"])
            expected.append((float(r["value"]), unit, start, start + len(r["surface"])))
        if _FRACTION.search(raw["req"]):
            reason = reason or "fraction or power"
        reason = reason or notation(raw["req"])
        cases.append(Case("quantulum3", raw["req"], expected, reason))
    return cases


def passes(case: Case, compare_units: bool) -> bool:
    found = [q for q in quantities(case.text) if not q.ordinal]
    if case.suite == "DimensionModel":  # the suite annotates measures only
        found = [q for q in found if q.kind == "measure"]
    elif compare_units and not any(unit == "count" for _, unit, _, _ in case.expected):
        found = [q for q in found if q.kind in {"measure", "money", "percent", "duration"}]
    if len(found) != len(case.expected):
        return False
    for value, unit, start, end in case.expected:
        match = next(
            (
                q
                for q in found
                if abs(q.value - value) <= 1e-6 * max(1, abs(value)) and min(q.end, end) > max(q.start, start)
            ),
            None,
        )
        if match is None:
            return False
        if compare_units and unit not in {None, "count"} and match.unit != unit:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--failures", action="store_true", help="list every in-scope case that fails")
    args = ap.parse_args(argv)
    rt = args.bench / "recognizers-text"
    suites: list[tuple[str, Callable[[], list[Case]], bool]] = [
        (
            "Recognizers NumberModel",
            lambda: _recognizers(rt / "Number/English/NumberModel.json", "NumberModel", False),
            False,
        ),
        (
            "Recognizers PercentModel",
            lambda: _recognizers(rt / "Number/English/PercentModel.json", "PercentModel", False),
            False,
        ),
        (
            "Recognizers DimensionModel",
            lambda: _recognizers(rt / "NumberWithUnit/English/DimensionModel.json", "DimensionModel", True),
            True,
        ),
        ("quantulum3 quantities", lambda: _quantulum(args.bench / "quantulum3" / "quantities.json"), True),
    ]
    print("| suite | cases | in scope | passed | share passed |")
    print("|---|---|---|---|---|")
    reports = []
    for name, load, units in suites:
        try:
            cases = load()
        except OSError as exc:
            print(f"| {name} | not available: {exc} | | | |")
            continue
        scoped = [c for c in cases if c.out_of_scope is None]
        failed = [c for c in scoped if not passes(c, units)]
        ok = len(scoped) - len(failed)
        print(f"| {name} | {len(cases)} | {len(scoped)} | {ok} | {ok / len(scoped):.1%} |")
        reports.append((name, Counter(c.out_of_scope for c in cases if c.out_of_scope), failed))
    for name, reasons, failed in reports:
        print(f"\n{name}: out of scope")
        for reason, n in reasons.most_common():
            print(f"  {n:3d}  {reason}")
        if args.failures and failed:
            print(f"{name}: failed in-scope cases")
            for c in failed:
                got = [(q.text, q.value, q.unit) for q in quantities(c.text) if not q.ordinal]
                print(f"  {c.text!r}\n      expected {[(v, u) for v, u, _, _ in c.expected]} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
