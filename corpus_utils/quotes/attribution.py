"""Attributions: in each sentence, every cue (a speech verb; a communication noun with its
content, a hearsay adverb or "according to", read in ``verbless``), its speaker and its
content (the clause after the cue, or before it when the attribution comes last: "..., the
office said on Monday").
``_loose_speaker`` is the looser reading used for a quotation that no attribution reaches:
any speech verb of its own sentence with the speaker next to it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from corpus_utils.actors import (
    POSSESSIVE_END,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    first_names,
    gazetteer,
    is_adverb,
    is_speaker_word,
)
from corpus_utils.articles import Sentence
from corpus_utils.prefilter import screen_text
from corpus_utils.quotes.appositives import (
    _speaker_before_appositive_range,
    _speaker_before_descriptions,
    _speaker_of_appositives,
)
from corpus_utils.quotes.contents import (
    _complement_fits,
    _content_after,
    _content_end,
    _content_np_before,
    _only_adverbials_after,
    _skip_to_content,
)
from corpus_utils.quotes.marks import Marks, QuotedSpan, _inside
from corpus_utils.quotes.mentions import Attribution, _attribution, _known_channel
from corpus_utils.quotes.questions import _asked_without_asker
from corpus_utils.quotes.resolver import Resolver
from corpus_utils.quotes.speakers import (
    _before_auxiliaries,
    _body_before_joined_place,
    _clause_subject,
    _description_before,
    _head_before_pp,
    _inverted_speaker,
    _main_subject_after,
    _np_after,
    _np_before,
    _participle_subject,
    _share_before,
    _subject_before,
)
from corpus_utils.quotes.verbless import _according_source, _according_to, _hearsay, _noun_attributions
from corpus_utils.quotes.words import (
    _AUX,
    _BE,
    _CHANNEL,
    _CLAUSE_PUNCTUATION,
    _CLAUSE_STARTS,
    _DETERMINERS,
    _NEGATION,
    _NP_LINKS,
    _PEOPLE_ADJECTIVE,
    _RELATIVE,
    _SUBORDINATORS,
    _TIME_WORDS,
    Token,
    _noun_heads,
    _previous,
    _speakerish,
    cues,
    thousands_comma,
    tokens,
    without_dashed_aside,
)
from corpus_utils.wordtrie import trie_pattern


def _channel(sentence: Sentence, spans: Marks) -> str | None:
    """Where the statement was made: a platform ("on Telegram") before an outlet ("told the BBC")
    before a form ("in a statement"), whatever their order in the sentence."""
    found: dict[str, str] = {}
    for m in _CHANNEL.finditer(sentence.text):
        if _inside(sentence.start + m.start(), spans):
            continue
        if m.group("tweet"):
            found.setdefault("platform", "Twitter")
        if m.group("mail"):
            found.setdefault("form", "email")
        if m.group("with"):
            found.setdefault("form", "interview")  # "in an interview with Russia's network RT": an interview still
        for group in ("aired", "printed", "with"):  # an outlet only when the words name one
            words = (m.group(group) or "").strip()
            known = gazetteer().actor(words) if words else None
            if words and (outlet := _known_channel(words)) and (known or not _ACRONYM.fullmatch(words)):
                found.setdefault("outlet", outlet)  # "on CNBC", not "on DACA" (an acronym the gazetteer lacks)
        for group in ("platform", "outlet", "form"):
            if m.group(group) and group not in found:
                value = m.group(group).strip().rstrip(".,;:")
                outlet = _known_channel(value) if group == "outlet" else value  # "told Harvey": an audience
                if outlet:
                    found[group] = outlet
    return next((found[g] for g in ("platform", "outlet", "form") if g in found), None)


_ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,5}")
_NEVER_NOUNS = {"said", "says", "say", "told", "tells"}
_FIGURE_OPENERS = set("0123456789$€£")


_NOUN_BEFORE = {"the", "a", "an", "these", "those", "this", "his", "her", "its", "their", "of", "with", "by"}
_OBLIGED = {"need", "needs", "ought", "has", "have"}  # "needs to say", "has to tell" (not "had to admit": done)
_COUNTERFACTUAL = {"would", "could", "might", "should", "must"}
_SOME = {"many", "some", "several", "few", "most", "such", "other", "all"}  # quantities of things said
_APPOSITION_MARKS = {",", "--", "—", "–"}  # what sets off "Smith, who said ..., asked"


def _noun_after_adjective(toks: list[Token], i: int) -> bool:
    """A cue form after a determiner and a party or people's adjective is a noun: "11% of
    Democratic claims", "the Russian demands"; so is one after a possessive and a name
    ("Pagliano's Fifth Amendment claims")."""
    if i >= 2 and bool(_PEOPLE_ADJECTIVE.search(toks[i - 1].text)) and toks[i - 2].low in _NOUN_BEFORE | _SOME:
        return True  # "so many Republican claims"
    if not toks[i].low.endswith("s") or toks[i].low in _NEVER_NOUNS:
        return False  # "MSNBC's Ayman Mohyeldin reported": a verb
    if toks[i].low not in cues().plural_nouns:
        return False  # "The Post’s Chris Cillizza writes": no noun
    for j in range(i - 1, max(-1, i - 6), -1):
        if j < i - 2 and re.search(r"['’]s$", toks[j].text):
            # a name of two words or more owned by someone, unless it is a person's: "MSNBC's Ayman
            # Mohyeldin reports" and "the Center's Bozell agrees" are verbs
            return toks[j + 1].low not in first_names()
        if not toks[j].text[:1].isupper():
            break
    return False


def _noun_after_determiner(toks: list[Token], i: int) -> bool:
    """A cue's base or -s form after a determiner, or after a determiner and an adjective that names
    no speaker, is a noun: "made the following comment:", "a similar comment" ("the spokesman says"
    and "the letter reads" are verbs: a noun between)."""
    if toks[i].low in _NEVER_NOUNS or toks[i].low.endswith(("ed", "ing")) or i == 0:
        return False
    if toks[i - 1].low in _NOUN_BEFORE:
        return True
    prev = toks[i - 1]
    adjective = prev.text.islower() and prev.low.endswith(_ADJECTIVE_ENDINGS) and not is_speaker_word(prev.text)
    return i >= 2 and toks[i - 2].low in _NOUN_BEFORE and adjective


# the endings of the adjectives that stand between a determiner and a noun of speech: "the following",
# "a similar", "his latest", "a brief written", "the usual", "an angry", "a defensive", "the same"
_ADJECTIVE_ENDINGS = ("ing", "ar", "al", "est", "ous", "ive", "ful", "ent", "ant", "ic", "ry", "ame", "ief")


def _is_verb_use(toks: list[Token], i: int) -> bool:
    """A cue word used as a verb, not a noun ("the claims", "Claims by both sides")."""
    if i == 0 or toks[i].text[:1].isupper():
        return False  # "States" in "United States", "Claims by both sides"
    never_nouns = toks[i].low in _NEVER_NOUNS
    if not never_nouns and _modifies_noun(toks, i):
        return False
    prev = _previous(toks, i)
    if prev.low in _NEGATION or (i >= 2 and toks[i - 2].low in _NEGATION and prev.low in _AUX | _BE):
        return False
    if i >= 2 and prev.low == "have" and toks[i - 2].low in _COUNTERFACTUAL:
        return False  # "Few people would have described him as ...": said by no one
    if _obliged(toks, i):
        return False  # "Clinton needs to sell herself and tell more jokes": advice, nothing said
    if _discourse_marker(toks, i):
        return False  # "Having said that, there are economists who argue": a turn of the writer's, no one's words
    if _conditional(toks, i):
        return False  # "if Holt asks him about his tax returns": a supposition, nothing asked
    if prev.low.endswith("'s") and not toks[i].low.endswith("ed"):
        return False  # "the group's calls for a strike": a noun after a possessive
    if toks[i].low.endswith("ed") and i >= 2 and is_adverb(prev.text) and toks[i - 2].low in _NOUN_BEFORE:
        return False  # "his recently revealed tax strategies": a participle before its noun
    if prev.text in {",", "and", "to"} or prev.low in _AUX or prev.low in _BE or prev.low in _RELATIVE:
        return True
    if prev.low in PRONOUNS or (toks[i].low.endswith("ing") and prev.low in _SUBORDINATORS):
        return True
    if toks[i].low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].low == "by":
        return True
    if is_adverb(prev.text):
        return True
    if prev.low in _NOUN_BEFORE or _noun_after_adjective(toks, i):
        return False
    clause_after_that = (
        i + 2 < len(toks)
        and toks[i + 1].low == "that"
        and (
            toks[i + 2].low in _DETERMINERS
            or toks[i + 2].low in PRONOUNS
            or toks[i + 2].text[:1].isupper()
            or toks[i + 2].text[:1].isdigit()
        )
    )  # "the suit claims that the mayor ...", "the report notes that 58 companies", not "demands that included"
    if never_nouns or clause_after_that:
        return True  # "The governor of Sumy region said"
    if toks[i].low.endswith("ed"):
        return True  # a past form after a noun is no noun: "the senators criticized"
    if prev.text[:1].isupper() and _after_indefinite_name(toks, i):
        return False  # "A New York Times report from over the weekend said": a noun after a name
    return _speakerish(prev) or prev.text[:1].isupper()


def _after_indefinite_name(toks: list[Token], i: int) -> bool:
    """Does a name with an indefinite article ("a New York Times", "an AP") stand right before the
    cue at ``i``? Such a name is no subject: "a Times report" is a noun phrase."""
    j = i - 1
    while j >= 0 and toks[j].text[:1].isupper() and toks[j].low not in {"a", "an"}:
        j -= 1
    return j >= 0 and toks[j].low in {"a", "an"}


def _discourse_marker(toks: list[Token], i: int) -> bool:
    """Is the cue at ``i`` part of a writer's turn of phrase ("Having said that,", "That said,")
    rather than a report of what someone said?"""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if toks[i - 1].low == "having" and after.lower() == "that" and i + 2 < len(toks) and toks[i + 2].text == ",":
        return True
    return toks[i - 1].low == "that" and after == "," and (i < 2 or not toks[i - 2].text[:1].isalnum())


def _conditional(toks: list[Token], i: int) -> bool:
    """Is the cue at ``i`` in a clause of condition ("if Holt asks him", "unless she says") or of
    speculation ("Perhaps the debate moderators will demand more details"), a few words after its
    "if" or "perhaps" with no clause break between?"""
    for j in range(i - 1, max(-1, i - 6), -1):
        if toks[j].low in {"if", "unless", "perhaps", "maybe"}:
            return True
        if not toks[j].text[:1].isalnum():
            return False
    return False


def _obliged(toks: list[Token], i: int) -> bool:
    """The cue at ``i`` is what someone needs or has to do ("needs to tell", "has to sell herself
    and tell"): an infinitive of obligation right before it, or before a verb it is joined to."""
    if i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low in _OBLIGED:
        return True
    if i < 2 or toks[i - 1].low not in {"and", "or"}:
        return False
    for j in range(i - 2, max(0, i - 7), -1):
        if not toks[j].text[:1].isalpha():
            return False
        if toks[j].low == "to":
            return toks[j - 1].low in _OBLIGED
    return False


def _modifies_noun(toks: list[Token], i: int) -> bool:
    """A cue's base form before a noun or a title is a modifier, not a verb: "state media",
    "report officials", "state Del. Marcia Price"."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return toks[i].low in cues().lemmas and (nxt in _noun_heads() or nxt in TITLE_ABBREVIATIONS)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word that can open an attribution: speech verbs, speech nouns, hearsay adverbs."""
    lex = cues()
    return frozenset(lex.verbs.keys() | lex.nouns.keys() | lex.hearsay | {"according"})


@lru_cache(maxsize=1)
def _cue_screen() -> re.Pattern[str]:
    """Any cue word standing as a word of its own: a sentence without one has no attribution
    (a token is a run of word characters, so a cue token has no word character beside it). The
    words are in lower case, and so is the ``screen_text`` of a sentence searched for them: a
    case-blind search of the sentence would find the same, at about half the speed."""
    return re.compile(rf"(?<!\w)(?:{trie_pattern(sorted(_cue_words()))})(?!\w)")


def sentence_attributions(sentence: Sentence, spans: Marks, resolver: Resolver) -> list[Attribution]:
    """Every verbal, nominal and hearsay attribution in one sentence."""
    if not _cue_screen().search(screen_text(sentence.text)):
        return []  # half the sentences of the news: nothing to tokenise
    toks = tokens(sentence)
    lex = cues()
    found: list[Attribution] = []
    cue_words = _cue_words()
    for i, tok in enumerate(toks):
        if tok.low not in cue_words or _inside(tok.start, spans):
            continue  # most words cue nothing: the word lists are asked before the quoted spans
        if tok.low in lex.verbs and (asked := _asked_without_asker(sentence, toks, i, spans, resolver)):
            found.append(asked)
        elif tok.low in lex.verbs and _is_verb_use(*without_dashed_aside(toks, i)):  # "X — who ... — lambasting"
            att = _verb_attribution(sentence, toks, i, spans, resolver, found)
            if att:
                found.append(att)
        elif tok.low in lex.nouns:
            found.extend(_noun_attributions(sentence, toks, i, spans, resolver))
        elif tok.low in lex.hearsay:
            found.append(_hearsay(sentence, toks, i, spans))
        elif tok.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
            att = _according_to(sentence, toks, i, spans, resolver)
            if att:
                found.append(att)
    nouns = [a.cue_start for a in found if a.nominal]
    found = [a for a in found if a.nominal or not any(0 <= n - a.content_start <= 12 for n in nouns)]
    _end_before_next_speaker(sentence, found)
    for att in found:  # "Earnest said that Obama has called for ...": Obama speaks inside Earnest's words
        if att.mention is not None:
            resolver.reported_within(att.content_start, att.content_end)
    if any(att.channel is None and att.mention is not None for att in found):
        channel = _channel(sentence, spans)
        for att in found:
            if att.channel is None and att.mention is not None:
                att.channel = channel
    return found


def _end_before_next_speaker(sentence: Sentence, found: list[Attribution]) -> None:
    """What one speaker said ends where a clause with another speaker and cue begins ("She
    said A, and when pressed, the mother replied, “B”"; "When Clinton noted A ― ... ― Trump
    boasted, “B”"): the later words are the second speaker's. A speaker right after "that"
    is reported inside the first statement and stays in it."""
    for a in found:
        if a.content_start < a.cue_start:
            continue
        for b in found:
            at = b.mention_start
            if b is a or at is None or not a.content_start < at < a.content_end or b.cue_start < at:
                continue
            before = sentence.text[: at - sentence.start].rstrip()
            if before[-1:] in {",", "―", "—", "–", "-"}:
                a.content_end = sentence.start + len(before) - 1


def _verb_attribution(
    sentence: Sentence,
    toks: list[Token],
    i: int,
    spans: Marks,
    resolver: Resolver,
    earlier: list[Attribution],
) -> Attribution | None:
    lemma, entry = cues().verbs[toks[i].low]
    toks, i = without_dashed_aside(toks, i)
    if entry.get("needs_particle") and not any(t.low == entry["particle"] for t in toks[i + 1 : i + 4]):
        return None  # "hitting all of its plants" is not "hitting back"
    if _noun_or_name_use(toks, i, entry) or _what_someone_says(toks, i):
        return None
    k, recipient = _skip_to_content(toks, i + 1, lemma, entry)
    # agent after "by": "demands described by President Zelensky as ...", "acknowledged ... by commentators"
    by = next((j for j in range(i + 1, min(i + 6, len(toks))) if toks[j].low == "by"), None)
    participle = toks[i].low.endswith(("ed", "en", "wn"))
    passive = (
        participle
        and i > 0
        and (toks[i - 1].low in _BE or (i > 1 and is_adverb(toks[i - 1].text) and toks[i - 2].low in _BE))
    )
    if by is not None and toks[i].low.endswith(("ed", "en")) and (np := _np_after(toks, by + 1)):
        rest = np[1]
        if rest < len(toks) and toks[rest].low == "as":
            content = (
                (toks[rest + 1].start, _content_end(sentence, toks[rest + 1].start, spans))
                if rest + 1 < len(toks)
                else None
            )
        elif passive:
            be = i - 1 if toks[i - 1].low in _BE else i - 2
            while be > 0 and toks[be - 1].low in _BE:
                be -= 1
            subj = _content_np_before(toks, be)
            content = (toks[subj].start, toks[be - 1].end) if subj is not None else None
        else:
            return None  # "regions claimed by Moscow": a territorial claim, no statement
        if content is None:
            return None
        return _attribution(sentence, toks, np, lemma, i, content, resolver, channel=recipient)
    if passive:
        return None  # agentless passive: "with advancements described as slow"
    # the speaker
    prev = _previous(toks, i)
    np = None
    owned = participle and POSSESSIVE_END.search(prev.text) and k < len(toks) and toks[k].text[:1] in _FIGURE_OPENERS
    if owned:  # "the alliance's recommended 2 percent": the alliance's figure, its owner the speaker
        a = i - 1
        while a > 0 and (toks[a - 1].low in _DETERMINERS or toks[a - 1].text[:1].isupper()):
            a -= 1
        owner = sentence.text[toks[a].start - sentence.start : toks[i - 1].end - sentence.start]
        mention = POSSESSIVE_END.sub("", owner)
        actor = resolver.resolve(mention, toks[a].start)
        end = _content_end(sentence, toks[k].start, spans)
        return Attribution(sentence, lemma, toks[i].start, mention, toks[a].start, actor, toks[k].start, end)
    if toks[i].low.endswith("ing") and (prev.text == "," or prev.low in _SUBORDINATORS):
        base = next((a for a in reversed(earlier) if a.mention is not None), None)
        if base is not None:
            return _reuse(sentence, toks, i, k, spans, base, lemma)
        if i == 1:  # "After saying X, she was ...": the subject of the main clause
            np = _main_subject_after(toks, i, spans)
        else:
            np = (_participle_subject(toks, i) if prev.text == "," else None) or _clause_subject(toks, i - 1)
    elif prev.low == "who" or (prev.text == "," and i >= 2 and toks[i - 2].low == "who"):
        w = i - 1 if prev.low == "who" else i - 2
        aside = w > 0 and toks[w - 1].text in _APPOSITION_MARKS
        np = _np_before(toks, w - 1 if aside else w)
        if np is None:
            return None
        found = _finish(sentence, toks, np, lemma, i, k, spans, resolver, recipient, "", entry)
        return _aside_closed(found, toks, i) if aside and found else found
    elif prev.text == ",":
        found = _speaker_of_appositives(sentence, toks, i - 1, i)
        if found:
            return _finish(sentence, toks, found[0], lemma, i, k, spans, resolver, recipient, found[1], entry)
        if head := _speaker_before_descriptions(toks, i):
            return _finish(sentence, toks, head, lemma, i, k, spans, resolver, recipient, "", entry)
        np_after = _inverted_speaker(toks, i) if lemma != "tell" else None
        if np_after and (
            _ends_sentence(toks, np_after[1])
            or _only_adverbials_after(toks, np_after[1])
            or toks[np_after[1]].text in {",", "("}  # ", said X, a spokesman." / "said X (D-Pa.)"
        ):
            return _attribution(
                sentence,
                toks,
                np_after,
                lemma,
                i,
                (sentence.start, toks[i - 1].start),
                resolver,
                channel=recipient,
            )  # ", said the ministry."
        base = next((a for a in reversed(earlier) if a.mention is not None), None)
        return _reuse(sentence, toks, i, k, spans, base, lemma) if base else None
    elif prev.low in {"and", "but", "to"}:
        base = next((a for a in reversed(earlier) if a.mention is not None), None)
        if base is not None:
            return _reuse(sentence, toks, i, k, spans, base, lemma)
        if i == 2 and toks[0].low == "asked":  # "Asked to describe the device, O'Neill said ...": O'Neill
            np = _main_subject_after(toks, i, spans)
        else:
            np = _clause_subject(toks, i - 1) if prev.low in {"and", "but"} or _speech_before_to(toks, i - 1) else None
    else:
        j = _before_auxiliaries(toks, i)
        if j < i and j > 0 and toks[j - 1].text == ",":  # "Clinton, exasperated, famously responded"
            if found := _speaker_of_appositives(sentence, toks, j - 1, j):
                return _finish(sentence, toks, found[0], lemma, i, k, spans, resolver, recipient, found[1], entry)
            if head := _speaker_before_descriptions(toks, j):
                return _finish(sentence, toks, head, lemma, i, k, spans, resolver, recipient, "", entry)
        np = (j - 1, j) if j > 0 and toks[j - 1].low in PRONOUNS else _relative_head(toks, j) or _np_before(toks, j)
        if np is None and j > 0 and toks[j - 1].text[:1].isalpha():
            np = _description_before(toks, j) or _subject_before(toks, j)  # "The governor of Sumy region said"
        np = np or _share_before(toks, j)  # "About 4 in 10 say": the poll's respondents
        if np and np[0] > 1 and toks[np[0] - 1].low in {"of", "in", "from", "at", "for"}:
            np = _head_before_pp(toks, np)
        np = (_body_before_joined_place(toks, np) if np else None) or np
        # a common noun, not a name ("the region Moscow") nor a pronoun ("what it calls")
        common = np is not None and toks[np[0]].text.islower() and toks[np[0]].low not in PRONOUNS
        if np and np[0] > 0 and common and (toks[np[0] - 1].low in _NP_LINKS or toks[np[0] - 1].text.islower()):
            # the whole noun phrase that opens the clause: "An earlier report in a local paper said",
            # "..., legal experts say."
            wider = _subject_before(toks, j)
            if wider and wider[0] < np[0]:
                np = wider
    if np is None:
        return None
    return _finish(sentence, toks, np, lemma, i, k, spans, resolver, recipient, "", entry)


_INDEFINITE = {"a", "an", "one", "another"}


def _aside_closed(att: Attribution, toks: list[Token], i: int) -> Attribution:
    """A statement in a relative clause set off by commas or dashes ends where the clause does,
    when a verb of the main clause follows the next mark: "The mayor, who said 300 people had died,
    asked for help" reports the deaths, not the request; but "who portrayed him as a generous,
    magnanimous business executive" and "which said Mr. Jäger, under fire ..., would do better"
    go on past the mark."""
    n = next(
        (
            n
            for n in range(i + 1, len(toks) - 1)
            if toks[n].text in _APPOSITION_MARKS
            and toks[n].start > att.content_start
            and not thousands_comma(toks, n)
        ),
        None,
    )
    if n is None or toks[n].start >= att.content_end:
        return att
    verb = toks[n + 2] if is_adverb(toks[n + 1].text) and n + 2 < len(toks) else toks[n + 1]
    finite = verb.low in cues().finite or verb.low.endswith("ed") or verb.low in cues().verbs
    return replace(att, content_end=toks[n].start) if verb.text.islower() and finite else att


_FUSED = {"everything", "anything", "nothing", "something", "what", "whatever"}


def _what_someone_says(toks: list[Token], i: int) -> bool:
    """A cue inside the subject that opens its clause, whose verb follows ("Everything Trump says is a
    lie", "What Clinton said was new"): words about what someone says, not a statement of theirs (a
    reader found "is a lie" filed as Trump's). After a preposition it is their claim: "attacks, in what
    Ukraine says is retaliation"."""
    if i + 1 >= len(toks) or toks[i + 1].low not in _BE:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j].low in _FUSED:
            opens = j == 0 or toks[j - 1].text in {",", ";", ":", "—", "“", '"'} or toks[j - 1].low in {"and", "but"}
            return opens and all(t.text[:1].isupper() or t.low in PRONOUNS for t in toks[j + 1 : i])
        if not (toks[j].text[:1].isupper() or toks[j].low in PRONOUNS):
            return False
    return False


def _relative_head(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The head of a subject that a relative clause follows, the clause running up to the cue at
    ``j``: "A woman who has accused former President Bill Clinton of rape said" is the woman's
    statement, not Clinton's; "The lawyer who represented Ann Poe in the case said", the lawyer's.
    Only a clause with no comma or quotation in it, opened by "who" after the sentence's first
    noun phrase."""
    who = next((w for w in range(j - 1, max(0, j - 25), -1) if toks[w].low == "who"), None)
    if who is None or any(t.text in _CLAUSE_PUNCTUATION for t in toks[who:j]):
        return None
    np = _np_before(toks, who)
    return np if np is not None and np[0] == 0 and np[1] == who else None


def _noun_or_name_use(toks: list[Token], i: int, entry: dict) -> bool:
    """A cue form that is a noun here ("Western states swing", "New York state officials"), or
    a naming participle after an indefinite noun inside a clause ("gave to a company called
    Acme"; but "A spokesman called the report false" says something) or in apposition with a
    name ("The program, called EB-5, allows")."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if toks[i].low in entry.get("clause_only_forms", ()) and nxt.lower() not in {"that", ":", "“", '"'}:
        return True
    if not (entry.get("naming") and toks[i].low.endswith("ed")):
        return False
    the = i + 1 < len(toks) and toks[i + 1].low == "the"
    if i > 0 and toks[i - 1].text == "," and _name_then_comma(toks, i + 1 + the):
        return True  # "The program, called EB-5, allows ...", "His group, called the Acme Fund, took": a name
    j = i - 1
    while j > 0 and i - j < 5 and toks[j].low not in _INDEFINITE and toks[j].text[:1].isalnum():
        j -= 1
    inside_clause = j > 0 and toks[j - 1].text[:1].isalnum() and toks[j - 1].low not in _CLAUSE_STARTS
    return toks[j].low in _INDEFINITE and inside_clause and not any(t.low in _AUX for t in toks[j:i])


def _name_then_comma(toks: list[Token], k: int) -> bool:
    """One to four capitalised words from ``k``, then a comma or the sentence's end."""
    n = 0
    while k + n < len(toks) and n < 5 and toks[k + n].text[:1].isupper():
        n += 1
    return 0 < n <= 4 and (k + n == len(toks) or toks[k + n].text in {",", ".", ";"})


def _speech_before_to(toks: list[Token], to: int) -> bool:
    """ "interjected to say", "went on to say", "took to Twitter to slam": the infinitive
    continues a speech act or a turn to speak, not an intention ("declined to say", "plans to
    announce")."""
    before = toks[to - 1] if to > 0 else None
    if before is None:
        return False
    spoke = before.low in cues().verbs and before.low.endswith("ed")
    return spoke or before.low == "on" or (before.text[:1].isupper() and to > 1 and toks[to - 2].low == "to")


def _reuse(
    sentence: Sentence, toks: list[Token], i: int, k: int, spans: Marks, base: Attribution, lemma: str
) -> Attribution | None:
    """A second cue of the same speaker in one sentence ("..., claiming ...", "... and claims ..."),
    when what follows it fits the cue as for any speaker ("..., speaking on condition of
    anonymity" says nothing)."""
    if not _complement_fits(toks, k, cues().verbs[toks[i].low][1]):
        return None
    content = _content_after(sentence, toks, k, spans)
    if content is None:
        return None
    return Attribution(
        sentence, lemma, toks[i].start, base.mention, base.mention_start, base.actor, *content, channel=base.channel
    )


def _finish(
    sentence: Sentence,
    toks: list[Token],
    np: tuple[int, int],
    lemma: str,
    i: int,
    k: int,
    spans: Marks,
    resolver: Resolver,
    recipient: str | None,
    context: str,
    entry: dict,
) -> Attribution | None:
    """An attribution whose content follows the cue, or precedes it when the cue ends the sentence."""
    # 'CONTENT, X said.' but not 'Asked ..., X said, "No."' (the words follow) unless a quotation
    # was split around the cue ('"A," he said, "B."')
    only_quote_after = any(t.text in {"“", '"'} for t in toks[k:]) and not any(
        t.text in {"”", '"'} for t in toks[: np[0]]
    )
    adverbial_after = (
        k < len(toks)
        and (toks[k].low in {"this", "last", "during", "at", "on", "in"} or toks[k].low in _TIME_WORDS)
        and not any(t.low == "that" or t.text in {"“", '"'} for t in toks[k:])
    )  # "said this week at an event"
    continued = (
        k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in _CONTINUATIONS and not only_quote_after
    )  # "The top 1 percent would see a cut of $275,000, the group said, compared with $2,700 for ..."
    if (
        (_only_adverbials_after(toks, k) or adverbial_after or continued)
        and np[0] > 0
        and toks[np[0] - 1].text in {",", "”", '"'}
        and not only_quote_after
    ):
        end = toks[np[0] - 1].start
        content = (sentence.start, end)
        return _attribution(sentence, toks, np, lemma, i, content, resolver, channel=recipient, context=context)
    if not _complement_fits(toks, k, entry):
        return None
    content = _content_after(sentence, toks, k, spans)
    if content is None:
        return None
    return _attribution(sentence, toks, np, lemma, i, content, resolver, channel=recipient, context=context)


# words that continue a statement after a parenthetical attribution: a comparison, not new content
_CONTINUATIONS = {"compared", "up", "down", "versus", "vs", "against", "whereas"}


def _ends_sentence(toks: list[Token], k: int) -> bool:
    """Nothing but punctuation, or an appositive after a comma, follows index ``k``."""
    rest = toks[k:]
    return all(not t.text[:1].isalnum() for t in rest) or (bool(rest) and rest[0].text == ",")


def _loose_speaker(
    sentence: Sentence, marks: Marks, resolver: Resolver, span: QuotedSpan | None = None
) -> Attribution | None:
    """A speech verb of the quote's own sentence, outside every quotation, and the speaker
    next to it: after it when it follows the quote ("..., said one campaign aide in a
    statement"), else before it ("Carson concluded", "her account posted:"). Of several
    cues, the one nearest the quotation."""
    toks = tokens(sentence)
    lex = cues()
    marks_at = (span.open_mark, span.close_mark) if span else (sentence.start,)
    # only "according" and the speech verbs can be read below: the others are left out before the
    # sort, which is stable, so that the cues keep the order they have among all the words
    cues_at = [i for i, tok in enumerate(toks) if tok.low == "according" or tok.low in lex.verbs]
    order = sorted(cues_at, key=lambda i: min(abs(toks[i].start - m) for m in marks_at))
    for i in order:
        tok = toks[i]
        if _inside(tok.start, marks):
            continue
        according = tok.low == "according" and i + 2 < len(toks) and toks[i + 1].low == "to"
        if according and (np := _according_source(toks, i + 2)):
            return _attribution(sentence, toks, np, "according to", i, (sentence.start, sentence.start), resolver)
        if tok.low not in lex.verbs or not (tok.text.islower() or i == 0):  # "Said Dorothy Poynter, ..."
            continue
        lemma, entry = lex.verbs[tok.low]
        if entry.get("needs_particle") and not any(t.low == entry["particle"] for t in toks[i + 1 : i + 3]):
            continue  # "shot" is a cue only in "shot back"
        if tok.low not in _NEVER_NOUNS and _modifies_noun(toks, i):
            continue
        if _noun_after_adjective(toks, i) or _noun_after_determiner(toks, i):
            continue  # "32% of Republican claims as “false”", "made the following comment:": a noun
        np = _speaker_of_cue(sentence, toks, i, lemma, span)
        if np and not any(_inside(t.start, marks) for t in toks[np[0] : np[1]]):
            return _attribution(sentence, toks, np, lemma, i, (sentence.start, sentence.start), resolver)
    return None


def _speaker_of_cue(
    sentence: Sentence, toks: list[Token], i: int, lemma: str, span: QuotedSpan | None
) -> tuple[int, int] | None:
    """The speaker next to the cue at ``i``: after it in an inversion that follows the quote
    ('"...," said a former senior official'; never after "told", whose object is the hearer),
    else the subject before it."""
    if i == 0:  # "Said Dorothy Poynter, ...", "Continued Stone: ..."
        return _inverted_speaker(toks, i) if lemma != "tell" else None
    if toks[i].low.endswith(("ed", "en", "wn")) and any(t.low in _BE for t in toks[_before_auxiliaries(toks, i) : i]):
        return None  # an agentless passive: "The plan was described as ..."
    prev = _previous(toks, i)
    after_quote = span is None or span.close_mark < toks[i].start
    if prev.text in {",", "”", '"'} and after_quote and lemma != "tell" and (np := _inverted_speaker(toks, i)):
        return np
    if prev.low in {"to", "and"} and (np := _clause_subject(toks, i - 1)):
        return np  # "went so far as to say:", "nodded and said,"
    if prev.text == ",":
        found = _speaker_before_appositive_range(sentence, toks, i)
        if found:
            return found
    j = _before_auxiliaries(toks, i)
    if j > 0 and toks[j - 1].low in PRONOUNS:
        return j - 1, j
    if j > 3 and toks[j - 1].text == "," and toks[j - 2].text.isdigit() and toks[j - 3].text == ",":
        j -= 3  # an age in commas: "Sarandon, 69, told"
    return _np_before(toks, j) or _subject_before(toks, j)


def _inherit_channels(attributions: list[Attribution]) -> None:
    """A statement that continues in the next sentence keeps its channel ("He added ..."), unless
    the channel was that of an occasion past ("..., Graham told The New York Times then.")."""
    for prev, cur in itertools.pairwise(attributions):
        if (
            cur.channel is None
            and prev.channel is not None
            and cur.actor == prev.actor
            and cur.sentence.index - prev.sentence.index <= 1
            and not _PAST_OCCASION.search(prev.sentence.text)
        ):
            cur.channel = prev.channel


_PAST_OCCASION = re.compile(r"\b(?:then|at the time)[.!?”\"’]*$")
