"""The REST API on a real store built from examples/ (and hostile articles)."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from annalyst.api import create_app
from annalyst.api.server import ServeError, check_binding

pytestmark = pytest.mark.slow
LISTS = ("articles", "events", "quotes", "actors", "incidents", "places")


@pytest.fixture(scope="module")
def client(explorer_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(explorer_db)) as c:
        yield c


def _all_pages(client: TestClient, url: str, limit: int = 7) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        sep = "&" if "?" in url else "?"
        page_url = f"{url}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        response = client.get(page_url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            assert len(items) == body["total"]
            return items


@pytest.mark.parametrize("name", LISTS)
def test_lists_page_through_everything_once(client: TestClient, name: str) -> None:
    first = client.get(f"/api/v1/{name}?limit=1000").json()
    assert first["total"] > 0, name
    paged = _all_pages(client, f"/api/v1/{name}")
    assert paged == first["items"]


def test_events_use_the_output_schema_and_filters(client: TestClient) -> None:
    body = client.get("/api/v1/events?type=ASSAULT&limit=1000").json()
    assert body["total"] > 5
    for item in body["items"]:
        assert item["kind"] == "event" and item["event_type"] == "ASSAULT"
        for field in ("id", "article_id", "sentence", "sentence_start", "trigger", "mode", "quad",
                      "cameo", "intensity", "actors", "recipients", "date", "date_precision",
                      "location", "status", "claimed_by", "confidence"):  # fmt: skip
            assert field in item
    dated = client.get("/api/v1/events?since=2020-01-01&until=2020-01-31&limit=1000").json()
    assert dated["total"] > 0
    assert all("2020-01-01" <= e["date"] <= "2020-01-31" for e in dated["items"])
    iraq = client.get("/api/v1/events?country=IRQ&limit=1000").json()["items"]
    assert iraq and all(
        "IRQ"
        in {a["country"] for a in e["actors"] + e["recipients"]}
        | {(e["location"] or {}).get("country")}
        for e in iraq
    )
    claimed = client.get("/api/v1/events?status=claimed&limit=1000").json()["items"]
    assert claimed and all(e["status"] == "claimed" for e in claimed)
    found = client.get('/api/v1/events?search="drone strike"&limit=1000').json()["items"]
    assert found and all("drone strike" in e["sentence"].lower() for e in found)


def test_sorting_and_corroboration(client: TestClient) -> None:
    rows = client.get("/api/v1/incidents?sort=-corroboration&limit=1000").json()["items"]
    values = [r["corroboration"] for r in rows]
    assert values == sorted(values, reverse=True)
    strong = client.get("/api/v1/incidents?min_corroboration=2&limit=1000").json()["items"]
    assert strong and all(r["corroboration"] >= 2 for r in strong)
    events = client.get("/api/v1/events?min_corroboration=2&limit=1000").json()["items"]
    members = {e for r in strong for e in r["events"]}
    assert events and {e["id"] for e in events} <= members


def test_article_detail_offsets_point_into_the_text(client: TestClient) -> None:
    events = client.get("/api/v1/events?limit=1").json()["items"]
    article = client.get(f"/api/v1/articles/{events[0]['article_id']}").json()
    text = article["text"]
    assert article["mentions"] and article["events"] and article["places"]
    for m in article["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for p in article["places"]:
        assert text[p["start"] : p["end"]] == p["text"]
    for e in article["events"]:
        assert text[e["sentence_start"] : e["sentence_start"] + len(e["sentence"])] == e["sentence"]
    for q in article["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(text)


def test_incident_detail_has_reports_and_ledger(client: TestClient) -> None:
    top = client.get("/api/v1/incidents?sort=-corroboration&limit=1").json()["items"][0]
    detail = client.get(f"/api/v1/incidents/{top['id']}").json()
    assert detail["id"] == top["id"]
    assert {r["id"] for r in detail["reports"]} == set(top["events"])
    assert len(detail["ledger"]) == len(top["events"])
    assert {e["stance"] for e in detail["ledger"]} <= {"asserts", "claims", "denies",
                                                       "speculates", "expects"}  # fmt: skip


def test_actor_views(client: TestClient) -> None:
    actor = client.get("/api/v1/actors?limit=1").json()["items"][0]
    detail = client.get(f"/api/v1/actors/{actor['id']}").json()
    assert detail["mentions"] == actor["mentions"]
    graph = client.get("/api/v1/graph").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    stats = client.get("/api/v1/stats?type=ASSAULT").json()
    assert stats["events"] == client.get("/api/v1/events?type=ASSAULT").json()["total"]
    by_type = {v["value"]: v["count"] for v in stats["facets"]["type"]}
    assert len(by_type) > 1  # a facet ignores its own filter
    assert by_type["ASSAULT"] == stats["events"]
    line = client.get("/api/v1/timeline?period=year").json()
    assert sum(c["count"] for c in line["counts"]) + line["undated"] == stats["totals"]["events"]


def test_exports_stream_every_row(client: TestClient, tmp_path: Path) -> None:
    total = client.get("/api/v1/events").json()["total"]
    assert total > 50  # more than one page of the default limit
    response = client.get("/api/v1/events?format=csv&limit=3")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and rows[0]["kind"] == "event"
    lines = client.get("/api/v1/events?format=jsonl").text.splitlines()
    assert len(lines) == total and json.loads(lines[0])["kind"] == "event"
    target = tmp_path / "events.parquet"
    target.write_bytes(client.get("/api/v1/events?format=parquet").content)
    with duckdb.connect() as con:
        count = con.execute("SELECT count(*) FROM read_parquet(?)", [str(target)]).fetchone()
    assert count == (total,)
    empty = client.get("/api/v1/events?search=zzzqqqxxx&format=parquet")
    assert empty.status_code == 200 and empty.content.startswith(b"PAR1")


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/events?type=FIGHTING", "type"),
        ("/api/v1/events?since=2020-02-30", "since"),
        ("/api/v1/events?until=yesterday", "until"),
        ("/api/v1/events?since=2021-01-01&until=2020-01-01", "since"),
        ("/api/v1/events?cursor=not-a-cursor", "cursor"),
        ("/api/v1/events?status=rumoured", "status"),
        ("/api/v1/events?quad=war", "quad"),
        ("/api/v1/events?country=Iraq", "country"),
        ("/api/v1/events?sort=colour", "sort"),
        ("/api/v1/events?limit=0", "limit"),
        ("/api/v1/events?limit=100000", "limit"),
        ("/api/v1/events?format=xml", "format"),
        ("/api/v1/events?min_corroboration=-1", "min_corroboration"),
        ("/api/v1/quotes?status=claimed", "status"),
        ("/api/v1/places?actor=iraq", "actor"),
        ("/api/v1/events?search=%00", "search"),
    ],
)
def test_bad_requests_get_a_clear_400(client: TestClient, url: str, parameter: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["status"] == 400 and body["parameter"] == parameter and body["error"]


def test_cursor_of_another_query_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/v1/events?limit=2").json()["next_cursor"]
    response = client.get(f"/api/v1/events?limit=2&type=ASSAULT&cursor={cursor}")
    assert response.status_code == 400 and "another query" in response.json()["error"]


@pytest.mark.parametrize("url", ["/api/v1/articles/nope", "/api/v1/incidents/nope",
                                 "/api/v1/actors/nope", "/api/v1/nothing"])  # fmt: skip
def test_unknown_records_are_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404 and response.json()["error"]


def test_hostile_text_comes_back_as_data(client: TestClient) -> None:
    rows = client.get("/api/v1/articles?search=%22Militia+base+hit%22&limit=10").json()["items"]
    hostile = [r for r in rows if r["input_id"] == "hostile-1"]
    assert hostile and hostile[0]["title"].startswith("<script>")
    response = client.get(f"/api/v1/articles/{hostile[0]['id']}")
    assert response.headers["content-type"] == "application/json"
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/events",
                 "/api/v1/quotes", "/api/v1/actors", "/api/v1/actors/{actor_id}",
                 "/api/v1/incidents", "/api/v1/incidents/{incident_id}", "/api/v1/places",
                 "/api/v1/graph", "/api/v1/timeline", "/api/v1/stats"):  # fmt: skip
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/v1/events" in docs.text and "<script" not in docs.text


def test_token_is_required_when_set(explorer_db: Path) -> None:
    with TestClient(create_app(explorer_db, token="s3cret")) as c:
        assert c.get("/api/v1/events").status_code == 401
        assert c.get("/api/v1/events", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.get("/openapi.json").status_code == 401
        ok = c.get("/api/v1/events", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert c.get("/events").status_code in (200, 503)  # the app shell holds no data


def test_loopback_only_without_token(client: TestClient) -> None:
    response = client.get("/api/v1/stats", headers={"Host": "evil.example:8000"})
    assert response.status_code == 421
    assert client.get("/api/v1/stats", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    with pytest.raises(ServeError, match="without --token"):
        check_binding("0.0.0.0", None)
    check_binding("0.0.0.0", "tok")
    check_binding("::1", None)


def test_serve_command_refuses_open_binding(explorer_db: Path) -> None:
    from typer.testing import CliRunner

    from annalyst.cli import app

    result = CliRunner().invoke(app, ["--db", str(explorer_db), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "without --token" in result.output


def test_the_database_is_let_go_of_when_idle(explorer_db: Path, tmp_path: Path) -> None:
    """Between bursts of requests a writer can open the file (ingest while serving)."""
    import shutil
    import time

    from annalyst.store.db import Store

    copy = tmp_path / "copy.duckdb"
    shutil.copy(explorer_db, copy)
    with TestClient(create_app(copy, cache_size=0)) as c:
        assert c.get("/api/v1/stats").status_code == 200
        time.sleep(1.8)  # idle for longer than the reader's one second
        with Store(copy) as store:  # read-write: fails if the server still held the file
            assert store.get_article("nope") is None
        assert c.get("/api/v1/stats").status_code == 200
