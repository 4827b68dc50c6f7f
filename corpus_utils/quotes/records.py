"""Records: each quotation with its speaker, kind and sentence, and the indirect speech that
no quotation marks enclose.

A quotation inside an attribution's content is ``direct`` when it is the whole content and
``partial`` otherwise; next to an attribution ('"...," he said') or introduced by a colon
(in its sentence or the one before), or followed by a bare "he said." it is that speaker's.
The second part of a split quotation and a quoted sentence right after a speaker's quotation
keep that speaker. Short quoted labels with no speaker are ``scare`` quotes; the title of a
work ("Meet the Press") is no quotation at all; any other quotation is someone's words even
when the text does not say whose.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from corpus_utils.actors import POSSESSIVE_END, Mention, gazetteer
from corpus_utils.articles import Article, Sentence
from corpus_utils.data import stopwords
from corpus_utils.quotes.attribution import _inherit_channels, _loose_speaker, sentence_attributions
from corpus_utils.quotes.colon_speakers import named_before_colon
from corpus_utils.quotes.contents import report_goes_on, sentence_close
from corpus_utils.quotes.evidence import DEFINITE, Evidence, sentence_evidence
from corpus_utils.quotes.marks import (
    Marks,
    QuotedSpan,
    _is_label,
    _is_title,
    _names_a_work,
    _overlaps,
    _reads_as_label,
    _reads_as_statement,
    _so_called,
    quoted_spans,
)
from corpus_utils.quotes.mentions import Attribution, _attribution
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.speakers import _clause_subject
from corpus_utils.quotes.transcripts import transcript_turns
from corpus_utils.quotes.words import cues, tokens
from corpus_utils.spans import SpanIndex


@dataclass(frozen=True)
class Quote:
    article_id: str
    quote: str
    kind: str  # direct | partial | indirect
    scare: bool
    speaker: str | None
    speaker_mention: str | None
    speaker_type: str | None
    speaker_side: str | None
    cue: str | None
    channel: str | None
    sentence: str
    char_start: int
    char_end: int
    cue_tone: str | None = None
    # What the speaker answers for, when more than the quoted words: the whole reported clause a
    # partial quotation sits in ("Clinton says it means Trump “may not have paid a dime” ... for
    # nearly two decades": the two decades are Clinton's too). Read by the figures' claimants;
    # not a column of the table.
    claim_start: int | None = None
    claim_end: int | None = None
    # Where the attribution's cue is (its sentence may say when the words were said: "said
    # Tuesday"); a quotation that continues a speaker keeps that speaker's cue. Read by the
    # timeline; not a column of the table.
    cue_start: int | None = None

    @property
    def claimed(self) -> tuple[int, int]:
        """The span the speaker answers for: the reported clause, else the quoted words."""
        if self.claim_start is None or self.claim_end is None:
            return self.char_start, self.char_end
        return self.claim_start, self.claim_end


def _record(
    article: Article,
    att: Attribution | None,
    text: str,
    kind: str,
    scare: bool,
    start: int,
    end: int,
    sentence: str,
    claim: tuple[int, int] | None = None,
) -> Quote:
    """A row; ``claim`` the span its speaker answers for when more than the row's words."""
    actor = att.actor if att else None
    return Quote(
        article_id=article.article_id,
        quote=text,
        kind=kind,
        scare=scare,
        speaker=actor.name if actor else None,
        speaker_mention=att.mention if att else None,
        speaker_type=actor.type if actor else None,
        speaker_side=actor.side if actor else None,
        cue=(att.cue or None) if att else None,
        channel=att.channel if att else None,
        sentence=sentence,
        char_start=start,
        char_end=end,
        cue_tone=cues().tone.get(att.cue) if att and att.cue else None,
        claim_start=claim[0] if claim else None,
        claim_end=claim[1] if claim else None,
        cue_start=att.cue_start if att else None,
    )


_SAID_AS = re.compile(r"[,\s]*as\s+")
_SAYING = {"say", "write", "tell", "note", "put"}  # "as Garner said", not "as he promised to defend": a time


def extract_quotes(article: Article) -> tuple[list[Quote], list[str]]:
    """Every quotation and reported statement of an article, and warnings about stray marks."""
    quotes, _, warnings = extract_statements(article)
    return quotes, warnings


def extract_statements(
    article: Article, mentions: list[Mention] | None = None
) -> tuple[list[Quote], list[Evidence], list[str]]:
    """The quotations and reported statements of an article; the polls, studies and counts that
    vouch for its figures without a word of speech (``evidence``); warnings about stray marks.
    ``mentions``: the gazetteer's ``actor_mentions`` of the article's text, when the caller has them."""
    text = article.text
    spans, warnings = quoted_spans(text)
    marks = SpanIndex((s.open_mark, s.close_mark, s) for s in spans)
    resolver = Resolver(article, marks, mentions)
    attributions: list[Attribution] = []
    for sentence in article.sentences:
        attributions.extend(sentence_attributions(sentence, marks, resolver))
    _inherit_channels(attributions)

    records: list[Quote] = []
    used: set[int] = set()
    around: set[int] = set()  # reports that hold another's quoted words ("as Eric Garner said"): kept whole
    previous: Attribution | None = None
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence.index, []).append(a)
    for span in spans:
        inner = text[span.start : span.end]
        first = article.sentence_at(span.open_mark)
        last = article.sentence_at(span.close_mark)
        near = [a for i in range(first.index, last.index + 1) for a in by_sentence.get(i, ())]
        inside = [a for a in near if _overlaps(a.content_start, a.content_end, span.start, span.end)]
        said_as = [  # '... the words “I can't breathe,” as Eric Garner said': his words, inside another's report
            a
            for a in by_sentence.get(last.index, ())
            if a.mention_start and a.mention_start > span.close_mark and a.cue in _SAYING
            and _SAID_AS.fullmatch(text, span.close_mark + 1, a.mention_start)
        ]
        if said_as:  # the report around them is still the reporter's paraphrase of its own speaker
            around.update(id(a) for a in inside)
            inside = []
        beside = [
            a
            for a in by_sentence.get(last.index, ())
            if a.mention_start and a.mention_start > span.close_mark and not inside
        ]
        colon = [
            a
            for a in near
            if a.sentence.index in {first.index, last.index}
            and a.mention_start is not None
            and a.mention_start < span.open_mark
            and (text[a.cue_start : span.open_mark].rstrip().endswith(":") or _inverted_before(text, a, span))
        ]
        sentence_text = text[min(first.start, span.open_mark) : max(last.end, span.close_mark + 1)]
        if text[span.open_mark - 1 : span.open_mark] == "=":
            continue  # an attribute value in markup left in the text (<tweet author="...">), not a quotation
        titled = _is_title(inner) or _names_a_work(text, span.open_mark, inner)
        if titled and not _reads_as_statement(text, span, first):
            continue  # the title of a work: nobody's words, and no label the reporter keeps at a distance
        if _so_called(text, span):  # a term the reporter names: the statement around it is still its speaker's
            around.update(id(a) for a in inside)
            records.append(_record(article, None, inner, "partial", True, span.start, span.end, first.text))
            continue
        if _is_label(text, span) and not beside:
            owner = inside[-1] if inside else _label_owner(article, span)
            records.append(_record(article, owner, inner, "partial", True, span.start, span.end, first.text))
            continue
        if inside:
            att = inside[0]
            used.add(id(att))
            lead = text[att.content_start : span.open_mark].strip(" ,:")
            whole = not lead and span.close_mark + 1 >= att.content_end - 1
            n_words = len(inner.split())
            opening = text[att.cue_start : span.open_mark].rstrip()
            # a colon, or a comma before a whole sentence: "says of Clinton, “If she gets the chance, ...”"
            introduced = opening.endswith(":") or (
                opening.endswith(",") and _whole_sentence(text[span.start : span.close_mark])
            )
            # '“I would,” she said': a whole utterance before its attribution, closed inside the marks
            closed = span.close_mark < att.cue_start and bool(re.search(r"[,.!?]", text[span.end : span.close_mark]))
            short_whole = whole and (n_words >= 4 or closed)
            kind = "direct" if introduced or (not lead and (n_words > 6 or short_whole)) else "partial"
            clause = (min(span.start, att.content_start), max(span.end, att.content_end))
            records.append(_record(article, att, inner, kind, False, span.start, span.end, sentence_text, clause))
            previous = att
        elif beside or colon:
            att = (beside or colon)[0]
            used.add(id(att))
            if colon:
                sentence_text = text[att.sentence.start : max(last.end, span.close_mark + 1)]
            clause = bool(re.search(r"[,.!?]", text[span.end : span.close_mark])) or bool(colon)
            kind = "direct" if clause else "partial"
            records.append(_record(article, att, inner, kind, False, span.start, span.end, sentence_text))
            previous = att
        elif labelled := named_before_colon(article, span, first, resolver):  # 'Bush: "The mission is ..."'
            records.append(_record(article, labelled, inner, "direct", False, span.start, span.end, sentence_text))
        elif dash := _dash_attribution(article, span, last, resolver):
            records.append(_record(article, dash, inner, "direct", False, span.start, span.end, last.text))
            previous = dash
        elif previous is not None and previous.sentence.index == first.index and previous.mention is not None:
            # the second part of a split quotation: '“A,” said X, “and B.”'
            records.append(_record(article, previous, inner, "direct", False, span.start, span.end, sentence_text))
        elif near := _nearby_attribution(article, span, first, last, by_sentence, marks, resolver):
            kind = "direct" if _reads_as_statement(text, span, first) else "partial"
            records.append(_record(article, near, inner, kind, False, span.start, span.end, sentence_text))
            previous = near
        elif (opener := _introduced_by(article, span, first, by_sentence, resolver)) is not None:
            # 'Sen. Bernie Sanders ... identified young voters' exhaustion ... "The younger people are ..."'
            records.append(_record(article, opener, inner, "direct", False, span.start, span.end, first.text))
            previous = opener
        elif (last := _last_speaker(previous, attributions, first)) and span.open_mark <= first.start + 1:
            # a quoted sentence with no attribution of its own continues the previous speaker, without a cue
            continued = replace(last, cue="")
            records.append(_record(article, continued, inner, "direct", False, span.start, span.end, first.text))
        elif owned := _words_of_owner(article, span, resolver):
            records.append(_record(article, owned, inner, "partial", False, span.start, span.end, first.text))
        elif _reads_as_label(inner):
            owner = _label_owner(article, span)
            records.append(_record(article, owner, inner, "partial", True, span.start, span.end, first.text))
        else:  # someone's words, but the text does not say whose
            kind = "direct" if _reads_as_statement(text, span, first) else "partial"
            records.append(_record(article, None, inner, kind, False, span.start, span.end, sentence_text))
    contents = SpanIndex((s.start, s.end, s) for s in spans)
    for att in attributions:
        if id(att) in used or (contents.overlaps(att.content_start, att.content_end) and id(att) not in around):
            continue
        content = text[att.content_start : att.content_end].strip(" ,.;:")
        if not any(c.isalpha() for c in content):
            continue  # "said on June 11:" before a quotation: a date's digits, no words of anyone's
        start = text.index(content, att.content_start)
        tail = _next_clause_end(text, att) or _report_tail(text, att)
        head = _figure_before_speaker(text, att)
        claim = (head or start, tail or start + len(content)) if tail or head else None
        records.append(
            _record(article, att, content, "indirect", False, start, start + len(content), att.sentence.text, claim)
        )
    if turns := transcript_turns(article, resolver):  # a transcript's turns replace what was read inside them
        covered = SpanIndex((start, end, att) for att, start, end in turns)
        records = [q for q in records if q.scare or not covered.overlaps(q.char_start, q.char_end)]
        records += [
            _record(article, att, text[start:end], "direct", False, start, end, article.sentence_at(start).text)
            for att, start, end in turns
        ]
    records.sort(key=lambda q: (q.char_start, q.char_end))
    evidence = [e for sentence in article.sentences for e in sentence_evidence(sentence, marks, resolver)]
    records, evidence = _documents_named_before(records, evidence)
    return records, evidence, warnings


_NEXT_CLAUSE = re.compile(r",\s+(?:and|compared\s+(?:with|to)|up\s+from|down\s+from|versus|against|whereas)\s+")


def _whole_sentence(inner: str) -> bool:
    """Quoted words that open with a capital and close a sentence: "If she gets the chance, she will."."""
    words = inner.strip()
    return words[:1].isupper() and words.endswith((".", "!", "?")) and len(words.split()) >= 4


def _next_clause_end(text: str, att: Attribution) -> int | None:
    """Where the clause after a parenthetical attribution ends, when the statement comes before
    it and the sentence goes on with ", and" ("The middle fifth paid 8.9 percent, the agency said
    in a June report, and the bottom fifth paid 0.8 percent": the agency's too), else None."""
    if att.content_end > att.cue_start or att.mention_start is None or att.mention_start < att.content_end:
        return None
    sentence = att.sentence
    return sentence_close(sentence) if _NEXT_CLAUSE.search(text, att.cue_start, sentence.end) else None


def _report_tail(text: str, att: Attribution) -> int | None:
    """Where the report of a "that" clause after its cue ends when the sentence goes on with it
    (``report_goes_on``: "The Times wrote that Trump had claimed a loss of $916 million in 1995,
    which could have allowed him to avoid paying taxes for the next 18 years": the 18 years are the
    Times's too), else None."""
    if att.content_start < att.cue_start or not _after_that(text, att):
        return None  # "denounced the deal, which would ...": the deal's terms are not the critics' words
    return report_goes_on(att.sentence, att.content_end)


def _after_that(text: str, att: Attribution) -> bool:
    """Whether the statement's clause follows its cue and "that" ("estimates that ...")."""
    return re.search(r"\bthat\s*$", text[att.cue_start : att.content_start]) is not None


def _documents_named_before(records: list[Quote], evidence: list[Evidence]) -> tuple[list[Quote], list[Evidence]]:
    """ "Clinton beats Trump by 46 percent to 42 percent, according to the poll" after "A Bloomberg
    poll shows that ...": the Bloomberg poll, the last document of that kind the article named before;
    "the poll" with none named before stays an unnamed poll."""
    named = sorted(
        [(e.start, e.source) for e in evidence if _named(e.source)]
        + [(q.cue_start or q.char_start, q.speaker) for q in records if q.speaker and _named(q.speaker)]
    )

    def before(offset: int, unnamed: str) -> str | None:
        head = unnamed.casefold().removeprefix(_UNNAMED)
        return next((n for at, n in reversed(named) if at < offset and n.casefold().endswith(f" {head}")), None)

    quotes = [
        replace(q, speaker=name)
        if q.speaker
        and _unnamed(q.speaker)
        and _points_back(q.speaker_mention)
        and (name := before(q.cue_start or q.char_start, q.speaker))
        else q
        for q in records
    ]
    found = [
        replace(e, source=name) if e.definite and _unnamed(e.source) and (name := before(e.start, e.source)) else e
        for e in evidence
    ]
    return quotes, found


_UNNAMED = "unnamed "


def _points_back(mention: str | None) -> bool:
    """A speaker's mention that names a document the article named before: "the poll", "that survey"."""
    words = (mention or "").split()
    return len(words) == 2 and words[0].lower() in DEFINITE


def _unnamed(name: str) -> bool:
    """A source the text describes but does not name ("Unnamed poll", "unnamed experts")."""
    return name.casefold().startswith(_UNNAMED)


def _named(name: str) -> bool:
    """A source the text names ("Bloomberg poll"), not one it describes ("Unnamed poll", "Another source")."""
    return not name.casefold().startswith((_UNNAMED, "another ", "one ", "a ", "an ", "the "))


# a sum, a share or a count with one or two words of what it counts, right before a speaker with no
# comma between; not a bare count, which counts the speakers ("about 20 people have indicated")
_FIGURE_BEFORE = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?(?:\s+[a-z]+){0,2}"
    r"|\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion|percent))?(?:\s+[a-z]+){1,2})\s+$"
)


# a clause that goes back to a figure before it opens with its subject or, the figure its subject, its verb
_CLAUSE_OPENS = re.compile(
    r"(?:it|they|he|she|we|you|i|was|were|is|are|would|will|could|can|has|have|had|might|may)\b", re.I
)


def _figure_before_speaker(text: str, att: Attribution) -> int | None:
    """Where a figure starts that the statement's clause goes back to, when the figure is written
    right before its speaker and the clause follows the cue without "that" ("the minimum $20 million
    experts say it costs to run statewide": the experts' figure, the object of "costs"), else None."""
    if att.mention_start is None or att.content_start < att.cue_start:
        return None
    if _after_that(text, att) or not _CLAUSE_OPENS.match(text, att.content_start):
        return None  # "9 outrageous things Donald Trump said about Latinos": no clause, the list's count
    m = _FIGURE_BEFORE.search(text, att.sentence.start, att.mention_start)
    counted = m and text[m.start() : att.mention_start].split()[1:]
    if not m or any(w in stopwords() for w in counted or ()):
        return None  # "He lost 5 percent after Smith said ...": no figure the clause goes back to
    return m.start()


def _introduced_by(
    article: Article, span: QuotedSpan, first: Sentence, by_sentence: dict[int, list[Attribution]], resolver: Resolver
) -> Attribution | None:
    """The person who opens the sentence before a quotation that opens its own sentence in the same
    paragraph, when that sentence reports nothing said ("X identified ... as one of the reasons.
    “...”"): news style introduces a quotation so, and its speaker is that person, not whoever spoke
    last before."""
    k = first.index - 1
    if k < 0 or span.open_mark > first.start + 1 or by_sentence.get(k):
        return None
    before = article.sentences[k]
    if before.paragraph != first.paragraph:
        return None
    if (opener := resolver.opening_person(before)) is None:
        return None
    at, actor = opener
    return Attribution(before, "", at, actor.name, at, actor, span.start, span.end)


def _last_speaker(previous: Attribution | None, attributions: list[Attribution], first: Sentence) -> Attribution | None:
    """Whom a quotation that opens a sentence with no attribution continues: the speaker of the
    last quotation, or of a later statement in the two sentences before ("..., Schiff said." and
    then a quoted paragraph), whichever came last."""
    lo = bisect.bisect_left(attributions, first.start, key=lambda a: a.sentence.start)
    told = next((a for a in reversed(attributions[:lo]) if a.mention is not None and a.actor is not None), None)
    if told is not None and (previous is None or told.cue_start > previous.cue_start):
        previous = told
    return previous if previous is not None and first.index - previous.sentence.index <= 2 else None


# Name words are separated by spaces, so a run of capitals is one word, not 2^n ways to split it.
_DASH_SPEAKER = re.compile(
    r"\s*[—–―-]\s*(?P<name>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,4})\s?(?:,[^.!?]{0,100})?[.!?]?\s*$"
)


def _inverted_before(text: str, att: Attribution, span: QuotedSpan) -> bool:
    """'But, said Solovey, "I don't want ..."': an inverted cue and its speaker, then a comma and the
    quotation, which is what they say (the words before the cue only lead into it)."""
    if att.mention is None or att.mention_start is None or att.cue_start > att.mention_start:
        return False
    return bool(re.fullmatch(r"\s*,\s*", text[att.mention_start + len(att.mention) : span.open_mark]))


def _dash_attribution(
    article: Article, span: QuotedSpan, sentence: Sentence, resolver: Resolver
) -> Attribution | None:
    """A quote signed with a dash and a name: “We will not give up.” — Volodymyr Zelensky (or the
    horizontal bar some sites sign with: “...” ― Pamela Padilla)."""
    rest = article.text[span.close_mark + 1 :]
    following = article.sentence_at(span.close_mark + 1 + len(rest) - len(rest.lstrip()))
    after = article.text[span.close_mark + 1 : max(sentence.end, following.end)]
    m = _DASH_SPEAKER.match(after)
    if not m:
        return None
    start = span.close_mark + 1 + m.start("name")
    mention = re.sub(r"(?<![\s.][A-Z])\.$", "", m.group("name").strip())  # "Carla Sanchez." but "John Q."
    actor = resolver.resolve(mention, start, after[m.end("name") :])
    if actor is None:
        return None
    return Attribution(sentence, "", start, mention, start, actor, span.start, span.end)


def _nearby_attribution(
    article: Article,
    span: QuotedSpan,
    first: Sentence,
    last: Sentence,
    by_sentence: dict[int, list[Attribution]],
    marks: Marks,
    resolver: Resolver,
) -> Attribution | None:
    """Whose words a quotation is when no attribution reaches into it: a speech verb in its
    own sentence; a speaker introduced with a colon in the sentence before ("The minister
    said:"); or a bare "he said." in the sentence right after the quotation."""
    for sentence in dict.fromkeys((first, last)):
        if found := _loose_speaker(sentence, marks, resolver, span):
            return found
    text = article.text
    if first.index > 0:
        before = article.sentences[first.index - 1]
        if text[before.start : before.end].rstrip().endswith(":"):
            heads = [a for a in by_sentence.get(before.index, ()) if a.actor is not None]
            if heads:
                return heads[-1]
            if found := _loose_speaker(before, marks, resolver):
                return found
            toks = tokens(before)  # "Trump issued the following statement:": its subject
            if toks and (np := _clause_subject(toks, len(toks) - 1)):
                return _attribution(before, toks, np, "", np[0], (before.start, before.start), resolver)
    if last.index + 1 < len(article.sentences) and last.end <= span.close_mark + 2:
        after = article.sentences[last.index + 1]
        short = _core_length(after.text) <= 8 and not marks.overlaps(after.start, after.end)
        if short and (found := _loose_speaker(after, marks, resolver)):
            return found
    return None


def _core_length(text: str) -> int:
    """Words of a sentence without its parentheses and its first appositive: "Scott's niece,
    state Del. Marcia Price (D-Newport News), shouted to the crowd." is six words long."""
    return len(re.sub(r",[^,]*,", "", re.sub(r"\([^)]*\)", "", text), count=1).split())


# the words a possessive says someone said: "Trump's statement about “thousands of shootings”",
# "his promise of “a big, beautiful wall”", "Clinton's remark that"
_OWNED_WORDS = re.compile(
    r"(?P<owner>\b(?:his|her|their|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}['’]s?))\s+(?:\w+\s+)?"
    r"(?:statement|remarks?|comments?|words|claims?|promises?|pledges?|assertions?|descriptions?|phrase|"
    r"quip|joke|tweets?|vows?|boasts?|warnings?|predictions?|characterization|slogan|catchphrase)"
    r"\s+(?:about|of|on|that)\s*$"  # not "rated Trump's statement “true”": a rating of the statement
)


# "because to her, “there's nothing more important ...”", "In his words, “...”": the view or words of
# the person a pronoun stands for
_IN_VIEW_OF = re.compile(
    r"\b(?:[Tt]o\s+(?P<owner>him|her|them)|[Ii]n\s+(?P<whose>his|her|their)\s+(?:words|view))\s*,\s*$"
)


def _words_of_owner(article: Article, span: QuotedSpan, resolver: Resolver) -> Attribution | None:
    """The person whose statement, remark or promise a possessive names just before a quotation, or
    in whose view or words a quotation is given ("to her, “...”")."""
    sentence = article.sentence_at(span.open_mark)
    lo = max(sentence.start, span.open_mark - 120)
    m = _OWNED_WORDS.search(article.text, lo, span.open_mark) or _IN_VIEW_OF.search(article.text, lo, span.open_mark)
    if m is None:
        return None
    key = "owner" if m.group("owner") else "whose"
    owner = POSSESSIVE_END.sub("", m.group(key))
    actor = resolver.resolve(owner, m.start(key))
    if actor is None:
        return None
    return Attribution(sentence, "", 0, owner, m.start("owner"), actor, span.start, span.end)


# what may stand between a body and the label it gives: up to three words of one noun phrase
# ("a Kremlin public relations “campaign”", "Moscow's “special military operation”")
_OWNER_TO_LABEL = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}\s*$")
_NOT_IN_A_NOUN_PHRASE = re.compile(r"\b(?:and|or|but|to|with|by|from|in|on|at|for|that|which|who|as|than)\b", re.I)


def _label_owner(article: Article, span: QuotedSpan) -> Attribution | None:
    """For a scare quote, the body named in the noun phrase it ends ("a Kremlin public relations
    “campaign”"), not one named earlier in the sentence ("... to Ukraine and replacing it with
    softer language calling for “appropriate assistance”")."""
    sentence = article.sentence_at(span.open_mark)
    before = article.text[sentence.start : span.open_mark]
    mentions = [m for m in gazetteer().actor_mentions(before) if m[2].type != "person"]
    if not mentions:
        return None
    start, end, actor = mentions[-1]
    between = before[end:]
    if not _OWNER_TO_LABEL.fullmatch(between) or _NOT_IN_A_NOUN_PHRASE.search(between):
        return None
    return Attribution(sentence, "", 0, before[start:end], sentence.start + start, actor, span.start, span.end)
