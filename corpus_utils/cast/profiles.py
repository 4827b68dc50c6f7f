"""Each speaker of one article with what the article says of them: the profile the cast is made of.

Extraction names a speaker per statement ("Hillary Clinton", "unnamed analysts", "Justice
Department"); a profile gathers, for one article, the forms that name them, the
descriptions the article gives (``descriptions``) and what those make of them
(``typology``): a person keeps one type per article, as the annotation policy has it. The
cast across articles (``unify``) is made from profiles alone, so the per-article work stays
in the export's workers.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus_utils.actors import (
    PRONOUNS,
    Gazetteer,
    body_head,
    describe,
    first_names,
    gazetteer,
    is_role_word,
    speaker_nouns,
    spelled_out,
)
from corpus_utils.cast.descriptions import (
    GivenNames,
    descriptions_of,
    full_name,
    is_role,
    mention_description,
    named_holder,
    role_owner,
)
from corpus_utils.cast.keys import body_key, is_pronoun
from corpus_utils.cast.typology import UNKNOWN, Typing, classify, government_of, party_of, says_who, type_of
from corpus_utils.countries import main_province, provinces
from corpus_utils.dates import MONTHS
from corpus_utils.quotes.resolver import grammatical_gender

_NOT_MENTIONS = {*PRONOUNS, "his", "her", "its", "their", "who", "which", "that", "i", "we", "you"}


@dataclass(frozen=True)
class Profile:
    """One speaker of one article."""

    article_id: str
    name: str  # the speaker as extraction named it in this article
    type: str  # person | organisation | group
    side: str | None  # the side most of their statements have
    mentions: tuple[str, ...]  # the words that named them, most frequent first
    roles: tuple[str, ...]  # the article's descriptions of them
    source_type: str
    affiliation: str | None
    country: str | None
    gender: str | None  # from a title ("Mrs. Clinton"): keeps apart people who share a surname
    n_statements: int
    n_claims: int
    also: tuple[str, ...] = ()  # speakers extraction named by a role or a document of this one
    unmarked: bool = False  # an official whose government is only the article's country (``Typing.unmarked``)

    def __hash__(self) -> int:
        """A profile's article and name: enough to tell profiles apart, and cheaper than every field
        (the cast looks its profiles up some 15,000 times on a 1,000-article corpus, ``unify._key``)."""
        return hash((self.article_id, self.name))


ROLE_OPENERS = re.compile(r"^(?:the|a|an|unnamed)\s+", re.I)


def _holder(role: Profile, people: list[Profile]) -> Profile | None:
    """The one named person of the article whose description the role speaker repeats ("the
    Democratic presidential nominee" after "Democratic presidential nominee Hillary Clinton"):
    a present role before a former one; None when no person or several fit."""
    words = ROLE_OPENERS.sub("", role.name).casefold()
    if not words or role.type != "person":
        return None
    titles = [(p, r, r.casefold().split(" of ")[0]) for p in people for r in p.roles]  # "president of the union"
    fits = [(p, r) for p, r, title in titles if title == words or title.endswith(" " + words)]
    current = {p.name: p for p, r in fits if "former" not in r.casefold().split() or "former" in words.split()}
    return next(iter(current.values())) if len(current) == 1 else None


def _wider(group: Profile, profiles: list[Profile]) -> Profile | None:
    """The one more specific group of the article that a generic group is part of: "local
    authorities" after "local Ukrainian officials" (the same words and more, the same head)."""
    if group.type == "person" or group.name[:1].isupper():
        return None
    words = body_key(group.name).split()
    fits = [
        p
        for p in profiles
        if p is not group
        and p.type != "person"
        and (other := body_key(p.name).split())
        and other[-1] == words[-1]
        and set(words) < set(other)
    ]
    return fits[0] if len(fits) == 1 else None


def _partisan(speaker: Profile, people: list[Profile]) -> Profile | None:
    """The one politician of the article a bare party word stands for ("The Republican [nominee]
    said"): the only named politician the article describes with that party word."""
    if " " in speaker.name or not party_of(speaker.name):
        return None
    word = speaker.name.casefold()
    fits = [
        p for p in people if p.source_type == "political" and any(word in d.casefold().split() for d in p.roles)
    ]
    return fits[0] if len(fits) == 1 else None


def _merge_roles(profiles: list[Profile], text: str) -> list[Profile]:
    """Role speakers that the article names elsewhere become that person, and a generic group
    the more specific one it is part of."""
    people = [p for p in profiles if p.type == "person" and p.name[:1].isupper() and " " in p.name]
    by_name = {p.name: p for p in people}
    merged: dict[str, list[Profile]] = {}
    out = []
    for p in profiles:
        role = not p.name[:1].isupper() or is_role(p.name)
        owner = role_owner(p.mentions) if role and p.type == "person" else None
        owned = replace(p, name=f"{owner} {ROLE_OPENERS.sub('', p.name)}") if owner else p  # "Clinton spokeswoman"
        holder = (_holder(owned, people) or _wider(p, profiles)) if role else _partisan(p, people)
        if holder is None and p.type == "person" and role:
            named = named_holder(text, owned.name)
            if named:  # "the Indiana governor": the person the article gives that title
                holder = by_name.get(named)
                if holder is None:
                    out.append(replace(p, name=named, also=(p.name,)))
                    continue
        if holder is None:
            out.append(p)
        else:
            merged.setdefault(holder.name, []).append(p)
    return [
        replace(
            p,
            also=tuple(n for r in merged[p.name] for n in (r.name, *r.also)),
            mentions=p.mentions + tuple(m for r in merged[p.name] for m in r.mentions),
            n_statements=p.n_statements + sum(r.n_statements for r in merged[p.name]),
            n_claims=p.n_claims + sum(r.n_claims for r in merged[p.name]),
        )
        if p.name in merged
        else p
        for p in out
    ]


def configured_side(texts: Iterable[str], own_name: str = "") -> str | None:
    """The configured side the first of ``texts`` names: a side's own words or countries
    ("Kremlin-backed", "Democratic" where a side lists it) or one of its actors ("a Trump
    campaign spokesman" when a side lists Donald Trump), so that a configuration needs to
    name the parties and bodies, not every person. None without sides or when none is named."""
    gaz = gazetteer()
    keys = {s.key for s in gaz.config.sides} - {UNKNOWN, "media"}
    if not keys:
        return None
    surnames = {k: v for k, v in _side_surnames().items() if k not in own_name.split()}
    for text in texts:
        party = party_of(text)
        side = gaz.side_of(text) or (gaz.side_of(party) if party else None)
        if side in keys:
            return side
        for _, _, actor in gaz.actor_mentions(text):
            if actor.side in keys:
                return actor.side
        for word in _CAPITALISED_WORD.findall(text):
            if word in surnames:
                return surnames[word]  # "the Roe campaign" where a side lists Jane Roe
    return None


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w-]+")


def _side_surnames() -> dict[str, str]:
    """The surnames of the people the configured sides list, where one side alone has it."""
    gaz = gazetteer()
    found: dict[str, set[str]] = {}
    for side in gaz.config.sides:
        for name in side.actors:
            actor = gaz.actor(name)
            if actor and actor.type == "person" and " " in name:
                found.setdefault(name.split()[-1], set()).add(side.key)
    return {surname: keys.pop() for surname, keys in found.items() if len(keys) == 1}


def _gender(mentions: Iterable[str]) -> str | None:
    """The gender the titles of a speaker's mentions give ("Mrs. Clinton"), as the resolver reads them."""
    return next((g for m in mentions if (g := grammatical_gender(m, ""))), None)


def _descriptions(
    text: str, name: str, kind: str, mentions: list[str], given_names: GivenNames
) -> list[tuple[str, int]]:
    """The descriptions that type a speaker, weighted: the words of its attributions weigh two,
    the article's other descriptions one, the gazetteer's role one. An attribution that describes a
    person named elsewhere without naming them types them only when it restates a role the article
    gives them ("the Ohio governor" after "Ohio Gov. John Kasich"): a second reference such as "the
    New York businessman" for Donald Trump says what they are known for, not what they speak as.
    ``given_names``: the first names of ``text``."""
    others = descriptions_of(text, name, given=given_names) if kind == "person" and name[:1].isupper() else []
    own_words = set(name.casefold().split()) if kind == "person" and " " in name else None
    given = spelled_out(" ".join(others)).split() if own_words is not None else []
    out = [
        (d, 2)
        for m in mentions
        if m.lower() not in _NOT_MENTIONS
        and (own_words is None or own_words & set(m.casefold().split()) or m.split()[-1].casefold() in given)
        and (d := mention_description(m, name))
    ]
    out += [(d, 1) for d in others]
    itself, known = _name_says(gazetteer(), name, kind)
    if itself and name not in {m for m, _ in out}:
        out.append((name, 1))  # a body's name says what it is: "Justice Department", "New York Times"
    return out + list(known)


@lru_cache(maxsize=8192)  # a speaker recurs article after article; keyed on the gazetteer, as actors._country_of
def _name_says(gaz: Gazetteer, name: str, kind: str) -> tuple[bool, tuple[tuple[str, int], ...]]:
    """What a speaker's name says of them wherever it speaks: whether it describes them itself, and
    what the gazetteer knows of it (``_descriptions``)."""
    words = name.split()
    named = kind == "person" and words[0].casefold() in first_names() and not body_head(words)  # "Larry King"
    itself = bool(kind != "person" or (type_of(name) and not named))
    known = gaz.actor(name)
    found = []
    configured = {e.name for e in gaz.config.actors}
    if known and known.role and (known.type != "person" or known.name in configured):
        # a body's kind, or the role the corpus's own configuration gives a person (the shipped
        # gazetteer's offices are today's, and a person's office changes with the years)
        found.append((known.role, 1))
    if kind != "person" and known and known.role == "state" and (government := government_of(gaz.country_of(name))):
        found.append((government, 1))  # "Russia said": the state speaks
    return itself, tuple(found)


def _a_body(text: str, name: str) -> bool:
    """Whether the article speaks of a one-word name as of a body: "its" in the few words after it
    ("Peabody kept its nonunion operations"), and never "he", "she", "his" or "her" there ("it" is no
    sign: "Clinton said it was time"; a first name or an honorific before it is read first, by
    ``full_name``)."""
    after = {
        m.group(1).lower()
        for m in re.finditer(rf"\b{re.escape(name)}\b(?:\W+\w+){{0,3}}?\W+(its|he|she|his|her)\b", text)
    }
    return "its" in after and not after & {"he", "she", "his", "her"}


def _body_named_in_full(text: str, word: str, mentions: Iterable[str]) -> str | None:
    """The one longer name the article gives a body it calls only "the Times" or "the Post" (or "it"): the
    capitalised words between an article and that word elsewhere in the text ("a New York Times
    article", "The Washington Post reported"), none a title ("the President Obama"). None when the
    article names two such bodies ("the Los Angeles Times" and "the New York Times")."""
    named = [m for m in mentions if not is_pronoun(m)]  # "it" says nothing of the name
    if not named or not all(m.split()[:1] in (["the"], ["The"]) and len(m.split()) == 2 for m in named):
        return None
    names = set()
    for m in re.finditer(rf"\b(?:[Tt]he|[Aa]n?) ((?:[A-Z][\w&’'-]* ){{1,3}}){re.escape(word)}\b", text):
        lead = m.group(1).split()
        if not any(is_role_word(w.lower()) for w in lead):
            names.add(" ".join([*lead, word]))
    return names.pop() if len(names) == 1 else None


def _a_state(name: str, home: Callable[[], str | None]) -> bool:
    """Whether a speaker's name is a state or province of the article's country ("Vermont",
    "New York") and no first name ("Victoria"): a government speaking, not a person."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or words[0].casefold() in first_names():
        return False
    country = home()
    return bool(country and provinces(country).fullmatch(name))


def _once(read: Callable[[], str | None]) -> Callable[[], str | None]:
    """``read``, read at the first call only (``functools.cache`` costs more to make than most
    articles ask of it)."""
    kept: list[str | None] = []

    def once() -> str | None:
        if not kept:
            kept.append(read())
        return kept[0]

    return once


def article_profiles(
    article_id: str, text: str, statements: Iterable[tuple[str, str, str | None, str | None]], claimants: Iterable[str]
) -> list[Profile]:
    """The profiles of an article's speakers, in the order they first speak.

    ``statements`` are (speaker, type, mention, side) per statement with a speaker;
    ``claimants`` the claimant of each figure that has one."""
    order: list[str] = []
    kinds: dict[str, str] = {}
    mentions: dict[str, Counter[str]] = {}
    sides: dict[str, Counter[str]] = {}
    counts: Counter[str] = Counter()
    for speaker, kind, mention, side in statements:
        if speaker not in kinds:
            order.append(speaker)
            kinds[speaker] = kind
            mentions[speaker] = Counter()
            sides[speaker] = Counter()
        counts[speaker] += 1
        if mention:
            mentions[speaker][mention] += 1
        sides[speaker][side or UNKNOWN] += 1
    claims = Counter(claimants)
    renamed: dict[str, list[str]] = {}  # speaker -> the names extraction gave them here

    def rename(old: str, new: str, kind: str, keep_side: bool = True) -> None:
        if new not in kinds:
            order.insert(order.index(old), new)
            kinds[new], mentions[new], sides[new] = kind, Counter(), Counter()
        order.remove(old)
        counts[new] += counts.pop(old)
        mentions[new].update(mentions.pop(old))
        old_sides = sides.pop(old)
        sides[new].update(old_sides if keep_side else {UNKNOWN: old_sides.total()})
        claims[new] += claims.pop(old, 0)
        renamed.setdefault(new, []).extend([old, *renamed.pop(old, [])])

    for speaker in list(order):
        author = _author(speaker, mentions[speaker])  # "the ministry's statement": the ministry
        if author is not None and author[0] != speaker:
            rename(speaker, *author)
    for speaker in list(order):
        if _BARE_NAME.fullmatch(speaker) and (body := _body_named_in_full(text, speaker, mentions[speaker])):
            rename(speaker, body, "organisation")  # "the Times wrote" where the article names the New York Times
    given = GivenNames(text)
    for speaker in list(order):
        if _BARE_NAME.fullmatch(speaker) and (kinds[speaker] == "person" or gazetteer().is_country_word(speaker)):
            full = full_name(text, speaker, given)  # "Jordan" where the article names Rep. Jim Jordan
            if full and full != speaker:
                rename(speaker, full, "person", keep_side=kinds[speaker] == "person")  # not Jordan's side
    for speaker in order:
        if kinds[speaker] == "person" and _BARE_NAME.fullmatch(speaker) and _a_body(text, speaker):
            kinds[speaker] = "organisation"  # "In a statement, Peabody said ... Peabody kept its ..."
    home = _once(lambda: gazetteer().main_country(text))  # read only for an official with no body
    province = _once(lambda: main_province(text, home()))  # and for a governor whose title names no state
    out = []
    for speaker in order:
        forms = [m for m, _ in mentions[speaker].most_common()]
        descriptions = [] if is_pronoun(speaker) else _descriptions(text, speaker, kinds[speaker], forms, given)
        if _a_state(speaker, home):
            kinds[speaker] = "organisation"  # "a 15-count complaint by Vermont": the state, as a country would be
            descriptions.append((f"{speaker} state government", 2))
        typing: Typing = classify(descriptions, speaker, kinds[speaker], home, province)
        roles = tuple(d for d, weight in descriptions if weight == 1 and d != speaker and says_who(d))
        side = sides[speaker].most_common(1)[0][0]
        if side == UNKNOWN:
            side = configured_side([typing.affiliation or "", *(d for d, _ in descriptions)], speaker) or side
        if side == UNKNOWN and typing.source_type == "media":
            side = "media"  # a journalist or an outlet: the media's side, as for the built-in outlets
        out.append(
            Profile(
                article_id=article_id,
                name=speaker,
                type=kinds[speaker],
                side=side,
                mentions=tuple(forms),
                roles=roles,
                source_type=typing.source_type,
                affiliation=typing.affiliation,
                country=typing.country,
                gender=_gender(forms),
                n_statements=counts[speaker],
                n_claims=claims[speaker],
                also=tuple(renamed.get(speaker, ())),
                unmarked=typing.unmarked,
            )
        )
    return _merge_roles(out, text)


# A document named as the speaker: "the ministry's statement", "Peskov's letter", "a Clinton
# campaign memo". The annotation policy resolves documents to their author.
@lru_cache(maxsize=1)
def _document() -> re.Pattern[str]:
    """A document named with its owner: the documents of ``speaker_nouns.yml`` with the measurements
    of ``evidence.yml``, and an ad or a video ("an IMF report", "a Times article", "the ministry's
    statement"); not a narrator, who speaks for an ad's maker (``quotes.issuers``)."""
    nouns = speaker_nouns()
    words = sorted(nouns["documents"] | _MORE_DOCUMENTS, key=len, reverse=True)
    return re.compile(
        r"^(?:[Tt]he\s+|an?\s+)?(?P<owner>\S+?(?:\s+\S+?){0,4}?)(?P<possessive>['’]s?)?\s+(?:[a-z-]+\s+)?"
        rf"(?:{'|'.join(map(re.escape, words))})s?$"
    )


_DAYS = {d.casefold() for d in calendar.day_name}
_MORE_DOCUMENTS = {
    "e-mail", "tweet", "post", "press release", "testimony", "announcement", "note", "ad", "advertisement", "video"
}
_BARE_NAME = re.compile(r"[A-Z][\w’'-]+")
_UNNAMED = re.compile(r"^unnamed\s+", re.I)
_NO_OWNERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "new"}


def _author(speaker: str, mentions: Counter[str]) -> tuple[str, str] | None:
    """The author of a document named as a speaker, as extraction would name them, with its
    type: the owner of a possessive ("the ministry's statement") or a name ("an IMF report")."""
    for form in [*mentions, speaker]:
        if owner := _document_owner(form):
            actor = describe(owner)
            body = actor.type == "person" and body_head(owner.split())  # "Times": a paper, not a person
            return actor.name, "organisation" if body else actor.type
    return None


@lru_cache(maxsize=8192)  # speakers and their mentions recur article after article (a long pattern to try)
def _document_owner(form: str) -> str | None:
    """Whose document ``form`` names ("the ministry" of "the ministry's statement"), or None."""
    m = _document().match(_UNNAMED.sub("", form))  # "a Times article", kept unnamed
    if not m:
        return None
    owner = m.group("owner").strip()
    if owner.split()[0].casefold() in _NO_OWNERS or not (m.group("possessive") or owner[:1].isupper()):
        return None
    if owner.casefold() in _DAYS or owner.casefold() in MONTHS:
        return None  # "a Wednesday editorial", "the March report": when, not whose
    return owner

