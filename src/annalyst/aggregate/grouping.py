"""Incremental grouping of reports into incidents, with blocking.

Every incident is indexed under its type (and the cross-type modes it has) ×
each of its anchors (countries, and actors without a country) × the days or
16-day buckets its date covers, and under the people it says were killed. A new
report is scored only against the incidents under its own keys, so the cost of a
report does not grow with the number of incidents, only with how many share its
type, country and days.

A report joins the best-scoring compatible incident. Where it is compatible with
more than one, those incidents are merged when they are compatible with each
other (the report bridges two partial pictures: one outlet names only the
commander killed, another only his companion, a third both).

Reports of one batch are added most-precise-first (day, then month, window, year,
undated), so a vague report meets the incidents its precise companions formed
instead of starting its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from annalyst.aggregate.matching import CROSS_TYPE_MODES, score
from annalyst.aggregate.profile import Profile
from annalyst.aggregate.reports import Report

BUCKET_DAYS: Final = 16
_ORDER = {"day": 0, "month": 1, "window": 2, "year": 3}

Key = tuple[str, str, int]


def batch_order(report: Report) -> tuple[int, int, str]:
    """Most precise first, then by date, then by id (so results do not depend on input order)."""
    interval = report.interval
    if interval is None:
        return (4, 0, report.id)
    return (_ORDER[interval.precision], interval.lo, report.id)


def families(profile: Profile) -> list[str]:
    return [profile.event_type, *("mode:" + m for m in profile.mode_set & CROSS_TYPE_MODES)]


class Grouper:
    """Incidents in memory, indexed for matching; `touched` and `removed` say what changed."""

    def __init__(self) -> None:
        self.incidents: dict[str, Profile] = {}
        self._days: dict[Key, set[str]] = {}
        self._buckets: dict[Key, set[str]] = {}
        self._victims: dict[str, set[str]] = {}
        self._registered: dict[str, tuple[list[Key], list[Key], list[str]]] = {}
        self.touched: set[str] = set()
        self.removed: set[str] = set()
        self.comparisons = 0

    # -- index ------------------------------------------------------------------

    def _keys(self, profile: Profile) -> tuple[list[Key], list[Key], list[str]]:
        interval = profile.interval
        days: list[Key] = []
        buckets: list[Key] = []
        if interval is not None:
            for family in families(profile):
                for anchor in profile.anchors:
                    if interval.precision == "day":
                        days.append((family, anchor, interval.lo))
                    else:
                        for b in range(interval.lo // BUCKET_DAYS, interval.hi // BUCKET_DAYS + 1):
                            buckets.append((family, anchor, b))
        return days, buckets, sorted(profile.victims)

    def _register(self, profile: Profile) -> None:
        days, buckets, victims = keys = self._keys(profile)
        for key in days:
            self._days.setdefault(key, set()).add(profile.id)
        for key in buckets:
            self._buckets.setdefault(key, set()).add(profile.id)
        for victim in victims:
            self._victims.setdefault(victim, set()).add(profile.id)
        self._registered[profile.id] = keys

    def _unregister(self, incident_id: str) -> None:
        days, buckets, victims = self._registered.pop(incident_id, ([], [], []))
        for index, keys in ((self._days, days), (self._buckets, buckets)):
            for key in keys:
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
            found |= self._victims.get(victim, set())
        interval = profile.interval
        if interval is None:
            return found
        first, last = interval.lo // BUCKET_DAYS, interval.hi // BUCKET_DAYS
        for family in families(profile):
            for anchor in profile.anchors:
                for b in range(first, last + 1):
                    found |= self._buckets.get((family, anchor, b), set())
                for day in range(interval.lo, interval.hi + 1):
                    found |= self._days.get((family, anchor, day), set())
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

    def evict(self, before: int) -> Iterator[Profile]:
        """Incidents nothing new has touched since `before` (an ordinal day), out of memory.

        Reports that arrive later can still meet them through the store, which
        loads the incidents under a report's keys before grouping it.
        """
        for incident_id in [i for i, p in self.incidents.items() if p.latest < before]:
            profile = self.forget(incident_id)
            if profile is not None:
                yield profile

