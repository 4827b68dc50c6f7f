"""Who speaks: the description of a speaker next to a cue, and its canonical actor.

Rules over tokens, without a parser: a name or description before the verb (across
auxiliaries, time phrases, a party-and-state tag, an appositive or a long relative clause),
after it in an inversion ('"...," said a senior official'), the subject of a clause for
participles and coordinated verbs, and any noun phrase that opens its clause as a last
resort. ``corpus_utils.quotes.resolver`` turns the description into an actor.
"""

from __future__ import annotations

import re

from corpus_utils.actors import (
    GOVERNED,
    POSSESSIVE_END,
    PRONOUNS,
    QUANTITY_WORDS,
    TITLE_ABBREVIATIONS,
    body_head,
    gazetteer,
    is_adverb,
    is_role_word,
    speaker_nouns,
)
from corpus_utils.data import stopwords
from corpus_utils.numerals import parse_number
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
        owner = a >= 2 and (_speakerish(toks[a - 2]) or toks[a - 2].low in GOVERNED)  # "the city of Phoenix"
        if t.low == "of" and a < b and toks[a].text[:1].isupper() and owner:
            a -= 1
            continue
        linked = a < b and a >= 2 and toks[a].text[:1].isupper() and toks[a - 2].text[:1].isupper()
        if t.low in {"on", "for"} and linked:
            a -= 1  # "the Commission on Presidential Debates", "Center for American Progress"
            continue
        if t.low == "and" and linked and body_head([x.text for x in toks[a:b]]) and not body_head([toks[a - 2].text]):
            a -= 1  # "Citizenship and Immigration Services" is one body's name; "Fox News and NBC News" two
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
    """Extend "... city of Donetsk" back to its head: "authorities in the east Ukrainian city of
    Donetsk", "A spokeswoman for Hillary Clinton" (her words are not the candidate's)."""
    nouns = speaker_nouns()
    for j in range(np[0] - 2, max(-1, np[0] - 10), -1):
        t = toks[j]
        if not t.text[:1].isalnum() or t.low in _CLAUSE_STARTS:
            break
        if t.low in nouns["group"] or t.low in nouns["organisation"] or t.low in nouns["person"]:
            head = _np_before(toks, j + 1)
            return (head[0], np[1]) if head else np
    return _common_noun_before_place(toks, np) or np


_NOT_NOUN_ENDINGS = ("ed", "ing", "ly")  # verbs and adverbs: "campaigned in Ohio", "only in Ohio"
_PLACE_PREPOSITIONS = {"in", "from", "near", "outside", "across"}
_NOT_A_PLACE_S = {"others", "many", "members"}  # people counted within a body, not people of a place


def _common_noun_before_place(toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """A name after "in" (or "from", "near" ...) that is where the speakers are, with the common noun
    before it that names them ("Clinton's biggest boosters in New Hampshire insisted", "The crowd in
    Cleveland chanted"): a reader found "New Hampshire" a speaker. The phrase runs back from the noun
    over its modifiers to a determiner or an owner."""
    a = np[0]
    if a < 2 or toks[a - 1].low not in _PLACE_PREPOSITIONS or not toks[a + (toks[a].low == "the")].text[:1].isupper():
        return None
    head = toks[a - 2]
    if not head.text.isalpha() or not head.text.islower() or head.low in stopwords():
        return None
    if head.low.endswith(_NOT_NOUN_ENDINGS) or head.low in _NOT_A_PLACE_S or head.low in speaker_nouns()["documents"]:
        return None  # "A statement from Ryan's office", "others in the Obama administration": the body speaks
    start = a - 2
    while start > max(0, a - 6) and _in_noun_phrase(toks[start - 1]):
        start -= 1
        if toks[start].low in {"the", "a", "an"} or POSSESSIVE_END.search(toks[start].text):
            break  # "Clinton's biggest boosters": the owner opens the phrase
    return start, np[1]


def _in_noun_phrase(tok: Token) -> bool:
    """A word that can stand before a noun in its phrase: not a mark, a clause's start or an auxiliary."""
    return tok.text[:1].isalpha() and tok.low not in _CLAUSE_STARTS and tok.low not in _AUX


def _body_before_joined_place(toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The body whose place joins two names: "The Tax Policy Center at the Urban Institute and
    Brookings Institution estimates" is the center's estimate, not Brookings's; None when ``np``
    is no second name after "and" in a phrase "at the ... and", after a name that opens the clause."""
    if np[0] < 4 or toks[np[0] - 1].low != "and":
        return None
    for j in range(np[0] - 2, max(0, np[0] - 9), -1):
        t = toks[j]
        if t.low in {"at", "of"}:
            head = _np_before(toks, j)
            opens = head is not None and (head[0] == 0 or not toks[head[0] - 1].text[:1].isalnum())
            return (head[0], j) if opens and head and toks[j - 1].text[:1].isupper() else None
        if not (t.text[:1].isupper() or t.low == "the"):
            return None
    return None


_SHARE_QUALIFIERS = {
    *("about", "nearly", "almost", "roughly", "some", "around", "over", "under", "just", "only"),
    *("more", "fewer", "less", "than"),
}


def _share_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A poll's share of its respondents ending at ``j``, as the subject of a cue: "About 4 in 10 say",
    "nearly nine out of 10 say", "Six in 10 say" (what they say is what the poll found)."""

    def number(t: Token) -> bool:
        return parse_number(t.text) is not None

    if j < 3 or not number(toks[j - 1]):
        return None
    if toks[j - 2].low == "in":
        k = j - 3
    elif j >= 4 and toks[j - 2].low == "of" and toks[j - 3].low == "out":
        k = j - 4
    else:
        return None
    if k < 0 or not number(toks[k]):
        return None
    while k > 0 and toks[k - 1].low in _SHARE_QUALIFIERS:
        k -= 1
    return k, j


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


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
        if t.low == "of" and b > i and _name_follows(toks, b):
            b += 1  # "master of ceremonies Asab Al-Tabchi"
            continue
        if _ORDINAL.fullmatch(t.low) and b > i and b + 1 < len(toks) and toks[b + 1].low in TITLE_ABBREVIATIONS:
            b += 1  # a rank: "Air Force 1st Lt. Tyler Livingston"
            continue
        if t.low == "of" and b + 1 < len(toks) and (toks[b + 1].text[:1].isupper() or toks[b + 1].low == "the"):
            b += 2 if toks[b + 1].low == "the" else 1  # "the head of the regional administration"
            continue
        if t.low == "of" and b > i and toks[b - 1].low in QUANTITY_WORDS and b + 1 < len(toks):
            b += 1  # "a number of tax experts": the experts
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
    own = _after_dateline(toks, i)
    commas = [j for j in range(own, i - 1) if toks[j].text == ","]
    bounds = [own - 1, *commas]
    end, apposed = i - 1, None
    for start in reversed(bounds[-5:]):
        first, named = start + 1, apposed
        apposed = None
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
            if np is not None and named and _role_tail(toks, np[1], end):
                return named  # "France's far-right party leader, Marine Le Pen, voiced ..., saying": the name
            if np is not None and np[1] < end:
                return (_name_before_appositive(toks, start) if t.text.islower() else None) or np
            if np is not None and _is_name(toks[first:end]):
                apposed = np  # a name alone between commas: in apposition to the stretch before it
        end = start
    return None


def _role_tail(toks: list[Token], a: int, b: int) -> bool:
    """Do the words from ``a`` to ``b`` only finish a description with its role noun ("National
    Front | party leader"), with no verb that would make the stretch a clause of its own?"""
    rest = toks[a:b]
    return 0 < len(rest) <= 3 and all(t.text.isalpha() and t.text.islower() for t in rest) and bool(
        _description_before(toks, b)
    )


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


def _after_dateline(toks: list[Token], i: int) -> int:
    """Where the sentence's own words start, after a dateline or a heading in capitals that opens it
    and ends at a dash before ``i``: "Washington (AFP) – Democrat Hillary Clinton has ...",
    "BUENA PARK, Calif. - Rallying ..., Hillary Clinton ... promised", "QUESTIONABLE MEDICAL CLAIMS —
    For years, ...". A place or heading in capitals is never the clause's subject."""
    dash = next((k for k in range(min(i, 14)) if toks[k].text in {"–", "—", "-", "--"}), None)
    if not dash:
        return 0
    if any(t.text == "(" for t in toks[:dash]):
        return dash + 1
    comma = next((k for k in range(dash) if toks[k].text == ","), dash)
    capitals = len(toks[0].text) > 1 and all(t.text.isupper() or not t.text.isalnum() for t in toks[:comma])
    region = all(t.text[:1].isupper() or t.text == "." for t in toks[comma + 1 : dash]) and dash - comma <= 4
    return dash + 1 if capitals and region else 0


def _clause_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the clause that contains index ``i``: the description after the
    clause's start word, or after an introductory phrase at sentence start."""
    j = i - 1
    while j >= 0 and toks[j].low not in _CLAUSE_STARTS - {"that", "which", "who"}:
        j -= 1
    start = j + 1
    if start == 0:
        start = _after_dateline(toks, i)
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
        while start + 1 < i and toks[start].text.isdigit() and toks[start + 1].text == ",":
            start += 2  # "On July 6, 2015, Sanders made": the year and its comma close the date
    while start < i and toks[start].low in _INTRO_WORDS | {","} and not toks[start].text[:1].isupper():
        start += 1
    if start < i and toks[start].low in PRONOUNS:
        return start, start + 1
    if start < i and toks[start].low in _PREPOSITIONS:
        return _subject_after_phrase(toks, start, i)  # "On September 27 they published ..., announcing"
    return _np_after(toks, start)



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
