"""Altair charts that draw offline, and a chart theme for the book.

Altair's default HTML output loads vega, vega-lite and vega-embed from a CDN, so a
book read without internet shows blank charts. The ``offline`` renderer instead
emits a ``<div>`` and a call to the global ``vegaEmbed``, which the book's Sphinx
extension (``corpus_utils.sphinx_offline``) serves from a local bundle.

Charts carry article text (headlines, sentences in tooltips), which is untrusted:
the spec is embedded as JSON with ``<``, ``>`` and ``&`` escaped, so no string in
it can close the ``<script>`` element or open a tag.
"""

from __future__ import annotations

import hashlib
import json

import altair as alt

from corpus_utils.actors import SIDES

RENDERER = "offline"


def script_safe_json(value: object) -> str:
    """JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def offline_html(spec: dict) -> str:
    """HTML that draws a Vega-Lite spec with the page's local ``vegaEmbed``."""
    payload = script_safe_json(spec)
    chart_id = "vega-" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
    return (
        f'<div id="{chart_id}" class="vega-chart"></div>\n'
        "<script>(function () {\n"
        f"  var spec = {payload};\n"
        f'  function draw() {{ window.vegaEmbed("#{chart_id}", spec, {{"actions": false}})'
        ".catch(function (e) { console.error(e); }); }\n"
        '  if (window.vegaEmbed) { draw(); } else { window.addEventListener("load", draw); }\n'
        "})();</script>"
    )


def offline_renderer(spec: dict, **_: object) -> dict[str, str]:
    return {"text/html": offline_html(spec)}


def enable() -> None:
    """Use the offline renderer and the book's theme for every chart in this kernel."""
    alt.renderers.register(RENDERER, offline_renderer)
    alt.renderers.enable(RENDERER)
    alt.theme.enable("default")


SIDE_COLOURS = ("#2b6cb0", "#c53030", "#6b46c1", "#718096", "#b7791f", "#cbd5e0")


def side_colour(field: str = "speaker_side", title: str = "side") -> alt.Color:
    """The same colour for each side of the conflict in every chart of the book."""
    return alt.Color(f"{field}:N", title=title, scale=alt.Scale(domain=list(SIDES), range=list(SIDE_COLOURS)))
