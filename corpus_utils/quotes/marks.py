"""Quotation marks: the spans they enclose, and what a span reads as (a statement of its
own, a label, the title of a work).

Curly and straight double marks pair across sentences and paragraphs (a quotation that
runs on into the next paragraph reopens there); single curly marks enclose short labels.
Stray or unbalanced marks become warnings, never errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_utils.articles import Sentence
from corpus_utils.quotes.words import _MINOR_WORDS, nickname_marks
from corpus_utils.spans import SpanIndex


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # first character inside the marks
    end: int
    open_mark: int
    close_mark: int


Marks = SpanIndex[QuotedSpan]  # the quotation marks of an article, by the offsets of their marks


# (each alternative a character to look for first: a set of characters with the break beside it
# would make Python try the pattern at every position)
_MARK_OR_BREAK = re.compile('(?:“|”|"|‘|\n\n)')


def quoted_spans(text: str) -> tuple[list[QuotedSpan], list[str]]:
    """Quotation-mark pairs in ``text`` and warnings about marks that pair with nothing."""
    spans: Marks = []
    warnings: list[str] = []
    open_at: int | None = None
    open_char = ""
    nested = False  # a “quotation” inside a "straight-quoted" one: part of the outer statement
    i = 0
    while found := _MARK_OR_BREAK.search(text, i):  # every other character changes nothing
        i = found.start()
        ch = text[i]
        if open_char == '"' and open_at is not None and ((ch == "”" and nested) or (ch == "“" and _nests(text, i))):
            nested = ch == "“"
            i += 1
            continue
        if text.startswith("\n\n", i) and open_at is not None:
            rest = text[i:].lstrip()
            if rest[:1] in {"“", '"'}:  # a quote running on into the next paragraph reopens it
                i = len(text) - len(rest)
                # a “ opening a paragraph inside a "straight-quoted" passage may be a quotation within it
                # ('"Melanie thought ... ¶ “It never crossed my mind,” she said ... a pillow."'): read as one
                i += 0 if rest[:1] == "“" and open_char == '"' and _nests(text, i) else 1
                continue
            warnings.append(f"unclosed quotation mark at character {open_at}")
            open_at, nested = None, False
        if ch == "“" or (ch in {'"', "”"} and open_at is None and _opens(text, i)):
            if open_at is not None:
                warnings.append(f"quotation mark at character {open_at} is never closed")
            open_at, open_char = i, ch
        elif ch == "”" or (ch == '"' and open_at is not None):
            if open_at is None:
                warnings.append(f"closing quotation mark at character {i} has no opening mark")
            else:  # a mixed pair ("…” or “…") closes too: typed marks are often mixed
                spans.append(_span(text, open_at, i))
                open_at = None
        elif ch == "‘" and open_at is None:
            close = _single_close(text, i)
            if close is not None:
                spans.append(_span(text, i, close))
                i = close
        i += 1
    if open_at is not None:
        warnings.append(f"unclosed quotation mark at character {open_at}")
    names = nickname_marks(text) if spans else set()
    return [s for s in spans if s.end > s.start and s.open_mark not in names], warnings


_NESTED_REACH = 2000  # characters a quotation within a quotation may run: bounds the look-ahead


def _opens(text: str, i: int) -> bool:
    """Does the mark at ``i``, with no quotation open, open one? A straight mark does; a closing
    curly mark typed for an opening one does where an opening one stands: after a space or a
    paragraph's start, before a word (“Mr. Trump’s strategy ...” typed ”Mr. Trump’s ...)."""
    return text[i] == '"' or ((i == 0 or text[i - 1].isspace()) and text[i + 1 : i + 2].isalnum())


def _nests(text: str, i: int) -> bool:
    """The “ at ``i``, inside a "straight-quoted" passage, opens a quotation within it: its ” and
    then the straight closing mark follow in the same paragraph ("… the question: “Do you …?” Forty-three,
    yes."). A stray straight mark is no passage, and one right before the “ only wraps a paragraph
    ("“…,” Rubio responded …"): the curly quotation is one of its own."""
    if text[i - 1 : i] == '"':
        return False
    end = text.find("\n\n", i, i + _NESTED_REACH)
    paragraph = text[i : end if end >= 0 else i + _NESTED_REACH]
    close = paragraph.find("”")
    return close > 0 and '"' in paragraph[close:] and "“" not in paragraph[1:close]


def _single_close(text: str, start: int) -> int | None:
    """The ’ closing a single-quoted span, not an apostrophe: a ‘label’ of at most six words,
    or, in British style, a whole ‘Quotation that opens with a capital,’ closed after a
    clause end (an apostrophe follows a letter: "the players’ union", "Kyiv’s")."""
    for m in re.finditer("’", text[start + 1 : start + 80]):
        j = start + 1 + m.start()
        if _possessive(text, j):
            continue
        if j + 1 >= len(text) or not text[j + 1].isalpha():
            inner = text[start + 1 : j]
            if 0 < len(inner.split()) <= 6 and "\n" not in inner:
                return j
            break
    if not text[start + 1 : start + 2].isupper():
        return None
    paragraph_end = text.find("\n", start)
    limit = min(start + 600, paragraph_end if paragraph_end >= 0 else len(text))
    for m in re.finditer(r"(?<=[.,!?;])’(?![A-Za-z])", text[start + 1 : limit]):
        return start + 1 + m.start()
    return None


def _possessive(text: str, j: int) -> bool:
    """The ’ at ``j`` ends a plural possessive ("the players’ union"), not a quotation."""
    return text[j - 1 : j] == "s" and bool(re.match(r" [a-z]", text[j + 1 : j + 3]))


def _span(text: str, open_mark: int, close_mark: int) -> QuotedSpan:
    start, end = open_mark + 1, close_mark
    while end > start and text[end - 1] in " ,.":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    return QuotedSpan(start, end, open_mark, close_mark)


def _inside(offset: int, spans: Marks) -> bool:
    return spans.covers(offset)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


# words quoted as words someone does not say: "his refusal to use the words “Islamic terrorism”", "for not
# using the term", "refrain from using the phrase" (but "Trump has used the phrase “...”": his words)
_WORDS_NOT_SAID = re.compile(
    r"\b(?:refus\w*|not|never|avoid\w*|refrain\w*|stop\w*|without|declin\w*|won't|wouldn't)\b[^.;:!?“”\"]{0,40}?"
    r"\b(?:the|a|this|that)\s+(?:words?|phrases?|terms?|expression|slogan|label)\s*,?\s*$",
    re.I,
)


def _is_label(text: str, span: QuotedSpan) -> bool:
    """Quoted words used as a name inside the reporter's sentence ("Ukraine's “acts of terrorism”"),
    or words someone is said not to say ("his refusal to use the words “Islamic terrorism”": the
    quotation is of the words, not of his statement)."""
    short = len(text[span.start : span.end].split()) <= 6
    if short and _WORDS_NOT_SAID.search(text, max(0, span.open_mark - 90), span.open_mark):
        return True
    before = text[max(0, span.open_mark - 12) : span.open_mark].lower().replace("’", "'")
    after = text[span.close_mark + 1 : span.close_mark + 3]
    inner = text[span.start : span.end]
    short = len(inner.split()) <= 5 and inner[:1].islower()
    return (
        short
        and bool(re.search(r"(?:'s|\bthe|\bso-called|\bits|\btheir)\s*$", before))
        and not re.search(r"\b(?:he|she|it|that|there|what|who|here|let)'s\s*$", before)  # "he's “liked ...”"
        and (
            not after.strip()
            or after.strip()[:1] in {".", ",", ";", ")", "?"}
            or after[:1] in {".", ","}
            or bool(re.match(r"\s(?:is|was|are|were)\b", text[span.close_mark + 1 : span.close_mark + 6]))
        )
    )


_SO_CALLED = re.compile(r"\bso-called\s*$", re.I)


def _so_called(text: str, span: QuotedSpan) -> bool:
    """A term the reporter names ('taxing so-called "pass through" income'): a label, whatever
    follows it, and the words of no speaker (a reader found it given to Trump, whose plan it was)."""
    return len(text[span.start : span.end].split()) <= 5 and bool(
        _SO_CALLED.search(text, max(0, span.open_mark - 12), span.open_mark)
    )


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_title(inner: str) -> bool:
    """The title of a work or a show in title case ("Meet the Press", "Parks and
    Recreation", "Lost Tycoon: The Many Lives of ...", and "The Apprentice", whose capital
    article marks a title): quoted, but nobody's words."""
    words = _TITLE_WORD.findall(inner)
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    enough = len(major) >= 2 or (len(major) == 1 and len(words) == 2 and words[0] in {"The", "A", "An"})
    return 0 < len(words) <= 10 and enough and all(w[0].isupper() for w in major) and not inner.isupper()


_WORK_NOUN = re.compile(
    r"\b(?:film|documentary|movie|show|program|programme|series|book|memoir|novel|song|album|play|podcast|"
    r"episode|segment|column|exhibit|exhibition|musical|opera|painting|video|commentary|essay|op-ed)"
    r",?\s+(?:called\s+|titled\s+|entitled\s+)?$",
    re.I,
)


def _names_a_work(text: str, open_mark: int, inner: str) -> bool:
    """Quoted words right after the noun of a work, or set off after it by a comma, or after
    "titled", capitalised and short: its title, even of one word ("the documentary “13th”", "his
    show, “Politicking”", "The 30-second spot, titled “Arrogant,”")."""
    before = text[max(0, open_mark - 40) : open_mark]
    noun = _WORK_NOUN.search(before) or _TITLED.search(before)
    spoken = bool(noun and "," in noun.group() and _SUBJECT_PRONOUN.match(inner))  # 'of the episode, "I ..."'
    return bool(noun) and not spoken and (inner[:1].isupper() or inner[:1].isdigit()) and len(inner.split()) <= 10


_TITLED = re.compile(r"\b(?:titled|entitled|headlined)\s+$", re.I)
_SUBJECT_PRONOUN = re.compile(r"(?:I|We|You|He|She|They|It|There)\b")


def _reads_as_label(inner: str) -> bool:
    """Quoted words that name something rather than say something: a few words, no clause
    end inside ("special military operation", "going to plan", "acts of terrorism")."""
    words = inner.split()
    if inner.rstrip(" ,.").endswith(("!", "?")):
        return False  # a figure someone gave ("2,521 shooting incidents"), a chant or a question: their words
    return 0 < len(words) <= 5 and not re.search(r"[.!?;:]", inner.rstrip(".,!? "))


def _reads_as_statement(text: str, span: QuotedSpan, sentence: Sentence) -> bool:
    """A quotation that is a sentence of its own: it opens its sentence (or follows a colon)
    and closes with a clause end inside or right after the marks."""
    lead = text[max(0, span.open_mark - 3) : span.open_mark].strip()
    opens = span.open_mark <= sentence.start + 1 or lead in {":", ""}
    closes = bool(re.search(r"[.!?,]\s*$", text[span.start : span.close_mark])) or text[
        span.close_mark + 1 : span.close_mark + 2
    ] in {".", "!", "?", ","}
    return opens and closes and len(text[span.start : span.end].split()) >= 2
