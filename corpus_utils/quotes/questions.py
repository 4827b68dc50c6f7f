"""Questions put in the passive or in an opening participle, whose asker the sentence names
after "by" or not at all ("Asked whether X, Ban demurred"; "Rubio was asked by the moderator
whether X").
"""

from __future__ import annotations

from corpus_utils.articles import Sentence
from corpus_utils.quotes.contents import _QUESTION_WORDS, _content_end
from corpus_utils.quotes.marks import Marks, _inside
from corpus_utils.quotes.mentions import Attribution, _attribution
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.speakers import _opens_clause
from corpus_utils.quotes.words import _BE, _SUBORDINATORS, Token, cues


def _asked_without_asker(
    sentence: Sentence, toks: list[Token], i: int, spans: Marks, resolver: Resolver
) -> Attribution | None:
    """A question put in the passive or in an opening participle ("Asked whether X, Ban
    demurred", "When asked about X, ...", "Rubio was asked by the moderator whether X"): the
    question, with the asker the sentence names after "by", or none."""
    entry = cues().verbs[toks[i].low][1]
    if not (entry.get("needs_question") and toks[i].low.endswith("ed")):
        return None
    prev = toks[i - 1].low if i else ""
    opening = i == 0 or (i == 1 and prev in _SUBORDINATORS | {"if", "once"})
    if not (opening or prev in _BE):
        return None
    k, asker = i + 1, None
    if k < len(toks) and toks[k].low == "by":  # the asker runs up to the question
        q = next((j for j in range(k + 2, min(k + 12, len(toks))) if toks[j].low in _QUESTION_WORDS), None)
        if q is None:
            return None
        k, asker = q, (k + 1, q)
    if k >= len(toks) or toks[k].low not in _QUESTION_WORDS | {"about"}:
        return None
    start = toks[k].start
    end = _content_end(sentence, start, spans)
    if opening:  # the question ends where the main clause begins: ", Ban demurred"
        comma = next((t for j, t in enumerate(toks[k:-1], k) if _ends_opening(toks, j, spans)), None)
        end = min(end, comma.start) if comma else end
    if asker:
        return _attribution(sentence, toks, asker, "ask", i, (start, end), resolver)
    return Attribution(sentence, "ask", toks[i].start, None, None, None, start, end)


def _ends_opening(toks: list[Token], j: int, spans: Marks) -> bool:
    """Does the comma at ``j`` close an opening phrase, before the main clause? Outside quotation
    marks, or as the last character of a quoted title ('during an appearance on "CBS This Morning,"
    Sanders said'), where American style puts the comma inside the closing mark."""
    if toks[j].text != ",":
        return False
    if not _inside(toks[j].start, spans):
        return _opens_clause(toks[j + 1])
    return toks[j + 1].text in {"”", '"'} and j + 2 < len(toks) and _opens_clause(toks[j + 2])
