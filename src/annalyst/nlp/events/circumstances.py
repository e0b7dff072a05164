"""Who else an act reaches or is done by, read off the circumstances told around it.

The argument reader (:mod:`annalyst.nlp.events.arguments`) takes subjects, objects and
prepositional partners; these helpers read the rest of a sentence for what those miss:

* who dies of a harm suffered it ("died in custody due to torture");
* who is responsible for an act did it ("Kony and the LRA are responsible for killings");
* who ordered an act is behind it ("on the orders of X");
* whose decision a protest answers ("a strike in response to GE's decision");
* the country where someone is arrested arrests them ("was arrested in Rwanda");
* an actor's own force is what it acts with, not whom it acts on ("its peacekeeping
  force").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.argtables import _FORCE_NOUNS, _MOVEMENT_NOUNS
from annalyst.nlp.events.carriers import _carriers, answer_denied
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.partners import _ORDERS
from annalyst.nlp.events.pronouns import _pronoun
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.unnamed import _agents, _is_person_noun
from annalyst.nlp.syntax import (
    is_passive,
    is_verb,
    logical_objects,
    logical_subjects,
    passive_agents,
    prep_objects,
)
from annalyst.nlp.syntax_words import ANSWER_NOUNS, ANSWERABLE, PUNISHING


def _own_force(noun: Token, actor_ids: set[str], mentions: dict[int, ResolvedMention]) -> bool:
    """The actor's own forces ("NATO agreed to an expansion of its peacekeeping force"):
    what it acts with, not whom it acts on (nor is "an expansion of" them)."""
    for force in [noun, *prep_objects(noun, ("of",))]:
        sectors = _agents().sectors_of(force.lemma_.lower()) or ()
        if not {"MIL", "COP"} & set(sectors):
            continue
        for owner in (c for c in force.children if c.dep_ == "poss" and c.pos_ == "PRON"):
            referred = _pronoun(owner, mentions)
            if referred is not None and str(referred["id"]) in actor_ids:
                return True
    return False


def moved_forces(draft: _Draft, mentions: dict[int, ResolvedMention]) -> list[Token]:
    """The forces a deployment or a withdrawal moves, told in the passive or as a
    participle with no one named who moved them, when the words say whose forces they are
    ("US troops were deployed to Syria", "Turkish troops deployed in northern Iraq"):
    their state's forces act. Forces of no country named ("riot police were deployed")
    are only what is moved, by someone unnamed."""
    if draft.entry.type not in ("MOBILIZE", "RETREAT"):
        return []
    return [
        moved
        for verb in draft.tokens
        if is_verb(verb) and (is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"))
        for counted in logical_objects(verb)
        for moved in [counted, *prep_objects(counted, ("of",))]  # ("hundreds of soldiers")
        if {"MIL", "COP"} & set(_agents().sectors_of(moved.lemma_.lower()) or ())
        and any(a.get("country") for a in _resolve_args([moved], mentions))
    ]


_DYING = {"die", "perish", "succumb"}


def _died_of(harm: Token) -> Token | None:
    """The verb of dying whose cause a harm names ("died due to torture", "died after
    torture", "succumbed to his wounds"), if any."""
    prep = harm.head
    if harm.dep_ != "pobj" or prep.lower_ not in ("after", "from", "of", "to", "following"):
        return None
    governor = prep.head
    if governor.lower_ in ("due", "owing", "because", "result"):
        governor = governor.head  # "due to", "because of", "as a result of"
        if governor.lower_ == "as":
            governor = governor.head
    return governor if is_verb(governor) and governor.lemma_.lower() in _DYING else None


def _held_responsible(act: Token) -> list[Token]:
    """ "Kony and the LRA are responsible for mass killings": whoever is responsible for
    an act (or guilty of it) did it."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ not in ("for", "of"):
        return []
    word = prep.head
    if word.lemma_.lower() not in ANSWERABLE or (prep.lower_ == "of") != (word.lower_ == "guilty"):
        return []
    verb = word.head
    if word.dep_ not in ("acomp", "amod") or verb.lemma_ != "be" or answer_denied(verb):
        return []
    return [t for t in logical_subjects(verb)]


def _ordered_by(token: Token) -> list[Token]:
    """Who ordered an act: "on the orders of X", "at X's behest", "under X's command"."""
    out: list[Token] = []
    for order in prep_objects(token, ("on", "at", "upon", "under", "by")):
        if order.lemma_.lower() in _ORDERS:
            out.extend(prep_objects(order, ("of",)))
            out.extend(c for c in order.children if c.dep_ == "poss")
    return out


def _grievance_owners(draft: _Draft, mentions: dict[int, ResolvedMention]) -> list[Token]:
    """Whose decision, law or act a protest answers: "in response to GE's decision to
    fire draftsmen", "in protest at the university's plan", "over Chile's new tax"."""
    holders = [*draft.tokens, *_carriers(draft)]
    holders.extend(t.head.head for t in draft.tokens if t.dep_ == "pobj")  # "went on strike"
    things: list[Token] = []
    for token in holders:
        for answer in prep_objects(token, ("in",)):
            if answer.lemma_.lower() in ANSWER_NOUNS:
                things.extend(prep_objects(answer, ("to", "at", "against", "over")))
        things.extend(prep_objects(token, ("over",)))
    # the thing's maker: a name, or whoever owns it ("GE's decision")
    return [
        owner
        for thing in things
        for owner in (
            [thing] if thing.i in mentions else [c for c in thing.children if c.dep_ == "poss"]
        )
    ]


# What two sides reach or hold to settle a dispute.
_SETTLEMENTS = {"agreement", "deal", "accord", "talks", "negotiation", "settlement", "compromise",
                "understanding", "truce", "meeting"}  # fmt: skip


def _settled_with(draft: _Draft) -> list[Token]:
    """The other side of a settlement a concession follows: "called off the strike after
    reaching an agreement with the government", "ended the sit-in following talks with
    the employers"."""
    holders = [*draft.tokens, *_carriers(draft)]
    out: list[Token] = []
    for holder in holders:
        for prep in (c for c in holder.children if c.lower_ in ("after", "following")):
            for word in prep.children:
                # "after the agreement with X" or "after reaching an agreement with X"
                nouns = [word] if word.dep_ == "pobj" else [
                    o for o in word.children if o.dep_ in ("dobj", "obj")
                ]  # fmt: skip
                for noun in nouns:
                    if noun.lemma_.lower() in _SETTLEMENTS:
                        out.extend(prep_objects(noun, ("with",)))
                        if word.dep_ == "pcomp":
                            out.extend(prep_objects(word, ("with",)))
    return out


def _detaining_state(verb: Token, etype: str, mentions: dict[int, ResolvedMention]) -> list[Token]:
    """Where someone was arrested, jailed or sentenced, with no one named as doing it:
    that country's authorities did ("was arrested in Rwanda for collaborating")."""
    if (
        etype != "COERCE"
        or verb.lemma_.lower() not in PUNISHING
        or not is_passive(verb)
        or passive_agents(verb)
    ):
        return []

    def state(place: Token) -> bool:
        known = mentions.get(place.i)
        actor = known.actor if known is not None else None
        return actor.get("type") == "state" if actor is not None else place.ent_type_ == "GPE"

    return [p for p in prep_objects(verb, ("in",)) if state(p)]


_EXPLOSIVES = {"bomb", "mine", "landmine", "ied", "explosive", "device"}


def _ran_onto_explosive(verb: Token) -> bool:
    """Whether a verb tells a vehicle or people running onto a laid explosive ("struck a
    roadside bomb", "hit a landmine", "drove over a mine")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("strike", "hit", "run", "drive", "step"):
        return False
    objects = [*logical_objects(verb), *prep_objects(verb, ("over", "on", "into"))]
    return any(o.lemma_.lower() in _EXPLOSIVES for o in objects)


def explosive_underfoot(draft: _Draft) -> None:
    """ "Their convoy struck a roadside bomb", "an army truck hit a landmine": whoever ran
    onto the explosive was hit by it; who laid it is not said."""
    if not any(_ran_onto_explosive(t) for t in draft.tokens):
        return
    seen = {str(r.get("id")) for r in draft.recipients}
    draft.recipients += [a for a in draft.actors if str(a.get("id")) not in seen]
    draft.actors = []


def forces_moving_themselves(
    draft: _Draft, mentions: dict[int, ResolvedMention]
) -> list[dict[str, Any]]:
    """Forces a movement's noun names with no one said to move them move themselves:
    "the pullout of foreign forces from Iraq", "the withdrawal of US troops"."""
    trigger = draft.trigger
    if draft.entry.type not in ("RETREAT", "MOBILIZE") or trigger.lemma_.lower() not in (
        _MOVEMENT_NOUNS
    ):
        return []
    forces = [o for o in prep_objects(trigger, ("of",)) if o.lemma_.lower() in _FORCE_NOUNS]
    return _resolve_args(forces, mentions)


# Verbs of acting on people at a gathering, whose objects were among those gathered.
_ACTING_ON_CROWDS = {"arrest", "detain", "disperse", "beat", "shoot", "kill", "injure",
                     "wound", "tear-gas", "attack", "round"}  # fmt: skip


def gathered(draft: _Draft, mentions: dict[int, ResolvedMention]) -> list[dict[str, Any]]:
    """Who held a gathering no one is said to hold, when an act on people is told as done
    during it or at it: "police arrested 14 opposition supporters during a rally" (the
    supporters rallied)."""
    trigger = draft.trigger
    if (
        draft.entry.type != "PROTEST"
        or trigger.pos_ != "NOUN"
        or trigger.dep_ != "pobj"
        or trigger.head.lower_ not in ("during", "at")
    ):
        return []
    verb = trigger.head.head
    if verb.lemma_.lower() not in _ACTING_ON_CROWDS:
        return []
    people = [o for o in logical_objects(verb) if _is_person_noun(o)]
    return _resolve_args(people, mentions)
