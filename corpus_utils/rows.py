"""The rows of every export table for one article: the contract's columns, in text order.

Pure functions from an ``Article`` to plain dicts; ``export`` encodes and writes them.
Rows that repeat their sentence carry at most ``ROW_SENTENCE_CHARS`` of it, so a run-on
sentence cannot multiply the output (see ``limits``).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence

from corpus_utils.actors import Mention, gazetteer
from corpus_utils.articles import Article
from corpus_utils.framing import name_words, scored_words, sentence_framing, title_case, vader_text
from corpus_utils.limits import MAX_WARNING_ROWS, ROW_SENTENCE_CHARS
from corpus_utils.numbers import extract_numbers
from corpus_utils.provenance import genre, wire_origin
from corpus_utils.quotes import Quote, extract_statements
from corpus_utils.spans import SpanIndex, index_of
from corpus_utils.timeline import Timex, article_events, tag_article

Row = dict[str, object]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "headline",
        "outlet",
        "published",
        "published_source",
        "url",
        "wire",
        "genre",
        "text",
        "n_sentences",
        "n_words",
        "n_paragraphs",
        "encoding",
        "removed",
        "removed_reasons",
        "headline_compound",
        "headline_vader_words",
    ),
    "sentences": (
        "article_id",
        "sentence_index",
        "paragraph",
        "char_start",
        "char_end",
        "sentence",
        "compound",
        "positive",
        "negative",
        "vader_words",
        "distancing",
        "loaded",
        "frames",
        "frame_words",
        "actors",
        "clause_tones",
        "actor_tones",
    ),
    "quotes": (
        "article_id",
        "quote",
        "kind",
        "scare",
        "speaker",
        "speaker_mention",
        "speaker_type",
        "speaker_side",
        "cue",
        "cue_tone",
        "channel",
        "sentence",
        "char_start",
        "char_end",
        "speaker_id",
        "source_type",
        "affiliation",
    ),
    "timexes": ("article_id", "text", "type", "value", "mod", "anchor", "rule", "sentence", "char_start", "char_end"),
    "events": (
        "article_id",
        "date_value",
        "date_start",
        "date_end",
        "precision",
        "event",
        "actors",
        "places",
        "background",
        "future",
        "timex",
        "sentence",
    ),
    "numbers": (
        "article_id",
        "text",
        "value",
        "vague",
        "unit",
        "hedge",
        "hedge_class",
        "kind",
        "claimant",
        "claimant_side",
        "sentence",
        "char_start",
        "char_end",
        "claimant_id",
    ),
    "cast": (
        "speaker_id",
        "name",
        "aliases",
        "type",
        "source_type",
        "affiliation",
        "country",
        "side",
        "roles",
        "n_statements",
        "n_articles",
    ),
    "warnings": ("article_id", "stage", "warning"),
    "problems": ("path", "problem"),
}


def article_row(article: Article) -> Row:
    # the article's names are read only for a headline in title case; for any other, ``mask_names``
    # with no names masks as in a sentence, without asking again whether it is in title case
    names = name_words(article.text) if title_case(article.headline) else None
    headline_scores, headline_words = scored_words(vader_text(article.headline, names))
    return {
        "article_id": article.article_id,
        "headline": article.headline,
        "outlet": article.outlet,
        "published": article.published,
        "published_source": article.published_source,
        "url": article.url,
        "wire": wire_origin(article.paragraphs, article.removed),
        "genre": genre(article.paragraphs, article.removed, article.url),
        "text": article.text,
        "n_sentences": len(article.sentences),
        "n_words": article.n_words,
        "n_paragraphs": len(article.paragraphs),
        "encoding": article.encoding,
        "removed": [r.line for r in article.removed],
        "removed_reasons": [r.reason for r in article.removed],
        "headline_compound": headline_scores["compound"],
        "headline_vader_words": [f"{w}:{v:+g}" for w, v in headline_words],
    }


def sentence_rows(article: Article, mentions: list[Mention] | None = None, quotes: Sequence[Quote] = ()) -> list[Row]:
    """One row per sentence with its framing; ``mentions``, the gazetteer's ``actor_mentions`` of the
    article's text, spares a search of each sentence for them. A sentence inside one of the article's
    ``quotes`` (a block quotation of another outlet, a speech quoted over several sentences) holds no
    loaded words or distancing of the reporter's own: a reader found a Post feature's "terrorist",
    quoted whole by another outlet, counted as that outlet's word."""
    gaz = gazetteer()
    # each quotation with its marks: a sentence it covers lies inside them (an index, not a scan of all)
    spoken = (q for q in quotes if q.kind in ("direct", "partial") and not q.scare)
    quoted = SpanIndex((q.char_start - 1, q.char_end + 1, q) for q in spoken)
    said = _statements_by_sentence(article, quotes)
    return [
        {
            "article_id": article.article_id,
            "sentence_index": s.index,
            "paragraph": s.paragraph,
            "char_start": s.start,
            "char_end": s.end,
            "sentence": s.text,
            **sentence_framing(
                s.text,
                None if mentions is None else gaz.mentions_within(article.text, mentions, s.text, s.start),
                quoted=quoted.covers(s.start, s.end),
                said=said.get(s.index, ()),
            ),
        }
        for s in article.sentences
    ]


def _statements_by_sentence(article: Article, quotes: Sequence[Quote]) -> dict[int, list[tuple[int, int]]]:
    """The words of each statement of ``quotes`` without any statement's cue, by sentence and as
    offsets in it, cut at the sentence's bounds: what ``framing.sentence_framing`` keeps apart
    from the reporter's own words and from the tone near the one who says it. A cue is the
    reporter's word even inside another statement ("they have reportedly been advancing")."""
    starts = [s.start for s in article.sentences]
    said = [q for q in quotes if not q.scare] if starts else []
    at = [_WORD_AT.match(article.text, q.cue_start) for q in said if q.cue_start is not None]
    cues = sorted((m.start(), m.end()) for m in at if m)
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for q in said:
        for first, last in _without(q.char_start, q.char_end, cues):
            for i in range(index_of(starts, first), index_of(starts, max(first, last - 1)) + 1):
                s = article.sentences[i]
                spans[s.index].append((max(first, s.start) - s.start, min(last, s.end) - s.start))
    return spans


_WORD_AT = re.compile(r"\w+")


def _without(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``start..end`` without the sorted spans ``holes`` that lie inside it."""
    pieces = []
    for hole_start, hole_end in holes[bisect.bisect_left(holes, (start, start)) :]:
        if hole_start >= end:
            break
        pieces.append((start, hole_start))
        start = max(start, hole_end)
    return [(a, b) for a, b in [*pieces, (start, end)] if a < b]


def timex_row(article: Article, timex: Timex) -> Row:
    return {
        "article_id": article.article_id,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "anchor": "speech" if timex.spoken else ("dct" if article.published else None) if timex.deictic else None,
        "rule": timex.rule,
        "sentence": article.sentences[timex.sentence_index].text,
        "char_start": timex.start,
        "char_end": timex.end,
    }


class ExtractionError(Exception):
    """An extractor failed on one article; the message names the stage."""


def article_tables(article: Article) -> dict[str, list[Row]]:
    """Every table's rows for one article, in text order (pure).

    An exception in any extractor becomes an ``ExtractionError`` naming its stage, so that
    the export lists the article in ``problems`` and goes on with the rest of the corpus.
    """
    stage = "quotes"
    try:
        # the speakers, the events and the sentences' actors read one search of the text for known actors
        mentions = gazetteer().actor_mentions(article.text)
        quotes, evidence, quote_warnings = extract_statements(article, mentions)
        stage = "timeline"
        timexes = tag_article(article, quotes)
        events = article_events(article, timexes, mentions)
        stage = "numbers"
        figures = extract_numbers(article, timexes, quotes, evidence)
        stage = "framing"
        tables = {"articles": [article_row(article)], "sentences": sentence_rows(article, mentions, quotes)}
    except Exception as exc:
        raise ExtractionError(f"{stage} failed: {type(exc).__name__}: {str(exc)[:200]}") from exc
    return {
        **tables,
        "quotes": [bounded_row(fields_of(q), "quote") for q in quotes],
        "timexes": [bounded_row(timex_row(article, t), "text") for t in timexes],
        "events": [bounded_row(fields_of(e), "timex") for e in events],
        "numbers": [bounded_row(fields_of(f), "text") for f in figures],
        "warnings": [
            *({"article_id": article.article_id, "stage": "reading", "warning": w} for w in article.warnings),
            *({"article_id": article.article_id, "stage": "quotes", "warning": w} for w in quote_warnings),
        ],
    }


def shorten(sentence: str, item: str | None, limit: int = ROW_SENTENCE_CHARS) -> str:
    """A sentence of at most about ``limit`` characters: the whole sentence when it is short
    enough, else the window of whole words around ``item`` with ``…`` where words were left
    out. Rows repeat their sentence, so this bounds the output of a run-on sentence; the
    offsets still locate the item in the full text."""
    if len(sentence) <= limit:
        return sentence
    at = sentence.find(item) if item else -1
    middle = (at + len(item) // 2) if at >= 0 and item else 0
    start = max(0, min(middle - limit // 2, len(sentence) - limit))
    end = start + limit
    if start > 0:
        space = sentence.find(" ", start, start + 40)
        start = space + 1 if space >= 0 else start
    if end < len(sentence):
        space = sentence.rfind(" ", end - 40, end)
        end = space if space > start else end
    return f"{'…' if start > 0 else ''}{sentence[start:end].strip()}{'…' if end < len(sentence) else ''}"


def fields_of(item: object) -> Row:
    """A record's fields as a row. ``dataclasses.asdict`` deep-copies every list and string
    container on the write path; the records hold plain values and are not changed after, so
    a shallow copy of their fields (in declaration order) gives the same row at a fraction of
    the cost."""
    return dict(vars(item))


def bounded_row(row: Row, item_field: str) -> Row:
    row["sentence"] = shorten(str(row["sentence"]), row.get(item_field) or None)
    return row


def capped_warnings(rows: list[Row]) -> list[Row]:
    """At most ``MAX_WARNING_ROWS`` warnings of an article and a last row that counts the rest
    (100,000 stray quotation marks are one problem, not 100,000 rows)."""
    if len(rows) <= MAX_WARNING_ROWS:
        return rows
    rest = len(rows) - MAX_WARNING_ROWS
    last = {**rows[MAX_WARNING_ROWS], "warning": f"{rest:,} more warnings not listed"}
    return [*rows[:MAX_WARNING_ROWS], last]


def warning_kind(warning: str) -> str:
    """A warning without its numbers: 'unclosed quotation mark at character 12' -> 'unclosed quotation mark'."""
    return re.sub(r"\s+at character \d+|\d[\d,]*\s+", "", warning)


