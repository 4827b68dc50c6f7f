"""The speaker of a cue after a name and its descriptions: "X, APPOSITIVE, said", the name in
apposition ("Ukraine's foreign minister, Dmytro Kuleba, said"), and the name that opens a
chain of descriptions ("Jane Roe, the mayor of Springfield, a city in Ohio, said").
"""

from __future__ import annotations

from corpus_utils.actors import first_names, speaker_nouns
from corpus_utils.articles import Sentence
from corpus_utils.quotes.speakers import _description_before, _is_name, _np_after, _np_before
from corpus_utils.quotes.words import (
    _DETERMINERS,
    _INTRO_WORDS,
    _PREPOSITIONS,
    _RELATIVE,
    _TIME_WORDS,
    Token,
    _speakerish,
)


def _speaker_before_appositive(
    sentence: Sentence, toks: list[Token], closing: int
) -> tuple[tuple[int, int], str] | None:
    """The speaker of "X, APPOSITIVE, said": X, or the appositive when it is a name
    ("Ukraine's foreign minister, Dmytro Kuleba, said"). ``closing`` is the comma before
    the verb; returns the speaker's token range and the rest of the description."""
    comma = next((j for j in range(closing - 1, max(0, closing - 15), -1) if toks[j].text == ","), None)
    # "X, who served as secretary of state when ..., conceded": a relative clause too long for the window
    window = range(closing - 1, max(0, closing - 45), -1)
    relative = next((j for j in window if toks[j].text == "," and toks[j + 1].low in _RELATIVE), None)
    if relative is not None and (comma is None or toks[comma + 1].low not in _RELATIVE):
        comma = relative if _np_before(toks, relative) else comma
    if comma is None:
        return None
    inner = toks[comma + 1 : closing]
    if inner and inner[-1].text == ")":  # a party-and-state tag: "Marcia Price (D-Newport News)"
        opening = max((j for j, t in enumerate(inner) if t.text == "("), default=0)
        inner = inner[:opening] or inner
    if not inner:
        return None
    if _is_name(inner) and _region_of_place(toks, comma, inner):  # "from Sumter, South Carolina, says"
        return _speaker_before_appositive(sentence, toks, comma)
    nouns = speaker_nouns()
    opens_description = (
        _speakerish(inner[0])
        or any(t.low in nouns["person"] or t.low in nouns["organisation"] for t in inner)  # "legal director for X"
        or inner[0].low in {"a", "an", "the", "who"}
        or inner[0].low.endswith("ing")
        or inner[0].low in _PREPOSITIONS | {"during", "after", "before", "like", "unlike"}  # "X, in an interview, said"
    )
    head = _np_before(toks, comma) if opens_description else None
    if _is_name(inner):
        context = (
            sentence.text[toks[head[0]].start - sentence.start : toks[comma].start - sentence.start] if head else ""
        )
        return (comma + 1, comma + 1 + len(inner)), context
    head = head or _description_before(toks, comma)
    return (head, " ".join(t.text for t in inner)) if head else None


_PLACED = frozenset({"from", "in", "near", "outside", "of"})  # what introduces where someone is from


def _region_of_place(toks: list[Token], comma: int, inner: list[Token]) -> bool:
    """Whether the capitalised words between ``comma`` and the next comma (``inner``) are the region of
    a place named just before: "from Sumter, South Carolina,", "in Monsey, N.Y.,". Read as a name in
    apposition, the region was taken for the speaker; a person's name there opens with a first name
    ("the head of Acme, Jane Roe, said"), which is kept."""
    j = comma - 1
    while j >= 0 and comma - j <= 3 and toks[j].text[:1].isupper():
        j -= 1
    placed = 0 <= j < comma - 1 and toks[j].low in _PLACED
    region = 1 <= len(inner) <= 3 and all(t.text[:1].isupper() for t in inner)
    return placed and region and inner[0].low not in first_names()


def _speaker_before_appositive_range(sentence: Sentence, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker of "X, DESCRIPTION(S), CUE" as a token range."""
    found = _speaker_before_appositive(sentence, toks, i - 1)
    nested = found and found[0][0] > 0 and toks[found[0][0] - 1].low in {",", "of", "for", "at"}
    if found and (not nested or _is_name(toks[found[0][0] : found[0][1]])):
        return found[0]  # "X, DESCRIPTION, said" or the appositive name: "Bob's niece, Marcia Price, said"
    return _speaker_before_descriptions(toks, i) or (found[0] if found else None)


_NOT_NAME_OPENERS = frozenset(_DETERMINERS | _INTRO_WORDS | _PREPOSITIONS | _TIME_WORDS)


def _speaker_of_appositives(
    sentence: Sentence, toks: list[Token], closing: int, i: int
) -> tuple[tuple[int, int], str] | None:
    """The speaker of "NAME, DESCRIPTION, MORE DESCRIPTION, CUE": the name that opens the
    chain, not the head of its last description ("Jane Roe, the mayor of Springfield, a city
    of 50,000, said" is Jane Roe's, not the mayor's or Springfield's). The head before the
    last comma is kept when it opens the chain itself or is the appositive name."""
    found = _speaker_before_appositive(sentence, toks, closing)
    if found is None or (
        found[0][0] > 0 and toks[found[0][0] - 1].text == "," and _is_name(toks[found[0][0] : found[0][1]])
    ):
        return found  # no appositive, or the appositive is the name: "the minister, Jane Roe, said"
    a = found[0][0]
    nested = a > 0 and (toks[a - 1].text == "," or toks[a - 1].low in _PREPOSITIONS)
    head = _speaker_before_descriptions(toks, i) if nested else None
    opener = toks[head[0]] if head else None
    if head and opener.text[:1].isupper() and opener.low not in _NOT_NAME_OPENERS and head[1] <= a:
        return head, ""
    return found


def _speaker_before_descriptions(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker at the start of its clause, before several comma-separated descriptions
    and the cue at ``i`` ("Goldberg, editor at large of The Forward, an influential New
    York-based newspaper, wrote"; '"...," the economist Jared Bernstein, a former adviser,
    wrote'). The clause starts at the sentence start or after a quotation that ends in a
    comma; the speaker is the name or description there, followed by a comma."""
    start = 0
    for j in range(i - 1, max(-1, i - 45), -1):
        inner = 1 if j > 1 and toks[j - 1].text in {"’", "'"} else 0  # "... the labels of ‘criminal,’”"
        if toks[j].text in {"”", '"'} and j > inner and toks[j - 1 - inner].text in {",", "?", "!"}:
            start = j + 1
            break
        if toks[j].text in {";", ":"}:
            start = j + 1
            break
    np = _np_after(toks, start)
    if np is None or np[1] >= i - 1 or toks[np[1]].text != ",":
        return None
    return np
