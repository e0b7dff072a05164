"""Incidents in the store: writing the grouping's results, reading them back.

An incident is stored as its public record (flattened like events, nested
parts as JSON) plus the grouping state it can be resumed from, its blocking
keys (`incident_keys`: type or shared mode × anchor × the days its date allows)
and the people it says were killed (`incident_victims`). `incident_events` says
which incident each event belongs to; `incident_articles` remembers which
version of each article's annotations (its `processed_at`) is grouped, so an
update knows which articles are new or reprocessed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import msgspec

from annalyst.schema import ActorRef, Event, Incident, PlaceRef, StatusCounts
from annalyst.store.connection import StoreError
from annalyst.store.db import Store
from annalyst.store.event_filters import act_conditions
from annalyst.store.rows import EVENT_COLUMNS, event_from_row, parse_day

_JSON = msgspec.json.Encoder()
INCIDENT_COLUMNS = (
    "id", "event_type", "mode", "CAST(date AS VARCHAR)", "date_precision", "location_json",
    "actors_json", "recipients_json", "events", "articles", "outlets", "corroboration",
    "asserted", "claimed", "negated", "hypothetical", "future", "claimed_by_json",
)  # fmt: skip
BlockKey = tuple[str, str, int, int]  # family, anchor, first day, last day


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _json(value: Any) -> str:
    return _JSON.encode(value).decode()


def incident_row(incident: Incident, state: dict[str, Any], now: datetime) -> list[Any]:
    parties = [*incident.actors, *incident.recipients]
    loc = incident.location
    countries = sorted(
        {p.country for p in parties if p.country}
        | ({loc.country} if loc and loc.country else set())
    )
    s = incident.statuses
    return [
        incident.id, incident.event_type, incident.mode,
        parse_day(incident.date, f"incident {incident.id}: date"), incident.date_precision,
        None if loc is None else _json(loc), loc.country if loc else None,
        _json(incident.actors), _json(incident.recipients),
        [a.id for a in incident.actors], [a.id for a in incident.recipients], countries,
        incident.events, incident.articles, incident.outlets, incident.corroboration,
        s.asserted, s.claimed, s.negated, s.hypothetical, s.future,
        _json(incident.claimed_by), _json(state), now,
    ]  # fmt: skip


def incident_from_row(row: tuple[Any, ...]) -> Incident:
    (iid, etype, mode, day, precision, location, actors, recipients, events, articles, outlets,
     corroboration, asserted, claimed, negated, hypothetical, future, claimed_by) = row  # fmt: skip
    return Incident(
        id=iid, event_type=etype, mode=mode, date=day, date_precision=precision,
        location=None if location is None else msgspec.json.decode(location, type=PlaceRef),
        actors=msgspec.json.decode(actors, type=list[ActorRef]),
        recipients=msgspec.json.decode(recipients, type=list[ActorRef]),
        events=list(events), articles=list(articles), outlets=list(outlets),
        corroboration=corroboration,
        statuses=StatusCounts(
            asserted=asserted, claimed=claimed, negated=negated, hypothetical=hypothetical,
            future=future,
        ),
        claimed_by=msgspec.json.decode(claimed_by, type=list[ActorRef]),
    )  # fmt: skip


class IncidentTables:
    """The incident tables of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        return self.store.con

    # -- what needs grouping -----------------------------------------------------

    def articles_to_group(self) -> list[tuple[str, datetime | None]]:
        """Processed originals whose current annotations are not grouped yet, oldest first."""
        with self.store.batch() as con:
            rows = con.execute(
                "SELECT a.id, a.processed_at FROM articles a LEFT JOIN incident_articles g "
                "ON g.article_id = a.id WHERE a.processed_at IS NOT NULL AND a.duplicate_of IS NULL "
                "AND (g.article_id IS NULL OR g.processed_at IS DISTINCT FROM a.processed_at) "
                "ORDER BY a.published NULLS LAST, a.seq"
            ).fetchall()
        return [(str(r[0]), r[1]) for r in rows]

    def incidents_of_articles(self, article_ids: Sequence[str]) -> list[str]:
        rows = self.con.execute(
            "SELECT DISTINCT incident_id FROM incident_events WHERE list_contains(?, article_id)",
            [list(article_ids)],
        ).fetchall()
        return sorted(str(r[0]) for r in rows)

    def events_of_incidents(self, incident_ids: Sequence[str]) -> list[str]:
        rows = self.con.execute(
            "SELECT event_id FROM incident_events WHERE list_contains(?, incident_id)",
            [list(incident_ids)],
        ).fetchall()
        return sorted(str(r[0]) for r in rows)

    def events(
        self, *, article_ids: Sequence[str] = (), event_ids: Sequence[str] = ()
    ) -> list[Event]:
        """Stored events of these articles, and these events, in a stable order."""
        rows = self.con.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE list_contains(?, article_id) "
            "OR list_contains(?, id) ORDER BY article_id, sentence_start, id",
            [list(article_ids), list(event_ids)],
        ).fetchall()
        return [event_from_row(r) for r in rows]

    def article_facts(
        self, article_ids: Sequence[str]
    ) -> dict[str, tuple[str | None, str | None, str | None]]:
        """(published, outlet, byline) of each article."""
        rows = self.con.execute(
            "SELECT id, CAST(published AS VARCHAR), outlet, byline FROM articles "
            "WHERE list_contains(?, id)",
            [sorted(set(article_ids))],
        ).fetchall()
        return {str(r[0]): (r[1], r[2], r[3]) for r in rows}

    def states(self, incident_ids: Iterable[str]) -> list[dict[str, Any]]:
        ids = sorted(set(incident_ids))
        if not ids:
            return []
        rows = self.con.execute(
            "SELECT state_json FROM incidents WHERE list_contains(?, id) ORDER BY id", [ids]
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def candidates(self, keys: Iterable[BlockKey], people: Iterable[str]) -> list[str]:
        """Ids of stored incidents sharing a block with any key, or naming any person killed."""
        wanted = sorted(set(keys))
        found: set[str] = set()
        con = self.con
        if wanted:
            # The wanted keys travel as four parallel lists (one parameter each), not as
            # row inserts, which DuckDB runs one statement at a time.
            columns = [list(column) for column in zip(*wanted, strict=True)]
            rows = con.execute(
                "SELECT DISTINCT k.incident_id FROM incident_keys k JOIN ("
                "SELECT unnest(?) AS family, unnest(?) AS anchor, unnest(?) AS lo, "
                "unnest(?) AS hi) w ON k.family = w.family AND k.anchor = w.anchor "
                "AND k.lo <= w.hi AND k.hi >= w.lo",
                columns,
            ).fetchall()
            found.update(str(r[0]) for r in rows)
        persons = sorted(set(people))
        if persons:
            rows = con.execute(
                "SELECT DISTINCT incident_id FROM incident_victims WHERE list_contains(?, person)",
                [persons],
            ).fetchall()
            found.update(str(r[0]) for r in rows)
        return sorted(found)

    # -- writing -------------------------------------------------------------------------

    def write(
        self,
        saved: Sequence[tuple[Incident, dict[str, Any], list[BlockKey], list[str]]],
        deleted: Iterable[str],
        grouped: Sequence[tuple[str, datetime | None]],
    ) -> None:
        """Replace changed incidents, drop merged or dissolved ones, mark articles grouped; one
        transaction."""
        con = self.con
        now = _now()
        gone = sorted(set(deleted) | {i.id for i, _s, _k, _v in saved})
        con.begin()
        try:
            if gone:
                for table, column in (
                    ("incidents", "id"), ("incident_keys", "incident_id"),
                    ("incident_victims", "incident_id"), ("incident_events", "incident_id"),
                ):  # fmt: skip
                    con.execute(f"DELETE FROM {table} WHERE list_contains(?, {column})", [gone])
            grouped_ids = [a for a, _t in grouped]
            if grouped_ids:
                # Events of regrouped articles that are gone now (reprocessed) leave with them.
                con.execute(
                    "DELETE FROM incident_events WHERE list_contains(?, article_id)", [grouped_ids]
                )
            incident_rows, key_rows, victim_rows, member_rows = [], [], [], []
            for incident, state, keys, victims in saved:
                incident_rows.append(incident_row(incident, state, now))
                key_rows += [[incident.id, *k] for k in keys]
                victim_rows += [[incident.id, v] for v in victims]
                for member in state["members"]:
                    member_rows.append([member[0], incident.id, member[1]])  # event, article
            for table, rows in (
                ("incidents", incident_rows), ("incident_keys", key_rows),
                ("incident_victims", victim_rows), ("incident_events", member_rows),
            ):  # fmt: skip
                for start in range(0, len(rows), 500):
                    chunk = rows[start : start + 500]
                    marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
                    con.execute(
                        f"INSERT INTO {table} VALUES "
                        + ", ".join([marks] * len(chunk))
                        + (" ON CONFLICT DO NOTHING" if table == "incident_events" else ""),
                        [v for row in chunk for v in row],
                    )
            if grouped:
                con.execute(
                    "INSERT INTO incident_articles SELECT unnest(?), unnest(?) "
                    "ON CONFLICT (article_id) DO UPDATE SET processed_at = excluded.processed_at",
                    [[a for a, _t in grouped], [t for _a, t in grouped]],
                )
            con.commit()
        except BaseException as exc:
            con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot save incidents to {self.store.path}: {exc}") from exc
            raise

    # -- reading -------------------------------------------------------------------------

    def query(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        status: str | None = None,
        min_corroboration: int = 0,
        limit: int | None = 100,
    ) -> list[Incident]:
        """Incidents, filtered like events; `status` keeps those with a report of that status."""
        conditions, params = act_conditions(
            actor=actor, event_type=event_type, since=since, until=until, country=country
        )
        where = ["TRUE", *conditions]
        if status:
            if status not in ("asserted", "claimed", "negated", "hypothetical", "future"):
                raise StoreError(
                    f"status must be asserted, claimed, negated, hypothetical or future, got {status!r}"
                )
            where.append(f"{status} > 0")
        if min_corroboration:
            where.append("corroboration >= ?")
            params.append(int(min_corroboration))
        if limit is not None and limit < 0:
            raise StoreError(f"limit must not be negative, got {limit}")
        sql = (
            f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents WHERE {' AND '.join(where)} "
            "ORDER BY date NULLS LAST, corroboration DESC, id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self.store.batch() as con:
            return [incident_from_row(r) for r in con.execute(sql, params).fetchall()]

    def get(self, incident_id: str) -> Incident | None:
        """The incident with this id, or with this unique id prefix (at least 6 characters)."""
        with self.store.batch() as con:
            sql = f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents"
            row = con.execute(f"{sql} WHERE id = ?", [incident_id]).fetchone()
            if row is not None:
                return incident_from_row(row)
            if len(incident_id) < 6:
                return None
            rows = con.execute(
                f"{sql} WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [incident_id]
            ).fetchall()
        if len(rows) > 1:
            raise StoreError(
                f"id prefix {incident_id!r} matches several incidents; give more of it"
            )
        return incident_from_row(rows[0]) if rows else None

    def count(self) -> int:
        with self.store.batch() as con:
            row = con.execute("SELECT count(*) FROM incidents").fetchone()
        return int(row[0]) if row else 0
