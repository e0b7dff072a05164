"""Train and measure the learned reader of broad attributions (:mod:`annalyst.nlp.quotes.learned`).

Experimental (issue 8): whether a small logistic model over every word with a complement
can bring annalyst's quote recall on the PolNeAR articles toward the 0.90 asked, where
the rules stop at about 0.71 on the held-aside fifth because PolNeAR counts as
attributions stances and conduct no quote rule reads ("was eyeing X", "vied for X",
"did not identify X").

Only the ``tune`` part of the set is read for training and for every choice (features,
regularisation, threshold); ``report`` is read once, by ``report`` below, to evaluate
the final model, and only its aggregate figures are printed. Run from the repository
root:

    python benchmarks/train_attributions.py          # 5-fold CV on tune, then train on all
                                                     # of tune and write the model file
    python benchmarks/train_attributions.py cv       # the CV figures only
    python benchmarks/train_attributions.py report   # the one evaluation on the report fifth
    python benchmarks/train_attributions.py speed    # its cost on the seeds

How it works:

* The pipeline (actors and quotes) parses each article once with the rules alone; a
  recorder in place of the scorer keeps the candidates the component would score, exactly
  as it sees them at run time (outside the rules' records and cues).
* A candidate is a positive when its content overlaps a gold content by the scorer's
  rule (at least half of the shorter span).
* The model: L2-regularised logistic regression over binary features, fitted with
  L-BFGS in numpy (``train_recipients.fit``). The regularisation and the threshold are
  chosen on out-of-fold probabilities of a 5-fold CV by article: the threshold is the
  lowest that keeps the precision of all records, rules' and model's, at 0.90 or more,
  so that turning the model on never makes more than one record in ten wrong.

Findings (model of the commit that added this script; 70 tune articles, 2,514
candidates of which 641 positive, 2,363 weights, a 76 kB file):

* 5-fold CV by article on tune (rules alone → rules with the model at the chosen
  strength 1.0 and threshold 0.6): recall 0.789 → 0.819, precision 0.948 → 0.908, F1
  0.861 → 0.861, speaker accuracy (sources left unresolved) 0.947 → 0.930. Every
  candidate kept would give recall 0.928 at precision 0.571: the 0.90 asked is within
  the candidates, not within what 70 articles teach a model to pick from them.
* Tried and dropped on the CV: candidates without a source (recall at precision 0.90
  the same, speaker accuracy lower), the parser's token vectors as features (worse at
  every strength), the source's lemma, the governing word's lemma and the type of the
  source's actor (no gain: the simpler features kept).
* The one evaluation on the held-aside fifth (14 articles, 351 attributions): recall
  0.7094 → 0.7464, precision 0.9459 → 0.9367, F1 0.8108 → 0.8308, speaker accuracy
  0.9262 → 0.9105, cue accuracy 0.9237 → 0.9157 (the gate's ``polnear_broad``). Two
  earlier versions were also measured there once each while the features were being
  settled on tune (candidates without a source: recall 0.758, precision 0.910, speaker
  0.881; the source's lemma as a feature: recall 0.744, precision 0.919, speaker
  0.910). The model stays off by default: speaker accuracy falls under 0.92.
* On the seeds it adds 55 stance records (a model of the same features), about half
  of them real stances or statements the rules missed ("US sources rule out …",
  "Iraqis recognize that …") and half conduct told as fact.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import public
import tasks_polnear as tp
from annalyst.nlp.pipeline import build_pipeline
from annalyst.nlp.quotes import QuoteSpan, resolved_quotes
from annalyst.nlp.quotes.component import QuoteExtractor
from annalyst.nlp.quotes.learned import MODEL_FILE, Candidate, StanceScorer
from train_recipients import fit, fold_of

FOLDS = 5
STRENGTHS = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.30 + 0.05 * k, 2) for k in range(12))
MIN_PRECISION = 0.90


class Recorder(StanceScorer):
    """Keeps the candidates the component offers and chooses none."""

    def __init__(self) -> None:
        super().__init__({})
        self.found: list[Candidate] = []

    def choose(self, found: Sequence[Candidate]) -> list[Candidate]:
        self.found = list(found)
        return []


@dataclass
class Article:
    record: dict[str, Any]
    doc: Doc
    rules: list[QuoteSpan]
    found: list[Candidate]
    labels: list[int]


def _extractor(nlp: Language) -> QuoteExtractor:
    extractor = nlp.get_pipe("annalyst_quotes")
    assert isinstance(extractor, QuoteExtractor)
    return extractor


def prepare(part: public.Part = "tune") -> list[Article]:
    nlp = build_pipeline(stages=("actors", "quotes"))
    recorder = Recorder()
    _extractor(nlp).stances = recorder
    articles = []
    for record in public.records(tp.NAME, part):
        text = record["text"]
        doc = nlp.make_doc(text)
        doc._.published = record.get("published")
        recorder.found = []
        doc = nlp(doc)
        gold = [
            tp._trim(text, a["content"]["start"], a["content"]["end"])
            for a in record["attributions"]
            if a.get("content")
        ]
        labels = []
        for c in recorder.found:
            span = tp._trim(text, c.content.start_char, c.content.end_char)
            labels.append(int(any(tp.overlaps(span, g) for g in gold)))
        articles.append(Article(record, doc, resolved_quotes(doc), recorder.found, labels))
    return articles


def as_quote(c: Candidate) -> QuoteSpan:
    """A candidate as the benchmark reads a record (its source unresolved)."""
    source = c.source
    return QuoteSpan(
        start=c.content.start_char,
        end=c.content.end_char,
        text=c.content.text,
        type="indirect",
        speaker=None,
        speaker_text=source.text if source is not None else None,
        speaker_start=source.idx if source is not None else None,
        speaker_end=source.idx + len(source.text) if source is not None else None,
        cue=c.cue.text,
        cue_start=c.cue.idx,
        cue_end=c.cue.idx + len(c.cue.text),
        medium=None,
        act="stance",
    )


def out_of_fold(articles: Sequence[Article], strength: float) -> list[list[float]]:
    """Each candidate's probability from a model trained on the other folds."""
    probs: list[list[float]] = [[0.0] * len(a.found) for a in articles]
    folds = [fold_of(str(a.record["id"]), FOLDS) for a in articles]
    for k in range(FOLDS):
        rows = [c.features for a, f in zip(articles, folds, strict=True) if f != k for c in a.found]
        labels = [y for a, f in zip(articles, folds, strict=True) if f != k for y in a.labels]
        scorer = StanceScorer(fit(rows, labels, strength))
        for j, (a, f) in enumerate(zip(articles, folds, strict=True)):
            if f == k:
                probs[j] = [scorer.probability(c.features) for c in a.found]
    return probs


class _Fixed(StanceScorer):
    """Chooses as the component does, by probabilities given in advance (out-of-fold
    ones), keyed by the candidates' feature lists."""

    def __init__(self, found: Sequence[Candidate], probs: Sequence[float], threshold: float):
        super().__init__({}, threshold)
        self._probs = {id(c.features): p for c, p in zip(found, probs, strict=True)}

    def probability(self, names: Any) -> float:
        return self._probs[id(names)]


def figures(
    articles: Sequence[Article], probs: Sequence[Sequence[float]] | None, threshold: float
) -> dict[str, float]:
    tally = tp.Tally()
    for a, p in zip(articles, probs or [None] * len(articles), strict=True):
        added = [] if p is None else _Fixed(a.found, p, threshold).choose(a.found)
        tp.score_record(a.record, a.doc, a.rules + [as_quote(c) for c in added], tally)
    return tally.figures()


def _show(name: str, figs: dict[str, float]) -> None:
    keys = ("quote_recall", "quote_precision", "quote_f1", "speaker_accuracy")
    shown = ("recall", "precision", "f1", "speaker")
    print(
        f"{name:28s} " + "  ".join(f"{w} {figs[k]:.4f}" for w, k in zip(shown, keys, strict=True))
    )


def cross_validate(articles: Sequence[Article]) -> tuple[float, float]:
    """The CV figures; the regularisation and threshold chosen."""
    n = sum(len(a.found) for a in articles)
    print(
        f"{len(articles)} articles, {n} candidates, {sum(sum(a.labels) for a in articles)} positive"
    )
    _show("rules alone", figures(articles, None, 1.0))
    best: tuple[float, float, float] = (-1.0, 1.0, 1.0)
    for strength in STRENGTHS:
        probs = out_of_fold(articles, strength)
        for threshold in THRESHOLDS:
            figs = figures(articles, probs, threshold)
            _show(f"C={strength} t={threshold}", figs)
            if figs["quote_precision"] >= MIN_PRECISION and figs["quote_recall"] > best[0]:
                best = (figs["quote_recall"], strength, threshold)
    print(f"chosen: strength {best[1]}, threshold {best[2]} (CV recall {best[0]:.4f})")
    return best[1], best[2]


def train(articles: Sequence[Article], strength: float, threshold: float) -> StanceScorer:
    rows = [c.features for a in articles for c in a.found]
    labels = [y for a in articles for y in a.labels]
    weights = {k: round(v, 5) for k, v in fit(rows, labels, strength).items() if abs(v) >= 1e-4}
    return StanceScorer(weights, threshold)


def report() -> None:
    """The one evaluation on the held-aside fifth: rules alone, then with the model."""
    for broad in (False, True):
        nlp = build_pipeline(stages=("actors", "quotes"), broad_attributions=broad)
        tally = tp.Tally()
        for record in public.records(tp.NAME, "report"):
            doc = nlp.make_doc(record["text"])
            doc._.published = record.get("published")
            doc = nlp(doc)
            tp.score_record(record, doc, resolved_quotes(doc), tally)
        figs = tally.figures()
        _show("with the model" if broad else "rules alone", figs)


def speed() -> None:
    """Seconds for the quotes stage over the seeds, with and without the model."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*")) if p.is_file()]
    for broad in (False, True, False, True):
        nlp = build_pipeline(stages=("actors", "quotes"), broad_attributions=broad)
        started = time.perf_counter()
        docs = list(nlp.pipe(texts))
        took = time.perf_counter() - started
        stances = sum(q["act"] == "stance" for d in docs for q in d._.quotes)
        print(f"broad={broad!s:5s} {took:6.2f} s  stance records {stances}")


def main(argv: list[str]) -> None:
    if not public.available(tp.NAME):
        print(public.skip_reason(tp.NAME))
        return
    command = argv[0] if argv else "all"
    if command == "report":
        report()
        return
    if command == "speed":
        speed()
        return
    articles = prepare("tune")
    strength, threshold = cross_validate(articles)
    if command == "all":
        scorer = train(articles, strength, threshold)
        MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
        MODEL_FILE.write_text(json.dumps(scorer.to_dict(), indent=0) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE} ({len(scorer.weights)} weights)")


if __name__ == "__main__":
    main(sys.argv[1:])
