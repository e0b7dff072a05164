"""The Spark engine on a synthetic corpus made from the examples, in local mode.

    python benchmarks/spark_scale.py [--articles 10000] [--master local[2]] [--partitions N]
    python benchmarks/spark_scale.py --articles 1000 --compare-schemas [--repeat 2]

The corpus is `--articles` new articles mixed from the examples' paragraphs (see
`corpus.py`: no two are near-duplicates, so all of them reach the NLP stages),
written as one JSON Lines file per 500 articles. The run is `run_spark` as
`annalyst extract --engine spark` calls it; the figures are the wall time (session
start included), articles and words per second, per core, and the partitions.

`--compare-schemas` runs the same corpus with Spark inferring each dataset's schema
(the engine's former write path) and with the explicit schemas from
`annalyst.schema`, alternately in one session after a small warm-up run (so both
find the model loaded in the Python workers), and prints the time of each phase
and the ratio of the two.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from annalyst.scale.engine import print_summary, run_spark
from annalyst.scale.session import get_session
from corpus import records, source_articles, write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the corpus and the output")
    parser.add_argument(
        "--compare-schemas", action="store_true", help="inferred against explicit schemas"
    )
    parser.add_argument("--repeat", type=int, default=1, help="pairs of runs (--compare-schemas)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="annalyst-spark-"))
    inputs = tmp / "inputs"
    inputs.mkdir()
    rows = records(source_articles(with_seeds=False), count=args.articles)
    words = 0
    for n in range(0, len(rows), 500):
        words += write_jsonl(inputs / f"part-{n // 500:04d}.jsonl", rows[n : n + 500])
    print(f"corpus: {len(rows)} articles, {words:,} words in {len(rows) // 500 + 1} files")
    started = time.perf_counter()
    spark = get_session(args.master, app_name="annalyst-bench")
    cores = spark.sparkContext.defaultParallelism
    session_s = time.perf_counter() - started
    if args.compare_schemas:
        compare_schemas(spark, inputs, tmp, len(rows), words, args)
        spark.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    summary = run_spark([str(inputs)], str(tmp / "out"), spark=spark, partitions=args.partitions)
    wall = time.perf_counter() - started
    print_summary(summary)
    rate = summary.articles / wall
    print(
        f"master {args.master} ({cores} cores): {wall:.0f} s wall (session {session_s:.0f} s), "
        f"{rate:.2f} articles/s, {words / wall:,.0f} words/s, "
        f"{rate / cores:.2f} articles/s per core, {summary.partitions} NLP partitions"
    )
    spark.stop()
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


def compare_schemas(
    spark: Any, inputs: Path, tmp: Path, articles: int, words: int, args: argparse.Namespace
) -> None:
    warm = tmp / "warm"
    warm.mkdir()
    first = next(inputs.glob("*.jsonl")).read_text(encoding="utf-8").splitlines()
    (warm / "warm.jsonl").write_text("\n".join(first[:20]) + "\n", encoding="utf-8")
    run_spark([str(warm)], str(tmp / "warm-out"), spark=spark, partitions=args.partitions)
    cores = spark.sparkContext.defaultParallelism
    results: dict[str, list[float]] = {"inferred": [], "explicit": []}
    for n in range(args.repeat):
        for label in ("inferred", "explicit") if n % 2 == 0 else ("explicit", "inferred"):
            out = tmp / f"out-{label}-{n}"
            summary = run_spark(
                [str(inputs)], str(out), spark=spark, partitions=args.partitions,
                explicit_schemas=label == "explicit",
            )  # fmt: skip
            phases = ", ".join(f"{k} {v:.0f} s" for k, v in summary.phases.items())
            print(
                f"{label:9} run {n + 1}: {summary.seconds:.0f} s ({phases}), "
                f"{summary.articles / summary.seconds:.2f} articles/s "
                f"({summary.articles / summary.seconds / cores:.2f} per core), "
                f"{words / summary.seconds:,.0f} words/s"
            )
            results[label].append(summary.seconds)
            results[label + " write"] = [
                *results.get(label + " write", []),
                summary.phases["write"],
            ]
            shutil.rmtree(out, ignore_errors=True)
    inferred, explicit = sum(results["inferred"]), sum(results["explicit"])
    print(
        f"{articles} articles, {args.repeat} pair(s): inferred {inferred:.0f} s, explicit "
        f"{explicit:.0f} s: explicit runs at {inferred / explicit:.2f}x the inferred speed; "
        f"write phase {sum(results['inferred write']):.0f} s -> "
        f"{sum(results['explicit write']):.0f} s"
    )


if __name__ == "__main__":
    main()
