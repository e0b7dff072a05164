"""What a time expression is: the public records :class:`TimeExpr` and
:class:`EventAnchor` and the words their fields take (precision, unit, kind)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year"]
Unit = Literal["day", "week", "month", "year"]
Kind = Literal["explicit", "partial", "relative", "narrative", "anchored", "other"]


@dataclass(frozen=True)
class EventAnchor:
    """The event a phrase such as "two days after the attack" is dated from."""

    offset_days: int
    """Signed distance in days: +2 "two days after", -1 "a day before", 0 "the day of"."""
    anchor_text: str
    """The anchor as written: a noun phrase ("the attack") or a clause ("Soleimani was killed")."""
    anchor_start: int
    anchor_end: int
    unit: Unit
    amount: int | None = None
    """Signed number of ``unit``s; None when the text gives no amount ("weeks after")."""
    direction: int = 1
    """+1 after the anchor, -1 before it, 0 at the same time ("the day of", "during")."""
    exact: bool = True
    """False for vague or hedged amounts ("hours after", "about a week after")."""
    counted: bool = False
    """An unstated number of ``unit``s was written ("days after", "in the days
    following"): the event lies within a few such units of the anchor."""


@dataclass(frozen=True)
class TimeExpr:
    """A time expression of a document, resolved to a date where the text allows."""

    start: int
    end: int
    text: str
    date: str | None
    precision: Precision | None
    relative: bool
    anchor: EventAnchor | None = None
    preposition: str | None = None
    approximate: bool = False
    """The date stands for a vaguer span (a week's Monday, a weekend's Saturday, "about")."""
    future: bool = False
    kind: Kind = "explicit"
    step: tuple[int, Unit] | None = None
    """Narrative phrases: the distance from the moment they follow ("two days later" ->
    (2, "day"), "the previous year" -> (-1, "year")); None for the others and for vague
    amounts ("days later"). Lets the event layer date the phrase from the previous event
    when no earlier expression dates it."""
