"""Reported speech: the clause a speech verb reports ("said that …", "…, he said"),
"according to X", accusations, and how a reported clause and the quotations inside or
next to it become one record.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annalyst.nlp.quotes.direct import DirectQuotes
from annalyst.nlp.quotes.document import (
    Draft,
)
from annalyst.nlp.quotes.lexicon import (
    ALL_MARKS,
    AUTHOR_PRONOUNS,
    BELIEF_ADJECTIVES,
    BELIEF_VERBS,
    CLAIM_NOUNS,
    CLAUSE_VERBS,
    CONCESSIVES,
    DOCUMENT_NOUNS,
    DOUBLE_OPEN,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FINITE_TAGS,
    GROUP_PRONOUNS,
    HEADLINE_RE,
    MARK_TOKENS,
    NOT_SOURCES,
    OPINION_VERBS,
    OUTLET_VERBS,
    OUTLET_WORDS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    SINGLE_OPEN,
    SUBORDINATORS,
)


class ReportedSpeech(DirectQuotes):
    """Reported clauses and their merging with quotations."""

    def _indirect(self, drafts: list[Draft]) -> list[Draft]:
        doc = self.doc
        found: list[Draft] = []
        for t in doc:
            if t.lower_ == "according":
                if t.i + 1 < self.n and doc[t.i + 1].lower_ == "to":
                    d = self._according(t)
                    if d is not None:
                        found.append(d)
                continue
            low = t.lemma_.lower()
            if t.pos_ == "ADJ" and low in BELIEF_ADJECTIVES and t.dep_ == "acomp":
                pass  # "voters are afraid that …"
            elif low not in REPORTING_VERBS or t.pos_ not in ("VERB", "AUX"):
                continue
            if self.quoted_at(t.idx) is not None and not self.in_accepted(t.idx):
                continue  # inside a scare quote or a title
            if low == "ask" and t.tag_ == "VBN":
                continue  # "Asked whether …, Khazali said": the question is not his statement
            if t.dep_ in ("amod", "compound", "acl") or (
                any(c.dep_ == "auxpass" for c in t.children) and t.dep_ != "pcomp"
            ):
                continue
            d = self._reported(t, low)
            if d is not None:
                found.append(d)
        found += self._headlines()
        quotes = [d for d in drafts if d.kind in ("direct", "according") and d.runs]
        found.sort(key=lambda d: (d.start, -d.end))
        kept: list[Draft] = []
        for d in found:
            if any(k.start <= d.start and d.end <= k.end for k in kept):
                continue  # inside a reported clause kept already ("said that X claimed …")
            if self._merge(d, quotes):
                continue
            if d.opinion and d.type != "mixed":
                continue
            if len(self.text[d.start : d.end].split()) < 3:
                continue
            kept.append(d)
        return [d for d in drafts if not d.done] + kept

    def _merge(self, d: Draft, quotes: list[Draft]) -> bool:
        """Reported clause meets direct quotes. True when the clause is dropped."""
        cue = d.cue[0] if d.cue else d.start
        inner = [
            q
            for q in quotes
            if q.start < d.end + 3 and d.start < q.end and not q.done and not q.start <= cue < q.end
        ]
        # a quotation continuing the clause: "…that X, “and was neither …”"
        for q in quotes:
            if (
                q.done
                or q in inner
                or q.kind != "direct"
                or q.cue is not None
                or q.start <= cue < q.end
            ):
                continue
            gap = self.text[d.end : q.start - 1]
            words = self.text[q.start : q.end].lstrip()
            if 0 <= q.start - d.end <= 4 and gap.strip(" ,") == "" and words[:1].islower():
                inner.append(q)
        if inner:
            covered = sum(min(q.end, d.end) - max(q.start, d.start) for q in inner)
            length = max(1, len(self.text[d.start : d.end].strip()))
            first = min(q.start for q in inner)
            lead = self.text[d.start : first].strip(" ,:" + ALL_MARKS).lower()
            if covered >= 0.8 * length and lead in ("", "that"):
                # the whole clause is quoted: a direct quote with this cue
                for q in inner:
                    if q.cue is None or (q.cue == (q.cue[0], q.cue[0] + 1) and q.subj is None):
                        q.cue, q.cue_tok, q.subj, q.kind = d.cue, d.cue_tok, d.subj, d.kind
                        q.medium = q.medium or d.medium
                        q.reply = d.reply
                return True
            if all(d.start - 3 <= q.start and q.end <= d.end + 3 for q in inner) or all(
                q.start >= d.start for q in inner
            ):
                for q in inner:
                    q.done = True
                d.start = min([d.start] + [q.start for q in inner])
                d.end = max([d.end] + [q.end for q in inner])
                d.type = "mixed"
                return False
            if first <= d.start + 10:
                return True
            d.end = self._trim_end(d.start, first - 1)
            return False
        if any(
            d.start <= f.start and f.end <= d.end + 2 and self._speechlike(f)
            for f in self.fragments
        ):
            d.type = "mixed"
            d.end = max([d.end] + [f.end for f in self.fragments if d.start <= f.start < d.end])
        return False

    def _reported(self, verb: Token, low: str) -> Draft | None:
        doc = self.doc
        if low == "accuse":
            # "accused X (at a news conference) of …": the first "of" of the verb's phrase
            prep = None
            for k in range(verb.i + 1, min(self.n, verb.i + 25)):
                t = doc[k]
                if t.text in (".", ";", ":") or (t.pos_ == "VERB" and t.dep_ in ("conj", "ROOT")):
                    break
                if t.lower_ == "of" and any(a.i == verb.i for a in t.ancestors):
                    prep = t
                    break
            if prep is None or prep.i + 1 > prep.right_edge.i:
                return None
            # the accusation: what follows "accused X of"
            start_i, end_i = prep.i + 1, prep.right_edge.i
        else:
            span = self._complement(verb)
            if span is None:
                return None
            start_i, end_i = span
        subj = self._subject(verb)
        if subj is None or not self._plausible_speaker(subj) or self._hypothetical(verb):
            return None
        if low in EVIDENCE_VERBS and not (
            subj.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS or self._is_media(subj)
        ):
            return None  # "the poll shows that …", not "he showed that he could win"
        if low in OUTLET_VERBS and not (
            self._is_media(subj) or subj.lemma_.lower() in OUTLET_WORDS
        ):
            return None  # "The Post has learned that …", not "she learned that …"
        if low in BELIEF_VERBS | BELIEF_ADJECTIVES and self.quoted_at(verb.idx) is not None:
            return None  # "we think …" inside someone's words is part of what they said
        if low == "find" and (
            any(c.dep_ == "prt" for c in verb.children)
            or subj.lower_ in PERSON_PRONOUNS | AUTHOR_PRONOUNS | {"they", "you"}
        ):
            return None  # "the Americans found out that …" is not a report; "the panel found" is
        while end_i > start_i and (
            (doc[end_i].is_punct and doc[end_i].text not in MARK_TOKENS)
            or doc[end_i].pos_ in ("CCONJ", "SCONJ")
            or doc[end_i].text in DOUBLE_OPEN + SINGLE_OPEN
        ):
            end_i -= 1
        if end_i - start_i < 2:
            return None
        start, end = doc[start_i].idx, self.tok_end(end_i)
        ps, pe = self.paras[self.para_of(verb.idx)]
        start, end = max(start, ps), self._trim_end(ps, min(end, pe))  # never past the paragraph
        if end - start < 8:
            return None
        # a colon inside the clause introduces words of their own
        m = re.search(r":\s", self.text[start:end])
        if m is not None and m.start() > 10:
            end = self._trim_end(start, start + m.start())
        inner_start, inner_end = start, end
        while inner_start < inner_end and self.text[inner_start] in ALL_MARKS:
            inner_start += 1  # "read “Gaza Will Not Kneel”": the marks are not the report
        while inner_end > inner_start and self.text[inner_end - 1] in ALL_MARKS + ".,":
            inner_end -= 1
        around = self.quoted_at(start)
        marked = self.quoted_at(inner_start)
        if marked is not None and marked == self.quoted_at(inner_end - 1):
            run = next((r for r in self.runs if (r.start, r.end) == marked), None)
            if run is not None and not self._speechlike(run):
                return None  # a title in quotation marks is not what was said
        if (
            around is not None
            and around == self.quoted_at(end - 1)
            and not (around[0] <= verb.idx < around[1])
        ):
            return None  # "X said “…”": the quotation is the report (a direct quote)
        if any(b <= start < e and not b <= verb.idx < e for b, e in self.blocks):
            return None
        if self.quoted_at(verb.idx) is not None and (
            self.quoted_at(verb.idx) != self.quoted_at(subj.idx)
            or subj.lower_ in GROUP_PRONOUNS
            or subj.pos_ in ("DET", "NUM")
        ):
            return None  # reported speech inside a quote names its speaker inside it
        d = Draft(start, end, "indirect", "indirect")
        self._set_cue(d, verb.i)
        d.subj = subj.i
        d.opinion = low in OPINION_VERBS
        return d

    def _complement(self, verb: Token) -> tuple[int, int] | None:
        """Token range of what a speech verb reports."""
        doc = self.doc
        if any(
            c.lower_ in ("what", "which") and c.dep_ in ("dobj", "nsubj") for c in verb.children
        ):
            return None  # "it meant what it said", "the pretext which says"
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            span = self._as_clause(verb)
            if span is not None:
                return span
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
                and any(g.dep_ == "nsubj" for g in c.children)
                and (c.tag_ in FINITE_TAGS or any(g.dep_ == "aux" for g in c.children))
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
        sentence_end = self._sentence_end(verb.i)
        # a clause the parser joined from the next sentence is not this verb's report
        comps = [c for c in comps if c.i < verb.i or c.left_edge.i <= sentence_end]
        comp = next((c for c in comps if c.i > verb.i), None) or next(iter(comps), None)
        if comp is not None:
            first = doc[comp.left_edge.i]
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
            start_i, end_i = comp.left_edge.i, comp.right_edge.i
            subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children)
            fronted = [
                c for c in verb.children if c.dep_ == "dep" and c.i < verb.i and c.pos_ == "NOUN"
            ]
            if subjectless and fronted:
                # "The real problem, she told me, is that …": the parser left the clause's
                # subject in front of the attribution
                start_i = fronted[0].left_edge.i
            for k in range(comp.i + 1, end_i + 1):
                t = doc[k]
                if (
                    t.dep_ == "conj"
                    and t.head.i == comp.i
                    and t.lemma_.lower() in CLAUSE_VERBS
                    and t.pos_ == "VERB"
                ):
                    # "stressed that … and denied that …": two verbs, two reports
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
            if doc[start_i].lower_ == "that" and start_i < end_i:
                start_i += 1  # "that" the parser did not call a mark
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
                if not any(doc[k].pos_ in ("VERB", "AUX") for k in range(head.i + 1, end_i + 1)):
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
            if t.pos_ == "CCONJ" and t.head.i == verb.i:
                return False  # "…, say Bashar al-Assad, and …": the verb goes on
            if t.pos_ in ("VERB", "AUX") and not self._inside_phrase(t, verb):
                return False
            k += 1
        return True

    def _has_object(self, verb: Token) -> bool:
        """Whether a verb has an object or a clause of its own after it."""
        return any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and c.i > verb.i
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

    def _headlines(self) -> list[Draft]:
        """ "Clinic Hid Its Waiting Lists, Former Nurse Says": a headline whose attribution
        ends it (the parser reads title case poorly, so the words decide)."""
        out: list[Draft] = []
        for ps, pe in self.paras:
            m = HEADLINE_RE.match(self.text, ps, pe)
            if m is None or not self.text[ps:pe].strip():
                continue
            words = [w for w in m.group(2).split() if w[:1].isalpha()]
            if not words or not all(w[:1].isupper() for w in words):
                continue
            first, last = self.tok_after(m.start(2)), self.tok_index(m.end(2) - 1)
            if first > last:
                continue
            root = next(
                (k for k in range(first, last + 1) if not first <= self.doc[k].head.i <= last),
                last,
            )
            d = Draft(m.start(1), m.end(1), "indirect", "indirect")
            d.cue = (m.start(3), m.end(3))
            d.subj = root
            out.append(d)
        return out

    def _speaker_aside(self, t: Token, comp: Token) -> bool:
        """A clause after a comma at the end of a report that is the writer's or the
        speaker's aside, not what was said: "…, citing the strategic importance of …",
        "…, although he again refused to …" (the parser hangs it on the report)."""
        if t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.i == comp.i:
            return True
        return t.lower_ in CONCESSIVES and t.dep_ == "mark"

    def _as_clause(self, verb: Token) -> tuple[int, int] | None:
        """ "As one adviser pointed out, Hawaii rarely sees two storms at once": the sentence
        around the "as" clause is what the speaker said."""
        doc = self.doc
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
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
        return start_i, end_i

    def _according(self, t: Token) -> Draft | None:
        doc = self.doc
        to = doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or next(
            (c for c in t.children if c.dep_ == "pobj"), None
        )
        if pobj is None or pobj.lemma_.lower() in NOT_SOURCES:
            return None
        if self.quoted_at(t.idx) is not None:
            return None
        para_start, para_end = self.paras[self.para_of(t.idx)]
        # the sentence, by punctuation (the parser's sentences run across headings)
        s_start = t.i
        while (
            s_start > 0
            and doc[s_start - 1].idx >= para_start
            and doc[s_start - 1].text not in (".", "!", "?")
        ):
            s_start -= 1
        s_end = t.i
        while s_end + 1 < self.n and doc[s_end + 1].idx < para_end:
            s_end += 1
            if doc[s_end].text in (".", "!", "?"):
                break
        # the phrase: "according to X" up to the first comma or colon after its object
        k = to.i + 1
        while k <= s_end and doc[k].text not in (",", ":", ";") and doc[k].text not in MARK_TOKENS:
            k += 1
        phrase_end = k - 1
        if k <= s_end and doc[k].text == ",":
            # "According to Kuwaiti newspaper, Al-Jarida, …": an apposition of the object
            nxt = k + 1
            while nxt <= s_end and (doc[nxt].pos_ == "PROPN" or doc[nxt].text in ("-", "’", "'")):
                nxt += 1
            if nxt > k + 1 and nxt <= s_end and doc[nxt].text == ",":
                phrase_end = nxt - 1
        after = phrase_end + 1
        while after <= s_end and doc[after].is_punct and doc[after].text not in MARK_TOKENS:
            after += 1
        if t.i > s_start + 1:
            start_i, end_i = s_start, t.i - 1  # "…, according to X"
            if (
                after <= s_end - 4
                and doc[phrase_end + 1].text == ","
                and doc[after].lower_ not in ("which", "who", "whose", "where")
            ):
                end_i = s_end  # "Iran, according to X, is …"
        else:
            start_i, end_i = after, s_end
        while end_i > start_i and doc[end_i].is_punct and doc[end_i].text not in MARK_TOKENS:
            end_i -= 1
        while start_i < end_i and doc[start_i].is_punct and doc[start_i].text not in MARK_TOKENS:
            start_i += 1
        words = sum(1 for k in range(start_i, end_i + 1) if not doc[k].is_punct)
        if end_i - start_i < 3 or not (
            words >= 5 or any(doc[k].pos_ in ("VERB", "AUX") for k in range(start_i, end_i + 1))
        ):
            return None  # (five words are a claim even when the tagger found no verb in them)
        start, end = doc[start_i].idx, self.tok_end(end_i)
        if doc[phrase_end + 1].text == ":" if phrase_end + 1 <= s_end else False:
            return None  # "According to X: “…”" is a direct quote
        d = Draft(start, end, "indirect", "according")
        d.cue = (t.idx, self.tok_end(to.i))
        d.cue_tok = t.i
        d.subj = pobj.i
        return d
