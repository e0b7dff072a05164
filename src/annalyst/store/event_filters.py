"""The command line's event filters as SQL, for the tables that describe acts.

`events` and `incidents` share the columns these conditions read (actor_ids,
recipient_ids, actors_json, recipients_json, event_type, date, countries,
location_country), so `events`, `incidents` and their exports filter alike.
"""

from __future__ import annotations

from typing import Any

from annalyst.store.rows import parse_day


def like_pattern(term: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') that finds the term anywhere, taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def act_conditions(
    *,
    actor: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
) -> tuple[list[str], list[Any]]:
    """Conditions (joined with AND by the caller) and their parameters: `actor` is an
    actor id, or part of an actor's name or id; `since`/`until` are inclusive days."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append(
            "(list_contains(actor_ids, ?) OR list_contains(recipient_ids, ?) "
            "OR actors_json ILIKE ? ESCAPE '\\' OR recipients_json ILIKE ? ESCAPE '\\')"
        )
        like = like_pattern(actor)
        params += [actor, actor, like, like]
    if event_type:
        where.append("event_type = ?")
        params.append(event_type.upper())
    if since:
        where.append("date >= ?")
        params.append(parse_day(since, "since"))
    if until:
        where.append("date <= ?")
        params.append(parse_day(until, "until"))
    if country:
        where.append("(list_contains(countries, ?) OR location_country = ?)")
        params += [country.upper(), country.upper()]
    return where, params
