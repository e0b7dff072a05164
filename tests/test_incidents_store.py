"""Incidents in the store: incremental updates, idempotence, reprocessing, and the views."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from annalyst.aggregate.update import update_incidents
from annalyst.ingest.dedup import DedupKeys
from annalyst.schema import Article, Event
from annalyst.store import migrations
from annalyst.store.db import Store
from annalyst.store.incidents import IncidentTables
from incident_helpers import article, event


def keys(n: int) -> DedupKeys:
    return DedupKeys(exact=f"{n:064x}", minhash=b"")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def add(store: Store, items: list[tuple[Article, list[Event]]]) -> None:
    count = store.count_articles()
    store.add_articles([(a, keys(count + i)) for i, (a, _e) in enumerate(items)])
    store.save_annotations([(a.id, list(events)) for a, events in items])


def updated_at(store: Store) -> dict[str, object]:
    with store.batch() as con:
        return dict(con.execute("SELECT id, updated_at FROM incidents").fetchall())


KILLING = [
    (article("k1", outlet="Press TV", published="2020-01-03"),
     [event("k1", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
            mode="drone", where="baghdad-airport", trigger="killed")]),
    (article("k2", outlet="HispanTV", published="2020-01-03"),
     [event("k2", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
            trigger="killed")]),
    (article("k3", outlet="Reuters", published="2020-01-04"),
     [event("k3", actors=("us-armed-forces",), recipients=("qassem-soleimani",),
            date="2020-01-03", where="baghdad-airport", trigger="strike", mode="drone")]),
]  # fmt: skip
BASE = [
    (article("b1", outlet="Rudaw", published="2021-03-03"),
     [event("b1", recipients=("agent:USA:MIL",), date="2021-03-03", where="ain-al-asad",
            mode="heavy-weapons")]),
    (article("b2", outlet="Shafaq News", published="2021-03-15"),
     [event("b2", recipients=("agent:USA:MIL",), date="2021-03-15", where="ain-al-asad",
            mode="heavy-weapons")]),
    (article("m1", outlet="IRNA", published="2022-11-29"),
     [event("m1", "CONSULT", mode="visit", actors=("mohammed-shia-al-sudani",),
            recipients=("ebrahim-raisi",), date="2022-11-29", where="tehran")]),
]  # fmt: skip


def test_migration_6_adds_the_incident_tables(store: Store) -> None:
    assert migrations.latest_version() >= 6
    with store.batch() as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"incidents", "incident_keys", "incident_victims", "incident_events",
            "incident_articles"} <= tables  # fmt: skip


def test_owner_counts_once_and_rerun_adds_nothing(store: Store) -> None:
    add(store, KILLING + BASE)
    first = update_incidents(store)
    assert first.articles == 6 and first.total == 4
    tables = IncidentTables(store)
    [killing] = tables.query(actor="qassem-soleimani")
    assert len(killing.events) == 3 and killing.date == "2020-01-03"
    # Press TV and HispanTV belong to one state broadcaster: one independent source.
    assert killing.outlets == ["HispanTV", "Press TV", "Reuters"] and killing.corroboration == 2
    before = updated_at(store)
    again = update_incidents(store)
    assert again.articles == 0 and again.written == 0 and updated_at(store) == before


def test_new_articles_touch_only_their_incidents(store: Store) -> None:
    add(store, KILLING + BASE)
    update_incidents(store)
    before = updated_at(store)
    tables = IncidentTables(store)
    [killing] = tables.query(actor="qassem-soleimani")
    add(store, [
        (article("k4", outlet="Al Mayadeen", published="2023-01-03"),
         [event("k4", recipients=("qassem-soleimani",), trigger="assassination",
                mode="assassinate")]),
        (article("b3", outlet="Rudaw", published="2021-03-20"),
         [event("b3", recipients=("agent:USA:MIL",), date="2021-03-20", where="ain-al-asad")]),
    ])  # fmt: skip
    summary = update_incidents(store)
    assert summary.articles == 2 and summary.written == 2 and summary.total == 5
    after = updated_at(store)
    changed = {i for i in after if before.get(i) != after[i]}
    assert killing.id in changed and len(changed) == 2  # the killing, and the new base attack
    [grown] = tables.query(actor="qassem-soleimani")
    assert len(grown.events) == 4 and grown.corroboration == 3


def test_incremental_equals_all_at_once(tmp_path: Path) -> None:
    items = KILLING + BASE
    with Store(tmp_path / "once.duckdb") as once:
        add(once, items)
        update_incidents(once)
        whole = sorted(sorted(i.events) for i in IncidentTables(once).query(limit=None))
    with Store(tmp_path / "steps.duckdb") as steps:
        for item in items:
            add(steps, [item])
            update_incidents(steps)
        stepwise = sorted(sorted(i.events) for i in IncidentTables(steps).query(limit=None))
    assert stepwise == whole


def test_reprocessed_article_is_regrouped(store: Store) -> None:
    add(store, KILLING + BASE)
    update_incidents(store)
    # k3's annotations change: its event now tells of another day's strike elsewhere.
    store.save_annotations([("k3", [event("k3", actors=("us-armed-forces",),
                                          recipients=("kataib-hezbollah",), date="2019-12-29",
                                          where="anbar", n=1)])])  # fmt: skip
    summary = update_incidents(store)
    assert summary.articles == 1
    tables = IncidentTables(store)
    [killing] = tables.query(actor="qassem-soleimani")
    assert len(killing.events) == 2 and killing.outlets == ["HispanTV", "Press TV"]
    assert len(tables.query(actor="kataib-hezbollah")) == 1
    with store.batch() as con:
        members = con.execute("SELECT count(*) FROM incident_events").fetchone()
    assert members is not None and members[0] == 6


def test_filters(store: Store) -> None:
    add(store, KILLING + BASE)
    update_incidents(store)
    tables = IncidentTables(store)
    assert len(tables.query(event_type="consult")) == 1
    assert len(tables.query(min_corroboration=2)) == 1
    assert len(tables.query(since="2021-01-01", until="2021-12-31")) == 2
    assert len(tables.query(country="IRN")) == 2
    assert tables.query(status="negated") == []
    incident = tables.query(event_type="CONSULT")[0]
    got = tables.get(incident.id[:8])
    assert got is not None and got.id == incident.id
    assert json.loads(json.dumps(incident.events))


def test_an_update_reads_only_the_incidents_under_its_keys(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocking: one new report reads the incidents of its type, countries and days, no more."""
    many = [
        (article(f"x{i}", outlet="Rudaw", published=f"2021-03-{1 + i % 28:02d}"),
         [event(f"x{i}", actors=("turkey",) if i % 2 else ("kataib-hezbollah",),
                recipients=("pkk",) if i % 2 else ("agent:USA:MIL",),
                date=f"2021-03-{1 + i % 28:02d}", where="erbil" if i % 3 else "ain-al-asad",
                event_type="ASSAULT" if i % 5 else "PROTEST")])
        for i in range(60)
    ]  # fmt: skip
    add(store, many + BASE)
    update_incidents(store)
    total = IncidentTables(store).count()
    read: list[str] = []
    original = IncidentTables.states

    def spy(self: IncidentTables, ids: object) -> list[dict[str, object]]:
        states = original(self, ids)  # type: ignore[arg-type]
        read.extend(str(s["id"]) for s in states)
        return states

    monkeypatch.setattr(IncidentTables, "states", spy)
    add(store, [(article("b9", outlet="Shafaq News", published="2021-03-16"),
                 [event("b9", recipients=("agent:USA:MIL",), date="2021-03-15",
                        where="ain-al-asad", mode="heavy-weapons")])])  # fmt: skip
    summary = update_incidents(store)
    assert total > 40 and summary.written == 1 and summary.total == total
    assert 1 <= len(read) <= 3, read  # the attack of that day on that base, and few others
