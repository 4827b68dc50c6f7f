"""Transcripts: a turn introduced by its speaker's name in capitals ("PENCE: Well, look, ...") is
that speaker's direct speech, and so is each paragraph that continues it (one that opens with a
quotation mark and names no one, the convention for speech running over paragraphs).

Interviews, debates and hearings reach the news as partial transcripts; read sentence by sentence
they have no cue at all, and their words went to whoever the pronoun rules found nearest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus_utils.articles import Article, Sentence
from corpus_utils.quotes.mentions import Attribution
from corpus_utils.quotes.resolver import Resolver

# "PENCE: Well, ...", "CHRIS WALLACE: ...", "SEN. KAINE: ...": a name in capitals, a colon, words
_TURN = re.compile(r"[\"“]?(?P<label>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}):\s+(?=\S)")
_STAGE = re.compile(r"[\"“]?\(.*\)\W*")  # "(CROSSTALK.)", "(APPLAUSE)": no one's words
_OPENS_QUOTE = re.compile(r"[\"“]")
# capital words that open a line with a colon and name no speaker
NOT_SPEAKERS = {
    *("NOTE", "UPDATE", "UPDATED", "CORRECTION", "EDITOR'S NOTE", "EDITOR’S NOTE", "CLARIFICATION", "READ"),
    *("WATCH", "VIDEO", "AUDIO", "LISTEN", "PHOTO", "PHOTOS", "EXCLUSIVE", "BREAKING", "ANALYSIS", "OPINION"),
}
MIN_TURNS = 2  # a single "NAME:" line is a label, not a transcript


def _paragraphs(article: Article) -> Iterator[tuple[int, int, Sentence]]:
    """(start, end, first sentence) of each paragraph, from its sentences."""
    current: list[Sentence] = []
    for sentence in [*article.sentences, None]:
        if current and (sentence is None or sentence.paragraph != current[0].paragraph):
            yield current[0].start, current[-1].end, current[0]
            current = []
        if sentence is not None:
            current.append(sentence)


def transcript_turns(article: Article, resolver: Resolver) -> list[tuple[Attribution, int, int]]:
    """Each turn (and continuing paragraph) of a transcript in the article: its speaker as an
    attribution with no cue, and the offsets of its words; nothing for an article with fewer than
    ``MIN_TURNS`` turns."""
    text = article.text
    found: list[tuple[Attribution, int, int]] = []
    speaker: Attribution | None = None
    turns = 0
    for start, end, first in _paragraphs(article):
        paragraph = text[start:end]
        m = _TURN.match(paragraph)
        if m and m.group("label").strip(".") not in NOT_SPEAKERS and len(m.group("label")) > 1:
            label = m.group("label").title()
            actor = resolver.resolve(label, start + m.start("label"))
            speaker = Attribution(first, "", start, label, start + m.start("label"), actor, start + m.end(), end)
            turns += 1
            words = start + m.end()
        elif speaker is not None and _OPENS_QUOTE.match(paragraph) and not _STAGE.fullmatch(paragraph):
            words = start + 1  # the paragraph continues the last turn
        else:
            if not (_STAGE.fullmatch(paragraph)):
                speaker = None  # the reporter's own words end the transcript
            continue
        tail = re.search(r"[\s\"”]*$", text[words:end])
        stop = end - (len(tail.group()) if tail else 0)
        if stop > words:
            found.append((speaker, words, stop))
    return found if turns >= MIN_TURNS else []
