"""The Spark engine (local mode) gives the local engine's records, field by field.

One Spark run over the examples and the seeds (when ../shared/seeds is there)
is compared with one local run over the same inputs: every article, mention,
place, quote, event and incident, keyed by its id (or article and offsets).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annalyst.scale.dedup import resolve
from annalyst.scale.incidents import components

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"

KEYS = {
    "articles": ("id",),
    "mentions": ("article_id", "start", "end"),
    "places": ("article_id", "start", "end", "name"),
    "quotes": ("id",),
    "events": ("id",),
    "incidents": ("id",),
}
KIND_OF = {"article": "articles", "mention": "mentions", "place": "places", "quote": "quotes",
           "event": "events", "incident": "incidents"}  # fmt: skip


def _inputs() -> list[str]:
    paths = [str(EXAMPLES)]
    if SEEDS.is_dir():
        paths.append(str(SEEDS))
    return paths


def _local(paths: list[str]) -> dict[str, list[dict[str, Any]]]:
    from annalyst.aggregate.incidents import with_incidents
    from annalyst.ingest.pipeline import extract
    from annalyst.nlp.pipeline import build_pipeline
    from annalyst.nlp.process import annotate_stream
    from annalyst.schema import to_dict

    out: dict[str, list[dict[str, Any]]] = {k: [] for k in KEYS}
    for record in with_incidents(annotate_stream(extract(paths), build_pipeline())):
        data = to_dict(record)
        out[KIND_OF[data["kind"]]].append(data)
    return out


def _same(local: Any, spark: Any) -> bool:
    """Equal, where Spark's union schema may add keys a local record does not have (as null)."""
    if isinstance(local, dict) and isinstance(spark, dict):
        keys = set(local) | set(spark)
        return all(_same(local.get(k), spark.get(k)) for k in keys)
    if isinstance(local, list | tuple) and isinstance(spark, list | tuple):
        return len(local) == len(spark) and all(
            _same(a, b) for a, b in zip(local, spark, strict=True)
        )
    if isinstance(local, float) or isinstance(spark, float):
        return local is not None and spark is not None and abs(float(local) - float(spark)) < 1e-9
    return bool(local == spark)


def _differences(
    kind: str, local: list[dict[str, Any]], spark: list[dict[str, Any]]
) -> Iterator[str]:
    fields = KEYS[kind]
    by_key = {tuple(r[f] for f in fields): r for r in spark}
    assert len(by_key) == len(spark), f"{kind}: keys are not unique in the Spark output"
    for record in local:
        key = tuple(record[f] for f in fields)
        other = by_key.pop(key, None)
        if other is None:
            yield f"{kind} {key}: missing from the Spark output"
            continue
        for name in sorted(set(record) | set(other)):
            if not _same(record.get(name), other.get(name)):
                yield f"{kind} {key}: {name}: local {record.get(name)!r} != spark {other.get(name)!r}"
    for key in by_key:
        yield f"{kind} {key}: only in the Spark output"


@pytest.mark.slow
def test_spark_engine_matches_local_engine(spark: Any, tmp_path: Path) -> None:
    from annalyst.scale.engine import read_output, run_spark

    paths = _inputs()
    output = str(tmp_path / "out")
    summary = run_spark(paths, output, spark=spark)
    assert summary.articles > 0 and summary.records["events"] > 0
    local = _local(paths)
    problems: list[str] = []
    # Every field of every local record has its place in the dataset's explicit schema.
    from annalyst.scale.spark_schema import dataset_schema
    from test_spark_schema import covers

    for kind, records in local.items():
        schema = dataset_schema(kind)
        problems += [f"{kind}{p}" for record in records for p in covers(schema, record)]
    for kind in KEYS:
        records = read_output(spark, output, kind)
        assert len(records) == len(local[kind]), f"{kind}: {len(records)} != {len(local[kind])}"
        problems += list(_differences(kind, local[kind], records))
    assert not problems, "\n".join(problems[:20])
    assert summary.duplicates == sum(1 for a in local["articles"] if a["duplicate_of"])
    # Articles and events are partitioned by month.
    assert any(p.name.startswith("month=") for p in (tmp_path / "out" / "articles").iterdir())
    assert any(p.name.startswith("month=") for p in (tmp_path / "out" / "events").iterdir())


def test_pipeline_is_loaded_once_per_python_worker(spark: Any) -> None:
    from annalyst.scale.stages import loaded_pipelines

    # After the parity run (or none), a worker holds at most one pipeline per model.
    counts = spark.sparkContext.parallelize(range(4), 2).map(lambda _: loaded_pipelines()).collect()
    assert max(counts) <= 1


def test_resolve_follows_the_local_rules() -> None:
    # a, b exact copies; c near-copies a; d near-copies the duplicate b only (not indexed);
    # e an exact copy of c (points at c's original).
    involved = [
        ((0, 0), "a", "h1", True),
        ((0, 1), "b", "h1", True),
        ((0, 2), "c", "h2", True),
        ((0, 3), "d", "h3", True),
        ((0, 4), "e", "h2", True),
    ]
    pairs = [((0, 2), (0, 0)), ((0, 3), (0, 1))]
    assert resolve(involved, pairs) == {"b": "a", "c": "a", "e": "a"}


def test_blocks_join_families_that_share_a_mode() -> None:
    blocks = components(
        [("ASSAULT",), ("COERCE", "mode:arrest"), ("SANCTION", "mode:arrest"), ("AID",)]
    )
    assert blocks["COERCE"] == blocks["SANCTION"] == blocks["mode:arrest"]
    assert blocks["ASSAULT"] != blocks["AID"] != blocks["COERCE"]


def test_cli_checks_engine_options() -> None:
    from typer.testing import CliRunner

    from annalyst.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["extract", "--engine", "spark", str(EXAMPLES / "records")])
    assert result.exit_code == 2 and "--output" in result.output
    result = runner.invoke(app, ["extract", "--output", "out", str(EXAMPLES / "records")])
    assert result.exit_code == 2 and "--engine spark" in result.output
    result = runner.invoke(app, ["extract", "--engine", "flink", str(EXAMPLES / "records")])
    assert result.exit_code == 2


def test_resolve_indexes_stored_originals_first_and_never_links_them() -> None:
    # s1, s2: originals already in a store (negative input index), sharing an exact hash;
    # a copies s1 exactly; b near-copies s2; c is s1 read again (same id): no link.
    involved = [
        ((-1, 1), "s1", "h1", True),
        ((-1, 2), "s2", "h1", True),
        ((-1, 3), "s3", "h2", True),
        ((0, 0), "a", "h1", True),
        ((0, 1), "b", "h3", True),
        ((0, 2), "s1", "h1", True),
    ]
    pairs = [((0, 1), (-1, 3))]
    assert resolve(involved, pairs) == {"a": "s1", "b": "s3"}
