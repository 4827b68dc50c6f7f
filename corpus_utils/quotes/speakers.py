"""Who speaks: the description of a speaker next to a cue, and its canonical actor.

Rules over tokens, without a parser: a name or description before the verb (across
auxiliaries, time phrases, a party-and-state tag, an appositive or a long relative clause),
after it in an inversion ('"...," said a senior official'), the subject of a clause for
participles and coordinated verbs, and any noun phrase that opens its clause as a last
resort. ``_Resolver`` turns a description into an actor: the gazetteer, surnames named
earlier, pronouns resolved to the last person or body named, and definite roles ("the
spokesman") that the article already gave a name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from corpus_utils.actors import (
    ACRONYM,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    Actor,
    describe,
    first_names,
    gazetteer,
    is_adverb,
    is_function_word,
    is_role_word,
    speaker_nouns,
)
from corpus_utils.articles import Article
from corpus_utils.data import stopwords
from corpus_utils.quotes.marks import Marks, _inside
from corpus_utils.quotes.words import (
    _AUX,
    _BE,
    _CLAUSE_PUNCTUATION,
    _CLAUSE_STARTS,
    _DETERMINERS,
    _INTRO_WORDS,
    _NAME_PARTICLES,
    _NP_LINKS,
    _PEOPLE_ADJECTIVE,
    _PREPOSITIONS,
    _QUANTIFIERS,
    _RELATIVE,
    _SUBORDINATORS,
    _TIME_WORDS,
    Token,
    _noun_heads,
    _speakerish,
    cues,
)
from corpus_utils.spans import SpanIndex


def _np_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [a, b) of the speaker description ending just before index ``i``; a short
    parenthesis right before ``i`` ("Harry Reid (D-Nev.) said") is left out."""
    if i > 0 and toks[i - 1].text == ")":
        opening = next((j for j in range(i - 2, max(-1, i - 9), -1) if toks[j].text == "("), None)
        if opening is not None:
            i = opening
    b = a = i
    while a > 0:
        t = toks[a - 1]
        if t.low in {"the", "a", "an"}:
            if a >= 3 and toks[a - 2].low in {"of", "for"} and _speakerish(toks[a - 3]) and a < b:
                a -= 2  # "Trehubov of the Dnipro Group", "Institute for the Study of War"
                continue
            a -= 1
            break
        if t.low == "of" and a < b and toks[a].text[:1].isupper() and a >= 2 and _speakerish(toks[a - 2]):
            a -= 1
            continue
        linked = a < b and a >= 2 and toks[a].text[:1].isupper() and toks[a - 2].text[:1].isupper()
        if t.low in {"on", "for"} and linked:
            a -= 1  # "the Commission on Presidential Debates", "Center for American Progress"
            continue
        auxiliary = t.low in _AUX and not _surname_like(toks, a - 1)
        if t.text[:1].isalpha() and _speakerish(t) and not auxiliary and t.low not in _CLAUSE_STARTS:
            if a - 1 == 0 and t.low in _INTRO_WORDS:
                break
            a -= 1
            continue
        inside_name = a < b and toks[a].text[:1].isupper() and a >= 2 and toks[a - 2].text[:1].isupper()
        if t.low in _NAME_PARTICLES and inside_name:
            a -= 1  # "Jorge dos Santos", "Ursula von der Leyen"
            continue
        a = _modifiers_before(toks, a, b)
        break
    return (a, b) if a < b and not (b - a == 1 and toks[a].low in {"the", "a", "an"}) else None


def _modifiers_before(toks: list[Token], a: int, b: int) -> int:
    """Take in up to three modifiers back to a determiner: "the [Ukrainian air] force"."""
    if a == b or not toks[b - 1].text.islower():
        return a
    for j in range(a - 1, max(-1, a - 4), -1):
        t = toks[j]
        if t.low in {"the", "a", "an"} or re.search(r"['’]s$", t.text):
            return j
        if not t.text.isalpha() or t.low in _AUX | _CLAUSE_STARTS | _PREPOSITIONS:
            break
        if not (t.text.islower() or _speakerish(t)):
            break
    return a


def _head_before_pp(toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """Extend "... city of Donetsk" back to its head: "authorities in the east Ukrainian city of Donetsk"."""
    nouns = speaker_nouns()
    for j in range(np[0] - 2, max(-1, np[0] - 10), -1):
        t = toks[j]
        if not t.text[:1].isalnum() or t.low in _CLAUSE_STARTS:
            break
        if t.low in nouns["group"] or t.low in nouns["organisation"]:
            head = _np_before(toks, j + 1)
            return (head[0], np[1]) if head else np
    return np


def _np_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Token range of a speaker description starting at index ``i``."""
    a = b = i
    if b < len(toks) and toks[b].low in {"the", "a", "an"}:
        b += 1
    while b < len(toks):
        t = toks[b]
        name_word = t.text[:1].isupper() and b > i  # "Yin Myint May": a capitalised "May" inside a name
        if t.text[:1].isalpha() and _speakerish(t) and (t.low not in _AUX or name_word) and t.low not in _CLAUSE_STARTS:
            b += 1
            continue
        if _title_word(t) and _name_follows(toks, b):
            b += 1  # a title before a name: "former Massachusetts congressman Barney Frank"
            continue
        if b > i and _PEOPLE_ADJECTIVE.search(toks[b - 1].text) and _title_word(t):
            b += 1  # the head after a party or country adjective: "two Democratic speechwriters"
            continue
        if b > i and re.search(r"['’]s$", toks[b - 1].text) and _title_word(t):
            b += 1  # the head after a possessive: "Clinton's right-hand woman", not "Clinton's"
            continue
        if t.low == "of" and b + 1 < len(toks) and (toks[b + 1].text[:1].isupper() or toks[b + 1].low == "the"):
            b += 2 if toks[b + 1].low == "the" else 1  # "the head of the regional administration"
            continue
        group_of = t.low == "of" and b > i and toks[b - 1].low in _noun_heads()
        if group_of and b + 1 < len(toks) and is_role_word(toks[b + 1].text):
            b += 1  # "Small groups of protesters"
            continue
        break
    if b > a and toks[b - 1].low in {"the", "a", "an", "of"}:
        b -= 1
    return (a, b) if b > a and not (b - a == 1 and toks[a].low in {"the", "a", "an"}) else None


_NOT_TITLE_WORDS = frozenset(_AUX | _PREPOSITIONS | _CLAUSE_STARTS | _TIME_WORDS | {"the", "a", "an"})


def _title_word(t: Token) -> bool:
    """A lower-case word that can be part of a title before a name ("congressman",
    "nutritional-supplement executive"), not a verb ("attacked", "says", "visiting")."""
    return (
        t.text.replace("-", "").isalpha()
        and t.text.islower()
        and t.low not in _NOT_TITLE_WORDS
        and t.low not in cues().verbs
        and not t.low.endswith(("ed", "ing"))
    )


def _title_or_role(t: Token) -> bool:
    """A lower-case word of a title before a name, the role nouns included ("state Del.")."""
    return _title_word(t) or (t.text.islower() and is_role_word(t.text))


def _name_follows(toks: list[Token], b: int) -> bool:
    """Lower-case words at ``b`` run into a capitalised name within three words (a title:
    "campaign spokesman Hogan Gidley"), not into a verb or the end of the phrase."""
    for t in toks[b + 1 : b + 5]:
        if t.text[:1].isupper():
            return t.low not in _TIME_WORDS
        if t.low in {"of", "for"}:
            continue  # "master of ceremonies Asab Al-Tabchi", "director for policy Jane Roe"
        if not _title_word(t) or t.low in _CLAUSE_STARTS | _PREPOSITIONS:
            return False
    return False


def _opens_subclause(toks: list[Token], j: int) -> bool:
    """A subordinating word that opens a clause with its own subject ("while", "because";
    "as" or "since" before a name or a pronoun), not a preposition ("went after the contractor")."""
    word = toks[j].low
    if word in {"while", "when", "because", "though", "although", "whereas", "if"}:
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return word in {"as", "since"} and nxt is not None and (nxt.text[:1].isupper() or nxt.low in PRONOUNS)


def _participle_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the main clause before ", CUE-ing" ("Trump went after Bush, calling
    him ..."; "Schilling's son, Grant, defended his father on Facebook, saying ..."): the
    comma-separated stretches are walked back from the participle; the first that opens with
    a name, a determiner or a pronoun (not a preposition or another participle) holds it."""
    commas = [j for j in range(i - 1) if toks[j].text == ","]
    bounds = [-1, *commas]
    end = i - 1
    for start in reversed(bounds[-5:]):
        first = start + 1
        if first >= end:
            continue
        t = toks[first]
        if t.low in PRONOUNS:
            return first, first + 1
        if any(_opens_subclause(toks, j) for j in range(first, end)):
            return None  # "Ukraine faces ... as Russia intensifies ..., claiming": the inner clause's subject
        if t.low in _PREPOSITIONS:
            after = _subject_after_phrase(toks, first, end)
            if after is not None:
                return after  # "On September 27 they published ..., announcing"
            end = start
            continue  # "In August, several groups granted ..., saying": not "In August"
        opens_np = t.text[:1].isupper() or t.low in _DETERMINERS or t.low in _QUANTIFIERS
        if opens_np and t.low not in _INTRO_WORDS and not t.low.endswith(("ing", "ed")) and t.low not in _TIME_WORDS:
            np = _np_after(toks, first) or _phrase_after(toks, first)
            if np is not None and np[1] < end:
                return (_name_before_appositive(toks, start) if t.text.islower() else None) or np
        end = start
    return None


def _subject_after_phrase(toks: list[Token], first: int, end: int) -> tuple[int, int] | None:
    """The pronoun that opens a clause after a short time or place phrase ("On September 27 they
    ..."): the phrase's words are capitalised names, numbers or time words."""
    for j in range(first + 1, min(end, first + 6)):
        t = toks[j]
        if t.low in PRONOUNS:
            return j, j + 1
        if not (t.text[:1].isupper() or t.text.isdigit() or t.low in _TIME_WORDS | {"the", "last", "next", "this"}):
            return None
    return None


def _name_before_appositive(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """The name that a description after ``comma`` is in apposition to, when it opens its clause
    ("Dean, a former party chairman, poked at ..., tweeting": Dean, not the chairman)."""
    if comma <= 0:
        return None
    stretch = max((j for j in range(comma) if toks[j].text in {",", ";", ":"}), default=-1) + 1
    np = _np_after(toks, stretch)
    if np is None or np[1] != comma or not toks[np[0]].text[:1].isupper():
        return None
    return np if toks[np[0]].low not in _DETERMINERS | _PREPOSITIONS else None


def _clause_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the clause that contains index ``i``: the description after the
    clause's start word, or after an introductory phrase at sentence start."""
    j = i - 1
    while j >= 0 and toks[j].low not in _CLAUSE_STARTS - {"that", "which", "who"}:
        j -= 1
    start = j + 1
    dash = next((k for k in range(min(i, 8)) if toks[k].text in {"–", "—", "-"}), None)
    if start == 0 and dash is not None and any(t.text == "(" for t in toks[:dash]):
        start = dash + 1  # a dateline: "Washington (AFP) – Democrat Hillary Clinton has ..."
    comma = next((k for k in range(start, i) if toks[k].text == ","), None)
    intro = toks[start].low in _INTRO_WORDS or not _speakerish(toks[start]) or toks[start].low.endswith(("ed", "ing"))
    if (
        comma is not None
        and comma + 1 < i
        and (
            intro
            or toks[comma + 1].low in PRONOUNS
            or any(t.low in _TIME_WORDS or t.low in {"later", "ago", "earlier"} for t in toks[start:comma])
        )
    ):
        start = comma + 1  # "Eight years ago, he supported ... and said", "Hours later, Trump ..., telling"
    while start < i and toks[start].low in _INTRO_WORDS | {","} and not toks[start].text[:1].isupper():
        start += 1
    if start < i and toks[start].low in PRONOUNS:
        return start, start + 1
    if start < i and toks[start].low in _PREPOSITIONS:
        return _subject_after_phrase(toks, start, i)  # "On September 27 they published ..., announcing"
    return _np_after(toks, start)


def _replace_at(entries: list[tuple[int, Actor]], offset: int, actor: Actor) -> None:
    """Insert ``(offset, actor)`` in offset order, dropping an entry of the same name there."""
    lo = bisect.bisect_left(entries, offset, key=lambda item: item[0])
    hi = bisect.bisect_right(entries, offset, key=lambda item: item[0])
    for j in range(hi - 1, lo - 1, -1):
        if entries[j][1].name == actor.name:
            del entries[j]
    bisect.insort_left(entries, (offset, actor), key=lambda item: item[0])


class _Resolver:
    """Names speakers in one article: gazetteer, description rules, pronouns, surnames, and
    roles ("the spokesman" after "Kremlin spokesman Dmitry Peskov")."""

    def __init__(self, article: Article, spans: Marks) -> None:
        # persons and bodies named outside quotes, sorted by offset (ties: first noted last),
        # and named persons by surname, so that each look-up is a bisection, not a scan
        self.pools: dict[str, list[tuple[int, Actor]]] = {"person": [], "organisation": []}
        self.surnames: dict[str, list[tuple[int, Actor]]] = {}
        self.roles: dict[str, Actor] = {}  # role word -> the named person last described by it
        self.genders: dict[str, str] = {}  # person -> the gender the text gives them, for "he"/"she"
        self.acronyms: dict[str, Actor] = {}  # acronym -> the body its expansion named
        mentions = gazetteer().actor_mentions(article.text)
        known = SpanIndex(mentions)
        for start, end, actor in mentions:
            if not _inside(start, spans):
                self.note(start, actor, article.text[max(0, start - 6) : end])
        expansions = _EXPANSION.finditer(article.text) if _ACRONYM_IN_BRACKETS.search(article.text) else ()
        for m in expansions:  # "the Federal Emergency Management Agency (FEMA)"
            actor = describe(m.group(), "")
            expansion = re.sub(r"^(?:The|A|An)\s+", "", m.group("expansion"))
            self.acronyms[m.group("acronym")] = self.acronyms[expansion] = actor
        self.bodies: list[tuple[int, Actor]] = []  # bodies named in capitals: "the agency" may stand for them
        for m in _BODY_NAME.finditer(article.text):
            name = _CLAUSE_OPENER.sub("", m.group())
            if not _inside(m.start(), spans) and " " in name:
                body = describe(name)
                self.bodies.append((m.start(), Actor(body.name, "organisation", body.side, body.role)))
        names = first_names()
        for m in _PERSON_NAME.finditer(article.text):  # people the gazetteer does not know
            words = m.group("name").split()
            k = 0 if m.group("title") else next((j for j, w in enumerate(words) if w.lower() in names), None)
            if k is None or len(words) - k < (1 if m.group("title") else 2):
                continue  # "Senator Lindsey Graham" -> "Lindsey Graham"; "New York" is nobody
            if not known.overlaps(m.start(), m.end()) and not _inside(m.start(), spans):
                actor = describe(" ".join(words[k:]))
                if m.group("title") or " " in actor.name:  # "Supreme Court Justice" is no one's full name
                    self.note(m.start("name"), actor, m.group())
        self._first_names_alone(article.text, spans)

    def _first_names_alone(self, text: str, spans: Marks) -> None:
        """People a text calls by their first name alone ("Melanie thought ...", "Melanie said"),
        twice or more, so that "she" can find them: a first name of the shipped list, capitalised,
        with no capitalised word after it, no other use as a common word and no one named in full
        with it; outside quotations, or inside a quoted passage (an excerpt tells its own story)."""
        alone: dict[str, list[int]] = {}
        for m in _FIRST_NAME_ALONE.finditer(text):
            word = m.group(1)
            quoted = [q for q in spans.containing(m.start()) if q.close_mark - q.open_mark < PASSAGE_CHARS]
            if word.lower() in first_names() and word.lower() not in stopwords() and not quoted:
                alone.setdefault(word, []).append(m.start())
        named = {a.name.split()[0] for _, a in self.pools["person"] if " " in a.name}
        for word, offsets in alone.items():
            if word in self.surnames or word in named:
                continue  # "Clinton", "Hillary": the surname or first name of someone named in full
            if len(offsets) >= 2 and not re.search(rf"\b{word.lower()}\b", text):
                self.genders.setdefault(word, first_names()[word.lower()])
                for offset in offsets:
                    self.note(offset, Actor(word, "person", "unknown"), word)

    def note(self, offset: int, actor: Actor, mention: str = "") -> None:
        """Record ``actor`` as named at ``offset``; a fuller description of the same person at
        the same place (from an attribution) replaces the bare name noted before it."""
        pool = self.pools["person" if actor.type == "person" else "organisation"]
        _replace_at(pool, offset, actor)
        if actor.type == "person":
            words = actor.name.split()
            given = first_names().get(words[0].lower()) if len(words) >= 2 else None  # "Keith Scott": male
            if gender := grammatical_gender(mention, actor.name) or given:
                self.genders.setdefault(actor.name, gender)
            if " " in actor.name:
                _replace_at(self.surnames.setdefault(actor.name.split()[-1], []), offset, actor)

    def _pronoun(self, key: str, offset: int) -> Actor | None:
        """The last person (or body) before ``offset`` that the pronoun can refer to: "she" skips
        the people the text makes male, "he" the ones it makes female, "they" the countries; a
        person the pronoun then refers to keeps that gender."""
        kind = PRONOUNS.get(key) or {"his": "person", "her": "person"}.get(key, "organisation")
        pool = self.pools["person" if kind == "person" else "organisation"]
        i = bisect.bisect_left(pool, offset, key=lambda item: item[0])
        if not i:
            return None
        wanted = PRONOUN_GENDERS.get(key)
        if key in {"they", "their"}:  # "they" are people or a body, not a country ("it")
            return next((pool[j][1] for j in range(i - 1, max(-1, i - 40), -1) if pool[j][1].role != "state"), None)
        if wanted is None:
            return pool[i - 1][1]
        for j in range(i - 1, max(-1, i - 40), -1):
            actor = pool[j][1]
            if self.genders.get(actor.name, wanted) == wanted:
                self.genders.setdefault(actor.name, wanted)
                return actor
        return None  # everyone named before is of the other gender: someone the rules did not see named

    def _generic_body(self, key: str, offset: int) -> Actor | None:
        """The body a definite generic head stands for: "the agency" after "the Central Intelligence
        Agency", "the department" after "the Justice Department": the last body named before
        ``offset`` whose name has that word."""
        m = re.fullmatch(r"the (\w+)", key)
        if not m or m.group(1) not in speaker_nouns()["organisation"]:
            return None
        found: tuple[int, Actor] | None = None
        for named in (self.pools["organisation"], self.bodies):  # both in text order: the latest of either
            j = bisect.bisect_left(named, offset, key=lambda item: item[0]) - 1
            while j >= 0 and m.group(1) not in named[j][1].name.casefold().split():
                j -= 1
            if j >= 0 and (found is None or named[j][0] >= found[0]):
                found = named[j]
        return found[1] if found else None

    def resolve(self, mention: str, offset: int, context: str = "") -> Actor | None:
        key = mention.lower()
        if key in PRONOUNS or key in {"his", "her", "its", "their"}:
            return self._pronoun(key, offset)
        bare = re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I)
        if bare in self.acronyms:  # "FEMA" and "the Federal ... Agency" after "the Federal ... Agency (FEMA)"
            actor = self.acronyms[bare]
            self.note(offset, actor, mention)
            return actor
        if body := self._generic_body(key, offset):
            self.note(offset, body, mention)
            return body
        actor = describe(mention, context)
        if is_function_word(actor.name):
            return None  # "Having said that, ...": a capital the sentence gave, no one's name
        if m := ACRONYM.match(mention.strip()):
            self.acronyms[m.group("acronym")] = actor
        if actor.type == "person" and " " not in actor.name:
            same = self.surnames.get(actor.name)
            near = {a.name: a for at, a in (same or ()) if offset - NEAR_CHARS <= at < offset}
            if len(near) == 1:  # the one person of that surname named just before (a live blog's item)
                actor = next(iter(near.values()))
            elif same:  # the person the article names most in full, the first named on a tie: not a relative
                counts = Counter(a.name for _, a in same)
                actor = max((a for _, a in same), key=lambda a: counts[a.name])
            elif len(given := {a.name for _, a in self.pools["person"] if a.name.startswith(actor.name + " ")}) == 1:
                actor = next(a for _, a in self.pools["person"] if a.name in given)  # "Hillary": Hillary Roe
        role = key.split()[-1] if key.startswith("the ") and len(key.split()) == 2 else None
        if actor.type == "person" and role and role in self.roles:
            actor = self.roles[role]  # a definite role that the article already gave a name
        elif actor.type == "person" and any(c.isupper() for c in actor.name):
            for word in re.findall(r"[a-z][a-z-]+", f"{mention} {context}"):
                if word in speaker_nouns()["person"]:
                    self.roles[word] = actor
        self.note(offset, actor, mention)
        return actor


# An organisation's name in title case followed by its acronym in brackets.
_EXPANSION = re.compile(
    r"(?P<expansion>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'-]+){1,8})\s*\((?P<acronym>[A-Z][A-Z&]{1,9})\)"
)
# A body named in capitals by a head its generic mentions repeat: "the Justice Department",
# "Congressional Budget Office" ("the department", "the office").
_BODY_NAME = re.compile(
    r"(?:[A-Z][\w’'-]+\s+(?:(?:of|for|and|on|the)\s+)*){1,5}"
    r"(?:Agency|Department|Office|Commission|Committee|Bureau|Administration|Council|Ministry|Service|Court)\b"
)
_CLAUSE_OPENER = re.compile(r"^(?:(?:The|A|An|While|When|As|After|Before|If|But|And|In|On|At|For|Since)\s+)+")
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Z&]{1,9}\)")  # what every expansion ends with: a cheap test first
# A person named with a title, or with a first name of the shipped list: "Mrs. Clinton",
# "Sen. Lindsey Graham", "Lindsey Graham".
_PERSON_NAME = re.compile(
    r"(?:\b(?P<title>Mrs|Ms|Miss|Mr|Dr|Sen|Rep|Gov|Gen|Sir|Lady)\.?\s+)?"
    r"\b(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){0,2})\b"
)
NEAR_CHARS = 1500  # a surname alone is the one person of that surname named this close before it
PASSAGE_CHARS = 200  # a quotation this long is a passage of another text, not a remark
_FIRST_NAME_ALONE = re.compile(r"\b([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])(?!['’-])")
PRONOUN_GENDERS = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}
_TITLE_GENDERS = {"mrs": "female", "ms": "female", "miss": "female", "mr": "male", "sir": "male", "lady": "female"}


def grammatical_gender(mention: str, name: str) -> str | None:
    """The gender a text gives a person: a title before the name ("Mrs. Clinton", "Mr. Trump"),
    else the first name when it is in the shipped list; None when neither tells."""
    title = re.search(r"\b(Mrs|Ms|Miss|Mr|Sir|Lady)\b\.?\s+[A-Z]", mention)
    if title:
        return _TITLE_GENDERS[title.group(1).lower()]
    words = name.split()
    return first_names().get(words[0].lower()) if len(words) >= 2 else None


def _surname_like(toks: list[Token], k: int) -> bool:
    """Is the capitalised auxiliary at ``k`` ("May", "Will") a name word, right after another?"""
    return k > 0 and toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha()


def _before_auxiliaries(toks: list[Token], i: int) -> int:
    """The index before the auxiliaries, -ly adverbs and time phrases in front of a verb
    ("has also said", "on Saturday criticized", "last week said"): a day is never a speaker."""
    j = i
    while j > 0:
        t = toks[j - 1]
        if _surname_like(toks, j - 1):
            break  # "Theresa May said": a capitalised "May" after a name is its surname
        if t.low in _AUX or is_adverb(t.text):
            j -= 1
        elif t.low in _TIME_WORDS:
            j -= 1
            if j > 0 and toks[j - 1].low in {"on", "last", "this", "that", "late", "early"}:
                j -= 1
        else:
            break
    return j


def _is_name(words: list[Token]) -> bool:
    """Two to four capitalised words that are not a known place: a person's name, after the
    titles before it ("state Del. Marcia Price", "Sen. Bob Casey")."""
    initial = re.compile(r"[A-Z]\.")  # "James B. Comey"
    while len(words) > 2 and (words[0].low in TITLE_ABBREVIATIONS or _title_or_role(words[0])):
        words = words[1:]
    if not 2 <= len(words) <= 4 or not all(
        w.text[:1].isupper() and (w.text.isalpha() or initial.fullmatch(w.text)) for w in words
    ):
        return False
    return not gazetteer().place_mentions(" ".join(w.text for w in words))


def _phrase_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Any noun phrase that starts at ``i`` with a determiner, a number or a capital, up to
    the next clause boundary ("the same poll", "three intelligence sources who ...", "a
    prominent committee member who ..."): the last resort after the speaker rules."""
    if i >= len(toks) or not (
        toks[i].low in _DETERMINERS | _QUANTIFIERS or toks[i].text[:1].isupper() or toks[i].text[:1].isdigit()
    ):
        return None
    b = i
    while b < len(toks) and b - i < 10:
        t = toks[b]
        if not (t.text[:1].isalnum() or t.text in {"&", "-", "/"}) or t.low in _CLAUSE_STARTS or t.low in _AUX:
            break  # "/": "9/11 widow Jane Roe"
        if b > i and (t.low in _PREPOSITIONS - {"of", "for", "at"} or t.low in _SUBORDINATORS):
            break
        if b > i + 1 and _finite_past(toks, b):
            break  # "several environmental groups granted Mr. Clarke ...": the phrase ends at its verb
        b += 1
    while b > i and toks[b - 1].low in _DETERMINERS | _NP_LINKS | _QUANTIFIERS:
        b -= 1
    return (i, b) if b > i else None


def _finite_past(toks: list[Token], b: int) -> bool:
    """A lower-case past-tense verb with an object, not a participle that modifies the noun
    before it ("groups granted Mr. Clarke", not "data released by the board")."""
    t, nxt = toks[b], toks[b + 1] if b + 1 < len(toks) else None
    return (
        t.text.islower()
        and t.low.endswith("ed")
        and nxt is not None
        and (nxt.text[:1].isupper() or nxt.low in _DETERMINERS)
        and toks[b - 1].text.isalpha()
    )


def _subject_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """Any noun phrase that ends right before the verb at ``j`` and starts the clause: a
    determiner and the words after it ("the women", "An earlier report in a local paper",
    "the suit"), or a number phrase ("Two in three"). A reporting verb takes a subject that no
    word list can hold, so this is the last resort after the speaker rules."""
    a = j
    while a > 0 and j - a < 14:
        t = toks[a - 1]
        if not (t.text[:1].isalnum() or t.text in {"&", "-", "/"}) or t.low in _CLAUSE_STARTS - {"and"} or t.low in _BE:
            break
        after_determiner = a >= 2 and toks[a - 2].low in _DETERMINERS  # "An earlier report"
        if t.low in _RELATIVE or (t.low in _INTRO_WORDS - _NP_LINKS and not after_determiner):
            break
        if t.low in {"has", "have", "had", "will", "would"}:
            break
        a -= 1
    while a < j and toks[a].low in _NP_LINKS:
        a += 1
    if a >= j:
        return None
    lower = all(t.text.isalpha() and t.text.islower() for t in toks[a:j])
    plural = j - a <= 3 and lower and toks[j - 1].low.endswith("s")
    starts_np = (
        toks[a].low in _DETERMINERS | _QUANTIFIERS
        or toks[a].text[:1].isupper()
        or toks[a].text[:1].isdigit()
        or plural  # a bare plural: "hacking specialists say", "legal experts say"
    )
    before = toks[a - 1] if a > 0 else None
    clause_start = before is None or before.text in _CLAUSE_PUNCTUATION or before.low in _CLAUSE_STARTS
    if not (starts_np and clause_start) or toks[j - 1].low in _DETERMINERS | _NP_LINKS:
        return None
    return a, j


def _description_before(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """ "The governor of the Kharkiv region, ...": a role noun followed by its complement."""
    nouns = speaker_nouns()
    for j in range(comma - 1, max(-1, comma - 10), -1):
        if toks[j].text in {",", ";"} or toks[j].low in _CLAUSE_STARTS:
            break
        if toks[j].low in nouns["person"] or toks[j].low in nouns["group"] or toks[j].low in nouns["organisation"]:
            head = _np_before(toks, j + 1)
            return (head[0], comma) if head else None
    return None


def _inverted_speaker(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker right after the cue at ``i`` in an inversion ('"...," said X'): the name or
    description, or the whole phrase when it opens with a determiner and runs on past the
    speaker rules ("a former senior law enforcement official", not "a former senior")."""
    if i + 1 >= len(toks):
        return None
    np, phrase = _np_after(toks, i + 1), _phrase_after(toks, i + 1)
    if np and phrase and toks[i + 1].low in _DETERMINERS | _QUANTIFIERS and phrase[1] > np[1]:
        np = phrase
    found = np or phrase
    if found and found[1] < len(toks) and toks[found[1]].text == ",":
        # '"...," said the campaign's deputy manager, Rich Roe, who ...': the name in apposition
        end = next((j for j in range(found[1] + 1, len(toks)) if not toks[j].text[:1].isalnum()), len(toks))
        if (end == len(toks) or toks[end].text in {",", "."}) and _is_name(toks[found[1] + 1 : end]):
            return found[1] + 1, end
    return found


def _main_subject_after(toks: list[Token], i: int, spans: Marks) -> tuple[int, int] | None:
    """The subject of the main clause after an opening phrase that ends at a comma."""
    for j in range(i + 1, len(toks) - 1):
        if toks[j].text != ",":
            continue
        nxt = j + 2 if toks[j + 1].text in {"”", '"'} else j + 1  # 'was “so swollen,” she was'
        if nxt < len(toks) and (nxt == j + 2 or not _inside(toks[j].start, spans)) and _opens_clause(toks[nxt]):
            return (nxt, nxt + 1) if toks[nxt].low in PRONOUNS else _np_after(toks, nxt)
    return None


def _opens_clause(tok: Token) -> bool:
    """A word that can open a main clause after an opening phrase: a name, a pronoun or a determiner."""
    return tok.text[:1].isupper() or tok.low in PRONOUNS or tok.low in _DETERMINERS
