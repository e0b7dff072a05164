"""A longer name the recogniser found around a name the knowledge base knows: whether it
is someone else than the known one inside it ("the African National Congress" is not the
US Congress, "Hisham al-Hashimi" is not Tariq al-Hashimi, "Rep. Jim Jordan" is not
Jordan)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from rapidfuzz import fuzz
from spacy.tokens import Doc

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.nlp.actor_names import state_country
from annalyst.nlp.actor_words import BODY_NAME_HEADS


class KnownName(Protocol):
    """A known name found inside the longer one: its token offsets and actor ids."""

    start: int
    end: int
    actor_ids: list[str]


def other_body(
    kb: KnowledgeBase, doc: Doc, start: int, end: int, inside: Sequence[KnownName]
) -> bool:
    """An organisation's name ending in a known one's name, with words before it that
    do not just say the known one's country: "the African National Congress" and
    "the Indian National Congress" are not the US Congress ("the Israeli Knesset" is
    the Knesset)."""
    if len(inside) != 1 or inside[0].end != end or inside[0].start <= start:
        return False
    countries = {kb.actors[a].country for a in inside[0].actor_ids if a in kb.actors}
    prefix = doc[start : inside[0].start]
    if any(t.is_lower for t in prefix):
        return False  # "the 14th Brigade of the PMU": a part of the known body
    for token in prefix:
        if token.is_punct or token.pos_ == "DET":
            continue
        nationality = kb.agents.nationality(token.text)
        if nationality is None or nationality.country not in countries:
            return True
    return False


def named_like_a_state(
    kb: KnowledgeBase,
    doc: Doc,
    start: int,
    end: int,
    inside: Sequence[KnownName],
    is_common: Callable[[str], bool],
) -> bool:
    """A person's two names, one of them a state's ("Rep. Jim Jordan", "Chad Wolf"):
    the other name is no nationality, state, title or common word."""
    if end - start != 2 or len(inside) != 1 or (inside[0].end - inside[0].start) != 1:
        return False
    if not all(
        (actor := kb.actors.get(i)) is not None and actor.type == "state"
        for i in inside[0].actor_ids
    ):
        return False
    other = doc[start + 1] if inside[0].start == start else doc[start]
    return (
        other.is_alpha
        and other.text[:1].isupper()
        and not is_common(other.text)
        and state_country(kb, other.text) is None
    )


def namesake(kb: KnowledgeBase, doc: Doc, start: int, inside: Sequence[KnownName]) -> bool:
    """A person's full name whose known part is only a surname shared with someone
    else: "Hisham al-Hashimi" is not Tariq al-Hashimi. The first names must differ
    (a spelling of the same one, "Qasem" for "Qassem", is the same person)."""
    if len(inside) != 1 or (inside[0].end - inside[0].start) != 1 or inside[0].start == start:
        return False
    given = doc[start].text
    if not given[:1].isupper():
        return False
    for actor_id in inside[0].actor_ids:
        actor = kb.actors.get(actor_id)
        if actor is None or actor.type != "person":
            return False
        first = actor.name.split()[0]
        if fuzz.ratio(first.casefold(), given.casefold()) >= 75:
            return False  # the same person, spelt another way
    return True


# Head words of a movement, party or front named for the land it fights or stands for
# ("the Democratic Forces for the Liberation of Rwanda"); not a state's own army.
_MOVEMENT_HEADS = BODY_NAME_HEADS - {"army"}


def named_for_a_state(
    kb: KnowledgeBase, doc: Doc, start: int, end: int, inside: Sequence[KnownName]
) -> bool:
    """An organisation named for a state it is not: a movement's or party's head word,
    then "of" or "for" and more words ending in a state's name ("the National Union for
    the Total Independence of Angola")."""
    if len(inside) != 1 or inside[0].end != end or end - start < 4:
        return False
    if not all(
        (actor := kb.actors.get(i)) is not None and actor.type == "state"
        for i in inside[0].actor_ids
    ):
        return False
    words = [t for t in doc[start : inside[0].start] if t.pos_ != "DET" and not t.is_punct]
    heads = [t for t in words if t.lower_ in _MOVEMENT_HEADS and t.is_title]
    return bool(heads) and any(t.lower_ in ("of", "for") for t in words if t.i > heads[0].i)
