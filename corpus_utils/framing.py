"""Tone, distancing, loaded words and news frames of sentences, each with the words behind it.

* **Tone** is VADER's compound score (Hutto and Gilbert 2014), computed by NLTK with the
  lexicon the ``vaderSentiment`` package ships (nothing is downloaded). ``scored_words``
  replays NLTK's scoring loop to return the valence VADER gave each word, after its
  rules for negation, boosters and "but", so that no score appears without its words.
  Names are not scored (``mask_names``): "Wells Fargo", "Green Party", "Super PACs" and
  "United States" say nothing of the tone of a sentence, although "wells", "party", "super"
  and "united" are in VADER's lexicon; nor is "like" as a preposition.
* **Distancing**, **loaded language** and **frames** are matches of the documented
  word lists in ``data/framing.yml``.
* **Actors** are the gazetteer's names and the demonyms ("Russian", "Kenyan") that stand
  for a country, each with the tone of the clauses that name it (``actor_tones``): the words
  near an actor, not every word of its sentence.

VADER was built for social media; its authors report weaker agreement with people on
news text. The framing chapter shows where its labels are most doubtful.
"""

from __future__ import annotations

import bisect
import re
import string
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import nltk
import vaderSentiment
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText

from corpus_utils import countries
from corpus_utils.actors import Mention, first_names, gazetteer, is_role_word, title_role
from corpus_utils.data import data_yaml
from corpus_utils.prefilter import screen_text
from corpus_utils.wordtrie import trie_pattern


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """NLTK's VADER with the lexicon of the vaderSentiment package.

    NLTK refuses an absolute resource path, so the package's folder is appended to
    ``nltk.data.path`` and the file is named relatively.
    """
    folder = str(Path(vaderSentiment.__file__).parent)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


# VADER strips only ASCII punctuation from the ends of a word: “Very or angry” would not be
# found in its lexicon, so curly quotation marks and apostrophes are made straight first.
# (replaced one by one: ``str.translate`` looks each character of the text up in a dictionary, a
# replacement searches the text at C speed, eight times faster on the news's sentences)
_TYPOGRAPHY = {"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"}


# a quotation mark at a word's edge (not an apostrophe inside it): VADER strips one mark from a
# token, so "'Terrifying.'" would keep the full stop and go unscored. The mark comes first, its
# lookbehind (not after a word; after a word or a stop) after it, so that Python's regex engine
# skips to the next mark instead of trying every position (``test_screens``: the same matches).
_QUOTE_AT_EDGE = re.compile(r"[\"'](?:(?<![\w][\"'])[\"']*|(?<=[\w.,!?;:][\"'])[\"']*(?![\w]))")


def plain_typography(text: str, keep_offsets: bool = False) -> str:
    """``text`` with straight apostrophes and without quotation marks at the edges of words, as
    VADER's tokeniser expects; with ``keep_offsets``, each mark becomes a space (the same tokens,
    every character where it was)."""
    for mark, plain in _TYPOGRAPHY.items():
        text = text.replace(mark, plain)
    return _QUOTE_AT_EDGE.sub(_spaces if keep_offsets else " ", text)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


class FastSentiText(SentiText):
    """NLTK's ``SentiText`` with the same tokens, found without building every punctuation x word
    string of the text (``_words_plus_punc`` makes 17 x 2 strings per distinct word, a seventh of
    the export's time). NLTK turns a token that is one punctuation mark of VADER's list before or
    after a word of the text (a token once its punctuation is removed, of two characters or more)
    into that word. Such a word is the token without the mark exactly when what is left has no
    punctuation and two characters or more, so no list of the text's words is needed; every other
    token stays as it is. ``test_framing`` checks the tokens against NLTK's on generated text."""

    def _words_and_emoticons(self) -> list[str]:
        word = _word_reader(tuple(self.PUNC_LIST), self.REGEX_REMOVE_PUNCTUATION)
        return list(filter(None, map(word, self.text.split())))  # a token of one character has no word: ""

    def allcap_differential(self, words: list[str]) -> bool:
        """NLTK's test, some but not all words in capitals, counted without a Python loop."""
        allcaps = sum(map(str.isupper, words))
        return 0 < len(words) - allcaps < len(words)


@lru_cache(maxsize=4)
def _word_reader(marks: tuple[str, ...], punctuation: re.Pattern[str]) -> Callable[[str], str]:
    """The word NLTK reads a token as ("" for a token of one character), for VADER's punctuation
    ``marks``: a pure function of the token, so remembered (news text repeats its words)."""
    characters = frozenset("".join(marks))

    @lru_cache(maxsize=1 << 16)
    def word(token: str) -> str:
        if len(token) <= 1:
            return ""
        # only a token that starts or ends with a mark's character can lose a mark
        if token[0] in characters or token[-1] in characters:
            return _bare(token, marks, punctuation)
        return token

    return word


def _bare(token: str, marks: tuple[str, ...], punctuation: re.Pattern[str]) -> str:
    for mark in marks:  # NLTK lets "word," win over ",word" when both are keys
        if token.endswith(mark) and _is_word(rest := token[: -len(mark)], punctuation):
            return rest
    for mark in marks:
        if token.startswith(mark) and _is_word(rest := token[len(mark) :], punctuation):
            return rest
    return token


def _is_word(piece: str, punctuation: re.Pattern[str]) -> bool:
    """Is ``piece`` (part of a token) one of the words NLTK lists for the text?"""
    return len(piece) > 1 and punctuation.search(piece) is None


def compound(text: str) -> float:
    """VADER's compound score of a text, from -1 (negative) to +1 (positive)."""
    return analyzer().polarity_scores(plain_typography(text))["compound"]


def scored_words(text: str) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """VADER's scores of a text and the valence it gave each word that counted (``scored_tokens``
    without where the words are)."""
    scores, tokens = scored_tokens(text)
    return scores, [(w, v) for _, w, v in tokens]


_TOKEN = re.compile(r"\S+")


def scored_tokens(text: str) -> tuple[dict[str, float], list[tuple[int, str, float]]]:
    """VADER's scores of a text and each word that counted: where it starts in ``text``, the word,
    and the valence VADER gave it.

    The same steps as ``SentimentIntensityAnalyzer.polarity_scores`` in NLTK 3.9+,
    keeping the per-word valences that method discards.
    """
    a = analyzer()
    original, text = text, plain_typography(text)
    if not _may_score(text):
        return _unscored(text), []
    sentitext = FastSentiText(text, a.constants.PUNC_LIST, a.constants.REGEX_REMOVE_PUNCTUATION)
    words = sentitext.words_and_emoticons
    lowered = list(map(str.lower, words))
    sentiments: list[float] = []
    lexicon = a.lexicon
    for item, low in zip(words, lowered, strict=True):
        if low not in lexicon:
            sentiments.append(0)  # what each branch below gives a word outside the lexicon, without the calls
            continue
        i = words.index(item)  # as NLTK does: a repeated word is read at its first place
        if (i < len(words) - 1 and low == "kind" and lowered[i + 1] == "of") or low in a.constants.BOOSTER_DICT:
            sentiments.append(0)
            continue
        sentiments = a.sentiment_valence(0, sentitext, item, i, sentiments)
    if "but" in lowered:  # NLTK's "but" rule changes nothing in a sentence without one
        sentiments = a._but_check(words, sentiments)
    scores = a.score_valence(sentiments, text)
    if not any(sentiments):
        return scores, []
    word = _word_reader(tuple(a.constants.PUNC_LIST), a.constants.REGEX_REMOVE_PUNCTUATION)
    starts = [m.start() for m in _TOKEN.finditer(plain_typography(original, keep_offsets=True)) if word(m.group())]
    return scores, [(i, w, round(float(v), 3)) for i, w, v in zip(starts, words, sentiments, strict=True) if v]


_ASCII_PUNCTUATION = string.punctuation  # what VADER's REGEX_REMOVE_PUNCTUATION removes


def _may_score(text: str) -> bool:
    """Can a word of ``text`` be in VADER's lexicon? A token VADER scores is a word of the text,
    or the word without one punctuation mark at an end, and then what is left has no punctuation
    at all: ``strip`` finds it. A third of the sentences of the news have none, and VADER gives
    every word of them 0."""
    return any(map(_may_be_scored, text.lower().split()))


@lru_cache(maxsize=1 << 16)
def _may_be_scored(word: str) -> bool:
    """Is ``word`` (lower case), or it without the punctuation at its ends, in VADER's lexicon?
    A pure function of the word, so remembered."""
    lexicon = analyzer().lexicon
    return word in lexicon or word.strip(_ASCII_PUNCTUATION) in lexicon


def _unscored(text: str) -> dict[str, float]:
    """VADER's scores of a text none of whose words is in its lexicon (``score_valence`` of
    zeros): all neutral when it has a token of two characters or more, else all 0."""
    neutral = 1.0 if max(map(len, text.split()), default=0) > 1 else 0.0
    return {"neg": 0.0, "neu": neutral, "pos": 0.0, "compound": 0.0}


@dataclass(frozen=True)
class Lexicons:
    distancing: re.Pattern[str]
    loaded: re.Pattern[str]
    frames: dict[str, re.Pattern[str]]
    news_senses: dict[str, str]
    descriptive: re.Pattern[str]  # fixed phrases VADER would score word by word ("health care")
    claim_speech_objects: tuple[str, ...]
    claim_kinds: frozenset[str]  # "Fifth Amendment claims": a claim that is a right or a payment, no statement
    frame_idioms: re.Pattern[str]  # phrases whose frame words answer no frame's question
    loaded_idioms: re.Pattern[str]  # names of a kind of event whose loaded word labels no one
    starts: re.Pattern[str]  # where an entry of any list can begin (its first word, as a trie), in a ``screen_text``


_BOUNDARY = r"(?<![\w-])"  # entries are whole words: "war" is not in "warmth" or "pre-war"


def _pattern(entries: list[str]) -> re.Pattern[str]:
    """The entries as one case-blind pattern, the longest first."""
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        body = re.escape(entry.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if entry.endswith("*") else ""))
    return re.compile(rf"{_BOUNDARY}(?:{'|'.join(parts)})(?![\w-]|['’]t\b)", re.I)  # not "won" of "won't"


def _starts_pattern(entries: list[str]) -> re.Pattern[str]:
    """Every place where one of the entries may begin: a word opening with an entry's first word.
    Python tries an alternation entry by entry at every position of a text; this trie turns
    away almost every position at the first character or two. It is searched for in lower case,
    in the ``screen_text`` of a text: the same places as a case-blind search of the text, found
    about twice as fast."""
    heads = sorted({re.split(r"[ *]", entry, maxsplit=1)[0].lower() for entry in entries})
    return re.compile(rf"{_BOUNDARY}(?={trie_pattern(heads)})")


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    data = data_yaml("framing.yml")
    frames = data["frames"]
    return Lexicons(
        _pattern(data["distancing"]),
        _pattern(data["loaded"]),
        {name: _pattern(words) for name, words in frames.items()},
        data["news_senses"],
        re.compile(rf"{_BOUNDARY}(?:{trie_pattern(data['descriptive_phrases'])})(?![\w-])", re.I),
        tuple(data["claim_speech_objects"]),
        frozenset(data["claim_kinds"]),
        _pattern(data["frame_idioms"]),
        _pattern(data["loaded_idioms"]),
        _starts_pattern(
            [
                *data["distancing"],
                *data["loaded"],
                *data["descriptive_phrases"],
                *(w for words in frames.values() for w in words),
            ]
        ),
    )


def entry_starts(text: str) -> list[int]:
    """Where an entry of the framing lists may begin in ``text``: most sentences have none."""
    return [m.start() for m in lexicons().starts.finditer(screen_text(text))]


def kept_starts(starts: list[int], text: str, blanked: str) -> list[int]:
    """``entry_starts(blanked)`` for ``blanked``, ``text`` with some words or quotations overwritten
    (``mask_names``, ``reporters_words``: as many "x" or spaces, every offset kept), from the
    ``starts`` of ``text``, without a third search of the sentence. An entry's first word is letters
    (and "-"), none starting with "x", and what is overwritten is a whole word (after no letter, "-"
    or ".") or a whole quotation (from its quotation mark), so overwriting only removes starts: the
    one at an overwritten word's first letter, now an "x" or a space. ``test_screens`` checks it."""
    return [p for p in starts if blanked[p] == text[p]]


def _finditer(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can begin only at ``starts``: the
    first match at or after the end of the one before, tried only where one can begin."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


def loaded_words(own: str, starts: list[int]) -> list[str]:
    """The loaded words of the reporter's own words ``own``, none inside the name of a kind of event
    ("the Sept. 11 terrorist attacks": no label of anyone), none a label the sentence gives as
    someone's view ("an issue he has long regarded as racist", "called them extremists"), and none
    in a line of one or two words (a section's heading, "Terrorism.")."""
    if len(own.split()) <= 2:
        return []
    lex = lexicons()
    text = own
    found = list(_finditer(lex.loaded, own, starts))
    if found and lex.loaded_idioms.search(own):
        text = lex.loaded_idioms.sub(_spaces, own)
        found = list(_finditer(lex.loaded, text, kept_starts(starts, own, text)))
    return [_phrase(m) for m in found if not _VIEW_BEFORE.search(text, max(0, m.start() - 40), m.start())]


# what makes the next words someone's view of a thing, not the reporter's label for it
_VIEW_BEFORE = re.compile(
    r"\b(?:regard(?:s|ed)?|see[ns]?|saw|view(?:s|ed)?|consider(?:s|ed)?|deem(?:s|ed)?|call(?:s|ed|ing)?|"
    r"label(?:s|ed|led)?|brand(?:s|ed)?|denounc(?:e|es|ed)|decr(?:y|ies|ied))\b(?:\s+\w+){0,3}?\s+(?:as\s+)?(?:an?\s+)?$",
    re.I,
)


def matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[str]:
    return [_phrase(m) for m in _finditer(pattern, text, starts)]


_SPACES = re.compile(r"\s+")


def _phrase(match: re.Match[str]) -> str:
    """A matched entry as the lists write it: lower case, single spaces."""
    return _SPACES.sub(" ", match.group().lower())


def actor_spans(text: str, mentions: list[Mention] | None = None) -> dict[str, list[int]]:
    """The actors a sentence names, each with where it names them: gazetteer names (its
    ``actor_mentions``, when the caller has them), and countries by their demonyms."""
    if mentions is None:
        mentions = gazetteer().actor_mentions(text)
    dateline = _DATELINE.match(text)
    after = dateline.end() if dateline else 0  # "WASHINGTON ―": where the report was filed, no actor
    spans: dict[str, list[int]] = defaultdict(list)
    for start, _, actor in mentions:
        if actor.side != "media" and start >= after:
            spans[actor.name].append(start)
    for start, _, country in countries.demonym_mentions(text):
        spans[country].append(start)
    return dict(sorted(spans.items()))


# a dateline opening a report: a place in capitals, perhaps its state and an agency, then a dash
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\([^)]{1,20}\)\s*)?[—―–-]\s")


# Where a sentence passes from one clause to the next, so that an actor's tone is that of the words
# near it, not of the whole sentence: a semicolon, colon, dash or bracket; a comma before "and",
# "but", "who", "which" ...; the start and end of a quotation; and a conjunction that
# opens a clause ("Romney had a lead over Obama | but still lost", "the criticism comes a day |
# before Kaine faces Pence", "Christie, | who campaigned for Trump | since he suspended ...").
_CLAUSE_BREAK = re.compile(
    r"[;:—–()“]|,\s*(?=(?:and|but|or|who|whom|whose|which|where|while)\b|\")|(?<=[,.?!])[”\"]"
    r"|\b(?:but|while|although|though|whereas|because|since|after|before|when|until|unless)\b"
    r"|\b(?:showing|featuring|depicting|including)\b",  # "an ad | showing Trump making remarks ...": the ad's subject
    re.I,
)


def clause_tones(text: str, tokens: list[tuple[int, str, float]], said: Iterable[tuple[int, int]] = ()) -> list[str]:
    """The clauses of ``text`` that hold scored words (``scored_tokens``), each as "start-end:sum",
    the sum of its words' valences; ``actor_tones`` reads them. ``said``: the spans of what
    someone says in the sentence, whose ends are more breaks: a speaker's words are not the tone
    near the speaker ("Trump says | he would pay for it by eliminating the system's fraud" is
    nothing negative about Trump; a reader found it charted so)."""
    if not tokens:
        return []
    said_bounds = {at for span in said for at in span if 0 < at < len(text)}
    starts = [0, *sorted(({m.start() for m in _CLAUSE_BREAK.finditer(text)} | said_bounds) - {0})]
    ends = [*starts[1:], len(text)]
    sums: dict[int, float] = defaultdict(float)
    for at, _, valence in tokens:
        sums[bisect.bisect_right(starts, at) - 1] += valence
    return [f"{starts[i]}-{ends[i]}:{v:+.3f}" for i, v in sorted(sums.items()) if round(v, 3)]


def tone_near(starts: list[int], clauses: list[str]) -> float:
    """The tone of the clauses (``clause_tones``) in which an actor is named at ``starts``: the
    sum of their words' valences on VADER's scale from -1 to +1 (its ``normalize``)."""
    total = 0.0
    for clause in clauses:
        span, _, value = clause.partition(":")
        first, _, last = span.partition("-")
        if any(int(first) <= at < int(last) for at in starts):
            total += float(value)
    return round(analyzer().constants.normalize(total), 4)


def actor_tones(spans: dict[str, list[int]], clauses: list[str]) -> list[str]:
    """Each actor of a sentence (``actor_spans``) with the tone of the clauses that name it, as
    "name:tone": "Christie, who campaigned for Trump, blasted Clinton as a disgrace" is negative
    near Clinton and neutral near Trump."""
    return [f"{name}:{tone_near(starts, clauses):+.4f}" for name, starts in spans.items()]


_CLAIM = re.compile(r"(?<![\w-])claim(?:s|ed|ing)?(?![\w-])", re.I)
_ADVERBS = r"(?:\w+ly\s{1,3}){0,3}"
# what follows a claim that reports speech: a clause ("claimed that", "claims he could", "claimed to
# have", "which Moscow claimed hit"), a quotation or a colon, or a speech-act object ("claimed victory")
@lru_cache(maxsize=1)
def _speech_after() -> re.Pattern[str]:
    objects = "|".join(map(re.escape, lexicons().claim_speech_objects))
    return re.compile(
        rf"\s{{0,3}}{_ADVERBS}(?:that\b|to\s|[\"“‘:]|(?:he|she|it|they|we|i|you|there)\b"
        r"|(?:is|was|are|were|had|has|have|will|would|could|can|may|might|should|did|hit|\w+ed)\b"
        rf"|(?:{objects})\b)",
        re.I,
    )
# a clause without "that": a subject of up to five words, then a finite verb ("claimed its offensive
# killed civilians"); "and", "or" or a comma first means the claim took an object ("claimed lives and ...")
_CLAUSE_AFTER = re.compile(
    r"\s{1,3}(?:(?!and\b|or\b)[\w’'-]+\s{1,3}){1,5}?(?:is|was|are|were|had|has|have|will|would|could|can|\w+ed)\b", re.I
)
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|these|those|such|his|her|its|their|our|both|these|any|new)|['’]s)\s+$", re.I)
_NOUN = re.compile(r"claims?", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# a claim as a noun after its determiner or owner, up to two words between: "Trump's claim", "that
# claim", "the police's earlier claim"; or after its making: "made dubious medical claims"
_NOUN_CLAIM_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|such|his|her|its|their|our|both|any|new|that|this)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$",
    re.I,
)
_MADE_BEFORE = re.compile(r"\b(?:made|make|makes|making|repeated|repeats|repeating)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
_TITLE_AFTER = re.compile(r"(?<!\s)\s++(?:to|on|over|for)\s+(?!have\b|be\b|been\b)", re.I)  # linear on blanks
_INVERTED = re.compile(r",[\"”’']?\s*(?:[\w’'-]+\s+){1,4}$")  # "…, the ministry claimed." / "…,” he claimed."


def speech_claim(text: str, start: int, end: int) -> bool:
    """Is the claim at ``text[start:end]`` a claim of something said ("claimed that", "these claims",
    "…, Moscow claimed") rather than a taking ("claimed four regions", "claimed thousands of lives",
    "regions claimed by Moscow")?"""
    before, after = text[:start], text[end:]
    if _NOUN.fullmatch(text[start:end]):
        kind = _WORD_BEFORE.search(before)
        if kind and kind.group(1).lower() in lexicons().claim_kinds:
            return False  # "Fifth Amendment claims", "insurance claims": a right or a payment, nothing said
        if _MADE_BEFORE.search(before):
            return True  # "making dubious medical claims on air": claims someone makes are said
        if _TITLE_AFTER.match(after):
            return False  # "Russia's claim to Crimea", "a claim for damages": a title or a demand
        if _NOUN_CLAIM_BEFORE.search(before) or re.match(r"\s+(?:of|that|about)\b", after, re.I):
            return True  # "Trump's claim that", "the police's earlier claim", "claims of abuse"
    if re.match(r"\s+(?:of|by|about|from)\b", after, re.I) and _NOUN_BEFORE.search(before):
        return True  # "the claims of", "these claims by"
    if re.match(r"\s+by\b", after, re.I):
        return start == 0  # "Claims by both sides" opens a sentence; "regions claimed by Moscow" is a taking
    if _NOUN_BEFORE.search(before):
        return True  # "these claims", "Russia's claim"
    if _speech_after().match(after) or _CLAUSE_AFTER.match(after):
        return True
    return bool(re.match(r"\s*[.;!?]?\s*$", after)) and bool(_INVERTED.search(before))


def distancing(text: str, starts: list[int], sentence: str | None = None) -> list[str]:
    """The distancing phrases of a sentence (``starts``: its ``entry_starts``); "claim" only when
    it reports something said, which ``sentence`` (the text before its quotations were blanked,
    the same length) tells."""
    return [
        _phrase(m)
        for m in _finditer(lexicons().distancing, text, starts)
        if (not _CLAIM.fullmatch(m.group()) or speech_claim(sentence or text, m.start(), m.end()))
        and not (m.group().lower() == "supposed" and _TO_AFTER.match(text, m.end()))
        and not (_SO_CALLED.fullmatch(m.group()) and _names_a_term(sentence or text, m.end()))
    ]


_SO_CALLED = re.compile(r"so[- ]called", re.I)


def _names_a_term(text: str, at: int) -> bool:
    """Does a name ("the so-called Trans-Pacific Partnership") or a fixed term of the news ("so-called
    carried interest") follow "so-called" at ``at``, without quotation marks? Then the reporter
    introduces a term, as the AP Stylebook uses "so-called", and keeps no claim at a distance."""
    rest = text[at:]
    return bool(re.match(r"\s+[A-Z]", rest) or lexicons().descriptive.match(rest.lstrip()))

_TO_AFTER = re.compile(r"\s+to\b")  # "was supposed to speak": expected, no claim held at a distance

_WORD = re.compile(r"[A-Za-z](?:[\w'’&-]|\.(?=\w))*")  # "U.S", not the full stop after "States"
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:;\"“‘(—–]\s*|\n)$")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs", "from"}
TITLE_CASE_SHARE = 0.8  # a headline with this share of its other words capitalised is in title case


def _opens(text: str, start: int) -> bool:
    return bool(_SENTENCE_OPENER.search(text[max(0, start - 3) : start]))


def name_words(text: str) -> frozenset[str]:
    """The words a text writes only capitalised inside its sentences: parts of its names
    ("wells" and "fargo" of "Wells Fargo"), lower-cased; and the runs of capitalised words it
    writes inside its sentences ("republican party", whatever "party" is elsewhere)."""
    capitalised, lower = set(), set()
    for m in _WORD.finditer(text):
        word = m.group()
        if word.islower():
            lower.add(word)
        elif not _opens(text, m.start()):
            capitalised.add(word.lower())
    runs = {" ".join(m.group().split()).lower() for m in _NAME_RUN.finditer(text) if not _opens(text, m.start())}
    return frozenset((capitalised - lower) | runs)


_NAME_RUN = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){1,3}")


# a capitalised word (not after a letter, "'", "&", "." or "-"): the capital first, so that the
# search skips to the next capital (``test_screens``: the same matches as the lookbehind first)
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’&.-][A-Z])(?:[\w'’&-]|\.(?=\w))*")
_BEFORE_CAPITAL = re.compile(r"[ \t]+(?=[A-Z])")


def title_case(text: str) -> bool:
    """Is ``text`` (a headline) in title case: nearly every word but the small ones capitalised?"""
    others = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    return bool(others) and sum(w[0].isupper() for w in others) >= TITLE_CASE_SHARE * len(others)


def mask_names(text: str, names: frozenset[str] | None = None) -> str:
    """``text`` with the words of its names replaced by as many "x" (no word of VADER's lexicon, and
    every offset kept), so that "Wells Fargo", "Green Party", "Super PACs" or "United States" do not
    colour a sentence. A word is part of a name when it is capitalised inside the sentence, or opens
    it before such a word. For a headline, give the ``names`` of its article's body (``name_words``):
    in title case, where every word is capitalised, only those are masked."""
    if names is not None and title_case(text):
        for phrase in (n for n in names if " " in n and n in text.lower()):  # "Republican Party"
            pattern = rf"(?<!\w){re.escape(phrase)}(?!\w)"
            text = re.sub(pattern, lambda m: re.sub(r"\S", "x", m.group()), text, flags=re.I)
        return _WORD.sub(lambda m: "x" * len(m.group()) if m.group().lower() in names else m.group(), text)

    def mask(m: re.Match[str]) -> str:
        # inside the sentence, or opening it before another capitalised word ("The Green Party")
        if not _opens(text, m.start()) or _BEFORE_CAPITAL.match(text, m.end()):
            return "x" * len(m.group())
        return m.group()

    return _CAPITALISED.sub(mask, text)


_QUOTED = re.compile(r"“[^“”]{1,600}”|\"[^\"]{1,600}\"")


def reporters_words(masked: str) -> str:
    """A sentence whose names are masked (``mask_names``) without what others say: quoted words
    blanked, so that the loaded words and distancing counted are the reporter's choice, not a
    source's ("an act of terrorism", in a mayor's quoted words) or a name's ("Justice Against
    Sponsors of Terrorism Act"). A quotation that runs on past the sentence, or began before it, is
    blanked to the sentence's end or from its start ("“Do you still believe that the acts of
    terrorism ...?" in a mother's question of two sentences)."""
    own = _QUOTED.sub(_spaces, masked)
    if (opened := own.find("“")) >= 0:
        own = own[:opened] + " " * (len(own) - opened)
    if (closed := own.rfind("”")) >= 0:
        own = " " * (closed + 1) + own[closed + 1 :]
    return own


def _unsaid(own: str, said: Sequence[tuple[int, int]]) -> str:
    """``own`` with the spans of ``said`` blanked (offsets kept)."""
    for start, end in said:
        if 0 <= start < end:
            own = own[:start] + " " * (end - start) + own[end:]
    return own


_LIKE = re.compile(r"\blike\b", re.I)
_LIKES = re.compile(r"(?:\b(?:i|we|you|they|would|do|does|did|to)|'d|n't|’d|n’t)\s+$", re.I)


def _verb_like_only(text: str) -> str:
    """``text`` with "like" masked where it is no verb: news writes it mostly as a preposition ("a
    candidate like Trump", "looks like a win"), which VADER scores +1.5 as if someone liked something.
    It stays after a subject pronoun, an auxiliary or "to" ("voters would like", "I like")."""
    if "like" not in text.lower():
        return text
    return _LIKE.sub(lambda m: m.group() if _LIKES.search(text[max(0, m.start() - 12) : m.start()]) else "xxxx", text)


def _descriptive_masked(masked: str, text: str, starts: list[int] | None = None) -> str:
    """``masked`` (``text`` with its names masked, every offset kept) with the fixed phrases of
    ``text`` that describe rather than judge ("health care", "a dead heat", "super PACs") masked
    too: found in the text, where a name's capitals are still there (at ``starts`` only, the
    ``entry_starts`` of the text, when the caller has them)."""
    pattern = lexicons().descriptive
    for m in pattern.finditer(text) if starts is None else _finditer(pattern, text, starts):
        masked = masked[: m.start()] + re.sub(r"\S", "x", m.group()) + masked[m.end() :]
    return masked


def vader_text(text: str, names: frozenset[str] | None = None) -> str:
    """What VADER scores of a sentence or a headline (``names`` as for ``mask_names``): its words
    without its names, its descriptive phrases and "like" as a preposition."""
    return _verb_like_only(_descriptive_masked(mask_names(text, names), text))


def sentence_framing(
    text: str, mentions: list[Mention] | None = None, quoted: bool = False, said: Sequence[tuple[int, int]] = ()
) -> dict[str, object]:
    """Every framing column of one sentence, each with the words that produced it (names neither
    scored nor framed; loaded words and distancing in the reporter's own words only: none in a
    sentence that is ``quoted`` whole, a passage of another outlet's or a speaker's words that runs
    over several sentences, nor in ``said``, the spans of the statements it reports, quoted or not:
    "Obama said that because terrorists are Muslim does not mean ..." is Obama's word, not the
    reporter's). ``mentions``: the gazetteer's ``actor_mentions`` of the sentence, when the caller
    has them."""
    masked = mask_names(text)
    starts = entry_starts(text)
    scores, tokens = scored_tokens(_verb_like_only(_descriptive_masked(masked, text, starts)))  # vader_text
    lex = lexicons()
    # a frame is in the words, not in a name ("the Department of Justice" is no moral message)
    named_starts = kept_starts(starts, text, masked)
    frames = {name: matches(p, masked, named_starts) for name, p in lex.frames.items()} if named_starts else {}
    if any(frames.values()) and lex.frame_idioms.search(masked):
        plain = lex.frame_idioms.sub(_spaces, masked)  # "both sides of the aisle" is agreement, not two sides
        frames = {name: matches(p, plain, kept_starts(named_starts, masked, plain)) for name, p in lex.frames.items()}
    own = " " * len(text) if quoted else _unsaid(reporters_words(masked), said) if starts else text
    own_starts = kept_starts(named_starts, masked, own)
    return {
        "compound": scores["compound"],
        "positive": scores["pos"],
        "negative": scores["neg"],
        "vader_words": [f"{w}:{v:+g}" for _, w, v in tokens],
        "distancing": distancing(own, own_starts, text),
        "loaded": loaded_words(own, own_starts),
        "frames": sorted(name for name, found in frames.items() if found),
        "frame_words": sorted({f"{name}:{w}" for name, found in frames.items() for w in found}),
        "actors": list(spans := actor_spans(text, mentions)),
        "clause_tones": (clauses := clause_tones(text, tokens, said)),
        "actor_tones": actor_tones(spans, clauses),
    }


# --------------------------------------------------------------------------- profiles over the tables

Row = dict[str, object]
_NEGATIONS = re.compile(r"\b(?:not|no|never|n't|without|nor|neither|none)\b", re.I)


def _negated(sentence: str, scored: Container[str]) -> bool:
    """A negation among the three words before a scored word: VADER's own window."""
    tokens = [t.lower() for t in re.findall(r"[\w'’]+", plain_typography(sentence))]
    return any(
        t in scored and any(_NEGATIONS.fullmatch(w) or w.endswith(("n't", "n’t")) for w in tokens[max(0, i - 3) : i])
        for i, t in enumerate(tokens)
    )


def _pairs(items: list[object] | None) -> list[tuple[str, float]]:
    """A list written "word:value" (``vader_words``, ``actor_tones``) as (word, value) pairs: the
    value after the last colon, so that a name may hold one."""
    out = []
    for item in items or []:
        word, _, value = str(item).rpartition(":")
        out.append((word, float(value)))
    return out


def _valences(row: Row) -> list[tuple[str, float]]:
    return _pairs(row.get("vader_words"))


def tone_label(value: float, neutral_band: float) -> str:
    if value > neutral_band:
        return "positive"
    if value < -neutral_band:
        return "negative"
    return "neutral"


def article_profiles(
    articles: list[Row],
    sentences: list[Row],
    quotes: list[Row],
    neutral_band: float = 0.05,
    frame_threshold: float = 0.1,
    frame_names: list[str] | None = None,
    sides: list[str] | None = None,
) -> list[Row]:
    """One row per article: headline and body tone, distancing and loaded words per 100
    sentences, the share of sentences in each frame, and the share of each of ``sides``
    (default: every side quoted) among its quoted sources."""
    frame_names = frame_names or sorted(lexicons().frames)
    if sides is None:
        sides = sorted({str(q.get("speaker_side") or "unknown") for q in quotes})
    sentences_of: dict[object, list[Row]] = defaultdict(list)  # each table read once, not once per article
    for s in sentences:
        sentences_of[s["article_id"]].append(s)
    sources_of: dict[object, list[Row]] = defaultdict(list)
    for q in quotes:
        if not q.get("scare"):
            sources_of[q["article_id"]].append(q)
    out = []
    for article in articles:
        aid = article["article_id"]
        own = sentences_of[aid]
        n = len(own) or 1
        tones = [float(s["compound"]) for s in own]
        sources = sources_of[aid]
        shares = {side: sum(1 for q in sources if (q.get("speaker_side") or "unknown") == side) for side in sides}
        row: Row = {
            "article_id": aid,
            "outlet": article.get("outlet"),
            "headline_tone": (headline := _headline_tone(article)),
            "headlines": int(headline is not None),
            "body_tone": round(sum(tones) / n, 4),
            "negative_share": round(sum(1 for t in tones if tone_label(t, neutral_band) == "negative") / n, 4),
            "positive_share": round(sum(1 for t in tones if tone_label(t, neutral_band) == "positive") / n, 4),
            "distancing_per_100": round(100 * sum(len(s.get("distancing") or []) for s in own) / n, 2),
            "loaded_per_100": round(100 * sum(len(s.get("loaded") or []) for s in own) / n, 2),
            "sources": len(sources),
            "sentences": len(own),
            "distancing": sum(len(s.get("distancing") or []) for s in own),
            "loaded": sum(len(s.get("loaded") or []) for s in own),
        }
        for name in frame_names:
            share = sum(1 for s in own if name in (s.get("frames") or [])) / n
            row[f"frame: {name}"] = round(share, 4)
        row["frames present"] = [f for f in frame_names if row[f"frame: {f}"] >= frame_threshold]
        for side, count in shares.items():
            row[f"sources: {side}"] = round(count / len(sources), 4) if sources else 0.0
        out.append(row)
    return out


# A headline's tone is told only when a word of at least this valence (VADER's scale runs from -4
# to +4) is in it. A reader of the PolNeAR dev book found 11 of 46 headline tones wrong, most of them
# carried by one mild word that names the story's topic ("Trump urges supporters to monitor polling
# places" +0.44 from "supporters" +1.9; "Old Hands Help Russia" from "Help" +1.7).
STRONG_VALENCE = 2.0


def headline_scored(words: Sequence[str] | None) -> bool:
    """Whether a headline's VADER words (``word:+valence``, the articles table's
    ``headline_vader_words``) tell its tone: one of them of ``STRONG_VALENCE`` or more, and the strong
    ones of one sign. A headline with none, with mild words only, or with strong words that pull both
    ways ("would have loved Trump ... normalizing hate": +0.05) is "not scored": its score is no
    evidence of its tone."""
    strong = [v for w in words or () if abs(v := float(w.rpartition(":")[2])) >= STRONG_VALENCE]
    return bool(strong) and (all(v > 0 for v in strong) or all(v < 0 for v in strong))


def _headline_tone(article: Row) -> float | None:
    """A headline's VADER score, or None when it is not scored (``headline_scored``): its 0 is no
    evidence of a neutral headline ("Trump still ducks on taxes" scores nothing). A row without the
    words column (an older table) keeps its score."""
    words = article.get("headline_vader_words")  # a list, or an array from Parquet
    if words is not None and not headline_scored(list(words)):
        return None
    return float(article.get("headline_compound") or 0.0)


_PER_SENTENCE = ("body_tone", "negative_share", "positive_share", "distancing_per_100", "loaded_per_100")


def pooled(profiles: list[Row], by: str, frame_threshold: float = 0.1) -> list[Row]:
    """``article_profiles`` of the articles of each ``by`` (an outlet) as one profile over all their
    sentences and sources: a rate per sentence weighted by the articles' sentences, a share of
    sources by their sources, so that a four-sentence item weighs four sentences, not one outlet's
    article. The headline tone is the mean of the articles' scored headlines (``headlines`` of them;
    None when none is scored), to be set against ``headline_body_tone``, the tone of those same
    articles' bodies: a reader found one headline set against the body of seven articles."""
    groups: dict[object, list[Row]] = defaultdict(list)
    for p in profiles:
        groups[p.get(by)].append(p)
    out = []
    for key, rows in groups.items():
        n = sum(int(r["sentences"]) for r in rows) or 1
        sources = sum(int(r["sources"]) for r in rows)
        headed = [r for r in rows if r.get("headline_tone") is not None]
        scored = [float(r["headline_tone"]) for r in headed]
        headed_sentences = sum(int(r["sentences"]) for r in headed)
        row: Row = {
            by: key,
            "headline_tone": round(sum(scored) / len(scored), 4) if scored else None,
            "headline_body_tone": (
                round(sum(float(r["body_tone"]) * int(r["sentences"]) for r in headed) / headed_sentences, 4)
                if headed_sentences
                else None
            ),
            "headlines": len(scored),
            "sources": sources,
            "sentences": sum(int(r["sentences"]) for r in rows),
            "distancing": sum(int(r["distancing"]) for r in rows),
            "loaded": sum(int(r["loaded"]) for r in rows),
            "articles": len(rows),
        }
        for column in rows[0]:
            if column in _PER_SENTENCE or column.startswith("frame: "):
                row[column] = round(sum(float(r[column]) * int(r["sentences"]) for r in rows) / n, 4)
            elif column.startswith("sources: "):
                weighted = sum(float(r[column]) * int(r["sources"]) for r in rows)
                row[column] = round(weighted / sources, 4) if sources else 0.0
        frames = [c for c in row if c.startswith("frame: ")]
        row["frames present"] = [c.removeprefix("frame: ") for c in frames if float(row[c]) >= frame_threshold]
        out.append(row)
    return out


CAST_PEOPLE = 12  # the most quoted people of the cast whose mentions the tone chart counts too
_DOMINANT = 0.75


def cast_mentions(cast: list[Row], most: int = CAST_PEOPLE) -> dict[str, re.Pattern[str]]:
    """The most quoted people of the corpus's cast, each with a pattern for the words that name
    them: the full name, and the surname alone where it is theirs (no other speaker of that
    surname, or three quarters of that surname's statements), so that a campaign's candidates
    are actors of the tone chart although the gazetteer does not know them."""
    given = first_names()
    people = [  # named people: a first name and a surname ("Fellow Republicans" is no one)
        m
        for m in cast
        if m.get("type") == "person" and len(words := str(m["name"]).split()) >= 2 and words[0].lower() in given
    ]
    by_surname: dict[str, list[Row]] = {}
    for m in people:
        by_surname.setdefault(str(m["name"]).split()[-1], []).append(m)
    out = {}
    for m in sorted(people, key=lambda m: -int(m["n_statements"]))[:most]:
        name = str(m["name"])
        namesakes = by_surname[name.split()[-1]]
        total = sum(int(n["n_statements"]) for n in namesakes)
        own = len(namesakes) == 1 or int(m["n_statements"]) >= _DOMINANT * total
        surname = rf"|(?P<before>\b[A-Z][a-z]+ )?{re.escape(name.split()[-1])}" if own else ""
        out[name] = re.compile(rf"(?<![\w-])(?:{re.escape(name)}{surname})(?![\w-])")
    return out


_COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Dr"}
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")


def _introduced(name: str, text: str) -> bool:
    """Whether an article names the person ``name`` (a cast member) so that their surname alone may
    stand for them: in full, or after a title and never after another first name."""
    if name in text:
        return True
    first, surname = name.split()[0], name.split()[-1]
    before = []  # the capitalised word before each use of the surname (found as a string: cheap)
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        after = text[end : end + 1]
        if not (after.isalnum() or after in "-_") and (m := _WORD_BEFORE.search(text, max(0, at - 30), at)):
            before.append(m.group(1))
        at = text.find(surname, end)
    names = first_names()
    titled = any(w in _COURTESY_TITLES or title_role(w) or is_role_word(w.lower()) for w in before)
    return titled and all(w == first or w.lower() not in names for w in before)  # not Bill's "Clinton"


def _names(pattern: re.Pattern[str], sentence: str, first: str) -> list[int]:
    """Where ``pattern`` (``cast_mentions``) names its person in ``sentence``: the surname alone
    not after another first name ("President Bill Clinton's crime bill" in a corpus whose Clinton
    is Hillary), after a title it may be ("President Obama", "Senator Sanders")."""
    starts = []
    for m in pattern.finditer(sentence):
        before = (m.groupdict().get("before") or "").strip()
        if not before or before == first or before.lower() not in first_names():
            starts.append(m.start())
    return starts


def with_cast_people(sentences: list[Row], cast: list[Row], most: int = CAST_PEOPLE) -> list[Row]:
    """The sentences with the cast's most quoted people added to the actors each names. A surname
    alone names them only in an article that gives their full name, or their surname after a
    title ("President Obama") and no one else's first name before it: "Scott" in a story about
    Keith Lamont Scott, or about Dred Scott, is not Rep. Bobby Scott."""
    patterns = cast_mentions(cast, most)
    parts: dict[str, list[str]] = {}
    for s in sentences:
        parts.setdefault(str(s["article_id"]), []).append(str(s["sentence"]))
    texts = {article: " ".join(sentences_of) for article, sentences_of in parts.items()}
    introduced = {(article, name) for article, text in texts.items() for name in patterns if _introduced(name, text)}
    out = []
    for s in sentences:
        known = set(s.get("actors") or [])
        named = {
            name: starts
            for name, pattern in patterns.items()
            if name not in known
            and (s["article_id"], name) in introduced
            and (starts := _names(pattern, str(s["sentence"]), name.split()[0]))
        }
        if named:
            tones = [*(s.get("actor_tones") or []), *actor_tones(named, s.get("clause_tones") or [])]
            s = {**s, "actors": sorted({*known, *named}), "actor_tones": sorted(tones)}
        out.append(s)
    return out


def tones_of(sentence: Row) -> dict[str, float]:
    """The tone near each actor of a sentence row (its ``actor_tones``)."""
    return dict(_pairs(sentence.get("actor_tones")))


def tone_near_rows(sentences: list[Row], actors: Container[str]) -> list[Row]:
    """One row per sentence and actor of ``actors`` it names: the tone near the actor, the sentence,
    its article and its scored words (the evidence behind ``actor_tone``)."""
    return [
        {
            "actor": name,
            "tone": tone,
            "article_id": s.get("article_id"),
            "sentence": s["sentence"],
            "vader_words": s.get("vader_words") or [],
        }
        for s in sentences
        for name, tone in tones_of(s).items()
        if name in actors
    ]


def actor_tone(sentences: list[Row], min_mentions: int = 2, actors: list[str] | None = None) -> list[Row]:
    """Mean tone of the clauses that name each actor (``actor_tones``), over the sentences that
    name it, with how many there are."""
    by_actor: dict[str, list[float]] = {}
    for s in sentences:
        for name, tone in tones_of(s).items():
            by_actor.setdefault(name, []).append(tone)
    out = []
    for name, tones in sorted(by_actor.items()):
        if (actors and name not in actors) or len(tones) < min_mentions:
            continue
        out.append(
            {
                "actor": name,
                "sentences": len(tones),
                "mean_tone": round(sum(tones) / len(tones), 4),
                "most_negative": min(tones),
                "most_positive": max(tones),
            }
        )
    return out


def doubtful(sentences: list[Row], quotes: list[Row]) -> list[Row]:
    """Sentences whose VADER label is most open to doubt, with the reason for each.

    Doubt is raised by words of both signs in one sentence, a negation near a scored
    word, and a score carried by quoted speech (someone else's words, not the report's).
    """
    quoted: dict[object, list[str]] = {}
    for q in quotes:
        if q.get("kind") != "indirect" and not q.get("scare"):  # a label in quotation marks is nobody's speech
            quoted.setdefault(q["article_id"], []).append(str(q["sentence"]))
    out = []
    negated = cache(_negated)  # a sentence reprinted by many articles is read once
    for s in sentences:
        words = _valences(s)
        if not words:
            continue
        reasons = []
        if any(v > 0 for _, v in words) and any(v < 0 for _, v in words):
            reasons.append("positive and negative words in one sentence")
        sentence = str(s["sentence"])
        if negated(sentence, frozenset(w.lower() for w, _ in words)):
            reasons.append("negation near scored words")
        if any(sentence in text or text in sentence for text in quoted.get(s["article_id"], [])):
            reasons.append("the score comes from quoted speech")
        if reasons:
            strength = sum(abs(v) for _, v in words)
            out.append({**s, "reasons": reasons, "doubt": len(reasons) + strength / 10})
    return sorted(out, key=lambda r: -float(r["doubt"]))


def scored_vocabulary(sentences: list[Row]) -> list[Row]:
    """Every word VADER scored in the corpus, with its valence, how often it counted, and,
    for words listed in ``news_senses``, the sense they have in news reporting instead."""
    counts: dict[str, list[float]] = {}
    for s in sentences:
        for word, value in _valences(s):
            counts.setdefault(word.lower(), []).append(value)
    lexicon = analyzer().lexicon
    senses = lexicons().news_senses
    return sorted(
        (
            {
                "word": w,
                "valence in the lexicon": lexicon.get(w),
                "times": len(v),
                "total effect": round(sum(v), 3),
                "its sense in the news": senses.get(w),
            }
            for w, v in counts.items()
        ),
        key=lambda r: (-abs(float(r["total effect"])), r["word"]),
    )


def verb_choice(quotes: list[Row], by: str = "article_id") -> list[Row]:
    """For each article (or outlet) and side: statements with a verb, and the share
    introduced by a loaded verb (claim, admit, insist, boast, deny ...)."""
    counts: dict[tuple[object, str], list[int]] = {}
    for q in quotes:
        if q.get("scare") or not q.get("cue"):
            continue
        key = (q.get(by), str(q.get("speaker_side") or "unknown"))
        total_loaded = counts.setdefault(key, [0, 0])
        total_loaded[0] += 1
        total_loaded[1] += q.get("cue_tone") == "loaded"
    return [
        {by: k[0], "speaker_side": k[1], "statements": n, "loaded": loaded, "loaded_share": round(loaded / n, 4)}
        for k, (n, loaded) in sorted(counts.items(), key=lambda item: (str(item[0][0]), item[0][1]))
    ]
