"""The words attribution rules look at: tokens, the cue lexicon (``data/cues.yml``) and the
small closed word classes (auxiliaries, clause openers, determiners, prepositions, time words)
that tell a speaker's description from the rest of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from corpus_utils.actors import is_speaker_word, speaker_nouns
from corpus_utils.articles import Sentence, abbreviations
from corpus_utils.data import data_yaml
from corpus_utils.wordtrie import trie_pattern

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\-.]\w+)*(?:[’']s)?|[^\w\s]")


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Tokens, with a title or an initial and its full stop as one token before a name
    ("Sen. Robert P. Casey Jr. (D-Pa.)"), using the sentence splitter's abbreviation list."""
    titles = sorted(w for w in abbreviations() if w.isalpha())
    # the lookahead (letters, then a full stop) turns away most words before the titles are tried
    title = (
        rf"(?=[^\W\d_]{{1,{max(map(len, titles))}}}\.)"
        rf"(?:(?:(?i:{trie_pattern(titles)})|[A-Z])\.(?=\s+[A-Z(])|(?i:jr|sr)\.(?=[\s,(]|$))"
    )
    return re.compile(rf"{title}|{_TOKEN.pattern}")


_AUX = {
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "being",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "also",
    "even",
    "already",
    "still",
    "now",
    "then",
    "again",
    "just",
    "once",
    "later",
    "earlier",
    "further",
    "since",
    "first",
    "both",
}


_BE = {"is", "are", "was", "were", "been", "be", "being"}


_NEGATION = {"not", "n't", "never", "no"}


_CLAUSE_STARTS = {
    "as",
    "while",
    "when",
    "after",
    "before",
    "because",
    "though",
    "although",
    "since",
    "if",
    "and",
    "but",
    "whereas",
    "whether",
    "that",
    "which",
    "who",
    "where",
    "amid",
    "despite",
}


_RELATIVE = {"who", "which", "that"}


_PREPOSITIONS = {"of", "in", "on", "at", "from", "to", "for", "with", "by", "near", "over", "into", "about"}


_SUBORDINATORS = {"while", "after", "before", "when", "by", "since", "without"}


_CHANNEL_PLATFORMS = (
    r"Telegram|X|Twitter|Facebook|Instagram|YouTube|VKontakte|VK|TikTok|WhatsApp|state television|state TV|"
    r"national television|television|radio|social media"
)


_CHANNEL = re.compile(
    rf"\b(?:on|via|through|over)\s+(?:the\s+)?(?:(?:messaging\s+)?(?:app|platform|channel)\s+)?"
    rf"(?P<platform>{_CHANNEL_PLATFORMS})\b"
    r"|\btold\s+(?:the\s+)?(?:(?:state|news|agency|broadcaster|television|tv|newspaper|radio|public|daily|online|"
    r"outlet|wire|service)\s+){0,4}(?P<outlet>(?:[A-Z][\w.&-]*\s?){1,4})"
    # "said this month on CNBC", "on CNBC's Squawk Box", "In a Wall Street Journal essay", "in an interview with CNN"
    r"|\bon\s+(?P<aired>(?:[A-Z][\w.&-]*\s?){1,4})"
    r"|\b[Ii]n\s+an?\s+(?P<printed>(?:[A-Z][\w.&-]*\s){1,4})(?:op-ed|essay|column|interview|article|editorial)\b"
    r"|\b(?:in\s+an?\s+)?interview\s+with\s+(?P<with>(?:[A-Z][\w.&-]*\s?){1,4})"
    r"|\b(?:in|through)\s+an?\s+(?P<form>statement|interview|video(?:\s+address)?|post|address|briefing|letter|email)\b"
    r"|\b(?:via|by)\s+(?P<mail>e-?mail)\b"
    # "Trump tweeted that", "In one tweet Friday, Trump said"; not "The tweet was deleted"
    r"|\b(?P<tweet>(?:re)?tweet(?:ed|ing)|[Ii]n\s+(?:an?|one|his|her|their|a\s+series\s+of)\s+(?:\w+\s+)?tweets?)\b"
)


_INTRO_WORDS = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "over",
    "for",
    "with",
    "since",
    "earlier",
    "notably",
    "however",
    "meanwhile",
    "officially",
    "later",
    "separately",
    "also",
    "still",
    "yet",
    "now",
    "if",
    "while",
    "as",
    "by",
    "under",
    "amid",
    "following",
    "despite",
    "last",
    "this",
}


@dataclass(frozen=True)
class Cues:
    verbs: dict[str, tuple[str, dict]]  # form -> (lemma, entry)
    lemmas: frozenset[str]
    nouns: dict[str, str]  # noun -> lemma
    hearsay: frozenset[str]
    tone: dict[str, str]
    finite: tuple[str, ...]  # auxiliaries and irregular past forms: a phrase holding one is a clause
    plural_nouns: frozenset[str]  # cue forms that are also plural nouns ("claims", "calls")


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = data_yaml("cues.yml")
    verbs = {form: (lemma, entry) for lemma, entry in data["verbs"].items() for form in entry["forms"]}
    nouns = {noun: lemma for lemma, forms in data["nouns"].items() for noun in forms}
    tone = {lemma: entry["tone"] for lemma, entry in {**data["verbs"], **data["phrases"]}.items()}
    return Cues(
        verbs,
        frozenset(data["verbs"]),
        nouns,
        frozenset(data["hearsay_adverbs"]),
        tone,
        tuple(data["finite_verbs"]),
        frozenset(data["plural_nouns"]),
    )


@lru_cache(maxsize=1)
def _content_breaks() -> re.Pattern[str]:
    """Where reported content ends: a relative or appositive clause, a dash, or the next cue
    (", asserting that", " and noted that", ", while accusing")."""
    ing = "|".join(sorted((f for f in cues().verbs if f.endswith("ing")), key=len, reverse=True))
    finite = "|".join(sorted((f for f in cues().verbs if not f.endswith("ing")), key=len, reverse=True))
    return re.compile(
        r",[\"”]?\s+(?:which|who|whom|whose|while|with|as|though|although|located|according|despite|a|an|if|"
        r"where)\b"
        # "but" (or "yet") opens the reporter's contrast unless a verb follows with no subject of its own: then
        # it goes on with what was said ("says it would depress revenue ..., but would eventually add")
        r"|,[\"”]?\s+(?:but|yet)\b(?!\s+(?:would|will|could|should|might|may|can|also|still)\b)"
        r"|\s[–—]\s|—|;"
        rf"|,[\"”]?\s+(?:{ing})\b"
        rf"|\s+and\s+(?:\w+ly\s+)?(?:{finite})\s+(?:that\b|to\b|[\"“])"
        r"|\s+and\s+(?=[A-Z][\w’'-]+\s+\w+ing\b)"  # "... and Putin playing a double game"
    )


class Token(NamedTuple):  # a tuple: made for every word of a sentence that may hold a cue
    text: str
    start: int
    end: int
    low: str  # lower case with a typographic apostrophe made straight: what the word lists hold


# (the pattern opens on its space and looks behind it for the letter or full stop: a pattern that opens
# on a literal is searched for that character, not tried at every position of an article)
_NICKNAME = re.compile(r" (?<=[a-z.] )[\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}[\"”] (?=[A-Z])")
# a nickname that opens a paragraph as the first name ("“Bobby” Scott threw open his back yard"): no
# comma after its closing mark, a surname and a lower-case verb after it; the mark opens the text or
# a line (no character but a line break before it)
_NICKNAME_FIRST = re.compile(r"(?<![^\n])[\"“][A-Z][a-z'’-]+[\"”] (?=[A-Z][\w'’-]+ [a-z])")


def nickname_marks(text: str) -> set[int]:
    """Offsets in ``text`` of the quotation marks around a nickname between a first name (or its
    initial) and a surname (Marcia "Cia" Price, Robert C. "Bobby" Scott), or standing for the first name at the
    start of a paragraph ("Bobby" Scott): part of a name, not a quotation."""
    out: set[int] = set()
    if '"' not in text and "“" not in text:
        return out  # most sentences quote nothing: no nickname to look for
    for m in _NICKNAME.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].rsplit(None, 1)
        if before and before[-1][:1].isupper():
            out |= {m.start() + 1, m.end() - 2}
    out |= {at for m in _NICKNAME_FIRST.finditer(text) for at in (m.start(), m.end() - 2)}
    return out


def thousands_comma(toks: list[Token], k: int) -> bool:
    """Whether the comma token at ``k`` is the one inside a number ("1,000"), not a clause's."""
    return (
        toks[k].text == ","
        and 0 < k < len(toks) - 1
        and toks[k - 1].text.isdigit()
        and toks[k + 1].text.isdigit()
        and toks[k - 1].end == toks[k].start == toks[k + 1].start - 1
    )


_DASHES = frozenset({"—", "―", "–"})


def _dash_before(toks: list[Token], j: int) -> int | None:
    """Where the dash that ends at token ``j`` starts: "—" alone, or "--" as two hyphens that touch."""
    if toks[j].text in _DASHES:
        return j
    if j > 0 and toks[j].text == toks[j - 1].text == "-" and toks[j - 1].end == toks[j].start:
        return j - 1
    return None


def without_dashed_aside(toks: list[Token], i: int) -> tuple[list[Token], int]:
    """The words before the cue at ``i`` without the aside set off by dashes right before it, the
    closing dash read as the comma it stands for: "John Dickey, the chief executive of Ora Media --
    the production company that owns the programming -- told me" reads as "John Dickey, the chief
    executive of Ora Media, told me". Unchanged when no such aside (or no word before it) is there."""
    close = _dash_before(toks, i - 1) if i > 1 else None
    if close is None:
        return toks, i
    for j in range(close - 1, max(0, close - 60), -1):
        if (opening := _dash_before(toks, j)) is not None:
            if opening == 0:
                return toks, i
            if not _described_before(toks, opening):  # "The mayor — a former teacher — said": "The mayor said"
                return [*toks[:opening], *toks[i:]], opening
            comma = Token(",", toks[close].start, toks[close].start + 1, ",")
            return [*toks[:opening], comma, *toks[i:]], opening + 1
    return toks, i


def _described_before(toks: list[Token], opening: int) -> bool:
    """Whether the words before a dashed aside end in a description set off by a comma ("John Dickey,
    the chief executive of Ora Media --"), which the closing dash closes as a comma would; a name
    after a comma ("On Tuesday, Joyce —"), a subject alone ("The mayor —") or a phrase that opens on a
    preposition (", with Hillary Clinton — who's called for tax hikes — lambasting": its subject) is no
    description."""
    comma = next((j for j in range(opening - 1, max(-1, opening - 15), -1) if toks[j].text == ","), None)
    return (
        comma is not None
        and comma + 1 < opening
        and not toks[comma + 1].text[:1].isupper()
        and toks[comma + 1].low not in _PREPOSITIONS
    )


# a thing a possessive pronoun owns, two words at most before its noun: "its forecast", "her economic plan"
OWNED_BY_PRONOUN = re.compile(r"\b(?P<owner>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}?(?P<doc>[a-z]+)\b")


def tokens(sentence: Sentence) -> list[Token]:
    """The words and punctuation of a sentence; the marks around a nickname are left out, so
    that the name reads as one (Marcia "Cia" Price)."""
    return list(_tokens(sentence.text, sentence.start))


@lru_cache(maxsize=1024)
def _tokens(text: str, base: int) -> tuple[Token, ...]:
    """``tokens`` of the sentence ``text`` at offset ``base``: the attributions, the evidence and
    the loose reading of a quotation's speaker ask for the same sentence of an article in turn
    (one in five calls), and an article has fewer sentences than the cache holds."""
    nicknames = nickname_marks(text)
    found = [(m.group(), m.start(), m.end()) for m in _token_pattern().finditer(text)]
    new = tuple.__new__  # what Token(...) calls, without a Python frame for each of the corpus's words
    return tuple(
        [
            new(Token, (word, base + at, base + end, word.lower().replace("’", "'")))
            for word, at, end in found
            if at not in nicknames
        ]
    )


# A capitalised adjective of a party or a people: Democratic, Republican, American, British, Iraqi
_PEOPLE_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ic|an|ish|ese|i)$")


def _speakerish(tok: Token) -> bool:
    return tok.text[:1].isupper() or is_speaker_word(tok.text)


_NAME_PARTICLES = {
    *("de", "da", "das", "do", "dos", "del", "della", "di", "du"),
    *("van", "von", "der", "den", "ter", "al", "bin", "ibn", "la", "le"),
}


@lru_cache(maxsize=1)
def _noun_heads() -> frozenset[str]:
    nouns = speaker_nouns()
    return frozenset(nouns["group"] | nouns["organisation"]) | {"television", "tv", "agency"}


def _previous(toks: list[Token], i: int) -> Token:
    """The token before ``i``, looking through a closing quotation mark (`...," asserting`)."""
    j = i - 1
    if toks[j].text in {'"', "”"} and j > 0 and toks[j - 1].text == ",":
        j -= 1
    return toks[j]


_ADVERBIAL = {
    "late",
    "early",
    "on",
    "in",
    "at",
    "to",
    "the",
    "a",
    "an",
    "with",
    "through",
    "via",
    "statement",
    "interview",
    "briefing",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "reporters",
    "journalists",
    "television",
    "state",
}


_TIME_WORDS = {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("today", "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "month", "year"),
}


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some", "many"}


_CLAUSE_PUNCTUATION = {",", ";", ":", "“", "”", '"', "(", "—", "–"}


_NP_LINKS = {"of", "in", "at", "for", "from", "with", "and", "&"}  # "a report in a local paper", "Clinton and the DNC"


_MINOR_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs"}


_QUANTIFIERS = {"one", "another", "two", "three", "several", "some", "many", "a", "an", "the"}
