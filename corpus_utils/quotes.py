"""Quotations and reported speech: who is quoted, how, through which verb and channel.

The extractor works on one article at a time, in three passes:

1. **Quoted spans**: pairs of quotation marks (curly or straight, and single curly
   marks around a short label), across sentences and paragraphs. Stray or unbalanced
   marks are reported as warnings and skipped, never fatal.
2. **Attributions**: in each sentence, every cue (a speech verb from
   ``data/cues.yml``, a communication noun with its content, or a hearsay adverb),
   its speaker (the description before the verb, an appositive's head, the subject
   of a participle's clause, an agent after "by", a pronoun resolved to the last
   person named) and its content (the clause after the verb, or before it when the
   attribution comes last: "..., the office said on Monday").
3. **Records**: a quoted span inside an attribution's content is a ``direct`` quote
   when it is the whole content and ``partial`` otherwise; a quoted sentence next to
   an attribution ("“...,” he said") is ``direct``; a quoted sentence with no
   attribution continues the previous speaker; quoted words with no speaker are a
   ``scare`` quote (a label). An attribution with no quotation marks in its content
   is ``indirect`` speech.

These are rules over words, without a parser: they miss what only syntax or world
knowledge tells (a speaker named two sentences back, an agentless passive), which the
quotes chapter shows with the evidence from an error analysis.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from corpus_utils.actors import PRONOUNS, Actor, describe, gazetteer, is_speaker_word, speaker_nouns
from corpus_utils.articles import Article, Sentence
from corpus_utils.spans import SpanIndex

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\-.]\w+)*(?:[’']s)?|[^\w\s]")


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Tokens, with a title or an initial and its full stop as one token before a name
    ("Sen. Robert P. Casey Jr. (D-Pa.)"), using the sentence splitter's abbreviation list."""
    text = resources.files("corpus_utils.data").joinpath("abbreviations.txt").read_text("utf-8")
    titles = sorted(
        (w for w in (line.strip() for line in text.splitlines()) if w.isalpha() and not w.startswith("#")),
        key=len,
        reverse=True,
    )
    title = rf"(?:(?i:{'|'.join(titles)})|[A-Z])\.(?=\s+[A-Z(])|(?i:jr|sr)\.(?=[\s,(]|$)"
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
    r"|\b(?:in|through)\s+an?\s+(?P<form>statement|interview|video(?:\s+address)?|post|address|briefing|letter)\b"
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
class Quote:
    article_id: str
    quote: str
    kind: str  # direct | partial | indirect
    scare: bool
    speaker: str | None
    speaker_mention: str | None
    speaker_type: str | None
    speaker_side: str | None
    cue: str | None
    channel: str | None
    sentence: str
    char_start: int
    char_end: int
    cue_tone: str | None = None


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # first character inside the marks
    end: int
    open_mark: int
    close_mark: int


Marks = SpanIndex[QuotedSpan]  # the quotation marks of an article, by the offsets of their marks


@dataclass
class Attribution:
    sentence: Sentence
    cue: str
    cue_start: int
    mention: str | None
    mention_start: int | None
    actor: Actor | None
    content_start: int
    content_end: int
    channel: str | None = None
    nominal: bool = False


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Cues:
    verbs: dict[str, tuple[str, dict]]  # form -> (lemma, entry)
    lemmas: frozenset[str]
    nouns: dict[str, str]  # noun -> lemma
    hearsay: frozenset[str]
    tone: dict[str, str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = yaml.safe_load(resources.files("corpus_utils.data").joinpath("cues.yml").read_text("utf-8"))
    verbs = {form: (lemma, entry) for lemma, entry in data["verbs"].items() for form in entry["forms"]}
    nouns = {noun: lemma for lemma, forms in data["nouns"].items() for noun in forms}
    tone = {lemma: entry["tone"] for lemma, entry in {**data["verbs"], **data["phrases"]}.items()}
    return Cues(verbs, frozenset(data["verbs"]), nouns, frozenset(data["hearsay_adverbs"]), tone)


@lru_cache(maxsize=1)
def _content_breaks() -> re.Pattern[str]:
    """Where reported content ends: a relative or appositive clause, a dash, or the next cue
    (", asserting that", " and noted that", ", while accusing")."""
    ing = "|".join(sorted((f for f in cues().verbs if f.endswith("ing")), key=len, reverse=True))
    finite = "|".join(sorted((f for f in cues().verbs if not f.endswith("ing")), key=len, reverse=True))
    return re.compile(
        r",[\"”]?\s+(?:which|who|whom|whose|while|with|as|but|though|although|located|according|despite|a|an|if|"
        r"where)\b"
        r"|\s[–—]\s|—|;"
        rf"|,[\"”]?\s+(?:{ing})\b"
        rf"|\s+and\s+(?:\w+ly\s+)?(?:{finite})\s+(?:that\b|to\b|[\"“])"
        r"|\s+and\s+(?=[A-Z][\w’'-]+\s+\w+ing\b)"  # "... and Putin playing a double game"
    )


# --------------------------------------------------------------------------- quoted spans


def quoted_spans(text: str) -> tuple[list[QuotedSpan], list[str]]:
    """Quotation-mark pairs in ``text`` and warnings about marks that pair with nothing."""
    spans: Marks = []
    warnings: list[str] = []
    open_at: int | None = None
    open_char = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith("\n\n", i) and open_at is not None:
            rest = text[i:].lstrip()
            if rest[:1] in {"“", '"'}:  # a quote running on into the next paragraph reopens it
                i = len(text) - len(rest) + 1
                continue
            warnings.append(f"unclosed quotation mark at character {open_at}")
            open_at = None
        if ch == "“" or (ch == '"' and open_at is None):
            if open_at is not None:
                warnings.append(f"quotation mark at character {open_at} is never closed")
            open_at, open_char = i, ch
        elif ch == "”" or (ch == '"' and open_at is not None):
            if open_at is None:
                warnings.append(f"closing quotation mark at character {i} has no opening mark")
            elif (open_char == "“" and ch == '"') or (open_char == '"' and ch == "”"):
                spans.append(_span(text, open_at, i))
                open_at = None
            else:
                spans.append(_span(text, open_at, i))
                open_at = None
        elif ch == "‘" and open_at is None:
            close = _single_close(text, i)
            if close is not None:
                spans.append(_span(text, i, close))
                i = close
        i += 1
    if open_at is not None:
        warnings.append(f"unclosed quotation mark at character {open_at}")
    return [s for s in spans if s.end > s.start], warnings


def _single_close(text: str, start: int) -> int | None:
    """The ’ closing a ‘label’ of at most six words, not an apostrophe."""
    for m in re.finditer("’", text[start + 1 : start + 80]):
        j = start + 1 + m.start()
        if j + 1 >= len(text) or not text[j + 1].isalpha():
            inner = text[start + 1 : j]
            return j if 0 < len(inner.split()) <= 6 and "\n" not in inner else None
    return None


def _span(text: str, open_mark: int, close_mark: int) -> QuotedSpan:
    start, end = open_mark + 1, close_mark
    while end > start and text[end - 1] in " ,.":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    return QuotedSpan(start, end, open_mark, close_mark)


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


def tokens(sentence: Sentence) -> list[Token]:
    return [
        Token(m.group(), sentence.start + m.start(), sentence.start + m.end())
        for m in _token_pattern().finditer(sentence.text)
    ]


def _inside(offset: int, spans: Marks) -> bool:
    return spans.covers(offset)


def _speakerish(tok: Token) -> bool:
    return tok.text[:1].isupper() or is_speaker_word(tok.text)


# --------------------------------------------------------------------------- speaker descriptions


_NAME_PARTICLES = {
    *("de", "da", "das", "do", "dos", "del", "della", "di", "du"),
    *("van", "von", "der", "den", "ter", "al", "bin", "ibn", "la", "le"),
}


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
        if t.text[:1].isalpha() and _speakerish(t) and t.low not in _AUX and t.low not in _CLAUSE_STARTS:
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
        if t.text[:1].isalpha() and _speakerish(t) and t.low not in _AUX and t.low not in _CLAUSE_STARTS:
            b += 1
            continue
        if _title_word(t) and _name_follows(toks, b):
            b += 1  # a title before a name: "former Massachusetts congressman Barney Frank"
            continue
        if t.low == "of" and b + 1 < len(toks) and (toks[b + 1].text[:1].isupper() or toks[b + 1].low == "the"):
            b += 2 if toks[b + 1].low == "the" else 1  # "the head of the regional administration"
            continue
        break
    if b > a and toks[b - 1].low in {"the", "a", "an", "of"}:
        b -= 1
    return (a, b) if b > a and not (b - a == 1 and toks[a].low in {"the", "a", "an"}) else None


def _title_word(t: Token) -> bool:
    """A lower-case word that can be part of a title before a name ("congressman",
    "nutritional-supplement executive"), not a verb ("attacked", "says", "visiting")."""
    return (
        t.text.replace("-", "").isalpha()
        and t.text.islower()
        and t.low not in _AUX | _PREPOSITIONS | _CLAUSE_STARTS | _TIME_WORDS | {"the", "a", "an"}
        and t.low not in cues().verbs
        and not t.low.endswith(("ed", "ing"))
    )


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
        opens_np = t.text[:1].isupper() or t.low in _DETERMINERS
        if opens_np and t.low not in _INTRO_WORDS and not t.low.endswith(("ing", "ed")) and t.low not in _TIME_WORDS:
            np = _np_after(toks, first) or _phrase_after(toks, first)
            if np is not None and np[1] < end:
                return np
        end = start
    return None


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
    return _np_after(toks, start)


# --------------------------------------------------------------------------- attribution


class _Resolver:
    """Names speakers in one article: gazetteer, description rules, pronouns, surnames, and
    roles ("the spokesman" after "Kremlin spokesman Dmitry Peskov")."""

    def __init__(self, article: Article, spans: Marks) -> None:
        # persons and bodies named outside quotes, sorted by offset (ties: first noted last),
        # and named persons by surname, so that each look-up is a bisection, not a scan
        self.pools: dict[str, list[tuple[int, Actor]]] = {"person": [], "organisation": []}
        self.surnames: dict[str, list[tuple[int, Actor]]] = {}
        self.roles: dict[str, Actor] = {}  # role word -> the named person last described by it
        for start, _, actor in gazetteer().actor_mentions(article.text):
            if not _inside(start, spans):
                self.note(start, actor)

    def note(self, offset: int, actor: Actor) -> None:
        pool = self.pools["person" if actor.type == "person" else "organisation"]
        bisect.insort_left(pool, (offset, actor), key=lambda item: item[0])
        if actor.type == "person" and " " in actor.name:
            same = self.surnames.setdefault(actor.name.split()[-1], [])
            bisect.insort_left(same, (offset, actor), key=lambda item: item[0])

    def resolve(self, mention: str, offset: int, context: str = "") -> Actor | None:
        key = mention.lower()
        if key in PRONOUNS or key in {"his", "her", "its", "their"}:
            kind = PRONOUNS.get(key) or {"his": "person", "her": "person"}.get(key, "organisation")
            pool = self.pools["person" if kind == "person" else "organisation"]
            i = bisect.bisect_left(pool, offset, key=lambda item: item[0])
            return pool[i - 1][1] if i else None
        actor = describe(mention, context)
        if actor.type == "person" and " " not in actor.name:
            same = self.surnames.get(actor.name)
            if same:
                actor = same[-1][1]
        role = key.split()[-1] if key.startswith("the ") and len(key.split()) == 2 else None
        if actor.type == "person" and role and role in self.roles:
            actor = self.roles[role]  # a definite role that the article already gave a name
        elif actor.type == "person" and any(c.isupper() for c in actor.name):
            for word in re.findall(r"[a-z][a-z-]+", f"{mention} {context}"):
                if word in speaker_nouns()["person"]:
                    self.roles[word] = actor
        self.note(offset, actor)
        return actor


def _channel(sentence: Sentence, spans: Marks) -> str | None:
    """Where the statement was made: a platform ("on Telegram") before an outlet ("told the BBC")
    before a form ("in a statement"), whatever their order in the sentence."""
    found: dict[str, str] = {}
    for m in _CHANNEL.finditer(sentence.text):
        if _inside(sentence.start + m.start(), spans):
            continue
        for group in ("platform", "outlet", "form"):
            if m.group(group) and group not in found:
                value = m.group(group).strip().rstrip(".,;:")
                known = gazetteer().actor(value) if group == "outlet" else None
                found[group] = known.name if known else value
    return next((found[g] for g in ("platform", "outlet", "form") if g in found), None)


def _is_verb_use(toks: list[Token], i: int) -> bool:
    """A cue word used as a verb, not a noun ("the claims", "Claims by both sides")."""
    if i == 0 or toks[i].text[:1].isupper():
        return False  # "States" in "United States", "Claims by both sides"
    never_nouns = {"said", "says", "say", "told", "tells"}
    if i + 1 < len(toks) and toks[i].low in cues().lemmas - never_nouns and toks[i + 1].low in _noun_heads():
        return False  # "state media", "report officials": a noun modifier, not a verb
    prev = _previous(toks, i)
    if prev.low in _NEGATION or (i >= 2 and toks[i - 2].low in _NEGATION and prev.low in _AUX | _BE):
        return False
    if prev.text in {",", "and", "to"} or prev.low in _AUX or prev.low in _BE or prev.low in _RELATIVE:
        return True
    if prev.low in PRONOUNS or (toks[i].low.endswith("ing") and prev.low in _SUBORDINATORS):
        return True
    if toks[i].low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].low == "by":
        return True
    if prev.text.endswith("ly") and prev.text.islower():
        return True
    if prev.low in {"the", "a", "an", "these", "those", "this", "his", "her", "its", "their", "of", "with", "by"}:
        return False
    clause_after_that = (
        i + 2 < len(toks)
        and toks[i + 1].low == "that"
        and (toks[i + 2].low in _DETERMINERS or toks[i + 2].low in PRONOUNS or toks[i + 2].text[:1].isupper())
    )  # "the suit claims that the mayor ...", not "peace demands that included ..."
    if toks[i].low in never_nouns or clause_after_that:
        return True  # "The governor of Sumy region said"
    return _speakerish(prev) or prev.text[:1].isupper()


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


def _skip_to_content(toks: list[Token], k: int, lemma: str, entry: dict) -> tuple[int, str | None]:
    """Index where the content starts after the cue at ``k - 1``, and a "tell" recipient."""
    recipient = None
    if entry.get("particle") and k < len(toks) and toks[k].low == entry["particle"]:
        k += 1
    if lemma == "tell" and (np := _np_after(toks, k)):
        recipient = " ".join(t.text for t in toks[np[0] : np[1]])
        k = np[1]
    for j in range(k, min(k + 12, len(toks))):
        t = toks[j]
        if t.low == "that":
            return j + 1, recipient
        if t.text[:1].islower() and t.low not in {
            "on",
            "in",
            "through",
            "via",
            "to",
            "a",
            "an",
            "the",
            "at",
            "over",
            "statement",
            "post",
            "interview",
            "video",
            "message",
            "briefing",
            "address",
            "reporters",
            "journalists",
            "earlier",
            "later",
            "also",
        }:
            break
    while (
        k < len(toks)
        and toks[k].low in {"on", "through", "via", "in", "at"}
        and k + 1 < len(toks)
        and (toks[k + 1].text[:1].isupper() or toks[k + 1].low in {"state", "a", "an"})
    ):
        k += 2
        while k < len(toks) and (toks[k].text[:1].isupper() or toks[k].low in {"television", "statement"}):
            k += 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
    return k, recipient


def _content_end(sentence: Sentence, start: int, spans: Marks) -> int:
    text = sentence.text
    offset = start - sentence.start
    for m in _content_breaks().finditer(text, offset):
        if not _inside(sentence.start + m.end() - 1, spans):
            return sentence.start + m.start()
    end = len(text.rstrip())
    while end > offset and text[end - 1] in '.!?”"’ ':
        end -= 1
    return sentence.start + end


_ADVERBIAL = {
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


def _only_adverbials_after(toks: list[Token], k: int) -> bool:
    """After the cue at k-1, only channel, time or manner words remain ("said on Monday",
    "said with a shrug"), or a participle that continues the statement (", adding that")."""
    for i in range(k, len(toks)):
        t = toks[i]
        if t.text == "," and i + 1 < len(toks) and toks[i + 1].low.endswith("ing"):
            return True
        if t.text in {".", ",", "!", "?", "”", '"'} or t.low in _ADVERBIAL or t.text[:1].isupper() or t.text.isdigit():
            continue
        if any(
            toks[j].low in {"a", "an"} and j >= 1 and toks[j - 1].low in {"with", "in"} for j in range(max(1, i - 3), i)
        ):
            continue  # a manner or channel phrase: "with a grin", "in a post on X", "in a video address"
        return False
    return True


def sentence_attributions(sentence: Sentence, spans: Marks, resolver: _Resolver) -> list[Attribution]:
    """Every verbal, nominal and hearsay attribution in one sentence."""
    toks = tokens(sentence)
    lex = cues()
    found: list[Attribution] = []
    for i, tok in enumerate(toks):
        if _inside(tok.start, spans):
            continue
        if tok.low in lex.verbs and _is_verb_use(toks, i):
            att = _verb_attribution(sentence, toks, i, spans, resolver, found)
            if att:
                found.append(att)
        elif tok.low in lex.nouns:
            found.extend(_noun_attributions(sentence, toks, i, spans, resolver))
        elif tok.low in lex.hearsay:
            found.append(_hearsay(sentence, toks, i, spans))
        elif tok.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
            att = _according_to(sentence, toks, i, spans, resolver)
            if att:
                found.append(att)
    nouns = [a.cue_start for a in found if a.nominal]
    found = [a for a in found if a.nominal or not any(0 <= n - a.content_start <= 12 for n in nouns)]
    channel = _channel(sentence, spans)
    for att in found:
        if att.channel is None and att.mention is not None:
            att.channel = channel
    return found


def _verb_attribution(
    sentence: Sentence,
    toks: list[Token],
    i: int,
    spans: Marks,
    resolver: _Resolver,
    earlier: list[Attribution],
) -> Attribution | None:
    lemma, entry = cues().verbs[toks[i].low]
    if entry.get("needs_particle") and not any(t.low == entry["particle"] for t in toks[i + 1 : i + 4]):
        return None  # "hitting all of its plants" is not "hitting back"
    k, recipient = _skip_to_content(toks, i + 1, lemma, entry)
    # agent after "by": "demands described by President Zelensky as ...", "acknowledged ... by commentators"
    by = next((j for j in range(i + 1, min(i + 6, len(toks))) if toks[j].low == "by"), None)
    participle = toks[i].low.endswith(("ed", "en", "wn"))
    passive = (
        participle
        and i > 0
        and (toks[i - 1].low in _BE or (i > 1 and toks[i - 1].text.endswith("ly") and toks[i - 2].low in _BE))
    )
    if by is not None and toks[i].low.endswith(("ed", "en")) and (np := _np_after(toks, by + 1)):
        rest = np[1]
        if rest < len(toks) and toks[rest].low == "as":
            content = (
                (toks[rest + 1].start, _content_end(sentence, toks[rest + 1].start, spans))
                if rest + 1 < len(toks)
                else None
            )
        elif passive:
            be = i - 1 if toks[i - 1].low in _BE else i - 2
            while be > 0 and toks[be - 1].low in _BE:
                be -= 1
            subj = _content_np_before(toks, be)
            content = (toks[subj].start, toks[be - 1].end) if subj is not None else None
        else:
            return None  # "regions claimed by Moscow": a territorial claim, no statement
        if content is None:
            return None
        return _attribution(sentence, toks, np, lemma, i, content, resolver, channel=recipient)
    if passive:
        return None  # agentless passive: "with advancements described as slow"
    # the speaker
    prev = _previous(toks, i)
    np = None
    if toks[i].low.endswith("ing") and (prev.text == "," or prev.low in _SUBORDINATORS):
        base = next((a for a in reversed(earlier) if a.mention is not None), None)
        if base is not None:
            return _reuse(sentence, toks, i, k, spans, base, lemma)
        np = (_participle_subject(toks, i) if prev.text == "," else None) or _clause_subject(toks, i - 1)
    elif prev.low == "who" or (prev.text == "," and i >= 2 and toks[i - 2].low == "who"):
        w = i - 1 if prev.low == "who" else i - 2
        np = _np_before(toks, w - 1 if w > 0 and toks[w - 1].text == "," else w)
    elif prev.text == ",":
        found = _speaker_before_appositive(sentence, toks, i - 1)
        if found:
            return _finish(sentence, toks, found[0], lemma, i, k, spans, resolver, recipient, found[1], entry)
        if head := _speaker_before_descriptions(toks, i):
            return _finish(sentence, toks, head, lemma, i, k, spans, resolver, recipient, "", entry)
        np_after = _inverted_speaker(toks, i) if lemma != "tell" else None
        if np_after and (
            _ends_sentence(toks, np_after[1])
            or _only_adverbials_after(toks, np_after[1])
            or toks[np_after[1]].text in {",", "("}  # ", said X, a spokesman." / "said X (D-Pa.)"
        ):
            return _attribution(
                sentence,
                toks,
                np_after,
                lemma,
                i,
                (sentence.start, toks[i - 1].start),
                resolver,
                channel=recipient,
            )  # ", said the ministry."
        base = next((a for a in reversed(earlier) if a.mention is not None), None)
        return _reuse(sentence, toks, i, k, spans, base, lemma) if base else None
    elif prev.text == "and" or prev.low == "to":
        base = next((a for a in reversed(earlier) if a.mention is not None), None)
        if base is not None:
            return _reuse(sentence, toks, i, k, spans, base, lemma)
        np = _clause_subject(toks, i - 1) if prev.text == "and" else None
    else:
        j = _before_auxiliaries(toks, i)
        if j < i and j > 0 and toks[j - 1].text == "," and (found := _speaker_before_appositive(sentence, toks, j - 1)):
            return _finish(sentence, toks, found[0], lemma, i, k, spans, resolver, recipient, found[1], entry)
        np = (j - 1, j) if j > 0 and toks[j - 1].low in PRONOUNS else _np_before(toks, j)
        if np is None and j > 0 and toks[j - 1].text[:1].isalpha():
            np = _description_before(toks, j) or _subject_before(toks, j)  # "The governor of Sumy region said"
        if np and np[0] > 1 and toks[np[0] - 1].low in {"of", "in", "from", "at"}:
            np = _head_before_pp(toks, np)
            wider = _subject_before(toks, j)  # "An earlier report in a local paper said"
            if wider and wider[0] < np[0] and toks[wider[0]].low in _DETERMINERS:
                np = wider
    if np is None:
        return None
    return _finish(sentence, toks, np, lemma, i, k, spans, resolver, recipient, "", entry)


_TIME_WORDS = {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("today", "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "month", "year"),
}


def _before_auxiliaries(toks: list[Token], i: int) -> int:
    """The index before the auxiliaries, -ly adverbs and time phrases in front of a verb
    ("has also said", "on Saturday criticized", "last week said"): a day is never a speaker."""
    j = i
    while j > 0:
        t = toks[j - 1]
        if t.low in _AUX or (t.text.endswith("ly") and t.text.islower()):
            j -= 1
        elif t.low in _TIME_WORDS:
            j -= 1
            if j > 0 and toks[j - 1].low in {"on", "last", "this", "that", "late", "early"}:
                j -= 1
        else:
            break
    return j


def _complement_fits(toks: list[Token], k: int, entry: dict) -> bool:
    """Some cues report speech only with a clause: "added that", "wrote: “...”", "questioned why"."""
    after = toks[k].low if k < len(toks) else ""
    said_that = k > 0 and toks[k - 1].low == "that"
    if entry.get("needs_particle") and not any(t.low == entry["particle"] for t in toks[max(0, k - 3) : k]):
        return False  # "pointed to X" is not "pointed out that"
    if entry.get("needs_that") and not (said_that or after in {":", "“", '"'}):
        return False
    if entry.get("needs_wh") and after not in {"why", "whether", "how", "what", "if"}:
        return False
    if entry.get("needs_that_or_colon") and not (said_that or after in {":", "“", '"'}):
        return False
    if entry.get("needs_that_or_to") and not (said_that or after == "to"):
        return False
    return not (entry.get("needs_object_of") and not any(t.low in entry["needs_object_of"] for t in toks[k : k + 3]))


def _speaker_before_appositive(
    sentence: Sentence, toks: list[Token], closing: int
) -> tuple[tuple[int, int], str] | None:
    """The speaker of "X, APPOSITIVE, said": X, or the appositive when it is a name
    ("Ukraine's foreign minister, Dmytro Kuleba, said"). ``closing`` is the comma before
    the verb; returns the speaker's token range and the rest of the description."""
    comma = next((j for j in range(closing - 1, max(0, closing - 15), -1) if toks[j].text == ","), None)
    # "X, who served as secretary of state when ..., conceded": a relative clause too long for the window
    window = range(closing - 1, max(0, closing - 45), -1)
    relative = next((j for j in window if toks[j].text == "," and toks[j + 1].low in _RELATIVE), None)
    if relative is not None and (comma is None or toks[comma + 1].low not in _RELATIVE):
        comma = relative if _np_before(toks, relative) else comma
    if comma is None:
        return None
    inner = toks[comma + 1 : closing]
    if not inner:
        return None
    nouns = speaker_nouns()
    opens_description = (
        _speakerish(inner[0])
        or any(t.low in nouns["person"] or t.low in nouns["organisation"] for t in inner)  # "legal director for X"
        or inner[0].low in {"a", "an", "the", "who"}
        or inner[0].low.endswith("ing")
        or inner[0].low in _PREPOSITIONS | {"during", "after", "before", "like", "unlike"}  # "X, in an interview, said"
    )
    head = _np_before(toks, comma) if opens_description else None
    if _is_name(inner):
        context = (
            sentence.text[toks[head[0]].start - sentence.start : toks[comma].start - sentence.start] if head else ""
        )
        return (comma + 1, closing), context
    head = head or _description_before(toks, comma)
    return (head, " ".join(t.text for t in inner)) if head else None


def _speaker_before_appositive_range(sentence: Sentence, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker of "X, DESCRIPTION(S), CUE" as a token range."""
    found = _speaker_before_appositive(sentence, toks, i - 1)
    nested = found and found[0][0] > 0 and toks[found[0][0] - 1].low in {",", "of", "for", "at"}
    if found and not nested:
        return found[0]
    return _speaker_before_descriptions(toks, i) or (found[0] if found else None)


def _speaker_before_descriptions(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker at the start of its clause, before several comma-separated descriptions
    and the cue at ``i`` ("Goldberg, editor at large of The Forward, an influential New
    York-based newspaper, wrote"; '"...," the economist Jared Bernstein, a former adviser,
    wrote'). The clause starts at the sentence start or after a quotation that ends in a
    comma; the speaker is the name or description there, followed by a comma."""
    start = 0
    for j in range(i - 1, max(-1, i - 45), -1):
        if toks[j].text in {"”", '"'} and j > 0 and toks[j - 1].text in {",", "?", "!"}:
            start = j + 1
            break
        if toks[j].text in {";", ":"}:
            start = j + 1
            break
    np = _np_after(toks, start)
    if np is None or np[1] >= i - 1 or toks[np[1]].text != ",":
        return None
    return np


def _is_name(words: list[Token]) -> bool:
    """Two to four capitalised words that are not a known place: a person's name."""
    if not 2 <= len(words) <= 4 or not all(w.text[:1].isupper() and w.text.isalpha() for w in words):
        return False
    return not gazetteer().place_mentions(" ".join(w.text for w in words))


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some", "many"}
_CLAUSE_PUNCTUATION = {",", ";", ":", "“", "”", '"', "(", "—", "–"}
_NP_LINKS = {"of", "in", "at", "for", "from", "and", "&"}  # "a report in a local paper", "Clinton and the DNC"


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
        if not (t.text[:1].isalnum() or t.text in {"&", "-"}) or t.low in _CLAUSE_STARTS or t.low in _AUX:
            break
        if b > i and (t.low in _PREPOSITIONS - {"of", "for", "at"} or t.low in _SUBORDINATORS):
            break
        b += 1
    while b > i and toks[b - 1].low in _DETERMINERS | _NP_LINKS | _QUANTIFIERS:
        b -= 1
    return (i, b) if b > i else None


def _subject_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """Any noun phrase that ends right before the verb at ``j`` and starts the clause: a
    determiner and the words after it ("the women", "An earlier report in a local paper",
    "the suit"), or a number phrase ("Two in three"). A reporting verb takes a subject that no
    word list can hold, so this is the last resort after the speaker rules."""
    a = j
    while a > 0 and j - a < 10:
        t = toks[a - 1]
        if not (t.text[:1].isalnum() or t.text in {"&", "-"}) or t.low in _CLAUSE_STARTS - {"and"} or t.low in _BE:
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
    starts_np = toks[a].low in _DETERMINERS | _QUANTIFIERS or toks[a].text[:1].isupper() or toks[a].text[:1].isdigit()
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


def _reuse(
    sentence: Sentence, toks: list[Token], i: int, k: int, spans: Marks, base: Attribution, lemma: str
) -> Attribution | None:
    """A second cue of the same speaker in one sentence ("..., claiming ...", "... and claims ...")."""
    content = _content_after(sentence, toks, k, spans)
    if content is None:
        return None
    return Attribution(
        sentence, lemma, toks[i].start, base.mention, base.mention_start, base.actor, *content, channel=base.channel
    )


def _finish(
    sentence: Sentence,
    toks: list[Token],
    np: tuple[int, int],
    lemma: str,
    i: int,
    k: int,
    spans: Marks,
    resolver: _Resolver,
    recipient: str | None,
    context: str,
    entry: dict,
) -> Attribution | None:
    """An attribution whose content follows the cue, or precedes it when the cue ends the sentence."""
    # 'CONTENT, X said.' but not 'Asked ..., X said, "No."' (the words follow) unless a quotation
    # was split around the cue ('"A," he said, "B."')
    only_quote_after = any(t.text in {"“", '"'} for t in toks[k:]) and not any(
        t.text in {"”", '"'} for t in toks[: np[0]]
    )
    if (
        _only_adverbials_after(toks, k)
        and np[0] > 0
        and toks[np[0] - 1].text in {",", "”", '"'}
        and not only_quote_after
    ):
        end = toks[np[0] - 1].start
        content = (sentence.start, end)
        return _attribution(sentence, toks, np, lemma, i, content, resolver, channel=recipient, context=context)
    if not _complement_fits(toks, k, entry):
        return None
    content = _content_after(sentence, toks, k, spans)
    if content is None:
        return None
    return _attribution(sentence, toks, np, lemma, i, content, resolver, channel=recipient, context=context)


def _content_after(sentence: Sentence, toks: list[Token], k: int, spans: Marks) -> tuple[int, int] | None:
    if k >= len(toks):
        return None
    start = toks[k].start
    if toks[k].text == ":" and k + 1 < len(toks):
        start = toks[k + 1].start
    end = _content_end(sentence, start, spans)
    words = re.findall(r"\w+", sentence.text[start - sentence.start : end - sentence.start])
    if len(words) < 1 or (len(words) <= 2 and words[-1].lower() in {"over", "of", "to", "for", "about"}):
        return None
    return start, end


def _content_np_before(toks: list[Token], i: int) -> int | None:
    """Start of the noun phrase that ends before index ``i`` (the subject of a passive)."""
    j = i
    while j > 0 and toks[j - 1].text.isalnum() and toks[j - 1].low not in _CLAUSE_STARTS:
        j -= 1
    return j if j < i else None


def _attribution(
    sentence: Sentence,
    toks: list[Token],
    np: tuple[int, int],
    lemma: str,
    i: int,
    content: tuple[int, int],
    resolver: _Resolver,
    channel: str | None = None,
    context: str = "",
) -> Attribution | None:
    mention_toks = toks[np[0] : np[1]]
    mention = sentence.text[mention_toks[0].start - sentence.start : mention_toks[-1].end - sentence.start]
    actor = resolver.resolve(mention, mention_toks[0].start, context)  # None: a pronoun with no antecedent
    return Attribution(
        sentence,
        lemma,
        toks[i].start,
        mention,
        mention_toks[0].start,
        actor,
        content[0],
        content[1],
        channel=_known_channel(channel),
    )


def _known_channel(recipient: str | None) -> str | None:
    """The outlet a statement was made to ("told the BBC"), when it is a named outlet."""
    if not recipient or not recipient[:1].isupper():
        return None
    recipient = recipient.rstrip(".,;:")
    known = gazetteer().actor(recipient)
    return known.name if known else recipient


def _noun_attributions(
    sentence: Sentence, toks: list[Token], i: int, spans: Marks, resolver: _Resolver
) -> list[Attribution]:
    """ "his call for X", "calls from A, B and C for X", "demands that included X",
    "accusations between A and B regarding X"."""
    lemma = cues().nouns[toks[i].low]
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    prev = toks[i - 1] if i > 0 else None
    speakers: list[tuple[str, int]] = []
    content_at: int | None = None
    if (nxt == "for" and prev is not None and prev.low in {"his", "her", "its", "their"} | {"'s"}) or (
        nxt == "for" and prev is not None and re.search(r"['’]s$", prev.text)
    ):
        speakers = [
            (prev.text if prev.low in {"his", "her", "its", "their"} else re.sub(r"['’]s$", "", prev.text), prev.start)
        ]
        content_at = i + 2
    elif nxt in {"from", "by", "between"}:
        stop = next(
            (j for j in range(i + 2, len(toks)) if toks[j].low in {"for", "regarding", "over", "about", "on"}), None
        )
        if stop is None:
            return []
        speakers = _split_speakers(toks[i + 2 : stop], sentence)
        content_at = stop + 1
    elif nxt in {"that", "which"} and i + 2 < len(toks) and toks[i + 2].low in {"included", "include", "includes"}:
        np = _clause_subject(toks, i)
        if np is None:
            return []
        speakers = [(" ".join(t.text for t in toks[np[0] : np[1]]), toks[np[0]].start)]
        content_at = i + 3
    else:
        for j in range(i + 1, min(i + 8, len(toks) - 2)):  # "a list of demands to Kyiv, which includes X"
            if toks[j].low == "which" and toks[j + 1].low in {"includes", "included", "include"}:
                np = _clause_subject(toks, i)
                if np is None:
                    return []
                speakers = [(" ".join(t.text for t in toks[np[0] : np[1]]), toks[np[0]].start)]
                content_at = j + 2
                break
    if not speakers or content_at is None or content_at >= len(toks):
        return []
    start = toks[content_at].start
    end = _content_end(sentence, start, spans)
    out = []
    for mention, offset in speakers:
        actor = resolver.resolve(mention, offset)
        if actor is not None:
            out.append(Attribution(sentence, lemma, toks[i].start, mention, offset, actor, start, end, nominal=True))
    return out


def _split_speakers(toks: list[Token], sentence: Sentence) -> list[tuple[str, int]]:
    groups: list[list[Token]] = [[]]
    for t in toks:
        if t.text == "," or t.low == "and":
            if groups[-1]:
                groups.append([])
            continue
        groups[-1].append(t)
    return [(sentence.text[g[0].start - sentence.start : g[-1].end - sentence.start], g[0].start) for g in groups if g]


def _ends_sentence(toks: list[Token], k: int) -> bool:
    """Nothing but punctuation, or an appositive after a comma, follows index ``k``."""
    rest = toks[k:]
    return all(not t.text[:1].isalnum() for t in rest) or (bool(rest) and rest[0].text == ",")


def _according_to(
    sentence: Sentence, toks: list[Token], i: int, spans: Marks, resolver: _Resolver
) -> Attribution | None:
    """ "According to X, CONTENT." or "CONTENT, according to X." """
    np = _np_after(toks, i + 2) or _phrase_after(toks, i + 2)
    if np is None:
        return None
    if i > 0 and toks[i - 1].text == ",":
        content = (sentence.start, toks[i - 1].start)
    elif np[1] < len(toks) and toks[np[1]].text == ",":
        start = toks[np[1] + 1].start if np[1] + 1 < len(toks) else sentence.end
        content = (start, _content_end(sentence, start, spans))
    else:
        return None
    return _attribution(sentence, toks, np, "according to", i, content, resolver)


def _hearsay(sentence: Sentence, toks: list[Token], i: int, spans: Marks) -> Attribution:
    """ "they have reportedly been advancing ...": the clause, attributed to unnamed reports."""
    j = i
    while j > 0 and toks[j - 1].text not in {",", ";", ":"} and toks[j - 1].low not in _CLAUSE_STARTS:
        j -= 1
    start = toks[j].start
    end = _content_end(sentence, toks[i].end, spans)
    actor = Actor("unnamed reports", "group", "unknown")
    return Attribution(sentence, "report", toks[i].start, None, None, actor, start, end)


# --------------------------------------------------------------------------- records


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _is_label(text: str, span: QuotedSpan) -> bool:
    """Quoted words used as a name inside the reporter's sentence ("Ukraine's “acts of terrorism”")."""
    before = text[max(0, span.open_mark - 12) : span.open_mark].lower().replace("’", "'")
    after = text[span.close_mark + 1 : span.close_mark + 3]
    inner = text[span.start : span.end]
    short = len(inner.split()) <= 5 and inner[:1].islower()
    return (
        short
        and bool(re.search(r"(?:'s|\bthe|\bso-called|\bits|\btheir)\s*$", before))
        and (
            not after.strip()
            or after.strip()[:1] in {".", ",", ";", ")", "?"}
            or after[:1] in {".", ","}
            or bool(re.match(r"\s(?:is|was|are|were)\b", text[span.close_mark + 1 : span.close_mark + 6]))
        )
    )


def _record(
    article: Article, att: Attribution | None, text: str, kind: str, scare: bool, start: int, end: int, sentence: str
) -> Quote:
    actor = att.actor if att else None
    return Quote(
        article_id=article.article_id,
        quote=text,
        kind=kind,
        scare=scare,
        speaker=actor.name if actor else None,
        speaker_mention=att.mention if att else None,
        speaker_type=actor.type if actor else None,
        speaker_side=actor.side if actor else None,
        cue=(att.cue or None) if att else None,
        channel=att.channel if att else None,
        sentence=sentence,
        char_start=start,
        char_end=end,
        cue_tone=cues().tone.get(att.cue) if att and att.cue else None,
    )


def extract_quotes(article: Article) -> tuple[list[Quote], list[str]]:
    """Every quotation and reported statement of an article, and warnings about stray marks."""
    text = article.text
    spans, warnings = quoted_spans(text)
    marks = SpanIndex((s.open_mark, s.close_mark, s) for s in spans)
    resolver = _Resolver(article, marks)
    attributions: list[Attribution] = []
    for sentence in article.sentences:
        attributions.extend(sentence_attributions(sentence, marks, resolver))
    _inherit_channels(attributions)

    records: list[Quote] = []
    used: set[int] = set()
    previous: Attribution | None = None
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence.index, []).append(a)
    for span in spans:
        inner = text[span.start : span.end]
        first = article.sentence_at(span.open_mark)
        last = article.sentence_at(span.close_mark)
        near = [a for i in range(first.index, last.index + 1) for a in by_sentence.get(i, ())]
        inside = [a for a in near if _overlaps(a.content_start, a.content_end, span.start, span.end)]
        beside = [
            a
            for a in by_sentence.get(last.index, ())
            if a.mention_start and a.mention_start > span.close_mark and not inside
        ]
        colon = [
            a
            for a in near
            if a.sentence.index in {first.index, last.index}
            and a.mention_start is not None
            and a.mention_start < span.open_mark
            and text[a.cue_start : span.open_mark].rstrip().endswith(":")
        ]
        sentence_text = text[min(first.start, span.open_mark) : max(last.end, span.close_mark + 1)]
        if text[span.open_mark - 1 : span.open_mark] == "=":
            continue  # an attribute value in markup left in the text (<tweet author="...">), not a quotation
        if _is_title(inner) and not _reads_as_statement(text, span, first):
            records.append(_record(article, None, inner, "partial", True, span.start, span.end, first.text))
            continue
        if _is_label(text, span) and not beside:
            owner = inside[-1] if inside else _label_owner(article, span)
            records.append(_record(article, owner, inner, "partial", True, span.start, span.end, first.text))
            continue
        if inside:
            att = inside[0]
            used.add(id(att))
            lead = text[att.content_start : span.open_mark].strip(" ,:")
            whole = not lead and span.close_mark + 1 >= att.content_end - 1
            n_words = len(inner.split())
            introduced = text[att.cue_start : span.open_mark].rstrip().endswith(":")
            kind = "direct" if introduced or (not lead and (n_words > 6 or (whole and n_words >= 4))) else "partial"
            records.append(_record(article, att, inner, kind, False, span.start, span.end, sentence_text))
            previous = att
        elif beside or colon:
            att = (beside or colon)[0]
            used.add(id(att))
            if colon:
                sentence_text = text[att.sentence.start : max(last.end, span.close_mark + 1)]
            clause = bool(re.search(r"[,.!?]", text[span.end : span.close_mark])) or bool(colon)
            kind = "direct" if clause else "partial"
            records.append(_record(article, att, inner, kind, False, span.start, span.end, sentence_text))
            previous = att
        elif previous is not None and span.open_mark <= first.start + 1 and first.index - previous.sentence.index <= 2:
            # a quoted sentence with no attribution of its own continues the previous speaker, without a cue
            continued = replace(previous, cue="")
            records.append(_record(article, continued, inner, "direct", False, span.start, span.end, first.text))
        elif dash := _dash_attribution(article, span, last, resolver):
            records.append(_record(article, dash, inner, "direct", False, span.start, span.end, last.text))
            previous = dash
        elif previous is not None and previous.sentence.index == first.index and previous.mention is not None:
            # the second part of a split quotation: '“A,” said X, “and B.”'
            records.append(_record(article, previous, inner, "direct", False, span.start, span.end, sentence_text))
        elif near := _nearby_attribution(article, span, first, last, by_sentence, marks, resolver):
            kind = "direct" if _reads_as_statement(text, span, first) else "partial"
            records.append(_record(article, near, inner, kind, False, span.start, span.end, sentence_text))
            previous = near
        elif _reads_as_label(inner):
            owner = _label_owner(article, span)
            records.append(_record(article, owner, inner, "partial", True, span.start, span.end, first.text))
        else:  # someone's words, but the text does not say whose
            kind = "direct" if _reads_as_statement(text, span, first) else "partial"
            records.append(_record(article, None, inner, kind, False, span.start, span.end, sentence_text))
    contents = SpanIndex((s.start, s.end, s) for s in spans)
    for att in attributions:
        if id(att) in used or contents.overlaps(att.content_start, att.content_end):
            continue
        content = text[att.content_start : att.content_end].strip(" ,.;:")
        if not content:
            continue
        start = text.index(content, att.content_start)
        records.append(
            _record(article, att, content, "indirect", False, start, start + len(content), att.sentence.text)
        )
    records.sort(key=lambda q: (q.char_start, q.char_end))
    return records, warnings


# Name words are separated by spaces, so a run of capitals is one word, not 2^n ways to split it.
_DASH_SPEAKER = re.compile(
    r"\s*[—–-]\s*(?P<name>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,4})\s?(?:,[^.!?]{0,100})?[.!?]?\s*$"
)


def _dash_attribution(
    article: Article, span: QuotedSpan, sentence: Sentence, resolver: _Resolver
) -> Attribution | None:
    """A quote signed with a dash and a name: “We will not give up.” — Volodymyr Zelensky."""
    rest = article.text[span.close_mark + 1 :]
    following = article.sentence_at(span.close_mark + 1 + len(rest) - len(rest.lstrip()))
    after = article.text[span.close_mark + 1 : max(sentence.end, following.end)]
    m = _DASH_SPEAKER.match(after)
    if not m:
        return None
    start = span.close_mark + 1 + m.start("name")
    mention = m.group("name").strip()
    actor = resolver.resolve(mention, start, after[m.end("name") :])
    if actor is None:
        return None
    return Attribution(sentence, "", start, mention, start, actor, span.start, span.end)


_MINOR_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs"}


def _is_title(inner: str) -> bool:
    """The title of a work or a show in title case ("Meet the Press", "Parks and
    Recreation", "Lost Tycoon: The Many Lives of ..."): quoted, but nobody's words."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return 0 < len(words) <= 10 and len(major) >= 2 and all(w[0].isupper() for w in major) and not inner.isupper()


def _reads_as_label(inner: str) -> bool:
    """Quoted words that name something rather than say something: a few words, no clause
    end inside ("special military operation", "going to plan", "acts of terrorism")."""
    words = inner.split()
    return 0 < len(words) <= 5 and not re.search(r"[.!?;:]", inner.rstrip(".,!? "))


def _reads_as_statement(text: str, span: QuotedSpan, sentence: Sentence) -> bool:
    """A quotation that is a sentence of its own: it opens its sentence (or follows a colon)
    and closes with a clause end inside or right after the marks."""
    lead = text[max(0, span.open_mark - 3) : span.open_mark].strip()
    opens = span.open_mark <= sentence.start + 1 or lead in {":", ""}
    closes = bool(re.search(r"[.!?,]\s*$", text[span.start : span.close_mark])) or text[
        span.close_mark + 1 : span.close_mark + 2
    ] in {".", "!", "?", ","}
    return opens and closes and len(text[span.start : span.end].split()) >= 2


def _loose_speaker(
    sentence: Sentence, marks: Marks, resolver: _Resolver, span: QuotedSpan | None = None
) -> Attribution | None:
    """A speech verb of the quote's own sentence, outside every quotation, and the speaker
    next to it: after it when it follows the quote ("..., said one campaign aide in a
    statement"), else before it ("Carson concluded", "her account posted:"). Of several
    cues, the one nearest the quotation."""
    toks = tokens(sentence)
    lex = cues()
    marks_at = (span.open_mark, span.close_mark) if span else (sentence.start,)
    order = sorted(range(len(toks)), key=lambda i: min(abs(toks[i].start - m) for m in marks_at))
    for i in order:
        tok = toks[i]
        if _inside(tok.start, marks):
            continue
        according = tok.low == "according" and i + 2 < len(toks) and toks[i + 1].low == "to"
        if according and (np := _np_after(toks, i + 2) or _phrase_after(toks, i + 2)):
            return _attribution(sentence, toks, np, "according to", i, (sentence.start, sentence.start), resolver)
        if tok.low not in lex.verbs or not (tok.text.islower() or i == 0):  # "Said Dorothy Poynter, ..."
            continue
        lemma, entry = lex.verbs[tok.low]
        if entry.get("needs_particle") and not any(t.low == entry["particle"] for t in toks[i + 1 : i + 3]):
            continue  # "shot" is a cue only in "shot back"
        np = _speaker_of_cue(sentence, toks, i, lemma, span)
        if np and not any(_inside(t.start, marks) for t in toks[np[0] : np[1]]):
            return _attribution(sentence, toks, np, lemma, i, (sentence.start, sentence.start), resolver)
    return None


def _inverted_speaker(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker right after the cue at ``i`` in an inversion ('"...," said X'): the name or
    description, or the whole phrase when it opens with a determiner and runs on past the
    speaker rules ("a former senior law enforcement official", not "a former senior")."""
    if i + 1 >= len(toks):
        return None
    np, phrase = _np_after(toks, i + 1), _phrase_after(toks, i + 1)
    if np and phrase and toks[i + 1].low in _DETERMINERS | _QUANTIFIERS and phrase[1] > np[1]:
        return phrase
    return np or phrase


def _speaker_of_cue(
    sentence: Sentence, toks: list[Token], i: int, lemma: str, span: QuotedSpan | None
) -> tuple[int, int] | None:
    """The speaker next to the cue at ``i``: after it in an inversion that follows the quote
    ('"...," said a former senior official'; never after "told", whose object is the hearer),
    else the subject before it."""
    if i == 0:  # "Said Dorothy Poynter, ...", "Continued Stone: ..."
        return _inverted_speaker(toks, i) if lemma != "tell" else None
    if toks[i].low.endswith(("ed", "en", "wn")) and any(t.low in _BE for t in toks[_before_auxiliaries(toks, i) : i]):
        return None  # an agentless passive: "The plan was described as ..."
    prev = _previous(toks, i)
    after_quote = span is None or span.close_mark < toks[i].start
    if prev.text in {",", "”", '"'} and after_quote and lemma != "tell" and (np := _inverted_speaker(toks, i)):
        return np
    if prev.low in {"to", "and"} and (np := _clause_subject(toks, i - 1)):
        return np  # "went so far as to say:", "nodded and said,"
    if prev.text == ",":
        found = _speaker_before_appositive_range(sentence, toks, i)
        if found:
            return found
    j = _before_auxiliaries(toks, i)
    if j > 0 and toks[j - 1].low in PRONOUNS:
        return j - 1, j
    if j > 3 and toks[j - 1].text == "," and toks[j - 2].text.isdigit() and toks[j - 3].text == ",":
        j -= 3  # an age in commas: "Sarandon, 69, told"
    return _np_before(toks, j) or _subject_before(toks, j)


_QUANTIFIERS = {"one", "another", "two", "three", "several", "some", "many", "a", "an", "the"}


def _nearby_attribution(
    article: Article,
    span: QuotedSpan,
    first: Sentence,
    last: Sentence,
    by_sentence: dict[int, list[Attribution]],
    marks: Marks,
    resolver: _Resolver,
) -> Attribution | None:
    """Whose words a quotation is when no attribution reaches into it: a speech verb in its
    own sentence; a speaker introduced with a colon in the sentence before ("The minister
    said:"); or a bare "he said." in the sentence right after the quotation."""
    for sentence in dict.fromkeys((first, last)):
        if found := _loose_speaker(sentence, marks, resolver, span):
            return found
    text = article.text
    if first.index > 0:
        before = article.sentences[first.index - 1]
        if text[before.start : before.end].rstrip().endswith(":"):
            heads = [a for a in by_sentence.get(before.index, ()) if a.actor is not None]
            if heads:
                return heads[-1]
            if found := _loose_speaker(before, marks, resolver):
                return found
            toks = tokens(before)  # "Trump issued the following statement:": its subject
            if toks and (np := _clause_subject(toks, len(toks) - 1)):
                return _attribution(before, toks, np, "", np[0], (before.start, before.start), resolver)
    if last.index + 1 < len(article.sentences) and last.end <= span.close_mark + 2:
        after = article.sentences[last.index + 1]
        short = len(after.text.split()) <= 8 and not marks.overlaps(after.start, after.end)
        if short and (found := _loose_speaker(after, marks, resolver)):
            return found
    return None


def _label_owner(article: Article, span: QuotedSpan) -> Attribution | None:
    """For a scare quote, the body named just before it ("a Kremlin public relations campaign")."""
    sentence = article.sentence_at(span.open_mark)
    before = article.text[sentence.start : span.open_mark]
    mentions = [m for m in gazetteer().actor_mentions(before) if m[2].type != "person"]
    if not mentions:
        return None
    start, end, actor = mentions[-1]
    return Attribution(sentence, "", 0, before[start:end], sentence.start + start, actor, span.start, span.end)


def _inherit_channels(attributions: list[Attribution]) -> None:
    """A statement that continues in the next sentence keeps its channel ("He added ...")."""
    for prev, cur in itertools.pairwise(attributions):
        if (
            cur.channel is None
            and prev.channel is not None
            and cur.actor == prev.actor
            and cur.sentence.index - prev.sentence.index <= 1
        ):
            cur.channel = prev.channel
