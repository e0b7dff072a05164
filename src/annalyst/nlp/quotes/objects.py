"""What a frame verb's complements are: the readings of its object and of the phrases after
it that decide whether, and as what, a verb attributes something ("released his plan" is
something put forward, "released the returns" is not; "a statement saying that …" is
reported by its participle; "branded X an outlaw nation" names X; "polls show …" has a
record for its subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.document import lemma_of
from annalyst.nlp.quotes.lexicon import (
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FRAME_NOUNS,
    MARK_TOKENS,
    MESSAGE_COUNTS,
    MESSAGE_NOUNS,
    OBJECT_NOT_SPOKEN,
    PERSON_ROLES,
    RAISED_MATTERS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
)
from annalyst.nlp.quotes.nouns import FRAME_VERBS
from annalyst.nlp.quotes.passives import PassiveFrames

# Characterization by comparison: "likened X to Y", "compared X with Y".
COMPARISON_VERBS = frozenset({"liken", "compare", "equate"})


class VerbObjects(PassiveFrames):
    """Readings of a frame verb's object and complements."""

    def _gap_in_infinitive(self, v: Token, xcomp: Token) -> bool:
        """A relative clause whose noun is the object of its infinitive ("the target it pledged
        to reach", "the promise he vowed to keep"): no relative subject, no object of its own."""
        noun = v.head
        return (
            v.dep_ == "relcl"
            and noun.pos_ == "NOUN"
            and noun.i < v.i
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in v.children
            )
            and any(c.dep_ == "nsubj" for c in v.children)
            and not any(
                g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")
                for g in xcomp.children
            )
            and xcomp.pos_ == "VERB"
        )

    def _named_in_marks(self, dobj: Token) -> bool:
        """An object phrase that starts with a noun of its own and ends in a quoted name:
        "Obamacare ‘crazy system’"."""
        words = [self.doc[k] for k in range(dobj.left_edge.i, dobj.right_edge.i + 1)]
        opened = next((k for k, w in enumerate(words) if w.text in MARK_TOKENS), None)
        return (
            opened is not None
            and opened > 0
            and words[opened - 1].pos_ in ("PROPN", "NOUN", "PRON")
            and words[-1].text in MARK_TOKENS
        )

    def _subject_relative(self, v: Token) -> bool:
        """A relative clause whose relative pronoun is its subject ("who spoke of …")."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in v.children)

    def _spoken_object(self, v: Token, low: str, dobj: Token) -> bool:
        """Whether the object of a verb of mention is something said or put forward, for the
        verbs whose object is usually a thing: "released his plan", "raised concerns", "the
        study found 31 cases" are; "released the returns", "raised $1 million", "found a
        way", "maintains a program" are not."""
        obj = dobj.lemma_.lower()
        if low in OBJECT_NOT_SPOKEN:
            return low == "find" and self._evidence_source(v)
        if low in ("release", "publish"):
            return obj in FRAME_NOUNS or any(c.dep_ in ("acl", "relcl") for c in dobj.children)
        if low == "raise":
            return obj in FRAME_NOUNS or obj in RAISED_MATTERS
        return True

    def _message(self, v: Token, dobj: Token) -> bool:
        """Whether the object of a verb of issuing is a message ("a statement", "a letter",
        "a flurry of tweets") whose words no verb of saying on it reports already ("a
        statement saying that …", "sent a letter on Friday calling for …": the participle
        says what the message said)."""
        if any(
            c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VBG" and c.i > dobj.i
            for c in v.children
        ) and any(
            c.tag_ == "VBG" and lemma_of(c) in FRAME_VERBS - EVIDENCE_VERBS
            for c in v.subtree
            if c.i > dobj.i and c.head.i in (v.i, dobj.i)
        ):
            return False
        noun = dobj
        if noun.lemma_.lower() in MESSAGE_COUNTS:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((g for g in of.children if g.dep_ == "pobj"), noun) if of else noun
        if noun.lemma_.lower() not in MESSAGE_NOUNS and noun.lower_ not in MESSAGE_NOUNS:
            return False
        k = self._sentence_end(v.i) + 1
        while k < self.n and (self.doc[k].is_space or self.doc[k].text in (".", ":", "!")):
            k += 1
        if k < self.n and self.doc[k].text in MARK_TOKENS:
            return False  # "… issued a terse statement. “…,” the statement read": quoted next
        return not any(
            c.dep_ in ("acl", "relcl")
            and lemma_of(c) in REPORTING_VERBS
            and any(g.dep_ == "ccomp" for g in c.children)
            for c in noun.children
        )

    def _question_topic(self, dobj: Token) -> Token | None:
        """What questions someone answers are about: "answered questions about X"."""
        if dobj.lemma_.lower() not in ("question", "query", "inquiry"):
            return None
        # ("questions from X on LBCI about Y": "about" names the topic before "on" does)
        preps = {c.lower_: c for c in dobj.children if c.dep_ == "prep"}
        prep = preps.get("about") or preps.get("over") or preps.get("on")
        return (
            next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
        )

    def _said_of(self, v: Token, xcomp: Token) -> bool:
        """Whether "believed to be …", "thought to have been …" right after a noun says
        something of it (a reduced relative the tagger read as a finite verb), not what the
        noun believes."""
        return (
            v.tag_ in ("VBD", "VBN")
            and xcomp.left_edge.i == v.i + 1
            and xcomp.left_edge.lower_ == "to"
            and (
                xcomp.lemma_ == "be"
                or any(g.dep_ in ("auxpass", "aux") and g.lemma_ == "be" for g in xcomp.children)
            )
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in v.children)
        )

    def _second_object(self, v: Token, dobj: Token, low: str) -> Token | None:
        """What a characterization verb calls its object: a second noun object, or the
        "to"/"with" phrase of a comparison."""
        for c in v.children:
            if c.i <= dobj.i:
                continue
            if c.dep_ in ("dobj", "dative", "attr") and c.pos_ in ("NOUN", "PROPN"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("to", "with") and low in COMPARISON_VERBS:
                return c
        return None

    def _bare_name_of(self, t: Token) -> bool:
        """A proper name in no quotation marks ("call him Abu Ali")."""
        words = [self.doc[k] for k in range(t.left_edge.i, t.right_edge.i + 1)]
        return all(w.pos_ in ("PROPN", "DET", "PUNCT") for w in words) and not any(
            w.text in MARK_TOKENS for w in words
        )

    def _small_clause(self, c: Token, low: str) -> bool:
        """A clause with no verb ("the bid a realistic option", "the pitch compelling"): what
        someone judges a thing to be, never a report the statement layer would take ("will
        find it difficult to …" says how hard something is, not what anyone holds)."""
        children = list(c.children)
        if low == "find" and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in children):
            return False
        return (
            c.pos_ in ("NOUN", "ADJ", "PROPN")
            and any(g.dep_ == "nsubj" and g.i < c.i for g in children)
            and not any(g.dep_ in ("aux", "auxpass", "cop", "mark") for g in children)
        )

    def _agrees_with_view(self, p: Token, preps: list[Token]) -> bool:
        """Whether "agree with X" sides with a view: X is someone or something said or held,
        and no other phrase names terms agreed on."""
        obj = next((g for g in p.children if g.dep_ == "pobj"), None)
        if obj is None or any(q.lower_ in ("on", "to", "over") and q.i > p.i for q in preps):
            return False
        low = obj.lemma_.lower()
        return (
            self.mention_at(obj.idx) is not None
            or obj.pos_ == "PROPN"
            or low in FRAME_NOUNS
            or low in SPEECH_NOUNS
            or low in PERSON_ROLES
            or obj.lower_ in ("him", "her", "them", "me", "us", "you", "that", "this")
        )

    def _evidence_source(self, v: Token) -> bool:
        """Whether the subject of "show", "prove" is a record (a poll, data, a video, a
        document or an outlet) rather than a person showing something."""
        s = self._subject(v)
        return s is not None and (
            # (the word as written too: the lemmatiser makes "data" "datum")
            bool({s.lemma_.lower(), s.lower_} & (DOCUMENT_NOUNS | EVIDENCE_NOUNS))
            or self._is_media(s)
        )
