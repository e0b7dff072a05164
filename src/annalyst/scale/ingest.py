"""`annalyst ingest --engine spark`: read, deduplicate and annotate with Spark, then
store the records in the DuckDB store with the store's own writers.

    from annalyst.scale.ingest import ingest_spark
    with Store("news.duckdb") as store:
        summary = ingest_spark(["news/"], store, master="local[*]")

The store ends up as `annalyst ingest` (and the `process` it runs) leave it:

* files already read completely (same SHA-256) are skipped, and recorded in the
  store's `files` table as the local engine records them;
* the originals already in the store take part in deduplication as the local
  index's existing entries (the driver writes their ids and dedup keys to a
  Parquet file Spark reads), and articles whose id is already stored are neither
  stored again nor annotated;
* the new articles are streamed back to the driver in input order
  (`toLocalIterator`, one partition at a time) and written by the local engine's
  batch writer, so they get the same ids, `seq` and duplicate links;
* the NLP stages run in Spark tasks; each original article's records come back
  with it and go through `Store.save_annotations`, in the same order.

Incidents are then updated by the caller with the local incremental update
(`annalyst.aggregate.update`), which reads the stored incidents the new events
can join, chunk by chunk, exactly as after a local `process`.

The driver holds one partition of records at a time (partitions of about 64
articles), never the whole corpus. The existing keys go through a directory the
driver writes and Spark reads (a temporary one by default): on a cluster, and
with a store that already holds articles, pass ``staging`` on a file system the
executors see.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from annalyst.ingest.limits import DEFAULT_LIMITS, Limits
from annalyst.ingest.model import Problem
from annalyst.scale.stages import ArticleRow, Input
from annalyst.schema import Article

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

    from annalyst.store.db import Store

SAVE_EVERY = 32  # articles' annotations per store transaction (as `process_store`)


@dataclass
class SparkIngestSummary:
    inputs: int = 0
    skipped: int = 0  # files read completely before (same bytes)
    articles: int = 0  # new articles stored
    duplicates: int = 0  # of which duplicates
    already_stored: int = 0  # articles read whose id the store already held
    annotated: int = 0  # original articles annotated and saved
    records: dict[str, int] = field(default_factory=dict)
    failed_files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    partitions: int = 0
    seconds: float = 0.0

    @property
    def failed_records(self) -> int:
        return sum(1 for p in self.problems if p.location is not None)

    @property
    def ok(self) -> bool:
        return not self.failed_files and not self.problems


@dataclass
class _File:
    input: Input
    digest: str
    size: int
    problems: int = 0
    failure: str | None = None


def _digests(
    files: Sequence[Input], done: set[str], limits: Limits, summary: SparkIngestSummary,
    report: Callable[[Problem], None],
) -> list[_File]:  # fmt: skip
    """The files to read: not read completely before, nor twice in this run."""
    from annalyst.ingest.guard import describe
    from annalyst.ingest.pipeline import file_digest
    from annalyst.scale.stages import source_for

    todo: list[_File] = []
    seen = set(done)
    for item in files:
        source = source_for(item, limits)
        try:
            digest = file_digest(source)
        except Exception as exc:
            summary.failed_files.append(item.name)
            report(Problem(item.name, describe(exc)))
            continue
        if digest in seen:
            summary.skipped += 1
            continue
        seen.add(digest)
        todo.append(_File(item, digest, source.size()))
    return todo


def _export_existing(store: Store, staging: str) -> str | None:
    """Ids, order and dedup keys of the stored articles, as Parquet; None for an empty store."""
    if store.count_articles() == 0:
        return None
    path = str(Path(staging) / "existing.parquet")
    with store.batch() as con:
        con.execute(
            "COPY (SELECT id, seq, exact_hash, minhash, duplicate_of IS NULL AS original "
            f"FROM articles) TO '{path.replace(chr(39), chr(39) * 2)}' (FORMAT parquet)"
        )
    return path


def _existing_meta(frame: Any) -> RDD[Any]:
    """Stored originals as dedup rows ordered before every input, in the order stored."""
    meta: RDD[Any] = frame.rdd.filter(lambda r: r.original).map(
        lambda r: ((-1, int(r.seq)), r.id, r.exact_hash, bytes(r.minhash or b""))
    )
    return meta


def ingest_spark(
    paths: Sequence[str],
    store: Store,
    *,
    master: str | None = None,
    input_format: str | None = None,
    pattern: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    model: str | None = None,
    actor_files: Sequence[Path] = (),
    partitions: int | None = None,
    nlp: bool = True,
    staging: str | None = None,
    spark: SparkSession | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> SparkIngestSummary:
    """Read, deduplicate and (unless not `nlp`) annotate the inputs on Spark; store the
    new articles and their annotations. Incidents are left to `update_incidents`."""
    from annalyst.scale.engine import collect_problems, plan_inputs, read_rows, unique_articles
    from annalyst.scale.session import get_session

    started = time.perf_counter()
    summary = SparkIngestSummary()

    def report(problem: Problem) -> None:
        summary.problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    files, parquet, problems = plan_inputs(paths, pattern, limits)
    for problem in problems:
        summary.failed_files.append(problem.source)
        report(problem)
    summary.inputs = len(files) + len(parquet)
    todo = _digests(files, store.done_digests(), limits, summary, report)
    by_name = {f.input.name: f for f in todo}
    if not todo and not parquet:  # nothing new to read: Spark is not even started
        summary.seconds = time.perf_counter() - started
        return summary
    spark = spark or get_session(master)
    with tempfile.TemporaryDirectory(prefix="annalyst-spark-", dir=staging) as tmp:
        existing_path = _export_existing(store, tmp)
        rows = read_rows(spark, [f.input for f in todo], parquet, input_format, limits)
        for problem in collect_problems(rows):
            report(problem)
            owner = by_name.get(problem.source)
            if owner is not None:
                owner.problems += 1
                if problem.location is None:
                    owner.failure = problem.reason
        articles = unique_articles(rows)
        existing = spark.read.parquet(existing_path) if existing_path else None
        try:
            _store_run(spark, store, todo, articles, existing, summary, model, actor_files,
                       partitions, nlp)  # fmt: skip
        finally:
            articles.unpersist()
            rows.unpersist()
    for item in todo:
        if item.failure is not None:
            summary.failed_files.append(item.input.name)
    summary.seconds = time.perf_counter() - started
    return summary


def _store_run(
    spark: SparkSession, store: Store, files: list[_File], articles: RDD[Any], existing: Any,
    summary: SparkIngestSummary, model: str | None, actor_files: Sequence[Path],
    partitions: int | None, nlp: bool,
) -> None:  # fmt: skip
    from pyspark import StorageLevel

    from annalyst.nlp.pipeline import DEFAULT_MODEL
    from annalyst.scale.dedup import duplicate_links
    from annalyst.scale.engine import link_setter

    sc = spark.sparkContext
    keep = StorageLevel.MEMORY_AND_DISK
    meta: RDD[Any] = articles.map(lambda r: (r.order, r.id, r.exact, r.minhash))
    if existing is not None:
        meta = meta.union(_existing_meta(existing))
        known: RDD[Any] = existing.rdd.map(lambda r: (r.id, True))
        new: RDD[Any] = articles.keyBy(lambda r: r.id).subtractByKey(known).values()
    else:
        new = articles
    links = duplicate_links(meta)
    linked = sc.broadcast(links)
    with_link = link_setter(linked)
    read = articles.count()
    count = new.count()
    summary.already_stored = read - count
    summary.partitions = partitions or max(sc.defaultParallelism, min(count // 64 + 1, 4096))
    ordered: RDD[Any] = new.sortBy(lambda r: r.order, numPartitions=summary.partitions).persist(
        keep
    )
    stored = ordered.map(lambda r: (r.order[0], r.exact, r.minhash, with_link(r)))
    _write_articles(store, files, stored, summary)
    if nlp:
        model_name = model or DEFAULT_MODEL
        actors = [str(Path(p).resolve()) for p in actor_files]
        _save_annotations(store, ordered, linked, model_name, actors, summary)
    ordered.unpersist()


def _stream(rdd: RDD[Any]) -> Iterator[Any]:
    """The rows of a (persisted) RDD in order, one partition at a time on the driver.

    The RDD is computed first with all cores (``count``); `toLocalIterator` then only
    fetches the kept partitions, instead of computing them one job after another."""
    rdd.count()
    yield from rdd.toLocalIterator()


def _write_articles(
    store: Store, files: list[_File], stored: RDD[Any], summary: SparkIngestSummary
) -> None:
    """Begin each file, add its articles, finish it, in input order, in store batches."""
    from annalyst.ingest.dedup import DedupKeys
    from annalyst.ingest.pipeline import BatchWriter

    decode = msgspec.json.Decoder(Article).decode
    writer = BatchWriter(store)
    waiting = iter(files)
    upcoming = next(waiting, None)
    current: tuple[_File, dict[str, int]] | None = None

    def finish() -> None:
        nonlocal current
        if current is not None:
            item, mark = current
            status = "failed" if item.failure is not None else "done"
            summary.articles += writer.finish_file(
                mark, item.digest, status, item.problems, item.failure
            )
            current = None

    def reach(index: int) -> None:
        """Make input `index` the open file (when it is one), finishing those before."""
        nonlocal current, upcoming
        if current is not None and current[0].input.index == index:
            return
        while upcoming is not None and upcoming.input.index <= index:
            finish()
            current = (upcoming, writer.begin_file(upcoming.input.name, upcoming.digest,
                                                    upcoming.size))  # fmt: skip
            upcoming = next(waiting, None)
        if current is not None and current[0].input.index != index:
            finish()

    for index, exact, minhash, line in _stream(stored):
        reach(index)
        article = decode(line)
        if article.duplicate_of:
            summary.duplicates += 1
        summary.articles += writer.add(article, DedupKeys(exact=exact, minhash=minhash))
    reach(1 << 62)  # files left (those without articles) are begun and finished too
    finish()
    summary.articles += writer.flush()


def _save_annotations(
    store: Store, ordered: RDD[Any], linked: Any, model: str, actors: list[str],
    summary: SparkIngestSummary,
) -> None:  # fmt: skip
    from pyspark import StorageLevel

    from annalyst.scale.stages import annotate_for_store
    from annalyst.schema import Event, Mention, Place, Quote

    originals: RDD[Any] = ordered.filter(lambda r: r.id not in linked.value).map(
        lambda r: r.article
    )
    annotated: RDD[Any] = originals.mapPartitions(
        lambda part: annotate_for_store(part, model, actors)
    ).persist(StorageLevel.MEMORY_AND_DISK)
    decode = msgspec.json.Decoder(Mention | Event | Quote | Place).decode
    names = {Mention: "mentions", Event: "events", Quote: "quotes", Place: "places"}
    counts = {name: 0 for name in names.values()}
    pending: list[tuple[str, list[msgspec.Struct]]] = []
    for article_id, lines in _stream(annotated):
        records: list[msgspec.Struct] = [decode(line) for line in lines.splitlines() if line]
        for record in records:
            counts[names[type(record)]] += 1
        pending.append((article_id, records))
        if len(pending) >= SAVE_EVERY:
            store.save_annotations(pending)
            summary.annotated += len(pending)
            pending = []
    if pending:
        store.save_annotations(pending)
        summary.annotated += len(pending)
    summary.records = counts
    annotated.unpersist()


__all__ = ["ArticleRow", "SparkIngestSummary", "ingest_spark"]
