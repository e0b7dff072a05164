"""What the links inside a noun phrase say, where the parser often puts them: the objects
of prepositions hung deep inside a long phrase, a "from … to" stretch, who did an act
that another side met ("dispersed a march by X"), and a second clause whose verb the
parser took for an adjective ("… and reimposed sanctions on Iran")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from annalyst.nlp.syntax import OBJECT_DEPS, conjuncts, is_passive, is_verb, prep_objects
from annalyst.nlp.syntax_words import COUNTERING

# Dependencies that open a clause or an aside: a phrase search stops there.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "parataxis"})


# Participles that say what a vehicle carries.
_LOADING_VERBS = frozenset({"load", "carry", "fill", "pack", "laden"})


def range_start(noun: Token) -> bool:
    """Whether a "from" object begins the stretch of a thing, "from … to …" ("the highway
    from Baghdad to Baiji"). (On a verb the "from" says whence: "withdrew its troops from
    Iraq to Kuwait".)"""
    if noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return False
    if noun.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after].dep_ != "prep":
        return False
    # both ends are places ("from Baghdad to Baiji"; not "requests from Ankara to
    # extradite …", a "to" the tagger misread)
    end = doc[after + 1]
    while end.pos_ == "DET" and end.i + 1 < len(doc):
        end = doc[end.i + 1]
    return noun.ent_type_ in ("GPE", "LOC", "FAC") and end.ent_type_ in ("GPE", "LOC", "FAC")


def nested_prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions anywhere inside the phrase a token heads, not
    inside a clause or an aside: a long object often takes the "to" meant for its verb
    ("sent tents and engineers such as surveyors to Peru", the parser hangs "to Peru"
    on "surveyors"; "a ceasefire effective from Monday in Mali")."""
    wanted = set(preps)
    out: list[Token] = []

    def inside(child: Token) -> bool:
        # ("lorries loaded with flour to Lebanon": the load is part of what is sent)
        if child.dep_ == "acl" and child.lemma_.lower() in _LOADING_VERBS:
            return True
        return child.pos_ not in ("VERB", "AUX") and child.dep_ not in _CLAUSE_DEPS

    stack = [c for c in token.children if inside(c)]
    while stack:
        child = stack.pop()
        if not inside(child):
            continue
        if child.dep_ == "prep" and child.lower_ in wanted:
            out.extend(g for p in child.children if p.dep_ == "pobj" for g in conjuncts(p))
        stack.extend(child.children)
    return sorted(set(out), key=lambda t: t.i)


def met_doers(act: Token) -> list[Token]:
    """Who did an act another side met ("repelled an attack by rebels", "dispersed a
    march by opposition supporters"), with the "by" phrase on the act or, as the parser
    often hangs it, on the active verb that meets it."""
    doers = prep_objects(act, ("by",))
    verb = act.head
    if doers or act.dep_ not in OBJECT_DEPS or verb.lemma_.lower() not in COUNTERING:
        return doers
    if is_passive(verb):
        return []
    return [
        g
        for c in verb.children
        if c.dep_ in ("agent", "prep") and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def misread_clause(noun: Token) -> Token | None:
    """The verb a noun's own clause is joined to, when the parser read that clause's
    verb as an adjective: in "withdrew from the deal and reimposed sanctions on Iran"
    "reimposed sanctions" is a second clause, not a second thing withdrawn from (its
    doer is the first verb's)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    head = noun.head
    if noun.dep_ == "conj" and is_verb(head):
        misread = any(
            c.dep_ == "amod"
            and c.i == noun.i - 1
            and c.tag_ in ("JJ", "VBN", "VBD")
            and c.lower_.endswith("ed")
            for c in noun.children
        )
        return head if misread else None
    if (
        noun.dep_ in OBJECT_DEPS
        and head.pos_ == "ADJ"
        and head.lower_.endswith("ed")
        and head.dep_ == "conj"
        and is_verb(head.head)
    ):
        return head.head  # "… and reimposed sanctions", "reimposed" a conjoined adjective
    return None
