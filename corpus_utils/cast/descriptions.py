"""The words an article uses to describe a speaker: titles, appositions, party tags.

A name alone says little of who someone is; the article says the rest where it names
them: a title before the name ("Democratic presidential nominee Hillary Clinton", "FBI
Director James Comey"), an apposition after it ("Amy Rao, the chief executive of Integrated
Archive Systems,") or before it ("Trump's campaign manager, Kellyanne Conway,"), a party
tag ("Sen. Elizabeth Warren (D-Mass.)") or a relative clause ("Podesta, who chairs the
campaign,"). These rules read them at every place the article names the person, by full
name or surname, without a parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from corpus_utils.actors import (
    ABBREVIATED_TITLES,
    HONORIFICS,
    TITLE_ABBREVIATIONS,
    first_names,
    gazetteer,
    is_role_word,
    speaker_nouns,
)
from corpus_utils.cast.typology import AGED, body_kind, lexicon, party_of, type_of
from corpus_utils.data import stopwords

MAX_DESCRIPTIONS = 12  # per speaker and article: enough to type them, bounded on a long article
MENTION_WORDS = 12  # a description longer than this is a clause, not what names someone
_APPOSITION_WORDS = 24
_TITLE_WORDS = 7
_FUNCTION = {"the", "a", "an", "of", "for", "at", "in", "to", "and", "on", "with"}
_ABBREVIATED = (TITLE_ABBREVIATIONS - {"mr.", "mrs.", "ms."}) | {"adm.", "rev."}  # titles, not honorifics
_WORD = re.compile(r"[\w.’'&-]+|[,;:()\"“”]")
# after a name: ", the/a/an ...", ", his/her/its ...", ", X's ...", ", who is/was ...", ", chief of ..."
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_POSSESSIVE = re.compile(r"['’]s$")
_TAG_AFTER = re.compile(r"\s*(\([DRI](?:-[A-Z][A-Za-z. ]{1,14})?\))")
# an abbreviation's point ("U.S. ambassador", "Mr. Peña Nieto") does not end it; a sentence's does
# nor does an initial's or a title's before a name ("President George W. Bush", "for Mr. Sanders")
_BEFORE_A_NAME = "|".join(rf"(?<=\b{t})" for t in ABBREVIATED_TITLES.split("|"))
_APPOSITION_AFTER = re.compile(
    rf",\s+([^,;:()\"“”.?!]+(?:(?:\.(?=\w|\s+[a-z])|(?:(?<=\s[A-Z])|{_BEFORE_A_NAME})\.(?=\s+[A-Z]))[^,;:()\"“”.?!]*)*)"
)
_PAST_VERB = re.compile(r"[a-z]{3,}ed")  # "Jimmy Tompkins, 31, tossed a football": the clause's verb
_AGE_AFTER = re.compile(r",\s+(?:aged?\s+)?(?P<age>\d{1,3})(?=,\s)")
_HOME_AFTER = re.compile(
    r",\s+of\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:,\s+[A-Z][\w.]{1,12})?)(?=[,.;])"
)
_CLAUSE_VERBS = {"said", "says", "told", "and", "but"}
_PREVIOUS_WORD = re.compile(r"([\w.’'-]+)\s+$")
# Words of a clause, not of a noun phrase: a description set off before a name has none
_CLAUSE_WORDS = {
    *("i", "we", "you", "he", "she", "they", "is", "are", "was", "were", "be", "been", "will", "would"),
    *("has", "have", "had", "can", "could", "should", "must", "may", "might", "do", "does", "did"),
}
_PREPOSITIONS = {"for", "to", "of", "in", "on", "at", "by", "with", "from", "about", "against", "into", "over"}
_RELATIVES = {"who", "whose", "which", "whom"}
_BARE_HEAD = 4  # an apposition without an article names its role in its first words ("political science professor")
_NP_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our"}
_APPOSITION_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "who", "former", "then", "also", "now", "one"}


def _title_before(text: str, start: int) -> str | None:
    """The run of title words right before a name: capitalised words, abbreviated titles,
    possessives and role words ("Trump campaign manager", "Sen.", "U.S. President")."""
    window = max(0, start - 120)
    window = max(window, text.rfind("\n", window, start) + 1)  # a headline or a paragraph before is no title
    words = _WORD.findall(text[window:start])
    run: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if _ends_sentence(w):
            break
        titled = w[:1].isupper() or _is_title(w)
        if not titled or len(run) >= _TITLE_WORDS or (low in _FUNCTION and not run):
            break
        content = next((x for x in run if x.lower() not in _FUNCTION), "")
        if low in _FUNCTION and content[:1].isupper():
            run.insert(0, w)  # "Secretary of State", "Director of National Intelligence", "Speaker of the House"
            continue
        if low in _FUNCTION:
            break
        run.insert(0, w)
    while run and run[0].lower() in _FUNCTION:
        run = run[1:]
    if all(w.lower().rstrip(".") in HONORIFICS for w in run):
        return None  # "Mr.": no description
    linked = [i for i, w in enumerate(run) if w.lower() in _FUNCTION]
    if linked and all(w.lower().rstrip(".") in HONORIFICS for w in run[linked[-1] + 1 :]):
        return None  # "advisers to Mr. Obama": the advisers' description, not his
    if _POSSESSIVE.search(run[-1]) and body_kind(" ".join(run)):
        while len(run) > 1 and run[0].lower() in stopwords() - {"the"}:
            run = run[1:]  # "As Breitbart’s Joel Pollak": a sentence's first word, capitalised
        return " ".join(run)  # "NBC’s Dante Chinni": the body whose person this is
    if not (_role_word(run[-1]) or any(w.lower() in _FUNCTION for w in run)):
        return None  # "the editorial board of the Washington Post Trump said": a body, then a name
    return " ".join(run)


# a body right after a name that it belongs to: "Chris Wallace of Fox News", "Jane Roe of the University
# of Texas" (not "at": "Clinton at the NBC forum" is where she was); within the line
_BODY_AFTER = re.compile(r" of (?P<body>(?:the )?[A-Z][\w’'&-]*(?: (?:(?:of|for|and|on|the) )*[A-Z][\w’'&-]*){0,5})")


def _body_after(text: str, end: int) -> str | None:
    """The body named right after a name ("of Fox News"), when the typology knows its kind and it
    is no government's: a place is where someone lives ("Betsy Sharp of Burke County",
    "Elizabeth Warren of Massachusetts")."""
    m = _BODY_AFTER.match(text, end)
    return m.group("body") if m and type_of(m.group("body")) not in (None, "official") else None


# a plural title before the first of two names joined by "and": "Sens. Jon Tester (D-Mont.) and David Vitter"
_PLURAL_TITLE = re.compile(
    r"\b(?P<title>Sens\.|Reps\.|Senators|Representatives|Govs\.)\s+(?:[^.;:]|\.(?!\s)){3,80}?\s+and\s+$"
)


def _shared_title(text: str, start: int) -> str | None:
    """The plural title two joined names share, for the second of them ("... and David Vitter")."""
    m = _PLURAL_TITLE.search(text, max(0, start - 100), start)
    return m.group("title") if m else None


def _role_word(word: str) -> bool:
    """A title or role that can stand right before a name: "Sen.", "Director", "nominee"."""
    low = word.lower()
    return low in _ABBREVIATED or is_role_word(low) or _lexicon_role(low.rstrip("."))


def _lexicon_role(word: str) -> bool:
    return word in lexicon().title_words or word in {"nominee", "candidate", "hopeful", "mate", "contender"}


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that ends a sentence, not an abbreviation ("Sen.", "U.S.", "J.")."""
    return (
        word.endswith(".")
        and word.lower() not in _ABBREVIATED
        and word.lower().rstrip(".") not in HONORIFICS
        and not _INITIALS.fullmatch(word)
    )


def _is_title(word: str) -> bool:
    low = word.lower()
    if "-" in low.strip("-"):  # "vice-presidential", "commander-in-chief": a title when its parts are
        return low in lexicon().vocabulary or all(_is_title(part) for part in low.split("-") if part not in _FUNCTION)
    return low in _ABBREVIATED or is_role_word(low) or low.rstrip(".") in lexicon().vocabulary


def _appositions_after(text: str, end: int) -> list[str]:
    """An apposition or relative clause after a name, up to the next comma or sentence end; an
    apposition that a relative clause with a verb of being continues is two ("a former Mexican
    foreign minister who is a harsh critic of ...": the noun phrase, and the clause)."""
    rest = text[end : end + 200]
    if tag := _TAG_AFTER.match(rest):
        return [tag.group(1)]
    if age := _AGE_AFTER.match(rest):  # "Donna Roe, 59, of Ashton, Md.,": where an ordinary person lives
        if home := _HOME_AFTER.match(rest, age.end()):
            return [f"a resident of {home.group('place')}"]
        rest = rest[age.end() :]  # "Dan Roe, 40, a retired teacher,": the apposition after the age
        verb = rest.lstrip(", ").split(" ", 1)[0]
        if not _APPOSITION_AFTER.match(rest) or verb in _CLAUSE_VERBS or _PAST_VERB.fullmatch(verb):
            # "Quina Jones, 25, said": news gives an age, and nothing else, of the people it meets
            return [f"{AGED}{age.group('age')}"]
    m = _APPOSITION_AFTER.match(rest)
    words = m.group(1).split() if m else []
    if words and words[0].lower() in _RELATIVES:
        words = words[:_APPOSITION_WORDS]  # a long relative clause says who they are in its first words
    if not words or len(words) > _APPOSITION_WORDS:
        return []
    if whole := _apposition(words):
        return [whole]
    relative = next((i for i, w in enumerate(words) if w.lower() in _RELATIVES), 0)
    if relative and words[0].lower() in _APPOSITION_OPENERS:  # a clause word in the clause, not the phrase
        return [x for part in (words[:relative], words[relative:]) if (x := _apposition(part))]
    return []


def _apposition(words: list[str]) -> str | None:
    """The words of an apposition if they describe someone, not a clause that follows a name."""
    first = words[0].lower()
    if first not in _RELATIVES and any(w.casefold() in _CLAUSE_WORDS for w in words):
        return None  # "Obama, the administration has shuffled through leaders": a clause, no apposition
    if first in _APPOSITION_OPENERS or _POSSESSIVE.search(words[0]) or is_role_word(first):
        return " ".join(words)
    if words[0][:1].isupper() and any(is_role_word(w.lower()) for w in words):
        return " ".join(words)  # "Podesta, Clinton campaign chairman,"
    head = next((i for i, w in enumerate(words[:_BARE_HEAD]) if is_role_word(w.lower())), None)
    if words[0].islower() and head is not None and not any(_not_a_modifier(w) for w in words[:head]):
        return " ".join(words)  # "Jo-Renee Formicola, political science professor at Seton Hall,"
    if words[0][:1].isupper() and len(words) <= 4 and party_of(words[0]):
        return " ".join(words)  # "Patrick J. Leahy, Democrat of Vermont,"
    return None


def _not_a_modifier(word: str) -> bool:
    """A word that cannot stand before the role it describes in a bare apposition: "speaking to
    reporters" is what someone does, not who they are."""
    low = word.lower()
    return low in stopwords() or low in _PREPOSITIONS or low.endswith(("ing", "ed"))


def _apposition_before(text: str, start: int) -> str | None:
    """A description set off before a name: "Trump's campaign manager, Kellyanne Conway"; shared by the
    second of two names ("two first-time voters, Tyresha McClenney and Bryan Anderson")."""
    before = text[max(0, start - 160) : start].rstrip()
    if (first := _FIRST_OF_TWO.search(before)) and first.start() > 0:
        return _apposition_before(text, max(0, start - 160) + first.start())
    if not before.endswith(","):
        return None
    segment = before[:-1]
    cut = max(segment.rfind(c) for c in ',.;:"“”()—–')
    segment = segment[cut + 1 :].rsplit(" -- ", 1)[-1]  # "efforts to collect -- which Apple's chief executive"
    words = segment.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _CLAUSE_VERBS or words[i].casefold() in _RELATIVES:
            words = words[i + 1 :]  # "..., said Trump's campaign manager, Kellyanne Conway", "which Apple's ..."
            break
    if any(w.casefold() in _CLAUSE_WORDS for w in words):  # "I will vote for the Republican nominee, Trump"
        opener = max((i for i, w in enumerate(words) if w.casefold() in _NP_OPENERS), default=None)
        words = words[opener:] if opener is not None else []
        if any(w.casefold() in _CLAUSE_WORDS for w in words):
            return None  # "Claiming the criticism of Lauer is designed to pressure moderators, Trump"
    head = words[-1] if words else ""
    if not words or len(words) > _APPOSITION_WORDS or not (_role_word(head) or _role_word(head[:-1])):
        return None  # "in an interview with the New York Times, Trump": a body, not his title
    agent = max((k for k, w in enumerate(words[:-1]) if w.casefold() == "by"), default=None)
    if agent is not None and words[0].casefold() == "as":
        words = words[agent + 1 :]  # "as encapsulated by two first-time voters, X": the agent is the description
    if words[0].casefold() in {"as", "like", "unlike"}:
        return None  # "As a summer associate at a law firm, Lynch": a past or compared role
    if words[0].casefold() in _PREPOSITIONS:
        return None  # '"clawed back" for responsible executives, Clinton': the end of a phrase, no title
    return " ".join(words)


# what a name is, said in a sentence of its own: "(Mr. Podesta is now the chairman of Mrs. Clinton's campaign.)"
_NOT_AFTER_A_TITLE = "".join(rf"(?<!\b{t})" for t in ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Jr", "St"))
_PREDICATE = re.compile(
    r" (?:is|was) (?:now |also |currently )?"
    rf"(?P<np>(?:the|a|an) (?:[^.,;:()\"“”!?]|(?:{_BEFORE_A_NAME})\.|(?<=\b[A-Z])\.){{3,80}}?)"
    rf"(?=[,;)]|{_NOT_AFTER_A_TITLE}(?<!\b[A-Z])\.)"
)


def _predicate_after(text: str, end: int) -> str | None:
    """The noun phrase a name is said to be, right after it ("is now the chairman of ..."), when the
    typology can type it; a quality ("is a liar") types no one and is left out by the caller."""
    m = _PREDICATE.match(text, end)
    return m.group("np") if m else None


# the first of two names joined by "and", right before the second: "..., Tyresha McClenney and"
_FIRST_OF_TWO = re.compile(r"(?<=,) *[A-Z][\w’'-]+(?: (?:[A-Z]\.|[A-Z][\w’'-]+)){0,3} and$")  # within a sentence


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_")


def _occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where the forms of a name stand as whole words, in text order; the fuller form where
    two start together (str.find: a pattern compiled per name would cost more than the search)."""
    found: dict[int, int] = {}
    for form in forms:
        i = text.find(form)
        while i >= 0:
            end = i + len(form)
            if _whole_word(text, i, end) and not any(s <= i < e for s, e in found.items()):
                found[i] = end
            i = text.find(form, end)
    return sorted(found.items())


@lru_cache(maxsize=8192)  # a speaker is named by the same words article after article (297 pairs in 2,276 calls)
def mention_description(mention: str, name: str) -> str | None:
    """What the words that name a speaker say of them: the mention itself for a description
    ("a Trump campaign spokesman"), the title before the name in a named one ("FBI Director
    James Comey" -> "FBI Director"), nothing for a name alone or a title the rules doubt."""
    if len(mention.split()) > MENTION_WORDS:
        return None  # a sentence the rules took for a mention is no description
    words = name.split()
    surname = words[-1] if words else name
    at = mention.find(name) if name in mention else mention.rfind(surname) if len(words) > 1 else -1
    if at < 0 or not name[:1].isupper():
        return mention
    title = _title_before(mention, at) if at > 0 else None
    after = mention[at + len(name) :].strip() if name in mention else ""
    body = after if after.startswith(("of ", "for ", "at ")) else None  # "Tom Brennan of the Riders Alliance"
    return " ".join(part for part in (title, body) if part) or None


def descriptions_of(text: str, name: str, surname_only: bool = False, given: GivenNames | None = None) -> list[str]:
    """Every description of ``name`` in ``text``: titles, appositions and party tags at each
    place the full name (or, for a person, the surname alone) appears, first first. ``given``:
    the first names of ``text``, read once for all its speakers."""
    words = name.split()
    forms = [name]
    if len(words) >= 2 and not surname_only:
        forms.append(words[-1])
    own = set(words)
    if len(words) == 1:  # a surname alone: the one first name the article gives it is theirs too
        firsts = {first for first, _ in (given or GivenNames(text)).of(name)}
        own |= firsts if len(firsts) == 1 else set()
    out: list[str] = []
    for start, end in _occurrences(text, forms):
        if len(words) == 1 and own != {name}:
            previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
            if previous and previous.group(1) in own:
                start = previous.start()  # "Speaker of the House Newt Gingrich" for "Gingrich"
        if end - start != len(name) and len(words) > 1:  # the surname alone: whose is it?
            previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
            while previous and _INITIALS.fullmatch(previous.group(1)):  # "Kevin B. Sullivan"
                previous = _PREVIOUS_WORD.search(text, max(0, previous.start() - 40), previous.start())
            word = previous.group(1) if previous else ""
            if word in own:
                start = previous.start() if previous else start  # "Bernie  Sanders": the same person
            elif word[:1].isupper() and not _role_word(word):
                continue  # "Sen. Ted Cruz" says nothing of Heidi Cruz
        title = _title_before(text, start) or _shared_title(text, start)
        if title and title.lower() in _BARE_STAFF and (campaign := _campaign_before(text, start)):
            title = f"{title} for the {campaign} campaign"  # "Spokeswoman Jessica Ditto" after "Trump's campaign"
        around = (_apposition_before(text, start), _body_after(text, end), _predicate_after(text, end))
        for found in (title, *_appositions_after(text, end), *around):
            if found and found not in out and type_of(found):  # "But Mr.", "who is 70": no description
                out.append(found)
        if len(out) >= MAX_DESCRIPTIONS:
            break
    if len(words) > 1 and words[-1][:1].isupper() and len(out) < MAX_DESCRIPTIONS:
        out += [d for surname, d in _party_offices(text) if surname == words[-1] and d not in out]
    return out


# a staff title that names no body ("Spokeswoman Jessica Ditto said"): news style names the body just before
_BARE_STAFF = {
    *("spokeswoman", "spokesman", "spokesperson", "press secretary"),
    *("campaign manager", "campaign spokeswoman", "campaign spokesman"),
}
_CAMPAIGN_NAMED = re.compile(r"\b(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)(?:['’]s)?\s+campaign\b")


def _campaign_before(text: str, start: int) -> str | None:
    """The candidate whose campaign the paragraph before a name, or its own, last names ("Donald Trump’s
    campaign is defending ..."), within a few sentences; None when none is named there."""
    window = text[max(0, start - 400) : start]
    found = [m.group("owner") for m in _CAMPAIGN_NAMED.finditer(window) if m.group("owner") not in {"The", "A"}]
    return found[-1] if found else None


# "The Democratic senator also forced Stumpf to admit ...": an office-holder named again by party and
# office alone, after "Massachusetts Sen. Elizabeth Warren"
_PARTY_OFFICE = re.compile(r"\b[Tt]he\s+(?P<party>Democratic|Republican|GOP)\s+(?P<office>[a-z]+)(?![\w-])")


@lru_cache(maxsize=8)  # every speaker of one article asks of the same text
def _party_offices(text: str) -> list[tuple[str, str]]:
    """(surname, party office) for each party office ("Democratic senator") by which ``text`` names
    again the one person it titles with that office (``named_holder``)."""
    out = []
    for m in _PARTY_OFFICE.finditer(text):
        if holder := named_holder(text, m.group("office")):
            out.append((holder.split()[-1], f"{m.group('party')} {m.group('office')}"))
    return out


_ABBREVIATIONS = {
    "governor": "Gov", "senator": "Sen", "representative": "Rep", "congressman": "Rep", "congresswoman": "Rep",
    "general": "Gen", "lieutenant": "Lt", "colonel": "Col", "sergeant": "Sgt", "captain": "Capt", "admiral": "Adm",
    "doctor": "Dr", "professor": "Prof", "reverend": "Rev",
}
_GENERIC = {"the", "a", "an", "unnamed", "then", "now", "top", "senior"}
_OTHER_OFFICE = {"vice", "deputy", "assistant", "lieutenant", "former", "ex", "acting"}
_NAME = (  # "Mike Pence", "James B. Comey", "Bill de Blasio", "Ursula von der Leyen"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?:de|da|di|del|der|van|von|la|le|al|bin)\s+)*[A-Z][\w’'-]+){0,2})"
)


_NOT_NAMES = {
    *("in", "on", "at", "by", "for", "from", "after", "before", "since", "during", "but", "and", "the", "when"),
    *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
    *("november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "this", "that", "there"),
}


def _is_name(words: str) -> bool:
    """A person's name, not a phrase that opens a sentence ("In June", "On Tuesday")."""
    return not any(w.casefold().rstrip(".") in _NOT_NAMES for w in words.split())


_CLAUSE_END = re.compile(r"[.;:!?]\s")
# Every place an article names someone with a title, read once per article: a word and the name
# after it ("Gov. Mike Pence"), an apposition after a name ("Lindsey Graham, the South Carolina
# senator,") and one before it ("the regional governor, Oleh Kiper,").
# a lookahead: titles overlap names; only a short title takes a full stop ("Gov.", not "nominee.")
# a title before a name: a word, or a capitalised abbreviation ("Gov."), not a word ending a sentence ("aide.")
_TITLED = re.compile(rf"(?<![\w-])(?P<head>[A-Za-z]+|[A-Z][A-Za-z]{{0,3}}\.)\s+(?={_NAME})")
_AFTER = re.compile(rf"{_NAME},\s+(?:the|a|an)\s+(?P<desc>[^,.;:]{{0,140}})")
_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?P<desc>[^,.;:]{{0,140}}),\s+{_NAME}\s*[,.;:]")


@lru_cache(maxsize=8)  # the roles of one article's speakers are looked up in the same text
def _titles(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[list[str], str]]]:
    """(head word, name, the clause before) of every titled name, and (the apposition's words,
    name) of every apposition, in an article."""
    titled = []
    for m in _TITLED.finditer(text):
        clause = _CLAUSE_END.split(text[max(0, m.start() - 80) : m.start()])[-1]
        titled.append((m.group("head").rstrip(".").casefold(), m.group("name"), clause.casefold()))
    appositions = [(m.group("desc").casefold().split(), m.group("name")) for m in _AFTER.finditer(text)]
    appositions += [(m.group("desc").casefold().split(), m.group("name")) for m in _BEFORE.finditer(text)]
    return titled, appositions


_OWNER = re.compile(
    r"\b(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*(?P<of>[A-Z][\w-]+)\s*$"  # "A spokeswoman for Hillary Clinton"
    r"|^(?:\w+\s+)?(?:[A-Z][\w.-]*\s+)*(?P<own>[A-Z][\w-]+)['’]s\s"  # "Hillary Clinton's spokeswoman"
)


def role_owner(mentions: Iterable[str]) -> str | None:
    """Whose role a role speaker's mention says it is: the last word of the name after "for" or
    "of", or before a possessive ("a spokeswoman for Hillary Clinton", "Clinton's spokesman"
    give "Clinton"): the holder's own title must have it ("Clinton spokesman Nick Merrill", not
    "Spokeswoman Jessica Ditto")."""
    for mention in mentions:
        if m := _OWNER.search(mention.strip()):
            return m.group("of") or m.group("own")
    return None


def named_holder(text: str, role: str) -> str | None:
    """The one person the article names with the role a speaker is given: "the Indiana governor"
    after "Indiana Gov. Mike Pence", "the South Carolina senator" after "Lindsey Graham, the South
    Carolina senator," or "the regional governor, Oleh Kiper,". Every word of the role must be in
    the title before the name or in an apposition; a vice or deputy office is another office.
    None when no person, or people of different surnames, fit."""
    words = [w for w in role.split() if w.casefold() not in _GENERIC]
    if words and words[0][:1].isupper():
        words = [words[0].casefold(), *words[1:]]  # "Republican presidential nominee" as a role
    at = words.index("of") if "of" in words[1:] else len(words)  # "the foreign minister of France"
    if not at or not words[at - 1][:1].islower() or not _role_word(words[at - 1]):
        return None  # "the letter", "the union": no person's title
    head = words[at - 1].casefold()
    heads = {head, _ABBREVIATIONS.get(head, head).casefold()}
    modifiers = [w.casefold() for w in words[: at - 1] + words[at + 1 :]]
    other_offices = _OTHER_OFFICE - set(modifiers)
    titled, appositions = _titles(text)
    found: list[str] = []
    for word, name, clause in titled:
        before = clause.split()
        if word not in heads or set(before[-3:]) & other_offices:
            continue  # another title, or another office: "Vice President Joe Biden" is not "the president"
        if all(mod in before for mod in modifiers) and _is_name(name):
            found.append(name)
    for desc, name in appositions:
        if head not in desc:
            continue
        at_head = len(desc) - 1 - desc[::-1].index(head)
        if set(desc[max(0, at_head - 3) : at_head]) & other_offices:
            continue
        if all(mod in desc for mod in modifiers) and _is_name(name):
            found.append(name)
    surnames = {name.split()[-1] for name in found}
    return max(found, key=len) if len(surnames) == 1 else None


# a first name and the surname after it, overlapping ("House Newt Gingrich": "Newt Gingrich" too)
_GIVEN = re.compile(r"\b(?P<first>[A-Z][a-z]+)(?P<between>(?:\s+[A-Z]\.)?\s+)(?=(?P<surname>[A-Z][\w’'-]+)\b)")


class GivenNames:
    """The first names a text writes before each capitalised word ("Newt" before "Gingrich"), read
    from the text when first asked: one reading serves every speaker of an article named by a
    surname alone (``descriptions_of``, ``full_name``), instead of one reading each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: list[tuple[str, str, str]] | None = None  # (first name, what is between, surname)

    def of(self, surname: str) -> list[tuple[str, str]]:
        """(first name, the name as written) at each place a first name precedes ``surname``, in text order."""
        if self._found is None:
            self._found = _GIVEN.findall(self.text)
        return [(first, first + between + surname) for first, between, named in self._found if named == surname]


def is_role(name: str) -> bool:
    """A speaker named by a role, not a name: "the president", "Republican presidential nominee",
    "the Indiana governor" (the last word a title, no first name before it)."""
    words = [w for w in name.split() if w.casefold() not in _GENERIC]
    if not words or not words[-1][:1].islower() or not _role_word(words[-1]):
        return False
    gaz = gazetteer()
    given = first_names()
    return all(
        w[:1].islower() or party_of(w) or gaz.is_country_word(w) or w.casefold() not in given for w in words[:-1]
    )


def full_name(text: str, surname: str, given: GivenNames | None = None) -> str | None:
    """The one full name the article gives a surname ("Jim Jordan" for "Jordan", "Bill Clinton"
    for "Clinton" where the article names no other Clinton): a first name of the shipped list
    before it. None when the article names nobody, or several people, of that surname.
    ``given``: the first names of ``text``, read once for all its speakers."""
    known = first_names()
    adverbs = speaker_nouns()["adverbs"]  # "Even China said": an adverb, though "Even" is a first name too
    names = set()
    for first, name in (given or GivenNames(text)).of(surname):
        if first.casefold() in known and first.casefold() not in adverbs:
            names.add(name)
    firsts = {n.split()[0] for n in names}
    return max(names, key=len) if len(firsts) == 1 else None
