"""The cross-article analyses on tables too large for one machine's memory.

Each comparison across articles is confined to a key: events are merged only within one
date value (``timeline.merge_events``), figures are grouped only within one kind and unit
family (``same_fact.comparable_groups``: every way two figures join needs the same family).
So each runs on the Parquet tables as a Dask DataFrame, shuffled by its key and computed a
key at a time: only one key's rows need to fit in a worker's memory, never the table. The
results are the ones the chapters compute in memory (``tests/test_archive.py`` checks it).

    from corpus_utils import archive
    events = archive.merged_events("tables/")            # one row per merged event
    groups = archive.figure_groups("tables/", events)    # a group key per figure

Dask is the optional dependency of the cluster engine (``pip install -e '.[dask]'``); with a
``dask.distributed`` client open, the work goes to its workers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from functools import partial
from pathlib import Path

import pandas as pd

from corpus_utils import report
from corpus_utils.numbers import unit_family
from corpus_utils.same_fact import comparable_groups
from corpus_utils.timeline import merge_events

MERGED_COLUMNS = ("date_value", "order", "articles", "sentences", "reported_by")


@contextlib.contextmanager
def _dask_frames() -> Iterator[object]:
    """Dask's DataFrame module, set for the block to keep Python objects (lists of dates) as
    they are rather than turning every object column into text."""
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:  # pragma: no cover - the message is the point
        raise ImportError("the archive analyses need Dask: pip install -e '.[dask]'") from None
    with dask.config.set({"dataframe.convert-string": False}):
        yield dd


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows of a Dask partition as the in-memory analyses take them (lists, not arrays)."""
    return report.records(frame.assign(**{c: frame[c].map(_plain) for c in frame.columns if frame[c].dtype == object}))


def _plain(value: object) -> object:
    return value.tolist() if hasattr(value, "tolist") and not isinstance(value, str) else value


def _merge_day(events: pd.DataFrame) -> pd.DataFrame:
    merged = merge_events(_records(events.sort_values("row").drop(columns="row")))  # in the table's order
    return pd.DataFrame(
        {
            "date_value": [str(m["date_value"]) for m in merged],
            "order": range(len(merged)),
            "articles": [list(m["articles"]) for m in merged],
            "sentences": [[list(s) for s in m["sentences"]] for m in merged],
            "reported_by": [int(m["reported_by"]) for m in merged],
        }
    )


def merged_events(data_dir: str | Path) -> pd.DataFrame:
    """``timeline.merge_events`` over ``events.parquet``, one date value at a time, in the
    order of the in-memory result (date value, then order of creation within the day)."""
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in MERGED_COLUMNS}).astype({"order": int, "reported_by": int})
    with _dask_frames() as dd:
        events = _with_rows(dd.read_parquet(Path(data_dir) / "events.parquet"))
        days = events.assign(day=events["date_value"])  # the key apart: pandas hands apply the other columns
        merged = days.groupby("day").apply(_merge_day, meta=meta).compute()
    return merged.sort_values(["date_value", "order"]).reset_index(drop=True)


def _event_columns(merged: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Per (article, sentence): the last multi-article event it belongs to and its date values,
    the evidence ``same_fact.event_facts`` gives the in-memory audit."""
    shared = merged[merged["reported_by"] > 1].reset_index(drop=True)
    fact = shared[["sentences"]].assign(fact=range(len(shared))).explode("sentences").dropna()
    fact = pd.DataFrame(
        {
            "article_id": [str(s[0]) for s in fact["sentences"]],
            "sentence": [str(s[1]) for s in fact["sentences"]],
            "fact": fact["fact"].to_numpy(),
        }
    ).drop_duplicates(["article_id", "sentence"], keep="last")
    dates = (
        events.assign(date_value=events["date_value"].astype(str))
        .groupby(["article_id", "sentence"])["date_value"]
        .agg(lambda values: sorted(set(values)))
        .rename("dates")
        .reset_index()
    )
    return dates.merge(fact, on=["article_id", "sentence"], how="outer")


def _group_family(figures: pd.DataFrame, published: Mapping[str, object]) -> pd.DataFrame:
    figures = figures.sort_values("row")
    rows = _records(figures.drop(columns=["row", "family", "fact", "dates"]))
    keys = list(zip(figures["article_id"].astype(str), figures["sentence"].astype(str), strict=True))
    facts: dict[int, set[tuple[str, str]]] = {}
    dates: dict[tuple[str, str], set[str]] = {}
    for key, fact, when in zip(keys, figures["fact"], figures["dates"], strict=True):
        if pd.notna(fact):
            facts.setdefault(int(fact), set()).add(key)
        if isinstance(_plain(when), list):
            dates[key] = {str(d) for d in _plain(when)}
    local = comparable_groups(rows, same_facts=[facts[f] for f in sorted(facts)], dates=dates, published=published)
    family = figures["family"].astype(str)
    return pd.DataFrame(
        {"row": figures["row"].to_numpy(), "group": [f"{f}/{g}" for f, g in zip(family, local, strict=True)]}
    )


def figure_groups(data_dir: str | Path, merged: pd.DataFrame | None = None, include_vague: bool = True) -> pd.Series:
    """``same_fact.comparable_groups`` over ``numbers.parquet``, one kind and unit family at a
    time: a group key per figure, indexed by the figure's row in the numbers table (vague
    figures left out unless ``include_vague``). ``merged`` is ``merged_events`` (computed when
    not given); the events table gives each sentence's dates."""
    data_dir = Path(data_dir)
    merged = merged_events(data_dir) if merged is None else merged
    events = pd.read_parquet(data_dir / "events.parquet", columns=["article_id", "sentence", "date_value"])
    evidence = _event_columns(merged, events)
    articles = pd.read_parquet(data_dir / "articles.parquet", columns=["article_id", "published"])
    published = dict(zip(articles["article_id"].astype(str), articles["published"].astype(str), strict=True))
    meta = pd.DataFrame({"row": pd.Series(dtype=int), "group": pd.Series(dtype=object)})
    with _dask_frames() as dd:
        figures = _with_rows(dd.read_parquet(data_dir / "numbers.parquet"))
        if not include_vague:
            figures = figures[~figures["vague"].astype(bool)]
        figures = figures.assign(family=figures.map_partitions(_families, meta=("family", object)))
        figures = figures.merge(dd.from_pandas(evidence, npartitions=1), on=["article_id", "sentence"], how="left")
        by_family = figures.assign(key=figures["family"]).groupby("key")
        groups = by_family.apply(partial(_group_family, published=published), meta=meta).compute()
    return groups.set_index("row")["group"].sort_index()


def _with_rows(frame):
    """A Dask DataFrame with each row's number in its table (the shuffle by key reorders rows)."""
    return frame.assign(row=1).assign(row=lambda f: f["row"].cumsum() - 1)


def _families(figures: pd.DataFrame) -> pd.Series:
    """The key a figure can only be compared within: its kind and unit family ("-" for the
    figures no other can join: ordinals, identifiers, figures without a unit)."""
    return pd.Series(
        [
            f"{kind}:{unit_family(unit)}" if kind not in {"ordinal", "identifier"} and unit_family(unit) else "-"
            for kind, unit in zip(figures["kind"], figures["unit"], strict=True)
        ],
        index=figures.index,
        dtype=object,
    )


def same_partition(first: Mapping[int, object], second: Mapping[int, object]) -> bool:
    """Whether two labellings put the same rows together (group names may differ)."""
    if set(first) != set(second):
        return False
    pairs = {(first[row], second[row]) for row in first}
    return len({a for a, _ in pairs}) == len(pairs) == len({b for _, b in pairs})
