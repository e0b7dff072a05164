"""Reported speech: the clause a speech verb reports ("said that …", "…, he said"),
"according to X", accusations, and how a reported clause and the quotations inside or
next to it become one record.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annalyst.nlp.quotes.clauses import Clauses
from annalyst.nlp.quotes.document import (
    Draft,
    author_pronoun,
    lemma_of,
)
from annalyst.nlp.quotes.lexicon import (
    ACCORDING_HASH,
    ALL_MARKS,
    ANONYMOUS_NOUNS,
    BELIEF_ADJECTIVES,
    BELIEF_VERBS,
    CHARACTERIZATION_VERBS,
    CLAUSE_VERBS,
    CUE_LEMMA_HASHES,
    DOCUMENT_NOUNS,
    DOUBLE_OPEN,
    EVALUATION_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FEELING_FORM_HASHES,
    GROUP_PRONOUNS,
    GROUP_ROLES,
    HEADLINE_RE,
    HEADLINE_VERBS,
    INTENTION_VERBS,
    LEMMA_FIXES,
    MARK_TOKENS,
    NOT_SOURCES,
    OPINION_VERBS,
    OUTLET_VERBS,
    OUTLET_WORDS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PROMISE_VERBS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SINGLE_OPEN,
    TITLE_SMALL,
    WH_WORDS,
)
from annalyst.nlp.tokentable import token_table


def clause_act(lemma: str, first_word: str = "") -> str:
    """The act of a verb reporting a clause: "demanded that X withdraw" requests,
    "vowed that …" promises, "believes that …" holds true, the rest states."""
    if lemma in BELIEF_VERBS or lemma in BELIEF_ADJECTIVES:
        return "belief"
    if lemma in (
        "urge",
        "demand",
        "recommend",
        "request",
        "propose",
        "insist",
    ) and first_word not in (
        "whether",
        "if",
    ):
        return "request" if lemma != "insist" else "statement"
    if lemma in ("vow", "pledge", "promise", "swear", "guarantee", "threaten"):
        return "promise"
    return "statement"


# Verbs of appearance whose subject holds the state of mind after them.
SEEM_VERBS = frozenset({"seem", "appear"})


class ReportedSpeech(Clauses):
    """Reported clauses and their merging with quotations."""

    def _indirect(self, drafts: list[Draft]) -> list[Draft]:
        doc = self.doc
        found: list[Draft] = []
        w = token_table(doc)
        lowers, lower_ids, lemma_ids = w.lower, w.lower_id, w.lemma_id
        for i in range(self.n):
            # compare hashes first: most tokens are neither "according" nor a cue word
            if lower_ids[i] == ACCORDING_HASH:
                if i + 1 < self.n and lowers[i + 1] == "to":
                    d = self._according(doc[i])
                    if d is not None:
                        found.append(d)
                continue
            if (
                lemma_ids[i] not in CUE_LEMMA_HASHES
                and lower_ids[i] not in FEELING_FORM_HASHES
                and not (w.is_title[i] or w.is_upper[i])
                and lowers[i] not in LEMMA_FIXES
            ):
                continue  # (a capitalised word may have kept its case in the lemma)
            t = doc[i]
            low = lemma_of(t)
            if low in CLAUSE_VERBS and t.tag_ in ("VBD", "VBZ"):
                closing = self._closing_apposition(t, low)
                if closing is not None:
                    found.append(closing)
                    continue
            felt = t.lower_ in BELIEF_ADJECTIVES and (
                t.tag_ == "VBN" or _predicative(t) or _felt_past(t)
            )
            if felt:
                low = t.lower_  # "we are convinced that …": a state of mind, tagged passive
            if low in CLAUSE_VERBS or low in OPINION_VERBS:
                if t.pos_ not in ("VERB", "AUX"):
                    continue
            elif low == "put":
                if not self._as_put_it(t):
                    continue
            elif low in REPORTING_VERBS or low in BELIEF_ADJECTIVES:
                # beliefs, evidence and outlets report only a clause of their own (a cheap
                # test first: these words are common)
                if t.pos_ not in ("VERB", "AUX", "ADJ") or not (
                    any(c.dep_ == "ccomp" for c in t.children) or self._may_close(t)
                ):
                    continue
                if (
                    t.pos_ == "ADJ"
                    and t.dep_ != "acomp"
                    and not _seeming(t)
                    and not _predicative(t)
                ):
                    continue  # (only "voters are afraid that …", "they seem confident that …")
            else:
                continue
            if self.quoted_at(t.idx) is not None and not self.in_accepted(t.idx):
                continue  # inside a scare quote or a title
            if low == "ask" and t.tag_ == "VBN":
                continue  # "Asked whether …, Khazali said": the question is not his statement
            if low in CLAUSE_VERBS | BELIEF_VERBS and t.tag_ in ("VBD", "VBP", "VBZ"):
                gap = self._gap_report(t, low)
                if gap is not None:
                    found.append(gap)
                    continue
            if low in CLAUSE_VERBS and t.tag_ in ("VBD", "VBN", "VBZ"):
                closing = self._closing_aside(t, low)
                if closing is not None:
                    found.append(closing)
                    continue
            if t.dep_ == "relcl" and low in CLAUSE_VERBS:
                closing = self._closing_relative(t, low)
                if closing is not None:
                    found.append(closing)
                    continue
            if t.dep_ == "relcl" and not any(
                c.dep_ == "ccomp"
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                for c in t.children
            ):
                continue  # "everything Trump says is a lie": what he says, not a report
            if (t.dep_ in ("amod", "compound") or (t.dep_ == "acl" and not self._says_for(t))) or (
                any(c.dep_ == "auxpass" for c in t.children) and t.dep_ != "pcomp" and not felt
            ):
                continue
            d = self._reported(t, low)
            if d is not None:
                found.append(d)
        found += self._headlines()
        found += self._title_case_headline(found)
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
            if len(self.text[d.start : d.end].split()) < 3 and not (
                d.cue_tok is not None and lemma_of(doc[d.cue_tok]) == "accuse"
            ):
                continue  # (a charge may be short: "accused X of “fanatic recklessness”")
            kept.append(d)
        return [d for d in drafts if not d.done] + kept

    def _gap_report(self, verb: Token, low: str) -> Draft | None:
        """ "the tax, which critics say will hurt farmers, passed": a speech verb inside a
        relative clause set off by a comma, whose relative pronoun is the subject of what
        was said. The report is the predicate after the verb up to the clause's end (the
        noun it says it of stands before the aside); the speaker is the noun phrase between
        the pronoun and the verb. The parser reads these poorly, so the words decide."""
        doc = self.doc
        k = verb.i - 1
        while k > 0 and verb.i - k <= 6 and doc[k].lower_ not in ("which", "who", "that"):
            k -= 1
        if k <= 0 or doc[k].lower_ not in ("which", "who", "that") or k == verb.i - 1:
            return None
        if doc[k - 1].text not in (",", "–", "—", "--"):
            return None  # ("the plan that critics say …": restrictive, it names which plan)
        words = [doc[j] for j in range(k + 1, verb.i)]
        if not all(
            w.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART") or w.tag_ == "POS"
            for w in words
        ) or not any(w.pos_ in ("NOUN", "PROPN", "PRON") for w in words):
            return None
        speaker = next((w for w in words if not k < w.head.i < verb.i), words[-1])
        if any(
            c.dep_ in ("dobj", "ccomp")
            and c.lower_ not in ("which", "who", "that")
            and c.i > verb.i
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.i != k for g in c.children)
            for c in verb.children
        ):
            return None  # "which officials said the mayor …": a clause with its own subject
        nxt = verb.i + 1
        if nxt >= self.n or doc[nxt].is_punct or doc[nxt].lower_ in ("that", "so", "as"):
            return None  # "…, which critics say, …" is an aside of its own
        end_i = nxt
        while end_i + 1 < self.n and doc[end_i + 1].text not in (
            ",",
            ".",
            ";",
            ":",
            "–",
            "—",
            "!",
            "?",
        ):
            if doc[end_i + 1].text in MARK_TOKENS or self.para_of(
                doc[end_i + 1].idx
            ) != self.para_of(verb.idx):
                break
            end_i += 1
        predicate = [doc[j] for j in range(nxt, end_i + 1)]
        if not any(w.tag_ in ("VBZ", "VBD", "VBP", "MD") for w in predicate[:3]):
            return None  # a predicate of its own: "will hurt", "now allows", "was"
        if end_i - nxt < 1 or not self._plausible_speaker(speaker) or self._hypothetical(verb):
            return None
        return self._clause_report(doc[nxt].idx, self.tok_end(end_i), verb, speaker, low)

    def _clause_report(self, start: int, end: int, verb: Token, speaker: Token, low: str) -> Draft:
        """An indirect report the words decide, from ``start`` to ``end`` (characters),
        cued by ``verb`` and spoken by ``speaker``."""
        d = Draft(start, end, "indirect", "indirect")
        self._set_cue(d, verb.i)
        d.subj = speaker.i
        d.act = clause_act(low)
        return d

    def _closing_aside(self, verb: Token, low: str) -> Draft | None:
        """ "Three soldiers died in the strikes, a senior source, speaking to reporters,
        has revealed.": a report closed by its speaker and a participle aside between
        commas, which the parser reads as a clause of its own. The words decide: the
        sentence ends with the verb (after an auxiliary); before it stand the aside, the
        speaker's noun phrase and the reported words, each closed by a comma."""
        doc = self.doc
        sent = verb.sent
        if verb.i + 1 >= sent.end or not doc[verb.i + 1].is_punct or doc[verb.i + 1].text == ",":
            return None
        k = verb.i - 1
        while k > sent.start and doc[k].pos_ == "AUX":
            k -= 1  # "has revealed"
        if doc[k].text != ",":
            return None
        aside_end = k
        k -= 1
        while k > sent.start and doc[k].text != "," and aside_end - k <= 8:
            k -= 1
        if doc[k].text != "," or doc[k + 1].tag_ not in ("VBG", "VBN"):
            return None  # the aside opens with a participle: "speaking to reporters"
        speaker_end = k
        k -= 1
        while k > sent.start and doc[k].text != "," and speaker_end - k <= 7:
            k -= 1
        words = [doc[j] for j in range(k + 1, speaker_end)]
        if doc[k].text != "," or not words:
            return None
        if not all(w.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for w in words):
            return None
        speaker = next((w for w in reversed(words) if w.pos_ in ("NOUN", "PROPN")), None)
        if speaker is None or not self._plausible_speaker(speaker) or k - sent.start < 3:
            return None
        return self._clause_report(doc[sent.start].idx, self.tok_end(k - 1), verb, speaker, low)

    def _closing_apposition(self, verb: Token, low: str) -> Draft | None:
        """ "A car bomb exploded in Idlib, killing two fighters, the Syrian Observatory
        for Human Rights reported.": a report closed by a long name, which the parser hangs
        on the noun before it as an apposition, leaving the verb no subject. The words
        decide: the verb ends the sentence, a comma opens the name before it, and the
        reported words run from the sentence's start to that comma."""
        doc = self.doc
        sent = verb.sent
        if any(
            c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in ("ccomp", "dobj") and c.i > verb.i)
            for c in verb.children
        ):
            return None
        end = verb.i + 1
        if end >= sent.end or doc[end].text not in (".", "!", "?", "\n"):
            return None
        k = verb.i - 1
        while k > sent.start and doc[k].text != "," and verb.i - k <= 9:
            k -= 1
        words = [doc[j] for j in range(k + 1, verb.i)]
        if doc[k].text != "," or len(words) < 2 or k - sent.start < 3:
            return None
        if not all(
            w.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ")
            or w.tag_ == "POS"
            or w.lower_ in ("for", "of")
            for w in words
        ):
            return None
        if words[0].pos_ != "DET" and words[0].pos_ != "PROPN":
            return None  # (a name or "the …": not ", killing two fighters")
        heads = [w for w in words if not (k < w.head.i < verb.i)]
        speaker = heads[0] if len(heads) == 1 else None
        if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
            return None
        if not self._plausible_speaker(speaker) or self._hypothetical(verb):
            return None
        return self._clause_report(doc[sent.start].idx, self.tok_end(k - 1), verb, speaker, low)

    def _closing_relative(self, verb: Token, low: str) -> Draft | None:
        """ "The embassy was targeted by a Katyusha rocket, a security source told AFP.":
        a report closed by its speaker, which the parser hung on the last noun before it
        as a relative clause. The words decide: the verb (with whom it told) ends the
        sentence, its subject is a noun phrase opened after a comma and no relative
        pronoun, and the reported words run from the sentence's start to that comma."""
        doc = self.doc
        sent = verb.sent
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > verb.i or subject.lower_ in ("who", "which", "that"):
            return None
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return None
        end = verb.right_edge.i + 1
        if end >= sent.end or not doc[end].is_punct or doc[end].text == ",":
            return None
        comma = subject.left_edge.i - 1
        if comma - sent.start < 3 or doc[comma].text != ",":
            return None
        if not self._plausible_speaker(subject) or self._hypothetical(verb):
            return None
        return self._clause_report(doc[sent.start].idx, self.tok_end(comma - 1), verb, subject, low)

    def _as_put_it(self, verb: Token) -> bool:
        """ "…, as a Homeland Security memo put it": words attributed by "put it"."""
        children = list(verb.children)
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in children
        )

    def _may_close(self, verb: Token) -> bool:
        """A cheap look for "…, the Herald has learned.": a comma before the subject."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            subj is not None
            and subj.i < verb.i
            and subj.left_edge.i > 0
            and self.doc[subj.left_edge.i - 1].text in (",", "–", "—")
        )

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
                        q.act = d.act
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
            for k in range(start_i + 1, end_i + 1):
                t = doc[k]
                if (
                    t.dep_ == "conj"
                    and t.pos_ == "VERB"
                    and t.tag_ == verb.tag_
                    and t.tag_ != t.head.tag_
                    and doc[k - 1].pos_ == "CCONJ"
                ):
                    # "to accuse X of being duped and encourage Y to …": the second verb
                    # goes with "accuse" (its form says so), not with the accusation
                    end_i = k - 2
                    break
        else:
            span = self._complement(verb)
            if span is None:
                return None
            start_i, end_i = span
        subj = self._subject(verb)
        if subj is None and low in BELIEF_ADJECTIVES:
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not self._plausible_speaker(subj) or self._hypothetical(verb):
            return None
        if low in EVIDENCE_VERBS and not (
            {subj.lemma_.lower(), subj.lower_} & (DOCUMENT_NOUNS | EVIDENCE_NOUNS)
            or self._is_media(subj)
        ):
            return None  # "the poll shows that …", not "he showed that he could win"
        if low in OUTLET_VERBS and not (
            self._is_media(subj) or subj.lemma_.lower() in OUTLET_WORDS
        ):
            return None  # "The Post has learned that …", not "she learned that …"
        if low in BELIEF_VERBS | BELIEF_ADJECTIVES and (
            self.quoted_at(verb.idx) is not None
            or doc[start_i].lower_ in WH_WORDS  # "knowing how …": a question, not a claim
            or (
                verb.tag_ == "VBN"
                and not any(c.dep_ == "aux" for c in verb.children)
                and not self._finite_participle(verb)
                and not (
                    low in BELIEF_ADJECTIVES
                    and (
                        verb.dep_ == "acomp"
                        or _seeming(verb)
                        or _predicative(verb)
                        or any(c.dep_ == "auxpass" for c in verb.children)
                    )
                )  # ("they are convinced that …": a state of mind, not said of them)
            )
            or any(  # "channels believed to be linked to X": said of them, not by them
                c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1 and c.left_edge.lower_ == "to"
                for c in verb.children
            )
        ):
            return None  # "we think …" inside someone's words is part of what they said
        if low == "find" and (
            any(c.dep_ == "prt" for c in verb.children)
            or subj.lower_ in PERSON_PRONOUNS | {"they", "you"}
            or author_pronoun(subj)
        ):
            return None  # "the Americans found out that …" is not a report; "the panel found" is
        while end_i > start_i and (
            (doc[end_i].is_punct and doc[end_i].text not in MARK_TOKENS)
            or doc[end_i].pos_ in ("CCONJ", "SCONJ")
            or doc[end_i].text in DOUBLE_OPEN + SINGLE_OPEN
        ):
            end_i -= 1
        charge = low == "accuse" and any(
            doc[k].pos_ in ("NOUN", "VERB", "ADJ", "PROPN") for k in range(start_i, end_i + 1)
        )  # ("accused him of treason": a charge may be one word, but not "of it")
        if (end_i - start_i < 2 and not charge) or doc[start_i].tag_ == "WDT":
            return None  # (", which makes it obvious …" is the writer's comment on the sentence)
        if low == "say" and verb.lower_ == "say" and subj.i > verb.i and subj.tag_ != "NNS":
            return None  # "…, say President X, …": "for instance", not an attribution
        start, end = doc[start_i].idx, self.tok_end(end_i)
        ps, pe = self.paras[self.para_of(verb.idx)]
        start, end = max(start, ps), self._trim_end(ps, min(end, pe))  # never past the paragraph
        if end - start < 8 and not charge:
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
        as_put = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        if marked is not None and marked == self.quoted_at(inner_end - 1) and not as_put:
            run = next((r for r in self.runs if (r.start, r.end) == marked), None)
            if run is not None and not self._speechlike(run):
                return None  # a title in quotation marks is not what was said
        if (
            around is not None
            and around == self.quoted_at(end - 1)
            and not (around[0] <= verb.idx < around[1])
            and low != "accuse"  # ("accused X of “fanatic recklessness”": no quote of its own)
            and not as_put  # (", as a memo put it" gives the words in marks before it a source)
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
        if _seeming(verb) and d.cue is not None:
            d.cue = (verb.head.idx, d.cue[1])  # "seem confident"
        d.subj = subj.i
        d.opinion = low in OPINION_VERBS
        d.act = clause_act(
            low, self.text[start : start + 8].split()[0].lower() if end > start else ""
        )
        return d

    def _finite_participle(self, verb: Token) -> bool:
        """ "Regulators worried that …": a past tense the tagger took for a participle heads
        its clause with a subject before it ("accounts believed to be …" modify a noun)."""
        return verb.dep_ in ("ROOT", "conj", "ccomp") and any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children
        )

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

    def _title_case_headline(self, found: list[Draft]) -> list[Draft]:
        """ "Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’", "Trump Questions
        Fairness Of Moderators": a headline in title case, which the tagger reads as one long
        name, attributes what follows its verb to the words before it. The verb is found by
        its form ("Questions" → question) among the lexicons' verbs."""
        if not self.paras:
            return []
        ps, pe = self.paras[0]
        if any(d.start < pe and ps < d.end for d in found):
            return []
        first, last = self.tok_after(ps), self.tok_index(max(ps, pe - 1))
        toks = [self.doc[k] for k in range(first, last + 1) if not self.doc[k].is_space]
        words = [t for t in toks if t.text[:1].isalpha()]
        if not 4 <= len(words) <= 20:
            return []
        big = [t for t in words if t.lower_ not in TITLE_SMALL]
        if sum(t.text[:1].isupper() for t in big) < 0.8 * len(big) and any(
            t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in words
        ):
            return []  # (a headline in sentence case with no finite verb is misread too:
            # "House panel votes to hold X in contempt", "State court rules against Y")
        for n, t in enumerate(words[1:-2], start=1):
            lemma = _verb_form(t.lower_, n > 1 and words[n - 1].lower_.endswith("s"))
            if lemma is None or any(w.pos_ in ("VERB", "AUX") for w in words[:n]):
                continue
            if not self._headline_source(words[n - 1], t):
                continue  # "Obama Power Plant Rules Face …": no one to say it
            nxt = _verb_form(words[n + 1].lower_, False)
            if nxt is not None and words[n + 1].lower_.endswith("s"):
                continue  # "Police Report Shows …": the verb is the next word
            rest = words[n + 1 :]
            if rest[0].lower_ in ("up", "out", "for", "on", "about", "against", "to"):
                rest = rest[1:]
            if len(rest) < 2:
                return []
            start = rest[0].idx
            end = self._trim_end(start, pe)
            while end > start and self.text[end - 1] in ".,;:":
                end -= 1
            d = Draft(start, end, "indirect", "indirect")
            d.cue = (t.idx, self.tok_end(t.i))
            d.cue_tok = t.i
            d.subj = words[n - 1].i
            d.act = _headline_act(lemma)
            return [d]
        return []

    def _headline_source(self, t: Token, verb: Token) -> bool:
        """Whether the last word before a headline's verb names someone who can speak: an
        actor the actor layer knows (a name that stops before the verb), or a noun of
        people, bodies or documents."""
        named = self.mention_at(t.idx)
        if named is not None:
            return named.end <= verb.idx  # (a name run on over the verb is misread)
        word = t.lower_.rstrip("s") if t.lower_.endswith("s") else t.lower_
        return bool(
            {t.lower_, word} & (PERSON_ROLES | ANONYMOUS_NOUNS | GROUP_ROLES | DOCUMENT_NOUNS)
        )

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


def _seeming(t: Token) -> bool:
    """A state of mind after "seem" or "appear" ("they seem confident that …"), which the
    parser makes the verb's predicate rather than a complement."""
    return t.dep_ == "oprd" and t.head.lemma_ in SEEM_VERBS


def _felt_past(t: Token) -> bool:
    """ "met the leaders and came away convinced that …": a state of mind the tagger took for
    a past tense; no object, so not "the evidence convinced the jury that …"."""
    children = list(t.children)
    return (
        t.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "dative") for c in children)
        and any(c.dep_ == "ccomp" for c in children)
    )


def _predicative(t: Token) -> bool:
    """A state of mind said of the subject of another verb than "be" ("came away convinced
    that …", "left the talks confident that …"), which the parser hangs on that verb as an
    adverbial clause or a predicate of its own, with no subject."""
    head = t.head
    return (
        t.dep_ in ("advcl", "oprd", "xcomp", "acomp")
        and head.i != t.i
        and head.pos_ == "VERB"
        and head.lemma_.lower() != "be"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "mark") for c in t.children)
    )


def _verb_form(word: str, plural_subject: bool) -> str | None:
    """The lexicons' verb a headline word is a form of: "questions" → question, "denounce"
    after a plural subject; None for other words."""
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if plural_subject:
        forms.append(word)
    return next((f for f in forms if f in HEADLINE_VERBS), None)


def _headline_act(lemma: str) -> str:
    """The act of a headline's verb, by the first lexicon that holds it."""
    for act, verbs in (
        ("request", REQUEST_VERBS),
        ("promise", PROMISE_VERBS),
        ("intention", INTENTION_VERBS),
        ("evaluation", EVALUATION_VERBS),
        ("characterization", CHARACTERIZATION_VERBS),
    ):
        if lemma in verbs and lemma not in CLAUSE_VERBS:
            return act
    return clause_act(lemma) if lemma in REPORTING_VERBS else "mention"
