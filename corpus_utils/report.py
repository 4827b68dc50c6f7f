"""What a chapter notebook calls to read the tables and show results safely.

Chapters hold narrative, tables and charts; this module holds the little logic they
share: reading the exported tables into pandas, showing the parameters that produced
a page, and putting text from articles on the page escaped (article text is
untrusted; see ``corpus_utils.charts`` for charts).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import fields
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

import altair as alt
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from IPython.display import HTML, display

from corpus_utils import cache, charts, findings, provenance, reader
from corpus_utils.config import CONFIG_FILE, PALETTE
from corpus_utils.export import COLUMNS
from corpus_utils.numbers import figure_phrase
from corpus_utils.parquet import release_memory
from corpus_utils.timeline.reading import timex_words

LANES = 30  # above this many articles, charts compare outlets instead of single articles
LABEL_WORDS = 4  # headline words that tell two articles of one outlet on one day apart


def lane(articles: pd.DataFrame) -> str:
    """The column charts compare: each article (by its label) in a small corpus, each outlet in a large one."""
    return "article" if len(articles) <= LANES else "outlet"


LABELLED = ["article_id", "outlet", "published", "headline"]  # what an article's label is made of


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """A short, unique label for each article that a reader recognises: its outlet; with its
    date where the outlet has several articles; with its first headline words where that is
    still not unique. Ids are for tooltips and files, not for axes."""
    rows = records(articles.reindex(columns=LABELLED))
    outlet = {r["article_id"]: r.get("outlet") or "unknown outlet" for r in rows}
    per_outlet = pd.Series(list(outlet.values())).value_counts()
    dates = pd.to_datetime(pd.Series([r.get("published") for r in rows], dtype=object), errors="coerce")
    one_year = dates.dropna().dt.year.nunique() <= 1
    labels = {}
    for r, when in zip(rows, dates, strict=True):
        label = outlet[r["article_id"]]
        if per_outlet[label] > 1:  # "Herald, 2 Mar" (with the year when the corpus spans years): short on an axis
            day = "undated" if pd.isna(when) else f"{when.day} {when:%b}" + ("" if one_year else f" {when.year}")
            label = f"{label}, {day}"
        labels[r["article_id"]] = label
    repeated = pd.Series(list(labels.values())).value_counts()
    for r in rows:
        if repeated[labels[r["article_id"]]] > 1:
            words = " ".join(str(r.get("headline") or "").split()[:LABEL_WORDS])
            labels[r["article_id"]] = f"{labels[r['article_id']]}: {words}…" if words else labels[r["article_id"]]
    seen: dict[str, int] = {}
    for aid in sorted(labels):  # still the same (one outlet, day and headline start): number them
        seen[labels[aid]] = seen.get(labels[aid], 0) + 1
        if seen[labels[aid]] > 1:
            labels[aid] = f"{labels[aid]} ({seen[labels[aid]]})"
    return labels


def reporting_lanes(articles: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with ``outlet`` as whose reporting each is (``provenance.reporting_outlets``: agency
    copy and opinion apart from the outlet's own news) and ``publisher`` as the outlet itself, whose
    colour its lanes keep (``lane_colour``)."""
    return articles.assign(publisher=articles["outlet"], outlet=provenance.reporting_outlets(records(articles)))


def lane_colour(articles: pd.DataFrame, lane: str, legend: bool = False) -> alt.Color:
    """The colour of each outlet, the same in every chapter (the corpus's outlets in alphabetical
    order, the palette's colours in turn), and of each article, and each lane of an outlet ("Associated
    Press via Breitbart", "USA Today (opinion)"), its outlet's: so that a reader who learns Breitbart's
    colour in one chart finds it again in the next. ``articles``' ``publisher`` column, when a chapter
    has relabelled ``outlet`` with such lanes, holds the outlet itself."""
    rows = with_articles(articles[["article_id"]], articles)
    home = articles["publisher"].fillna("unknown outlet") if "publisher" in articles else rows["outlet"]
    colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(sorted(home.unique()))}
    pairs = sorted(set(zip(rows[lane], home, strict=True)))
    scale = alt.Scale(domain=[value for value, _ in pairs], range=[colour[o] for _, o in pairs])
    return alt.Color(f"{lane}:N", scale=scale, legend=alt.Legend() if legend else None)


def with_articles(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """A table with its article's outlet ("unknown outlet" when none is known) and label."""
    outlets = articles.set_index("article_id")["outlet"].fillna("unknown outlet")
    labels = articles.set_index("article_id")["article"] if "article" in articles else article_labels(articles)
    return frame.assign(
        outlet=frame["article_id"].map(outlets).fillna("unknown outlet"),
        article=frame["article_id"].map(labels).fillna(frame["article_id"]),
    )


def labelled(frame: pd.DataFrame, data_dir: str | Path) -> pd.DataFrame:
    """``frame`` with its ``article_id`` column replaced by the article labels readers see."""
    if "article_id" not in frame.columns:
        return frame
    ids = frame["article_id"]
    labels = article_names(data_dir)
    out = frame.drop(columns="article_id")
    out.insert(0, "article", ids.map(labels).fillna(ids))
    return out


def setup() -> None:
    """Offline charts and readable tables for a chapter."""
    charts.enable()
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_columns", 20)  # as in a Jupyter kernel, not the width of a terminal


def read_table(data_dir: str | Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One exported table as a DataFrame, with its contract columns even when empty; only
    ``columns`` (and ``article_id``) when given: a chapter that needs four columns of the
    sentences does not hold their word lists (at 30,000 articles, 450 MB of the table's 500)."""
    path = Path(data_dir) / f"{name}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: table not found; run `python -m corpus_utils export` first")
    wanted = None if columns is None else list(dict.fromkeys(["article_id", *columns]))
    frame = _read_parquet(path.with_suffix(".parquet"), wanted)
    if frame is None:  # tables exported before the Parquet copy, or written by another tool
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS.get(name, ())) or None)
        frame = frame if wanted is None else frame[wanted]
    if name == "articles":
        return frame.assign(article=frame["article_id"].map(_labels_of(frame)))
    if "article_id" in frame.columns:  # every table names its articles as the book does
        return frame.assign(article=frame["article_id"].map(article_names(data_dir)).fillna(frame["article_id"]))
    return frame


def _read_parquet(path: Path, columns: list[str] | None = None) -> pd.DataFrame | None:
    """A table's Parquet copy as the JSON Lines would read (lists as lists, missing as None),
    or None when there is none."""
    if not path.is_file():
        return None
    table = pq.read_table(path, columns=columns)
    lists = [f.name for f in table.schema if pa.types.is_list(f.type)]
    frame = table.drop_columns(lists).to_pandas()
    for name in lists:  # as Python lists, which Arrow makes far faster than pandas would
        frame.insert(table.schema.get_field_index(name), name, table.column(name).to_pylist())
    release_memory()
    return frame.astype(object) if frame.empty else frame  # an empty table reads as its JSON Lines


_LABELS: dict[tuple[object, ...], dict[str, str]] = {}  # what labels are made of -> the labels


def _labels_of(articles: pd.DataFrame) -> dict[str, str]:
    """``article_labels``, worked out once for the same articles (ids, outlets, dates and
    headlines) in a process that runs several chapters (``build.run_chapters``)."""
    key = tuple(chain.from_iterable(articles.reindex(columns=LABELLED).itertuples(index=False, name=None)))
    if key not in _LABELS:
        _LABELS.clear()
        _LABELS[key] = article_labels(articles)
    return _LABELS[key]


def article_names(data_dir: str | Path) -> dict[str, str]:
    """Article id -> the label readers see, for the tables in ``data_dir``. The articles table
    holds every text, so it is read for this once per export (its path, size and time are the key)."""
    path = Path(data_dir) / "articles.jsonl"
    info = path.stat()
    return _article_names(str(path.resolve()), info.st_size, info.st_mtime_ns)


@lru_cache(maxsize=4)
def _article_names(path: str, size: int, mtime_ns: int) -> dict[str, str]:
    articles = read_table(Path(path).parent, "articles")
    return dict(zip(articles["article_id"], articles["article"], strict=True))


def reader_links(data_dir: str | Path) -> reader.Links:
    """Links from rows to their sentences on the articles' reader pages; three columns of the
    sentences table are read, not the whole table."""
    path = Path(data_dir) / "sentences.parquet"
    columns = ["article_id", "char_start", "sentence_index"]
    rows = pq.read_table(path, columns=columns).to_pylist() if path.is_file() else records(
        read_table(data_dir, "sentences")[columns]
    )
    return reader.Links(reader.sentence_index(rows))


def settings(data_dir: str | Path) -> dict:
    """The corpus configuration the export used (``corpus.json``: title, description, sides)."""
    path = Path(data_dir) / CONFIG_FILE
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def side_scale(data_dir: str | Path, sides: pd.Series) -> charts.SideScale:
    """Labels and colours for the sides in ``sides`` (one key per statement or figure)."""
    counts = sides.fillna("unknown").value_counts()
    return charts.side_scale(settings(data_dir), {str(k): int(n) for k, n in counts.items()})


def parties(data_dir: str | Path) -> set[str]:
    """The sides the configuration marks as parties to the story (none without sides)."""
    return {str(s["key"]) for s in settings(data_dir).get("sides", []) if s.get("party")}


def remembered(data_dir: str | Path, analysis: str) -> AbstractContextManager[MutableMapping[str, object]]:
    """What ``analysis`` kept from the last build beside these tables (``cache.remembered``)."""
    return cache.remembered(Path(data_dir) / ".cache" / "analyses" / f"{analysis}.json")


def dataclass_frame(items: Sequence[object], of: type) -> pd.DataFrame:
    """Dataclass instances of type ``of`` as a DataFrame, a column per field: what
    ``pd.DataFrame(items)`` makes, without its deep copy of every instance (seconds for the
    hundred thousand shared passages of a large archive)."""
    names = [f.name for f in fields(of)]
    return pd.DataFrame([[getattr(item, n) for n in names] for item in items], columns=names)


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts with ``None`` (not NaN) for missing cells, for corpus_utils functions.
    Column by column, then zipped: three times faster than ``to_dict("records")``, which boxes
    every value on its own."""
    names = list(frame.columns)
    if not names:
        return [{} for _ in range(len(frame))]
    columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def shown_value(value: object, cwd: Path | None = None) -> str:
    """A parameter as the page shows it: an absolute path of the machine that built the book
    becomes a path relative to the book's folder, or its last two parts when it lies outside."""
    if isinstance(value, str) and value.startswith("/"):
        path, here = Path(value), (cwd or Path.cwd()).resolve()
        try:
            return repr(str(path.resolve().relative_to(here)))
        except ValueError:
            return repr("…/" + "/".join(path.parts[-2:]))
    return repr(value)


def show_parameters(params: Mapping[str, object]) -> None:
    """A note naming the parameters that produced this page."""
    items = "".join(
        f"<li><code>{html.escape(k)}</code> = <code>{html.escape(shown_value(v))}</code></li>"
        for k, v in params.items()
    )
    display(
        HTML(
            '<div class="admonition note"><p class="admonition-title">Parameters of this page</p>'
            f"<ul>{items}</ul><p>Re-run with <code>python -m corpus_utils build -p NAME VALUE</code>.</p></div>"
        )
    )


def escape(text: object) -> str:
    """Article text as HTML-safe text."""
    return html.escape("" if text is None else str(text))


def say(text: str) -> None:
    """A paragraph of generated prose; any article text in it is escaped."""
    display(HTML(f"<p>{html.escape(text)}</p>"))


PAGE_SIZE = 20  # rows per page of a table in the browser (all rows are on the page, paged by _static/book-tables.js)


def _shown(total: int, limit: int | None, source: str | None) -> tuple[int, str]:
    """How many rows to put on the page, and the note that says where the rest are."""
    link = _csv_link(source) if source else ""
    if limit is None or total <= limit:
        return total, f"<p class=\"table-note\">All rows are in {link}.</p>" if link else ""
    where = f" All {total:,} rows are in {link}." if link else ""
    return limit, f"<p class=\"table-note\"><em>The first {limit:,} of {total:,} rows are here.</em>{where}</p>"


def _csv_link(name: str) -> str:
    safe = html.escape(name)
    return f'<a href="../data/{safe}.csv">{safe}.csv</a>'


def key_findings(found: Iterable[findings.Finding], links: reader.Links | None = None) -> None:
    """The chapter's key findings, each linked to the section that shows its evidence and, when it
    quotes a sentence, to that sentence on its article's page (``links``)."""

    def item(f: findings.Finding) -> str:
        evidence = f'<a class="evidence" href="#{html.escape(f.anchor)}">evidence</a>'
        if links is not None and f.where:
            evidence += f' <a class="evidence sentence" href="{html.escape(links.href(*f.where))}">sentence</a>'
        return f"<li>{html.escape(f.text)} {evidence}</li>"

    display(HTML(f'<div class="key-findings"><ul>{"".join(item(f) for f in found)}</ul></div>'))


def downloads(*names: str) -> None:
    """The chapter's data: links to the CSV files its tables and charts come from."""
    links = ", ".join(_csv_link(n) for n in names)
    display(HTML(f'<p class="downloads">The data behind this chapter: {links} (also as JSON Lines).</p>'))


def _wrapped(
    table: str, note: str, caption: str | None, label: str, placeholder: str, anchor: str | None = None
) -> str:
    """A table the book's script makes searchable, sortable and paged (``data-table``); ``anchor``
    is its id, for links that show some of its rows (``voices.speaker_link``)."""
    title = f"<p><strong>{html.escape(caption)}</strong></p>" if caption else ""
    ident = f' id="{html.escape(anchor)}"' if anchor else ""
    return (
        f'<div class="table-wrapper"{ident} data-table data-page-size="{PAGE_SIZE}" data-label="{html.escape(label)}" '
        f'data-placeholder="{html.escape(placeholder)}">{title}{table}{note}</div>'
    )


def table(frame: pd.DataFrame, caption: str | None = None, limit: int | None = None, source: str | None = None) -> None:
    """A table with every cell escaped and written as a reader writes it (``readable``)."""
    shown, note = _shown(len(frame), limit, source)
    rows = [{c: html.escape(readable(v)) for c, v in row.items()} for row in frame.head(shown).to_dict("records")]
    table_html = _table_html(rows, [str(c) for c in frame.columns])
    display(HTML(_wrapped(table_html, note, caption, f"Search {caption or 'this table'}", "words…")))


def listed(items: Iterable[str], most: int = 5) -> str:
    """ "a; b; c": the first ``most`` items, then how many more ("… and 52 more"), so that a
    wire story reprinted by hundreds of outlets does not write all their names into a chart."""
    items = list(items)
    shown = "; ".join(items[:most])
    return shown + (f" and {len(items) - most:,} more" if len(items) > most else "")


def readable(value: object) -> str:
    """A cell as a reader writes it: 3,000,000 not 3e+06, 0.25 not 0.25000001, nothing for a
    missing value (never None or nan), 0 for -0.0, lists joined with commas."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}"
        text = f"{value:,.2f}".rstrip("0").rstrip(".")  # two decimals at most, never 1e-09
        return "0" if float(text.replace(",", "")) == 0 else text
    if isinstance(value, list | tuple):
        return ", ".join(readable(v) for v in value)
    return str(value)


@lru_cache(maxsize=8192)  # a chapter marks thousands of phrases, more than ``re`` keeps compiled
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)" if phrase[0].isalnum() else re.escape(phrase), re.I)


def mark(text: str, phrases: Iterable[str]) -> str:
    """HTML of ``text`` with each of ``phrases`` in <mark> as whole words, everything escaped."""
    spans: list[tuple[int, int]] = []
    for phrase in {p for p in phrases if p}:
        spans.extend(m.span() for m in _phrase_pattern(phrase).finditer(text))
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def timex_cell(value: object, kind: object = "DATE", mod: object = None) -> str:
    """Safe HTML: a TIMEX3 value as words ("26 September 2016"), its value in code beside it."""
    if not isinstance(value, str) or not value:
        return "not resolved"
    words = timex_words(value, kind)
    qualifier = f" ({str(mod).lower().replace('_', ' ')})" if isinstance(mod, str) and mod else ""
    return f"{html.escape(words + qualifier)} <code>{html.escape(value)}</code>"


def check_rows(figures: pd.DataFrame, links: reader.Links | None = None) -> Iterator[dict]:
    """The numbers audit's figures to check as table cells, escaped: the article (a link to the
    figure's sentence on its reader page), the figure as a reader would say it, why to check it,
    and its sentence with the figure marked. Made as they are read (``filterable_table``)."""
    return (
        {
            "article": links.to(r.article_id, r.char_start, r.article) if links else escape(r.article),
            "figure": escape(figure_phrase(r._asdict())),
            "why check": "<br>".join(escape(f) for f in r.flags),
            "sentence": mark(r.sentence, [r.text]),
        }
        for r in figures.itertuples()
    )


STACKED_FROM = 3  # columns: a table this wide reads as one card per row on a phone (book.css)
# columns: a table this wide is set smaller and tighter on a wide screen (book.css), so that a count by
# outlet and kind of source fits the text column (two readers found its last columns cut off at 1280 px)
WIDE_FROM = 8


def _table_html(rows: list[Mapping[str, str]], columns: list[str]) -> str:
    """The table element; each cell carries its column's name, which a phone shows above it when
    the table is stacked: three columns or more in 390 pixels break words letter by letter."""
    # a space after every cell: the page's text (the search's snippets) must not run cells together
    head = "".join(f"<th>{html.escape(c)} </th>" for c in columns)
    labels = {c: html.escape(c) for c in columns}
    body = "".join(
        "<tr>" + "".join(f'<td data-label="{labels[c]}">{row[c]} </td>' for c in columns) + "</tr>\n" for row in rows
    )
    stacked = " stacked" if len(columns) >= STACKED_FROM else ""
    wide = " wide" if len(columns) >= WIDE_FROM else ""
    return f'<table class="dataframe table{stacked}{wide}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


EXPLORER_BYTES = 700_000  # a searchable table's share of a page: with the rest, no page over 2 MB


def rows_to_show(rows: list[Mapping[str, str]], at_least: int, budget: int = EXPLORER_BYTES) -> int:
    """How many of ``rows`` (safe HTML cells) a page holds: every row that fits in ``budget``
    bytes (all of a corpus of a few thousand statements, so that the search reaches them all),
    and never fewer than ``at_least``; beyond, the first rows and a link to the whole table."""
    used = 0
    for i, row in enumerate(rows):
        used += sum(len(cell) + 40 for cell in row.values())  # the cell and its <td data-label>
        if used > budget:
            return max(i, min(at_least, len(rows)))
    return len(rows)


def filterable_table(
    rows: Iterable[Mapping[str, str]],
    columns: list[str],
    label: str = "Search this table",
    placeholder: str = "words…",
    limit: int | None = None,
    source: str | None = None,
    collapsed: str | None = None,
    caption: str | None = None,
    anchor: str | None = None,
    total: int | None = None,
) -> None:
    """A table of safe HTML cells (from ``mark`` or ``escape``), searchable, sortable and paged
    in the browser by the book's own script (no article text is ever put in a script);
    ``collapsed`` puts it behind a summary line the reader opens. ``rows`` may be a generator
    with ``total`` its length: only the rows the page shows are then made (a large archive
    has tens of thousands)."""
    if total is None:
        rows = list(rows)
        total = len(rows)
    shown, note = _shown(total, limit, source)
    page_rows = list(islice(rows, shown))
    table_html = _wrapped(_table_html(page_rows, columns), note, caption, label, placeholder, anchor)
    if collapsed:
        table_html = f"<details><summary>{html.escape(collapsed)}</summary>{table_html}</details>"
    display(HTML(table_html))
