"""Where an article's text comes from: the outlet's own reporting, or a news agency's copy.

An outlet that prints agency copy under its own name is not the author of its tone, its sources
or its verbs; the book says how much of each outlet is wire copy. Two signs, both general: a
dateline credited to an agency at the start of the text ("WASHINGTON (AP) —", "FLINT, Mich.,
Oct. 4 (UPI) —"), and a wire credit line that cleaning removed ("(Reporting by …; Editing by …)").
The agencies are ``data/wire_services.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from corpus_utils.cleaning import Removal
from corpus_utils.data import data_yaml

_DATELINE = re.compile(r"^[A-Z][\w .,'’-]{0,60}?\((?P<agency>[A-Za-z][A-Za-z .-]{0,30})\)\s*(?:[—–]|--?)\s")
UNNAMED_AGENCY = "a news agency (credit line)"


@lru_cache(maxsize=1)
def wire_services() -> dict[str, str]:
    """Agency credit -> the agency's name."""
    return {str(k): str(v) for k, v in data_yaml("wire_services.yml").items()}


def wire_origin(paragraphs: Sequence[str], removed: Sequence[Removal]) -> str | None:
    """The news agency whose copy the article is, or None for the outlet's own text."""
    for paragraph in paragraphs[:2]:
        if m := _DATELINE.match(paragraph):
            agency = wire_services().get(m.group("agency").strip())
            if agency:
                return agency
    if any(r.reason == "credit line" for r in removed):
        return UNNAMED_AGENCY
    return None


def reporting_outlets(articles: Sequence[dict]) -> list[str]:
    """Whose reporting each article is (``articles`` rows: outlet, wire): its outlet's, or a news
    agency's printed by it ("Associated Press via Breitbart"), so that outlets are compared on
    their own reporting and agency copy stands apart."""
    out = []
    for a in articles:
        outlet = a.get("outlet") if isinstance(a.get("outlet"), str) and a.get("outlet") else "unknown outlet"
        wire = a.get("wire")
        if isinstance(wire, str) and wire:
            out.append(f"{'agency copy' if wire == UNNAMED_AGENCY else wire} via {outlet}")
        else:
            out.append(str(outlet))
    return out


def wire_shares(articles: Sequence[dict]) -> list[dict[str, object]]:
    """Per outlet: its articles, how many are agency copy, the share of its words they hold and
    the agencies, the outlets with most wire copy first (``articles`` rows: outlet, wire, n_words)."""
    by_outlet: dict[str, list[dict]] = {}
    for a in articles:
        by_outlet.setdefault(str(a.get("outlet") or "unknown outlet"), []).append(a)
    rows = []
    for outlet, items in by_outlet.items():
        wire = [a for a in items if isinstance(a.get("wire"), str)]
        words = sum(int(a["n_words"]) for a in items)
        agencies = sorted({str(a["wire"]) for a in wire})
        rows.append(
            {
                "outlet": outlet,
                "articles": len(items),
                "wire copy": len(wire),
                "share of its words": round(sum(int(a["n_words"]) for a in wire) / words, 3) if words else 0.0,
                "agencies": ", ".join(agencies),
            }
        )
    return sorted(rows, key=lambda r: (-float(r["share of its words"]), r["outlet"]))
