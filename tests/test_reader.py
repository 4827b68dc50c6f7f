"""Reader pages: an article whole, its sentences anchored, what the book read marked on it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_utils.reader import Links, Mark, _marked, locate, page_name, render_page, sentence_index, write_pages
from corpus_utils.timeline.reading import as_read, set_as_read

TEXT = "Ann Roe said 40 people died on Monday. The war <b>goes</b> on."
ARTICLE = {
    "article_id": "a/1",
    "headline": "Roe & the <war>",
    "outlet": "Herald",
    "published": "2016-09-30",
    "published_source": "manifest",
    "url": "javascript:alert(1)",
    "genre": "news",
    "wire": None,
    "n_words": 12,
    "text": TEXT,
    "removed": ["Share this"],
    "removed_reasons": ["share/subscribe furniture"],
}
ROWS = {
    "sentences": [
        {"article_id": "a/1", "sentence_index": 0, "paragraph": 0, "char_start": 0, "char_end": 38,
         "loaded": [], "distancing": []},
        {"article_id": "a/1", "sentence_index": 1, "paragraph": 1, "char_start": 39, "char_end": len(TEXT),
         "loaded": ["war"], "distancing": []},
    ],
    "quotes": [{"char_start": 13, "char_end": 37, "kind": "indirect", "speaker": "Ann Roe", "speaker_side": "unknown",
                "source_type": "official", "cue": "say", "scare": False}],
    "timexes": [{"char_start": 31, "char_end": 37, "type": "DATE", "value": "2016-09-26"}],
    "numbers": [{"char_start": 13, "char_end": 15, "text": "40", "value": 40.0, "unit": "person", "hedge": None,
                 "hedge_class": "none", "kind": "count", "claimant": "Ann Roe"}],
}


def test_a_page_holds_the_text_escaped_its_anchors_and_what_the_book_read():
    page = render_page(ARTICLE, ROWS)
    assert 'id="s0"' in page and 'id="s1"' in page
    assert "&lt;b&gt;goes&lt;/b&gt;" in page and "<b>goes" not in page  # article text is text
    assert "Roe &amp; the &lt;war&gt;" in page
    assert "javascript:" not in page  # only http(s) links reach a page
    assert "26 September 2016" in page and "[2016-09-26]" in page  # a date as read, its value for analysts
    assert "claimed by Ann Roe" in page and "indirect · Ann Roe (official)" in page
    assert "loaded word: war" in page and "Share this" in page


def test_overlapping_marks_cut_the_text_without_losing_a_character():
    marks = [Mark(0, 10, "q", "outer"), Mark(4, 6, "n", "inner"), Mark(8, 14, "t", "across")]
    out = _marked("0123456789abcdef", 0, 16, marks)
    assert out.count('title="outer"') == 4 and out.count('title="across"') == 2  # cut at 4, 6, 8 and 10
    assert re.sub(r"<[^>]+>", "", out) == "0123456789abcdef"


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6))
@settings(max_examples=200, deadline=None)
def test_any_text_and_any_marks_render_the_text_and_only_the_text(text: str, spans: list[tuple[int, int]]):
    marks = [Mark(a, b, "q", "<x>") for a, b in spans if a < b <= len(text)]
    out = _marked(text, 0, len(text), marks)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert "<x>" not in out


def test_a_page_name_is_safe_and_unique():
    assert page_name("nyt_2016-09-30_keep") == "nyt_2016-09-30_keep.html"
    odd = [page_name(x) for x in ("a/1", "a 1", "../etc/passwd", "")]
    assert len(set(odd)) == 4 and all("/" not in n and not n.startswith(".") for n in odd)


def test_a_row_links_to_the_sentence_holding_its_offset():
    index = sentence_index(ROWS["sentences"])
    assert locate(index, "a/1", 0) == 0 and locate(index, "a/1", 45) == 1 and locate(index, "b", 3) is None
    link = Links(index).to("a/1", 45, "Herald <30 Sep>")
    assert f'href="../articles/{page_name("a/1")}#s1"' in link and "&lt;30 Sep&gt;" in link


def _tables(tmp_path: Path) -> Path:
    """The tables of one article (``ARTICLE`` and its ``ROWS``) in a data folder."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "articles.jsonl").write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    for name, rows in ROWS.items():
        (data / f"{name}.jsonl").write_text("".join(json.dumps({"article_id": "a/1", **r}) + "\n" for r in rows))
    return data


def test_pages_are_written_for_the_tables_articles_and_stale_ones_removed(tmp_path: Path):
    data = _tables(tmp_path)
    out = tmp_path / "articles"
    out.mkdir()
    (out / "gone.html").write_text("old")
    assert write_pages(data, out) == 1
    assert sorted(p.name for p in out.iterdir()) == [page_name("a/1")]


def test_a_page_is_made_again_only_when_its_rows_or_its_file_changed(tmp_path: Path, monkeypatch):
    from corpus_utils import reader

    data = _tables(tmp_path)
    out = tmp_path / "articles"
    write_pages(data, out)
    page = out / page_name("a/1")
    first = page.read_text("utf-8")
    made: list[str] = []
    real = reader.render_page
    monkeypatch.setattr(reader, "render_page", lambda *a: made.append("page") or real(*a))
    write_pages(data, out)
    assert made == []  # the same rows: not made again
    page.write_text("edited by hand", "utf-8")
    write_pages(data, out)
    assert made == ["page"] and page.read_text("utf-8") == first  # a page changed on disk is made again
    quotes = data / "quotes.jsonl"
    quotes.write_text(quotes.read_text("utf-8").replace('"speaker": "', '"speaker": "Dr '), "utf-8")
    write_pages(data, out)
    assert made == ["page", "page"] and page.read_text("utf-8") != first  # new rows: a new page


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2016-09-26", "26 September 2016"),
        ("2016-09", "September 2016"),
        ("2025-W24", "week 24 of 2025"),
        ("2024-11-02TNI", "the night of 2 November 2024"),
        ("FUTURE_REF", "in the future"),
        ("P3Y", "three years"),
        ("PXY", "some years"),
        ("201", "the 2010s"),
        ("20", "the 21st century"),
        ("2016-SU", "summer 2016"),
    ],
)
def test_a_timex_value_reads_as_words(value: str, words: str):
    assert as_read(value) == words


def test_a_repeated_time_reads_as_every():
    assert set_as_read("XXXX-WXX-7") == "every Sunday"
    assert set_as_read("P1D") == "every day" and set_as_read("P2W") == "every two weeks"


def test_a_row_of_an_unknown_article_is_passed_over(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "articles.jsonl").write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    for name, rows in ROWS.items():
        stray = json.dumps({**rows[0], "article_id": "elsewhere"}) + "\n"
        own = "".join(json.dumps({"article_id": "a/1", **r}) + "\n" for r in rows)
        (data / f"{name}.jsonl").write_text(stray + own, encoding="utf-8")
    assert write_pages(data, tmp_path / "articles") == 1
    assert 'id="s1"' in (tmp_path / "articles" / page_name("a/1")).read_text("utf-8")
