"""An attribution (who said what, through which cue) and the words that name its speaker: the
description a speaker rule found, trimmed of the verb a loose rule ran into, resolved to an
actor; and the outlet a statement was made to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_utils.actors import Actor, gazetteer, is_adverb
from corpus_utils.articles import Sentence
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.words import _AUX, _DETERMINERS, _NEGATION, _PREPOSITIONS, Token


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


_REPORTING = {"said", "says", "say", "told", "tells"}


def _after_reporting(mention: list[Token]) -> list[Token]:
    """A speaker's words after the last reporting verb inside them ("The campaign says the
    Democratic presidential candidate [will announce]": the candidate), or none when what follows
    the verb is no noun phrase ("the agency said in a June [report]")."""
    said = max((j for j, t in enumerate(mention) if t.low in _REPORTING), default=None)
    if said is None:
        return mention
    rest = mention[said + 1 :]
    if not rest or rest[0].low in _PREPOSITIONS or not (rest[0].low in _DETERMINERS or rest[0].text[:1].isupper()):
        return []
    return rest


def _attribution(
    sentence: Sentence,
    toks: list[Token],
    np: tuple[int, int],
    lemma: str,
    i: int,
    content: tuple[int, int],
    resolver: Resolver,
    channel: str | None = None,
    context: str = "",
) -> Attribution | None:
    mention_toks = _after_reporting(_trim_mention(toks[np[0] : np[1]]))
    if not mention_toks:
        return None  # "the agency said in a June [report]": a phrase after a statement, no speaker
    if len(mention_toks) == 1 and (mention_toks[0].low in _VERB_WORDS or mention_toks[0].low.endswith("n't")):
        return None  # "Don't blame Bush.": an imperative, no one named
    if len(mention_toks) == 1 and mention_toks[0].low == "you":
        return None  # "You can call RT America whatever you want": the reader, addressed, said nothing
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


_VERB_WORDS = _AUX | _NEGATION | {"did", "does", "do"}


_PARTICLE_LINKS = _PREPOSITIONS | {"through", "across", "around", "outside"}


def _trim_mention(mention: list[Token]) -> list[Token]:
    """A speaker's description ends before a verb that a loose subject rule ran into ("Trump
    issued a statement", "Carson did not") or a participle clause
    after its noun ("Protesters marching through the streets"): the words of the speaker only."""
    for j in range(1, len(mention)):
        t, prev = mention[j], mention[j - 1]
        if not t.text.islower() or prev.low in _DETERMINERS or is_adverb(prev.text):
            continue
        past = t.low.endswith("ed") and prev.text[:1].isupper()  # not "data released by the board"
        verb = t.low in _VERB_WORDS or t.low.endswith(("n't", "n’t")) or past
        participle = t.low.endswith("ing") and j + 1 < len(mention) and mention[j + 1].low in _PARTICLE_LINKS
        if verb or participle:
            return mention[:j]
    return mention


# what names a news outlet or programme: "The Huffington Post", "Fox News Sunday", "CNN"
_OUTLET_WORDS = re.compile(
    r"\b(?:News|Post|Times|Journal|Tribune|Herald|Press|Radio|TV|Television|Network|Magazine|Show|Today|Daily|"
    r"Channel|Broadcasting|Gazette|Telegraph|Guardian|Observer|Wire|Media|Podcast|Tonight)\b|^(?:the\s+)?[A-Z]{2,5}$"
)


def _known_channel(recipient: str | None) -> str | None:
    """The outlet a statement was made to ("told the BBC", "told The Huffington Post"), when the
    words name an outlet; a person or a group told something is an audience, not a channel."""
    if not recipient or not recipient[:1].isupper():
        return None
    recipient = recipient.rstrip(".,;:")
    known = gazetteer().actor(recipient)
    if known:
        return known.name if known.side == "media" else None
    return recipient if _OUTLET_WORDS.search(recipient) else None
