"""The command line: clear one-line errors, deterministic all-or-nothing export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from corpus_utils.export import COLUMNS
from tests.conftest import ROOT, SEEDS, write_article


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "corpus_utils", *args], capture_output=True, text=True, cwd=ROOT)


def test_missing_folder_is_one_line_error(tmp_path: Path):
    result = run("export", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "no such folder" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_empty_folder_is_one_line_error(tmp_path: Path):
    result = run("export", "--corpus", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "no article files" in result.stderr


def test_folder_of_only_bad_files_writes_nothing(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.txt", b"\x00\x00")
    result = run("export", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode != 0 and "no readable article" in result.stderr
    out = tmp_path / "out"
    assert not out.exists() or [p.name for p in out.iterdir()] == [".lock"]  # the released lock only


def test_missing_manifest_is_an_error(tmp_path: Path):
    result = run("export", "--corpus", str(SEEDS), "--out", str(tmp_path), "--manifest", str(tmp_path / "m.csv"))
    assert result.returncode != 0 and "no such manifest" in result.stderr


def test_export_is_byte_identical_across_runs(tmp_path: Path):
    for name in ("one", "two"):
        assert run("export", "--corpus", str(SEEDS), "--out", str(tmp_path / name)).returncode == 0
    one = sorted(p.name for p in (tmp_path / "one").glob("*.[cj]s*"))
    assert one == sorted(p.name for p in (tmp_path / "two").glob("*.[cj]s*"))
    assert {f"{t}.{ext}" for t in COLUMNS for ext in ("jsonl", "csv")} <= set(one)
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_export_contract_fields(tmp_path: Path):
    assert run("export", "--corpus", str(SEEDS), "--out", str(tmp_path)).returncode == 0
    articles = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text("utf-8").splitlines()]
    assert [a["article_id"] for a in articles] == sorted(a["article_id"] for a in articles)
    for a in articles:
        assert a["headline"] and a["text"] and a["n_sentences"] > 0 and a["n_words"] > 0
        assert a["published_source"] in {"manifest", "text", None}
        assert a["headline"] not in a["text"]
    sentences = [json.loads(line) for line in (tmp_path / "sentences.jsonl").read_text("utf-8").splitlines()]
    texts = {a["article_id"]: a["text"] for a in articles}
    for s in sentences:
        assert texts[s["article_id"]][s["char_start"] : s["char_end"]] == s["sentence"]
        assert -1 <= s["compound"] <= 1


def test_bad_file_is_skipped_listed_and_warned(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "good.txt", "Headline\n\nBody sentence.")
    write_article(corpus, "bad.txt", b"\x00\xff\x00")
    result = run("export", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0
    warning = [line for line in result.stderr.splitlines() if "bad.txt" in line]
    assert len(warning) == 1 and "binary" in warning[0]
    problems = [json.loads(x) for x in (tmp_path / "out" / "problems.jsonl").read_text("utf-8").splitlines()]
    assert [Path(p["path"]).name for p in problems] == ["bad.txt"]
    assert "good" in (tmp_path / "out" / "articles.csv").read_text("utf-8")


def test_build_rejects_unknown_parameter(tmp_path: Path):
    result = run("build", "--corpus", str(SEEDS), "--out", str(tmp_path), "-p", "no_such_param", "1")
    assert result.returncode != 0
    assert "unknown parameter(s) no_such_param" in result.stderr and "Traceback" not in result.stderr


def test_a_configuration_sets_the_sides_and_is_published_with_the_tables(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.txt", "Strike\n\nThe union's president Jane Roe said drivers would strike.\n"
                  "Kenyan police said 300 people had gathered.\n")
    (corpus / "corpus.yml").write_text(
        "title: A strike\nsides:\n  - {key: union, actors: [Jane Roe]}\n  - {key: rest, countries: ['*']}\n"
        "actors:\n  - {name: Jane Roe, type: person}\n",
        encoding="utf-8",
    )
    result = run("export", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    sides = {q["speaker"]: q["speaker_side"] for q in map(json.loads, (tmp_path / "out" / "quotes.jsonl").open())}
    assert sides == {"Jane Roe": "union", "Kenyan police": "rest"}
    published = json.loads((tmp_path / "out" / "corpus.json").read_text("utf-8"))
    assert published["title"] == "A strike" and [s["key"] for s in published["sides"]] == ["union", "rest"]
    # the same corpus without its configuration: sides are the largest affiliations
    result = run("export", "--corpus", str(corpus), "--out", str(tmp_path / "plain"), "--config", str(SEEDS / "none"))
    assert result.returncode == 2 and "cannot read" in result.stderr and result.stderr.count("\n") == 1
    (corpus / "corpus.yml").unlink()
    assert run("export", "--corpus", str(corpus), "--out", str(tmp_path / "plain")).returncode == 0
    sides = {q["speaker"]: q["speaker_side"] for q in map(json.loads, (tmp_path / "plain" / "quotes.jsonl").open())}
    assert sides == {"Jane Roe": "unknown", "Kenyan police": "Kenyan police"}  # the largest affiliations


def test_a_bad_configuration_stops_export_and_build_in_one_line(tmp_path: Path):
    bad = tmp_path / "bad.yml"
    bad.write_text("sides: [{key: a, colour: blue}]\n", encoding="utf-8")
    for command in ("export", "build"):
        result = run(command, "--corpus", str(SEEDS), "--out", str(tmp_path / command), "--config", str(bad))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.strip().count("\n") == 0
        assert "sides[0].colour: 'blue' is not a colour" in result.stderr and str(bad) in result.stderr
        assert not (tmp_path / command / "quotes.jsonl").exists()


def test_a_published_table_set_follows_the_users_umask(tmp_path: Path):
    """A colleague or the web server that serves the book reads the tables like any other file the
    export writes: the table set's folder is not left 0700, as a temporary folder is made."""
    out = tmp_path / "out"
    result = subprocess.run(
        ["sh", "-c", f"umask 022 && {sys.executable} -m corpus_utils export --corpus {SEEDS} --out {out}"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    folder = (out / "current").resolve()
    assert folder.stat().st_mode & 0o777 == 0o755
    assert (folder / "quotes.csv").stat().st_mode & 0o777 == 0o644
