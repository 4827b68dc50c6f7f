"""The built book in a real browser (Debian's chromium, headless, driven by Playwright).

Every page is opened from a local server with every non-local request blocked and
counted; a page passes with no console error, no request off the machine, and every
chart drawn as SVG or canvas.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import HOSTILE_HEADLINE, ROOT, in_ci

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    if in_ci():
        raise RuntimeError("CI needs Debian's chromium for the browser tests (.ci/run installs it)")
    pytest.skip("no chromium: `apt-get install chromium` to run the browser tests", allow_module_level=True)

from playwright.sync_api import Browser, sync_playwright  # noqa: E402

FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@dataclass
class Visit:
    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    charts: int = 0
    drawn: int = 0
    text: str = ""
    xss: object = None


def visit(browser: Browser, base: str, path: str) -> Visit:
    result = Visit()
    page = browser.new_page()
    page.on("console", lambda m: result.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: result.errors.append(str(e)))

    def route(r):
        if r.request.url.startswith(base):
            r.continue_()
        else:
            result.external.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(f"{base}/{path}", wait_until="load")
    if page.locator(".vega-chart").count():
        page.wait_for_function(
            "[...document.querySelectorAll('.vega-chart')].every(d => d.querySelector('svg, canvas'))",
            timeout=15_000,
        )
    result.charts = page.locator(".vega-chart").count()
    result.drawn = page.locator(".vega-chart svg, .vega-chart canvas").count()
    result.text = page.inner_text("body")
    result.xss = page.evaluate("window.__xss === undefined ? null : window.__xss")
    page.close()
    return result


def test_every_page_loads_offline_with_charts(seeds_book: Path, browser: Browser):
    html = seeds_book / "_build" / "html"
    pages = sorted(
        str(p.relative_to(html)) for p in html.rglob("*.html") if not p.relative_to(html).parts[0].startswith("_")
    )
    assert "book/01_corpus.html" in pages
    total_charts = 0
    with serve(html) as base:
        for path in pages:
            result = visit(browser, base, path)
            assert result.errors == [], (path, result.errors)
            assert result.external == [], (path, result.external)
            assert result.drawn >= result.charts, (path, result.charts, result.drawn)
            total_charts += result.charts
    assert total_charts >= 3


def test_hostile_article_is_shown_as_text_and_runs_nothing(hostile_book: Path, browser: Browser):
    html = hostile_book / "_build" / "html"
    pages = sorted(str(p.relative_to(html)) for p in (html / "book").glob("*.html"))
    with serve(html) as base:
        results = {path: visit(browser, base, f"book/{Path(path).name}") for path in pages}
    assert all(r.xss is None for r in results.values()), {p: r.xss for p, r in results.items()}
    assert all(r.errors == [] for r in results.values())
    corpus_page = results["book/01_corpus.html"]
    assert "<script>window.__xss = 1</script>Hostile" in corpus_page.text
    assert HOSTILE_HEADLINE in corpus_page.text
    assert "<script>window.__xss = 3</script>" in results["book/03_quotes.html"].text  # the quote, as text


def test_tables_search_sort_and_page_in_place(seeds_book: Path, browser: Browser):
    with serve(seeds_book / "_build" / "html") as base:
        page = browser.new_page()
        page.goto(f"{base}/book/03_quotes.html", wait_until="load")
        explorer = page.locator('div.table-wrapper[data-label="Filter statements"]')
        rows = explorer.locator("tbody tr")
        total = rows.count()
        assert total > 20 and explorer.locator("tbody tr:visible").count() == 20  # paged
        assert "1–20 of" in explorer.locator(".table-info").inner_text()
        explorer.locator("button[aria-label='next page']").click()
        assert "21–" in explorer.locator(".table-info").inner_text()
        explorer.locator("input[type=search]").fill("claim")
        shown = explorer.locator("tbody tr:visible").count()
        assert 0 < shown < 20 and "matching" in explorer.locator(".table-info").inner_text()
        explorer.locator("input[type=search]").fill("")
        header = explorer.locator("thead th").nth(1)
        header.click()
        first = explorer.locator("tbody tr:visible td").nth(1).inner_text()
        header.click()
        last = explorer.locator("tbody tr:visible td").nth(1).inner_text()
        assert header.get_attribute("aria-sort") == "descending" and first.lower() <= last.lower()
        page.close()


def test_a_name_in_the_cast_shows_its_statements(seeds_book: Path, browser: Browser):
    """Each name of the cast links to the speaker's statements: a click fills the explorer's
    search with the speaker's id and scrolls there; every row then shown is that speaker's."""
    with serve(seeds_book / "_build" / "html") as base:
        for width in (1280, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"{base}/book/03_quotes.html", wait_until="load")
            cast = page.locator('div.table-wrapper[data-label="Search the cast"]')
            link = cast.locator("a.speaker-link").first
            name, speaker_id = link.inner_text(), link.get_attribute("data-filter")
            statements = int(cast.locator("tbody tr").first.locator("td").nth(4).inner_text())
            link.click()
            explorer = page.locator("div#statements")
            assert explorer.locator("input[type=search]").input_value() == speaker_id
            shown = explorer.locator("tbody tr:visible")
            assert 0 < shown.count() <= statements
            assert all(name in shown.nth(i).locator("td").nth(1).inner_text() for i in range(shown.count()))
            assert page.evaluate("location.hash") == "#statements"
            page.close()


def test_wide_tables_read_as_cards_on_a_phone(seeds_book: Path, browser: Browser):
    """Three or four columns in 390 pixels broke words letter by letter ("Mo na co Ti me s"): at a
    phone width each row of such a table is a card whose cells are at least as wide as their longest
    word, under their column's name; at a desktop width it stays a table."""
    with serve(seeds_book / "_build" / "html") as base:
        for width in (390, 1280):
            cells = []
            for name in CHAPTERS:
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(f"{base}/book/{name}.html", wait_until="load")
                cells += page.evaluate(
                    """() => {
                      const ctx = document.createElement('canvas').getContext('2d');
                      return [...document.querySelectorAll('table.stacked tbody tr')]
                        .filter(tr => tr.offsetParent !== null).slice(0, 40)
                        .flatMap(tr => [...tr.cells].map(td => {
                          const style = getComputedStyle(td);
                          ctx.font = style.font;
                          const longest = Math.max(0, ...td.innerText.split(/\\s+/).map(w => ctx.measureText(w).width));
                          const room = td.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                          const label = getComputedStyle(td, '::before').content;
                          return [style.display, longest <= room + 1, label, td.innerText];
                        }));
                    }"""
                )
                page.close()
            assert len(cells) >= 40, (width, len(cells))
            if width == 390:
                broken = [text for _, whole, _, text in cells if not whole]
                assert not broken, broken[:5]
                assert all(d == "inline-block" and label not in ("none", '""') for d, _, label, _ in cells)
            else:
                assert all(d == "table-cell" for d, *_ in cells)


CHAPTERS = ["01_corpus", "02_timeline", "03_quotes", "04_framing_sentiment", "05_numbers_audit"]
RAW = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|\de[+-]\d|-0\.00\b")  # 3e+06, or 1e+2 on an axis
# TIMEX3 codes a reader cannot read: "2025-W24", "2024-11-02TNI", "FUTURE_REF", "P3Y"
TIMEX_CODE = re.compile(
    r"\b\d{4}-W\d{2}\b|\d{2}T(?:MO|AF|EV|NI)\b|\b(?:PAST|PRESENT|FUTURE)_REF\b|\bPT?[\dX]+[YMWDH]\b"
)


def _read_page(browser: Browser, base: str, path: str, width: int) -> dict:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{base}/{path}", wait_until="load")
    if page.locator(".vega-chart").count():
        page.wait_for_function(
            "[...document.querySelectorAll('.vega-chart')].every(d => d.querySelector('svg, canvas'))",
            timeout=15_000,
        )
    found = page.evaluate(
        """() => {
          const column = document.querySelector('article.bd-article').getBoundingClientRect();
          const charts = [...document.querySelectorAll('.vega-chart svg, .vega-chart canvas')]
            .map(e => e.getBoundingClientRect()).map(r => [r.left - column.left, r.right - column.right]);
          const clipped = [...document.querySelectorAll('.vega-chart svg')].flatMap(svg => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('.role-title text, .role-axis-title text, .role-legend-label text')]
              .filter(t => {
                const r = t.getBoundingClientRect();
                return r.right > box.right + 1 || r.left < box.left - 1;
              })
              .map(t => t.textContent);
          });
          const tables = [...document.querySelectorAll('div.table-wrapper')]
            .map(w => [w.querySelector('table').getBoundingClientRect().width, w.getBoundingClientRect().width]);
          return {
            charts, clipped, tables,
            text: document.querySelector('main').innerText,
            prose: (() => {  // the visible words outside code, where a TIMEX3 value may stand for analysts
              const main = document.querySelector('main').cloneNode(true);
              main.querySelectorAll('code, pre, script, style, [hidden]').forEach(e => e.remove());
              return main.textContent;
            })(),
            empty_sections: [...document.querySelectorAll('main section')].filter(sec => {
              const own = [...sec.children].filter(c => !/^H[1-6]$/.test(c.tagName) && c.tagName !== 'SECTION');
              return !sec.querySelector('section') && own.every(c => !c.innerText.trim());
            }).map(sec => sec.id),
            empty_columns: [...document.querySelectorAll('main table')].flatMap(t => {
              const rows = t.tBodies.length ? [...t.tBodies[0].rows] : [];
              const heads = t.tHead ? [...t.tHead.rows[0].cells].map(c => c.textContent.trim()) : [];
              if (!rows.length) return [];
              return heads.filter((h, i) => rows.every(r => !(r.cells[i] ? r.cells[i].textContent : '').trim()));
            }),
            heads: [...document.querySelectorAll('main table thead th')].map(th => th.textContent.trim()),
            findings: [...document.querySelectorAll('.key-findings li')].map(li => li.innerText),
            evidence: [...document.querySelectorAll('.key-findings a.evidence:not(.sentence)')]
              .map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id)),
            downloads: [...document.querySelectorAll('p.downloads a')].map(a => a.href),
          };
        }"""
    )
    found["status"] = {href: page.request.get(href).status for href in found["downloads"]}
    page.close()
    return found


@pytest.mark.parametrize("width", [1280, 390])
def test_chapters_fit_their_column_and_read_as_written(
    seeds_book: Path, example_book: Path, browser: Browser, width: int
):
    """On the seed book and a book about another story, at a desktop and a phone width: no chart or
    table wider than its column, no chart title cut at the chart's edge, no raw value (None, nan,
    3e+06, 1e+2, -0.00) and no TIMEX3 code outside code in the visible text, no empty section or
    table column, no column named as the code names it ("n_words"), no path of the build machine, no
    article named by its file id, key findings with
    numbers that link to their evidence, CSV files linked."""
    for book in (seeds_book, example_book):
        html = book / "_build" / "html"
        tables = " ".join(p.read_text("utf-8") for p in (book / "_build" / "data").glob("*.csv"))
        articles = (book / "_build" / "data" / "articles.jsonl").read_text("utf-8").splitlines()
        ids = [json.loads(line)["article_id"] for line in articles]
        with serve(html) as base:
            for name in CHAPTERS:
                page = _read_page(browser, base, f"book/{name}.html", width)
                where = (book.name, name, width)
                assert all(left >= -1 and right <= 1 for left, right in page["charts"]), (where, page["charts"])
                assert not page["clipped"], (where, "a chart or axis title cut at the chart's edge", page["clipped"])
                assert all(table <= wrapper + 1 for table, wrapper in page["tables"]), (where, page["tables"])
                assert not RAW.findall(page["text"]), (where, RAW.findall(page["text"])[:5])
                assert not TIMEX_CODE.findall(page["prose"]), (where, TIMEX_CODE.findall(page["prose"])[:5])
                assert page["empty_sections"] == [], (where, "a section with nothing under its heading")
                assert page["empty_columns"] == [], (where, "a table column with nothing in it", page["empty_columns"])
                machine = [h for h in page["heads"] if re.fullmatch(r"[a-z]+(?:_[a-z]+)+", h)]
                assert not machine, (where, "a table column named as the code names it", machine)
                assert not [i for i in ids if i in page["text"]], (where, "an article named by its id, not its label")
                for path in {str(book), str(book.resolve()), str(ROOT)}:
                    assert path not in page["text"] and path not in (html / "book" / f"{name}.html").read_text("utf-8")
                assert len(page["findings"]) >= 3, (where, page["findings"])
                numbers = [n for f in page["findings"] for n in re.findall(r"\d[\d,]*", f)]
                assert all(re.search(r"\d", f) for f in page["findings"]), (where, page["findings"])
                assert any(n.replace(",", "") in tables for n in numbers), (where, numbers)
                assert page["evidence"] == [], (where, page["evidence"])
                assert page["downloads"] and set(page["status"].values()) == {200}, (where, page["status"])


def test_charts_follow_their_column_when_the_window_narrows_and_widens_again(seeds_book: Path, browser: Browser):
    """A window narrowed past the theme's breakpoint and widened again (a reader snapping a window):
    every chart as wide as its column, not as wide as the window's resize event first measured it
    (a reader found every chart drawn 1,648 px wide in a 688 px column, its right side cut off)."""
    with serve(seeds_book / "_build" / "html") as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/book/01_corpus.html", wait_until="load")
        page.wait_for_function(
            "[...document.querySelectorAll('.vega-chart')].every(d => d.querySelector('svg, canvas'))", timeout=15_000
        )
        for width in (900, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_timeout(1500)
        widths = page.evaluate(
            """() => [...document.querySelectorAll('.vega-chart.fit-x')]
                 .map(d => [d.querySelector('svg, canvas').getBoundingClientRect().width, d.clientWidth])"""
        )
        page.close()
    assert widths and all(chart <= column + 1 for chart, column in widths), widths


@pytest.mark.parametrize("width", [1280, 390])
def test_a_row_opens_its_sentence_on_the_articles_reader_page(seeds_book: Path, browser: Browser, width: int):
    """From the quote explorer, one click opens the article's page scrolled to the sentence, marked;
    the page fits the screen, and its key shows one kind of mark at a time."""
    with serve(seeds_book / "_build" / "html") as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(f"{base}/book/03_quotes.html", wait_until="load")
        link = page.locator("#statements a.read").first
        href = link.get_attribute("href")
        assert href and "#s" in href
        link.evaluate("a => a.click()")  # the table may be a card on a phone: click it as a reader would
        page.wait_for_url("**/articles/**")
        state = page.evaluate(
            """() => {
              const s = document.querySelector(':target');
              const box = s.getBoundingClientRect();
              const statements = [...document.querySelectorAll('main .m.q')];
              const filled = e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)';
              const shown = () => statements.filter(filled).length;
              const before = shown();
              document.querySelector('#k-q').click();
              return {
                target: s && s.className, visible: box.top >= 0 && box.top < innerHeight,
                highlight: getComputedStyle(s).backgroundColor, before, after: shown(),
                overflow: document.documentElement.scrollWidth - innerWidth,
              };
            }"""
        )
        page.close()
    assert state["target"] == "s" and state["visible"], state
    assert state["highlight"] != "rgba(0, 0, 0, 0)", state
    assert state["before"] > 0 and state["after"] == 0, state  # the key hides the statements' marks
    assert state["overflow"] <= 0, state


@pytest.mark.parametrize("width", [1280, 390])
def test_reader_pages_read_as_written(seeds_book: Path, example_book: Path, browser: Browser, width: int):
    """Each article's page, on the seed book and a book about another story: the text and its key
    fit the screen, and no raw value or TIMEX3 code stands in the visible words (a date's value is
    in the mark's tooltip, for analysts), no path of the build machine."""
    for book in (seeds_book, example_book):
        pages = sorted((book / "_build" / "html" / "articles").glob("*.html"))
        assert pages
        with serve(book / "_build" / "html") as base:
            for path in pages[:3]:
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(f"{base}/articles/{path.name}", wait_until="load")
                seen = page.evaluate(
                    """() => ({
                      text: document.body.innerText,
                      overflow: document.documentElement.scrollWidth - innerWidth,
                      marks: document.querySelectorAll('main .m').length,
                    })"""
                )
                page.close()
                where = (book.name, path.name, width)
                assert seen["overflow"] <= 0, (where, seen["overflow"])
                assert seen["marks"] > 0, where
                assert not RAW.findall(seen["text"]), (where, RAW.findall(seen["text"])[:5])
                assert not TIMEX_CODE.findall(seen["text"]), (where, TIMEX_CODE.findall(seen["text"])[:5])
                assert str(ROOT) not in seen["text"] and str(book) not in seen["text"], where
