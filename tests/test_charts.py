"""Offline chart HTML: no CDN, and article text cannot break out of the script."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from corpus_utils import charts


def test_script_safe_json_escapes_markup_and_round_trips():
    value = {"t": "</script><img src=x onerror=alert(1)> & \u2028"}
    text = charts.script_safe_json(value)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_offline_renderer_calls_local_vega_embed_without_urls():
    charts.enable()
    chart = (
        alt.Chart(pd.DataFrame({"x": [1], "h": ["</script><script>alert(1)</script>"]}))
        .mark_point()
        .encode(x="x:Q", tooltip="h:N")
    )
    assert alt.renderers.active == charts.RENDERER
    html = alt.renderers.get()(chart.to_dict())["text/html"]
    assert "vegaEmbed" in html
    assert "cdn" not in html.lower() and "<script src" not in html
    assert html.count("</script>") == 1  # only the wrapper's own closing tag


def test_a_bar_says_what_it_rests_on_and_a_thin_one_is_pale():
    """Readers found outlets ranked on two distancing phrases and one headline, the base only on hover."""
    lanes = pd.DataFrame({"outlet": ["Big", "Small"], "rate": [1.0, 2.0], "phrases": [12, 2]})
    base = ("phrases", 10, "phrases")
    spec = charts.based_bars(lanes, "outlet", "rate", "phrases per 100", base, alt.Color("outlet:N")).to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert [(r["_label"], r["_enough"]) for r in rows] == [("Big (12)", True), ("Small (2)", False)]
    assert spec["encoding"]["opacity"]["value"] == charts.THIN and spec["title"][2] == "pale: fewer than 10"
