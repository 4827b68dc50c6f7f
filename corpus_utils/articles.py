"""Read a folder of news articles into clean, sentence-split dataclasses.

Every later step (quotes, timeline, numbers, framing) works on the ``Article`` this
module returns, never on the raw file: one place decides what is article text.
Article files come from scrapes and copy-paste, so the input is untrusted:
a file that cannot be read becomes a ``Problem`` with a one-line reason and the
rest of the corpus still loads.

What is boilerplate rather than article text is decided by ``cleaning``.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import ftfy
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from corpus_utils.cleaning import Removal, clean, standard_quotation_marks
from corpus_utils.data import data_text, stopwords
from corpus_utils.dates import EARLIEST_DATE, LATEST_DATE, find_full_dates, parse_iso_date
from corpus_utils.errors import ArticleError, CorpusError
from corpus_utils.spans import index_of

MAX_FILE_BYTES = 5_000_000  # a news article is kilobytes; anything larger is not one
# The longest sentence of PolNeAR's 30,000 training sentences has 979 characters; a longer
# run without a sentence end is cut at a space (see ``bounded_spans``).
MAX_SENTENCE_CHARS = 1_200


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int  # offsets into Article.text
    end: int
    paragraph: int


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
    warnings: tuple[str, ...] = ()  # what reading the file noticed (encoding, control characters)

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


_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # category Cc less tab, newlines, form feed
_C1_BYTES = re.compile(rb"[\x80-\x9f]")


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Bytes of an article file as text, the encoding that read them, and what reading them
    repaired (garbled accents, control characters removed).

    A byte-order mark says UTF-8, UTF-16 or UTF-32; without one, UTF-8, else a single-byte
    encoding: cp1252 when the file uses its printable 0x80–0x9F range (curly quotes, dashes),
    latin-1 otherwise (the two agree on every other byte). Accents garbled by an earlier decoding
    are repaired (``repair_mojibake``). A text that is more than 1 % control characters (or NUL
    bytes) is binary, whatever decodes it; a few stray ones (a NUL from a bad copy) are removed so
    that they never reach a table.
    """
    if not data.strip():
        raise ArticleError("empty file")
    bom = next(((mark, codec, label) for mark, codec, label in _BOMS if data.startswith(mark)), None)
    if bom is not None:
        mark, codec, label = bom
        try:
            text = data[len(mark) :].decode(codec)
        except UnicodeDecodeError:
            raise ArticleError(f"undecodable: starts with a {label} byte-order mark but is not {label}") from None
    else:
        try:
            text, label = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            label = "cp1252" if _C1_BYTES.search(data) else "latin-1"
            try:
                text = data.decode(label)
            except UnicodeDecodeError:  # a byte cp1252 leaves undefined: only latin-1 reads it
                text, label = data.decode("latin-1"), "latin-1"
    if text.count("\x00") > len(text) // 100:
        raise ArticleError(f"binary file ({text.count(chr(0)):,} NUL bytes), not text")
    text, garbled = repair_mojibake(text)
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100):
        raise ArticleError(f"binary file ({controls:,} control characters), not text")
    if not text.strip():
        raise ArticleError("empty file")
    notes = [f"{garbled:,} word(s) with garbled accents repaired (text decoded twice before)"] if garbled else []
    if controls:
        notes.append(f"{controls:,} control character(s) removed")
    return (_CONTROLS.sub("", text) if controls else text), label, tuple(notes)


# The first character UTF-8's two-byte accents and three-byte punctuation become when read as
# cp1252 or latin-1 ("Ã©" for "é", "â€”" for "—"): a text without one has nothing to repair.
_MOJIBAKE_MARKS = re.compile("[ÃÂâÅ]")


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with accents garbled by a second decoding repaired ("FranÃ§ois" is François,
    "PeÃ±a" Peña), and how many words were repaired.

    Scraped and archived copy is often UTF-8 read as cp1252 and saved again, sometimes twice,
    and a garbled name is no name to the rules that find speakers. ftfy (made for this) undoes
    it only where its heuristics are sure, so a real "Ã" stays. The text is composed (NFC)
    first: some archives store "Ã" as "A" and a combining tilde, which hides the pattern. The count
    is of words changed.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    marks = len(_MOJIBAKE_MARKS.findall(text))
    if not marks or marks > len(text) // 10:  # none, or so many that this is no garbled English
        return text, 0
    lines = text.split("\n")
    repaired = [ftfy.fix_encoding(line) if _MOJIBAKE_MARKS.search(line) else line for line in lines]
    pairs = zip(lines, repaired, strict=True)
    changed = sum(a != b for old, new in pairs for a, b in zip(old.split(), new.split(), strict=False))
    return "\n".join(repaired), changed


# --------------------------------------------------------------------------- sentences


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """``data/abbreviations.txt``: the abbreviations the sentence splitter knows (lower case,
    without their full stop), which the quote tokens also keep with their stop."""
    text = data_text("abbreviations.txt")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _splitter() -> PunktSentenceTokenizer:
    """Punkt with a documented abbreviation list: NLTK ships no trained model here."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


def sentence_spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, none longer than ``MAX_SENTENCE_CHARS``."""
    for start, end in _joined(paragraph, _splitter().span_tokenize(paragraph)):
        yield from bounded_spans(paragraph, start, end)


def _joined(paragraph: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Punkt's spans, each joined to the next where ``_no_break`` finds that Punkt broke a sentence."""
    held: tuple[int, int] | None = None
    for start, end in spans:
        if held and _no_break(paragraph, held, start):
            held = (held[0], end)
            continue
        if held:
            yield held
        held = (start, end)
    if held:
        yield held


_QUOTED_QUESTION_END = re.compile(r"[?!][”\"’']+$")
# a person's initials at a sentence's end ("Rep. G.K.") and the capitalised word that follows
_INITIALS_END = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})$")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def _no_break(paragraph: str, held: tuple[int, int], start: int) -> bool:
    """Whether the span ``held`` runs on into the one at ``start``: a quoted question or exclamation
    and the lower-case words that attribute it ('“Who do you trust?” said David Plouffe.'), or
    initials the abbreviation list does not hold and a capitalised word that is no function word
    ("Rep. G.K. Butterfield" is a name, not two sentences: a reader found "G.K." quoted apart from
    its speaker; "Washington D.C. He recalled" still ends at the initials), and initials and a
    lower-case word ("the D.C. conduct standards")."""
    if paragraph[start : start + 1].islower():  # "the D.C. conduct standards": initials before a word
        return bool(_QUOTED_QUESTION_END.search(paragraph, *held) or _INITIALS_END.search(paragraph, *held))
    initials = _INITIALS_END.search(paragraph, *held)
    word = _CAPITALISED.match(paragraph, start)
    return bool(
        initials
        and word
        and initials.group(1)[:-1].lower() not in abbreviations()
        and word.group().lower() not in stopwords()
    )


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
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- manifest and corpus


def read_manifest(path: Path, warn: Callable[[str], None]) -> dict[str, ManifestRow]:
    """Manifest rows by article id, decoded like the articles; bad cells and repeated ids
    are warned about (the first row of an id is kept)."""
    try:
        text, encoding, _ = decode(read_bytes(path, follow_links=True))
    except ArticleError as exc:
        raise CorpusError(f"{path}: unreadable manifest ({exc})") from None
    if encoding != "utf-8":
        warn(f"{path}: not UTF-8; read as {encoding}")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or "article_id" not in reader.fieldnames:
            raise CorpusError(f"{path}: manifest has no 'article_id' column")
        rows: dict[str, ManifestRow] = {}
        for n, row in enumerate(reader, start=2):
            article_id = (row.get("article_id") or "").strip()
            if not article_id:
                continue
            if article_id in rows:
                warn(f"{path}:{n}: article_id {article_id!r} repeats an earlier row; this row is ignored")
                continue
            published = (row.get("published") or "").strip() or None
            if published and parse_iso_date(published) is None:
                warn(
                    f"{path}:{n}: published {published!r} is not an ISO date (YYYY-MM-DD) between "
                    f"{EARLIEST_DATE} and {LATEST_DATE}; taken as unknown"
                )
                published = None
            rows[article_id] = ManifestRow(
                article_id,
                outlet=(row.get("outlet") or "").strip() or None,
                published=published,
                url=(row.get("url") or "").strip() or None,
                notes=(row.get("notes") or "").strip() or None,
            )
        return rows
    except csv.Error as exc:
        raise CorpusError(f"{path}: unreadable manifest ({exc})") from None


def parse_article(article_id: str, data: bytes, meta: ManifestRow | None = None) -> Article:
    """One article from the bytes of its text file and its manifest row (pure: no I/O)."""
    text, encoding, repairs = decode(data)
    notes = [f"not UTF-8; read as {encoding}"] if encoding != "utf-8" else []
    notes.extend(repairs)
    cleaned = clean(standard_quotation_marks(text))
    return assemble(
        article_id,
        cleaned.headline,
        cleaned.paragraphs,
        meta,
        removed=cleaned.removed,
        outlet=cleaned.source_outlet,
        encoding=encoding,
        notes=tuple(notes),
    )


def assemble(
    article_id: str,
    headline: str,
    paragraphs: tuple[str, ...],
    meta: ManifestRow | None = None,
    *,
    removed: tuple[Removal, ...] = (),
    outlet: str | None = None,
    published: str | None = None,
    published_source: str | None = None,
    url: str | None = None,
    encoding: str = "utf-8",
    notes: tuple[str, ...] = (),
) -> Article:
    """An ``Article`` from its parts, whatever the source (text file, web page, dump row):
    the manifest row wins over what the source says, and a full date in the text dates an
    article that nothing else dates."""
    if not paragraphs:
        raise ArticleError("no body text after the headline")
    body, sentences = split_sentences(paragraphs)
    meta = meta or ManifestRow(article_id)
    if meta.published:
        published, published_source = meta.published, "manifest"
    elif published is not None and parse_iso_date(published) is None:
        published, published_source = None, None
    if published is None:
        dates = find_full_dates(f"{headline}\n{body}")
        if dates:
            published, published_source = dates[0][0].isoformat(), "text"
    return Article(
        article_id=article_id,
        headline=headline,
        text=body,
        paragraphs=paragraphs,
        sentences=sentences,
        removed=removed,
        outlet=meta.outlet or outlet,
        published=published,
        published_source=published_source,
        url=meta.url or url,
        encoding=encoding,
        warnings=notes,
    )


def read_bytes(path: Path, follow_links: bool = False) -> bytes:
    """The bytes of one article file; ArticleError if it is not a regular file or too large.

    Opened without following a symbolic link (unless ``follow_links``) and without blocking,
    so a link planted after the folder was listed, or a FIFO, is refused rather than read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if not follow_links and path.is_symlink():
            raise ArticleError("symbolic link, not followed (--follow-links reads it)") from None
        raise ArticleError(f"cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ArticleError(f"too large for an article ({info.st_size:,} bytes)")
        # read to the end, at most one byte past the limit: a buffer of the file's size first (one of
        # the limit's costs an allocation of 5 MB an article), then on to the limit if it grew since
        limit = MAX_FILE_BYTES + 1
        data = fh.read(info.st_size + 1)
        return data + fh.read(limit - len(data)) if len(data) == info.st_size + 1 < limit else data


ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".warc.gz")  # text, saved pages, web archives
CORPUS_FILES = {"manifest.csv", "corpus.yml"}  # the corpus's own metadata, not articles


@dataclass(frozen=True)
class Listing:
    """The article files of a corpus folder, and what else is in it and why it is not read."""

    files: list[Path]
    skipped: list[Problem]


def _entry_problem(entry: os.DirEntry, follow_links: bool) -> str | None:
    """Why a folder entry is not read as an article, or None if it is one."""
    if entry.is_symlink() and not follow_links:
        return "symbolic link, not followed (--follow-links reads it)"
    try:
        mode = os.stat(entry.path, follow_symlinks=follow_links).st_mode
    except OSError as exc:
        return f"cannot read ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "a folder: articles are the files directly inside the corpus folder"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    if not entry.name.lower().endswith(ARTICLE_SUFFIXES):
        return f"not read: articles are {', '.join('*' + s for s in ARTICLE_SUFFIXES)} files"
    return None


def article_stem(name: str) -> str:
    """A file's name without its article suffix ("a.txt" -> "a", "crawl.warc.gz" -> "crawl")."""
    lowered = name.lower()
    return next((name[: -len(s)] for s in sorted(ARTICLE_SUFFIXES, key=len, reverse=True) if lowered.endswith(s)), name)


def list_corpus(corpus: Path, follow_links: bool = False) -> Listing:
    """The article files of a corpus folder in name order, and every other entry with the
    reason it is skipped (hidden files and the corpus's own metadata files aside).

    Symbolic links are not followed unless ``follow_links``: a link in a scraped folder
    must not turn ``/etc/passwd`` into an article. Of two files with one id (``a.txt`` and
    ``a.TXT``) the first in name order is read.
    """
    if not corpus.exists():
        raise CorpusError(f"{corpus}: no such folder")
    if not corpus.is_dir():
        raise CorpusError(f"{corpus}: not a folder")
    files: list[Path] = []
    skipped: list[Problem] = []
    ids: dict[str, str] = {}
    with os.scandir(corpus) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.startswith(".") or entry.name in CORPUS_FILES:
                continue
            if problem := _entry_problem(entry, follow_links):
                skipped.append(Problem(entry.name, problem))
            elif (stem := article_stem(entry.name)) in ids:
                skipped.append(Problem(entry.name, f"same article id as {ids[stem]}; not read"))
            else:
                ids[stem] = entry.name
                files.append(Path(entry.path))
    if not files:
        raise CorpusError(f"{corpus}: no article files (*.txt, *.html, *.warc) in this folder")
    return Listing(files, skipped)


def default_manifest(corpus: Path, manifest: Path | None) -> Path | None:
    """The manifest to use: the one given, else ``corpus/manifest.csv`` if present."""
    if manifest is not None:
        if not manifest.is_file():
            raise CorpusError(f"{manifest}: no such manifest file")
        return manifest
    candidate = corpus / "manifest.csv"
    return candidate if candidate.is_file() else None
