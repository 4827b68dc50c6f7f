"""Who is who: canonical names, types and sides of speakers, from a gazetteer and general rules.

A speaker appears as "Ukrainian President Volodymyr Zelensky", "President Zelensky",
"Zelenskyy" or "He"; share-of-voice counts need one name for all of them. Known
actors come from ``data/actors.yml``; anyone else is named by rules over the words
of the description (``describe``): a trailing proper name makes a person, a national
adjective plus a role noun makes a body ("Russia's defense ministry" -> "Russian
defense ministry"), an indefinite role makes an unnamed person ("A Ukrainian
lieutenant colonel"), a bare plural makes an unnamed group ("Analysts"). The side
is the gazetteer's, else the first side word of the description ("Kremlin-backed"),
else ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

SIDES = ("ukraine", "russia", "united_states", "other", "media", "unknown")
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "two", "several", "many"}
_PREPOSITIONS = {"of", "in", "from", "at", "on", "near", "with", "for", "to"}
_ADJECTIVE = {"russia": "Russian", "ukraine": "Ukrainian", "kyiv": "Ukrainian", "moscow": "Russian"}


def fold(text: str) -> str:
    """Case- and apostrophe-insensitive key for matching names."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip().casefold()


@dataclass(frozen=True)
class Actor:
    name: str
    type: str  # person | organisation | group
    side: str  # one of SIDES
    role: str | None = None


@dataclass(frozen=True)
class Place:
    name: str
    country: str


class Gazetteer:
    """Known actors and places, looked up by any of their spellings."""

    def __init__(self, data: dict) -> None:
        self.actors: dict[str, Actor] = {}
        for entry in data["actors"]:
            actor = Actor(entry["name"], entry["type"], entry["side"], entry.get("role"))
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.actors[fold(alias)] = actor
        self.side_words = {fold(w): side for side, ws in data["side_words"].items() for w in ws}
        self.places: dict[str, Place] = {}
        for entry in data["places"]:
            place = Place(entry["name"], entry["country"])
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.places[fold(alias)] = place
        self._actor_re = _alternation(self.actors)
        self._place_re = _alternation(self.places)
        self._side_re = _alternation(self.side_words)

    def actor(self, mention: str) -> Actor | None:
        return self.actors.get(fold(mention))

    def actor_mentions(self, text: str) -> list[tuple[int, int, Actor]]:
        """Every known actor named in ``text``, longest spelling first, as (start, end, actor)."""
        return [(m.start(), m.end(), self.actors[fold(m.group())]) for m in self._actor_re.finditer(text)]

    def place_mentions(self, text: str) -> list[tuple[int, int, Place]]:
        return [(m.start(), m.end(), self.places[fold(m.group())]) for m in self._place_re.finditer(text)]

    def side_of(self, text: str) -> str | None:
        """The side of the first side word in ``text`` ("Kremlin-backed" -> russia)."""
        m = self._side_re.search(text)
        return self.side_words[fold(m.group())] if m else None


def _alternation(keys: dict[str, object]) -> re.Pattern[str]:
    """A case-insensitive regex of whole-word spellings, longest first."""
    spellings = sorted(keys, key=len, reverse=True)
    body = "|".join(re.escape(s).replace("'", "['’]") for s in spellings)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("corpus_utils.data").joinpath("actors.yml").read_text("utf-8")
    return Gazetteer(yaml.safe_load(text))


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, object]:
    text = resources.files("corpus_utils.data").joinpath("speaker_nouns.yml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {
        "person": set(data["person"]),
        "group": set(data["group"]),
        "organisation": set(data["organisation"]),
        "military": set(data["military_synonyms"]),
    }


def is_speaker_word(word: str) -> bool:
    """Can ``word`` be part of a speaker description? (role nouns, titles, names, side words)"""
    nouns = speaker_nouns()
    lowered = word.casefold().replace("’", "'")
    base = re.sub(r"'s$", "", lowered)
    return (
        word[:1].isupper()
        or base in nouns["person"]
        or base in nouns["group"]
        or base in nouns["organisation"]
        or fold(base) in gazetteer().side_words
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'.\-]+", text)


def _dedupe(words: list[str]) -> list[str]:
    """Drop a word repeated by a typo ("Serhiy Serhiy Haidai")."""
    return [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]


def _cut_modifiers(words: list[str]) -> list[str]:
    """The description up to its head: "critics of the Kremlin" -> "critics"."""
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in _PREPOSITIONS:
            before, after = words[i - 1], words[i + 1] if i + 1 < len(words) else ""
            if w.lower() == "of" and before[:1].isupper() and after[:1].isupper():
                continue  # "Ministry of Defence"
            return words[:i]
    return words


def _proper_tail(words: list[str]) -> list[str]:
    """The trailing run of capitalised words that is a name, not a title or side word."""
    nouns = speaker_nouns()
    tail: list[str] = []
    for w in reversed(words):
        base = w.lower().replace("’", "'")
        if not w[:1].isupper() or base in nouns["person"] or base in nouns["organisation"] or base in nouns["group"]:
            break
        if fold(w) in gazetteer().side_words or re.search(r"['’]s$", w):
            break
        tail.insert(0, w)
    return tail


_TIME_TAIL = {
    *("today", "yesterday", "tonight", "tomorrow", "now", "earlier", "later", "recently"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
_TITLE_ABBREVIATIONS = {
    *("mr.", "mrs.", "ms.", "dr.", "prof."),
    *("sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt."),
}
ACRONYM = re.compile(r"^(?P<expansion>.+?)\s*\((?P<acronym>[A-Z][A-Z&.]{1,9})\)\s*$")


def describe(mention: str, context: str = "") -> Actor:
    """The canonical actor for a speaker description; ``context`` is nearby text (an appositive).

    An expansion with its acronym ("the Federal Emergency Management Agency (FEMA)") is the
    body the expansion names; an acronym alone is a body; a time word after a name ("General
    Ivanov today") and an abbreviated title before it ("Sen. Robert P. Casey Jr.") are not
    part of the name ("Jr." is)."""
    gaz = gazetteer()
    if m := ACRONYM.match(mention.strip()):
        expansion = [w for w in _words(m.group("expansion")) if w.lower() not in _DETERMINERS]
        if expansion and all(w[:1].isupper() or w.lower() in {"of", "for", "and", "on"} for w in expansion):
            known = gaz.actor(" ".join(expansion)) or gaz.actor(m.group("acronym"))
            return known or Actor(" ".join(expansion), "organisation", side_from_words(f"{mention} {context}"))
        actor = describe(m.group("expansion"), context)
        return actor if actor.type != "person" else Actor(actor.name, "organisation", actor.side, actor.role)
    words = [w for w in _dedupe(_words(mention)) if w]
    while words and words[-1].lower() in _TIME_TAIL:
        words = words[:-1]
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z&.]{1,9}", words[0]) and not gaz.actor(words[0]):
        return Actor(words[0], "organisation", side_from_words(f"{mention} {context}"))
    while words and words[0].lower() in _DETERMINERS:
        indefinite = words[0].lower() in {"a", "an"}
        words = words[1:]
        if indefinite and words:
            words = ["unnamed", *words]
    if not words:
        return Actor(mention.strip(), "group", "unknown")
    known = gaz.actor(" ".join(words))
    if known:
        return known
    words = _cut_modifiers(words)
    phrase = " ".join(words)
    if known := gaz.actor(phrase):
        return known
    side = side_from_words(f"{mention} {context}")
    # a known person named at the end of a title: "Ukrainian President Volodymyr Zelensky"
    for start in range(len(words)):
        candidate = gaz.actor(" ".join(words[start:]))
        if candidate and candidate.type == "person":
            return candidate
    name = _proper_tail(words)
    while len(name) > 1 and name[0].lower() in _TITLE_ABBREVIATIONS:
        name = name[1:]
    bare_group = len(name) == 1 and len(words) == 1 and name[0].lower() in speaker_nouns()["group"]
    if name and not bare_group and (len(name) >= 2 or len(words) > 1 or not is_speaker_word(words[0].lower())):
        return Actor(" ".join(name), "person", side)
    actor = _description_actor(words, side)
    if actor.type == "organisation" and side in {"russia", "ukraine", "united_states"} and not gaz.side_of(actor.name):
        # "the defence ministry in Moscow": a body of the side its place names
        named = f"{_side_adjective(side)} {actor.name}"
        return gaz.actor(named) or Actor(named, actor.type, side)
    return actor


def side_from_words(text: str) -> str:
    """The side a description states: a side word first ("Kremlin-backed"), else the
    country of a place it names ("of the Dnipro group"), else unknown."""
    gaz = gazetteer()
    side = gaz.side_of(text)
    if side:
        return side
    places = gaz.place_mentions(text)
    return places[0][2].country if places and places[0][2].country != "other" else "unknown"


def _description_actor(words: list[str], side: str) -> Actor:
    """A body, group or unnamed person described by role words ("Russia's defense ministry")."""
    nouns = speaker_nouns()
    out = []
    for i, w in enumerate(words):
        base = re.sub(r"['’]s$", "", w)
        if re.search(r"['’]s$", w) and base.lower() in _ADJECTIVE:
            out.append(_ADJECTIVE[base.lower()])
        elif i > 0 and w[:1].isupper() and not base.isupper() and fold(base) not in gazetteer().side_words:
            out.append(base)  # a capitalised part of a name: "Southern Defense Command"
        elif i == 0 and fold(base) not in gazetteer().side_words:
            word = w if re.search(r"['’]s$", w) else base
            out.append(word.lower() if base not in {"US", "EU", "UN", "NATO"} else word)
        else:
            out.append(base)
    head = out[-1].lower()
    rest = [w.lower() for w in out[:-1]]
    national = side in {"russia", "ukraine", "united_states"} and all(
        fold(w) in gazetteer().side_words for w in out[:-1] if w.lower() != "armed"
    )
    if national and (head in nouns["military"] or " ".join(out[-2:]).lower() == "armed forces"):
        return Actor(f"{_side_adjective(side)} military", "organisation", side)
    if head in nouns["group"] or (
        head.endswith("s") and head not in nouns["organisation"] and not out[-1][:1].isupper()
    ):
        kind = "organisation" if head in {"authorities"} else "group"
        possessive = any(re.search(r"['’]s$", w) for w in out)
        if side == "unknown" and not any(w[:1].isupper() for w in out) and "unnamed" not in rest and not possessive:
            out = ["unnamed", *out]
        return Actor(" ".join(out), kind, side)
    if head in nouns["organisation"] or out[-1][:1].isupper():
        return Actor(" ".join(out), "organisation", side)
    return Actor(" ".join(out), "person", side)


def _side_adjective(side: str) -> str:
    return {"russia": "Russian", "ukraine": "Ukrainian", "united_states": "US"}[side]
