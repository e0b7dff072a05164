"""Attributions the parser's slips hide from the frames:

* "called for the mine to be shut down", "pushed for the rule to be scrapped": a verb of
  calling for something with "for", a subject and an infinitive after it; the parser reads
  "for" as the conjunction of an adverbial clause, so no frame sees the request. The
  request is the clause after "for", its speaker the verb's subject.

* "While he acknowledged money was a reason, Smith also noted …": a verb of saying or
  believing in an adverbial clause whose report the parser hung on the main verb after it
  (the clause lies between the two, before the comma that closes the adverbial clause). The
  clause is the first verb's report, its speaker that verb's subject.

* "…, as one magazine put it in a profile, “the salesman.”": the quotation right after an
  "as X put it" aside is X's words, even when the parser made it the object of "put" and
  the aside reports nothing else.

* "The committee voted 19-15 along party lines, to send the bill …", "decided on Monday to
  …": the infinitive of a verb of intention or promise that the parser hung on it as an
  adverbial clause after the verb's own modifiers (the frames read such an infinitive only
  right after the verb).

* "Many parents weren't sure if they could afford it": the question someone is (un)sure
  about, which the parser hangs on "be" as an adverbial clause, is what they hold (a belief,
  as "not sure whether …" is when the parser reads it right).

* "His best answer was to say he would cut taxes", "the mayor's reaction was to insist that
  …": a speech verb in the infinitive that says what someone's answer or reaction was is
  that someone's statement (an infinitive of saying is otherwise hypothetical).

Each rule reads a few trigger words only, and a record it makes is dropped when another
stage already attributed the words.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annalyst.nlp.quotes.document import Draft, lemma_of
from annalyst.nlp.quotes.lexicon import (
    _HASHES,
    ALL_MARKS,
    BELIEF_VERBS,
    CLAUSE_VERBS,
    CONCESSIVES,
    FRAME_REQUEST_CALLS,
    INTENTION_VERBS,
    PROMISE_VERBS,
    SPEECH_NOUNS,
    SUBORDINATORS,
)
from annalyst.nlp.quotes.reported import clause_act
from annalyst.nlp.quotes.shapes import Shapes
from annalyst.nlp.tokentable import token_table

# Verbs of saying and believing whose clause the parser may give to a later verb.
STEALABLE_HASHES = frozenset(_HASHES.add(w) for w in CLAUSE_VERBS | BELIEF_VERBS)
PUT_HASH = _HASHES.add("put")
# Adjectives of (un)certainty whose "if"/"whether" clause is what is (not) held true.
SURE_WORDS = frozenset({"sure", "certain", "unsure", "uncertain"})
# Verbs of intention and promise, whose infinitive says what is intended or promised.
WILLING_HASHES = frozenset(_HASHES.add(w) for w in INTENTION_VERBS | PROMISE_VERBS)
# The verb's own modifiers that may stand between it and its infinitive.
MODIFIER_DEPS = frozenset({"npadvmod", "advmod", "prep", "punct", "nummod", "tmod"})
# What may stand between the end of "as X put it …" and the quotation it gives.
ASIDE_TAIL_RE = re.compile(r"[^,.;:!?\n" + re.escape(ALL_MARKS) + r"]*,\s*$")


class Slips(Shapes):
    """Attributions hidden by the parser's slips (see the module's docstring)."""

    def _slips(self, drafts: list[Draft]) -> list[Draft]:
        doc = self.doc
        taken = {d.cue_tok for d in drafts if d.cue_tok is not None}
        spans = [(d.start, d.end) for d in drafts]
        w = token_table(doc)
        lowers, lemmas = w.lower, w.lemma_id
        found: list[Draft] = []
        for i in range(1, self.n):
            if i in taken:
                continue
            if lowers[i] == "for":
                d = self._called_for(doc[i])
            elif lemmas[i] in STEALABLE_HASHES and doc[i].dep_ == "advcl":
                d = self._stolen_clause(doc[i])
            elif lemmas[i] in STEALABLE_HASHES and doc[i].dep_ == "xcomp":
                d = self._answer_was_to_say(doc[i])
            elif lemmas[i] == PUT_HASH:
                d = self._put_it_quote(doc[i])
            elif lowers[i] in SURE_WORDS:
                d = self._sure_if(doc[i])
            elif lemmas[i] in WILLING_HASHES and doc[i].pos_ == "VERB":
                d = self._distant_infinitive(doc[i])
            else:
                continue
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

    # -- "While he acknowledged money was a reason, Smith noted …" --------------------------

    def _stolen_clause(self, verb: Token) -> Draft | None:
        doc = self.doc
        if not any(
            c.dep_ == "mark" and c.lower_ in SUBORDINATORS | CONCESSIVES and c.i < verb.i
            for c in verb.children
        ) or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
            return None
        first = verb.i + 1
        if first < self.n and doc[first].lower_ == "that":
            first += 1
        # the clause after the verb, which the parser made the main verb's complement and
        # hung the adverbial clause on ("While he acknowledged [money was …], Smith noted …")
        clause = verb.head
        if clause.dep_ != "ccomp" or clause.i <= verb.i or clause.head.i <= clause.i:
            return None
        if not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") and g.left_edge.i == first
            for g in clause.children
        ):
            return None
        end = clause.right_edge.i
        if end + 1 >= clause.head.i or doc[end + 1].text != ",":
            return None  # the clause ends where the adverbial clause does, at its comma
        subj = self._speech_subject(verb)
        if subj is None:
            return None
        low = lemma_of(verb)
        return self._draft(first, end, verb, subj, clause_act(low, doc[first].lower_), min_words=3)

    # -- "…, as one magazine put it, “the salesman.”" --------------------------------------

    def _put_it_quote(self, verb: Token) -> Draft | None:
        children = list(verb.children)
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children) or not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in children
        ):
            return None
        text = self.text
        run = next(
            (r for r in self.runs if r.depth == 0 and r.open > verb.idx),
            None,
        )
        if run is None or not ASIDE_TAIL_RE.match(text, verb.idx, run.open):
            return None  # ("as X put it, the plan …": the sentence, which the clauses read)
        if text[run.close + 1 : run.close + 3].strip(". \t\n\r\u00a0"):
            return None  # the quotation ends the sentence
        subj = self._speech_subject(verb)
        if subj is None or subj.i > verb.i:
            return None
        d = Draft(run.start, run.end, "direct", "direct", runs=[run])
        self._set_cue(d, verb.i)
        d.subj = subj.i
        return d

    # -- "voted 19-15 along party lines, to send …" ----------------------------------------

    def _distant_infinitive(self, verb: Token) -> Draft | None:
        doc = self.doc
        children = list(verb.children)
        if any(c.dep_ in ("xcomp", "ccomp", "dobj", "dative") for c in children):
            return None
        inf = next(
            (
                c
                for c in children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and c.left_edge.lower_ == "to"
                and c.left_edge.i > verb.i + 1
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
            ),
            None,
        )
        if inf is None:
            return None
        if not all(
            c.dep_ in MODIFIER_DEPS for c in children if verb.i < c.i < inf.left_edge.i
        ) or any(doc[k].head.i < verb.i for k in range(verb.i + 1, inf.left_edge.i)):
            return None  # only the verb's own modifiers stand between it and the infinitive
        subj = self._frame_subject(verb)
        if subj is None or not self._frame_source(subj, verb) or self._hypothetical(verb):
            return None
        act = "promise" if lemma_of(verb) in PROMISE_VERBS else "intention"
        return self._draft(inf.left_edge.i, inf.right_edge.i, verb, subj, act, min_words=2)

    # -- "Many parents weren't sure if they could afford it" --------------------------------

    def _sure_if(self, adj: Token) -> Draft | None:
        cop = adj.head
        if adj.dep_ != "acomp" or cop.i >= adj.i or any(c.dep_ == "ccomp" for c in adj.children):
            return None
        clause = next(
            (
                c
                for c in cop.children
                if c.dep_ == "advcl"
                and c.left_edge.i == adj.i + 1
                and c.left_edge.lower_ in ("if", "whether")
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        subj = self._subject(cop)
        if subj is None or not self._plausible_speaker(subj) or self._hypothetical(cop):
            return None
        d = self._draft(clause.left_edge.i, clause.right_edge.i, adj, subj, "belief", min_words=3)
        if d is not None:
            d.cue = (self.doc[cop.i].idx, self.tok_end(adj.i))  # "weren't sure"
        return d

    # -- "His best answer was to say he would cut taxes" ------------------------------------

    def _answer_was_to_say(self, verb: Token) -> Draft | None:
        be = verb.head
        if be.lemma_ != "be" or not any(
            c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children
        ):
            return None
        noun = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        if noun is None or noun.lemma_.lower() not in SPEECH_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not self._plausible_speaker(owner) or self._hypothetical(be):
            return None
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        first = clause.left_edge.i
        if self.doc[first].lower_ == "that":
            first += 1
        low = lemma_of(verb)
        act = clause_act(low, self.doc[first].lower_)
        return self._draft(first, clause.right_edge.i, verb, owner, act, min_words=3)
