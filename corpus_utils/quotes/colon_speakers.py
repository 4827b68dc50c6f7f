"""A quotation after its speaker's name and a colon, with no verb: 'Bush: "The mission is to destroy
ISIS."', '- Jeffrey M. Jones: “Gallup’s analysis ...”', 'Here’s Clinton in December 1992: “...”',
'From the report: “...”'.

Newsletters, round-ups and fact-checks quote this way; read for a speech verb, these quotations had
no speaker at all (PolNeAR train: 126 quoted statements found without one, many of them so).
"""

from __future__ import annotations

import re

from corpus_utils.actors import is_speaker_word, speaker_nouns
from corpus_utils.articles import Article, Sentence
from corpus_utils.quotes.marks import QuotedSpan
from corpus_utils.quotes.mentions import Attribution
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.transcripts import NOT_SPEAKERS
from corpus_utils.quotes.words import cues

# what is before the colon, from the sentence's start or a dash: an optional "Here's" or "From", the
# speaker, an optional date ("in December 1992"), the colon
_LABEL = re.compile(
    r"(?:.*\s[-–—]\s)?(?:(?:Here[’']s|Here\s+is|From)\s+)?(?P<who>[^:\n]{1,80}?)"
    r"(?:,?\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2},?)?\s+\d{4})?:\s*$",
    re.S,
)
_LINKS = {"of", "and", "the", "for"}  # "Former secretary of state Hillary Rodham Clinton", "A and B"
_NOT_NAMES = NOT_SPEAKERS | {"SOURCE", "QUOTE", "Q", "A", "TRANSCRIPT", "HEADLINE", "TITLE", "CAPTION"}
MAX_WORDS = 8


def named_before_colon(article: Article, span: QuotedSpan, first: Sentence, resolver: Resolver) -> Attribution | None:
    """The speaker a quotation's sentence names before a colon and nothing else (``_LABEL``): a name
    with its titles, several names, or a document ("the report"). A single word is taken only when
    it stands for someone the article has named in full ("Bush" after "Jeb Bush")."""
    if span.open_mark < first.start:
        return None
    m = _LABEL.match(article.text, first.start, span.open_mark)
    if not m:
        return None
    who, start = m.group("who"), m.start("who")
    verb = re.match(r"([A-Z][a-z]+)\s+", who)
    if verb and len(who.split()) > 1 and verb.group(1).lower() in cues().verbs:
        who, start = who[verb.end() :], start + verb.end()  # "Said Ellis:", "Continued Stone:": the verb put first
    words = who.split()
    documents = speaker_nouns()["documents"]
    if not 1 <= len(words) <= MAX_WORDS or words[0].upper().strip(".") in _NOT_NAMES:
        return None
    if not all(is_speaker_word(w) or w.lower() in _LINKS or w.lower() in documents for w in words):
        return None
    if not any(w[:1].isupper() or w.lower() in documents for w in words):
        return None
    actor = resolver.resolve(who, start)
    one_word = len(words) == 1 and words[0][:1].isupper()
    if actor is None or (one_word and actor.type == "person" and len(actor.name.split()) < 2):
        return None
    return Attribution(first, "", start, who, start, actor, span.start, span.end)
