"""Where reported content begins and ends: after the cue and its recipient ("told
reporters that ..."), up to a relative clause, a dash or the next cue, and, for a reported
noun phrase, before the reporter's own adjuncts ("confirmed its advance [during the
offensive]"). What each cue needs after it (a clause, a question, "that") is checked here too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_utils.actors import is_adverb
from corpus_utils.articles import Sentence
from corpus_utils.quotes.marks import Marks, _inside
from corpus_utils.quotes.speakers import _np_after, _phrase_after
from corpus_utils.quotes.words import (
    _ADVERBIAL,
    _AUX,
    _CLAUSE_STARTS,
    _DETERMINERS,
    _PREPOSITIONS,
    _TIME_WORDS,
    Token,
    _content_breaks,
    cues,
)

_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you"}
_QUESTION_WORDS = {"whether", "what", "why", "how", "if", "when", "who", "where", "which"}


def _skip_to_content(toks: list[Token], k: int, lemma: str, entry: dict) -> tuple[int, str | None]:
    """Index where the content starts after the cue at ``k - 1``, and a "tell" recipient."""
    recipient = None
    if entry.get("particle") and k < len(toks) and toks[k].low == entry["particle"]:
        k += 1
    if k < len(toks) and toks[k].low in entry.get("object", ()):
        k += 1  # "talked about", "referred to": the object is the content
    if lemma == "tell" and (np := _np_after(toks, k)):
        recipient = " ".join(t.text for t in toks[np[0] : np[1]])
        k = np[1]
    if entry.get("needs_question"):
        pronoun = k < len(toks) and toks[k].low in _OBJECT_PRONOUNS
        np = (k, k + 1) if pronoun else _np_after(toks, k) or _phrase_after(toks, k)
        quoted = np and np[1] + 1 < len(toks) and toks[np[1]].text == "," and toks[np[1] + 1].text in {"“", '"'}
        if np and np[1] < len(toks) and (toks[np[1]].low in _QUESTION_WORDS | {"about", "to"} or quoted):
            k = np[1]  # "asked Clinton whether ...", "asked him to ...", "asked her, “...”": not the question
        if k < len(toks) and toks[k].low in {"about", "for"}:
            return k + 1, recipient  # "asked about X", "asked for X"
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


# what goes on with a reported clause: a relative clause drawing a consequence ("which could have
# allowed him ..."), a contrast ("while the lower 95 percent would face ...") or a comparison ("as
# are nine of 10 limes") with it, or a parallel clause after a semicolon; a relative clause that adds a
# fact ("who is 70", "which include a provision") is the reporter's background
_REPORT_GOES_ON = re.compile(
    r"\s*(?:,\s+which\s+(?:could|would|might|may|will)|,\s+(?:while|whereas)|,\s+as\s+(?:is|are|was|were|do|does|did)|;)\s"
)


def report_goes_on(sentence: Sentence, clause_end: int) -> int | None:
    """The end of ``sentence`` when the text after a reported clause ending at ``clause_end`` goes
    on with the report ("The Tax Policy Center estimates that the top 1 percent ... would face an
    average tax increase of $78,000, while the lower 95 percent ... would face little or no
    increase": the 95 percent are the center's too), else None. The caller checks that the clause
    is one reported after its cue and "that"."""
    return sentence_close(sentence) if _REPORT_GOES_ON.match(sentence.text, clause_end - sentence.start) else None


def sentence_close(sentence: Sentence) -> int:
    """Where a sentence's words end, before its closing punctuation and quotation mark."""
    return sentence.start + len(sentence.text.rstrip(' .!?”"'))


def _only_adverbials_after(toks: list[Token], k: int) -> bool:
    """After the cue at k-1, only channel, time or manner words remain ("said on Monday",
    "said with a shrug"), then a participle that continues the statement (", adding that") or the
    next clause (", and ...")."""
    for i in range(k, len(toks)):
        t = toks[i]
        following = toks[i + 1].low if i + 1 < len(toks) else ""
        if t.text == "," and (following.endswith("ing") or following in {"and", "but"}):
            return True  # ", adding that": more of the statement; ", and those ... paid": the next clause
        if t.text in {".", ",", "!", "?", "”", '"'} or t.low in _ADVERBIAL or t.text[:1].isupper() or t.text.isdigit():
            continue
        if any(
            toks[j].low in {"a", "an"} and j >= 1 and toks[j - 1].low in {"with", "in"} for j in range(max(1, i - 3), i)
        ):
            continue  # a manner or channel phrase: "with a grin", "in a post on X", "in a video address"
        return False
    return True


_NOT_OBJECT = (_ADVERBIAL - _DETERMINERS) | _CLAUSE_STARTS | _PREPOSITIONS | _AUX | _TIME_WORDS
_NOT_OBJECT |= {"out", "back", "up", "down"}


def _object_follows(toks: list[Token], k: int, entry: dict) -> bool:
    """A verb of judgement or of topic ("criticized the plan", "talked about the debt") is a cue
    when its object follows: after one of its prepositions, or, with none, a noun phrase (not
    an adverb, a preposition or a time word: "praised Monday", "attacked from the north")."""
    preps = entry.get("object")
    if preps is None or k >= len(toks):
        return False
    if k > 0 and toks[k - 1].low in preps:
        return toks[k].text[:1].isalnum()
    if preps:
        return False  # "spoke at a memorial", "talked for an hour": only "spoke about X" says what
    t = toks[k]
    if not t.text[:1].isalnum() or t.low in _NOT_OBJECT or t.low in cues().verbs or toks[k - 1].text == ",":
        return False  # "Biden, speaking in Warsaw, said ...": no object, the next verb
    return not is_adverb(t.text)


_PARTICLES = {"out", "up", "down", "off", "away", "aside", "back"}


def _complement_fits(toks: list[Token], k: int, entry: dict) -> bool:
    """Some cues report speech only with a clause: "added that", "wrote: “...”", "questioned why"."""
    after = toks[k].low if k < len(toks) else ""
    said_that = k > 0 and toks[k - 1].low == "that"
    if said_that and after in _PARTICLES and (k + 1 >= len(toks) or not toks[k + 1].text[:1].isalnum()):
        return False  # "officials have ruled that out": "that" is the thing, no clause follows
    if entry.get("needs_particle") and not any(t.low == entry["particle"] for t in toks[max(0, k - 3) : k]):
        return False  # "pointed to X" is not "pointed out that"
    if after in entry.get("not_followed_by", ()):
        return False  # "she called into a radio program": a phone call, nothing reported
    if not said_that and any(t.low in entry.get("not_object_of", ()) for t in toks[k : k + 4]):
        return False  # "claimed a loss": a tax return's claim, no statement; "deny them permits"
    if k + 1 < len(toks) and after == entry.get("not_gerund_after") and toks[k + 1].low.endswith("ing"):
        return False  # "will insist on being Donald Trump": what he will do, not what he said
    if _object_follows(toks, k, entry):
        return True
    if entry.get("needs_that") and not (said_that or after in {":", "“", '"'}):
        return False
    if entry.get("needs_wh") and after not in {"why", "whether", "how", "what", "if"}:
        return False
    quotation = after in {":", "“", '"'} or (after == "," and k + 1 < len(toks) and toks[k + 1].text in {"“", '"'})
    if entry.get("needs_that_or_colon") and not (said_that or quotation):  # 'replied, “...”' too
        return False
    if entry.get("needs_that_or_to") and not (said_that or after == "to"):
        return False
    asked_about = k > 0 and toks[k - 1].low in {"about", "for"}
    request = after == "to" and k > 0 and toks[k - 1].low not in cues().verbs  # "asked the board to", not "to"
    question = said_that or asked_about or request or quotation or after in _QUESTION_WORDS
    if entry.get("needs_question") and not question:
        return False
    return not (entry.get("needs_object_of") and not any(t.low in entry["needs_object_of"] for t in toks[k : k + 3]))


def _content_after(sentence: Sentence, toks: list[Token], k: int, spans: Marks) -> tuple[int, int] | None:
    if k >= len(toks):
        return None
    start = toks[k].start
    if toks[k].text == ":" and k + 1 < len(toks):
        start = toks[k + 1].start
    end = _subordinate_end(sentence, start, _np_content_end(sentence, toks, k, _content_end(sentence, start, spans)))
    words = _WORD.findall(sentence.text[start - sentence.start : end - sentence.start])
    if len(words) < 1 or (len(words) <= 2 and words[-1].lower() in {"over", "of", "to", "for", "about"}):
        return None
    return start, end


_WORD = re.compile(r"\w+")
_NP_START = {"its", "his", "her", "their", "the", "a", "an", "our", "my", "your"}
@lru_cache(maxsize=1)
def _finite() -> re.Pattern[str]:
    """A finite verb: a word of the cue file's ``finite_verbs`` or a regular past ("-ed")."""
    return re.compile(r"\b(?:" + "|".join([*map(re.escape, cues().finite), r"\w+ed"]) + r")\b", re.I)


# where a reporter's adjunct follows a reported noun phrase: "confirmed its advance [for the first time
# during its offensive]"
_NP_ADJUNCT = re.compile(r"\s(?:for the first time|during|amid|since|despite|after|before)\b", re.I)


_SUBORDINATE = re.compile(r"\s*[\"“]?(?:while|although|though|whereas|even though|because|if|unless|once)\b", re.I)


def _subordinate_end(sentence: Sentence, start: int, end: int) -> int:
    """Content reported inside an opening subordinate clause ("While Kyiv insists the advance has
    been halted, the admission alone is significant") ends with that clause, at its comma: what
    follows is the reporter's main clause."""
    text = sentence.text
    before = text[: start - sentence.start]
    if not _SUBORDINATE.match(text) or "," in before:
        return end
    comma = text.find(", ", start - sentence.start, end - sentence.start)
    return sentence.start + comma if comma > 0 else end


def _np_content_end(sentence: Sentence, toks: list[Token], k: int, end: int) -> int:
    """The end of content that is a noun phrase ("confirmed its advance into the region"), not a
    clause: it stops before a time or circumstance adjunct, which is the reporter's, not the speaker's."""
    if k >= len(toks) or toks[k].low not in _NP_START:
        return end
    text = sentence.text[toks[k].start - sentence.start : end - sentence.start]
    m = _NP_ADJUNCT.search(text)
    if m is None or _finite().search(text[: m.start()]):
        return end
    return toks[k].start + m.start()


def _content_np_before(toks: list[Token], i: int) -> int | None:
    """Start of the noun phrase that ends before index ``i`` (the subject of a passive)."""
    j = i
    while j > 0 and toks[j - 1].text.isalnum() and toks[j - 1].low not in _CLAUSE_STARTS:
        j -= 1
    return j if j < i else None
