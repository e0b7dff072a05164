"""Filters shared by the read-only views over the store (the explorer's API and UI).

One `Filters` value carries every filter a reader can ask for; each view turns
the ones that apply to it into SQL conditions with `where_*` below. Values
arrive validated (the API checks types, dates and vocabularies and answers a
bad one with a 4xx), so this module only builds SQL, always with parameters:
nothing a reader sends is ever spliced into the statement text.

The meaning follows the command line: `actor` is an actor id or part of a
name, `since`/`until` are inclusive days (the event's date for events and
incidents, the publication date for articles, quotes and places), `search`
needs every word (or "quoted phrase") to appear, ignoring case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

import duckdb

_TERM = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Filters:
    actor: str | None = None
    type: str | None = None  # PLOVER type; quote type for quotes; actor type for actors
    quad: str | None = None
    country: str | None = None  # ISO-3, upper case
    status: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    min_corroboration: int | None = None
    article: str | None = None

    def given(self) -> list[str]:
        """Names of the filters that are set."""
        return [f.name for f in fields(self) if getattr(self, f.name) is not None]

    def without(self, name: str) -> Filters:
        return replace(self, **{name: None})


class Where:
    """SQL conditions and their parameters, joined with AND."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.conditions) if self.conditions else "TRUE"


def like(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with LIKE's own characters escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_terms(search: str | None) -> list[str]:
    terms = []
    for match in _TERM.finditer(search or ""):
        term = (match.group(1) if match.group(1) is not None else match.group(2)).strip()
        if term:
            terms.append(term)
    return terms


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ?",
        [name],
    ).fetchone()
    return bool(row and row[0])


def quad_types(quad: str) -> list[str]:
    """The PLOVER types of a quad class (incidents keep their type, not their quad)."""
    from annalyst.knowledge.events import PLOVER_TYPES, load_ontology

    ontology = load_ontology()
    return [t for t in PLOVER_TYPES if ontology.quad(t) == quad]


def _dates(where: Where, column: str, f: Filters) -> None:
    if f.since is not None:
        where.add(f"{column} >= ?", f.since)
    if f.until is not None:
        where.add(f"{column} <= ?", f.until)


def _outlet(where: Where, column: str, f: Filters) -> None:
    if f.outlet is not None:
        where.add(f"{column} ILIKE ? ESCAPE '\\'", like(f.outlet))


def where_events(f: Filters, *, incidents: bool, alias: str = "e", article: str = "a") -> Where:
    """Conditions on `events {alias}` joined with `articles {article}`."""
    e = alias
    where = Where()
    if f.actor is not None:
        pattern = like(f.actor)
        where.add(
            f"(list_contains({e}.actor_ids, ?) OR list_contains({e}.recipient_ids, ?) "
            f"OR {e}.actors_json ILIKE ? ESCAPE '\\' OR {e}.recipients_json ILIKE ? ESCAPE '\\')",
            f.actor, f.actor, pattern, pattern,
        )  # fmt: skip
    if f.type is not None:
        where.add(f"{e}.event_type = ?", f.type)
    if f.quad is not None:
        where.add(f"{e}.quad = ?", f.quad)
    if f.country is not None:
        where.add(
            f"(list_contains({e}.countries, ?) OR {e}.location_country = ?)", f.country, f.country
        )
    if f.status is not None:
        where.add(f"{e}.status = ?", f.status)
    _outlet(where, f"{article}.outlet", f)
    _dates(where, f"{e}.date", f)
    for term in search_terms(f.search):
        where.add(f"{e}.sentence ILIKE ? ESCAPE '\\'", like(term))
    if f.min_corroboration:
        if incidents:
            where.add(
                f"{e}.id IN (SELECT m.event_id FROM incident_events m JOIN incidents i "
                "ON i.id = m.incident_id WHERE i.corroboration >= ?)",
                f.min_corroboration,
            )
        else:
            where.add("FALSE")  # no incidents grouped yet: nothing is corroborated
    if f.article is not None:
        where.add(f"{e}.article_id = ?", f.article)
    return where


def where_quotes(f: Filters, alias: str = "q", article: str = "a") -> Where:
    q = alias
    where = Where()
    if f.actor is not None:
        pattern = like(f.actor)
        where.add(
            f"({q}.speaker_id = ? OR {q}.speaker_name ILIKE ? ESCAPE '\\' "
            f"OR {q}.speaker_text ILIKE ? ESCAPE '\\')",
            f.actor, pattern, pattern,
        )  # fmt: skip
    if f.type is not None:
        where.add(f"{q}.type = ?", f.type)
    if f.country is not None:
        where.add(f"json_extract_string({q}.speaker_json, '$.country') = ?", f.country)
    _outlet(where, f"{article}.outlet", f)
    _dates(where, f"{article}.published", f)
    for term in search_terms(f.search):
        where.add(f"{q}.text ILIKE ? ESCAPE '\\'", like(term))
    if f.article is not None:
        where.add(f"{q}.article_id = ?", f.article)
    return where


def where_articles(f: Filters, alias: str = "a") -> Where:
    a = alias
    where = Where()
    if f.actor is not None:
        where.add(
            f"{a}.id IN (SELECT article_id FROM mentions WHERE actor_id = ? "
            "OR actor_name ILIKE ? ESCAPE '\\')",
            f.actor, like(f.actor),
        )  # fmt: skip
    if f.type is not None:
        where.add(f"{a}.id IN (SELECT article_id FROM events WHERE event_type = ?)", f.type)
    if f.country is not None:
        where.add(f"{a}.id IN (SELECT article_id FROM places WHERE country = ?)", f.country)
    _outlet(where, f"{a}.outlet", f)
    _dates(where, f"{a}.published", f)
    for term in search_terms(f.search):
        pattern = like(term)
        where.add(
            f"({a}.title ILIKE ? ESCAPE '\\' OR {a}.text ILIKE ? ESCAPE '\\')", pattern, pattern
        )
    return where


def where_places(f: Filters, alias: str = "p", article: str = "a") -> Where:
    p = alias
    where = Where()
    if f.country is not None:
        where.add(f"{p}.country = ?", f.country)
    _outlet(where, f"{article}.outlet", f)
    _dates(where, f"{article}.published", f)
    for term in search_terms(f.search):
        pattern = like(term)
        where.add(
            f"({p}.name ILIKE ? ESCAPE '\\' OR {p}.text ILIKE ? ESCAPE '\\')", pattern, pattern
        )
    if f.article is not None:
        where.add(f"{p}.article_id = ?", f.article)
    return where


def where_mentions(f: Filters, alias: str = "m", article: str = "a") -> Where:
    """Conditions on actor mentions (the actors view): who is named, where and when."""
    m = alias
    where = Where()
    where.add(f"{m}.actor_id IS NOT NULL")
    if f.actor is not None:
        pattern = like(f.actor)
        where.add(
            f"({m}.actor_id = ? OR {m}.actor_name ILIKE ? ESCAPE '\\' OR {m}.actor_id ILIKE ? ESCAPE '\\')",
            f.actor, pattern, pattern,
        )  # fmt: skip
    for term in search_terms(f.search):
        pattern = like(term)
        where.add(
            f"({m}.actor_name ILIKE ? ESCAPE '\\' OR {m}.actor_id ILIKE ? ESCAPE '\\' "
            f"OR {m}.text ILIKE ? ESCAPE '\\')",
            pattern, pattern, pattern,
        )  # fmt: skip
    if f.type is not None:
        where.add(f"{m}.actor_type = ?", f.type)
    if f.country is not None:
        where.add(f"{m}.actor_country = ?", f.country)
    _outlet(where, f"{article}.outlet", f)
    _dates(where, f"{article}.published", f)
    if f.article is not None:
        where.add(f"{m}.article_id = ?", f.article)
    return where


def where_incidents(f: Filters, alias: str = "i") -> Where:
    i = alias
    where = Where()
    if f.actor is not None:
        pattern = like(f.actor)
        where.add(
            f"(list_contains({i}.actor_ids, ?) OR list_contains({i}.recipient_ids, ?) "
            f"OR {i}.actors_json ILIKE ? ESCAPE '\\' OR {i}.recipients_json ILIKE ? ESCAPE '\\')",
            f.actor, f.actor, pattern, pattern,
        )  # fmt: skip
    if f.type is not None:
        where.add(f"{i}.event_type = ?", f.type)
    if f.quad is not None:
        where.add(f"list_contains(?, {i}.event_type)", quad_types(f.quad))
    if f.country is not None:
        where.add(
            f"(list_contains({i}.countries, ?) OR {i}.location_country = ?)", f.country, f.country
        )
    if f.status is not None:
        # The status is one of five fixed column names, checked by the caller.
        where.add(f"{i}.{f.status} > 0")
    if f.outlet is not None:
        where.add(
            f"len(list_filter({i}.outlets, lambda o: o ILIKE ? ESCAPE '\\')) > 0", like(f.outlet)
        )
    _dates(where, f"{i}.date", f)
    for term in search_terms(f.search):
        pattern = like(term)
        where.add(
            f"({i}.actors_json ILIKE ? ESCAPE '\\' OR {i}.recipients_json ILIKE ? ESCAPE '\\' "
            f"OR coalesce({i}.location_json, '') ILIKE ? ESCAPE '\\')",
            pattern, pattern, pattern,
        )  # fmt: skip
    if f.min_corroboration:
        where.add(f"{i}.corroboration >= ?", f.min_corroboration)
    if f.article is not None:
        where.add(f"list_contains({i}.articles, ?)", f.article)
    return where
