"""Compare articles with each other: distinctive vocabulary and shared text.

Rewrites of one wire story are common in news corpora; a reader should see which
reports are independent and which repeat each other. Three measures, all over the
``articles`` table (never the raw files):

* ``distinctive_terms``: words over-used by one article against the rest of the
  corpus, by the log-odds ratio with an informative Dirichlet prior (Monroe,
  Colaresi & Quinn 2008, "Fightin' Words"), which does not over-rank rare words as
  plain frequency ratios do.
* ``similarity_matrix``: cosine similarity of TF-IDF vectors, article by article.
* ``aligned_sentences`` and ``shared_passages``: paraphrased sentence pairs (content
  word overlap) and verbatim runs of words that two articles share.
"""

from __future__ import annotations

import base64
import bisect
import calendar
import hashlib
import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from itertools import combinations

import numpy as np

from corpus_utils.actors import TITLE_ABBREVIATIONS, first_names, gazetteer
from corpus_utils.data import stopwords
from corpus_utils.dates import MONTHS, parse_iso_date
from corpus_utils.numerals import TENS, UNITS

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessive ’s folded into the word ("Russia’s" -> "russia")."""
    return [_unpossessed(t.lower()) for t in _TOKEN.findall(text)]


def _unpossessed(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Two sentences of different articles whose content words overlap this much (Dice) report the
# same fact: the timeline merges their events and the numbers audit compares their figures.
SAME_FACT = 0.3


def dice(a: set[str], b: set[str]) -> float:
    """Dice's coefficient of two word sets: 2|A∩B| / (|A|+|B|)."""
    return 2 * len(a & b) / ((len(a) + len(b)) or 1)


def content_words(text: str) -> list[str]:
    stop = stopwords()
    return [w for w in words(text) if w not in stop and len(w) > 2 and not w[0].isdigit()]



@dataclass(frozen=True)
class Term:
    article_id: str
    term: str
    count: int
    z: float  # log-odds z-score: > 1.96 is over-used at the usual 95 % level


def term_counts(texts: Mapping[str, str], known: MutableMapping[str, object] | None = None) -> dict[str, Counter[str]]:
    """Each text's content words, counted. ``known`` holds the counts of texts read before
    (``cache.remembered``) under a digest of the text: an archive that grows by a day reads the
    day's articles."""
    counts: dict[str, Counter[str]] = {}
    for key, text in texts.items():
        if known is None:
            counts[key] = Counter(content_words(text))
            continue
        seen = _text_digest(text)
        stored = known.get(seen)
        if not isinstance(stored, Counter):  # new, or read back as a plain mapping: one Counter, kept in both
            known[seen] = Counter(content_words(text) if stored is None else stored)  # type: ignore[arg-type]
        counts[key] = known[seen]  # type: ignore[assignment]
    return counts


def summed(counts: Mapping[str, Counter[str]], unit_of: Mapping[str, object]) -> dict[str, Counter[str]]:
    """The counts of each unit (an outlet: the sum of its articles', in the order given), units
    in sorted order and articles without one left out, as ``groupby`` joins their texts: the
    same counts as those of the joined text, whose words never run across two articles."""
    units: dict[str, Counter[str]] = {}
    for key, count in counts.items():
        unit = unit_of.get(key)
        if isinstance(unit, str):
            units.setdefault(unit, Counter()).update(count)
    return dict(sorted(units.items()))


def distinctive_terms(texts: Mapping[str, str], top: int = 10, min_count: int = 2) -> list[Term]:
    """The ``top`` words each article over-uses compared with the other articles."""
    return distinctive_terms_of(term_counts(texts), top, min_count)


def distinctive_terms_of(counts: Mapping[str, Counter[str]], top: int = 10, min_count: int = 2) -> list[Term]:
    """``distinctive_terms`` from each text's counts (``term_counts``, ``summed``)."""
    total = Counter()
    for c in counts.values():
        total.update(c)
    prior_size = sum(total.values())
    result: list[Term] = []
    for aid, mine in counts.items():
        rest = total - mine
        n_mine, n_rest = sum(mine.values()), sum(rest.values())
        scored = []
        for term, count in mine.items():
            if count < min_count:
                continue
            prior = total[term]  # informative prior: the corpus frequency
            other = rest[term]
            delta = math.log((count + prior) / (n_mine + prior_size - count - prior)) - math.log(
                (other + prior) / (n_rest + prior_size - other - prior)
            )
            variance = 1 / (count + prior) + 1 / (other + prior)
            scored.append(Term(aid, term, count, round(delta / math.sqrt(variance), 3)))
        scored.sort(key=lambda t: (-t.z, t.term))
        result.extend(scored[:top])
    return result


def similarity_matrix(texts: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Cosine similarity of TF-IDF content-word vectors for every ordered pair."""
    return similarity_of(term_counts(texts))


def similarity_of(counts: Mapping[str, Counter[str]]) -> dict[tuple[str, str], float]:
    """``similarity_matrix`` from each text's counts (``term_counts``, ``summed``)."""
    df = Counter(term for c in counts.values() for term in c)
    n = len(counts)
    vectors = {aid: {t: tf * (math.log((1 + n) / (1 + df[t])) + 1) for t, tf in c.items()} for aid, c in counts.items()}
    norms = {aid: math.sqrt(sum(v * v for v in vec.values())) or 1.0 for aid, vec in vectors.items()}
    out: dict[tuple[str, str], float] = {}
    for a in vectors:
        for b in vectors:
            dot = sum(w * vectors[b].get(t, 0.0) for t, w in vectors[a].items())
            out[(a, b)] = round(dot / (norms[a] * norms[b]), 4)
    return out


@dataclass(frozen=True, slots=True)
class AlignedPair:
    article_a: str
    article_b: str
    sentence_a: str
    sentence_b: str
    similarity: float
    shared: tuple[str, ...]


_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*[a-z][\w'’-]*")
_TITLES = frozenset(t.rstrip(".") for t in TITLE_ABBREVIATIONS)  # "mr", "sen": no one's name
_CALENDAR = {*MONTHS, *(d.lower() for d in calendar.day_name)}


@lru_cache(maxsize=65536)
def _names(sentence: str) -> frozenset[str]:
    """The people, bodies and places a sentence names: the gazetteer's (one spelling each) and the
    other capitalised words after its first, without titles and calendar words."""
    gaz = gazetteer()
    found = {a.name for _, _, a in gaz.actor_mentions(sentence)} | {p.name for _, _, p in gaz.place_mentions(sentence)}
    for m in _NAME.finditer(sentence, 1):
        word = m.group(0).rstrip("'’s").lower()
        if sentence[: m.start()].rstrip()[-1:] not in {".", "!", "?", ":", '"', "“"} and word not in _CALENDAR:
            found.add(word)
    return frozenset(found - _TITLES)


def other_subjects(a: str, b: str) -> bool:
    """Two sentences about different subjects: both name someone or somewhere, and nobody in
    common ("her 14-year-old daughter" of Amelize Joseph and "his 17-year-old daughter, Ellie"
    of Mr. McKinley are two daughters), or names that share words though none of one is the other's
    or part of it: "the U.S. Court of Appeals for the Sixth Circuit" and "... for the District of
    Columbia Circuit" are two courts, Bill Clinton and Hillary Clinton two people."""
    names_a, names_b = _names(a), _names(b)
    if names_a and names_b and not names_a & names_b:
        return True
    runs_a, runs_b = _name_runs(a), _name_runs(b)
    if any(_within(x, y) or _within(y, x) for x in runs_a for y in runs_b):
        return False
    return any(set(x) & set(y) - _NAME_JOINS for x in runs_a for y in runs_b)  # names alike, not one name


_NAME_JOINS = {"of", "for", "the", "de"}
# a name of several capitalised words, joined by at most two of "of", "for", "the", "de"
_RUN = re.compile(r"(?<![\w'’])[A-Z][\w.'’-]*(?:(?:\s+(?:of|for|the|de)){0,2}\s+[A-Z][\w.'’-]*)*")


@lru_cache(maxsize=65536)
def _name_runs(sentence: str) -> frozenset[tuple[str, ...]]:
    """The names a sentence gives, each as its words (lower case, without possessives, titles and
    calendar words; a spelling the gazetteer knows as its one name): its runs of capitalised words
    after its first word and not after a sentence's end or an opening quotation mark."""
    gaz = gazetteer()
    runs = set()
    for m in _RUN.finditer(sentence, 1):
        if sentence[: m.start()].rstrip()[-1:] in {".", "!", "?", ":", '"', "“"}:
            continue
        known = gaz.actor(m.group(0))
        words = known.name.split() if known else m.group(0).split()
        kept = tuple(w for w in (_unpossessed(w.lower()).rstrip(".") for w in words) if w not in _TITLES | _CALENDAR)
        if kept and kept not in {("of",), ("the",)}:
            runs.add(kept)
    return frozenset(runs)


def _within(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Are the words of name ``x`` a run of the words of name ``y`` ("Trump" of "Donald Trump")?"""
    return any(y[i : i + len(x)] == x for i in range(len(y) - len(x) + 1))


def other_figures(a: str, b: str) -> bool:
    """Two sentences that give different figures: both give numbers and none in common ("Clinton
    now has at least 501 delegates" and "... at least 882 delegates", a margin of error of 4.9
    percent and one of 3 points) say different things however alike their other words."""
    numbers_a, numbers_b = _numbers(narration(a)), _numbers(narration(b))
    return bool(numbers_a and numbers_b and not numbers_a & numbers_b)


def _numbers(text: str) -> frozenset[str]:
    """The numbers a sentence gives, in digits ("four percentage points" gives 4; "one" is as
    often a pronoun as a number and is left out)."""
    found = set()
    for token in _FACT_TOKEN.findall(_URL.sub(" ", text)):
        word = token.lower()
        if token[0].isdigit():
            found.add(token.rstrip(".,").replace(",", ""))
        elif word != "one" and (value := UNITS.get(word, TENS.get(word))) is not None:
            found.add(str(value))
    return frozenset(found)


# a web address says no fact: two sentences that are only links ("http://bit.ly/1Qz0RCt.") share none
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:ly|com|org|net|co)/\S*", re.IGNORECASE)


def _stem(word: str) -> str:
    """A crude prefix stem, enough to match "approximately"/"approximate" across rewrites."""
    return word[:6]


_FACT_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d,.]*%?")


def fact_words(text: str) -> frozenset[str]:
    """What a sentence says, as a set: the stems of its common content words and its numbers.
    Names are left out (a name capitalised inside the sentence, or a known name or a word in
    capitals opening it): two sentences about the same people are not the same sentence unless
    they also say the same thing about them. So are the words of reporting and of time that any
    news story uses ("said", "told", "last week"): "Trump said last week" and "she said she had
    toured the museum last week" share no fact."""
    stop, story = stopwords(), _story_words()
    out = set()
    for i, token in enumerate(_FACT_TOKEN.findall(_URL.sub(" ", text))):
        if token[0].isdigit():
            out.add(token.rstrip(".,"))
        elif not token[0].isupper() or (i == 0 and not _opening_name(token)):
            word = _unpossessed(token.lower())
            if word not in stop and word not in story and len(word) > 2:
                out.add(_stem(word))
    return frozenset(out)


@cache
def _story_words() -> frozenset[str]:
    """The reporting verbs of ``cues.yml`` and the time words of any story (``fact_words``)."""
    from corpus_utils.quotes.words import cues  # the quotation rules load after the comparisons

    return frozenset(cues().verbs) | _TIME_WORDS


_TIME_WORDS = frozenset(
    {
        *("today", "yesterday", "tomorrow", "tonight", "week", "weeks", "weekend", "month", "months"),
        *("year", "years", "day", "days", "last", "next", "ago", "earlier", "later", "recent", "recently"),
        *("morning", "afternoon", "evening", "night"),
        *_CALENDAR,
    }
)


def _opening_name(token: str) -> bool:
    """Is the capitalised first word of a sentence a name: in capitals ("WASHINGTON"), known to
    the gazetteer ("Trump") or a given name ("Aaron")?"""
    word = token.rstrip("'’s")
    return (word.isupper() and len(word) > 1) or gazetteer().actor(word) is not None or word.lower() in first_names()


_QUOTED = re.compile(r"“[^”]*(?:”|$)|^[^“”]*”|\"[^\"]*(?:\"|$)")


def narration(text: str) -> str:
    """A sentence without the words it quotes: two reports that quote the same speech share its
    words without one being a rewrite of the other; a rewrite shares the reporter's own."""
    return _QUOTED.sub(" ", text)


def narration_words(text: str) -> frozenset[str]:
    return fact_words(narration(text))


def quoted_inside(
    sentences: Iterable[Mapping[str, object]], quotes: Iterable[Mapping[str, object]]
) -> dict[str, list[str]]:
    """Each article's sentences in order, a sentence that lies wholly inside a longer quotation
    given its marks: the middle sentences of a quoted passage carry none of their own, and
    ``narration`` would take the speaker's words for the reporter's."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for q in quotes:
        if q.get("kind") in ("direct", "partial") and not q.get("scare"):
            spans[str(q["article_id"])].append((int(q["char_start"]), int(q["char_end"])))  # type: ignore[call-overload]
    reach: dict[str, tuple[list[int], list[int]]] = {}  # starts in order, and the furthest end so far
    for aid, found in spans.items():
        found.sort()
        ends = list(itertools.accumulate((b for _, b in found), max))
        reach[aid] = ([a for a, _ in found], ends)
    out: dict[str, list[str]] = defaultdict(list)
    for s in sentences:
        aid, text = str(s["article_id"]), str(s["sentence"])
        start, end = int(s["char_start"]), int(s["char_end"])  # type: ignore[call-overload]
        starts, ends = reach.get(aid, ([], []))
        k = bisect.bisect_right(starts, start) - 1  # the quotations opened by the sentence's start
        inside = k >= 0 and ends[k] + 1 >= end
        out[aid].append(f"“{text}”" if inside and not _MARKS.search(text) else text)
    return dict(out)


_MARKS = re.compile(r"[“”\"]")


# A pair of articles reads as two rewrites of one source when at least this many of its sentences,
# and this share of the shorter article's, say the same in the reporter's own words.
REWRITE_SENTENCES = 3
REWRITE_SHARE = 0.25


def is_rewrite(aligned: int, n_first: int, n_second: int) -> bool:
    """Whether ``aligned`` sentences of narration in common make two articles of ``n_first`` and
    ``n_second`` sentences rewrites of one source, rather than two reports of one event."""
    return aligned >= REWRITE_SENTENCES and aligned >= REWRITE_SHARE * max(1, min(n_first, n_second))


def rewrite_pairs(aligned: Iterable[AlignedPair], sentences: Mapping[str, Sequence[str]]) -> list[dict[str, object]]:
    """Each pair of articles with aligned sentences: how many, their summed similarity
    (``overlap``), the length of the shorter article (in sentences) and whether they read as
    rewrites of one source (``is_rewrite``); rewrites first, then the closest. Closeness is the
    summed similarity, not the count: a reader found three sentences sharing only a court's words
    ranked above a columnist's two articles repeating a sentence nearly word for word."""
    counts = Counter((pair.article_a, pair.article_b) for pair in aligned)
    overlap: Counter[tuple[str, str]] = Counter()
    for pair in aligned:
        overlap[pair.article_a, pair.article_b] += pair.similarity
    rows = []
    for (a, b), n in counts.items():
        n_a, n_b = len(sentences.get(a, ())), len(sentences.get(b, ()))
        rows.append(
            {
                "article_a": a,
                "article_b": b,
                "aligned": n,
                "overlap": round(overlap[a, b], 2),
                "shorter": min(n_a, n_b),
                "rewrite": is_rewrite(n, n_a, n_b),
            }
        )
    return sorted(rows, key=lambda r: (not r["rewrite"], -r["overlap"], -r["aligned"], r["article_a"], r["article_b"]))


def rewrite_verdict(pair: Mapping[str, object]) -> str:
    """What the closest pair of ``rewrite_pairs`` (with the labels ``first`` and ``second``) means
    for a reader, in one sentence."""
    shared = f"{pair['aligned']} of the {pair['shorter']} sentences of the shorter have a counterpart in the other"
    if pair["rewrite"]:
        return (
            f"The closest pair is {pair['first']} and {pair['second']}: {shared}, in the reporter's own words. "
            "Such a pair is likely two rewrites of one source (a wire dispatch): count it as one source, not two, "
            "when you compare coverage."
        )
    return (
        f"The closest pair is {pair['first']} and {pair['second']}: {shared}, less than the quarter that makes "
        "a rewrite. Reports of one event share facts and background without one copying the other; no pair "
        "here reads as a rewrite."
    )


MIN_SHARED = 3  # words two sentences share at least to be aligned
# A word used by more than this share of the articles is the story's vocabulary ("presidential",
# "debate", "tax returns" in a campaign's coverage): an aligned pair shares MIN_SHARED words besides
STORY_SHARE = 0.2
NEIGHBOURS = 10  # articles a sentence is aligned with at most: its most similar ones


def aligned_sentences(
    sentences: Mapping[str, Sequence[str]],
    threshold: float = 0.3,
    min_shared: int = MIN_SHARED,
    neighbours: int = NEIGHBOURS,
) -> list[AlignedPair]:
    """Sentence pairs of two different articles that say much the same thing.

    Similarity is the Dice coefficient of their ``fact_words`` (content words without names,
    and numbers); each sentence of an article is paired with its best match in each later
    article (by id), in at most ``neighbours`` articles: the most similar ones. The cap keeps
    the output linear in the corpus: a wire sentence reprinted by 500 outlets yields 10 pairs
    per copy, not 125,000 in all, and still chains every copy to the next ones.

    Nothing is compared pair by pair. Sentences that say exactly the same (equal word sets) are
    compared once, and candidates come from an index of words: two word sets are considered when
    they share a word that is in at most 5 % of the distinct sentences.
    """
    matches = _Matches(sentences, threshold, min_shared, neighbours)
    return [matches.pair(m) for m in matches.found]


Match = tuple[str, str, int, int, float, frozenset[str]]  # article a, article b, sentence i, j, score, shared


class _Matches:
    """The sentence pairs of ``aligned_sentences`` as light tuples (a large corpus has millions
    of candidates below any useful threshold); ``pair`` makes the reader's record of one."""

    def __init__(
        self,
        sentences: Mapping[str, Sequence[str]],
        threshold: float,
        min_shared: int,
        neighbours: int,
        words: Callable[[str], frozenset[str]] = fact_words,
    ):
        self.entries = [(aid, text) for aid in sorted(sentences) for text in sentences[aid]]
        copies: dict[frozenset[str], list[int]] = defaultdict(list)  # a word set -> its sentences, in article order
        words = cache(words)  # a sentence's words, once however many articles reprint it
        self.spread: Counter[str] = Counter()  # a word -> the articles that use it
        for _, group in itertools.groupby(enumerate(self.entries), key=lambda item: item[1][0]):
            used: set[str] = set()
            for i, (_, text) in group:
                copies[bag := words(text)].append(i)
                used |= bag
            self.spread.update(used)
        self.n_articles = len(sentences)
        bags = list(copies)
        postings: dict[str, list[int]] = defaultdict(list)
        for b, bag in enumerate(bags):
            for stem in bag:
                postings[stem].append(b)
        common = max(50, len(bags) // 20)
        found: list[Match] = []
        for bag in bags:
            others = {c for stem in bag if len(postings[stem]) <= common for c in postings[stem]}
            matches = []  # (dice, word set index, shared words), most similar first
            for c in others:
                shared = bag & bags[c]
                if len(shared) >= min_shared:
                    score = 2 * len(shared) / (len(bag) + len(bags[c]))
                    if score >= threshold:
                        matches.append((-score, c, shared))
            matches.sort(key=lambda m: (m[0], copies[bags[m[1]]][0]))
            for i in copies[bag]:
                aid = self.entries[i][0]
                best: dict[str, tuple[float, int, frozenset[str]]] = {}
                for negative, c, shared in matches:
                    for j in copies[bags[c]]:  # sentences in article order: the first of an article is its best
                        other = self.entries[j][0]
                        if other > aid and other not in best:
                            best[other] = (-negative, j, shared)
                            if len(best) == neighbours:
                                break
                    if len(best) == neighbours:
                        break
                found.extend((aid, other, i, j, round(score, 3), shared) for other, (score, j, shared) in best.items())
        found.sort(key=lambda m: (m[0], m[1], m[2]))
        self.found = found

    def pair(self, match: Match) -> AlignedPair:
        aid, other, i, j, score, shared = match
        text = self.entries[i][1]
        marked = {w for w in _FACT_TOKEN.findall(text) if _stem(w.lower()) in shared or w in shared}
        return AlignedPair(aid, other, text, self.entries[j][1], score, tuple(sorted(marked)))


# At the threshold, at most this share of the sentence pairs found between reports published close
# together would be found by chance: the rate at which reports published far apart (``calibrate``) match.
CHANCE_SHARE = 0.1


@dataclass(frozen=True)
class Calibration:
    """The alignment threshold a corpus supports, and the evidence for it: each similarity with
    the number of candidate sentence pairs that reach it (millions of pairs in an archive, a
    thousand values at most: scores have three decimals), and how many pairs of articles were
    published close together and far apart."""

    threshold: float
    unrelated: tuple[tuple[float, int], ...]  # between articles published too far apart to be rewrites
    related: tuple[tuple[float, int], ...]  # between articles that could be rewrites of each other
    apart_days: int
    close_articles: int = 0  # pairs of dated articles published within ``apart_days`` of each other
    far_articles: int = 0  # ... and further apart

    @property
    def best_unrelated(self) -> float | None:
        """The best match between reports too far apart to be rewrites (None without such reports)."""
        return max((score for score, _ in self.unrelated), default=None)

    def related_pairs(self, at_least: float = 0.0) -> int:
        """The candidate pairs of reports published close together whose similarity reaches ``at_least``."""
        return sum(n for score, n in self.related if score >= at_least)

    def chance_share(self, at_least: float) -> float | None:
        """The share of the sentence pairs reaching ``at_least`` between reports published close
        together that chance alone would give: reports published far apart match at that rate per
        pair of articles (None without far-apart reports or close pairs that reach it)."""
        found = self.related_pairs(at_least)
        if not (self.far_articles and found):
            return None
        by_chance = sum(n for score, n in self.unrelated if score >= at_least) * self.close_articles / self.far_articles
        return by_chance / found


def _article_pairs(days: Iterable[date | None], apart_days: int) -> tuple[int, int]:
    """(pairs published within ``apart_days`` of each other, pairs further apart) of the dated
    articles, counted from the sorted dates (an archive has billions of pairs)."""
    ordinals = sorted(d.toordinal() for d in days if d)
    close = sum(bisect.bisect_right(ordinals, o + apart_days) - i - 1 for i, o in enumerate(ordinals))
    return close, len(ordinals) * (len(ordinals) - 1) // 2 - close


def calibrate(
    scores: Iterable[tuple[str, str, float]], published: Mapping[str, str | None], floor: float, apart_days: int = 30
) -> Calibration:
    """The similarity a corpus supports, from (article a, article b, similarity) of candidate
    sentence pairs. Two reports published more than ``apart_days`` apart cannot be rewrites of one
    dispatch, so their matches are what chance and the story's stock vocabulary give, at a rate per
    pair of articles that holds for reports published close together too. The threshold is the
    lowest similarity (not below ``floor``) at which such chance would give at most
    ``CHANCE_SHARE`` of the pairs found between close reports; where none is that clear, just above
    the best far-apart match; with no far-apart reports, the floor stands. (A corpus of 840 reports
    over ten months, PolNeAR's training articles, matched far-apart reports at 1.0 in stock
    sentences, and at 0.3 chance gave half of the close pairs.)"""
    unrelated: Counter[float] = Counter()
    related: Counter[float] = Counter()
    days = {aid: parse_iso_date(value or "") for aid, value in published.items()}
    for article_a, article_b, similarity in scores:
        a, b = days.get(article_a), days.get(article_b)
        if a and b and abs((a - b).days) > apart_days:
            unrelated[similarity] += 1
        else:
            related[similarity] += 1
    pairs = _article_pairs(days.values(), apart_days)
    evidence = Calibration(floor, tuple(sorted(unrelated.items())), tuple(sorted(related.items())), apart_days, *pairs)
    if not unrelated:
        return evidence
    clear = (
        score
        for score in sorted(related)
        if score >= floor and (share := evidence.chance_share(score)) is not None and share <= CHANCE_SHARE
    )
    threshold = next(clear, max(floor, round(max(unrelated) + 0.01, 2)))
    return replace(evidence, threshold=threshold)


def calibrated_alignment(
    sentences: Mapping[str, Sequence[str]], published: Mapping[str, str | None], floor: float, lowest: float = 0.15
) -> tuple[Calibration, list[AlignedPair]]:
    """Sentence pairs down to the ``lowest`` similarity, the threshold they support
    (``calibrate``), and the pairs that reach it; the candidates below are not kept. Sentences
    are compared on their narration (``narration_words``): quoting the same speech is no rewrite;
    and two that name different subjects (``other_subjects``: one campaign's "did not immediately
    respond to requests for comment" and another's) or give different figures (``other_figures``)
    say no same thing."""
    matches = _Matches(sentences, lowest, MIN_SHARED, NEIGHBOURS, narration_words)
    calibration = calibrate(((m[0], m[1], m[4]) for m in matches.found), published, floor)
    common = max(2, STORY_SHARE * matches.n_articles)  # a word this many articles use is the story's
    kept = (
        matches.pair(m)
        for m in matches.found
        if m[4] >= calibration.threshold and sum(matches.spread[w] <= common for w in m[5]) >= MIN_SHARED
    )
    return calibration, [
        p for p in kept if not (other_subjects(p.sentence_a, p.sentence_b) or other_figures(p.sentence_a, p.sentence_b))
    ]


def rewrites(
    sentences: Iterable[Mapping[str, object]],
    quotes: Iterable[Mapping[str, object]],
    published: Mapping[str, str | None],
    floor: float,
) -> tuple[Calibration, list[AlignedPair], list[dict[str, object]]]:
    """The corpus chapter's question, whether articles rewrite one source: the threshold the corpus
    supports, the sentence pairs that reach it and each pair of articles (``rewrite_pairs``), from
    the sentences and quotes tables' rows. The articles' sentences, marked (``quoted_inside``),
    are let go at the end: an archive's are hundreds of megabytes."""
    by_article = quoted_inside(sentences, quotes)
    calibration, aligned = calibrated_alignment(by_article, published, floor)
    return calibration, aligned, rewrite_pairs(aligned, by_article)


@dataclass(frozen=True)
class Passage:
    article_a: str
    article_b: str
    text: str
    n_words: int


Runs = tuple[tuple[str, int], ...]  # the text and length in words of each run two articles share

_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'-]+")  # a capitalised word inside a sentence


def shared_passages(
    texts: Mapping[str, str],
    min_words: int = 5,
    max_articles: int = 20,
    known: MutableMapping[str, object] | None = None,
) -> list[Passage]:
    """Verbatim runs of at least ``min_words`` words that two articles both contain.

    Article pairs are found through an index of ``min_words``-word sequences; a sequence
    in more than ``max_articles`` articles is a stock phrase and does not make a pair. A run
    with fewer than three content words besides the corpus's names ("in the Donbas region
    which", "the Harbourton Transit Workers Union said") is the story's stock wording, not copying.

    ``known`` holds what was worked out before, under digests of the texts: each article's
    sequences (as stable hashes) and names, the runs of each pair compared, and each run's
    text. An unchanged
    article is not read again, nor a pair of them compared again; what is worked out now is
    added (an archive that grows by a day reads and compares the day's articles).
    """
    ids = sorted(texts)
    digests = {aid: _text_digest(texts[aid]) for aid in ids}
    tokens: dict[str, list[str]] = {}

    def tokens_of(aid: str) -> list[str]:
        if aid not in tokens:
            tokens[aid] = [sys.intern(w) for w in words(texts[aid])]  # one string a word
        return tokens[aid]

    seqs: list[np.ndarray] = []
    names: set[str] = set()
    for aid in ids:
        key = f"article:{min_words}:{digests[aid]}"
        stored = known.get(key) if known is not None else None
        if stored is None:
            found = _sequence_hashes(tokens_of(aid), min_words)
            said = sorted({w.lower() for w in _NAME.findall(texts[aid])})
            if known is not None:
                known[key] = [base64.b64encode(found.tobytes()).decode("ascii"), said]
        else:
            found = np.frombuffer(base64.b64decode(stored[0]), dtype=np.int64)  # type: ignore[index]
            said = stored[1]  # type: ignore[index]
        seqs.append(found)
        names.update(said)
    counts = [len(h) for h in seqs]
    hashes = np.concatenate(seqs) if seqs else np.zeros(0, dtype=np.int64)
    offsets = dict(zip(ids, np.r_[0, np.cumsum(counts)].tolist(), strict=False))
    sizes = dict(zip(ids, counts, strict=True))

    @lru_cache(maxsize=4096)  # an article is the second of many pairs in a row: its index is reused
    def sequences(aid: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """An article's sequence hashes in order, sorted, and where each sorted one starts: arrays,
        not a dictionary per article (thousands of them are kept)."""
        found = hashes[offsets[aid] : offsets[aid] + sizes[aid]]
        order = np.argsort(found, kind="stable")  # equal hashes keep their order in the text
        return found, found[order], order

    def runs(a: str, b: str) -> Runs:
        ta, tb, (ha, _, _), (_, sorted_b, order_b) = tokens_of(a), tokens_of(b), sequences(a), sequences(b)
        first, last = np.searchsorted(sorted_b, ha, "left"), np.searchsorted(sorted_b, ha, "right")
        out, end = [], 0  # where the last run found ends: a run is reported once, from its first word
        for i in np.flatnonzero(last > first).tolist():  # where a sequence of b starts in a
            if i < end:
                continue
            length = max(_run_length(ta, tb, i, j) for j in order_b[first[i] : last[i]].tolist())
            if length < min_words:  # two different sequences with one hash
                continue
            out.append((" ".join(ta[i : i + length]), length))
            end = i + length
        return tuple(out)

    copied: dict[str, bool] = {}  # a run -> whether it says more than names and stock words
    found_passages: list[Passage] = []
    for a, b in _sharing_pairs(ids, hashes, counts, max_articles):
        if known is None:
            pair_runs = runs(a, b)
        else:
            key = f"{min_words}:{digests[a]}:{digests[b]}"
            if key not in known:  # each run's text kept once, however many pairs share it
                found_runs = runs(a, b)
                for text, _ in found_runs:  # one string a run, however many pairs share it
                    known.setdefault(f"run:{_text_digest(text)}", text)
                known[key] = [[_text_digest(text), length] for text, length in found_runs]
            pair_runs = [(known[f"run:{d}"], n) for d, n in known[key]]  # type: ignore[misc, union-attr]
        kept = {text: length for text, length in pair_runs}  # a run the pair shares twice is one passage
        for text, length in kept.items():
            if text not in copied:
                copied[text] = len([w for w in content_words(text) if w not in names]) >= 3
            if copied[text] and not any(text != other and f" {text} " in f" {other} " for other in kept):
                found_passages.append(Passage(a, b, text, length))  # not a part of a longer run of theirs
    return _without_stock_phrases(found_passages, min_words)


def unquoted_passages(passages: list[Passage], texts: Mapping[str, str]) -> list[Passage]:
    """The passages that neither article has inside quotation marks: two reports that quote the
    same speech share its words without one copying the other (a reader found 9 of 16 "verbatim
    runs" of a campaign's coverage to be the candidates' words, transcribed apart)."""

    @lru_cache(maxsize=2048)  # an archive's passages name tens of thousands of articles: keep the recent ones
    def quoted_words(aid: str) -> str:
        spans = (m.group() for line in texts[aid].splitlines() for m in _QUOTED.finditer(line))
        return f" {' | '.join(' '.join(words(span)) for span in spans)} "

    def quoted_in(p: Passage, aid: str) -> bool:
        """Is most of the run inside the article's quotations: the run, or a half of it or more that
        opens or ends it ('the unfairness of the tax laws is unbelievable trump said': the words and
        their tag)?"""
        inside = quoted_words(aid)
        if not inside.strip():
            return False  # no quotation in the article
        run = p.text.split()
        half = (len(run) + 1) // 2
        parts = (part for k in range(len(run), half - 1, -1) for part in (run[:k], run[-k:]))
        return any(f" {' '.join(part)} " in inside for part in parts)

    return [p for p in passages if not (quoted_in(p, p.article_a) or quoted_in(p, p.article_b))]


STOCK_ARTICLES = 3  # a short run this many articles share is a formula of news writing ...
STOCK_WORDS = 10  # ... if shorter than this: "did not immediately respond to requests for comment"


def _without_stock_phrases(passages: list[Passage], n: int) -> list[Passage]:
    """The passages less the short runs with a run of ``n`` words that three or more articles share:
    a reporter's formula ("said in a phone interview"), calibrated on the corpus, not copying; a
    longer run that many articles share (an agency's paragraph) stays. Each run's text is read
    once, however many pairs share it, and only the runs of the short texts are counted."""

    def grams(text: str) -> set[str]:
        words = text.split()
        return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}

    short = {p.text for p in passages if p.n_words < STOCK_WORDS}
    wanted = set().union(*map(grams, short))
    sharing: dict[str, set[str]] = defaultdict(set)  # a text -> the articles of the pairs sharing it
    for p in passages:
        sharing[p.text].update((p.article_a, p.article_b))
    where: dict[str, set[str]] = defaultdict(set)
    for text, articles in sharing.items():
        for gram in grams(text) & wanted:
            where[gram] |= articles
    stock = {text for text in short if any(len(where[gram]) >= STOCK_ARTICLES for gram in grams(text))}
    return [p for p in passages if p.text not in stock]


_HASHED: dict[str, int] = {}  # a word -> its stable 64-bit hash


def _word_hash(word: str) -> int:
    if word not in _HASHED:
        if len(_HASHED) > 2**20:
            _HASHED.clear()
        _HASHED[word] = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")
    return _HASHED[word]


_MIX = np.uint64(0x9E3779B97F4A7C15)  # an odd multiplier: each word's place in a sequence counts


def _sequence_hashes(tokens: list[str], n: int) -> np.ndarray:
    """A hash of each run of ``n`` words of ``tokens``, in order: the same in every process
    and every build (Python's ``hash`` of a string is not), so it can be kept between builds."""
    count = max(0, len(tokens) - n + 1)
    if not count:
        return np.zeros(0, dtype=np.int64)
    each = np.fromiter((_word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    out = each[:count].copy()
    with np.errstate(over="ignore"):
        for k in range(1, n):
            out = out * _MIX + each[k : k + count]
    return out.view(np.int64)


def _text_digest(text: str) -> str:
    """What ``known`` files a text's results under (``term_counts``, ``shared_passages``)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _sharing_pairs(ids: list[str], hashes: np.ndarray, counts: list[int], max_articles: int) -> list[tuple[str, str]]:
    """Pairs of articles (``ids``, with ``counts`` sequences each in ``hashes``) that share a
    sequence found in at most ``max_articles`` articles. The hashes are sorted, so millions of
    sequences cost a sort, not a dictionary of them all."""
    owners = np.repeat(np.arange(len(ids), dtype=np.int32), counts)  # in article order, as ``hashes``
    order = np.argsort(hashes, kind="stable")  # a stable sort keeps each sequence's articles in order
    hashes, owners = hashes[order], owners[order]
    del order  # an archive's sequences are tens of millions: one sorted copy at a time
    keep = np.ones(len(hashes), dtype=bool)  # one entry per (sequence, article)
    keep[1:] = (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])
    hashes, owners = hashes[keep], owners[keep]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    shared = (sizes > 1) & (sizes <= max_articles)
    pairs: set[tuple[str, str]] = set()
    for start, size in zip(starts[shared].tolist(), sizes[shared].tolist(), strict=True):
        pairs.update(combinations((ids[o] for o in owners[start : start + size].tolist()), 2))
    return sorted(pairs)


def _run_length(ta: list[str], tb: list[str], i: int, j: int) -> int:
    n = 0
    while i + n < len(ta) and j + n < len(tb) and ta[i + n] == tb[j + n]:
        n += 1
    return n
