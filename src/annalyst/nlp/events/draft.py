"""The event being built for one trigger: each stage of the extractor fills in its part
(arguments, location, status, date) before it is written out as a record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from annalyst.knowledge.events import Trigger


@dataclass
class _Draft:
    trigger: Token
    entry: Trigger
    tokens: list[Token] = field(default_factory=list)  # every trigger token merged in
    actors: list[dict[str, Any]] = field(default_factory=list)
    recipients: list[dict[str, Any]] = field(default_factory=list)
    # Recipients that are the country an act goes to or holds in ("deployed troops to
    # Mali"): the place may still be where the event happened.
    hosts: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    status: str = "asserted"
    claimed_by: dict[str, Any] | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    # "intent", "demand" or "refusal" when the event is a frame around an act
    # (annalyst.nlp.events.frames); None for an act told as such.
    frame: str | None = None
    # The lexicon entry of the act this event is about, when that act is only its
    # content ("called for a ceasefire", "rejected the request for aid").
    content: Trigger | None = None
    # The verb of an order that this act carries out ("ordered the troops to withdraw"):
    # whoever gave the order is the actor.
    commander: Token | None = None

    def take_words(self, other: _Draft) -> None:
        """Make another draft's words this one's too: the two tell one act."""
        self.tokens.extend(t for t in other.tokens if t not in self.tokens)
