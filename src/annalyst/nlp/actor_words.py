"""The words the actor resolver reads a name's context by: which entity labels name an
actor, where a capital acts rather than lies (its dependency role, the prepositions and
verbs around it), seats of power, collective nouns, honorifics."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from annalyst.knowledge.actor_files import normalize_alias

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from annalyst.knowledge.agents import AgentLexicon
    from annalyst.nlp.tokentable import TokenTable

# Entity labels that can name an actor, and the actor type a provisional actor gets.
ACTOR_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "state"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Last words of agreements and laws, which the recogniser often takes for organisations
# ("the Abraham Accords", "the Stockholm Agreement", "the Patriot Act").
# Names of weapons the recogniser takes for groups or people ("Three Katyusha rockets").
WEAPON_NAMES = frozenset(
    {"katyusha", "katyushas", "grad", "scud", "tomahawk", "shahed", "kornet", "stinger",
     "himars", "kalashnikov", "qassam", "burkan", "zelzal", "fateh", "kinzhal", "iskander"}
)  # fmt: skip
DOCUMENT_WORDS = frozenset(
    {"accord", "accords", "agreement", "agreements", "treaty", "pact", "deal", "convention",
     "protocol", "charter", "act", "law", "doctrine", "memorandum", "declaration", "jcpoa"}
)  # fmt: skip
# Dependency roles in which a capital acts (Washington *imposed*, *Tehran's* decision).
_AGENTIVE_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}
_LOCATIVE_PREPS = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "toward",
    "towards",
    "across",
    "via",
    "outside",
    "inside",
    "around",
    "through",
    "between",
}
_SOURCE_PRIORITY = {"dict": 0, "metonym": 1, "role": 1, "agent": 2, "coref": 3, "ner": 4}
# Nouns whose possessor or object is an actor, not a place ("Tehran's decision",
# "sanctions on Tehran", "ties with Baghdad").
_POLITICAL_NOUNS = {
    "response",
    "decision",
    "policy",
    "stance",
    "position",
    "demand",
    "proposal",
    "plan",
    "support",
    "role",
    "influence",
    "effort",
    "pressure",
    "tie",
    "relation",
    "talk",
    "agreement",
    "deal",
    "approval",
    "refusal",
    "rejection",
    "threat",
    "warning",
    "sanction",
    "accusation",
    "interest",
    "ally",
    "backing",
    "objection",
    "concern",
    "request",
    "offer",
    "strategy",
    "government",
    "leadership",
    "official",
    "envoy",
    "ambassador",
    "delegation",
    "claim",
    "denial",
    "statement",
    "announcement",
    "condemnation",
    "criticism",
    "call",
    "message",
    "embargo",
    "blockade",
    "restriction",
    "measure",
    "penalty",
    "veto",
    "ultimatum",
    "attitude",
    "approach",
    "dispute",
    "negotiation",
    "dialogue",
    "rapprochement",
    "normalization",
    "normalisation",
    "hostility",
    "aggression",
    "intervention",
    "involvement",
}
# Verbs whose object or destination is a place ("entered Damascus", "flew to Tehran").
_PLACE_VERBS = {
    "fly",
    "travel",
    "go",
    "return",
    "arrive",
    "head",
    "move",
    "send",
    "deliver",
    "come",
    "drive",
    "visit",
    "enter",
    "leave",
    "reach",
    "flee",
    "evacuate",
    "relocate",
    "march",
    "transport",
    "transfer",
    "smuggle",
    "cross",
    "land",
    "bomb",
    "strike",
    "hit",
    "shell",
    "attack",
    "target",
    "capture",
    "seize",
    "besiege",
    "storm",
    "surround",
    "occupy",
    "liberate",
    "bombard",
    "raid",
    "invade",
    "fire",
    "launch",
    "walk",
    "sail",
    "ship",
    "bring",
    "escape",
    "commute",
    "rocket",
    "shoot",
    "patrol",
    "deploy",
    "station",
    "base",
}
# Actors that are also buildings: at the White House is a place.
_SEATS = {
    "white house",
    "kremlin",
    "pentagon",
    "elysee",
    "élysée",
    "downing street",
    "capitol",
    "capitol hill",
}
# Singular nouns that name a collective actor even without a country ("the judiciary").
_COLLECTIVES = {
    "judiciary",
    "government",
    "army",
    "police",
    "military",
    "parliament",
    "opposition",
    "resistance",
    "coalition",
    "cabinet",
    "navy",
    "air force",
    "legislature",
    "media",
    "press",
}
_COLLECTIVES |= {"crowd", "regime", "tribe", "coastguard"}
# A guard named by what it guards is a body, as "the navy" is ("China's coast guard").
_COLLECTIVES |= {"coast guard", "border guard", "national guard", "republican guard"}
# Agent nouns that, with no determiner, name a thing rather than a body ("the use of
# force", "demanded justice").
MASS_SENSES = frozenset({"force", "justice"})
# Bodies read as a generic actor only when a state owns them ("Zimbabwe's opposition
# party", "Chile's senate"): bare, they are left to the names they are part of.
_OWNED_BODIES = {"party", "senate", "congress", "assembly", "council", "ministry"}
# Words for the government a leader heads ("Joe Biden's administration").
LEADERS_BODIES = frozenset({"government", "administration", "cabinet", "regime"})
_TITLE_WORD = re.compile(r"^[A-Z\u0600-\u06FF]")
_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "general",
    "sheikh",
    "sayyed",
    "sayyid",
    "hajj",
    "haj",
    "president",
    "minister",
    "prime",
    "ayatollah",
    "grand",
    "imam",
    "king",
    "prince",
    "emir",
    "brigadier",
    "colonel",
    "major",
    "lieutenant",
    "commander",
    "martyr",
    "martyrs",
    "his",
    "eminence",
    "excellency",
}

# Titles held by one person, whose name news gives after the body the title is of
# ("the deputy head of the PMU … al-Muhandis"); also words no name is made of.
HOLDER_TITLES = frozenset(
    [
        "commander",
        "chief",
        "head",
        "leader",
        "deputy",
        "secretary",
        "general",
        "minister",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "ambassador",
        "founder",
        "governor",
        "emir",
        "coordinator",
    ]
)


def state_after_of(
    w: TokenTable, head: int, states: dict[int, tuple[int, str]]
) -> tuple[int, str] | None:
    """The end and id of a state named in "of [the] X" right after a noun ("the government
    of Cambodia", "the people of the United States"), when the phrase hangs on that noun."""
    if head + 2 >= len(w.lower) or w.lower[head + 1] != "of":
        return None
    start = head + 3 if w.lower[head + 2] == "the" else head + 2
    found = states.get(start) or states.get(head + 2)
    if found is None or w.head[head + 1] != head:
        return None
    end = found[0]
    if end + 1 < len(w.lower) and w.lower[end] in ("and", "or", ",") and end + 1 in states:
        return None  # "the governments of France and Germany": two states, two countries
    return found


# Organs of a state, which take the country of the state or capital they are "in"
# ("police in Minsk", "authorities in Cuba"); people of other kinds there need not be
# its own ("refugees in Lebanon", "troops in Syria").
STATE_ORGANS = frozenset({"GOV", "COP", "JUD", "LEG"})

# Head words of the names of bodies of people ("the Group to Support Islam and Muslims",
# "the Union of Democratic Forces of Guinea", "the Movement for Democratic Change").
BODY_NAME_HEADS = frozenset({"group", "movement", "front", "party", "council", "organization",
                             "organisation", "coalition", "alliance", "union", "committee",
                             "brigades", "forces", "army", "league", "association", "society",
                             "network", "foundation", "congress", "rally", "militia"})  # fmt: skip


# Words for a settlement or a division whose "of" names it ("the district of Nerkh").
SETTLEMENTS = frozenset({"district", "town", "city", "village", "province", "region",
                          "county", "municipality", "governorate", "neighbourhood",
                          "neighborhood", "suburb", "township", "hamlet", "locality"})  # fmt: skip


_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central",
                         "northeastern", "northwestern", "southeastern", "southwestern",
                         "north-eastern", "north-western", "south-eastern", "south-western"})  # fmt: skip


# Parts and surroundings of a place named after "of" ("the outskirts of X", "the port of X").
_PARTS_OF_A_PLACE = frozenset({"outskirts", "edge", "port", "vicinity", "environs", "suburbs",
                               "countryside", "entrance", "gates", "heart", "centre", "center",
                               "periphery"})  # fmt: skip
# Ways and lines between two places ("the road between X and Y").
_WAYS_BETWEEN = frozenset({"road", "highway", "route", "motorway", "railway", "axis", "corridor"})


def named_as_settlement(w: TokenTable, start: int) -> bool:
    """Whether a name follows "the town of", "the district of", "the outskirts of" …
    ("captured the district of Nerkh"), or is one end of "the road between X and Y": a
    place's name, whatever the recogniser took it for."""
    if start >= 2 and w.lower[start - 1] == "of":
        return w.lower[start - 2] in SETTLEMENTS or w.lower[start - 2] in _PARTS_OF_A_PLACE
    between = next(
        (i for i in range(start - 1, max(start - 6, 0), -1) if w.lower[i] == "between"), None
    )
    if between is None or between < 1 or w.lower[between - 1] not in _WAYS_BETWEEN:
        return False
    # (the first end right after "between", the second right after its "and")
    return start == between + 1 or w.lower[start - 1] == "and"


def patron_named(w: TokenTable, start: int, end: int) -> str:
    """The name of people with the patron a word before them gives ("Russian-backed
    separatists", "Iran-aligned militias"): the words from the patron's name on."""
    from annalyst.nlp.tree_walks import PATRON_PARTICIPLES

    if start >= 3 and w.text[start - 2] == "-" and w.lower[start - 1] in PATRON_PARTICIPLES:
        start -= 3
    doc = w.doc
    return str(doc[start:end].text)


def state_where(
    w: TokenTable,
    head: int,
    states: dict[int, tuple[int, str]],
    capital_of: Callable[[str], str | None],
    people_of: Callable[[str], str | None] = lambda _: None,
) -> str | None:
    """The id of the state whose name or capital follows "in" or "from" hanging on a noun
    ("police in Minsk", "officials from Peru", "police in northern Mali"), or whose
    people's adjective names the kind of place that follows ("police in the Serbian city
    of Novi Sad"); ``capital_of`` reads a capital's state, ``people_of`` an adjective's."""
    if head + 2 >= w.n or w.lower[head + 1] not in ("in", "from") or w.head[head + 1] != head:
        return None
    start = head + 3 if w.lower[head + 2] == "the" and head + 3 < w.n else head + 2
    while start + 1 < w.n and w.lower[start] in _DIRECTIONS:
        start += 1  # ("in northern Mali", "in the south-east of …" stays unread)
    if (
        start + 2 < w.n
        and w.lower[start + 1] in SETTLEMENTS
        and w.lower[start + 2] == "of"
        and (state := people_of(w.text[start])) is not None
    ):
        return state
    found = states.get(start)
    if found is not None:
        return found[1]
    if w.ent_type[start] != "GPE":
        return None
    end = start + 1
    while end < w.n and w.doc[end].ent_iob_ == "I":
        end += 1
    return capital_of(w.doc[start:end].text)


# Nouns for several bodies joined ("the coalition", "the alliance"): they refer back
# only to a body called so, never to any group named before.
UNION_NOUNS = frozenset({"coalition", "alliance", "bloc"})


def called_so(actor: dict[str, Any], noun: str) -> bool:
    """Whether a description by ``noun`` can refer back to an actor: any actor, or for
    "the coalition" one whose name says it is one ("the alliance" is also a treaty
    organisation, a pact or an axis: NATO, the Warsaw Pact, the Axis of Resistance; "the
    party" is a party)."""
    name = str(actor.get("name", "")).lower()
    if noun == "alliance" and any(word in name for word in _ALLIANCE_NAMES):
        return True
    if noun == "party":
        # "the party": a party, or a body of no known kind that is no organ
        # ("Hezbollah's Executive Council … the party": Hezbollah)
        sectors = actor.get("sectors") or ()
        if "PTY" in sectors or "party" in name:
            return True
        return not sectors and name.rsplit(" ", 1)[-1] not in _ORGANS
    return noun not in UNION_NOUNS or noun in name


# Last words of the names of organs, which "the party" never refers back to.
_ORGANS = frozenset({"council", "committee", "office", "bureau", "ministry", "court",
                     "command", "assembly", "parliament", "board", "agency", "authority",
                     "directorate", "secretariat", "cabinet"})  # fmt: skip

# Words in the names of bodies news calls "the alliance".
_ALLIANCE_NAMES = (
    "treaty organization",
    "treaty organisation",
    "pact",
    "axis",
    "coalition",
    "nato",
    "csto",
    "aukus",
)


def slug_of(text: str) -> str:
    """An id-safe form of a name ("Moon Jae-in" -> "moon-jae-in")."""
    return re.sub(r"[^\w]+", "-", normalize_alias(text)).strip("-") or "x"


def media_actor(text: str) -> dict[str, Any] | None:
    """A news outlet of the registry named as an actor ("told Al Mayadeen")."""
    from annalyst.knowledge.outlets import default_registry

    registry = default_registry()
    name = registry.canonical(text)
    if name is None:
        return None
    outlet = registry.get(name)
    return {
        "id": f"media:{slug_of(name)}",
        "name": name,
        "text": text,
        "country": outlet.country if outlet else None,
        "sectors": ["MED"],
        "type": "organization",
    }


def nationality_split(
    w: TokenTable, start: int, named: set[int], agents: AgentLexicon
) -> tuple[int, str] | None:
    """A people's word right before an agent noun that the parser set apart as a noun of
    its own ("accused Azerbaijani troops", "Azerbaijani" read as a name): where it stands
    and its country."""
    before = start - 1
    if before < 0 or before in named or w.dep[before] not in ("dobj", "nsubj", "compound", "amod"):
        return None
    nationality = agents.nationality(w.text[before])
    if nationality is None or not nationality.country:
        return None
    return before, nationality.country


# Words before "bombers" or "fighters" that make them aircraft, not people.
_AIRCRAFT_KINDS = {"fighter", "jet", "stealth", "strategic", "heavy", "supersonic", "long-range"}
_AIRCRAFT_MODEL = re.compile(r"^[a-z]{1,3}-?\d{1,3}[a-z]?$")  # F-15, B-52, Su-24, MiG-29


def warplane(token: Token) -> bool:
    """ "Fighter-bombers", "B-52 bombers", "F-15 fighters": aircraft, not fighters."""
    if token.lemma_.lower() not in ("bomber", "fighter"):
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (c.lower_ in _AIRCRAFT_KINDS or _AIRCRAFT_MODEL.match(c.lower_) is not None)
        for c in token.children
    )


def with_identity(w: TokenTable, chunk_start: int, start: int, named: set[int]) -> int:
    """Where an agent's words start once the name of the people, faith or movement the
    lexicon does not know is kept before them ("Rohingya refugees", "Islamist
    militants", "Fulani herders"): whose they are is part of who they are; so are the
    adjectives of standing before them (:func:`with_standing`)."""
    while start > chunk_start:
        before = start - 1
        if (
            before in named
            # (a body's name is its own actor: "Ecowas peacekeepers" act for ECOWAS)
            # (a people's name the model took for a person, or for a body when shaped
            # like a people's adjective, that no actor answers to: "Tuareg fighters",
            # "Tigrayan forces"; not "Ecowas peacekeepers")
            or w.ent_type[before] not in ("", "NORP", "PERSON", "ORG")
            or (w.ent_type[before] == "ORG" and not _people_word(w.text[before]))
            or w.dep[before] not in ("compound", "amod", "nmod")
            or not w.text[before][:1].isupper()
            or not w.text[before].isalpha()
            or (
                w.pos[before] != "PROPN"
                and w.ent_type[before] != "NORP"
                # (a capital at a sentence's start says nothing: "Security forces")
                and (
                    w.pos[before] not in ("ADJ", "NOUN")
                    or before == 0
                    or w.sent_start[before] == 1
                    or w.is_punct[before - 1]  # ("“Major companies …")
                )
            )
        ):
            break
        start = before
    return with_standing(w, chunk_start, start)


def _people_word(word: str) -> bool:
    """A word shaped like a people's adjective ("Tigrayan", "Sudanese")."""
    return len(word) > 4 and word.endswith(("an", "ese", "ish"))


# Adjectives of a standing that says who people are ("former ministers", "ethnic armed
# groups", "exiled dissidents"): dropped, they would name others.
STANDINGS = frozenset({"former", "ex", "retired", "exiled", "ethnic", "jailed", "detained",
                       "imprisoned", "displaced", "dissident", "striking", "ousted", "deposed",
                       "sacked", "dismissed", "fugitive", "convicted"})  # fmt: skip


def with_standing(w: TokenTable, chunk_start: int, start: int) -> int:
    """Where an agent's words start once the adjectives of standing before them are kept
    ("three former ministers": "former ministers")."""
    while (
        start > chunk_start
        and w.lower[start - 1] in STANDINGS
        and w.pos[start - 1] in ("ADJ", "VERB")
    ):
        start -= 1
    return start
