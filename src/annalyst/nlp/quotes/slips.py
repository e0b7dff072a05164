"""Attributions the parser's slips hide from the frames:

* "called for the mine to be shut down", "pushed for the rule to be scrapped": a verb of
  calling for something with "for", a subject and an infinitive after it; the parser reads
  "for" as the conjunction of an adverbial clause, so no frame sees the request. The
  request is the clause after "for", its speaker the verb's subject.

Each rule reads a few trigger words only, and a record it makes is dropped when another
stage already attributed the words.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.document import Draft, lemma_of
from annalyst.nlp.quotes.lexicon import FRAME_REQUEST_CALLS
from annalyst.nlp.quotes.shapes import Shapes
from annalyst.nlp.tokentable import token_table


class Slips(Shapes):
    """Attributions hidden by the parser's slips (see the module's docstring)."""

    def _slips(self, drafts: list[Draft]) -> list[Draft]:
        doc = self.doc
        taken = {d.cue_tok for d in drafts if d.cue_tok is not None}
        spans = [(d.start, d.end) for d in drafts]
        lowers = token_table(doc).lower
        found: list[Draft] = []
        for i in range(1, self.n):
            if lowers[i] != "for" or i in taken:
                continue
            d = self._called_for(doc[i])
            if d is None or d.cue_tok in taken:
                continue
            at = doc[d.cue_tok].idx if d.cue_tok is not None else d.start
            if any(s <= at < e for s, e in spans) or any(
                s < d.end and d.start < e for s, e in spans
            ):
                continue  # inside or across words attributed already
            if self.quoted_at(at) is not None and not self.in_accepted(at):
                continue
            found.append(d)
            spans.append((d.start, d.end))
        return drafts + found

    # -- "called for the mine to be shut down" --------------------------------------------

    def _called_for(self, mark: Token) -> Draft | None:
        clause = mark.head
        verb = clause.head
        if (
            mark.dep_ != "mark"
            or clause.dep_ != "advcl"
            or verb.i != mark.i - 1
            or lemma_of(verb) not in FRAME_REQUEST_CALLS
        ):
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") and mark.i < c.i < clause.i for c in clause.children
        ):
            return None  # ("called for the second time"): a subject and an infinitive
        subj = self._speech_subject(verb)
        if subj is None or self._in_question(verb):
            return None
        return self._draft(mark.i + 1, clause.right_edge.i, verb, subj, "request", cue_end=mark.i)
