"""The verbs that carry an act named by a noun: "launched an attack", "held talks",
"came under fire", "claimed responsibility for the attack", "drew criticism". Such a
verb lends the act its subject and partners (:mod:`annalyst.nlp.events.arguments`)."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.syntax import _phrase_head
from annalyst.nlp.syntax import is_verb, logical_subjects

# Verbs that carry a noun's act without adding one of their own.
_LIGHT_VERBS = {
    "carry out",
    "deal",  # "dealt a decisive blow against X"
    "inflict",
    "conduct",
    "launch",
    "stage",
    "mount",
    "perform",
    "execute",
    "wage",
    "undertake",
    "commit",
    "unleash",
    "make",
    "take",
    "have",
    "hold",
    "give",
    "issue",
    "deliver",
    "lodge",
    "file",
    "level",
    "impose",
    "declare",
    "announce",
    "order",
    "begin",
    "start",
    "continue",
    "resume",
    "step up",
    "intensify",
    "escalate",
    "renew",
    "extend",
    "offer",
    "provide",
    "send",
    "pay",
    "sign",
    "reach",
    "conclude",
    "seal",
    "strike",
    "host",
    "attend",
    "join",
    "enter",
    "open",
    "organize",
    "organise",
    "lead",
    "plan",
    "claim",
    "express",
    "voice",
    "raise",
    "set",
    "approve",
    "authorize",
    "adopt",
    "get",
}


_LIGHT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass"}


# Verbs that tell of an act: who reports it did not do it ("was reported by X").
_TELLING_OF = {
    "report",
    "confirm",
    "document",
    "record",
    "mention",
    "describe",
    "announce",
    "claim",
    "deny",
    "cite",
    "film",
    "photograph",
    "detail",
    "note",
    "see",
    "witness",
}


# Verbs by which another party judges, resists or stops an act: who does them did not
# do the act ("the raid was praised by the envoy", "the attack was foiled by police").
_JUDGING_OF = {
    "praise", "condemn", "denounce", "criticize", "criticise", "oppose", "welcome",
    "hail", "applaud", "slam", "decry", "reject", "back", "endorse", "support",
    "deplore", "lament", "blame", "investigate", "probe", "discuss", "debate", "mourn",
    "protest", "challenge", "dispute", "question", "approve", "veto", "block", "stop",
    "prevent", "foil", "thwart", "repel", "repulse", "halt", "condone", "justify",
    "defend", "celebrate", "commemorate",
    # (or asks for it: "the deployment was requested by Kinshasa", "talks were proposed
    # by Qatar": another side is asked to do it, or to join)
    "request", "demand", "seek", "urge", "propose", "suggest", "want",
}  # fmt: skip


# Nouns that only frame the act named before them ("a mediation effort", "an attack
# campaign"): whoever carries the frame does the act.
_EFFORT_NOUNS = {"effort", "bid", "campaign", "mission", "initiative", "drive", "attempt"}


# Verbs whose subject is on the receiving end of the act named by their object.
_DRAWING = {"draw", "face", "receive", "attract", "earn", "incur", "suffer", "sustain"}


# Prepositions through which a verb the entry names carries a nominal trigger: "sat at
# the negotiating table", "went on strike", "remained on alert" (not "under a deal, gas
# would reach …").
CARRYING_PREPS = ("at", "to", "into", "on")
# Verbs of going somewhere, whose "for" phrase names the meeting one goes to.
_TRAVELLING = {"travel", "fly", "go", "head", "come", "arrive", "leave", "return", "journey"}
# Meetings one travels for.
_MEETINGS = {"talk", "talks", "meeting", "summit", "negotiation", "consultation", "conference"}


# Journeys one is "on" ("is on a three-day visit to Cairo").
_JOURNEYS = {"visit", "tour", "trip", "mission", "journey"}


def _carrier(noun: Token, light_verbs: tuple[str, ...] = ()) -> Token | None:
    """The light verb that carries a nominal trigger ("launched an attack", "held talks"):
    one the entry names, or a verb of doing or saying that adds no act of its own. A verb
    that is an act itself ("condemned the attack") does not lend its subject."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "declared a state of siege": the phrase's head noun
    elif noun.dep_ == "compound" and noun.head.lemma_.lower() in _EFFORT_NOUNS:
        noun = noun.head  # "launched a mediation effort": the effort carries the act
    else:
        noun = _phrase_head(noun)  # "announced $33 million in assistance": the sum is given
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and light_verbs
        and head.dep_ == "prep"
        and head.lower_ in CARRYING_PREPS
        and is_verb(head.head)
        and head.head.lemma_.lower() in light_verbs
    ):
        return head.head  # "sat at the negotiating table": a verb the entry names
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "on"
        and noun.lemma_.lower() in _JOURNEYS
        and head.head.lemma_ == "be"
    ):
        return head.head  # "who was on an official visit to Iraq": the visitor is its subject
    taking_part = _taking_part(noun)
    if taking_part is not None:
        return taking_part  # "took part in the battle", "participated in the offensive"
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "for"
        and noun.lemma_.lower() in _MEETINGS
        and is_verb(head.head)
        and head.head.lemma_.lower() in _TRAVELLING
    ):
        return head.head  # "will travel to Beijing next week for talks": the traveller's
    if head.i == noun.i or not is_verb(head) or noun.dep_ not in _LIGHT_DEPS:
        return None
    lemma = head.lemma_.lower()
    lemmas = {lemma}
    if head.tag_ in ("VBD", "VBN") and head.lower_.endswith("ed"):
        # the lemmatiser reads "staged" as "stag": the regular past forms say it
        lemmas.update((head.lower_[:-1], head.lower_[:-2]))
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    forms = lemmas | {f"{x} {particle}" for x in lemmas} if particle else lemmas
    if forms & (set(light_verbs) | _LIGHT_VERBS):
        return head
    if noun.dep_ == "nsubjpass" and not lemmas & (_TELLING_OF | _JUDGING_OF):
        return head  # "talks were held", not "an attack was reported / condemned by X"
    return None


# Verbs of taking part "in" an act, and nouns of a part one "takes" or "plays" in it.
_TAKING_PART_VERBS = {"participate", "engage", "contribute", "join"}
_PART_NOUNS = {"part", "role"}


def _taking_part(noun: Token) -> Token | None:
    """The verb by which its subject takes part in an act a noun names: "took part in the
    battle", "participated in the offensive", "contributed to the war" (whoever takes part
    does the act with the others)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "to"):
        return None
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in _PART_NOUNS and prep.lower_ == "in":
        verb = verb.head  # ("played a role in …": the parser may hang "in" on either word)
    if not is_verb(verb):
        return None
    if verb.lemma_.lower() in ("take", "play") and prep.lower_ == "in":
        parts = [c for c in verb.children if c.dep_ == "dobj"]
        return verb if any(c.lemma_.lower() in _PART_NOUNS for c in parts) else None
    if verb.lemma_.lower() not in _TAKING_PART_VERBS:
        return None
    return verb if (prep.lower_ == "in") != (verb.lemma_.lower() == "contribute") else None


def _carriers(draft: _Draft) -> list[Token]:
    out = []
    for token in draft.tokens:
        if not is_verb(token):
            carrier = _carrier(token, draft.entry.light_verbs)
            if carrier is not None:
                out.append(carrier)
    return out


def _came_under(noun: Token) -> Token | None:
    """The verb of "came / was under [attack, fire, pressure]", or of "were (the) targets
    of [an invasion]", if the noun is the act: its subject is whom the act reached."""
    prep = noun.head
    target = prep.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and target.lemma_.lower() == "target"
        and target.dep_ == "attr"
        and target.head.lemma_.lower() in ("be", "become")
    ):
        return target.head  # "Afghanistan and Iraq were targets of an American invasion"
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return None
    verb = prep.head
    if is_verb(verb) and verb.lemma_.lower() in ("come", "be", "remain", "fall"):
        return verb
    return None


# Subjects that name no one: "nobody claimed responsibility".
_NO_ONE = {"nobody", "none", "no-one"}


def disclaimed(verb: Token) -> bool:
    """A claim no one makes: a negated verb ("Hamas did not claim responsibility"), a
    subject that names no one ("no group has claimed", "nobody claimed") or any one
    ("no reports of any groups claiming")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    for subject in logical_subjects(verb):
        if subject.lower_ in _NO_ONE or (
            subject.lower_ == "one" and any(d.lower_ == "no" for d in subject.children)
        ):
            return True
        if any(d.dep_ == "det" and d.lower_ in ("no", "any") for d in subject.children):
            return True
    return False


# Verbs by which one owns up to an act ("confessed to the killing").
CONFESSING = frozenset({"confess", "admit"})


def responsibility_verb(noun: Token) -> Token | None:
    """The verb of "claimed / took responsibility for [the act]" (or "confessed to [the
    act]", "admitted the killing") whatever its polarity."""
    prep = noun.head
    if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj"):
        confessing = prep.head if noun.dep_ == "pobj" and prep.lower_ == "to" else prep
        if (
            (noun.dep_ == "dobj" or confessing is not prep)
            and is_verb(confessing)
            and confessing.lemma_.lower() in CONFESSING
        ):
            return confessing
    if noun.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("for", "on", "of"):
        return None
    owner = prep.head
    if owner.lemma_.lower() not in ("responsibility", "credit"):
        return None
    verb = owner.head
    if is_verb(verb) and verb.lemma_.lower() in ("claim", "take", "assume", "bear", "accept"):
        return verb
    return None


def _responsibility(noun: Token) -> Token | None:
    """The verb of "claimed / took responsibility for [the act]", if the noun is the act
    and someone does claim it (not "no reports … of any groups claiming responsibility")."""
    verb = responsibility_verb(noun) if noun.dep_ in ("pobj", "dobj") else None
    return None if verb is None or disclaimed(verb) else verb


_ANSWERABLE_FOR = {"responsible", "accountable", "culpable", "to blame"}


def answer_denied(copula: Token) -> bool:
    """Whether "X was behind / responsible for the act" is said with a "not" ("it was
    not behind the attack"): the act stands, but not as X's."""
    return any(c.dep_ == "neg" for w in (copula, *copula.children) for c in w.children)


def answerable_copula(noun: Token) -> Token | None:
    """The copula of "X was behind the attack" or "X was responsible for the attack",
    whose subject is said to have done the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if prep.lower_ == "behind" and holder.lemma_.lower() == "be":
        return holder
    if (
        prep.lower_ == "for"
        and holder.lemma_.lower() in _ANSWERABLE_FOR
        and holder.dep_ == "acomp"
        and holder.head.lemma_.lower() == "be"
    ):
        return holder.head
    return None


def _drawn_by(noun: Token) -> Token | None:
    """The verb of "drew / faced / received [criticism, accusations]" (the noun as its
    object), whose subject is on the receiving end of the act."""
    head = noun.head
    if head.i == noun.i or noun.dep_ not in ("dobj", "obj") or not is_verb(head):
        return None
    return head if head.lemma_.lower() in _DRAWING else None


# Verbs of putting someone under a measure ("placed under arrest").
_PLACING = {"place", "put", "keep", "hold"}


def _placed_under(noun: Token) -> Token | None:
    """The verb of "placed / put / kept [someone] under [arrest, surveillance]", whose
    object or passive subject undergoes the measure the noun names."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if is_verb(verb) and verb.lemma_.lower() in _PLACING else None
