"""Actors the knowledge base does not name: people and groups read off their words
("two ex-ministers", "a Kenyan court"), names the resolver left alone ("ICE"), and the
state a country's name or adjective stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.knowledge.actor_files import normalize_alias
from annalyst.knowledge.actors import AgentLexicon
from annalyst.nlp.actor_names import after_indefinite
from annalyst.nlp.actor_words import (
    DOCUMENT_WORDS,
    MASS_SENSES,
    WEAPON_NAMES,
    named_as_settlement,
    slug_of,
    warplane,
)
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.words import _token_words, _with_words
from annalyst.nlp.occupation import occupier, occupiers_noun
from annalyst.nlp.tokentable import token_table

_PEOPLE = {
    "man": "CVL",
    "woman": "CVL",
    "child": "CVL",
    "boy": "CVL",
    "girl": "CVL",
    "family": "CVL",
    "household": "CVL",
    "person": "CVL",
    "people": "CVL",
    "youth": "CVL",
    "teenager": "CVL",
    "victim": "CVL",
    "farmer": "CVL",
    "fisherman": "CVL",
    "hunter": "CVL",
    "diver": "CVL",
    "crew": "CVL",
    "pilgrim": "CVL",
    "tourist": "CVL",
    "guest": "CVL",
    "worshipper": "CVL",
    "worshiper": "CVL",
    "shopper": "CVL",
    "bystander": "CVL",
    "pedestrian": "CVL",
    "passenger": "CVL",
    "national": "CVL",
    "citizen": "CVL",
    "owner": "CVL",
    "heir": "CVL",
    "driver": "CVL",
    "trucker": "LAB",
    "miner": "LAB",
    "lecturer": "EDU",
    "patient": "CVL",
    "court": "JUD",
    "tribunal": "JUD",
    "judge": "JUD",
    "prosecutor": "JUD",
    "ex-minister": "GOV",
    "politician": "GOV",
    "candidate": "PTY",
    "aide": "GOV",
    "adviser": "GOV",
    "advisor": "GOV",
    "loyalist": "CVL",
    "associate": "CVL",
    "bodyguard": "CVL",
    # those said to have done a deed, of no known side until the text says
    "mastermind": "CVL",
    "perpetrator": "CVL",
    "culprit": "CVL",
    "ringleader": "CVL",
    "accomplice": "CVL",
    "assailant": "CVL",
    "hijacker": "CRM",
    "rustler": "CRM",
    "robber": "CRM",
    "killer": "CRM",
    "murderer": "CRM",
    "assassin": "CRM",
    "picketer": "LAB",
    "campaigner": "OPP",
    "seaman": "CVL",
    "colonel": "MIL",
    "warlord": "REB",
    "poacher": "CRM",
    "hooligan": "CVL",
    "intruder": "CVL",
    "infiltrator": "REB",
    "fugitive": "CRM",
    "convict": "CRM",
    "defendant": "CVL",
    "defector": "CVL",
    "deserter": "MIL",
    "cadet": "MIL",
    "veteran": "CVL",
    "survivor": "CVL",
    "casualty": "CVL",
    "commuter": "CVL",
    "pensioner": "CVL",
    "vendor": "CVL",
    "fan": "CVL",
    "vaccinator": "HLH",
    "team": "CVL",
    "staff": "CVL",
    "hopeful": "PTY",
    "rival": "CVL",
    "nominee": "PTY",
    "lawmaker": "LEG",
    "senator": "LEG",
    "deputy": "LEG",
    "activist": "OPP",
    "nationalist": "PTY",
    "royalist": "PTY",
    "unionist": "PTY",
    "communist": "PTY",
    "leftist": "OPP",
    "islamist": "OPP",
    "partisan": "REB",
    "raider": "REB",
    "vigilante": "REB",
    "homeguard": "MIL",
    "colleague": "CVL",
    "clansman": "CVL",
    "herdsman": "CVL",
    "mourner": "CVL",
    "nun": "REL",
    "critic": "OPP",
    "dissident": "OPP",
    "opponent": "OPP",
    "hacker": "CRM",
    "smuggler": "CRM",
    "criminal": "CRM",
    "suspect": "CRM",
    "believer": "REL",
    "follower": "REL",
    "faithful": "REL",
    "supporter": "CVL",
    "journalist": "MED",
    "reporter": "MED",
    "agency": "GOV",
    "watchdog": "NGO",
    "charity": "NGO",
    "organisation": "NGO",
    "organization": "NGO",
    "group": "REB",
    "faction": "REB",
    "cell": "REB",
    "union": "LAB",
    "company": "BUS",
    "firm": "BUS",
    "bank": "BUS",
    "exporter": "BUS",
    "donor": "GOV",
    "partner": "GOV",
    "ally": "GOV",
    "country": "GOV",
    "nation": "GOV",
    "state": "GOV",
    "government": "GOV",
    "counterpart": "GOV",
    "negotiator": "GOV",
    "council": "GOV",
    "committee": "GOV",
    "commission": "GOV",
    "board": "GOV",
    "assembly": "LEG",
    "congress": "LEG",
    "senate": "LEG",
    "legislature": "LEG",
    "party": "PTY",
    "movement": "OPP",
    "alliance": "GOV",
    "coalition": "GOV",
    "federation": "NGO",
    "association": "NGO",
    "institute": "NGO",
    "foundation": "NGO",
}


# Nouns in "-ist" that are not people.
_NOT_IST_PEOPLE = {"list", "fist", "mist", "twist", "wrist", "gist", "tryst", "assist",
                   "checklist", "playlist", "shortlist", "blacklist", "watchlist"}  # fmt: skip


# Nouns in "-ee" that are not people ("a committee" is a body, listed on its own).
_NOT_EE_PEOPLE = {"fee", "decree", "degree", "guarantee", "coffee", "jubilee", "pedigree",
                  "tree", "spree", "glee", "knee", "free", "agree", "committee", "toffee",
                  "marquee", "settee", "lee", "bee", "flee", "see", "thee", "wee"}  # fmt: skip


def _ee_people(lemma: str) -> bool:
    """ "detainees", "evacuees", "abductees": one to whom something was done."""
    lemma = lemma.removesuffix("s")
    return len(lemma) > 5 and lemma.endswith("ee") and lemma not in _NOT_EE_PEOPLE


def _ist_people(lemma: str) -> bool:
    """ "secessionists", "Maoists", "Kemalists": a follower of a cause or a doctrine (a
    plural name keeps its "s" as its lemma)."""
    lemma = lemma.removesuffix("ists") + "ist" if lemma.endswith("ists") else lemma
    return len(lemma) > 5 and lemma.endswith("ist") and lemma not in _NOT_IST_PEOPLE


def _compound_sectors(head: Token) -> tuple[str, ...] | None:
    """The sectors of a noun read with the nouns compounded before it ("party member")."""
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    if not compounds:
        return None
    kind, agents = compounds[0], _agents()
    phrase = agents.sectors_of(f"{kind.lower_} {head.lower_}")
    if phrase is not None or kind.pos_ != "NOUN":
        return phrase
    # "an army officer", "police commanders": an agent of an agent's kind
    own = agents.sectors_of(head.lower_) or agents.sectors_of(head.lemma_.lower())
    return agents.sectors_of(kind.lower_) and own


def _is_person_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (
        lemma in _PEOPLE
        or _agents().sectors_of(token.text) is not None
        or _agents().sectors_of(lemma) is not None
        or _compound_sectors(token) is not None
        or (token.tag_ in ("NN", "NNS", "NNPS") and (_ist_people(lemma) or _ee_people(lemma)))
    )


# What a "regime" of rules is made of ("the sanctions regime", "a visa regime").
_REGIMES_OF_RULES = {"sanction", "sanctions", "visa", "tax", "trade", "export", "import",
                     "inspection", "control", "tariff", "ceasefire", "border"}  # fmt: skip


# Words that count people with no noun for them ("Thousands protested").
_CROWD_COUNTS = {"thousand", "hundred", "dozen", "score"}


def _crowd_counted(head: Token) -> bool:
    """ "Thousands", "hundreds", "dozens" standing alone for the people counted (not
    "thousands of dollars": the "of" phrase names what is counted)."""
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in _CROWD_COUNTS
        # (not "three were killed and dozens wounded": those harmed, not doers)
        and not (head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_ == "VBN")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _provisional(head: Token) -> dict[str, Any] | None:
    """A person or group the knowledge base does not name: "two ex-ministers", or a
    name it does not know ("ICE", "the Mafia boss")."""
    if head.pos_ not in ("NOUN", "PROPN") or warplane(head):
        return None  # ("US fighter-bombers": aircraft, whose owner acts)
    named = _unknown_name(head)
    if named is not None:
        return named
    # ("two Chechens" comes tagged as a singular name and a place)
    identity = (
        head.dep_ not in ("compound", "amod")  # "Shia militia": what kind, not whose
        and normalize_alias(head.text) in _agents().identities
    )
    if _crowd_counted(head):
        return _generic(head.text, [head], head, ("CVL",))  # "Thousands protested": people
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL") or (
        head.ent_type_ in ("GPE", "LOC", "FAC") and not identity
    ):
        return None
    if head.lemma_.lower() == "regime" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _REGIMES_OF_RULES for c in head.children
    ):
        return None  # "its sanctions regime": a body of rules, not a government
    modifiers = [*head.children, *(head.head.children if head.dep_ == "compound" else ())]
    if any(c.dep_ == "amod" and c.lower_ == "third" and c.i < head.i for c in modifiers):
        return None  # "third countries", "a third party": whoever else, no one named
    lemma = head.lemma_.lower()
    if head.lower_ in MASS_SENSES and not any(c.dep_ in ("det", "poss") for c in head.children):
        return None  # "the use of force", "demanded justice": no body of people
    if lemma == "movement" and any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ == "free" for c in head.children
    ):
        return None  # "the movement of aid workers", "free movement": motion, not a group
    sectors = (
        _agents().sectors_of(head.text) or _agents().sectors_of(lemma) or _compound_sectors(head)
    )
    if sectors is None and lemma in _PEOPLE:
        sectors = (_PEOPLE[lemma],)
    people = _ist_people(lemma) or _ee_people(lemma)
    if sectors is None and head.tag_ in ("NN", "NNS", "NNPS") and people:
        sectors = ("CVL",)
    nationality = _agents().nationality(head.text) if head.ent_type_ == "NORP" else None
    if sectors is None and nationality is None and head.tag_ in ("NNS", "NNPS", "NNP") and identity:
        sectors = ("CVL",)  # "released 19 Christians", "killed dozens of Yazidis"
    if sectors is None and nationality is None:
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "predet")]
    words = [t for t in words if t.i >= min(w.i for w in words if w.dep_ != "punct")]
    while len(words) > 1 and (words[0].is_punct or words[0].is_quote):
        words = words[1:]  # "“Leaders of Victory”": the name, not its quotation mark
    phrase = "".join(t.text_with_ws for t in words).strip()
    return _generic(phrase or head.text, words or [head], head, sectors)


def _unknown_name(head: Token) -> dict[str, Any] | None:
    """A provisional actor for a name the resolver left alone: a person or organisation
    the recogniser saw, or an acronym standing as an agency ("ICE returned …")."""
    if _in_place(head) or named_as_settlement(token_table(head.doc), head.left_edge.i):
        return None  # "Erbil airport", "the district of Nerkh": a place, not an actor
    if head.lower_ in DOCUMENT_WORDS:
        return None  # "the Abraham Accords", "the Patriot Act": a text, not who acts
    if head.lower_ in WEAPON_NAMES or _is_weapon(head):
        return None  # "Three Katyusha rockets", "Qassam rockets": a make of weapon
    kind = None
    if head.ent_type_ == "PERSON" and not after_indefinite(head.doc, head.i):
        kind = "person"  # (not "an armored Hummer": a make)
    elif head.ent_type_ == "ORG" or (
        head.text.isupper()
        and 2 <= len(head.text) <= 6
        and head.text.isalpha()
        and not _is_weapon(head)  # "IED blasts": a device, not an agency
    ):
        kind = "organization"
    if kind is None:
        return None
    doc = head.doc
    start, end = head.i, head.i + 1
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i:
        start -= 1
    while start < head.i and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    if head.ent_type_ in ("PERSON", "ORG"):
        # the recogniser's whole name, not a piece of it ("al-Quds", not "al")
        first, last = head.i, head.i + 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        while first < head.i and (doc[first].dep_ in ("det", "predet") or doc[first].is_quote):
            first += 1
        start, end = min(start, first), max(end, last)
    words = doc[start:end]
    if words.text.islower() and _agents().sectors_of(words.text) is not None:
        return None  # "its coast guard", "the navy": an organ the recogniser took for a name
    slug = re.sub(r"[^a-z0-9]+", "-", words.text.casefold()).strip("-") or "x"
    actor: dict[str, Any] = {
        "id": f"~{kind}:{slug}",
        "name": words.text,
        "country": None,
        "sectors": [],
        "type": kind,
    }
    return _token_words(actor, list(words))


def _place_country(token: Token) -> str | None:
    """The country of the document's place record covering the token, if any."""
    place = _covering(token, "places")
    return str(place["country"]) if place is not None and place.get("country") else None


def _in_place(token: Token) -> bool:
    """Whether a place record of the document covers the token."""
    return _covering(token, "places") is not None or (
        _covering(token, "places_other_forms") is not None
    )


def _covering(token: Token, records: str) -> dict[str, Any] | None:
    """The first of the document's place records (``places`` or another list of them)
    whose words cover the token."""
    if not Doc.has_extension(records):
        return None
    for place in getattr(token.doc._, records) or []:
        if isinstance(place, dict) and place.get("start", -1) <= token.idx < place.get("end", -1):
            return place
    return None


# Missions abroad and their staff, whose state is not the place they are in.
_ABROAD = {"embassy", "consulate", "mission", "legation", "ambassador", "envoy", "consul",
           "diplomat", "attache", "chargé", "charge"}  # fmt: skip


def _generic(
    words: str,
    tokens: Sequence[Token],
    head: Token,
    sectors: Sequence[str] | None = None,
) -> dict[str, Any]:
    """A generic actor for a phrase: the agents lexicon reads country and sectors."""
    match = _agents().parse(words)
    country = match.country if match else None
    if match and match.sectors:
        sectors = match.sectors
    if country is None:
        for token in tokens:
            for child in [token, *token.children]:
                nationality = _agents().nationality(child.text)
                if nationality is not None and nationality.country:
                    country = nationality.country
                    break
            if country:
                break
    if country is None and occupiers_noun(
        [t for token in tokens for t in (token, *token.children)]
    ):
        country = occupier(head.doc, _agents())  # "occupation warplanes": the occupier's
    if country is None and head.lemma_.lower() not in _ABROAD:
        # "a court in Argentina", "officials from Peru" (not "its embassy in Tehran":
        # a mission belongs to the state that sends it, not to its host)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                        state = _place_actor(pobj)
                        if state is not None and state.get("country"):
                            country = str(state["country"])
    sector_list = list(sectors or [])
    if not sector_list:
        lemma = head.lemma_.lower()
        if lemma in _PEOPLE:
            sector_list = [_PEOPLE[lemma]]
        elif words.casefold().startswith(("rebel", "militant", "insurgent", "opposition")):
            sector_list = ["REB"]
    place = country or "x"
    sector = "-".join(s.lower() for s in sector_list) or head.lemma_.lower()
    actor = {
        "id": f"~agent:{place}:{sector}",
        "name": words,
        "country": country,
        "sectors": sector_list,
        "type": "group",
    }
    return _token_words(actor, tokens)


def _place_actor(token: Token, *, capitals: bool = True) -> dict[str, Any] | None:
    """The state a country's (or, with ``capitals``, a capital's) name stands for."""
    from annalyst.knowledge.actors import KnowledgeBase

    doc = token.doc
    start, end = token.i, token.i + 1
    if token.ent_type_:
        # the whole entity the token is in, read off the IOB tags
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    words = doc[start:end]
    text = words.text.removeprefix("the ").removeprefix("The ")
    kb = KnowledgeBase.load()
    found = [a for a in kb.lookup(text) if a.type == "state"]
    actor = found[0] if found else (kb.metonym_of(text) if capitals else None)
    if actor is None:
        return None
    return _with_words(actor.ref(), doc, words.start_char, words.end_char)


def occupying_state(doc: Doc) -> dict[str, Any] | None:
    """The state whose occupation the article speaks of without naming it, if it tells."""
    country = occupier(doc, _agents())
    return _state_for(country) if country else None


def _state_for(country: str) -> dict[str, Any] | None:
    from annalyst.knowledge.actors import KnowledgeBase

    state = KnowledgeBase.load().state_of(country)
    return state.ref() if state is not None else None


@lru_cache(maxsize=1)
def _agents() -> AgentLexicon:
    return AgentLexicon.load()


@lru_cache(maxsize=1)
def _weapon_words() -> frozenset[str]:
    """The event lexicon's instrument words that name a thing, not a person ("IED",
    "missile", "drone"; not "gunmen" or "sniper")."""
    from annalyst.knowledge.events import load_lexicon

    words = load_lexicon().instruments
    return frozenset(w for w in words if w not in _PEOPLE and _agents().sectors_of(w) is None)


@lru_cache(maxsize=1)
def _instrument_words() -> frozenset[str]:
    """The event lexicon's instrument words, the units that wield them included."""
    from annalyst.knowledge.events import load_lexicon

    return frozenset(load_lexicon().instruments)


def is_instrument_word(token: Token) -> bool:
    """Whether a word is one of the event lexicon's instruments, the units that wield
    them included ("artillery fire", "sniper attacks": how, or by whom, never to whom)."""
    return token.lemma_.lower() in _instrument_words()


def _is_weapon(token: Token) -> bool:
    return (
        token.lower_ in _weapon_words()
        or token.lemma_.lower() in _weapon_words()
        or warplane(token)
    )


def body_named_unrecognised(
    bodies: list[Token], mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """A provisional organisation for a capitalised name after "members of the" that
    neither the recogniser nor the knowledge base took up ("the Proud Boys")."""
    for body in bodies:
        words = [t for t in body.subtree if t.i <= body.i and t.dep_ != "det"]
        if (
            body.i in mentions
            or body.pos_ != "PROPN"
            or body.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE")
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
            or not any(t.dep_ == "det" and t.lower_ == "the" for t in body.children)
        ):
            continue
        name = " ".join(t.text for t in words)
        actor: dict[str, Any] = {"id": f"~organization:{slug_of(name)}", "name": name,
                                 "country": None, "sectors": [], "type": "organization"}  # fmt: skip
        return _with_words(actor, body.doc, words[0].idx, body.idx + len(body))
    return None


def protesters_of_the_place(drafts: Sequence[Any]) -> None:
    """People of no stated country who protest somewhere are, as coders code them, that
    country's ("Thousands protested in Baghdad": Iraqi protesters), in every event of
    the article that names them (last: the events' readings match people by their id
    first). Bodies and people with a country of their own stay as they are."""
    placed: dict[str, dict[str, Any]] = {}
    for draft in drafts:
        country = (draft.location or {}).get("country") if draft.entry.type == "PROTEST" else None
        for actor in draft.actors if country else ():
            ident = str(actor.get("id", ""))
            if ident.startswith("~agent:x:") and actor.get("type") == "group":
                kind = ident[len("~agent:x:") :]
                placed.setdefault(ident, {"id": f"~agent:{country}:{kind}", "country": country})
    if not placed:
        return
    for draft in drafts:
        draft.actors = [dict(a, **placed.get(str(a.get("id")), {})) for a in draft.actors]
        draft.recipients = [dict(a, **placed.get(str(a.get("id")), {})) for a in draft.recipients]
