"""The whole `annalyst extract` path against raw spaCy, start-up, workers and memory, in one run.

    python benchmarks/speed_scale.py [--words 60000] [--workers 1 2] [--rss 10 100]

Every figure is a wall time of a fresh process, as a user sees it, measured in
the same run as its baseline (the machines are small and noisy; compare ratios):

* start-up: `annalyst extract` on a one-sentence JSON Lines file, cold (empty
  compiled-knowledge cache) and warm, against a process that only loads the spaCy
  model and parses the sentence;
* throughput: `annalyst extract` (read, language, dedup, every NLP stage,
  incidents, JSON output) on about `--words` words (the examples and the seeds,
  then mixtures of them, see `corpus.py`), against a process that loads the same
  model and runs `nlp.pipe` (batch 16) over the very texts `extract` annotates;
  the ratio is given including start-up, and excluding it (each side minus its
  one-sentence run);
* workers: the same corpus with `--workers N` (raw spaCy with `n_process=N` alongside);
* memory: peak resident set of the largest process for `extract` on 10× and 100×
  the examples (new articles, not copies, so that the dedup index grows).

annalyst's modules are byte-compiled first, as installing a wheel does (spaCy's
already are): an editable install run with PYTHONDONTWRITEBYTECODE would otherwise
compile annalyst's source again in every measured process (about 0.2 s).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import annalyst.nlp.pipeline as annalyst_pipeline
from annalyst.nlp.pipeline import DEFAULT_MODEL, MAX_CHARS
from corpus import records, source_articles, write_jsonl

RAW = """
import json, sys
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[3])):
    pass
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[2:], stdout=out).returncode
wall = time.perf_counter() - start
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def measure(command: list[str], stdout: Path, env: dict[str, str]) -> tuple[float, int]:
    """(wall seconds, peak RSS of the largest process in KB) of a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(stdout), *command],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    wall, rss, code = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{command} failed ({code}): {done.stderr[-2000:]}")
    return float(wall), int(rss)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--rss", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest is kept")
    args = parser.parse_args()
    annalyst = str(Path(sys.executable).with_name("annalyst"))
    tmp = Path(tempfile.mkdtemp(prefix="annalyst-speed-"))
    env = dict(os.environ, ANNALYST_CACHE_DIR=str(tmp / "cache"))
    sink = tmp / "out.jsonl"
    package = Path(annalyst_pipeline.__file__).parent.parent  # the annalyst package
    compileall.compile_dir(package, quiet=1)

    def best(command: list[str]) -> tuple[float, int]:
        runs = [measure(command, sink, env) for _ in range(args.repeat)]
        return min(runs)

    # -- start-up
    one = tmp / "one.jsonl"
    sentence = "Iraqi forces attacked the base in Baghdad on Monday, the ministry said."
    one.write_text(json.dumps({"id": "one", "text": sentence}) + "\n", encoding="utf-8")
    (tmp / "one.json").write_text(json.dumps([sentence]), encoding="utf-8")
    raw_one = best([sys.executable, "-c", RAW, str(tmp / "one.json"), DEFAULT_MODEL, "1"])[0]
    cold = measure([annalyst, "extract", str(one)], sink, env)[0]
    warm = best([annalyst, "extract", str(one)])[0]
    print(f"model {DEFAULT_MODEL}; start-up (one sentence): raw spaCy {raw_one:.2f} s, "
          f"extract cold {cold:.2f} s, warm {warm:.2f} s")  # fmt: skip

    # -- throughput (--words 0 skips it)
    if args.words:
        throughput(args, annalyst, tmp, env, sink, best, raw_one, warm)

    # -- memory
    examples = source_articles(with_seeds=False)
    for factor in args.rss:
        path = tmp / f"x{factor}.jsonl"
        rows = records(examples, count=factor * len(examples))
        n_words = write_jsonl(path, rows)
        started = time.perf_counter()
        _wall, rss = measure([annalyst, "extract", str(path)], sink, env)
        print(f"{factor}x the examples ({len(rows)} articles, {n_words:,} words): "
              f"peak RSS {rss / 1024:.0f} MB, {time.perf_counter() - started:.0f} s")  # fmt: skip


def throughput(
    args: argparse.Namespace,
    annalyst: str,
    tmp: Path,
    env: dict[str, str],
    sink: Path,
    best: Callable[[list[str]], tuple[float, int]],
    raw_one: float,
    warm: float,
) -> None:
    base = source_articles()
    corpus = tmp / "corpus.jsonl"
    words = write_jsonl(corpus, records(base, words=args.words))
    subprocess.run([annalyst, "extract", "--no-nlp", str(corpus)], stdout=sink.open("wb"),
                   env=env, check=True)  # fmt: skip
    texts = [
        r["text"][:MAX_CHARS]
        for r in map(json.loads, sink.read_text(encoding="utf-8").splitlines())
        if r["kind"] == "article" and not r["duplicate_of"]
    ]
    (tmp / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    print(f"corpus: {len(texts)} articles annotated, {words:,} words")
    base_raw = None
    base_ext = None
    for n in args.workers:
        raw = best([sys.executable, "-c", RAW, str(tmp / "texts.json"), DEFAULT_MODEL, str(n)])[0]
        full, rss = best([annalyst, "--workers", str(n), "extract", str(corpus)])
        base_raw = base_raw or raw
        base_ext = base_ext or full
        net = (raw - raw_one) / max(full - warm, 1e-9)
        print(
            f"workers {n}: raw spaCy {raw:6.1f} s, extract {full:6.1f} s "
            f"({words / full:,.0f} words/s, {len(texts) / full:.2f} articles/s, peak {rss / 1024:.0f} MB); "
            f"ratio to raw {raw / full:.2f}x incl. start-up, {net:.2f}x excl.; "
            f"speed-up over 1 worker: extract {base_ext / full:.2f}x, raw {base_raw / raw:.2f}x"
        )


if __name__ == "__main__":
    main()
