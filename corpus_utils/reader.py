"""Reader pages: each article whole, every sentence an anchor, every extraction marked on it.

A claim in a chapter is one click from the sentence it rests on: the chapters link to
``articles/<page>.html#s<sentence>``, and the page shows the cleaned text with each statement
(speaker, side or kind of source), date (the day it resolves to), figure (unit, hedge,
claimant) and framing word marked in the chapters' colours, a key that shows one kind at a
time, the article's outlet, date, URL and source, and the lines cleaning removed.

The pages are written from the exported tables (extract once, read many) after the book, as
plain static HTML with no script: an archive of 10,000 articles adds 10,000 small files, not
minutes of Sphinx, and a page is as large as its article.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pyarrow.parquet as pq

from corpus_utils.cache import remembered
from corpus_utils.config import CONFIG_FILE
from corpus_utils.numbers import figure_phrase
from corpus_utils.timeline.reading import timex_words

FOLDER = "articles"  # beside the chapters' folder in the HTML output


def page_name(article_id: str) -> str:
    """The file name of an article's page: its id where that is a safe name, else the safe part
    and a hash of the id (two ids never share a page)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "-", article_id).strip(".-")[:120] or "article"
    if safe == article_id:
        return f"{safe}.html"
    return f"{safe}-{hashlib.sha1(article_id.encode()).hexdigest()[:8]}.html"


def sentence_href(article_id: str, sentence_index: int | None = None, base: str = f"../{FOLDER}/") -> str:
    """The link to an article's page, at a sentence when one is given (a chapter's page is one
    folder down from the HTML root, hence ``../``)."""
    anchor = f"#s{int(sentence_index)}" if sentence_index is not None else ""
    return f"{base}{page_name(article_id)}{anchor}"


def article_link(article_id: str, label: object) -> str:
    """Safe HTML: ``label`` linked to the article's reader page."""
    return f'<a class="read" href="{html.escape(sentence_href(article_id))}">{html.escape(str(label))}</a>'


@dataclass(frozen=True)
class Mark:
    start: int  # offsets into the article's cleaned text
    end: int
    kind: str  # q (statement), t (date), n (figure), f (framing)
    note: str  # the tooltip: what the book read here


KINDS = {
    "q": ("statements", "who speaks, for which side"),
    "t": ("dates", "the day each resolves to"),
    "n": ("figures", "unit, hedge and claimant"),
    "f": ("framing", "loaded and distancing words"),
}


def _read_jsonl(path: Path) -> Iterator[dict]:
    return (row for _, row in _read_lines(path))


def _read_lines(path: Path) -> Iterator[tuple[str, dict]]:
    """Each row of a JSON Lines table with its line as written."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield line, json.loads(line)


def _statement_note(q: dict) -> str:
    who = q.get("speaker") or "no speaker found"
    kind = q.get("source_type") if q.get("source_type") not in (None, "unknown") else None
    side = q.get("speaker_side") if q.get("speaker_side") not in (None, "unknown") else None
    about = ", ".join(x for x in (side, kind) if x)
    cue = f" · “{q['cue']}”" if q.get("cue") else ""
    return f"{q.get('kind', 'statement')} · {who}" + (f" ({about})" if about else "") + cue


def _date_note(t: dict) -> str:
    value = t.get("value")
    words = timex_words(value, t.get("type"))
    unresolved = "quoted, said on a day the text does not give" if t.get("anchor") == "speech" else "not resolved"
    return f"{t.get('type', 'DATE').lower()}: {words or unresolved}" + (f" [{value}]" if value else "")


def _figure_note(n: dict) -> str:
    who = n.get("claimant") or "the reporter"
    return f"figure: {figure_phrase(n)} · {n.get('hedge_class', 'none')} hedge · claimed by {who}"


def _phrase_marks(sentence: dict, text: str) -> Iterator[Mark]:
    """The framing words a sentence holds, found again in its text (the tables keep the words)."""
    start, end = int(sentence["char_start"]), int(sentence["char_end"])
    for column, label in (("loaded", "loaded word"), ("distancing", "distancing")):
        for phrase in set(sentence.get(column) or ()):
            pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.I)
            for m in pattern.finditer(text, start, end):
                yield Mark(m.start(), m.end(), "f", f"{label}: {phrase}")


def _article_marks(rows: dict[str, list[dict]], text: str) -> list[Mark]:
    marks = [
        Mark(int(q["char_start"]), int(q["char_end"]), "q", _statement_note(q))
        for q in rows["quotes"]
        if not q.get("scare")
    ]
    marks += [Mark(int(t["char_start"]), int(t["char_end"]), "t", _date_note(t)) for t in rows["timexes"]]
    marks += [Mark(int(n["char_start"]), int(n["char_end"]), "n", _figure_note(n)) for n in rows["numbers"]]
    for sentence in rows["sentences"]:
        marks += _phrase_marks(sentence, text)
    return [m for m in marks if 0 <= m.start < m.end <= len(text)]


def _marked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """HTML of ``text[start:end]`` with the marks over it: the text is cut at every mark's edge
    and each piece wrapped in a span for every mark that covers it (outer marks first), so that
    overlapping marks (a figure inside a statement) need no nesting rule."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out = []
    for a, b in pairwise(cuts):
        piece = html.escape(text[a:b])
        for m in sorted((m for m in inside if m.start <= a and m.end >= b), key=lambda m: (m.start, -m.end))[::-1]:
            piece = f'<span class="m {m.kind}" title="{html.escape(m.note)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _safe_url(url: object) -> str | None:
    """An http(s) URL, or None: a manifest's ``javascript:`` or ``data:`` link never reaches a page."""
    return url if isinstance(url, str) and re.match(r"https?://[^\s\"'<>]+$", url) else None


def _header(article: dict, book: str) -> str:
    facts = [
        article.get("outlet"),
        article.get("published") and f"{article['published']} (date from the {article.get('published_source')})",
        article.get("genre") if article.get("genre") not in (None, "news") else None,
        article.get("wire") and f"agency copy: {article['wire']}",
        article.get("n_words") and f"{int(article['n_words']):,} words",
    ]
    line = " · ".join(html.escape(str(f)) for f in facts if f)
    url = _safe_url(article.get("url"))
    link = ""
    if url:
        link = f'<p class="source"><a href="{html.escape(url)}" rel="nofollow noopener">{html.escape(url)}</a></p>'

    return (
        f'<p class="back"><a href="../index.html">{html.escape(book)}</a></p>'
        f"<h1>{html.escape(article.get('headline') or article['article_id'])}</h1>"
        f'<p class="facts">{line}</p>{link}<p class="id">Article <code>{html.escape(article["article_id"])}</code></p>'
    )


def _key() -> str:
    toggles = "".join(
        f'<input type="checkbox" id="k-{kind}" checked><label for="k-{kind}"><span class="m {kind}">{name}</span> '
        f"<small>{note}</small></label>"
        for kind, (name, note) in KINDS.items()
    )
    return f'{toggles}<p class="hint">Hover or tap a marked passage to see what the book read there.</p>'


def _body(article: dict, rows: dict[str, list[dict]]) -> str:
    text = article.get("text") or ""
    marks = _article_marks(rows, text)
    paragraphs: dict[int, list[str]] = defaultdict(list)
    for s in sorted(rows["sentences"], key=lambda s: int(s["sentence_index"])):
        start, end = int(s["char_start"]), int(s["char_end"])
        paragraphs[int(s.get("paragraph") or 0)].append(
            f'<span class="s" id="s{int(s["sentence_index"])}">{_marked(text, start, end, marks)}</span>'
        )
    return "".join(f"<p>{' '.join(parts)}</p>" for _, parts in sorted(paragraphs.items()))


def _furniture(article: dict) -> str:
    lines = list(zip(article.get("removed") or [], article.get("removed_reasons") or [], strict=False))
    if not lines:
        return "<p>Cleaning removed nothing from this article.</p>"
    items = "".join(
        f"<li>{html.escape(str(line))} <small>({html.escape(str(why))})</small></li>" for line, why in lines
    )
    return f"<details><summary>{len(lines):,} lines removed as site furniture</summary><ul>{items}</ul></details>"


_STYLE = """
body{font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a202c;max-width:46rem;margin:0 auto;
padding:1rem 1.1rem 4rem;overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.25;margin:.4rem 0}
.facts,.source,.id,.back,.hint,small{color:#4a5568;font-size:.9rem}
.source a{word-break:break-all}
input{margin:0 .25rem 0 .8rem}label{cursor:pointer;display:inline-block;margin:.2rem 0}
.s{scroll-margin-top:4rem}.s:target{background:#fefcbf;outline:2px solid #d69e2e;border-radius:3px}
.m.q{background:#e2ecf9;border-bottom:2px solid #3182ce}.m.t{border-bottom:2px solid #38a169}
.m.n{background:#fdebd3;border-radius:2px}.m.f{border-bottom:2px dotted #805ad5;color:#553c9a}
#k-q:not(:checked)~main .m.q{background:none;border:0}#k-t:not(:checked)~main .m.t{border:0}
#k-n:not(:checked)~main .m.n{background:none}#k-f:not(:checked)~main .m.f{border:0;color:inherit}
footer{margin-top:2rem;border-top:1px solid #cbd5e0;padding-top:.6rem}
"""


def render_page(article: dict, rows: dict[str, list[dict]], book: str = "The book") -> str:
    """One article's page (every article text and every value escaped), under the ``book``'s title."""
    title = html.escape(article.get("headline") or article["article_id"])
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f"<style>{_STYLE}</style></head><body><header>{_header(article, book)}</header>{_key()}"
        f"<main>{_body(article, rows)}</main><footer>{_furniture(article)}</footer></body></html>\n"
    )


_TABLES = ("quotes", "timexes", "numbers", "sentences")


def _rows_by_article(
    data_dir: Path, order: dict[str, int], salt: str = ""
) -> Iterator[tuple[dict, dict[str, list[dict]], str]]:
    """Each article with its rows of every table and a digest of their lines (and ``salt``), read side by side:
    the export writes every table in the articles' order, so one article's rows are in memory at
    a time, whatever the archive's size (a row out of that order is passed over, never waited for)."""
    readers = {name: _read_lines(data_dir / f"{name}.jsonl") for name in _TABLES}
    pending: dict[str, tuple[str, dict] | None] = {name: next(readers[name], None) for name in _TABLES}
    for line, article in _read_lines(data_dir / "articles.jsonl"):
        here = order[str(article["article_id"])]
        rows: dict[str, list[dict]] = {name: [] for name in _TABLES}
        lines = hashlib.blake2b(f"{salt}\0{line}".encode(), digest_size=16)
        for name in _TABLES:
            while (entry := pending[name]) is not None and order.get(str(entry[1]["article_id"]), -1) <= here:
                if order.get(str(entry[1]["article_id"])) == here:
                    rows[name].append(entry[1])
                    lines.update(f"{name}\0{entry[0]}".encode())
                pending[name] = next(readers[name], None)
        yield article, rows, lines.hexdigest()


def _article_ids(data_dir: Path) -> list[object]:
    """The articles' ids in table order: one column of the Parquet copy, not every text twice."""
    parquet = data_dir / "articles.parquet"
    if parquet.is_file():
        return pq.read_table(parquet, columns=["article_id"]).column("article_id").to_pylist()
    return [a["article_id"] for a in _read_jsonl(data_dir / "articles.jsonl")]


MADE = Path(".cache") / "reader-pages.json"  # beside the tables: what each page was made from


def write_pages(data_dir: Path, out_dir: Path) -> int:
    """Write every article's page into ``out_dir`` (pages of articles no longer in the tables
    are removed). A page made for the same book title from the same rows (a digest of their
    lines, kept beside the tables in ``MADE`` by ``cache.remembered``, which forgets it when the
    code changes) is not made again: a rebuild after one new article writes one page (and those
    whose speakers the cast now names otherwise). Returns how many pages."""
    out_dir.mkdir(parents=True, exist_ok=True)
    order = {str(a): i for i, a in enumerate(_article_ids(data_dir))}
    settings = data_dir / CONFIG_FILE
    book = (json.loads(settings.read_text("utf-8")) if settings.is_file() else {}).get("title") or "The book"
    written: set[str] = set()
    with remembered(data_dir / MADE) as made:
        for article, rows, lines in _rows_by_article(data_dir, order, book):
            name = page_name(str(article["article_id"]))
            target = out_dir / name
            size = target.stat().st_size if target.is_file() else -1
            if made.get(name) != [lines, size]:
                page = render_page(article, rows, book).encode("utf-8")
                if size != len(page) or target.read_bytes() != page:
                    target.write_bytes(page)
                size = len(page)
            made[name] = [lines, size]
            written.add(name)
    for stale in out_dir.glob("*.html"):
        if stale.name not in written:
            stale.unlink()
    return len(written)


def sentence_index(sentences: Iterable[dict]) -> dict[str, list[tuple[int, int]]]:
    """Per article, its sentences' (start offset, index) in text order: what turns a row's
    character offset into the anchor of its sentence (``locate``)."""
    by: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in sentences:
        by[str(s["article_id"])].append((int(s["char_start"]), int(s["sentence_index"])))
    return {k: sorted(v) for k, v in by.items()}


def locate(index: dict[str, list[tuple[int, int]]], article_id: str, offset: object) -> int | None:
    """The index of the sentence of ``article_id`` that holds character ``offset``."""
    starts = index.get(article_id)
    if not starts or offset is None:
        return None
    try:
        at = int(offset)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    k = bisect.bisect_right(starts, (at, float("inf"))) - 1
    return starts[k][1] if k >= 0 else None


@dataclass(frozen=True)
class Links:
    """Links from a chapter's rows to their sentences on the reader pages."""

    index: dict[str, list[tuple[int, int]]]  # ``sentence_index`` of the corpus

    def href(self, article_id: str, offset: object) -> str:
        """The address of the sentence holding ``offset`` on the article's page."""
        return sentence_href(article_id, locate(self.index, article_id, offset))

    def to(self, article_id: object, offset: object, label: object) -> str:
        """Safe HTML: ``label`` linked to the sentence holding ``offset`` in the article's page."""
        text = html.escape("" if label is None else str(label))
        if not isinstance(article_id, str):
            return text
        return f'<a class="read" href="{html.escape(self.href(article_id, offset))}">{text}</a>'
