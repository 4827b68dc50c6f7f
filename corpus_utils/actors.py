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

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nicknames import name_triplets

from corpus_utils import countries
from corpus_utils.config import CorpusConfig
from corpus_utils.data import data_text, data_yaml, stopwords
from corpus_utils.wordtrie import trie_pattern

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "two", "several", "many"}
_PREPOSITIONS = {"of", "in", "from", "at", "on", "near", "with", "for", "to"}
# "Kremlin-backed", "pro-Russian", "Moscow-installed": a country word with one of these marks its side
_SUFFIXES = r"-(?:backed|installed|appointed|controlled|allied|aligned|led)"
_AFFIXED = rf"(?:pro-)?(?P<word>{{body}})(?:{_SUFFIXES})?"
_ACRONYM_SPELLING = re.compile(r"[A-Z][A-Z.&]*[A-Z.]")
_AFFIXES = re.compile(rf"^pro-|{_SUFFIXES}$", re.I)


@lru_cache(maxsize=65536)  # every spelling the gazetteer matches or is asked about, folded once
def fold(text: str) -> str:
    """Case- and apostrophe-insensitive key for matching names."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).casefold()


@dataclass(frozen=True)
class Actor:
    name: str
    type: str  # person | organisation | group
    side: str  # a side key of the corpus configuration, or a country key, international, media, unknown
    role: str | None = None


Mention = tuple[int, int, Actor]  # where an actor is named: start, end, who


def _first(mention: Mention) -> int:
    return mention[0]


def _joined(text: str, at: int) -> bool:
    """Is the character at ``at`` one that a spelling's boundary excludes (``\\w`` or "-")?"""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # a country key, when the place is in one
    side: str


class Gazetteer:
    """Known actors, places and country words, looked up by any of their spellings, with
    the sides the corpus configuration gives them."""

    def __init__(self, data: dict, config: CorpusConfig) -> None:
        self.config = config
        member = {fold(n): s.key for s in config.sides for n in s.actors}
        placed = {fold(n): s.key for s in config.sides for n in s.places}
        self.actors: dict[str, Actor] = {}
        actor_spellings: list[str] = []
        entries = [
            (e["name"], e.get("aliases", []), e["type"], e["country"], e.get("role")) for e in data["actors"]
        ] + [(e.name, e.aliases, e.type, e.side, e.role) for e in config.actors]
        for name, aliases, kind, affiliation, role in entries:
            actor = Actor(name, kind, member.get(fold(name)) or config.side_for(affiliation), role)
            for alias in [name, *aliases]:
                self.actors[fold(alias)] = actor
                actor_spellings.append(alias)
        self.places: dict[str, Place] = {}
        place_spellings: list[str] = []
        places = [(e["name"], e.get("aliases", []), e["country"]) for e in data["places"]]
        for name, aliases, affiliation in places + [(e.name, e.aliases, e.side) for e in config.places]:
            country = affiliation if affiliation in countries.by_key() else None
            place = Place(name, country, placed.get(fold(name)) or config.side_for(affiliation))
            for alias in [name, *aliases]:
                self.places[fold(alias)] = place
                place_spellings.append(alias)
        # word -> country key, international, or a side key (a side's own words)
        self.country_words = {**countries.country_words()}
        for affiliation, words in data["country_words"].items():
            self.country_words.update(dict.fromkeys(words, affiliation))
        for side in config.sides:
            self.country_words.update(dict.fromkeys(side.words, side.key))
        self.folded_country_words = {fold(w) for w, key in self.country_words.items() if key}
        self.adjectives: dict[str, str] = data["adjectives"]
        self._actor_re = _alternation(actor_spellings)
        self._place_re = _alternation(place_spellings)
        body = trie_pattern(list(self.country_words))
        self._country_re = re.compile(rf"(?<![\w-]){_AFFIXED.format(body=body)}(?![\w-])")

    def actor(self, mention: str) -> Actor | None:
        return self.actors.get(fold(mention))

    def actor_mentions(self, text: str) -> list[Mention]:
        """Every known actor named in ``text``, longest spelling first, as (start, end, actor)."""
        return [(m.start(), m.end(), self.actors[fold(m.group())]) for m in self._actor_re.finditer(text)]

    def mentions_within(self, text: str, mentions: list[Mention], piece: str, start: int) -> list[Mention]:
        """``actor_mentions(piece)`` for ``piece``, the part of ``text`` at ``start`` (a sentence of an
        article), from the ``mentions`` of the whole ``text``, offsets in the piece, without searching
        it again. They are the same when no letter, digit, "_" or "-" joins the piece to the text
        around it and no mention runs across an end of it: each position of the piece is then tried
        as the search of the text tried it (the patterns look one character beyond a spelling, which
        is no such character in either). Else the piece is searched."""
        end = start + len(piece)
        lo = bisect.bisect_left(mentions, start, key=_first)
        hi = bisect.bisect_left(mentions, end, key=_first)
        if (
            not text.startswith(piece, start)
            or _joined(text, start - 1)
            or _joined(text, end)
            or (lo and mentions[lo - 1][1] > start)
            or (hi > lo and mentions[hi - 1][1] > end)
        ):
            return self.actor_mentions(piece)
        return [(s - start, e - start, actor) for s, e, actor in mentions[lo:hi]]

    def place_mentions(self, text: str) -> list[tuple[int, int, Place]]:
        return [(m.start(), m.end(), self.places[fold(m.group())]) for m in self._place_re.finditer(text)]

    def is_country_word(self, word: str) -> bool:
        """Does ``word`` name a country, its people or an international body ("Ukrainian", "EU",
        "Kremlin-backed", "pro-Russian")?"""
        return fold(_AFFIXES.sub("", word)) in self.folded_country_words

    def country_of(self, text: str) -> str | None:
        """The country (or international body, or a side's own word) of the first country word in
        ``text``: "Kremlin-backed" -> russia. A word that is also a first name followed by a
        name ("Chad Smith", "Paris Hilton") is a person's name, not a country, and so is a country
        word after a first name ("Rep. Jim Jordan", "Chief Chuck Jordan")."""
        return _country_of(self, text)

    def _first_country(self, text: str) -> str | None:
        """``country_of``, read from the text."""
        for m in self._country_re.finditer(text):
            key = self._country_word(m.group("word"))
            if not key:
                continue  # "New Mexico": a place inside another country
            if m.group() == m.group("word") and m.group().casefold() in first_names():
                after = re.match(r"\s+([A-Z][\w’'-]*)", text[m.end() :])
                if after and not is_role_word(after.group(1)):
                    continue
            before = _LAST_WORD.search(text, 0, m.start())
            if m.group() == m.group("word") and before and before.group(1).casefold() in first_names():
                continue
            return key
        return None

    def _country_word(self, word: str) -> str | None:
        """The key of a matched country word; the pattern takes ’ for ', the table has one."""
        return self.country_words.get(word, self.country_words.get(word.replace("’", "'")))

    def main_country(self, text: str) -> str | None:
        """The country ``text`` is about: named at least twice, and twice as often as any other;
        None when no country dominates (an article about a summit of two)."""
        counts: dict[str, int] = {}
        for m in self._country_re.finditer(text):
            key = self._country_word(m.group("word"))
            if key and key in countries.by_key():
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return None
        return max(counts, key=lambda k: counts[k])

    def side_of(self, text: str) -> str | None:
        """The side of the first country word in ``text`` ("Kremlin-backed" -> russia)."""
        country = self.country_of(text)
        return self.config.side_for(country) if country else None

    def adjective(self, country: str) -> str | None:
        """The word that makes a body national: "Russian" defence ministry, "US" military."""
        if country in self.adjectives:
            return self.adjectives[country]
        known = countries.by_key().get(country)
        return known.adjective if known else None


_LAST_WORD = re.compile(r"\b([A-Z][a-z]+)\s+$")


# The descriptions and words a speaker's side and type are read from recur in every article (one
# call in six is new); keyed on the gazetteer, which a new corpus configuration replaces.
@lru_cache(maxsize=8192)
def _country_of(gaz: Gazetteer, text: str) -> str | None:
    return gaz._first_country(text)


def _alternation(spellings: list[str]) -> re.Pattern[str]:
    """A regex of whole-word spellings, the longest where several match: case-insensitive,
    except for acronyms, which only match in capitals ("WHO", "US" are not "who", "us")."""
    acronyms = sorted({s for s in spellings if _ACRONYM_SPELLING.fullmatch(s)})
    words = sorted({fold(s) for s in spellings if not _ACRONYM_SPELLING.fullmatch(s)})
    body = "|".join(p for p in (f"(?-i:{trie_pattern(acronyms)})" if acronyms else "", trie_pattern(words)) if p)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


_ACTIVE: list = [CorpusConfig(), None]  # the configuration in use and its gazetteer, built when first asked


def configure(config: CorpusConfig) -> None:
    """Use ``config``'s sides, actors and places for every extraction in this process."""
    if config != _ACTIVE[0]:
        _ACTIVE[:] = [config, None]


def gazetteer() -> Gazetteer:
    """The gazetteer of the configuration in use."""
    if _ACTIVE[1] is None:
        _ACTIVE[1] = Gazetteer(data_yaml("actors.yml"), _ACTIVE[0])
    return _ACTIVE[1]


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """``data/first_names.csv``: first name -> the gender news copy most often gives it, and the
    nicknames of those names (the ``nicknames`` dataset: "Charlie" for Charles, "Joe" for Joseph)
    when every name they shorten has one gender."""
    text = data_text("first_names.csv")
    rows = (line.split(",") for line in text.splitlines() if line and not line.startswith(("#", "name,")))
    shipped = dict(rows)
    nicknames = {nick: {shipped[f] for f in formal if f in shipped} for nick, formal in formal_names().items()}
    return {**{nick: g.pop() for nick, g in nicknames.items() if len(g) == 1 and nick not in shipped}, **shipped}


@lru_cache(maxsize=1)
def formal_names() -> dict[str, frozenset[str]]:
    """Nickname -> the formal first names it shortens ("joe" -> joseph, joshua), from the
    ``nicknames`` dataset: one person may be "Joe Biden" in one article, "Joseph R. Biden Jr." in
    another."""
    out: dict[str, set[str]] = {}
    for t in name_triplets():
        if t.relationship == "has_nickname":
            out.setdefault(t.name2, set()).add(t.name1)
    return {nick: frozenset(formal) for nick, formal in out.items()}


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, Any]:
    """The word lists of ``speaker_nouns.yml``; the one-word roles that ``source_types.yml`` types
    a speaker by ("lawyer", "economist", "voters") head a description too, so that the reader of
    descriptions and the typology know the same roles."""
    data = data_yaml("speaker_nouns.yml")
    typed = data_yaml("source_types.yml")
    roles = {
        w
        for kind, words in typed["roles"].items()
        if kind != "unknown"  # "report", "sources": what no one holds as a role
        for w in words
        if re.fullmatch(r"[a-z][a-z-]+", w)
    }
    plural = {w for w in roles if (w.endswith("s") and not w.endswith("ss")) or w in {"people", "men", "women"}}
    return {
        "person": set(data["person"]) | (roles - plural),
        "group": set(data["group"]) | plural,
        "organisation": set(data["organisation"]),
        "documents": set(data["documents"]) | set(data_yaml("evidence.yml")["documents"]),
        "body_heads": set(data["body_heads"]),
        "military": set(data["military_synonyms"]),
        "party_members": set(data["party_members"]),
        "adverbs": set(data["adverbs"]),
        "ly_nouns": set(data["ly_nouns"]),
        "place_heads": set(data["place_heads"]),
        "media_items": set(data["media_items"]),
        "gendered": dict(data["gendered"]),
        "epithets": set(data["epithets"]),
        "title_abbreviations": dict(data["title_abbreviations"]),
    }


def title_role(abbreviation: str) -> str | None:
    """The role an abbreviated title gives ("Sen" -> "senator"), from ``speaker_nouns.yml``."""
    return speaker_nouns()["title_abbreviations"].get(abbreviation.casefold())


def spelled_out(title: str) -> str:
    """A title with its abbreviations written out, lower case: "Vermont Sen." -> "vermont senator",
    so that "the Vermont senator" finds it."""
    return re.sub(r"\b([a-z]{2,4})\.", lambda m: title_role(m.group(1)) or m.group(), title.casefold()).strip()


@lru_cache(maxsize=65536)  # asked of every word a description or a name is made of
def is_role_word(word: str) -> bool:
    """Is ``word`` a role noun ("minister", "police", "officials")?"""
    nouns = speaker_nouns()
    base = _STRAIGHT_POSSESSIVE.sub("", word.casefold().replace("’", "'"))
    if base in nouns["person"] or base in nouns["group"] or base in nouns["organisation"]:
        return True
    return base.endswith("s") and base[:-1] in nouns["person"]  # "physicians", "lawyers": the plural of a role


def is_speaker_word(word: str) -> bool:
    """Can ``word`` be part of a speaker description? (role nouns, titles, names, country words)"""
    return word[:1].isupper() or is_role_word(word) or gazetteer().is_country_word(_POSSESSIVE_S.sub("", word))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'.\-]+", text)


def _dedupe(words: list[str]) -> list[str]:
    """Drop a word repeated by a typo ("Serhiy Serhiy Haidai")."""
    return [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]


def _cut_modifiers(words: list[str]) -> list[str]:
    """The description up to its head: "critics of the Kremlin" -> "critics"."""
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in _PREPOSITIONS:
            before, after = words[i - 1], re.sub(r"^(?:the|an?) ", "", " ".join(words[i + 1 : i + 3]))
            linked = w.lower() in _NAME_LINKS and before[:1].isupper() and after[:1].isupper()
            if linked and not _named_person(words[:i]):
                continue  # "Ministry of Defence"; but "Rep. Elijah Cummings of Maryland" is the person
            return words if _titles_a_name(words[i + 1 :]) else words[:i]
    return words


def _titles_a_name(words: list[str]) -> bool:
    """Do ``words`` (after a preposition) run from lower-case title words into a name that ends the
    description ("master of ceremonies Asab Al-Tabchi"): a title of that person, not a modifier
    ("critics of the Kremlin", "the mayor of New York")."""
    lower = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
    titles = words[:lower]
    return (
        len(words) - lower >= 2
        and bool(titles)
        and all(w.isalpha() and w.islower() and w not in _DETERMINERS and w not in _PREPOSITIONS for w in titles)
        and all(w[:1].isupper() for w in words[lower:])
    )


def body_head(words: list[str]) -> bool:
    """Do capitalised ``words`` end with a body's head ("... Foundation", "... Times"), and not
    with one that is also a surname after a first name ("Emily Post")?"""
    last = words[-1] if words else ""
    if not last[:1].isupper() or last.casefold() not in speaker_nouns()["body_heads"]:
        return False
    return not (len(words) == 2 and words[0].casefold() in first_names() and last.casefold() in _SURNAME_HEADS)


def _body_tail(words: list[str]) -> str | None:
    """The body's proper name a description ends with: a run of capitalised words and the links
    between them, ending in a body's head ("the nonpartisan Congressional Budget Office", "the
    National Rifle Association", "The Committee for a Responsible Federal Budget"); None for
    anything else, and for a person named like one ("Emily Post")."""
    if len(words) < 2 or not body_head(words):
        return None
    start = len(words) - 1
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _BODY_LINKS):
        if POSSESSIVE_END.search(words[start - 1]) or (is_role_word(words[start - 1]) and words[start] in _BODY_LINKS):
            break  # "Trump’s Justice Department", "Chairman of the Federal Reserve Board": not the body's name
        start -= 1
    while words[start] in _BODY_LINKS:
        start += 1
    run = words[start:]
    return " ".join(run) if len(run) >= 2 and body_head(run) else None


_SURNAME_HEADS = {"post", "church", "bank", "union"}  # "Emily Post" is a person, "Clinton Foundation" not
_BODY_LINKS = {"of", "for", "on", "to", "and", "the", "a", "an", "&"}  # "Committee for a Responsible Federal Budget"


# The words that join the capitalised words of one name: "Commission on Presidential Debates"
_NAME_LINKS = {"of", "on", "for", "to"}  # "Committee to Protect Journalists"
_PARTICLES = {"de", "da", "del", "della", "di", "dos", "du", "la", "le", "van", "von", "der", "den", "bin", "al"}


def _body_name(words: list[str]) -> bool:
    """Is ``words`` a body's proper name with its links ("Bank of America", "Commission on
    Presidential Debates", "Center for American Progress"), not a role ("Secretary of State")?"""
    links = [w for w in words if not w[:1].isupper()]
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and bool(links)
        and all(w.lower() in _BODY_LINKS for w in links)
        and words[0].casefold() not in speaker_nouns()["person"]
        and not _named_person(words)
    )


# the endings of adverbs of manner ("universally", "repeatedly", "privately"); not "family", "ally"
_ADVERB_END = re.compile(r"\w{3}(?:ally|edly|tely|ntly|ously|ively|ckly|ssly|ctly)$")


# One word with a capital inside that no surname prefix explains ("PolitiFact", "WikiLeaks",
# "OpenSecrets"; not "McLenney", "DeSantis", "LaHood", "O'Rourke"): a brand, not a person
_BRAND = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]")
POSSESSIVE_END = re.compile(r"['’]s?$")  # "Trump’s", "the Joneses’": a possessive ending
_POSSESSIVE_S = re.compile(r"['’]s$")
_STRAIGHT_POSSESSIVE = re.compile(r"'s$")


def _without_adverbs(words: list[str]) -> list[str]:
    """A description without the adverbs a loose subject rule took in around it: "Even China",
    "Then someone", "Mr. Obama often", "World leaders and diplomats almost"."""
    adverbs = speaker_nouns()["adverbs"]
    while len(words) > 1 and words[0].casefold() in adverbs:
        words = words[1:]
    trailing = adverbs | stopwords()  # "I should"
    while len(words) > 1 and words[-1].islower() and (words[-1] in trailing or _ADVERB_END.search(words[-1])):
        words = words[:-1]
    return words


def is_adverb(word: str) -> bool:
    """A lower-case adverb: one of the shipped list, or a word in -ly that is not a noun ("family")."""
    nouns = speaker_nouns()
    return word.islower() and (word in nouns["adverbs"] or (word.endswith("ly") and word not in nouns["ly_nouns"]))


def is_function_word(name: str) -> bool:
    """A speaker "name" that is one English function word or adverb ("Having", "Then"): a
    capital the start of the sentence gave it, no one's name."""
    word = name.strip().casefold()
    return (word in stopwords() or word in speaker_nouns()["adverbs"]) and word not in {*PRONOUNS, "i", "we", "you"}


def _named_person(words: list[str]) -> bool:
    """Do ``words`` end with a person's name: a first name or a title abbreviation, then
    capitalised words that are not role words ("Gov. Earl Ray Tomblin", "Charles B. Rangel";
    not "Secretary", "Bank", "University")?"""
    names = first_names()
    for i in range(len(words) - 1):
        w = words[i]
        if w.casefold() in names or w.casefold() in TITLE_ABBREVIATIONS:
            rest = [x for x in words[i + 1 :] if x not in _PARTICLES]
            return bool(rest) and all(x[:1].isupper() and not is_role_word(x) for x in rest)
    return False


_INITIAL = re.compile(r"[A-Z]\.")


def _proper_tail(words: list[str]) -> list[str]:
    """The trailing run of capitalised words that is a name, not a title or country word
    (a country word that is also a first name, before a name, is the name: "Chad Smith"; so is
    a country or role word after a first name: "Jim Jordan", "Larry King")."""
    gaz = gazetteer()
    tail: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        given = i - 2 if i > 1 and _INITIAL.fullmatch(words[i - 1]) else i - 1  # "Peter T. King": an initial between
        surname = not tail and given >= 0 and words[given].casefold() in first_names()  # "Jim Jordan", "Larry King"
        personal = surname and w.casefold() in speaker_nouns()["person"]  # a title, not a body: "Supreme Court"
        if not w[:1].isupper() or (is_role_word(w) and not personal) or re.search(r"['’]s$", w):
            break
        if gaz.is_country_word(w) and not (tail and w.casefold() in first_names()) and not surname:
            break
        if len(tail) >= 2 and w.casefold() in _party_words():
            break  # a party's word before a name is a title: "ranking Democrat Elijah Cummings"
        tail.insert(0, w)
    return tail


def _without_time_tail(words: list[str]) -> list[str]:
    """A description without the time a loose subject rule took in after the name: "General
    Ivanov today", "The State Department less than two weeks ago", "the ministry last week"."""
    if words and words[-1].lower() == "ago":
        named = [i for i, w in enumerate(words) if w[:1].isupper()]
        words = words[: named[-1] + 1] if named and named[-1] < len(words) - 2 else words
    if len(words) > 2 and words[-2].lower() in {"last", "this", "next"} and words[-1].lower() in _TIME_NOUNS:
        words = words[:-2]
    while words and words[-1].lower() in _TIME_TAIL:
        words = words[:-1]
    return words


_TIME_NOUNS = {"week", "weekend", "month", "year", "night", "morning", "evening", "spring", "summer", "fall", "winter"}
_TIME_TAIL = {
    *("today", "yesterday", "tonight", "tomorrow", "now", "earlier", "later", "recently"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "mister", "dr", "prof", "sir", "dame", "lady"}  # "Mr. King" is a person
TITLE_ABBREVIATIONS = {
    *("mr.", "mrs.", "ms.", "dr.", "prof."),
    *("sen.", "sens.", "rep.", "reps.", "del.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt."),
}
# the abbreviated titles as written before a name ("Mr", "Sen", "Gov"), an alternation for patterns
ABBREVIATED_TITLES = "|".join(sorted((t.rstrip(".").capitalize() for t in TITLE_ABBREVIATIONS), key=len, reverse=True))
ACRONYM = re.compile(r"^(?P<expansion>.+?)\s*\((?P<acronym>[A-Z][A-Z&.]{1,9})\)\s*$")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&.]{1,9}")


_OWNER_PRONOUNS = {"his", "her", "their", "its", "our", "my", "your"}


def describe(mention: str, context: str = "") -> Actor:
    """The canonical actor for a speaker description; ``context`` is nearby text (an appositive).

    An expansion with its acronym ("the Federal Emergency Management Agency (FEMA)") is the
    body the expansion names; an acronym alone is a body; a time word after a name ("General
    Ivanov today") and an abbreviated title before it ("Sen. Robert P. Casey Jr.") are not
    part of the name ("Jr." is)."""
    return _describe(gazetteer(), mention, context)


# The same few descriptions come back in every article ("he", "the spokesman", the names the
# gazetteer knows): one in ten calls is new. Keyed on the gazetteer, which a new corpus
# configuration replaces, so that a configured side is never answered from the default one.
@lru_cache(maxsize=8192)
def _describe(gaz: Gazetteer, mention: str, context: str) -> Actor:
    """``describe`` with the gazetteer in use."""
    mention = _QUANTITY_OF.sub("", mention.strip()) or mention  # "a number of tax experts": the experts
    if m := _CLOSE_TO.match(mention.strip()):  # "Those close to him": people close to someone, unnamed
        return Actor(f"unnamed people close to {m.group('whom')}", "group", side_from_words(f"{mention} {context}"))
    if m := ACRONYM.match(mention.strip()):
        expansion = [w for w in _words(m.group("expansion")) if w.lower() not in _DETERMINERS]
        expansion = next((expansion[i:] for i, w in enumerate(expansion) if w[:1].isupper()), expansion)
        if expansion and all(w[:1].isupper() or w.lower() in {"of", "for", "and", "on"} for w in expansion):
            known = gaz.actor(" ".join(expansion)) or gaz.actor(m.group("acronym"))
            return known or Actor(" ".join(expansion), "organisation", side_from_words(f"{mention} {context}"))
        actor = describe(m.group("expansion"), context)
        return actor if actor.type != "person" else Actor(actor.name, "organisation", actor.side, actor.role)
    words = _without_adverbs([w for w in _dedupe(_words(mention)) if w])
    if words and words[-1][:1].isupper() and POSSESSIVE_END.search(words[-1]):
        words[-1] = POSSESSIVE_END.sub("", words[-1])  # "Donald Trump’s [claim]": its owner, a person
    if known := gaz.actor(" ".join(words)) or gaz.actor(" ".join(w for w in words if w.lower() not in _DETERMINERS)):
        return known  # "The Hill" (a paper, not a Mr. Hill); "USA TODAY reported": a name ending in a time word
    words = _without_time_tail(words)
    if head := _before_of_place(words):  # "Senator Rand Paul of Kentucky" is the senator, not the state
        return describe(" ".join(head), f"{' '.join(words[len(head):])} {context}")
    bare = [w for w in words if w.lower() not in _DETERMINERS]  # "the NAACP", "the FBI": a body all the same
    if len(bare) == 1 and _ACRONYM_WORD.fullmatch(bare[0]) and not gaz.actor(bare[0]):
        return Actor(bare[0], "organisation", side_from_words(f"{mention} {context}"))
    definite = bool(words) and words[0].lower() == "the"
    while words and words[0].lower() in _DETERMINERS:
        indefinite = words[0].lower() in {"a", "an"}
        words = words[1:]
        if indefinite and words:
            words = ["unnamed", *words]
    if not words:
        return Actor(mention.strip(), "group", "unknown")
    if len(words) == 1 and words[0].lower() in speaker_nouns()["documents"]:
        # "the report said" with no issuer the article names: an unnamed report, not a body "Report"
        return Actor(f"unnamed {words[0].lower()}", "organisation", side_from_words(f"{mention} {context}"))
    known = gaz.actor(" ".join(words))
    if known:
        return known
    if len(words) >= 2 and country_name(" ".join(words)):  # "South Korea", "Saudi Arabia": a state
        return Actor(" ".join(words), "organisation", side_from_words(f"{mention} {context}"), "state")
    if len(words) >= 3 and words[0].lower() in GOVERNED and words[1] == "of" and words[2][:1].isupper():
        name = f"{words[0].capitalize()} {' '.join(words[1:])}"  # "the city of Phoenix": its government
        return Actor(name, "organisation", side_from_words(f"{mention} {context}"))
    words = _cut_modifiers(words)
    if len(words) >= 2 and words[-1] in _LEADERS_BODIES and _named_owner(words[-2]) and "unnamed" not in words:
        # "Donald Trump’s campaign", "the Trump campaign", "the Obama administration": one body,
        # named by its leader's surname
        name = f"{POSSESSIVE_END.sub('', words[-2])} {words[-1]}"
        return gaz.actor(name) or Actor(name, "organisation", side_from_words(f"{mention} {context}"))
    phrase = " ".join(words)
    if known := gaz.actor(phrase):
        return known
    side = side_from_words(f"{mention} {context}")
    country = country_from_words(f"{mention} {context}")
    if body := _body_tail(words):
        return gaz.actor(body) or Actor(body, "organisation", side)
    if len(words) >= 2 and words[0].lower().rstrip(".") in HONORIFICS and all(w[:1].isupper() for w in words[1:]):
        return Actor(" ".join(words[1:]), "person", side)  # "Mr. King" is a man, whatever "king" means
    proper = next((words[i:] for i, w in enumerate(words) if w[:1].isupper()), [])
    if _body_name(proper) and (proper == words or proper[0].casefold() not in first_names()):
        # "the liberal Center for American Progress": its name, not its stance; but "economists
        # Peter Schott and Justin Pierce" are two people
        return Actor(" ".join(proper), "organisation", side)
    plural = len(words) == 1 and words[0][:1].isupper() and words[0].endswith("s") and not gaz.country_of(words[0])
    if plural and gaz.country_of(words[0][:-1]):
        # "The Europeans ... derided the deal": the people of a place a demonym names, a group (a reader found a person)
        return Actor(words[0], "group", side_from_words(f"{words[0][:-1]} {context}"))
    if definite and _the_name(words, gaz):
        return Actor(" ".join(words), "organisation", side)  # "The Hill reported": a paper, not a Mr. Hill
    # a known person named at the end of a title: "Ukrainian President Volodymyr Zelensky"
    for start in range(len(words)):
        candidate = gaz.actor(" ".join(words[start:]))
        if candidate and candidate.type == "person":
            if start and words[start - 1].casefold() in first_names() and not is_role_word(words[start - 1]):
                break  # "Eric Trump" is not Donald Trump: a first name, not a title, before the surname
            return candidate
    name = _proper_tail(words)
    while len(name) > 1 and name[0].lower() in TITLE_ABBREVIATIONS:
        name = name[1:]
    bare_group = len(name) == 1 and len(words) == 1 and name[0].lower() in speaker_nouns()["group"]
    if name and not bare_group and (len(name) >= 2 or len(words) > 1 or not is_speaker_word(words[0].lower())):
        brand = len(name) == 1 and _BRAND.match(name[0])  # "OpenSecrets said": a body's one-word name
        return Actor(" ".join(name), "organisation" if brand else "person", side)
    owner = max((i for i, w in enumerate(words[:-1]) if w[:1].islower() and POSSESSIVE_END.search(w)), default=None)
    if owner is not None and words[-1].lower() in speaker_nouns()["person"]:
        words = words[owner + 1 :]  # "the Democratic presidential candidate’s former doctor": the doctor
    actor = _description_actor(words, country, side)
    adjective = gaz.adjective(country) if country else None
    if actor.type == "organisation" and adjective and not gaz.country_of(actor.name):
        # "the defence ministry in Moscow": a body of the country its place names
        named = f"{adjective} {actor.name}"
        return gaz.actor(named) or Actor(named, actor.type, side)
    return actor


def _before_of_place(words: list[str]) -> list[str]:
    """The words before a closing "of" and a place when they end with a person's name ("Senator
    Rand Paul of Kentucky"): who is from there, not the place; none for a body of the place ("the
    government of Costa Rica", "the Republic of Turkey") or when no place closes ``words``."""
    at = max((i for i, w in enumerate(words) if w == "of"), default=None)
    if at is None or at + 1 >= len(words):
        return []
    place = " ".join(words[at + 1 :])
    head = [w for w in words[:at] if w.lower() not in _DETERMINERS]
    named = len(_proper_tail(head)) >= 2 and not body_head(head)
    return head if named and (place in countries.province_names() or country_name(place)) else []


def _the_name(words: list[str], gaz: Gazetteer) -> bool:
    """Whether the capitalised words after "the" name a body: no person's name takes "the" ("The
    Hill", "The Atlantic", "the Post"), unless it holds a first name ("The Donald", "the Rev. Al
    Sharpton"), a title ("the Ukrainian President"), a party ("the Utah Republican"), an owner ("the
    Post's Dana Milbank") or is a plural, perhaps a family's ("the Clintons")."""
    return (
        all(w[:1].isupper() for w in words)
        and not words[-1].endswith("s")
        and not any(
            w.casefold() in first_names()
            or is_role_word(w.lower().rstrip("."))
            or w.lower() in TITLE_ABBREVIATIONS
            or w.lower() in _party_words()
            or POSSESSIVE_END.search(w)
            for w in words
        )
        and not any(known.type == "person" for w in words if (known := gaz.actor(w)))
    )


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every spelling of a country's name, case-folded ("south korea", "saudi arabia")."""
    return frozenset(fold(s) for country in countries.countries() for s in (country.name, *country.spellings))


def country_name(phrase: str) -> bool:
    """Is ``phrase`` a country's name ("South Korea"), not a demonym or a word of one?"""
    return fold(phrase) in _country_names()


_LEADERS_BODIES = {"campaign", "administration", "team"}  # bodies a news story names by their leader


def _named_owner(word: str) -> bool:
    """Is ``word`` a person's name owning what follows ("Trump", "Clinton’s"), not a party,
    a country or a title ("Democratic campaign", "the presidential campaign")?"""
    base = POSSESSIVE_END.sub("", word)
    named = gazetteer().is_country_word(base) or is_role_word(base) or base.lower() in _party_words()
    return base[:1].isupper() and not named


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    """The words that name a party ("Democratic", "GOP"), from the typology's word lists."""
    return frozenset(w for words in data_yaml("source_types.yml")["parties"].values() for w in words)

# the words of a quantity of people: "a number of tax experts", "dozens of protesters" are those people
QUANTITY_WORDS = (
    "number", "handful", "couple", "dozens", "hundreds", "thousands", "scores", "majority", "minority",
    "few", "some", "many", "several", "most", "half",
)
_QUANTITY_OF = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:{'|'.join(QUANTITY_WORDS)})\s+of\s+(?:the\s+)?(?=\S+\s*\S*s\b)", re.I
)
_CLOSE_TO = re.compile(
    r"(?:those|people|someone|some|one|several|many)\s+close\s+to\s+(?P<whom>[\w’' .-]{1,60})$", re.I
)
GOVERNED = {"city", "state", "county", "town", "village", "commonwealth", "borough"}  # "the city of Phoenix"


def side_from_words(text: str) -> str:
    """The side a description states: a country word first ("Kremlin-backed"), else the
    side of a place it names ("of the Dnipro group"), else unknown."""
    gaz = gazetteer()
    side = gaz.side_of(text)
    if side:
        return side
    places = gaz.place_mentions(text)
    return places[0][2].side if places else "unknown"


def country_from_words(text: str) -> str | None:
    """The country a description states, as ``side_from_words`` finds it (None if none)."""
    gaz = gazetteer()
    country = gaz.country_of(text)
    if country:
        return country
    places = gaz.place_mentions(text)
    return places[0][2].country if places else None


def _owner_end(words: list[str]) -> int:
    """Where the capitalised words that open ``words`` end in a possessive ("Gary Johnson’s doctor":
    1), or -1 when they do not."""
    for k, w in enumerate(words):
        if re.search(r"['’]s$", w):
            return k
        if not w[:1].isupper():
            return -1
    return -1


def _description_actor(words: list[str], country: str | None, side: str) -> Actor:
    """A body, group or unnamed person described by role words ("Russia's defense ministry")."""
    nouns = speaker_nouns()
    gaz = gazetteer()
    out = []
    owner_name = _owner_end(words)  # "Gary Johnson’s doctor": a name that owns the rest, kept as it is spelled
    for i, w in enumerate(words):
        base = re.sub(r"['’]s$", "", w)
        owner = gaz.country_of(base) if re.search(r"['’]s$", w) and gaz.is_country_word(base) else None
        if owner and gaz.adjective(owner):
            out.append(str(gaz.adjective(owner)))  # "Russia's" defence ministry -> "Russian"
        elif i <= owner_name:
            out.append(w)
        elif i > 0 and w[:1].isupper() and not base.isupper() and not gaz.is_country_word(base):
            out.append(base)  # a capitalised part of a name: "Southern Defense Command"
        elif i == 0 and not gaz.is_country_word(base):
            word = w if re.search(r"['’]s$", w) else base
            proper = len(words) > 1 and all(x[:1].isupper() for x in words)  # "Justice Department": a name
            proper = proper or (w[:1].isupper() and base.casefold() in nouns["party_members"])  # "Democrats"
            acronym = base.isupper() and len(base) > 1  # "GOP voters", "RNC member", "US officials"
            out.append(word if proper or acronym else word.lower())
        else:
            out.append(base)
    head = out[-1].lower()
    rest = [w.lower() for w in out[:-1]]
    adjective = gaz.adjective(country) if country else None
    national = adjective and all(gaz.is_country_word(w) for w in out[:-1] if w.lower() != "armed")
    if national and (head in nouns["military"] or " ".join(out[-2:]).lower() == "armed forces"):
        return Actor(f"{adjective} military", "organisation", side)
    if head in nouns["group"] or (
        head.endswith("s") and head not in nouns["organisation"] and not out[-1][:1].isupper()
    ):
        kind = "organisation" if head in {"authorities"} else "group"
        out = [w for w in out if w.lower() not in _OWNER_PRONOUNS] or out  # "his surrogates": unnamed surrogates
        possessive = any(re.search(r"['’]s$", w) for w in out)
        unmarked = country is None and side == "unknown" and not any(w[:1].isupper() for w in out)
        if unmarked and "unnamed" not in rest and not possessive:
            out = ["unnamed", *out]
        return Actor(" ".join(out), kind, side)
    body = head in nouns["organisation"] or head in nouns["body_heads"]  # "the bank said", "the union"
    if body or head in nouns["documents"] or out[-1][:1].isupper():
        return Actor(" ".join(out), "organisation", side)  # "the report": its issuer's, a body's
    return Actor(" ".join(out), "person", side)
