"""A judgement of an act just told, named only by a definite noun.

"The US Treasury blacklisted a network on Thursday. Iran condemned the move." The
condemnation is aimed at whoever made the move: the doers of the act the noun points
back to, told earlier in the sentence or in the sentence before, in the same paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.argwords import _AVENGING
from annalyst.nlp.events.carriers import _responsibility
from annalyst.nlp.events.dating import _sentences_between
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.syntax import logical_objects, prep_objects
from annalyst.nlp.tree_walks import misread_modifier

# Types of judging what another side did.
_JUDGEMENTS = {"ACCUSE", "REJECT", "SUPPORT"}
# Nouns that point back to an act, with the types of act each may stand for (empty:
# any act).
_ACT_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("move", "decision", "step", "action", "measure", "announcement", "policy", "plan",
         "ruling", "verdict", "order", "proposal", "offer", "initiative", "law", "bill"),
        frozenset(),
    ),
    **dict.fromkeys(("demand", "call", "request", "appeal", "ultimatum"), frozenset({"REQUEST"})),
    **dict.fromkeys(("protest", "complaint", "condemnation"), frozenset({"ACCUSE", "PROTEST"})),
    **dict.fromkeys(
        ("arrest", "arrests", "detention", "detentions", "crackdown", "expulsion", "raid"),
        frozenset({"COERCE", "SANCTION"}),
    ),
    **dict.fromkeys(
        ("attack", "attacks", "strike", "strikes", "bombing", "shelling", "killing", "assault",
         "incursion", "invasion", "shooting", "airstrike", "airstrikes", "bombardment",
         "massacre", "ambush", "offensive", "atrocity", "atrocities", "killings"),
        frozenset({"ASSAULT"}),
    ),
    **dict.fromkeys(("violence", "bloodshed"), frozenset({"ASSAULT", "COERCE"})),
    **dict.fromkeys(
        ("incident", "seizure", "launch", "test", "takeover", "annexation", "occupation",
         "suspension", "closure", "deployment", "blockade", "coup", "operation", "operations",
         "campaign", "raids"),
        frozenset(),
    ),
    **dict.fromkeys(("sanctions", "ban", "blacklisting", "designation"), frozenset({"SANCTION"})),
    **dict.fromkeys(
        ("drills", "drill", "exercise", "exercises", "manoeuvres", "maneuvers", "visit",
         "talks", "meeting", "deal", "agreement", "accord", "pact"),
        frozenset({"COOPERATE", "CONSULT", "AGREE", "SUPPORT", "MOBILIZE"}),
    ),
    **dict.fromkeys(("warning", "threat", "threats"), frozenset({"THREATEN"})),
    **dict.fromkeys(
        ("accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim",
         "claims"),
        frozenset({"ACCUSE"}),
    ),
}  # fmt: skip
_POINTING = {"the", "this", "that", "these", "those"}
# Words before an act noun that say how it was done, not whose it was ("the air strikes",
# "the drone attack"; not "the police raid").
_MEANS = {"air", "drone", "missile", "rocket", "artillery", "mortar", "suicide", "car",
          "bomb", "grenade", "ground", "naval", "cross", "border", "deadly", "latest",
          "recent", "brutal", "horrific", "heinous", "cowardly", "terrorist"}  # fmt: skip
# Prepositions of what a judgement is about ("a protest over the incident").
_ABOUT = ("over", "about", "against", "at")
# Verbs of answering an act in kind, said with no one named.
_RETALIATING = _AVENGING | {"reciprocate"}


def _pointing_back(draft: _Draft) -> Token | None:
    """The definite act noun a judgement takes, with nothing of its own to say whose act
    it is ("condemned the move", "a protest over the incident"; not "the Israeli move",
    "the arrest of X", "its decision")."""
    verb = draft.trigger
    taken = logical_objects(verb) if verb.pos_ in ("VERB", "AUX") else []
    if verb.dep_ in ("acomp", "attr") and verb.head.lemma_ == "be":
        # "said the move was regrettable": what the verdict is on
        taken = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        # "a charge Baku rejected", "a move Beijing called a provocation": what the
        # clause describes
        taken = [*taken, verb.head]
    taken += [o for t in draft.tokens for o in prep_objects(t, _ABOUT)]
    # "called the move economic warfare", read as "the [move] warfare": the act noun hung
    # on the name given to it, the object's determiner its own
    misread = {g.i: o for o in taken if (g := misread_modifier(o)) is not None}
    taken += [verb.doc[i] for i in misread]
    for noun in taken:
        if noun.pos_ != "NOUN" or (noun.lower_ not in _ACT_NOUNS and noun.lemma_ not in _ACT_NOUNS):
            continue
        children = list(noun.children)
        if noun.i in misread:
            children += [c for c in misread[noun.i].children if c.dep_ == "det"]
        # ("…, a charge Baku rejected": a noun set after the clause it sums up)
        edge = noun.left_edge.i
        summing = noun.head.i < noun.i and edge > 0 and noun.doc[edge - 1].text == ","
        if not summing and not any(c.dep_ == "det" and c.lower_ in _POINTING for c in children):
            continue
        if any(
            c.dep_ in ("poss", "compound", "amod", "prep", "relcl", "acl")
            and c.i != verb.i
            and not (c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MEANS)
            and not (c.dep_ == "prep" and c.lower_ == "as")  # ("dismissed the move as …")
            for c in children
        ):
            continue
        return noun
    return None


def _hit(draft: _Draft, told: _Draft) -> bool:
    """Whether an act told before reached the side that now answers it (by id or, for
    "Russian officials" and Russia, by country)."""
    own = {str(a.get("id")) for a in draft.actors} | {
        str(a["country"]) for a in draft.actors if a.get("country")
    }
    return any(
        str(r.get("id")) in own or (r.get("country") and str(r["country"]) in own)
        for r in told.recipients
    )


def answered(
    draft: _Draft,
    earlier: Sequence[_Draft],
    mentions: dict[int, ResolvedMention] | None = None,
) -> None:
    """Give an answer to an act just told (a draft with no one it reaches) the doers of
    that act as whom it reaches: a judgement of "the move", or a retaliation by the
    side the act reached ("The EU imposed sanctions on Russian officials. Moscow said
    it would retaliate")."""
    if draft.recipients or not draft.actors:
        return
    verb = draft.trigger
    joined = _joined_reaction(draft, earlier)
    if joined is not None:
        # "Minsk condemned the decision and threatened retaliatory measures": the
        # threat is aimed where the condemnation is
        draft.recipients = [dict(a) for a in joined.recipients]
        return
    kinds: frozenset[str] | None = None
    noun = _pointing_back(draft) if draft.entry.type in _JUDGEMENTS else None
    if noun is not None:
        kinds = _ACT_NOUNS.get(noun.lower_) or _ACT_NOUNS.get(noun.lemma_) or frozenset()
    # "retaliate", "vowed to retaliate"
    answer = next(
        (
            v
            for v in (verb, *verb.children)
            if v.lemma_.lower() in _RETALIATING and v.pos_ == "VERB"
        ),
        None,
    )
    # (with no one named, or only those the act hit: "vowed to avenge them")
    avenged = logical_objects(answer) if answer is not None else []
    retaliating = answer is not None and all(o.pos_ == "PRON" for o in avenged)
    countering = _counter_act(verb)
    if kinds is None and not retaliating and not countering:
        return
    own = {str(a.get("id")) for a in draft.actors}
    # (wire copy gives each sentence its own paragraph: the sentence before is read
    # across a paragraph's end)
    before = [
        told
        for told in reversed(earlier)
        if told.trigger.i < verb.i and _sentences_between(told.trigger, verb) <= 2
    ]
    if noun is not None:
        # "condemned the killings": the act told by that word first ("opened fire …,
        # killing two"), a sentence further back too, before any other act of its kind
        named = [
            told
            for told in reversed(earlier)
            if told.trigger.i < verb.i
            and _sentences_between(told.trigger, verb) <= 2
            and _named_by(told, noun)
        ]
        before = named + [told for told in before if told not in named]
    for told in before:
        if kinds is not None and kinds and told.entry.type not in kinds:
            continue
        if countering and told.entry.type != "ASSAULT":
            continue  # "… attacked the base. The army launched a counter-offensive"
        if retaliating and not (avenged and told.recipients) and not _hit(draft, told):
            continue
        doers: list[dict[str, Any]] = [a for a in told.actors if str(a.get("id")) not in own]
        if doers:
            draft.recipients = [dict(a) for a in doers]
        return
    if noun is not None and not kinds and mentions is not None:
        # "Poland said it would build a fence. Minsk called the decision a provocation":
        # no act told before, but the one the sentence before is about made the decision
        deciders = [a for a in _decider_before(verb, mentions) if str(a.get("id")) not in own]
        draft.recipients = deciders[:1]


def _decider_before(verb: Token, mentions: dict[int, ResolvedMention]) -> list[dict[str, Any]]:
    """Who the sentence just before says will do or did something, told by no event: the
    subject of what its main verb reports ("said it would build a fence": it), else of
    the main verb itself."""
    sent = verb.sent
    if sent.start == 0:
        return []
    root = verb.doc[sent.start - 1].sent.root
    reported = [c for c in root.children if c.dep_ == "ccomp"]
    subjects = [s for clause in (*reported, root) for s in clause.children if s.dep_ == "nsubj"]
    return _resolve_args(subjects[:1], mentions)


def _counter_act(verb: Token) -> bool:
    """Whether an act is named as a counter to another ("a counter-offensive", "a
    counterattack"): it answers the attack told just before."""
    doc = verb.doc
    written = verb.lower_.startswith("counter") and len(verb.lower_) > 7
    prefixed = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "counter"
    return verb.pos_ == "NOUN" and (written or prefixed)


# Reactions to another's act, which a reaction joined to them aims at the same side.
_REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "REQUEST"})
# Acts of dealing with someone: "held talks with X and signed agreements" (with X).
_COOPERATION = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID"})


def _joined_reaction(draft: _Draft, earlier: Sequence[_Draft]) -> _Draft | None:
    """The reaction a reaction is joined to by "and", by the same doers, when that one
    reaches someone; so for dealings ("held talks with X and signed agreements")."""
    verb = draft.trigger
    family = next((f for f in (_REACTIONS, _COOPERATION) if draft.entry.type in f), None)
    if verb.dep_ != "conj" or family is None:
        return None
    own = {str(a.get("id")) for a in draft.actors}
    if draft.entry.type in ("REQUEST", "AGREE", "REJECT"):
        # "met Stoltenberg in Brussels and asked for a timetable": asked of whom was met
        family = family | {"CONSULT"}
    for told in reversed(earlier):
        if (
            # (or the verb that carries its noun: "held talks with X and signed")
            any(t.i == verb.head.i or t.head.i == verb.head.i for t in told.tokens)
            and told.entry.type in family
            and told.recipients
            and own == {str(a.get("id")) for a in told.actors}
        ):
            return told
    return None


def _named_by(told: _Draft, noun: Token) -> bool:
    """Whether an act was told with the word a later noun repeats ("killing" and "the
    killings", "shelled" and "the shelling")."""
    lemma = noun.lemma_.lower()
    return any(
        len(t.lemma_) >= 4 and (lemma == t.lemma_.lower() or lemma.startswith(t.lemma_.lower()))
        for t in told.tokens
    ) or any(
        c.lemma_.lower() == lemma or (lemma.startswith(c.lemma_.lower()) and len(c.lemma_) >= 4)
        for t in told.tokens
        for c in t.children
        if c.dep_ in ("advcl", "xcomp", "conj")
    )


# Acts of holding someone, whose doer a call to free the held is aimed at.
_HOLDING = {"COERCE"}


def asked_of_holders(drafts: Sequence[_Draft]) -> None:
    """Aim a call to free people at whoever holds them, when the same sentence tells it
    ("demanded the release of two Canadians detained in China": China, not the two);
    else those it would help are no one it is asked of ("marched to demand the release
    of X", "called for an inquiry into the killing of protesters")."""
    for draft in drafts:
        if draft.entry.type not in ("REQUEST", "PROTEST"):
            continue
        asks_release = draft.entry.type == "REQUEST" and _asks_release(draft)
        holders = _holders(draft, drafts) if asks_release else None
        if holders is not None:
            draft.recipients = holders
        else:
            draft.recipients = [r for r in draft.recipients if not _befallen(r, draft)]


def _holders(draft: _Draft, drafts: Sequence[_Draft]) -> list[dict[str, Any]] | None:
    """Who holds the people a call asks to free, told in the same sentence; or, for a
    call naming no one ("called for his immediate release"), whoever the sentence or
    the two before told held someone ("Myanmar's military detained a journalist")."""
    if not draft.recipients:
        verb = draft.trigger
        holding = [
            told
            for told in drafts
            if told.entry.type in _HOLDING
            and told.actors
            and told.trigger.i < verb.i
            and _sentences_between(told.trigger, verb) <= 2
        ]
        return [dict(a) for a in holding[-1].actors] if holding else None
    asked = {str(r.get("id")) for r in draft.recipients}
    sent = draft.trigger.sent
    for held in drafts:
        if (
            held.entry.type in _HOLDING
            and held.trigger.sent == sent
            and held.actors
            and held.recipients
            and {str(r.get("id")) for r in held.recipients} <= asked
        ):
            return [dict(a) for a in held.actors]
    return None


# Nouns of what befalls people, whose "of" phrase names them as the ones it befell.
_BEFALLING = {"release", "freedom", "freeing", "killing", "killings", "death", "deaths",
              "murder", "arrest", "arrests", "detention", "abduction", "kidnapping",
              "disappearance", "torture", "execution", "imprisonment", "jailing"}  # fmt: skip


def _befallen(actor: dict[str, Any], draft: _Draft) -> bool:
    """Whether an actor is named only as one something befalls ("the release of X")."""
    doc = draft.trigger.doc
    words = doc.char_span(int(actor.get("start", -1)), int(actor.get("end", -1)), "expand")
    if words is None:
        return False
    root = words.root
    while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _BEFALLING


def _asks_release(draft: _Draft) -> bool:
    """Whether a request is for someone's release ("demanded the release of", "called
    for the freeing of")."""
    asked = [
        o
        for t in draft.tokens
        for o in [*(logical_objects(t) if t.pos_ == "VERB" else []), *prep_objects(t, ("for",))]
    ]
    return any(o.lemma_.lower() in ("release", "freedom", "freeing") for o in asked)


def claimed_act(draft: _Draft, earlier: Sequence[_Draft]) -> None:
    """A claim of responsibility for an act just told ("Suspected jihadists attacked a
    post on Sunday. IS claimed responsibility for the attack on Monday") is a claim about
    that act: it happened when and where the act was told, to whom it was done; the day
    the claim was made is not the act's."""
    noun = draft.trigger
    claimed = noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim"  # "claimed the attack"
    if noun.pos_ != "NOUN" or not (claimed or _responsibility(noun) is not None):
        return
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return  # "claimed responsibility for an attack on …": an act of its own
    if any(
        c.dep_ in ("compound", "amod", "acl", "relcl")
        or (c.dep_ == "prep" and not all(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        for c in noun.children
    ):
        return  # "the attack on the embassy", "the Kabul bombing": said of itself
    told = next(
        (
            e
            for e in reversed(earlier)
            if e.entry.type == draft.entry.type
            and e.trigger.i < noun.i
            and _sentences_between(e.trigger, noun) <= 2
        ),
        None,
    )
    if told is None:
        return
    draft.date, draft.date_precision, draft.date_text = (
        told.date,
        told.date_precision,
        told.date_text,
    )
    draft.location = draft.location or told.location
    if not draft.recipients:
        draft.recipients = [dict(r) for r in told.recipients]
