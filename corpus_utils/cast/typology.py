"""What kind of source a speaker is, and whom they speak for, from the words that describe them.

A description is what an article says of a speaker: "Democratic presidential nominee",
"a spokesman for the Justice Department", "(D-Mass.)", "CNN's", "professor of economics at
Yale". Each is typed by the lexicon ``data/source_types.yml``: the words that name a kind
of body first (a "NAACP president" speaks for a civil-society group, not a state), then
titles and roles, then party words. The affiliation is read from the same words: a party
tag ("D-Mass." -> US Senate for a senator), a campaign ("Trump campaign"), the capitalised
body a role belongs to ("FBI Director" -> FBI; "chief executive of Acme Corp" -> Acme
Corp), else, for state roles, the government of the country the description names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from corpus_utils.actors import ABBREVIATED_TITLES, body_head, country_name, first_names, gazetteer, speaker_nouns
from corpus_utils.cast.keys import display_name
from corpus_utils.countries import provinces
from corpus_utils.data import data_yaml
from corpus_utils.wordtrie import trie_pattern

TYPES = ("official", "political", "international", "expert", "business", "civil_society", "citizen", "media")
UNKNOWN = "unknown"
_US = "united_states"

# "(D-Mass.)", "(R-Texas)", "(D)", "R-Ky.": the party-and-state tag of US legislators
PARTY_TAG = re.compile(r"\(?\b(?P<party>[DRI])(?:-(?P<state>[A-Z][A-Za-z. ]{1,14}))?\)")
_PARTY_NAMES = {"D": "Democratic Party", "R": "Republican Party", "I": None}
_SENATE = re.compile(
    r"\b(?:Sens?\.|Senators?|senators?|Senate (?:[Mm]ajority|[Mm]inority) [Ll]eader)(?!\s+(?:candidate|nominee|race))"
)
_HOUSE = re.compile(
    r"\b(?:Reps?\.|Representatives?|Congressman|Congresswoman|congressman|congresswoman|House [Ss]peaker|"
    r"[Ss]peaker of the House)"
)
# A capitalised run, "of"/"for"/"the"/"and" allowed inside: "Federal Bureau of Investigation"
_CAPITALISED = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.&’'-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}(?:-[A-Z]{2,6})?\b")  # "FBI", and a federation's "AFL-CIO"
_PLACE_BEFORE = re.compile(r"\b(?:in|from|near|outside)\s+(?:the\s+)?$")
_CAMPAIGN = re.compile(
    r"\b(?P<owner>[A-Z][\w’'-]+?)(?:['’]s)?\s+(?:presidential\s+|Senate\s+|re-?election\s+)?campaign\b"
    r"|\bcampaign\s+(?:of|for)\s+(?:\w+\s+){0,2}(?P<owner2>[A-Z][\w’'-]+)"
)
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lady", "lt", "col", "sgt", "capt", "adm", "gen", "rev"}
_PAST_WORDS = r"(?:former|ex-|onetime|one-time|retired)"
# a past office, in a title or a relative clause: "former Secretary of State", "who served as Asia
# director for the National Security Council"
_PAST = re.compile(rf"\b(?:{_PAST_WORDS}|who\s+(?:once\s+|previously\s+|later\s+)?(?:served|was|had\s+been)\b)", re.I)
_RELATIVE = re.compile(r"(?:who|whom|whose|which|that)\b", re.I)
# a relative clause that says what its person is or does for a living: "who is the mayor", "who
# heads the agency", "who helmed the DNC", "who as a Navy captain was the White House physician";
# any other ("who saw Tim Kaine speak") types no one
_HOLDS = re.compile(
    r"(?:who|that)\s+(?:as\s+an?\s+[\w ]{1,30}?\s+)?"
    r"(?:(?:is|was|are|were|has|have|had|been|now|also|once|still|long)\s+)*"
    r"(?:is|was|are|were|been|serves?|served|works?|worked|heads?|headed|leads?|led|runs?|ran|chairs?|chaired|"
    r"represents?|represented|helms?|helmed|directs?|directed|oversees|oversaw|manages?|managed|advises?|advised|"
    r"teaches|taught|owns?|owned|founded|co-founded|hosts?|hosted|writes|wrote|covers?|covered|studies|studied|"
    r"researches|researched|specializes|specialises|specialized|specialised|campaigns|campaigned|stumped)\b",
    re.I,
)
_MODIFIERS = {"former", "senior", "deputy", "acting", "chief", "top", "vice", "retired"}
_MAYOR = re.compile(
    r"\b(?:[Mm]ayor of (?P<city>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    r"|(?P<city2>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) [Mm]ayor\b)"
)
# someone who works for another's candidacy: "who has campaigned heavily for GOP nominee Donald Trump",
# "a surrogate for Hillary Clinton"
_WORKS_FOR_CANDIDATE = re.compile(
    r"\b(?:campaigned|campaigns|campaigning|stumped|stumping|surrogate|surrogates)\s+(?:\w+ly\s+)?(?:for|of)\s+"
    r"(?:(?:the|GOP|Republican|Democratic|presidential|party's|nominee|candidate)\s+){0,4}"
    rf"(?:(?:{ABBREVIATED_TITLES})\.\s+)?(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})"
)
# or runs a part of it: "who runs Clinton's get-out-the-vote effort for military veterans' families"
_RUNS_FOR_CANDIDATE = re.compile(
    r"\b(?:runs|ran|leads|led|directs|directed|heads|headed|manages|managed|oversees|oversaw|organizes|organized)\s+"
    r"(?P<owner>[A-Z][\w’'-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?:get-out-the-vote|outreach|field\s+operation|ground\s+game)"
)
_CANDIDACY = re.compile(r"\b(?:nominee|candidate|front-?runner|running mate|hopeful|contender)\b", re.I)
_OWNER = re.compile(r"\b(?P<owner>[A-Z][\w’'-]+)['’]s\s+(?:\w+\s+){0,2}(?:running mate|campaign)")


@dataclass(frozen=True)
class Typing:
    source_type: str
    affiliation: str | None
    country: str | None
    unmarked: bool = False  # the affiliation is the government of the article's country: no description named one


@dataclass(frozen=True)
class _Lexicon:
    experts_first: re.Pattern[str]
    citizens_first: re.Pattern[str]
    bodies: tuple[tuple[str, re.Pattern[str]], ...]  # (type, words) in the order tried
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    parties: tuple[tuple[str, re.Pattern[str]], ...]  # (party, words)
    acronyms: dict[str, str]  # acronym -> type
    national: frozenset[str]
    title_words: frozenset[str]  # every lower-cased word of a role: not part of a body's name
    vocabulary: frozenset[str]  # every word of the lexicon: what a title before a name is made of


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    forms = set()
    for w in words:
        forms.add(w)
        if not w.endswith("s") and not w.endswith("."):
            forms.add(w + "s")
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(sorted(forms))})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = data_yaml("source_types.yml")
    assert isinstance(data, dict)
    title_words = {  # the words of titles; citizens' and unknown sources' words ("workers") are no titles
        w.rstrip(".")
        for kind, words in data["roles"].items()
        if kind not in ("citizen", UNKNOWN)
        for entry in words
        for w in entry.split()
    }
    return _Lexicon(
        experts_first=_words_pattern(data["experts_first"]),
        citizens_first=_words_pattern(data["citizens_first"]),
        bodies=tuple((t, _words_pattern(ws)) for t, ws in data["bodies"].items()),
        roles=tuple((t, _words_pattern(ws)) for t, ws in data["roles"].items()),
        parties=tuple((p, _words_pattern(ws)) for p, ws in data["parties"].items()),
        acronyms={a: t for t, acronyms in data["acronyms"].items() for a in acronyms},
        national=frozenset(data["national"]),
        title_words=frozenset(title_words | _HONORIFICS | _MODIFIERS),
        vocabulary=frozenset(
            w.rstrip(".")
            for section in ("bodies", "roles", "parties")
            for words in data[section].values()
            for entry in words
            for w in entry.split()
            if w != "and"  # "customs and border protection": "and" joins two titles before a name, it makes none
        )
        | title_words
        | _HONORIFICS
        | _MODIFIERS,
    )


# "fellow" before the noun it qualifies ("a fellow Republican", "fellow senators") is no one's post
_FELLOW_BEFORE = re.compile(r"\bfellow\s+(?!(?:at|with|of|in|for|and)\b)(?=\w)", re.I)


@lru_cache(maxsize=8192)  # the same titles and names recur across a corpus
def type_of(description: str) -> str | None:
    """The source type one description gives, or None when its words say nothing of it."""
    lex = lexicon()
    description = _FELLOW_BEFORE.sub("", description)  # "a fellow Republican": a Republican, no fellow
    tag = PARTY_TAG.search(description)
    if tag and (tag.group("state") or _SENATE.search(description) or _HOUSE.search(description)):
        return "official"  # "(D-Mont.)": a party and a state tag a member of Congress
    if lex.experts_first.search(description):
        return "expert"
    if lex.citizens_first.search(description):
        return "citizen"
    if kind := body_kind(description):
        return kind
    if kind := _head_role(description):
        return kind
    if PARTY_TAG.search(description) or any(p.search(description) for _, p in lex.parties):
        return "political"
    return None


def body_kind(description: str) -> str | None:
    """The type the words that name a kind of body give ("campaign", "Times", "FBI"), or None."""
    lex = lexicon()
    for kind, pattern in lex.bodies:
        if pattern.search(description):
            return kind
    for word in _ACRONYM.findall(description):
        for part in (word, *word.split("-")):  # "AFL-CIO" whole; "CNN-ORC" by its parts
            if part in lex.acronyms:
                return lex.acronyms[part]
    return None


_NAME_WORD_KINDS = {UNKNOWN, "citizen"}


def _head_role(description: str) -> str | None:
    """The type of the role a description ends on: the last role named, the longest where two
    end together ("a national security adviser" is a state's, "a senior adviser" a campaign's);
    a word that says nothing of the kind ("report", "sources") or names ordinary people ("workers",
    "women") not where it is capitalised inside a name ("House editor for the Cook Political Report"
    is an editor; "a spokesman for the United Mine Workers of America" no worker)."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in lexicon().roles:
        for m in pattern.finditer(description):
            if kind in _NAME_WORD_KINDS and m.start() > 0 and m.group()[:1].isupper():
                continue  # "Cook Political Report", "United Mine Workers of America": a name's word, no role
            candidate = (m.end(), m.end() - m.start(), kind)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return best[2] if best else None


def party_of(description: str) -> str | None:
    """The party a description names ("Democratic", "GOP", "(R-Texas)"), or None."""
    if tag := PARTY_TAG.search(description):
        return _PARTY_NAMES[tag.group("party")]
    for party, pattern in lexicon().parties:
        if pattern.search(description):
            return party
    return None


def affiliation_of(
    description: str, source_type: str, own_name: str = "", home: Callable[[], str | None] = lambda: None
) -> str | None:
    """The body, party or government a description makes its speaker speak for (None if it
    names none). ``own_name`` is the speaker's own name, never their affiliation; ``home()`` the
    country of the article (read from its whole text: asked only of a capitalised run that may
    be one of its provinces)."""
    if source_type in {"citizen", UNKNOWN}:
        return None
    if m := _MAYOR.search(description):
        return f"{m.group('city') or m.group('city2')} city administration"
    if m := _WORKS_FOR_CANDIDATE.search(description):
        return _works_for(m)
    if m := _CAMPAIGN.search(description):
        owner = _POSSESSIVE.sub("", m.group("owner") or m.group("owner2"))
        generic = owner.lower() in lexicon().title_words or gazetteer().is_country_word(owner) or party_of(owner)
        if not generic:  # "Trump campaign", not "Democratic campaign"
            return f"{owner} campaign"
    if source_type == "political" and _CANDIDACY.search(description):
        owner_match = _OWNER.search(description)
        staff = _head_role(description)  # "an adviser to the candidate", "the candidate's strategist": not theirs
        own = own_name.split()[-1] if own_name and not staff else ""
        owner = owner_match.group("owner") if owner_match else own
        if owner[:1].isupper():
            return f"{owner} campaign"
    if body := _body_named(description, own_name, home):
        return body

    if source_type == "political" and (party := party_of(description)):
        return party
    if source_type in lexicon().national and (country := gazetteer().country_of(description)):
        return government_of(country)
    return None


def government_of(country: str | None) -> str | None:
    """The affiliation of a country's state: "<Adjective> government" ("South Korean government")."""
    adjective = gazetteer().adjective(country) if country else None
    return f"{adjective} government" if adjective else None


_NO_NAME = {
    *("of", "for", "the", "and", "a", "an", "i", "we", "you", "he", "she", "they", "it"),
    *("another", "other", "some", "many", "several", "each", "every", "both", "this", "that", "these", "those"),
    "unnamed",
}


def _body_named(description: str, own_name: str, home: Callable[[], str | None] = lambda: None) -> str | None:
    """The last capitalised run of a description that is a body's name, with its leading and
    trailing titles left out: "FBI Director" -> "FBI", "chief executive of Acme Corp" -> "Acme
    Corp"; a state or province of the country ``home()`` (or of the United States) its government
    ("New Jersey Gov." -> "New Jersey government"); national adjectives and party words alone are no body."""
    lex = lexicon()
    gaz = gazetteer()
    own = set(own_name.split())
    # an office named as the speaker: "New York state attorney general" (not "New York businessman")
    role = not all(w[:1].isupper() for w in own) and type_of(own_name) == "official"
    found = with_body = None
    blanked = PARTY_TAG.sub(lambda tag: " " * len(tag.group()), description)  # "(R-IN)": a party and a state
    for m in _CAPITALISED.finditer(blanked):
        if _PLACE_BEFORE.search(description, 0, m.start()):
            continue  # "a financial adviser in Eau Claire": a place, not a body
        words = [_POSSESSIVE.sub("", w) for w in m.group().split()]
        if _titled_person(words, lex.title_words):
            continue  # "under President George W. Bush", "an aide to Sen. Ted Cruz": a person, no body
        while words and (words[0].lower().rstrip(".") in lex.title_words or words[0].lower() in _NO_NAME):
            if len(words) == 2 and body_head(words) and words[0].lower() not in _NO_NAME:
                break  # "Justice Department": a title word that names a body with its head
            words = words[1:]  # "A lawyer for ...", "the experts I interviewed": an article or a pronoun
        while words and (words[-1].lower().rstrip(".") in lex.title_words or words[-1] in {"of", "for", "the", "and"}):
            words = words[:-1]
        titled = any(w.lower().rstrip(".") in lex.title_words for w in words) and not body_head(words)
        if not words or titled:  # "State Department" is a body, "Secretary" none
            continue
        if own & set(words) and not (role and _division(" ".join(words), home)):
            continue  # a name's words are not its body; a role's state is ("New York state attorney general")
        phrase = " ".join(words)
        if all(gaz.is_country_word(w) or party_of(w) for w in words):
            continue
        known = gaz.actor(phrase)
        if known and known.role == "state" and (adjective := gaz.adjective(gaz.country_of(phrase) or "")):
            phrase = f"{adjective} government"  # "President of the United States": the state
        elif _division(phrase, home):
            phrase = f"{phrase} government"
            known = True
        elif len(words) == 1 and not (words[0].isupper() or type_of(phrase)) and not known:
            continue  # a lone capitalised word that names no body: a first word, a place
        found = phrase
        if type_of(phrase) or known:
            with_body = phrase
    return with_body or found


def _works_for(m: re.Match[str]) -> str:
    """The campaign of the candidate a surrogate works for: "for Mr. Sanders" -> "Sanders campaign"."""
    return f"{_POSSESSIVE.sub('', m.group('owner').split()[-1])} campaign"


def _titled_person(words: list[str], titles: frozenset[str]) -> bool:
    """A person's name after their title ("President George W. Bush"), not a body's name that opens
    with title words ("National Urban League") nor a run of titles ("Former Arizona State Senator Dr")."""
    titled = [w.lower().rstrip(".") in titles for w in words]
    k = titled.index(False) if False in titled else len(words)
    name = words[k:]
    return k > 0 and len(name) >= 2 and name[0].lower() in first_names() and not any(titled[k:]) and not body_head(name)


def _division(phrase: str, home: Callable[[], str | None]) -> bool:
    """Is ``phrase`` a first-level division of the country ``home()``, or of the United States?"""
    country = home()
    return bool(country and country != _US and provinces(country).fullmatch(phrase)) or bool(
        provinces(_US).fullmatch(phrase)
    )


def _document(name: str) -> bool:
    """Is ``name`` a document's ("the report", "a Times article"), which speaks for its issuer?"""
    words = name.split()
    return bool(words) and words[-1].casefold() in speaker_nouns()["documents"]


def _issuer(document: str) -> str | None:
    """Who a document named as a speaker speaks for: the body its name holds ("FBI summary"), or
    the government of the country it names ("US data"); None for "the report" alone."""
    if body := _body_named(document, ""):
        return body
    owner = " ".join(w for w in document.split()[:-1] if w.casefold() not in _NO_NAME)
    return government_of(gazetteer().country_of(owner) if owner else None)


_PAST_ROLE = re.compile(rf"(?:(?:a|an|the)\s+)?{_PAST_WORDS}\b", re.I)  # a role that opens on its past
_AND_ANOTHER = re.compile(r",?\s+and\s+(?=(?:a|an|the)\s)")


def _coordinated(description: str) -> list[str]:
    """The roles a description joins with a past one, each to be weighed on its own: "a senior
    fellow at the Hoover Institution and a former United States ambassador to Russia" is an
    expert now and an official once (a past office weighs half), not one role of whichever type
    its words give first. Present roles joined stay one description ("an outside adviser to the
    campaign and an associate professor": the expert is read first), as does one whose parts do
    not each give a type."""
    parts = _AND_ANOTHER.split(description) if _PAST.search(description) else []
    if len(parts) < 2 or not all(type_of(p) for p in parts) or not any(_PAST_ROLE.match(p) for p in parts):
        return [description]  # "a supporter of former Arkansas governor Mike Huckabee": not his own past
    return parts


def says_who(description: str) -> bool:
    """Does ``description`` say who its person is? Not a relative clause of what they did, which
    names the roles of others ("who saw Clinton's running mate speak")."""
    return not _RELATIVE.match(description) or bool(_HOLDS.match(description))


# A speaker recurs with the same descriptions article after article (a corpus of 1,000 articles
# types 342 different ones 2,373 times): a typing is kept for the next article with the answers it
# asked of its own (its country, its province), and holds there when the answers are the same (a
# governor of Ohio in another article about Ohio); under the gazetteer, which a new corpus
# configuration replaces (as ``actors._country_of``).
_TYPINGS: dict[tuple[object, ...], list[tuple[Typing, dict[str, str | None]]]] = {}
_TYPINGS_KEPT = 8192


def classify(
    descriptions: list[tuple[str, int]],
    own_name: str = "",
    kind: str | None = None,
    home: Callable[[], str | None] = lambda: None,
    province: Callable[[], str | None] = lambda: None,
) -> Typing:
    """The type, affiliation and country of a speaker from its descriptions, each with a weight
    (the words of the attribution itself weigh more than those elsewhere in the article): the
    type most descriptions give (the first on a tie), and the affiliation of the first
    description of that type that names one; a state's official whose descriptions name no
    body and no country speaks for the government of ``home()``, the country their article
    names most. ``home`` and ``province`` give the same answer each time they are asked."""
    questions = {"home": home, "province": province}
    key = (gazetteer(), tuple(descriptions), own_name, kind)
    kept = _TYPINGS.get(key, [])
    for typing, asked in kept:
        if all(questions[q]() == a for q, a in asked.items()):
            return typing
    answers: dict[str, str | None] = {}

    def asking(question: str) -> Callable[[], str | None]:
        def answer() -> str | None:
            answers[question] = questions[question]()
            return answers[question]

        return answer

    typing = _classify(descriptions, own_name, kind, asking("home"), asking("province"))
    if len(_TYPINGS) >= _TYPINGS_KEPT:
        _TYPINGS.clear()
    _TYPINGS[key] = [*kept, (typing, answers)]
    return typing


def _classify(
    descriptions: list[tuple[str, int]],
    own_name: str,
    kind: str | None,
    home: Callable[[], str | None],
    province: Callable[[], str | None],
) -> Typing:
    """``classify``, read from the descriptions."""
    if any(not text.startswith(AGED) and type_of(text) for text, _ in descriptions):
        descriptions = [d for d in descriptions if not d[0].startswith(AGED)]  # an age says least of who one is
    descriptions = [(part, weight) for text, weight in descriptions for part in _coordinated(text)]
    votes: dict[str, float] = {}
    order: list[str] = []
    typed: list[tuple[str, str]] = []
    governor = any(_GOVERNOR.search(text) for text, _ in descriptions)
    for text, weight in _within_longer(descriptions):
        if not says_who(text):
            continue
        t = type_of(text)
        if t is None or (governor and PARTY_TAG.fullmatch(text.strip())):
            continue  # a governor's "(R-IN)" names a party and a state, not a seat in Congress
        typed.append((t, text))
        if t not in votes:
            order.append(t)
        past = _PAST.search(text)  # "former Secretary of State": a past office weighs half
        votes[t] = votes.get(t, 0) + (weight / 2 if past else weight)
    if not votes:
        if kind != "person" and own_name and country_name(own_name):  # "South Korea accused ...": its government
            key = gazetteer().country_of(own_name)
            return Typing("official", government_of(key), key)
        return Typing(UNKNOWN, None, _country(descriptions))
    known = [t for t in order if t != UNKNOWN] or order  # "critics", "sources": no kind against one the article gives
    best = max(known, key=lambda t: (votes[t], -order.index(t)))
    document = bool(own_name) and _document(own_name)  # "a new Washington Post-ABC News poll": its issuer's
    if document and best not in {"citizen", UNKNOWN} and (issuer := _issuer(own_name)):
        return Typing(best, issuer, _country(descriptions))
    if kind == "organisation" and own_name.casefold().startswith("unnamed "):  # "Unnamed group": a kind of body
        named = (a for t, text in typed if t == best and (a := affiliation_of(text, best, own_name, home)))
        return Typing(best, next(named, None), _country(descriptions))  # the body a description names, if any
    if kind == "organisation" and own_name and best not in {"citizen", UNKNOWN} and not document:
        return Typing(best, display_name(_body_itself(own_name)), _country(descriptions))
    joined = " ; ".join(text for text, _ in descriptions)
    if best != "official" and (surrogate := _WORKS_FOR_CANDIDATE.search(joined) or _RUNS_FOR_CANDIDATE.search(joined)):
        # a surrogate speaks for the campaign; a sitting office-holder presented by their title stays official
        return Typing("political", _works_for(surrogate), _country(descriptions))
    affiliation = _chamber(joined, home) if best == "official" else None
    affiliation = affiliation or next(
        (a for t, text in typed if t == best and (a := affiliation_of(text, best, own_name, home))), None
    )
    named_body = kind != "person" or body_kind(own_name)
    if affiliation is None and best not in {"citizen", UNKNOWN} and own_name and named_body:
        affiliation = _body_named(own_name, "")  # "New York Times", "Roper Center" speak for themselves
    # the country of their own titles ("a Ukrainian official"), not of a relative clause about
    # others ("who met Chinese President Xi")
    mine = _country([(text, 1) for t, text in typed if t == best and not _RELATIVE.match(text)])
    country = mine or _country(descriptions)
    # a state's elected officer: "Attorney General Roy Cooper (D)", "Republican Secretary of State Jon
    # Husted" (the federal ones are appointed, and not given a party in the news)
    elected = governor or bool(_STATE_ELECTED.search(joined) and party_of(joined))
    local = (_LOCAL_OFFICE.search(joined) or elected) and not mine  # a police chief speaks for no national government
    if affiliation is None and local and (force := _POLICE.search(joined)):
        affiliation = f"{force.group('place').strip()} police"  # "Charlotte-Mecklenburg Police Chief"
    if affiliation is None and local and best in lexicon().national and elected and (state := province()):
        affiliation = f"{state} government"  # "Gov. Pat McCrory" in an article about North Carolina
    unmarked = False
    many = _MANY_STATES.search(f"{own_name} ; {joined}")  # "world leaders", "Western allies": no one government
    if affiliation is None and best in lexicon().national and not local and not many:
        affiliation = government_of(mine or home())
        unmarked = affiliation is not None and not mine
    return Typing(best, affiliation, country, unmarked)


# speakers of several states: the annotation policy gives "wealthy countries", "Western allies" no affiliation
_MANY_STATES = re.compile(
    r"\b(?:world|global|western|allies|countries|nations|governments)\b", re.I
)
AGED = "aged "  # the description an age apposition alone gives (``descriptions``): an ordinary person's
_POLICE = re.compile(r"(?P<place>(?:[A-Z][\w.'’-]+\s+){1,3})[Pp]olice\b")
# Offices below a national government, and the courts: their holders speak for no national
# government unless their titles name one ("Gov. Pat McCrory", "Phoenix City Attorney", "Chief Justice")
_STATE_ELECTED = re.compile(
    r"\b(?:attorney general|secretary of state|lieutenant governor|lt\. gov\.|state treasurer|comptroller|"
    r"state auditor)\b",
    re.I,
)
_LOCAL_OFFICE = re.compile(
    r"\b(?:police|sheriff|school board|district attorney|city council|council(?:man|woman|member)|governor|"
    r"mayor|city attorney|county|state (?:senator|representative|legislator|lawmaker)|assembly(?:man|woman)|"
    r"alderman|justice(?! department)|judge)\b|\bgov\.",
    re.I,
)


_STAFF = re.compile(
    r"\b(?P<owner>[A-Z][\w’'-]+?)(?:['’]s)?\s+(?:(?:senior|top|chief|deputy|national|traveling|press|communications?|"
    r"campaign|policy|digital)\s+){0,2}(?:spokesman|spokeswoman|spokesperson|press secretary|secretary|director|aide|"
    r"adviser|advisor|strategist|manager|chairman|chairwoman|chair|pollster|surrogate|staffer)\b"
)


def staff_of(descriptions: Iterable[str], candidates: set[str]) -> str | None:
    """The candidate whose staff a description makes its speaker ("Clinton spokesman", "Trump's
    senior adviser"), given the surnames of the article's candidates; None if none."""
    for text in descriptions:
        for m in _STAFF.finditer(text):
            if m.group("owner") in candidates:
                return m.group("owner")
    return None


def _within_longer(descriptions: list[tuple[str, int]]) -> list[tuple[str, float]]:
    """The descriptions with one that ends a longer one, or is its head before "of", folded into
    it: the "Gov." of the mention "Gov. Mike Pence" is the end of "Republican vice-presidential
    nominee Gov.", one title, not two."""
    texts = [text for text, _ in descriptions]
    weights: dict[str, float] = {}
    for text, weight in descriptions:
        low = text.casefold()
        longer = [
            t
            for t in texts
            if len(t) > len(text)
            and (t.endswith(" " + text) or re.sub(r"^(?:the|a|an) ", "", t.casefold()).split(" of ")[0] == low)
        ]  # "Gov." in "... nominee Gov.", "Secretary General" in "the secretary general of the United Nations"
        key = max(longer, key=len) if longer else text
        weights[key] = weights.get(key, 0) + weight
    return list(weights.items())


_GOVERNOR = re.compile(r"\b(?:Gov\.|Governor)")
# An office a person may hold one day: "potential United States senator", "would-be congressman"
_NOT_HELD = re.compile(
    r"\b(?:potential|possible|would-be|future|prospective|likely)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:senator|senate|congressman|congresswoman|representative)\b",
    re.I,
)


def _chamber(descriptions: str, home: Callable[[], str | None]) -> str | None:
    """A US legislator's chamber, where a title and a party ("Sen." and "(D-Mass.)", or
    "Democratic Sen.") say so, in any of the article's descriptions of them, or a title in an
    article about the United States, or with a state's name ("Massachusetts Sen."); Congress
    where a party-and-state tag alone says so."""
    descriptions = _NOT_HELD.sub(" ", descriptions)  # "our potential United States senator": not yet
    us = PARTY_TAG.search(descriptions) or party_of(descriptions) or provinces(_US).search(descriptions)
    if not (us or ((_SENATE.search(descriptions) or _HOUSE.search(descriptions)) and home() == _US)):
        return None
    if re.search(r"\bRep\.", descriptions) and not re.search(r"\bSen\.", descriptions):
        return "US House of Representatives"  # the title before the name: "Rep. Bobby Scott", a senator-to-be
    if _SENATE.search(descriptions):
        return "US Senate"
    if _HOUSE.search(descriptions):
        return "US House of Representatives"
    tag = PARTY_TAG.search(descriptions)
    governor = _GOVERNOR.search(descriptions)  # "Gov. Mike Pence (R-IN)": a state's office
    return "US Congress" if tag and tag.group("state") and not governor else None  # "(D-Mont.)" without a title


def _body_itself(name: str) -> str:
    """A body speaks for itself; a state named as an actor ("Russia said") for its government."""
    gaz = gazetteer()
    known = gaz.actor(name)
    if known and known.role == "state" and (adjective := gaz.adjective(gaz.country_of(name) or "")):
        return f"{adjective} government"
    return name


def _country(descriptions: list[tuple[str, int]]) -> str | None:
    gaz = gazetteer()
    for text, _ in descriptions:
        if country := gaz.country_of(text):
            return country
    return None
