"""Countries and the words that name them, from a maintained data source.

A speaker's side, when the corpus does not define sides, is their country where the
text tells it: "Brazilian government" -> ``brazil``, "Kenyan police" -> ``kenya``,
"officials in Nairobi" -> ``kenya``. The names, demonyms and capitals come from the
``countryinfo`` package (MIT licence; 250 countries and territories, each with its name,
alternative spellings, demonym, capital and population), not from a list typed here.

Three general rules make those data safe to match in news copy:

* a word that several entries share (the demonym "French" of France and of its overseas
  departments, "Chinese" of China and Hong Kong) belongs to the most populous one;
* a country name that is also a state or province of a more populous country ("Georgia")
  counts only through its demonym, and capitals only for countries of a million people
  or more (fewer collisions with towns of the same name elsewhere);
* ISO codes are not words (``CAN``, ``PER``), but other abbreviations are (``UK``, ``UAE``).

Which words are also first names ("Chad", "Jordan", "Paris") is left to the reader of the
words (``actors``), which sees whether a name follows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from corpus_utils.wordtrie import trie_pattern

INTERNATIONAL = "international"

# English words for forms of state: an alternative spelling with one of them is an official
# English name ("Russian Federation", "Republic of Korea"), not a native one ("Rossiya").
_STATE_WORDS = {
    *("Republic", "Kingdom", "Federation", "State", "States", "Union", "Commonwealth"),
    *("Principality", "Sultanate", "Emirates", "Confederation", "Territory", "Islands"),
}
_ENGLISH = re.compile(r"[A-Z][A-Za-z'’.-]*(?: (?:of|the|and|[A-Z][A-Za-z'’.-]*))*")
_ABBREVIATION = re.compile(r"[A-Z]{2,4}")
_MIN_CAPITAL_POPULATION = 1_000_000


@dataclass(frozen=True)
class Country:
    key: str  # lower-case name with underscores: the side key of its speakers
    name: str
    demonyms: tuple[str, ...]
    capital: str | None
    spellings: tuple[str, ...]  # the name and its English alternatives
    population: int

    @property
    def people_words(self) -> list[str]:
        """The demonyms and the plurals news copy uses for a people ("Ukrainian", "Ukrainians")."""
        return [form for d in self.demonyms for form in (d, f"{d}s")[: 2 if d[-1] in "ni" else 1]]

    @property
    def adjective(self) -> str:
        """The word that makes a body national: "Brazilian" government."""
        return self.demonyms[0] if self.demonyms else self.name


def key_of(name: str) -> str:
    """``"United States"`` -> ``"united_states"``; the form sides and countries share."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")


def _spellings(info: dict) -> tuple[str, ...]:
    iso = {str(v).upper() for v in (info.get("ISO") or {}).values() if v}
    out = [info["name"]]
    for alt in info.get("altSpellings") or []:
        alt = str(alt).strip()
        if _ABBREVIATION.fullmatch(alt) and alt not in iso:
            out.append(alt)
        elif _ENGLISH.fullmatch(alt) and set(alt.split()) & _STATE_WORDS and "," not in alt:
            out.append(re.sub(r"^the ", "", alt))
    return tuple(dict.fromkeys(out))


def _demonyms(info: dict) -> tuple[str, ...]:
    return tuple(d.strip() for d in re.split(r"[,/]", str(info.get("demonym") or "")) if d.strip())


def _provinces(info: dict) -> set[str]:
    raw = info.get("provinces") or []
    if isinstance(raw, str):
        raw = re.findall(r'"([^"]+)"', raw)
    return {re.sub(r"\s*\(.*\)$", "", str(p)).strip() for p in raw}


@lru_cache(maxsize=1)
def _records() -> tuple[dict, ...]:
    from countryinfo import all_countries

    return tuple(country.info() for country in all_countries())


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """One entry per ISO code, most populous first; a code's other entries ("Myanmar" beside
    "Burma") add their spellings and demonyms to it."""
    entries = [info for info in _records() if info.get("name") and (info.get("ISO") or {}).get("alpha2")]
    entries.sort(key=lambda info: (-int(info.get("population") or 0), info["name"]))
    groups: dict[str, list[dict]] = {}
    for info in entries:
        groups.setdefault(str(info["ISO"]["alpha2"]).upper(), []).append(info)
    out = []
    for group in groups.values():
        first = group[0]
        capital = first.get("capital")
        out.append(
            Country(
                key=key_of(first["name"]),
                name=re.sub(r"^The ", "", first["name"]),
                demonyms=tuple(dict.fromkeys(d for info in group for d in _demonyms(info))),
                capital=capital if isinstance(capital, str) and capital else None,
                spellings=tuple(dict.fromkeys(s for info in group for s in _spellings(info))),
                population=int(first.get("population") or 0),
            )
        )
    return tuple(out)


@cache
def provinces(key: str) -> re.Pattern[str]:
    """A pattern of the first-level divisions of the country ``key`` ("Massachusetts", "New
    York" for the United States), as ``countryinfo`` lists them: a legislator's "Vermont Sen."
    says which country's senate."""
    names: set[str] = set()
    for info in _records():
        if info.get("name") and key_of(info["name"]) == key:
            names |= _provinces(info)
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(sorted(names))})(?![\w-])" if names else "(?!)")


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The first-level divisions of every country (``provinces``), as ``countryinfo`` lists them."""
    return frozenset(name for info in _records() for name in _provinces(info))


def main_province(text: str, key: str | None) -> str | None:
    """The first-level division of the country ``key`` that ``text`` names most (the first named
    on a tie), twice or more, or None: the state whose "Gov." an article names without the state."""
    country = by_key().get(key or "")
    capital = (country.capital if country else None) or ""
    found = Counter(m.group() for m in provinces(key).finditer(text)) if key else Counter()
    for name in [n for n in found if capital.startswith(n)]:
        del found[name]  # "Washington" is the capital of the United States more often than its state
    top = found.most_common(1)
    return top[0][0] if top and top[0][1] >= PROVINCE_MENTIONS else None


PROVINCE_MENTIONS = 2  # a state named once may be another story's: "a case in Minnesota"


@lru_cache(maxsize=1)
def by_key() -> dict[str, Country]:
    return {c.key: c for c in countries()}


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Every word or phrase that names a country's people or state -> its key ("" for a
    phrase that contains a country's name but names something else: "New Mexico").

    The names, English spellings, demonyms and their plurals ("Ukrainians"), and capitals;
    a word two entries share goes to the more populous (``countries`` is in that order)."""
    provinces: dict[str, int] = {}
    for info in _records():
        for province in _provinces(info):
            provinces[province] = max(provinces.get(province, 0), int(info.get("population") or 0))
    words: dict[str, str] = {}

    def add(word: str, key: str) -> None:
        words.setdefault(word, key)

    for province in provinces:
        if " " in province:
            add(province, "")  # "New Mexico" is not Mexico, "New Jersey" not Jersey

    for country in countries():
        for demonym in country.people_words:
            add(demonym, country.key)
        for spelling in country.spellings:
            if provinces.get(spelling, 0) <= country.population:
                add(spelling, country.key)
        if country.capital and country.population >= _MIN_CAPITAL_POPULATION:
            add(country.capital, country.key)
    return words


@lru_cache(maxsize=1)
def _demonym_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for country in countries():
        for demonym in country.people_words:
            names.setdefault(demonym, country.name)
    return re.compile(rf"\b(?:{trie_pattern(list(names))})\b"), names


def demonym_mentions(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a country's people by demonym, and the country: "Kenyan police" ->
    [(0, 6, "Kenya")]; not the parts of a compound that names an ethnic group ("African-American",
    "Mexican-American voters", "Asian American"), whose people are not the country's state or nation
    in the news."""
    pattern, names = _demonym_pattern()
    return [
        (m.start(), m.end(), names[m.group().replace("’", "'")]) for m in pattern.finditer(text) if not _ethnic(text, m)
    ]


# The peoples that open a compound with a demonym and are no country's ("African-American", "Asian
# American"), and the demonym a hyphenated identity ends with in American English ("Irish-American"):
# a compound of two countries' demonyms stays both ("the Russian-Ukrainian border").
_PEOPLES = frozenset({"African", "Asian", "European", "Arab", "Hispanic", "Latino", "Latina", "Native", "Caribbean"})
_IDENTITY = re.compile(r"Americans?")
_JOINED = re.compile(r"([A-Z][\w’']*)([-‐ ])$")


def _ethnic(text: str, m: re.Match[str]) -> bool:
    """Whether the demonym ``m`` is part of a compound naming an ethnic group."""
    joined = _JOINED.search(text, max(0, m.start() - 30), m.start())
    if joined and joined.group(1) in _PEOPLES:
        return True  # "African-American", "Asian American"
    if joined and joined.group(2) != " " and _IDENTITY.fullmatch(m.group()):
        return True  # the "American" of "Mexican-American", not of "The American economy"
    after = re.match(r"[-‐]([A-Z][\w’']*)", text[m.end() : m.end() + 30])
    return bool(after and _IDENTITY.fullmatch(after.group(1)))  # the "Mexican" of "Mexican-American"
