"""CPU time of each of annalyst's NLP stages on documents spaCy has already parsed.

    python benchmarks/speed_stages.py [--words 60000] [--repeat 3]

The corpus is the one `speed_scale.py` uses (the examples and the seeds, then
mixtures of them, see `corpus.py`). spaCy's own components run once, outside the
timing; then, `--repeat` times, every document is copied and annalyst's
components (actors, places, quotes, events) and the record building run over the
copies, each timed with `time.process_time` (CPU time: the machines are shared and
noisy). The first pass is reported on its own, because an `extract` run is one
pass: the remembered lookups (gazetteer, aliases, agent phrases) start empty
there too. The fastest pass shows the stages with those lookups warm.

With ``--no-gc`` the parsed documents are frozen out of the collector's sight and
automatic collection is off during the timed passes: the figures are then the
stages' own work, not the collector walking the whole parsed corpus (an `extract`
run holds one batch of documents at a time, and its collector runs rarely).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spacy.language import Language
from spacy.tokens import Doc

from annalyst.nlp.pipeline import MAX_CHARS, build_pipeline, records_of
from annalyst.schema import Article
from corpus import records, source_articles, write_jsonl


def _parsed(words: int) -> tuple[list[Article], list[Doc], Language]:
    """The corpus's original articles, parsed by spaCy's components only, and the pipeline."""
    from annalyst.ingest.pipeline import extract

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write_jsonl(path, records(source_articles(), words=words))
        articles = [a for a in extract([str(path)]) if not a.duplicate_of]
    nlp = build_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("annalyst_")]
    made = []
    for article in articles:
        doc = nlp.make_doc(article.text[:MAX_CHARS])
        doc._.article_id = article.id
        doc._.published = article.published
        made.append(doc)
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(made, batch_size=16))
    list(nlp.pipe([articles[0].text]))  # the same warm-up as `extract` gets at start-up
    return articles, docs, nlp


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-gc", action="store_true", help="freeze the documents, no collection")
    args = parser.parse_args()
    articles, docs, nlp = _parsed(args.words)
    ours = [name for name in nlp.pipe_names if name.startswith("annalyst_")]
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words (CPU seconds)")
    best: dict[str, float] = {}
    for run in range(args.repeat):
        copies = [doc.copy() for doc in docs]
        gc.collect()
        if args.no_gc:
            gc.freeze()
            gc.disable()
        times = dict.fromkeys([*ours, "records"], 0.0)
        for article, doc in zip(articles, copies, strict=True):
            for name in ours:
                start = time.process_time()
                doc = nlp.get_pipe(name)(doc)
                times[name] += time.process_time() - start
            start = time.process_time()
            records_of(article, doc)
            times["records"] += time.process_time() - start
        gc.enable()
        gc.unfreeze()
        for name, seconds in times.items():
            best[name] = min(best.get(name, seconds), seconds)
        if run == 0:
            _report("first pass", times)
    _report(f"fastest of {args.repeat}", best)


def _report(label: str, times: dict[str, float]) -> None:
    stages = sum(v for k, v in times.items() if k != "records")
    parts = ", ".join(f"{k.removeprefix('annalyst_')} {v:.2f}" for k, v in times.items())
    print(f"{label}: stages {stages:.2f} s ({parts})")


if __name__ == "__main__":
    main()
