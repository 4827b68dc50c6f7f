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
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import altair as alt

from corpus_utils import countries
from corpus_utils.config import GREY, MEDIA, PALETTE, UNKNOWN
from corpus_utils.countries import INTERNATIONAL

if TYPE_CHECKING:
    import pandas as pd

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


NARROW = 560  # px: a text column narrower than this is a phone's


def offline_html(spec: dict) -> str:
    """HTML that draws a Vega-Lite spec with the page's local ``vegaEmbed``."""
    payload = script_safe_json(spec)
    chart_id = "vega-" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
    return (
        f'<div id="{chart_id}" class="vega-chart"></div>\n'
        "<script>(function () {\n"
        f"  var spec = {payload};\n"
        # a phone's column: a legend in one column, a colour ramp short enough for the plot's width
        f'  if (document.getElementById("{chart_id}").clientWidth < {NARROW}) {{\n'
        "    spec.config = Object.assign({}, spec.config);\n"
        "    spec.config.legend = Object.assign({}, spec.config.legend, {columns: 1, gradientLength: 120});\n"
        "  }\n"
        # a chart as wide as its column follows the column's width as the page settles, not only the
        # window's resize event, which can fire before the layout has (a window widened past the
        # theme's breakpoint drew the charts 1,648 px wide in a 688 px column)
        f'  function draw() {{ window.vegaEmbed("#{chart_id}", spec, {{"actions": false}})'
        ".then(function (r) {\n"
        f'    var el = document.getElementById("{chart_id}"), w = el.clientWidth;\n'
        '    if (spec.width !== "container" || !window.ResizeObserver) { return; }\n'
        "    new ResizeObserver(function () {\n"
        "      if (el.clientWidth && el.clientWidth !== w) { w = el.clientWidth; r.view.width(w).runAsync(); }\n"
        "    }).observe(el);\n"
        "  }).catch(function (e) { console.error(e); }); }\n"
        '  if (window.vegaEmbed) { draw(); } else { window.addEventListener("load", draw); }\n'
        "})();</script>"
    )


_COMPOSITE = ("facet", "hconcat", "vconcat", "concat", "repeat")


def fit_to_column(spec: dict) -> dict:
    """A spec that fits the page's text column at any screen width: a single view takes the
    column's width (``"container"``, axis labels included), legends go below the plot in two
    columns (one on a phone: ``offline_html``), long labels are cut with an ellipsis (the tooltip has them whole)."""
    out = dict(spec)
    config = dict(out.get("config") or {})
    legend = {"orient": "bottom", "columns": 2, "labelLimit": 150, "titleLimit": 300}
    config["legend"] = {**legend, **config.get("legend", {})}
    config["axisY"] = {"labelLimit": 150, **config.get("axisY", {})}
    config["title"] = {"anchor": "start", "fontSize": 13, **config.get("title", {})}
    out["config"] = config
    if not any(key in out for key in _COMPOSITE):
        out["width"] = "container"
        out["autosize"] = {"type": "fit-x", "contains": "padding"}
    return out


def offline_renderer(spec: dict, **_: object) -> dict[str, str]:
    return {"text/html": offline_html(fit_to_column(spec))}


def enable() -> None:
    """Use the offline renderer and the book's theme for every chart in this kernel."""
    alt.renderers.register(RENDERER, offline_renderer)
    alt.renderers.enable(RENDERER)
    alt.theme.enable("default")


OTHERS = "Others"
MAX_SIDES = 8  # more than this many sides in one chart are unreadable: the smallest are grouped


@dataclass(frozen=True)
class SideScale:
    """How the book names and colours the sides of a corpus: the configuration's labels and
    colours in its order, or (without sides configured) each country's name by how often it
    speaks; beyond ``MAX_SIDES`` the smallest are grouped as "others" and ``note`` says so."""

    labels: dict[str, str]  # side key -> the label shown (grouped keys -> "others")
    order: tuple[str, ...]  # labels, legend order
    colours: tuple[str, ...]  # one per label in ``order``
    grouped: tuple[str, ...] = ()

    def label(self, key: object) -> str:
        key = str(key) if isinstance(key, str) and key else UNKNOWN
        return self.labels.get(key, default_label(key))

    def colour(self, field: str = "side", title: str = "side") -> alt.Color:
        """The same colour for each side in every chart of the book."""
        return alt.Color(f"{field}:N", title=title, scale=alt.Scale(domain=list(self.order), range=list(self.colours)))

    @property
    def note(self) -> str | None:
        if not self.grouped:
            return None
        shown = ", ".join(default_label(k) for k in self.grouped[:12]) + (", …" if len(self.grouped) > 12 else "")
        return f"{len(self.grouped)} sides with the fewest statements are drawn together as “{OTHERS}”: {shown}."


def default_label(key: str) -> str:
    """A side key in words: a country's name, or the key with spaces."""
    if key == INTERNATIONAL:
        return "International bodies"
    country = countries.by_key().get(key)
    if country:
        return country.name
    return key if key != key.lower() else key.replace("_", " ").capitalize()  # an affiliation: "US Senate"


def side_scale(settings: Mapping[str, object], counts: Mapping[str, int], most: int = MAX_SIDES) -> SideScale:
    """The scale for sides with ``counts`` statements each, under the configuration ``settings``
    (``corpus.json``: its ``sides`` with key, label and colour)."""
    configured = {str(s["key"]): s for s in settings.get("sides") or []}  # type: ignore[union-attr]
    present = [k for k, n in counts.items() if n > 0]
    rank = {k: i for i, k in enumerate(configured)}
    special = [k for k in (MEDIA, UNKNOWN) if k in present]  # never grouped: they are not sides of the story
    named = sorted((k for k in present if k not in special), key=lambda k: (-counts[k], k))
    keep = len(named) if len(named) + len(special) <= most else max(1, most - len(special) - 1)
    kept, grouped = named[:keep] + special, named[keep:]
    if configured:
        kept = sorted(kept, key=lambda k: (rank.get(k, len(rank)), k))
    labels = {k: str(configured[k]["label"]) if k in configured else default_label(k) for k in kept}
    labels.update(dict.fromkeys(grouped, OTHERS))
    palette = iter(PALETTE)
    colours = []
    for k in kept:
        fallback = GREY.get(k) or next(palette, GREY["others"])
        colours.append(str(configured[k]["colour"]) if k in configured else fallback)
    order = [labels[k] for k in kept] + ([OTHERS] if grouped else [])
    colours += [GREY["others"]] if grouped else []
    return SideScale(labels, tuple(order), tuple(colours), tuple(grouped))


THIN = 0.3  # the opacity of a bar whose base is under its minimum
BASED_LABEL = alt.Y("_label:N", title=None, axis=alt.Axis(labelLimit=280))  # the label ``with_base`` writes
BASED_OPACITY = alt.condition("datum._enough", alt.value(1.0), alt.value(THIN))


def with_base(data: pd.DataFrame, y: str, column: str, least: int) -> pd.DataFrame:
    """``data`` with its ``y`` labelled with the count in ``column`` that each row rests on
    ("Breitbart (5)"), and whether that count reaches ``least`` (a row under it is drawn pale)."""
    return data.assign(
        _label=[f"{name} ({int(n):,})" for name, n in zip(data[y], data[column], strict=True)],
        _enough=data[column] >= least,
    )


def based_bars(
    data: pd.DataFrame, y: str, x: str, title: str, base: tuple[str, int, str], colour: alt.Color
) -> alt.Chart:
    """One bar per row of ``data`` (its ``y``, drawn in ``colour``): its ``x``, a rate or a mean,
    with its base in brackets after the label ("Breitbart (5)"). ``base``: the column that counts
    what the value rests on, the least that makes it comparable, and the word for what it counts
    (named in the title); a bar under that is pale. Readers found outlets ranked on two distancing
    phrases and one headline, their base only on hover."""
    column, least, unit = base
    pale = f"pale: fewer than {least}" if least > 1 else "pale: none"
    return (
        alt.Chart(with_base(data, y, column, least))
        .mark_bar()
        .encode(
            x=alt.X(f"{x}:Q", title=None),
            y=BASED_LABEL,
            color=colour,
            opacity=BASED_OPACITY,
            tooltip=[
                f"{y}:N",
                alt.Tooltip(f"{x}:Q", title=title, format=".2f"),
                alt.Tooltip(f"{column}:Q", title=unit),
            ],
        )
        .properties(height=alt.Step(18), title=[title, f"in brackets: {unit}", pale])  # short lines: a phone's width
    )
