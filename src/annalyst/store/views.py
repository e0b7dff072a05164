"""Read-only views of the store that are more than a listing: one article with
everything found in it, one actor, one incident with its claims ledger, facet
counts, timelines and the actor network.

Like `annalyst.store.explore`, every function takes an open DuckDB connection
and only reads; filters arrive as a validated `Filters` value and reach SQL as
parameters only.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

import duckdb
import msgspec

from annalyst.aggregate.ledger import build_ledger
from annalyst.schema import ActorRef, to_dict
from annalyst.store.filters import Filters, has_table, where_events, where_incidents
from annalyst.store.incidents import INCIDENT_COLUMNS, incident_from_row
from annalyst.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    article_from_row,
    event_from_row,
    mention_from_row,
    quote_from_row,
)

Item = dict[str, Any]
Period = Literal["day", "week", "month", "year"]
FACETS = ("type", "quad", "status", "actor", "country", "outlet")
_MENTION_COLUMNS = (
    'article_id, start, "end", text, label, actor_id, actor_name, actor_text, '
    "actor_country, actor_sectors, actor_type"
)
_PLACE_COLUMNS = (
    'article_id, start, "end", text, name, lat, lon, country, geonameid, precision, form'
)
_ACTORS = msgspec.json.Decoder(list[ActorRef])


def _events_from(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[str, list[Any]]:
    """FROM/WHERE over events joined with their article, under the filters."""
    where = where_events(f, incidents=has_table(con, "incidents"))
    return (
        f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {where.sql()}",
        where.params,
    )


def _place_item(row: tuple[Any, ...]) -> Item:
    names = ("article_id", "start", "end", "text", "name", "lat", "lon", "country", "geonameid",
             "precision", "form")  # fmt: skip
    return {"kind": "place", **dict(zip(names, row, strict=True))}


def article_detail(con: duckdb.DuckDBPyConnection, article_id: str) -> Item | None:
    """An article with its mentions, events, quotes and places (all with offsets)."""
    row = con.execute(
        f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    item = to_dict(article_from_row(row))
    item["mentions"] = [
        to_dict(mention_from_row(r))
        for r in con.execute(
            f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE article_id = ? ORDER BY start",
            [article_id],
        ).fetchall()
    ]
    item["events"] = [
        to_dict(event_from_row(r))
        for r in con.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE article_id = ? "
            "ORDER BY sentence_start, id",
            [article_id],
        ).fetchall()
    ]
    item["quotes"] = [
        to_dict(quote_from_row(r))
        for r in con.execute(
            f"SELECT {', '.join(QUOTE_COLUMNS)} FROM quotes WHERE article_id = ? ORDER BY start, id",
            [article_id],
        ).fetchall()
    ]
    item["places"] = [
        _place_item(r)
        for r in con.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE article_id = ? ORDER BY start",
            [article_id],
        ).fetchall()
    ]
    incidents: list[str] = []
    if has_table(con, "incident_events"):
        incidents = [
            str(r[0])
            for r in con.execute(
                "SELECT DISTINCT incident_id FROM incident_events WHERE article_id = ? ORDER BY 1",
                [article_id],
            ).fetchall()
        ]
    item["incidents"] = incidents
    return item


def actor_detail(con: duckdb.DuckDBPyConnection, actor_id: str) -> Item | None:
    """An actor as the store knows it: names, counts, the actors it acts on and is acted on by."""
    row = con.execute(
        "SELECT any_value(actor_name), any_value(actor_type), any_value(actor_country), "
        "any_value(actor_sectors), count(*), count(DISTINCT article_id) FROM mentions "
        "WHERE actor_id = ?",
        [actor_id],
    ).fetchone()
    mentions = int(row[4]) if row else 0
    counts = con.execute(
        "SELECT count(*) FILTER (WHERE list_contains(actor_ids, ?)), "
        "count(*) FILTER (WHERE list_contains(recipient_ids, ?)) FROM events",
        [actor_id, actor_id],
    ).fetchone()
    as_actor, as_recipient = (int(counts[0]), int(counts[1])) if counts else (0, 0)
    quotes_row = con.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", [actor_id])
    quotes = int((quotes_row.fetchone() or (0,))[0])
    if not mentions and not as_actor and not as_recipient and not quotes:
        return None
    name, kind, country, sectors = (row[0], row[1], row[2], row[3]) if row else (None,) * 4
    if name is None:  # named only in events (generic actors)
        for actors_json, recipients_json in con.execute(
            "SELECT actors_json, recipients_json FROM events WHERE list_contains(actor_ids, ?) "
            "OR list_contains(recipient_ids, ?) LIMIT 1",
            [actor_id, actor_id],
        ).fetchall():
            for ref in [*_ACTORS.decode(actors_json), *_ACTORS.decode(recipients_json)]:
                if ref.id == actor_id:
                    name, kind, country, sectors = ref.name, ref.type, ref.country, ref.sectors
    partners = graph(con, Filters(actor=actor_id), limit=50)
    labels = {n["id"]: n["label"] for n in partners["nodes"]}
    return {
        "id": actor_id,
        "name": name or actor_id,
        "type": kind,
        "country": country,
        "sectors": list(sectors or []),
        "mentions": mentions,
        "articles": int(row[5]) if row else 0,
        "events_as_actor": as_actor,
        "events_as_recipient": as_recipient,
        "quotes": quotes,
        "partners": [
            {
                **e,
                "source_label": labels.get(e["source"], e["source"]),
                "target_label": labels.get(e["target"], e["target"]),
            }
            for e in partners["edges"]
            if actor_id in (e["source"], e["target"])
        ],
    }


def incident_detail(con: duckdb.DuckDBPyConnection, incident_id: str) -> Item | None:
    """An incident, its reports (events with their article) and its claims ledger."""
    if not has_table(con, "incidents"):
        return None
    row = con.execute(
        f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents WHERE id = ?", [incident_id]
    ).fetchone()
    if row is None:
        return None
    incident = incident_from_row(row)
    events = [
        event_from_row(r)
        for r in con.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE list_contains(?, id) "
            "ORDER BY article_id, sentence_start, id",
            [incident.events],
        ).fetchall()
    ]
    facts = {
        str(r[0]): (r[1], r[2], r[3])
        for r in con.execute(
            "SELECT id, CAST(published AS VARCHAR), outlet, title FROM articles "
            "WHERE list_contains(?, id)",
            [incident.articles],
        ).fetchall()
    }
    quotes: dict[str, list[Any]] = {a: [] for a in incident.articles}
    for r in con.execute(
        f"SELECT {', '.join(QUOTE_COLUMNS)} FROM quotes WHERE list_contains(?, article_id) "
        "ORDER BY article_id, start",
        [incident.articles],
    ).fetchall():
        quote = quote_from_row(r)
        quotes.setdefault(quote.article_id, []).append(quote)
    ledger = build_ledger(events, {a: (f[0], f[1]) for a, f in facts.items()}, quotes)
    reports = []
    for event in events:
        published, outlet, title = facts.get(event.article_id, (None, None, None))
        reports.append({**to_dict(event), "published": published, "outlet": outlet, "title": title})
    reports.sort(key=lambda r: (r["outlet"] or "~", r["published"] or "~", r["id"]))
    return {**to_dict(incident), "reports": reports, "ledger": [to_dict(e) for e in ledger]}


def _facet_rows(
    con: duckdb.DuckDBPyConnection, name: str, f: Filters, top: int
) -> list[tuple[Any, ...]]:
    from_sql, params = _events_from(con, f)
    if name in ("type", "quad", "status"):
        column = {"type": "e.event_type", "quad": "e.quad", "status": "e.status"}[name]
        sql = f"SELECT {column} AS v, count(*) AS n {from_sql} GROUP BY v ORDER BY n DESC, v"
    elif name == "outlet":
        sql = (
            f"SELECT a.outlet AS v, count(*) AS n {from_sql} AND a.outlet IS NOT NULL "
            "GROUP BY v ORDER BY n DESC, v"
        )
    elif name == "country":
        sql = (
            "SELECT v, count(*) AS n FROM (SELECT unnest(list_distinct(list_concat(e.countries, "
            f"[e.location_country]))) AS v {from_sql}) WHERE v IS NOT NULL "
            "GROUP BY v ORDER BY n DESC, v"
        )
    else:
        sql = (
            "SELECT v, count(*) AS n FROM (SELECT unnest(list_distinct(list_concat(e.actor_ids, "
            f"e.recipient_ids))) AS v {from_sql}) WHERE v IS NOT NULL AND NOT starts_with(v, '~') "
            "GROUP BY v ORDER BY n DESC, v"
        )
    return con.execute(f"{sql} LIMIT ?", [*params, top]).fetchall()


def _actor_names(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = con.execute(
        "SELECT actor_id, any_value(actor_name) FROM mentions WHERE list_contains(?, actor_id) "
        "GROUP BY actor_id",
        [ids],
    ).fetchall()
    return {str(r[0]): str(r[1] or r[0]) for r in rows}


def stats(con: duckdb.DuckDBPyConnection, f: Filters, *, top: int = 15) -> Item:
    """Totals of the store and, for events under the filters, facet counts.

    Each facet is counted with every filter but its own, so that a reader sees
    what choosing another value would give.
    """
    totals: Item = {}
    for table in ("articles", "events", "quotes", "places", "mentions", "incidents"):
        if has_table(con, table):
            row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            totals[table] = int(row[0]) if row else 0
        else:
            totals[table] = 0
    from_sql, params = _events_from(con, f)
    row = con.execute(f"SELECT count(*) {from_sql}", params).fetchone()
    matching = int(row[0]) if row else 0
    own = {"type": "type", "quad": "quad", "status": "status", "actor": "actor",
           "country": "country", "outlet": "outlet"}  # fmt: skip
    facets: dict[str, list[Item]] = {}
    for name in FACETS:
        rows = _facet_rows(con, name, f.without(own[name]), top)
        facets[name] = [{"value": r[0], "count": int(r[1])} for r in rows]
    names = _actor_names(con, [str(v["value"]) for v in facets["actor"]])
    for value in facets["actor"]:
        value["label"] = names.get(str(value["value"]), str(value["value"]))
    span = con.execute(
        f"SELECT CAST(min(e.date) AS VARCHAR), CAST(max(e.date) AS VARCHAR) {from_sql}", params
    ).fetchone()
    return {
        "totals": totals,
        "events": matching,
        "first_date": span[0] if span else None,
        "last_date": span[1] if span else None,
        "facets": facets,
    }


def timeline(
    con: duckdb.DuckDBPyConnection, f: Filters, *, period: Period, of: str = "events"
) -> Item:
    """Counts per period and event type of dated events (or incidents) under the filters."""
    if of == "incidents":
        if not has_table(con, "incidents"):
            return {"period": period, "of": of, "undated": 0, "counts": []}
        where = where_incidents(f)
        from_sql, params = f"FROM incidents i WHERE {where.sql()}", where.params
        column, kind = "i.date", "i.event_type"
    else:
        from_sql, params = _events_from(con, f)
        column, kind = "e.date", "e.event_type"
    rows = con.execute(
        f"SELECT CAST(date_trunc('{period}', {column}) AS DATE) AS p, {kind} AS t, count(*) "
        f"{from_sql} AND {column} IS NOT NULL GROUP BY p, t ORDER BY p, t",
        params,
    ).fetchall()
    undated = con.execute(f"SELECT count(*) {from_sql} AND {column} IS NULL", params).fetchone()
    return {
        "period": period,
        "of": of,
        "undated": int(undated[0]) if undated else 0,
        "counts": [{"period": r[0].isoformat(), "type": r[1], "count": int(r[2])} for r in rows],
    }


def graph(con: duckdb.DuckDBPyConnection, f: Filters, *, limit: int = 150) -> Item:
    """The actor network of events under the filters: who acts on whom, how often.

    Edges go from each actor of an event to each recipient, weighted by events,
    split into cooperation and conflict by the event's quad class; the `limit`
    heaviest edges are kept, with their nodes.
    """
    from_sql, params = _events_from(con, f)
    rows = con.execute(f"SELECT e.quad, e.actors_json, e.recipients_json {from_sql}", params)
    edges: dict[tuple[str, str], Counter[str]] = {}
    nodes: dict[str, Item] = {}
    while batch := rows.fetchmany(2_000):
        for quad, actors_json, recipients_json in batch:
            actors = _ACTORS.decode(actors_json)
            recipients = _ACTORS.decode(recipients_json)
            for ref in (*actors, *recipients):
                if ref.id not in nodes:
                    nodes[ref.id] = {"id": ref.id, "label": ref.name, "type": ref.type,
                                     "country": ref.country, "events": 0}  # fmt: skip
            for ref_id in {r.id for r in (*actors, *recipients)}:
                nodes[ref_id]["events"] += 1
            for a in {r.id for r in actors}:
                for b in {r.id for r in recipients}:
                    if a != b:
                        edges.setdefault((a, b), Counter())[quad] += 1
    ranked = sorted(edges.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:limit]
    kept_edges = []
    kept_nodes: set[str] = set()
    for (a, b), quads in ranked:
        conflict = quads.get("verbal_conflict", 0) + quads.get("material_conflict", 0)
        kept_edges.append({"source": a, "target": b, "weight": sum(quads.values()),
                           "conflict": conflict, "cooperation": sum(quads.values()) - conflict,
                           "quads": dict(sorted(quads.items()))})  # fmt: skip
        kept_nodes.update((a, b))
    return {
        "nodes": [nodes[n] for n in sorted(kept_nodes)],
        "edges": kept_edges,
        "total_edges": len(edges),
    }
