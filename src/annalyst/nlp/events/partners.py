"""Who a phrase around an act names as its partner: the objects of its prepositions
("sanctions on X", "talks with Y", "aid to Z"), the partners of a participle describing
what is acted upon ("sanctions imposed on X", "depots used by Y"), the people a struck
site shelters, whoever the act in a content clause would reach ("threatened to cut
ties with B"), the two sides a "between" phrase names, and each of several owners of
one thing ("the US and British strikes"). The words that decide it live here too."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.argtables import _OBJECT_PREPS, _PRESSING_VERBS
from annalyst.nlp.events.argwords import (
    _AVENGING,
    _HARM_ACTS,
    _avenged_doers,
    _is_country,
    _is_facility,
    _is_place_token,
    _owners,
)
from annalyst.nlp.events.carriers import _carriers
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.owners import told_holder
from annalyst.nlp.events.referents import _QUANTITIES, _is_person_noun
from annalyst.nlp.events.unnamed import _is_weapon
from annalyst.nlp.phrase_links import range_start
from annalyst.nlp.syntax import (
    complement_subjects,
    conjuncts,
    datives,
    is_passive,
    is_verb,
    logical_objects,
    prep_objects,
)

_ATTACK_PREPS = {"at", "on", "against", "targeting", "upon"}


# Types of working with someone: what they work "against" is not a partner.
_COOPERATIVE = {"COOPERATE", "AGREE", "SUPPORT", "AID", "CONSULT"}

# Verbs whose object comes into being, so it cannot be who an act reaches.
_CREATING = {"set", "establish", "build", "create", "found", "construct", "form", "open"}

# Nouns of "with" that say how something is done, not with whom.
_MANNER = {"force", "impunity", "violence", "caution", "care", "determination", "restraint",
           "precision", "ease", "vigour", "vigor", "resolve", "brutality"}  # fmt: skip


_ORDERS = {"order", "behest", "instruction", "command", "direction", "directive"}
# What an act is done on the strength of ("on a warrant from the ICC", "at the request
# of Baghdad", "on charges brought by X"): whoever issued it is no party acted upon.
_GROUNDS = _ORDERS | {"warrant", "request", "charge", "suspicion", "ground", "behalf",
                      "tip"}  # fmt: skip

# Types whose partner phrases name a country's state rather than a place.
_PLACE_AS_STATE = {
    "AID",
    "CONSULT",
    "MOBILIZE",
    "REQUEST",
    "SANCTION",
    "SUPPORT",
    "AGREE",
    "COOPERATE",
    "RETREAT",
    "CONCEDE",
    "REJECT",
    "THREATEN",
    "ACCUSE",
}

_STATE_PREPS = {"to", "from", "with", "on", "against", "for"}
# Verbs of a visit's arrival, whose "in" names the host ("arrived in Baghdad").
_ARRIVING = {"arrive", "land"}

# Verbs whose object is what changes hands or moves ("sent arms to B", "deployed troops
# to Mali", "shared intelligence with B"): the object is never the recipient.
_THEME_VERBS = {
    "give",
    "provide",
    "send",
    "deliver",
    "supply",
    "donate",
    "hand",
    "return",
    "transfer",
    "ship",
    "allocate",
    "extend",
    "offer",
    "grant",
    "deploy",
    "dispatch",
    "mobilize",
    "mobilise",
    "amass",
    "mass",
    "position",
    "redeploy",
    "share",
    "sell",
    "lend",
    "export",
    "airlift",
    "fly",
    "contribute",
    "pledge",
    "promise",
    "channel",
    "disburse",
    "station",
    "move",
    "withdraw",
    "pull",
    "recall",
    "exchange",
    "swap",
}

# Verbs of taking a place or thing away from someone.
_TAKING = {"retake", "recapture", "seize", "capture", "wrest", "take", "snatch", "grab",
           "liberate", "reclaim", "regain", "confiscate"}  # fmt: skip

# What is shared or exchanged as knowledge: its "on" phrase is a topic.
_INFORMATION = {"information", "intelligence", "data", "evidence", "view", "idea", "detail",
                "experience", "expertise", "knowledge", "finding", "assessment"}  # fmt: skip

# Verbs of giving something back to whom it was taken from.
_RETURNING = {"return", "restore", "give", "hand"}

# Verbs of a site sheltering people ("bases housing US troops").
_HOUSING = {"house", "host", "shelter", "accommodate", "station", "carry", "transport", "ferry"}

# Verbs of having a thing in one's hands, by their lemmas ("bases used by", "depots run
# by"); owners._HOLDING holds the forms a split "rebel - held" leaves.
_KEEPING_HOLD = {"own", "use", "run", "operate", "control", "hold", "occupy", "man", "garrison"}


# Lines of a land on which an act is done somewhere, not to someone ("on the Syrian
# border"; unlike "on Syria's territory", which is Syria's).
_EDGES = {"border", "frontier", "boundary", "coast", "coastline", "shore"}


def _prep_partners(
    token: Token, preps: tuple[str, ...], mentions: dict[int, ResolvedMention], etype: str
) -> list[Token]:
    return _partners(token, prep_objects(token, preps), mentions, etype)


def _partners(
    token: Token, heads: list[Token], mentions: dict[int, ResolvedMention], etype: str
) -> list[Token]:
    """Which objects of a token's prepositional phrases are its partners."""
    out: list[Token] = []
    if etype in ("ASSAULT", "COERCE"):
        out.extend(t for head in heads for t in _housed(head))
    for head in heads:
        if head.lemma_.lower() == "side" and head.head.lower_ == "on":
            continue  # "fought on the government side": whose side, not whom against
        if head.lemma_.lower() in ("board", "deck") and head.head.lower_ == "on":
            continue  # "was arrested on board": where, no board of anyone
        if head.lemma_.lower() in _EDGES and head.head.lower_ in ("on", "along", "near", "at"):
            continue  # "struck a base on the Syrian border": where, not whom
        if head.lemma_.lower() in _GROUNDS:
            continue  # "on the orders of X" (see _ordered_by), "on a warrant from the ICC"
        if (
            head.head.lower_ == "of"
            and head.lemma_.lower() in _HARM_ACTS
            and _is_person_noun(head.head.head)
        ):
            continue  # "the mastermind of the bombing": the deed he is said to have done
        if _is_weapon(head) and head.head.lower_ in ("of", "with"):
            continue  # "a salvo of Iranian missiles": what it was done with
        if token.lemma_.lower() in _AVENGING and head.i not in mentions:
            # "retaliated against the killing of X by Y": Y is whom it is aimed at
            doers = _avenged_doers(head, mentions)
            if doers or _owners(head):
                out.extend(doers)
                continue
        prep = head.head.lower_
        if prep == "against" and etype in _COOPERATIVE:
            continue  # "joined the fight against Russia": whom the partners oppose
        if prep == "from" and range_start(head):
            continue  # "the highway from Baghdad to Baiji": a stretch, not whom it is from
        manner = head.lower_ in _MANNER and not any(
            c.dep_ in ("det", "poss", "nummod") for c in head.children
        )  # (not "clashed with an occupation force": a force of people)
        if prep == "with" and (manner or _slight(head) or _absolute(head)):
            continue  # "kicked out with force", "withdrew with little resistance": a manner
            # ("discussed persecution with ISIS in the crosshairs": a circumstance)
        if _is_place_token(head, mentions):
            # "sent aid to Nepal", "withdrew troops from Iraq", "sanctions on Iran",
            # "fired missiles at Israel": a country named as a partner stands for its
            # state; "into" a place, "in" it, or a city attacked say where it happened.
            if (
                (etype in _PLACE_AS_STATE and prep in _STATE_PREPS)
                or (prep in _ATTACK_PREPS and _is_country(head))
                or (prep == "with" and _is_country(head))  # "closed its border with X"
                # "arrived in Washington": the host a visit reaches
                or (prep == "in" and etype == "CONSULT" and token.lemma_.lower() in _ARRIVING)
            ):
                out.append(head)
            continue
        if prep == "at" and any(
            c.dep_ in ("dobj", "obj") and (_is_person_noun(c) or c.i in mentions)
            for c in token.children
        ):
            continue  # "took hostages at a television station": where, its people the target
        if prep == "at" and not (
            _is_facility(head)
            or head.i in mentions
            or _is_person_noun(head)
            or head.lower_ in ("them", "him", "her", "us", "me")
            or _counted_people(head, mentions)  # ("fired tear gas at hundreds of students")
            or any(c.dep_ == "poss" for c in head.children)  # ("fired at its boats")
            or _a_peoples_thing(head, mentions)  # ("fired water cannon at Philippine ships")
            or told_holder(head)  # ("fired a missile at a ship owned by X")
        ):
            continue  # "at the airport": a place (not "fired tear gas at them")
        out.append(head)
    return out


# States a "with X in/on Y" phrase puts something in: a circumstance, not a partner.
_STATES_OF = {"crosshair", "crosshairs", "mind", "sight", "sights", "tow", "firing"}


# Nouns of where rather than of what, which a people's adjective names the side of
# ("fired shells at the Syrian border").
_SIDES = {"border", "frontier", "coast", "area", "territory", "side", "region", "airspace",
          "waters", "bank", "shore", "countryside", "outskirts"}  # fmt: skip


def _a_peoples_thing(head: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """A thing a people's adjective or a named actor before it owns ("two Philippine
    government ships", "an Iranian tanker"): its owner is whom the act is aimed at."""
    if head.lemma_.lower() in _SIDES:
        return False
    return any(
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ == "NORP" or c.i in mentions)
        for c in head.children
        if c.i < head.i
    )


def _counted_people(head: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """ "hundreds of students", "a crowd of mourners": a count or a crowd of people."""
    if head.lower_ not in _QUANTITIES and head.pos_ != "NUM" and head.lemma_.lower() != "crowd":
        return False
    return any(o.i in mentions or _is_person_noun(o) for o in prep_objects(head, ("of",)))


def _absolute(noun: Token) -> bool:
    """ "with ISIS in the crosshairs", "with the army in control": a noun in a state, the
    circumstance an act happens in."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    # the state's phrase on the noun, or right after it where the parser hung it higher
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if after < len(doc) and doc[after].dep_ == "prep":
        preps.append(doc[after])
    return any(
        c.lower_ in ("in", "on", "at", "under")
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _STATES_OF for p in c.children)
        for c in preps
    )


def _participle_partners(
    noun: Token, mentions: dict[int, ResolvedMention], etype: str, returning: bool = False
) -> list[Token]:
    """ "sanctions imposed on X": the partner of a participle describing the thing."""
    out: list[Token] = []
    for child in noun.children:
        lemma = child.lemma_.lower()
        if returning and child.dep_ == "relcl" and lemma in _TAKING:
            # "will return the weapons they seized from the army"
            out.extend(_prep_partners(child, ("from",), mentions, etype))
        if child.dep_ != "acl":
            continue
        if child.tag_ == "VBN" and noun.i not in mentions:
            out.extend(_prep_partners(child, ("on", "against", "to"), mentions, etype))
        if child.tag_ == "VBN":
            if lemma in _KEEPING_HOLD:
                # "depots used by the Quds Force": whose the thing is
                out.extend(_prep_partners(child, ("by",), mentions, etype))
            if lemma in _TAKING and returning:
                # "will return the weapons seized from the army": whom it goes back to
                out.extend(_prep_partners(child, ("from",), mentions, etype))
        elif child.tag_ == "VBG" and lemma == "belong":
            out.extend(_prep_partners(child, ("to",), mentions, etype))  # "belonging to X"
        elif child.tag_ == "VBG" and lemma in _HOUSING and etype in ("ASSAULT", "COERCE"):
            # "targeted bases housing US troops": the people in what is struck
            out.extend(t for t in logical_objects(child) if t.pos_ in ("NOUN", "PROPN"))
    if etype in ("ASSAULT", "COERCE"):
        out.extend(_housed(noun))
    return out


def _housed(site: Token) -> list[Token]:
    """Who a struck site or vehicle shelters or carries, told in an apposition ("Al
    Udeid, an air base in Qatar that hosts US forces") or, for a site named in a phrase
    of the act, in a participle ("opened fire on a bus carrying pilgrims")."""
    out: list[Token] = []
    for appos in (c for c in site.children if c.dep_ == "appos"):
        for clause in appos.children:
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _HOUSING:
                out.extend(t for t in logical_objects(clause) if t.pos_ in ("NOUN", "PROPN"))
    if site.dep_ == "pobj":
        for clause in site.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_.lower() in _HOUSING:
                out.extend(t for t in logical_objects(clause) if t.pos_ in ("NOUN", "PROPN"))
    return out


# Verbs of leaving a place or a party, whose "from" phrase names whom one leaves.
_LEAVING = {"withdraw", "pull", "leave", "evacuate", "exit", "quit", "depart", "retreat"}


# Verbs of keeping an act up, whose own complement is the act.
_GOING_ON = frozenset({"keep", "continue", "resume", "begin", "start"})


def _content_recipients(draft: _Draft, mentions: dict[int, ResolvedMention]) -> list[Token]:
    out: list[Token] = []
    holders = list(draft.tokens)
    for token in draft.tokens:
        if is_verb(token):
            # "rejected appeals to release X", "accepted an invitation to meet X"
            holders.extend(t for t in logical_objects(token) if t.pos_ in ("NOUN", "PROPN"))
    for token in holders:
        for child in token.children:
            infinitive = child.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            )  # "threatened on Thursday to cut ties": the parser's other reading
            if (child.dep_ not in ("xcomp", "ccomp", "acl") and not infinitive) or not is_verb(
                child
            ):
                continue
            while child.lemma_.lower() in _GOING_ON:
                # "vowed to keep attacking US forces": whom the act kept up would reach
                inner = next((c for c in child.children if c.dep_ == "xcomp" and is_verb(c)), None)
                if inner is None:
                    break
                child = inner
            objects = logical_objects(child)
            if child.lemma_.lower() in _AVENGING:
                # "vowed to avenge Soleimani's assassination": whoever carried it out
                out.extend(d for o in objects for d in _avenged_doers(o, mentions))
                objects = [o for o in objects if o.i in mentions]
            if child.lemma_.lower() not in _CREATING | _THEME_VERBS or (
                child.lemma_.lower() in _THEME_VERBS and prep_objects(child, ("with",))
            ):
                # not "agreed to set up a transit centre", "offered to send troops"; but
                # "refused to provide the Iraqi army with weapons": the army would get them
                out.extend(objects)
            out.extend(datives(child))
            # "agreed to share information on North Korea": what it is about, not whom
            told = any(o.lemma_.lower() in _INFORMATION for o in objects)
            partner_preps = ("with", "to") if told else ("with", "to", "on", "against")
            if child.lemma_.lower() in _THEME_VERBS and not told:
                partner_preps = (*partner_preps, "for")  # "to provide backing for Sadr"
            if child.lemma_.lower() in _LEAVING:
                # "announced that it would withdraw troops from Iraq": whom it leaves
                partner_preps = (*partner_preps, "from")
                for obj in objects:
                    out.extend(_prep_partners(obj, ("from",), mentions, "RETREAT"))
            out.extend(_prep_partners(child, partner_preps, mentions, "REQUEST"))
            for obj in objects:
                if obj.pos_ in ("NOUN", "PROPN") and obj.i not in mentions:
                    preps = ("with", "to") if told else _OBJECT_PREPS
                    out.extend(_prep_partners(obj, preps, mentions, "REQUEST"))
                    out.extend(_participle_partners(obj, mentions, "REQUEST"))
    return out


def _slight(noun: Token) -> bool:
    """A noun told by how much of it there was ("with little resistance", "with no
    opposition"): a manner, not a party."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "det") and c.lower_ in ("little", "no", "minimal", "scant", "much")
        for c in noun.children
    )


# Verbs of an act's happening, on which its "between" phrase may hang.
_HAPPENING = {"break", "erupt", "occur", "flare", "rage", "continue", "resume", "escalate"}
# Judging a text named with a "between" phrase reaches its sides.
_JUDGED_PARTIES = {"SUPPORT", "REJECT", "ACCUSE"}
# What two sides make together, named with a "between" phrase.
_BETWEEN_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire",
                  "cease-fire", "talks", "negotiation", "dialogue", "rapprochement",
                  "reconciliation", "normalization", "normalisation", "understanding",
                  "cooperation", "meeting", "summit", "exchange", "swap"}  # fmt: skip


def mediating(draft: _Draft) -> bool:
    """Whether an act is a go-between's, itself or as what is offered ("offered to
    mediate between A and B")."""
    return draft.entry.mode == "mediate" or (
        draft.content is not None and draft.content.mode == "mediate"
    )


def _parties(draft: _Draft) -> list[Token]:
    """The sides named by "between" (or "among") on the trigger, its carrier verb or the
    noun it modifies ("mediation efforts between A and B")."""
    holders = [*draft.tokens, *_carriers(draft)]
    holders.extend(t.head for t in draft.tokens if t.dep_ == "compound")
    # "clashes broke out between police and protesters": on the verb of its happening
    holders.extend(
        t.head for t in draft.tokens if t.dep_ == "nsubj" and t.head.lemma_.lower() in _HAPPENING
    )
    if draft.entry.type in _JUDGED_PARTIES:
        # "welcomed the agreement between Riyadh and Tehran": the sides of what is judged
        holders.extend(
            o
            for h in list(holders)
            if is_verb(h)
            for o in logical_objects(h)
            if o.lemma_.lower() in _BETWEEN_NOUNS
        )
    if mediating(draft):
        # A go-between names the sides on what it settles: "brokered a truce between A
        # and B", "offered mediation between A and B", "a mediation effort to resolve
        # the rift between A and B"
        purposes = [
            c
            for h in holders
            for c in h.children
            if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"
        ]
        settled = [*holders, *purposes]
        holders.extend(o for h in settled for o in logical_objects(h) if o.pos_ == "NOUN")
        holders.extend(purposes)  # "offered to mediate between A and B"
    sides = [p for h in holders for p in prep_objects(h, ("between", "among"))]
    # "between the Congolese army and M23 rebels", read as "[army and M23] rebels": the
    # first side is the modifier the second is coordinated with
    sides.extend(
        c
        for side in list(sides)
        for c in side.children
        if c.dep_ in ("nmod", "compound")
        and c.pos_ == "NOUN"
        and any(g.dep_ == "conj" for g in c.children)
    )
    return sides


def _joint_owners(tokens: list[Token], mentions: dict[int, ResolvedMention]) -> list[Token]:
    """ "rejected the Iraqi and Turkish demands", "the US and British strikes": a thing
    owned by coordinated actors stands for each of them, not only the first."""
    out: list[Token] = []
    for token in tokens:
        if token.i in mentions or token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss") and _names_actor(child, mentions):
                out.extend(c for c in conjuncts(child)[1:] if _names_actor(c, mentions))
    return out


def _names_actor(token: Token, mentions: dict[int, ResolvedMention]) -> bool:
    return token.i in mentions or token.ent_type_ in ("NORP", "GPE", "ORG")


def each_other(draft: _Draft) -> None:
    """Sides that act on "each other" or "one another" reach each other ("Armenia and
    Azerbaijan accused each other of violating the truce")."""
    if draft.recipients or len(draft.actors) < 2:
        return
    holders = [*draft.tokens, *_carriers(draft)]  # ("exchanged fire with one another")
    words = [w for t in holders for c in t.children for w in (c, *c.children)]
    if any(_reciprocal(w) for w in words):
        draft.recipients = [dict(a) for a in draft.actors]


def _reciprocal(word: Token) -> bool:
    low = word.lower_
    return (low == "other" and any(c.lower_ == "each" for c in word.children)) or (
        low in ("one", "another") and any(c.lower_ in ("one", "another") for c in word.children)
    )


def pressed_by_protest(verb: Token, mentions: dict[int, ResolvedMention]) -> list[Token]:
    """Whom a protest presses by the demand it is held to make: "marched to demand higher
    prices from the government", "rallied to demand that the government raise wages"."""
    if verb.lemma_.lower() not in _PRESSING_VERBS:
        return []
    return [
        *complement_subjects(verb),
        *_prep_partners(verb, ("from", "on", "upon"), mentions, "REQUEST"),
    ]


# Nouns of a fight one may be killed in ("in clashes with", "in an exchange of fire with").
_FIGHTS = {"clash", "clashes", "fighting", "gunfight", "firefight", "battle", "skirmish",
           "shootout", "fire", "exchange", "confrontation"}  # fmt: skip


def _fought_with_killers(draft: _Draft) -> list[Token]:
    """The side a passive killing's victims fought with, named after "with" ("were killed
    in clashes with police", "in an exchange of fire with security forces")."""
    if not any(
        is_verb(t) and is_passive(t) and t.lemma_.lower() in _KILLING_VERBS for t in draft.tokens
    ):
        return []
    for fight in (t for t in draft.tokens if t.lemma_.lower() in _FIGHTS and t.pos_ == "NOUN"):
        noun = fight.head.head if fight.head.lower_ == "of" else fight  # "exchange of fire"
        foes = prep_objects(noun, ("with",)) or prep_objects(fight, ("with",))
        if foes:
            return foes
    return []


_KILLING_VERBS = {"kill", "wound", "injure", "martyr"}


# Participles that lay an act at someone's door ("a strike attributed to the US").
_ATTRIBUTING = {"attribute", "ascribe", "blame", "impute"}


def attributed_doers(draft: _Draft) -> list[Token]:
    """Whom an act's noun is laid to by a participle ("a drone strike attributed to the
    United States", "attacks blamed on the militia"): its doers, as others say."""
    return [
        o
        for t in draft.tokens
        if t.pos_ == "NOUN"
        for c in t.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ATTRIBUTING
        for o in prep_objects(c, ("to", "on"))
    ]


def attribution_participle(token: Token) -> bool:
    """ "(bombings) blamed on the Islamic State" with no one said to blame: how the act
    is laid at a door, no accusation of its own."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in _ATTRIBUTING
        and not any(c.dep_ == "agent" for c in token.children)
    )
