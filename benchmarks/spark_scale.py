"""The Spark engine on a synthetic corpus made from the examples, in local mode.

    python benchmarks/spark_scale.py [--articles 10000] [--master local[2]] [--partitions N]

The corpus is `--articles` new articles mixed from the examples' paragraphs (see
`corpus.py`: no two are near-duplicates, so all of them reach the NLP stages),
written as one JSON Lines file per 500 articles. The run is `run_spark` as
`annalyst extract --engine spark` calls it; the figures are the wall time (session
start included), articles and words per second, per core, and the partitions.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

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


if __name__ == "__main__":
    main()
