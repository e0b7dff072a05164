"""Frames of passive verbs: "was criticized by X", "was first reported by the Post", "it was
reported that …", and the charges and names given by people a sentence does not name ("X
was accused of Y", "X has been called a Y"); judgements received ("X faced criticism for
Y", "X drew praise from Z"); with the test that keeps a frame asked about ("whether …")
from being attributed.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.document import Draft
from annalyst.nlp.quotes.lexicon import (
    CHARACTERIZATION_VERBS,
    CLAUSE_VERBS,
    EVALUATION_VERBS,
    PASSIVE_CLAIM_VERBS,
    RAISING_VERBS,
    RECEIVED_JUDGEMENTS,
    RECEIVING_VERBS,
    REQUEST_VERBS,
)
from annalyst.nlp.quotes.nouns import NounFrames

# Verbs that put a question: a frame inside "whether …" is asked about, not attributed.
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "query", "doubt"})


def passive_verb(v: Token) -> bool:
    """Whether a verb is passive. A "’s" the parser read as a passive auxiliary before a
    participle with a subject of its own is "has" ("who’s called for big tax hikes")."""
    children = list(v.children)
    if any(c.dep_ == "nsubjpass" for c in children):
        return True
    return any(c.dep_ == "auxpass" and c.lower_ not in ("’s", "'s") for c in children) or (
        not any(c.dep_ == "nsubj" for c in children) and any(c.dep_ == "auxpass" for c in children)
    )


class PassiveFrames(NounFrames):
    """Passive frames and questions."""

    def _in_question(self, v: Token) -> bool:
        """Whether a verb sits in the clause of a question ("was asked whether X could
        recognise Y", "wonders if she supports it")."""
        a = v
        for _ in range(4):
            marks = {c.lower_ for c in a.children if c.dep_ == "mark"}
            if "whether" in marks or (
                "if" in marks and a.head.lemma_.lower() in QUESTION_VERBS and a.dep_ == "ccomp"
            ):
                return True
            if a.dep_ in ("conj", "xcomp", "aux") and a.head.i != a.i:
                a = a.head
                continue
            break
        return False

    def _passive_frame(self, v: Token, low: str) -> Draft | None:
        """ "was criticized by X", "was first reported by the Post", "it was reported that …"."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lower_ in ("who", "which", "that"):
            return None
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        source = (
            next((g for g in agent.children if g.dep_ == "pobj"), None)
            if agent is not None
            else None
        )
        if source is None and agent is None:
            return self._unattributed_passive(v, low, subj)
        if agent is None or source is None or subj.pos_ == "PRON":
            return None
        second = self._passive_second(v)
        end_i = (
            second.right_edge.i if second is not None and second.i < agent.i else subj.right_edge.i
        )
        if low in CHARACTERIZATION_VERBS:
            act = "characterization"
        elif low in EVALUATION_VERBS:
            act = "evaluation"
        elif low in REQUEST_VERBS:
            act = "request"
        else:
            act = "mention"
        return self._draft(subj.left_edge.i, end_i, v, source, act)

    def _unattributed_passive(self, v: Token, low: str, subj: Token) -> Draft | None:
        """ "X was accused of Y", "X has been criticized for Y", "X has been called a Y": a
        charge or a name given by people the sentence does not name. The content is X with
        what it is charged with or called; there is no speaker."""
        if low not in PASSIVE_CLAIM_VERBS or self._in_question(v):
            return None
        second = self._passive_second(v)
        if second is None:
            return None  # "he was criticized": nothing said of him
        act = (
            "characterization"
            if low in CHARACTERIZATION_VERBS
            else "statement"
            if low in CLAUSE_VERBS
            else "evaluation"
        )
        # (no speaker: not a noun near the verb, nobody is named)
        return self._draft(subj.left_edge.i, second.right_edge.i, v, None, act)

    def _raised_passive(self, v: Token, low: str) -> Draft | None:
        """ "X is expected to Y", "X is thought to be Y", "X is considered a Y": what people
        expect or think of X, with X and what is said of it as the content. The holder is
        the "by" phrase ("is expected by analysts to …") or nobody named (no speaker); a
        relative subject ("which is expected to …") and a participle with no subject
        ("accounts believed to be …": said of a noun) make no frame."""
        if low not in RAISING_VERBS or self._in_question(v):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ == "that":
            return None
        if not any(c.dep_ == "auxpass" for c in v.children):
            return None
        said = next(
            (
                c
                for c in v.children
                if c.i > v.i
                and (
                    c.dep_ == "oprd"
                    or (
                        c.dep_ == "xcomp"
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    )
                )
            ),
            None,
        )
        if said is None:
            return None
        agent = next((c for c in v.children if c.dep_ == "agent"), None) or next(
            (c for c in said.children if c.dep_ == "prep" and c.lower_ == "by"), None
        )  # ("is considered a threat by its neighbours": the parser hangs "by" on the name)
        source = (
            next((g for g in agent.children if g.dep_ == "pobj"), None)
            if agent is not None
            else None
        )
        if agent is not None and source is None:
            return None
        end_i = said.right_edge.i
        if agent is not None and agent.i > said.i:
            end_i = agent.i - 1  # the holders are not what they hold
        return self._draft(subj.left_edge.i, end_i, v, source, "belief")

    def _passive_second(self, v: Token) -> Token | None:
        """What a passive charge or name says of its subject: "called a liar", "accused of
        lying", "criticized for X", "described as Y"."""
        return next(
            (
                c
                for c in v.children
                if c.i > v.i
                and (
                    c.dep_ in ("oprd", "attr")
                    or (
                        c.dep_ == "prep"
                        and c.lower_ in ("of", "for", "as")
                        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                    )
                )
            ),
            None,
        )

    def _received_judgement(self, n: Token) -> Draft | None:
        """ "Suu Kyi has faced sharp criticism for failing to …", "the clip drew ridicule
        online", "the mayor came under criticism from unions", "took heat for his remarks":
        a judgement received is an evaluation of what it is for (the "for"/"over" phrase)
        or else of the one who receives it, by the "from"/"by" phrase or by nobody named."""
        low = n.lemma_.lower()
        if n.pos_ != "NOUN" or (
            low not in RECEIVED_JUDGEMENTS and n.lower_ not in RECEIVED_JUDGEMENTS
        ):
            return None
        if n.dep_ == "dobj" and n.head.lemma_.lower() in RECEIVING_VERBS:
            verb = n.head
        elif n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.lemma_ == "come":
            verb = n.head.head
        elif (
            n.dep_ == "dobj"
            and n.head.dep_ == "pcomp"
            and n.head.head.lower_ == "under"
            and n.head.head.head.lemma_ == "come"
        ):
            verb = n.head.head.head  # "came under withering criticism": the parser's participle
        else:
            return None
        if low == "heat" and verb.lemma_.lower() != "take":
            return None  # ("faced the heat of the day")
        if self._in_question(verb) or verb.pos_ != "VERB":
            return None
        preps = [
            c
            for holder in (n, n.head, verb)
            for c in holder.children
            if c.dep_ == "prep"
            and c.i > n.i
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ]
        about = next((p for p in preps if p.lower_ in ("for", "over")), None)
        by = next((p for p in preps if p.lower_ in ("from", "by")), None)
        source = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
        if about is not None:
            obj = next(g for g in about.children if g.dep_ in ("pobj", "pcomp"))
            start_i, end_i = obj.left_edge.i, obj.right_edge.i
        else:
            target = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if target is None or target.tag_ in ("WDT", "WP") or target.lower_ == "that":
                return None
            start_i, end_i = target.left_edge.i, target.right_edge.i
        span = self._content(start_i, end_i, verb)
        if span is None:
            return None
        cue_to = about.i if about is not None and about.i == n.i + 1 else n.i
        return self._record(
            span, n.i, cue_to, n.i, source.i if source is not None else None, "evaluation"
        )
