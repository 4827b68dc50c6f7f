"""Where an article's text comes from: the outlet's own reporting, or a news agency's copy; and
its genre (news, opinion, letters, analysis).

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

from corpus_utils.cleaning import Removal, genre_lexicon
from corpus_utils.data import data_yaml
from corpus_utils.prefilter import screen_text
from corpus_utils.quotes.marks import quoted_spans

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


NEWS = "news"


# "Rudy Giuliani is the former mayor of New York City.": a name (and an apposition), then what they are
_CONTRIBUTOR = re.compile(
    r"^(?!The\b)(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*(?:,\s+.{3,200}?,)?,?\s+(?:is|was)\s+"
    r"(?:an?\s|the\s|(?![a-z]+(?:ing|ed)\b)[A-Za-z-]+\s)[^.!?]*\.?$"  # "is polling", "is expected": no note
)


# The author's own "I" outside quotations: news reports keep the reporter out of the text, a
# column does not ("Mr. Trump, I have a deal for you", "experts I spoke to this week"). On PolNeAR
# train, pieces at or above both marks are columns, letters, excerpts and interviews.
COLUMN_FIRST_PERSON = 5  # at least this many uses
COLUMN_RATE = 3.0  # and at least this many per 1,000 words
# (the letter comes before the lookbehind that belongs in front of it, so that a search skips to the
# next "I" or "m" instead of trying every position)
_FIRST_PERSON = re.compile(r"(?:I(?<![\w.’']I)|m(?<![\w.’']m)(?:e|y|yself))(?:['’](?:m|ve|d|ll))?(?![\w.’'])")
_TURN = re.compile(r"^\W{0,3}[A-Z][A-Z .'’-]{1,30}:")  # "WALLACE: If I may": a transcript's turn


# A piece that names its own genre: "the goal of this particular column", "in this op-ed"
_CALLS_ITSELF = re.compile(r"\b(?:this|my)\s+(?:particular\s+|weekly\s+|regular\s+)?(?:column|op-ed|editorial)\b", re.I)
_GENRE_NAMES = ("column", "op-ed", "editorial")  # what every match of it holds


def _calls_itself(paragraphs: Sequence[str]) -> bool:
    """Does a paragraph name the piece's genre? Searched only where a genre's name is in the text:
    the pattern is tried at every position, the names are found in one pass each."""
    screened = screen_text("\n".join(paragraphs))
    return any(name in screened for name in _GENRE_NAMES) and any(_CALLS_ITSELF.search(p) for p in paragraphs)


def first_person_column(paragraphs: Sequence[str]) -> bool:
    """Does the author write as "I" outside quotations often enough to make the piece a column?
    Turns of a transcript and quoted words do not count."""
    text = "\n".join(p for p in paragraphs if not _TURN.match(p))
    if not _column_rate(len(_FIRST_PERSON.findall(text)), text):
        # Not even with the quoted uses (most texts): no need to find the quotations. Each use lies
        # wholly inside or outside a quotation (it is letters and apostrophes, the marks are “ ” "),
        # and a blanked mark, like the mark, is no letter: blanking only takes uses away.
        return False
    spans, _ = quoted_spans(text)
    outside = list(text)
    for span in spans:
        outside[span.open_mark : span.close_mark + 1] = " " * (span.close_mark + 1 - span.open_mark)
    return _column_rate(len(_FIRST_PERSON.findall("".join(outside))), text)


def _column_rate(uses: int, text: str) -> bool:
    return uses >= COLUMN_FIRST_PERSON and 1000 * uses / max(1, len(text.split())) >= COLUMN_RATE


_SCHEME_AND_HOST = re.compile(r"^\w+://[^/]*")
_PATH_SEPARATORS = re.compile(r"[/_.]")
_NOT_IN_LABELS = re.compile(r"[^a-z' -]")


def genre(paragraphs: Sequence[str], removed: Sequence[Removal], url: str | None = None) -> str:
    """"letters", "opinion", "analysis" or "news": from a section label cleaning removed ("LETTERS.",
    "OPINION"), a segment of the URL's path ("/opinion/"), or, for opinion, a contributor's note
    as the last paragraph (one sentence naming the author and what they do, not a reporter's), the
    author's own "I" throughout, or a piece that calls itself a column or an editorial."""
    words, reporters = genre_lexicon()
    labels = [r.line for r in removed if r.reason == "section label or crosshead"]
    path = _SCHEME_AND_HOST.sub("", url or "").lower()
    for candidate in [*labels, *_PATH_SEPARATORS.split(path)]:
        key = _NOT_IN_LABELS.sub("", candidate.lower()).strip()
        if key in words:
            return words[key]
    last = paragraphs[-1].strip() if paragraphs else ""
    if len(last.split()) <= 40 and _CONTRIBUTOR.match(last) and not any(w in last.lower() for w in reporters):
        return "opinion"
    if first_person_column(paragraphs) or _calls_itself(paragraphs):
        return "opinion"
    return NEWS


def reporting_outlets(articles: Sequence[dict]) -> list[str]:
    """Whose reporting each article is (``articles`` rows: outlet, wire, genre): its outlet's news,
    a news agency's copy printed by it ("Associated Press via Breitbart") or its opinion, letters
    or analysis ("USA Today (opinion)"), so that outlets are compared on their own news reporting
    and the rest stands apart."""
    out = []
    for a in articles:
        outlet = a.get("outlet") if isinstance(a.get("outlet"), str) and a.get("outlet") else "unknown outlet"
        wire, kind = a.get("wire"), a.get("genre")
        if isinstance(wire, str) and wire:
            out.append(f"{'agency copy' if wire == UNNAMED_AGENCY else wire} via {outlet}")
        elif _views(kind):
            out.append(f"{outlet} ({kind})")
        else:
            out.append(str(outlet))
    return out


def _views(kind: object) -> bool:
    return isinstance(kind, str) and kind not in ("", NEWS)


def wire_shares(articles: Sequence[dict]) -> list[dict[str, object]]:
    """Per outlet: its articles, how many are agency copy, the share of its words they hold, the
    agencies, and how many are opinion, letters or analysis; the outlets with most wire copy first
    (``articles`` rows: outlet, wire, genre, n_words)."""
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
                "opinion, letters or analysis": sum(1 for a in items if _views(a.get("genre"))),
            }
        )
    return sorted(rows, key=lambda r: (-float(r["share of its words"]), r["outlet"]))
