"""The incident commands: tables, JSON/CSV, the ledger, timeline, graph files and GeoJSON.

GEXF and GraphML are read back with networkx (Gephi's formats round-trip), GeoJSON is
validated against a schema of RFC 7946's FeatureCollection of Points, and the timeline
and graph must agree with the incidents table.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from typer.testing import CliRunner

from annalyst.aggregate.timeline import build_timeline, sparkline
from annalyst.aggregate.update import update_incidents
from annalyst.cli import app
from annalyst.ingest.dedup import DedupKeys
from annalyst.schema import Article, Event
from annalyst.store.db import Store
from annalyst.store.incidents import IncidentTables
from incident_helpers import article, event

EVIL = "[bold red]Evil[/bold red]\x1b[31m"

ITEMS: list[tuple[Article, list[Event]]] = [
    (article("k1", outlet="Press TV", published="2020-01-03",
             text="The US killed Soleimani. “It was a crime,” the minister said."),
     [event("k1", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
            mode="drone", where="baghdad-airport", trigger="killed",
            sentence="The US killed Soleimani.")]),
    (article("k2", outlet=EVIL, published="2020-01-04"),
     [event("k2", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
            trigger="killed", status="claimed", claimed_by="iran")]),
    (article("k3", outlet="Reuters", published="2020-01-09"),
     [event("k3", actors=("iran",), recipients=("agent:USA:MIL",), date="2020-01-08",
            where="ain-al-asad", mode="missile"),
      event("k3", actors=("iran",), recipients=("agent:USA:MIL",), status="negated", n=1,
            where="erbil", date="2020-01-07")]),
    (article("m1", outlet="IRNA", published="2022-11-29"),
     [event("m1", "CONSULT", mode="visit", actors=("mohammed-shia-al-sudani",),
            recipients=("ebrahim-raisi",), date="2022-11-29", where="tehran")]),
    (article("m2", outlet="INA", published="2022-12-02"),
     [event("m2", "CONSULT", mode="visit", actors=("mohammed-shia-al-sudani",),
            recipients=("ebrahim-raisi",), date="2022-11-01", precision="month")]),
]  # fmt: skip

# RFC 7946, the parts an export of points uses.
POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"},
            "prefixItems": [{"minimum": -180, "maximum": 180}, {"minimum": -90, "maximum": 90}]}  # fmt: skip
GEOJSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "geometry": {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"}, "coordinates": POSITION}},
                "properties": {"type": ["object", "null"],
                               "additionalProperties": {"type": ["string", "number", "null"]}},
            },
        }},
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views") / "v.duckdb"
    with Store(path) as store:
        store.add_articles(
            [(a, DedupKeys(exact=f"{i:064x}", minhash=b"")) for i, (a, _e) in enumerate(ITEMS)]
        )
        store.save_annotations([(a.id, list(e)) for a, e in ITEMS])
        update_incidents(store)
    return path


def cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_table_json_csv(db: Path) -> None:
    table = cli(db, "incidents")
    assert "4 incident(s)" in table and "Qassem Soleimani" in table
    assert "[bold red]" in table and "\x1b" not in table  # input is never markup or escapes
    data = json.loads(cli(db, "incidents", "--json"))
    assert [i["kind"] for i in data] == ["incident"] * 4
    rows = list(csv.DictReader(io.StringIO(cli(db, "incidents", "--csv"))))
    assert {r["id"] for r in rows} == {i["id"] for i in data}
    assert len(json.loads(cli(db, "incidents", "--json", "--min-corroboration", "2"))) == 2
    assert len(json.loads(cli(db, "incidents", "--json", "--type", "CONSULT"))) == 1


def test_show_has_the_ledger(db: Path) -> None:
    [killing] = json.loads(cli(db, "incidents", "--json", "--actor", "soleimani"))
    shown = json.loads(cli(db, "incidents", "show", killing["id"], "--json"))
    stances = sorted((e["stance"], e["by_text"]) for e in shown["ledger"])
    assert stances == [("asserts", "Press TV"), ("claims", "Iran")]
    text = cli(db, "incidents", "show", killing["id"][:10])
    assert "claims ledger" in text and "Press TV" in text
    result = CliRunner().invoke(app, ["--db", str(db), "incidents", "show", "nothing-like-it"])
    assert result.exit_code == 1


def test_timeline_agrees_with_the_table(db: Path) -> None:
    incidents = json.loads(cli(db, "incidents", "--json"))
    line = json.loads(cli(db, "timeline", "--period", "month", "--json"))
    counted = Counter()
    for cell in line["counts"]:
        counted[cell["key"]] += cell["incidents"]
    dated = Counter(i["event_type"] for i in incidents if i["date_precision"] in ("day", "month"))
    assert counted == dated and line["left_out"] == len(incidents) - sum(dated.values())
    daily = json.loads(cli(db, "timeline", "--period", "day", "--by", "none", "--json"))
    assert sum(c["incidents"] for c in daily["counts"]) == sum(
        1 for i in incidents if i["date_precision"] == "day"
    )
    assert "sparkline" in cli(db, "timeline", "--by", "actor")
    assert sparkline([0, 1, 2, 4]) == " ▂▄█" and sparkline([]) == ""
    weekly = build_timeline([], "week")
    assert weekly.periods == [] and weekly.left_out == 0


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_graph_files_round_trip_and_agree(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    cli(db, "graph", "--format", fmt, "-o", str(out))
    if fmt == "gexf":
        graph = nx.read_gexf(out)
    elif fmt == "graphml":
        graph = nx.read_graphml(out)
    else:
        graph = nx.node_link_graph(json.loads(out.read_text()), edges="edges")
    incidents = json.loads(cli(db, "incidents", "--json"))
    pairs = Counter(
        (a["id"], r["id"]) for i in incidents for a in i["actors"] for r in i["recipients"]
    )
    edges = {(u, v): int(d["weight"]) for u, v, d in graph.edges(data=True)}
    assert edges == dict(pairs)
    assert int(graph.edges["united-states", "qassem-soleimani"]["sign"]) == -1
    assert graph.nodes["iran"]["country"] == "IRN"
    meeting = graph.edges["mohammed-shia-al-sudani", "ebrahim-raisi"]
    assert int(meeting["cooperation"]) == 1 and meeting["first"] == "2022-11-29"


def test_geojson_validates(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "i.geojson"
    cli(db, "export", "incidents", "--format", "geojson", "-o", str(out))
    data = json.loads(out.read_text())
    jsonschema.validate(data, GEOJSON_SCHEMA)
    located = [i for i in json.loads(cli(db, "incidents", "--json")) if i["location"]]
    assert len(data["features"]) == len(located)
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    events = json.loads(cli(db, "export", "events", "--format", "geojson"))
    jsonschema.validate(events, GEOJSON_SCHEMA)
    assert all(f["properties"]["kind"] == "event" for f in events["features"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [200, 0]}}
        ]}, GEOJSON_SCHEMA)  # fmt: skip


def test_other_exports(db: Path) -> None:
    lines = cli(db, "export", "incidents", "--format", "jsonl").splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["kind"] == "incident"
    assert cli(db, "export", "incidents", "--format", "csv").startswith("id,")
    bad = CliRunner().invoke(app, ["--db", str(db), "export", "incidents", "--format", "kml"])
    assert bad.exit_code == 2
    bad = CliRunner().invoke(app, ["--db", str(db), "graph", "--format", "dot"])
    assert bad.exit_code == 2


def test_views_of_an_empty_store(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    assert "0 incident(s)" in cli(db, "incidents")
    assert json.loads(cli(db, "timeline", "--json"))["counts"] == []
    assert json.loads(cli(db, "export", "incidents", "--format", "geojson"))["features"] == []
    assert IncidentTables(Store(db, read_only=True)).count() == 0


@pytest.mark.slow
def test_extract_emits_incidents_unless_told_not_to(tmp_path: Path) -> None:
    import subprocess
    import sys

    source = tmp_path / "two.jsonl"
    lines = [
        {"id": "r1", "outlet": "Rudaw", "published": "2021-04-15",
         "text": "A drone struck Erbil airport late on Wednesday, officials said."},
        {"id": "r2", "outlet": "Reuters", "published": "2021-04-16",
         "text": "Wednesday's drone strike on Erbil airport hurt no one."},
    ]  # fmt: skip
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    runs = {}
    for flag in ([], ["--no-incidents"]):
        done = subprocess.run(
            [sys.executable, "-m", "annalyst.cli", "extract", *flag, str(source)],
            capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        runs[bool(flag)] = [json.loads(x)["kind"] for x in done.stdout.splitlines()]
    assert "incident" in runs[False] and runs[False][-1] == "incident"
    assert "incident" not in runs[True]
    assert [k for k in runs[False] if k != "incident"] == runs[True]


def test_geojson_leaves_out_impossible_places() -> None:
    from annalyst.export.geojson import feature_collection
    from incident_helpers import event, place

    bad = msgspec_replace(place("baghdad"), lat=float("nan"))
    far = msgspec_replace(place("baghdad"), lon=512.0)
    records = [event("a1", where="baghdad"), event("a2"), event("a3"), event("a4")]
    records[2] = msgspec_replace(records[2], location=bad)
    records[3] = msgspec_replace(records[3], location=far)
    collection, left_out = feature_collection(records)
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    assert len(collection["features"]) == 1 and left_out == 3


def msgspec_replace(record: object, **changes: object) -> object:
    import msgspec

    return msgspec.structs.replace(record, **changes)  # type: ignore[type-var]
