"""Corpus inputs other than text files: saved pages, article dumps and web archives.

Every page, row and record here is written for the tests. The same article given as a
text file, a page, a dump row and an archive record must give the same quotes, figures and
temporal expressions.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from corpus_utils.articles import CorpusError
from corpus_utils.export import export
from corpus_utils.sources import list_sources, load_corpus, url_id
from tests.conftest import write_article

HEADLINE = "Port strike ends after nine days"
PARAGRAPHS = [
    "The strike at the city port ended on Tuesday, the union said.",
    "“We have a deal that keeps 300 jobs,” said union leader Ana Ruiz.",
    "The port authority said about 40 ships had waited offshore since March 3.",
]

PAGE = f"""<!doctype html>
<html><head>
<title>{HEADLINE} | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2025-03-11T10:00:00Z">
<script>window.__xss = 1; document.write("INJECTED");</script>
<style>body {{ color: red }}</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<div class="ad">Advertisement: Buy cheap ferry tickets now</div>
<article>
<h1>{HEADLINE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<!-- a comment that is not article text -->
<aside><h3>Related stories</h3><ul><li><a href="/a">Ferry fares rise again</a></li></ul></aside>
<footer>Copyright The Harbour Times. All rights reserved.</footer>
</body></html>
"""


def _warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> None:
    """A WARC file of (url, status, content type, body) HTTP responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def _statements(out: Path) -> dict[str, list]:
    rows = {
        t: [json.loads(x) for x in (out / f"{t}.jsonl").read_text("utf-8").splitlines()]
        for t in ("quotes", "numbers", "timexes")
    }
    return {
        "quotes": sorted((q["quote"], q["speaker"], q["kind"]) for q in rows["quotes"]),
        "numbers": sorted((n["text"], n["unit"], n["claimant"]) for n in rows["numbers"]),
        "timexes": sorted((t["text"], t["value"]) for t in rows["timexes"]),
    }


def test_a_page_gives_its_article_only_with_title_date_and_outlet(tmp_path: Path):
    write_article(tmp_path / "c", "strike.html", PAGE)
    corpus = load_corpus(tmp_path / "c")
    (article,) = corpus.articles
    assert article.headline == HEADLINE
    assert list(article.paragraphs) == PARAGRAPHS
    assert (article.published, article.published_source, article.outlet) == ("2025-03-11", "html", "The Harbour Times")
    for furniture in ("cookies", "Advertisement", "Related", "Copyright", "INJECTED", "Home", "comment"):
        assert furniture not in article.text


def test_a_dump_with_unusual_column_names_and_broken_rows(tmp_path: Path):
    dump = tmp_path / "export.jsonl"
    rows = [
        {
            "guid": "strike-1",
            "Headline": HEADLINE,
            "Body": "\n\n".join(PARAGRAPHS),
            "pubDate": "2025-03-11",
            "Publisher": "The Harbour Times",
        },
        "this line is not JSON",
        {"guid": "empty", "Headline": "Nothing", "Body": ""},
        [1, 2, 3],
    ]
    dump.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    sources, problems = list_sources(dump, {})
    assert [s.article_id for s in sources] == ["strike-1"]
    assert sorted(p.problem for p in problems) == ["empty text", "not a JSON object", "not a JSON object"]
    (article,) = load_corpus(dump).articles
    assert (article.headline, article.outlet, article.published_source) == (HEADLINE, "The Harbour Times", "dump")


def test_a_dump_without_a_text_column_is_one_clear_error(tmp_path: Path):
    dump = tmp_path / "export.csv"
    dump.write_text("id,title,summary\n1,A,B\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no text column"):
        list_sources(dump, {})


def test_a_web_archive_gives_its_html_pages_only(tmp_path: Path):
    archive = tmp_path / "crawl.warc.gz"
    _warc(
        archive,
        [
            ("https://harbour.example/news/port-strike-ends", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
            ("https://harbour.example/img/port.jpg", "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0 not really a jpeg"),
            ("https://harbour.example/old-url", "301 Moved Permanently", "text/html", b"<a href='/news'>moved</a>"),
        ],
    )
    sources, problems = list_sources(archive, {})
    assert [s.url for s in sources] == ["https://harbour.example/news/port-strike-ends"] and not problems
    assert sources[0].article_id == url_id("https://harbour.example/news/port-strike-ends")
    (article,) = load_corpus(archive).articles
    assert article.url == "https://harbour.example/news/port-strike-ends" and article.headline == HEADLINE


def test_a_broken_archive_is_a_problem_not_a_crash(tmp_path: Path):
    folder = tmp_path / "c"
    write_article(folder, "good.txt", f"{HEADLINE}\n\n" + "\n\n".join(PARAGRAPHS))
    (folder / "broken.warc").write_bytes(b"WARC/1.0\r\nthis is not a record\r\n\r\n")
    summary = export(folder, tmp_path / "out", progress=False)
    problems = [json.loads(x) for x in (tmp_path / "out" / "problems.jsonl").read_text("utf-8").splitlines()]
    assert summary.articles == 1 and [p["path"] for p in problems] == ["broken.warc"]


def test_the_same_article_as_text_page_row_and_record_gives_the_same_statements(tmp_path: Path):
    text = tmp_path / "text"
    write_article(text, "strike.txt", f"{HEADLINE}\n\n" + "\n\n".join(PARAGRAPHS))
    (text / "manifest.csv").write_text("article_id,published\nstrike,2025-03-11\n", encoding="utf-8")
    page = tmp_path / "page"
    write_article(page, "strike.html", PAGE)
    dump = tmp_path / "dump.csv"
    with dump.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [("id", "title", "text", "date"), ("strike", HEADLINE, "\n\n".join(PARAGRAPHS), "2025-03-11")]
        )
    archive = tmp_path / "crawl.warc"
    _warc(archive, [("https://harbour.example/news/strike", "200 OK", "text/html", PAGE.encode())])
    results = []
    for name, corpus in (("text", text), ("page", page), ("dump", dump), ("archive", archive)):
        export(corpus, tmp_path / f"out-{name}", progress=False)
        results.append(_statements(tmp_path / f"out-{name}"))
    assert results[0]["quotes"] and results[0]["numbers"] and results[0]["timexes"]
    assert all(r == results[0] for r in results[1:])
