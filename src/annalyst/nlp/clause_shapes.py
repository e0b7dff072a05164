"""Shapes of clause the parser hangs in a way that hides who does what: the cleft
("It was Hamas that fired"), a clause of time read as a preposition's object ("after
Warsaw criticised the crackdown"), and the infinitive with its "to"."""

from __future__ import annotations

from spacy.tokens import Token


def cleft_focus(verb: Token) -> Token | None:
    """The noun a cleft sentence puts first, for the clause after it: in "It was Hamas
    that fired the last rocket" the clause is about Hamas (the parse hangs the clause on
    the copula; one it hangs on a noun is a relative clause of that noun)."""
    copula = verb.head
    if verb.dep_ != "ccomp" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
        return None
    focus = next((c for c in copula.children if c.dep_ == "attr"), None)
    return focus if focus is not None and focus.i < verb.i else None


def is_infinitive(verb: Token) -> bool:
    """A verb with its "to": "to expel", "to attack"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Conjunctions of time the parser takes for prepositions ("after Warsaw criticised").
_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "as", "while"})


def _subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a clause of time the parser read as a preposition's object: in
    "Belarus expelled the ambassador after Warsaw criticised the crackdown" Warsaw
    criticised, not Belarus."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    prep = before.head
    if prep.lower_ not in _TIME_CONJUNCTIONS or prep.i != before.left_edge.i - 1:
        return None
    return before
