"""Screenshots of every page of a built book at a desktop and a phone width, for review.

    python benchmarks/screenshots.py _build/html shots/            # every chapter, 1280 and 390 px
    python benchmarks/screenshots.py _build/html shots/ --pages 03_quotes

The project's rule is to look at what it builds: each page is opened in Debian's chromium
(as the browser tests do), charts are given time to draw, and the whole page is saved as
``NAME-WIDTH.png``; console errors are printed. Nothing here is asserted: the tests do that.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

WIDTHS = (1280, 390)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", type=Path, help="the book's HTML folder (_build/html)")
    ap.add_argument("out", type=Path, help="folder for the PNG files")
    ap.add_argument("--pages", nargs="*", help="page names without .html (default: every page in book/)")
    args = ap.parse_args(argv)
    pages = args.pages or sorted(p.stem for p in (args.html / "book").glob("*.html"))
    args.out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--headless=new"])
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m, seen=errors: seen.append(m.text) if m.type == "error" else None)
            for name in pages:
                page.goto((args.html / "book" / f"{name}.html").resolve().as_uri(), wait_until="load")
                page.wait_for_timeout(1500)  # charts draw after load
                page.screenshot(path=str(args.out / f"{name}-{width}.png"), full_page=True)
            print(f"{width} px: {len(pages)} pages, console errors: {errors or 'none'}")
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
