"""One cast per corpus: the speakers of every article merged into people and bodies, with ids.

Across articles the same official is "Oleksandr Syrskyi", "Oleksandr Syrsky" and "Syrskyi";
two people can share a surname ("Bill Clinton", "Hillary Clinton"). Names are compared by
keys that fold case, titles, middle initials and the usual transliteration variants
(-iy/-yi/-y endings, ya/ia, yo/e, kh/h). Full names with the same surname key are one person
when their first names agree (an initial agrees with a name it starts); a surname alone
joins the one full name of that surname the corpus has, or the one its gender allows, or
the one that speaks three times in four of that surname's statements; otherwise it stays
its own entry. A body's acronym joins the body whose initials it spells.

Grouping is by key (surname, body name), never over all pairs, so it grows with the cast.
Ids are a hash of the entity's key, the same on every run of the same corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus_utils.actors import (
    PRONOUNS,
    Actor,
    first_names,
    formal_names,
    gazetteer,
    is_role_word,
    speaker_nouns,
    spelled_out,
)
from corpus_utils.cast.descriptions import is_role, role_owner
from corpus_utils.cast.keys import (
    POSSESSIVE_END,
    body_key,
    display_name,
    fold_word,
    is_pronoun,
    name_words,
    without_titles,
)
from corpus_utils.cast.profiles import ROLE_OPENERS, Profile
from corpus_utils.cast.typology import UNKNOWN, classify, government_of, party_of, says_who, staff_of
from corpus_utils.data import stopwords

_DOMINANT_SHARE = 0.75
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")


@lru_cache(maxsize=65536)
def _key(profile: Profile) -> tuple[str, str, str]:
    """(kind, first-name key, surname or body key) of a profile's name. A possessive or a title
    makes a person of what extraction took for a group ("trump’s", "Mrs. Clinton's"). A first
    name that the article's own titles contradict ("Mr. Obama" named as "Michelle Obama") is
    left out: the surname alone then finds its person across the corpus."""
    if is_pronoun(profile.name):
        return ("body", "", f"{profile.article_id}:{profile.name.casefold()}")  # "I" of each article
    name = display_name(profile.name)
    possessive = bool(POSSESSIVE_END.search(profile.name)) and len(name.split()) <= 3
    titled = bool(_HONORIFIC.match(name))
    personal = profile.type == "person" or possessive or titled
    if not personal or not (profile.name[:1].isupper() or possessive or titled):
        if _description(profile.name):
            return ("body", "", f"{profile.article_id}:{name.casefold()}")  # "the agency said" of each article
        return ("body", "", body_key(profile.name))
    words = name_words(name) or [name]
    first = fold_word(words[0]) if len(words) >= 2 else ""
    given = first_names().get(words[0].lower()) if first else None
    if profile.gender and given and given != profile.gender:
        first = ""
    return ("person", first, fold_word(words[-1]))


def _description(name: str) -> bool:
    """A speaker named by a description, not a name: "the agency said", "the woman said", "unnamed
    experts", "a source" are someone of their own article, never the same of another one."""
    if " " not in name and name.casefold() in speaker_nouns()["body_heads"]:
        return True
    return name.casefold().startswith("unnamed ") or not any(w[:1].isupper() for w in name.split())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in {"of", "the", "for", "and"})


@dataclass(frozen=True)
class CastMember:
    speaker_id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    source_type: str
    affiliation: str | None
    country: str | None
    side: str | None
    roles: tuple[str, ...]
    n_statements: int
    n_articles: int


Typing = tuple[str, str | None, str | None]  # a statement's source type, affiliation and side


@dataclass(frozen=True)
class Cast:
    members: tuple[CastMember, ...]
    of: dict[tuple[str, str], CastMember]  # (article_id, speaker as extracted) -> member
    typed: dict[tuple[str, str], Typing]  # -> (source type, affiliation, side)

    def lookup(self, article_id: str, speaker: str | None) -> CastMember | None:
        return self.of.get((article_id, speaker)) if speaker else None


def _gender_of(profile: Profile) -> str | None:
    words = name_words(profile.name)
    return profile.gender or (first_names().get(words[0].lower()) if _key(profile)[1] else None)


def _person_groups(profiles: list[Profile]) -> list[list[Profile]]:
    """People with the same surname key, split by first name; surnames alone joined to the one
    full name they can be."""
    by_surname: dict[str, list[Profile]] = defaultdict(list)
    for p in profiles:
        by_surname[_key(p)[2]].append(p)
    groups: list[list[Profile]] = []
    for members in by_surname.values():
        firsts: dict[str, list[Profile]] = defaultdict(list)
        bare: list[Profile] = []
        for p in members:
            first = _key(p)[1]
            (firsts[first] if first else bare).append(p)
        _merge_initials(firsts)
        _merge_nicknames(firsts)
        for p in bare:
            target = _bare_target(p, firsts)
            firsts.setdefault(target or "", []).append(p)
        groups.extend(firsts.values())
    return _family_names_first(groups)


def _family_names_first(groups: list[list[Profile]]) -> list[list[Profile]]:
    """A name alone that opens the full name of a person of the same article and is no given
    name joins that person: "Ban" is Ban Ki-moon, "Xi" Xi Jinping (the family name first)."""
    opening: dict[tuple[str, str], list[Profile]] = {}
    for group in groups:
        for p in group:
            words = name_words(display_name(p.name))
            if len(words) >= 2 and not words[0].isupper() and words[0].casefold() not in first_names():
                opening.setdefault((p.article_id, fold_word(words[0])), group)
    out: list[list[Profile]] = []
    for group in groups:
        bare = all(not _key(p)[1] for p in group)
        homes = {id(h): h for p in group if bare and (h := opening.get((p.article_id, _key(p)[2]))) is not None}
        if len(homes) == 1 and (home := next(iter(homes.values()))) is not group:
            home.extend(group)
        else:
            out.append(group)
    return out


def _merge_initials(firsts: dict[str, list[Profile]]) -> None:
    """"J Comey" joins "James Comey" when only one first name of the surname starts with J."""
    for first in [f for f in firsts if len(f) == 1]:
        fuller = [f for f in firsts if len(f) > 1 and f.startswith(first)]
        if len(fuller) == 1:
            firsts[fuller[0]].extend(firsts.pop(first))


def _merge_nicknames(firsts: dict[str, list[Profile]]) -> None:
    """"Joe Biden" joins "Joseph R. Biden Jr." when Joe shortens exactly one first name of the
    surname (a "Jr." or "Sr." set aside to compare); two formal names it could shorten, or none,
    leave it alone."""
    formal = formal_names()
    for nick in [f for f in firsts if f in formal]:
        base = {f: re.sub(r"(?:jr|sr)$", "", f) for f in firsts if f != nick}
        fuller = [f for f, b in base.items() if b in formal[nick]]
        if len(fuller) == 1 and nick in firsts:
            firsts[fuller[0]].extend(firsts.pop(nick))


def _bare_target(p: Profile, firsts: dict[str, list[Profile]]) -> str | None:
    """The first name a surname alone stands for, or None when the corpus cannot tell."""
    if not firsts:
        return None
    gender = _gender_of(p)
    candidates = [f for f, ps in firsts.items() if gender is None or _gender_of(ps[0]) in (None, gender)]
    if len(candidates) == 1:
        return candidates[0]
    named_here = [
        f for f in candidates if f not in stopwords() and any(q.article_id == p.article_id for q in firsts[f])
    ]  # not "What Romney", a sentence's words taken for a name
    if len(named_here) == 1:  # "Chief Justice Roberts" where the article names John G. Roberts Jr.
        return named_here[0]
    weight = {f: sum(q.n_statements for q in firsts[f]) for f in candidates}
    total = sum(weight.values())
    best = max(candidates, key=lambda f: (weight[f], f), default=None)
    return best if best is not None and total and weight[best] / total >= _DOMINANT_SHARE else None


def _body_groups(profiles: list[Profile]) -> list[list[Profile]]:
    by_name: dict[str, list[Profile]] = defaultdict(list)
    for p in profiles:
        by_name[_key(p)[2]].append(p)
    # an acronym joins the body whose initials spell it: "FBI" and "Federal Bureau of Investigation"
    spelled: dict[str, list[str]] = defaultdict(list)
    for key, ps in by_name.items():
        if len(ps[0].name.split()) >= 2 and len(initials := _initials(ps[0].name)) >= 2:
            spelled[initials].append(key)
    for key in list(by_name):
        name = by_name[key][0].name
        target = spelled.get(name) if re.fullmatch(r"[A-Z]{2,9}", name) else None
        if target and len(target) == 1 and target[0] in by_name:
            by_name[target[0]].extend(by_name.pop(key))
    return list(by_name.values())


def _canonical(group: list[Profile]) -> str:
    """The entity's fullest, most frequent name: the most frequent among its multi-word names
    (by statements), else among all; ties go to the longer, then the first in order. A person's
    name is shown without the titles extraction kept before it."""
    weight: Counter[str] = Counter()
    for p in group:
        weight[without_titles(p.name) if _key(p)[0] == "person" else p.name] += max(1, p.n_statements)
    # a body named in capitals before its leaders: "RNC", not "RNC leaders" (but "unnamed party leaders")
    leaders = {n for n in weight if _ITS_LEADERS.search(n)}
    named = leaders and any(n[:1].isupper() for n in weight if n not in leaders)
    bodies = [n for n in weight if n not in leaders] if named else list(weight)
    full = [n for n in bodies if len(name_words(n)) >= 2] or bodies
    named = [n for n in full if _given_name(n) and not is_role(display_name(n))]
    return display_name(max(named or full, key=lambda n: (weight[n], len(n), n)))  # a person's name before a role


_ITS_LEADERS = re.compile(r"\s(?:leaders|leadership)$", re.I)  # a body's leaders are the body's key (``body_key``)


def _given_name(name: str) -> bool:
    """A person's name opening with a given name ("Rudolph Contreras"), not "Unnamed new poll"."""
    words = name_words(name)
    return words[0].split("-")[0].casefold() in first_names() and all(w[:1].isupper() for w in words)


def _majority(values: Iterable[tuple[str | None, int]], skip: set[str | None]) -> str | None:
    counts: Counter[str] = Counter()
    for value, weight in values:
        if value not in skip and value is not None:
            counts[value] += weight
    return max(counts, key=lambda v: (counts[v], v)) if counts else None


def _alias(mention: str, name: str) -> bool:
    """A mention that names the entity ("Mr. Obama", "The Associated Press", "AP"), not a
    pronoun, a bare role or a clause extraction took for a name."""
    words = mention.split()
    if not mention[:1].isupper() or mention.lower() in PRONOUNS or len(words) > 6:
        return False
    own = {fold_word(w) for w in name.split()}
    return bool(own & {fold_word(w) for w in words}) or _initials(name) == mention.strip(".")


def _source_type(group: list[Profile]) -> str:
    """The kind of source most of an entry's statements have, unknown aside."""
    return _majority(((p.source_type, max(1, p.n_statements)) for p in group), {UNKNOWN}) or UNKNOWN


SETTLED_SHARE = 0.75  # of a speaker's typed statements, in two articles or more: their kind everywhere


def _settled_type(group: list[Profile], source_type: str) -> bool:
    """Does one kind of source hold ``SETTLED_SHARE`` of a speaker's statements over two articles
    or more (those no description types take the speaker's kind)? Then an article that describes
    them otherwise ("the real estate mogul" of a candidate quoted 190 times as a politician) does
    not make those statements a businessman's: a reader found Trump "business" in 3 rows and Clinton
    "official" in 9."""
    total = sum(max(1, p.n_statements) for p in group)
    same = sum(max(1, p.n_statements) for p in group if p.source_type in {source_type, UNKNOWN})
    return source_type != UNKNOWN and len({p.article_id for p in group}) >= 2 and same >= SETTLED_SHARE * total


def _member(group: list[Profile], kind: str) -> CastMember:
    name = _canonical(group)
    weights = [(p, max(1, p.n_statements)) for p in group]
    source_type = _source_type(group)
    affiliation = _majority(((p.affiliation, w) for p, w in weights if p.source_type == source_type), set())
    known = gazetteer().actor(name)
    if source_type == UNKNOWN and known and known.role:
        # no article describes them: what the gazetteer knows of them, as a last resort
        typing = classify([(known.role, 1)], name, known.type)
        source_type, affiliation = typing.source_type, typing.affiliation
    roles: list[str] = []
    for p in group:
        roles += [r for r in p.roles if r not in roles]
    first = _key(group[0])[1]
    names = {p.name for p in group if len(words := name_words(p.name)) < 2 or fold_word(words[0]) == first}
    mentions = {m for p in group for m in p.mentions if _alias(m, name)}
    aliases = sorted((names | mentions) - {name})
    key = ":".join(_key(group[0]))  # one group per key: the id is the key's, the same on every run
    kind_of = known.type if known else Counter(p.type for p, _ in weights).most_common(1)[0][0]  # Politico: a body
    if all(p.name.islower() and (" " not in p.name or is_role_word(p.name)) for p in group):
        # "the woman said", "the airline said", and the article never names them: not "Woman", "Airline"
        name = f"Unnamed {name.lower()}"
    return CastMember(
        speaker_id="sp-" + hashlib.sha1(key.encode()).hexdigest()[:10],
        name=name,
        aliases=tuple(aliases),
        type=kind_of,
        source_type=source_type,
        affiliation=affiliation,
        country=_majority(((p.country, w) for p, w in weights), set()),
        side=_majority(((p.side, w) for p, w in weights), {UNKNOWN}) or UNKNOWN,
        roles=tuple(roles[:8]),
        n_statements=sum(p.n_statements for p in group),
        n_articles=len({p.article_id for p in group}),
    )


def _campaign_staff(groups: list[tuple[str, list[Profile]]]) -> list[tuple[str, list[Profile]]]:
    """A candidate's staff ("Clinton spokesman Nick Merrill") speak for the campaign: political,
    whatever their title says elsewhere. Who is a candidate is the cast's to say (a live blog
    may never call its candidates so), hence after the first grouping."""
    names = {id(g): name_words(_canonical(g)) for kind, g in groups if kind == "person"}
    candidates = {
        names[id(g)][-1]
        for kind, g in groups
        if kind == "person" and len(names[id(g)]) >= 2 and _source_type(g) == "political"
    }
    out = []
    for kind, group in groups:
        owner = None
        if kind == "person":
            own = set(names[id(group)][-1:])
            owner = staff_of([d for p in group for d in p.roles + p.mentions], candidates - own)
        if owner:  # one person's staff in one article are that campaign's in all
            group = [replace(p, source_type="political", affiliation=f"{owner} campaign") for p in group]
        out.append((kind, group))
    return out


_TOP_OF_TICKET = re.compile(r"\bpresidential (?:nominee|candidate|hopeful)\b(?!['’]s)", re.I)
_RUNNING_MATE = re.compile(r"\b(?:vice[- ]presidential (?:nominee|candidate|pick)|running mate)\b", re.I)
_KIN = r"(?:daughter|son|wife|husband|spouse|mother|father|brother|sister|children|son-in-law|daughter-in-law)"
# whose running mate or relative: "Trump's running mate", "the Republican presidential nominee's eldest daughter"
_ON_TICKET = re.compile(
    rf"\b(?P<owner>[A-Z][\w’'-]+|presidential nominee|presidential candidate)['’]s?\s+(?:\w+\s+){{0,2}}?"
    rf"(?P<tie>running mate|{_KIN})\b"
)


def _tickets(groups: list[tuple[str, list[Profile]]]) -> list[tuple[str, list[Profile]]]:
    """A running mate ("the Republican vice-presidential nominee", "Trump's running mate") and a
    nominee's relative ("the Republican presidential nominee's eldest daughter") speak for the
    campaign of the ticket's head: the person the corpus calls that party's presidential nominee
    most often, whose affiliation is their own campaign; political, as a ticket is."""
    heads: dict[str, Counter[str]] = defaultdict(Counter)  # party -> campaign -> statements
    campaigns = set()
    for kind, group in groups:
        surname = name_words(_canonical(group))[-1] if kind == "person" else ""
        campaign = f"{surname} campaign"
        if kind == "person" and any(p.affiliation == campaign for p in group):
            campaigns.add(campaign)
            for role in {r for p in group for r in p.roles if _TOP_OF_TICKET.search(r) and not _RUNNING_MATE.search(r)}:
                if party := party_of(role):
                    heads[party][campaign] += sum(p.n_statements for p in group)
    out = []
    for kind, group in groups:
        roles = [r for p in group for r in p.roles if says_who(r)] if kind == "person" else []
        ticket = next((c for r in roles if (c := _ticket_of(r, heads, campaigns))), None)
        if ticket and not any(p.affiliation == ticket for p in group):
            group = [replace(p, source_type="political", affiliation=ticket) for p in group]
        out.append((kind, group))
    return _nominees_named(out, heads)


_THE_NOMINEE = re.compile(r"^(?:the\s+)?(?!former\b)[\w-]+\s+presidential nominee$", re.I)


def _nominees_named(
    groups: list[tuple[str, list[Profile]]], heads: dict[str, Counter[str]]
) -> list[tuple[str, list[Profile]]]:
    """A speaker only ever called a party's presidential nominee ("The GOP presidential nominee
    argued") is the person the corpus calls that party's nominee most often (``heads``): a reader
    found the description a member of the cast of its own. Not a candidate, a hopeful or a former
    nominee: in a corpus of the primaries those are any of several people."""
    head_of = {party: c.most_common(1)[0][0] for party, c in heads.items() if c}
    at = {}
    for n, (kind, group) in enumerate(groups):
        surname = name_words(_canonical(group))[-1] if kind == "person" else ""
        if kind == "person" and f"{surname} campaign" in head_of.values():
            at.setdefault(f"{surname} campaign", n)
    merged: dict[int, list[Profile]] = {}
    dropped = set()
    for n, (_, group) in enumerate(groups):
        name = _canonical(group)
        party = party_of(name) if is_role(name) else None  # a party's word may have made it a body's key
        if not party or not _THE_NOMINEE.search(name) or _RUNNING_MATE.search(name) or party not in head_of:
            continue  # a candidate or a former one may be anyone of the primaries; a party has one nominee
        if (into := at.get(head_of[party])) is not None:
            merged.setdefault(into, list(groups[into][1])).extend(group)
            dropped.add(n)
    return [(kind, merged.get(n, group)) for n, (kind, group) in enumerate(groups) if n not in dropped]


def _ticket_of(role: str, heads: dict[str, Counter[str]], campaigns: set[str]) -> str | None:
    """The campaign whose ticket ``role`` puts its holder on, or None."""
    tie = _ON_TICKET.search(role)
    if not (tie or _RUNNING_MATE.search(role)):
        return None
    if tie and f"{tie.group('owner')} campaign" in campaigns:
        return f"{tie.group('owner')} campaign"  # "Trump's daughter", "Clinton's running mate"
    party = party_of(role)
    return heads[party].most_common(1)[0][0] if party and heads.get(party) else None


def _corpus_roles(
    groups: list[tuple[str, list[Profile]]], first: dict[tuple[str, str], int]
) -> list[tuple[str, list[Profile]]]:
    """A role speaker its article never ties to a name ("The Republican presidential nominee" in
    a live blog of unrelated items) is the one person who speaks in the same article and whom
    the corpus's articles give that role; a present role is not a former one. By article, not
    over all pairs of groups."""
    names = {id(g): _canonical(g) for kind, g in groups if kind == "person"}
    people = [g for kind, g in groups if kind == "person" and len(name_words(names[id(g)])) >= 2]
    people = [g for g in people if not is_role(names[id(g)])]
    titles: dict[int, set[str]] = {}
    speaking: dict[str, list[list[Profile]]] = defaultdict(list)
    for g in people:
        titles[id(g)] = {spelled_out(r).split(" of ")[0] for p in g for r in p.roles}
        for article_id in dict.fromkeys(p.article_id for p in g):
            speaking[article_id].append(g)
    moved: dict[int, list[Profile]] = defaultdict(list)  # holder group -> the role speakers it takes
    kept = []
    for kind, group in groups:
        keep = []
        for p in group:
            role = ROLE_OPENERS.sub("", p.name).casefold()
            fits = []
            if p.type == "person" and id(group) not in titles and is_role(display_name(p.name)):
                owner = (role_owner(p.mentions) or "").casefold()  # "A spokeswoman for Hillary Clinton"
                fits = [
                    g
                    for g in speaking[p.article_id]
                    if any(
                        (t == role or t.endswith(" " + role))
                        and ("former" not in t.split() or "former" in role)
                        and (not owner or owner in t.split())
                        for t in titles[id(g)]
                    )
                ] or _delayed_lede(p, speaking[p.article_id], first)
            (moved[id(fits[0])] if len(fits) == 1 else keep).append(p)
        kept.append((kind, group, keep))
    return [(kind, keep + moved[id(group)]) for kind, group, keep in kept if keep]


# the roles news quotes without a name as a rule ("a White House official", "a senior aide")
_UNNAMED_BY_CUSTOM = {"official", "officials", "aide", "aides", "source", "sources", "adviser", "advisers", "advisor",
                      "staffer", "staffers", "insider", "insiders", "operative", "operatives", "strategist"}
_BODY_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w’'-]+)+")  # "Democratic National Committee"


def _delayed_lede(
    role: Profile, speaking: list[list[Profile]], first: dict[tuple[str, str], int]
) -> list[list[Profile]]:
    """The one person speaking in the article whose own descriptions there name the body an unnamed
    role speaker's words name: news opens on "A former Democratic National Committee chairman says
    ..." and names him later ("said Don Fowler, who helmed the DNC"), the body in full or by its
    initials. Only an indefinite role ("a ...": someone the article has yet to name) that speaks
    before the person does (``first``: each speaker's order of first speaking in its article)."""
    if not any(m.split()[0].casefold() in {"a", "an"} for m in role.mentions):
        return []
    if role.name.split()[-1].casefold() in _UNNAMED_BY_CUSTOM:
        return []  # "a White House official, who requested anonymity": news keeps such sources unnamed
    bodies = {b.group().casefold() for m in role.mentions for b in _BODY_RUN.finditer(m)}
    bodies |= {_initials(b.title()).casefold() for b in bodies if len(b.split()) >= 2}
    patterns = [re.compile(rf"\b{re.escape(b)}\b") for b in bodies]
    since = first.get((role.article_id, role.name), -1)

    def names_the_body(p: Profile) -> bool:
        later = p.article_id == role.article_id and first.get((p.article_id, p.name), -1) > since
        return later and any(pattern.search(r.casefold()) for pattern in patterns for r in p.roles)

    fits = [(g, sum(p.n_statements for p in g if p.article_id == role.article_id))
            for g in speaking if any(names_the_body(p) for p in g)]
    # several of that body speak ("Ed Rendell, a former DNC chairman" too): the one the article is about,
    # who says more than all the others together, or none
    total = sum(n for _, n in fits)
    return [g for g, n in fits if 2 * n > total]


def build_cast(profiles: Iterable[Profile]) -> Cast:
    """The corpus's cast from every article's profiles, in a stable order (most statements
    first, then name)."""
    people, bodies = [], []
    profiles = _home_governments(list(profiles))
    for p in profiles:
        (people if _key(p)[0] == "person" else bodies).append(p)
    first: dict[tuple[str, str], int] = {}  # each speaker's order of first speaking, by article
    for k, p in enumerate(profiles):
        first.setdefault((p.article_id, p.name), k)
    groups = [("person", g) for g in _person_groups(people)] + [("body", g) for g in _body_groups(bodies)]
    groups = _tickets(_campaign_staff(_corpus_roles(groups, first)))
    members: list[CastMember] = []
    of: dict[tuple[str, str], CastMember] = {}
    typed: dict[tuple[str, str], Typing] = {}
    for kind, group in groups:
        member = _member(group, kind)
        members.append(member)
        settled = _settled_type(group, member.source_type)
        for p in group:
            side = p.side if p.side not in (None, UNKNOWN) else member.side
            if p.source_type != UNKNOWN and not (settled and p.source_type != member.source_type):
                typing = (p.source_type, p.affiliation or member.affiliation, side)
            else:
                typing = (member.source_type, member.affiliation, side)
            for name in (p.name, *p.also):
                of[(p.article_id, name)] = member
                typed[(p.article_id, name)] = typing
    if not gazetteer().config.sides:
        members, of, typed = _affiliation_sides(members, of, typed)
    members.sort(key=lambda m: (-m.n_statements, m.name, m.speaker_id))
    return Cast(tuple(members), of, typed)


_GOVERNMENT = re.compile(r"\S.* government$")


def _home_governments(profiles: list[Profile]) -> list[Profile]:
    """An official that no description places ("Secretary of State John Kerry", "President Obama")
    speaks for the government of the corpus's own country, as a news outlet leaves its own officials
    unmarked, not for the country the article is about (an article on a North Korean nuclear test
    made Kerry "North Korean government"). The corpus's country is the one whose government most
    statements of placed officials speak for, when it holds at least half of them."""
    counts: Counter[str] = Counter()
    for p in profiles:
        if p.affiliation and not p.unmarked and _GOVERNMENT.fullmatch(p.affiliation):
            counts[p.affiliation] += max(1, p.n_statements)
    if not counts:
        return profiles
    home, n = counts.most_common(1)[0]
    if 2 * n < sum(counts.values()):
        return profiles
    return [replace(p, affiliation=home) if p.unmarked and p.affiliation != home else p for p in profiles]


AFFILIATION_SIDES = 7  # with the speakers' countries, "unknown" and "media", the charts' eight sides
AFFILIATION_SHARE = 0.02  # an affiliation is a side when it speaks at least this share of the statements


@lru_cache(maxsize=4096)
def _side_of(affiliation: str, own_party: str | None = None) -> str:
    """The side an affiliation takes: a party's bodies are the party's ("DNC", "DNC Rules
    Committee", "Ohio Democratic Party" -> Democratic Party); a legislator whose own descriptions
    give a party (``own_party``) speaks for the party ("Sen. Ted Cruz (R-Texas)": Republican Party,
    not "US Senate", which would put both parties' senators on one side); a campaign or any other
    body is its own. Asked once per statement: cached, since a corpus has few affiliations."""
    party = party_of(affiliation)
    if party and not _CAMPAIGN.search(affiliation):
        return party
    if own_party and (_LEGISLATURE.search(affiliation) or _state_government(affiliation)):
        return own_party  # "Gov. Pat McCrory (R)", "the Republican attorney general of Oklahoma"
    return affiliation


def _state_government(affiliation: str) -> bool:
    """A government below a country's ("Virginia government", "Oklahoma government"): its
    governor's or attorney general's party is their side, as a legislator's is."""
    place = affiliation.removesuffix(" government")
    gaz = gazetteer()  # the place, or its first word, a country's ("Kenyan county"); not "New Jersey"'s "Jersey"
    return place != affiliation and not (gaz.is_country_word(place) or gaz.is_country_word(place.split()[0]))


def _party(roles: Iterable[str]) -> str | None:
    """The party a member's own descriptions name; not one a relative clause names of others
    ("who campaigned for the Republican nominee")."""
    return next((party for role in roles if says_who(role) and (party := party_of(role))), None)


def _campaigns_for(roles: Iterable[str]) -> str | None:
    """The campaign a member's descriptions say they campaign for ("who has campaigned heavily for GOP
    nominee Donald Trump": the Trump campaign's side, whatever office they hold; a reader found a
    governor stumping for a candidate put on no side)."""
    found = (m.group("who").split()[-1] for role in roles if (m := _CAMPAIGNS_FOR.search(role)))
    return next((f"{surname} campaign" for surname in found), None)


_CAMPAIGNS_FOR = re.compile(
    r"\b(?:campaign(?:ed|s|ing)|stump(?:ed|s|ing)|surrogate)\s+(?:\w+ly\s+)?for\s+"
    r"(?:(?:the\s+)?(?:(?:GOP|Republican|Democratic)\s+)?(?:presidential\s+)?(?:nominee|candidate)\s+)?"
    r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
)


def _of_country(role: str, country: str) -> bool:
    """Does a title name ``country`` as the one it serves ("the foreign minister of France"), not one
    served in ("ambassador to Slovakia")?"""
    return any(gazetteer().country_of(m.group(1)) == country for m in _OF_PLACE.finditer(role))


_OF_PLACE = re.compile(r"\bof\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_CAMPAIGN = re.compile(r"\bcampaign\b", re.I)
_LEGISLATURE = re.compile(r"\b(?:Senate|House|Congress|Assembly|Legislature|Parliament)\b")


def _known_body(affiliation: str) -> Actor | None:
    """The body the gazetteer knows that an affiliation is or opens with ("White House", "State
    Department Refugee Processing Center": an office of the State Department); a country's name
    opens no body of its state ("US Senate", "U.S. Court of Appeals")."""
    words = affiliation.split()
    for k in range(min(4, len(words)), 0, -1):
        known = gazetteer().actor(" ".join(words[:k]))
        if known and known.type != "person" and (k == len(words) or known.role != "state"):
            return known  # not a person's name ("Trump Organization" is none of Donald Trump's offices)
    return None


def _affiliation_sides(
    members: list[CastMember],
    of: dict[tuple[str, str], CastMember],
    typed: dict[tuple[str, str], Typing],
) -> tuple[list[CastMember], dict[tuple[str, str], CastMember], dict[tuple[str, str], Typing]]:
    """Without configured sides, the largest affiliations are the sides ("Trump campaign", "US
    Senate", "Kenya government"), so that a story inside one country is not one side; a speaker
    of a smaller affiliation keeps their country, a journalist the media's side. Where a
    country's government is one of the sides, its country is no second side beside it: the
    officials of a body the gazetteer places in that country ("White House", "Pentagon") take the
    government's side, its other speakers (an economist, "proponents", a senator of no stated
    party, a think tank's director the rules typed an official) no side."""
    parties = {id(m): _party(m.roles) or _campaigns_for(m.roles) for m in members}  # each member's own, read once
    totals: Counter[str] = Counter()
    for m in members:
        if m.affiliation and m.side != "media":
            totals[_side_of(m.affiliation, parties[id(m)])] += m.n_statements
    floor = AFFILIATION_SHARE * sum(m.n_statements for m in members)
    top = totals.most_common(AFFILIATION_SIDES)
    large = {a for a, n in top if n >= floor}
    if any(party_of(a) == a for a in large):  # one party a side: its rivals too, or parties compare to nothing
        large |= {a for a, n in top if party_of(a) == a and n >= floor / 2}

    def side(affiliation: str | None, other: str | None, member: CastMember | None, kind: str | None) -> str | None:
        own = parties.get(id(member))
        key = _side_of(affiliation, own) if affiliation else own  # a partisan of no body: their party
        if key in large and other != "media":
            return key
        body = _known_body(affiliation) if affiliation and kind == "official" else None
        if body and (government := government_of(body.side)) in large:
            return government  # "White House", "State Department Refugee Processing Center"
        if other and government_of(other) in large:
            return UNKNOWN  # the country's other speakers
        country = member.country if member else None
        if other in (None, UNKNOWN) and country and kind == "official" and affiliation == government_of(country):
            # "the Mexican secretary of the economy": Mexico's, as "Angela Merkel" is Germany's; not "a
            # former ambassador to Slovakia", whose titles name the country served in, not their own
            adjective = gazetteer().adjective(country) or ""
            own = re.compile(rf"\b{re.escape(adjective)}\b")
            if any(own.search(role) or _of_country(role, country) for role in member.roles):
                return country  # "the foreign minister of France" too
        return other

    renamed = {id(m): replace(m, side=side(m.affiliation, m.side, m, m.source_type)) for m in members}

    def statement_side(key: tuple[str, str], affiliation: str | None, other: str | None, kind: str) -> str | None:
        """A named person's one side wherever they speak ("Donald Trump": the Trump campaign's, not the
        Republican Party's in the article that calls him its nominee); a kind of speaker ("Unnamed
        officials") or a body, the side of each statement."""
        member = of.get(key)
        person = member is not None and member.type == "person" and not member.name.casefold().startswith("unnamed")
        return renamed[id(member)].side if person else side(affiliation, other, member, kind)  # type: ignore[arg-type]

    return (
        [renamed[id(m)] for m in members],
        {k: renamed[id(m)] for k, m in of.items()},
        {k: (st, aff, statement_side(k, aff, sd, st)) for k, (st, aff, sd) in typed.items()},
    )
