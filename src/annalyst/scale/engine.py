"""`annalyst extract --engine spark`: inputs in, Parquet datasets per record kind out.

    from annalyst.scale.engine import run_spark
    summary = run_spark(["news/", "records.parquet"], "out/", master="local[*]")

Under ``out/``: ``articles/``, ``mentions/``, ``events/``, ``quotes/``, ``places/``,
``incidents/``, each a Parquet dataset with the JSON Lines schema's field names
(nested records as structs). ``articles/`` is partitioned by ``month`` (of
``published``) and ``events/`` by ``month`` (of the event's ``date``), ``unknown``
where there is none. Any path Spark can write works (local, ``hdfs://``,
``s3a://`` with the user's Hadoop configuration).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annalyst.ingest.limits import DEFAULT_LIMITS, Limits
from annalyst.ingest.model import Problem
from annalyst.scale.stages import ArticleRow, Input

if TYPE_CHECKING:
    from pyspark import RDD, Broadcast
    from pyspark.sql import SparkSession

KINDS = ("articles", "mentions", "events", "quotes", "places", "incidents")
_KIND_DIR = {"article": "articles", "mention": "mentions", "event": "events",
             "quote": "quotes", "place": "places", "incident": "incidents"}  # fmt: skip
PARTITIONED = {"articles": "published", "events": "date"}


@dataclass
class SparkSummary:
    inputs: int = 0
    articles: int = 0
    duplicates: int = 0
    records: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    partitions: int = 0
    seconds: float = 0.0
    # wall seconds per phase: "read" (reading and dedup), "nlp", "write" (incidents included)
    phases: dict[str, float] = field(default_factory=dict)


def _is_parquet(path: str) -> bool:
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        return True
    return p.is_dir() and any(p.glob("*.parquet")) and not any(p.glob("*.jsonl"))


def plan_inputs(
    paths: Iterable[str], pattern: str | None, limits: Limits
) -> tuple[list[Input], list[str], list[Problem]]:
    """Files to read (in the local engine's order), Parquet datasets, problems."""
    from annalyst.ingest.sources import iter_sources

    files: list[Input] = []
    parquet: list[str] = []
    problems: list[Problem] = []
    ordinary: list[str] = []
    for path in paths:
        (parquet if _is_parquet(path) else ordinary).append(path)
    for item in iter_sources(ordinary, pattern, limits):
        if isinstance(item, Problem):
            problems.append(item)
        elif item.path is None:
            problems.append(Problem(item.name, "standard input is not read by the Spark engine"))
        else:
            files.append(Input(len(files), str(item.path), item.name))
    return files, parquet, problems


def _parquet_rows(
    spark: SparkSession, path: str, first_index: int, input_format: str | None
) -> RDD[ArticleRow | Problem]:
    """Records of a Parquet dataset (``id``, ``text`` and the optional fields), read by
    the JSON Lines reader partition by partition."""
    from annalyst.ingest.model import Source
    from annalyst.scale.stages import read_drafts

    name = Path(path).name

    def read(index: int, lines: Iterable[str]) -> Iterable[ArticleRow | Problem]:
        from annalyst.ingest.readers.records import read_jsonl

        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        source = Source.from_bytes(name, data)
        yield from read_drafts(first_index + index, read_jsonl(source))

    # (typed loosely: some PySpark releases' stubs read toJSON as a column name)
    frame: Any = spark.read.parquet(path)
    rows: RDD[ArticleRow | Problem] = frame.toJSON().mapPartitionsWithIndex(read)
    return rows


def read_rows(
    spark: SparkSession,
    files: Sequence[Input],
    parquet: Sequence[str],
    input_format: str | None,
    limits: Limits,
) -> RDD[Any]:
    """Articles (`ArticleRow`) and problems of every input, read in tasks (kept: recomputing
    would read again)."""
    from pyspark import StorageLevel

    from annalyst.scale.stages import read_input

    sc = spark.sparkContext
    slices = max(1, min(len(files), sc.defaultParallelism * 4))
    rows: RDD[Any] = sc.parallelize(list(files), slices).flatMap(
        lambda item: read_input(item, input_format, limits)
    ) if files else sc.emptyRDD()  # fmt: skip
    for n, path in enumerate(parquet):
        rows = rows.union(_parquet_rows(spark, path, (len(files) + n) << 20, input_format))
    return rows.persist(StorageLevel.MEMORY_AND_DISK)


def collect_problems(rows: RDD[Any]) -> list[Problem]:
    found: list[Problem] = rows.filter(lambda r: isinstance(r, Problem)).collect()
    return found


def unique_articles(rows: RDD[Any]) -> RDD[Any]:
    """One `ArticleRow` per id: later rows with an id already read are dropped, as locally."""
    from pyspark import StorageLevel

    return (
        rows.filter(lambda r: isinstance(r, ArticleRow))
        .map(lambda r: (r.id, r))
        .reduceByKey(lambda a, b: a if a.order <= b.order else b)
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK)
    )


def link_setter(linked: Broadcast[dict[str, str]]) -> Callable[[ArticleRow], bytes]:
    """The article's JSON line with ``duplicate_of`` set from the broadcast links."""

    def with_link(row: ArticleRow) -> bytes:
        original = linked.value.get(row.id)
        if original is None:
            return row.article
        record = json.loads(row.article)
        record["duplicate_of"] = original
        return json.dumps(record, ensure_ascii=False).encode("utf-8")

    return with_link


def run_spark(
    paths: Sequence[str],
    output: str,
    *,
    master: str | None = None,
    input_format: str | None = None,
    pattern: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    model: str | None = None,
    actor_files: Sequence[Path] = (),
    partitions: int | None = None,
    incidents: bool = True,
    spark: SparkSession | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    explicit_schemas: bool = True,
) -> SparkSummary:
    """Run the whole pipeline on Spark and write one Parquet dataset per record kind
    (``explicit_schemas=False`` lets Spark infer the schemas instead, for comparisons)."""
    from pyspark import StorageLevel

    from annalyst.nlp.pipeline import DEFAULT_MODEL
    from annalyst.scale.dedup import duplicate_links
    from annalyst.scale.incidents import group_incidents
    from annalyst.scale.session import get_session
    from annalyst.scale.stages import annotate_partition

    started = time.perf_counter()
    spark = spark or get_session(master)
    sc = spark.sparkContext
    summary = SparkSummary()
    files, parquet, problems = plan_inputs(paths, pattern, limits)
    summary.inputs = len(files) + len(parquet)
    for problem in problems:
        summary.problems.append(problem)
        if on_problem:
            on_problem(problem)
    model_name = model or DEFAULT_MODEL
    actors = [str(Path(p).resolve()) for p in actor_files]
    rows = read_rows(spark, files, parquet, input_format, limits)
    for problem in collect_problems(rows):
        summary.problems.append(problem)
        if on_problem:
            on_problem(problem)
    articles = unique_articles(rows)
    links = duplicate_links(articles.map(lambda r: (r.order, r.id, r.exact, r.minhash)))
    linked = sc.broadcast(links)
    article_lines = articles.map(link_setter(linked))
    count = articles.count()
    summary.articles = count
    summary.duplicates = len(links)
    summary.partitions = partitions or max(sc.defaultParallelism, min(count // 64 + 1, 4096))
    originals: RDD[Any] = (
        articles.filter(lambda r: r.id not in linked.value)
        .sortBy(lambda r: r.order, numPartitions=summary.partitions)
        .map(lambda r: r.article)
    )
    nlp_out: RDD[Any] = originals.mapPartitions(
        lambda part: annotate_partition(part, model_name, actors)
    ).persist(StorageLevel.MEMORY_AND_DISK)
    summary.phases["read"] = time.perf_counter() - started
    nlp_out.count()  # computed once with every core, then written kind by kind
    summary.phases["nlp"] = time.perf_counter() - started - summary.phases["read"]
    outputs: dict[str, RDD[Any]] = {"articles": article_lines}
    for kind in ("mention", "event", "quote", "place"):
        outputs[_KIND_DIR[kind]] = nlp_out.filter(lambda kv, k=kind: kv[0] == k).values()  # type: ignore[misc]
    if incidents:
        reports: RDD[Any] = nlp_out.filter(lambda kv: kv[0] == "report").values()
        outputs["incidents"] = group_incidents(reports)
    for name, lines in outputs.items():
        path = f"{output.rstrip('/')}/{name}"
        summary.records[name] = _write(spark, lines, path, name, explicit_schemas)
    nlp_out.unpersist()
    articles.unpersist()
    rows.unpersist()
    summary.seconds = time.perf_counter() - started
    summary.phases["write"] = summary.seconds - summary.phases["read"] - summary.phases["nlp"]
    return summary


def _write(
    spark: SparkSession, lines: RDD[bytes], path: str, name: str, explicit_schema: bool = True
) -> int:
    """Write JSON lines as a Parquet dataset, parsed with the record type's schema
    (`annalyst.scale.spark_schema`), or with one Spark infers (an extra pass; for
    comparisons)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from annalyst.scale.spark_schema import dataset_schema

    schema = dataset_schema(name) if explicit_schema else None
    text = lines.map(lambda b: b.decode("utf-8"))
    # The parsed rows are kept by the JVM: counting fills the cache (the one pass through
    # Python workers), and the write reads it without going back to Python.
    frame = spark.read.json(text, schema=schema).persist(StorageLevel.MEMORY_AND_DISK)
    count = frame.count()
    if count == 0:
        frame.unpersist()
        empty = spark.createDataFrame([], schema or "kind string")
        empty.write.mode("overwrite").parquet(path)
        return 0
    column = PARTITIONED.get(name)
    writer_frame = frame
    if column is not None:
        month = F.substring(F.col(column).cast("string"), 1, 7)
        writer_frame = frame.withColumn(
            "month", F.when(F.length(month) == 7, month).otherwise(F.lit("unknown"))
        )
        writer_frame.write.mode("overwrite").partitionBy("month").parquet(path)
    else:
        writer_frame.write.mode("overwrite").parquet(path)
    frame.unpersist()
    return count


def read_output(spark: SparkSession, output: str, name: str) -> list[dict[str, Any]]:
    """A dataset written by `run_spark`, as plain dicts in the JSON Lines schema."""
    frame = spark.read.parquet(f"{output.rstrip('/')}/{name}")
    if "month" in frame.columns:
        frame = frame.drop("month")
    return [row.asDict(recursive=True) for row in frame.collect()]


def print_summary(summary: SparkSummary) -> None:
    counts = ", ".join(f"{summary.records.get(k, 0)} {k}" for k in KINDS)
    print(
        f"spark: {summary.inputs} input(s), {summary.articles} article(s) "
        f"({summary.duplicates} duplicate(s)), {summary.partitions} NLP partition(s): "
        f"{counts}; {summary.seconds:.1f} s",
        file=sys.stderr,
    )
