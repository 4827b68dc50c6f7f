"""Who a speaker description stands for, within one article.

``Resolver`` turns the words before a cue ("Mr. Obama", "the South Carolina senator", "he",
"the agency") into an actor: the gazetteer, people and bodies the article names outside its
quotations, a surname alone as the person of that surname named before it, a pronoun as the
speaker it continues or the last person (or body) it can refer to, an acronym as its
expansion, and a definite role ("the spokesman") as the person the article gave that role.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from corpus_utils.actors import (
    ACRONYM,
    HONORIFICS,
    PRONOUNS,
    Actor,
    Mention,
    body_head,
    describe,
    first_names,
    gazetteer,
    is_function_word,
    is_role_word,
    speaker_nouns,
    title_role,
)
from corpus_utils.articles import Article, Sentence
from corpus_utils.data import stopwords
from corpus_utils.numerals import UNITS
from corpus_utils.quotes.issuers import document_mention, issuers, media_item, sponsors
from corpus_utils.quotes.marks import Marks, _inside
from corpus_utils.quotes.words import _DETERMINERS, OWNED_BY_PRONOUN, cues
from corpus_utils.spans import SpanIndex
from corpus_utils.wordtrie import trie_pattern


def _replace_at(entries: list[tuple[int, Actor]], offset: int, actor: Actor) -> None:
    """Insert ``(offset, actor)`` in offset order, dropping an entry of the same name there."""
    lo = bisect.bisect_left(entries, offset, key=lambda item: item[0])
    hi = bisect.bisect_right(entries, offset, key=lambda item: item[0])
    for j in range(hi - 1, lo - 1, -1):
        if entries[j][1].name == actor.name:
            del entries[j]
    bisect.insort_left(entries, (offset, actor), key=lambda item: item[0])


class Resolver:
    """Names speakers in one article: gazetteer, description rules, pronouns, surnames, and
    roles ("the spokesman" after "Kremlin spokesman Dmitry Peskov")."""

    def __init__(self, article: Article, spans: Marks, mentions: list[Mention] | None = None) -> None:
        """``mentions``: the gazetteer's ``actor_mentions`` of the article's text, when the caller has them."""
        # persons and bodies named outside quotes, sorted by offset (ties: first noted last),
        # and named persons by surname, so that each look-up is a bisection, not a scan
        self.pools: dict[str, list[tuple[int, Actor]]] = {"person": [], "organisation": []}
        self.surnames: dict[str, list[tuple[int, Actor]]] = {}
        self.roles: dict[str, list[tuple[int, Actor]]] = {}  # role word -> named people it described, by offset
        self.genders: dict[str, str] = {}  # person -> the gender the text gives them, for "he"/"she"
        self.acronyms: dict[str, Actor] = {}  # acronym -> the body its expansion named
        self.speakers: list[tuple[int, Actor]] = []  # actors resolved as speakers, by offset
        # unnamed people of each gender who speak, (start, end) in text order: ``_unnamed_between``
        self._unnamed_speakers: dict[str, list[tuple[int, int]]] | None = None
        self._paragraph_starts: list[int] | None = None  # where each paragraph begins: ``_introducer``
        self.sentence_starts = [s.start for s in article.sentences]
        self.spans = spans
        self.text = article.text
        if mentions is None:
            mentions = gazetteer().actor_mentions(article.text)
        known = SpanIndex(mentions)
        for start, end, actor in mentions:
            if not _inside(start, spans):  # with its title: "President Obama" is "the president" later
                title = _TITLES_BEFORE.search(article.text, max(0, start - 30), start)
                self.note(start, actor, article.text[title.start() if title else start : end])
        expansions = _EXPANSION.finditer(article.text) if _ACRONYM_IN_BRACKETS.search(article.text) else ()
        for m in expansions:  # "the Federal Emergency Management Agency (FEMA)"
            actor = describe(m.group(), "")
            expansion = re.sub(r"^(?:The|A|An)\s+", "", m.group("expansion"))
            self.acronyms[m.group("acronym")] = self.acronyms[expansion] = actor
        self.bodies: list[tuple[int, Actor]] = []  # bodies named in capitals: "the agency" may stand for them
        self.agents: list[tuple[int, Actor]] = []  # those not named as a place ("rallied at Temple University")
        for m in body_names().finditer(article.text):
            name = _CLAUSE_OPENER.sub("", m.group())
            if not _inside(m.start(), spans) and " " in name and not _TITLE_CASE_LINK.search(name):
                body = describe(name)
                self.bodies.append((m.start(), Actor(body.name, "organisation", body.side, body.role)))
                if not _AT_A_PLACE.search(article.text, max(0, m.start() - 12), m.start()):
                    self.agents.append(self.bodies[-1])
        for m in _PERSON_NAME.finditer(article.text):  # people the gazetteer does not know
            k = 0 if m.group("title") else _first_name_at(m.group("name"))
            if k is None:
                continue  # "New York" is nobody: no first name opens it
            words = m.group("name").split()
            if len(words) - k < (1 if m.group("title") else 2) or _not_a_name(words, k, article.text, m):
                continue  # "Senator Lindsey Graham" -> "Lindsey Graham"
            if not known.overlaps(m.start(), m.end()) and not _inside(m.start(), spans):
                actor = describe(" ".join(words[k:]))
                if m.group("title") or " " in actor.name:  # "Supreme Court Justice" is no one's full name
                    self.note(m.start("name"), actor, m.group())
        self._relatives_by_surname(article.text, spans, known)
        self._first_names_alone(article.text, spans)
        for m in _KIN.finditer(article.text):  # "His ex-wife agreed": a woman a later "she" may be
            if not _inside(m.start(), spans) and self._opens_sentence(m.start()):  # a subject, not in passing
                kin = Actor(m.group()[:1].upper() + m.group()[1:].lower(), "person", "unknown")
                self.note(m.start(), kin, m.group())
                self.genders.setdefault(kin.name, speaker_nouns()["gendered"][m.group("kin").lower()])
        self.sponsors = [(o, a) for o, a in sponsors(article.text) if not _inside(o, spans)]
        self.issuers = [(o, f, a) for o, f, a in issuers(article.text) if not _inside(o, spans)]

    def _relatives_by_surname(self, text: str, spans: Marks, known: SpanIndex) -> None:
        """People named with an unlisted given name and the surname of someone the article named
        ("Rakeyia Scott can be heard yelling", after Keith Lamont Scott): a relative, whom a later
        "she" may be. Without the surname a capitalised pair is too often no person at all."""
        given_names = first_names()
        family = {  # surnames of people named with a listed given name: "Keith Lamont Scott", not "Tea Party Patriots"
            name
            for name, named in self.surnames.items()
            if any(a.name.split()[0].lower() in given_names for _, a in named)
        }
        if not family:
            return
        stop = stopwords()
        lower = set(_LOWER_WORD.findall(text))  # the words the text writes in lower case, read once
        for m in _GIVEN_AND_SURNAME.finditer(text):
            given, surname = m.group("given"), m.group("surname")
            if surname not in family or _inside(m.start(), spans) or known.overlaps(m.start(), m.end()):
                continue
            if _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Keith Lamont Scott": a middle name, not another person's given name
            place = gazetteer().place_mentions(given) or gazetteer().is_country_word(given)
            if given.lower() in stop | HONORIFICS or is_function_word(given) or is_role_word(given) or place:
                continue  # "Then Scott", "Officer Scott", "Charlotte Scott": no given name
            if text.startswith(".", m.end()) or given.lower() in lower:
                continue  # "Although Scott", "Like Corker": a word the text also writes in lower case
            full = f"{given} {surname}"
            if not any(a.name == full for _, a in self.surnames[surname]):
                self.note(m.start(), Actor(full, "person", "unknown"), full)

    def _first_names_alone(self, text: str, spans: Marks) -> None:
        """People a text calls by their first name alone ("Melanie thought ...", "Melanie said"),
        twice or more, so that "she" can find them: a first name of the shipped list, capitalised,
        with no capitalised word after it, no other use as a common word and no one named in full
        with it; outside quotations, or inside a quoted passage (an excerpt tells its own story)."""
        alone: dict[str, list[int]] = {}
        for m in _FIRST_NAME_ALONE.finditer(text):
            word = m.group(1)
            if not _given_name_only(word):
                continue  # most capitalised words are no first name: the quotations are asked only for one
            if not any(q.close_mark - q.open_mark < PASSAGE_CHARS for q in spans.containing(m.start())):
                alone.setdefault(word, []).append(m.start())
        named = {a.name.split()[0] for _, a in self.pools["person"] if " " in a.name}
        for word, offsets in alone.items():
            if word in self.surnames or word in named:
                continue  # "Clinton", "Hillary": the surname or first name of someone named in full
            if any(_PLACE_BEFORE.search(text, max(0, at - 8), at) for at in offsets):
                continue  # "in Charlotte", "from Phoenix": a place that shares a first name
            if len(offsets) >= 2 and not re.search(rf"\b{word.lower()}\b", text):
                self.genders.setdefault(word, first_names()[word.lower()])
                for offset in offsets:
                    self.note(offset, Actor(word, "person", "unknown"), word)

    def note(self, offset: int, actor: Actor, mention: str = "", context: str = "") -> None:
        """Record ``actor`` as named at ``offset``, with the gender and the roles its ``mention``
        and ``context`` give it; a fuller description of the same person at the same place (from
        an attribution) replaces the bare name noted before it."""
        if actor.name.casefold() in {"i", "we", "you"}:
            return  # the writer or the reader: no one "he" or "she" may stand for
        body = actor.type != "person" or actor.name.casefold().endswith(" campaign")  # "it" may be a campaign
        _replace_at(self.pools["organisation" if body else "person"], offset, actor)
        if actor.type == "person" and not body:
            words = actor.name.split()
            given = first_names().get(words[0].lower()) if len(words) >= 2 else None  # "Keith Scott": male
            given = given or speaker_nouns()["gendered"].get(words[-1].lower())  # "my mother": female
            if gender := grammatical_gender(mention, actor.name) or given:
                self.genders.setdefault(actor.name, gender)
            if any(c.isupper() for c in actor.name):  # "Sen. Lindsey Graham" is "the senator" later
                for word in [*_role_words(f"{mention} {context}"), *_capitalised_title(mention)]:
                    _replace_at(self.roles.setdefault(word, []), offset, actor)
            if " " in actor.name:
                _replace_at(self.surnames.setdefault(actor.name.split()[-1], []), offset, actor)

    def reported_within(self, start: int, end: int) -> None:
        """Speakers inside another's reported words ("He said Obama hopes ...") are no speaker a
        later "he" continues: the reporting speaker is."""
        lo = bisect.bisect_left(self.speakers, start, key=lambda item: item[0])
        del self.speakers[lo : bisect.bisect_left(self.speakers, end, key=lambda item: item[0])]

    def refers_to(self, pronoun: str, offset: int) -> Actor | None:
        """Whom a possessive or pronoun at ``offset`` stands for ("its forecast"), without making
        them a speaker there: a later "he said" continues the last speaker, not this owner."""
        return self._pronoun(pronoun.lower(), offset)

    def _pronoun(self, key: str, offset: int) -> Actor | None:
        """The last person (or body) before ``offset`` that the pronoun can refer to: "she" skips
        the people the text makes male, "he" the ones it makes female, "they" the countries; a
        person the pronoun then refers to keeps that gender."""
        kind = PRONOUNS.get(key) or {"his": "person", "her": "person"}.get(key, "organisation")
        k = bisect.bisect_left(self.speakers, offset, key=lambda item: item[0]) - 1  # the last speaker before
        said = self.speakers[k][0] if k >= 0 else -1
        last = self.speakers[k][1] if k >= 0 and offset - SPEAKER_CHARS <= said else None
        if key in {"it", "its"} and last and _thing(last):
            return last  # '"...," the article read. "...," it added.'
        pool = self.pools["person" if kind == "person" else "organisation"]
        i = bisect.bisect_left(pool, offset, key=lambda item: item[0])
        if not i:
            return None
        wanted = PRONOUN_GENDERS.get(key)
        if key in {"they", "their"}:  # "they" are people or a body, not a country ("it")
            return next((pool[j][1] for j in range(i - 1, max(-1, i - 40), -1) if pool[j][1].role != "state"), None)
        if wanted is None:  # "it": the last body named as one, not one named as a modifier ("FBI criticism")
            return next((pool[j][1] for j in range(i - 1, max(-1, i - 40), -1) if not self._modifier(pool[j][0])), None)
        if last and (self.genders.get(last.name) == wanted or (last.name not in self.genders and _full_name(last))):
            subject = self._new_subject(said, offset, last)
            if subject is None:
                # "he" continues the last speaker before a person merely mentioned, unless an unnamed
                # one opens the pronoun's sentence ("My mother ... she still says")
                return self._unnamed_opener(max(said + 1, self._sentence_start(offset)), offset, wanted) or last
            if self.genders.get(subject.name, wanted) == wanted:
                return subject  # "Mr. Obama dismissed ... Mr. Tribe's client. “...,” he said": the new subject
        if (subject := self._sentence_subject(offset, wanted)) is not None:
            # "Ham made it clear he had misgivings about ... Obama. “...,” he told the host": Ham; "The
            # woman's enthusiasm for Trump is recorded: “...,” she said": the woman, whom no name gives
            return subject
        introducer = self._introducer(offset)  # "McCrummen reports: “... what she called a rant”": not her
        for j in range(i - 1, max(-1, i - 40), -1):
            at, actor = pool[j]
            if self._unnamed_between(at, offset, wanted):
                return None  # "“...,” my father often said. He also told ...": the father, whom no name gives
            if self._after_pronoun(at, wanted) or (introducer and actor.name.split()[-1] in introducer):
                continue  # "she advises President Htin Kyaw": he is not the "she" of that sentence
            if self.genders.get(actor.name, wanted) == wanted and _someone(actor):
                self.genders.setdefault(actor.name, wanted)
                return actor
        return None  # everyone named before is of the other gender: someone the rules did not see named

    def _sentence_subject(self, offset: int, wanted: str) -> Actor | None:
        """The person of ``wanted`` gender who opens the pronoun's own sentence before it, or else
        the sentence before: the subject a "he" or "she" continues, ahead of the people that
        sentence merely mentions. A person named in full at its start, or by a surname or a
        definite role the article gave a named person."""
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        for start in [self.sentence_starts[j] for j in (k, k - 1) if j >= 0]:
            if self._unnamed_between(start, offset, wanted):
                return None
            intro = _INTRO_PHRASE.match(self.text, start)  # "In an interview with ..., Ham made it clear"
            for at in (start, intro.end()) if intro else (start,):
                if unnamed := self._unnamed_opener(at, offset, wanted):
                    return unnamed
                same = _GENDERED_PRONOUN.match(self.text, at) if at < offset else None
                if same and PRONOUN_GENDERS[same.group().lower()] == wanted:
                    # "In her post, she reminded ... . “...,” she wrote": whom that "she" stands for
                    return self._pronoun(same.group().lower(), at)
                actor = self._subject_at(at, offset)
                if actor is not None and self.genders.get(actor.name, wanted) == wanted and _someone(actor):
                    return actor
        return None

    def _introducer(self, offset: int) -> str:
        """The words that introduce the quoted passage ``offset`` is in ("... McCrummen reports:"), or
        "": a quotation of ``PASSAGE_CHARS`` or more, or an aggregator's excerpt (paragraphs each opened
        by a quotation mark that none closes, after a paragraph that ends with a colon)."""
        for q in self.spans.containing(offset):
            if q.close_mark - q.open_mark >= PASSAGE_CHARS:
                return self.text[max(0, q.open_mark - _INTRODUCER_CHARS) : q.open_mark]
        if self._paragraph_starts is None:  # found once, on the first question
            self._paragraph_starts = [0, *(m.end() for m in re.finditer("\n\n", self.text))]
        starts = self._paragraph_starts
        own = k = bisect.bisect_right(starts, offset) - 1
        while k >= 0 and _OPENS_WITH_QUOTE.match(self.text, starts[k]):
            k -= 1
        if k < 0 or k == own:
            return ""
        before = self.text[starts[k] : starts[k + 1]].rstrip()
        return before[-_INTRODUCER_CHARS:] if before.endswith(":") else ""

    def _after_pronoun(self, at: int, wanted: str) -> bool:
        """Whether a "he" or "she" of ``wanted`` gender comes before ``at`` in its clause ("she advises
        President Htin Kyaw"): the person named there is someone that pronoun's person meets, not that
        person; but not across a comma ("As he has long done, Sanders pivoted": he is Sanders)."""
        pronoun = "he" if wanted == "male" else "she"
        clause = _CLAUSE_BREAK.split(self.text[self._sentence_start(at) : at])[-1]
        return re.search(rf"\b{pronoun}\b", clause, re.I) is not None

    def _sentence_start(self, offset: int) -> int:
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[k] if k >= 0 else 0

    def _unnamed_opener(self, at: int, before: int, wanted: str) -> Actor | None:
        """The unnamed person of ``wanted`` gender a clause opens on at ``at`` ("The woman’s
        enthusiasm", "My mother has softened"), before ``before``."""
        unnamed = _gendered_subject().match(self.text, at)
        if not unnamed or unnamed.end() > before:
            return None
        if unnamed.group("owner") and unnamed.group("det") not in {"The", "A", "An"}:
            return None  # "His father's death drives him": someone's relative in passing, not the subject
        if speaker_nouns()["gendered"].get(unnamed.group("noun").lower()) != wanted:
            return None
        return self._unnamed_person(unnamed.start("person"), unnamed.end("person"))

    def _unnamed_person(self, start: int, end: int) -> Actor:
        """The unnamed person of ``text[start:end]`` ("The woman", "my mother"), noted there, so that
        the pronouns after it continue them."""
        pool = self.pools["person"]
        j = bisect.bisect_left(pool, start, key=lambda item: item[0])
        if j < len(pool) and pool[j][0] < end:
            return pool[j][1]  # noted already
        mention = self.text[start:end]
        actor = describe(mention, "")
        self.note(start, actor, mention)
        return actor

    def _subject_at(self, at: int, before: int) -> Actor | None:
        """The person whose name, surname or definite role the article gave opens a clause at ``at``."""
        pool = self.pools["person"]
        j = bisect.bisect_left(pool, at, key=lambda item: item[0])
        if j < len(pool) and pool[j][0] <= at + 2 and pool[j][0] < before:
            actor = pool[j][1]  # a name in full, not "Europeans" nor an inversion read as one ("Said Ellis")
            return actor if _full_name(actor) and actor.name.split()[0].lower() not in cues().verbs else None
        if _inside(at, self.spans):
            return None
        surname = _SURNAME_OPENS.match(self.text, at)
        role = _ROLE_OPENS.match(self.text, at)
        for holders in (
            self.surnames.get(surname.group(1), []) if surname else [],
            self.roles.get(role.group("role").lower(), []) if role else [],
        ):
            j = bisect.bisect_left(holders, at, key=lambda item: item[0])
            if j:
                return holders[j - 1][1]
        return None

    def opening_person(self, sentence: Sentence) -> tuple[int, Actor] | None:
        """The person named in full, with a title or not, who opens ``sentence`` or its main clause
        after an opening phrase ('On "Face the Nation," Sen. Bernie Sanders ... identified ...'), and
        where: whom a quotation that follows in the paragraph, with no attribution of its own, quotes."""
        intro = _INTRO_PHRASE.match(self.text, sentence.start)
        pool = self.pools["person"]
        for at in (sentence.start, intro.end()) if intro else (sentence.start,):
            j = bisect.bisect_left(pool, at, key=lambda item: item[0])
            if j < len(pool) and pool[j][0] <= at + _TITLE_CHARS and pool[j][0] < sentence.end:
                between = self.text[at : pool[j][0]]
                if (not between.strip() or _TITLES_BEFORE.fullmatch(between)) and _full_name(pool[j][1]):
                    return pool[j]
        return None

    def _unnamed_between(self, start: int, end: int, wanted: str) -> bool:
        """Whether an unnamed person of ``wanted`` gender who speaks ("my father often said", "a woman
        told") is mentioned between ``start`` and ``end``, outside quotation marks: the nearer
        antecedent of a pronoun. The article is searched once, on the first question."""
        if self._unnamed_speakers is None:
            self._unnamed_speakers = {}
            for m in _gendered_noun().finditer(self.text):
                if not _inside(m.start(), self.spans):
                    gender = speaker_nouns()["gendered"][m.group("noun").lower()]
                    self._unnamed_speakers.setdefault(gender, []).append((m.start(), m.end()))
        found = self._unnamed_speakers.get(wanted, [])
        k = bisect.bisect_left(found, (start,))
        return k < len(found) and found[k][1] <= end

    def _modifier(self, at: int) -> bool:
        """Whether the name at ``at`` qualifies the noun after it ("references FBI criticism"): no
        determiner and no sentence start before it, a lower-case word other than a verb of saying
        after it; not "the FBI warned", "Politico reported"."""
        after = _WORD_AFTER_NAME.match(self.text, at)
        word = after.group("word") if after else ""
        if not word or word in _VERB_AFTER or word.endswith(("ed", "s")):
            return False  # "the FBI warned", "Politico reports", "FBI agents": perhaps its verb
        before = self.text[max(0, at - 12) : at]
        return not (self._opens_sentence(at) or _ARTICLE_BEFORE.search(before) or before.rstrip().endswith(","))

    def _new_subject(self, since: int, offset: int, speaker: Actor) -> Actor | None:
        """The last other person who opens a sentence between ``since`` and ``offset`` ("Clyburn
        said ... Trump has record low support ... He recently pitched himself": the new subject,
        not the last speaker, is "he"); None when no one does."""
        pool = self.pools["person"]
        lo = bisect.bisect_right(pool, since, key=lambda item: item[0])
        hi = bisect.bisect_left(pool, offset, key=lambda item: item[0])
        k = bisect.bisect_right(self.sentence_starts, since)  # the sentence after the last speaker's
        after = self.sentence_starts[k] if k < len(self.sentence_starts) else offset
        named = next(
            (pool[j]
             for j in range(hi - 1, lo - 1, -1)
             if pool[j][1].name != speaker.name
             and (self._opens_sentence(pool[j][0]) or (pool[j][0] >= after and self._introduced(pool, j, speaker)))),
            None,
        )
        opening = self._opening_subject(after, offset, speaker)
        if opening and (named is None or opening[0] > named[0]):
            return opening[1]
        return named[1] if named else None

    def _opening_subject(self, since: int, offset: int, speaker: Actor) -> tuple[int, Actor] | None:
        """The last sentence between ``since`` and ``offset`` whose subject is a definite role the
        article gave a named person ("In defeat, the president appeared cowed. ..., he barely
        mentioned": the president, not the senator quoted before) or the surname alone of a person
        named in full before it ("Scott bristles at the suggestion he won't be ready. “...,” he
        said": Scott, not the political scientist quoted before), with that person."""
        lo = bisect.bisect_left(self.sentence_starts, since)
        hi = bisect.bisect_left(self.sentence_starts, offset)
        for start in reversed(self.sentence_starts[lo:hi]):
            role = _ROLE_OPENS.match(self.text, start)
            surname = _SURNAME_OPENS.match(self.text, start) if not _inside(start, self.spans) else None
            for holders in (
                self.roles.get(role.group("role").lower(), []) if role else [],
                self.surnames.get(surname.group(1), []) if surname else [],
            ):
                j = bisect.bisect_left(holders, start, key=lambda item: item[0])
                if j and holders[j - 1][1].name != speaker.name:
                    return start, holders[j - 1][1]
        return None

    def _introduced(self, pool: list[tuple[int, Actor]], j: int, speaker: Actor) -> bool:
        """Whether ``pool[j]`` is the first naming in full of its person, in a sentence the last
        speaker does not open ("... something that concerns Henry Crespo, president of ...": the
        person a following "he said" is about to quote; not "She has faced ... his wife, Hillary
        Clinton" nor "Mr. Obama spoke of ... Abraham Lincoln")."""
        name = pool[j][1].name
        if " " not in name or any(actor.name == name for _, actor in pool[:j]):
            return False
        at = pool[j][0]
        role = _ROLE_BEFORE.search(self.text, max(0, at - 30), at)
        described = _APPOSITION.match(self.text, at + len(name)) or (role and is_role_word(role.group().strip()))
        if not (self.text.startswith(name, at) and described):
            return False  # introduced with who they are ("Henry Crespo, president of ..."), not an event's name
        k = bisect.bisect_right(self.sentence_starts, pool[j][0]) - 1
        start = self.sentence_starts[k] if k >= 0 else 0
        opener = next((actor for at, actor in pool[: j + 1] if start <= at <= start + _TITLE_CHARS), None)
        return not self._pronoun_opens(start) and (opener is None or opener.name == name)

    def _pronoun_opens(self, start: int) -> bool:
        """Whether the sentence at ``start`` opens with "he", "she" or "they": the last speaker, still."""
        return bool(_HE_OR_SHE.match(self.text, start))

    def _subject_before(self, offset: int) -> Actor | None:
        """The person named in full who opens the sentence before ``offset`` (a live blog's item
        about one candidate: "Hillary Clinton plans ... The campaign says ..."), if any."""
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        if k < 1:
            return None
        start, end = self.sentence_starts[k - 1], self.sentence_starts[k]
        pool = self.pools["person"]
        j = bisect.bisect_left(pool, start, key=lambda item: item[0])
        if j < len(pool) and pool[j][0] < end and self._opens_sentence(pool[j][0]) and " " in pool[j][1].name:
            return pool[j][1]
        return None

    def _epithet_of(self, noun: str, offset: int) -> Actor | None:
        """The person an epithet stands for ("The New York businessman", "the retired neurosurgeon":
        news style's second reference to the person of the story, ``speaker_nouns.yml``'s
        ``epithets``): the last person named in full who opens or speaks in one of the
        ``EPITHET_SENTENCES`` sentences before its own ("Donald Trump plans ..., Ben Carson said"),
        of the gender the noun gives, if any ("In June, the South Carolina senator called on ... after
        the billionaire estate mogul claimed": not the senator)."""
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        since = self.sentence_starts[max(0, k - EPITHET_SENTENCES)] if k >= 0 else 0
        pool = self.pools["person"]
        lo = bisect.bisect_left(pool, since, key=lambda item: item[0])
        own = self.sentence_starts[k] if k >= 0 else 0  # someone its own sentence names is someone else
        hi = bisect.bisect_left(pool, own, key=lambda item: item[0])
        wanted = speaker_nouns()["gendered"].get(noun)
        spoke = {at for at, _ in self.speakers}
        for j in range(hi - 1, lo - 1, -1):
            at, actor = pool[j]
            fits = wanted is None or self.genders.get(actor.name, wanted) == wanted
            if fits and _full_name(actor) and (self._opens_sentence(at) or at in spoke):
                return actor
        return None

    def _capital_of_sentences(self, word: str) -> bool:
        """Is ``word`` capitalised only where it opens a sentence, never as a name is, in the text?"""
        return all(self._opens_sentence(m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", self.text))

    def _named_as_kin(self, at: int) -> bool:
        """Is the name at ``at`` given as someone's relative ("his wife, Jane Sanders")? News
        style calls such a relative by the full or first name when the family's main person has
        the surname, so a later surname alone is not theirs."""
        return bool(_NAMED_KIN.search(self.text, max(0, at - 24), at))

    def _opens_sentence(self, at: int) -> bool:
        k = bisect.bisect_right(self.sentence_starts, at) - 1
        return k >= 0 and at - self.sentence_starts[k] <= 2  # after an opening quotation mark, too

    def _issuer(self, family: str, offset: int) -> Actor | None:
        """Who issued the last statement, lawsuit, letter ... of ``family`` named before ``offset``."""
        j = bisect.bisect_left(self.issuers, offset, key=lambda item: item[0])
        return next((a for _, f, a in reversed(self.issuers[:j]) if f == family), None)

    def _generic_body(self, key: str, offset: int) -> Actor | None:
        """The body a definite generic head stands for: "the agency" after "the Central Intelligence
        Agency", "the department" after "the Justice Department": the last body named before
        ``offset`` whose name has that word."""
        m = _THE_HEAD.fullmatch(key)
        if not m or m.group(1) not in _generic_heads():
            return None
        found: tuple[int, Actor] | None = None
        for named in (self.pools["organisation"], self.bodies):  # both in text order: the latest of either
            j = bisect.bisect_left(named, offset, key=lambda item: item[0]) - 1
            while j >= 0 and m.group(1) not in named[j][1].name.casefold().split():
                j -= 1
            if j >= 0 and (found is None or named[j][0] >= found[0]):
                found = named[j]
        if found is None and m.group(1) in _UMBRELLA_HEADS:
            # "The Tax Policy Center ... came to a conclusion. ..., the group said": a word for any body
            # stands for the last one named in capitals in this sentence or the one before
            k = bisect.bisect_right(self.sentence_starts, offset) - 2
            since = self.sentence_starts[k] if k >= 0 else 0
            j = bisect.bisect_left(self.agents, offset, key=lambda item: item[0]) - 1
            found = self.agents[j] if j >= 0 and self.agents[j][0] >= since else None
        return found[1] if found else None

    def resolve(self, mention: str, offset: int, context: str = "") -> Actor | None:
        if share := _SHARE_OF.match(mention.strip()):  # "74 percent of likely voters said": a poll's respondents
            return describe(share.group("of") or "poll respondents")
        if _SOME_OF_WHOM.fullmatch(mention.strip()) and (group := _antecedent(self.text, offset)):
            return describe(group)  # "family members of 9/11 victims, many of whom say": the family members
        mention = _REDUCED_RELATIVE.sub("", mention)  # "the experts I interviewed said": the experts
        key = mention.lower()
        if _IMPERSONAL.fullmatch(key):
            return None  # "It's worth noting that", "There's no doubt": the writer's own remark, no one's statement
        if _FIRST_PERSON.fullmatch(key) and not _inside(offset, self.spans):
            return THE_WRITER  # "I should say that ...": the article's own writer, no source it quotes
        if (pronoun := _CONTRACTED.sub("", key)) in PRONOUNS:
            key = pronoun  # "He’s claiming": he
        if key in PRONOUNS or key in {"his", "her", "its", "their"}:
            actor = self._pronoun(key, offset)
            if actor:
                _replace_at(self.speakers, offset, actor)
            return actor
        own = _OWN_PEOPLE.fullmatch(key)
        owner = self._pronoun(own.group(1), offset) if own else None
        if owner and owner.name[:1].isupper() and (owner.type == "person" or own.group(2) != "campaign"):
            # "her campaign": the campaign of the "she"; "his advisers": Barack Obama's advisers, not anyone's
            noun = own.group(2)
            return describe(f"{owner.name} campaign" if noun == "campaign" else f"{owner.name}’s {noun}")
        bare = _ARTICLE.sub("", mention.strip())
        if bare in self.acronyms:  # "FEMA" and "the Federal ... Agency" after "the Federal ... Agency (FEMA)"
            actor = self.acronyms[bare]
            self.note(offset, actor, mention)
            return actor
        if media_item(key):  # "The clip says", "the ad's narrator says": who made it
            own = sponsors(mention)
            j = bisect.bisect_left(self.sponsors, offset, key=lambda item: item[0])
            sponsor = own[-1][1] if own else self.sponsors[j - 1][1] if j else None
            if sponsor:
                return sponsor
        if (owned := _owned_document(key)) and (issuer := self._pronoun(owned, offset)):
            self.note(offset, issuer, mention)  # "Her submission says": hers, whose document speaks for her
            _replace_at(self.speakers, offset, issuer)
            return issuer
        if (thing := document_mention(mention)) and (issuer := thing[1] or self._issuer(thing[0], offset)):
            self.note(offset, issuer, mention)  # "the statement said": whoever the article said issued it,
            _replace_at(self.speakers, offset, issuer)  # whom a later "it added" continues
            return issuer
        if key == "the campaign" and (candidate := self._subject_before(offset)):
            campaign = describe(f"{candidate.name} campaign")  # "Clinton plans ... The campaign says": hers
            self.note(offset, campaign, mention)
            return campaign
        if body := self._generic_body(key, offset):
            self.note(offset, body, mention)
            return body
        actor = describe(mention, context)
        if is_function_word(actor.name):
            return None  # "Having said that, ...": a capital the sentence gave, no one's name
        if actor.type == "person" and _AGENTS.fullmatch(actor.name) and self._capital_of_sentences(actor.name):
            actor = describe(mention.lower(), context)  # "Organizers said": unnamed organizers, no one's name
        if m := ACRONYM.match(mention.strip()):
            self.acronyms[m.group("acronym")] = actor
        if actor.type == "person" and " " not in actor.name:
            same = self.surnames.get(actor.name)
            near = {a.name: a for at, a in (same or ()) if offset - NEAR_CHARS <= at < offset}
            if len({a.name for _, a in same or ()}) > 1:  # "his wife, Jane Sanders": a relative, not "Sanders"
                kin = {n for n in near if all(self._named_as_kin(at) for at, b in same if b.name == n)}
                near = {n: a for n, a in near.items() if n not in kin}
            if len(near) == 1:  # the one person of that surname named just before (a live blog's item)
                actor = next(iter(near.values()))
            elif same:  # the person the article names most in full, the first named on a tie: not a relative
                counts = Counter(a.name for _, a in same)
                actor = max((a for _, a in same), key=lambda a: counts[a.name])
            elif len(given := {a.name for _, a in self.pools["person"] if a.name.startswith(actor.name + " ")}) == 1:
                actor = next(a for _, a in self.pools["person"] if a.name in given)  # "Hillary": Hillary Roe
        role = _definite_role(mention)
        holders = self.roles.get(role or "", [])
        if actor.type == "person" and (j := bisect.bisect_left(holders, offset, key=lambda item: item[0])):
            actor = holders[j - 1][1]  # a definite role that the article already gave a name
        elif actor.type == "person" and (noun := _epithet(mention)) and (named := self._epithet_of(noun, offset)):
            actor = named  # "Trump ... The New York businessman says": the person it describes
        self.note(offset, actor, mention, context)
        _replace_at(self.speakers, offset, actor)
        return actor


# a given name and a surname, not the end of a longer name ("Rakeyia Scott", not "Lamont Scott" of "Keith
# Lamont Scott": ``_CAPITAL_BEFORE``)
_GIVEN_AND_SURNAME = re.compile(r"\b(?P<given>[A-Z][a-z]{2,})\s(?P<surname>[A-Z][a-z’'-]+)\b(?!\s[A-Z])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s$")
# a sentence whose subject is a definite role, after an opening phrase: "In defeat, the president appeared"
_SURNAME_OPENS = re.compile(r"([A-Z][\w’'-]+)\s+[a-z]")  # "Scott bristles": a surname and its verb
_ROLE_OPENS = re.compile(  # "the senator said", "The president's Pacific roots": the role's holder
    r"(?:[A-Z][\w ]{0,30},\s+)?[Tt]he\s+(?P<role>[a-z]+)(?:\s+(?!of\b|and\b|who\b)[a-z]+|['’]s\s+[A-Za-z]+)"
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|--")
_OPENS_WITH_QUOTE = re.compile(r"\s*[\"“]")
_TITLES_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+\.?[ \t]+)+$")  # "President ", "Mr. ", "Defense Secretary "
_AT_A_PLACE = re.compile(r"\b(?:at|in|into|outside|near|toward|towards)\s+(?:the\s+)?$", re.I)  # a place, not an agent
_APPOSITION = re.compile(r",\s+(?:a|an|the|[a-z]+\s+(?:of|for|at)\b|[a-z-]+\s+[a-z]+\s+(?:of|for|at)\b)")
_ROLE_BEFORE = re.compile(r"\b[a-z]{4,}\s+$")  # "columnist Ruth Marcus", if a role word
# a relative named by whose they are ("his ex-wife", "her husband"), with the gender the noun gives;
# not one owning what follows ("His father's death")
# (the pronoun's letter opens the pattern, its word boundary a lookbehind after it: a search then
# skips to the next "h" or "t" instead of trying every position)
_AGENTS = re.compile(r"[A-Z][a-z-]+(?:er|or|ant|ent|ist|an|ee|ie|ive)s")  # a plural of people: "Organizers"
_KIN_NOUNS = "wife|husband|son|daughter|mother|father|sister|brother|widow|widower"
_KIN = re.compile(
    r"[HhTt](?<!\w[HhTt])(?:(?<=[Hh])(?:is|er)|(?<=[Tt])heir)\s+(?:ex-|former\s+|late\s+)?"
    rf"(?P<kin>{_KIN_NOUNS})\b(?![’']s)"
)
_NAMED_KIN = re.compile(rf"\b(?:{_KIN_NOUNS}),?\s+$")  # "his wife, Jane Sanders": a relative, by her name
_TITLE_CHARS = 6  # "Mr. Obama spoke ...": a person after a title still opens the sentence
_GENDERED_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")
_HE_OR_SHE = re.compile(r"[“\"‘']?(?:He|She|They)\b")
_UMBRELLA_HEADS = {"group", "organization", "organisation"}  # words for a body of any kind
_OWN_PEOPLE = re.compile(  # a campaign or the people who speak for someone, by a possessive pronoun
    r"(his|her|their)\s+(campaign|aides|advisers|advisors|staff|spokesman|spokeswoman|spokesperson|lawyers?"
    r"|attorneys?|surrogates|allies)"
)
# An organisation's name in title case followed by its acronym in brackets.
_EXPANSION = re.compile(
    r"(?P<expansion>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'-]+){1,8})\s*\((?P<acronym>[A-Z][A-Z&]{1,9})\)"
)


@functools.cache
def body_names() -> re.Pattern[str]:
    """A body named in capitals by a head its generic mentions repeat: "the Justice Department",
    "Congressional Budget Office", "the National Golf Foundation" ("the department", "the office",
    "the foundation"); the heads are ``speaker_nouns.yml``'s."""
    heads = "|".join(sorted(h.capitalize() for h in speaker_nouns()["body_heads"]))
    word = r"[A-Z][\w’'-]+\s+(?:(?:of|for|and|on|the|a)\s+)*"
    return re.compile(rf"{word}(?:{word}){{0,4}}(?:{heads})\b")  # one word, then up to four: opens on a capital

_TITLE_CASE_LINK = re.compile(r" (?:Of|For|And|On|A|The) ")  # a headline in title case, not a body's name
_CLAUSE_OPENER = re.compile(r"^(?:(?:The|A|An|While|When|As|After|Before|If|But|And|In|On|At|For|Since)\s+)+")
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Z&]{1,9}\)")  # what every expansion ends with: a cheap test first
# What every name and title this pattern looks for opens with: tested first, it turns away the other
# characters of a text at once, where the optional title and the word boundary cost a try at each
_CAPITAL = "(?=[A-Z])"
# an honorific is no part of a name before it: "What Mr. Obama has seen" ("What" is no name "Mr" continues)
_HONORIFIC_NEXT = r"(?!(?:Mrs|Ms|Miss|Mr|Dr)\.)"
# A person named with a title, or with a first name of the shipped list: "Mrs. Clinton",
# "Sen. Lindsey Graham", "Lindsey Graham".
_PERSON_NAME = re.compile(
    rf"{_CAPITAL}(?:\b(?P<title>Mrs|Ms|Miss|Mr|Dr|Sen|Rep|Gov|Gen|Sir|Lady|President|Senator|Governor|Secretary)\.?\s+)?"
    rf"\b(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+{_HONORIFIC_NEXT}[A-Z][\w’'-]+){{0,2}})\b"
)
# an opening phrase before a sentence's subject: "In an interview with Rusty Humphries, ", "On Monday, "
_INTRO_PHRASE = re.compile(  # 'On "Face the Nation," Sen. Bernie Sanders ...': a show's title ends it too
    r"(?:In|On|At|After|During|Before|Since|Speaking|Asked|Later|Earlier)\b[^,.;:“”\"]{0,120}"
    r"(?:,\s+|[“\"][^”\"]{1,60},[”\"]\s+)"
)


def _gendered_nouns() -> str:
    """``speaker_nouns.yml``'s gendered nouns as one alternation, the longest first."""
    return "|".join(sorted(speaker_nouns()["gendered"], key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _gendered_subject() -> re.Pattern[str]:
    """A clause that opens on an unnamed person of a gendered noun: "The woman’s enthusiasm",
    "His wife said", "A man in the crowd"; ``owner`` when the person owns the subject ("’s")."""
    nouns = _gendered_nouns()
    return re.compile(
        rf"[“\"]?(?P<person>(?P<det>The|A|An|His|Her|My|Their|Our)\s+(?:[a-z-]+\s+)?(?P<noun>{nouns}))\b"
        r"(?P<owner>['’]s\b)?"
    )


@functools.lru_cache(maxsize=1)
def _gendered_noun() -> re.Pattern[str]:
    """An unnamed person of a gendered common noun who speaks: "my father often said", "a woman told"
    (``speaker_nouns.yml``'s ``gendered``; "the woman" and "his successful father" may be someone
    named, or no speaker)."""
    nouns = _gendered_nouns()
    verbs = trie_pattern(sorted(cues().verbs))
    return re.compile(
        rf"\b(?:my|his|her|their|our|a|an)\s+(?:[a-z-]+\s+)?(?P<noun>{nouns})\s+(?:[a-z]+\s+)?(?:{verbs})\b"
    )


# who "I" and "we" are outside quotation marks: the writer of a column, a letter or an editorial
THE_WRITER = Actor("The writer", "person", "unknown")
_FIRST_PERSON = re.compile(
    r"(?:i|we)(?:[’'](?:m|re|ve|d|ll))?(?:\s+(?:should|must|would|could|can|will|might|may|also))*"
)
# "it's worth", "that's a lot", "here's Politico's selection": no one; not "he's", nor "That's why Hillary Clinton"
_IMPERSONAL = re.compile(r"(?:(?:it|that|this|what)[’']s(?:\s+[a-z]+){1,2}|(?:here|there)[’']s\s.*)")
_CONTRACTED = re.compile(r"[’'](?:s|re|d|ll|ve)$")  # "he’s", "they’re": the pronoun and a verb
EPITHET_SENTENCES = 3  # a descriptive second reference stands for someone named this many sentences before
NEAR_CHARS = 1500  # a surname alone is the one person of that surname named this close before it
SPEAKER_CHARS = 400  # "he" this close after a speaker of that gender continues that speaker
PASSAGE_CHARS = 200  # a quotation this long is a passage of another text, not a remark
_INTRODUCER_CHARS = 60  # "McCrummen reports:": the person this close before a passage introduces it
# "in Charlotte", "South Carolina": a place that shares a first name
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|across|of)\s+$|\b(?:North|South|East|West|New)\s+$")
_FIRST_NAME_ALONE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{2,})\b(?![ \t]+[A-Z])(?!['’-])")  # the capital first
PRONOUN_GENDERS = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}
_TITLE_GENDERS = {"mrs": "female", "ms": "female", "miss": "female", "mr": "male", "sir": "male", "lady": "female"}


@functools.lru_cache(maxsize=8192)
def _first_name_at(name: str) -> int | None:
    """The index of the first word of ``name`` (a capitalised run) that is a first name of the
    shipped list, else None: the same runs ("The", "New York", "Trump") recur in every article."""
    names = first_names()
    return next((j for j, w in enumerate(name.split()) if w.lower() in names), None)


_THE_HEAD = re.compile(r"the (\w+)")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@functools.cache
def _generic_heads() -> frozenset[str]:
    """The heads a generic mention of a body ends on ("the agency", "the department", "the campaign")."""
    nouns = speaker_nouns()
    return frozenset(nouns["organisation"] | nouns["body_heads"] | {"campaign"})


_GENDERED_TITLE = re.compile(r"\b(Mrs|Ms|Miss|Mr|Sir|Lady)\b\.?\s+[A-Z]")


@functools.lru_cache(maxsize=8192)  # a capitalised word of every sentence: the same few hundred words
def _given_name_only(word: str) -> bool:
    """Is ``word`` a first name of the shipped list and no common word ("Will", "May" are both)?"""
    return word.lower() in first_names() and word.lower() not in stopwords()


@functools.lru_cache(maxsize=8192)  # asked for every mention of a person the article names
def grammatical_gender(mention: str, name: str) -> str | None:
    """The gender a text gives a person: a title before the name ("Mrs. Clinton", "Mr. Trump"),
    else the first name when it is in the shipped list; None when neither tells."""
    title = _GENDERED_TITLE.search(mention)
    if title:
        return _TITLE_GENDERS[title.group(1).lower()]
    words = name.split()
    return first_names().get(words[0].lower()) if len(words) >= 2 else None


# a share of a poll's respondents as a speaker: "Twelve percent", "Only 52 percent of registered voters"
_SMALL = "|".join(w for w, n in UNITS.items() if 0 < n <= 10)  # the numbers of a share: "two in three"
# "many of whom", "some of them" after a comma: some of the people the noun phrase before it names
_SOME_OF_WHOM = re.compile(
    r"(?:many|some|most|all|several|few|both|each|none|one|two|three|four|five)\s+of\s+(?:whom|them)", re.I
)
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "many"}
_BEFORE_COMMA = re.compile(r"((?:[\w’'/.-]+\s+){0,6}[\w’'/.-]+),\s*$")
_NP_BREAK = {
    *("with", "to", "from", "by", "for", "and", "but", "that", "which", "who", "as", "also", "than", "in", "on", "at"),
    *("is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can", "could", "says", "said"),
}


def _antecedent(text: str, offset: int) -> str | None:
    """The noun phrase before the comma that precedes ``offset`` ("This has not gone over well with
    | family members of 9/11 victims |, many of whom say"): its words back to a preposition other
    than "of", a conjunction or a verb of being; None when it is not a plural noun's."""
    m = _BEFORE_COMMA.search(text, max(0, offset - 160), offset)
    if not m:
        return None
    words = m.group(1).split()
    breaks = (i + 1 for i, w in enumerate(words) if w.lower() in _NP_BREAK or (w.islower() and w.endswith("ed")))
    start = max(breaks, default=0)
    opened = (i for i, w in enumerate(words) if w.lower() in _DETERMINERS and i >= start and words[i - 1 : i] != ["of"])
    start = max(opened, default=start)  # "the senators", not "of the victims" inside "family members of the victims"
    phrase = words[start:]
    while phrase and (phrase[0].lower() in _DETERMINERS or phrase[0][:1].isdigit() or phrase[0].lower() in _COUNTS):
        phrase = phrase[1:]  # "the senators", "five superdelegates": the people, not how many
    if not phrase or not phrase[-1].lower().endswith("s") or (phrase[0][:1].isupper() and len(phrase) == 1):
        return None
    return " ".join(phrase)


_SHARE_OF = re.compile(
    r"(?:(?:only\s+|another\s+|just\s+)?(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)\s*(?:percent|per\s+cent|%)"
    r"|(?:the|a)\s+(?:\w+\s+)?(?:proportion|share|majority|minority|percentage|plurality)"
    rf"|(?:[a-z]+\s+){{0,2}}(?:\d+|{_SMALL})\s+(?:in|out\s+of)\s+(?:\d+|{_SMALL}))"  # "About 4 in 10", "two in three"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[a-z][a-z ]{2,40}))?$",
    re.I,
)
_ITS_RECIPIENT = re.compile(r"\s+(?:to|for|with|before)\s+(?:the\s+)?[a-z][a-z ]{0,30}$")  # "... to the court"
_REDUCED_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:I|we|you)$")  # "the experts I [interviewed]"


def _owned_document(key: str) -> str | None:
    """The possessive pronoun of a mention that is a person's own document ("her submission", "his
    statement", "her submission to the court"), or None ("its website", "their report": a country or a
    body the rules may not see)."""
    m = OWNED_BY_PRONOUN.fullmatch(_ITS_RECIPIENT.sub("", key))
    if m is None or m.group("owner") not in {"his", "her"}:
        return None
    return m.group("owner") if m.group("doc") in speaker_nouns()["documents"] else None


def _thing(actor: Actor) -> bool:
    """A speaker "it" can continue: a body, or a common noun that names no person ("article",
    "report", "statement"), not "official" or "Ted Roe"."""
    name = actor.name.split()
    return actor.type != "person" or (actor.name.islower() and not is_role_word(name[-1]))


def _full_name(actor: Actor) -> bool:
    """A person named in full ("Chris Matthews"), whom "he" or "she" may continue when the text
    gives no gender: not a body, a group, a role or a capitalised word ("Friday")."""
    words = actor.name.split()
    return (
        actor.type == "person"
        and len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not is_role_word(words[0])
        and not gazetteer().is_country_word(actor.name)  # "United States"
        and not body_head(words)
    )


def _someone(actor: Actor) -> bool:
    """An actor "he" or "she" may be: a name ("Ted Roe") or a role ("the official"), not a
    description no one holds ("exit polling data")."""
    return actor.name[:1].isupper() or is_role_word(actor.name.split()[-1])


_AGED = re.compile(r"^[Tt]he\s+\d{1,3}-year-old\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)(?=\s+of\s|\s*$)")
_EPITHET = re.compile(r"^[Tt]he\s+(?:[\w’'-]+\s+){1,3}(?P<noun>[a-z][\w-]+)$")
_POSSESSIVE = re.compile(r"\w['’]s?\s")


def _epithet(mention: str) -> str | None:
    """The noun of a definite epithet with words before it ("the New York businessman", "the retired
    neurosurgeon"), or of an age ("the 34-year-old mother of three": news style's second reference
    to the person named before); not a bare one ("the businessman"), which may be anyone's description."""
    if aged := _AGED.match(mention.strip()):
        return aged.group("noun")
    m = _EPITHET.match(mention.strip())
    noun = m.group("noun") if m else None
    if noun not in speaker_nouns()["epithets"] or _POSSESSIVE.search(mention):
        return None  # "the Indiana governor": an office someone else may hold; "the prime minister's ..."
    if any(gazetteer().is_country_word(w) for w in mention.split()[1:]):
        return None  # "the Russian businessman" after an American: someone else
    return noun


def _definite_role(mention: str) -> str | None:
    """The role noun of a definite description that may stand for a person the article named:
    "the senator", and "the South Carolina senator" (capitalised words of place before it)."""
    words = mention.split()
    if len(words) < 2 or words[0].casefold() != "the" or not all(w[:1].isupper() for w in words[1:-1]):
        return None
    return words[-1].casefold()


_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+")
_ABBREVIATED_TITLE = re.compile(r"\b([A-Z][a-z]{1,3})\.")


@functools.lru_cache(maxsize=8192)  # the same mentions ("President Obama", "a spokesman") come back
def _role_words(text: str) -> tuple[str, ...]:
    """The role nouns of a mention and its context, an abbreviated title spelled out ("Sen.
    Lindsey Graham" is a senator)."""
    out = [w for w in _LOWER_WORD.findall(text) if w in speaker_nouns()["person"]]
    return (*out, *(role for a in _ABBREVIATED_TITLE.findall(text) if (role := title_role(a))))


def _capitalised_title(mention: str) -> list[str]:
    """The role a capitalised title before a name gives ("President Barack Obama" is "the
    president" later; "Vice President Mike Pence" is not)."""
    words = mention.split()
    nouns = speaker_nouns()["person"]
    out = []
    for before, word in zip(["", *words], words[:-1], strict=False):
        if not word[:1].isupper() or word.casefold() not in nouns:
            break
        if before.casefold() not in {"vice", "deputy", "former", "ex"}:
            out.append(word.casefold())
    return out


def _not_a_name(words: list[str], k: int, text: str, m: re.Match[str]) -> bool:
    """A capitalised run that opens like a person's name (at ``words[k]``) but is a place or a
    party's ("the Kent County Republican headquarters"), a body's ("New York Times"), or a title after an article, which
    makes it a prize's name ("a former Miss Universe"), not an honorific."""
    nouns = speaker_nouns()
    if any(w.casefold() in nouns["place_heads"] or f"{w.casefold()}s" in nouns["party_members"] for w in words[k:]):
        return True
    if body_head(words):
        return True  # "New York Times", "Clinton Foundation": a body's name
    return bool(m.group("title")) and bool(_ARTICLE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


_WORD_AFTER_NAME = re.compile(r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*\s+(?P<word>[a-z]+)\b")
# verbs that follow a body named as their subject and end in neither "-ed" nor "-s"
_VERB_AFTER = {"said", "says", "told", "is", "was", "has", "had", "will", "would", "also", "then", "found", "made"}
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|former)\s+$")


