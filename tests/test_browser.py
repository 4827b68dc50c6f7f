"""The built book in a real browser (Debian's chromium, headless, driven by Playwright).

Every page is opened from a local server with every non-local request blocked and
counted; a page passes with no console error, no request off the machine, and every
chart drawn as SVG or canvas.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import HOSTILE_HEADLINE, in_ci

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


def test_quote_explorer_filters_rows(seeds_book: Path, browser: Browser):
    with serve(seeds_book / "_build" / "html") as base:
        page = browser.new_page()
        page.goto(f"{base}/book/03_quotes.html", wait_until="load")
        box = page.locator("input[type=search][id^=filter-]").first
        table = page.locator("table[id^=filter-]").first
        total = table.locator("tbody tr").count()
        box.fill("telegram")
        shown = table.locator("tbody tr:visible").count()
        page.close()
    assert total > shown > 0
