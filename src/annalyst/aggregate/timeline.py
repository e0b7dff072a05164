"""Incidents counted per day, week or month, by type or by actor, and drawn as sparklines.

An incident is counted in one period only, the one its date falls in, and only
when its date is at least as precise as the period (a month-precision incident
has no day or week). Those left out are counted, so the totals can be checked
against the incidents table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from annalyst.schema import Incident

Period = Literal["day", "week", "month"]
By = Literal["type", "actor", "none"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")
BY: tuple[By, ...] = ("type", "actor", "none")
_ENOUGH = {"day": {"day"}, "week": {"day"}, "month": {"day", "month"}}
_BARS = " ▁▂▃▄▅▆▇█"


@dataclass
class Timeline:
    period: Period
    periods: list[str] = field(default_factory=list)  # every period from first to last
    counts: dict[str, Counter[str]] = field(default_factory=dict)  # key -> period -> incidents
    left_out: int = 0  # undated, or dated less precisely than the period

    def rows(self) -> list[tuple[str, str, int]]:
        """(period, key, count) for every non-zero cell, by period then key."""
        return sorted((p, key, n) for key, per in self.counts.items() for p, n in per.items() if n)

    def totals(self) -> dict[str, int]:
        return {key: sum(per.values()) for key, per in self.counts.items()}


def period_of(day: date, period: Period) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()  # the Monday
    return day.strftime("%Y-%m")


def _next(label: str, period: Period) -> str:
    if period == "month":
        year, month = int(label[:4]), int(label[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    step = 7 if period == "week" else 1
    return (date.fromisoformat(label) + timedelta(days=step)).isoformat()


def keys_of(incident: Incident, by: By) -> list[str]:
    if by == "type":
        return [incident.event_type]
    if by == "actor":
        return [a.id for a in incident.actors] or ["(no actor)"]
    return ["incidents"]


def build_timeline(
    incidents: list[Incident], period: Period = "month", by: By = "type"
) -> Timeline:
    timeline = Timeline(period)
    seen: set[str] = set()
    for incident in incidents:
        if incident.date is None or incident.date_precision not in _ENOUGH[period]:
            timeline.left_out += 1
            continue
        label = period_of(date.fromisoformat(incident.date), period)
        seen.add(label)
        for key in keys_of(incident, by):
            timeline.counts.setdefault(key, Counter())[label] += 1
    if seen:
        label, last = min(seen), max(seen)
        while label <= last:
            timeline.periods.append(label)
            label = _next(label, period)
    return timeline


def sparkline(values: list[int], width: int = 60) -> str:
    """Values as a row of block characters; longer series are summed into `width` cells."""
    if not values:
        return ""
    if len(values) > width:
        size = -(-len(values) // width)
        values = [sum(values[i : i + size]) for i in range(0, len(values), size)]
    top = max(values)
    if top == 0:
        return _BARS[0] * len(values)
    return "".join(
        _BARS[0 if v == 0 else max(1, round(v / top * (len(_BARS) - 1)))] for v in values
    )
