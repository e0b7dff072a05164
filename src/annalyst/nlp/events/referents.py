"""Who an argument word stands for: the actor its mention resolves to, or the one it
implies (a relative pronoun's antecedent, a pronoun's subject above, the organisation of
"Hezbollah fighters", the state of "Israeli jets", the owner of "the US base")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.syntax import _SUBJECT_DEPS, _ancestors

# Facilities whose owner is the recipient ("the US base", "the Saudi embassy").
_FACILITIES = {
    "base": "MIL",
    "airbase": "MIL",
    "camp": "MIL",
    "convoy": "MIL",
    "convoys": "MIL",
    "position": "MIL",
    "positions": "MIL",
    "outpost": "MIL",
    "garrison": "MIL",
    "headquarters": "MIL",
    "troops": "MIL",
    "forces": "MIL",
    "embassy": "GOV",
    "consulate": "GOV",
    "mission": "GOV",
    "compound": "GOV",
}


def _mention_index(doc: Doc, mentions: Sequence[ResolvedMention]) -> dict[int, ResolvedMention]:
    """Token index → the actor mention covering it."""
    index: dict[int, ResolvedMention] = {}
    for mention in mentions:
        if mention.actor is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            # The outer mention (a role phrase) wins over a name nested in it.
            index.setdefault(token.i, mention)
    return index


def _expand(token: Token) -> list[Token]:
    """A head with its coordinated conjuncts ("Iran and Iraq")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_expand(child))
    return out


def _resolve_args(
    tokens: Iterable[Token | None], mentions: dict[int, ResolvedMention]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for token in tokens:
        if token is None:
            continue
        for head in _expand(token):
            actor = _actor_for(head, mentions)
            if actor is None:
                continue
            for one in [actor, *actor.pop("also", [])]:
                if str(one["id"]) not in seen:
                    seen.add(str(one["id"]))
                    out.append(one)
    return out


def _actor_for(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    if head.lower_ == "who" and head.head.dep_ == "relcl":
        # "Soleimani and al-Muhandis, who were killed …": the relative's antecedent.
        antecedents = _expand(head.head.head)
        named = [a for a in (_actor_for(t, mentions) for t in antecedents) if a is not None]
        return named[0] if len(named) == 1 else (dict(named[0], also=named[1:]) if named else None)
    if head.pos_ == "PRON" and head.lower_ in (
        "it",
        "they",
        "he",
        "she",
        "its",
        "their",
        "his",
        "her",
    ):
        # "Kataib Hezbollah denied that it had attacked …": the subject of the clause above.
        for ancestor in _ancestors(head):
            subject = next(
                (c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS and c.i != head.i), None
            )
            if subject is not None and subject.i in mentions:
                found = mentions[subject.i]
                if found.actor is not None:
                    return dict(found.actor, text=head.text)
        return None
    # "Hezbollah fighters", "IRGC commandos": members act for the named organisation.
    for child in head.children:
        if child.dep_ in ("compound", "poss") and child.i in mentions:
            owner = mentions[child.i]
            if (
                owner.actor is not None
                and owner.actor.get("type") in ("organization", "group")
                and not str(owner.actor["id"]).startswith("~agent:")
                and head.lemma_.lower() in _MEMBERS
            ):
                return dict(owner.actor, text=f"{owner.text} {head.text}")
        if child.dep_ == "poss" and child.pos_ == "PRON":
            # "struck his residence": the owner named earlier in the sentence.
            earlier = [
                m
                for i, m in mentions.items()
                if i < child.i and i >= head.sent.start and m.actor is not None
            ]
            wanted = "person" if child.lower_ in ("his", "her") else None
            for m in reversed(earlier):
                if m.actor is not None and (wanted is None or m.actor.get("type") == wanted):
                    return dict(m.actor, text=m.text)
    mention = mentions.get(head.i)
    if mention is not None and mention.actor is not None:
        actor = dict(mention.actor, text=mention.text)
        # "Israeli jets", "American warplanes": weapons act for their state.
        if (
            str(actor["id"]).startswith("~agent:")
            and head.lemma_.lower() in _PLATFORMS
            and actor.get("country")
        ):
            state = _state_for(str(actor["country"]))
            if state is not None:
                return dict(state, text=mention.text)
        return actor
    facility = _FACILITIES.get(head.lower_)
    # "the US base": the owner of a base, embassy or convoy is the recipient.
    for child in head.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions:
            owner = mentions[child.i]
            if owner.actor is None:
                continue
            actor = dict(owner.actor, text=owner.text)
            if facility and actor.get("type") == "state":
                country = actor.get("country")
                return {
                    "id": f"~agent:{country}:{facility.lower()}",
                    "name": f"{owner.text} {head.text}",
                    "text": f"{owner.text} {head.text}",
                    "country": country,
                    "sectors": [facility],
                    "type": "group",
                }
            return actor
    # A mention inside the argument's own words ("the head of the Iraqi delegation").
    for token in head.subtree:
        if token.i in mentions and abs(token.i - head.i) <= 6:
            mention = mentions[token.i]
            if mention.actor is not None:
                return dict(mention.actor, text=mention.text)
    return None


_MEMBERS = {
    "fighter",
    "militant",
    "member",
    "commando",
    "gunman",
    "unit",
    "force",
    "cadre",
    "operative",
    "soldier",
    "troop",
    "guard",
    "officer",
    "official",
    "leader",
    "commander",
    "supporter",
    "loyalist",
}
_PLATFORMS = {
    "jet",
    "warplane",
    "aircraft",
    "plane",
    "drone",
    "bomber",
    "helicopter",
    "warship",
    "ship",
    "missile",
    "rocket",
    "artillery",
    "tank",
    "gunboat",
    "submarine",
    "fighter-bomber",
}


def _state_for(country: str) -> dict[str, Any] | None:
    state = _states().get(country)
    return dict(state) if state is not None else None


@lru_cache(maxsize=1)
def _states() -> dict[str, dict[str, Any]]:
    from annalyst.knowledge.actors import KnowledgeBase

    return {
        str(a.country): a.ref()
        for a in KnowledgeBase.load().actors.values()
        if a.type == "state" and a.country
    }
