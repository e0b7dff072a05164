"""The two sides named before: "the two sides", "both parties", "each side … the other"
stand for the pair an act just told brought together ("Armenian and Azerbaijani
negotiators met in Almaty …, but the two sides failed to agree").

This reads the acts, after every event's arguments: it only fills doers left empty by
``descriptions._definite_named_group``, which reads the same words from the actors
named before them (and cannot count a people's adjectives or "each side")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.events.dating import _sentences_between
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.syntax import logical_objects, logical_subjects

# Nouns a pair of parties is called by.
_PAIR_NOUNS = frozenset({"side", "party", "country", "nation", "leader", "government",
                         "delegation", "man", "minister", "president", "neighbour",
                         "neighbor", "rival", "foe", "camp"})  # fmt: skip

# How many sentences back the pair may have been named.
_WITHIN = 2


def pairs_named_before(drafts: Sequence[_Draft]) -> None:
    """Give an act whose doers are "the two sides" (or "both parties", "each side") the
    two parties of the latest act told within two sentences that had exactly two; "each
    side … the other" reaches the same two."""
    for n, draft in enumerate(drafts):
        if draft.actors:
            continue
        trigger = draft.trigger
        subject = next((s for s in logical_subjects(trigger) if _names_a_pair(s)), None)
        if subject is None:
            continue
        pair = _last_pair(drafts[:n], trigger)
        if pair is None:
            continue
        doc = trigger.doc
        start, end = subject.left_edge.idx, subject.idx + len(subject)
        draft.actors = [_with_words(p, doc, start, end) for p in pair]
        other = next((o for o in logical_objects(trigger) if o.lower_ == "other"), None)
        if other is not None and not draft.recipients:
            # "each side blamed the other": both are blamed
            begin = other.left_edge.idx
            draft.recipients = [_with_words(p, doc, begin, other.idx + len(other)) for p in pair]


def _names_a_pair(word: Token) -> bool:
    """ "the two sides", "both parties", "each side" (not "two soldiers")."""
    if word.lemma_.lower() not in _PAIR_NOUNS:
        return False
    return any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in ("det", "predet") and c.lower_ in ("both", "each"))
        for c in word.children
    )


def _last_pair(earlier: Sequence[_Draft], trigger: Token) -> list[dict[str, Any]] | None:
    for draft in reversed(earlier):
        if _sentences_between(draft.trigger, trigger) > _WITHIN:
            return None
        parties: dict[str, dict[str, Any]] = {}
        for actor in [*draft.actors, *draft.recipients]:
            parties.setdefault(str(actor.get("id")), actor)
        if len(parties) == 2:
            return list(parties.values())
    return None


# Numbers by which people counted before are called back ("two Palestinians … the two").
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def counted_before(drafts: Sequence[_Draft]) -> None:
    """Give an act whose doers are "the two" (or "the three") the people counted so in an
    act told within two sentences before ("Troops killed two Palestinians in Nablus. The
    army said the two had opened fire on soldiers")."""
    for n, draft in enumerate(drafts):
        if draft.actors:
            continue
        trigger = draft.trigger
        subject = next(
            (
                s
                for s in logical_subjects(trigger)
                if s.lower_ in _NUMBER_WORDS
                and s.pos_ == "NUM"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)
            ),
            None,
        )
        if subject is None:
            continue
        counted = _counted(drafts[:n], trigger, subject.lower_)
        if counted is not None:
            doc = trigger.doc
            start, end = subject.left_edge.idx, subject.idx + len(subject)
            draft.actors = [_with_words(counted, doc, start, end)]


def _counted(earlier: Sequence[_Draft], trigger: Token, number: str) -> dict[str, Any] | None:
    doc = trigger.doc
    for draft in reversed(earlier):
        if _sentences_between(draft.trigger, trigger) > _WITHIN:
            return None
        for party in [*draft.recipients, *draft.actors]:
            start = party.get("start")
            if start is None:
                continue
            words = doc.char_span(
                int(start), int(party.get("end") or start), alignment_mode="expand"
            )
            if words is not None and any(
                c.dep_ == "nummod" and c.lower_ == number for c in words.root.children
            ):
                return party
    return None
