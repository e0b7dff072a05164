from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from annalyst.ingest.dedup import DedupKeys, Deduplicator
from annalyst.schema import Article
from annalyst.store import migrations
from annalyst.store.db import DEFAULT_DB, Store, StoreError

LATEST = migrations.latest_version()


def article(article_id: str, **fields: object) -> Article:
    values: dict[str, object] = {
        "id": article_id,
        "source": "dump.txt",
        "title": None,
        "published": None,
        "authors": [],
        "byline": None,
        "outlet": None,
        "language": "en",
        "url": None,
        "line_start": None,
        "line_end": None,
        "text": f"Body of {article_id}.",
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def keys(n: int = 0) -> DedupKeys:
    return DedupKeys(exact=f"{n:064x}", minhash=bytes([n % 256]) * 16)


CORPUS = [
    article(
        "a1b2c3d4e5f60001",
        title="Dockers strike at Port Salama",
        published="2023-03-01",
        outlet="Coastal Herald",
        authors=["Miriam Odhiambo", "Tom Baraka"],
        byline="By Miriam Odhiambo and Tom Baraka",
        url="https://herald.example/strike",
        line_start=1,
        line_end=20,
        text="Dock workers walked off the job on Tuesday. The union wants 15% more pay.",
    ),
    article(
        "a1b2c3d4e5f60002",
        title="Floods cut the coastal highway",
        published="2023-03-02",
        outlet="The Daily Courier",
        text="Heavy rain flooded Kivu Bay. The harbour road is closed.",
    ),
    article(
        "a1b2c3d4e5f70003",
        title="Strike talks resume",
        published="2023-03-05",
        outlet="coastal herald online",
        text="Union leaders and the port authority met again on Friday.",
    ),
    article(
        "b9f8e7d6c5b40004",
        title=None,
        published=None,
        outlet=None,
        text="Undated wire copy about the strike_fund and the port.",
    ),
    article(
        "b9f8e7d6c5b40005",
        title="Dockers strike at Port Salama",
        published="2023-03-02",
        outlet="Wire Service",
        text="Dock workers walked off the job on Tuesday. The union wants 15% more pay.",
        duplicate_of="a1b2c3d4e5f60001",
    ),
]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        s.add_articles([(a, keys(i)) for i, a in enumerate(CORPUS)])
        yield s


def ids(articles: list[Article]) -> list[str]:
    return [a.id for a in articles]


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- schema and opening --------------------------------------------------------


def test_new_database_gets_latest_schema(db_path: Path) -> None:
    assert DEFAULT_DB == "annalyst.duckdb"
    with Store(db_path) as s:
        assert s.schema_version == LATEST
        assert s.stats() == {
            "files": 0,
            "failed_files": 0,
            "partial_files": 0,
            "articles": 0,
            "duplicates": 0,
        }
    con = duckdb.connect(str(db_path))
    try:
        versions = con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()
    assert [v for (v,) in versions] == list(range(1, LATEST + 1))
    assert {"files", "articles", "schema_migrations"} <= tables


def test_reopen_keeps_data(db_path: Path) -> None:
    with Store(db_path) as s:
        assert s.add_articles([(CORPUS[0], keys())]) == 1
        s.begin_file("dump.txt", "d" * 64, 123)
    with Store(db_path) as s:
        assert s.schema_version == LATEST
        assert s.get_article(CORPUS[0].id) == CORPUS[0]
        assert s.file_status("d" * 64) == "partial"
    with Store(db_path, read_only=True) as s:
        assert s.count_articles() == 1


def test_newer_database_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_migrations VALUES (?, now()::TIMESTAMP)", [LATEST + 1])
    con.close()
    with pytest.raises(StoreError, match=rf"schema version {LATEST + 1}.*newer annalyst"):
        Store(db_path)
    with pytest.raises(StoreError, match="newer annalyst"):
        Store(db_path, read_only=True)


def test_older_database_is_upgraded(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db_path) as s:
        s.add_articles([(CORPUS[0], keys())])
    v2 = migrations.Migration(
        version=LATEST + 1,
        description="a future table",
        steps=(
            "CREATE TABLE future_notes (article_id VARCHAR NOT NULL, start INTEGER, stop INTEGER)",
            lambda con: con.execute("INSERT INTO future_notes SELECT id, 0, 4 FROM articles"),
        ),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v2])
    with pytest.raises(StoreError, match="needs upgrading"):
        Store(db_path, read_only=True)
    with Store(db_path) as s:
        assert s.schema_version == LATEST + 1
        assert s.con.execute("SELECT count(*) FROM future_notes").fetchone() == (1,)
        assert s.get_article(CORPUS[0].id) == CORPUS[0]


def test_failed_upgrade_leaves_old_schema(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).close()
    broken = migrations.Migration(
        version=LATEST + 1,
        description="broken",
        steps=(
            "CREATE TABLE future_things (id VARCHAR)",
            "ALTER TABLE no_such_table ADD COLUMN x INTEGER",
        ),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(StoreError, match=rf"schema version {LATEST + 1} \(broken\)"):
        Store(db_path)
    monkeypatch.undo()
    with Store(db_path) as s:
        assert s.schema_version == LATEST
        tables = s.con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'future_things'"
        )
        assert tables.fetchone() == (0,)


def test_corrupt_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError, match=r"x\.duckdb.*not an annalyst database"):
        Store(path)
    text = tmp_path / "notes.duckdb"
    text.write_text("just some notes\n")
    with pytest.raises(StoreError, match=r"notes\.duckdb"):
        Store(text, read_only=True)


def test_foreign_duckdb_file_read_only(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not an annalyst database"):
        Store(path, read_only=True)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "no" / "such" / "dir.duckdb")
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    with Store(empty) as s:
        assert s.schema_version == LATEST


def test_second_writer_refused_readers_admitted(db_path: Path) -> None:
    code = """
        import sys
        from annalyst.store.db import Store, StoreError
        try:
            with Store(sys.argv[1], read_only=sys.argv[2] == "ro", wait=20,
                       on_wait=lambda m: print("WAIT", m, flush=True)) as s:
                print("opened", s.count_articles())
        except StoreError as exc:
            print(exc)
    """
    with Store(db_path) as writer:
        writer.add_articles([(CORPUS[0], keys())])
        refused = run_python(code, str(db_path), "rw")
        assert refused.returncode == 0, refused.stderr
        assert "in use by another process" in refused.stdout
        assert str(os.getpid()) in refused.stdout and str(db_path) in refused.stdout
        # Between batches the writer does not hold the file: a reader gets in at once.
        reader = run_python(code, str(db_path), "ro")
        assert reader.stdout.strip() == "opened 1", reader.stdout + reader.stderr
        # Inside a batch it does: the reader says it waits, then reads once it is let in.
        with writer.batch():
            proc = subprocess.Popen(
                [sys.executable, "-c", textwrap.dedent(code), str(db_path), "ro"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            time.sleep(3)
            writer.add_articles([(CORPUS[1], keys())])
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert out.startswith("WAIT database") and "busy" in out, out
        assert out.strip().endswith("opened 2"), out
    assert "opened" in run_python(code, str(db_path), "rw").stdout


def test_closed_store_raises(db_path: Path) -> None:
    s = Store(db_path)
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count_articles()


def test_read_only_store_cannot_write(store: Store, db_path: Path) -> None:
    store.close()
    with Store(db_path, read_only=True) as s:
        with pytest.raises(StoreError):
            s.add_articles([(article("new-article"), keys())])
        with pytest.raises(StoreError):
            s.begin_file("x", "e" * 64, 1)


# -- files -------------------------------------------------------------------


def test_file_status_lifecycle(db_path: Path) -> None:
    digest = "ab" * 32
    with Store(db_path) as s:
        assert s.file_status(digest) is None
        s.begin_file("inbox/a.txt", digest, 2048)
        assert s.file_status(digest) == "partial"
        s.finish_file(digest, "done", articles=12, problems=1)
        assert s.file_status(digest) == "done"
        # Read again (say under another name): partial until finished again.
        s.begin_file("archive/a.txt", digest, 2048)
        assert s.file_status(digest) == "partial"
        s.finish_file(digest, "failed", articles=3, problems=0, message="truncated gzip")
        assert s.file_status(digest) == "failed"
        row = s.con.execute(
            "SELECT source, size, articles, problems, message, finished_at >= started_at "
            "FROM files WHERE digest = ?",
            [digest],
        ).fetchone()
        assert row == ("archive/a.txt", 2048, 3, 0, "truncated gzip", True)
        assert s.stats()["failed_files"] == 1
        with pytest.raises(StoreError, match="status"):
            s.finish_file(digest, "finished", articles=0, problems=0)
        with pytest.raises(StoreError, match="begun"):
            s.finish_file("cd" * 32, "done", articles=0, problems=0)


# -- articles ----------------------------------------------------------------


def test_add_articles_is_idempotent(db_path: Path) -> None:
    batch = [(a, keys(i)) for i, a in enumerate(CORPUS)]
    with Store(db_path) as s:
        assert s.add_articles(batch) == len(CORPUS)
        assert s.add_articles(batch) == 0
        assert s.add_articles([]) == 0
        # Partly new batch, with an id repeated inside it.
        extra = article("c0ffee000001")
        assert s.add_articles([batch[0], (extra, keys()), (extra, keys())]) == 1
        assert s.count_articles() == len(CORPUS) + 1


def test_add_articles_large_batch(db_path: Path) -> None:
    batch = [(article(f"bulk{i:06d}", published="2024-01-01"), keys(i)) for i in range(1234)]
    with Store(db_path) as s:
        assert s.add_articles(batch) == 1234
        assert s.add_articles([*batch[1000:], (article("bulk-new"), keys())]) == 1
        assert [k for k, _ in s.iter_dedup_keys()][:3] == ["bulk000000", "bulk000001", "bulk000002"]


def test_add_articles_rejects_bad_dates_atomically(db_path: Path) -> None:
    with Store(db_path) as s:
        bad = article("bad-date-article", published="March 2023")
        with pytest.raises(StoreError, match=r"bad-date-article.*YYYY-MM-DD"):
            s.add_articles([(CORPUS[0], keys()), (bad, keys())])
        assert s.count_articles() == 0


def test_articles_round_trip(store: Store) -> None:
    for a in CORPUS:
        assert store.get_article(a.id) == a


def test_get_article_by_id_and_prefix(store: Store) -> None:
    assert store.get_article("a1b2c3d4e5f60001") == CORPUS[0]
    assert store.get_article("a1b2c3d4e5f7") == CORPUS[2]
    assert store.get_article("b9f8e7d6c5b40005") == CORPUS[4]
    assert store.get_article("a1b2c") is None  # prefixes need 6 characters
    assert store.get_article("ffffff") is None
    assert store.get_article("a1b2%") is None
    with pytest.raises(StoreError, match="several"):
        store.get_article("a1b2c3d4e5f6")


def test_query_outlet(store: Store) -> None:
    assert ids(store.query_articles(outlet="Coastal Herald")) == [
        "a1b2c3d4e5f60001",
        "a1b2c3d4e5f70003",
    ]
    assert ids(store.query_articles(outlet="COURIER")) == ["a1b2c3d4e5f60002"]
    assert store.query_articles(outlet="Herald Tribune") == []
    assert store.query_articles(outlet="%") == []


def test_query_dates(store: Store) -> None:
    assert ids(store.query_articles(since="2023-03-02")) == [
        "a1b2c3d4e5f60002",
        "b9f8e7d6c5b40005",
        "a1b2c3d4e5f70003",
    ]
    assert ids(store.query_articles(until="2023-03-02")) == [
        "a1b2c3d4e5f60001",
        "a1b2c3d4e5f60002",
        "b9f8e7d6c5b40005",
    ]
    assert ids(store.query_articles(since="2023-03-02", until="2023-03-02")) == [
        "a1b2c3d4e5f60002",
        "b9f8e7d6c5b40005",
    ]
    with pytest.raises(StoreError, match="since"):
        store.query_articles(since="yesterday")
    with pytest.raises(StoreError, match="until"):
        store.query_articles(until="2023-02-30")


def test_query_search(store: Store) -> None:
    assert ids(store.query_articles(search="dockers")) == ["a1b2c3d4e5f60001", "b9f8e7d6c5b40005"]
    # Every word must appear, in the title or the text, in any case.
    assert ids(store.query_articles(search="UNION friday")) == ["a1b2c3d4e5f70003"]
    assert ids(store.query_articles(search="union tuesday", include_duplicates=False)) == [
        "a1b2c3d4e5f60001"
    ]
    assert ids(store.query_articles(search='"harbour road"')) == ["a1b2c3d4e5f60002"]
    assert store.query_articles(search='"road harbour"') == []
    # LIKE wildcards in the search are taken literally.
    assert ids(store.query_articles(search="15%")) == ["a1b2c3d4e5f60001", "b9f8e7d6c5b40005"]
    assert ids(store.query_articles(search="strike_fund")) == ["b9f8e7d6c5b40004"]
    assert store.query_articles(search="strike%fund") == []
    assert len(store.query_articles(search="   ")) == len(CORPUS)


def test_query_order_limit_offset(store: Store) -> None:
    every = ids(store.query_articles())
    assert every == [
        "a1b2c3d4e5f60001",
        "a1b2c3d4e5f60002",
        "b9f8e7d6c5b40005",
        "a1b2c3d4e5f70003",
        "b9f8e7d6c5b40004",  # no date: last
    ]
    assert ids(store.query_articles(limit=2)) == every[:2]
    assert ids(store.query_articles(limit=2, offset=2)) == every[2:4]
    assert ids(store.query_articles(limit=None, offset=1)) == every[1:]
    assert store.query_articles(limit=0) == []
    with pytest.raises(StoreError):
        store.query_articles(limit=-1)


def test_query_duplicates_and_counts(store: Store) -> None:
    assert "b9f8e7d6c5b40005" in ids(store.query_articles())
    originals = ids(store.query_articles(include_duplicates=False))
    assert "b9f8e7d6c5b40005" not in originals and len(originals) == 4
    assert store.count_articles() == 5
    assert store.count_articles(duplicates=True) == 1
    assert store.count_articles(duplicates=False) == 4
    assert store.stats() == {
        "files": 0,
        "failed_files": 0,
        "partial_files": 0,
        "articles": 5,
        "duplicates": 1,
    }


def test_iter_dedup_keys_rebuilds_deduplicator(db_path: Path) -> None:
    texts = {
        "first": "The port authority and the union agreed on a new wage deal after nine days. " * 3,
        "second": "Floods in Kivu Bay forced two thousand families from their homes on Wednesday. "
        * 3,
    }
    live = Deduplicator()
    with Store(db_path) as s:
        for article_id, text in texts.items():
            duplicate_of, k = live.check(article_id, text)
            s.add_articles([(article(article_id, text=text, duplicate_of=duplicate_of), k)])
        copy = texts["first"].upper()
        duplicate_of, k = live.check("copy", copy)
        assert duplicate_of == "first"
        s.add_articles([(article("copy", text=copy, duplicate_of=duplicate_of), k)])
    with Store(db_path) as s:
        stored = list(s.iter_dedup_keys())
        assert [i for i, _ in stored] == ["first", "second"]
        assert stored[0][1] == live.keys(texts["first"])
        rebuilt = Deduplicator()
        for article_id, k in stored:
            rebuilt.add_existing(article_id, k)
    assert rebuilt.check("again", texts["second"] + " ")[0] == "second"
    assert rebuilt.check("new", "Something else happened in the capital today.")[0] is None


# -- crashes -------------------------------------------------------------------


def test_interrupted_ingest_is_partial_and_resumable(db_path: Path) -> None:
    digest = "f0" * 32
    with Store(db_path) as s:
        s.begin_file("dump.txt", digest, 999)
        assert s.add_articles([(a, keys(i)) for i, a in enumerate(CORPUS[:3])]) == 3
        # ... the run stops here, without finish_file.
    with Store(db_path) as s:
        assert s.file_status(digest) == "partial"
        assert s.count_articles() == 3
        s.begin_file("dump.txt", digest, 999)
        assert s.add_articles([(a, keys(i)) for i, a in enumerate(CORPUS)]) == 2
        s.finish_file(digest, "done", articles=5, problems=0)
        assert s.count_articles() == 5
        assert s.stats()["partial_files"] == 0


def test_killed_process_leaves_committed_batches(db_path: Path) -> None:
    code = """
        import os, sys
        from annalyst.ingest.dedup import DedupKeys
        from annalyst.schema import Article
        from annalyst.store.db import Store

        def art(i):
            return Article(id=f"killed{i:03d}", source="big.txt", title=None, published=None,
                           authors=[], byline=None, outlet=None, language=None, url=None,
                           line_start=None, line_end=None, text=f"text {i}")

        s = Store(sys.argv[1])
        s.begin_file("big.txt", "9" * 64, 10)
        s.add_articles([(art(i), DedupKeys(exact=str(i), minhash=b"")) for i in range(100)])
        s.con.begin()
        s.con.execute("INSERT INTO files (digest, source, size, status, started_at) "
                      "VALUES ('uncommitted', 'x', 1, 'partial', now()::TIMESTAMP)")
        os._exit(0)  # no commit, no close, no checkpoint
    """
    result = run_python(code, str(db_path))
    assert result.returncode == 0, result.stderr
    with Store(db_path) as s:
        assert s.file_status("9" * 64) == "partial"
        assert s.file_status("uncommitted") is None
        assert s.count_articles() == 100
        assert s.get_article("killed042") is not None


def test_places_keep_their_form(store: Store) -> None:
    from annalyst.schema import Place

    article_id = CORPUS[0].id
    places = [
        Place(article_id=article_id, start=0, end=5, text="Basra", name="Basra", lat=30.5,
              lon=47.8, country="IRQ", geonameid=99532, precision="city", form="name"),
        Place(article_id=article_id, start=10, end=16, text="Iraqi", name="Iraq", lat=33.0,
              lon=44.0, country="IRQ", geonameid=99237, precision="country", form="adjective"),
    ]  # fmt: skip
    store.save_annotations([(article_id, places)])
    assert [(p.text, p.form) for p in store.places_of(article_id)] == [
        ("Basra", "name"),
        ("Iraqi", "adjective"),
    ]


def test_quotes_keep_their_act(store: Store) -> None:
    from annalyst.schema import Quote

    store.add_articles([(article("a1"), keys(1))])
    quote = Quote(
        id="q1", article_id="a1", text="to withdraw", start=0, end=11, type="indirect",
        speaker=None, speaker_text="the council", cue="urged", medium=None, act="request",
    )  # fmt: skip
    store.save_annotations([("a1", [quote])])
    ((stored, _),) = store.query_quotes()
    assert stored.act == "request"
