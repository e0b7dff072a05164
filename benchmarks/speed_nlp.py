"""Cost of annalyst's NLP stages over the raw spaCy pipeline, measured in one run.

    python benchmarks/speed_nlp.py [--repeat N]

All pipelines use the same model on the same article texts (the seed dumps, or
the example dump when the seeds are absent): raw spaCy, then with each of
annalyst's stages added in turn (actors, places, quotes, events), and finally the
whole path of `annalyst extract` (read, segment, deduplicate, all stages). Each
measurement is repeated and the fastest run kept, which damps the noise of
small shared machines; the figures to compare are the ratios.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from annalyst.ingest.pipeline import extract
from annalyst.nlp.pipeline import DEFAULT_MODEL, build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
STAGES = ("actors", "places", "quotes", "events")


def _best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    source = SEEDS if SEEDS.is_dir() else ROOT / "examples" / "dump"
    texts = [a.text for a in extract([str(source)]) if a.language == "en" and not a.duplicate_of]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words:,} words, model {DEFAULT_MODEL}")

    raw = spacy.load(DEFAULT_MODEL)
    list(raw.pipe(texts[:3]))
    base = _best(lambda: list(raw.pipe(texts, batch_size=16)), args.repeat)
    print(f"raw spaCy nlp.pipe:            {base:7.2f} s  {words / base:9,.0f} words/s  (baseline)")
    for n in range(1, len(STAGES) + 1):
        nlp = build_pipeline(stages=STAGES[:n])
        list(nlp.pipe(texts[:3]))  # build matchers and caches outside the timing
        seconds = _best(lambda nlp=nlp: list(nlp.pipe(texts, batch_size=16)), args.repeat)
        print(
            f"+ {', '.join(STAGES[:n]):28s} {seconds:7.2f} s  {words / seconds:9,.0f} words/s  "
            f"ratio {base / seconds:.2f}x  (+{100 * (seconds / base - 1):.1f}%)"
        )

    full = build_pipeline()

    def whole_path() -> None:
        from annalyst.nlp.process import annotate_stream

        for _ in annotate_stream(extract([str(source)]), full):
            pass

    seconds = _best(whole_path, args.repeat)
    print(
        f"whole extract path (read, segment, dedup, all stages): {seconds:7.2f} s  "
        f"{words / seconds:9,.0f} words/s  ratio to raw spaCy {base / seconds:.2f}x"
    )


if __name__ == "__main__":
    main()
