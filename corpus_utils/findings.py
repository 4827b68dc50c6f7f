"""Key findings: the few sentences that open each chapter, computed from this corpus's tables.

A finding is a sentence with the numbers behind it and the section of the chapter that shows
the evidence. Each function returns only what the data support: no sentence about sides when
nothing was attributed, none about disagreement when no figures are comparable. Nothing here
is written for a particular corpus; the chapters call these on whatever was exported.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from corpus_utils import voices
from corpus_utils.charts import OTHERS
from corpus_utils.data import stopwords
from corpus_utils.numbers import QUOTED, plural
from corpus_utils.timeline.reading import as_read


@dataclass(frozen=True)
class Finding:
    text: str
    section: str  # the heading of the section that holds the evidence
    where: tuple[str, int] | None = None  # (article id, character offset) of the sentence it quotes

    @property
    def anchor(self) -> str:
        return anchor(self.section)


def anchor(heading: str) -> str:
    """The HTML id Sphinx gives a section heading ("Do articles share text?" -> "do-articles-share-text")."""
    return re.sub(r"[^a-z0-9]+", "-", heading.casefold()).strip("-")


def _first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.0%}" if whole else "0%"


def _count(n: int, singular: str, plural: str) -> str:
    """ "1 event is", "3 events are": a count with its noun (and verb) in agreement."""
    return f"{n:,} {singular if n == 1 else plural}"


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def not_per_month(coarse: int, far: int, rough: int, min_precision: str) -> str | None:
    """The timeline's note of the events its per-month bars leave out (``timeline.per_month``'s
    ``coarse`` and ``far``, and the ``rough`` ones dated more roughly than ``min_precision``, which
    the page shows in no bar: a reader found the decades in neither the bars nor this note)."""
    left = [
        f"{n:,} {what}"
        for n, what in (
            (coarse, f"dated only to a {'year' if min_precision == 'year' else 'year or longer'} (\"in 2016\")"),
            (far, "dated more than a year from the corpus's weeks"),
            (rough, f"dated more roughly than a {min_precision} (min_precision; the 1960s)"),
        )
        if n
    ]
    return f"Not counted per month: {_listing(left)}." if left else None


STUB_WORDS = 100  # fewer words than this is a teaser, a caption or a cut-off page, not an article


def corpus(
    articles: pd.DataFrame, removed: pd.DataFrame, pairs: pd.DataFrame, threshold: float, wire: list[dict[str, object]]
) -> list[Finding]:
    """``articles`` with labels; ``removed`` one row per removed line with its ``rule``; ``pairs``
    article pairs (``first``, ``second`` labels) with their number of ``aligned`` sentences; ``wire``
    agency copy by outlet (``provenance.wire_shares``)."""
    out = []
    dates = articles["published"].dropna().sort_values()
    span = f", published between {dates.iloc[0]} and {dates.iloc[-1]}" if len(dates) else ", none of them dated"
    undated = int(articles["published"].isna().sum())
    out.append(
        Finding(
            f"{len(articles):,} articles from {articles['outlet'].nunique():,} outlets{span}"
            + (f"; {undated:,} without a publication date" if undated and len(dates) else "")
            + ".",
            "The articles",
        )
    )
    if len(articles) >= 2:
        by_length = articles.sort_values("n_words")
        stubs = by_length[by_length["n_words"] < STUB_WORDS]
        full = by_length[by_length["n_words"] >= STUB_WORDS]
        by_length = full if len(full) >= 2 else by_length
        short, long = by_length.iloc[0], by_length.iloc[-1]
        out.append(
            Finding(
                f"The longest, {long['article']} ({int(long['n_words']):,} words), is "
                f"{long['n_words'] / max(1, short['n_words']):.1f} times as long as the shortest"
                + (f" of {STUB_WORDS} words or more" if len(full) >= 2 and len(stubs) else "")
                + f", {short['article']} ({int(short['n_words']):,} words)"
                + (
                    f"; {_count(len(stubs), 'item has', 'items have')} fewer (a teaser, a caption or a cut-off "
                    "page: read such an item before counting it as an article)."
                    if len(full) >= 2 and len(stubs)
                    else "."
                ),
                "How long they are",
            )
        )
    if len(removed):
        parts = []
        for rule, count in Counter(removed["rule"]).most_common(3):
            these = removed[removed["rule"] == rule]
            line = Counter(these["line removed"]).most_common(1)[0][0]
            # a note of several lines is one note: say in how many articles, not only how many lines
            where = _count(these["article"].nunique(), "article", "articles") if "article" in these else ""
            lines = _count(count, "line", "lines") + (f" in {where}" if where else "")
            parts.append(f"{rule}, {lines} (“{_first_words(str(line), 8)}”)")
        out.append(
            Finding(
                f"Cleaning removed {len(removed):,} lines that were not article text: {'; '.join(parts)}. An outlet's "
                "own notes are among them: each line is listed below with its article.",
                "What cleaning removed, and why",
            )
        )
    else:
        kept = f"Cleaning removed no line from the {len(articles):,} articles: every line is article text."
        out.append(Finding(kept, "What cleaning removed, and why"))
    if wire and int(wire[0]["wire copy"]):
        n = sum(int(r["wire copy"]) for r in wire)
        top = wire[0]
        out.append(
            Finding(
                f"{n:,} of {len(articles):,} articles are a news agency's copy, by their dateline or credit line; "
                f"it is {float(top['share of its words']):.0%} of {top['outlet']}'s words ({top['agencies']}): "
                "that outlet's tone and sources are partly the agency's.",
                "Whose copy is it?",
            )
        )
    views = sum(int(r.get("opinion, letters or analysis") or 0) for r in wire)
    if views:
        most = max(wire, key=lambda r: int(r.get("opinion, letters or analysis") or 0))
        out.append(
            Finding(
                f"At least {views:,} of {len(articles):,} articles are opinion, letters or analysis, not news "
                f"({int(most['opinion, letters or analysis']):,} of {most['outlet']}'s {int(most['articles']):,}), "
                "by a section label, the address or the author's own “I”; an unsigned editorial or an analysis "
                "with none of these signs is counted as news. The timeline and framing chapters compare outlets on "
                "their own news and show these apart; the quotes chapter counts them with their outlet.",
                "Whose copy is it?",
            )
        )
    rewrites = pairs[pairs["rewrite"].astype(bool)] if len(pairs) else pairs
    if len(rewrites):
        top = rewrites.iloc[0]
        more = f" ({len(rewrites) - 1:,} more such pairs below)" if len(rewrites) > 1 else ""
        out.append(
            Finding(
                f"{top['first']} and {top['second']} have {int(top['aligned']):,} of {int(top['shorter']):,} "
                f"sentences with the same content in the reporter's own words (overlap of at least {threshold:g}): "
                f"probably rewrites of one source, to be counted once{more}.",
                "Do articles share text?",
            )
        )
    elif len(pairs):
        top = pairs.iloc[0]
        out.append(
            Finding(
                f"No two articles read as rewrites of one source: the closest, {top['first']} and {top['second']}, "
                f"share {int(top['aligned']):,} of {int(top['shorter']):,} sentences of their own reporting "
                f"(a rewrite shares a quarter or more); quoting the same words is not counted.",
                "Do articles share text?",
            )
        )
    else:
        none = f"No two articles share a sentence's content (overlap of at least {threshold:g})."
        out.append(Finding(none, "Do articles share text?"))
    return out


def _dated_sentences(events: pd.DataFrame) -> str:
    """How many dated events, from how many sentences (a sentence with two dates gives two)."""
    n = len(events)
    sentences = events[["article_id", "sentence"]].drop_duplicates().shape[0] if n and "sentence" in events else n
    if sentences == n:
        return f"{n:,} sentences become dated events"
    return f"{sentences:,} sentences become {n:,} dated events (a sentence with two dates gives two)"


def timeline(timexes: pd.DataFrame, events: pd.DataFrame, merged: pd.DataFrame, reach: pd.DataFrame) -> list[Finding]:
    """``merged`` events with ``reported_by``; ``reach`` events with ``article`` and ``years_before``."""
    out = []
    valued = timexes[timexes["value"].notna()]
    vague = valued["value"].astype(str).str.endswith("_REF")
    kinds = [
        (int((~vague & valued["type"].isin(["DATE", "TIME"])).sum()), "a date or time"),
        (int((valued["type"] == "DURATION").sum()), "a duration"),
        (int((valued["type"] == "SET").sum()), "a repetition (“every week”)"),
        (int(vague.sum()), "only “now”, “the past” or “the future”"),
    ]
    missing = len(timexes) - len(valued)  # a reader found them missing from the sum
    out.append(
        Finding(
            f"{len(timexes):,} temporal expressions: "
            + (_listing([f"{n:,} given {what}" for n, what in kinds if n]) if len(valued) else "none given a value")
            + " by the rules (values, not checked ones: on the TempEval-3 benchmark about four in five agree with "
            "the annotators')"
            + (f", and {missing:,} left without one (the text does not say when)" if missing and len(valued) else "")
            + f"; {_dated_sentences(events)}.",
            "The long view",
        )
    )
    if busiest := _busiest_day(events):
        out.append(Finding(busiest, "The long view"))
    if len(merged):
        shared = merged[merged["reported_by"] > 1]
        if len(shared):
            top = shared.sort_values("reported_by", ascending=False).iloc[0]
            out.append(
                Finding(
                    f"{_count(len(shared), 'event is', 'events are')} reported by more than one article in "
                    "similar words; the most widely reported, "
                    f"“{top['event']}” ({as_read(top['date_value'])}), by {int(top['reported_by'])}. "
                    "Sentences are merged when they give the same date and share a third or more of their words, "
                    "so this counts a fact told again in like words, not the same story: articles that tell one "
                    "event in their own words are not merged (the day most articles date something to is above).",
                    "The long view",
                    _sentence_at(timexes, top),
                )
            )
        else:
            alone = f"Each of the {len(merged):,} events is reported by one article only (same date and similar words)."
            out.append(Finding(alone, "The long view"))
    past = reach[reach["years_before"] >= 0] if len(reach) else reach  # dates of the future reach nowhere back
    if len(past):
        far = past.sort_values("years_before", ascending=False).iloc[0]
        near = past.groupby("article")["years_before"].max().sort_values()
        out.append(
            Finding(
                f"{far['article']} reaches furthest back: “{far['event']}” ({as_read(far['date_value'])}), "
                f"{far['years_before']:.1f} years before it was published; {near.index[0]} "
                + (
                    "stays within a month of its publication."
                    if near.iloc[0] < 1 / 12
                    else f"stays within {near.iloc[0]:.1f} years."
                ),
                "How far back each report reaches",
                _sentence_at(timexes, far),
            )
        )
    return out


def _sentence_at(timexes: pd.DataFrame, event: pd.Series) -> tuple[str, int] | None:
    """Where an event's sentence is: the offset of its date expression in its article."""
    if "article_id" not in event or "sentence" not in event:
        return None
    found = timexes[(timexes["article_id"] == event["article_id"]) & (timexes["sentence"] == event["sentence"])]
    return (str(event["article_id"]), int(found["char_start"].iloc[0])) if len(found) else None


BUSY_DAY = 3  # articles: a day fewer date something to is no finding
MIN_SIDE_STATEMENTS = 10  # a side with fewer statements is not compared on how it is quoted
# words that say when, not what: a day's sentences share them by construction
_NOT_TOPICS = stopwords() | {d.lower() for d in (*calendar.day_name, *calendar.month_name) if d} | {
    "night", "morning", "evening", "afternoon", "today", "yesterday", "tomorrow", "week", "said", "says"
}


def _busiest_day(events: pd.DataFrame) -> str | None:
    """The day most articles date an event to, and the word its sentences share most: what a
    merge of events in similar words misses when each outlet tells another part of one story."""
    if not len(events) or "precision" not in events:
        return None
    days = events.assign(day=events["date_value"].astype(str).str.extract(r"^(\d{4}-\d{2}-\d{2})", expand=False))
    days = days.dropna(subset=["day"])  # a day, or a time on it ("Monday night": 2016-09-26TNI)
    if not len(days):
        return None
    per_day = days.groupby("day")["article_id"].nunique().sort_values(ascending=False)
    day, n = per_day.index[0], int(per_day.iloc[0])
    if n < BUSY_DAY:
        return None
    sentences = days[days["day"] == day].drop_duplicates(["article_id", "sentence"])["sentence"]
    words: Counter[str] = Counter()
    for sentence in sentences:
        words.update({w for w in re.findall(r"[a-z]{4,}", str(sentence).lower()) if w not in _NOT_TOPICS})
    ranked = sorted(words.items(), key=lambda item: (-item[1], item[0]))  # ties in the order of the alphabet,
    common = [w for w, k in ranked[:3] if k >= 2]  # not of a set, which differs from one process to the next
    what = f"; the words their sentences share most: {_listing([f'“{w}”' for w in common])}" if common else ""
    return f"{as_read(day)} is the day the most articles date something to: {n:,} of them{what}."


def cast(statements: pd.DataFrame) -> list[Finding]:
    """``statements`` with ``speaker_id``, ``source_type`` and ``affiliation`` (from the cast)."""
    if not len(statements):
        return []
    named = statements.dropna(subset=["speaker"])
    out = []
    kinds = named["source_type"].fillna("unknown").value_counts()
    kinds = kinds[kinds.index != "unknown"]
    if len(kinds):
        out.append(
            Finding(
                f"{_count(int(named['speaker_id'].nunique()), 'person or body speaks', 'people and bodies speak')}"
                + "; by kind of source, "
                + _listing([f"{voices.source_label(k)} {_share(n, len(named))}" for k, n in kinds.head(3).items()])
                + " of the statements with a speaker.",
                "Who speaks",
            )
        )
    out.append(Finding(voices.coverage(statements), "Who speaks"))
    affiliations = named["affiliation"].dropna().value_counts()
    if len(affiliations):
        out.append(
            Finding(
                "The largest affiliations (the body a statement's own description of its speaker names): "
                + _listing([f"{a} ({n:,} statements)" for a, n in affiliations.head(3).items()])
                + "; a side also counts its people described otherwise, so the two counts may differ.",
                "Who speaks",
            )
        )
    return out


def _speakers(statements: pd.DataFrame) -> int:
    """How many people and bodies speak: the cast's ids where the statements have them (two people
    of one name are two), else the names."""
    column = "speaker_id" if "speaker_id" in statements and statements["speaker_id"].notna().any() else "speaker"
    return int(statements[column].nunique())


def quotes(statements: pd.DataFrame) -> list[Finding]:
    """``statements`` with ``speaker``, ``side`` (label), ``voice`` and ``cue_tone``."""
    if not len(statements):
        return [Finding("0 statements are attributed to anyone in this corpus.", "Share of voice")]
    out = []
    quoted = int((statements["voice"] == "quoted").sum())
    out.append(
        Finding(
            f"{len(statements):,} statements by {_speakers(statements):,} speakers; "
            f"{_share(quoted, len(statements))} of them in quotation marks, the rest paraphrased.",
            "Share of voice",
        )
    )
    out.append(Finding(_by_side(statements), "Share of voice"))
    named = statements.dropna(subset=["speaker"])
    # a speaker's statements together, under the side (or kind) most of them have
    counts = named.groupby("speaker")["side"].agg(["size", lambda sides: sides.mode().iloc[0]])
    top = counts.set_axis(["n", "side"], axis=1).sort_values("n", ascending=False, kind="stable").head(3)
    if len(top):
        out.append(
            Finding(
                "Most often given a voice: "
                + _listing([f"{s} ({row.n:,}, {row.side})" for s, row in top.iterrows()])
                + ".",
                "Statements per speaker",
            )
        )
    # sides of the story only: not "unknown", the media, nor the small sides a chart groups as "Others"
    own = statements[~statements["speaker_side"].isin(["unknown", "media"]) & (statements["side"] != OTHERS)]
    voiced = own.groupby("side")["voice"].agg(lambda v: (v == "quoted").mean())
    counts = own["side"].value_counts()
    voiced = voiced[counts[voiced.index] >= MIN_SIDE_STATEMENTS].sort_values()
    if len(voiced) >= 2:
        high, low = voiced.index[-1], voiced.index[0]
        out.append(
            Finding(
                f"{high}'s words are in quotation marks (whole or in part) in {voiced.iloc[-1]:.0%} of its "
                f"{counts[high]:,} statements, {low}'s in {voiced.iloc[0]:.0%} of {counts[low]:,}; the rest "
                "are paraphrased.",
                "Quoted or paraphrased?",
            )
        )
    loaded = statements[statements["cue_tone"] == "loaded"]
    if len(loaded):
        sided = loaded[loaded["speaker_side"] != "unknown"]
        side, n = next(iter(sided["side"].value_counts().items()), (None, 0))
        cues = loaded["cue"].value_counts().head(3) if "cue" in loaded else pd.Series(dtype=int)
        which = _listing([f"“{cue}” {k:,}" for cue, k in cues.items()]) if len(cues) else "“claim”, “admit”"
        out.append(
            Finding(
                f"{len(loaded):,} statements are introduced by a word that judges what it reports, a verb or its "
                f"noun, as in “claimed” and “her claim that” ({which})"
                + (f"; {n:,} of them are {side}'s." if side else "."),
                "The verbs of attribution",
            )
        )
    return out


def _by_side(statements: pd.DataFrame) -> str:
    """The sides' shares of the statements, and those of no side by kind of source: a speaker of no
    side is mostly an expert, a citizen or a business, not someone the book failed to place."""
    n = len(statements)
    sided = statements[statements["speaker_side"] != "unknown"]
    shares = [f"{side} {_share(k, n)}{_mostly(sided[sided['side'] == side], k)}"
              for side, k in sided["side"].value_counts().head(4).items()]
    text = "By side: " + (_listing(shares) if shares else "none")
    none = statements[statements["speaker_side"] == "unknown"]
    if len(none):
        kinds = None
        if "source_type" in none:
            kinds = none["source_type"].map(voices.source_label).replace({"unknown": "undescribed"}).value_counts()
        text += f"; {_share(len(none), n)} come from speakers of no side" + (
            " (" + _listing([f"{kind} {_share(k, n)}" for kind, k in kinds.head(4).items()]) + ")"
            if kinds is not None and len(kinds)
            else ""
        )
    return text + "."


def _mostly(statements: pd.DataFrame, n: int) -> str:
    """Who holds half or more of a side's ``n`` statements, said beside its share: a government's
    side that is one president's voice reads differently from a chorus of officials."""
    if "speaker" not in statements or n < 10:
        return ""  # a handful of statements: that one person said them tells nothing
    top = statements["speaker"].value_counts()
    return f" ({top.index[0]}: {top.iloc[0]:,} of {n:,})" if len(top) and top.iloc[0] * 2 >= n else ""


MIN_SENTENCES = 20  # an article or outlet with fewer sentences is not ranked on a rate
# what "precise under a hedge" means (``numbers.flags``), said with the count: a reader takes "nearly
# $916 million" for one, but "nearly" is a bound, which may be exact
_PRECISE = (
    " Precise under a hedge: three or more exact digits after a hedge of approximation such as “about” or “around”"
    " (“about 1,212”); a bound such as “nearly” or “at least” may be exact, and a figure rounded to a five (“about"
    " $115”) is not precise."
)
MIN_PHRASES = 10  # distancing phrases below which no article or outlet is said to use them most
MIN_HEADLINES = 10  # an outlet's headlines below which its mean headline tone is not compared with others
MIN_ARTICLES = 3  # an outlet's articles below which its rates are one or two stories', not the outlet's


def framing(
    profiles: pd.DataFrame, sentences: pd.DataFrame, lane: str, news: Collection[str] | None = None
) -> list[Finding]:
    """``profiles`` one row per article (or outlet) in ``lane``, with its ``sentences`` and
    ``distancing`` counts; ``sentences`` with ``loaded``; ``news`` the ids of the articles that are
    news, whose reporters' own loaded words are counted (an op-ed's are its author's choice, not a
    reporter's). Rates are compared only between lanes of ``MIN_SENTENCES`` or more (and, for an
    outlet, ``MIN_ARTICLES``: a reader found the ends of the tone range one op-ed and three columns),
    and a ranking of distancing needs ``MIN_PHRASES`` at its top."""
    if not len(profiles):
        return []
    out = []
    ranked = profiles[profiles["sentences"] >= MIN_SENTENCES]
    if "articles" in ranked:
        ranked = ranked[ranked["articles"] >= MIN_ARTICLES]
    ranked = ranked if len(ranked) else profiles
    tone = ranked.sort_values("body_tone")
    low, high = tone.iloc[0], tone.iloc[-1]
    out.append(
        Finding(
            f"Mean sentence tone runs from {low['body_tone']:+.2f} ({low[lane]}, {_base(low)}) "
            f"to {high['body_tone']:+.2f} ({high[lane]}, {_base(high)}) on VADER's scale "
            "of −1 to +1: how warm the words are, not which side a piece takes (an attack on someone written "
            "in warm words scores positive, sarcasm reads as praise).",
            "A profile of each article",
        )
    )
    out.extend(_headline_gap(ranked, lane))
    distancing = ranked.sort_values("distancing_per_100")
    top = distancing.iloc[-1]
    total, in_sentences = int(profiles["distancing"].sum()), int(profiles["sentences"].sum())
    if int(top["distancing"]) >= MIN_PHRASES:
        none = int((profiles["distancing"] == 0).sum())
        out.append(
            Finding(
                f"{top[lane]} keeps the most claims at a distance: {int(top['distancing']):,} distancing phrases in "
                f"{int(top['sentences']):,} sentences ({top['distancing_per_100']:.1f} per 100)"
                + (f"; {_count(none, 'uses', 'use')} none." if none else "."),
                "A profile of each article",
            )
        )
    elif total:
        out.append(
            Finding(
                f"Distancing phrases are rare: {total:,} in {in_sentences:,} sentences, too few to rank "
                f"{lane}s by them (no {lane} has {MIN_PHRASES}).",
                "A profile of each article",
            )
        )
    reported = sentences if news is None else sentences[sentences["article_id"].isin(set(news))]
    uses = Counter(w for ws in reported["loaded"] for w in (ws or []))
    # ranked by the reports that use a word: one explainer that says "terrorism" four times is one report
    used_in = {(a, w) for a, ws in zip(reported["article_id"], reported["loaded"], strict=True) for w in ws or ()}
    reports = Counter(w for _, w in used_in)
    if uses:
        where = "the reporters' own words of news reports" if news is not None else "the reporters' own words"
        top = sorted(uses, key=lambda w: (-reports[w], -uses[w], w))[:3]
        using = len({a for a, _ in used_in})
        of = reported["article_id"].nunique()
        out.append(
            Finding(
                f"Loaded words in {where}: {uses.total():,} in {len(reported):,} sentences, in {using:,} of "
                f"{_count(of, 'report', 'reports')}; the most used "
                + _listing([f"“{w}” ({_count(reports[w], 'report', 'reports')}, {uses[w]:,} in all)" for w in top])
                + ". They are words a style guide asks reporters to weigh, and some are the usual term in some "
                "uses (“the military regime” of a junta): the sentences show which.",
                "A profile of each article",
            )
        )
    return out



def _base(row: pd.Series) -> str:
    """What a lane's rate rests on: its sentences, and its articles when it is an outlet's."""
    sentences = f"{int(row['sentences']):,} sentences"
    return f"{_count(int(row['articles']), 'article', 'articles')}, {sentences}" if "articles" in row else sentences


def _headline_gap(ranked: pd.DataFrame, lane: str) -> list[Finding]:
    """The widest gap between a lane's scored headlines and its body, among the lanes with
    ``MIN_HEADLINES`` scored headlines or more (the wider gaps of the others named beside it); none
    when no headline holds a word VADER scores."""
    headlines = ranked["headlines"] if "headlines" in ranked else ranked["headline_tone"].notna().astype(int)
    if "headline_body_tone" in ranked:  # an outlet's: the bodies of the articles whose headlines are scored
        ranked = ranked.assign(body_tone=ranked["headline_body_tone"])
    gaps = (ranked["headline_tone"].astype(float) - ranked["body_tone"].astype(float)).abs()  # unscored: no gap
    enough = headlines >= MIN_HEADLINES
    gap = (gaps[enough] if enough.any() else gaps).dropna()
    if gap.empty:
        return []  # no headline holds a word VADER scores
    widest = ranked.loc[gap.idxmax()]
    n = int(headlines[widest.name])
    # the wider gaps of lanes with too few headlines to rank are named, not hidden
    few = ranked[~enough & (gaps > gap.max())]
    aside = [
        f"{r[lane]} ({_count(int(headlines[i]), 'scored headline', 'scored headlines')}: "
        f"{r['headline_tone']:+.2f} against {r['body_tone']:+.2f})"
        for i, r in few.iterrows()
    ]
    if enough.any():
        opening = f"Among the outlets with {MIN_HEADLINES} scored headlines or more, the widest gap " if aside else (
            "The widest gap "
        )
    elif "headlines" in ranked:  # outlets, none with enough to rank: no widest gap is named
        # (a reader found the widest, 0.396 on four headlines, ahead of 0.393 on one)
        return [
            Finding(
                f"No outlet has {MIN_HEADLINES} headlines VADER scores (the most any has is {int(headlines.max())}): "
                "too few to compare outlets' headlines with their bodies; each headline's tone is in the table "
                "beside its body's.",
                "Headline versus body",
            )
        ]
    else:  # one article a lane
        opening = "The widest gap "
    return [
        Finding(
            opening
            + f"between headline and body is in {widest[lane]}: headline "
            + (f"{widest['headline_tone']:+.2f} (the mean of its {n:,} scored headlines)" if n > 1 else
               f"{widest['headline_tone']:+.2f}")
            + f", body {widest['body_tone']:+.2f}"
            + (" (of the same articles)" if "headline_body_tone" in ranked else "")
            + (f"; wider gaps rest on too few headlines to rank: {_listing(aside)}." if aside else "."),
            "Headline versus body",
        )
    ]


def numbers(
    figures: pd.DataFrame, groups: list[dict], first: pd.DataFrame, parties: Collection[str] = ()
) -> list[Finding]:
    """``figures`` with ``claimant_side`` ("reporter" for the reporter's own) and ``hedge_class``;
    ``groups`` the comparable groups; ``first`` the figures to check first, with ``severity``;
    ``parties`` the sides configured as parties to the story (without them, a party's figure is
    not looked for, and the findings say so rather than report none)."""
    if not len(figures):
        return [Finding("0 figures in this corpus.", "Every figure")]
    out = []
    reporters = int((figures["claimant_side"] == "reporter").sum())
    quoted = int((figures["claimant_side"] == QUOTED).sum())
    attributed = len(figures) - reporters - quoted
    hedged = int((figures["hedge_class"] != "none").sum())
    in_quotes = f"{quoted:,} in quotations whose speaker the rules did not find, " if quoted else ""
    out.append(
        Finding(
            f"{len(figures):,} figures: {attributed:,} attributed to a source, {in_quotes}{reporters:,} with no "
            "source named in their sentence (the reporters' own, or a source named elsewhere in the paragraph), "
            f"{hedged:,} hedged (“about”, “more than”, “up to”).",
            "Who stands behind the figures",
        )
    )
    disagree = [g for g in groups if not g["agree"]]
    if disagree:
        widest = max(disagree, key=lambda g: len(g["values"]))
        out.append(
            Finding(
                f"{len(disagree):,} of {len(groups):,} groups of comparable figures "
                + ("disagrees" if len(disagree) == 1 else "disagree")
                + f", for example {plural(str(widest['unit']))}: {widest['values']}; the primary source and its "
                "date would settle it.",
                "Do the reports agree?",
            )
        )
    elif groups:
        every = {1: "The one group", 2: "Both groups"}.get(len(groups), f"All {len(groups):,} groups")
        verb = "agrees" if len(groups) == 1 else "agree"
        hedged = [g for g in groups if g.get("by_hedges")]
        if not hedged:
            agree = f"{every} of comparable figures {verb} within the tolerance."
        else:
            example = max(hedged, key=lambda g: len(g["values"]))
            agree = (
                f"{every} of comparable figures {verb}, {len(hedged):,} only once the hedges are read "
                f"({plural(str(example['unit']))}: {example['values']}, given as “more than”, “nearly” or round): "
                "how each report put it is in the table."
            )
        out.append(Finding(agree, "Do the reports agree?"))
    else:
        alone = f"Each of the {len(figures):,} figures is given by one article only, in a form no other report repeats."
        out.append(Finding(alone, "Do the reports agree?"))
    unchecked = "" if parties else " A party's figure no other article gives was not looked for: no side is a party."
    if len(first):
        kinds = Counter(first["severity"])
        parts = [
            f"{kinds[k]:,} {label}"
            for k, label in ((0, "disputed between reports"), (1, "a party's alone"), (2, "precise under a hedge"))
            if kinds[k]
        ]
        head = _count(len(first), "figure", "figures")
        precise = _PRECISE if kinds[2] else ""
        out.append(Finding(f"{head} to check first: " + _listing(parts) + "." + precise + unchecked, "What to check"))
    elif parties:
        calm = f"Not one of the {len(figures):,} figures is disputed, a party's alone, or precise under a hedge."
        out.append(Finding(calm + _WITHIN + _PRECISE, "What to check"))
    else:
        calm = f"Not one of the {len(figures):,} figures is disputed between reports or precise under a hedge."
        out.append(Finding(calm + _WITHIN + _PRECISE + unchecked, "What to check"))
    return out


# a reader found "not one figure is disputed" read as "no figure is contested", where one report set two
# estimates side by side ($1.1 trillion against $498 billion) and another a fact-check against a claim
_WITHIN = (
    " Disputed means that two reports give different values of one quantity; two sources contesting a figure"
    " inside one report are not compared: read the figures of the reports that cite more than one source."
)
