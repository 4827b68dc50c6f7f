"""The book's front matter, written from the corpus that was built: its title (the
configuration's), and an introduction that says what the corpus is (how many articles,
from which outlets, over which dates) instead of describing the seed corpus whatever
the book was built from. Outlet names and the description are untrusted text: every
character that Markdown could read as markup is escaped.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from corpus_utils.config import CorpusConfig

_MARKUP = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation: each may start Markdown or HTML


def md_escape(text: str) -> str:
    """``text`` as literal Markdown text: no emphasis, link, role, HTML or heading in it works."""
    return _MARKUP.sub(r"\\\1", " ".join(str(text).split()))


@dataclass(frozen=True)
class CorpusFacts:
    articles: int
    outlets: Counter[str]
    first: str | None  # ISO dates of the earliest and latest publication known
    last: str | None
    undated: int


def corpus_facts(articles_table: Path) -> CorpusFacts:
    """Counts for the introduction from the ``articles`` table (JSON Lines), read a row at a time."""
    outlets: Counter[str] = Counter()
    dates: list[str] = []
    n = undated = 0
    with articles_table.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            n += 1
            outlets[row.get("outlet") or "unknown outlet"] += 1
            if row.get("published"):
                dates.append(row["published"])
            else:
                undated += 1
    return CorpusFacts(n, outlets, min(dates, default=None), max(dates, default=None), undated)


def _outlets_text(outlets: Counter[str], shown: int = 8) -> str:
    names = [md_escape(name) for name, _ in outlets.most_common(shown)]
    rest = len(outlets) - len(names)
    if rest > 0:
        return ", ".join(names) + f" and {rest:,} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _span_text(facts: CorpusFacts) -> str:
    if not facts.first:
        return "with no known publication dates"
    if facts.first == facts.last:
        span = f"published on {facts.first}"
    else:
        span = f"published between {facts.first} and {facts.last}"
    return span + (f" ({facts.undated:,} undated)" if facts.undated else "")


FRONT_FINDINGS = 8  # the front page's share of the chapters' key findings
PER_CHAPTER = 2


_LINKS_AND_TAGS = re.compile(r"<a class=\"evidence[^\"]*\".*?</a>|<[^>]+>")  # a finding's links, then any tag


def chapter_findings(notebook: Path) -> list[str]:
    """The key findings an executed chapter shows, as plain text, in its order."""
    cells = json.loads(notebook.read_text("utf-8")).get("cells", [])
    for cell in cells:
        for output in cell.get("outputs", []):
            page = "".join(output.get("data", {}).get("text/html", []))
            if 'class="key-findings"' in page:
                items = re.findall(r"<li>(.*?)</li>", page, re.S)
                return [html.unescape(_LINKS_AND_TAGS.sub("", i)).strip() for i in items]
    return []


def findings_markdown(chapters: list[Path]) -> str:
    """The front page's findings: the first of each chapter's key findings, then the second (the
    corpus chapter's first restates the corpus line above them), at most ``FRONT_FINDINGS``, each
    linked to its chapter, where its evidence is."""
    found = {nb.stem: chapter_findings(nb)[1 if nb.stem.startswith("01") else 0 :][:PER_CHAPTER] for nb in chapters}
    items = [  # the first finding of every chapter, then the second of each
        f"* {md_escape(texts[rank])} ({{doc}}`evidence <{stem}>`)"
        for rank in range(PER_CHAPTER)
        for stem, texts in found.items()
        if rank < len(texts)
    ]
    if not items:
        return ""
    return "## What the book found\n\n" + "\n".join(items[:FRONT_FINDINGS]) + "\n"


def intro_markdown(config: CorpusConfig, facts: CorpusFacts, template: str, found: str = "") -> str:
    """The introduction page: ``template`` with the corpus's title, description and facts, and
    the chapters' findings (``findings_markdown``) once the chapters have run."""
    articles = f"{facts.articles:,} article" + ("s" if facts.articles != 1 else "")
    outlets = f"{len(facts.outlets):,} outlet" + ("s" if len(facts.outlets) != 1 else "")
    corpus = (
        f"This book is built from {articles} from {outlets} ({_outlets_text(facts.outlets)}), "
        f"{_span_text(facts)}."
    )
    sides = ", ".join(md_escape(s.label) for s in config.sides)
    if sides:
        corpus += f" Its configuration compares these sides: {sides}."
    else:
        corpus += (
            " No sides are configured: speakers are grouped by the largest affiliations the articles give them"
            " (a campaign, a chamber, a government), the others by their country."
        )
    description = md_escape(config.description) if config.description else ""
    return (
        template.replace("{title}", md_escape(config.title))
        .replace("{description}", description)
        .replace("{corpus}", corpus)
        .replace("{findings}", found)
    )


def book_config(base: str, config: CorpusConfig) -> str:
    """The Jupyter Book configuration ``base`` (YAML text) with the corpus's title."""
    data = yaml.safe_load(base)
    data["title"] = config.title
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
