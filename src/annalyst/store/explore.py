"""Read-only listings of the store: filtered, sorted, paged or streamed whole.

Each `Listing` knows how to select one kind of record (events, quotes,
articles, places, actors, incidents) under `Filters`, which sort keys it
offers, and how to turn a row into the record's JSON form (the output
schema's field names, plus a few fields from the article where that helps a
reader: `published`, `outlet`, `title`).

The functions take an open DuckDB connection (a cursor of the reader's
connection): they never write, and never hold the file longer than the call,
or, for `iter_items`, than the iteration.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from annalyst.schema import to_dict
from annalyst.store.filters import (
    Filters,
    has_table,
    where_articles,
    where_events,
    where_incidents,
    where_mentions,
    where_places,
    where_quotes,
)
from annalyst.store.incidents import INCIDENT_COLUMNS, incident_from_row
from annalyst.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    article_from_row,
    event_from_row,
    quote_from_row,
)

_FETCH = 2_000
Item = dict[str, Any]


@dataclass(frozen=True)
class Listing:
    """How to list one kind of record."""

    name: str
    filters: frozenset[str]  # the `Filters` fields that apply
    sorts: dict[str, str]  # sort key -> SQL expression
    default_sort: str  # a key of `sorts`, "-" in front for descending
    tiebreak: str  # SQL making the order total (stable pages)
    query: Callable[[duckdb.DuckDBPyConnection, Filters], tuple[str, list[Any]]]
    convert: Callable[[tuple[Any, ...]], Item]
    needs: str | None = None  # a table that must exist for the listing to have rows


def _with_article(row: tuple[Any, ...], record: Item) -> Item:
    published, outlet, title = row[-3:]
    record["published"] = published
    record["outlet"] = outlet
    record["title"] = title
    return record


_ARTICLE_EXTRA = "CAST(a.published AS VARCHAR), a.outlet, a.title"


def _events_query(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    where = where_events(f, incidents=has_table(con, "incidents"))
    cols = ", ".join(
        f"e.{c}" if not c.startswith("CAST") else "CAST(e.date AS VARCHAR)" for c in EVENT_COLUMNS
    )
    sql = (
        f"SELECT {cols}, {_ARTICLE_EXTRA} FROM events e JOIN articles a ON a.id = e.article_id "
        f"WHERE {where.sql()}"
    )
    return sql, where.params


def _quotes_query(_con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    where = where_quotes(f)
    cols = ", ".join(f"q.{c}" for c in QUOTE_COLUMNS)
    sql = (
        f"SELECT {cols}, {_ARTICLE_EXTRA} FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE {where.sql()}"
    )
    return sql, where.params


def _articles_query(_con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    where = where_articles(f)
    cols = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
    return f"SELECT {cols} FROM articles a WHERE {where.sql()}", where.params


PLACE_FIELDS = (
    "article_id",
    "start",
    "end",
    "text",
    "name",
    "lat",
    "lon",
    "country",
    "geonameid",
    "precision",
    "form",
)


def _places_query(_con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    where = where_places(f)
    cols = ", ".join(f'p."{c}"' for c in PLACE_FIELDS)
    sql = (
        f"SELECT {cols}, {_ARTICLE_EXTRA} FROM places p JOIN articles a ON a.id = p.article_id "
        f"WHERE {where.sql()}"
    )
    return sql, where.params


def _place_item(row: tuple[Any, ...]) -> Item:
    record: Item = {
        "kind": "place",
        **dict(zip(PLACE_FIELDS, row[: len(PLACE_FIELDS)], strict=True)),
    }
    return _with_article(row, record)


ACTOR_FIELDS = ("id", "name", "type", "country", "sectors", "mentions", "articles")


def _actors_query(_con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    where = where_mentions(f)
    sql = (
        "SELECT * FROM (SELECT m.actor_id AS id, any_value(m.actor_name) AS name, "
        "any_value(m.actor_type) AS type, any_value(m.actor_country) AS country, "
        "any_value(m.actor_sectors) AS sectors, count(*) AS mentions, "
        "count(DISTINCT m.article_id) AS articles FROM mentions m "
        f"JOIN articles a ON a.id = m.article_id WHERE {where.sql()} GROUP BY m.actor_id)"
    )
    return sql, where.params


def _actor_item(row: tuple[Any, ...]) -> Item:
    item = dict(zip(ACTOR_FIELDS, row, strict=True))
    item["name"] = item["name"] or item["id"]
    item["sectors"] = list(item["sectors"] or [])
    return item


def _incidents_query(_con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    where = where_incidents(f)
    cols = ", ".join(
        f"i.{c}" if not c.startswith("CAST") else "CAST(i.date AS VARCHAR)"
        for c in INCIDENT_COLUMNS
    )
    return f"SELECT {cols} FROM incidents i WHERE {where.sql()}", where.params


_EVENT_FILTERS = {
    "actor",
    "type",
    "quad",
    "country",
    "status",
    "outlet",
    "since",
    "until",
    "search",
    "min_corroboration",
    "article",
}

LISTINGS: dict[str, Listing] = {
    "events": Listing(
        name="events",
        filters=frozenset(_EVENT_FILTERS),
        sorts={
            "date": "e.date",
            "type": "e.event_type",
            "quad": "e.quad",
            "status": "e.status",
            "intensity": "e.intensity",
            "confidence": "e.confidence",
            "published": "a.published",
            "outlet": "a.outlet",
        },
        default_sort="date",
        tiebreak="e.article_id, e.sentence_start, e.id",
        query=_events_query,
        convert=lambda row: _with_article(row, to_dict(event_from_row(row[:-3]))),
    ),
    "quotes": Listing(
        name="quotes",
        filters=frozenset(
            {"actor", "type", "country", "outlet", "since", "until", "search", "article"}
        ),
        sorts={
            "published": "a.published",
            "speaker": "q.speaker_name",
            "type": "q.type",
            "cue": "q.cue",
            "outlet": "a.outlet",
        },
        default_sort="published",
        tiebreak="q.article_id, q.start, q.id",
        query=_quotes_query,
        convert=lambda row: _with_article(row, to_dict(quote_from_row(row[:-3]))),
    ),
    "articles": Listing(
        name="articles",
        filters=frozenset({"actor", "type", "country", "outlet", "since", "until", "search"}),
        sorts={
            "published": "a.published",
            "outlet": "a.outlet",
            "title": "a.title",
            "language": "a.language",
        },
        default_sort="published",
        tiebreak="a.id",
        query=_articles_query,
        convert=lambda row: to_dict(article_from_row(row)),
    ),
    "places": Listing(
        name="places",
        filters=frozenset({"country", "outlet", "since", "until", "search", "article"}),
        sorts={
            "published": "a.published",
            "name": "p.name",
            "country": "p.country",
            "precision": "p.precision",
        },
        default_sort="published",
        tiebreak="p.article_id, p.start",
        query=_places_query,
        convert=_place_item,
    ),
    "actors": Listing(
        name="actors",
        filters=frozenset(
            {"actor", "type", "country", "outlet", "since", "until", "search", "article"}
        ),
        sorts={
            "mentions": "mentions",
            "articles": "articles",
            "name": "name",
            "country": "country",
            "type": "type",
        },
        default_sort="-mentions",
        tiebreak="id",
        query=_actors_query,
        convert=_actor_item,
    ),
    "incidents": Listing(
        name="incidents",
        filters=frozenset(_EVENT_FILTERS),
        sorts={
            "date": "i.date",
            "type": "i.event_type",
            "corroboration": "i.corroboration",
            "reports": "len(i.events)",
            "articles": "len(i.articles)",
        },
        default_sort="date",
        tiebreak="i.id",
        query=_incidents_query,
        convert=lambda row: to_dict(incident_from_row(row)),
        needs="incidents",
    ),
}


def order_by(listing: Listing, sort: str | None) -> str:
    """ORDER BY for a sort key (validated by the caller), missing values last."""
    key = sort or listing.default_sort
    descending = key.startswith("-")
    column = listing.sorts[key.lstrip("-")]
    return f"{column} {'DESC' if descending else 'ASC'} NULLS LAST, {listing.tiebreak}"


def _empty(con: duckdb.DuckDBPyConnection, listing: Listing) -> bool:
    return listing.needs is not None and not has_table(con, listing.needs)


def page(
    con: duckdb.DuckDBPyConnection,
    listing: Listing,
    f: Filters,
    *,
    sort: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Item], int]:
    """One page of items and the number of all matching ones."""
    if _empty(con, listing):
        return [], 0
    sql, params = listing.query(con, f)
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    rows = con.execute(
        f"{sql} ORDER BY {order_by(listing, sort)} LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return [listing.convert(row) for row in rows], int(total[0]) if total else 0


def iter_items(
    con: duckdb.DuckDBPyConnection, listing: Listing, f: Filters, *, sort: str | None
) -> Iterator[Item]:
    """Every matching item, fetched in batches (exports: never truncated)."""
    if _empty(con, listing):
        return
    sql, params = listing.query(con, f)
    con.execute(f"{sql} ORDER BY {order_by(listing, sort)}", params)
    while rows := con.fetchmany(_FETCH):
        for row in rows:
            yield listing.convert(row)
