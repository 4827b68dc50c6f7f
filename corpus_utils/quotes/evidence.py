"""Evidence: the poll, study, count or body a figure comes from when nobody is said to say it.

"A Quinnipiac University poll found that 74 percent ...", "Data from the American Community
Survey show ...", "..., a USA TODAY analysis of campaign-finance reports shows.", "..., by one
estimate", "In the previous Washington Post/ABC News poll, Clinton led by 5 points", "The
mission has verified 12,000 civilian deaths". None of these is speech, so none is a row of the
quotes table; but the figures in them are the poll's or the mission's, not the reporter's, and
the numbers audit names that source as their claimant (``corpus_utils.numbers``).

Three readings, each over one sentence's tokens (``data/evidence.yml`` lists the words):

* a **document or measurement subject** (its head one of the ``documents``) of a showing
  verb ("shows", "found", "puts ... at"): the document is the source, named by its proper words
  ("Quinnipiac University poll"), or by the author after "by" or "from" ("a study by ...
  Justin Levitt"), or, with neither, "Unnamed study";
* a **body or person** that "found that" or that recorded, verified or counted something,
  read by the speaker rules (``_clause_subject`` and the resolver);
* a **document phrase around the clause**: "In the ... poll, CONTENT", "CONTENT, by one
  estimate", "CONTENT, a ... analysis shows."
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from corpus_utils.articles import Sentence
from corpus_utils.data import data_yaml
from corpus_utils.prefilter import screen_text
from corpus_utils.quotes.contents import _content_end, report_goes_on
from corpus_utils.quotes.marks import Marks, _inside
from corpus_utils.quotes.mentions import _attribution
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.speakers import _clause_subject
from corpus_utils.quotes.words import (
    _AUX,
    _CLAUSE_STARTS,
    _DETERMINERS,
    _PREPOSITIONS,
    OWNED_BY_PRONOUN,
    Token,
    thousands_comma,
    tokens,
)
from corpus_utils.wordtrie import trie_pattern

_BOUNDARY = {",", ";", ":", "(", ")", "—", "–", "“", "”", '"'}
_SKIPPED = {"the", "a", "an", "one", "another", "this", "that", "these", "those", "its", "his", "her", "their"}
_AUTHOR = {"by", "from", "for"}  # "a study by ...", "data from ...", "research conducted for ..."
_PASSIVE = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"}
_WRITERS = {"reporter", "correspondent", "writer", "journalist", "author"}
_MAX_VERBS = 12
_OPENERS = _CLAUSE_STARTS | {"which"}
_MAX_SUBJECT = 30  # tokens: a subject is a noun phrase, not a paragraph


@dataclass(frozen=True)
class Lexicon:
    showing: frozenset[str]
    recording: frozenset[str]
    documents: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = data_yaml("evidence.yml")
    return Lexicon(frozenset(raw["showing_verbs"]), frozenset(raw["recording_verbs"]), frozenset(raw["documents"]))


@dataclass(frozen=True)
class Evidence:
    """A source and the span of the sentence it vouches for."""

    source: str
    side: str | None
    start: int
    end: int
    # a poll that "showed" what respondents "say" speaks for them; a document named around a
    # clause ("In a memo, Mook acknowledged ...") is the channel of the statement in it, not its source
    outranks_statements: bool = False
    # "the poll", "that survey": a document the article named before, when it did
    definite: bool = False


@lru_cache(maxsize=1)
def _screen() -> re.Pattern[str]:
    """Every reading needs a showing or recording verb or a document word: most sentences have none.
    The words are in lower case, searched for in the ``screen_text`` of a sentence: what a case-blind
    search of the sentence finds, at about half the cost."""
    lex = lexicon()
    return re.compile(rf"(?<!\w)(?:{trie_pattern(sorted(lex.showing | lex.recording | lex.documents))})(?!\w)")


def sentence_evidence(sentence: Sentence, spans: Marks, resolver: Resolver) -> list[Evidence]:
    """Every source of evidence in one sentence, with the span it vouches for."""
    if not _screen().search(screen_text(sentence.text)):
        return []
    lex = lexicon()
    toks = tokens(sentence)
    found: list[Evidence] = []
    verbs = [
        i
        for i, tok in enumerate(toks)
        if (tok.low in lex.showing or tok.low in lex.recording)
        and tok.text.islower()  # not the "Experience Counts" of a slogan
        and not (i > 0 and toks[i - 1].low in _PASSIVE)  # "votes are tallied": nobody's count
        and not _inside(tok.start, spans)
    ]
    for i in verbs[:_MAX_VERBS]:  # each reading looks to the clause's end: bounded on a run-on text
        if evidence := _verb_evidence(sentence, toks, i, spans, resolver, lex):
            found.append(evidence)
    if toks and toks[0].low == "in" and (evidence := _leading_document(sentence, toks, spans, lex)):
        found.append(evidence)
    if evidence := _trailing_estimate(sentence, toks, lex):
        found.append(evidence)
    found.extend(_owned_documents(sentence, spans, lex, resolver))
    return found


def _owned_documents(sentence: Sentence, spans: Marks, lex: Lexicon, resolver: Resolver) -> list[Evidence]:
    """ "to hold the IMF's estimate of global growth steady at 3.1 percent": a body's estimate,
    forecast or count vouches for the figures of its clause, from the document's noun on; so does
    one a possessive pronoun owns ("It edged up its forecast ... to 4.2 percent": the IMF's)."""
    out = []
    for m in itertools.chain(_OWNED.finditer(sentence.text), OWNED_BY_PRONOUN.finditer(sentence.text)):
        doc = m.group("doc").lower()
        if doc not in lex.documents or doc in _NOT_OWNED or _inside(sentence.start + m.start(), spans):
            continue
        owner = re.sub(r"^(?:And|But|Or|So|Yet|Then)\s+", "", m.group("owner"))
        if owner.lower() in _POSSESSIVE_PRONOUNS:
            actor = resolver.refers_to(owner, sentence.start + m.start())
            if actor is None:
                continue
            owner = actor.name
        start = sentence.start + m.start("doc")
        out.append(Evidence(owner, None, start, _content_end(sentence, start, spans)))
    return out


# what someone's possessive names that is no measurement of theirs: "Bush's record as governor",
# "Trump's business records", "the Clintons' tax filings"
_NOT_OWNED = {"record", "records", "document", "documents", "filing", "filings", "review", "reviews", "research"}


# a named owner's document: "the IMF's estimate", "the Congressional Budget Office's projections"
_OWNED = re.compile(
    r"\b(?P<owner>[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,4})['’]s\s+(?:[a-z-]+\s+){0,2}?(?P<doc>[a-z]+)\b"
)


_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}


def _verb_evidence(
    sentence: Sentence, toks: list[Token], i: int, spans: Marks, resolver: Resolver, lex: Lexicon
) -> Evidence | None:
    start = _clause_start(toks, i)
    subject = toks[start:i]
    if not subject and i > 1 and toks[i - 1].low in _RELATIVES:  # "portions of his tax returns that showed"
        start = _noun_phrase_start(toks, i - 1)
        subject = toks[start : i - 1]
    elif not subject and (aside := _relative_aside_before(toks, i)) is not None:
        start = _clause_start(toks, aside)  # "The tracking poll, which tracks support daily, showed"
        subject = toks[start:aside]
    if not subject or (toks[i].low in {"put", "puts"} and not any(t.low == "at" for t in toks[i + 1 : i + 12])):
        return None
    said_that = i + 1 < len(toks) and toks[i + 1].low == "that"
    after = i + 1 + said_that
    trailing = all(t.text in {".", "!", "?"} for t in toks[i + 1 : i + 4]) and i + 4 >= len(toks)
    aside = i + 1 < len(toks) and toks[i + 1].text == ","  # "Since 2014, F.A.A. records show, the Cessna has ..."
    trailing = trailing or aside
    if trailing:  # "..., a USA TODAY analysis of campaign-finance reports shows."
        if start == 0 or toks[start - 1].text != ",":
            return None
        span = (sentence.start, sentence.end if aside else toks[start - 1].start)
    else:
        span = _vouched_clause(sentence, toks, after, spans, that=said_that) if after < len(toks) else None
    if span is None:
        return None
    if (name := document_name(subject, lex)) is not None:
        return Evidence(name, None, *span, outranks_statements=not trailing, definite=_definite(subject))
    if toks[i].low in lex.showing and not (toks[i].low in {"found", "finds"} and said_that):
        return None  # "Police found three bodies": a discovery, nobody's claim
    np = _clause_subject(toks, i) or _bare_subject(toks, start, i)
    if np is None or _the_writer(toks[np[0] : np[1]]):
        return None  # "The reporter counted 12 boats at the quay": the report's own figure
    att = _attribution(sentence, toks, np, toks[i].low, i, span, resolver)
    if att is None or att.actor is None:
        return None
    return Evidence(att.actor.name, att.actor.side, *span, outranks_statements=not trailing)


def _relative_aside_before(toks: list[Token], i: int) -> int | None:
    """Where ", which ... ," or ", who ... ," opens when it closes right before the verb at ``i``:
    the subject stands before it."""
    if i < 4 or toks[i - 1].text != ",":
        return None
    for k in range(i - 2, max(0, i - _MAX_SUBJECT - 20), -1):
        if toks[k].low in {"which", "who"} and toks[k - 1].text == ",":
            return k - 1
        if toks[k].text in {";", ":", "“", "”", '"', "."}:
            return None
    return None


def _vouched_clause(sentence: Sentence, toks: list[Token], after: int, spans: Marks, that: bool) -> tuple[int, int]:
    """The clause a showing verb vouches for, from token ``after``; after "that", with what goes on
    with it ("Another slide shows that eight of 10 avocados ... are grown in Mexico, as are nine of
    10 limes")."""
    end = _content_end(sentence, toks[after].start, spans)
    return toks[after].start, (report_goes_on(sentence, end) if that else None) or end


def _bare_subject(toks: list[Token], start: int, i: int) -> tuple[int, int] | None:
    """The words before the verb, less its auxiliaries, when they open as a noun phrase does
    ("The monitoring mission has verified"), for a subject the speaker rules do not read."""
    end = i
    while end > start and toks[end - 1].low in _AUX:
        end -= 1
    opens = end > start and (toks[start].low in _DETERMINERS or toks[start].text[:1].isupper())
    opens = opens and toks[start].low not in _PREPOSITIONS  # "With 76 percent of the vote counted": no subject
    return (start, end) if opens and end - start <= 8 else None


def _boundary(toks: list[Token], k: int) -> bool:
    """Punctuation that closes a clause; not the comma of "1,000"."""
    return toks[k].text in _BOUNDARY and not thousands_comma(toks, k)


def _the_writer(subject: list[Token]) -> bool:
    """The article's own writer: "I", "we", "the reporter", "this correspondent"."""
    words = [t.low for t in subject]
    if words in (["i"], ["we"]):
        return True
    return len(words) == 2 and words[0] in {"the", "this"} and words[1] in _WRITERS


_RELATIVES = {"that", "which"}


def _noun_phrase_start(toks: list[Token], i: int) -> int:
    """Where the noun phrase that ends before token ``i`` begins: back to a clause's boundary or a
    verb ("the Times published | portions of Trump's tax returns from 1995")."""
    j = i
    while j > max(0, i - _MAX_SUBJECT) and not _boundary(toks, j - 1) and not _verb_like(toks[j - 1]):
        j -= 1
    return j


def _verb_like(tok: Token) -> bool:
    return tok.low in _AUX or tok.low in _OPENERS or (tok.text.islower() and tok.low.endswith("ed"))


def _clause_start(toks: list[Token], i: int) -> int:
    j = i
    while j > max(0, i - _MAX_SUBJECT) and toks[j - 1].low not in _OPENERS and not _boundary(toks, j - 1):
        j -= 1
    return j


def document_name(words: list[Token], lex: Lexicon | None = None) -> str | None:
    """The name of a document or measurement, when ``words`` are one: its author after "by" or
    "from" when that is a name, else its proper words before its head, else "Unnamed HEAD"."""
    lex = lex or lexicon()
    head = next((k for k, t in enumerate(words) if t.low in lex.documents), None)
    if head is None:
        return None
    for k in range(head + 1, len(words)):
        if words[k].low in _AUTHOR:
            author = _last_proper_run(words[k + 1 :])
            if author:
                return author
            break
    first = next((k for k, t in enumerate(words[:head]) if t.text[:1].isupper() and t.low not in _SKIPPED), None)
    if first is None:
        return f"Unnamed {words[head].low}"
    last = max(k for k in range(first, head) if words[k].text[:1].isupper())
    proper = [t for t in words[first : last + 1] if t.low not in _SKIPPED or t.text[:1].islower()]
    name = _joined([*proper, *words[last + 1 : head + 1]])  # "Trump’s state tax returns", its words between
    return re.sub(r"[’']s\b", "", name)  # "POLITICO’s Battleground States average"


DEFINITE = frozenset({"the", "that", "this"})  # what opens a document the article named before: "the poll"


def _definite(words: list[Token]) -> bool:
    """A document the words point back to ("the poll", "that survey"), not one they introduce."""
    return bool(words) and words[0].low in DEFINITE


def _joined(words: list[Token]) -> str:
    """Words as written, a space where the text had one ("Washington Post/ABC News poll")."""
    out = words[0].text
    for before, word in itertools.pairwise(words):
        out += (" " if word.start > before.end else "") + word.text
    return out


def _last_proper_run(words: list[Token]) -> str | None:
    """The last run of capitalised words ("Loyola Law School professor Justin Levitt": Justin
    Levitt; "the 2014 American Community Survey": American Community Survey)."""
    runs: list[list[Token]] = [[]]
    for t in words:
        if t.text[:1].isupper() and t.low not in _SKIPPED:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    named = [r for r in runs if r]
    return _joined(named[-1]) if named else None


def _leading_document(sentence: Sentence, toks: list[Token], spans: Marks, lex: Lexicon) -> Evidence | None:
    """ "In the previous Washington Post/ABC News national poll, conducted in early September,
    Clinton led Trump by 5 percentage points": the poll vouches for the main clause."""
    comma = next((k for k, t in enumerate(toks[:20]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return None
    name = document_name(toks[1:comma], lex)
    if name is None:
        return None
    k = comma + 1
    if toks[k].low.endswith("ed"):  # ", conducted in early September," belongs to the poll
        k = next((m + 1 for m in range(k, len(toks)) if toks[m].text == ","), k)
    if k >= len(toks):
        return None
    return Evidence(
        name, None, toks[k].start, _content_end(sentence, toks[k].start, spans), definite=_definite(toks[1:comma])
    )


def _trailing_estimate(sentence: Sentence, toks: list[Token], lex: Lexicon) -> Evidence | None:
    """ "..., by one estimate." or "..., by the group's count.": the phrase closes the sentence."""
    end = len(toks)
    while end > 0 and toks[end - 1].text in {".", "!", "?"}:
        end -= 1
    by = next((k for k in range(end - 1, max(0, end - 8), -1) if toks[k].low == "by"), None)
    if by is None or by == 0 or toks[by - 1].text != "," or toks[end - 1].low not in lex.documents:
        return None
    name = document_name(toks[by + 1 : end], lex)
    return Evidence(name, None, sentence.start, toks[by - 1].start) if name else None
