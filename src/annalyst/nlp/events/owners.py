"""Whose a thing is: the owner of a facility ("the US base", "a police station"), of a
held area ("the rebel-held enclave"), or of a thing that is not an actor ("Germany's
proposal", "a Swiss proposal", "the plan submitted by Qatar"). The owner is resolved with
the same function that resolves any argument word, passed in to keep the modules apart."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from annalyst.knowledge.agents import Nationality
from annalyst.nlp.actor_words import BODY_NAME_HEADS
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.location import _DIVISION_HEADS
from annalyst.nlp.events.unnamed import (
    _agents,
    _generic,
    _is_person_noun,
    _is_weapon,
    _state_for,
    occupying_state,
)
from annalyst.nlp.events.words import _from_mention, _token_words, _with_words
from annalyst.nlp.home_state import armed_forces_of
from annalyst.nlp.occupation import OCCUPYING
from annalyst.nlp.phrase_links import range_start
from annalyst.nlp.syntax import RELATIVE_PRONOUNS, is_verb
from annalyst.nlp.syntax_words import GO_BETWEEN, SIDE_PREFIXES, SPEECH_NOUNS

if TYPE_CHECKING:
    from annalyst.knowledge.actors import KnowledgeBase

Resolve = Callable[[Token, dict[int, ResolvedMention], int], dict[str, Any] | None]

_FACILITIES = {
    "base": "MIL",
    "airbase": "MIL",
    "airfield": "MIL",
    "camp": "MIL",
    "barracks": "MIL",
    "convoy": "MIL",
    "position": "MIL",
    "outpost": "MIL",
    "garrison": "MIL",
    "headquarters": "MIL",
    "checkpoint": "MIL",
    "vehicle": "MIL",
    "patrol": "MIL",
    "post": "MIL",
    "station": "COP",
    "embassy": "GOV",
    "consulate": "GOV",
    "mission": "GOV",
    "compound": "GOV",
    "office": "GOV",
    "ministry": "GOV",
    "building": "GOV",
    "parliament": "LEG",
    "target": "MIL",
    "depot": "MIL",
    "arsenal": "MIL",
    "hideout": "MIL",
    "stronghold": "MIL",
}

# Words that make a possessor's group its opponents ("Sadr's rival parties").
_RIVALS = {"rival", "opposing", "enemy", "hostile", "adversary"}
# Nouns for others named by their tie to someone: "Iran's allies" are not Iran.
_RELATIONS = {"ally", "proxy", "partner", "friend", "enemy", "foe", "rival", "opponent",
              "adversary", "neighbour", "neighbor", "client", "patron", "backer",
              "sponsor", "supporter", "affiliate"}  # fmt: skip

# Places that are often named after a person ("Baghdad's Imam Ali hospital").
_NAMED_SITES = {
    "airport",
    "hospital",
    "street",
    "square",
    "university",
    "mosque",
    "stadium",
    "bridge",
    "school",
    "shrine",
    "highway",
    "port",
}

_HELD = re.compile(r"^(?P<owner>.+?)-(held|controlled|run|occupied|administered)$", re.I)

_WHERE_PREPS = {"in", "at", "near", "during", "inside", "outside", "across", "throughout", "on"}

_HOLDING = {"hold", "held", "control", "controlled", "run", "occupy", "occupied"}

_OWNER_DEPS = ("poss", "compound", "amod", "nmod")


def _opposed(word: Token) -> bool:
    """A modifier after "anti" or "pro" names whom a thing is against or for, not whose it
    is ("the US-led anti-Saddam Hussein coalition", "anti-ISIS operations", "a pro-Iran
    militia")."""
    head = word.head
    if head.i == word.i:
        return False
    return any(
        c.lower_ in SIDE_PREFIXES and c.i < word.i and c.dep_ != "det" for c in head.children
    ) or ("-" in word.lower_ and word.lower_.split("-")[0] in SIDE_PREFIXES)


# Nouns that only stand in for others named by their clause ("the ones killed by …").
_ANY_ONES = {"one", "ones", "those", "others", "other", "rest"}


def _same_phrase(token: Token, head: Token) -> bool:
    """Whether a word belongs to a noun phrase itself, not to a clause inside it ("a
    statement urging North Korea …": North Korea is not the statement's)."""
    current = token
    while current.i != head.i:
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("relcl", "acl", "advcl"):
            return False
        if current.dep_ == "prep" and current.lower_ in _WHERE_PREPS:
            return False  # "the agreement in Sudan": where, not whose
        if current.head.i == current.i:
            return False
        current = current.head
    return True


# Texts a body debates and votes on: whose they are is where they are put.
_MOTIONS = {"resolution", "motion", "bill", "draft", "amendment", "measure", "proposal"}


def _first_actor(
    prep: Token, mentions: dict[int, ResolvedMention], depth: int, resolve: Resolve
) -> dict[str, Any] | None:
    """The first object of a preposition that stands for an actor."""
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        if pobj.i in mentions:
            return _from_mention(mentions[pobj.i], prep.doc)
        inner = resolve(pobj, mentions, depth + 1)
        if inner is not None:
            return inner
    return None


def _armed_kind(word: Token) -> bool:
    """Whether a modifier names armed people of no state ("militant", "rebel")."""
    sectors = _agents().sectors_of(word.lemma_.lower()) or ()
    return bool(set(sectors) & {"REB", "UAF", "INS", "SEP", "RAD"})


def _named_place(head: Token) -> bool:
    """ "attacked the Mozambican town of Palma": a place, whose people's adjective names no
    one acted upon (but "travelled to the Iraqi city of Ur" is a visit to Iraq)."""
    goal = head.dep_ == "pobj" and head.head.lower_ in ("to", "into")
    return head.lower_ in _DIVISION_HEADS and not goal


def _nationality_words(word: Token) -> tuple[Nationality, list[Token]] | None:
    """The nationality an adjective names, with its words: the parser hangs the first
    word of "South Korean sites" or "Saudi Arabian jets" on the second."""
    words = [word]
    left = [c for c in word.lefts if c.dep_ in ("amod", "compound")]
    if left and left[-1].i == word.i - 1 and all(c.is_title for c in left):
        words = [*left, word]
    for start in range(len(words)):
        nationality = _agents().nationality(" ".join(t.text for t in words[start:]))
        if nationality is not None:
            return nationality, words[start:]
    return None


def _kb() -> KnowledgeBase:
    from annalyst.knowledge.actors import KnowledgeBase

    return KnowledgeBase.load()


def _facility_of(
    nationality: Nationality, words: list[Token], head: Token, facility: str
) -> dict[str, Any]:
    """The generic owner of a people's site ("Kurdish positions"; with no one state,
    the people's region stands for it: "kurdistan")."""
    if facility == "MIL" and nationality.country:
        # ("a Malian army camp": the Malian Armed Forces', when the base holds them)
        forces = armed_forces_of(_kb(), nationality.country)
        if forces is not None:
            return _token_words(forces.ref(), [*words, head])
    place = nationality.country or str(nationality.region).lower().replace(" ", "-")
    generic = {
        "id": f"~agent:{place}:{facility.lower()}",
        # (a site stands for its holders: "a Malian camp" is the Malian forces')
        "name": " ".join(t.text for t in words) + " forces"
        if facility == "MIL"
        else " ".join(t.text for t in [*words, head]),
        "country": nationality.country,
        "sectors": [facility],
        "type": "group",
    }
    return _token_words(generic, [*words, head])


def _named_after(word: Token, head: Token, actor: dict[str, Any]) -> bool:
    """A person's name in a site's name ("Imam Khomeini Hospital", "Al-Asad airbase"): the
    site is named after the person, not owned by them."""
    if actor.get("type") != "person" or word.i > head.i:
        return False
    if word.dep_ != "compound" and not (word.head.dep_ == "compound" and word.head.i < head.i):
        return False
    lemma = head.lemma_.lower()
    return head.pos_ == "PROPN" or lemma in _FACILITIES or lemma in _NAMED_SITES


# Lines that two states share.
_LINES = {"border", "frontier", "boundary", "crossing"}


def _shared_line(head: Token) -> bool:
    """A border of two states ("the Syrian-Iraqi border", "the Iran-Iraq frontier")."""
    if head.lemma_.lower() not in _LINES:
        return False
    sides = [
        t
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod")
        for t in c.subtree
        if t.ent_type_ in ("NORP", "GPE")
    ]
    return len({t.lower_ for t in sides}) > 1


# Participles that tell whose a thing is by who holds or works it ("a ship owned by a
# Greek firm", "a checkpoint manned by SDF fighters", "a vessel belonging to Iran").
HOLDING_PARTICIPLES = frozenset({"own", "operate", "man", "run", "belong", "charter"})


def _holding_clauses(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_PARTICIPLES]


def told_holder(head: Token) -> bool:
    """Whether a participle after a thing names who holds it ("a ship owned by …")."""
    return bool(_holding_clauses(head))


def _generic_mention(mention: ResolvedMention) -> bool:
    return str((mention.actor or {}).get("id", "")).startswith("~")


def _holder_told(
    head: Token, mentions: dict[int, ResolvedMention], depth: int, resolve: Resolve
) -> dict[str, Any] | None:
    """The actor a participle after a thing names as its holder."""
    for clause in _holding_clauses(head):
        preps = ("to",) if clause.lemma_.lower() == "belong" else ("by",)
        for prep in clause.children:
            if prep.dep_ in ("agent", "prep") and prep.lower_ in preps:
                named = [
                    c
                    for o in prep.children
                    if o.dep_ == "pobj" and (o.i not in mentions or _generic_mention(mentions[o.i]))
                    for c in o.children
                    if c.dep_ == "compound" and c.i in mentions
                ]
                if named:  # ("manned by SDF fighters": the SDF's)
                    return _from_mention(mentions[named[0].i], prep.doc)
                owner = _first_actor(prep, mentions, depth, resolve)
                if owner is not None:
                    return owner
    return None


def _owner(
    head: Token, mentions: dict[int, ResolvedMention], depth: int, resolve: Resolve
) -> dict[str, Any] | None:
    """The actor that owns a facility or a thing: "the US base", "Germany's plan"."""
    doc = head.doc
    if any(c.dep_ == "amod" and c.lemma_.lower() in _RIVALS for c in head.children):
        return None  # "Sadr's rival parties": his rivals, not his own
    if _shared_line(head):
        return None  # "the Syrian-Iraqi border": both sides', so no one's
    holder = _holder_told(head, mentions, depth, resolve)
    if holder is not None:
        return holder
    tie = next((c for c in head.children if c.dep_ == "poss"), None)
    if tie is not None and head.lemma_.lower() in _RELATIONS:
        # "Iran's allies", "Washington's proxies": others, named by whom they stand to
        words = doc[tie.left_edge.i : head.i + 1]
        return _generic(words.text, list(words), head)
    occupying = next(
        (
            t
            for t in head.subtree
            if t.i < head.i and t.dep_ in ("compound", "amod") and t.lower_ in OCCUPYING
        ),
        None,
    )
    if occupying is not None:
        # "an occupation vehicle", "the occupation army patrol": the occupier's
        state = occupying_state(doc)
        if state is not None:
            return _with_words(state, doc, occupying.idx, occupying.idx + len(occupying))
    facility = _FACILITIES.get(head.lemma_.lower())
    weapon = _is_weapon(head)
    if facility:
        # "Kurdish militant targets", "rebel positions": a kind of people's, whatever
        # people it names first
        modifiers = [c for c in head.children if c.dep_ in _OWNER_DEPS and c.i < head.i]
        people = [c for c in modifiers if c.ent_type_ == "NORP" or _armed_kind(c)]
        told = any(t.i in mentions or t.pos_ == "PROPN" for c in modifiers for t in c.subtree)
        if any(_armed_kind(c) for c in people) and not told:
            return _generic(" ".join(c.text for c in people), people, head)
    # (a name before the word for a body: "the opposition Progressive Slovakia party" is
    # that party's, not the opposition's)
    body = head.lemma_.lower() in BODY_NAME_HEADS
    for child in sorted(head.children, key=lambda c: body and c.i not in mentions):
        if child.dep_ not in _OWNER_DEPS or _opposed(child):
            continue
        if child.i in mentions:
            owner = mentions[child.i]
            if owner.actor is None:
                continue
            if _named_after(child, head, owner.actor):
                continue
            if weapon and owner.actor.get("type") != "state" and child.dep_ != "poss":
                continue  # "Fateh missiles", "Shahed drones": a make, not an owner
            if facility and owner.actor.get("type") == "state":
                country = owner.actor.get("country")
                forces = armed_forces_of(_kb(), str(country)) if facility == "MIL" else None
                if forces is not None:  # ("a US base": the US military's)
                    return _with_words(forces.ref(), doc, owner.start, head.idx + len(head.text))
                generic = {
                    "id": f"~agent:{country}:{facility.lower()}",
                    "name": f"{owner.text} {head.text}",
                    "country": country,
                    "sectors": [facility],
                    "type": "group",
                }
                return _with_words(generic, doc, owner.start, head.idx + len(head.text))
            owned = _from_mention(owner, doc)
            # the names listed before the noun: "Hezbollah and Hamas targets", also
            # parsed as two modifiers ("PKK and YPG bases")
            listed = [
                c
                for c in (*child.conjuncts, *head.children)
                if c.i > child.i
                and c.i < head.i
                and c.dep_ in ("conj", "compound", "nmod")
                and any(w.lower_ == "and" for w in doc[child.i : c.i])
            ]
            others = [
                _from_mention(mentions[c.i], doc)
                for c in sorted(set(listed), key=lambda t: t.i)
                if c.i in mentions and mentions[c.i].actor is not None
            ]
            if others and child.dep_ in ("compound", "nmod"):
                owned["also"] = others  # "Hezbollah and Hamas targets": both sides'
            return owned
        held = _HELD.match(child.text)
        if held is not None:
            # "the rebel-held enclave": the holders are the ones on the receiving end.
            return _generic(
                held.group("owner"), [child], head, sectors=(facility,) if facility else None
            )
        if child.lemma_.lower() in _HOLDING and child.tag_ in ("VBN", "VBD"):
            # (a participle: "rebel - held"; not "a flood - control dam": a purpose)
            holders = [c for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if holders:  # "rebel - held", tokenised apart
                return _generic(holders[0].text, [holders[0], child], head)
        if (
            child.dep_ in ("poss", "compound")
            and child.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
        ):
            # "the Croatian government's request": a possessor the resolver left unnamed
            # (not "his country's support": that is the speaker's own)
            inner = resolve(child, mentions, depth + 1)
            if inner is not None and child.dep_ == "compound" and _what_is_done(inner, head):
                inner = None  # "intelligence sharing": what the doing is of, no owner
            if inner is not None and not _named_after(child, head, inner):
                return inner  # (not "the Imam Ali mosque": named after him)
        named = _nationality_words(child) if child.dep_ != "poss" else None
        nationality, own_words = named if named is not None else (None, [child])
        if (
            nationality is not None
            and (nationality.country or (facility and nationality.region))
            and child.i < head.i
            and not _is_person_noun(head)
            and not _named_place(head)
        ):
            if facility:
                first = _facility_of(nationality, own_words, head, facility)
                also = [
                    _facility_of(side[0], side[1], head, facility)
                    for c in child.conjuncts
                    if child.i < c.i < head.i
                    and (side := _nationality_words(c)) is not None
                    and side[0].country
                ]
                if also:  # "Israeli and US positions": both sides'
                    first["also"] = also
                return first
            state = _state_for(nationality.country) if nationality.country else None
            if state is not None:  # "a Swiss proposal": Switzerland's
                return _token_words(state, own_words)
        if facility:
            sectors = _agents().sectors_of(child.text)
            if sectors and child.i < head.i:  # "the army camp", "a police station"
                return _generic(child.text, [child, head], head, sectors=sectors)
    if head.pos_ in ("NOUN", "PROPN") and not _is_person_noun(head):
        for child in head.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("of", "by", "from")
                and not any(range_start(p) for p in child.children)
            ):
                # "the request of the council", "a ban on imports of Egyptian products"
                # (not "the highway from Baghdad to Baiji": a stretch of road)
                found = _first_actor(child, mentions, depth, resolve)
                if found is not None:
                    return found
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "at", "before")
                and head.lemma_.lower() in _MOTIONS
            ):
                # "opposed resolutions in the United Nations": the body that debates them
                # (not a state or a place: "a bill in Iraq" is no one's there)
                found = _first_actor(child, mentions, depth, resolve)
                if found is not None and found.get("type") not in ("state", "place", "person"):
                    return found
            if (
                child.dep_ == "acl"
                and child.tag_ == "VBN"
                and head.lemma_.lower() not in _ANY_ONES
                and child.lower_ not in GO_BETWEEN  # ("a ceasefire brokered by Qatar")
            ):
                # "the proposal submitted by Qatar" (not "the ones killed by Russian jets":
                # whoever did it to them does not own them)
                for agent in child.children:
                    if agent.dep_ == "agent":
                        found = _first_actor(agent, mentions, depth, resolve)
                        if found is not None:
                            return found
            authors = _authors_in_clause(child) if head.lemma_.lower() in _MEASURES else []
            if authors:
                # "the draft resolution that Britain and France are preparing to submit",
                # "the proposal Egypt put forward": whose it is
                found = resolve(authors[0], mentions, depth + 1)
                co_authors = [resolve(c, mentions, depth + 1) for c in authors[0].conjuncts]
                also = [o for o in co_authors if o is not None]
                if found is not None:
                    return dict(found, also=also) if also else found
    if head.lemma_.lower() in SPEECH_NOUNS:
        return _issuer_before(head, mentions, depth, resolve)
    return None


# Verbs by which someone makes a measure, a text or an offer theirs ("the plan Egypt
# put forward", "the sanctions the EU imposed").
_AUTHORING = {"submit", "propose", "put", "draft", "table", "introduce", "present", "impose",
              "adopt", "pass", "issue", "announce", "make", "sign", "offer", "send", "draw",
              "circulate", "float", "unveil", "lay", "approve", "enact", "sponsor", "craft",
              "prepare", "broker", "write", "devise"}  # fmt: skip


# Measures, texts and offers, which are the side's that makes them.
_MEASURES = {"proposal", "plan", "resolution", "draft", "text", "bill", "sanction", "measure",
             "law", "decision", "initiative", "deal", "offer", "term", "condition",
             "ultimatum", "demand", "request", "penalty", "restriction", "tariff", "ban",
             "embargo", "decree", "order", "motion", "roadmap", "framework", "amendment",
             "legislation", "policy", "blockade", "proposition", "package"}  # fmt: skip


def _authors_in_clause(clause: Token) -> list[Token]:
    """The named subject of a relative clause that makes its noun the subject's own
    ("that Britain is preparing to submit"), read through one verb of intent or going on
    before the making one; none when the noun is the clause's subject ("sanctions that
    hit Iran")."""
    # ("the proposal that Egypt had put forward" is parsed as a clause of content, but
    # the making verb has no object of its own: the noun is it)
    gapped = clause.dep_ == "acl" and not any(c.dep_ in ("dobj", "obj") for c in clause.children)
    if not (clause.dep_ == "relcl" or gapped) or not is_verb(clause):
        return []
    subjects = [
        c
        for c in clause.children
        if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS and c.pos_ != "PRON"
    ]
    if not subjects:
        return []
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp" and is_verb(c))]
    if not any(
        v.lemma_.lower() in _AUTHORING
        # (not "the resources which EU countries have made available": a state it is in)
        and not any(c.dep_ in ("oprd", "acomp", "ccomp") for c in v.children)
        for v in verbs
    ):
        return []
    return subjects


# Verbs by which someone puts out a statement, a letter or a report.
_ISSUING = {"issue", "release", "publish", "send", "put", "make", "deliver", "sign", "post"}
# How many sentences back "the statement" may reach for the one that issued it.
_ISSUED_WITHIN = 2


def _issuer_before(
    head: Token, mentions: dict[int, ResolvedMention], depth: int, resolve: Resolve
) -> dict[str, Any] | None:
    """Who issued "the statement" told of in a sentence shortly before: "The ministry
    issued a statement on Sunday. The statement also condemned …" is the ministry's
    ("in a statement, the ministry said" too). Only a definite statement with no owner of
    its own in its sentence reaches back; the words stay "statement"."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return None
    sentence = head.sent
    lemma = head.lemma_.lower()
    earlier = sentence.start
    for _ in range(_ISSUED_WITHIN):
        if earlier == 0:
            return None
        before = head.doc[earlier - 1].sent
        earlier = before.start
        for word in reversed(list(before)):
            if word.lemma_.lower() != lemma:
                continue
            verb = word.head
            if word.dep_ == "pobj" and verb.lower_ == "in":
                verb = verb.head  # "in a statement, the ministry said"
            elif word.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or verb.pos_ not in ("VERB", "AUX"):
                return None
            found = (
                _from_mention(mentions[subject.i], head.doc)
                if subject.i in mentions and mentions[subject.i].actor is not None
                else resolve(subject, mentions, depth + 1)
            )
            return _token_words(found, [head]) if found is not None else None
    return None


# Participles after a hyphen that tie a thing to the state or people named before it.
_FLAGGING = {"flagged", "flag", "owned", "own", "registered", "register", "operated", "operate"}


def _flag_state(head: Token) -> dict[str, Any] | None:
    """The state whose flag a ship flies or whose people own a thing, named before a hyphen
    ("a Liberian-flagged ship", "a Greek-owned vessel"): whom an act on the thing reaches."""
    for word in head.children:
        if word.dep_ not in ("amod", "compound") or word.lower_ not in _FLAGGING:
            continue
        for owner in word.children:
            if owner.i + 2 != word.i or owner.doc[owner.i + 1].text not in ("-", "–"):
                continue
            nationality = _nationality_words(owner)
            country = nationality[0].country if nationality is not None else None
            state = _state_for(country) if country else None
            if state is not None:
                return _token_words(state, nationality[1] if nationality else [owner])
    return None


def _what_is_done(inner: dict[str, Any], noun: Token) -> bool:
    """Whether a kind of people of no country compounded on a noun of doing something to
    or with it is what the doing is of ("intelligence sharing", "arms smuggling"; not
    "a cabinet meeting", "a court ruling": theirs)."""
    return str(inner.get("id") or "").startswith("~agent:x:") and noun.lower_ in _DONE_TO


# Nouns of doing whose compounded noun is what is done to or with ("intelligence sharing").
_DONE_TO = frozenset({"sharing", "smuggling", "trafficking", "training", "recruiting",
                      "recruitment", "financing", "funding", "vetting", "screening"})  # fmt: skip
