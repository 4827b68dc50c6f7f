"""Saved web pages as articles: the main text, title, site name and date of a news page.

A page carries far more than its article: navigation, cookie banners, advertisements,
related links, comments, scripts. Rather than rules of its own, the project uses
trafilatura, an extraction library with its own evaluation set, for the main text, title
and site name, and its companion htmldate for the publication date (meta tags, JSON-LD,
the URL). Both work on the bytes given to them: nothing is fetched and nothing in the page
is executed. The text-file cleaning rules of ``articles`` are not applied to pages.
"""

from __future__ import annotations

import logging

from corpus_utils.articles import Article, ManifestRow, assemble, decode
from corpus_utils.cleaning import standard_quotation_marks
from corpus_utils.errors import ArticleError

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings name no article; ours do
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def parse_page(article_id: str, data: bytes, meta: ManifestRow | None = None, url: str | None = None) -> Article:
    """One article from the bytes of a saved HTML page (pure: no I/O, no network)."""
    from trafilatura import bare_extraction  # imported here: loading it costs a second, text corpora skip it

    html, encoding, _ = decode(data)
    try:
        document = bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # a library reading hostile markup: any failure is this page's problem
        raise ArticleError(f"unreadable page ({type(exc).__name__})") from None
    found = document.as_dict() if document is not None else {}
    lines = (standard_quotation_marks(line).strip() for line in (found.get("text") or "").splitlines())
    paragraphs = [line for line in lines if line]
    title = standard_quotation_marks((found.get("title") or "").strip())
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # trafilatura repeats the page's <h1> as the first line
    if not paragraphs:
        raise ArticleError("no article text found in the page")
    if not title:  # no <title> or <h1>: the first line is the headline
        title, paragraphs = paragraphs[0], paragraphs[1:] or paragraphs
    return assemble(
        article_id,
        title,
        tuple(paragraphs),
        meta,
        outlet=(found.get("sitename") or "").strip() or None,
        published=found.get("date") or None,
        published_source="html" if found.get("date") else None,
        url=url or found.get("url") or None,
        encoding=encoding,
        notes=() if encoding == "utf-8" else (f"not UTF-8; read as {encoding}",),
    )
