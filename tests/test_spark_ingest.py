"""`ingest --engine spark` fills the DuckDB store as local `ingest` (with its `process`)
does: every table compared row by row and field by field (run timestamps aside), on
a fresh store and on one that already holds articles; a re-run adds nothing.

Uses the test run's one Spark session (the `spark` fixture; the command joins it).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from annalyst.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# A record of our own beside copies of the examples' records: a second batch in which
# most articles are already stored and one is new.
EXTRA_RECORD = {
    "id": "test-basra-arrests",
    "title": "Police detain two suspects after Basra market blast",
    "published": "2023-04-12",
    "outlet": "Levant Wire",
    "text": (
        "Police in Basra arrested two men on Wednesday after a bomb exploded in a crowded "
        "market, the provincial governor said.\n\nThe governor told reporters that the "
        "suspects would be questioned by investigators in the city."
    ),
}


def _tables(db: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table's columns (timestamps of the run left out) and its rows, sorted."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        names = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
            "AND table_name <> 'schema_migrations' ORDER BY 1"
        ).fetchall()
        for (table,) in names:
            columns = [
                str(c)
                for c, kind in con.execute(
                    "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                    "ORDER BY column_index",
                    [table],
                ).fetchall()
                if not str(kind).startswith("TIMESTAMP")
            ]
            # `seq` orders the articles; its values may differ (a local insert that
            # conflicts with a stored id still draws a number), their order may not.
            select = ", ".join(
                "row_number() OVER (ORDER BY seq)" if c == "seq" else f'"{c}"' for c in columns
            )
            rows = con.execute(f"SELECT {select} FROM {table}").fetchall()
            out[str(table)] = (columns, sorted(rows, key=repr))
        return out
    finally:
        con.close()


def _differences(local: Path, spark: Path) -> list[str]:
    ours, theirs = _tables(local), _tables(spark)
    problems: list[str] = []
    assert set(ours) == set(theirs)
    for table, (columns, rows) in ours.items():
        other_columns, other_rows = theirs[table]
        assert columns == other_columns, table
        if len(rows) != len(other_rows):
            problems.append(f"{table}: {len(rows)} rows locally, {len(other_rows)} with spark")
            continue
        for row, other in zip(rows, other_rows, strict=True):
            for name, a, b in zip(columns, row, other, strict=True):
                if a != b:
                    problems.append(f"{table} row {row[0]!r}: {name}: local {a!r} != spark {b!r}")
    return problems


def _ingest(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.slow
def test_spark_ingest_stores_what_local_ingest_and_process_store(
    spark: Any, tmp_path: Path
) -> None:
    second = tmp_path / "second"
    second.mkdir()
    lines = (EXAMPLES / "records" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    lines.append(json.dumps(EXTRA_RECORD))
    (second / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "html" / "pope_francis_najaf_sistani.html", second)

    local, distributed = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    _ingest(local, str(EXAMPLES))
    _ingest(distributed, "--engine", "spark", str(EXAMPLES))
    assert not _differences(local, distributed), "\n".join(_differences(local, distributed)[:20])

    # A second batch: known files skipped, known articles neither stored nor annotated again.
    # The stored articles' keys go through a staging directory of our choosing (on a
    # cluster, one the executors can read), which is left as it was found.
    staging = tmp_path / "staging"
    staging.mkdir()
    _ingest(local, str(second))
    output = _ingest(distributed, "--engine", "spark", "--staging", str(staging), str(second))
    assert "articles already stored" in output
    assert list(staging.iterdir()) == []
    problems = _differences(local, distributed)
    assert not problems, "\n".join(problems[:20])
    con = duckdb.connect(str(distributed), read_only=True)
    stored = con.execute(
        "SELECT count(*) FROM articles WHERE input_id = ?", [EXTRA_RECORD["id"]]
    ).fetchone()
    con.close()
    assert stored == (1,)

    # Re-running on the same inputs adds nothing (and does not start Spark at all).
    before = _tables(distributed)
    output = _ingest(distributed, "--engine", "spark", str(EXAMPLES), str(second))
    assert _tables(distributed) == before
    assert "files already ingested" in output


def test_spark_ingest_checks_its_options(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "x.duckdb")
    result = runner.invoke(app, ["--db", db, "ingest", "--master", "local[1]", str(EXAMPLES)])
    assert result.exit_code == 2 and "--engine spark" in result.output
    result = runner.invoke(app, ["--db", db, "ingest", "--staging", str(tmp_path), str(EXAMPLES)])
    assert result.exit_code == 2 and "--engine spark" in result.output
    result = runner.invoke(app, ["--db", db, "ingest", "--engine", "flink", str(EXAMPLES)])
    assert result.exit_code == 2 and "flink" in result.output
    result = runner.invoke(app, ["--db", db, "ingest", "--engine", "spark", "-"])
    assert result.exit_code == 2 and "standard input" in result.output
