"""Where an event happened: a place of its sentence, preferably one attached to the
trigger by a locative preposition; a statement's place only when so attached."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.syntax import _LOCATIVE_PREPS, _OBJECT_DEPS, _PASSIVE_SUBJ
from annalyst.nlp.tokentable import token_table


def _location(draft: _Draft, places: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    if not places:
        return None
    sent = draft.trigger.sent
    doc = draft.trigger.doc
    hosts = {id(a) for a in draft.hosts}
    arguments = [a for a in draft.actors + draft.recipients if id(a) not in hosts]
    argument_words = {a.get("text") for a in arguments}

    words = token_table(doc)

    def usable(place: dict[str, Any]) -> bool:
        found = words.char_tokens(place["start"], place["end"])  # doc.char_span, "expand"
        if found is None or place.get("text") in argument_words:
            return False  # "Tehran would retaliate": the actor, not the place
        # "the US embassy", "Iranian-backed": a modifier names an owner, not a place.
        return doc[found[0] : found[1]].root.dep_ not in ("compound", "amod", "poss", "nmod")

    inside = [p for p in places if sent.start_char <= p["start"] < sent.end_char and usable(p)]
    if not inside:
        return None
    # A place attached to the trigger (or to its object) by a locative preposition first.
    attached: list[dict[str, Any]] = []
    for token in draft.tokens:
        heads = [token, *[c for c in token.children if c.dep_ in _OBJECT_DEPS | _PASSIVE_SUBJ]]
        for head in heads:
            for child in head.subtree:
                if child.dep_ == "pobj" and child.head.lower_ in _LOCATIVE_PREPS | {
                    "on",
                    "to",
                    "from",
                }:
                    for place in inside:
                        if place["start"] <= child.idx < place["end"]:
                            attached.append(place)
    if attached:
        candidates = attached
    elif draft.entry.quad.startswith("material"):
        # A deed happens somewhere named in its sentence; a statement's place must
        # be attached to it ("said in Baghdad"), or we do not know where it was made.
        candidates = [p for p in inside if p.get("precision") != "country" or len(inside) == 1]
    else:
        candidates = []
    if not candidates:
        return None
    best = min(
        candidates,
        key=lambda p: (
            {"site": 0, "city": 1, "region": 2, "country": 3}.get(p.get("precision", ""), 4),
            abs(p["start"] - draft.trigger.idx),
        ),
    )
    return best
