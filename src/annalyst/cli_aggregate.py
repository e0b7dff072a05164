"""The commands that serve incidents: `incidents`, `timeline`, `graph`, `export incidents`.

A thin layer like the rest of the CLI: options are parsed here, the work is
done by `annalyst.aggregate` and `annalyst.export`, and every string that comes
from input is printed through `annalyst.terminal.plain`.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from annalyst.schema import Event, Incident, to_dict
from annalyst.terminal import console, errors, plain, say_error

if TYPE_CHECKING:
    from annalyst.store.db import Store

incidents_app = typer.Typer(
    help="List incidents (acts reported, grouped across articles), or show one with its ledger.",
    invoke_without_command=True,
)

OutFile = Annotated[
    Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
]
ActorOpt = Annotated[
    str | None, typer.Option(help="Actor id, or part of a name, as actor or recipient.")
]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
SinceOpt = Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD.")]
CountryOpt = Annotated[
    str | None, typer.Option(help="ISO-3 country of an actor, recipient or the place.")
]
StatusOpt = Annotated[
    str | None,
    typer.Option(help="Only incidents with a report of this status (asserted, claimed, …)."),
]
MinCorroboration = Annotated[
    int, typer.Option("--min-corroboration", min=0, help="At least this many independent outlets.")
]


def _store() -> Store:
    from annalyst.cli import _open_store

    return _open_store(read_only=True)


def _query(**filters: Any) -> list[Incident]:
    from annalyst.store.db import StoreError
    from annalyst.store.incidents import IncidentTables

    with _store() as store:
        try:
            return IncidentTables(store).query(**filters)
        except StoreError as exc:
            say_error("Error:", exc)
            raise typer.Exit(2) from exc


def _statuses(incident: Incident) -> str:
    s = incident.statuses
    parts = [("asserted", s.asserted), ("claimed", s.claimed), ("negated", s.negated),
             ("hypothetical", s.hypothetical), ("future", s.future)]  # fmt: skip
    return " ".join(f"{n} {name}" for name, n in parts if n)


def incident_row(incident: Incident) -> dict[str, Any]:
    """One flat row (CSV) for an incident."""
    loc = incident.location
    s = incident.statuses
    return {
        "id": incident.id, "date": incident.date, "date_precision": incident.date_precision,
        "event_type": incident.event_type, "mode": incident.mode,
        "actors": "; ".join(a.name for a in incident.actors),
        "actor_ids": "; ".join(a.id for a in incident.actors),
        "recipients": "; ".join(a.name for a in incident.recipients),
        "recipient_ids": "; ".join(a.id for a in incident.recipients),
        "location": loc.name if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "location_country": loc.country if loc else None,
        "reports": len(incident.events), "articles": len(incident.articles),
        "outlets": "; ".join(incident.outlets), "corroboration": incident.corroboration,
        "asserted": s.asserted, "claimed": s.claimed, "negated": s.negated,
        "hypothetical": s.hypothetical, "future": s.future,
        "claimed_by": "; ".join(a.name for a in incident.claimed_by),
    }  # fmt: skip


@incidents_app.callback(invoke_without_command=True)
def incidents(
    ctx: typer.Context,
    actor: ActorOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    status: StatusOpt = None,
    min_corroboration: MinCorroboration = 0,
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """List incidents: one row per act, however many reports retell it."""
    if ctx.invoked_subcommand is not None:
        return
    rows = _query(
        actor=actor, event_type=event_type, since=since, until=until, country=country,
        status=status, min_corroboration=min_corroboration, limit=limit or None,
    )  # fmt: skip
    if as_json:
        sys.stdout.write(
            json.dumps([to_dict(i) for i in rows], ensure_ascii=False, indent=2) + "\n"
        )
        return
    if as_csv:
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(incident_row(rows[0])) if rows else ["id"]
        )
        writer.writeheader()
        for incident in rows:
            writer.writerow(incident_row(incident))
        return
    table = Table()
    for column in ("id", "date", "type", "mode", "actors", "recipients", "where", "reports",
                   "outlets", "corr."):  # fmt: skip
        table.add_column(column, overflow="fold")
    for i in rows:
        table.add_row(
            plain(i.id), plain(i.date), plain(i.event_type), plain(i.mode),
            plain(", ".join(a.name for a in i.actors)),
            plain(", ".join(a.name for a in i.recipients)),
            plain(i.location.name if i.location else ""), plain(len(i.events)),
            plain(", ".join(i.outlets)), plain(i.corroboration),
        )  # fmt: skip
    console.print(table)
    console.print(f"{len(rows)} incident(s)")


@incidents_app.command("show")
def incidents_show(
    incident_id: Annotated[str, typer.Argument(help="Incident id (or a unique prefix).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """One incident with its claims ledger: who asserts, claims, denies or speculates."""
    from annalyst.aggregate.ledger import build_ledger
    from annalyst.store.db import StoreError
    from annalyst.store.incidents import IncidentTables

    with _store() as store:
        tables = IncidentTables(store)
        try:
            incident = tables.get(incident_id)
        except StoreError as exc:
            say_error("Error:", exc)
            raise typer.Exit(2) from exc
        if incident is None:
            say_error("No incident", repr(incident_id))
            raise typer.Exit(1)
        with store.batch():
            events = tables.events(event_ids=incident.events)
            facts = tables.article_facts(incident.articles)
            quotes = {a: [q for q, _p in store.query_quotes(article_id=a, limit=None)]
                      for a in incident.articles}  # fmt: skip
    ledger = build_ledger(events, {a: (f[0], f[1]) for a, f in facts.items()}, quotes)
    if as_json:
        data = {"incident": to_dict(incident), "ledger": [to_dict(e) for e in ledger]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    meta = Table(show_header=False, box=None)
    row = incident_row(incident)
    for name in ("id", "date", "date_precision", "event_type", "mode", "actors", "recipients",
                 "location", "reports", "articles", "outlets", "corroboration", "claimed_by"):  # fmt: skip
        meta.add_row(Text(name, style="bold"), plain(row[name]))
    meta.add_row(Text("statuses", style="bold"), plain(_statuses(incident)))
    console.print(meta)
    table = Table(title="claims ledger")
    for column in ("published", "outlet", "who", "stance", "what they say"):
        table.add_column(
            column, overflow="fold", max_width=80 if column == "what they say" else None
        )
    for entry in ledger:
        table.add_row(
            plain(entry.published), plain(entry.outlet), plain(entry.by_text),
            plain(entry.stance), plain((entry.quote or entry.sentence).strip()),
        )  # fmt: skip
    console.print(table)


def timeline(
    period: Annotated[str, typer.Option(help="day, week or month.")] = "month",
    by: Annotated[str, typer.Option(help="type, actor or none.")] = "type",
    actor: ActorOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    min_corroboration: MinCorroboration = 0,
    top: Annotated[int, typer.Option(help="Rows in the table (0: all).")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """Incidents per day, week or month, by type or actor, with a sparkline each."""
    from annalyst.aggregate.timeline import BY, PERIODS, build_timeline, sparkline

    if period not in PERIODS or by not in BY:
        say_error("Choose --period from", f"{', '.join(PERIODS)} and --by from {', '.join(BY)}")
        raise typer.Exit(2)
    rows = _query(
        actor=actor, event_type=event_type, since=since, until=until, country=country,
        min_corroboration=min_corroboration, limit=None,
    )  # fmt: skip
    line = build_timeline(rows, period, by)
    if as_json:
        data = {"period": period, "by": by, "left_out": line.left_out,
                "counts": [{"period": p, "key": k, "incidents": n} for p, k, n in line.rows()]}  # fmt: skip
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["period", by, "incidents"])
        writer.writerows(line.rows())
        return
    totals = sorted(line.totals().items(), key=lambda kv: (-kv[1], kv[0]))
    first, last = (line.periods[0], line.periods[-1]) if line.periods else ("", "")
    table = Table(title=f"incidents per {period}, {first} – {last}")
    for column in (by, "incidents", "peak", "sparkline"):
        table.add_column(column, overflow="fold")
    for key, total in totals[: top or None]:
        values = [line.counts[key].get(p, 0) for p in line.periods]
        table.add_row(plain(key), plain(total), plain(max(values, default=0)),
                      Text(sparkline(values), style="cyan"))  # fmt: skip
    console.print(table)
    console.print(
        f"{sum(t for _k, t in totals)} count(s) over {len(line.periods)} {period}(s); "
        f"{line.left_out} incident(s) undated or dated less precisely than a {period}"
    )


def graph(
    fmt: Annotated[str, typer.Option("--format", "-f", help="gexf, graphml or json.")] = "gexf",
    output: OutFile = None,
    actor: ActorOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    min_corroboration: MinCorroboration = 0,
) -> None:
    """The actor network: who acts on whom, in how many incidents, cooperating or in conflict."""
    from annalyst.aggregate.graph import GRAPH_FORMATS, actor_graph, write_graph

    if fmt not in GRAPH_FORMATS:
        say_error("Unknown format", f"{fmt!r}; choose from {', '.join(GRAPH_FORMATS)}")
        raise typer.Exit(2)
    rows = _query(
        actor=actor, event_type=event_type, since=since, until=until, country=country,
        min_corroboration=min_corroboration, limit=None,
    )  # fmt: skip
    network = actor_graph(rows)
    _write(write_graph(network, fmt), output)
    if output is not None:
        console.print(plain(
            f"{network.number_of_nodes()} actor(s), {network.number_of_edges()} edge(s) "
            f"from {len(rows)} incident(s) written to {output}"
        ))  # fmt: skip


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:
            sys.stderr.close()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        say_error("Cannot write", f"{output}: {exc.strerror or exc}")
        raise typer.Exit(2) from exc


INCIDENT_FORMATS = ("jsonl", "csv", "geojson")


def export_incidents(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or geojson.")] = "jsonl",
    output: OutFile = None,
    actor: ActorOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    status: StatusOpt = None,
    min_corroboration: MinCorroboration = 0,
) -> None:
    """Export incidents: jsonl (the `incident` records), csv or geojson (points with properties)."""
    import io

    from annalyst.schema import to_json_line

    if fmt not in INCIDENT_FORMATS:
        say_error("Unknown format", f"{fmt!r}; choose from {', '.join(INCIDENT_FORMATS)}")
        raise typer.Exit(2)
    rows = _query(
        actor=actor, event_type=event_type, since=since, until=until, country=country,
        status=status, min_corroboration=min_corroboration, limit=None,
    )  # fmt: skip
    if fmt == "geojson":
        write_geojson(rows, output)
        return
    if fmt == "jsonl":
        data = b"".join(to_json_line(i) for i in rows)
    else:
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=list(incident_row(rows[0])) if rows else ["id"])
        writer.writeheader()
        for incident in rows:
            writer.writerow(incident_row(incident))
        data = text.getvalue().encode()
    _write(data, output)
    if output is not None:
        console.print(plain(f"{len(rows)} incident(s) written to {output}"))


def write_geojson(rows: Sequence[Incident | Event], output: Path | None) -> None:
    """A GeoJSON FeatureCollection of the records that have a place."""
    from annalyst.export.geojson import feature_collection, geojson_bytes

    collection, left_out = feature_collection(rows)
    _write(geojson_bytes(collection), output)
    what = "incident(s)" if rows and isinstance(rows[0], Incident) else "record(s)"
    if output is not None:
        note = f" ({left_out} without a place left out)" if left_out else ""
        console.print(plain(f"{len(rows) - left_out} {what} written to {output}{note}"))
    elif left_out:
        errors.print(plain(f"{left_out} {what} without a place left out"))


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    app.add_typer(incidents_app, name="incidents")
    app.command()(timeline)
    app.command()(graph)
    export_app.command("incidents")(export_incidents)
