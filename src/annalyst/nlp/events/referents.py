"""Who an argument word stands for.

Given the head word of an event's argument, find the actor it denotes and the words that
denote it (``text``, ``start``, ``end``: offsets into the document), in this order:

1. a relative pronoun stands for its antecedent ("the militia, which attacked …");
2. a personal pronoun for the actor it refers back to: the subject of a clause above it
   ("X denied that it had attacked"), else the nearest earlier actor of the right kind in
   the sentence, else the subject of the sentences before ("… The group said they …");
   the actor keeps its canonical name, ``text`` is the pronoun;
3. members act for their organisation ("Hezbollah fighters"), weapons for their state
   ("Israeli jets");
4. an actor mention on the word itself;
5. the owner of a facility ("the US base" → US military, "a police station" → police);
6. the owner of a thing that is not an actor: a possessor, a nationality or actor
   modifier, an "of"/"by" complement ("rejected Germany's proposal", "a Swiss-drafted
   resolution", "the request of the council", "the plan submitted by Qatar");
7. an actor mentioned inside the argument's own words ("the head of the delegation");
8. a person or group the lexicon does not name ("two ex-ministers", "a Chechen", "Swiss
   judges"): a provisional actor with the country and sectors its words give.

Anything else (a weapon, an idea, a place) stands for no actor.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actor_words import DOCUMENT_WORDS, HOLDER_TITLES, slug_of
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_shapes import charge_phrase, misread_past, relative_antecedent
from annalyst.nlp.events.argwords import _operation_name, _state_of_affairs
from annalyst.nlp.events.coordination import _expand
from annalyst.nlp.events.descriptions import (
    _definite_country,
    _definite_doers,
    _definite_group,
    _definite_named_group,
    _definite_organ,
    _definite_people,
    _definite_title,
    _officials_of_states,
    of_no_country,
)
from annalyst.nlp.events.groups import (
    _PLATFORMS,
    _RULERS_FORCES,
    _joint_state,
    _latter_or_former,
    _member_named,
    _organs_of_a_place,
    _owned_by_pronoun,
    _owner_across_model,
    _people_in,
    _placed_antecedent,
    _ruler_s_forces,
    _shared_noun_agent,
    _whose_named,
    with_whose,
)
from annalyst.nlp.events.owners import (
    _FACILITIES,
    _flag_state,
    _named_after,
    _nationality_words,
    _owner,
    _same_phrase,
)
from annalyst.nlp.events.pronouns import _pronoun, person_subject_above, unnamed_reporter
from annalyst.nlp.events.quoted import speaker_read_at
from annalyst.nlp.events.title_holders import title_holder
from annalyst.nlp.events.unnamed import (
    _ABROAD,
    _compound_sectors,
    _is_person_noun,
    _is_weapon,
    _place_actor,
    _provisional,
    _state_for,
    body_named_unrecognised,
    occupying_state,
)
from annalyst.nlp.events.words import (
    _from_mention,
    _mention_index,
    _named_already,
    _token_words,
    _with_words,
    _without_titles,
)
from annalyst.nlp.phrase_links import range_start
from annalyst.nlp.syntax import RELATIVE_PRONOUNS, prep_objects

__all__ = [
    "_FACILITIES",
    "_is_person_noun",
    "_mention_index",
    "_place_actor",
    "_resolve_args",
    "_title_holder",
]

_MEMBERS = {
    "fighter",
    "militant",
    "member",
    "commando",
    "gunman",
    "unit",
    "force",
    "cadre",
    "operative",
    "soldier",
    "troop",
    "guard",
    "officer",
    "official",
    "leader",
    "commander",
    "supporter",
    "loyalist",
    "attacker",
    "bomber",
    "jihadist",
    "insurgent",
    "rebel",
    "militiaman",
    "guerrilla",
    "combatant",
    "group",  # "the groups within the PMU", "PMU factions": its own
    "faction",
}
# Those who speak or negotiate for a body named before them ("Hamas negotiators", "NATO
# defence ministers"; not "the Minister of Foreign Affairs": the office's own name)
_SPOKESPEOPLE = {"negotiator", "minister", "delegate", "delegation", "envoy", "representative",
                 "spokesman", "spokesperson", "diplomat", "lawmaker"}  # fmt: skip


# People whose words are their body's ("a spokesman for the coalition").
_VOICES = {"spokesman", "spokeswoman", "spokesperson"}

# Sites a body holds and units it is made of, named "of" it.
_SITES_AND_UNITS = {"headquarters", "base", "position", "outpost", "camp", "office", "compound",
                    "brigade", "battalion", "division", "regiment", "wing", "branch", "cell"}  # fmt: skip

# People and groups the agents lexicon does not list, by sector (singular lemmas).

# Prepositions that name the sides of a relation, not the noun itself.
_PARTNER_PREPS = frozenset({"between", "among", "amongst"})

_QUANTITIES = {
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "number",
    "lot",
    "score",
    "scores",
    "handful",
    "some",
    "many",
    "most",
    "several",
    "all",
    "both",
    "each",
    "none",
    "one",
    "two",
    "three",
    "group",
    "team",
    "delegation",
    "members",
    "member",
    "part",
    "majority",
}


def _resolve_args(
    tokens: Iterable[Token | None], mentions: dict[int, ResolvedMention]
) -> list[dict[str, Any]]:
    """The actors that argument heads stand for, once each, in order."""
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    done: set[int] = set()
    for token in tokens:
        if token is None:
            continue
        for head in _expand(token):
            if head.i in done:
                continue
            done.add(head.i)
            actor = _title_holder(head, mentions) or _actor_for(head, mentions)
            if actor is None:
                continue
            for one in [actor, *actor.pop("also", [])]:
                # Generic actors of one kind may still be different people ("beheaded
                # three men and torched a boys' school"): their words tell them apart.
                key = str(one["id"])
                if key.startswith("~agent:"):
                    # a pronoun is the generic actor it stands for ("the Government of
                    # Hungary expressed its condolences": one actor)
                    key = f"{key}@{one.get('ref_start', one.get('start'))}"
                if key not in seen:
                    seen[key] = len(out)
                    out.append(one)
                elif "ref_start" in out[seen[key]] and "ref_start" not in one:
                    out[seen[key]] = one  # the words that name it, not the pronoun
    # ("The UN envoy is expressing his concern": the envoy once, by the words naming him)
    out = [a for a in out if not ("ref_start" in a and _named_already(a, out))]
    return _without_titles(out)


def _title_holder(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The person a title names (see :mod:`annalyst.nlp.events.title_holders`)."""
    return title_holder(head, mentions, _actor_for)


def _own_country(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The state "his country" or "their nation" is: the country of whom the pronoun
    refers back to."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    referred = _pronoun(owner, mentions) if owner is not None else None
    state = _state_for(str(referred.get("country") or "")) if referred is not None else None
    if state is None or owner is None:
        return None
    return _with_words(state, head.doc, owner.idx, head.idx + len(head.text))


def _identified(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The name a copula identifies a description with: in "the only country that could
    supply them is Iran", whoever the relative clause tells of is Iran."""
    verb = head.head
    if (
        head.dep_ != "nsubj"
        or head.pos_ != "NOUN"
        or head.i in mentions
        or verb.lemma_ != "be"
        or not any(c.dep_ == "relcl" for c in head.children)
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return None
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        mention = mentions.get(attr.i)
        if mention is not None and mention.actor is not None:
            return _from_mention(mention, head.doc)
        if attr.ent_type_ in ("GPE",):
            return _place_actor(attr)
    return None


# Kin, who are people of their own and are named after whose kin they are.
KIN = {"son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece",
        "cousin", "relative", "father", "mother", "uncle", "aunt", "grandson"}  # fmt: skip


def _relative(
    head: Token, mentions: dict[int, ResolvedMention], depth: int
) -> dict[str, Any] | None:
    """A named person's kin ("the son of former Prime Minister Ion Sturza"): a person
    of their own, named by the relation, never the person they are kin to."""
    if head.lemma_.lower() not in KIN or head.i in mentions:
        return None
    # ("her daughter said …": the kin of whom the pronoun refers back to)
    kin_of = prep_objects(head, ("of",)) or [
        c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")
    ]
    if not kin_of:
        return None
    person = _actor_for(kin_of[0], mentions, depth + 1)
    one = person is not None and (person.get("type") == "person" or kin_of[0].tag_ == "NN")
    if person is None or not one:
        return None  # ("the sons of the fighters": many people's kin, left to the rules)
    name = f"{head.lemma_.lower()} of {person['name']}"
    actor: dict[str, Any] = {"id": f"~person:{slug_of(name)}", "name": name, "country": person.get("country"),
             "sectors": [], "type": "person"}  # fmt: skip
    if kin_of[0].i < head.i:  # "her daughter": the words are the pronoun and the kin
        return _with_words(actor, head.doc, kin_of[0].idx, head.idx + len(head.text))
    end = max(kin_of[0].idx + len(kin_of[0].text), int(person.get("end") or 0))
    return _with_words(actor, head.doc, head.idx, end)


def _office_of_state(
    head: Token, mentions: dict[int, ResolvedMention], depth: int
) -> dict[str, Any] | None:
    """A state's officer named by the state's possessive ("the West African country's
    president", "Mali's defence minister"): a person of that state, not the state."""
    if head.i in mentions or head.tag_ != "NN" or head.lemma_.lower() not in HOLDER_TITLES:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    state = _actor_for(owner, mentions, depth + 1)
    own = _provisional(head)
    if state is None or state.get("type") != "state" or not state.get("country") or own is None:
        return None
    country = str(state["country"])
    sector = "-".join(s.lower() for s in own.get("sectors") or []) or head.lemma_.lower()
    first = owner.left_edge
    while first.dep_ == "det" and first.i < owner.i:
        first = head.doc[first.i + 1]
    name = head.doc[first.i : head.i + 1].text
    actor = dict(own, id=f"~agent:{country}:{sector}", name=name, country=country)
    return _with_words(actor, head.doc, first.idx, head.idx + len(head.text))


def _partner_phrase(token: Token, head: Token, preps: frozenset[str] = _PARTNER_PREPS) -> bool:
    """Whether a word hangs on a phrase through a preposition of the sides of a relation
    ("tensions between Baghdad and the PMU"): not who the phrase is."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in preps:
            return True
        current = current.head
    return False


def _known(mention: ResolvedMention | None) -> bool:
    """A mention the knowledge base names ("Operation Inherent Resolve"'s task force)."""
    actor = mention.actor if mention is not None else None
    return actor is not None and not str(actor.get("id", "")).startswith("~")


# A person's own people, who act and are acted upon as themselves.
_ENTOURAGE = {"follower", "supporter", "loyalist", "aide", "adviser", "advisor", "associate",
              "bodyguard", "partisan", "disciple", "devotee", "son", "daughter", "relative",
              "wife", "husband", "brother", "sister", "nephew", "cousin", "family"}  # fmt: skip


# Words of members fighting for a side ("forces loyal to X", "fighters affiliated with X").
_SIDING = {"loyal", "affiliated", "allied", "aligned", "belonging", "linked", "tied", "connected"}

# People named by whom they back: never that one.
_FOLLOWERS = {"supporter", "loyalist", "follower", "partisan"}


def _actor_for(
    head: Token, mentions: dict[int, ResolvedMention], depth: int = 0
) -> dict[str, Any] | None:
    actor = _actor_of_words(head, mentions, depth)
    if actor is None or head.pos_ == "PRON":
        return actor
    return with_whose(_whose_named(actor, head, mentions), head)


# Nouns by which an apposition describes a body named before it ("…, a rebel group that").
_DESCRIBING_BODIES = frozenset(
    {"group", "militia", "movement", "faction", "organisation", "organization", "outfit",
     "network", "coalition", "alliance", "party", "force"}
)  # fmt: skip


def _a_named_person(word: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """ "Tahseen al-Hamidawi, a long-time fighter who …": a person the text names."""
    mention = mentions.get(word.i)
    return mention is not None and (mention.actor or {}).get("type") == "person"


def _the_occupation(head: Token) -> dict[str, Any] | None:
    """ "The occupation" acting ("the occupation bombed …", "the occupation had
    prevented …"): the occupying state the article speaks of (:mod:`annalyst.nlp.occupation`),
    not an occupation of somewhere ("the occupation of Iraq")."""
    if (
        head.lower_ != "occupation"
        or head.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj", "poss")
        or (head.dep_ == "pobj" and head.head.lower_ != "by")
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        # ("accused the occupation of committing a massacre": its charge, not whose)
        or any(c.dep_ == "prep" and not charge_phrase(c) for c in head.children)
    ):
        return None
    state = occupying_state(head.doc)
    return _token_words(state, [head]) if state is not None else None


def _actor_of_words(
    head: Token, mentions: dict[int, ResolvedMention], depth: int = 0
) -> dict[str, Any] | None:
    doc = head.doc
    if depth > 3:
        return None
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in ("relcl", "acl"):
        # "Soleimani and al-Muhandis, who were killed …": the relative's antecedent.
        antecedents = _expand(relative_antecedent(head.head.head, head))
        named = [
            a for a in (_actor_for(t, mentions, depth + 1) for t in antecedents) if a is not None
        ]
        return named[0] if len(named) == 1 else (dict(named[0], also=named[1:]) if named else None)
    if head.lower_ == "whose":
        # "the cleric whose fatwa founded the PMU": the fatwa is the cleric's
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return None
        noun = clause.head.head if clause.head.dep_ == "appos" else clause.head
        actor = _actor_for(noun, mentions, depth + 1)
        return None if actor is None else _with_words(actor, doc, head.idx, head.idx + len(head))
    if (occupying := _the_occupation(head)) is not None:
        return occupying  # "the occupation bombed a school": the occupier the article means
    if (
        head.dep_ == "appos"
        and (head.lemma_.lower() in _DESCRIBING_BODIES or _a_named_person(head.head, mentions))
        and head.i not in mentions
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        # (not "a senior Hezbollah commander": a description that names its own side)
        and not any(t.i in mentions for t in head.subtree if t.i < head.i)
    ):
        # "Fighters of the ADF, a rebel group that …": the group the description is of
        described = _actor_for(head.head, mentions, depth + 1)
        if described is not None:
            return described
    if head.pos_ == "PRON" and head.lower_ not in ("some", "many", "most", "all", "both"):
        found = _placed_antecedent(_pronoun(head, mentions), doc)
        reporter = unnamed_reporter(head, found, mentions)
        if reporter is not None:
            # "The militia said it had shelled the camp": that militia, named no further
            actor = _actor_for(reporter, mentions, depth + 1)
            return (
                None if actor is None else _with_words(actor, doc, head.idx, head.idx + len(head))
            )
        above = person_subject_above(head) if found is None else None
        if above is not None:
            # "the minister went to Ankara, where she held talks": that minister
            actor = _actor_for(above, mentions, depth + 1)
            if actor is not None:
                return dict(
                    _with_words(actor, doc, head.idx, head.idx + len(head)),
                    ref_start=above.left_edge.idx,
                    ref_end=above.idx + len(above),
                )
        # ("He also criticized …" after paragraphs of what one man said: the quote layer
        # has read the speaker the pronoun stands for)
        return found or speaker_read_at(head)
    if head.dep_ in ("csubj", "csubjpass"):
        return None  # "shelling hospitals violates the law": an act is the subject, no one
    if head.lemma_.lower() in _FOLLOWERS and head.i not in mentions:
        # "government supporters", "opposition supporters": people who back a body,
        # not the body
        return _provisional(head)
    group = (
        _definite_group(head, mentions)
        or _definite_country(head, mentions)
        or _definite_named_group(head, mentions)
        # ("Foreign Minister Zarif … The minister": the one so named, before any organ)
        or _definite_title(head, mentions)
        or _officials_of_states(head, mentions)
        or _definite_organ(head, mentions)
        or _definite_people(head, mentions)
        or _definite_doers(head, mentions)
    )
    if group is not None:
        return group  # "the group": the organisation named before; "the country"
    identified = _identified(head, mentions)
    if identified is not None:
        return identified  # "the only country that could arm them is Iran"
    relative = _relative(head, mentions, depth)
    if relative is not None:
        return relative  # "the son of Ion Sturza", "her daughter": their kin, not them
    if head.lower_ in ("latter", "former") and head.i not in mentions:
        return _latter_or_former(head, mentions)
    if head.pos_ == "PROPN" and _operation_name(head) and not _known(mentions.get(head.i)):
        return None  # "launched Operation Steel": the act's name, not whom it reaches
    if head.pos_ == "PROPN" and head.lower_ in DOCUMENT_WORDS and head.i not in mentions:
        return None  # "the Stockholm Agreement", "the Abraham Accords": named after a
        # venue or a patriarch, not made by them
    if head.lemma_.lower() == "state" and head.i not in mentions and _state_of_affairs(head):
        return None  # "lifted the state of emergency": a condition, not a state
    # ("Tajik and Kyrgyz border guards": the parser may take the first for a name)
    paired_name = (
        head.pos_ == "PROPN"
        and head.dep_ in ("nmod", "compound")
        and any(c.dep_ == "conj" for c in head.children)
        and _nationality_words(head) is not None
    )
    if (
        (head.pos_ == "ADJ" or paired_name)
        and head.i not in mentions
        and head.lower_ not in _QUANTITIES
    ):
        # "Israeli raids", "South Korean strikes": the nationality's state owns the act
        # (not "many of the groups": the groups counted, below)
        nationality = _nationality_words(head)
        if nationality is not None and nationality[0].country:
            shared = _shared_noun_agent(head, nationality[1])
            if shared is not None:
                return shared  # "Norwegian and Polish navies": the Norwegian navy
            state = _state_for(nationality[0].country)
            if state is not None:
                joint = _joint_state(nationality[1][0])
                if joint is not None and joint["id"] != state["id"]:
                    return dict(joint, also=[_token_words(state, nationality[1])])
                return _token_words(state, nationality[1])
        return None
    if (head.lower_ in _QUANTITIES or head.pos_ == "NUM") and head.i not in mentions:
        # "dozens of fighters", "a number of parties": the people counted
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                member = _member_named(child, mentions)
                if member is not None:
                    return member  # "a member of the Assembly, Mohammed Fawaz"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # "a number of parties and the Taliban": every one counted
                        counted = [
                            a
                            for a in (_actor_for(t, mentions, depth + 1) for t in _expand(pobj))
                            if a is not None
                        ]
                        if len(counted) > 1:
                            return dict(counted[0], also=counted[1:])
                        # ("members of the Proud Boys": a body no one recognised)
                        return counted[0] if counted else body_named_unrecognised([pobj], mentions)
    # "Hezbollah fighters", "IRGC commandos": members act for the named organisation.
    lemma = head.lemma_.lower()
    if lemma in ("country", "nation") and head.i not in mentions:
        own = _own_country(head, mentions)
        if own is not None:
            return own  # "Zarif said his country would retaliate": Iran
    # ("Taliban border guards": the name may hang on the compound before the head)
    for child in head.children:
        for owner_word in (child, *(child.children if child.dep_ == "compound" else ())):
            owner = mentions.get(owner_word.i)
            if (
                owner is not None
                and owner_word.dep_ in ("compound", "poss", "nmod")
                and owner.actor is not None
                and owner.actor.get("type") in ("organization", "group")
                and not str(owner.actor["id"]).startswith("~agent:")
                and (
                    lemma in _MEMBERS
                    # ("NATO jets"; not "Akinci drones": a make the model took for a body)
                    or (lemma in _PLATFORMS and not str(owner.actor["id"]).startswith("~"))
                    or (lemma in _SPOKESPEOPLE and owner_word.dep_ in ("compound", "nmod"))
                )
            ):
                return _with_words(owner.actor, doc, owner.start, head.idx + len(head.text))
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "of", "within")
            and lemma in _MEMBERS
            and not _known(mentions.get(head.i))
        ):
            # "fighters from the Nusra Front": members act for their organisation (not
            # "mercenaries from Serbia": a country's people are not its state)
            for body in (g for g in child.children if g.dep_ == "pobj" and g.i in mentions):
                known = mentions[body.i].actor
                if (
                    known is not None
                    and known.get("type") in ("organization", "group")
                    and not str(known["id"]).startswith("~agent:")
                ):
                    return _from_mention(mentions[body.i], doc)
            unnamed = body_named_unrecognised(prep_objects(head, (child.lower_,)), mentions)
            if unnamed is not None:
                return unnamed  # "members of the Proud Boys": a body no one recognised
        if child.dep_ == "prep" and child.lower_ in ("for", "of") and lemma in _VOICES:
            # "a spokesman for the coalition" speaks for it
            for body in prep_objects(head, (child.lower_,)):
                voiced = _actor_for(body, mentions, depth + 1)
                if voiced is not None:
                    return _with_words(voiced, doc, head.left_edge.idx, body.idx + len(body))
        if child.dep_ in ("amod", "acl") and child.lower_ in _SIDING and lemma in _MEMBERS:
            # "forces loyal to Khalifa Haftar", "fighters affiliated with IS": the side
            # they fight for acts through them
            for body in prep_objects(child, ("to", "with")):
                side = _actor_for(body, mentions, depth + 1)
                if side is not None and not of_no_country(side):
                    return _with_words(side, doc, head.left_edge.idx, body.idx + len(body))
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and lemma in _SITES_AND_UNITS
            and not _known(mentions.get(head.i))
        ):
            # "the headquarters of the 14th Brigade of the PMU", "the armed wing of Hamas":
            # what a named body holds or is made of stands for that body
            for body in (g for g in child.children if g.dep_ == "pobj"):
                held_by = _actor_for(body, mentions, depth + 1)
                if held_by is not None and not str(held_by.get("id", "")).startswith("~"):
                    return held_by
        if (
            child.dep_ == "appos"
            and child.i in mentions
            and head.i not in mentions
            # ("Washington once more bombed Iraqis" misparsed: the object, not a name)
            and not any(misread_past(c) is not None for c in child.children if c.dep_ == "amod")
        ):
            # "his counterpart, Michel Aoun": the name in apposition
            appos = mentions[child.i]
            if appos.actor is not None:
                return _from_mention(appos, doc)
        if (
            child.dep_ == "poss"
            and child.pos_ == "PRON"
            and head.i not in mentions
            and not _is_person_noun(head)
            # (not "his successor Paetongtarn Shinawatra": the one named beside it)
            and not any(c.dep_ == "appos" and c.i in mentions for c in head.children)
        ):
            # "struck his residence": the owner the pronoun refers back to.
            owner_actor = _pronoun(child, mentions)
            if owner_actor is not None:
                return owner_actor
        if (
            child.dep_ == "poss"
            and child.lower_ in ("its", "their")
            and head.i not in mentions
            and (lemma in _PLATFORMS or lemma in _MEMBERS)
        ):
            # "Turkey said its jets killed …": the state's own; "its forces" are that
            # state's forces, of its country
            owned = _owned_by_pronoun(head, child, mentions)
            if owned is not None:
                return owned
        if child.dep_ == "poss" and head.i not in mentions and lemma in _RULERS_FORCES:
            forces = _ruler_s_forces(head, child, mentions)
            if forces is not None:
                return forces  # "Assad's forces": Syria's military, not Assad himself
    model_owner = _owner_across_model(head) if lemma in _PLATFORMS else None
    if model_owner is not None:
        return model_owner  # "Russian Su-24 bombers", "Israeli F-35 jets": that state's
    mention = mentions.get(head.i)
    if mention is not None and mention.actor is not None:
        if str(mention.actor.get("id", "")).startswith("~agent:") and (
            lemma in _PLATFORMS or lemma in _MEMBERS
        ):
            # "its jets", "their fighters": the owner the pronoun refers back to
            owner_pron = next(
                (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None
            )
            if owner_pron is not None:
                referred = _pronoun(owner_pron, mentions)
                if referred is not None:
                    return _with_words(referred, doc, owner_pron.idx, head.idx + len(head))
        actor = _from_mention(mention, doc)
        located = _people_in(head, actor, mentions) or _organs_of_a_place(head, actor)
        if located is not None:
            return located  # "people in Somalia and Kenya": Somalis and Kenyans
        # "Israeli jets", "American warplanes": weapons act for their state.
        if str(actor["id"]).startswith("~agent:") and lemma in _PLATFORMS and actor.get("country"):
            state = _state_for(str(actor["country"]))
            if state is not None:
                return _with_words(state, doc, mention.start, mention.end)
        return actor
    if head.ent_type_ in ("GPE", "LOC") and head.i not in mentions:
        # A country or capital named as a partner: its state ("sent aid to Nepal")
        state = _place_actor(head)
        if state is not None:
            return state
    office = _office_of_state(head, mentions, depth)
    if office is not None:
        return office  # "the country's president": its president, not the country
    if _compound_sectors(head) is not None and head.i not in mentions:
        # "a party member", "an army officer": one agent noun, not the party's or army's
        agent = _provisional(head)
        if agent is not None:
            return agent
    flagged = _flag_state(head)
    if flagged is not None and head.i not in mentions:
        return flagged  # "a British-flagged tanker", "a Greek-owned vessel": that state's
    owned = _owner(head, mentions, depth, _actor_for)
    if owned is not None and not (
        head.lemma_.lower() in _ENTOURAGE and owned.get("type") == "person"
    ):
        # (not "Sadr's followers", "Trump's aides": a person's people are not that person)
        return owned
    if _is_person_noun(head) and head.lemma_.lower() not in _QUANTITIES:
        # "a court in Argentina", "Swiss judges": a group of its own, not the place
        own = _provisional(head)
        if own is not None:
            # ("a court in Moscow": the court there, by name; not "its embassy in
            # Tehran": a mission abroad is its sender's)
            placed = None if head.lemma_.lower() in _ABROAD else _organs_of_a_place(head, own)
            return _people_in(head, own, mentions) or placed or own
    # A mention inside the argument's own words ("the head of the Iraqi delegation").
    for token in head.subtree:
        if (
            token.i in mentions
            and abs(token.i - head.i) <= 6
            and _same_phrase(token, head)
            and not (head.dep_ in ("nsubj", "nsubjpass") and _partner_phrase(token, head))
            and not range_start(token)  # "the highway from Baghdad to Baiji": a stretch
            and not _partner_phrase(token, head, frozenset({"against"}))
            # ("supported the fight against ISIS": whom the fight opposes, not the fight)
        ):
            # ("tensions between Baghdad and the PMU ran high": no side is the subject)
            inner = mentions[token.i]
            if inner.actor is None or _named_after(token, head, inner.actor):
                continue
            if token.dep_ == "compound" and inner.actor.get("type") != "state" and _is_weapon(head):
                continue  # "ATACMS missiles", "Shahed drones": a make, not an owner
            return _from_mention(inner, doc)
    return _provisional(head)
