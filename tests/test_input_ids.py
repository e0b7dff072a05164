"""Articles keep the id (or URL) their input record gave them, as `input_id`."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annalyst.ingest.dedup import Deduplicator
from annalyst.ingest.model import Draft, Source
from annalyst.ingest.pipeline import Deduped, dedup_articles, read_articles
from annalyst.schema import Article
from annalyst.store import migrations
from annalyst.store.db import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "readers"
EXAMPLES = ROOT / "examples"
TEXT = (
    "The harbour authority said on Thursday that the new container terminal would open "
    "in the spring, doubling the port's capacity and cutting waiting times for ships."
)


def articles_of(source: Source) -> list[Article]:
    return [
        r.article
        for r in dedup_articles(read_articles(source), Deduplicator())
        if isinstance(r, Deduped)
    ]


def test_jsonl_and_csv_keep_record_ids() -> None:
    data = (json.dumps({"id": "rec-7", "text": TEXT}) + "\n").encode()
    [article] = articles_of(Source.from_bytes("in.jsonl", data))
    assert article.input_id == "rec-7"
    assert article.id != "rec-7" and len(article.id) == 16  # the id stays the stable hash
    table = io.StringIO()
    csv.writer(table).writerows([["id", "text"], ["row-3", TEXT]])
    [row] = articles_of(Source.from_bytes("in.csv", table.getvalue().encode()))
    assert row.input_id == "row-3"


def test_feeds_keep_entry_ids_or_links() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title>'
        f"<item><guid>urn:port:1</guid><title>A</title><description>{TEXT}</description></item>"
        "<item><link>https://port.example/b</link><title>B</title>"
        f"<description>{TEXT} Again.</description></item>"
        "</channel></rss>"
    ).encode()
    ids = [a.input_id for a in articles_of(Source.from_bytes("port.rss", feed))]
    assert ids == ["urn:port:1", "https://port.example/b"]


def test_warc_keeps_record_ids() -> None:
    found = articles_of(Source.from_path(FIXTURES / "pages.warc.gz"))
    assert found and all(a.input_id and a.input_id.startswith("<urn:uuid:") for a in found), [
        a.input_id for a in found
    ]
    assert len({a.input_id for a in found}) == len(found)


def test_dumps_and_pages_have_none() -> None:
    for path in (EXAMPLES / "dump" / "iraq_tag_page.txt", FIXTURES / "article.html"):
        found = articles_of(Source.from_path(path))
        assert found and all(a.input_id is None for a in found)


def test_store_round_trip_and_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    # A database as version 3 left it, with one article and no input_id column.
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
    old = Article(
        id="old0000000000001", source="a.txt", title=None, published=None, authors=[],
        byline=None, outlet=None, language="en", url=None, line_start=1, line_end=2, text=TEXT,
    )  # fmt: skip
    from annalyst.ingest.dedup import DedupKeys

    with Store(db) as store:
        store.con.execute(
            "INSERT INTO articles (id, source, authors, text, ingested_at, exact_hash, minhash) "
            "VALUES (?, ?, [], ?, now()::TIMESTAMP, 'x', ''::BLOB)",
            [old.id, old.source, old.text],
        )
    monkeypatch.undo()
    with Store(db) as store:
        assert store.schema_version == migrations.latest_version() >= 4
        assert store.get_article(old.id).input_id is None  # type: ignore[union-attr]
        new = Article(**{**{f: getattr(old, f) for f in Article.__struct_fields__},
                         "id": "new0000000000001", "input_id": "rec-1"})  # fmt: skip
        store.add_articles([(new, DedupKeys(exact="y", minhash=b""))])
        assert store.get_article(new.id).input_id == "rec-1"  # type: ignore[union-attr]


def test_extract_and_articles_show_input_ids(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "[/b]rec-9", "text": TEXT}) + "\n")
    env = {**os.environ, "COLUMNS": "200"}
    cli = [sys.executable, "-m", "annalyst.cli", "--db", str(tmp_path / "i.duckdb")]
    extracted = subprocess.run(
        [*cli, "extract", "--no-nlp", str(records)], capture_output=True, text=True, env=env
    )
    [record] = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert record["input_id"] == "[/b]rec-9" and list(record)[:3] == ["kind", "id", "input_id"]
    subprocess.run([*cli, "ingest", "--no-nlp", str(records)], check=True, capture_output=True)
    listed = subprocess.run(
        [*cli, "articles", "--json"], capture_output=True, text=True, check=True, env=env
    )
    assert json.loads(listed.stdout)[0]["input_id"] == "[/b]rec-9"
    table = subprocess.run(
        [*cli, "articles", "--csv"], capture_output=True, text=True, check=True, env=env
    )
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert rows[0]["input_id"] == "[/b]rec-9"
    shown = subprocess.run(
        [*cli, "articles", "show", rows[0]["id"]], capture_output=True, text=True, env=env
    )
    assert "[/b]rec-9" in shown.stdout  # printed as text, not taken as markup


def test_draft_default() -> None:
    assert Draft(source="x", text="y").input_id is None
