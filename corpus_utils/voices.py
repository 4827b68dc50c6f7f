"""Who gets a voice: the cast of a corpus as the quotes chapter shows it.

Pure functions over the exported tables (``cast``, and statements joined to their articles'
outlets): the acts of speech the chapters count (a quotation split by its attribution is one),
the cast with each person's role, kind of source and affiliation; which kinds of source each
outlet quotes; the voices only one outlet carries; and how many statements name nobody, said
plainly. The chapter draws them; nothing here is written for one corpus.
"""

from __future__ import annotations

import html

import pandas as pd

from corpus_utils import reader, report

# The source types of the annotation policy (gold/SPEAKERS.md), as a reader says them, short
# enough for a legend on a phone: officials are office-holders and state bodies; politicians
# are parties, candidates and campaigns; international are intergovernmental bodies.
SOURCE_TYPES = {
    "official": "officials",
    "political": "politicians",
    "international": "international",
    "expert": "experts",
    "business": "business",
    "civil_society": "civil society",
    "citizen": "citizens",
    "media": "media",
    "unknown": "unknown",
}
SOURCE_COLOURS = {
    "official": "#2b6cb0",
    "political": "#c53030",
    "international": "#6b46c1",
    "expert": "#2f855a",
    "business": "#b7791f",
    "civil_society": "#d53f8c",
    "citizen": "#dd6b20",
    "media": "#4a5568",
    "unknown": "#cbd5e0",
}


# what a statement's words are, most verbatim first: an act with a quoted fragment is quoted
_KINDS = ("direct", "partial", "indirect")


def acts_of_speech(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per act of speech: the rows of one speaker in one sentence of an article are one
    statement. The quotes table has a row per quoted span, so "“Hopefully,” the president said,
    “we will ...”" is two rows and "called it “duped” and “a con”" three; counted as rows, a
    speaker who is quoted in fragments gets more voice than one quoted whole (on PolNeAR dev 147
    of 1,554 rows were such later fragments). Rows without a speaker stay as they are.

    An act keeps its first fragment's row, with ``fragments`` (every span, in order, for the
    explorer to mark), the most verbatim ``kind`` of its fragments, its first cue (and that cue's
    tone and channel), and the span from its first fragment's start to its last one's end."""
    frame = quotes.reset_index(drop=True).assign(fragments=[[q] for q in quotes["quote"]])
    key = ["article_id", "speaker_id", "sentence"]
    repeated = frame["speaker_id"].notna() & frame.duplicated(key, keep=False)
    if not repeated.any():
        return frame
    parts = frame[repeated].assign(order=frame.index[repeated], rank=frame["kind"].map(_KINDS.index))
    grouped = parts.sort_values(["article_id", "char_start"], kind="stable").groupby(key, sort=False)
    acts = grouped.first()  # the first fragment's values: its quote and start (a cue, tone, channel: the first given)
    acts["kind"] = [_KINDS[rank] for rank in grouped["rank"].min()]
    acts["fragments"] = grouped["quote"].agg(list)
    acts["char_end"] = grouped["char_end"].max()
    acts["order"] = grouped["order"].min()  # where the act's first row was in the table, to keep its order
    acts = acts.reset_index().set_index("order")[frame.columns]
    return pd.concat([frame[~repeated], acts]).sort_index().reset_index(drop=True)


def fragments_note(statements: pd.DataFrame) -> str:
    """Why the chapter counts fewer statements than the quotes table has rows, when it does (a
    sentence to follow another, hence its leading space)."""
    extra = int(statements["fragments"].map(len).sum()) - len(statements)
    return (
        f" A quotation split by its attribution, or one speaker's words reported in fragments in one sentence, is "
        f"one statement: {extra:,} more quoted spans are parts of these (the quotes table has a row per span)."
        if extra
        else ""
    )


def source_label(source_type: object) -> str:
    return SOURCE_TYPES.get(str(source_type), SOURCE_TYPES["unknown"]) if isinstance(source_type, str) else "unknown"


def speaker_link(name: str, speaker_id: str, target: str) -> str:
    """A name that, clicked, shows the speaker's statements in the table ``target`` (the book's
    table script fills its search box with the id; the link alone scrolls there)."""
    return (
        f'<a href="#{html.escape(target)}" data-filter="{html.escape(speaker_id)}" class="speaker-link">'
        f"{html.escape(name)}</a>"
    )


def speaker_key(speaker_id: object) -> str:
    """The id a speaker's rows carry, out of sight, for the links to find them."""
    return f'<span class="row-key" hidden>{html.escape(str(speaker_id))}</span>' if isinstance(speaker_id, str) else ""


def explorer_rows(statements: pd.DataFrame, links: reader.Links | None = None) -> list[dict[str, str]]:
    """The quote explorer's rows of safe HTML: the article (a link to the statement's sentence on
    its reader page), the speaker with their side (and their id, out of sight, for the cast's
    links), how they were reported, and the sentence with the reported words marked (every
    fragment of an act of speech: ``statements`` as ``acts_of_speech`` makes them)."""
    return [
        {
            "article": links.to(r.article_id, r.char_start, r.article) if links else report.escape(r.article),
            "source": report.escape(f"{_speaker_label(r.speaker)} ({r.side})") + speaker_key(r.speaker_id),
            "how": report.escape(", ".join(x for x in (r.kind, r.cue, r.channel) if isinstance(x, str) and x)),
            "sentence": report.mark(r.sentence, list(r.fragments)),
        }
        for r in statements.itertuples()
    ]


def _speaker_label(speaker: object) -> str:
    """A statement's speaker as the explorer shows it; a missing one (NaN in a table read back) as
    what it is, not "nan"."""
    return speaker if isinstance(speaker, str) and speaker else "speaker not found"


def cast_rows(cast: pd.DataFrame, statements: pd.DataFrame, target: str, shown: set[str]) -> list[dict[str, str]]:
    """The cast as table rows of safe HTML, most statements first: the name (a link to the
    statements when the explorer ``target`` shows some of them: ``shown`` holds their ids), the
    role the articles give, kind of source, affiliation, statements and the outlets that carry them
    (the ``publisher`` column where the statements have one: an agency's copy in an outlet is that
    outlet's, not an outlet of its own). A speaker's statements are those of ``statements``, the
    acts the chapter counts (``acts_of_speech``), not the cast's ``n_statements``, which counts the
    quotes table's rows, fragments of one quotation each a row."""
    by = "publisher" if "publisher" in statements else "outlet"
    named = statements.dropna(subset=["speaker_id"]).groupby("speaker_id")
    outlets, counts = named[by].nunique(), named.size()
    rows = []
    for m in sorted(cast.itertuples(), key=lambda m: -int(counts.get(m.speaker_id, 0))):
        roles = [str(r) for r in (m.roles if isinstance(m.roles, list | tuple) else [])]
        rows.append(
            {
                "speaker": speaker_link(str(m.name), str(m.speaker_id), target)
                if m.speaker_id in shown
                else html.escape(str(m.name)),
                "role": html.escape(roles[0] if roles else ""),
                "kind of source": html.escape(source_label(m.source_type)),
                "affiliation": html.escape(str(m.affiliation) if isinstance(m.affiliation, str) else ""),
                "statements": f"{int(counts.get(m.speaker_id, 0)):,}",
                "outlets": f"{int(outlets.get(m.speaker_id, 0)):,}",
            }
        )
    return rows


def outlet_source_types(statements: pd.DataFrame, words: pd.Series) -> pd.DataFrame:
    """Statements per outlet and kind of source, with the share of the outlet's statements and
    the rate per 1,000 words of the outlet's articles (``words``: words per outlet)."""
    frame = statements.assign(source=statements["source_type"].map(source_label))
    counts = frame.groupby(["outlet", "source"]).size().rename("statements").reset_index()
    totals = counts.groupby("outlet")["statements"].transform("sum")
    counts["share"] = counts["statements"] / totals
    counts["per 1,000 words"] = (1000 * counts["statements"] / counts["outlet"].map(words).astype(float)).round(2)
    return counts


def outlet_source_table(by_source: pd.DataFrame) -> pd.DataFrame:
    """``outlet_source_types`` as a table: an outlet a row, a kind of source a column, in the
    legend's order."""
    table = by_source.pivot_table(index="outlet", columns="source", values="statements", fill_value=0, aggfunc="sum")
    present = set(by_source["source"])
    table = table.reindex(columns=[k for k in SOURCE_TYPES.values() if k in present])
    return table.reset_index().rename_axis(columns=None)


def one_outlet_voices(statements: pd.DataFrame, min_statements: int = 2) -> pd.DataFrame:
    """Named speakers with at least ``min_statements`` statements, all of them in one outlet,
    when the corpus has more than one outlet."""
    named = statements.dropna(subset=["speaker_id"])
    if named["outlet"].nunique() < 2:
        return pd.DataFrame(columns=["speaker", "outlet", "statements", "kind of source"])
    per = named.groupby("speaker_id").agg(
        speaker=("speaker", "first"),
        outlet=("outlet", "first"),
        outlets=("outlet", "nunique"),
        statements=("quote", "size"),
        source_type=("source_type", "first"),
    )
    alone = per[(per["outlets"] == 1) & (per["statements"] >= min_statements)]
    alone = alone.sort_values(["statements", "speaker"], ascending=[False, True])
    return pd.DataFrame(
        {
            "speaker": alone["speaker"],
            "outlet": alone["outlet"],
            "statements": alone["statements"],
            "kind of source": alone["source_type"].map(source_label),
        }
    ).reset_index(drop=True)


def top_speakers(statements: pd.DataFrame, min_quotes: int, most: int, others_side: str) -> pd.DataFrame:
    """Statements per speaker and side for the ``most`` speakers with most statements (at least
    ``min_quotes`` each); every other statement counted as "others" (a chart of hundreds of
    bars reads as none)."""
    counts = statements.groupby(["speaker", "side"]).size().rename("statements").reset_index()
    counts = counts.sort_values(["statements", "speaker"], ascending=[False, True]).reset_index(drop=True)
    small = (counts.index >= most) | (counts["statements"] < min_quotes)
    counts.loc[small, ["speaker", "side"]] = ["others", others_side]
    return counts.groupby(["speaker", "side"], as_index=False)["statements"].sum()


def coverage(statements: pd.DataFrame) -> str:
    """How many statements the rules found no speaker for, and how many of the rest come from
    speakers of unknown kind: the limits of the cast, said plainly. Not "name no speaker": a
    reader found most such statements name theirs, in the sentence or the one before, and the
    rules missed it."""
    total = len(statements)
    no_speaker = int(statements["speaker"].isna().sum())
    named = total - no_speaker
    unknown = int((statements.dropna(subset=["speaker"])["source_type"].fillna("unknown") == "unknown").sum())
    opening = (
        f"For {no_speaker:,} of {total:,} statements ({no_speaker / total:.0%}) the rules found no speaker (the "
        f"article may name one they missed); of the {named:,} with one, "
        if no_speaker
        else f"The rules found a speaker for every one of the {total:,} statements; "
    )
    share = f" ({unknown / named:.0%})" if named else ""
    return (
        f"{opening}{unknown:,}{share} come from speakers whose kind of source the rules could not tell from the "
        "words the article ties to them (kind of source unknown; an article may still describe them)."
    )
