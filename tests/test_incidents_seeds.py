"""The seeds retold: `annalyst extract` over ../shared/seeds, and what its incidents must show.

The seeds are partisan page dumps in which the same acts are told again and
again, years apart. The event layer under the grouping is still changing, so
these checks name the acts by what any reasonable event layer reports about
them (who was killed, which base on which day) rather than by event ids.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent (the seeds live outside the repository)")
    done = subprocess.run(
        [sys.executable, "-m", "annalyst.cli", "extract", str(SEEDS)],
        capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def _incident_of(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e: r for r in records if r["kind"] == "incident" for e in r["events"]}


def test_incidents_come_after_the_last_article(records: list[dict[str, Any]]) -> None:
    kinds = [r["kind"] for r in records]
    last_article = max(i for i, k in enumerate(kinds) if k == "article")
    first_incident = kinds.index("incident")
    assert first_incident > last_article
    assert set(kinds[first_incident:]) == {"incident"}
    events = {r["id"] for r in records if r["kind"] == "event"}
    grouped = [e for r in records if r["kind"] == "incident" for e in r["events"]]
    assert sorted(grouped) == sorted(events)  # every event in exactly one incident


def test_the_soleimani_killing_is_one_incident(records: list[dict[str, Any]]) -> None:
    incident_of = _incident_of(records)
    killings = [
        r for r in records
        if r["kind"] == "event" and r["event_type"] == "ASSAULT"
        and any(x["id"] == "qassem-soleimani" for x in r["recipients"])
        and (r["mode"] == "assassinate" or r["trigger"].lower().startswith(("kill", "murder", "assassinat")))
    ]  # fmt: skip
    assert len(killings) >= 10
    found = {incident_of[e["id"]]["id"] for e in killings}
    assert len(found) == 1
    incident = incident_of[killings[0]["id"]]
    assert (incident["date"], incident["date_precision"]) == ("2020-01-03", "day")
    assert len(incident["articles"]) >= 10
    assert len(incident["outlets"]) >= 3 and incident["corroboration"] >= 3
    assert {"qassem-soleimani", "abu-mahdi-al-muhandis"} <= {
        a["id"] for a in incident["recipients"]
    }


def _at(record: dict[str, Any], name: str) -> bool:
    return bool(record["location"]) and name in record["location"]["name"]


def test_the_ain_al_asad_missile_strike_is_one_incident(records: list[dict[str, Any]]) -> None:
    incident_of = _incident_of(records)
    strike = [
        r for r in records
        if r["kind"] == "event" and r["event_type"] == "ASSAULT" and _at(r, "Asad")
        and r["date"] == "2020-01-08"
    ]  # fmt: skip
    assert len(strike) >= 2
    assert len({incident_of[e["id"]]["id"] for e in strike}) == 1
    assert incident_of[strike[0]["id"]]["date"] == "2020-01-08"


def test_the_erbil_strike_is_one_incident(records: list[dict[str, Any]]) -> None:
    incident_of = _incident_of(records)
    strike = [
        r for r in records
        if r["kind"] == "event" and r["event_type"] == "ASSAULT" and _at(r, "Erbil")
        and (r["date"] or "").startswith("2022-03")
    ]  # fmt: skip
    assert len(strike) >= 2
    assert len({incident_of[e["id"]]["id"] for e in strike}) == 1
    assert incident_of[strike[0]["id"]]["date"] == "2022-03-13"


def test_attacks_on_the_base_on_other_days_stay_apart(records: list[dict[str, Any]]) -> None:
    incident_of = _incident_of(records)
    by_day: dict[str, set[str]] = {}
    for r in records:
        if (
            r["kind"] == "event" and r["event_type"] == "ASSAULT" and r["date_precision"] == "day"
            and re.search(r"\b(Ain )?al-Ass?ad (air ?)?base", r["sentence"], re.IGNORECASE)
        ):  # fmt: skip
            by_day.setdefault(r["date"], set()).add(incident_of[r["id"]]["id"])
    assert len(by_day) >= 3, by_day
    seen: dict[str, str] = {}
    for day, incidents in by_day.items():
        for incident in incidents:
            assert seen.setdefault(incident, day) == day  # no incident spans two days


def test_timeline_and_graph_agree_with_the_incidents(records: list[dict[str, Any]]) -> None:
    import msgspec

    from annalyst.aggregate.graph import actor_graph
    from annalyst.aggregate.timeline import build_timeline
    from annalyst.schema import Incident

    incidents = [msgspec.convert(r, Incident) for r in records if r["kind"] == "incident"]
    for by in ("type", "actor"):
        line = build_timeline(incidents, "month", by)  # type: ignore[arg-type]
        dated = [i for i in incidents if i.date and i.date_precision in ("day", "month")]
        expected: dict[str, int] = {}
        for i in dated:
            for key in (
                [i.event_type] if by == "type" else [a.id for a in i.actors] or ["(no actor)"]
            ):
                expected[key] = expected.get(key, 0) + 1
        assert line.totals() == expected
        assert line.left_out == len(incidents) - len(dated)
    graph = actor_graph(incidents)
    pairs: dict[tuple[str, str], int] = {}
    for i in incidents:
        for a in i.actors:
            for r in i.recipients:
                if a.id != r.id:
                    pairs[a.id, r.id] = pairs.get((a.id, r.id), 0) + 1
    assert {(u, v): d["weight"] for u, v, d in graph.edges(data=True)} == pairs
    assert graph.number_of_edges() > 20
