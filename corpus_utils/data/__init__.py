"""The shipped word lists, gazetteers, lexicons and templates; each file names its sources."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


def data_text(name: str) -> str:
    """The text of the data file ``name``."""
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def data_yaml(name: str) -> object:
    """A YAML data file, read by libyaml where PyYAML was built with it: the same values ten
    times faster, which an export pays once per process for every word list."""
    return yaml.load(data_text(name), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def builtin_names(kind: str) -> frozenset[str]:
    """Every spelling of the shipped gazetteer's actors (``kind="actors"``) or places, case-folded:
    what a configuration may name without declaring (read here, so that the configuration does
    not need the gazetteer that is built from it)."""
    data = data_yaml("actors.yml")
    assert isinstance(data, dict)
    return frozenset(n.casefold() for e in data[kind] for n in (e["name"], *e.get("aliases", [])))


@cache
def stopwords() -> frozenset[str]:
    """English function words (``stopwords.txt``): what comparisons of vocabularies leave out,
    and what no speaker's name is."""
    text = data_text("stopwords.txt")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())
