"""Quoted words with no speaker: what the text says they are.

The export keeps apart the few words in quotation marks that no attribution claims (the
``scare`` rows of the quotes table). Calling them all scare quotes, the writer's distance from a
label, overstates it: read against PolNeAR's election articles most are someone's words quoted in
passing ("calls people “losers”", "his claim that people would “learn nothing”"), words quoted
earlier in the article, or a name or a term ("a box labeled “medical problem”", a "targeted
employment area", which is defined as ...). Each row is read by the cue the text gives next to
it, and where the text gives none the book says so rather than guess:

* **someone's words**: a speaker the export found for it ("what he called"), the same words in one
  of the article's statements, or a speech verb or noun before it in its clause ("reported",
  "a call for", "his claim that", "message:");
* **a name or term**: a naming participle after a noun ("a box labeled", "a group called", "known
  as"), "the term", "the phrase", "defined as" after it, or capitals throughout (a title);
* **the writer's distance**: "so-called" before it;
* **no cue**: a label the writer may hold at a distance, or someone's words the text does not tie
  to them: a reader decides.

The cue words are in ``data/quoted_words.yml`` with their sources; the speech verbs and nouns are
the attribution cues of ``data/cues.yml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from corpus_utils.data import data_yaml
from corpus_utils.quotes.words import _BE, cues

SOMEONES_WORDS = "someone’s words"
NAME_OR_TERM = "a name or term"
DISTANCE = "the writer’s distance"
NO_CUE = "no cue"
BESIDE = "named beside them"  # the export's speaker for the words ("what he called")
ELSEWHERE = "quoted elsewhere in the article"

# where a clause ends before a quotation: its words after this say what the quotation is
_CLAUSE_BREAK = re.compile(r"[,;()—–]|[”\"](?=\s)|\s-\s")
_WORD = re.compile(r"[\w’'-]+")
_DEFINED_AFTER = re.compile(
    r"^[”\"’']?[,.]?[”\"]?\s*(?:,\s*)?(?:(?:which|that)\s+(?:is|was|are|were)\s+)?defined\s+as\b", re.I
)
_COORDINATED = re.compile(r"^\s*+(?:,\s*+)?(?:and|or|and\s+then|nor)?\s*+$")  # blanks taken once: linear
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "what"}
_DETERMINERS = {"a", "an", "the", "this", "that", "their", "his", "her", "its", "our", "my", "your"}
_CONTENT_OPENERS = {"that", "of", "for", "about", "to", "calling", "saying", "urging", "asking"}


@dataclass(frozen=True)
class Reading:
    """What a quotation with no speaker is, and the words of the text that say so."""

    kind: str  # SOMEONES_WORDS, NAME_OR_TERM, DISTANCE or NO_CUE
    cue: str  # the text's words behind it ("labeled", "calls", ``BESIDE``, ``ELSEWHERE``); empty for NO_CUE
    speaker: str = ""  # whose words, where the text says

    def __str__(self) -> str:
        """As the page shows it: "someone’s words (Donald Trump, quoted elsewhere in the article)"."""
        detail = ", ".join(part for part in (self.speaker, self.cue) if part)
        return f"{self.kind} ({detail})" if detail else self.kind


@dataclass(frozen=True)
class _Lexicon:
    naming: frozenset[str]  # participles that name a thing after a noun: "a box labeled"
    naming_phrases: tuple[str, ...]  # "known as"
    term_nouns: frozenset[str]  # "the term", "the phrase"
    speech_nouns: frozenset[str]  # "his claim that", "a call for"
    distance: tuple[str, ...]  # "so-called"
    speech_verbs: frozenset[str]  # the forms of the attribution verbs of cues.yml (not those that need a particle)
    clause_only: frozenset[str]  # forms that are more often nouns ("states"): a cue only before "that"
    naming_verbs: frozenset[str]  # the forms of the verbs that name ("call", "dub"): cues.yml's ``naming``


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = data_yaml("quoted_words.yml")
    attribution = cues()
    nouns = {*data["speech_nouns"], *attribution.nouns, *attribution.plural_nouns}
    return _Lexicon(
        frozenset(data["naming"]),
        tuple(data["naming_phrases"]),
        frozenset(data["term_nouns"]),
        frozenset(nouns),
        tuple(data["distance"]),
        frozenset(form for form, (_, entry) in attribution.verbs.items() if not entry.get("needs_particle")),
        frozenset(form for _, entry in attribution.verbs.values() for form in entry.get("clause_only_forms", ())),
        frozenset(form for form, (_, entry) in attribution.verbs.items() if entry.get("naming")),
    )


def read_quoted_words(
    quote: str, sentence: str, owner: str = "", said_elsewhere: str | None = None, previous: Reading | None = None
) -> Reading:
    """What the quotation ``quote`` of ``sentence`` is. ``owner``: the speaker the export gave it
    ("what he called"), if any; ``said_elsewhere``: the speaker of a statement of the same article
    whose words hold it ("" for a statement with no speaker), None when none does; ``previous``:
    the reading of a quotation just before it in the sentence that it is coordinated with
    ("calls people “losers” and “sad”")."""
    at = sentence.find(quote)
    before = sentence[: max(0, at - 1)] if at >= 0 else ""
    after = sentence[at + len(quote) :] if at >= 0 else ""
    if owner:
        return Reading(SOMEONES_WORDS, BESIDE, owner)
    if said_elsewhere is not None:
        return Reading(SOMEONES_WORDS, ELSEWHERE, said_elsewhere)
    if previous is not None and at >= 0 and _COORDINATED.match(_after_last_quote(before)):
        return previous
    clause = _CLAUSE_BREAK.split(before)[-1]
    lexicon = _lexicon()
    tokens = _WORD.findall(clause)
    words = [w.lower() for w in tokens]
    lowered = clause.lower()
    if distance := _ending(lowered, lexicon.distance):
        return Reading(DISTANCE, distance)
    if _DEFINED_AFTER.match(after):
        return Reading(NAME_OR_TERM, "defined as")
    if phrase := _ending(lowered, lexicon.naming_phrases):
        return Reading(NAME_OR_TERM, phrase)
    if len(words) >= 2 and words[-1] in lexicon.term_nouns and words[-2] == "the":
        return Reading(NAME_OR_TERM, f"the {words[-1]}")
    if before.rstrip().endswith(":"):
        return Reading(SOMEONES_WORDS, "a colon")
    if cue := _speech_cue(tokens):
        return cue
    if _title(quote) and at > 0 and not _title(sentence):  # a headline capitalises every word
        return Reading(NAME_OR_TERM, "capitals (a title)")
    return Reading(NO_CUE, "")


def _ending(clause: str, phrases: tuple[str, ...]) -> str | None:
    """The phrase of ``phrases`` that ``clause`` (lower case) ends with, if any ("so-called")."""
    return next((p for p in phrases if re.search(rf"\b{re.escape(p)}\s*$", clause)), None)


def _speech_cue(words: list[str]) -> Reading | None:
    """The reading the last cue word of a clause gives the quotation after it: a naming participle
    among its last three words ("a box labeled", "what he called Machado's"), a speech verb ("calls
    people", "saying he would"), a noun of something said before its content ("his claim that",
    "a call for"). Capitalised words are names ("The Post"), not cues."""
    lexicon = _lexicon()
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word[:1].isupper():
            continue
        before = words[k - 1].lower() if k else ""
        if word in lexicon.naming and len(words) - k <= 3:
            if not before or (before not in _PRONOUNS and before not in _BE and not words[k - 1][:1].isupper()):
                return Reading(NAME_OR_TERM, word)  # "a box labeled", "A blog, called the": the thing's name
            return Reading(SOMEONES_WORDS, word)  # "what he called", "Trump called her", "has been called"
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if word in lexicon.clause_only and after != "that":
            continue  # "New York state"
        if word in lexicon.naming_verbs and len(words) - k == 2 and words[k + 1].lower() in _DETERMINERS:
            continue  # "to call a “special meeting”": the quotation is its object, not a name it gives
        if word in lexicon.speech_verbs and not (before in _BE and word.endswith("ed")):  # "were admitted"
            return Reading(SOMEONES_WORDS, word)
        if word in lexicon.speech_nouns and after in _CONTENT_OPENERS:
            return Reading(SOMEONES_WORDS, word)
    return None


def _after_last_quote(before: str) -> str:
    """The text between the last closing quotation mark of ``before`` and its end."""
    marks = [before.rfind(m) for m in ("”", '"')]
    last = max(marks)
    return before[last + 1 :] if last >= 0 else "x"  # no quotation before: not coordinated


def _title(text: str) -> bool:
    """Capitals throughout: a name or a title ("Politicking", "Larry King Now"), or a headline
    (its words of four letters or more)."""
    words = [w for w in (w.strip("\"“”‘’'(") for w in text.split()) if len(w) >= 4 or len(text.split()) <= 6]
    return len(words) > 0 and all(w[:1].isupper() for w in words) and text.lower() not in _PRONOUNS


def unattributed_readings(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes table's rows with no speaker's attribution (``scare``), each with its ``reading``
    (``Reading.kind``), ``cue`` and the two as the page shows them (``shown``). A quotation is
    someone's words when a quotation of the same article holds the same words (its speaker named)."""
    scare = quotes[quotes["scare"].astype(bool)].copy()
    quoted = quotes["kind"].isin(["direct", "partial"])  # a paraphrase's words are the writer's
    claimed = quotes[quoted & (~quotes["scare"].astype(bool) | quotes["speaker"].notna())]  # and words with an owner
    claimed = claimed[claimed["article_id"].isin(set(scare["article_id"]))]
    by_article: dict[str, list[tuple[str, str, int]]] = {}
    for article, text, who, start in zip(
        claimed["article_id"],
        claimed["quote"].astype(str),
        claimed["speaker"].fillna("").astype(str),
        claimed["char_start"],
        strict=True,
    ):
        by_article.setdefault(article, []).append((text, who, start))
    readings: list[Reading] = []
    last: tuple[str, str, Reading] | None = None  # the previous row's article, sentence and reading
    for row in scare.sort_values(["article_id", "char_start"]).itertuples():
        others = [
            (text, who, start) for text, who, start in by_article.get(row.article_id, []) if start != row.char_start
        ]
        said = _said_elsewhere(str(row.quote), int(row.char_start), others)
        previous = last[2] if last and last[:2] == (row.article_id, row.sentence) else None
        owner = row.speaker if isinstance(row.speaker, str) else ""
        reading = read_quoted_words(str(row.quote), str(row.sentence), owner, said, previous)
        readings.append(reading)
        last = (row.article_id, row.sentence, reading)
    scare = scare.sort_values(["article_id", "char_start"])
    scare["reading"] = [r.kind for r in readings]
    scare["cue"] = [r.cue for r in readings]
    scare["shown"] = [str(r) for r in readings]
    return scare


def _said_elsewhere(quote: str, at: int, statements: list[tuple[str, str, int]]) -> str | None:
    """The speaker of a quotation elsewhere in the article (each with its offset) that holds
    ``quote``'s words ("" when it has none), or None: the whole of that quotation ("sex tape" and
    "sex tape"), or a part of one quoted before it ("the “sex tape” reference" after a tweet's "check
    out sex tape"); a phrase of one or two words inside a later quotation is not its speaker's ("homicidal
    ideation", which a doctor typed and the patient then repeats), three words or more may be."""
    words = quote.strip(" .,;:!?").lower()
    if not words:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
    long_enough = len(words.split()) >= _PART_WORDS
    for text, speaker, start in statements:
        other = text.strip(" .,;:!?").lower()
        if other == words or ((long_enough or start < at) and " " in words and pattern.search(other)):
            return speaker
    return None


_PART_WORDS = 3  # a quotation this long found inside another is that speaker's words


def summary(readings: pd.DataFrame) -> str:
    """One sentence for the page: how many quotations with no speaker each reading holds."""
    n = len(readings)
    if not n:
        return "No words in quotation marks without a speaker."
    counts = readings["reading"].value_counts()
    someones = int(counts.get(SOMEONES_WORDS, 0))
    elsewhere = int(readings["cue"].isin([BESIDE, ELSEWHERE]).sum())
    parts = [
        f"{someones:,} {'is' if someones == 1 else 'are'} someone’s words ({elsewhere:,} quoted elsewhere in the "
        "article or with a speaker named beside them, the others after a speech verb or noun)",
        f"{int(counts.get(NAME_OR_TERM, 0)):,} a name or a term",
        f"{int(counts.get(DISTANCE, 0)):,} held at a distance by a word such as “so-called”",
        f"{int(counts.get(NO_CUE, 0)):,} have no cue beside them: the writer’s distance from a label, or words "
        "of someone the text does not tie to them",
    ]
    parts = [part for part in parts if not part.startswith("0 ")]
    return f"{n:,} words in quotation marks without a speaker: " + "; ".join(parts) + "."
