"""End to end: build the book from seeds/ into a temporary folder and read the pages."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from corpus_utils.build import BuildError, Layout, build, notebooks, publish_static
from corpus_utils.config import load_config
from corpus_utils.reader import page_name
from tests.conftest import EXAMPLE, HOSTILE_HEADLINE, SEEDS

pytestmark = pytest.mark.slow


def test_a_rebuild_publishes_the_books_current_style(tmp_path: Path):
    """Sphinx does not overwrite a static file an earlier build copied: a changed style sheet did not
    reach a rebuilt book (a table stayed 57 px wider than its column)."""
    layout = Layout.for_output(tmp_path)
    (layout.source / "_static").mkdir(parents=True)
    (layout.source / "_static" / "book.css").write_text("th { overflow-wrap: anywhere; }", "utf-8")
    (layout.html / "_static").mkdir(parents=True)
    (layout.html / "_static" / "book.css").write_text("th { }", "utf-8")
    publish_static(layout)
    assert (layout.html / "_static" / "book.css").read_text("utf-8") == "th { overflow-wrap: anywhere; }"


def test_every_chapter_page_exists(seeds_book: Path):
    html = seeds_book / "_build" / "html"
    assert (html / "index.html").is_file()
    for notebook in notebooks():
        assert (html / "book" / f"{notebook.stem}.html").is_file(), notebook.name
        assert (seeds_book / "book" / notebook.name).is_file()


def test_corpus_page_holds_the_article_table(seeds_book: Path):
    page = (seeds_book / "_build" / "html" / "book" / "01_corpus.html").read_text("utf-8")
    articles = [
        json.loads(x) for x in (seeds_book / "_build" / "data" / "articles.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(articles) == 5
    for article in articles:
        assert article["article_id"] in page
        assert article["outlet"] in page
    assert "Parameters of this page" in page


def test_a_headline_without_a_word_vader_scores_is_not_scored_rather_than_neutral(seeds_book: Path):
    """A reader took a 0.00 beside "words counted: none" for a neutral headline: it is no evidence."""
    page = (seeds_book / "_build" / "html" / "book" / "04_framing_sentiment.html").read_text("utf-8")
    rows = [
        json.loads(x) for x in (seeds_book / "_build" / "data" / "articles.jsonl").read_text("utf-8").splitlines()
    ]
    unscored = [r for r in rows if not r["headline_vader_words"]]
    marked = re.findall(r'data-label="headline tone">not scored\s*</td>', page)
    assert unscored and len(marked) == len(unscored)


def test_the_year_strip_says_its_axis_is_not_to_scale(seeds_book: Path):
    """The strip spaces 1830 and 2014 like 2014 and 2015 (one column per year named): a reader took it
    for a time axis."""
    page = (seeds_book / "_build" / "html" / "book" / "02_timeline.html").read_text("utf-8")
    assert "lie before" in page and "year (not to scale)" in page


def test_no_cdn_or_remote_script_in_any_page(seeds_book: Path):
    for page in (seeds_book / "_build" / "html").rglob("*.html"):
        text = page.read_text("utf-8")
        remote = re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"(?:https?:)?//[^\"]+", text)
        assert remote == [], (page.name, remote)
        assert "unpkg.com" not in text and "jsdelivr" not in text and "mathjax" not in text.lower()


def test_tables_are_published_with_the_book(seeds_book: Path):
    data = seeds_book / "_build" / "data"
    assert (data / "articles.csv").is_file() and (data / "sentences.jsonl").is_file()
    published = seeds_book / "_build" / "html" / "data"
    assert (published / "quotes.csv").read_bytes() == (data / "quotes.csv").read_bytes()
    intro = (seeds_book / "_build" / "html" / "book" / "intro.html").read_text("utf-8")
    assert 'href="../data/quotes.csv"' in intro


def test_hostile_markup_is_escaped_in_html(hostile_book: Path):
    page = (hostile_book / "_build" / "html" / "book" / "01_corpus.html").read_text("utf-8")
    assert "<script>window.__xss" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page  # shown as text in the article table
    assert HOSTILE_HEADLINE.split("<img")[0].replace("<", "&lt;").replace(">", "&gt;") in page


def test_failing_notebook_names_notebook_and_cell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import nbformat

    bad = tmp_path / "notebooks"
    bad.mkdir()
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('data_dir = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("raise ValueError('boom')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, bad / "09_broken.ipynb")
    monkeypatch.setattr("corpus_utils.build.notebooks", lambda root=None: [bad / "09_broken.ipynb"])
    with pytest.raises(BuildError, match=r"09_broken.ipynb failed in cell 3 .*ValueError: boom"):
        build(SEEDS, tmp_path / "out", say=lambda m: None)


def test_chapters_run_side_by_side_and_a_failure_still_names_its_cell(tmp_path: Path):
    """Two chapters in two worker processes: both start, the good one finishes with its executed
    copy, and the broken one stops the run with its notebook and cell named."""
    import nbformat

    from corpus_utils.build import Chapter, run_chapters

    def chapter(n: int, name: str, code: str) -> Chapter:
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("import time"), nbformat.v4.new_code_cell(code)]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, tmp_path / name)
        return Chapter(n, tmp_path / name, tmp_path / f"out-{name}", {}, "key")

    good = chapter(2, "01_good.ipynb", "time.sleep(0.5)")
    bad = chapter(3, "02_bad.ipynb", "raise ValueError('boom')")
    started: list[str] = []
    finished: list[str] = []
    with pytest.raises(BuildError, match=r"02_bad.ipynb failed in cell 2 .*ValueError: boom"):
        for done, seconds in run_chapters([good, bad], tmp_path, lambda c: started.append(c.notebook.name), workers=2):
            finished.append(done.notebook.name)
            assert seconds > 0
    assert started == ["01_good.ipynb", "02_bad.ipynb"]  # both were running at once
    assert good.target.is_file()  # a chapter already running is let finish, never cut off mid-write


def test_a_chapter_that_kills_its_worker_stops_the_build_with_a_clear_error(tmp_path: Path):
    import nbformat

    from corpus_utils.build import Chapter, run_chapters

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import os\nos._exit(3)")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "01_dies.ipynb")
    chapter = Chapter(2, tmp_path / "01_dies.ipynb", tmp_path / "out.ipynb", {}, "key")
    with pytest.raises(BuildError, match="worker process stopped"):
        list(run_chapters([chapter, chapter], tmp_path, lambda c: None, workers=2))


def test_a_corpus_with_nothing_to_find_still_builds(tmp_path: Path):
    """One undated article with no quote, date, figure or scored word: every chapter copes."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plain.txt").write_text("A plain headline\n\nThe sky is blue.\n", encoding="utf-8")
    build(corpus, tmp_path / "out", say=lambda m: None)
    html = tmp_path / "out" / "_build" / "html" / "book"
    assert {p.stem for p in html.glob("*.html")} >= {nb.stem for nb in notebooks()}
    assert "No dated event" in (html / "02_timeline.html").read_text("utf-8")


def _page_text(page: Path) -> str:
    """What a reader of the page can see or hover: its text, tooltips and chart data, unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page.read_text("utf-8")))


def test_the_seed_book_keeps_its_title_by_configuration(seeds_book: Path):
    intro = (seeds_book / "_build" / "html" / "book" / "intro.html").read_text("utf-8")
    assert "<title>How the news tells the war" in intro
    assert "5 articles from 5 outlets" in _page_text(seeds_book / "_build" / "html" / "book" / "intro.html")


def test_a_book_about_another_story_is_about_that_story(example_book: Path):
    """The demonstration corpus (saved pages and a corpus.yml): its title, sides and outlets are
    on the pages, and no page talks about the war of the seed corpus."""
    config = load_config(EXAMPLE / "corpus.yml")
    pages = sorted(p for p in (example_book / "_build" / "html").rglob("*.html") if "_static" not in p.parts)
    assert len(pages) >= 7
    intro = _page_text(example_book / "_build" / "html" / "book" / "intro.html")
    assert config.title in intro and "5 articles from 4 outlets" in intro
    for outlet in ("Harbourton Herald", "Metro Wire", "Coastline Daily", "The Harbourton Courier"):
        assert outlet in intro
    quotes = _page_text(example_book / "_build" / "html" / "book" / "03_quotes.html")
    for side in config.sides:
        if side.key != "media":  # no statement in the corpus is a news organisation's
            assert side.label in quotes, side.label
    for page in pages:
        text = page.read_text("utf-8")
        assert page.name == "index.html" or config.title in text, page.name  # index.html only redirects
        war = re.findall(r"\b(?:wars?|Ukrain\w*|Russia\w*|Kremlin|Putin|Zelensk\w*|Moscow|Kyiv)\b", text, re.I)
        assert war == [], (page.name, war[:5])


def test_without_a_configuration_the_charts_compare_affiliations_and_group_the_smallest(tmp_path: Path):
    """No corpus.yml: the largest affiliations are the sides, the speakers of smaller ones keep
    their countries, named in words; past eight, the smallest are drawn together as "Others"
    and the page says which."""
    demonyms = [
        "Kenyan",
        "Brazilian",
        "Chilean",
        "Peruvian",
        "Nigerian",
        "Ghanaian",
        "Indonesian",
        "Thai",
        "Swedish",
        "Polish",
    ]
    lines = [
        f"{d} officials said on Monday that round {j + 1} of the talks had {'failed' if i % 2 else 'ended'}."
        for i, d in enumerate(demonyms)
        for j in range(len(demonyms) - i)
    ]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.txt").write_text("Talks around the world\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    build(corpus, tmp_path / "out", say=lambda m: None)
    page = (tmp_path / "out" / "_build" / "html" / "book" / "03_quotes.html").read_text("utf-8")
    for affiliation in ("Kenyan government", "Brazilian government", "Chilean government"):
        assert f'"{affiliation}"' in page  # a label in the charts' data
    assert "3 sides with the fewest statements are drawn together as “Others”: Thailand, Sweden, Poland" in page


def _reader_links(book: Path) -> list[tuple[Path, str]]:
    """Every link from a chapter to an article's reader page: (the chapter, the href)."""
    pages = sorted((book / "_build" / "html" / "book").glob("*.html"))
    found = r'href="(\.\./articles/[^"]+)"'
    return [(page, href) for page in pages for href in re.findall(found, page.read_text("utf-8"))]


def test_every_article_has_a_reader_page_with_its_whole_text_and_the_chapters_link_to_its_sentences(
    seeds_book: Path,
):
    data = seeds_book / "_build" / "data"
    articles = [json.loads(x) for x in (data / "articles.jsonl").read_text("utf-8").splitlines()]
    sentences = [json.loads(x) for x in (data / "sentences.jsonl").read_text("utf-8").splitlines()]
    for article in articles:
        page = (seeds_book / "_build" / "html" / "articles" / page_name(article["article_id"])).read_text("utf-8")
        text = html.unescape(re.sub(r"<[^>]+>", "", page))
        own = [s for s in sentences if s["article_id"] == article["article_id"]]
        assert all(s["sentence"] in text for s in own)  # the whole text, sentence by sentence
        assert page.count('class="s" id="s') == len(own)  # an anchor for every sentence
    links = _reader_links(seeds_book)
    assert len(links) >= 50
    timeline = (seeds_book / "_build" / "html" / "book" / "02_timeline.html").read_text("utf-8")
    key = re.search(r'class="key-findings".*?</ul>', timeline, re.S)
    assert key and re.search(r'<a class="evidence sentence" href="\.\./articles/[^"]+#s\d+">sentence</a>', key.group())
    for chapter, href in links:
        path, _, anchor = href.partition("#")
        target = (chapter.parent / path).resolve()
        assert target.is_file(), href
        assert not anchor or f'id="{anchor}"' in target.read_text("utf-8"), href


def test_a_reader_page_escapes_the_article_and_links_no_script(hostile_book: Path):
    pages = list((hostile_book / "_build" / "html" / "articles").glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        text = page.read_text("utf-8")
        assert "<script" not in text and "<img src=x" not in text and "javascript:" not in text


def test_the_front_page_opens_with_the_chapters_findings_linked_to_their_evidence(seeds_book: Path):
    intro = (seeds_book / "_build" / "html" / "book" / "intro.html").read_text("utf-8")
    section = intro.split('id="what-the-book-found"', 1)[1].split('id="what-is-in-it"', 1)[0]
    items = [i for i in re.findall(r"<li>(.*?)</li>", section, re.S) if ">evidence<" in i]
    assert 5 <= len(items) <= 8
    chapters = {m for item in items for m in re.findall(r'href="(0\d_[a-z_]+\.html)', item)}
    assert len(chapters) == 5  # a finding from every chapter, each linked to it
    assert intro.index("what-the-book-found") < intro.index("how-to-read-it")  # findings before the method


def _published(book: Path) -> dict[str, bytes]:
    """The book's chapter and reader pages and its tables, as a reader downloads them (less the
    ``?v=`` Sphinx adds to a stylesheet's address when it builds on an earlier build)."""
    html_root = book / "_build" / "html"
    files = [*(html_root / "book").glob("*.html"), *(html_root / "articles").glob("*.html")]
    files += [p for p in (html_root / "data").iterdir() if p.suffix in {".jsonl", ".csv", ".parquet"}]
    return {str(p.relative_to(html_root)): re.sub(rb"\?v=[0-9a-f]+", b"", p.read_bytes()) for p in files}


@pytest.mark.slow
def test_a_book_rebuilt_after_an_article_is_added_is_the_book_built_from_nothing(seeds_book: Path, tmp_path: Path):
    """What a rebuild keeps (extracted articles, the pairs compared, term counts, reader pages,
    the chapters' workers) changes nothing a reader sees."""
    import shutil

    corpus = tmp_path / "seeds"  # the chapters name the corpus by its folder
    shutil.copytree(SEEDS, corpus)
    last = sorted(corpus.glob("*.txt"))[-1]
    held = last.read_bytes()
    last.unlink()
    out = tmp_path / "book"
    build(corpus, out, say=lambda m: None)
    last.write_bytes(held)  # today's article
    said: list[str] = []
    build(corpus, out, say=said.append)
    assert any("export tables" in m and "done" in m for m in said)  # it was a rebuild, not skipped
    assert _published(out) == _published(seeds_book)


def test_the_search_index_stems_words_as_the_pure_python_stemmer_does(seeds_book: Path):
    """Sphinx stems each page's words for the book's search with PyStemmer when it is installed
    (a project dependency, for speed): the stems must be those of snowballstemmer's own Porter
    stemmer, so the search index is the same as without it."""
    pytest.importorskip("Stemmer", reason="pystemmer is not installed here (make test installs it)")
    import snowballstemmer
    from snowballstemmer.porter_stemmer import PorterStemmer

    pages = " ".join(p.read_text("utf-8") for p in (seeds_book / "_build" / "html").rglob("*.html"))
    words = sorted({w.lower() for w in re.findall(r"\w+", pages)})
    assert len(words) > 1000
    installed = snowballstemmer.stemmer("porter")
    assert type(installed).__module__ == "Stemmer"  # the compiled stemmer is the one Sphinx gets
    assert installed.stemWords(words) == [PorterStemmer().stemWord(w) for w in words]
