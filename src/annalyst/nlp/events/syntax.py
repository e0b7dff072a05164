"""The parse labels and word sets every stage of the extractor reads alike: which
dependents are subjects and objects, which prepositions introduce a place, and the walk
up a token's heads."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from annalyst.nlp.syntax import ancestors, is_verb

_SUBJECT_DEPS = {"nsubj", "csubj"}
_OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
_PASSIVE_SUBJ = {"nsubjpass"}


_LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "off",
    "throughout",
    "within",
}


# Prepositions that set an act in the background of another: "before his assassination",
# "after Iran's attack", "despite the strikes" (the act they introduce happened on its
# own, it is not the main act's content nor its victim).
# Verbs of talking whose object is the topic, not the other side ("discussed the
# Iranian presence in Syria").
_TOPIC_VERBS = {"discuss", "negotiate", "debate", "review", "address", "examine", "explore"}
_BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "despite"}


def _ancestors(token: Token) -> Iterable[Token]:
    return ancestors(token)


def _phrase_head(noun: Token) -> Token:
    """The word a noun's phrase hangs on: the sum in "$33 million in assistance"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.i != head.i:
        amount = head.head
        if amount.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or amount.like_num:
            return amount
    return noun


def asks_for(request: Token, prep: Token) -> bool:
    """Whether a preposition on a request word introduces what is asked for: "called
    for …", "appealed for …", and "on" after insisting ("insisted on expelling …")."""
    low = prep.lower_
    return low == "for" or (low in ("on", "upon") and request.lemma_.lower() == "insist")


def coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs joined to a verb by coordination, either way ("send X and provide Y")."""
    out = [c for c in verb.children if c.dep_ == "conj" and is_verb(c)]
    if verb.dep_ == "conj" and is_verb(verb.head):
        out.append(verb.head)
    return out
