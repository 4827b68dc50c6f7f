"""Every figure in the articles: its value, what it counts, its hedge, who claims it, and an audit.

Extraction (``extract_numbers``) finds numerals with ``corpus_utils.numerals``, leaves
out those inside calendar dates and years (the timeline owns them), and reads around
each one:

* the **unit**: a measure or currency written next to it ("13 kilometers", "$5"), a
  hyphenated unit ("three-year"), else the counted noun that follows, made singular
  ("6,000 bodies" -> body); "22 others" takes the unit of the figure before it, and a
  figure with no noun the unit of the figure after it ("three million, with one
  million residents");
* the **hedge** written just before it ("more than", "up to", "around") and its class:
  a lower bound, an upper bound or an approximation (``data/hedges.yml``);
* the **claimant**: the speaker of the quote or reported statement whose words contain
  the figure (from ``corpus_utils.quotes``), else the poll, study or count that vouches for
  it ("a Quinnipiac poll found that 74 percent"), or ``None`` when the reporter states it.

The audit functions compare the groups of figures that count the same thing (found by
``corpus_utils.same_fact``), flag disagreements and what would settle them, check
durations against dates in the corpus, and convert units.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import inflect

from corpus_utils.articles import Article
from corpus_utils.data import data_yaml, stopwords
from corpus_utils.dates import MONTH_RE, parse_iso_date
from corpus_utils.numerals import NUMBER_WORDS, UNITS, Numeral, find_numerals, parse_number
from corpus_utils.quotes import Evidence, Quote
from corpus_utils.quotes.words import cues
from corpus_utils.spans import SpanIndex
from corpus_utils.timeline import Timex


@dataclass(frozen=True)
class Figure:
    article_id: str
    text: str
    value: float
    vague: bool
    unit: str | None
    hedge: str | None
    hedge_class: str
    kind: str
    claimant: str | None
    claimant_side: str | None
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Lexicon:
    hedges: dict[str, str]  # hedge phrase -> class
    hedges_after: dict[str, str]  # "90-plus": a hedge written after the figure -> class
    not_hedging_about: frozenset[str]  # "more about 529 plans": words after which "about" is a preposition
    over_is_a_particle_after: frozenset[str]  # "handed over millions": verbs whose "over" is their particle
    measures: dict[str, str]  # spelling -> canonical unit
    currencies: dict[str, str]
    time_units: dict[str, str]
    families: dict[str, str]  # unit -> comparable family
    conversions: dict[str, tuple[str, float]]
    irregular: dict[str, str]
    scales: dict[str, float]  # unit -> how many of its family's base unit it is (decade -> 10 years)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = data_yaml("hedges.yml")
    hedges = {phrase: cls for cls, phrases in data["hedges"].items() for phrase in phrases}
    flat = {}
    for group in ("measures", "currencies", "time_units"):
        flat[group] = {s.lower(): unit for unit, spellings in data[group].items() for s in [unit, *spellings]}
    families = {u: fam for fam, units in data["families"].items() for u in units}
    conversions = {k: (v["to"], float(v["factor"])) for k, v in data["conversions"].items()}
    return Lexicon(
        hedges,
        {phrase: cls for cls, phrases in data["hedges_after"].items() for phrase in phrases},
        frozenset(data["about_is_a_preposition_after"]),
        frozenset(data["over_is_a_particle_after"]),
        flat["measures"],
        flat["currencies"],
        flat["time_units"],
        families,
        conversions,
        data["irregular_plurals"],
        {unit: float(n) for unit, n in data["scales"].items()},
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    hedge = _alternation(lex.hedges)
    units_after = _alternation([*lex.measures, *lex.time_units])
    return {
        # the hedge before a figure, or before its currency sign: "about $175 million", "at least US$25"
        "hedge": re.compile(rf"(?:^|[\s(])(?P<hedge>{hedge})\s+(?:(?:US|C|A|NZ|HK)?[$€£¥₹₴₽]\s?)?$", re.I),
        "unit_after": re.compile(rf"^(?:\s*[\[({{<]?|-)(?P<unit>{units_after})(?P<long>-long|-old)?(?![\w])", re.I),
        # (the digit opens the pattern, the lookbehind for what may not come before it follows: a
        # search skips to the next digit instead of trying every position)
        "glued": re.compile(rf"(?P<num>\d(?<![\w.,]\d)\d*(?:\.\d+)?)(?P<unit>{_alternation(lex.measures)})(?![\w])"),
        "currency_before": re.compile(
            rf"(?P<cur>{_alternation(k for k in lex.currencies if not k.isalpha())})\s*$", re.I
        ),
        "currency_after": re.compile(rf"^\s*(?P<cur>{_alternation(k for k in lex.currencies if k.isalpha())})\b", re.I),
        "percent": re.compile(r"^\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I),
        "a_unit": re.compile(
            rf"(?:^|\s)(?P<hedge>{hedge})\s+(?:a|an)\s+(?P<unit>decade|year|month|week|century)\b", re.I
        ),
    }


_STOP_AFTER = {"occurred", "died", "killed", "wounded", "fled", "left", "said", "says", "per"}  # with the stop words


def singular(word: str) -> str:
    """ "bodies" -> "body", "lives" -> "life", "people" -> "person" (English plural rules)."""
    w = word.lower()
    irregular = lexicon().irregular
    if w in irregular:
        return irregular[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ves") and len(w) > 4:
        return w[:-3] + "fe" if w[:-3].endswith("i") else w[:-3] + "f"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_WORD_OR_MARK = re.compile(r"[A-Za-z][\w’'-]*|[.,;:!?()“”\"]")


def counted_noun(text_after: str) -> str | None:
    """The noun a count counts, from the words after it: "6,000 bodies of ..." -> "body", "two of the
    officers" -> "officer", "1,500 coal- and gas-fired power plants" -> "power plant" (a reader found
    "gas-fired power plant" left the coal ones out), "one reason he's hurting" -> "reason"."""
    suspended = _SUSPENDED_HYPHEN.match(text_after)
    words = _WORD_OR_MARK.findall(text_after[suspended.end() :] if suspended else text_after)[:7]
    if suspended and words and "-" in words[0] and len(words) > 1 and words[1][:1].isalpha():
        words = words[1:]  # the pair's second half modifies as the first did: both go
    if words and words[0].lower() == "of":
        words = words[2:] if len(words) > 1 and words[1].lower() in _OWNERS_AND_ARTICLES else words[1:]
    if words and words[0].lower() in _MORE_OF_THE_SAME:
        words = words[1:]  # "three other counselors": counselors
    collected: list[str] = []
    for w in words:
        if not w[0].isalpha() or w.lower() in _STOP_AFTER or w.lower() in stopwords():
            break
        if _APOSTROPHE.split(w)[0].lower() in stopwords():
            break  # "he's", "they're": a clause begins
        collected.append(w)
        if len(collected) >= 4:
            break
    modifier = len(collected) > 1 and _plural(collected[1])  # "11 swing states", "40 polling places"
    first = collected[0] if collected else ""
    participle = first.islower() and first.endswith(("ing", "ed")) and "-" not in first  # not "gas-fired"
    if not collected or (participle and not modifier):
        return None  # "one million residing in ...": the noun is left out
    finite = _finite_verbs()
    verb = next(
        (i for i, w in enumerate(collected) if i and w.islower() and (w.endswith(("ed", "ing")) or w in finite)), None
    )
    if verb is not None and not any(_plural(w) for w in collected[verb + 1 :]):
        collected = collected[:verb]  # "One Republican threatened to": a verb, not "outside spending groups"
    last = len(collected) - 1

    def qualifies(i: int) -> bool:  # a hyphenated plural before a name or a noun: "plain-clothes NYPD officers"
        return "-" in collected[i] and i < last and (collected[i + 1][0].isupper() or _plural(collected[i + 1]))

    end = next((i for i, w in enumerate(collected) if _plural(w) and not qualifies(i)), last)
    phrase = [w for w in collected[: end + 1] if not w[0].isupper()] or [collected[end]]
    return " ".join([*(w.lower() for w in phrase[:-1]), singular(phrase[-1])])


_APOSTROPHE = re.compile(r"['’]")
# the first half of a pair that shares its second word: "coal- and gas-fired", "state- or city-run"
_SUSPENDED_HYPHEN = re.compile(r"^\s*[A-Za-z]+-\s+(?:and|or)\s+")
_OWNERS_AND_ARTICLES = {"the", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
_MORE_OF_THE_SAME = {"other", "more", "additional", "extra", "further"}


@lru_cache(maxsize=1)
def _finite_verbs() -> frozenset[str]:
    """Irregular finite verbs ("found", "paid"): a count's noun ends before one ("one study found")."""
    return frozenset(cues().finite)


def _plural(word: str) -> bool:
    w = word.lower()
    return w in lexicon().irregular or (w.endswith("s") and not w.endswith(("ss", "us", "'s", "’s")) and len(w) > 3)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")  # "2000 votes": a count, not a year


def _year_like(n: Numeral, after: str) -> bool:
    return (
        not n.vague
        and not n.ordinal
        and _YEAR_DIGITS.fullmatch(n.text) is not None
        and not _PLURAL_AFTER.match(after)
    )


@dataclass(frozen=True)
class Quantity(Numeral):
    """A numeral with its kind and unit; its text includes a hyphenated unit ("three-year")."""

    kind: str
    unit: str | None


_FOUR_DIGITS = re.compile(r"\d{4}")


def quantities(text: str) -> list[Quantity]:
    """Every numeral of a text with its kind and unit, dates included ("over a decade" too)."""
    found = list(find_numerals(text))
    for m in _patterns()["glued"].finditer(text):  # "152.4mm", "75ml": a measure written without a space
        found.append(Numeral(m.group("num"), m.start("num"), m.end("num"), float(m.group("num")), False, False))
    factor = {"decade": 10, "century": 100}
    for m in _patterns()["a_unit"].finditer(text) if _A_UNIT.search(text) else ():
        unit = m.group("unit").lower()
        found.append(Numeral(m.group("unit"), m.start("unit"), m.end("unit"), float(factor.get(unit, 1)), False, False))
    out: list[Quantity] = []
    for n in sorted(found, key=lambda n: n.start):
        ratio = _RATIO.search(text, max(0, n.start - 30), n.start)
        whole = n.value < 1000 or not _FOUR_DIGITS.fullmatch(n.text)  # "1 in 10 in 2000": a year, no whole
        # the part is no ratio's whole: "1 in 10 in 2000" is not "10 in 2000"
        free = not (ratio and out and out[-1].unit == "percent" and out[-1].end > ratio.start("part"))
        # "one of 12 jurors" names a member, "nine of 10" a share
        member = ratio is not None and ratio.group("by").lower() == "of" and ratio.group("part").lower() in {"one", "1"}
        part = (parse_number(ratio.group("part")) or 0.0) if ratio and not member else 0.0
        if ratio and whole and free and 0 < part < n.value:
            # "one in nine voters", "one of every five": a share of a whole, not a count of nine voters
            if out and out[-1].start == ratio.start("part"):
                out.pop()
            share = round(100 * part / n.value, 1)
            phrase = text[ratio.start("part") : n.end]
            out.append(Quantity(phrase, ratio.start("part"), n.end, share, False, False, "percent", "percent"))
            continue
        kind, unit, end = _kind_and_unit(text, n.text, n.start, n.end, n.value, n.ordinal, lexicon(), _patterns())
        if unit == "ratio" and out and out[-1].unit == "ratio" and n.value and _joins_terms(text, out[-1].end, n.start):
            # "split 4 to 1": one figure, the ratio of its terms, not a figure 1 beside a figure 4
            first = out.pop()
            ratio_value = round(first.value / n.value, 4)
            out.append(Quantity(text[first.start : n.end], first.start, n.end, ratio_value, False, False, kind, unit))
            continue
        if kind == "duration" and unit is None and n.text.lower() in {"decade", "year", "month", "week", "century"}:
            unit = "year" if n.text.lower() in {"decade", "century"} else n.text.lower()
        value = n.value
        if unit == "fraction":
            value = round(n.value / _DENOMINATOR_WORDS[text[n.end + 1 : end].lower()], 4)
        out.append(Quantity(text[n.start : end], n.start, end, value, n.vague, n.ordinal, kind, unit))
    return out


def _joins_terms(text: str, end: int, start: int) -> bool:
    """Is the text between two numbers the "to" of a ratio ("4 to 1", "3-to-1")?"""
    return text[end:start].strip(" -").lower() == "to"


# "one in nine", "nine of 10", "$4 of every $5": a share, the currency sign of each side no unit of it
_RATIO = re.compile(
    r"(?:\b|[$€£]\s?)(?P<part>one|two|three|four|five|six|seven|eight|nine|(?<![\d,.])\d{1,3})\s+"
    r"(?P<by>in|out\s+of|of|of\s+every|in\s+every)\s+(?:[$€£]\s?)?$",
    re.I,
)
# what every hedged "a decade" holds ("about a decade"): a text without it (nine articles in ten) is
# not searched for the hedges, which are tried at every space
_A_UNIT = re.compile(r"\s(?:a|an)\s+(?:decade|year|month|week|century)\b", re.I)


def extract_numbers(
    article: Article, timexes: Iterable[Timex], quotes: Iterable[Quote], evidence: Iterable[Evidence] = ()
) -> list[Figure]:
    """Every numeric expression of an article that is not part of a calendar date or year. A
    figure no statement holds is claimed by the ``evidence`` that vouches for it (a poll, a count)."""
    text = article.text
    lex = lexicon()
    pats = _patterns()
    dated = SpanIndex((t.start, t.end, t) for t in timexes if t.type in {"DATE", "TIME", "SET"})
    attributed = [q for q in quotes if not q.scare and q.speaker]
    statements = SpanIndex((*q.claimed, q) for q in attributed)
    vouched = SpanIndex((e.start, e.end, e) for e in evidence)
    of_sentence: dict[int, list[Quote]] = defaultdict(list)
    for statement in attributed:
        of_sentence[article.sentence_at(statement.char_start).start].append(statement)
    figures: list[Figure] = []
    for q in quantities(text):
        after = text[q.end : q.end + 80]
        if dated.covers(q.start, q.end) or _year_like(q, after):
            continue
        sentence = article.sentence_at(q.start)
        if not sentence.start <= q.start < sentence.end:
            continue
        if _part_of_a_name_or_date(text, q):
            continue
        hedge = _hedge(text, q, lex, pats)
        holding = statements.containing(q.start, q.end)  # the narrowest statement claims the figure,
        said = [h for h in holding if not _announced(text, h)] or holding  # of those already made
        claim = min(said, key=_claimed_length) if said else None
        claim = claim or _sentence_source(of_sentence.get(sentence.start, []))
        claimant, side = _claimant(claim, vouched.containing(q.start, q.end))
        figures.append(
            Figure(
                article.article_id,
                q.text,
                q.value,
                q.vague,
                q.unit,
                hedge,
                _hedge_class(text, sentence.start, q, hedge, lex),
                q.kind,
                claimant,
                side,
                sentence.text,
                q.start,
                q.end,
            )
        )
    return _fill_missing_units(_ranges(figures, text))


def _claimant(claim: Quote | None, vouching: list[Evidence]) -> tuple[str | None, str | None]:
    """Who claims a figure, and their side: the statement that holds it, unless the narrowest
    evidence around it holds that statement too ("The poll showed a majority of Ohio voters say
    ...": the respondents speak through the poll; but a speaker vouches for the poll they cite);
    else that evidence; else no one."""
    source = min(vouching, key=lambda e: e.end - e.start, default=None)
    if claim and not (source and source.outranks_statements and source.start <= claim.claimed[0] < source.end):
        return claim.speaker, claim.speaker_side
    return (source.source, source.side or "unknown") if source else (None, None)


def _announced(text: str, statement: Quote) -> bool:
    """Is ``statement`` one still to be made ("the candidate will announce plans Friday for people
    under 30", inside "The campaign says ..."): its figure is the teller's, who said it already."""
    cue = statement.cue_start
    return cue is not None and bool(_FUTURE_BEFORE.search(text, max(0, cue - 25), cue))


_FUTURE_BEFORE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+expected\s+to|plans?\s+to|going\s+to)\s+$", re.I)


def _claimed_length(statement: Quote) -> tuple[int, int]:
    start, end = statement.claimed
    return end - start, start


QUOTED = "in a quotation, speaker not found"  # a figure in quotation marks that no attribution claims


def claimant_sides(figures: Iterable[Mapping[str, object]], quotes: Iterable[Mapping[str, object]]) -> list[str]:
    """Who stands behind each figure, for the audit: its claimant's side; ``QUOTED`` for a
    figure inside quotation marks whose speaker the rules did not find (someone's words, not the
    reporter's: "“59 percent unemployment rate; 59 percent.”"); else "reporter"."""
    marks: dict[str, list[tuple[int, int, None]]] = defaultdict(list)
    for q in quotes:
        if q.get("kind") != "indirect":
            marks[str(q["article_id"])].append((int(q["char_start"]), int(q["char_end"]), None))  # type: ignore[call-overload]
    spans = {article: SpanIndex(found) for article, found in marks.items()}
    out = []
    for f in figures:
        if f.get("claimant"):
            out.append(str(f.get("claimant_side") or "unknown"))
            continue
        inside = spans.get(str(f["article_id"]))
        quoted = inside is not None and inside.containing(int(f["char_start"]), int(f["char_end"]))  # type: ignore[call-overload]
        out.append(QUOTED if quoted else "reporter")
    return out


def _sentence_source(statements: list[Quote]) -> Quote | None:
    """The source of a figure outside every statement of its sentence, when "according to" makes
    one source speak for the whole sentence ("More than 100,000 people took part ..., according to
    the event organizer"); a cue verb speaks for its own clause only ("Russia confirmed its advance
    ... during its three-year offensive": the reporter's words)."""
    sources = {s.speaker for s in statements}
    return next((s for s in statements if s.cue == "according to"), None) if len(sources) == 1 else None


# people bounded by age, the figure's unit read before this when it has one ("those under 30 percent")
_PEOPLE_AGED = re.compile(
    r"\b(?:people|persons|voters|adults|americans|those|anyone|men|women|children|kids|teens|workers|residents|"
    r"drivers|patients|millennials|respondents)\s+(?:under|over|older than|younger than|aged|ages)\s+$",
    re.I,
)
_YEARS_OLD = re.compile(r"\s+old\b")  # after "years": an age
# a group named by its place in a distribution ("the top 1 percent", "the bottom 20 percent of earners")
_BRACKET_BEFORE = re.compile(r"\b(?:top|bottom|richest|poorest|wealthiest|highest-earning|lowest-earning)\s+$", re.I)
_AGE_PAIR = re.compile(r"\s+(?:and|or|to)\s+\d{1,3}\s+years?\s+old\b")
_AGE_APPOSITION = re.compile(r"\b[A-Z][\w’'-]+,\s+$")


def _kind_and_unit(
    text: str,
    surface: str,
    start: int,
    end: int,
    value: float,
    ordinal: bool,
    lex: Lexicon,
    pats: dict[str, re.Pattern[str]],
) -> tuple[str, str | None, int]:
    """The kind of a figure, its unit, and the end of its text (a hyphenated unit is part of it)."""
    after = text[end : end + 80]
    if plus := _PLUS.match(after):
        after = " " + after[plus.end() :]  # "90-plus minutes": the hedge is no part of the unit
    if surface.lower() in {"decade", "year", "month", "week", "century"}:
        return "duration", None, end
    if ordinal:
        return "ordinal", counted_noun(after), end
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return "identifier", None, end
    if (percent := pats["percent"].match(after)) and _BRACKET_BEFORE.search(text, max(0, start - 30), start):
        return "identifier", "percent", end  # "the top 1 percent": a group's name, not a share anyone measured
    if percent:
        # "an advantage of 83 percentage points" is a gap between two shares, not a share of 83 percent
        return "percent", "percentage point" if "point" in percent.group().lower() else "percent", end
    if m := pats["currency_before"].search(text[max(0, start - 4) : start]):
        return "money", lex.currencies[m.group("cur").lower()], end
    if m := pats["currency_after"].match(after):
        return "money", lex.currencies[m.group("cur").lower()], end
    if m := pats["unit_after"].match(after):
        spelling = m.group("unit").lower()
        hyphen = after.startswith("-")
        new_end = end + m.end() if hyphen and not m.group("long") else end
        if (m.group("long") or "").lower() == "-old" or _YEARS_OLD.match(after, m.end()):
            return "measure", "year of age", end  # "a 15-year-old boy", "29 years old": an age, not a duration
        if spelling in lex.time_units:
            return "duration", lex.time_units[spelling], new_end
        return "measure", lex.measures[re.sub(r"\s+", " ", spelling)], new_end
    if _AGE_PAIR.match(after) and value < 120:
        return "measure", "year of age", end  # "27 and 29 years old": the first age of two
    if _AGE_APPOSITION.search(text, max(0, start - 40), start) and after.startswith(",") and value < 120:
        return "measure", "year of age", end  # "Terence Crutcher, 40, was": an age set off after a name
    if _PEOPLE_AGED.search(text, max(0, start - 40), start) and value < 120:
        return "measure", "year of age", end  # "people under 30", "voters over 65": an age, not a count
    if (fraction := _FRACTION.match(after)) and value < 20:  # "the middle one-fifth": a share, not a count
        return "measure", "fraction", end + fraction.end()
    ratio = _RATIO_TO.search(text, max(0, start - 30), end + 40)
    if ratio and start in (ratio.start("a"), ratio.start("b")):  # "split 4 to 1 in favor": a ratio
        voted = _VOTED.search(text, max(0, ratio.start() - 20), ratio.start("a"))  # "voted 4 to 1": votes
        return ("count", "vote", end) if voted else ("measure", "ratio", end)
    tally = _TALLY.search(text, max(0, start - 4), end + 30)
    if tally and start in (tally.start("a"), tally.start("b")):  # "a 5-4 decision": votes, not decisions
        return "count", "vote" if tally.group("what") else None, end
    if compound := _HYPHENATED_WORD.match(after):
        # "a three-judge panel", "a 52-count complaint", "a 100-page report": three judges, 52 counts and 100
        # pages of one thing (a reader found them shown as 52 complaints and a unit "page disclosure report")
        return "count", singular(compound.group(1)), end
    if _TIMES_AS.match(after):
        return "measure", "ratio", end  # "three times the rate of civilians": a multiple, not a count
    unit = counted_noun(after)
    return ("money" if unit in lex.currencies.values() else "count"), unit, end  # "billions of dollars"


# a multiple: "three times the rate", "twice as likely", "five times more"
_TIMES_AS = re.compile(r"\s+times\s+(?:the|as|more|less|higher|lower|larger|greater|that|what)\b", re.I)
_HYPHENATED_WORD = re.compile(r"-([A-Za-z]+)\b")
# a bound written after the figure and its unit: "30 or more", "$100 or less", "10 years or so"
_OR_MORE = re.compile(
    r"(?:[ \t]+[A-Za-z$%][\w%-]*){0,2}?[ \t]+or[ \t]+(?P<hedge>more|less|fewer|longer|so)\b(?![ \t]+than)"
)
_PLUS = re.compile(r"(?:-|\s?)(?P<hedge>plus\b|\+)(?=[\s-]*[A-Za-z])", re.I)
_DENOMINATOR_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
_FRACTION = re.compile(rf"-(?P<part>{'|'.join(_DENOMINATOR_WORDS)})\b", re.I)
# a vote or a score written with a hyphen: "a 5-4 decision", "the 7-2 ruling", "a 3-1 lead"
_TALLY = re.compile(
    r"(?<![\d.,-])(?P<a>\d{1,3})-(?P<b>\d{1,3})(?![\d.,-])\s+"
    r"(?:(?P<what>decision|ruling|vote|majority|split|verdict)|lead|win|victory|loss|defeat|record|score)\b"
)
# two numbers joined by "to" that a split, a margin or odds make a ratio: "split 4 to 1 in favor",
# "by a margin of 3-to-1", "odds of 10 to 1"; not a range ("from 4 to 10 percent")
_RATIO_TO = re.compile(
    r"\b(?:(?P<split>split|margin\s+of|ratio\s+of|odds\s+of|outnumbered?\s+\w+(?:\s+\w+)?\s+by)\s+)?"
    r"(?P<a>\d{1,3})(?:\s+to\s+|-to-)(?P<b>\d{1,3})(?![\d%-]|[.,]\d)"
    r"(?(split)|\s+(?:in\s+favou?r|against|margin|ratio|odds)\b)",
    re.I,
)
_VOTED = re.compile(r"\bvot(?:ed|ing|es?)\s+(?:\w+\s+)?$")
_A_UNIT_WORDS = {"decade", "year", "month", "week", "century"}
_DATE_RANGE = re.compile(rf"{MONTH_RE}\s+\d{{1,2}}\s*(?:-|–|to|through)\s*$")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# after a word or a comma of the sentence, or a quotation that a comma closes, not at its opening
_MID_SENTENCE = re.compile(r"(?:[a-z,]|,[”\"’])\s+$")
_OPENING_WORD = re.compile(r"(?:^|[.!?]\s+)[A-Z][\w'’.-]*\s+$")  # a capitalised word that opens a sentence
# "9/11", "24/7", "12/25": two whole numbers joined by a slash name a day or a phrase, unless the
# second is the denominator of a common fraction ("1/2", "3/4", "7/10")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
_DENOMINATORS = {"2", "3", "4", "5", "8", "10"}


def _hedge(text: str, q: Quantity, lex: Lexicon, pats: dict[str, re.Pattern[str]]) -> str | None:
    """The hedge of a figure: before it ("about $175 million", "about a century") unless "about"
    is a preposition ("learn more about 529 plans"), or after it ("90-plus minutes")."""
    if plus := _PLUS.match(text[q.end : q.end + 20]):
        return plus.group("hedge").lower()
    before = text[max(0, q.start - 40) : q.start]
    if q.text.lower() in _A_UNIT_WORDS:
        before = re.sub(r"\b(?:a|an)\s+$", "", before)
    match = pats["hedge"].search(before)
    if not match:
        after = _OR_MORE.match(text, q.end, q.end + 40)  # "30 people or more", "a decade or so"
        if after:
            return f"or {after.group('hedge').lower()}"
        pair = _PAIR_AFTER.match(text, q.end, q.end + 20) or _PAIR_BEFORE.search(before)  # "two or three things"
        return re.sub(r"\s+", " ", pair.group().strip()).lower() if pair else None
    hedge = re.sub(r"\s+", " ", match.group("hedge").lower())
    previous = re.findall(r"[A-Za-z]+", before[: match.start("hedge")])[-1:]
    if hedge == "about" and previous and previous[0].lower() in lex.not_hedging_about:
        return None
    if hedge == "over" and _AFTER_A_QUANTITY.search(before[: match.start("hedge")]):
        return None  # "$84 billion over 10 years": the period the amount is spread over
    if hedge == "over" and previous and previous[0].lower() in lex.over_is_a_particle_after:
        return None  # "handed over millions": the verb's particle, not "more than"
    return hedge


def _hedge_class(text: str, sentence_start: int, q: Quantity, hedge: str | None, lex: Lexicon) -> str:
    """The class of a figure's hedge; a bound under a negation of its clause turns round: "never
    ... with fewer than four candidates" is four or more, "did not expect more than 10" at most ten."""
    if not hedge:
        return "none"
    if _PAIR_HEDGE.fullmatch(hedge):
        return "approximate"  # "two or three": either, not exactly one of them
    cls = lex.hedges.get(hedge) or lex.hedges_after.get(hedge, "none")
    before = text[max(sentence_start, q.start - 160) : q.start]  # "never faced a ... in 24 years or raised more than"
    at = before.lower().rfind(hedge)
    if hedge in _COMPARATIVES and at > 0 and _NEGATED.search(before, 0, at):
        return _TURNED[cls]
    return cls


# two small numbers joined by "or": a guess between them ("two or three things", "5 or 6 times"), the
# other number written as the figure's hedge
_SMALL_NUMBER = rf"(?:{'|'.join(w for w, n in UNITS.items() if 0 < n <= 12)}|\d{{1,3}})"
_PAIR_AFTER = re.compile(rf"[ \t]+or[ \t]+{_SMALL_NUMBER}\b", re.I)
_PAIR_BEFORE = re.compile(rf"\b{_SMALL_NUMBER}[ \t]+or[ \t]+$", re.I)
_PAIR_HEDGE = re.compile(rf"or {_SMALL_NUMBER}|{_SMALL_NUMBER} or", re.I)
# the comparisons a negation turns round; not "nearly" ("may not have paid for nearly two decades")
# nor "over" ("would not blow a hole in the budget over a decade": the period)
_COMPARATIVES = {"more than", "fewer than", "less than", "greater than"}
_TURNED = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}
# a negation with no clause boundary between it and the hedge: "never spoke longer than", "did not
# expect more than"; not "not the first time that more than"
_NEGATED = re.compile(r"\b(?:never|not|n[’']t)\b(?![^,;:.]*\b(?:that|which|who|when|because|but|and|if)\b)[^,;:.]*$")


# a figure just before a hedge word: "$84 billion over", "40 percent over"
_AFTER_A_QUANTITY = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|percent|dollars?))\W{0,2}\s+$", re.I
)
# a telephone number: "800-273-8255", "(202) 555-0123"; none of its parts is a figure
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.])\d{3}[-.]\d{4}\b|\b1-\d{3}-\d{3}-\d{4}\b")


def _part_of_a_name_or_date(text: str, q: Quantity) -> bool:
    """A number word capitalised inside a name ("Ground Zero", "the Big Three"), the end of a
    range of days ("September 16-19"), a designation's number ("EB-5", "F-16"), a number word
    inside a compound ("hole-in-one"), a number to call ("a 911 caller"), one side of "9/11" or
    "24/7", or a part of a phone number.
    (Each test is made only when the ones before have not answered, and a search only where the
    text holds what it looks for: a slash, the end of a range.)"""
    before = text[max(0, q.start - 30) : q.start]
    if q.text[:1].isupper() and q.text.isalpha() and _NAME_BEFORE.search(before) and not _OPENING_WORD.search(before):
        return True
    if q.text[:1].isupper() and q.text.isalpha() and _NAME_AFTER.match(text, q.end) and _MID_SENTENCE.search(before):
        return True  # "a comparison done on Zero Hedge", "near Three Mile Island": a name that opens with one
    if q.text == "Zero" and _NAME_AFTER.match(text, q.end):
        return True  # "Zero Hedge asked": no count of anything is zero and capitalised
    if before.rstrip().endswith(_RANGE_ENDS) and _DATE_RANGE.search(before):
        return True
    if text[q.start - 1 : q.start] == "-" and q.text[:1].isdigit() and _DESIGNATION.search(before):
        return True  # "the EB-5 program", "an F-16", "COVID-19": a name's number, no quantity
    if q.text.isalpha() and (compound := _COMPOUND_BEFORE.search(before)) and compound.group(1) not in NUMBER_WORDS:
        return True  # "a hole-in-one", "the mother-of-two": a word made of words, no count
    if q.text.isdigit() and _NUMBER_TO_CALL.match(text, q.end):
        return True  # "a 911 caller", "the 311 line": a number to call, no quantity
    lo, hi = max(0, q.start - 3), q.end + 3
    if text.find("/", lo, hi) >= 0 and any(
        m.start() <= q.start < m.end() and m.group(2) not in _DENOMINATORS for m in _SLASHED.finditer(text, lo, hi)
    ):
        return True
    if any(m.start() <= q.start < m.end() for m in _PHONE.finditer(text, max(0, q.start - 16), q.end + 16)):
        return True
    after = text[q.end : q.end + 12]
    if q.text[:1].isdigit() and (name := _NAMED_NUMBER.search(before)):
        # "SiriusXM Patriot 125", "Apple Music show The 411": digits that end a name mid-sentence, not a
        # poll's "Clinton 46 percent"
        plain = [w for w in name.group().split() if w != "The"]  # "the show The 411"; "And 37 cents" opens a sentence
        if not any(w.casefold() in stopwords() for w in plain) and not (
            _SHARE_AFTER.match(after) or _SCORE_BEFORE.search(before)
        ):
            return True
    if text[q.start - 1 : q.start] in _OPENING_MARKS and _TITLE_END.match(text, q.end) is not None:  # “13th”
        return True
    if q.text[:1].isdigit() and (_ORDINAL_IN_NAME.match(text, q.start) or _ADDRESS_AFTER.match(text, q.end)):
        return True  # "the 13th Amendment", "131 West 23rd Street", "the 21st-century economy": a name or an era
    if q.text.isdigit() and q.text.endswith("0") and _DECADE_AFTER.match(text, q.end):
        return True  # "the 90's", "the 1980s": an era, no figure
    if q.text.casefold() == "one" and _NO_BEFORE.search(before):
        return True  # "No one expected", "no one single point of failure": nobody, no count
    return q.text.casefold() == "one" and bool(_ONE_PRONOUN_BEFORE.search(before)) and bool(_ONE_PRONOUN.match(after))


# an ordinal that is part of a name or an era: "13th Amendment", "23rd Street", "21st-century"; a
# military unit's stays a figure ("the 90th Armored Division", as the seed annotations count it)
_ORDINAL_IN_NAME = re.compile(
    r"\d+(?:st|nd|rd|th)(?:\s+(?:Amendment|Street|St\.|Avenue|Ave\.|Circuit|Precinct|Ward)\b|[\s-]+[Cc]entury\b)"
)
# a street number: "131 West 23rd Street", "1600 Pennsylvania Avenue"
_ADDRESS_AFTER = re.compile(  # (not from inside a run of blanks, nor giving one back: linear on any text)
    r"(?<!\s)\s++(?:[A-Z][a-z]+\s+|\d+(?:st|nd|rd|th)\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Boulevard|Blvd\.|Drive|Lane|Place)\b"
)
_NO_BEFORE = re.compile(r"\bno\s+$", re.I)
_DECADE_AFTER = re.compile(r"['’]?s\b")


_COMPOUND_BEFORE = re.compile(r"\b([a-z]+)-(?:[a-z]+-)?$")  # "hole-in-", "mother-of-": the compound before it
_NUMBER_TO_CALL = re.compile(r"\s+(?:call|caller|dispatcher|operator|line|hotline)\b")  # one: "300 callers" is a count
_DESIGNATION = re.compile(r"(?<![\w$€£-])[A-Z][A-Za-z]{0,5}-$")  # "EB-", "F-", "COVID-": a name before its number
_RANGE_ENDS = ("-", "–", "to", "through")  # what a range of days before a figure ends with (``_DATE_RANGE``)
_NAMED_NUMBER = re.compile(r"(?<=[a-z,;:]\s)(?:[A-Z][\w'’.&-]*\s){1,3}$")
# what makes a number after a name a score or a share: "Clinton 46 percent", "Trump 45 to 43",
# "Clinton 46, Trump 44", "51-49"
_SCORE_BEFORE = re.compile(r"\d%?,\s*[A-Z][\w'’.-]*\s$")  # the second of "Clinton 46, Trump 44"
_SHARE_AFTER = re.compile(r"(?<!\s)\s*(?:%|percent|per\s+cent|points?|to\s+\d|-|–|,\s*[A-Z][\w'’.-]*\s+\d)")
_OPENING_MARKS = {"“", '"', "‘"}
_TITLE_END = re.compile(r"[.,!?]?[”\"’]")
# "a fortunate one.", "the one that": "one" standing for a noun named before it, no count
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|every|each|another|any)\s+(?:[a-z]+\s+)?$", re.I)
_ONE_PRONOUN = re.compile(r"\s*+(?:[.,;:!?)”\"]|$|(?<=\s)(?:that|who|which)\b)")  # possessive: no backtracking


# a verb of paying a few words before a bare "millions": the millions are money ("lent the company millions")
_MONEY_VERB = re.compile(
    r"\b(?:lent|loaned|paid|pays|spent|spends|raised|raises|owed|owes|donated|borrowed|invested|earned|earns|"
    r"costs?|made|makes|gave|contributed|funneled|poured)\b(?:\s+[\w'’-]+){0,3}\s+$"
)


_RANGE_JOIN = re.compile(r"\s*(?:to|or|-|–)\s*")


def _ranges(figures: list[Figure], text: str) -> list[Figure]:
    """The first figure of a range or a choice ("two to three years", "2-3 percent", "two or three
    weeks") with no unit of its own takes the kind and unit of the figure that closes it: a
    reader found "two" of "two to three years" a count of nothing beside a duration of three."""
    out = list(figures)
    for i, (f, g) in enumerate(itertools.pairwise(figures)):
        unitless = f.unit is None or (f.unit == g.unit and f.kind != g.kind)  # "2-3 percent": a count of percent
        if unitless and g.unit and _RANGE_JOIN.fullmatch(text[f.char_end : g.char_start]):
            out[i] = Figure(**{**f.__dict__, "unit": g.unit, "kind": g.kind})
    return out


def _fill_missing_units(figures: list[Figure]) -> list[Figure]:
    """ "22 others" takes the unit before it; a bare figure the unit after it in the sentence."""
    out = list(figures)
    donors: dict[str, list[Figure]] = defaultdict(list)  # per sentence, the counts with a real unit
    for g in figures:
        if g.kind == "count" and g.unit and g.unit not in {"other", "more"}:
            donors[g.sentence].append(g)
    for i, f in enumerate(out):
        if f.kind != "count" or (f.unit and f.unit not in {"other", "more"}):
            continue
        same = [g for g in donors[f.sentence] if g is not f]
        before = [g for g in same if g.char_start < f.char_start]
        after = [g for g in same if g.char_start > f.char_start]
        if f.unit in {"other", "more"} and before:
            unit = before[-1].unit
        elif f.vague:  # "displaced millions": vague counts without a noun are of people; "lent them millions" money
            at = f.sentence.find(f.text)
            if at > 0 and _MONEY_VERB.search(f.sentence, 0, at):
                out[i] = Figure(**{**f.__dict__, "unit": "dollar", "kind": "money"})
                continue
            unit = "person"
        elif after or before:
            unit = (after or before[::-1])[0].unit
        else:
            continue
        out[i] = Figure(**{**f.__dict__, "unit": unit})
    return out


# --------------------------------------------------------------------------- audit


def unit_family(unit: str | None) -> str | None:
    if not unit:
        return None
    last = unit.split()[-1]
    return lexicon().families.get(last, last)


def scaled(row: Mapping[str, object]) -> float:
    """A figure's value in its family's base unit, so "two decades" compares with "18 years"."""
    return float(row["value"]) * lexicon().scales.get(str(row["unit"]), 1.0)  # type: ignore[arg-type]


def convert(value: float, unit: str | None) -> str | None:
    """A conversion a reader may need: 13 kilometre -> "≈ 8.1 mile"."""
    if unit not in lexicon().conversions:
        return None
    target, factor = lexicon().conversions[unit]
    converted = value * factor
    digits = 1 if converted < 100 else 0
    return f"≈ {converted:,.{digits}f} {target}"


def check_durations(
    rows: Iterable[Mapping[str, object]], published: Mapping[str, str | None], events: Iterable[Mapping[str, object]]
) -> list[str | None]:
    """``check_duration`` for every figure, each against its own article's events only (read once)."""
    events_of: dict[object, list[Mapping[str, object]]] = defaultdict(list)
    for e in events:
        events_of[e["article_id"]].append(e)
    return [check_duration(r, published.get(str(r["article_id"])), events_of[r["article_id"]]) for r in rows]


def check_duration(row: Mapping[str, object], published: str | None, events: list[Mapping[str, object]]) -> str | None:
    """ "a three-year offensive" against the start its own article gives: the events of the same
    article (its background included) that began near the start the duration implies. Another
    article's dates are not this article's evidence, and a later article cannot be its source."""
    pub = parse_iso_date(published or "")
    if row["kind"] != "duration" or row["unit"] not in {"year", "month"} or pub is None or not _until_now(row):
        return None
    years = float(row["value"]) / (12 if row["unit"] == "month" else 1)
    now = pub.year + pub.timetuple().tm_yday / 366
    implied = now - years
    best = None
    for e in events:
        start = parse_iso_date(str(e["date_start"]))
        if e.get("article_id") != row["article_id"] or start is None:
            continue
        when = start.year + start.timetuple().tm_yday / 366
        distance = abs(when - implied)
        if when < now and distance <= max(0.5, years * 0.25) and (best is None or distance < best[0]):
            best = (distance, e, when)
    claim = figure_phrase(row)
    start_text = _year_fraction_text(implied)
    if best is None:
        return (
            f"'{claim}' before {pub.isoformat()} points to about {start_text}; the article dates no start "
            "near it, so there is nothing in it to check the duration against."
        )
    _, event, when = best
    fits = _fits(row["hedge_class"], now - when, years)
    hedge = f"the hedge '{row['hedge']}'" if row["hedge"] else "a figure stated without a hedge"
    return (
        f"'{claim}' before {pub.isoformat()} points to about {start_text}; the same article dates "
        f'"{event["event"]}" to {event["date_value"]} ({now - when:.1f} years before publication), which '
        + ("fits " if fits else "does not fit ")
        + f"{hedge}, if that is where the span begins (the dates are near, not linked: read both sentences)."
    )


_FREQUENCY = re.compile(r"\b(?:every|each)\s+(?:\w+\s+)?$", re.I)
_AHEAD = re.compile(r"\b(?:will|would|could|next|within|until)\b[^.;:!?]*$", re.I)
_RECENT = re.compile(r"\b(?:past|last|previous|recent)\s+(?:\w+\s+){0,2}$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|’ve|'ve)\b[^.;:!?,]*$", re.I)
# "may have enabled him to pay nothing for 15 years": what might have been, not a span up to now
_MODAL_PERFECT = re.compile(r"\b(?:may|might|must|could|would|should)\s+(?:not\s+|well\s+)?have\b[^.;:!?,]*$")


# what a length names a kind of, not a span that runs up to now: "four-year state universities", "a
# 30-year mortgage", "the four-year number, $25,000", "a two-year degree"
_KIND_OF_THING = re.compile(  # (not from inside a run of blanks, nor giving one back: linear on any text)
    r"(?<!\s)(?:-[a-z]+)?\s++(?:[a-z-]+\s+){0,2}?(?:colleges?|universit(?:y|ies)|schools?|degrees?|programs?|terms?|plans?|"
    r"contracts?|deals?|loans?|bonds?|notes?|leases?|mortgages?|warrant(?:y|ies)|budgets?|numbers?|costs?|prices?|"
    r"tuition|forecasts?|projections?|windows?|averages?|highs?|lows?|olds?)\b"
)


def _until_now(row: Mapping[str, object]) -> bool:
    """Does the sentence make the span run up to publication, so that it has a start to check: "a
    three-year war", "the past 18 years", "has led the party for a decade"? Not a frequency ("every
    three months"), a span ahead ("for the next 18 years") or one anchored elsewhere ("a loss that
    let him avoid taxes for 18 years", "losses that may have let him pay nothing for 15-plus years":
    the hyphen of "-plus" is the hedge's, and "may have" tells what might have been). A figure whose
    sentence is not given cannot be told apart."""
    sentence, text = str(row.get("sentence") or ""), str(row["text"])
    at = sentence.find(text)
    if at < 0:
        return True
    before = sentence[max(0, at - 60) : at]
    if _FREQUENCY.search(before) or _AHEAD.search(before):
        return False
    after = sentence[at + len(text) : at + len(text) + 12]
    hyphenated = "-" in text or (after[:1] == "-" and not _PLUS.match(after))  # "15-plus years" is no adjective
    if hyphenated and _KIND_OF_THING.match(sentence, at + len(text)):
        return False  # "four-year state universities", "the four-year number": a kind, no span up to now
    perfect = _PERFECT.search(before) and not _MODAL_PERFECT.search(before)
    return hyphenated or bool(_RECENT.search(before) or perfect)


def figure_phrase(row: Mapping[str, object]) -> str:
    """A figure as a reader would say it, with its hedge and its unit where the text lacks it:
    "more than three years", "three-year" (not "three-year year"), "four regions" (not "four region")."""
    hedge = f"{row['hedge']} " if isinstance(row.get("hedge"), str) and row.get("hedge") else ""
    if hedge.startswith("or "):  # "30 people or more": the bound follows the figure and its unit
        return f"{figure_phrase({**row, 'hedge': None})} {hedge.strip()}"
    text, unit = str(row["text"]), row["unit"] if isinstance(row["unit"], str) else ""
    if hedge.strip() in lexicon().hedges_after:  # "15-plus years", "100+ pages": the hedge follows
        text, hedge = text + ("" if hedge.strip() == "+" else "-") + hedge.strip(), ""
    if unit == "percent" and _RATIO_TEXT.search(text):  # "one of every nine (11.1 percent)"
        return f"{hedge}{text} ({float(row['value']):g} percent)"
    says_unit = re.search(rf"\b{re.escape(unit[:-1] if len(unit) > 3 else unit)}", text, re.I)
    if not unit or unit == "fraction" or says_unit or (row.get("kind") == "duration" and _DURATION_WORD.search(text)):
        return f"{hedge}{text}"  # "three-year", "a decade": the text already says what it counts
    if row.get("vague") is True or str(row.get("vague")).lower() == "true":
        return f"{hedge}{text} of {plural(unit)}"  # "tens of thousands of lives", not "millions people"
    return f"{hedge}{text} {unit if float(row['value']) == 1 else plural(unit)}"


_RATIO_TEXT = re.compile(r"\s(?:in|of|out)\s")  # the text of a ratio read as a share ("1 in 4")
HEDGE_WORDS = {"approximate": "about", "lower_bound": "at least", "upper_bound": "at most", "none": "none"}


_DURATION_WORD = re.compile(r"\b(?:decade|centur|year|month|week|day|hour)", re.I)
_INVARIANT = {"percent", "per cent", "o’clock", "o'clock"}  # "40 percent", "three o’clock"


@lru_cache(maxsize=1)
def _english() -> inflect.engine:
    return inflect.engine()


@lru_cache(maxsize=4096)
def plural(noun: str) -> str:
    """The English plural of a unit noun, by a library that knows English ("region" -> "regions",
    "life" -> "lives", "person" -> "people", "analysis" -> "analyses"); a noun already plural
    ("troops", "remains") or invariant ("percent") as it is."""
    if not noun or noun in _INVARIANT:
        return noun
    english = _english()
    if english.singular_noun(noun) and not noun.endswith(("is", "us", "ss")):  # "analysis", "bus" are singular
        return noun
    return english.plural_noun(noun)


def _year_fraction_text(value: float) -> str:
    year = math.floor(value)
    month = min(12, max(1, int((value - year) * 12) + 1))
    return date(year, month, 1).strftime("%B %Y")


def _fits(hedge_class: object, actual: float, stated: float) -> bool:
    if hedge_class == "lower_bound":
        return actual >= stated - 0.05
    if hedge_class == "upper_bound":
        return actual <= stated + 0.05
    return abs(actual - stated) <= max(0.5, 0.2 * stated)


SMALL_COUNT = 10  # the counts that make a claim to check start here


def flags(
    row: Mapping[str, object], single_source: bool, parties: Collection[str] = (), disagreement: str | None = None
) -> list[str]:
    """What a fact-checker should look at for one figure, each with its reason, most serious first
    (see ``severity``); ``parties`` are the sides the corpus configuration marks as parties to the
    story, ``disagreement`` the values of other reports when they disagree with this one."""
    out = []
    side = row.get("claimant_side")
    value = float(row["value"])
    # a count below ten ("two people", "one tweet", "seven continents") is no figure to check
    countable = row["kind"] in {"count", "money", "measure", "percent"} and not row["vague"]
    countable = countable and not (row["kind"] == "count" and value < SMALL_COUNT)
    if disagreement:
        out.append(f"reports disagree on it ({disagreement})")
    if side in parties:
        alone = " and no other article gives it" if single_source and countable else ""
        out.append(f"claimed by a party to the story ({row['claimant']}){alone}")
    elif single_source and countable:
        out.append("only one article gives this figure")
    if row["vague"]:
        out.append("vague quantity: an order of magnitude, not a count")
    precise = value >= 100 and not _round(value) and not _to_a_five(value)
    if row["hedge_class"] == "approximate" and precise:  # "about 1,212"; a bound may be exact: "at least 707"
        out.append(f"precise figure ({row['text']}) under a hedge ('{row['hedge']}')")
    if row["hedge_class"] == "none" and side in parties and value >= 100 and _round(value):
        out.append("round figure from a party given without a hedge")
    return sorted(out, key=severity)


# What matters most to a fact-checker: reports that contradict each other, then a party's figure
# no one else gives, then a precise number under a vague hedge; the rest are notes.
_SEVERITY = (
    "reports disagree",
    "claimed by a party to the story (*) and no other article",
    "precise figure",
    "claimed by a party",
    "round figure from a party",
    "only one article",
    "vague quantity",
)


def severity(reason: str) -> int:
    """The rank of a ``flags`` reason: 0 is the most serious."""
    for rank, start in enumerate(_SEVERITY):
        head, _, tail = start.partition("(*)")
        if reason.startswith(head) and tail in reason:
            return rank
    return len(_SEVERITY)


def check_rank(row: Mapping[str, object]) -> tuple[int, int, int]:
    """How soon a fact-checker reads a flagged figure (``flags`` in ``row["flags"]``): its most
    serious reason first; among figures of one reason (in a corpus without parties, most of them
    "only one article gives this figure"), a figure a named source claims before the reporter's own,
    and money and shares before counts."""
    reasons = row.get("flags") or []
    side = row.get("claimant_side")
    sourced = 0 if side not in (None, "", "reporter", QUOTED) else 1
    kind = 0 if row.get("kind") in {"money", "percent"} else 1
    return (severity(str(reasons[0])) if len(reasons) else len(_SEVERITY), sourced, kind)  # type: ignore[arg-type]


def _to_a_five(value: float) -> bool:
    """Rounded to a five at its third digit ("about $115", "about 1,250"): how a reporter rounds a
    computed amount, not a precise count under a hedge ("about 1,212")."""
    if not float(value).is_integer():
        return False
    return int(value) % (5 * 10 ** max(0, len(str(int(value))) - 3)) == 0


def _round(value: float) -> bool:
    if value < 100 or not float(value).is_integer():
        return False
    magnitude = 10 ** (len(str(int(value))) - 2)
    return int(value) % max(10, magnitude) == 0
