"""Groups of people named by whose or where they are.

"Assad's forces" are Syria's military, "its jets" the state the pronoun refers back to,
"people in Somalia and Kenya" Somalis and Kenyans, "the latter" the second of two named
just before. Each reading gives the generic or named actor with the words that name it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.actor_words import SETTLEMENTS, STATE_ORGANS
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.owners import _nationality_words
from annalyst.nlp.events.pronouns import _pronoun
from annalyst.nlp.events.unnamed import (
    _agents,
    _is_person_noun,
    _place_actor,
    _place_country,
    _provisional,
    _state_for,
)
from annalyst.nlp.events.words import _POSSESSIVES, _from_mention, _token_words, _with_words
from annalyst.nlp.syntax import conjuncts, prep_objects

# Weapons and craft that act for whoever owns them ("Israeli jets", "its drones").
_PLATFORMS = {
    "jet",
    "warplane",
    "aircraft",
    "plane",
    "drone",
    "bomber",
    "helicopter",
    "warship",
    "ship",
    "missile",
    "rocket",
    "artillery",
    "tank",
    "gunboat",
    "submarine",
    "fighter-bomber",
    "shelling",
    "fire",
    "defence",  # "its air defences destroyed 40 drones"
    "defense",
    "battery",
}


# Armed people a ruler is said to own ("Assad's forces", "Putin's troops").
_RULERS_FORCES = {"force", "troop", "army", "soldier", "military"}


def _ruler_s_forces(
    head: Token, owner: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """The forces of a person who governs a state are that state's military."""
    named = mentions.get(owner.i)
    actor = (named.actor or {}) if named is not None else {}
    country = actor.get("country")
    if actor.get("type") != "person" or "GOV" not in (actor.get("sectors") or []) or not country:
        return None
    generic = {
        "id": f"~agent:{country}:mil",
        "name": head.doc[owner.left_edge.i : head.i + 1].text,
        "country": country,
        "sectors": ["MIL"],
        "type": "group",
    }
    return _with_words(generic, head.doc, owner.left_edge.idx, head.idx + len(head))


def _owned_by_pronoun(
    head: Token, pronoun: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """Weapons or members of the one a possessive pronoun refers back to: a state's
    weapons are the state ("its jets"); its people, the generic group of its country
    ("its forces"); a group's own, the group ("their fighters")."""
    referred = _pronoun(pronoun, mentions)
    if referred is None:
        return None
    doc = head.doc
    if referred.get("type") != "state" or head.lemma_.lower() in _PLATFORMS:
        return _with_words(referred, doc, pronoun.idx, head.idx + len(head))
    own = _provisional(head)
    if own is None or not str(own.get("id", "")).startswith("~agent:x:"):
        return None
    country = str(referred.get("country") or "")
    if not country:
        return None
    kind = str(own["id"]).split(":", 2)[2]
    return _with_words(
        dict(own, id=f"~agent:{country}:{kind}", country=country),
        doc,
        pronoun.idx,
        head.idx + len(head),
    )


def _member_named(of: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The person a parser hung on the body in "a member of the Assembly, Mohammed
    Fawaz, said": a body is not named by a person's name, its member is."""
    for body in (g for g in of.children if g.dep_ == "pobj"):
        for appos in (c for c in body.children if c.dep_ == "appos" and c.i in mentions):
            actor = mentions[appos.i].actor
            if actor is not None and actor.get("type") == "person":
                return _from_mention(mentions[appos.i], of.doc)
    return None


def _people_in(
    head: Token, actor: dict[str, Any], mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """Civilians of no named country "in" one or more states are those states' people:
    "help people in Somalia, Ethiopia and Kenya", "killed civilians in Yemen"."""
    if actor.get("country") or list(actor.get("sectors") or []) != ["CVL"]:
        return None
    states: list[tuple[Token, dict[str, Any]]] = []
    # ("populations affected by the cyclone in Malawi": the place of what befell them)
    holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for pobj in (p for h in holders for p in prep_objects(h, ("in", "across", "throughout"))):
        for place in conjuncts(pobj):
            known = mentions.get(place.i)
            state = known.actor if known is not None else None
            if state is None or state.get("type") != "state" or not state.get("country"):
                return None  # "people in Mosul": a town's people, not a state's
            states.append((place, state))
    if not states:
        return None
    located: list[dict[str, Any]] = []
    for place, state in states:
        country = str(state["country"])
        name = f"{head.text} in {state['name']}"
        one = dict(actor, id=f"~agent:{country}:cvl", name=name, country=country)
        start = head.idx if not located else place.idx  # the later ones: the state's name
        located.append(_with_words(one, head.doc, start, place.idx + len(place.text)))
    first, *rest = located
    return dict(first, also=rest) if rest else first


def _organs_of_a_place(head: Token, actor: dict[str, Any]) -> dict[str, Any] | None:
    """A state's organ of no named country that serves a place the document locates:
    "Hong Kong police", "the Lagos state government", "police in Mosul" are of the
    place's country (not troops "in" a country: soldiers are often abroad)."""
    sectors = list(actor.get("sectors") or [])
    if not STATE_ORGANS.intersection(sectors) or not str(actor.get("id")).startswith("~agent:"):
        return None
    known = actor.get("country")
    if known and head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # ("talks with the government in Juba": maybe where the talks were)
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    places = [] if known else [t for c in compounds for t in c.subtree]  # ("Lagos state police")
    places += prep_objects(head, ("in",))
    # ("police in the Serbian city of Novi Sad": the name after the kind of place)
    places += [t for p in places if p.lower_ in SETTLEMENTS for t in prep_objects(p, ("of",))]
    for place in places:
        country = _place_country(place)
        if country is None or (known and (country != known or place.i < head.i)):
            continue
        sector = "-".join(s.lower() for s in sectors)
        lefts = [c.left_edge.idx for c in head.lefts if c.dep_ not in ("det", "predet", "poss")]
        start = min([*lefts, head.idx])  # ("riot police in Nasiriyah", "a St. Louis lawyer")
        end = max(place.idx + len(place.text), head.idx + len(head.text))
        one = dict(actor, id=f"~agent:{country}:{sector}", country=country)
        if known:
            # "Police in Kenya arrested …", of Kenya already: the name keeps where they
            # serve, the words stay the mention's
            return dict(one, name=head.doc.text[start:end])
        return _with_words(dict(one, name=head.doc.text[start:end]), head.doc, start, end)
    return None


def _shared_noun_agent(adjective: Token, words: list[Token]) -> dict[str, Any] | None:
    """The agent a nationality coordinated with another makes of the noun they share:
    "Norwegian" in "the Norwegian and Polish navies" is the Norwegian navy."""
    noun = adjective.head
    if not (
        adjective.dep_ in ("amod", "nmod")  # (the parser may take "Tajik" for a name)
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "conj" for c in adjective.children)
    ):
        return None
    match = _agents().parse(" ".join([*(t.text for t in words), noun.text]))
    if match is None or match.noun is None or match.country is None:
        return None
    return _token_words(match.ref(), words)


def _joint_state(first: Token) -> dict[str, Any] | None:
    """The state joined to a nationality by a hyphen or a slash: "US/Israeli
    assassinations", "Russian-Syrian raids" are both states' acts."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].text not in ("-", "/", "–"):
        return None
    other = doc[first.i - 2]
    nationality = _nationality_words(other)
    if nationality is not None and nationality[0].country:
        state = _state_for(nationality[0].country)
        return None if state is None else _token_words(state, nationality[1])
    if other.ent_type_ == "GPE":
        return _place_actor(other)
    return None


def _latter_or_former(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """ "the latter" / "the former": the last or the one before the last of the actors
    named earlier in the sentence ("Neither Moscow nor Damascus believed it, with the
    latter accusing the US")."""
    named: list[ResolvedMention] = []
    for i in range(head.sent.start, head.i):
        mention = mentions.get(i)
        if (
            mention is not None
            and mention.actor is not None
            and (not named or named[-1].start != mention.start)
        ):
            named.append(mention)
    wanted = 1 if head.lower_ == "latter" else 2
    if len(named) < wanted:
        return None
    mention = named[-wanted]
    assert mention.actor is not None
    actor = _with_words(mention.actor, head.doc, head.left_edge.idx, head.idx + len(head))
    return dict(actor, ref_start=mention.start, ref_end=mention.end)


def _owner_across_model(platform: Token) -> dict[str, Any] | None:
    """The state whose adjective comes before a model's name on a platform ("Russian
    Su-24 bombers", "Israeli F-35 jets", "Turkish Bayraktar drones"): the model is how,
    the nationality whose."""
    lefts = [c for c in platform.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    models = [c for c in lefts if c.pos_ == "PROPN" or any(ch.isdigit() for ch in c.text)]
    if not models:
        return None
    # (the parser may hang the adjective on the model's name: "Turkish Bayraktar drones")
    words = [*lefts, *(c for m in models for c in m.lefts if c.dep_ in ("amod", "compound"))]
    for word in words:
        if word.i >= models[0].i and word not in models[0].lefts:
            continue
        nationality = _nationality_words(word)
        country = nationality[0].country if nationality is not None else None
        state = _state_for(country) if country else None
        if state is not None and nationality is not None:
            return _token_words(state, nationality[1])
    return None


def _whose_named(
    actor: dict[str, Any], head: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any]:
    """ "its coast guard", "his supporters": a name that starts with a possessive pronoun
    says whose they are by the one it refers back to ("China's coast guard"); the words
    stay as written."""
    name = str(actor.get("name") or "")
    first, _, rest = name.partition(" ")
    if first.lower() not in _POSSESSIVES or not rest:
        return actor
    pronoun = next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ == first.lower()), None
    )
    owner = _pronoun(pronoun, mentions) if pronoun is not None else None
    if owner is None or not owner.get("name") or str(owner.get("id", "")).startswith("~agent:"):
        return actor  # (only a name says whose: not "the protesters' embassy")
    named = dict(actor, name=f"{owner['name']}'s {rest}")
    if not named.get("country") and owner.get("country"):
        named["country"] = owner["country"]
    return named


def _placed_antecedent(actor: dict[str, Any] | None, doc: Doc) -> dict[str, Any] | None:
    """A pronoun for an organ named with where it serves ("Police in Dhaka said they had
    arrested …") bears the name the organ has there."""
    if actor is None or not isinstance(actor.get("ref_start"), int):
        return actor
    span = doc.char_span(actor["ref_start"], actor["ref_end"], alignment_mode="expand")
    placed = _organs_of_a_place(span.root, actor) if span is not None else None
    if placed is None:
        return actor
    words = {k: actor[k] for k in ("text", "start", "end", "ref_start", "ref_end") if k in actor}
    return dict(placed, **words)


# Lands and sides whose people a generic actor may be ("leaders of the two republics").
_LANDS = {"region", "country", "republic", "side", "nation", "state", "province", "city",
          "town", "village", "area", "district", "community", "world", "continent"}  # fmt: skip


def with_whose(actor: dict[str, Any], head: Token) -> dict[str, Any]:
    """A generic actor keeps the "of" phrase that says whose people they are: "supporters
    of Anez", "three leaders of a banned labour union", not "supporters" or "leaders",
    which name no one. Its words run to the owner's head word (no clause after it)."""
    if (
        not str(actor.get("id", "")).startswith("~agent:")
        or head.pos_ != "NOUN"
        or actor.get("end") != head.idx + len(head.text)
    ):
        return actor
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None or not (
        owner.pos_ == "PROPN" or _is_person_noun(owner) or owner.lemma_.lower() in _LANDS
    ):
        return actor  # (not "the mastermind of the bombing": an act is no one's people)
    start = int(actor.get("start", head.idx))
    whose = _with_words(actor, head.doc, start, owner.idx + len(owner.text))
    if str(actor.get("name", "")).casefold() == str(actor.get("text", "")).casefold():
        whose["name"] = whose["text"]
    return whose


def without_members_of_named(actors: list[dict[str, Any]], doc: Doc) -> list[dict[str, Any]]:
    """The actors of one slot with one phrase read once: a generic actor right after a
    named group that says whose they are is that group ("Boko Haram fighters": Boko
    Haram, not Boko Haram and fighters); a named actor inside a generic one's words is
    part of how those are named ("supporters of opposition leader X": the supporters,
    not also X)."""
    spans = [
        (a, int(a["start"]), int(a["end"]))
        for a in actors
        if isinstance(a.get("start"), int) and isinstance(a.get("end"), int)
    ]
    generic = [(a, s, e) for a, s, e in spans if str(a.get("id", "")).startswith("~agent:")]
    named = [(a, s, e) for a, s, e in spans if not str(a.get("id", "~")).startswith("~")]
    dropped: set[int] = set()
    for g, gs, ge in generic:
        for n, ns, ne in named:
            if (ns, ne) == (gs, ge):
                continue  # ("urged both sides": two actors read from the same words)
            if ns <= gs and ge <= ne:
                dropped.add(id(g))  # ("Boko Haram fighters", read whole as the group)
            elif gs <= ns and ne <= ge:
                dropped.add(id(n))  # ("supporters of X": X names them)
            elif not g.get("country") and ne <= gs and not doc.text[ne:gs].strip():
                dropped.add(id(g))  # ("Boko Haram fighters": the group's)
    for state, ss, se in named:
        if state.get("type") != "state":
            continue
        if any(
            (os_, oe) != (ss, se)
            and os_ <= ss
            and se <= oe
            and other.get("country") == state.get("country")
            for other, os_, oe in named
        ):
            dropped.add(
                id(state)
            )  # ("Israeli and US positions", the Israeli army's: not Israel too)
    return [a for a in actors if id(a) not in dropped]
