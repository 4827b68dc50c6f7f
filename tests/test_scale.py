"""Scale: the parallel and Dask engines give byte-identical tables; unchanged build steps are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_utils.build import build
from corpus_utils.export import export
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_two_worker_processes_match_one(synthetic: Path, tmp_path: Path):
    one = export(synthetic, tmp_path / "one", workers=1, progress=False)
    two = export(synthetic, tmp_path / "two", workers=2, progress=False)
    assert one == two and one.articles == 120
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


@pytest.mark.parametrize("corpus_name", ["seeds", "synthetic"])
def test_dask_engine_matches_local_engine(corpus_name: str, synthetic: Path, tmp_path: Path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    corpus = SEEDS if corpus_name == "seeds" else synthetic
    export(corpus, tmp_path / "local", workers=1, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        export(corpus, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, progress=False)
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


def test_rebuild_skips_unchanged_steps_and_reruns_what_a_parameter_changes(tmp_path: Path):
    messages: list[str] = []
    build(SEEDS, tmp_path, say=messages.append)
    messages.clear()
    build(SEEDS, tmp_path, say=messages.append)
    skipped = [m for m in messages if "unchanged, skipped" in m]
    assert len(skipped) == 6  # the export and five chapters
    messages.clear()
    build(SEEDS, tmp_path, params={"tolerance": 0.5}, say=messages.append)
    rerun = [m for m in messages if m.endswith("...") and "run " in m]
    assert rerun == [m for m in rerun if "05_numbers_audit" in m] and rerun
