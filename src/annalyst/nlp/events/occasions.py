"""Meetings named as the occasion of what someone did next: "After the one-hour meeting,
the Pope travelled to Ur", "Following talks with Kadhimi, Biden said …". A meeting that
names no one as holding it was attended by whoever the sentence goes on to tell of (with
whomever it names as met); any other act ("after the attack, police arrested …") is not
theirs. A visit of no one's that a clause is set in ("during a visit to Iraq", "ahead of
a trip to Washington") is made by whom the clause is about."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.unnamed import _is_person_noun
from annalyst.nlp.syntax import is_verb, logical_subjects

# Prepositions that set an occasion before or around what the clause tells.
_AROUND = {"after", "before", "following", "during", "at"}


def _told_next(noun: Token) -> Token | None:
    """The verb a noun's "after …" phrase sets the occasion of."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _AROUND:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != prep.i else None


def attended_meetings(draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
    """Give a meeting that names no one the subject of the clause it is the occasion of."""
    token = draft.trigger
    if (
        draft.entry.type != "CONSULT"
        or token.pos_ != "NOUN"
        or draft.actors
        or any(c.dep_ == "poss" for c in token.children)  # ("after their meeting")
    ):
        return
    verb = _told_next(token)
    if verb is None:
        return
    # (people or bodies that could sit at a meeting, not "this American approach")
    subjects = [s for s in logical_subjects(verb) if s.i in mentions or _is_person_noun(s)]
    # ("after talks with Kadhimi, Biden announced …": the other side of the talks)
    met = {str(r.get("id")) for r in draft.recipients}
    draft.actors = [a for a in _resolve_args(subjects, mentions) if str(a.get("id")) not in met]


def journey_setting(token: Token, has_actors: bool) -> Token | None:
    """The verb of the clause a visit with no owner is the setting of: "during a visit
    to Iraq", and, with no doer named in the phrase, "ahead of", "before" or "after a
    trip to Washington" (not "the trip", one told before)."""
    if token.lemma_.lower() not in ("visit", "trip", "tour", "stay") or any(
        c.dep_ == "poss" for c in token.children
    ):
        return None
    prep = token.head
    if prep.lower_ == "during":
        return prep.head
    if has_actors or any(c.dep_ == "det" and c.lower_ != "a" for c in token.children):
        return None  # ("ahead of the visit": one told before, whoever made it)
    if prep.lower_ in ("before", "after") and is_verb(prep.head):
        return prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead" and is_verb(prep.head.head):
        return prep.head.head
    return None
