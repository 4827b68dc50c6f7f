"""Sphinx extension that makes the Jupyter Book work with no internet.

* Serves a local Vega / Vega-Lite / vega-embed bundle (built by ``vl-convert``,
  which ships the libraries) and loads it on every page, for the charts that
  ``corpus_utils.charts`` emits. The bundle is wrapped in a function so that its
  globals do not clash with Sphinx's own scripts; it exports ``window.vegaEmbed``.
* Removes sphinx-thebe's scripts, which Jupyter Book adds even with thebe
  disabled and which name a CDN.
"""

from __future__ import annotations

from pathlib import Path

import vl_convert
from sphinx.application import Sphinx

BUNDLE = f"vega-embed-{vl_convert.__version__}.js"


def write_bundle(folder: Path) -> Path:
    """The vega-embed bundle in ``folder``, built once per vl-convert version."""
    path = folder / BUNDLE
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text("(function () {\n" + vl_convert.javascript_bundle() + "\n})();\n", encoding="utf-8")
        tmp.replace(path)
    return path


def _add_bundle(app: Sphinx) -> None:
    folder = Path(app.outdir).parent / "vendor"
    write_bundle(folder)
    app.config.html_static_path.append(str(folder))
    app.add_js_file(BUNDLE)


def _is_thebe(script: object) -> bool:
    filename = str(getattr(script, "filename", None) or script)
    body = str(getattr(script, "attributes", {}).get("body", ""))
    return "thebe" in filename.lower() or "thebe" in body.lower()


def _drop_thebe(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    if "script_files" in context:
        context["script_files"] = [s for s in context["script_files"] if not _is_thebe(s)]


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("builder-inited", _add_bundle)
    app.connect("html-page-context", _drop_thebe, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
