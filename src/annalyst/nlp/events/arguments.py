"""Which words of the parse fill an event's actor and recipient slots.

Subjects, by-agents, possessors and modifiers of nominal triggers are actors; objects,
passive subjects and "on / against / of" phrases are recipients; a place named with
"in / at / near" is the location, not a recipient. Who each word stands for is decided
in :mod:`annalyst.nlp.events.referents`.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _FACILITIES, _resolve_args
from annalyst.nlp.events.syntax import (
    _LOCATIVE_PREPS,
    _OBJECT_DEPS,
    _PASSIVE_SUBJ,
    _SUBJECT_DEPS,
)

_RECIPIENT_PREPS = {
    "on",
    "against",
    "at",
    "upon",
    "targeting",
    "of",
    "into",
    "toward",
    "towards",
    "over",
}
_PARTNER_PREPS = {"with"}


_PARTNER_TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "REJECT", "CONCEDE"}


def _arguments(draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
    actors: list[Token] = []
    recipients: list[Token] = []
    etype = draft.entry.type
    for token in draft.tokens:
        is_noun = token.pos_ in ("NOUN", "PROPN")
        for child in token.children:
            dep = child.dep_
            if dep in _SUBJECT_DEPS:
                if child.i in {t.i for t in draft.tokens}:
                    # "a US drone strike killed": the strike's owner is the actor
                    actors.extend(_owners(child))
                else:
                    actors.append(child)
            elif dep == "agent":
                actors.extend(c for c in child.children if c.dep_ == "pobj")
            elif dep in _OBJECT_DEPS or dep in _PASSIVE_SUBJ:
                if child.i not in {t.i for t in draft.tokens}:
                    recipients.append(child)
            elif dep == "prep":
                prep = child.lower_
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if prep == "by" and is_noun:
                    actors.extend(objects)
                elif prep in _RECIPIENT_PREPS and prep not in _LOCATIVE_PREPS - {"at"}:
                    recipients.extend(o for o in objects if not _is_place_token(o, mentions))
                elif prep in _PARTNER_PREPS and etype in _PARTNER_TYPES:
                    recipients.extend(objects)
                elif prep == "at" or prep in _LOCATIVE_PREPS:
                    recipients.extend(o for o in objects if _is_facility(o))
            elif (
                is_noun
                and dep in ("poss", "compound", "amod", "nmod")
                and child.i not in {t.i for t in draft.tokens}
                and (child.i in mentions or dep == "poss")
            ):
                actors.append(child)
        # Light verbs: "X carried out an attack", "X imposed sanctions", "X held talks".
        if is_noun and token.dep_ in _OBJECT_DEPS and token.head.pos_ in ("VERB", "AUX"):
            head = token.head
            for child in head.children:
                if child.dep_ in _SUBJECT_DEPS:
                    actors.append(child)
                elif child.dep_ == "agent":
                    actors.extend(c for c in child.children if c.dep_ == "pobj")
                elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS | (
                    _PARTNER_PREPS if etype in _PARTNER_TYPES else set()
                ):
                    recipients.extend(c for c in child.children if c.dep_ == "pobj")
        # Passive nominal subject of a noun trigger's verb: "Soleimani was killed in a strike".
        if is_noun and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
            verb = token.head.head
            for child in verb.children:
                if child.dep_ in _PASSIVE_SUBJ:
                    recipients.append(child)
    if not actors:
        # "Hezbollah fighters crossed into Israel, killed three soldiers and captured
        # two others": a coordinated or participial verb shares its head's subject.
        verb = draft.trigger
        for _ in range(3):
            if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
                break
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
            if subjects:
                actors.extend(subjects)
                break
    draft.actors = _resolve_args(actors, mentions)
    draft.recipients = [r for r in _resolve_args(recipients, mentions) if r not in draft.actors]


def _owners(token: Token) -> list[Token]:
    """Who owns a nominal trigger: its possessor or actor modifiers ("the US drone strike")."""
    out = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _is_facility(token: Token) -> bool:
    return token.lower_ in _FACILITIES and any(
        c.dep_ in ("poss", "compound", "amod") for c in token.children
    )


def _is_place_token(token: Token, mentions: dict[int, ResolvedMention]) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.i not in mentions
