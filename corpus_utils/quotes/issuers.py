"""Who speaks through a thing that speaks: an ad's sponsor, a statement's or a lawsuit's issuer.

"The clip says", "the statement said", "the lawsuit alleges": the speaker is whoever made it,
named where the article first brings it up ("a web video by the RNC", "President Obama released a
statement", "a separate statement issued by the Sanders campaign", "Fox News's statement", "Cook
said in a statement"). Each reader goes around the word for the thing, so a long run of capitals
costs no more than its length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_utils.actors import Actor, describe, is_function_word, speaker_nouns
from corpus_utils.wordtrie import opening_words

_NAME = r"[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&-]*){0,5}"  # a name of six words at most
# "a video by the RNC", "a statement issued by the Sanders campaign": the words after the thing
_MADE_BY = re.compile(rf"\s+(?:\w+\s+){{0,2}}?(?:by|from)\s+(?:the\s+)?(?P<name>{_NAME})(?P<campaign>\s+campaign)?")

_AD = re.compile(rf"{opening_words(['ad', 'ads', 'advertisement', 'video', 'clip', 'spot', 'commercial'])}\b")
# "the Clinton ad", "the RNC's new video", "Hillary Clinton’s 30-second spot": the words before the ad
_AD_MAKERS = re.compile(
    rf"(?P<name>{_NAME})(?:['’]s)?\s+(?:(?:new|latest|first|web|online|television|TV|radio|attack|"
    rf"\d+-second)\s+)*$"
)

# A thing a body or a person issues, and the word a later mention of it may use ("the release" for
# "a press release", "the suit" for "a lawsuit"): each noun stands for its family.
_FAMILIES = {
    "statement": "statement",
    "release": "statement",
    "lawsuit": "lawsuit",
    "suit": "lawsuit",
    "complaint": "lawsuit",
    "letter": "letter",
    "memo": "memo",
    "email": "email",
    "report": "report",
}
_DOCUMENT = re.compile(rf"{opening_words(list(_FAMILIES))}\b")  # each noun of a family
_MODIFIERS = r"(?:[a-z][\w-]*\s+){0,2}"  # "a written statement", "a fundraising email", "its initial statement"
# "Fox News's statement", "the Sanders campaign's initial statement"
_OWNERS = re.compile(rf"(?P<name>{_NAME})(?P<campaign>\s+campaign)?['’]s\s+{_MODIFIERS}$")
# "President Obama released a statement", "Cook provided a written statement", "the ACLU filed a lawsuit"
_ISSUED = re.compile(
    rf"(?P<name>{_NAME})(?P<campaign>\s+campaign)?\s+(?:\w+\s+)?"
    rf"(?:released|issued|provided|sent|put\s+out|filed|wrote|signed|published|brought)\s+"
    rf"(?:a|an|the|its|his|her|their)\s+{_MODIFIERS}$"
)
# "Cook said in a statement", "the campaign said in a written statement"
_SAID_IN = re.compile(
    rf"(?P<name>{_NAME})(?P<campaign>\s+campaign)?\s+(?:said|says|wrote|added)\s+in\s+an?\s+{_MODIFIERS}$"
)
# "In a statement announcing the pick, the Association of Flight Attendants called ...": the
# subject of the clause that the phrase opens
_IN_A = re.compile(rf"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+{_MODIFIERS}$")
_CLAUSE_SUBJECT = re.compile(rf"[^.;:“”\"]{{0,100}}?,\s+(?:the\s+)?(?P<name>{_NAME})(?P<campaign>\s+campaign)?\s+[a-z]")
# a definite mention of a thing, whose issuer the text named before: "the statement", "the lawsuit"
_MENTION = re.compile(
    r"(?:the|this|that|its|his|her|their)\s+(?P<words>(?:[\w.&’'-]+\s+){0,6}?)"
    r"(?P<thing>statement|release|lawsuit|suit|complaint|letter|memo|email|report)",
    re.I,
)


_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=8192)  # asked of every speaker mention an attribution resolves
def media_item(key: str) -> bool:
    """Is this speaker an ad or its narrator ("the clip", "the ad’s narrator")?"""
    words = {_POSSESSIVE.sub("", w) for w in key.split()}
    return bool(words & speaker_nouns()["media_items"])


def sponsors(text: str) -> list[tuple[int, Actor]]:
    """Who made each ad the text names, in text order: a person's ad speaks for their
    campaign, a body's for the body."""
    out = []
    for ad in _AD.finditer(text):
        made = _MADE_BY.match(text, ad.end()) or _AD_MAKERS.search(text, max(0, ad.start() - 80), ad.start())
        if not made:
            continue
        name = re.sub(r"^(?:The|A|An)\s+", "", made.group("name"))
        if is_function_word(name.split()[0].casefold()):
            continue  # "The ad", "This video": no maker named
        actor = describe(name)
        out.append((ad.start(), describe(f"{name.split()[-1]} campaign") if actor.type == "person" else actor))
    return out


def document_mention(mention: str) -> tuple[str, Actor | None] | None:
    """For a speaker mention of a thing ("the statement", "The lawsuit", "the Fox News statement"),
    its family and the issuer the mention names itself, if any; None for any other mention."""
    m = _MENTION.fullmatch(mention.strip())
    if m is None:
        return None
    family = _FAMILIES[m.group("thing").lower()]
    words = re.sub(rf"(?:['’]s)?\s+{_MODIFIERS}$", "", m.group("words"))
    if not words or not words[:1].isupper() or is_function_word(words.split()[0].casefold()):
        return family, None
    return family, describe(words)


def issuers(text: str) -> list[tuple[int, str, Actor]]:
    """Who issued each statement, release, lawsuit, letter, memo, email or report the text names
    with its issuer, in text order: (offset, family, issuer)."""
    out = []
    for doc in _DOCUMENT.finditer(text):
        before = max(0, doc.start() - 80)
        made = (
            _MADE_BY.match(text, doc.end())
            or _OWNERS.search(text, before, doc.start())
            or _ISSUED.search(text, before, doc.start())
            or _SAID_IN.search(text, before, doc.start())
            or (_IN_A.search(text, before, doc.start()) and _CLAUSE_SUBJECT.match(text, doc.end()))
        )
        if not made:
            continue
        name = re.sub(r"^(?:The|A|An)\s+", "", made.group("name"))
        if is_function_word(name.split()[0].casefold()):
            continue  # "The statement", "This report": no issuer named
        if made.group("campaign"):
            name += " campaign"
        out.append((doc.start(), _FAMILIES[doc.group()], describe(name)))
    return out
