"""An event's status: negated, hypothetical, future, claimed (inside a quote, a reported
clause or "according to X", with who claims it: :mod:`annalyst.nlp.events.claims`) or
asserted.

The readings of acts that are only considered, sought, purposed, likely or conditioned
live in :mod:`annalyst.nlp.events.unrealized`; this module orders them with negation,
modality and reported speech."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_shapes import (
    AIMS,
    intended_plan,
    purpose_of_clause,
    speakers_participle,
)
from annalyst.nlp.events.argwords import _AVENGING
from annalyst.nlp.events.carriers import (
    CONFESSING,
    _taking_part,
    disclaimed,
    responsibility_verb,
)
from annalyst.nlp.events.claims import (
    _MODAL_AUX,
    _REPORT_VERBS,
    _SAID_TYPES,
    _avenged,
    _claim,
    accuser,
    denier,
)
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.frames import _clause_verb, imagined, in_doubt, threat_condition
from annalyst.nlp.events.negation import (
    _negated,
    _subordinated,
    _without,
    not_ruled_out,
    unconfirmed,
)
from annalyst.nlp.events.partners import attributed_doers
from annalyst.nlp.events.pictures import depicted, present_in_picture
from annalyst.nlp.events.syntax import _BACKGROUND_PREPS, _SUBJECT_DEPS, _ancestors
from annalyst.nlp.events.unrealized import (
    after_a_future,
    alleged,
    awaited,
    conditioned,
    hypothetical,
    intended,
    proviso,
)
from annalyst.nlp.syntax import is_verb
from annalyst.nlp.syntax_words import PROSPECTS, THWARTING

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Verbs of telling whose past puts a reported "will" as "would".
_BACKSHIFTING = {"say", "announce", "tell", "state", "add", "confirm", "indicate", "reveal",
                 "declare", "insist", "stress", "explain", "report"}  # fmt: skip
_INTENT_VERBS = {
    "plan",
    "schedule",
    "intend",
    "vow",
    "pledge",
    "aim",
    "prepare",
    "threaten",
    "promise",
    "seek",
    "want",
    "expect",
    "hope",
    "decide",
    "agree",
    "consider",
    "propose",
}


# Verbs whose "to"-complement is carried out: the act happened.
_PHASE_VERBS = {
    "prompt",
    "provoke",
    "spur",
    "induce",
    "incite",
    "goad",
    "galvanize",
    "galvanise",
    "force",
    "compel",
    "cause",
    "lead",
    "drive",
    "push",
    "vote",
    "decide",
    "order",
    "move",
    "opt",
    "choose",
    "go",
    "begin",
    "start",
    "continue",
    "manage",
    "proceed",
    "resume",
    "try",
    "attempt",
    "fail",
    "come",
    "happen",
    "seem",
    "appear",
    "use",
    "need",
    "have",
    "get",
    "help",
}
# Adjectives of readiness: "is prepared to respond", "stands ready to strike".
_READY = {"ready", "prepared", "willing", "poised", "set", "determined", "eager", "keen", "due"}
_AVERTING = {"fear", "risk", "avoid", "prevent", "stop", "deter", "avert", "forestall", "dread",
              "block"}  # fmt: skip
# Permissions and bans say what may or may not be done, not that it was: "does not allow
# Israeli nationals to visit", "banned the party from holding rallies".
_PERMITTING = {"allow", "permit", "let", "authorize", "authorise", "forbid", "prohibit", "bar"}
_RAISING = {"suspect", "say", "believe", "report", "allege", "think", "know", "rumour", "rumor"}
_ALLEGED = {"reportedly", "allegedly", "purportedly", "supposedly"}
# Adjectives that put an act in doubt: someone says it happened, or says it did not.
_DOUBTED = {
    "alleged",
    "suspected",
    "purported",
    "supposed",
    "phony",
    "fake",
    "so-called",
    "claimed",
}
_POSSIBLE_AUX = {"could", "might", "may", "can", "should", "must", "ought"}
# Nouns that report a statement: a "would" under them is a future told in the past.
_REPORT_NOUNS = {
    "announcement",
    "statement",
    "pledge",
    "promise",
    "decision",
    "agreement",
    "declaration",
    "assurance",
    "vow",
}
# Nouns of need: what they are "for" is wanted, not done.
_NEEDING = {"need", "necessity", "call", "demand", "push", "pressure", "plea", "appeal"}
# Words that say an act is wanted, put as what it is: "the withdrawal is a must". (Not
# "necessary", "essential": "the strike was necessary" defends an act that was done.)
_NECESSARY = {"non-negotiable", "imperative", "must", "indispensable", "urgent"}
# Nouns of what an act would be launched from or planned in: "a launchpad for attacks",
# "a plan for the invasion" name an act that is only in view. (Not "a pretext for the
# invasion": an excuse is found for acts that happen.)
_MEANS_TO = {"launchpad", "springboard", "platform", "plan", "plot", "blueprint",
             "preparation", "rehearsal", "recipe"}  # fmt: skip
# Verbs that push someone "into" an act that has not happened yet.
_PUSHING = {"provoke", "lure", "goad", "bait", "tempt", "push", "pressure"}
# Verbs of getting ready: what they are "for" has not happened yet.
_PREPARING = {"prepare", "brace", "ready", "gear"}
# Nouns of possibility and entitlement: "has the right to destroy", "the option to strike".
_POSSIBILITY = {
    "right",
    "ability",
    "option",
    "possibility",
    "capacity",
    "capability",
    "power",
    "chance",
}


def _status(
    draft: _Draft, quotes: Sequence[dict[str, Any]], mentions: dict[int, ResolvedMention]
) -> None:
    token = draft.trigger
    claimed = responsibility_verb(token)
    if claimed is not None and disclaimed(claimed):
        return  # "no group has claimed responsibility for the bombing": it happened
    if claimed is not None and claimed.lemma_.lower() in CONFESSING and draft.actors:
        # "the suspects confessed to the killing": theirs, on their own word
        draft.status = "claimed"
        draft.claimed_by = draft.claimed_by or dict(draft.actors[0])
        return
    if unconfirmed(token):
        # "the army has not confirmed the attack": reported by others, named by no one
        draft.status, draft.claimed_by = "claimed", None
        return
    if draft.entry.verbal and speakers_participle(token) is not None:
        # "said the killing would not go unpunished, vowing revenge": the speaker's vow,
        # made as they spoke, whatever the mood of the words said
        if any(c.dep_ == "neg" for c in token.children):
            draft.status = "negated"
        return
    chain = list(_ancestors(token))
    carrier = _clause_verb(draft)  # the act's own verb ("launch" in "launch an attack")
    own = _sharing(carrier) if carrier is not None else []
    verb = (
        token
        if token.pos_ in ("VERB", "AUX")
        else next((t for t in chain if t.pos_ in ("VERB", "AUX")), token)
    )
    included = _past_inclusion(verb, chain)
    if included is not verb:
        verb, own = included, _sharing(included)  # the including noun's act is its act
    if _why_not(verb):
        draft.status = "hypothetical"  # "why not make peace?": a suggestion
    elif _involved_in(token) and not any(c.dep_ == "neg" for c in token.head.head.children):
        # "denied that his movement had any role in the attack": the attack is granted
        # (not "did not take part in the raid": a part denied in so many words)
        return
    elif draft.frame != "refusal" and (
        _negated(token, verb) or _without(carrier) or _part_denied(token)
    ):
        # ("will not accept" is a refusal: its negation is already in its type)
        # "if Washington does not ease its measures": a condition, not a denial
        # ("may not be accepted": a possibility denied is still only a possibility)
        maybe = any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in verb.children)
        draft.status = "hypothetical" if conditioned(verb) or maybe else "negated"
        if draft.status == "negated":
            draft.claimed_by = draft.claimed_by or denier(token, mentions)
    elif draft.frame is not None:
        # an intent, a demand or a refusal is itself asserted (or claimed), unless the
        # intent is only possible ("Washington could seek to attack the Axis")
        marker = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
        if marker is not None and any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in marker.children
        ):
            draft.status = "hypothetical"
    elif _avenged(token):
        pass  # "to retaliate against the killing of X": the killing is past
    elif (
        _background(token)
        or _told_of(token)
        or _background_clause(token, carrier)
        or _named_cause(token)
    ):
        # "urged restraint after Iran's attack", "said the mission would end, after
        # talks with X", "may be a result of the sabotage": an act the sentence takes as
        # given happened (or as alleged: "the alleged sabotage")
        _claim(draft, [], quotes, mentions)
        phrase = [token, *(h for h in [token.head] if token.dep_ == "compound")]
        if draft.status == "asserted" and (
            any(c.dep_ == "amod" and c.lower_ in _DOUBTED for t in phrase for c in t.children)
            or alleged(token)  # "arrested on charges related to the killing of activists"
        ):
            draft.status = "claimed"
            draft.claimed_by = draft.claimed_by or accuser(token, mentions)
        return
    elif (
        _needed(token)
        or not_ruled_out(verb)
        or _weighed(token)
        or depicted(chain)
        or present_in_picture(token)
        or _thwarted(token)
        or imagined(verb)
        or _generic_gerund(token)
        or in_doubt(verb)
        or awaited(verb)
        or _listed(verb)
        or any(_unreal(v, on_condition=threat_condition(v) is not None) for v in _sharing(verb))
        or hypothetical(token, own)
    ):
        draft.status = "hypothetical"
    elif (
        any(_reported_by_raising(v) for v in _sharing(verb))
        or alleged(token)
        # "are suspected of carrying out the attacks": the carrying out is alleged
        or (carrier is not None and carrier.i != token.i and alleged(carrier))
    ):
        # "is suspected to be cooperating", "is said to have fired", "accusations of
        # collaborating"
        draft.status = "claimed"
        draft.claimed_by = draft.claimed_by or accuser(token, mentions)
    elif (
        (not _acted_on(token, carrier) and any(_future(v, chain) for v in _sharing(verb)))
        # (what a purpose acts on is there already: "to lift the siege", "to conclude
        # the battle"; what it launches is not: "to launch an attack")
        or any(
            _purpose(v)
            and (
                draft.entry.type not in _MADE_BY_DOING
                or v.lemma_.lower() in _CAUSING
                or (v.i != token.i and v.lemma_.lower() in _PREPARING)
            )
            for v in own
        )
        or intended(token, own)
    ):
        draft.status = "future"
    _claim(draft, chain, quotes, mentions)
    if draft.status == "asserted" and any(
        c.lower_ in _ALLEGED for v in (verb, *_verbs_above(verb)) for c in v.children
    ):
        draft.status = "claimed"  # "Reportedly, someone had used drones for attacks"
    if draft.status == "asserted" and attributed_doers(draft):
        draft.status = "claimed"  # "a drone strike attributed to the US": whose, others say
    if draft.status == "asserted" and any(
        c.dep_ == "amod" and c.lower_ in _DOUBTED for c in token.children
    ):
        draft.status = "claimed"  # "the alleged sabotage attack", "phony attacks"


# Verbs by which a noun's relative clause lists what it is made of.
_INCLUDING = {"include", "involve", "comprise", "encompass"}


def _past_inclusion(verb: Token, chain: Sequence[Token]) -> Token:
    """ "to commit atrocities that include chemical attacks": the attacks are the
    atrocities, so their clause is the one the atrocities are in, not "include"."""
    if verb.lemma_.lower() not in _INCLUDING or verb.dep_ not in ("relcl", "acl"):
        return verb
    above = list(chain)
    if verb not in above:
        return verb
    rest = above[above.index(verb) + 2 :]  # past the verb and the noun it describes
    return next((t for t in rest if t.pos_ in ("VERB", "AUX")), verb)


def _acted_on(token: Token, carrier: Token | None) -> bool:
    """A nominal act that is the object of a verb that is not its own ("will end the
    siege", "vowed to avenge the assassination"): the verb's future is not its own."""
    return (
        carrier is None
        and token.pos_ in ("NOUN", "PROPN")
        and token.dep_ in ("dobj", "obj")
        and token.head.pos_ in ("VERB", "AUX")
    )


# Nouns of news: an act they are "about" or "of" is told, not intended.
_NEWS = {"news", "report", "word", "information", "detail", "footage", "account", "story"}


def _told_of(token: Token) -> bool:
    """ "woke up to hear the news about the assassination": the act is what the news
    tells, not something the hearing is for."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in ("about", "of", "on")
        and head.head.lemma_.lower() in _NEWS
    )


# Nouns of taking part in an act: "denied any involvement in the attack" grants the
# attack and disputes only who took part.
_TAKING_PART = {"involvement", "role", "part", "complicity", "participation", "link", "hand",
                "involve", "implicate", "complicit", "participate"}  # fmt: skip


def _part_denied(token: Token) -> bool:
    """ "Turkey did not take part in the raid": whoever takes part in so many words is
    said not to have done the act."""
    taker = _taking_part(token)
    return taker is not None and any(c.dep_ == "neg" for c in taker.children)


def _involved_in(token: Token) -> bool:
    """ "denied that it had anything to do with the strikes", "denied any role in the
    bombing": what someone is said to have had a part in happened; only the part is
    disputed (the speaker is not its claimant)."""
    head = token.head
    if token.dep_ != "pobj" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lower_ == "with" and head.head.lemma_.lower() == "do":
        return True
    return head.lower_ in ("in", "with") and head.head.lemma_.lower() in _TAKING_PART


def _verbs_above(verb: Token) -> list[Token]:
    """The verbs a clause hangs on, up to the sentence's root (at most three)."""
    out: list[Token] = []
    current = verb
    while current.head.i != current.i and len(out) < 3:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            out.append(current)
    return out


def _background(token: Token) -> bool:
    governor = token.head.head
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and token.head.lower_ in _BACKGROUND_PREPS
        and not any(c.dep_ == "neg" for c in governor.children)
        # "pledged to lay down their arms only after the full withdrawal": a condition
        # of a promised act, not a past one
        and not (
            token.head.lower_ in ("after", "before")
            and governor.dep_ in ("xcomp", "advcl")
            and governor.head.lemma_.lower() in _INTENT_VERBS
        )
    )


def _thwarted(token: Token) -> bool:
    """What a text that was vetoed or rejected would have done ("vetoed a resolution
    condemning the invasion"): it was not adopted, so it did not."""
    text = token.head
    plan = intended_plan(token) if is_verb(token) else None
    if plan is not None and plan.head.lemma_.lower() in THWARTING:
        return True  # "foiled a plot to bomb a church"
    return (
        token.dep_ == "acl"
        and text.dep_ in ("dobj", "obj")
        and text.head.lemma_.lower() in THWARTING
    )


def _weighed(token: Token) -> bool:
    """ "considering the possibility of providing experts", "rejected the option of
    withdrawing": a course weighed, not taken."""
    prep = token.head
    return (
        token.dep_ in ("pcomp", "pobj")
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in PROSPECTS
    )


# Nouns whose "of" (or "to") phrase names an act as the cause of something.
_CAUSED = {"result", "consequence", "outcome", "aftermath", "wake", "product"}
_ANSWERING_NOUNS = {"response", "reaction", "retaliation", "reply", "revenge"}


def _named_cause(token: Token) -> bool:
    """ "may be a result of the sabotage", "in retaliation for the strike": an act named
    as a cause or as what is answered is taken as given, whatever is said of the effect."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "the sabotage attack"
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        # "the attacks may be a result of …": what is said is said of attacks there are
        return any(c.dep_ == "attr" and c.lemma_.lower() in _CAUSED for c in token.head.children)
    prep = token.head
    noun = prep.head.lemma_.lower()
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and (
            (prep.lower_ == "of" and noun in _CAUSED)
            or (prep.lower_ in ("to", "for") and noun in _ANSWERING_NOUNS)
        )
    )


def _why_not(verb: Token) -> bool:
    """ "why not just make peace with Israel?": a bare verb under "why not", with no
    subject, suggests the act; it does not deny it ("why did the army not withdraw?"
    does)."""
    children = list(verb.children)
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "advmod" and c.lower_ == "why" for c in children)
        and any(c.dep_ == "neg" for c in children)
        and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "aux" for c in children)
    )


def _background_clause(token: Token, carrier: Token | None) -> bool:
    """ "hours after Sistani urged lawmakers …", "since the war began": a clause of
    time after something sets it as given, like "after the attack"."""
    clause = carrier
    if clause is None and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
        clause = token.head  # "since the war began"
    if clause is None or clause.dep_ != "advcl" or after_a_future(clause):
        return False  # ("will be announced after the minister meets Biden": ahead)
    return any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in clause.children)


def _listed(verb: Token) -> bool:
    """A sentence that is only a gerund phrase ("• Imposing restrictions on Iran's
    missile programme."): an item of a list of terms or demands, a heading; no one is
    said to have done it."""
    if verb.tag_ != "VBG" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    sent = verb.sent
    first = next((t for t in sent if t.is_alpha), None)
    if first is None or first.i != verb.i:
        return False
    head = verb.head
    return head.i == verb.i or (not head.is_alpha and head.dep_ == "ROOT")


def _needed(token: Token) -> bool:
    """ "underlined the need for the withdrawal", "a call for talks": wanted, not done;
    "provoke the PMU into armed confrontation": what someone is pushed towards."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ == "be" and token.pos_ == "NOUN":
        # "the withdrawal of the troops is non-negotiable / a must / essential"
        said = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        # ("non-negotiable" comes as three words)
        return bool(said) and (
            any(c.lower_ in _NECESSARY for c in said)
            or token.doc[said[0].i : said[-1].i + 1].text.lower() in _NECESSARY
        )
    if token.dep_ not in ("pobj", "pcomp"):  # "a call for talks", "called for punishing X"
        return False
    governor = head.head.lemma_.lower()
    return (head.lower_ == "for" and governor in _NEEDING | _PREPARING | _MEANS_TO) or (
        head.lower_ == "into" and governor in _PUSHING
    )


def _generic_gerund(token: Token) -> bool:
    """An act named by a gerund as the subject of a present or future clause is a kind of
    act talked about, not one done: "attacking Iran would be a mistake", "threatening
    the Holy City will lead to war". (A past one can be the act: "attacking Iran was")"""
    first = token
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
        first = first.head  # "threatening X and threatening Y will lead to"
    if token.tag_ != "VBG" or first.dep_ not in ("csubj", "nsubj", "csubjpass"):
        return False
    clause = first.head
    return clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP")) for c in clause.children
    )


def _unreal(verb: Token, on_condition: bool = False) -> bool:
    """Whether a verb's act is only possible. A threat made on a condition is made all
    the same (``on_condition``): "threatened to close the strait if the US attacks"."""
    if not on_condition and _conditional(verb):
        return True
    return _possible(verb) or _possible_above(verb) or _feared(verb)


def _sharing(verb: Token) -> list[Token]:
    """A verb and the first verbs of its coordination: "would have to cooperate, share
    resources and support each other" — the later verbs share the first one's mood."""
    out = [verb]
    current = verb
    while (
        current.dep_ == "conj"
        and current.head.i != current.i
        and current.head.pos_ in ("VERB", "AUX")
        and len(out) < 4
    ):
        if current.tag_ in _FINITE and current.head.tag_ == "VB":
            break  # "gave him 48 hours to leave and recalled its envoy": told, not set
        current = current.head
        out.append(current)
    if current.dep_ in ("ccomp", "xcomp") and current.head.lemma_.lower() in _CAUSING:
        # "arrived to help the parties sign a truce": what is helped along shares the
        # helping's mood (done when the help was given, a purpose when it is one)
        out.append(current.head)
    return out


_FINITE = {"VBD", "VBZ", "VBP"}


def _possible(verb: Token) -> bool:
    """Only a possibility, a duty or a right: "could deploy", "must be done", "has the
    right to destroy"."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _POSSIBLE_AUX for c in verb.children):
        # ("this can be seen in Syria, where …": what is there to be seen)
        return not _evident(verb)
    head = verb.head
    if verb.dep_ in ("acl", "xcomp") and head.lemma_.lower() in _POSSIBILITY:
        return True
    if verb.dep_ == "xcomp" and head.tag_ == "MD" and head.lower_ in _POSSIBLE_AUX:
        return True  # "ought to be accepted", read as a complement of "ought"
    # "would devastate the region" outside any report: a hypothesis
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and not (
        _reported_would(verb)
    )


_SEEING = {"see", "observe", "notice", "find", "witness", "detect"}


def _evident(verb: Token) -> bool:
    """ "can be seen", "can be found": a passive of seeing under "can" shows what is."""
    return (
        verb.lemma_.lower() in _SEEING
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children)
    )


def _reported_would(verb: Token) -> bool:
    """ "said / announced that the troops would leave": a future told in the past."""
    return any(
        a.lemma_.lower() in _REPORT_VERBS or a.lemma_.lower() in _REPORT_NOUNS
        for a in _ancestors(verb)
    )


def _feared(verb: Token) -> bool:
    """What is feared, risked, avoided or prevented has not happened, and what is allowed
    or forbidden only may or may not be: "fear being blacklisted", "to prevent the PMU
    from carrying out the attack", "does not allow Israeli nationals to visit"."""
    current = verb
    for _ in range(2):
        if current.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "acl") or (
            current.head.i == current.i
        ):
            return False
        if current.i < current.head.i:
            # a clause before the verb is not what it fears ("X had been a smart move:
            # he feared a split" — the parser hangs the first clause on "feared")
            return False
        if (
            current.dep_ == "xcomp"
            and current.tag_ == "VBG"
            and current.head.lemma_.lower() in _ASPECTUAL_STOPS
        ):
            return False  # "stopped shelling", "did not stop making threats": it went on
        current = current.head
        if current.lemma_.lower() in _LETTING and _granted(current):
            return False  # "Ankara allowed the force to deploy": it deployed
        if current.lemma_.lower() in _AVERTING | _PERMITTING:
            return True
    return False


_LETTING = {"allow", "permit", "let", "authorize", "authorise"}
# "stop" with a gerund tells when a doing ended, not that it was averted.
_ASPECTUAL_STOPS = {"stop", "cease", "quit"}


def _granted(verb: Token) -> bool:
    """A permission told as given in the past, with no negation or modal ("allowed the
    force to deploy"): what it let happen happened; a rule in the present ("does not
    allow visitors to enter") or a possible one ("would allow it to use") did not."""
    return verb.tag_ == "VBD" and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _POSSIBLE_AUX | _MODAL_AUX)
        for c in verb.children
    )


def _possible_above(verb: Token) -> bool:
    """A purpose or complement of a possibility is one too: "might be exploited to vilify"."""
    current = verb
    for _ in range(2):
        if current.head.i == current.i:
            return False
        # "would help the Iraqis defeat ISIS": what a possibility makes happen is one too
        bare = current.dep_ == "ccomp" and current.head.lemma_.lower() in _CAUSING
        if current.dep_ not in ("xcomp", "advcl") and not bare:
            return False
        if current.dep_ == "advcl" and _subordinated(current):
            # "may be true because they have cooperated", "could be taken in the
            # years when they launched operations": the reason or the time is real
            return False
        current = current.head
        if _possible(current):
            return True
    return False


# Verbs whose bare complement is what they bring about ("help X defeat", "let X go").
_CAUSING = {"help", "let", "make", "enable", "allow"}
# Light verbs that make ready what their noun names: a meeting one calls "to arrange" is
# yet to be held, though talk one calls "to hold" is held in the call.
_PREPARING = {"arrange", "organize", "organise", "prepare", "plan", "schedule"}


def _reported_by_raising(verb: Token) -> bool:
    """ "X is suspected / said / believed / reported to [act]": an allegation; so is
    "X claims / purports to be fighting"."""
    head = verb.head
    if verb.dep_ != "xcomp":
        return False
    if head.lemma_.lower() in ("claim", "purport", "pretend", "profess"):
        return True
    return head.lemma_.lower() in _RAISING and any(c.dep_ == "auxpass" for c in head.children)


# Acts done by doing what they are the purpose of: words said to make a point ("rallied
# to demand"), and a protest made by the deed done for it ("set up barricades to
# protest against fuel shortages").
_MADE_BY_DOING = _SAID_TYPES | {"PROTEST"}


def _purpose(verb: Token) -> bool:
    """What a deed is done for has not happened yet: "sent fighters to attack the army"
    (words said to make a point are said: "rallied to demand", "summoned the envoy to
    protest"; what one is made or decides to do is done: "prompting Israel to bomb",
    "voted to suspend")."""
    if verb.tag_ == "VBG" and purpose_of_clause(verb, AIMS) is not None:
        return True  # "struck the port in the hope of stopping arms shipments"
    if verb.dep_ not in ("advcl", "xcomp", "acl") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.lemma_.lower() in _AVENGING and verb.dep_ in ("advcl", "acl"):
        return False  # "struck the base to retaliate for …": the strike is the retaliation
    head = verb.head
    # "went on to attack", "began to shell", "managed to reach": done, not intended
    # ("in order to bombard": the noun "order" orders nothing)
    return head.lemma_.lower() not in _PHASE_VERBS or head.pos_ not in ("VERB", "AUX")


def _conditional(verb: Token) -> bool:
    if proviso(verb):
        return True  # "provided the occupation withdrew its forces"
    if any(c.lower_ in _MODAL_AUX and c.dep_ == "aux" for c in verb.children):
        return any(t.lower_ in ("if", "unless") for t in verb.sent)
    if any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    ):
        return True  # "if the ceasefire collapses, Iraq will ask the Council": bound to it
    for ancestor in [verb, *_ancestors(verb)][:3]:
        if any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in ancestor.children
        ):
            return True  # "if X strikes", "whether it is a Houthi attack or …"
    return False


def _future(verb: Token, chain: Sequence[Token]) -> bool:
    if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in verb.children):
        return True
    if any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children) and any(
        a.lemma_.lower() in _REPORT_NOUNS for a in _ancestors(verb)
    ):
        return True  # "the announcement that all combat troops would leave"
    if (
        any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children)
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _BACKSHIFTING
        and verb.head.tag_ == "VBD"
    ):
        return True  # "Poland said it would send tanks": the will of reported words
    # "will send a delegation to meet …": a purpose or coordinated clause shares the tense.
    if (
        verb.dep_ in ("xcomp", "advcl", "conj")
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        head = verb.head
        if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in head.children):
            return True
    # "is going to strike" (not "supported girls going to school")
    if any(c.lower_ == "going" and c.i < verb.i for c in verb.children) or (
        verb.head.lower_ == "going" and verb.dep_ == "xcomp"
    ):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and (
        (head.pos_ == "ADJ" and head.lemma_.lower() in _READY) or head.lower_ == "prepared"
    ):
        return True  # "is prepared to respond" (also with "prepared" read as a verb)
    if (
        verb.dep_ == "pcomp"
        and head.lower_ == "on"
        and head.head.lemma_.lower() in ("intent", "bent", "set", "keen")
    ):
        return True  # "an alliance intent on confronting the Axis"
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ == "by"
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i != verb.i
    ):
        # "is prepared to respond by targeting X": the means shares its act's time
        return _future(head.head, chain)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ == "VERB" and head.i < verb.i:
        # the same with the parser hanging the means on the verb ("respond by ‘openly’
        # targeting"), or a result told after it ("will strike, killing …")
        return _future(head, chain)
    # "plans to strike", "vowed to retaliate": an intended act; "want them used to
    # attack": one step further down.
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _INTENT_VERBS:
        return True
    return (
        verb.dep_ == "xcomp"
        and head.dep_ in ("xcomp", "ccomp")
        and head.head.i != head.i
        and head.head.lemma_.lower() in _INTENT_VERBS
    )
