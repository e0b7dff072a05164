"""The side a speaker's "we" stands for: the body an official or a spokesman speaks for
("“We fired rockets at the base,” Hezbollah spokesman X said": Hezbollah), not the
speaker alone. "I" stays the speaker."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.nlp.actor_words import HOLDER_TITLES
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.unnamed import _state_for
from annalyst.nlp.events.words import after_the
from annalyst.nlp.tokentable import token_table

# The first person plural, by which a speaker names a side rather than a self.
PLURAL_FIRST_PERSON = frozenset({"we", "our", "us"})

# Kinds of actor a speaker can speak for.
_BODIES = frozenset({"organization", "group", "state"})

# How far (in characters) the speaker may have been named from their "we".
_NEAR = 600

# Sectors of an office whose holder speaks for the state itself.
_STATE_SECTORS = frozenset({"GOV", "MIL"})

# Words that may stand between a body's name and its speaker's name ("Hezbollah's
# military spokesman", "the Iranian foreign minister").
_TITLE_WORDS = HOLDER_TITLES | {"foreign", "defence", "defense", "military", "official", "'s", "’s"}


def speakers_side(
    speaker: dict[str, Any],
    at: Token,
    mentions: dict[int, ResolvedMention],
    published: date | None,
) -> dict[str, Any] | None:
    """The body a person speaking of "we" at ``at`` speaks for: the one named with their
    title ("Hezbollah spokesman X", "Iran's foreign minister"), else the body or the state
    of the office the knowledge base says they held that day. None when neither is
    known."""
    if speaker.get("type") != "person":
        return None
    return _named_with_title(speaker, at, mentions) or _body_of_office(speaker, published)


def _named_with_title(
    speaker: dict[str, Any], at: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    named = {
        id(m): m
        for m in mentions.values()
        if m.actor is not None and m.actor.get("id") == speaker.get("id")
    }
    # the nearest naming of the speaker, a few sentences away at most
    nearest = min(named.values(), key=lambda m: abs(m.start - at.idx), default=None)
    if nearest is None or abs(nearest.start - at.idx) > _NEAR:
        return None
    words = token_table(at.doc)
    found = words.char_tokens(nearest.start, nearest.end)
    if found is None:
        return None
    # the words before the name: a title, and the body whose title it is
    for i in range(found[0] - 1, max(-1, found[0] - 5), -1):
        body = mentions.get(i)
        if body is not None and body is not nearest:
            actor = body.actor or {}
            return dict(actor) if actor.get("type") in _BODIES else None
        if words.lower[i] not in _TITLE_WORDS:
            return None
    return None


def _body_of_office(speaker: dict[str, Any], published: date | None) -> dict[str, Any] | None:
    kb = KnowledgeBase.load()
    person = kb.get(str(speaker.get("id")))
    if person is None or published is None:
        return None
    for tie in person.affiliations:
        # a spokesman speaks for the body whose spokesman they are that day
        if tie.relation == "spokesperson_of" and tie.active_on(published):
            body = kb.get(tie.target)
            if body is not None:
                return body.ref()
    for role in person.roles_on(published):
        # (a minister's "we" is the government's, not the ministry's; a commander's or
        # a party leader's is their force's or party's)
        if role.country and role.sector == "GOV":
            return _state_for(role.country)
        body = KnowledgeBase.load().get(role.org) if role.org else None
        if body is not None:
            return body.ref()
        if role.country and role.sector in _STATE_SECTORS:
            return _state_for(role.country)
    return None


# Sectors of a force a speaker's "the army", "the naval forces" or "the fighters" may be:
# a state's, or an armed group's.
_STATE_FORCES = frozenset({"MIL", "COP"})
_GROUP_FORCES = frozenset({"MIL", "REB"})


def speakers_own_force(
    draft: _Draft, mentions: dict[int, ResolvedMention], published: date | None
) -> None:
    """ "Yemen's armed forces spokesman announced that the naval forces had targeted a
    tanker": a force named by its kind alone, of no stated country, in what a spokesman
    or an official says, is the force of the side they speak for."""
    claimant = draft.claimed_by
    if not claimant or claimant.get("type") != "person":
        return
    unnamed = [
        n
        for n, a in enumerate(draft.actors)
        if str(a.get("id", "")).startswith("~agent:x:")
        and (_STATE_FORCES | _GROUP_FORCES).intersection(a.get("sectors") or ())
        and str(a.get("text", "")).lower() == str(a.get("name", "")).lower()
        and _told_as_the(draft.trigger.doc, a)
    ]
    side = speakers_side(claimant, draft.trigger, mentions, published) if unnamed else None
    if side is None:
        return
    forces = _STATE_FORCES if side.get("type") == "state" else _GROUP_FORCES
    for n in unnamed:
        if not forces.intersection(draft.actors[n].get("sectors") or ()):
            continue
        actor = draft.actors[n]
        if side.get("type") == "state":
            kind = str(actor["id"]).rsplit(":", 1)[-1]
            actor = dict(actor, id=f"~agent:{side['country']}:{kind}", country=side["country"])
        else:
            actor = dict(
                side, text=actor.get("text"), start=actor.get("start"), end=actor.get("end")
            )
        draft.actors[n] = actor


def _told_as_the(doc: Doc, actor: dict[str, Any]) -> bool:
    """Whether an actor's words come right after "the" and nothing after them says whose
    they are ("the naval forces"; not "the Resistance in Palestine")."""
    start, end = actor.get("start"), actor.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not after_the(doc, start):
        return False
    words = token_table(doc)
    found = words.char_tokens(start, end)
    return found is not None and not any(
        words.dep[c] == "prep" for c in words.children[found[1] - 1]
    )
