"""The conditions a lexicon entry puts on its context (``requires`` in events.yaml).

:class:`Requires` only states them; :meth:`Trigger.accepts` checks them against a
:class:`TriggerContext`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import field_validator

from annalyst.knowledge.events.models import _Model

Number = Literal["singular", "plural"]


_SLOTS: tuple[str, ...] = (
    "particle",
    "prep",
    "object",
    "subject",
    "modifier",
    "governor",
    "complement",
    "context",
    "exclude",
    "not_object",
    "not_subject",
    "not_complement",
    "not_instrument",
    "not_dep",
)


def _str_tuple(value: Any) -> Any:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(value)
    return value


class Requires(_Model):
    """Conditions under which a trigger counts (see ``events.yaml`` for the meaning).

    Lists hold lower-case lemmas (``"*"`` = any word); an item ``"verb particle"``
    stands for a phrasal verb. Class references (``"@name"``) are already expanded."""

    particle: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    governor: tuple[str, ...] = ()
    complement: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    not_object: tuple[str, ...] = ()
    not_subject: tuple[str, ...] = ()
    not_complement: tuple[str, ...] = ()
    not_instrument: tuple[str, ...] = ()
    not_dep: tuple[str, ...] = ()
    number: Number | None = None
    case: Literal["lower"] | None = None

    _coerce = field_validator(*_SLOTS, mode="before")(_str_tuple)

    @property
    def specificity(self) -> int:
        """How many conditions are set (more = more specific)."""
        flags = (self.number is not None) + (self.case is not None)
        return sum(1 for slot in _SLOTS if getattr(self, slot)) + flags

    def is_empty(self) -> bool:
        return self.specificity == 0
