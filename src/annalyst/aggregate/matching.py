"""Whether two profiles (a report and an incident, or two incidents) are one act.

Each dimension either rules the pair out or adds evidence:

* type: the same PLOVER type, or the same mode where two types share it
  (a ceasefire coded CONCEDE by one report and RETREAT by another);
* mode: modes that describe one act differently (an air strike, a drone strike
  and a missile strike) are compatible, a shooting and a bombing are not;
* actors and recipients, each side separately: the same canonical actor is
  strong evidence; a state and one of its organs or people, or an unnamed
  actor ("US forces") and a named one of the same country and sector, are
  weaker; named actors of different countries rule the pair out;
* date: intervals that do not overlap rule it out (two attacks on one base on
  different days stay apart); the same day is strong evidence, a month or a
  year containing the day is weak;
* place: farther apart than the coarser precision allows rules it out.

A pair is one act when the evidence from actors, recipients and place reaches
`MIN_EVIDENCE` and everything together reaches `MIN_SCORE`. A report that the
same person was killed joins the incident of that killing whatever its date,
place or actors say: a person dies once, and the disagreement between reports is
what the claims ledger records.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from annalyst.aggregate.profile import Profile
from annalyst.aggregate.reports import ActorKey, Interval, PlaceKey

MIN_EVIDENCE = 1.5
MIN_SCORE = 3.0
VICTIM_SCORE = 10.0
# Undated reports (dated only by their article) need more agreement: one undated
# side adds this much to MIN_EVIDENCE, two add more (a commentary's list of
# past bombings must not become one bombing).
WINDOW_EVIDENCE = (0.0, 0.5, 2.0)

# Modes that several types share name the same act under either type.
CROSS_TYPE_MODES = frozenset(
    {"ceasefire", "arrest", "expel", "ease", "ban", "restrict", "withdraw"}
)

# Modes that one act may be reported under. A mode is compatible with itself,
# with no mode, and with the modes of any group it shares.
_MODE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(
        {"aerial", "drone", "missile", "heavy-weapons", "explosives", "destroy", "assassinate"}
    ),
    frozenset({"explosives", "suicide-attack", "destroy", "assassinate", "mass-violence"}),
    frozenset({"firearms", "assassinate", "execute", "mass-violence", "primitive", "beat"}),
    frozenset({"beat", "torture", "sexual", "abduct", "execute"}),
    frozenset({"demo", "riot", "obstruct", "boycott"}),
    frozenset({"strike-gen", "strike-lim", "strike-hun"}),
    frozenset({"troops", "weapons"}),
    frozenset({"visit", "host", "negotiate", "multilateral", "mediate", "third-party"}),
)
# Types whose two sides take part alike: who visited whom is one meeting either way.
SYMMETRIC_TYPES = frozenset({"CONSULT"})
_COMPATIBLE: dict[str, frozenset[str]] = {}
for _group in _MODE_GROUPS:
    for _mode in _group:
        _COMPATIBLE[_mode] = _COMPATIBLE.get(_mode, frozenset()) | _group

# Distance within which two places can be the same place, by the coarser precision
# (site, city, county, region); coarser places only have to share a country.
_KM_BY_RANK = (15.0, 40.0, 120.0, 400.0)
_PLACE_EVIDENCE_BY_RANK = (2.0, 2.0, 0.75, 0.5, 0.25, 0.0)


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_NON_STATE = frozenset({"REB", "OPP", "INS", "SEP"})


def modes_compatible(a: str, b: str) -> bool:
    return a == b or b in _COMPATIBLE.get(a, ())


def type_ok(a: Profile, b: Profile) -> bool:
    if a.event_type == b.event_type:
        return True
    shared = a.mode_set & b.mode_set & CROSS_TYPE_MODES
    return bool(shared)


def mode_score(a: frozenset[str], b: frozenset[str]) -> float | None:
    if not a or not b:
        return 0.0
    if a & b:
        return 1.0
    if any(modes_compatible(x, y) for x in a for y in b):
        return 0.5
    return None


def pair_score(x: ActorKey, y: ActorKey, territory: bool = False) -> float:
    """How strongly two actors may be the same party (0: they cannot be)."""
    if x.id == y.id:
        return 1.0 if x.kind == "generic" else 2.0
    if x.kind == "unknown" or y.kind == "unknown":
        return 0.25  # a name the knowledge base lacks may be anyone: no tie, no conflict
    if x.country and y.country and x.country != y.country:
        return 0.0
    if x.kind == "generic" or y.kind == "generic":
        generic, other = (x, y) if x.kind == "generic" else (y, x)
        sectors_fit = (
            not generic.sectors or not other.sectors or bool(generic.sectors & other.sectors)
        )
        if generic.country is None:
            # "the bases", "gunmen": too vague to tie, too vague to rule anything out.
            return 0.5 if sectors_fit else 0.25
        if not sectors_fit and other.kind != "state":
            # "protesters" and a named party: the crowd may well be its supporters.
            return 0.25
        return 1.0 if other.country else 0.5
    if x.country is None or y.country is None:
        return 0.0  # two different named actors, one of no country: nothing ties them
    if x.kind == "state" or y.kind == "state":
        other = y if x.kind == "state" else x
        if not other.sectors:
            return 0.5
        # A state and its own government, forces or officials; not its insurgents,
        # except as a target, where the state's name often stands for its territory
        # ("US jets bombed Iraq" of a strike on a militia there).
        if other.sectors & _STATE_SECTORS and not other.sectors & _NON_STATE:
            return 1.5
        return 0.5 if territory else 0.0
    return 0.5 if x.sectors & y.sectors else 0.0


def side_score(
    a: Iterable[ActorKey],
    b: Iterable[ActorKey],
    territory: bool = False,
    people: tuple[frozenset[str], frozenset[str]] | None = None,
) -> float | None:
    """Evidence that two sides (actors, or recipients) name the same party; None: they cannot."""
    left, right = tuple(a), tuple(b)
    if not left or not right:
        return 0.0
    if people is None:
        people = (
            frozenset(x.id for x in left if x.person), frozenset(y.id for y in right if y.person)
        )  # fmt: skip
    if people[0] and people[1] and not people[0] & people[1]:
        return None  # each names who did it (or whom it hit), and they name different people
    best = 0.0
    for x in left:
        for y in right:
            value = pair_score(x, y, territory)
            if value > best:
                best = value
                if best >= 2.0:
                    return best
    return best if best > 0 else None


def date_score(a: Interval | None, b: Interval | None) -> float | None:
    if a is None or b is None:
        return 0.0
    if a.hi < b.lo or b.hi < a.lo:
        return None
    if a.precision == "day" and b.precision == "day":
        return 2.0
    if "year" in (a.precision, b.precision):
        return 0.25
    if "month" in (a.precision, b.precision):
        return 0.5
    return 0.5  # undated reports: within two weeks before their article, plausible


def distance_km(a: PlaceKey, b: PlaceKey) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_score(a: PlaceKey | None, b: PlaceKey | None) -> float | None:
    if a is None or b is None:
        return 0.0
    rank = max(a.rank, b.rank)
    if rank >= 5:
        return 0.0  # a continent or a sea says nothing
    if a.country and b.country and a.country != b.country:
        return None
    if rank < len(_KM_BY_RANK) and distance_km(a, b) > _KM_BY_RANK[rank]:
        return None
    return _PLACE_EVIDENCE_BY_RANK[rank]


def _participants_score(
    left: tuple[ActorKey, ...], right: tuple[ActorKey, ...]
) -> tuple[float | None, float | None]:
    """For meetings: the best-matched pair of participants, then the best of the others."""
    first = side_score(left, right)
    if not first:
        return first, 0.0
    x, y = max(((x, y) for x in left for y in right), key=lambda p: pair_score(*p))
    return first, side_score([p for p in left if p != x], [p for p in right if p != y])


def _undated(a: Profile, b: Profile) -> bool:
    return any(p.interval is None or p.interval.precision == "window" for p in (a, b))


def score(a: Profile, b: Profile) -> float | None:
    """Evidence that `a` and `b` are one act, or None when they cannot be."""
    if a.event_type != b.event_type and not type_ok(a, b):
        return None
    if a.victims and b.victims and a.victims & b.victims:
        return VICTIM_SCORE
    ia, ib = a.interval, b.interval
    if (
        ia is not None
        and ib is not None
        and (ia.hi < ib.lo or ib.hi < ia.lo)
        and not (a.victims or b.victims)
    ):
        return None  # the common case among candidates: other days
    total = date_score(ia, ib)
    if (
        (a.victims or b.victims)
        and (a.victims & b.targets or b.victims & a.targets)
        and (total is not None or _undated(a, b))
    ):
        # An attack on someone another report says was killed in it, told without a
        # date that rules it out: the killing retold.
        return VICTIM_SCORE
    if a.interval is None or b.interval is None:
        return None  # an unanchored report is grouped only by whom it says was killed
    if total is None:
        return None
    modes = mode_score(a.mode_set, b.mode_set)
    if modes is None:
        return None
    evidence = 0.0
    if a.event_type in SYMMETRIC_TYPES and b.event_type in SYMMETRIC_TYPES:
        sides = list(_participants_score(a.everyone, b.everyone))
    else:
        sides = [
            side_score(a.actor_keys, b.actor_keys, people=(a.actor_people, b.actor_people)),
            side_score(
                a.recipient_keys, b.recipient_keys, territory=True,
                people=(a.recipient_people, b.recipient_people),
            ),
        ]  # fmt: skip
        if sides[0] is None or sides[1] is None:
            return None
    for part in (*sides, place_score(a.place, b.place)):
        if part is None:
            return None
        evidence += part
    windows = (a.interval.precision == "window") + (b.interval.precision == "window")
    if evidence < MIN_EVIDENCE + WINDOW_EVIDENCE[windows]:
        return None
    total += modes + evidence
    return total if total >= MIN_SCORE else None
