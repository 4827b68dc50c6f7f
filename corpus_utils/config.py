"""A corpus's own configuration: the book's title, its sides, and its cast.

A corpus folder may hold ``corpus.yml`` (or ``--config FILE`` names one)::

    title: Strike at the docks
    description: Six reports on the 2026 dock strike.
    sides:
      - {key: union, label: Dockworkers' union, colour: "#2b6cb0", actors: [Harbour Workers Union]}
      - {key: port, label: Port authority, colour: "#c53030", party: true, places: [Port Alder]}
      - {key: others, label: Everyone else, countries: ["*"]}
    actors:
      - {name: Harbour Workers Union, aliases: [HWU], type: organisation, side: union}
    places:
      - {name: Port Alder, country: canada}

A side collects countries (keys such as ``kenya``, or ``international``; ``"*"`` for every
country no other side names), actors and places; a speaker gets the side of the first of
those their description names. Without a configuration the side is the country itself.
The file is untrusted like every input: ``load_config`` checks it whole and names the key
and the problem in one line (``ConfigError``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from corpus_utils.countries import INTERNATIONAL, by_key
from corpus_utils.data import builtin_names

CONFIG_NAME = "corpus.yml"
CONFIG_FILE = "corpus.json"  # what the export writes beside the tables, for the chapters
MEDIA, UNKNOWN, REST = "media", "unknown", "*"
RESERVED = (INTERNATIONAL, MEDIA, UNKNOWN)
ACTOR_TYPES = ("person", "organisation", "group")
MAX_CONFIG_BYTES = 1_000_000
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
# Colours for sides that do not give one, and for countries: distinct in hue and lightness,
# readable by the common forms of colour blindness (Tableau 10).
PALETTE = ("#4e79a7", "#e15759", "#76b7b2", "#f28e2b", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
GREY = {MEDIA: "#b7791f", UNKNOWN: "#cbd5e0", "others": "#a0aec0"}


class ConfigError(Exception):
    """The configuration is not usable; the message names the file, the key and the problem."""


@dataclass(frozen=True)
class Side:
    key: str
    label: str
    colour: str
    party: bool = False  # a party to the story: its figures need an independent source
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # words that mark the side in a description ("Kremlin-backed")


@dataclass(frozen=True)
class Entry:
    """An actor or a place the corpus adds to the built-in gazetteer."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str = "organisation"
    side: str | None = None  # a side key, or a country key / international / media
    role: str | None = None


@dataclass(frozen=True)
class CorpusConfig:
    title: str = "How the news tells a story"
    description: str = ""
    sides: tuple[Side, ...] = ()
    actors: tuple[Entry, ...] = ()
    places: tuple[Entry, ...] = ()
    source: str | None = field(default=None, compare=False)  # the file it came from

    def side_for(self, affiliation: str | None) -> str:
        """The side of a speaker whose description names ``affiliation`` (a side key, a country
        key, ``international`` or ``media``); without sides, the affiliation itself."""
        if not affiliation:
            return UNKNOWN
        if not self.sides:
            return affiliation
        keys = {s.key for s in self.sides}
        if affiliation in keys:
            return affiliation
        for side in self.sides:
            if affiliation in side.countries:
                return side.key
        if affiliation in (MEDIA, UNKNOWN):
            return affiliation
        rest = next((s.key for s in self.sides if REST in s.countries), None)
        return rest or affiliation

    def party_sides(self) -> frozenset[str]:
        return frozenset(s.key for s in self.sides if s.party)

    def to_json(self) -> dict:
        """What the chapters need: title, description and the sides' labels, colours, parties."""
        return {
            "title": self.title,
            "description": self.description,
            "sides": [{"key": s.key, "label": s.label, "colour": s.colour, "party": s.party} for s in self.sides],
        }


def find_config(corpus: Path, config: Path | None = None) -> Path | None:
    """``config`` when given, else ``corpus.yml`` inside a corpus folder, else None."""
    if config is not None:
        return config
    candidate = corpus / CONFIG_NAME
    return candidate if corpus.is_dir() and candidate.is_file() else None


def load_config(path: Path | None) -> CorpusConfig:
    """The configuration in ``path`` (None: the defaults), checked whole."""
    if path is None:
        return CorpusConfig()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: {len(raw):,} bytes; a configuration is at most {MAX_CONFIG_BYTES:,}")
    try:
        data = yaml.safe_load(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    try:
        return parse_config(data or {}, str(path))
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def parse_config(data: object, source: str | None = None) -> CorpusConfig:
    """A ``CorpusConfig`` from parsed YAML; ValueError names the key and the problem."""
    _mapping(data, "the file", {"title", "description", "sides", "actors", "places"})
    assert isinstance(data, Mapping)
    title = _text(data.get("title", CorpusConfig.title), "title", 200)
    if re.search(r"[<>]", title):
        raise ValueError(f"title: {title!r} contains < or >; a title is plain text")
    description = _text(data.get("description", ""), "description", 5000)
    actors = tuple(_entry(e, f"actors[{i}]", person=True) for i, e in enumerate(_list(data, "actors")))
    places = tuple(_entry(e, f"places[{i}]", person=False) for i, e in enumerate(_list(data, "places")))
    sides = tuple(_side(s, f"sides[{i}]", i) for i, s in enumerate(_list(data, "sides")))
    _check_sides(sides, actors, places)
    return CorpusConfig(title, description, sides, actors, places, source)


def _mapping(value: object, where: str, allowed: set[str]) -> None:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected a mapping of keys to values, got {type(value).__name__}")
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")


def _list(data: Mapping, key: str) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"{key}: expected a list, got {type(value).__name__}")
    if len(value) > 10_000:
        raise ValueError(f"{key}: {len(value):,} entries; at most 10,000")
    return value


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError(f"{where}: expected text, got {type(value).__name__}")
    text = " ".join(str(value).split())
    if len(text) > limit:
        raise ValueError(f"{where}: {len(text):,} characters; at most {limit:,}")
    return text


def _names(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
    names = tuple(_text(v, f"{where}[{i}]", 200) for i, v in enumerate(value))
    if any(not n for n in names):
        raise ValueError(f"{where}: an empty name")
    return names


def _key(value: object, where: str) -> str:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise ValueError(f"{where}: {value!r} is not a key (lower-case letters, digits and _, starting with a letter)")
    return value


def _entry(value: object, where: str, person: bool) -> Entry:
    allowed = {"name", "aliases", "type", "side", "country", "role", "source"} if person else {
        "name", "aliases", "side", "country", "source"}
    _mapping(value, where, allowed)
    assert isinstance(value, Mapping)
    if "name" not in value:
        raise ValueError(f"{where}: missing name")
    name = _text(value["name"], f"{where}.name", 200)
    if not name:
        raise ValueError(f"{where}.name: empty")
    kind = value.get("type", "organisation" if person else "place")
    if person and kind not in ACTOR_TYPES:
        raise ValueError(f"{where}.type: {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
    if "side" in value and "country" in value:
        raise ValueError(f"{where}: give side or country, not both")
    side = value.get("side", value.get("country"))
    where_side = f"{where}.{'side' if 'side' in value else 'country'}"
    if side is not None:
        side = _key(side, where_side)  # a country, side, international or media
        if "country" in value and side not in by_key() and side not in RESERVED:
            raise ValueError(f"{where_side}: {side!r} is not a country key (such as 'kenya' or 'united_states')")
    role = _text(value["role"], f"{where}.role", 200) if value.get("role") is not None else None
    return Entry(name, _names(value.get("aliases"), f"{where}.aliases"), kind, side, role)


def _side(value: object, where: str, index: int) -> Side:
    _mapping(value, where, {"key", "label", "colour", "color", "party", "countries", "actors", "places", "words"})
    assert isinstance(value, Mapping)
    if "key" not in value:
        raise ValueError(f"{where}: missing key")
    key = _key(value["key"], f"{where}.key")
    label = _text(value.get("label", key.replace("_", " ").capitalize()), f"{where}.label", 60) or key
    colour = value.get("colour", value.get("color", GREY.get(key, PALETTE[index % len(PALETTE)])))
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise ValueError(f"{where}.colour: {colour!r} is not a colour such as '#2b6cb0'")
    party = value.get("party", False)
    if not isinstance(party, bool):
        raise ValueError(f"{where}.party: expected true or false, got {party!r}")
    countries = _names(value.get("countries"), f"{where}.countries")
    for i, country in enumerate(countries):
        if country != REST and country not in by_key() and country not in RESERVED:
            raise ValueError(
                f"{where}.countries[{i}]: {country!r} is not a country key (such as 'kenya'), "
                f"{INTERNATIONAL!r} or {REST!r}"
            )
    return Side(
        key,
        label,
        colour.lower(),
        party,
        countries,
        _names(value.get("actors"), f"{where}.actors"),
        _names(value.get("places"), f"{where}.places"),
        _names(value.get("words"), f"{where}.words"),
    )


def _check_sides(sides: tuple[Side, ...], actors: tuple[Entry, ...], places: tuple[Entry, ...]) -> None:
    """Keys unique; at most one side for the rest; every name a side lists is declared;
    every side an actor or place names exists."""
    seen: dict[str, int] = {}
    for i, side in enumerate(sides):
        if side.key in seen:
            raise ValueError(f"sides[{i}].key: {side.key!r} is already the key of sides[{seen[side.key]}]")
        seen[side.key] = i
    rests = [i for i, s in enumerate(sides) if REST in s.countries]
    if len(rests) > 1:
        raise ValueError(f"sides[{rests[1]}].countries: '*' already belongs to sides[{rests[0]}]")
    actor_names = {n.casefold() for e in actors for n in (e.name, *e.aliases)} | builtin_names("actors")
    place_names = {n.casefold() for e in places for n in (e.name, *e.aliases)} | builtin_names("places")
    for i, side in enumerate(sides):
        for kind, names, known in (("actors", side.actors, actor_names), ("places", side.places, place_names)):
            for j, name in enumerate(names):
                if name.casefold() not in known:
                    raise ValueError(
                        f"sides[{i}].{kind}[{j}]: {name!r} is not a known {kind[:-1]}; declare it under {kind}"
                    )
    if sides:
        for kind, entries in (("actors", actors), ("places", places)):
            for i, entry in enumerate(entries):
                if entry.side and entry.side not in seen and entry.side not in by_key() and entry.side not in RESERVED:
                    raise ValueError(f"{kind}[{i}].side: {entry.side!r} is not a side key of this file")
