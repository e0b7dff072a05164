"""What an argument word is, read off one token or one resolved actor: a person as a
possessor, a country or a city, a harmful act named by a noun, a facility, the owners of a
nominal trigger, a building (which never acts), the warner's own side in a warning, and
whose pressure a refusal defies."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_links import noted_claimant
from annalyst.nlp.clause_shapes import INTENDING_NOUNS, charge_phrase
from annalyst.nlp.events.argtables import (
    _JUDGING,
    _OBJECT_PREPS,
    _OWNER_PREPS,
    _SUFFERING,
)
from annalyst.nlp.events.owners import _FACILITIES, _opposed
from annalyst.nlp.events.unnamed import _is_person_noun, _is_weapon, _place_actor
from annalyst.nlp.syntax import (
    ancestors,
    conjuncts,
    is_passive,
    is_verb,
    passive_agents,
    prep_objects,
)
from annalyst.nlp.syntax_words import ACCUSING_OF, AVENGING, GO_BETWEEN, UPHEAVALS

# Acts that answer something done before ("retaliated for the strike").
_AVENGING = AVENGING
# Buildings and sites: what is hit or held, never who acts ("its troops and bases are
# there for fighting terrorism").
_STRUCTURES = {"base", "bases", "airbase", "airbases", "airfield", "barracks", "outpost",
               "outposts", "checkpoint", "checkpoints", "building", "buildings", "facility",
               "facilities", "mosque", "mosques", "church", "churches", "temple", "temples",
               "synagogue", "synagogues", "shrine", "shrines", "hospital", "hospitals",
               "school", "schools", "market", "markets", "hotel", "hotels"}  # fmt: skip


def _own_side(recipient: dict[str, Any], doers: list[Token], actors: list[dict[str, Any]]) -> bool:
    """Whether a recipient read from "warned that X would strike" is the warner's own side
    ("Iran's foreign minister warned that Tehran would take revenge", "warned that his
    forces would target ships"): the one who would do the harm, not who would suffer it."""
    start = recipient.get("start", -1)
    if not any(d.left_edge.idx <= start < d.right_edge.idx + len(d.right_edge) for d in doers):
        return False
    countries = {a.get("country") for a in actors if a.get("country")}
    countries |= {str(a["id"]).upper()[:3] for a in actors if a.get("type") == "state"}
    first = str(recipient.get("text") or "").split()[:1]
    return recipient.get("country") in countries or (
        bool(first) and first[0].lower() in ("his", "her", "its", "their", "our")
    )


def _structure(actor: dict[str, Any]) -> bool:
    words = str(actor.get("text") or "").split()
    return (
        str(actor.get("id", "")).startswith("~agent:")
        and bool(words)
        and (words[-1].lower() in _STRUCTURES)
    )


def _is_person_possessor(token: Token, mentions: dict[int, ResolvedMention]) -> bool:
    if token.lower_ in ("his", "her", "their"):
        return True
    mention = mentions.get(token.i)
    if mention is not None and mention.actor is not None:
        return mention.actor.get("type") == "person"
    return token.ent_type_ == "PERSON"


def _is_country(token: Token) -> bool:
    actor = _place_actor(token, capitals=False)
    return actor is not None


# Harmful acts named by a noun: a judgement of one answers to who did it.
_HARM_ACTS = {
    "assassination",
    "killing",
    "murder",
    "attack",
    "bombing",
    "shelling",
    "strike",
    "airstrike",
    "raid",
    "shooting",
    "massacre",
    "execution",
    "abduction",
    "kidnapping",
    "arrest",
    "detention",
    "torture",
    "beheading",
    "invasion",
    "sanction",
    "sanctions",
    "blockade",
    "siege",
    "embargo",
    "occupation",
}


def _is_harm_act(token: Token, mentions: dict[int, ResolvedMention]) -> bool:
    # ("accused the occupation of committing a massacre": the one charged, not an act)
    charged = any(charge_phrase(c) for c in token.children)
    # ("accused the occupation on Monday of committing …": the phrase hung on the verb)
    charged = charged or (
        token.dep_ in ("dobj", "obj")
        and token.head.lemma_.lower() in ACCUSING_OF
        and any(charge_phrase(c) and c.i > token.i for c in token.head.children)
    )
    return token.lemma_.lower() in _HARM_ACTS and token.i not in mentions and not charged


def _countered_act(obj: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """An attack or a plot that is repelled or foiled: its own "on" and "against" name
    whom it was aimed at, who are not met by the foiling."""
    return _is_harm_act(obj, mentions) or obj.lemma_.lower() in INTENDING_NOUNS


# Meetings a city name can give its name to ("the Vienna talks", "the Astana process").
_GATHERINGS = {"talk", "talks", "negotiation", "conference", "summit", "meeting", "process"}


def _is_city(token: Token) -> bool:
    """A place name that is not a country's ("Vienna", not "Iran")."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") and not _is_country(token)


def _names_a_land(word: Token) -> bool:
    """A country named by its name or as "the country"."""
    return word.lemma_.lower() in ("country", "nation") or _names_a_state(word)


def _names_a_state(word: Token) -> bool:
    """Whether one word, alone, is a state's name ("Iran" in "the Iran-Iraq war")."""
    return any(a.type == "state" for a in KnowledgeBase.load().lookup(word.text))


_GO_BETWEEN = GO_BETWEEN


def _owners(token: Token) -> list[Token]:
    """Who owns a nominal trigger: its possessor or actor modifiers ("the US drone strike"),
    or its "by" phrase; a trigger that only modifies a noun shares that noun's possessor
    ("his resignation speech")."""
    out = [
        c
        for c in token.children
        if (
            c.dep_ in ("poss", "compound", "amod", "nmod")
            # "Iran's missile strikes" with the weapon parsed as the noun's subject
            or (c.dep_ == "nsubj" and c.i == token.i - 1 and _is_weapon(c))
        )
        and c.ent_type_ not in ("TIME", "DATE")
    ]  # (not "a 6 PM deadline", "the March offensive")
    out = [c for c in out if not _opposed(c)]  # (not "anti-ISIS operations")
    # (not "an EU-brokered truce", "a Qatari-mediated deal": a go-between's, not a side's)
    out = [c for c in out if c.lower_ not in _GO_BETWEEN]
    if token.lemma_.lower() in UPHEAVALS:
        # "Sudan's coup", "the country's third coup": where it befell, not who made it
        out = [c for c in out if not (c.dep_ == "poss" and _names_a_land(c))]
    if token.pos_ == "NOUN":
        # "a Beirut strike", "the Ankara bombing": a city before the act is where it was
        out = [c for c in out if not (c.dep_ == "compound" and _is_city(c))]
    # "CW attacks": a weapon is how, not who; "an IRGC missile strike": its owner is
    out = [
        o
        for c in out
        for o in (
            [g for g in c.children if g.dep_ in ("compound", "amod", "poss", "nmod")]
            if c.dep_ in ("compound", "nsubj") and _is_weapon(c)
            else [c]
        )
    ]
    # "the Iran-Iraq war", "the Armenia-Azerbaijan talks": both sides of a hyphened pair
    out = [
        t
        for c in out
        for t in (
            *(
                g
                for g in c.children
                if g.dep_ in ("compound", "nmod", "npadvmod", "amod")
                and g.i + 2 == c.i
                and g.doc[g.i + 1].text in ("-", "–")
                and g.pos_ == "PROPN"
                and c.pos_ == "PROPN"  # (not "Iran-backed": a patron, see owners)
                # a state on one side at least, not one name ("Jean-Pierre",
                # "Nagorno-Karabakh", "Kirkuk-Baniyas")
                and (_names_a_state(g) or _names_a_state(c))
            ),
            c,
        )
    ]
    if any(c.dep_ == "poss" for c in out):
        # "Sadr's Twitter resignation": with an owner named, a name between says how
        out = [c for c in out if not (c.dep_ == "compound" and c.pos_ == "PROPN")]
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        out.extend(c for c in token.head.children if c.dep_ == "poss" and c.i < token.i)
    out.extend(passive_agents(token))
    out.extend(_stray_agents(token))
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            out.extend(g for c in child.children if c.dep_ == "pobj" for g in conjuncts(c))
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _DOING:
            # "the attack carried out by the Islamic State": whoever carried it out
            out.extend(a for p in passive_agents(child) for a in conjuncts(p))
    return out


def _stray_agents(noun: Token) -> list[Token]:
    """The "by" phrase the parser hangs on a word above a nominal trigger that cannot
    take an agent of its own: an active verb or a noun that is no act ("claimed to show
    evidence of killing by the government", "a return to sabotage activities by Daesh"),
    when the phrase follows the trigger and names a body or a person."""
    if noun.pos_ != "NOUN":
        return []
    out: list[Token] = []
    for above in ancestors(noun, 5):
        if above.pos_ == "ADP":
            continue
        passive = any(c.dep_ == "auxpass" for c in above.children) or above.tag_ == "VBN"
        if (is_verb(above) and passive) or above.pos_ not in ("VERB", "NOUN"):
            break
        for prep in above.children:
            if prep.dep_ != "prep" or prep.lower_ != "by" or prep.i < noun.i:
                continue
            out.extend(
                agent
                for pobj in prep.children
                if pobj.dep_ == "pobj"
                for agent in conjuncts(pobj)
                if _named_body(agent)
            )
        own_phrase = noun.dep_ == "compound" and above.i == noun.head.i
        if out or is_verb(above) or (not own_phrase and _could_be_act(above)):
            break
    return out


def _named_body(token: Token) -> bool:
    """Whether a word names a body or a person by a name or a people's name."""
    named = ("ORG", "GPE", "NORP", "PERSON")
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in named
        or any(c.dep_ in ("amod", "compound") and c.ent_type_ in named for c in token.children)
    )


def _could_be_act(noun: Token) -> bool:
    """A noun that may name an act with an agent of its own ("an attack", "sabotage")."""
    return noun.lemma_.lower() not in _NO_ACT_NOUNS


# Nouns above an act's noun that name no act whose agent a "by" phrase could be.
_NO_ACT_NOUNS = {"return", "evidence", "form", "wave", "series", "spate", "string", "number",
                 "kind", "type", "sort", "part", "rise", "surge", "increase", "resumption"}  # fmt: skip


# Participles of doing an act, whose "by" agent owns the act ("carried out by X").
_DOING = {"carry", "conduct", "launch", "perpetrate", "commit", "stage", "mount", "execute",
          "claim", "undertake"}  # fmt: skip


# Participles of putting a measure in force, whose "by" agent answers for the measure.
_IMPOSING = {"impose", "enforce", "declare", "slap", "reimpose"}


def _imposed_by(measure: Token) -> list[Token]:
    """Whoever put a judged measure in force: "the sanctions imposed by the Treasury"."""
    return [
        a
        for c in measure.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _IMPOSING
        for p in passive_agents(c)
        for a in conjuncts(p)
    ]


def _is_facility(token: Token) -> bool:
    return token.lemma_.lower() in _FACILITIES and any(
        c.dep_ in ("poss", "compound", "amod") for c in token.children
    )


def _is_place_token(token: Token, mentions: dict[int, ResolvedMention]) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.i not in mentions


# What a refusal can be "despite" or "under": someone's asking.
_PRESSING = {"request", "pressure", "call", "demand", "plea", "appeal", "order", "ultimatum",
             "urging", "insistence", "calls", "demands"}  # fmt: skip


def _defied(token: Token) -> list[Token]:
    """Whose asking a refusal goes against: "declined to resign despite the president's
    request", "… under pressure from party leaders", "despite the pressure by Congress"."""
    out: list[Token] = []
    # "accused X of rigging the vote, a charge officials rejected", "…, an accusation the
    # Kremlin denied": whoever made the charge
    out.extend(noted_claimant(token))
    for prep in token.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("despite", "under"):
            continue
        if prep.head.i != token.i and prep.head.head.i != token.i:
            continue  # on the verb or on its complement ("declined to resign despite …")
        for pressing in prep.children:
            if pressing.dep_ != "pobj" or pressing.lemma_.lower() not in _PRESSING:
                continue
            out.extend(c for c in pressing.children if c.dep_ == "poss")
            for by in pressing.children:
                if by.dep_ == "prep" and by.lower_ in ("by", "from", "of"):
                    out.extend(g for c in by.children if c.dep_ == "pobj" for g in conjuncts(c))
    return out


def _avenged_doers(act: Token, mentions: dict[int, ResolvedMention]) -> list[Token]:
    """Whom avenging an act is aimed at: whoever did it ("the killing of X by Y", "the
    Israeli strike"), never a person it was done to ("avenge Soleimani's killing")."""
    return [
        o
        for o in _owners(act)
        if not (o.dep_ == "poss" and (_is_person_possessor(o, mentions) or _is_person_noun(o)))
    ]


# Fighting that is given names of its own.
_NAMED_BATTLES = {"battle", "war", "operation", "offensive", "campaign", "uprising", "intifada"}
# Verbs whose subject meets a deed "with" someone else's ("met with protests"), or is
# only marked by it ("the alliance materialized with the signing of the accords").
_MET_WITH = {"meet", "face", "receive", "greet", "encounter", "confront", "deal", "cope",
             "contend", "grapple", "coincide", "collide", "agree", "disagree", "comply",
             "materialize", "materialise", "begin", "start", "end", "culminate", "open",
             "close", "conclude", "come", "continue", "grow", "emerge", "change"}  # fmt: skip
# Verbs whose object an act "with" which they are done leaves better off, not harmed.
# Verbs of helping someone "in" a deed: the helper and the helped both do it ("helping
# US forces in the looting of Syrian oil", "assisted the army in the capture of the town")
_HELPING_IN = {"help", "assist", "aid", "support", "back", "join"}
_BETTERING = {"stabilize", "stabilise", "secure", "protect", "defend", "save", "help",
              "reward", "strengthen", "liberate", "free", "rescue", "restore", "calm"}  # fmt: skip


def _battle_name(owner: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """A proper name before a fighting noun that names no known actor."""
    if owner.dep_ not in ("compound", "nmod") or owner.pos_ != "PROPN":
        return False
    return _no_known_actor(owner, mentions)


def _battle_called(word: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """A name after "of" that calls a fighting noun, no place and no known actor ("the
    battle of Seif al-Quds"; not "the battle of Mosul", "the war of Israel on Gaza")."""
    prep = word.head
    return (
        word.dep_ == "pobj"
        and word.pos_ == "PROPN"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _NAMED_BATTLES
        and word.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        and _no_known_actor(word, mentions)
    )


def _no_known_actor(word: Token, mentions: dict[int, ResolvedMention]) -> bool:
    mention = mentions.get(word.i)
    if mention is None or mention.actor is None:
        return True
    ident = str(mention.actor.get("id", ""))
    return ident.startswith("~") and not ident.startswith("~agent:")


def told_that(verb: Token) -> bool:
    """Whether a verb has a "that" clause of what is told or promised, also where the
    parser hung it on the object as a relative clause ("promised the occupiers that they
    would pay": the clause has a subject of its own)."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return any(
        clause.dep_ == "relcl"
        and clause.left_edge.lower_ == "that"
        and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in clause.children)
        for obj in verb.children
        if obj.dep_ in ("dobj", "obj")
        for clause in obj.children
    )


def _operation_name(head: Token) -> bool:
    """A name that begins with the word "Operation" ("Operation Steel")."""
    first = head.left_edge
    while first.i < head.i and first.pos_ in ("DET", "PUNCT"):
        first = head.doc[first.i + 1]
    return first.text == "Operation" and first.i < head.i


def _state_of_affairs(head: Token) -> bool:
    """ "state of emergency / siege / war": "state of" a thing that is not a place."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(
                p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "NORP")
                for p in child.children
            )
    return False


def _fronted_setting(noun: Token) -> bool:
    """An act named in a phrase set before an active clause ("In the battle of Tikrit,
    the PMU finished their preparations"): where the clause happens, not what it did to
    its object ("In a strike on Monday, ten soldiers were killed" still tells the
    strike's victims)."""
    governor = noun.head.head
    return (
        noun.head.i < governor.i
        and not is_passive(governor)
        and governor.lemma_.lower() not in _SUFFERING
    )


# Prepositions of where an act happened, whose objects are no thing acted upon.
_SETTINGS = {"off", "near", "along", "outside", "inside", "around", "across"}


def acted_upon(word: Token) -> bool:
    """Whether a verb's object is what it acts upon, not where it happened ("hijacked off
    the coast of Somalia": the coast is no one's object)."""
    return not (word.dep_ == "pobj" and word.head.lower_ in _SETTINGS)


# Things two sides share, named with the other side: "its border with X", "ties with X".
_SHARED = {"border", "frontier", "boundary", "tie", "relation", "link"}


def _aimed_at(token: Token) -> bool:
    """Whether a phrase names whom an act is aimed at ("against the PMU", "on Iraq"; not
    "on Sunday" or "at the airport")."""
    if prep_objects(token, ("against", "targeting")):
        return True
    return any(
        p.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for p in prep_objects(token, ("on", "upon"))
    )


def _object_preps(etype: str) -> tuple[str, ...]:
    if etype == "REQUEST":
        # "sought the release of X", "asked for clemency for X": whom the thing asked
        # for would reach
        return (*_OWNER_PREPS, "for")
    if etype in _JUDGING:
        return _OWNER_PREPS
    if etype == "ASSAULT":
        return ("on", "against", "of")
    return _OBJECT_PREPS


def blamed_on(token: Token) -> bool:
    """ "blamed the attack on rebel groups": the parser hangs the "on" phrase on the act,
    but it names whom the act is blamed on, not whom it struck."""
    return token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in ("blame", "pin")
