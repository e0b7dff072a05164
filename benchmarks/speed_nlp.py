"""Cost of annalyst's NLP components over the raw spaCy pipeline, measured in one run.

    python benchmarks/speed_nlp.py [--repeat N]

Both pipelines use the same model on the same article texts (the seed dumps, or
the example dump when the seeds are absent). Each is run twice, alternating, and
the faster run of each is kept, which damps the noise of small shared machines.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from annalyst.ingest.pipeline import extract
from annalyst.nlp.pipeline import DEFAULT_MODEL, build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _time(nlp: spacy.language.Language, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    source = SEEDS if SEEDS.is_dir() else ROOT / "examples" / "dump"
    texts = [a.text for a in extract([str(source)]) if a.language == "en" and not a.duplicate_of]
    words = sum(len(t.split()) for t in texts)
    raw = spacy.load(DEFAULT_MODEL)
    full = build_pipeline()
    raw_times, full_times = [], []
    _time(full, texts[:5])  # warm caches of both
    _time(raw, texts[:5])
    for _ in range(args.repeat):
        raw_times.append(_time(raw, texts))
        full_times.append(_time(full, texts))
    raw_s, full_s = min(raw_times), min(full_times)
    print(f"{len(texts)} articles, {words:,} words, model {DEFAULT_MODEL}")
    print(f"raw spaCy nlp.pipe:     {raw_s:7.2f} s  {words / raw_s:9,.0f} words/s")
    print(f"with annalyst actors:   {full_s:7.2f} s  {words / full_s:9,.0f} words/s")
    print(f"actor resolution adds {100 * (full_s / raw_s - 1):.1f}% to the raw pipeline's time")


if __name__ == "__main__":
    main()
