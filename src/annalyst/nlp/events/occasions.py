"""Meetings named as the occasion of what someone did next: "After the one-hour meeting,
the Pope travelled to Ur", "Following talks with Kadhimi, Biden said …". A meeting that
names no one as holding it was attended by whoever the sentence goes on to tell of (with
whomever it names as met); any other act ("after the attack, police arrested …") is not
theirs. A visit of no one's that a clause is set in ("during a visit to Iraq", "ahead of
a trip to Washington") is made by whom the clause is about. And the readers of an act
named as the occasion, the setting or the time of another ("before his assassination",
"in the battle of X, he insisted …", "…, a day after the army declined …"), which is
then no content of the other's verb."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.syntax import _BACKGROUND_PREPS
from annalyst.nlp.events.unnamed import _is_person_noun
from annalyst.nlp.syntax import is_verb, logical_subjects

# Prepositions that set an occasion before or around what the clause tells.
_AROUND = {"after", "before", "following", "during", "at"}


# Nouns of a talk held over a line or in a sitting, in which one does what the verb says
# ("thanked his counterpart in a phone call").
_CALLS = {"call", "conversation", "meeting", "talks", "videoconference", "conference"}


def _told_next(noun: Token) -> Token | None:
    """The verb a noun's "after …" phrase sets the occasion of (or an "in a phone call"
    phrase the manner of)."""
    prep = noun.head
    held_in = prep.lower_ == "in" and noun.lemma_.lower() in _CALLS
    if noun.dep_ != "pobj" or (prep.lower_ not in _AROUND and not held_in):
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
    # ("a phone call": the phrase's head carries it)
    verb = _told_next(token.head if token.dep_ == "compound" else token)
    if verb is None:
        return
    # (people or bodies that could sit at a meeting, not "this American approach")
    subjects = [s for s in logical_subjects(verb) if s.i in mentions or _is_person_noun(s)]

    # ("after talks with Kadhimi, Biden announced …": the other side of the talks)
    # (generic people are told apart by their words: "the president … his counterpart")
    def key(actor: dict[str, Any]) -> str:
        ident = str(actor.get("id"))
        return f"{ident}|{actor.get('text')}" if ident.startswith("~") else ident

    met = {key(r) for r in draft.recipients}
    draft.actors = [a for a in _resolve_args(subjects, mentions) if key(a) not in met]


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


# "over the killing", "after the clashes": a reason or a background act, not this one.
# ("over" and "during" too: "blacklisted X over the killing", "during a visit")
_OCCASION_PREPS = {*_BACKGROUND_PREPS, "over", "during"}
# "In the battle of X, he insisted on ...": a verbal act's setting, not what it asks.
_SETTING_PREPS = {"in", "at"}


def set_in(token: Token, verb: Token) -> bool:
    """An act named for its place in a setting phrase of a verb of saying or asking ("In
    the battle of X, he insisted on going": the battle is where, not what he insisted
    on; "in their meeting" is left to the meeting told before)."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in _SETTING_PREPS
        and head.head.i == verb.i
        and verb.pos_ in ("VERB", "AUX")
        and head.i < verb.i  # set before the verb, at the head of the sentence
        and any(
            child.dep_ == "prep"
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
            for child in token.children
        )
    )


def occasion_of_another(token: Token) -> bool:
    """Whether an act is named as the occasion of another: "before his assassination",
    "during the talks", "on his visit to Cairo" (one's own act, named by its pronoun and
    its place; "in their meeting" alone is left to the meeting told before)."""
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    return prep in _OCCASION_PREPS or (
        prep in ("on", "in", "at")
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
        and any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in token.children)
    )


def within_subject(token: Token, ancestor: Token) -> bool:
    """Whether a word hangs on the subject of the word it is governed by: a phrase
    about who acts, not what is asked or promised."""
    word = token
    while word.head.i != word.i and word.head.i != ancestor.i:
        word = word.head
    return word.head.i == ancestor.i and word.dep_ in ("nsubj", "nsubjpass")


# Words that open a clause of time ("a day after the army declined").
_TIME_MARKS = frozenset({"after", "before", "since", "until", "as", "when"})


def main_clause_under_time_clause(token: Token, verb: Token) -> bool:
    """Whether the parser hangs the main clause, with an act before it, on a clause of
    time ("traded fire on Tuesday, a day after the army declined to send a delegation"):
    the act is no content of that clause's verb."""
    return token.i < verb.i and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children
    )
