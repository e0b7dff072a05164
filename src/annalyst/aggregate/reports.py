"""What the grouping needs to know about one event record (a *report* of an act).

A report is reduced to comparable keys: actors as (id, country, sectors, kind),
the date as an interval of days whose width follows its precision, and the place
as coordinates with a precision rank.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal

from annalyst.schema import ActorRef, Event, PlaceRef

# An undated report in an article speaks of something shortly before publication:
# news reports of the day leave the date out. Older acts are usually dated.
WINDOW_DAYS = 14

# Words of a trigger that say someone was killed. A person can be killed only once,
# so every report of one person's killing is one act whatever else it says.
_LETHAL_STEMS = ("kill", "murder", "assassinat", "martyr", "slay", "slain", "execut", "liquidat")
_LETHAL_MODES = frozenset({"assassinate", "execute"})

PLACE_RANKS = {"site": 0, "city": 1, "county": 2, "region": 3, "country": 4, "continent": 5}
UNKNOWN_RANK = 2  # a place without a precision is taken as a district: neither exact nor vague

Kind = Literal["state", "generic", "unknown", "named"]
Precision = Literal["day", "month", "year", "window"]


@dataclass(frozen=True, slots=True)
class ActorKey:
    id: str
    country: str | None
    sectors: frozenset[str]
    kind: Kind
    person: bool = False


@dataclass(frozen=True, slots=True)
class PlaceKey:
    lat: float
    lon: float
    rank: int
    country: str | None
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Interval:
    lo: int  # proleptic ordinal day, inclusive
    hi: int
    precision: Precision


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the grouping needs from an event's article."""

    published: str | None = None
    outlet: str | None = None
    source: str | None = None  # the independent source it counts as (outlet owner or outlet)


def actor_key(ref: ActorRef) -> ActorKey:
    kind: Kind
    if ref.id.startswith("~agent:"):
        kind = "generic"
    elif ref.id.startswith("~"):
        kind = "unknown"  # a name with no entry: nothing is known of it
    elif ref.type == "state":
        kind = "state"
    else:
        kind = "named"
    return ActorKey(ref.id, ref.country, frozenset(ref.sectors), kind, ref.type == "person")


def place_key(place: PlaceRef | None) -> PlaceKey | None:
    if place is None:
        return None
    rank = (
        PLACE_RANKS["country"]
        if place.form == "adjective"
        else (PLACE_RANKS.get(place.precision, UNKNOWN_RANK) if place.precision else UNKNOWN_RANK)
    )
    return PlaceKey(place.lat, place.lon, rank, place.country, place.geonameid)


def day_number(text: str | None) -> int | None:
    """A YYYY-MM-DD date as an ordinal day, None when missing or malformed."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def interval_of(event: Event, published: int | None) -> Interval | None:
    """The days the report's act may have happened on; None when nothing bounds it."""
    day = day_number(event.date)
    if day is not None:
        start = date.fromordinal(day)
        if event.date_precision == "month":
            days = calendar.monthrange(start.year, start.month)[1]
            return Interval(
                start.replace(day=1).toordinal(), start.replace(day=days).toordinal(), "month"
            )
        if event.date_precision == "year":
            return Interval(
                date(start.year, 1, 1).toordinal(), date(start.year, 12, 31).toordinal(), "year"
            )
        return Interval(day, day, "day")
    # Intentions and conjectures have no past to be anchored in.
    if published is None or event.status in ("future", "hypothetical"):
        return None
    return Interval(published - WINDOW_DAYS, published, "window")


def is_lethal(event: Event) -> bool:
    if event.event_type != "ASSAULT":
        return False
    if event.mode in _LETHAL_MODES:
        return True
    trigger = event.trigger.lower()
    return any(trigger.startswith(stem) for stem in _LETHAL_STEMS)


@dataclass(slots=True)
class Report:
    """One event record, keyed for grouping, with what its incident record will need."""

    event: Event
    info: ArticleInfo
    actors: tuple[ActorKey, ...]
    recipients: tuple[ActorKey, ...]
    victims: frozenset[str]
    interval: Interval | None
    place: PlaceKey | None
    published: int | None

    @property
    def id(self) -> str:
        return self.event.id


def anchors_of(actors: tuple[ActorKey, ...], place: PlaceKey | None) -> frozenset[str]:
    """Blocking anchors of a side: two sides that can name one party share one of these
    (unnamed actors of no country and names the knowledge base lacks give none)."""
    out: set[str] = set()
    for actor in actors:
        if actor.country:
            out.add(actor.country)
        elif actor.kind == "named":
            out.add("@" + actor.id)
    if place is not None and place.country:
        out.add(place.country)
    return frozenset(out)


def make_report(event: Event, info: ArticleInfo | None = None) -> Report:
    info = info or ArticleInfo()
    published = day_number(info.published)
    actors = tuple(actor_key(a) for a in event.actors)
    recipients = tuple(actor_key(a) for a in event.recipients)
    victims = (
        frozenset(r.id for r in event.recipients if r.type == "person")
        if is_lethal(event)
        else frozenset()
    )
    place = place_key(event.location)
    return Report(
        event=event,
        info=info,
        actors=actors,
        recipients=recipients,
        victims=victims,
        interval=interval_of(event, published),
        place=place,
        published=published,
    )
