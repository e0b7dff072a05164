"""Where a speech verb's report lies: its complement clause, the rest of a sentence the
attribution closes ("…, he said") or sits inside ("X, he said, Y"), or the sentence
around "as X noted"; with the parser's usual slips repaired.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.cues import asks_someone
from annalyst.nlp.quotes.direct import DirectQuotes
from annalyst.nlp.quotes.lexicon import (
    ADDRESSEE_VERBS,
    CHARACTERIZATION_VERBS,
    CLAIM_NOUNS,
    CLAUSE_VERBS,
    CONCESSIVES,
    FINITE_TAGS,
    MARK_TOKENS,
    SUBORDINATORS,
)


class Clauses(DirectQuotes):
    """The token range a speech verb reports."""

    def _complement(self, verb: Token) -> tuple[int, int] | None:
        """Token range of what a speech verb reports."""
        doc = self.doc
        if any(
            c.lower_ in ("what", "which")
            and c.dep_ in ("dobj", "nsubj")
            and not (c.dep_ == "nsubj" and c.lower_ == "which" and self._relative_report(verb))
            for c in verb.children
        ):
            return None  # "it meant what it said", "the pretext which says"
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            span = self._as_clause(verb)
            if span is not None:
                return span
        aside = self._as_aside(verb)
        comps = [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and (
                c.pos_ in ("VERB", "AUX")
                or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            )
        ]  # (a verb the tagger took for a noun or an adjective still has its subject)
        if not comps:
            # "said after the convention he would not accept …": the parser read the clause
            # as an adverbial one; a clause with its own subject and no conjunction is reported
            comps = [
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and not any(g.dep_ == "mark" for g in c.children)
                and (aside is not None or any(g.dep_ == "nsubj" for g in c.children))
                and (c.tag_ in FINITE_TAGS or any(g.dep_ == "aux" for g in c.children))
            ]
        if not comps:
            # "cautioned, as did the bank, that …": the parser hung the clause on the aside
            comps = [
                g
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and c.lemma_.lower() in ("do", "have", "be")
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                for g in c.children
                if g.dep_ in ("advcl", "ccomp")
                and g.i > c.i
                and doc[g.left_edge.i].lower_ == "that"
                and doc[g.left_edge.i - 1].text == ","
            ]
        if not comps:
            # "said at an evening briefing that …": the parser took the clause for a relative
            # clause of the briefing; a relative "that" is a subject or object, this one a mark
            for c in verb.children:
                if c.dep_ not in ("prep", "dobj", "dative") or c.i < verb.i:
                    continue
                for g in c.subtree:
                    first = self.doc[g.left_edge.i]
                    if (
                        g.dep_ in ("relcl", "ccomp", "acl")
                        and first.lower_ == "that"
                        and (first.tag_ == "IN" or first.dep_ == "mark")
                    ):
                        comps = [g]
                        break
        if not comps:
            # "denied claims that …", "rejected reports that …": the clause of the claim
            for c in verb.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS:
                    for g in c.children:
                        first = self.doc[g.left_edge.i]
                        if g.dep_ in ("acl", "relcl", "ccomp") and first.lower_ == "that":
                            comps = [g]
        if any(c.i > verb.i for c in comps):
            # a clause the parser joined from the next sentence is not this verb's report
            sentence_end = self._sentence_end(verb.i)
            comps = [c for c in comps if c.i < verb.i or c.left_edge.i <= sentence_end]
        comp = next((c for c in comps if c.i > verb.i), None) or next(iter(comps), None)
        aside_end = -1
        if comp is not None:
            first = doc[comp.left_edge.i]
            if (
                first.lower_ == "as"
                and first.head.lemma_.lower() in ("do", "have", "be")
                and first.head.dep_ == "advcl"
                and first.head.head.i == comp.i
                and first.head.right_edge.i + 1 < comp.i
                and doc[first.head.right_edge.i + 1].text == ","
            ):
                # "cautioned, as did the bank itself, that …": a comparison set off inside
                aside_end = first.head.right_edge.i + 1
                first = doc[aside_end + 1]
            if (first.lower_ in SUBORDINATORS and first.dep_ != "prep") or (
                first.dep_ == "mark" and first.lower_ not in ("that", "whether", "if")
            ):  # ("After some challenges, X has …, an official said": a phrase, not a clause)
                return None  # "As X reiterated …, he wondered", "…, when Y stated"
            if (
                comp.i < verb.i
                and comp.tag_ not in FINITE_TAGS
                and not any(c.dep_ in ("aux", "auxpass") for c in comp.children)
            ):
                return None  # "Rejecting the blackmail, he wondered …"
        if comp is not None and comp.i > verb.i:
            start_i, end_i = max(comp.left_edge.i, aside_end + 1), comp.right_edge.i
            subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children)
            fronted = [
                c for c in verb.children if c.dep_ == "dep" and c.i < verb.i and c.pos_ == "NOUN"
            ] or [
                c
                for c in verb.children
                if c.dep_ == "nsubj" and aside is not None and c.i < aside[0].i
            ]  # ("Hawaii, as one adviser pointed out, rarely …": the clause's subject)
            if subjectless and fronted:
                # "The real problem, she told me, is that …": the parser left the clause's
                # subject in front of the attribution
                start_i = fronted[0].left_edge.i
            elif (
                subjectless
                and comp.left_edge.i == comp.i == verb.i + 1
                and comp.lemma_ == "be"
                and comp.tag_ in FINITE_TAGS
                and not any(w.tag_ in ("WP", "WDT") for w in doc[verb.left_edge.i : verb.i])
            ):
                return None  # "Everything Trump says is a lie": what he says, not a report
                # (but "what the senators said was gerrymandering" reports it)
            for k in range(comp.i + 1, end_i + 1):
                t = doc[k]
                if (
                    t.dep_ == "conj"
                    and t.head.i == comp.i
                    and (t.lemma_.lower() in CLAUSE_VERBS or names_something(t) or asks_someone(t))
                    and t.pos_ == "VERB"
                ):
                    # "stressed that … and denied that …": two verbs, two reports ("said he
                    # had battled pneumonia and called it a common ailment": a name given)
                    end_i = t.left_edge.i - 1
                    while end_i > start_i and (doc[end_i].pos_ == "CCONJ" or doc[end_i].is_punct):
                        end_i -= 1
                    break
                if t.text == "," and k + 1 <= end_i and self._speaker_aside(doc[k + 1], comp):
                    end_i = k - 1
                    break
            while start_i < end_i and (doc[start_i].dep_ == "mark" or doc[start_i].is_punct):
                if doc[start_i].lower_ in ("whether", "if") or doc[start_i].text in MARK_TOKENS:
                    break
                start_i += 1
            if (
                doc[start_i].lower_ == "that"
                and start_i < end_i
                and (doc[start_i].dep_ != "nsubj" or doc[start_i + 1].is_punct)
            ):
                start_i += 1  # "that" the parser did not call a mark (not "believe that is …")
            if start_i <= verb.i and not (subjectless and fronted):
                start_i = verb.i + 1
            if doc[start_i].lower_ == "what" and verb.lemma_.lower() not in (
                "ask",
                "wonder",
                "question",
            ):
                return None  # "demanded what one called …"
            opening = next(
                (
                    r
                    for r in self.runs
                    if r.depth == 0
                    and -1 <= r.start - doc[start_i].idx <= 2
                    and self.in_accepted(r.start)
                ),
                None,
            )
            if opening is not None and self.tok_index(opening.close) < end_i:
                end_i = self.tok_index(opening.close)  # "said, “…,” hoping that …": the quote
            return start_i, end_i
        if comp is not None or (verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i):
            # "…, he said": the report comes first, separated by a comma
            left = comp if comp is not None else verb.head
            if left.pos_ not in ("VERB", "AUX") or not self._closing_attribution(verb):
                # "The difference now, he told me on Friday, is that …": set off inside
                return self._interposed(verb) if verb.dep_ in ("parataxis", "ROOT") else None
            sent_start = self._sentence_start(verb.i)
            start_i = max(left.left_edge.i, sent_start)
            end_i = verb.i - 1
            if comp is not None:
                end_i = min(end_i, comp.right_edge.i)
            subj = self._subject(verb)
            if subj is not None and start_i < subj.i <= end_i:
                end_i = subj.left_edge.i - 1  # the parser took the speaker into the report
            while end_i > start_i and (doc[end_i].is_punct or doc[end_i].dep_ in ("aux", "advmod")):
                end_i -= 1
            gap = doc[end_i + 1 : verb.i]
            if not any(t.text in (",", "–", "—") for t in gap):
                return None
            if subj is not None and subj.i < verb.i:
                np_first = subj.left_edge.i
                if np_first > 0 and doc[np_first - 1].text not in (",", "–", "—", "”", "’", '"'):
                    return None  # "…, a charge the groups deny": not an attribution
            if any(
                doc[end_i].idx < r.start and r.end < verb.idx for r in self.runs if r.depth == 0
            ):
                return (
                    None  # "This includes the Gulf: “…,” the report found": the quote is reported
                )
            if any(
                t.lemma_.lower() in CLAUSE_VERBS and t.dep_ == "ROOT"
                for t in doc[start_i : end_i + 1]
            ):
                return None
            return start_i, end_i
        if verb.head.i > verb.i or verb.dep_ == "ROOT":
            span = self._interposed(verb)
            if span is not None:
                return span
        # "said the United States … acted": a clause the parser left without ccomp
        if verb.lemma_.lower() in (
            "say",
            "add",
            "claim",
            "state",
            "warn",
            "insist",
            "argue",
            "note",
        ):
            j = verb.i + 1
            while j < self.n and (doc[j].dep_ in ("advmod", "npadvmod") or doc[j].lower_ == "that"):
                j += 1
            if j < self.n and any(c.dep_ == "prep" for c in [doc[j]]) and doc[j].head.i == verb.i:
                j = doc[j].right_edge.i + 1
            if j >= self.n or doc[j].is_punct or self.para_of(doc[j].idx) != self.para_of(verb.idx):
                return self._inverted(verb)
            t = doc[j]
            head = t
            while (
                head.dep_ in ("det", "amod", "compound", "poss", "nummod") and head.head.i > head.i
            ):
                head = head.head
            if (
                head.dep_ == "nsubj"
                and head.i > verb.i
                and (head.head.i == verb.i or head.head.pos_ in ("VERB", "AUX"))
            ):
                end_i = verb.i
                for k in range(j, self.n):
                    if doc[k].is_sent_start and k > j:
                        break
                    if doc[k].text in (".", "!", "?") or doc[k].text == "\n\n":
                        break
                    end_i = k
                # a finite verb of its own, outside the noun phrase: not "said Leslie Wimes,
                # a Florida-based organiser"
                if not any(
                    doc[k].pos_ in ("VERB", "AUX")
                    and doc[k].tag_ in FINITE_TAGS
                    and not head.is_ancestor(doc[k])
                    for k in range(head.i + 1, end_i + 1)
                ):
                    return None
                return j, end_i
        return self._inverted(verb)

    def _closing_attribution(self, verb: Token) -> bool:
        """Whether a speech verb closes its sentence as an attribution ("…, he said on
        Monday.", "…, said the ministry."), rather than "…, say Bashar al-Assad, and …"."""
        if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
            return False
        if self._has_object(verb):
            return False
        k = verb.i + 1
        end = self.paras[self.para_of(verb.idx)][1]
        while k < self.n and self.doc[k].idx < end and self.doc[k].text not in (".", "!", "?", ";"):
            t = self.doc[k]
            nxt = self.doc[k + 1] if k + 1 < self.n else None
            if (
                t.text == ","
                and nxt is not None
                and (nxt.tag_ == "VBG" or nxt.lower_ in ("who", "which", "whose", "where"))
            ):
                return True  # "…, a source said, adding that …", "…, argues X, who …"
            if t.pos_ == "CCONJ" and nxt is not None and nxt.lemma_.lower() in CLAUSE_VERBS:
                return True  # "…, the source said and added that …"
            if (
                t.text == ","
                and nxt is not None
                and (nxt.lower_ in SUBORDINATORS or nxt.pos_ == "ADP")
            ):
                return True  # "…, lawmakers said on Friday, as they …": an aside of its own
            if t.text in MARK_TOKENS | {":"}:
                return False
            if t.pos_ == "CCONJ" and not (
                (subject := self._subject(verb)) is not None
                and subject.i > verb.i
                and subject.is_ancestor(t)
            ):
                return False  # "…, say Bashar al-Assad, and …": the verb goes on (but not
                # "…, said X, director of Y and a professor at Z.")
            if t.pos_ in ("VERB", "AUX") and not self._inside_phrase(t, verb):
                return False
            k += 1
        return True

    def _has_object(self, verb: Token) -> bool:
        """Whether a verb has an object or a clause of its own after it."""
        addressee = verb.lemma_.lower() in ADDRESSEE_VERBS  # "…, he told reporters."
        return any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd")
            and c.i > verb.i
            and not (addressee and c.dep_ == "dobj")
            for c in verb.children
        )

    def _inside_phrase(self, t: Token, verb: Token) -> bool:
        """Whether a verb after a cue belongs to a phrase of the attribution (a relative
        clause or a participle in the speaker's description: "…, said X, an official with
        the board that oversees them") rather than continuing the cue's own clause."""
        for _ in range(8):
            if t.i == verb.i or t.head.i == t.i:
                return False
            if t.dep_ in ("relcl", "acl", "amod") or (t.dep_ == "advcl" and t.head.i != verb.i):
                return True
            t = t.head
        return False

    def _speaker_aside(self, t: Token, comp: Token) -> bool:
        """A clause after a comma at the end of a report that is the writer's or the
        speaker's aside, not what was said: "…, citing the strategic importance of …",
        "…, although he again refused to …" (the parser hangs it on the report)."""
        if t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.i == comp.i:
            return True
        return t.lower_ in CONCESSIVES and t.dep_ == "mark"

    def _relative_report(self, verb: Token) -> bool:
        """ "the European Union, which contended that Ireland …": a relative speech verb set
        off by a comma or a dash whose clause has a subject of its own reports it ("which"
        stands for the noun); a restrictive one ("the pretext which says …") names a thing."""
        which = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if which is None or which.i == 0 or self.doc[which.i - 1].text not in (",", "--", "—", "–"):
            return False
        return verb.dep_ == "relcl" and any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            for c in verb.children
        )

    def _as_clause(self, verb: Token) -> tuple[int, int] | None:
        """ "As one adviser pointed out, Hawaii rarely sees two storms at once": the sentence
        around the "as" clause is what the speaker said."""
        doc = self.doc
        if any(
            c.dep_ in ("dobj", "ccomp", "xcomp") and not (c.lower_ == "it" and verb.lemma_ == "put")
            for c in verb.children
        ):
            return None  # "as he told the committee the truth": not a report of the sentence
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # "as predicted"
        first, last = verb.left_edge.i, verb.right_edge.i
        start_i, end_i = self._sentence_start(verb.i), self._sentence_end(verb.i)
        before, after = first - start_i, end_i - last
        if after >= 3 and before <= 1:
            start_i = last + 1  # the clause opens the sentence
        elif before >= 3 and after <= 1:
            end_i = first - 1  # "…, as the minister noted."
            gap_start = self.tok_end(max(start_i, first - 3))
            quoted = next(
                (
                    r
                    for r in self.runs
                    if r.depth == 0
                    and gap_start <= r.close < doc[first].idx
                    and r.open > doc[start_i].idx
                    and not self.text[r.close + 1 : doc[first].idx].strip(" ,;–—")
                ),
                None,
            )
            if quoted is not None:
                # "X echo her concerns, because the requirement is a “lawful source of
                # income,” as a memo put it": the clause that holds the words in marks is
                # attributed, not the sentence around it
                head = doc[self.tok_index(quoted.start)]
                for _ in range(8):  # (up to a verb with its subject: a clause of its own)
                    if head.head.i == head.i or (
                        head.pos_ in ("VERB", "AUX")
                        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
                    ):
                        break
                    head = head.head
                if head.pos_ in ("VERB", "AUX") and start_i <= head.left_edge.i <= head.i:
                    start_i = head.left_edge.i
                    # ("largely because": the conjunction and its adverbs open no words)
                    while start_i < head.i and (
                        doc[start_i].head.i == head.i
                        and doc[start_i].dep_ in ("mark", "advmod", "cc", "punct")
                    ):
                        start_i += 1
                    return start_i, end_i
                return self.tok_index(quoted.open), self.tok_index(quoted.close)
        elif before < 3 and after < 3:
            return None
        while start_i < end_i and doc[start_i].is_punct:
            start_i += 1
        while end_i > start_i and doc[end_i].is_punct:
            end_i -= 1
        if not any(
            doc[j].pos_ in ("VERB", "AUX")
            for j in range(start_i, end_i + 1)
            if not first <= j <= last
        ):
            return None
        return start_i, end_i

    def _interposed(self, verb: Token) -> tuple[int, int] | None:
        """ "Too often, Mr. Clarke said, the debate …": an attribution set off by commas inside
        the sentence it reports; the report is the whole sentence."""
        doc = self.doc
        # (a present "say" the tagger took for a bare infinitive still has its subject)
        finite = verb.tag_ in FINITE_TAGS or (
            verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
        )
        if not finite and not any(c.dep_ == "aux" for c in verb.children):
            return None
        subj = self._subject(verb)
        if subj is None:
            return None
        first = min(subj.left_edge.i, verb.i)
        last = max(verb.i, subj.right_edge.i) if subj.i > verb.i else verb.i
        k = last + 1  # "he said Friday," "Mr. Clarke said in an interview,"
        while k < self.n and doc[k].text not in (",", "–", "—") and k - last <= 6:
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?", ";", ":", *MARK_TOKENS):
                return None
            k += 1
        if k >= self.n or doc[k].text not in (",", "–", "—"):
            return None
        if k + 1 < self.n and doc[k + 1].text in MARK_TOKENS:
            return None  # "…, the commissioner said, “…”": it introduces a quotation
        if k + 1 < self.n and (doc[k + 1].pos_ in ("ADP", "SCONJ") or doc[k + 1].tag_ == "WDT"):
            return None  # "…, an official said, in what would be …": the writer's aside
        if first == 0 or doc[first - 1].text not in (",", "–", "—"):
            return None
        start_i, end_i = self._sentence_start(verb.i), self._sentence_end(verb.i)
        while start_i < first and doc[start_i].is_punct and doc[start_i].text not in "“‘\"'":
            start_i += 1  # a stray closing mark left from the sentence before
        if first - 1 - start_i < 1 or end_i - k < 3:
            return None
        if not any(doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, end_i + 1)):
            return None
        return start_i, end_i

    def _inverted(self, verb: Token) -> tuple[int, int] | None:
        """ "…, the Joint Operations Command said." — a report before its attribution that the
        parser did not see as the verb's clause."""
        doc = self.doc
        if self._has_object(verb):
            return None  # "…, allies pledged $30 billion": the verb has its own object
        k = verb.i + 1
        while (
            k < self.n
            and doc[k].text not in (".", "!", "?", ";")
            and doc[k].idx < self.paras[self.para_of(verb.idx)][1]
        ):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in MARK_TOKENS | {":"}:
                return None  # the verb has more to say: not a closing attribution
            k += 1
        subj = self._subject(verb)
        if subj is None or subj.i > verb.i:
            return None
        first = subj.i
        while first > 0 and (
            doc[first - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART")
            or doc[first - 1].tag_ == "POS"
            or doc[first - 1].text in ("-", "’s", "'s")
        ):
            first -= 1
        if first == 0 or doc[first - 1].text not in (",", "–", "—"):
            return None
        start_i = self._sentence_start(verb.i)
        end_i = first - 2
        while end_i > start_i and doc[end_i].is_punct and doc[end_i].text not in MARK_TOKENS:
            end_i -= 1
        words = sum(1 for j in range(start_i, end_i + 1) if not doc[j].is_punct)
        if end_i - start_i < 3 or not (
            words >= 6 or any(doc[j].pos_ in ("VERB", "AUX") for j in range(start_i, end_i + 1))
        ):
            return None  # (six words are a claim even when the tagger found no verb in them)
        if any(
            doc[start_i].idx <= r.open and r.close <= doc[end_i].idx + 1
            for r in self.runs
            if r.depth == 0 and r.close - r.open > 0.8 * (self.tok_end(end_i) - doc[start_i].idx)
        ):
            return None  # a direct quote with its attribution
        if self._only_subordinate(start_i, end_i):
            return None  # "But when Congress cut the funds, Mexico said enough."
        return start_i, end_i

    def _only_subordinate(self, start_i: int, end_i: int) -> bool:
        """Whether a stretch is a subordinate clause only ("when X happened"): no main
        clause, so nothing was asserted in it."""
        roots = [
            self.doc[k]
            for k in range(start_i, end_i + 1)
            if not start_i <= self.doc[k].head.i <= end_i or self.doc[k].head.i == k
        ]
        verbs = [r for r in roots if r.pos_ in ("VERB", "AUX")]
        return bool(verbs) and all(
            any(
                c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < v.i
                for c in v.children
            )
            for v in verbs
        )


def names_something(verb: Token) -> bool:
    """A verb that calls its object something, with no subject of its own ("… and called it
    a common ailment", "… and described the repairs as a scandal")."""
    if verb.lemma_.lower() not in CHARACTERIZATION_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    return any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in children
    )
