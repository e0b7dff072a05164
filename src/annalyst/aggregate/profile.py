"""An incident while it is being built: the running summary that new reports are matched to.

A profile is what the grouping compares: the union of the actors and recipients
its reports name, the people its reports say were killed, the date votes of its
reports by precision, its places and its modes. It also
keeps, per report, what the incident record needs (article, status, outlet), so
the record can be written without reading the events again. It serialises to
plain JSON for the store, so an update loads only the profiles it may touch.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import msgspec

from annalyst.aggregate.reports import (
    ActorKey,
    Interval,
    PlaceKey,
    Report,
    actor_key,
    place_key,
)
from annalyst.schema import ActorRef, PlaceRef

_PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}


class Member(msgspec.Struct, array_like=True, frozen=True):
    """One report of the incident, as the incident record and ledger need it."""

    event_id: str
    article_id: str
    status: str
    claimed_by: ActorRef | None
    outlet: str | None
    source: str | None
    published: str | None


@dataclass(slots=True)
class Party:
    ref: ActorRef
    as_actor: int = 0
    as_recipient: int = 0


@dataclass(slots=True)
class Profile:
    id: str
    event_type: str
    modes: Counter[str | None] = field(default_factory=Counter)
    parties: dict[str, Party] = field(default_factory=dict)
    actors: dict[str, ActorKey] = field(default_factory=dict)
    recipients: dict[str, ActorKey] = field(default_factory=dict)
    victims: set[str] = field(default_factory=set)
    votes: Counter[Interval] = field(default_factory=Counter)
    window: Interval | None = None
    places: dict[tuple[float, float, int], tuple[PlaceRef, int]] = field(default_factory=dict)
    members: list[Member] = field(default_factory=list)
    latest: int = 0  # last day any report of it speaks of or was published on
    # What matching reads, derived from the above by `refresh()` after every change
    # (plain attributes, not properties: matching reads them millions of times).
    interval: Interval | None = None
    place: PlaceKey | None = None
    mode_set: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()  # people it says were attacked, killed or not
    actor_keys: tuple[ActorKey, ...] = ()
    recipient_keys: tuple[ActorKey, ...] = ()
    everyone: tuple[ActorKey, ...] = ()
    actor_people: frozenset[str] = frozenset()
    recipient_people: frozenset[str] = frozenset()

    # -- building ----------------------------------------------------------------

    @classmethod
    def of_report(cls, report: Report, incident_id: str | None = None) -> Profile:
        event = report.event
        profile = cls(id=incident_id or incident_id_for(event.id), event_type=event.event_type)
        profile.modes[event.mode] += 1
        for ref, key in zip(event.actors, report.actors, strict=True):
            profile._add_party(ref, key, actor=1, recipient=0)
        for ref, key in zip(event.recipients, report.recipients, strict=True):
            profile._add_party(ref, key, actor=0, recipient=1)
        profile.victims.update(report.victims)
        if report.interval is not None:
            if report.interval.precision == "window":
                profile.window = report.interval
            else:
                profile.votes[report.interval] += 1
        if event.location is not None and report.place is not None:
            profile.places[(report.place.lat, report.place.lon, report.place.rank)] = (
                event.location, 1,
            )  # fmt: skip
        info = report.info
        member = Member(
            event.id, event.article_id, event.status, event.claimed_by, info.outlet,
            info.source, info.published,
        )  # fmt: skip
        profile.members.append(member)
        ends = [x for x in (report.published, report.interval.hi if report.interval else None) if x]
        profile.latest = max(ends, default=0)
        profile.refresh()
        return profile

    def _add_party(self, ref: ActorRef, key: ActorKey, *, actor: int, recipient: int) -> None:
        party = self.parties.get(ref.id)
        if party is None:
            party = self.parties[ref.id] = Party(ref)
        party.as_actor += actor
        party.as_recipient += recipient
        if actor:
            self.actors[ref.id] = key
        if recipient:
            self.recipients[ref.id] = key

    def absorb(self, other: Profile) -> None:
        """Take in another profile's reports (it is then discarded)."""
        self.modes.update(other.modes)
        for pid, party in other.parties.items():
            key = other.actors.get(pid) or other.recipients.get(pid) or actor_key(party.ref)
            self._add_party(party.ref, key, actor=0, recipient=0)
            mine = self.parties[pid]
            mine.as_actor += party.as_actor
            mine.as_recipient += party.as_recipient
            if pid in other.actors:
                self.actors[pid] = key
            if pid in other.recipients:
                self.recipients[pid] = key
        self.victims |= other.victims
        self.votes.update(other.votes)
        if other.window is not None:
            self.window = _intersect(self.window, other.window)
        for key3, (ref, count) in other.places.items():
            mine_place = self.places.get(key3)
            self.places[key3] = (ref, count + (mine_place[1] if mine_place else 0))
        self.members.extend(other.members)
        self.latest = max(self.latest, other.latest)
        self.refresh()

    # -- what it says ---------------------------------------------------------------

    def refresh(self) -> None:
        self.interval = best_interval(self.votes, self.window)
        best = best_place(self.places)
        self.place = place_key(best) if best is not None else None
        self.mode_set = frozenset(m for m in self.modes if m)
        self.actor_keys = tuple(self.actors.values())
        self.recipient_keys = tuple(self.recipients.values())
        self.everyone = tuple({**self.actors, **self.recipients}.values())
        self.actor_people = frozenset(k.id for k in self.actor_keys if k.person)
        self.recipient_people = frozenset(k.id for k in self.recipient_keys if k.person)
        self.targets = self.recipient_people if self.event_type == "ASSAULT" else frozenset()

    @property
    def size(self) -> int:
        return len(self.members)

    # -- persistence --------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """The profile as plain JSON-able data (members as [event id, article id, ...] lists)."""
        state: dict[str, Any] = msgspec.to_builtins(
            {
                "id": self.id,
                "event_type": self.event_type,
                "modes": [[m, n] for m, n in self.modes.items()],
                "parties": [[p.ref, p.as_actor, p.as_recipient] for p in self.parties.values()],
                "victims": sorted(self.victims),
                "votes": [[i.lo, i.hi, i.precision, n] for i, n in self.votes.items()],
                "window": None if self.window is None else [self.window.lo, self.window.hi],
                "places": [[ref, n] for ref, n in self.places.values()],
                "members": self.members,
                "latest": self.latest,
            }
        )
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Profile:
        profile = cls(id=state["id"], event_type=state["event_type"])
        profile.modes = Counter({m: int(n) for m, n in state["modes"]})
        for ref_data, as_actor, as_recipient in state["parties"]:
            ref = msgspec.convert(ref_data, ActorRef)
            profile._add_party(
                ref, actor_key(ref), actor=int(as_actor), recipient=int(as_recipient)
            )
        profile.victims = set(state["victims"])
        profile.votes = Counter({Interval(lo, hi, p): int(n) for lo, hi, p, n in state["votes"]})
        if state["window"] is not None:
            profile.window = Interval(state["window"][0], state["window"][1], "window")
        for place_data, count in state["places"]:
            place = msgspec.convert(place_data, PlaceRef)
            key = place_key(place)
            assert key is not None
            profile.places[(key.lat, key.lon, key.rank)] = (place, int(count))
        profile.members = [msgspec.convert(m, Member) for m in state["members"]]
        profile.latest = int(state["latest"])
        profile.refresh()
        return profile


def incident_id_for(event_id: str) -> str:
    """An incident is named after the report that started it: stable across re-runs."""
    return "n" + event_id[:15]


def _intersect(a: Interval | None, b: Interval) -> Interval:
    if a is None:
        return b
    lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
    # Windows that do not overlap (reports merged on other grounds) keep the later one.
    return Interval(lo, hi, "window") if lo <= hi else (a if a.hi >= b.hi else b)


def best_interval(votes: Counter[Interval], window: Interval | None) -> Interval | None:
    """The most precise date its reports give, the one most of them give at that precision."""
    if votes:
        return min(votes, key=lambda i: (_PRECISION_ORDER[i.precision], -votes[i], i.lo))
    return window


def best_place(places: dict[tuple[float, float, int], tuple[PlaceRef, int]]) -> PlaceRef | None:
    if not places:
        return None
    (_lat, _lon, _rank), (ref, _n) = min(
        places.items(), key=lambda item: (item[0][2], -item[1][1], item[1][0].name)
    )
    return ref
