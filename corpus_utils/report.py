"""What a chapter notebook calls to read the tables and show results safely.

Chapters hold narrative, tables and charts; this module holds the little logic they
share: reading the exported tables into pandas, showing the parameters that produced
a page, and putting text from articles on the page escaped (article text is
untrusted; see ``corpus_utils.charts`` for charts).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

from corpus_utils import charts
from corpus_utils.config import CONFIG_FILE
from corpus_utils.export import COLUMNS

LANES = 30  # above this many articles, charts compare outlets instead of single articles


def lane(articles: pd.DataFrame) -> str:
    """The column charts compare: each article in a small corpus, each outlet in a large one."""
    return "article_id" if len(articles) <= LANES else "outlet"


def with_outlets(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """A table with its article's outlet ("unknown outlet" when the manifest gives none)."""
    outlets = articles.set_index("article_id")["outlet"].fillna("unknown outlet")
    return frame.assign(outlet=frame["article_id"].map(outlets).fillna("unknown outlet"))


def setup() -> None:
    """Offline charts and readable tables for a chapter."""
    charts.enable()
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 200)


def read_table(data_dir: str | Path, name: str) -> pd.DataFrame:
    """One exported table as a DataFrame, with its contract columns even when empty."""
    path = Path(data_dir) / f"{name}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: table not found; run `python -m corpus_utils export` first")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return pd.DataFrame.from_records(rows, columns=list(COLUMNS.get(name, ())) or None)


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


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts with ``None`` (not NaN) for missing cells, for corpus_utils functions."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def show_parameters(params: Mapping[str, object]) -> None:
    """A note naming the parameters that produced this page."""
    items = "".join(
        f"<li><code>{html.escape(k)}</code> = <code>{html.escape(repr(v))}</code></li>" for k, v in params.items()
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


def _shown(total: int, limit: int | None, source: str | None) -> tuple[int, str]:
    """How many rows to show, and the note that says where the rest are."""
    if limit is None or total <= limit:
        return total, ""
    name = html.escape(source or "")
    where = f' All {total:,} rows are in <a href="../data/{name}.csv">{name}.csv</a>.' if source else ""
    return limit, f"<p><em>Showing the first {limit:,} of {total:,} rows.</em>{where}</p>"


def table(frame: pd.DataFrame, caption: str | None = None, limit: int | None = None, source: str | None = None) -> None:
    """A table with every cell escaped and no index column; at most ``limit`` rows."""
    shown, note = _shown(len(frame), limit, source)
    body = frame.head(shown).to_html(index=False, escape=True, border=0, classes="dataframe table", na_rep="")
    title = f"<p><strong>{html.escape(caption)}</strong></p>" if caption else ""
    display(HTML(f'<div class="table-wrapper">{title}{body}{note}</div>'))


def mark(text: str, phrases: Iterable[str]) -> str:
    """HTML of ``text`` with each of ``phrases`` in <mark> as whole words, everything escaped."""
    spans: list[tuple[int, int]] = []
    for phrase in {p for p in phrases if p}:
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)" if phrase[0].isalnum() else re.escape(phrase), re.I)
        spans.extend(m.span() for m in pattern.finditer(text))
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _rows_html(rows: list[Mapping[str, str]], columns: list[str]) -> tuple[str, str]:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{row[c]}</td>" for c in columns) + "</tr>" for row in rows)
    return head, body


def html_table(
    rows: list[Mapping[str, str]], columns: list[str], limit: int | None = None, source: str | None = None
) -> None:
    """A table whose cells are already-safe HTML (from ``mark``); headers are escaped."""
    shown, note = _shown(len(rows), limit, source)
    head, body = _rows_html(rows[:shown], columns)
    display(
        HTML(
            f'<div class="table-wrapper"><table class="dataframe table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>{note}</div>"
        )
    )


def filterable_table(
    rows: list[Mapping[str, str]],
    columns: list[str],
    label: str = "Filter rows",
    placeholder: str = "words…",
    limit: int | None = None,
    source: str | None = None,
) -> None:
    """A table of safe HTML cells (from ``mark`` or ``escape``) with a search box.

    The script names only the table's generated id, never article text, so it stays
    safe whatever the cells hold.
    """
    shown, note = _shown(len(rows), limit, source)
    head, body = _rows_html(rows[:shown], columns)
    table_id = "filter-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:10]
    display(
        HTML(
            f'<div class="table-wrapper"><label>{html.escape(label)}: '
            f'<input type="search" id="{table_id}-q" placeholder="{html.escape(placeholder)}"></label> '
            f'<span id="{table_id}-n">{shown} rows</span>'
            f'<table class="dataframe table" id="{table_id}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"
            "<script>(function () {\n"
            f'  var q = document.getElementById("{table_id}-q"), n = document.getElementById("{table_id}-n");\n'
            f'  var rows = document.querySelectorAll("#{table_id} tbody tr");\n'
            '  q.addEventListener("input", function () {\n'
            "    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0;\n"
            "    rows.forEach(function (tr) {\n"
            "      var text = tr.textContent.toLowerCase();\n"
            "      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });\n"
            '      tr.style.display = ok ? "" : "none"; if (ok) { shown += 1; }\n'
            "    });\n"
            '    n.textContent = shown + " of " + rows.length + " rows";\n'
            "  });\n"
            "})();</script></div>"
        )
    )
