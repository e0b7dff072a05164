"""The `incident` record of a profile: best date and place, parties, sources, statuses."""

from __future__ import annotations

from collections import Counter
from datetime import date

from annalyst.aggregate.profile import Party, Profile, best_place
from annalyst.schema import ActorRef, Incident, StatusCounts

# A party named by too few of an incident's reports is left out of its record
# (one report's misreading of who did what should not become the incident's).
MIN_PARTY_SHARE = 0.2


def _side(parties: list[Party], reports: int, actor: bool) -> list[ActorRef]:
    chosen: list[tuple[int, str, ActorRef]] = []
    floor = max(1, round(MIN_PARTY_SHARE * reports))
    for party in parties:
        mine, theirs = (
            (party.as_actor, party.as_recipient) if actor else (party.as_recipient, party.as_actor)
        )
        if mine == 0 or mine < theirs or (mine == theirs and not actor) or mine < floor:
            continue
        chosen.append((mine, party.ref.id, party.ref))
    named = {ref.country for _n, _id, ref in chosen if not ref.id.startswith("~agent:")}
    # An unnamed "US forces" adds nothing beside a named US actor on the same side.
    kept = [c for c in chosen if not (c[2].id.startswith("~agent:") and c[2].country in named)]
    kept.sort(key=lambda c: (-c[0], c[1]))
    return [ref for _n, _id, ref in kept]


def corroboration(sources: list[str | None]) -> int:
    """Independent sources; articles of unknown outlet count as one source together."""
    known = {s for s in sources if s}
    return len(known) or (1 if sources else 0)


def incident_record(profile: Profile) -> Incident:
    interval = profile.interval
    when: str | None = None
    precision = None
    if interval is not None and interval.precision != "window":
        day = date.fromordinal(interval.lo)
        when = day.isoformat()
        precision = interval.precision
    modes = Counter({m: n for m, n in profile.modes.items() if m})
    parties = list(profile.parties.values())
    members = profile.members
    statuses = Counter(m.status for m in members)
    claimants: Counter[str] = Counter()
    claimant_refs: dict[str, ActorRef] = {}
    for member in members:
        if member.claimed_by is not None:
            claimants[member.claimed_by.id] += 1
            claimant_refs.setdefault(member.claimed_by.id, member.claimed_by)
    articles = sorted({m.article_id for m in members})
    first_source: dict[str, str | None] = {}
    for member in members:
        first_source.setdefault(member.article_id, member.source)
    return Incident(
        id=profile.id,
        event_type=profile.event_type,
        mode=min(modes, key=lambda m: (-modes[m], m)) if modes else None,
        date=when,
        date_precision=precision,
        location=best_place(profile.places),
        actors=_side(parties, len(members), actor=True),
        recipients=_side(parties, len(members), actor=False),
        events=sorted(m.event_id for m in members),
        articles=articles,
        outlets=sorted({m.outlet for m in members if m.outlet}),
        corroboration=corroboration([first_source[a] for a in articles]),
        statuses=StatusCounts(
            asserted=statuses["asserted"],
            claimed=statuses["claimed"],
            negated=statuses["negated"],
            hypothetical=statuses["hypothetical"],
            future=statuses["future"],
        ),
        claimed_by=[claimant_refs[c] for c in sorted(claimants, key=lambda c: (-claimants[c], c))],
    )
