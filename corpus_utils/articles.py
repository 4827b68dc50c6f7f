"""Read a folder of news articles into clean, sentence-split dataclasses.

Every later step (quotes, timeline, numbers, framing) works on the ``Article`` this
module returns, never on the raw file: one place decides what is article text.
Article files come from scrapes and copy-paste, so the input is untrusted:
a file that cannot be read becomes a ``Problem`` with a one-line reason and the
rest of the corpus still loads.

Cleaning is a list of general line rules (navigation crumbs, advertisements,
captions and credits, repeated lines, related-links tails, a trailing
``Source:`` line); each removed line is kept with the name of the rule that
removed it, so the book can show what was dropped and why.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from corpus_utils.dates import find_full_dates, parse_iso_date
from corpus_utils.spans import index_of

MAX_FILE_BYTES = 5_000_000  # a news article is kilobytes; anything larger is not one
# The longest sentence of PolNeAR's 30,000 training sentences has 979 characters; a longer
# run without a sentence end is cut at a space (see ``bounded_spans``).
MAX_SENTENCE_CHARS = 1_200


class CorpusError(Exception):
    """The corpus as a whole cannot be used (no folder, no readable article)."""


class ArticleError(Exception):
    """One article file cannot be used; the message says why in a few words."""


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int  # offsets into Article.text
    end: int
    paragraph: int


@dataclass(frozen=True)
class Removal:
    line: str
    reason: str


@dataclass(frozen=True)
class ManifestRow:
    article_id: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Article:
    article_id: str
    headline: str
    text: str
    paragraphs: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    removed: tuple[Removal, ...] = ()
    outlet: str | None = None
    published: str | None = None  # ISO date
    published_source: str | None = None  # "manifest", "text" or None
    url: str | None = None
    encoding: str = "utf-8"

    @property
    def n_words(self) -> int:
        return count_words(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds ``offset``, or the next one when it falls between two
        (found by bisection: extractors ask for every item of an article)."""
        i = index_of(self._sentence_starts, offset)
        sentence = self.sentences[i]
        return self.sentences[i + 1] if offset >= sentence.end and i + 1 < len(self.sentences) else sentence


@dataclass(frozen=True)
class Problem:
    path: str
    problem: str


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# --------------------------------------------------------------------------- decoding


def decode(data: bytes) -> tuple[str, str]:
    """Bytes of an article file as text and the encoding that read them.

    UTF-8 (with or without BOM) first; then cp1252, the usual encoding of
    Windows-saved news copy; then latin-1. A file with NUL bytes or many control
    characters is binary, whatever decodes it.
    """
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (NUL bytes), not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
        if controls > max(2, len(text) // 100):
            if encoding == "utf-8-sig":
                raise ArticleError("binary file (control characters), not text")
            continue
        return text, ("utf-8" if encoding == "utf-8-sig" else encoding)
    raise ArticleError("undecodable: not UTF-8, cp1252 or latin-1 text")


# --------------------------------------------------------------------------- cleaning

_NAV = re.compile(r"^[•·▪►›»|]|[»›]\s*$|^(?:home|menu|search|skip to (?:main )?content)$", re.I)
# A crumb holds no separator, so each separator ends exactly one crumb: no backtracking.
_BREADCRUMB = re.compile(r"^(?:[^>|/]{1,40}\s[>|/]\s){2,}[^>|/]{1,80}$")
_AD = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|"
    r"story continues below(?: advertisement)?|scroll to continue(?: with content)?|"
    r"continue reading(?: below)?)\W*$",
    re.I,
)
_SHARE = re.compile(
    r"^(?:share(?: this)?(?: article| story| page)?|share on \w+|follow us on .{1,40}|"
    r"sign up (?:for|to) .{0,60}newsletter.{0,40}|subscribe(?: now)?(?: to .{1,60})?|"
    r"click here .{0,80}|print(?: this)?(?: article)?|email|comments?)\W*$",
    re.I,
)
_RELATED = re.compile(
    r"^(?:related(?: sources| articles| stories| content| posts| coverage| news| reading| links)?|"
    r"read more|read also|also read|see also|more on this(?: story)?|you may also like|"
    r"recommended(?: for you)?|more from .{1,40})\s*:?\s*$",
    re.I,
)
_SOURCE = re.compile(r"^sources?\s*:\s*(?P<outlet>.+?)\s*$", re.I)
_AGENCIES = re.compile(r"\s+(?:and|&|with)\s+(?:news\s+)?(?:agencies|wires)\s*$", re.I)
_CREDIT_WORDS = (
    r"(?:\bvia\b|\bAP\b|\bAFP\b|\bReuters\b|\bGetty\b|\bEPA\b|\bTASS\b|\bAnadolu\b|"
    r"\bphoto\b|\bfile\b|\bimage\b|\bcredit\b|\bhandout\b|\bcourtesy\b)"
)
_CREDIT_TAIL = re.compile(rf"[\[(][^\[\]()]{{0,100}}{_CREDIT_WORDS}[^\[\]()]{{0,100}}[\])]\s*$", re.I)
_CAPTION_HEAD = re.compile(r"^(?:photo(?:graph)?|image|picture|caption|credit|file photo|pictured)\b\s*[:(\-–—]", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]…]$")


def _norm_line(line: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line)).strip().casefold()


def _is_caption(line: str) -> bool:
    return bool(_CREDIT_TAIL.search(line) or _CAPTION_HEAD.match(line))


def _line_rule(line: str) -> str | None:
    """The name of the furniture rule that a single line matches, if any."""
    if _AD.match(line):
        return "advertisement"
    if _NAV.search(line) or _BREADCRUMB.match(line):
        return "navigation"
    if _SHARE.match(line):
        return "share/subscribe furniture"
    if _is_caption(line):
        return "image caption or credit"
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
    lines = [
        re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
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

    headline = lines[first_content]
    seen = {_norm_line(headline)}
    blocks: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if not line:
            blocks.append([])
            continue
        if i == first_content:
            blocks.append([])
            continue
        rule = "image alt text" if i in alt_text else _line_rule(line)
        if rule is None and _norm_line(line) in seen:
            rule = "repeated headline" if _norm_line(line) == _norm_line(headline) else "repeated line"
        if rule is not None:
            removed.append((i, Removal(line, rule)))
            continue
        seen.add(_norm_line(line))
        blocks[-1].append(line)

    paragraphs = tuple(p for block in blocks for p in _join_wrapped(block))
    if not paragraphs:
        raise ArticleError("no body text after the headline")
    return Cleaned(headline, paragraphs, tuple(r for _, r in sorted(removed, key=lambda item: item[0])), source_outlet)


# --------------------------------------------------------------------------- sentences


@lru_cache(maxsize=1)
def _splitter() -> PunktSentenceTokenizer:
    """Punkt with a documented abbreviation list: NLTK ships no trained model here."""
    text = resources.files("corpus_utils.data").joinpath("abbreviations.txt").read_text("utf-8")
    params = PunktParameters()
    params.abbrev_types = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return PunktSentenceTokenizer(params)


def sentence_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, none longer than ``MAX_SENTENCE_CHARS``."""
    for start, end in _splitter().span_tokenize(paragraph):
        yield from bounded_spans(paragraph, start, end)


def bounded_spans(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut into pieces of at most ``limit`` characters, at a space where
    there is one. Every extractor works sentence by sentence, so this bounds the cost of a
    run-on "sentence" that a scrape or a hostile file can contain (real ones stay whole)."""
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        cut = cut if cut > start else start + limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1] == " ":
            piece_end -= 1
        yield start, piece_end if piece_end > start else cut
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        yield start, end


def split_sentences(paragraphs: tuple[str, ...]) -> tuple[str, tuple[Sentence, ...]]:
    """Join paragraphs into the article text and split it into offset sentences."""
    sentences: list[Sentence] = []
    offset = 0
    for p_index, paragraph in enumerate(paragraphs):
        for start, end in sentence_spans(paragraph):
            sentences.append(Sentence(len(sentences), paragraph[start:end], offset + start, offset + end, p_index))
        offset += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(sentences)


_WORD = re.compile(r"\w+(?:['’\-.]\w+)*")


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


# --------------------------------------------------------------------------- manifest and corpus


def read_manifest(path: Path, warn: Callable[[str], None]) -> dict[str, ManifestRow]:
    """Manifest rows by article id; bad cells are warned about and left empty."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "article_id" not in reader.fieldnames:
                raise CorpusError(f"{path}: manifest has no 'article_id' column")
            rows: dict[str, ManifestRow] = {}
            for n, row in enumerate(reader, start=2):
                article_id = (row.get("article_id") or "").strip()
                if not article_id:
                    continue
                published = (row.get("published") or "").strip() or None
                if published and parse_iso_date(published) is None:
                    warn(f"{path}:{n}: published {published!r} is not an ISO date (YYYY-MM-DD); ignored")
                    published = None
                rows[article_id] = ManifestRow(
                    article_id,
                    outlet=(row.get("outlet") or "").strip() or None,
                    published=published,
                    url=(row.get("url") or "").strip() or None,
                    notes=(row.get("notes") or "").strip() or None,
                )
            return rows
    except (UnicodeDecodeError, csv.Error) as exc:
        raise CorpusError(f"{path}: unreadable manifest ({exc})") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read manifest ({exc.strerror})") from None


def parse_article(article_id: str, data: bytes, meta: ManifestRow | None = None) -> Article:
    """One article from the bytes of its file and its manifest row (pure: no I/O)."""
    text, encoding = decode(data)
    cleaned = clean(text)
    body, sentences = split_sentences(cleaned.paragraphs)
    meta = meta or ManifestRow(article_id)
    published, published_source = meta.published, "manifest" if meta.published else None
    if published is None:
        dates = find_full_dates(f"{cleaned.headline}\n{body}")
        if dates:
            published, published_source = dates[0][0].isoformat(), "text"
    return Article(
        article_id=article_id,
        headline=cleaned.headline,
        text=body,
        paragraphs=cleaned.paragraphs,
        sentences=sentences,
        removed=cleaned.removed,
        outlet=meta.outlet or cleaned.source_outlet,
        published=published,
        published_source=published_source,
        url=meta.url,
        encoding=encoding,
    )


def read_article(path: Path, meta: ManifestRow | None = None) -> Article:
    """Read and parse one article file; ArticleError says why it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(f"too large for an article ({size:,} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read ({exc.strerror})") from None
    return parse_article(path.stem, data, meta)


def article_paths(corpus: Path) -> list[Path]:
    """The ``*.txt`` files of a corpus folder, in name order; CorpusError if none."""
    if not corpus.exists():
        raise CorpusError(f"{corpus}: no such folder")
    if not corpus.is_dir():
        raise CorpusError(f"{corpus}: not a folder")
    paths = sorted(p for p in corpus.glob("*.txt") if p.is_file())
    if not paths:
        raise CorpusError(f"{corpus}: no *.txt article files in this folder")
    return paths


def default_manifest(corpus: Path, manifest: Path | None) -> Path | None:
    """The manifest to use: the one given, else ``corpus/manifest.csv`` if present."""
    if manifest is not None:
        if not manifest.is_file():
            raise CorpusError(f"{manifest}: no such manifest file")
        return manifest
    candidate = corpus / "manifest.csv"
    return candidate if candidate.is_file() else None


def load_corpus(
    corpus: Path,
    manifest: Path | None = None,
    warn: Callable[[str], None] = lambda message: None,
) -> Corpus:
    """Load every article of a folder; bad files become problems, not exceptions."""
    paths = article_paths(corpus)
    manifest_path = default_manifest(corpus, manifest)
    meta = read_manifest(manifest_path, warn) if manifest_path else {}
    result = Corpus()
    for path in paths:
        try:
            article = read_article(path, meta.get(path.stem))
        except ArticleError as exc:
            warn(f"{path}: skipped: {exc}")
            result.problems.append(Problem(str(path), str(exc)))
            continue
        if article.encoding != "utf-8":
            warn(f"{path}: not UTF-8; read as {article.encoding}")
        result.articles.append(article)
    if not result.articles:
        raise CorpusError(f"{corpus}: no readable article ({len(result.problems)} file(s) skipped)")
    return result
