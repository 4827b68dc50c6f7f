"""The audit of comparable figures: for each group the numbers audit found in two or more
articles (``corpus_utils.same_fact``), whether the reports agree, how each gives the figure,
who claims it, and what would settle a disagreement.

Reports agree when their values are within the tolerance, or when what their hedges allow
overlaps (``close_figures.bounds``): "more than $915 million", "nearly $916
million" and "nearly $1 billion" are one loss; "15-plus years", "as long as 18 years" and
"nearly two decades" one span. A hedge is part of the reporting, so the group says how each
report put it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

from corpus_utils.close_figures import bounds
from corpus_utils.numbers import figure_phrase, scaled, unit_family


def _agree(values: list[float], tolerance: float) -> bool:
    lo, hi = min(values), max(values)
    return hi == 0 or (hi - lo) / hi <= tolerance


def _hedged_agree(group: list[Mapping[str, object]], tolerance: float) -> bool:
    """Do the values the group's hedges allow have one in common ("15-plus years", "as long as 18
    years", "18 years", "nearly two decades": 17 to 18 years fits them all)? A hedged figure
    reaches as far as its hedge and precision do (``close_figures.bounds``), an unhedged one only
    the tolerance; a group with no hedge is judged by the tolerance alone."""
    if not any(_hedged(r) for r in group):
        return False
    spans = [bounds(r) if _hedged(r) else _within(scaled(r), tolerance) for r in group]
    return max(lo for lo, _ in spans) <= min(hi for _, hi in spans)


def _hedged(row: Mapping[str, object]) -> bool:
    return row.get("hedge_class") not in (None, "none")


def _within(value: float, tolerance: float) -> tuple[float, float]:
    return value * (1 - tolerance / 2), value * (1 + tolerance / 2)


FIGURES_LISTED = 10  # a group of a reprinted figure lists this many, then counts the rest


def _values_text(values: list[float]) -> str:
    """ "3,000,000, 2,900,000": every value in a small group; in a larger one the most common
    distinct values once, with how many figures give each ("3,000,000 (×41), 2,900,000 (×3)")."""

    def text(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:g}"

    if len(values) <= FIGURES_LISTED:
        return ", ".join(text(v) for v in values)
    counts: dict[float, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    common = sorted(counts.items(), key=lambda item: -item[1])[:FIGURES_LISTED]
    shown = ", ".join(f"{text(v)} (×{n:,})" if n > 1 else text(v) for v, n in common)
    return shown + (f" and {len(counts) - len(common):,} other values" if len(counts) > len(common) else "")


def audit_groups(
    rows: list[Mapping[str, object]], groups: list[int], tolerance: float = 0.1, names: Mapping[str, str] | None = None
) -> list[dict]:
    """For each group of comparable figures in two or more articles: agree or not, and why;
    ``names`` are the articles' labels (their ids where none is given)."""
    names = names or {}
    members: dict[int, list[Mapping[str, object]]] = defaultdict(list)
    for row, g in zip(rows, groups, strict=True):
        members[g].append(row)
    out = []
    for g, group in sorted(members.items()):
        articles = sorted({str(r["article_id"]) for r in group})
        if len(articles) < 2:
            continue
        values = [scaled(r) for r in group]
        within = _agree(values, tolerance)
        agree = within or _hedged_agree(group, tolerance)
        parts = [
            f"{names.get(str(r['article_id']), r['article_id'])}: {figure_phrase(r)}"
            + (f" (claimed by {r['claimant']})" if r["claimant"] else " (stated by the reporter)")
            for r in group[:FIGURES_LISTED]
        ]
        if len(group) > FIGURES_LISTED:
            parts.append(f"and {len(group) - FIGURES_LISTED:,} more figures (the numbers table has them all)")
        if agree:
            why = (
                "The figures agree within the tolerance."
                if within
                else "The figures agree once their hedges are read: each report's \"more than\", \"nearly\" or "
                "round figure allows a value the others allow too."
            )
            if len({r["hedge_class"] for r in group}) > 1:
                why += " Their hedges differ: compare how sure each report sounds."
            if len({figure_phrase(r) for r in group}) > 1:
                why += " " + reported_as(group, names)
        else:
            claimants = sorted({str(r["claimant"]) for r in group if r["claimant"]})
            why = (
                f"The figures differ by {100 * (max(values) - min(values)) / max(values):.0f} %. "
                "They may count different things (a region or its city, different definitions, "
                "different dates). To settle it, find the primary source"
                + (f" ({', '.join(claimants)})" if claimants else "")
                + " and what exactly it counted, and on which date. "
                + reported_as(group, names)
            )
        out.append(
            {
                "group": g,
                "unit": unit_family(group[0]["unit"]),
                "kind": group[0]["kind"],
                "articles": len(articles),
                "values": _values_text(values),
                "agree": agree,
                "by_hedges": agree and not within,  # agree only once the hedges are read
                "figures": "; ".join(parts),
                "explanation": why,
            }
        )
    return out


def reported_as(group: list[Mapping[str, object]], names: Mapping[str, str]) -> str:
    """How each report gives one figure, and who claims it: the value and the hedge are part of
    the reporting ("more than $915 million" in one outlet, "$916 million" in two)."""
    ways: dict[str, list[str]] = defaultdict(list)
    for r in group:
        who = f"{names.get(str(r['article_id']), r['article_id'])}" + (f", {r['claimant']}" if r["claimant"] else "")
        if who not in ways[figure_phrase(r)]:
            ways[figure_phrase(r)].append(who)
    listed = [f"“{phrase}” ({'; '.join(who)})" for phrase, who in list(ways.items())[:FIGURES_LISTED]]
    return "Reported as " + ", ".join(listed) + "."


def chart_points(figures: pd.DataFrame, groups: list[dict], most: int) -> pd.DataFrame:
    """The dots of the chart of comparable figures, for the ``most`` groups of most articles: one
    dot per value of a group (a reprinted figure is one dot), with how many articles give it, each
    value in its group's unit ("nearly two decades" at 20 years, beside "18 years", not at 2)."""
    largest = sorted(groups, key=lambda g: -g["articles"])[:most]
    names = {g["group"]: f"{g['unit']}: {g['values']}"[:80] for g in largest}  # what the group counts, its values
    shown = figures[figures["group"].isin(names)]
    points = shown.assign(
        label=shown["group"].map(names),
        value=[scaled(r) for r in shown[["value", "unit"]].to_dict("records")],
    )
    return points.groupby(["label", "value"], as_index=False).agg(
        article=("article", "first"),
        articles=("article", "nunique"),
        text=("text", "first"),
        sentence=("sentence", "first"),
    )
