"""Attributions beyond statements: what a source asks for, commits to, intends, judges,
characterises or refers to ("urged X to …", "pledged to …", "wants to …", "criticized the
plan", "called X a liar", "cited a study"), and the same acts named by a noun ("his claim
that …", "her decision to …", "criticism of X from Y").

A claims ledger needs every attribution of content to a source, not only what was said.
Each such frame becomes a quote whose `act` says what kind of attribution it is, so that
users who want plain statements select ``act == "statement"``. The content is the verb's
complement (its clause, its infinitive with the one asked, its object with what it is
called, or the object of "about", "for", "against" …); the source is the verb's subject
(or the "by" phrase of a passive, or nobody: "it was reported that …").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from annalyst.nlp.quotes.clauses import names_something
from annalyst.nlp.quotes.cues import ASKING_VERBS, asks_someone
from annalyst.nlp.quotes.document import Draft, lemma_of
from annalyst.nlp.quotes.lexicon import (
    _HASHES,
    ADDRESSEE_ONLY,
    ADJECTIVE_ACTS,
    BELIEF_OBJECT_VERBS,
    BELIEF_VERBS,
    CHARACTERIZATION_VERBS,
    CLAUSE_VERBS,
    CLEAR_TO_WORDS,
    CONCESSIVES,
    EVALUATION_VERBS,
    EVIDENCE_VERBS,
    FRAME_NOUNS,
    FRAME_PREPS,
    FRAME_REQUEST_CALLS,
    INTENTION_VERBS,
    ISSUING_VERBS,
    LEMMA_FIXES,
    MENTION_VERBS,
    PASSIVE_CLAIM_VERBS,
    PROMISE_VERBS,
    RECEIVED_JUDGEMENTS,
    REPORTING_VERBS,
    REQUEST_VERBS,
)
from annalyst.nlp.quotes.nouns import FRAME_VERB_HASHES, FRAME_VERBS
from annalyst.nlp.quotes.objects import VerbObjects
from annalyst.nlp.quotes.passives import passive_verb
from annalyst.nlp.quotes.reported import clause_act
from annalyst.nlp.tokentable import token_table

ADJECTIVE_HASHES = frozenset(_HASHES.add(w) for w in ADJECTIVE_ACTS)
RULE_HASH = _HASHES.add("rule")
FRAME_NOUN_HASHES = frozenset(_HASHES.add(w) for w in FRAME_NOUNS)
RECEIVED_HASHES = frozenset(_HASHES.add(w) for w in RECEIVED_JUDGEMENTS)
# Complements that carry what is attributed.
EMBEDDING_DEPS = frozenset({"ccomp", "advcl", "csubj"})
CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "dative"})


# Verbs whose content a relative clause cannot leave out without a preposition ("the
# issue he spoke about", never "the hall he spoke").
INTRANSITIVE = frozenset({"speak", "talk", "comment", "testify", "complain", "rail", "balk"})
# Auxiliaries that open a condition when put before the subject ("should he refuse").
CONDITIONAL_AUX = frozenset({"should", "had", "were"})
# Verbs that judge a thing to be something, with a clause of no verb ("consider X a
# mistake", "found the pitch compelling").
JUDGING_VERBS = frozenset({"consider", "deem", "find"})
# Verbs that take their object "as" something ("see X as Y", "described X as Y").
SEEING_AS_VERBS = CHARACTERIZATION_VERBS | BELIEF_OBJECT_VERBS
# Past forms that make a reduced relative with "to be": "accounts believed to be …".
SAID_OF_VERBS = BELIEF_VERBS - {"hope", "wish", "worry", "doubt", "realize", "realise"}
# Phrases that go on saying what a record shows ("show X with a lead", "X ahead by 3").
SHOWN_PREPS = frozenset({"with", "ahead", "behind", "at", "as", "by", "leading", "trailing"})


# Frames inside the words of another quote are not emitted on their own: news corpora
# annotate the outer attribution only, and an inner source is easily mistaken for the
# outer one.
NESTED_MODE = True


class Frames(VerbObjects):
    """Attribution frames of verbs and nouns that report no statement."""

    def _frames(self, drafts: list[Draft]) -> list[Draft]:
        doc = self.doc
        taken = {d.cue_tok for d in drafts if d.cue_tok is not None}
        quotes = [d for d in drafts if d.kind in ("direct", "according") and d.runs]
        found: list[Draft] = []
        inside = sorted((d.start, d.end) for d in drafts)
        w = token_table(doc)
        lemmas, poss, offsets = w.lemma_id, w.pos, w.idx
        frame: Callable[[Token], Draft | None]
        for i in range(len(doc)):
            if i in taken:
                continue
            lemma, pos = lemmas[i], poss[i]
            if (lemma in FRAME_VERB_HASHES or w.lower[i] in LEMMA_FIXES) and pos == "VERB":
                frame = self._verb_frame
            elif lemma in RECEIVED_HASHES and pos == "NOUN":
                frame = self._received_or_noun_frame
            elif lemma in FRAME_NOUN_HASHES and pos == "NOUN":
                frame = self._noun_frame
            elif pos == "ADJ" and lemma in ADJECTIVE_HASHES:
                frame = self._adjective_frame
            elif w.lower[i] == "in" and pos == "ADP":
                frame = self._in_view
            elif lemma == RULE_HASH and pos == "VERB":
                frame = self._ruling
            else:
                continue
            if NESTED_MODE and any(s <= offsets[i] < e for s, e in inside):
                continue
            d = frame(doc[i])
            if d is None:
                continue
            if any(
                q.start < d.end and d.start < q.end and q.cue is not None and q.subj is not None
                for q in quotes
            ):
                continue  # a quotation attributed already: the frame would only repeat it
            if self._merge(d, quotes):
                continue
            found.append(d)
        if NESTED_MODE:
            found = self._outermost(found)
        return drafts + found

    def _received_or_noun_frame(self, n: Token) -> Draft | None:
        """A judgement received ("faced criticism for X"), else the noun's own frame."""
        d = self._received_judgement(n)
        if d is None and n.lemma_.lower() in FRAME_NOUNS:
            d = self._noun_frame(n)
        return d

    def _outermost(self, found: list[Draft]) -> list[Draft]:
        """Frames whose cue lies in the content of another frame are that frame's words
        ("worried that the company would threaten …": the worry is attributed, not the
        threat), as for frames inside quotations."""
        doc = self.doc
        out = []
        for d in found:
            at = doc[d.cue_tok].idx if d.cue_tok is not None else d.start
            if any(o is not d and o.start <= at < o.end for o in found):
                continue
            if d.cue_tok is not None and self._held_by_other(doc[d.cue_tok]):
                continue
            out.append(d)
        return out

    def _held_by_other(self, v: Token) -> bool:
        """Whether a frame verb sits in the clause complement of another verb with a
        subject of its own ("regulators worried that the company would threaten …",
        "experts say the firm chose to …"): the clause is what that subject holds, even
        when its verb is not one the lexicons know, and news corpora attribute the clause,
        not the frame inside it."""
        if self._report_aside(v):
            return False  # "X said …, citing Y": the speaker's aside, cut from the report
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and (names_something(v) or asks_someone(v)):
            return False  # "said he had … and called it a Y": the report ends before it
        t = v
        owned = v.pos_ == "NOUN" and any(c.dep_ == "poss" for c in v.children)
        while t.head.i != t.i:
            if self._concessive_aside(t):
                return False  # "said X, although he refused to …": the report stops before it
            if owned and t is not v and self._trailing_participle(t):
                return False  # "shows X, undercutting the mayor's claim that …": the claim
                # names its own source, outside the report
            if t.dep_ == "ccomp" and not self._misplaced_clause(t):
                gov = t.head
                if (gov.pos_ == "VERB" or self._clear_that(gov)) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i != v.i for c in gov.children
                ):
                    return True
            t = t.head
        return False

    def _clear_that(self, gov: Token) -> bool:
        """ "it is obvious that voters want …": the clause is held as the writer's stance
        (Shapes._clear_to), a frame inside it is part of what is held."""
        return gov.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in CLEAR_TO_WORDS for c in gov.children
        )

    def _misplaced_clause(self, t: Token) -> bool:
        """A clause the parser hangs as a complement on a verb after it that reports
        nothing ("My uncle would have loved it; I grew up …", "… threatened to X, should
        he refuse to Y"): a complement clause comes before its verb only in an inverted
        report ("…, he noted"), and a verb with its auxiliary before its subject opens a
        condition, no report; so this clause is no clause held by anyone."""
        gov = t.head
        if t.i > gov.i:
            # "Republicans said X; they learned of Y and disclosed them to the AP, which first
            # reported the story": a clause after a semicolon is a sentence of its own
            if any(
                self.doc[k].text == ";" and self.doc[k].head.i == t.i for k in range(gov.i + 1, t.i)
            ):
                return True
            # "Reason won: on May 3 the two towns signed …": after a colon, a verb that
            # reports nothing has a sentence of its own, not a clause it holds
            return lemma_of(gov) not in REPORTING_VERBS | FRAME_VERBS and any(
                self.doc[k].text == ":" for k in range(gov.i + 1, t.left_edge.i + 1)
            )
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and any(
            c.dep_ == "aux" and c.i < subj.i and c.lower_ in CONDITIONAL_AUX for c in gov.children
        ):
            return True  # "…, should he refuse to …": a condition, not a report
        if any(
            self.doc[k].text == ";" and self.doc[k].head.i in (t.i, gov.i)
            for k in range(t.i + 1, gov.i)
        ):
            return True  # "Leaders denounce the test; others vow consequences": two sentences
        return lemma_of(gov) not in REPORTING_VERBS | FRAME_VERBS

    def _trailing_participle(self, t: Token) -> bool:
        """A participle set off by a comma after a reported clause ("…, contradicting …"),
        which the report stops before (Clauses._speaker_aside)."""
        return (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.left_edge.i == t.i
            and t.i > 0
            and self.doc[t.i - 1].text == ","
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in t.children)
        )

    def _concessive_aside(self, t: Token) -> bool:
        """ "…, although he again refused to …": a concessive clause with a subject of its
        own, set off by a comma, which the parser hangs on a reported clause; the report
        ends before it (Clauses._speaker_aside), so what it says is its own subject's."""
        return (
            t.dep_ == "advcl"
            and t.left_edge.i > 0
            and self.doc[t.left_edge.i - 1].text == ","
            and any(c.dep_ == "mark" and c.lower_ in CONCESSIVES for c in t.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        )

    # -- verbs ---------------------------------------------------------------------------

    def _verb_frame(self, v: Token) -> Draft | None:
        low = lemma_of(v)
        if v.dep_ in ("amod", "compound", "auxpass", "aux"):
            return None
        children = list(v.children)
        if (
            v.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children)
            and not (v.dep_ == "conj" and asks_someone(v))  # (a past tense read as participle)
        ):
            return None  # "accounts believed to be linked to …": said of them, not by them
        passive = passive_verb(v)
        after = [c for c in children if c.i > v.i]
        dobj = next((c for c in after if c.dep_ == "dobj"), None) or next(
            (c for c in after if c.dep_ == "dative"), None
        )  # ("offering veterans the treatment": what is offered, not to whom)
        objects = [c for c in after if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if (
            len(objects) == 2
            and objects[0].right_edge.i + 1 == objects[1].left_edge.i
            and low not in CHARACTERIZATION_VERBS  # ("branded North Korea an outlaw nation")
        ):
            dobj = objects[1]  # the parser's two objects: "offering enough veterans the kind …"
        if (
            dobj is not None
            and dobj.left_edge.i > 0
            and self.doc[dobj.left_edge.i - 1].text == ","
            and any(c.dep_ == "prep" and v.i < c.i < dobj.i for c in after)
        ):
            dobj = None  # "pointed to X as an example …, a key factor …": an apposition
        xcomp = next((c for c in after if c.dep_ == "xcomp"), None)
        if xcomp is None and dobj is not None and low in ASKING_VERBS:
            # "tells his supporters at a rally to go …": the tagger often hangs the
            # infinitive of the one asked on the verb as an adverbial clause
            xcomp = next(
                (
                    c
                    for c in after
                    if c.dep_ == "advcl"
                    and c.i > dobj.i
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
                ),
                None,
            )
        if xcomp is None and dobj is None and low in INTENTION_VERBS | PROMISE_VERBS:
            # "decline to appeal", "vowed to fight": the same slip with no one asked; the
            # infinitive follows the verb at once
            xcomp = next(
                (
                    c
                    for c in after
                    if c.dep_ == "advcl"
                    and c.left_edge.i == v.i + 1
                    and c.left_edge.lower_ == "to"
                    and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
                ),
                None,
            )
        if (
            dobj is not None
            and dobj.lemma_.lower() in FRAME_NOUNS
            and self._light_verb(dobj, FRAME_NOUNS[dobj.lemma_.lower()]) is not None
        ):
            return None  # "announced plans to …": the noun's frame says what was announced
        ccomp = next((c for c in after if c.dep_ == "ccomp"), None)
        if ccomp is not None and ccomp.left_edge.i > self._sentence_end(v.i):
            ccomp = None  # a clause the parser joined from the next sentence or paragraph
        dash = self._aside_dash(v)
        if ccomp is not None and dash is not None and ccomp.left_edge.i > dash:
            ccomp = None  # "promising to cut X ― probably not what Y had in mind": an aside
        oprd = next((c for c in after if c.dep_ == "oprd"), None)
        oprds = [c for c in after if c.dep_ == "oprd"]
        if dobj is None and len(oprds) > 1 and oprds[0].pos_ in ("PROPN", "NOUN", "PRON"):
            dobj, oprd = oprds[0], oprds[1]  # "called Trump a liar": the parser's two predicates
        as_prep = next((c for c in after if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_prep is None and dobj is not None and low in SEEING_AS_VERBS:
            # "critics see the scheme as a loophole": the parser hangs "as" on the object
            as_prep = next(
                (
                    c
                    for c in dobj.children
                    if c.dep_ == "prep"
                    and c.lower_ == "as"
                    and self.doc[c.i - 1].lower_ != "such"  # ("points such as X": examples)
                    and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                ),
                None,
            )
        preps = [
            c
            for c in after
            if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ]
        prep = next((c for c in preps if c.lower_ in FRAME_PREPS["*"]), None)
        if as_prep is not None and any(
            g.dep_ == "pcomp" and g.lemma_.lower() in CLAUSE_VERBS for g in as_prep.children
        ):
            return None  # "cited X as saying …": the statement layer reports what X said
        if self._in_question(v):
            return None  # "asked whether the kingdom could recognise X": nobody's attribution
        if low in SAID_OF_VERBS and xcomp is not None and self._said_of(v, xcomp):
            return None  # "accounts believed to be linked to …": said of them, not by them
        if passive and (oprd is not None or xcomp is not None):
            raised = self._raised_passive(v, low)
            if raised is not None:
                return raised
        act: str | None = None
        parts: list[Token] = []
        cue_prep: Token | None = None  # "called on": the preposition belongs to the cue
        if ccomp is not None and any(
            g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in ccomp.children
        ):
            free_relative = any(
                g.dep_ in ("dobj", "nsubj") and g.lower_ == "what" and g.i == ccomp.left_edge.i
                for g in ccomp.children
            )  # "demanded what one called a “clarification”": a thing, not a clause
            if low in JUDGING_VERBS and dobj is None and self._small_clause(ccomp, low):
                act, parts = "belief", [ccomp]  # "did not consider the bid a realistic option"
            elif low in REPORTING_VERBS and dobj is None and not free_relative:
                return None  # a reported clause: the statement layer decided on it already
            elif dobj is not None and low in CHARACTERIZATION_VERBS:
                act, parts = "characterization", [dobj, ccomp]  # "called him a liar"
            else:
                act, parts = clause_act(low, self.doc[ccomp.left_edge.i].lower_), [ccomp]
        elif xcomp is not None and (
            any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp.children) or xcomp.tag_ == "VBG"
        ):
            on = next(
                (
                    p
                    for p in preps
                    if p.lower_ in ("on", "upon") and p.i < xcomp.i and low in ("call", "prevail")
                ),
                None,
            )
            if on is not None:
                # "called on Trump to stop …": the one asked and what they are asked to do
                act, cue_prep = "request", on
                dobj = next(g for g in on.children if g.dep_ in ("pobj", "pcomp"))
            elif low in REQUEST_VERBS or (
                low in ("tell", "call", "ask", "warn", "advise", "remind") and dobj is not None
            ):
                act = "request"
            elif low in PROMISE_VERBS:
                act = "promise"
            elif low in INTENTION_VERBS or low in ("like", "love", "hate", "prefer", "look"):
                act = "intention"
            elif low in BELIEF_VERBS or low in BELIEF_OBJECT_VERBS:
                act = "belief"  # "expects prices to rise"
            elif low in EVALUATION_VERBS:
                act = "evaluation"
            else:
                return None
            parts = [dobj, xcomp] if dobj is not None and dobj.i < xcomp.i else [xcomp]
            if dobj is None and self._gap_in_infinitive(v, xcomp):
                return self._antecedent_frame(v, act)  # "the target it pledged to reach"
        elif dobj is not None and (oprd is not None or as_prep is not None or xcomp is not None):
            second = oprd or as_prep or xcomp
            assert second is not None
            if second.dep_ == "oprd" and self._bare_name_of(second):
                return None  # "we call him Abu Ali": a name given, not a judgement
            if low in CHARACTERIZATION_VERBS:
                act = "characterization"
            elif low in BELIEF_OBJECT_VERBS or low in BELIEF_VERBS:
                act = "belief"  # "critics see the program as …", "finds it compelling"
            elif low in EVALUATION_VERBS:
                act = "evaluation"  # "criticized X as complicated"
            elif low in MENTION_VERBS:
                act = "mention"
            else:
                return None
            parts = [dobj, second]
        elif (dobj is not None and v.dep_ == "relcl" and dobj.tag_ in ("WDT", "WP")) or (
            dobj is None
            and v.dep_ == "relcl"
            and ccomp is None
            and xcomp is None
            and not (prep is not None and self._subject_relative(v))
        ):  # ("the target it pledged"; not "the senator who spoke of X": a subject relative)
            return self._relative_frame(v, low)
        elif dobj is not None:
            if low in EVIDENCE_VERBS:
                if not self._evidence_source(v):
                    return None  # "he showed the way", not "polls show a close race"
                # "polls show a close race", "averages show Clinton with a lead": what is
                # shown runs on through the verb's phrases of state and degree
                act, parts = (
                    "statement",
                    [dobj]
                    + [
                        c
                        for c in after
                        if c.i > dobj.i
                        and (c.dep_ in ("oprd", "xcomp", "acomp") or c.lower_ in SHOWN_PREPS)
                    ],
                )
            elif low in CHARACTERIZATION_VERBS and (second := self._second_object(v, dobj, low)):
                # "branded North Korea an outlaw nation" (the tagger's two objects), "likened
                # the refugees to a snake": the thing and what it is called
                act, parts = "characterization", [dobj, second]
            elif low in CHARACTERIZATION_VERBS and self._named_in_marks(dobj):
                # "calls Obamacare ‘crazy system’": the parser made one phrase of the thing
                # and the quoted name it is given
                act, parts = "characterization", [dobj]
            elif (low == "answer" or low == "field") and (about := self._question_topic(dobj)):
                act, parts = "mention", [about]  # "answering questions about how X …"
            elif low == "call" or low in ADDRESSEE_ONLY:
                act, prep = self._prep_act(low, preps)
                if act is None or prep is None:
                    return None  # "called him on Friday", "told reporters": no content
                parts = [prep]
            elif low in EVALUATION_VERBS:
                act, parts = "evaluation", [dobj]
            elif low in PROMISE_VERBS and low != "agree":
                act, parts = "promise", [dobj]  # "offered a deal", "threatened sanctions"
            elif low in ISSUING_VERBS and self._message(v, dobj):
                act, parts = "mention", [dobj]  # "issued a statement", "sent a letter"
            elif low in MENTION_VERBS or low in CLAUSE_VERBS:
                if not self._spoken_object(v, low, dobj):
                    return None
                act, parts = "mention", [dobj]
            elif low in INTENTION_VERBS:
                act, parts = "intention", [dobj]  # "seeks a second term", "proposed a tax"
            elif low in REQUEST_VERBS and low not in ("ask", "press", "push", "direct"):
                act, parts = "request", [dobj]  # "demanded an apology"
            elif low in BELIEF_OBJECT_VERBS and low not in ("find", "see", "feel", "consider"):
                act, parts = "belief", [dobj]  # "knows the rules", "expects a close race"
            else:
                return None
        elif prep is not None and not passive:
            act, prep = self._prep_act(low, preps)
            if act is None or prep is None:
                return None
            parts = [prep]
        elif passive and (
            low in EVALUATION_VERBS | CHARACTERIZATION_VERBS | MENTION_VERBS | REQUEST_VERBS
            or low in PASSIVE_CLAIM_VERBS
        ):
            return self._passive_frame(v, low)
        else:
            return None
        d = self._make_frame(v, act, parts)
        if d is not None and d.cue is not None and cue_prep is not None:
            d.cue = (d.cue[0], max(d.cue[1], self.tok_end(cue_prep.i)))
        if d is not None and dash is not None and d.start < self.doc[dash].idx < d.end:
            d.end = self._trim_end(d.start, self.doc[dash].idx)  # (the writer's aside after it)
        return d

    def _aside_dash(self, v: Token) -> int | None:
        """A long dash after a frame verb in its sentence, set off by spaces, that opens the
        writer's aside ("… ― probably not what the senator had in mind"), when nothing closes
        it again before the sentence ends."""
        end = self._sentence_end(v.i)
        dashes = [
            k
            for k in range(v.i + 1, end + 1)
            if self.doc[k].text in ("―", "—", "--")
            and self.doc[k].whitespace_
            and k > 0
            and self.doc[k - 1].whitespace_
        ]
        return dashes[0] if len(dashes) == 1 else None

    def _antecedent_frame(self, v: Token, act: str) -> Draft | None:
        """The noun a relative clause's infinitive acts on is what was pledged or sought."""
        noun = v.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or not self._frame_source(subj, v):
            return None
        return self._draft(noun.left_edge.i, noun.i, v, subj, act)

    def _ruling(self, v: Token) -> Draft | None:
        """ "A federal court ruled on Friday against the state's procedure", "the judge ruled
        in favor of the tenants": what a court or a judge rules against or for is judged."""
        prep = next(
            (
                c
                for c in v.children
                if c.dep_ == "prep"
                and c.i > v.i
                and (
                    c.lower_ == "against"
                    or (c.lower_ == "in" and any(g.lower_ == "favor" for g in c.children))
                )
            ),
            None,
        )
        if prep is None:
            return None
        if prep.lower_ == "in":
            favor = next(g for g in prep.children if g.lower_ == "favor")
            prep = next((g for g in favor.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            if prep is None:
                return None
        if not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
            return None
        return self._make_frame(v, "evaluation", [prep])

    def _embedded(self, t: Token) -> bool:
        """Whether a word lies in the complement of another verb ("X recalled Obama
        talking about …", "Y felt betrayed when Z invited …"): the content of an attribution
        the stage did not find, whose source is not this frame's subject."""
        a = t
        for _ in range(8):
            if a.head.i == a.i:
                return False
            if (
                a.dep_ in EMBEDDING_DEPS
                and a.head.pos_ in ("VERB", "AUX", "ADJ")
                and a.head.i != t.i
            ):
                return True
            a = a.head
        return False

    def _relative_frame(self, v: Token, low: str) -> Draft | None:
        """ "the target it pledged to reach", "a plan Mr. Trump so admires": the noun the
        relative clause modifies is what is attributed."""
        noun = v.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i > v.i:
            return None
        if any(c.tag_ == "WRB" for c in v.children) or low in INTRANSITIVE:
            return None  # "the hall, where Mr. Bell also spoke": a place, not what he spoke of
        if any(c.dep_ == "prep" for c in v.children if c.i > v.i) and low not in (
            EVALUATION_VERBS | CHARACTERIZATION_VERBS
        ):
            return None
        if low in EVALUATION_VERBS:
            act = "evaluation"
        elif low in PROMISE_VERBS:
            act = "promise"
        elif low in INTENTION_VERBS:
            act = "intention"
        elif low in BELIEF_VERBS or low in BELIEF_OBJECT_VERBS:
            act = "belief"
        elif low in CLAUSE_VERBS or low in MENTION_VERBS:
            act = "mention" if low not in ("say", "claim", "state") else "statement"
        else:
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or not self._frame_source(subj, v):
            return None
        return self._draft(noun.left_edge.i, noun.i, v, subj, act, min_words=2)

    def _prep_act(self, low: str, preps: list[Token]) -> tuple[str | None, Token | None]:
        """The act of a verb whose content is a prepositional object ("called for X",
        "spoke about X", "railed against X", "believes in X"), and that preposition."""
        for p in preps:
            word = p.lower_
            if self._is_setting(p):
                continue  # "spoke on condition of anonymity about …": the "about"
            if low in FRAME_REQUEST_CALLS and word in FRAME_PREPS["request"]:
                return "request", p
            if low == "agree" and word == "with":
                # "largely agreed with the mayor", "agree with that assessment": a stance
                # like "disagreed with"; with terms settled ("agreed with the union on a
                # contract") it is a deal, an act
                if self._agrees_with_view(p, preps):
                    return "evaluation", p
                continue
            if low in EVALUATION_VERBS and word in FRAME_PREPS["evaluation"]:
                return "evaluation", p
            if (low in MENTION_VERBS or low in CLAUSE_VERBS) and (
                word in FRAME_PREPS["mention"] or (word == "to" and low in ("point", "refer"))
            ):
                return "mention", p
            if (low in BELIEF_OBJECT_VERBS or low in BELIEF_VERBS) and word in FRAME_PREPS[
                "belief"
            ]:
                return "belief", p
            if low in INTENTION_VERBS and word in FRAME_PREPS["intention"]:
                return "intention", p
        return None, None

    def _make_frame(self, v: Token, act: str, parts: list[Token]) -> Draft | None:
        doc = self.doc
        passive = passive_verb(v)
        if passive:
            return None  # (handled by the by-phrase, below)
        start_i = min(p.left_edge.i for p in parts)
        end_i = max(p.right_edge.i for p in parts)
        for p in parts:
            if p.dep_ == "prep":
                # the object of "about", "for": the preposition belongs to the cue
                start_i = max(start_i, p.i + 1) if p.i == start_i else start_i
        if all(
            doc[k].ent_type_ in ("DATE", "TIME") or doc[k].is_punct or doc[k].pos_ == "DET"
            for k in range(start_i, end_i + 1)
        ) or any(
            p.dep_ == "prep" and act != "characterization" and self._is_setting(p) for p in parts
        ):  # ("likened the channel to the BBC": the second term, not a setting)
            return None  # "addressed Monday", "read on state television": when and where
        span = self._content(start_i, end_i, v)
        if span is None:
            return None
        subj = self._frame_subject(v)
        if subj is None or not self._frame_source(subj, v):
            return None
        start, end = span
        d = Draft(start, end, "indirect", "frame")
        self._set_cue(d, v.i)
        d.subj = subj.i
        d.act = act
        # the cue's words: the verb with its particle and the preposition it governs
        cue_end = d.cue[1] if d.cue else self.tok_end(v.i)
        for p in parts:
            if (
                p.dep_ == "prep"
                and p.i > v.i
                and p.i - v.i <= 3
                and (p.i < start_i or act != "statement")
            ):  # ("described X as", "likened X to"; not "show X with": that is shown)
                cue_end = max(cue_end, self.tok_end(p.i))
        d.cue = (doc[v.i].idx, cue_end)
        return d
