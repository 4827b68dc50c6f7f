"""Attributions without a speech verb: a communication noun with its content ("his call for a
truce", "calls from Paris and Berlin for talks"), "according to X", and hearsay adverbs
("reportedly").
"""

from __future__ import annotations

import re

from corpus_utils.actors import Actor
from corpus_utils.articles import Sentence
from corpus_utils.quotes.contents import _content_end
from corpus_utils.quotes.marks import Marks
from corpus_utils.quotes.mentions import Attribution, _attribution
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.speakers import _clause_subject, _np_after, _phrase_after
from corpus_utils.quotes.words import _CLAUSE_STARTS, Token, cues


def _noun_attributions(
    sentence: Sentence, toks: list[Token], i: int, spans: Marks, resolver: Resolver
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


def _according_to(
    sentence: Sentence, toks: list[Token], i: int, spans: Marks, resolver: Resolver
) -> Attribution | None:
    """ "According to X, CONTENT." or "CONTENT, according to X." """
    np = _according_source(toks, i + 2)
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


_SOURCE_ENDS = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–"}


def _according_source(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The source of "according to" at ``k``: a name or description, or, when no speaker rule
    reads it, the whole phrase up to the clause's end. Its object is always the source, and
    that is often a document or a count, not a speaker ("according to data from the census
    bureau", "according to exit polls", "according to interviews with a dozen aides")."""
    np = _np_after(toks, k) or _phrase_after(toks, k)
    end = k
    while end < len(toks) and toks[end].text not in _SOURCE_ENDS and end - k < 20:
        end += 1
    if end == k or end - k >= 20 or not toks[k].text[:1].isalpha():
        return np
    if np is None or (np[1] < end and toks[np[1]].text not in _SOURCE_ENDS and toks[k].text.islower()):
        return k, end  # not "according to Smith at a news conference": a name is the source
    return np


def _hearsay(sentence: Sentence, toks: list[Token], i: int, spans: Marks) -> Attribution:
    """ "they have reportedly been advancing ...": the clause, attributed to unnamed reports."""
    j = i
    while j > 0 and toks[j - 1].text not in {",", ";", ":"} and toks[j - 1].low not in _CLAUSE_STARTS:
        j -= 1
    start = toks[j].start
    end = _content_end(sentence, toks[i].end, spans)
    actor = Actor("unnamed reports", "group", "unknown")
    return Attribution(sentence, "report", toks[i].start, None, None, actor, start, end)
