"""Keys that make two spellings of one name equal: folded case, accents, titles, middle
initials and transliteration variants for people; collective heads for groups.

"Oleksandr Syrskyi" and "Oleksandr Syrsky", "Sen. Robert P. Casey
Jr." and "Robert Casey" meet on one key; so do "local authorities" and "local officials".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from corpus_utils.actors import POSSESSIVE_END, first_names

_TITLES = {
    *("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lady", "sen", "rep", "del", "gov", "gen", "lt", "col"),
    *("sgt", "capt", "adm", "rev", "president", "senator", "governor", "secretary", "minister", "mayor"),
    *("speaker", "chairman", "chairwoman", "director", "commissioner", "chancellor", "premier", "judge"),
    *("justice", "attorney", "general", "leader", "chief", "spokesman", "spokeswoman", "ambassador"),
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_Y_BEFORE_VOWEL = re.compile(r"(?<=[a-z])y(?=[aeiou])")
_FINAL_Y = re.compile(r"(?<=[a-z]{3})[iy]+$")
_POSSESSIVE = re.compile(r"['’]s\b")
_DETERMINER = re.compile(r"^(?:the|a|an|unnamed)\s+", re.I)


@lru_cache(maxsize=65536)  # a corpus has a few thousand name words, asked for again and again
def fold_word(word: str) -> str:
    """A name word without accents, case or transliteration variants: Syrskyi/Syrsky,
    Zelenskyy/Zelensky, Fyodorov/Fedorov, Maliar/Malyar, Mykhailo/Mikhailo."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c) and c.isalnum())
    w = w.replace("yo", "e").replace("kh", "h").replace("ya", "ia").replace("yu", "iu")
    w = _Y_BEFORE_VOWEL.sub("i", w)
    return _FINAL_Y.sub("", w)


def name_words(name: str) -> list[str]:
    """The words of a name that identify the person: no titles before it ("House Speaker Paul
    Ryan" -> Paul, Ryan), no possessive or middle initials; a generational suffix stays with
    the first name, since it makes another person ("Donald Trump Jr." -> Donald-jr, Trump)."""
    return list(_name_words(name))


@lru_cache(maxsize=65536)  # the cast asks for the words of each of its names a dozen times
def _name_words(name: str) -> tuple[str, ...]:
    """``name_words``, kept for the next question about the same name."""
    words = [w.strip(".,") for w in _POSSESSIVE.sub("", name).replace(".", ". ").split()]
    words = [w for w in words if w]
    titled = [i for i, w in enumerate(words) if w.lower() in _TITLES and i < len(words) - 1]
    if titled:
        words = words[titled[-1] + 1 :]
    given = [i for i, w in enumerate(words[:-1]) if w.casefold() in first_names()]
    if given and given[0] > 0:
        words = words[given[0] :]  # "Rival Hillary Clinton": a name starts at its first name
    suffix = [w.lower() for w in words if w.lower() in _SUFFIXES]
    out = [w for w in words if w.lower() not in _SUFFIXES]
    if len(out) > 2:
        out = [out[0], *(w for w in out[1:-1] if len(w) > 1), out[-1]]
    if suffix and len(out) >= 2:
        out[0] = f"{out[0]}-{suffix[0]}"
    return tuple(out)


@lru_cache(maxsize=65536)  # the cast asks it of each profile's name, at each of its steps
def without_titles(name: str) -> str:
    """A person's name as written, less the titles before it: "House Speaker Paul D. Ryan" ->
    "Paul D. Ryan" (the book names people, and shows their titles as roles)."""
    words = name.split()
    titled = [i for i, w in enumerate(words[:-1]) if w.strip(".,").lower() in _TITLES]
    return " ".join(words[titled[-1] + 1 :]) if titled else name


# The collective heads that name the same people: "local authorities" and "local officials"
_COLLECTIVES = {"officials": "authorities", "authorities": "authorities", "leaders": "leadership"}


def body_key(name: str) -> str:
    """The key of a body's or group's name: folded words, collective heads made one, a
    body's "leadership" the body ("Ukrainian military leadership" -> Ukrainian military), and
    a person's body by the surname ("Donald Trump campaign" -> trump campaign)."""
    written = _POSSESSIVE.sub("", _DETERMINER.sub("", name)).split()
    if len(written) >= 3 and written[0].casefold() in first_names() and written[1][:1].isupper():
        written = written[1:]  # "Donald Trump's campaign" is the "Trump campaign"
    words = [fold_word(w) for w in written]
    if len(words) > 1 and words[-1] in {"leadership", "leaders"}:
        words = words[:-1]
    if words:
        words[-1] = _COLLECTIVES.get(words[-1], words[-1])
    return " ".join(words)


@lru_cache(maxsize=65536)  # the same names are shown again and again (the cast, write_cast)
def display_name(name: str) -> str:
    """A name as the book shows it: no possessive ending ("Trump’s"), a capital first letter
    ("unnamed analysts" -> "Unnamed analysts", "justice Department" -> "Justice Department")."""
    name = POSSESSIVE_END.sub("", name.strip())
    return name[:1].upper() + name[1:]


_PRONOUN = re.compile(r"(?:i|we|you|he|she|they|it|me|us|him|them)(?:['’](?:ve|m|s|re|d|ll))?", re.I)


def is_pronoun(name: str) -> bool:
    """A speaker extraction could not resolve past a pronoun ("I", "He’s"): a different person
    in every article, of no known kind."""
    return bool(_PRONOUN.fullmatch(name.strip()))
