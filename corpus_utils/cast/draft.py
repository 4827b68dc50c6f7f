"""A draft ``corpus.yml`` from a corpus's cast, for the user to edit: draft, edit, build.

The sides are proposed from the largest affiliations of the cast (the parties, governments,
campaigns and bodies whose people speak most); the actors are the cast's most quoted people
and bodies with the forms the articles use and the role they give, each with a comment that
says how often they speak and one sentence where they do. The draft is valid as it is (it is
parsed before it is printed), so a user can build with it before editing a line.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import yaml

from corpus_utils.config import PALETTE, ConfigError, parse_config

MAX_SIDES = 4
MAX_ACTORS = 40
MIN_SIDE_STATEMENTS = 3
_COMMENT_CHARS = 110


def _rows(folder: Path, table: str) -> list[dict]:
    path = folder / f"{table}.jsonl"
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def _key(label: str, taken: set[str]) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", label.casefold()).strip("_") or "side"
    key = key if key[0].isalpha() else f"side_{key}"
    base, n = key, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    taken.add(key)
    return key


def _flow(value: object) -> str:
    """One YAML value on one line."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000)
    return text.strip().removesuffix("...").strip()


def _comment(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _COMMENT_CHARS else text[: _COMMENT_CHARS - 1] + "…"


def draft_config(tables: Path, title: str) -> str:
    """The draft configuration for the export in ``tables`` (its cast and quotes)."""
    cast = _rows(tables, "cast")
    quotes = _rows(tables, "quotes")
    example: dict[str, str] = {}
    for q in quotes:
        if q.get("speaker_id") and q["speaker_id"] not in example:
            example[q["speaker_id"]] = str(q["sentence"])
    named = [m for m in cast if str(m["name"])[:1].isupper() and m["type"] in ("person", "organisation", "group")]
    weight: Counter[str] = Counter()
    for m in named:
        if m["affiliation"]:
            weight[m["affiliation"]] += m["n_statements"]
    affiliations = [a for a, n in weight.most_common(MAX_SIDES) if n >= MIN_SIDE_STATEMENTS]
    taken = {"others", "media", "unknown"}
    sides = []
    for i, affiliation in enumerate(affiliations):
        members = [m["name"] for m in named if m["affiliation"] == affiliation][:12]
        sides.append((_key(affiliation, taken), affiliation, PALETTE[i % len(PALETTE)], members, weight[affiliation]))
    in_sides = {name for *_, members, _ in sides for name in members}
    unique = list({m["name"]: m for m in reversed(named)}.values())[::-1]  # one entry a name, the most quoted
    actors = [m for m in unique if m["name"] in in_sides] + [m for m in unique if m["name"] not in in_sides]
    actors = actors[: max(MAX_ACTORS, len(in_sides))]

    lines = [
        "# A draft configuration made by `python -m corpus_utils cast` from the corpus's cast: edit it,",
        "# then build with it (README, 'corpus.yml'). Sides are the largest affiliations the articles",
        "# give their speakers; merge, rename or drop them, and add the words that mark each side.",
        f"title: {_flow(title)}",
        "sides:",
    ]
    for key, label, colour, members, n in sides:
        lines.append(f"  # {n} statements by people and bodies the articles tie to {_comment(label)}")
        lines.append(f"  - {{key: {key}, label: {_flow(label[:60])}, colour: {_flow(colour)}, party: true,")
        lines.append(f"     actors: {_flow(members)}}}")
    lines += [
        '  - {key: others, label: Others, colour: "#718096", countries: ["*"]}',
        '  - {key: media, label: Media, colour: "#b7791f"}',
        '  - {key: unknown, label: Unknown, colour: "#cbd5e0"}',
        "actors:",
    ]
    for m in actors:
        aliases = [a for a in m["aliases"] if a != m["name"] and len(a) <= 200][:6]
        entry: dict[str, object] = {"name": m["name"], "aliases": aliases, "type": m["type"]}
        if m["roles"]:
            entry["role"] = str(m["roles"][0])[:200]
        said = f"; e.g. “{_comment(example[m['speaker_id']])}”" if m["speaker_id"] in example else ""
        lines.append(f"  # {m['n_statements']} statement(s) in {m['n_articles']} article(s), {m['source_type']}{said}")
        lines.append(f"  - {_flow(entry)}")
    text = "\n".join(lines) + "\n"
    try:
        parse_config(yaml.safe_load(text), "the draft")  # what is printed builds as it is
    except ValueError as exc:
        raise ConfigError(f"the draft configuration does not validate: {exc}") from None
    return text
