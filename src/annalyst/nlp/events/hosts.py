"""The country an act goes to or holds in, when no one else is named as whom it
reaches: a deployment or a delivery "to" a country, a curfew "in" a town the geoparser
places, troops sent "to the UN force in South Sudan", aid "to help Peru recover", the
sites of a country an attack struck (:mod:`annalyst.nlp.events.arguments`)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.nlp.events.carriers import _carrier, _carriers
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _place_actor
from annalyst.nlp.events.syntax import _TOPIC_VERBS
from annalyst.nlp.events.unnamed import _state_for
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.phrase_links import nested_prep_objects
from annalyst.nlp.syntax import complement_subjects, is_verb, logical_objects, prep_objects

# Sites whose country is what an attack on them strikes, when no one else is named.
_TARGET_SITES = {
    "city",
    "town",
    "village",
    "target",
    "position",
    "area",
    "region",
    "site",
    "base",
    "outpost",
    "province",
    "district",
    "border",
    "territory",
    "facility",
    "installation",
    "camp",
    "airport",
    "port",
    "capital",
    "neighbourhood",
    "neighborhood",
    "settlement",
}


# Types and modes whose host country is who they reach when no one else is named: a
# deployment, a delivery, a restriction on movement.
_HOSTED_TYPES = {
    "MOBILIZE",
    "AID",
    "CONCEDE",
    "REQUEST",
    "AGREE",
    "CONSULT",
    "SANCTION",
    "RETREAT",
    "SUPPORT",
    "COOPERATE",
}


_HOSTED_MODES = {"restrict", "curfew", "martial-law", "ease"}


# Of those, the acts that reach a town or region they go to or hold in (its state
# through the geoparser: "a curfew in Ahmedabad", "sent experts to Alabama", "suspended
# aid deliveries in Borno"). A ceasefire, a pause or a withdrawal in a region is where it
# holds: its parties are named as such, or the country's name says whom it reaches.
_REGION_HOSTED_TYPES = {"MOBILIZE", "AID", "SANCTION", "SUPPORT", "COOPERATE"}


# Bodies sent somewhere to act there: troops and money go to the country they serve in.
_MISSION_NOUNS = {"mission", "force", "operation", "contingent", "deployment", "presence"}


_HELPING = {"help", "support", "assist", "aid", "benefit", "train", "protect", "rebuild", "feed"}
# Verbs of paying for something, whose object's relative clause may name who is helped.
_FUNDING = {"fund", "finance", "sponsor", "bankroll"}


def _mission_hosts(recipients: list[Token]) -> tuple[list[Token], list[dict[str, Any]]]:
    """Recipients that are a mission "in" a country, replaced by that country's state:
    "sent troops to the UN peacekeeping force in South Sudan" reaches South Sudan."""
    kept: list[Token] = []
    hosts: list[dict[str, Any]] = []
    for token in recipients:
        if token.lemma_.lower() in _MISSION_NOUNS or (
            token.dep_ == "compound" and token.head.lemma_.lower() in _MISSION_NOUNS
        ):
            mission = token if token.lemma_.lower() in _MISSION_NOUNS else token.head
            if mission.dep_ != "pobj" or mission.head.lower_ not in ("to", "for"):
                kept.append(token)  # "an ultimatum to Ukrainian forces in Crimea": a side
                continue
            places = nested_prep_objects(mission, ("in",))
            found = _resolve_places(places, unlabelled=False, regions=True)
            if found:
                hosts.extend(found)
                continue
        kept.append(token)
    return kept, hosts


def _purposes(draft: _Draft) -> list[Token]:
    """The purpose clauses of an act: "to promote investment", "aimed at easing"."""
    out: list[Token] = []
    for holder in [*draft.tokens, *_carriers(draft)]:
        for child in holder.children:
            if child.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):
                out.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() == "aim":
                out.extend(p for p in prep_objects(child, ("at",)) if is_verb(p))
                out.extend(
                    c for a in child.children if a.lower_ == "at" for c in a.children if is_verb(c)
                )
    return out


def _places_in(clause: Token) -> list[Token]:
    """Places named "in" a clause's own phrases (not in a clause inside it)."""
    out = prep_objects(clause, ("in",))
    for obj in logical_objects(clause):
        out.extend(nested_prep_objects(obj, ("in",)))
    for pobj in prep_objects(clause, ("for",)):
        out.extend(nested_prep_objects(pobj, ("in",)))
    return out


def _resolve_places(
    places: list[Token], *, unlabelled: bool = True, regions: bool = False, capitals: bool = False
) -> list[dict[str, Any]]:
    """The states of the countries among place words; with ``unlabelled``, proper nouns
    the recogniser did not label as places are tried too ("in Malawi" read as a name).
    With ``regions``, a town or region the geoparser placed stands for the state it lies
    in ("a curfew in Ahmedabad" reaches India), with the town's words."""
    out: list[dict[str, Any]] = []
    for head in places:
        actor = None
        if head.ent_type_ in ("GPE", "LOC", "FAC") or (unlabelled and head.pos_ == "PROPN"):
            actor = _place_actor(head, capitals=capitals)
        if actor is None and regions and head.pos_ == "PROPN":
            # the geoparser knows places the recogniser labelled otherwise ("Crimea")
            actor = _geoparsed_state(head)
        if actor is not None:
            out.append(actor)
    return out


def _geoparsed_state(token: Token) -> dict[str, Any] | None:
    """The state of the country the geoparser put the place at this word in. Not for a
    capital: "a curfew on Baghdad", "talks in Moscow" name where, and a capital's name
    reads as its government too often to stand for whom an act reaches."""
    from annalyst.knowledge.actors import KnowledgeBase

    for place in token.doc._.places or []:
        if not isinstance(place, dict) or not place.get("country"):
            continue
        start, end = place.get("start"), place.get("end")
        if isinstance(start, int) and isinstance(end, int) and start <= token.idx < end:
            if KnowledgeBase.load().metonym_of(str(place.get("text") or "")) is not None:
                return None
            state = _state_for(str(place["country"]))
            return None if state is None else _with_words(state, token.doc, start, end)
    return None


# Nouns of help a sum may be given in ("$10 million in aid").
_AID_NOUNS = {"aid", "assistance", "help", "support", "funding", "relief", "loan", "grant",
              "credit", "donation", "investment"}  # fmt: skip


def _beneficiaries(draft: _Draft) -> list[Token]:
    out: list[Token] = []
    holders = [draft.trigger]
    if not is_verb(draft.trigger):
        carrier = _carrier(draft.trigger, draft.entry.light_verbs)
        if carrier is not None:
            holders.append(carrier)
    for holder in holders:
        if is_verb(holder):
            # "pledged 50 million euros in aid for Rohingya refugees": whom the aid the sum
            # is given in goes to
            for sum_given in logical_objects(holder):
                for aid in prep_objects(sum_given, ("in",)):
                    if aid.lemma_.lower() in _AID_NOUNS:
                        # (the parser hangs "for …" on the aid or on the verb)
                        out.extend(prep_objects(aid, ("for", "to")))
                        out.extend(prep_objects(holder, ("for",)))
        for child in holder.children:
            lemma = child.lemma_.lower()
            if child.dep_ not in ("advcl", "xcomp") or lemma not in _HELPING | _FUNDING:
                continue
            objects = logical_objects(child)
            if lemma in _HELPING:
                out.extend(objects)
                out.extend(complement_subjects(child))  # "to help Peru recover"
            for project in objects:
                # "to support projects which benefit refugees", "to fund programmes that
                # help displaced families": whom what is paid for helps
                for clause in project.children:
                    if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _HELPING:
                        out.extend(t for t in logical_objects(clause) if t.i != project.i)
    return out


def _hosts(
    draft: _Draft, *, targets_only: bool = False, regions: bool = False
) -> list[dict[str, Any]]:
    """States named as where the act goes or holds ("to / into / in / on" a country or a
    capital), read off the trigger, its carrier verb and what it moves. With
    ``targets_only``, only places named inside what is acted upon ("struck the cities in
    Saudi Arabia"), never the verb's own "in" phrase ("killed five people in Kabul")."""
    holders = [*draft.tokens, *_carriers(draft)]
    objects: list[Token] = []
    for token in holders:
        if is_verb(token) and token.lemma_.lower() not in _TOPIC_VERBS:
            # (what is discussed is a topic: "to discuss the presence in Syria")
            objects.extend(t for t in logical_objects(token) if t.pos_ in ("NOUN", "PROPN"))
        if targets_only or not is_verb(token):
            objects.extend(prep_objects(token, ("on", "against", "at")))
    if targets_only:
        targets = [t for t in objects if t.pos_ == "NOUN" and t.lemma_.lower() in _TARGET_SITES]
        places = [p for t in targets for p in prep_objects(t, ("in", "of", "inside"))]
    else:
        # talks, visits and summits are held "in" a place, agreements signed there: only
        # where they go counts
        signed = draft.entry.type == "AGREE" or draft.entry.cameo == "057"
        held = draft.entry.type == "CONSULT" or signed
        own = ("to", "into") if held else ("to", "into", "in", "on")
        places = [p for h in holders for p in prep_objects(h, own)]
        goes = ("to", "into") if signed else ("to", "into", "in", "on")
        places.extend(p for h in objects for p in prep_objects(h, goes))
        if not places:
            # "declared a ceasefire effective from Monday in Mali": deeper in the phrase
            nouns = [h for h in holders if not is_verb(h)] + objects
            deeper = ("to", "into") if signed else ("to", "into", "in")
            places.extend(p for h in nouns for p in nested_prep_objects(h, deeper))
        # "in parts of the western city of Ahmedabad": through the nouns that frame it
        frames = [h for h in places if h.pos_ == "NOUN"]
        for _ in range(3):
            frames = [p for h in frames for p in prep_objects(h, ("in", "of"))]
            places.extend(frames)
            frames = [h for h in frames if h.pos_ == "NOUN"]
    # "will send tanks to Kyiv": what is sent to a capital goes to its state
    sent = not targets_only and draft.entry.type in ("AID", "MOBILIZE")
    capitals = [p for h in holders for p in prep_objects(h, ("to",))] if sent else []
    return _resolve_places(
        [p for p in places if p not in capitals], unlabelled=False, regions=regions
    ) + _resolve_places(capitals, regions=regions, capitals=True)
