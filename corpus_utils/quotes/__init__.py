"""Quotations and reported speech: who is quoted, how, through which verb and channel.

The extractor works on one article at a time, in three passes (modules ``marks``;
``attribution`` with ``speakers``; ``records``):

1. **Quoted spans**: pairs of quotation marks (curly or straight, and single curly
   marks around a short label), across sentences and paragraphs. Stray or unbalanced
   marks are reported as warnings and skipped, never fatal.
2. **Attributions**: in each sentence, every cue (a speech verb from
   ``data/cues.yml``, a communication noun with its content, or a hearsay adverb),
   its speaker (the description before the verb, an appositive's head, the subject
   of a participle's clause, an agent after "by", a pronoun resolved to the last
   person named) and its content (the clause after the verb, or before it when the
   attribution comes last: "..., the office said on Monday").
3. **Records**: a quoted span inside an attribution's content is a ``direct`` quote
   when it is the whole content and ``partial`` otherwise; a quoted sentence next to
   an attribution ("“...,” he said") is ``direct``; a quoted sentence with no
   attribution continues the previous speaker; quoted words with no speaker are a
   ``scare`` quote (a label). An attribution with no quotation marks in its content
   is ``indirect`` speech.

These are rules over words, without a parser: they miss what only syntax or world
knowledge tells (a speaker named two sentences back, an agentless passive), which the
quotes chapter shows with the evidence from an error analysis.

Modules: ``words`` (tokens, cue lexicon, word classes), ``marks`` (quotation marks and what
a quotation reads as), ``speakers`` (speaker descriptions and canonical actors),
``appositives`` (the speaker of "NAME, DESCRIPTION, said"), ``mentions`` (an attribution and
the words that name its speaker), ``attribution`` (verbal cues and speakers per sentence),
``verbless`` (communication nouns, "according to", hearsay adverbs), ``questions`` (a
question whose asker the sentence may not name), ``colon_speakers`` (a quotation after a name and
a colon, no verb), ``transcripts`` (turns of a transcript), ``contents`` (where what was said begins
and ends), ``records`` (the rows) and ``evidence`` (the poll or count a figure comes from when
nobody is said to say it: no row, but the figure's claimant).
"""

from corpus_utils.quotes.evidence import Evidence
from corpus_utils.quotes.marks import QuotedSpan, quoted_spans
from corpus_utils.quotes.records import Quote, extract_quotes, extract_statements
from corpus_utils.quotes.words import cues, tokens

__all__ = ["Evidence", "Quote", "QuotedSpan", "cues", "extract_quotes", "extract_statements", "quoted_spans", "tokens"]
