"""End to end: the path `make demo` takes, re-ingestion, bad input, a killed run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BIN = [sys.executable, "-m", "annalyst.cli"]

pytestmark = pytest.mark.slow


def run(
    *args: str, db: Path, check: bool = True, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*BIN, "--db", str(db), *args],
        capture_output=True,
        text=True,
        input=stdin.decode() if stdin is not None else None,
        env={**os.environ, "COLUMNS": "200"},
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def test_demo_path_ingest_list_show_extract(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    first = run("ingest", str(EXAMPLES), db=db)
    assert "new articles" in first.stdout
    listed = json.loads(run("articles", "--json", "--limit", "0", db=db).stdout)
    assert len(listed) >= 15
    assert {a["kind"] for a in listed} == {"article"}
    assert any(a["duplicate_of"] for a in listed), "the example corpus holds syndicated copies"
    assert any(a["language"] == "ar" for a in listed)
    # Re-ingesting the same input adds nothing.
    run("ingest", str(EXAMPLES), db=db)
    again = json.loads(run("articles", "--json", "--limit", "0", db=db).stdout)
    assert len(again) == len(listed)
    shown = json.loads(run("articles", "show", listed[0]["id"][:8], "--json", db=db).stdout)
    assert shown["id"] == listed[0]["id"]
    csv_out = run("articles", "--csv", "--limit", "0", db=db).stdout.splitlines()
    assert csv_out[0].startswith("id,input_id,source,title") and len(csv_out) >= len(listed) + 1
    table = run("articles", "--since", "2021-01-01", "--until", "2021-12-31", db=db).stdout
    assert "article(s)" in table
    extracted = run("extract", str(EXAMPLES / "dump"), db=db).stdout.splitlines()
    records = [json.loads(line) for line in extracted]
    kinds = {r["kind"] for r in records}
    assert (
        {"article", "mention", "event", "place"}
        <= kinds
        <= {"article", "mention", "event", "place", "quote"}
    )
    articles = {r["id"] for r in records if r["kind"] == "article"}
    assert all(r["article_id"] in articles for r in records if r["kind"] == "mention")
    texts = {r["id"]: r["text"] for r in records if r["kind"] == "article"}
    for span in (r for r in records if r["kind"] in ("mention", "place", "quote")):
        assert texts[span["article_id"]][span["start"] : span["end"]] == span["text"]
    for event in (r for r in records if r["kind"] == "event"):
        text = texts[event["article_id"]]
        start = event["sentence_start"]
        assert text[start : start + len(event["sentence"])] == event["sentence"]
    assert set(records[0]) >= {
        "kind",
        "id",
        "source",
        "title",
        "published",
        "authors",
        "byline",
        "outlet",
        "language",
        "url",
        "line_start",
        "line_end",
        "text",
        "duplicate_of",
    }


def test_extract_reads_stdin(tmp_path: Path) -> None:
    dump = (ROOT / "tests" / "fixtures" / "dumps" / "mixed_formats.txt").read_bytes()
    result = run("extract", "--no-nlp", "-", db=tmp_path / "unused.duckdb", stdin=dump)
    assert len(result.stdout.splitlines()) == 3
    assert not (tmp_path / "unused.duckdb").exists()


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "inputs"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "prose.txt").write_text("just some notes without any article in them.\n" * 30)
    (bad / "good.txt").write_bytes(
        (ROOT / "tests" / "fixtures" / "dumps" / "mixed_formats.txt").read_bytes()
    )
    db = tmp_path / "x.duckdb"
    result = run("ingest", "--no-nlp", str(bad), db=db, check=False)
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "empty file" in result.stderr
    assert "binary.txt" in result.stderr and "binary" in result.stderr
    assert "prose.txt" in result.stderr and "no recognisable article" in result.stderr
    listed = json.loads(run("articles", "--json", db=db).stdout)
    assert len(listed) == 3
    missing = run("ingest", str(tmp_path / "nope.txt"), db=db, check=False)
    assert missing.returncode == 1 and "no such file" in missing.stderr


def _big_dump(path: Path, articles: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            out.write(f"Report number {i} on talks between the two delegations\n\n")
            out.write(f"{(i % 28) + 1} March 2022\n\nBy Staff, Agencies\n\n")
            for j in range(6):
                out.write(
                    f"Paragraph {j} of report {i}: officials met in the capital on Monday to discuss "
                    f"border security, trade and water, and agreed to meet again next month.\n\n"
                )


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path) -> None:
    dump = tmp_path / "big.txt"
    _big_dump(dump, 3000)
    db = tmp_path / "k.duckdb"
    proc = subprocess.Popen(
        [*BIN, "--db", str(db), "ingest", str(dump)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(6)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    run("ingest", "--no-nlp", str(dump), db=db)
    listed = json.loads(run("articles", "--json", "--limit", "0", db=db).stdout)
    assert len(listed) == 3000
    assert len({a["id"] for a in listed}) == 3000


def test_process_actors_and_unknown(tmp_path: Path) -> None:
    db = tmp_path / "p.duckdb"
    run("ingest", "--no-nlp", str(EXAMPLES / "dump"), db=db)
    first = run("process", db=db)
    assert "article(s) processed" in first.stdout
    assert "nothing to process" in run("process", db=db).stdout
    unknown = json.loads(run("actors", "--unknown", "--json", db=db).stdout)
    assert all(row["id"].startswith("~") for row in unknown)
    shown = json.loads(run("actors", "show", "qassem-soleimani", "--json", db=db).stdout)
    assert shown["name"] == "Qassem Soleimani" and shown["mentions"]
    found = json.loads(run("actors", "--search", "Kataeb Hezbollah", "--json", db=db).stdout)
    assert found[0]["id"] == "kataib-hezbollah"
    before = json.loads(run("actors", "--unknown", "--json", db=db).stdout)
    again = run(
        "--workers", "2", "process", "--all", db=db
    )  # worker processes give the same result
    assert "article(s) processed" in again.stdout
    assert json.loads(run("actors", "--unknown", "--json", db=db).stdout) == before


def test_bad_user_dictionary_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  name: X\n  type: martian\n", encoding="utf-8")
    result = run(
        "--actors",
        str(bad),
        "extract",
        str(EXAMPLES / "dump"),
        db=tmp_path / "u.duckdb",
        check=False,
    )
    assert result.returncode == 2
    assert "bad.yaml" in result.stderr and "type" in result.stderr


def test_petrarch_import_then_use(tmp_path: Path) -> None:
    source = tmp_path / "phoenix_like.txt"
    source.write_text(
        "# written for this test\nZUBAIR_FARMERS_UNION  [IRQBUS]\n+ZFU\nBROKEN_ENTRY [IRQGOV\n",
        encoding="utf-8",
    )
    out = tmp_path / "mine.yaml"
    result = run(
        "actors",
        "import",
        "--format",
        "petrarch",
        str(source),
        "-o",
        str(out),
        db=tmp_path / "x.duckdb",
    )
    assert "1 actor(s) written" in result.stdout
    assert "phoenix_like.txt:4" in result.stderr  # the malformed line, with its number
    found = json.loads(
        run(
            "--actors",
            str(out),
            "actors",
            "--search",
            "Zubair Farmers Union",
            "--json",
            db=tmp_path / "x.duckdb",
        ).stdout
    )
    assert found[0]["id"] == "zubair-farmers-union"


@pytest.fixture(scope="module")
def processed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("processed") / "p.duckdb"
    run("ingest", str(EXAMPLES), db=db)
    return db


def test_events_listing_and_filters(processed_db: Path) -> None:
    every = json.loads(run("events", "--json", "--limit", "0", db=processed_db).stdout)
    assert every and all(e["kind"] == "event" for e in every)
    assault = json.loads(
        run("events", "--type", "assault", "--json", "--limit", "0", db=processed_db).stdout
    )
    assert assault and all(e["event_type"] == "ASSAULT" for e in assault)
    claimed = json.loads(
        run("events", "--status", "claimed", "--json", "--limit", "0", db=processed_db).stdout
    )
    assert all(e["status"] == "claimed" for e in claimed)
    iraq = json.loads(
        run("events", "--country", "IRQ", "--json", "--limit", "0", db=processed_db).stdout
    )
    assert iraq and len(iraq) <= len(every)
    table = run("events", "--actor", "iran", db=processed_db).stdout
    assert "event(s)" in table


def test_event_exports(processed_db: Path, tmp_path: Path) -> None:
    plover = run("export", "events", "--format", "plover", db=processed_db).stdout.splitlines()
    first = json.loads(plover[0])
    assert {"id", "date", "source", "recipient", "event", "quad_code", "status"} <= set(first)
    cameo = run("export", "events", "--format", "cameo", db=processed_db).stdout.splitlines()
    header = cameo[0].split("\t")
    assert header[:3] == ["GLOBALEVENTID", "SQLDATE", "Actor1Code"] and len(cameo) > 1
    assert all(len(row.split("\t")) == len(header) for row in cameo[1:])
    rows = run("export", "events", "--format", "csv", db=processed_db).stdout.splitlines()
    assert rows[0].startswith("id,article_id,date")
    out = tmp_path / "events.parquet"
    run("export", "events", "--format", "parquet", "-o", str(out), db=processed_db)
    import duckdb

    count = duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()
    assert count is not None and count[0] == len(plover)
    bad = run("export", "events", "--format", "xml", db=processed_db, check=False)
    assert bad.returncode == 2 and "Unknown format" in bad.stderr
