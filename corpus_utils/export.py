"""Write the export contract's tables (JSON Lines and CSV) for a corpus folder.

Extract once, read many: this is the only place that turns articles into tables.
The book's chapters, a newsroom's spreadsheet and the accuracy scorer all read
what it writes. Extraction is a map over articles (``article_tables``) followed
by a sort; output is deterministic and written all-or-nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus_utils.articles import Article, Problem, load_corpus
from corpus_utils.framing import scored_words, sentence_framing
from corpus_utils.numbers import extract_numbers
from corpus_utils.quotes import extract_quotes
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
    ),
    "warnings": ("article_id", "stage", "warning"),
    "problems": ("path", "problem"),
}


def article_row(article: Article) -> Row:
    headline_scores, headline_words = scored_words(article.headline)
    return {
        "article_id": article.article_id,
        "headline": article.headline,
        "outlet": article.outlet,
        "published": article.published,
        "published_source": article.published_source,
        "url": article.url,
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


def sentence_rows(article: Article) -> list[Row]:
    return [
        {
            "article_id": article.article_id,
            "sentence_index": s.index,
            "paragraph": s.paragraph,
            "char_start": s.start,
            "char_end": s.end,
            "sentence": s.text,
            **sentence_framing(s.text),
        }
        for s in article.sentences
    ]


def timex_row(article: Article, timex: Timex) -> Row:
    return {
        "article_id": article.article_id,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "anchor": ("dct" if article.published else None) if timex.deictic else None,
        "rule": timex.rule,
        "sentence": article.sentences[timex.sentence_index].text,
        "char_start": timex.start,
        "char_end": timex.end,
    }


def article_tables(article: Article) -> dict[str, list[Row]]:
    """Every table's rows for one article, in text order (pure)."""
    quotes, quote_warnings = extract_quotes(article)
    timexes = tag_article(article)
    return {
        "articles": [article_row(article)],
        "sentences": sentence_rows(article),
        "quotes": [asdict(q) for q in quotes],
        "timexes": [timex_row(article, t) for t in timexes],
        "events": [asdict(e) for e in article_events(article, timexes)],
        "numbers": [asdict(f) for f in extract_numbers(article, timexes, quotes)],
        "warnings": [{"article_id": article.article_id, "stage": "quotes", "warning": w} for w in quote_warnings],
    }


def problem_rows(problems: Iterable[Problem]) -> list[Row]:
    return [{"path": p.path, "problem": p.problem} for p in sorted(problems, key=lambda p: p.path)]


def _csv_cell(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def to_jsonl(rows: list[Row], columns: tuple[str, ...]) -> str:
    return "".join(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n" for row in rows)


def to_csv(rows: list[Row], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def write_tables(tables: dict[str, list[Row]], out: Path) -> None:
    """Write every table into ``out`` all-or-nothing: into a temporary folder first."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".export-", dir=out))
    try:
        for name, rows in tables.items():
            columns = COLUMNS[name]
            (staging / f"{name}.jsonl").write_text(to_jsonl(rows, columns), encoding="utf-8")
            (staging / f"{name}.csv").write_text(to_csv(rows, columns), encoding="utf-8")
        for path in sorted(staging.iterdir()):
            os.replace(path, out / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass(frozen=True)
class ExportSummary:
    articles: int
    problems: int
    rows: dict[str, int]


def export(
    corpus: Path,
    out: Path,
    manifest: Path | None = None,
    warn: Callable[[str], None] = lambda message: None,
) -> ExportSummary:
    """Load ``corpus``, extract every table and write them to ``out``."""
    loaded = load_corpus(corpus, manifest, warn)
    tables: dict[str, list[Row]] = {name: [] for name in COLUMNS if name != "problems"}
    for article in sorted(loaded.articles, key=lambda a: a.article_id):
        for name, rows in article_tables(article).items():
            tables[name].extend(rows)
    for row in tables["warnings"]:
        warn(f"{row['article_id']}: {row['stage']}: {row['warning']}")
    tables["problems"] = problem_rows(loaded.problems)
    write_tables(tables, out)
    return ExportSummary(len(loaded.articles), len(loaded.problems), {k: len(v) for k, v in tables.items()})
