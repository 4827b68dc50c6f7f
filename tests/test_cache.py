"""The per-article extraction cache: an export after adds, edits and deletions writes the same
bytes as a full export of the same corpus, and extracts only what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_utils import cache
from corpus_utils.config import CorpusConfig
from corpus_utils.export import export
from tests.conftest import SEEDS


def _entries(out: Path) -> int:
    """The entries an export's cache holds (its records, whether or not they read back)."""
    return sum(cache.ExtractCache(out, CorpusConfig(), follow_links=False).records.values())


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*")) if p.suffix in {".jsonl", ".csv", ".parquet"}}


def _same_as_full_export(corpus: Path, out: Path, tmp_path: Path) -> None:
    full = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
    export(corpus, full, force=True)
    assert _tables(out) == _tables(full)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.mark.parametrize("pack_bytes", [cache.PACK_BYTES, 1], ids=["small packs", "an entry a full pack"])
def test_adds_edits_and_deletions_extract_only_what_changed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pack_bytes: int
):
    monkeypatch.setattr(cache, "PACK_BYTES", pack_bytes)  # packs copied at each export, or kept
    out = tmp_path / "out"
    articles = sorted(corpus.glob("*.txt"))
    assert export(corpus, out).extracted == len(articles)
    assert export(corpus, out).extracted == 0  # nothing changed: nothing extracted
    _same_as_full_export(corpus, out, tmp_path)

    added = corpus / "zz-added.txt"
    added.write_text(articles[0].read_text("utf-8").replace("Ukraine", "Ukraine's north", 1), encoding="utf-8")
    assert export(corpus, out).extracted == 1
    _same_as_full_export(corpus, out, tmp_path)

    edited = articles[1]
    edited.write_text(edited.read_text("utf-8") + "\nThe mayor said on Monday that 12 people were hurt.\n", "utf-8")
    assert export(corpus, out).extracted == 1
    _same_as_full_export(corpus, out, tmp_path)

    articles[2].unlink()
    assert export(corpus, out).extracted == 0
    _same_as_full_export(corpus, out, tmp_path)
    assert _entries(out) == len(list(corpus.glob("*.txt")))  # a deleted article's entry is gone


def test_a_damaged_entry_is_extracted_again_never_trusted(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    export(corpus, out)
    (pack,) = (out / cache.CACHE_DIR).glob(f"*{cache.PACK}")
    data = pack.read_bytes()
    damaged = data.replace(b'"quotes"', b'"quotez"', 1)  # the first entry's checksum no longer holds
    pack.write_bytes(damaged[:-10])  # and the last is cut short, as by an export killed while writing it
    assert export(corpus, out).extracted == 2
    _same_as_full_export(corpus, out, tmp_path)
    assert export(corpus, out).extracted == 0
    assert _entries(out) == len(list(corpus.glob("*.txt")))


def test_a_change_of_code_configuration_or_force_extracts_everything(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "out"
    n = len(list(corpus.glob("*.txt")))
    export(corpus, out)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another version of the code")
    assert export(corpus, out).extracted == n
    assert export(corpus, out).extracted == 0
    (corpus / "corpus.yml").write_text("title: Another book\n", encoding="utf-8")
    assert export(corpus, out).extracted == n
    assert export(corpus, out, force=True).extracted == n


def test_remembered_keeps_what_a_run_used_and_trusts_no_damaged_file(tmp_path: Path):
    from corpus_utils.cache import remembered

    path = tmp_path / "analysis.json"
    with remembered(path) as kept:
        kept["a"], kept["b"] = [1, 2], [3]
    with remembered(path) as kept:
        assert "a" in kept and kept["a"] == [1, 2]  # read back
        kept["c"] = []  # "b" not used this time
    with remembered(path) as kept:
        assert "b" not in kept and "a" in kept and "c" in kept  # only what the last run used is kept
    text = path.read_text("utf-8")
    path.write_text(text.replace("[1,2]", "[1,3]"), "utf-8")  # damaged: the checksum no longer holds
    with remembered(path) as kept:
        assert "a" not in kept and len(kept) == 0
    path.write_text("not json at all", "utf-8")
    with remembered(path) as kept:
        assert "a" not in kept
    before = path.read_text("utf-8")
    with pytest.raises(RuntimeError), remembered(path) as kept:  # a run that fails keeps nothing new
        kept["x"] = 1
        raise RuntimeError
    assert path.read_text("utf-8") == before


def _cast_rows(out: Path) -> dict[str, object]:
    from corpus_utils.export import CAST_ROWS

    return cache._read_texts(out / CAST_ROWS)


def test_the_cast_rewrites_only_the_articles_whose_names_it_reads_anew(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """An article's statements and figures as the cast named them are kept under its cache key
    with what the cast made of its names: an export after adds, edits, deletions, a new reading
    of one speaker, a damaged store and other code writes the bytes of a full export."""
    import json

    from corpus_utils import export as export_module
    from corpus_utils.cast import Cast

    out = tmp_path / "out"
    export(corpus, out)
    kept = _cast_rows(out)
    articles = sorted(corpus.glob("*.txt"))
    assert len([k for k in kept if k.startswith("quotes:")]) == len(articles)
    rewritten: list[int] = []
    real_encode = export_module.encode_rows
    monkeypatch.setattr(export_module, "encode_rows", lambda *a: rewritten.append(1) or real_encode(*a))
    export(corpus, out)  # nothing changed: no article rewritten, the store left as it is
    assert rewritten == []
    _same_as_full_export(corpus, out, tmp_path)

    added = corpus / "zz-added.txt"
    added.write_text(articles[0].read_text("utf-8").replace("Ukraine", "Ukraine's north", 1), encoding="utf-8")
    export(corpus, out)
    _same_as_full_export(corpus, out, tmp_path)
    edited = articles[1]
    edited.write_text(edited.read_text("utf-8") + '\n"We will rebuild," said Mayor Ann Lee on Monday.\n', "utf-8")
    export(corpus, out)
    _same_as_full_export(corpus, out, tmp_path)
    articles[2].unlink()
    export(corpus, out)
    _same_as_full_export(corpus, out, tmp_path)
    assert len([k for k in _cast_rows(out) if k.startswith("quotes:")]) == len(list(corpus.glob("*.txt")))

    # the cast reads one speaker anew (a name another article gave in full, say): their rows change
    real_build = export_module.build_cast

    def renamed(profiles: list) -> Cast:
        cast = real_build(profiles)
        (article_id, speaker), member = next(iter(sorted(cast.of.items())))
        of = dict(cast.of) | {(article_id, speaker): type(member)(**(vars(member) | {"name": "Someone Else"}))}
        return Cast(cast.members, of, cast.typed)

    monkeypatch.setattr(export_module, "build_cast", renamed)
    export(corpus, out)
    assert "Someone Else" in (out / "quotes.jsonl").read_text("utf-8") + (out / "numbers.jsonl").read_text("utf-8")
    _same_as_full_export(corpus, out, tmp_path)
    monkeypatch.setattr(export_module, "build_cast", real_build)

    store = out / export_module.CAST_ROWS
    data = store.read_bytes()
    store.write_bytes(data.replace(b'"speaker_id": "', b'"speaker_id": "x', 1))  # damaged: never trusted
    assert _cast_rows(out) == {}
    export(corpus, out)
    _same_as_full_export(corpus, out, tmp_path)
    assert json.loads(store.read_bytes().split(b"\n", 1)[0])["crc32"]  # written again, whole

    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another version of the code")
    assert _cast_rows(out) == {}  # other code: an empty store
    export(corpus, out)
    _same_as_full_export(corpus, out, tmp_path)


def test_an_export_that_extracts_nothing_builds_the_cast_with_the_corpus_configuration(corpus: Path, tmp_path: Path):
    """The cast is built in the exporting process: with every article read back from the cache (or
    extracted by worker processes) it must still use the corpus's sides, not the default ones."""
    from corpus_utils.actors import configure
    from corpus_utils.config import CorpusConfig, load_config

    out = tmp_path / "out"
    export(corpus, out)
    try:
        configure(CorpusConfig())  # a new process: nothing configured yet
        assert export(corpus, out).extracted == 0
        _same_as_full_export(corpus, out, tmp_path)
    finally:
        configure(load_config(SEEDS / "corpus.yml"))
