"""Shared fixtures: small corpora written on the fly, and books built from them once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from corpus_utils.actors import configure
from corpus_utils.build import build
from corpus_utils.config import CorpusConfig, load_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXAMPLE = ROOT / "examples" / "transit-strike"
SHARED = ROOT.parent / "shared"

HOSTILE_HEADLINE = '<script>window.__xss = 1</script>Hostile <img src=x onerror="window.__xss = 2"> headline'
HOSTILE_BODY = (
    "The minister said on Monday, June 2, 2025, that <b>talks</b> would resume.\n"
    '"We will not <script>window.__xss = 3</script> give up," she told reporters.\n'
    '<img src=x onerror="window.__xss = 4"> Officials said 300 people had left the city.\n'
)


@pytest.fixture
def seed_config() -> object:
    """The seed corpus's configuration (its sides, cast and places) for the test, then none:
    tests of rules written from the seed articles use the seeds' own cast."""
    configure(load_config(SEEDS / "corpus.yml"))
    yield
    configure(CorpusConfig())


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 articles sampled from the seeds' paragraphs (``benchmarks/scale_bench.py``'s corpus
    maker), with a manifest of varied dates: reprinted sentences, shared events and figures."""
    import importlib.util

    from corpus_utils.sources import load_corpus

    spec = importlib.util.spec_from_file_location("scale_bench", ROOT / "benchmarks" / "scale_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("synthetic")
    paragraphs = [p for a in load_corpus(SEEDS).articles for p in a.paragraphs]
    module.make_corpus(120, folder, paragraphs)
    return folder


def write_article(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seeds_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The book built from seeds/ into a temporary folder (the same command as `make book`)."""
    out = tmp_path_factory.mktemp("seeds-book")
    build(SEEDS, out, say=lambda m: None)
    return out


@pytest.fixture(scope="session")
def example_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The book of the demonstration corpus about another story (the same command as `make example`)."""
    out = tmp_path_factory.mktemp("example-book")
    build(EXAMPLE, out, say=lambda m: None)
    return out


@pytest.fixture(scope="session")
def hostile_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A book from a corpus whose headline, quote and body carry HTML and script markup."""
    corpus = tmp_path_factory.mktemp("hostile-corpus")
    write_article(corpus, "evil.txt", HOSTILE_HEADLINE + "\n\n" + HOSTILE_BODY)
    shutil.copy(SEEDS / "003_5c1f1eddac32ff49.txt", corpus / "plain.txt")
    out = tmp_path_factory.mktemp("hostile-book")
    build(corpus, out, say=lambda m: None)
    return out


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}
