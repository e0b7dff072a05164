"""Incremental grouping of reports into incidents, with blocking.

Every incident is indexed under its type (and the cross-type modes it has) ×
its *slots* × the day, 16-day buckets or year its date covers, and under the
people it says were killed. Slots say which parties it could share with a
report: an anchor is a country (or the id of an actor with none) of a side, and
an incident with both sides named is found through (actor anchor, recipient
anchor) pairs, one with a single side through that side's anchors, one with
neither through its place's country. A new report is scored only against the
incidents under its own lookup slots, so the cost of a report does not grow
with the number of incidents, only with how many share its type, its parties'
countries and its days.

A report joins the best-scoring compatible incident. Where it is compatible with
more than one, those incidents are merged when they are compatible with each
other (the report bridges two partial pictures: one outlet names only the
commander killed, another only his companion, a third both).

Reports of one batch are added most-precise-first (day, then month, window, year,
undated), so a vague report meets the incidents its precise companions formed
instead of starting its own.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Final

from annalyst.aggregate.matching import CROSS_TYPE_MODES, SYMMETRIC_TYPES, score
from annalyst.aggregate.profile import Profile
from annalyst.aggregate.reports import Report, anchors_of

BUCKET_DAYS: Final = 16
_ORDER = {"day": 0, "month": 1, "window": 2, "year": 3}

Key = tuple[str, str, int]


def batch_order(report: Report) -> tuple[int, int, str]:
    """Most precise first, then by date, then by id (so results do not depend on input order)."""
    interval = report.interval
    if interval is None:
        return (4, 0, report.id)
    return (_ORDER[interval.precision], interval.lo, report.id)


@contextmanager
def relaxed_gc() -> Iterator[None]:
    """Collect garbage less often while grouping.

    Grouping makes millions of small acyclic objects (profiles, keys, sets) and
    keeps many alive; the default thresholds then run full collections over the
    live incidents again and again, which costs more than the grouping itself on
    large runs. Reference counting still frees everything acyclic at once.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 100_000), max(old[1], 50), max(old[2], 100))
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _year_start(day: int) -> int:
    return date(date.fromordinal(day).year, 1, 1).toordinal()


def _sides(profile: Profile) -> tuple[frozenset[str], frozenset[str], set[str]]:
    places = {ref.country for ref, _n in profile.places.values() if ref.country}
    if profile.event_type in SYMMETRIC_TYPES:  # who met whom: one side of participants
        return anchors_of(profile.everyone, None), frozenset(), places
    return anchors_of(profile.actor_keys, None), anchors_of(profile.recipient_keys, None), places


def _shape(actors: frozenset[str], recipients: frozenset[str]) -> str:
    return "b" if actors and recipients else "a" if actors else "r" if recipients else "n"


def register_slots(profile: Profile) -> list[str]:
    """The slots an incident is indexed under."""
    actors, recipients, places = _sides(profile)
    shape = _shape(actors, recipients)
    slots = [f"P|{p}|{shape}" for p in sorted(places)]
    slots += [f"A|{a}|{shape}" for a in sorted(actors)]
    slots += [f"R|{r}|{shape}" for r in sorted(recipients)]
    slots += [f"AR|{a}|{r}" for a in sorted(actors) for r in sorted(recipients)]
    return slots


def lookup_slots(profile: Profile) -> list[str]:
    """The slots of every incident a report could be grouped with.

    Where both have a side, its parties must agree, so they share an anchor of it;
    where neither has any, only the place can tie them.
    """
    actors, recipients, places = _sides(profile)
    if actors and recipients:
        return ([f"AR|{a}|{r}" for a in sorted(actors) for r in sorted(recipients)]
                + [f"A|{a}|a" for a in sorted(actors)] + [f"R|{r}|r" for r in sorted(recipients)]
                + [f"P|{p}|n" for p in sorted(places)])  # fmt: skip
    if actors:
        return ([f"A|{a}|{s}" for a in sorted(actors) for s in "ba"]
                + [f"P|{p}|{s}" for p in sorted(places) for s in "rn"])  # fmt: skip
    if recipients:
        return ([f"R|{r}|{s}" for r in sorted(recipients) for s in "br"]
                + [f"P|{p}|{s}" for p in sorted(places) for s in "an"])  # fmt: skip
    return [f"P|{p}|{s}" for p in sorted(places) for s in "barn"]


def families(profile: Profile) -> list[str]:
    return [profile.event_type, *("mode:" + m for m in profile.mode_set & CROSS_TYPE_MODES)]


class Grouper:
    """Incidents in memory, indexed for matching; `touched` and `removed` say what changed."""

    def __init__(self) -> None:
        self.incidents: dict[str, Profile] = {}
        self._days: dict[Key, set[str]] = {}
        self._buckets: dict[Key, set[str]] = {}
        self._years: dict[Key, set[str]] = {}
        self._victims: dict[str, set[str]] = {}
        self._registered: dict[str, tuple[list[Key], list[Key], list[str]]] = {}
        self.touched: set[str] = set()
        self.removed: set[str] = set()
        self.comparisons = 0

    # -- index ------------------------------------------------------------------

    def _keys(self, profile: Profile) -> tuple[list[Key], list[Key], list[str]]:
        """Day keys (day precision), or bucket keys (month, window) or year keys (year)."""
        interval = profile.interval
        days: list[Key] = []
        buckets: list[Key] = []
        if interval is not None:
            for family in families(profile):
                for anchor in register_slots(profile):
                    if interval.precision == "day":
                        days.append((family, anchor, interval.lo))
                    elif interval.precision == "year":
                        buckets.append((family, anchor, -interval.lo))
                    else:
                        for b in range(interval.lo // BUCKET_DAYS, interval.hi // BUCKET_DAYS + 1):
                            buckets.append((family, anchor, b))
        return days, buckets, sorted(profile.victims)

    def _register(self, profile: Profile) -> None:
        days, buckets, victims = keys = self._keys(profile)
        for key in days:
            self._days.setdefault(key, set()).add(profile.id)
        for key in buckets:
            index = self._years if key[2] < 0 else self._buckets
            index.setdefault(key, set()).add(profile.id)
        for victim in victims:
            self._victims.setdefault(victim, set()).add(profile.id)
        self._registered[profile.id] = keys

    def _unregister(self, incident_id: str) -> None:
        days, buckets, victims = self._registered.pop(incident_id, ([], [], []))
        for key in [*days, *buckets]:
            index = self._days if key in days else self._years if key[2] < 0 else self._buckets
            ids = index.get(key)
            if ids is not None:
                ids.discard(incident_id)
                if not ids:
                    del index[key]
        for victim in victims:
            ids = self._victims.get(victim)
            if ids is not None:
                ids.discard(incident_id)
                if not ids:
                    del self._victims[victim]

    def candidates(self, profile: Profile) -> set[str]:
        found: set[str] = set()
        for victim in profile.victims | profile.targets:
            ids = self._victims.get(victim)
            if ids:
                found.update(ids)
        interval = profile.interval
        if interval is None:
            return found
        first, last = interval.lo // BUCKET_DAYS, interval.hi // BUCKET_DAYS
        buckets, days, years = self._buckets, self._days, self._years
        # Incidents known only by their year are looked at by reports that can say no
        # more either: a dated report meets them only if the year report came after it.
        year_keys = (
            range(-_year_start(interval.hi), -_year_start(interval.lo) + 1)
            if interval.precision == "year" else ()
        )  # fmt: skip
        for family in families(profile):
            for anchor in lookup_slots(profile):
                for y in year_keys:
                    ids = years.get((family, anchor, y))
                    if ids:
                        found.update(ids)
                for b in range(first, last + 1):
                    ids = buckets.get((family, anchor, b))
                    if ids:
                        found.update(ids)
                for day in range(interval.lo, interval.hi + 1):
                    ids = days.get((family, anchor, day))
                    if ids:
                        found.update(ids)
        found.discard(profile.id)
        return found

    # -- grouping -------------------------------------------------------------------

    def load(self, profile: Profile) -> None:
        """Put an existing incident (read back from the store) in the index, unchanged."""
        if profile.id in self.incidents:
            return
        self.incidents[profile.id] = profile
        self._register(profile)

    def add(self, report: Report) -> str:
        """Group one report; returns the id of the incident it now belongs to."""
        return self.add_profile(Profile.of_report(report))

    def add_all(self, reports: Iterable[Report]) -> None:
        with relaxed_gc():
            for report in sorted(reports, key=batch_order):
                self.add(report)

    def add_profile(self, profile: Profile) -> str:
        scored: list[tuple[float, int, str]] = []
        for cid in self.candidates(profile):
            self.comparisons += 1
            value = score(profile, self.incidents[cid])
            if value is not None:
                scored.append((value, self.incidents[cid].size, cid))
        if not scored:
            while profile.id in self.incidents:  # a rare prefix clash: keep both apart
                profile.id += "x"
            self.incidents[profile.id] = profile
            self._register(profile)
            self.touched.add(profile.id)
            return profile.id
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
        target = self.incidents[scored[0][2]]
        self._unregister(target.id)
        target.absorb(profile)
        for _value, _size, other_id in scored[1:]:
            other = self.incidents.get(other_id)
            if other is None or other_id == target.id or score(target, other) is None:
                continue
            target = self._merge(target, other)
        self._register(target)
        self.touched.add(target.id)
        return target.id

    def _merge(self, a: Profile, b: Profile) -> Profile:
        """Merge two incidents; the larger (then the older id) keeps its id. `a` is unregistered."""
        self._unregister(b.id)
        keep, gone = (a, b) if (a.size, b.id) >= (b.size, a.id) else (b, a)
        keep.absorb(gone)
        del self.incidents[gone.id]
        self.removed.add(gone.id)
        self.touched.discard(gone.id)
        return keep

    def forget(self, incident_id: str) -> Profile | None:
        """Take an incident out of memory (evicted, or to be rebuilt)."""
        profile = self.incidents.pop(incident_id, None)
        if profile is not None:
            self._unregister(incident_id)
        return profile

    def clear_changes(self) -> None:
        """Forget what changed (`touched`, `removed`) once the caller has dealt with it.

        A long stream that evicts incidents calls this after each eviction, so the
        record of changes does not grow with every incident ever formed.
        """
        self.touched.clear()
        self.removed.clear()

    def evict(self, before: int) -> Iterator[Profile]:
        """Incidents nothing new has touched since `before` (an ordinal day), out of memory.

        Reports that arrive later can still meet them through the store, which
        loads the incidents under a report's keys before grouping it.
        """
        for incident_id in [i for i, p in self.incidents.items() if p.latest < before]:
            profile = self.forget(incident_id)
            if profile is not None:
                yield profile
