"""The out-of-memory path: the cross-article analyses on Parquet with Dask DataFrames give the
chapters' in-memory results."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_utils import report, same_fact
from corpus_utils.export import export
from corpus_utils.timeline import merge_events
from tests.conftest import SEEDS

archive = pytest.importorskip("corpus_utils.archive", exc_type=ImportError)
pytest.importorskip("dask.dataframe")


@pytest.fixture(scope="module", params=["seeds", "synthetic"])
def tables(request, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(request.param)
    corpus = SEEDS if request.param == "seeds" else request.getfixturevalue("synthetic")
    export(corpus, out, progress=False)
    return out


def test_events_merged_a_day_at_a_time_are_the_chapters_merge(tables: Path):
    events = report.records(report.read_table(tables, "events"))
    expected = merge_events([dict(e) for e in events])
    merged = archive.merged_events(tables)
    assert len(merged) == len(expected) > 0
    assert merged["articles"].tolist() == [list(m["articles"]) for m in expected]
    assert merged["sentences"].tolist() == [[list(s) for s in m["sentences"]] for m in expected]


def test_figure_groups_a_family_at_a_time_are_the_audits_groups(tables: Path):
    figures = report.read_table(tables, "numbers")
    kept = figures[~figures["vague"].astype(bool)]
    rows = report.records(kept)
    facts = same_fact.event_facts(report.records(report.read_table(tables, "events")))
    published = report.read_table(tables, "articles").set_index("article_id")["published"].astype(str).to_dict()
    grouped = same_fact.comparable_groups(rows, same_facts=facts.same, dates=facts.dates, published=published)
    expected = dict(zip(kept.index, grouped, strict=True))
    groups = archive.figure_groups(tables, include_vague=False)
    assert archive.same_partition(expected, groups.to_dict())
    assert len(set(expected.values())) < len(expected)  # some figures were grouped: the test compares something
