"""Whether an act is denied: a negation on it or on the verb it is told with, "denied
that …", "failed to …", "without …", what evidence does not show; not an act that went on
("never stopped shelling") or happened later ("was not liberated until …")."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.clause_links import writers_note
from annalyst.nlp.events.syntax import _SUBJECT_DEPS

_NEG_GOVERNORS = {"deny", "refute", "dismiss", "reject"}
_NEG_WORDS = {"not", "n't", "never", "no"}
_OCCURRING = {"happen", "occur", "take", "materialize", "materialise", "come", "go", "proceed"}
# Words that cancel the act in their complement: "denied that X attacked", "failed to
# agree", "dismissed reports that X fired".
_CANCELLING = {*_NEG_GOVERNORS, "fail", "deny", "rule", "refuse", "decline", "unable"}
# Nouns of not doing what their infinitive says.
_FAILURES = {"failure", "inability"}
# Conjunctions of a purpose or a condition: a clause they open is no fact of its own.
_PURPOSIVE_MARKS = {"so", "that", "if", "unless", "whether", "lest"}


def _marks_until(word: Token) -> bool:
    return word.dep_ == "mark" and word.lower_ == "until"


def _subordinated(clause: Token) -> bool:
    """An adverbial clause of reason, time or concession ("because …", "when …",
    "although …"): what it says stands whatever the mood of the clause it hangs on."""
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ not in _PURPOSIVE_MARKS:
            return True
        if child.dep_ == "advmod" and child.tag_ == "WRB" and child.i < clause.i:
            return True  # "when", "where", "while"
        if (
            child.dep_ == "prep"
            and child.lower_ in ("as", "since")
            and child.i == clause.left_edge.i
            and not any(c.dep_ == "pobj" for c in child.children)
        ):
            return True  # "as, from their point of view, the talks are …": read as a preposition
    return False


def _negated(token: Token, verb: Token) -> bool:
    """A negation on the act, or a governor that cancels it ("denied that …"). A noun
    deeper in the clause than the verb's own arguments is not negated with it ("the
    strikes were not in retaliation for the killing": the killing happened)."""
    # The subject of a negated verb happened unless the verb is its occurring: "the
    # bombing did not cause much damage" (it did happen), "the strike did not happen".
    own_argument = token.i == verb.i or (
        token.head.i == verb.i
        and (token.dep_ not in _SUBJECT_DEPS or verb.lemma_.lower() in _OCCURRING)
    )
    if any(
        c.lower_ == "until" or (c.dep_ == "advcl" and any(_marks_until(m) for m in c.children))
        for c in verb.children
    ):
        return False  # "was not liberated until after the PMU joined": it was, later
    if own_argument and any(c.lower_ in _NEG_WORDS and c.dep_ == "neg" for c in verb.children):
        return True
    if own_argument and _denied_otherwise(verb):
        return True
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
        # (not "no request but this", "no demand except one": the exception is made)
        return not any(
            (c.dep_ == "cc" and c.lower_ == "but") or (c.dep_ == "prep" and c.lower_ == "except")
            for c in token.children
        )
    if token.i == verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    ):
        return True  # "no soldiers were killed", "killed no one"
    current = verb
    for _ in range(3):
        if current.head.i == current.i:
            return False
        dep = current.dep_
        head = current.head
        if (dep == "ccomp" and _no_evidence(head)) or (
            dep == "acl" and head.dep_ in ("dobj", "obj") and _no_evidence(head.head)
        ):
            return True  # "the photographs did not show people tortured": no sign of it
        gerund_object = (
            dep == "advcl"
            and current.tag_ == "VBG"
            and current.i > head.i
            and not any(c.dep_ in ("mark", "nsubj", "advmod") for c in current.children)
            and all(t.dep_ in ("prt", "neg") for t in current.doc[head.i + 1 : current.i])
        )  # "ruled out attacking the convoy", the gerund read as an adverbial clause
        if (
            (dep in ("ccomp", "xcomp") or gerund_object)
            and head.lemma_.lower() in _CANCELLING
            # ("ruled out" cancels; a court "ruled that …" decides)
            and (head.lemma_.lower() != "rule" or any(c.lower_ == "out" for c in head.children))
        ):
            if not_ruled_out(current):
                return False  # "did not rule out sacking him": he may be sacked
            # (a clause before a verb of failing is not its complement: "the summit
            # ushered in cooperation …, should efforts in Vienna fail"; nor one a
            # semicolon ends: "Israel blamed Hezbollah; Hezbollah denied it")
            if _detached(current, head):
                return False
            return current.i > head.i or head.lemma_.lower() in _NEG_GOVERNORS
        if dep == "xcomp" and any(c.lower_ == "neither" for c in head.children):
            return True  # "was neither intended to violate its sovereignty nor …"
        if dep == "xcomp" and head.lemma_.lower() in ("have", "be") and _yet(head):
            return True  # "has yet to impose sanctions": not so far
        if dep == "acl" and head.lemma_.lower() in _PLANS and _plan_dropped(head):
            return True  # "had no plans to expel", "abandoned plans to invade"
        if (
            dep == "acl"
            and head.lemma_.lower() in _FAILURES
            and any(c.dep_ == "poss" or c.lower_ in ("the", "this") for c in head.children)
        ):
            # "its failure to block supplies" (a bare "failure to ease the measures
            # could …" is only feared)
            return True
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN":
            # "dismissed reports that Iran fired": the noun's governor decides
            if head.lemma_.lower() in _ENACTED:
                return False  # "rejected a US decision to restrict visas": decided all the same
            governor = head.head
            if head.dep_ not in ("dobj", "obj"):
                return False
            if governor.lemma_.lower() in _CANCELLING:
                return True
            if head.lemma_.lower() in _TEXTS and governor.lemma_.lower() in _ADOPTING:
                # "failed to adopt a resolution calling for a truce", "did not pass a bill
                # banning …": a text not adopted asks for nothing
                if any(c.dep_ == "neg" for c in governor.children):
                    return True
                current = governor
                continue
            return False
        if dep == "advcl" and _speaking_aside(current, head):
            return False  # "denied bombing the market, blaming the attack on rebels"
        if dep not in ("conj", "xcomp", "advcl") or (dep == "advcl" and _subordinated(current)):
            return False  # ("denied that Iran had supplied any since the war began")
        current = head
    return False


# Texts a body adopts, and the verbs of adopting them.
_TEXTS = {"resolution", "motion", "bill", "declaration", "statement", "text", "law", "decree"}
_ADOPTING = {"adopt", "pass", "approve", "endorse", "issue", "agree"}

# Nouns of what is already decided: another's rejecting it does not undo it.
_ENACTED = {"decision", "order", "decree", "move", "measure", "step", "law", "ruling"}


# Verbs of what the denier says instead: "denied the raid, blaming it on rebels".
_COUNTER_CLAIMS = {"blame", "accuse", "insist", "say", "call", "describe", "attribute", "claim"}


def _speaking_aside(participle: Token, head: Token) -> bool:
    """A participle set off by a comma that tells what else the denier says: the parser
    hangs it on the denied act, but it is the speaker's own word, not denied."""
    before = participle.doc[participle.left_edge.i - 1] if participle.left_edge.i > 0 else None
    return (
        participle.tag_ == "VBG"
        and participle.i > head.i
        and before is not None
        and before.lower_ == ","
        and participle.lemma_.lower() in _COUNTER_CLAIMS
    )


def not_ruled_out(verb: Token) -> bool:
    """An act someone "did not rule out" (or "would not exclude"): it may happen."""
    head = verb.head
    if head.i == verb.i or verb.i < head.i:
        return False
    ruling_out = (
        head.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in head.children)
    ) or (head.lemma_.lower() == "exclude")
    return ruling_out and any(c.dep_ == "neg" for c in head.children)


# Nouns of intending, and verbs that give an intention up.
_PLANS = {"plan", "intention", "intent"}
_GIVING_UP = {"abandon", "drop", "shelve", "scrap", "deny", "rule"}


def _denied_otherwise(verb: Token) -> bool:
    """A negation not written as "not": "no longer sends troops", "Neither Kenya nor
    Uganda sent troops"."""
    for child in verb.children:
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
        if child.dep_ in _SUBJECT_DEPS and any(
            g.lower_ == "neither" and g.i < child.i for g in child.children
        ):
            return True
    return False


def _yet(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _plan_dropped(plan: Token) -> bool:
    """A plan no one has ("no plans to") or one given up ("abandoned plans to")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in plan.children):
        return True
    return plan.dep_ in ("dobj", "obj") and plan.head.lemma_.lower() in _GIVING_UP


# Verbs of vouching for an act: "has not confirmed the attack" leaves it reported.
_CONFIRMING = {"confirm", "verify", "corroborate", "acknowledge"}
# Verbs of evidence: negated, they say there is no sign of what they would show.
_EVIDENCING = {"show", "prove", "reveal", "indicate", "demonstrate", "establish"}


def unconfirmed(token: Token) -> bool:
    """An act someone "has not confirmed" (its object, or the clause it takes): others
    report it, and the one who would vouch for it does not."""
    verb = token.head
    if token.dep_ in ("dobj", "obj", "ccomp") and verb.lemma_.lower() in _CONFIRMING:
        return any(c.dep_ == "neg" and c.lower_ in _NEG_WORDS for c in verb.children)
    return False


def _no_evidence(verb: Token) -> bool:
    return verb.lemma_.lower() in _EVIDENCING and any(
        c.dep_ == "neg" and c.lower_ in _NEG_WORDS for c in verb.children
    )


def _detached(clause: Token, verb: Token) -> bool:
    """A clause before a verb, ended by a semicolon or a full stop ("Rockets struck the
    suburbs; the opposition accused the army"): a sentence of its own, whatever the
    parser hung it on."""
    if clause.i > verb.i:
        return False
    if writers_note(verb):
        return True  # "accused X of rigging the vote, a charge officials rejected"
    doc = verb.doc
    return any(doc[i].text in (";", ".") for i in range(clause.right_edge.i, verb.i))


def _without(carrier: Token | None) -> bool:
    """ "left Cairo without reaching a deal": the act was not done."""
    if carrier is None or carrier.dep_ != "pcomp":
        return False
    return carrier.head.lower_ == "without"
