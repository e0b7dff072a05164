"""Quotes and reported speech: who says what, where.

The `annalyst_quotes` spaCy component runs after `annalyst_actors` and leaves on
each document `doc._.quotes`, a list of plain dicts (they cross process
boundaries with `nlp.pipe(n_process > 1)`):

    {start, end, text, type, speaker, speaker_text, speaker_start, speaker_end,
     cue, cue_start, cue_end, medium, medium_start, medium_end}

Offsets are characters of `doc.text`. `type` is ``direct`` (the words inside
quotation marks, or after a transcript label), ``indirect`` (a clause reported by
a speech verb or "according to X") or ``mixed`` (a reported clause that quotes
some of the speaker's words). `speaker` is the ACTOR dict of the actor layer or
None (anonymous sources keep their description in `speaker_text`).

How it works:

1. **Quotation marks** (straight, curly, guillemets, single and double) are paired
   by their flanking (an opening mark follows a space and precedes a word), so
   that apostrophes ("Iraq’s"), glyphs typed the wrong way round and stray marks
   do not derail the pairing; two apostrophes (''…'') are one double mark. A quote
   runs across paragraphs when each new paragraph opens with a mark typed like the
   first; quotes nested inside another quote stay part of the outer one.
2. **What counts as a quote**: a clause or a sentence, attributed by a speech
   cue next to it, a colon, or its place at the start of a paragraph. Single
   words, names, titles ("Title Case" without final punctuation), terms
   introduced by "so-called", "dubbed", "known as", and quoted headings are not
   quotes; short fragments inside a reported clause make that clause ``mixed``.
3. **Reported speech** comes from the dependency parse: a speech verb with a
   complement clause ("said on Monday that …", "warned that …", "told X that …",
   "accused X of …"), inverted reports ("…, the source revealed", "…, said X, an
   official who …"), attributions inside the sentence they report ("To avoid
   delays, the harbour master said, ships …") or around it ("As X noted, …"),
   "according to X", "X was quoted as saying", colon introductions ("Khazali told
   the interviewer: …"), transcript labels at the start of a paragraph ("The
   Cradle: …", "Sajed: …", a paragraph that is only "Nasrallah:"), quotations
   signed "― Name", and headlines closed by ", X Says". Beliefs and expectations
   ("officials believe that …", "voters are afraid that …"), evidence ("a new poll
   shows that …") and outlets' own reporting ("…, the Herald has learned") are
   attributed like statements. Requests and promises with an infinitive ("urged X
   to …", "pledged to …") and acts done to a thing ("criticised the plan") are not.
4. **Speakers**: the subject of the cue (climbing through "went on to say",
   "adding that", conjunctions), the object of "according to", or the label.
   Names resolve through the actor mentions; pronouns and role nouns ("he",
   "the spokesman", "His Eminence", "the statement") go to the previous quote's
   speaker unless another compatible subject was introduced since, otherwise to
   the most recent compatible actor mention (subjects first); unnamed sources
   ("a Kurdish source", "sources close to …", "US officials") are anonymous.
5. **Medium**: where it was said: "told The Cradle", "in an interview with BBC
   Farsi", "in a statement carried by al-Mayadeen", "on Twitter", "at a ceremony
   in Baghdad", "during a press conference".

Where each decision is made (each module adds one layer to the one before it, so a
rule can use everything below it):

    lexicon.py      the word lists: speech verbs, role nouns, anonymous sources, marks
    records.py      QuoteSpan, quote ids and the public `quote` records
    document.py     one document's view: paragraphs, tokens, actor mentions, quoted spans
    marks.py        pairing quotation marks; which quoted words are quotes (1, 2)
    media.py        where the words were said (5)
    cues.py         speech cues and the subject that speaks them (3, 4: finding)
    transcripts.py  interview turns, colon introductions and their labels
    direct.py       quotations in marks and the cue that attributes them
    clauses.py      where a speech verb's report lies (after, before or around the cue)
    reported.py     which verbs report (speech, belief, evidence, outlets), "according to",
                    headlines, and the merging of reported clauses with quotations
    nouns.py        what every attribution frame shares (its source, its content) and the
                    frames named by nouns and adjectives ("his claim that …", "willing to …")
    passives.py     frames of passive verbs ("was criticized by X", "X was accused of Y") and
                    judgements received ("faced criticism for X")
    objects.py      what a frame verb's object and complements are (a message, a thing
                    spoken of, a record, a name given)
    frames.py       frames of verbs: requests, promises, intentions, judgements,
                    characterizations and mentions ("urged X to …", "called X a Y")
    shapes.py       attributions of a fixed shape: pro-forms ("said as much", "doesn't think
                    so"), "made it clear that …", "what she called a rant", "as stated in X",
                    "by X's own admission", "his argument is that …", "has not said when …",
                    "X reportedly did Y"
    antecedents.py  pronouns, role nouns and "the source" followed back to a speaker
    speakers.py     from the speaker's words to an actor (4: resolution)
    component.py    the spaCy component and the order of the stages
"""

from __future__ import annotations

from annalyst.nlp.quotes.component import QuoteExtractor, make_quote_extractor
from annalyst.nlp.quotes.records import QuoteSpan, quote_id, quote_records, resolved_quotes

__all__ = [
    "QuoteExtractor",
    "QuoteSpan",
    "make_quote_extractor",
    "quote_id",
    "quote_records",
    "resolved_quotes",
]
