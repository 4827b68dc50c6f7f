"""Boilerplate removal: which lines of a saved article are not its text.

Cleaning is a list of general line rules (navigation crumbs, advertisements,
captions and credits, wire credit lines, embedded social posts, section labels and
crossheads in capitals, an editor's note or correction, repeated lines,
related-links tails, a trailing ``Source:`` line); each removed line is kept with the name of the rule that
removed it, so the book can show what was dropped and why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from corpus_utils.data import data_yaml
from corpus_utils.errors import ArticleError


@dataclass(frozen=True)
class Removal:
    line: str
    reason: str


# a navigation line starts with a bullet or an arrow, or is a menu's word; one that ends with an
# arrow (after spaces) is too: told by ``str.endswith``, not a regular expression tried at every
# character of every line
_NAV = re.compile(r"[•·▪►›»|]|(?:home|menu|search|skip to (?:main )?content)$", re.I)
_NAV_ENDS = ("»", "›")
# A crumb holds no separator, so each separator ends exactly one crumb: no backtracking.
_BREADCRUMB = re.compile(r"^(?:[^>|/]{1,40}\s[>|/]\s){2,}[^>|/]{1,80}$")
_AD = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|"
    r"story continues below(?: advertisement)?|scroll to continue(?: with content)?|"
    r"continue reading(?: below)?)\W*$",
    re.I,
)
_SHARE = re.compile(  # after a stray quotation mark too: the close of a transcript's running quote
    r"^[\"“]?(?:share(?: this)?(?: article| story| page)?|share on \w+|follow us on .{1,40}|"
    r"sign up (?:for|to) .{0,60}newsletter.{0,40}|subscribe(?: now)?(?: to .{1,60})?|"
    r"click here .{0,80}|print(?: this)?(?: article)?|email|comments?|"
    r"follow .{1,60}? on (?:twitter|facebook|instagram)(?: at)?(?: @\w{1,30})?(?: for more.{0,40})?|@\w{1,30}|"
    r"read the (?:rest|full (?:story|article|report))(?: of (?:the|this) (?:story|article))?"
    r"(?: (?:here|at .{1,40}))?)\W*$",
    re.I,
)
_RELATED = re.compile(
    r"^(?:related(?: sources| articles| stories| content| posts| coverage| news| reading| links)?|"
    r"read more|read also|also read|see also|more on this(?: story)?|you may also like|"
    r"recommended(?: for you)?|more from .{1,40})\s*:?\s*$",
    re.I,
)
_SOURCE = re.compile(r"^sources?\s*:\s*(?P<outlet>.+?)\s*$", re.I)
_AGENCIES = re.compile(r"(?<!\s)\s++(?:and|&|with)\s+(?:news\s+)?(?:agencies|wires)\s*$", re.I)  # linear
_CREDIT_WORDS = (
    r"(?:\bvia\b|\bAP\b|\bAFP\b|\bReuters\b|\bGetty\b|\bEPA\b|\bTASS\b|\bAnadolu\b|"
    r"\bphoto\b|\bfile\b|\bimage\b|\bcredit\b|\bhandout\b|\bcourtesy\b)"
)
_CREDIT_TAIL = re.compile(rf"[\[(][^\[\]()]{{0,100}}{_CREDIT_WORDS}[^\[\]()]{{0,100}}[\])]\s*$", re.I)
_CAPTION_HEAD = re.compile(r"^(?:photo(?:graph)?|image|picture|caption|credit|file photo|pictured)\b\s*[:(\-–—]", re.I)
# a post embedded from a social network: its markup, its link, or its signature line
# ("— Apple Music (@AppleMusic) September 28, 2016")
_EMBED = re.compile(
    r"</?tweet\b|pic\.twitter\.com/|\bt\.co/\w|[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}"
)
# embedded-post markup around the article's own text: its "author" is a sentence of prose, not an
# account (a scrape that wrapped a quoted fact-check in <tweet> tags); the text inside is kept
_BROKEN_EMBED = re.compile(
    r'^<tweet\b[^>]*?\btweet-author="(?P<author>[^"]*)"[^>]*>(?P<inner>.+?)<(?:/tweet|tweet/)>(?P<tail>.*)$'
)
_PROSE_WORDS = 8  # an author "name" this many words long is prose
# an embedded video's or picture's label in brackets: "[Video: FULL SPEECH: ... Watch on YouTube.]"
_EMBED_NOTE = re.compile(r"^\[(?:video|watch|audio|photo|graphic|slideshow)\b[^\[\]]{0,300}\]\.?$", re.I)


def _unwrapped(line: str) -> str:
    """The line without embedded-post markup that wraps prose instead of a post."""
    m = _BROKEN_EMBED.match(line)
    if m and len(m.group("author").split()) >= _PROSE_WORDS:
        return (m.group("inner") + m.group("tail")).strip()
    return line


# a note the outlet adds to an article, not its reporting: removed with the rest of its paragraph
_EDITORS_NOTE = re.compile(
    r"^(?:editor['’]s note|note to readers|disclosure|corrections?|clarifications?)\s*:|^corrections? appended\b"
    r"|^an earlier version of this (?:article|story|report|post)\b"  # a paper's correction, without its label
    r"|^this (?:article|story|report|post) (?:has been|was) (?:updated|revised|corrected|changed)\b",  # its update
    re.I,
)
# a wire service's credit line: "(Reporting by Jane Roe; Additional reporting by ...; Editing by ...)"
# the author's contact line the outlet appends ("AWR Hawkins is the Second Amendment columnist for Breitbart
# News ... Follow him on Twitter: @AWRHawkins. Reach him directly at awrhawkins@breitbart.com."): an address
# or a handle after an invitation to follow or write to the author
_AUTHOR_CONTACT = re.compile(
    r"\b(?:follow|reach|e-?mail|contact|write to)\s+(?:him|her|them|me|us)\b[^@\n]{0,60}@\w", re.IGNORECASE
)
_CREDIT_LINE = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b", re.I)
# a paper's line of where its own reporters were, names and places to its end (no agency's credit):
# "Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler ... from Kaneohe Bay, Hawaii.",
# "Amanda Terkel contributed reporting."; not a sentence of the story ("The Times reported from Kyiv
# that shelling continued.")
_REPORTERS_LINE = re.compile(  # "Bryant Rousseau and Caryn Wilson contributed reporting." too
    r"^(?:-{1,2}|[–—])\s*(?i:additional reporting from)\s+[A-Z][\w.'’ -]{1,60}$"  # "--additional reporting from X"
    r"|^(?:[A-Z][\w.'’-]*\s+(?:and\s+)?){1,6}(?:reported|contributed(?:\s+reporting)?)(?:\s+from\s+[A-Z]|\.$)"
    r"(?:[\w.'’-]*(?:[\s,;]+(?:and|from|reported|contributed|reporting|[A-Z][\w.'’-]*))*\.?$)?$"
)
# a line in capitals of a few words: an archive's or a page's section label ("ABSTRACT.", "FULL TEXT.",
# "LETTERS.", "OPINION") or a crosshead ("INTENSE CAMPAIGNING ON BOTH SIDES."), not a sentence of the text
_SECTION_LABEL = re.compile(r"^[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*){0,5}\s*[.:]?$")


@lru_cache(maxsize=1)
def genre_lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """``data/genres.yml``: the words that name a genre (-> the genre), and the words of a
    reporter's note (``provenance.genre``)."""
    data = data_yaml("genres.yml")
    words = {str(w): genre for genre in ("letters", "opinion", "analysis") for w in data[genre]}
    return words, frozenset(str(w) for w in data["reporter_words"])


@lru_cache(maxsize=1)
def _genre_label() -> re.Pattern[str]:
    """A line that is a genre's name in any case ("Letters."): a section label too."""
    words = sorted(genre_lexicon()[0], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\s*[.:]?$", re.I)


# a line that is a social-media handle alone: the rest of an embed, unless an article has several, which sign
# the posts a letters page prints ("Give her a break. ...", "@Fred_945.")
_HANDLE_LINE = re.compile(r"^@\w{1,30}\.?$")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]…]$")


def standard_quotation_marks(text: str) -> str:
    """Other renderings of double quotation marks as the curly ones everything after reading
    knows: two grave accents (``) open and two apostrophes ('') open or close, as wire copy
    and archives converted for typesetting or tokenising write them (the New York Times'
    archive, the Penn Treebank); a pair of guillemets (« ») opens and closes (a lone » is a
    navigation arrow, "• HOME»", and stays)."""
    if not any(mark in text for mark in ("``", "''", "«")):
        return text
    text = text.replace("``", "“").replace("''", '"')
    return _GUILLEMETS.sub(r"“\1”", text) if "«" in text else text


_GUILLEMETS = re.compile(r"«([^«»\n]{1,2000})»")
_BLANKS = re.compile(r"[ \t\u00a0]+")


def _norm_line(line: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", line).split()).casefold()


def _is_caption(line: str) -> bool:
    return bool(_CREDIT_TAIL.search(line) or _CAPTION_HEAD.match(line))


def _embedded(line: str) -> bool:
    """``_EMBED`` in ``line``, looked for only in a line that holds what each of its branches must
    ("tweet", ".co" of both links, "(@" of the signature): most lines hold none of them."""
    return ("tweet" in line or ".co" in line or "(@" in line) and _EMBED.search(line) is not None


def _line_rule(line: str) -> str | None:
    """The name of the furniture rule that a single line matches, if any."""
    if _AD.match(line):
        return "advertisement"
    if _NAV.match(line) or line.rstrip().endswith(_NAV_ENDS) or _BREADCRUMB.match(line):
        return "navigation"
    if _SHARE.match(line):
        return "share/subscribe furniture"
    if _AUTHOR_CONTACT.search(line):
        return "author box"
    if not any(c.isalnum() or c in "“”\"'‘’" for c in line):
        return "separator"  # "___.", "* * *": no words (a lone quotation mark closes a quotation)
    if _is_caption(line):
        return "image caption or credit"
    if _embedded(line):
        return "embedded post"
    if _CREDIT_LINE.match(line):
        return "credit line"
    if _REPORTERS_LINE.match(line):
        return "reporters' line"
    if _EMBED_NOTE.match(line):
        return "embedded post"
    if _SECTION_LABEL.match(line) or _genre_label().match(line):
        return "section label or crosshead"
    return None


@dataclass(frozen=True)
class Cleaned:
    headline: str
    paragraphs: tuple[str, ...]
    removed: tuple[Removal, ...]
    source_outlet: str | None


def _alt_text_lines(lines: list[str], first_content: int) -> set[int]:
    """Lines that are an image's alt text: unpunctuated, right before a caption."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not line or not _is_caption(line):
            continue
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        if j > first_content and not _SENTENCE_END.search(lines[j]) and _line_rule(lines[j]) is None:
            found.add(j)
    return found


_ABSTRACT_LABEL = re.compile(r"abstract\s*[.:]?", re.I)
_FULL_TEXT_LABEL = re.compile(r"full\s+text\s*[.:]?", re.I)


def _index_abstract(lines: list[str]) -> set[int]:
    """Lines between an archive's "ABSTRACT." and "FULL TEXT." labels: the index's summary of the
    article (a ProQuest-style export), not its text; a summary with no text after its label stays."""
    start = next((i for i, line in enumerate(lines) if _ABSTRACT_LABEL.fullmatch(line)), None)
    if start is None:
        return set()
    end = next((i for i in range(start + 1, len(lines)) if _FULL_TEXT_LABEL.fullmatch(lines[i])), None)
    if end is None or not any(line and _line_rule(line) is None for line in lines[end + 1 :]):
        return set()
    return set(range(start + 1, end))


def _join_wrapped(block: list[str]) -> list[str]:
    """Lines of one block as paragraphs: a line is its own paragraph unless it was
    hard-wrapped (no sentence end, next line starts in lower case)."""
    paragraphs: list[str] = []
    for line in block:
        if paragraphs and not _SENTENCE_END.search(paragraphs[-1]) and line[:1].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


def clean(raw: str) -> Cleaned:
    """Split raw article text into headline, body paragraphs and removed furniture."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or "\t" in text or "\xa0" in text:  # else each run of blanks is one space already
        text = _BLANKS.sub(" ", text)  # runs of blanks made one space in the whole text at once
    lines = [line.strip() for line in text.split("\n")]
    lines = [_unwrapped(line) for line in lines]
    removed: list[tuple[int, Removal]] = []  # with the line number, to report them in text order

    for i, line in enumerate(lines):
        if line and _RELATED.match(line):
            removed.extend((j, Removal(tail, "related-links tail")) for j, tail in enumerate(lines[i:], i) if tail)
            lines = lines[:i]
            break

    source_outlet = None
    last = max((i for i, line in enumerate(lines) if line), default=None)
    if last is not None and (m := _SOURCE.match(lines[last])):
        source_outlet = _AGENCIES.sub("", m.group("outlet")).strip() or None
        removed.append((last, Removal(lines[last], "source line")))
        lines = lines[:last]

    first_content = next((i for i, line in enumerate(lines) if line and _line_rule(line) is None), None)
    if first_content is None:
        raise ArticleError("no article text after removing site furniture")
    alt_text = _alt_text_lines(lines, first_content)
    abstract = _index_abstract(lines)
    handles = [i for i, line in enumerate(lines) if _HANDLE_LINE.match(line)]
    signatures = set(handles) if len(handles) >= 2 else set()  # a letters page's posts, each signed by its author

    heading = [first_content]  # a headline that ends with a semicolon runs on into its deck
    while lines[heading[-1]].endswith(";") and heading[-1] + 1 < len(lines) and lines[heading[-1] + 1]:
        heading.append(heading[-1] + 1)
    headline = " ".join(lines[i] for i in heading)
    headline_key = _norm_line(headline)
    seen = {headline_key}
    blocks: list[list[str]] = [[]]
    note = False  # inside an editor's note, which runs on over wrapped lines to the end of its sentence
    for i, line in enumerate(lines):
        if not line:
            blocks.append([])
            note = False
            continue
        if i in heading:
            blocks.append([])
            continue
        note = note or bool(_EDITORS_NOTE.match(line))
        rule = "editor's note" if note else "image alt text" if i in alt_text else _line_rule(line)
        rule = "index abstract" if rule is None and i in abstract else rule
        rule = None if i in signatures else rule
        note = note and not _SENTENCE_END.search(line)
        key = _norm_line(line) if rule is None else ""  # a line's key, made once
        if rule is None and key in seen:
            rule = "repeated headline" if key == headline_key else "repeated line"
        if rule is not None:
            removed.append((i, Removal(line, rule)))
            continue
        seen.add(key)
        blocks[-1].append(line)

    paragraphs = tuple(p for block in blocks for p in _join_wrapped(block))
    if not paragraphs:
        raise ArticleError("no body text after the headline")
    return Cleaned(headline, paragraphs, tuple(r for _, r in sorted(removed, key=lambda item: item[0])), source_outlet)
