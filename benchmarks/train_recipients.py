"""Train and measure the learned recipient scorer (:mod:`annalyst.nlp.events.learned`).

Experimental (issue 8): whether a small logistic model that re-reads every candidate
recipient of an event beats the rules alone on the public ConfliBERT CAMEO sentences. It
did in cross-validation but not on the held-aside fifth, so it ships off by default
(findings below).

Only the ``tune`` part of the set is read for training and for every choice (features,
regularisation, thresholds); ``report`` is read once, by ``report`` below, to evaluate
the final model. Run from the repository root:

    python benchmarks/train_recipients.py          # 5-fold CV on tune, then train on all
                                                   # of tune and write the model file
    python benchmarks/train_recipients.py cv       # the CV figures only
    python benchmarks/train_recipients.py train    # the model file only
    python benchmarks/train_recipients.py report   # the one evaluation on the report fifth
    python benchmarks/train_recipients.py speed    # its cost per document on the seeds

How it works:

* The pipeline parses the sentences once; a recorder in place of the scorer keeps every
  event's candidates (rules' recipients plus other actor phrases of the sentence) and
  their features, exactly as the scorer sees them at run time.
* Training examples are the candidates of each sentence's **main event** only (the
  event a coder codes: among those naming who acts, the one whose trigger is highest in
  the parse, as ``tasks_conflibert`` scores it). The set annotates one event a sentence,
  so the recipients of side events are not labelled; training on them as negatives would
  teach the model to strip every side event. The features carry nothing that tells a
  main event from a side one (no trigger depth), and the model is applied to every event.
* A candidate is a positive when its words share a content word with a gold ``target``
  or ``both`` span (the scorer's token overlap).
* The model: L2-regularised logistic regression over binary features, fitted with
  L-BFGS in numpy; a threshold for keeping the rules' recipients and one for adding
  others. Regularisation and thresholds are chosen by an inner 4-fold CV (the outer
  test fold is never seen), maximising target F1 + main-event target F1 with the
  candidates' out-of-fold probabilities.
* The outer figures run the real events component over the test fold, with and without
  the model.

The model file holds feature names (dependency labels, prepositions, event types, lemma
classes the rules already name) and weights, no words of the data.

Findings (model of commit 12d875b; 914 tune sentences, 773 main events, 1,449 candidates,
601 of them positive; the model file is 260 kB, 5,395 weights):

* 5-fold nested CV on tune, mean ± standard deviation over folds (rules → rules with
  the model): target F1 0.652 ± 0.013 → 0.663 ± 0.011 (delta +0.010 ± 0.005, better in
  5/5 folds); main-event target F1 0.680 ± 0.016 → 0.696 ± 0.012 (+0.016 ± 0.006, 5/5);
  source F1 0.848 and main-event source F1 0.876 unchanged; events per sentence
  unchanged. Pooled over the folds, a paired bootstrap over sentences puts the gains at
  +0.011 (95% interval +0.001 … +0.021) and +0.016 (+0.006 … +0.028). Of the 148
  recipients the rules gave to the 304 events that are not their sentence's main one,
  the model dropped 2 and added 13.
* These CV figures are optimistic: the feature set and the candidate constraints were
  chosen while looking at out-of-fold figures on the same tune part.
* The one evaluation on the held-aside report fifth (239 sentences): target F1 0.6067
  → 0.6117, main-event target F1 0.6472 → 0.6414, source F1 0.8323 unchanged. The gain
  did not carry over, so the rules are kept: the model is off by default (the
  ``learned_recipients`` config value of ``annalyst_events``).
* On annalyst's own events_dev set (exact sets of recipients), recipient accuracy 0.588
  → 0.583: the model adds places and pronouns that the public annotation often marks as
  targets and annalyst's conventions do not.
* Cost when on: about 2.5 ms a seed article (about 1% of raw spaCy's time), mostly
  reading every noun phrase of a sentence as a possible actor; nothing when off.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

import public
import tasks_conflibert as tc
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.component import EventExtractor
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.learned import MODEL_FILE, Candidate, RecipientScorer, candidates
from annalyst.nlp.syntax import depth

NAME = tc.NAME
FOLDS = 5
INNER = 4
LAMBDAS = (3.0, 10.0)
KEEP = (0.0, 0.2, 0.3, 0.4, 0.5)
ADD = (0.5, 0.6, 0.7, 0.8, 1.01)
_KEY = "annalyst.train.candidates"


class Recorder(RecipientScorer):
    """Keeps each event's candidates on its document and leaves the rules' choice."""

    def __init__(self) -> None:
        super().__init__({})

    def rescore(self, draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
        if not draft.actors:
            return  # the scorer leaves these to the rules
        found = candidates(draft, self.heads(draft.trigger, mentions))
        keys = [(a.get("start"), a.get("end")) for a in draft.recipients]
        draft.trigger.doc.user_data.setdefault(_KEY, {})[draft.trigger.idx] = (found, keys)


@dataclass
class Sentence:
    record: dict[str, Any]
    doc: Doc
    events: list[dict[str, Any]]  # the rules' events, with trigger depth
    # trigger offset → (candidates, the rules' recipients at the hook)
    found: dict[int, tuple[list[Candidate], list[tuple[Any, Any]]]] = field(default_factory=dict)
    main: int | None = None  # trigger offset of the main event
    labels: list[int] = field(default_factory=list)  # of the main event's candidates


def _extractor(nlp: Language) -> EventExtractor:
    extractor = nlp.get_pipe("annalyst_events")
    assert isinstance(extractor, EventExtractor)
    return extractor


def fold_of(record_id: str, folds: int = FOLDS, salt: str = "cv") -> int:
    digest = hashlib.sha256(f"{salt}:{record_id}".encode()).digest()
    return digest[0] % folds


def _with_depth(doc: Doc) -> list[dict[str, Any]]:
    events = []
    for event in doc._.events or []:
        span = doc.char_span(event["trigger_start"], event["trigger_start"] + 1, "expand")
        level = min((depth(t) for t in span), default=0) if span is not None else 0
        events.append(dict(event, depth=level))
    return events


def _gold_words(record: dict[str, Any]) -> set[int]:
    text = record["text"]
    out: set[int] = set()
    for span in record["spans"]:
        if span["role"] in ("target", "both"):
            out |= tc._content_words(text, span["start"], span["end"])
    return out


def _words(actor: dict[str, Any], text: str) -> set[int]:
    span = tc._actor_span(actor, text)
    if span is None:
        return set()
    words = tc._content_words(text, *span)
    if isinstance(actor.get("ref_start"), int):
        words |= tc._content_words(text, actor["ref_start"], actor["ref_end"])
    return words


def prepare(nlp: Language, records: list[dict[str, Any]]) -> list[Sentence]:
    extractor = _extractor(nlp)
    extractor.recipients = Recorder()
    out = []
    for record, doc in zip(
        records, nlp.pipe([r["text"] for r in records], batch_size=32), strict=True
    ):
        sentence = Sentence(record, doc, _with_depth(doc), dict(doc.user_data.get(_KEY, {})))
        main = tc._main_event(sentence.events)
        if main is not None and main["trigger_start"] in sentence.found:
            sentence.main = main["trigger_start"]
            gold = _gold_words(record)
            text = record["text"]
            found, _ = sentence.found[sentence.main]
            sentence.labels = [int(bool(_words(c.actor, text) & gold)) for c in found]
        out.append(sentence)
    extractor.recipients = None
    return out


# --- the model -----------------------------------------------------------------------


class Design:
    """Binary feature rows as flat (row, column) pairs over a fixed vocabulary."""

    def __init__(self, vocabulary: dict[str, int], rows: Sequence[Sequence[str]]) -> None:
        r: list[int] = []
        c: list[int] = []
        for n, names in enumerate(rows):
            for name in names:
                col = vocabulary.get(name)
                if col is not None:
                    r.append(n)
                    c.append(col)
        self.rows = np.asarray(r, dtype=np.int64)
        self.cols = np.asarray(c, dtype=np.int64)
        self.n = len(rows)
        self.d = len(vocabulary)

    def scores(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.n)

    def back(self, r: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=r[self.rows], minlength=self.d)


def _lbfgs(
    f: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x: np.ndarray,
    memory: int = 10,
    iterations: int = 400,
    tolerance: float = 1e-7,
) -> np.ndarray:
    value, grad = f(x)
    s_list: list[np.ndarray] = []
    y_list: list[np.ndarray] = []
    for _ in range(iterations):
        q = grad.copy()
        alphas = []
        for s, y in zip(reversed(s_list), reversed(y_list), strict=True):
            a = float(s @ q) / float(y @ s)
            alphas.append(a)
            q -= a * y
        if s_list:
            q *= float(s_list[-1] @ y_list[-1]) / float(y_list[-1] @ y_list[-1])
        for (s, y), a in zip(zip(s_list, y_list, strict=True), reversed(alphas), strict=True):
            b = float(y @ q) / float(y @ s)
            q += (a - b) * s
        direction = -q
        slope = float(grad @ direction)
        if slope >= 0:
            direction, slope = -grad, -float(grad @ grad)
        step = 1.0
        while True:
            candidate = x + step * direction
            new_value, new_grad = f(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s_new, y_new = candidate - x, new_grad - grad
        x, grad = candidate, new_grad
        done = abs(value - new_value) <= tolerance * max(1.0, abs(value))
        value = new_value
        if float(y_new @ s_new) > 1e-12:
            s_list.append(s_new)
            y_list.append(y_new)
            if len(s_list) > memory:
                s_list.pop(0)
                y_list.pop(0)
        if done:
            break
    return x


def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], strength: float) -> dict[str, float]:
    """L2 logistic regression; the bias feature is not penalised."""
    names = sorted({name for row in rows for name in row})
    vocabulary = {name: i for i, name in enumerate(names)}
    design = Design(vocabulary, rows)
    y = np.asarray(labels, dtype=np.float64)
    penalty = np.full(len(names), strength)
    if "bias" in vocabulary:
        penalty[vocabulary["bias"]] = 0.0

    def objective(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = design.scores(w)
        loss = float(np.sum(np.logaddexp(0.0, z) - y * z)) + 0.5 * float(penalty @ (w * w))
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        return loss, design.back(p - y) + penalty * w

    w = _lbfgs(objective, np.zeros(len(names)))
    return {name: float(w[i]) for i, name in enumerate(names)}


def examples(sentences: Sequence[Sentence]) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    labels: list[int] = []
    for s in sentences:
        if s.main is None:
            continue
        found, _ = s.found[s.main]
        rows.extend(c.features for c in found)
        labels.extend(s.labels)
    return rows, labels


def train(sentences: Sequence[Sentence], strength: float) -> RecipientScorer:
    rows, labels = examples(sentences)
    return RecipientScorer(fit(rows, labels, strength))


# --- scoring --------------------------------------------------------------------------


def figures(pairs: Sequence[tuple[dict[str, Any], list[dict[str, Any]]]]) -> dict[str, float]:
    """The scorer's figures (all events and main event) for sentences and their events."""
    every, main = tc.Scores(), tc.Scores()
    for record, events in pairs:
        every.add_sentence(record, events)
        chosen = tc._main_event(events)
        main.add_sentence(record, [chosen] if chosen is not None else [])
    out = every.figures()
    for key, value in main.figures().items():
        if key.startswith(("source_", "target_")):
            out[f"main_{key}"] = value
    return out


_COUNTS = ("tp_pred", "pred", "tp_gold", "gold")


def sentence_counts(record: dict[str, Any], events: list[dict[str, Any]]) -> list[int]:
    """One sentence's target counts (all events, then the main event), for pooling and
    resampling: true and all predicted spans, found and all gold spans."""
    every, main = tc.Scores(), tc.Scores()
    every.add_sentence(record, events)
    chosen = tc._main_event(events)
    main.add_sentence(record, [chosen] if chosen is not None else [])
    return [s.counts[f"target_{c}"] for s in (every, main) for c in _COUNTS]


def _f1(counts: np.ndarray) -> np.ndarray:
    """Target F1 from summed counts (last axis: tp_pred, pred, tp_gold, gold)."""
    p = counts[..., 0] / np.maximum(counts[..., 1], 1)
    r = counts[..., 2] / np.maximum(counts[..., 3], 1)
    return np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)


def bootstrap(rules: np.ndarray, learned: np.ndarray, draws: int = 2000) -> dict[str, Any]:
    """Pooled target F1 (all events, main event) of both, and a paired bootstrap over
    sentences of the difference: its 95% interval and how often it is above zero."""
    rng = np.random.default_rng(0)
    picks = rng.integers(0, len(rules), size=(draws, len(rules)))
    out: dict[str, Any] = {}
    for name, cols in (("target_f1", slice(0, 4)), ("main_target_f1", slice(4, 8))):
        a, b = rules[:, cols], learned[:, cols]
        delta = _f1(b[picks].sum(axis=1)) - _f1(a[picks].sum(axis=1))
        out[name] = (
            float(_f1(a.sum(axis=0))),
            float(_f1(b.sum(axis=0))),
            float(np.percentile(delta, 2.5)),
            float(np.percentile(delta, 97.5)),
            float((delta > 0).mean()),
        )
    return out


def proxy_events(
    s: Sentence, probabilities: dict[int, list[float]], keep: float, add: float
) -> list[dict[str, Any]]:
    """The rules' events with recipients chosen from out-of-fold probabilities (events
    whose recipients a later stage rewrote keep theirs)."""
    out = []
    for event in s.events:
        entry = s.found.get(event["trigger_start"])
        probs = probabilities.get(event["trigger_start"])
        final = [(a.get("start"), a.get("end")) for a in event["recipients"]]
        if entry is None or probs is None or final != entry[1]:
            out.append(event)
            continue
        kept, added = [], []
        for c, p in zip(entry[0], probs, strict=True):
            if c.by_rules and p >= keep:
                kept.append(c.actor)
            elif not c.by_rules and p >= add:
                added.append((c.anchor.i, c.actor))
        chosen = kept + [a for _, a in sorted(added, key=lambda pair: pair[0])]
        out.append(dict(event, recipients=chosen))
    return out


def out_of_fold(
    sentences: Sequence[Sentence], strength: float, folds: int, salt: str
) -> list[dict[int, list[float]]]:
    """Each sentence's candidate probabilities from a model that did not see it."""
    part = [fold_of(s.record["id"], folds, salt) for s in sentences]
    out: list[dict[int, list[float]]] = [{} for _ in sentences]
    for k in range(folds):
        model = train([s for s, f in zip(sentences, part, strict=True) if f != k], strength)
        for n, (s, f) in enumerate(zip(sentences, part, strict=True)):
            if f == k:
                out[n] = {
                    t: [model.probability(c.features) for c in found]
                    for t, (found, _) in s.found.items()
                }
    return out


def objective(figs: dict[str, float]) -> float:
    return figs["target_f1"] + figs["main_target_f1"]


def select(
    sentences: Sequence[Sentence], folds: int, salt: str
) -> tuple[float, float, float, dict[str, float]]:
    """Regularisation and thresholds by CV inside the given sentences."""
    best: tuple[float, float, float, float, dict[str, float]] | None = None
    for strength in LAMBDAS:
        probs = out_of_fold(sentences, strength, folds, salt)
        for keep in KEEP:
            for add in ADD:
                pairs = [
                    (s.record, proxy_events(s, p, keep, add))
                    for s, p in zip(sentences, probs, strict=True)
                ]
                figs = figures(pairs)
                value = objective(figs)
                if best is None or value > best[0] + 1e-9:
                    best = (value, strength, keep, add, figs)
    assert best is not None
    return best[1], best[2], best[3], best[4]


def run_component(
    nlp: Language, sentences: Sequence[Sentence], model: RecipientScorer | None
) -> tuple[dict[str, float], list[list[dict[str, Any]]]]:
    """The real events component over the sentences, with or without the model."""
    extractor = _extractor(nlp)
    extractor.recipients = model
    pairs = []
    for s in sentences:
        extractor(s.doc)
        pairs.append((s.record, _with_depth(s.doc)))
    extractor.recipients = None
    return figures(pairs), [events for _, events in pairs]


def side_changes(
    rules: list[list[dict[str, Any]]], learned: list[list[dict[str, Any]]]
) -> dict[str, int]:
    """How the model changed the recipients of events that are not their sentence's main
    one: the rules' recipients it dropped and the recipients it added."""
    out = {"side_events": 0, "side_recipients": 0, "side_dropped": 0, "side_added": 0}
    for before, after in zip(rules, learned, strict=True):
        main = tc._main_event(before)
        by_trigger = {e["trigger_start"]: e for e in after}
        for event in before:
            if main is not None and event["trigger_start"] == main["trigger_start"]:
                continue
            out["side_events"] += 1
            old = {(a.get("start"), a.get("end")) for a in event["recipients"]}
            out["side_recipients"] += len(old)
            other = by_trigger.get(event["trigger_start"])
            new = {(a.get("start"), a.get("end")) for a in (other or {}).get("recipients", [])}
            out["side_dropped"] += len(old - new)
            out["side_added"] += len(new - old)
    return out


KEYS = (
    "target_f1",
    "target_precision",
    "target_recall",
    "main_target_f1",
    "main_target_precision",
    "main_target_recall",
    "source_f1",
    "main_source_f1",
    "events_per_sentence",
)


def cross_validate(nlp: Language, sentences: list[Sentence]) -> None:
    per_fold: dict[str, list[dict[str, float]]] = {"rules": [], "learned": []}
    pooled: dict[str, list[list[int]]] = {"rules": [], "learned": []}
    changes: dict[str, int] = {}
    part = [fold_of(s.record["id"]) for s in sentences]
    for k in range(FOLDS):
        training = [s for s, f in zip(sentences, part, strict=True) if f != k]
        testing = [s for s, f in zip(sentences, part, strict=True) if f == k]
        strength, keep, add, inner = select(training, INNER, f"inner{k}")
        model = train(training, strength)
        model.keep_threshold, model.add_threshold = keep, add
        rules, before = run_component(nlp, testing, None)
        learned, after = run_component(nlp, testing, model)
        per_fold["rules"].append(rules)
        per_fold["learned"].append(learned)
        for s, old, new in zip(testing, before, after, strict=True):
            pooled["rules"].append(sentence_counts(s.record, old))
            pooled["learned"].append(sentence_counts(s.record, new))
        for key, value in side_changes(before, after).items():
            changes[key] = changes.get(key, 0) + value
        print(
            f"fold {k}: {len(testing)} sentences; chosen lambda={strength} keep={keep} "
            f"add={add} (inner target {inner['target_f1']:.3f} main {inner['main_target_f1']:.3f})"
        )
        for key in KEYS[:3] + KEYS[3:4] + KEYS[6:7]:
            print(f"   {key:22s} rules {rules[key]:.4f}  learned {learned[key]:.4f}")
    print("\nCV over tune (5 folds; mean ± standard deviation across folds; delta per fold)")
    for key in KEYS:
        a = np.array([f[key] for f in per_fold["rules"]])
        b = np.array([f[key] for f in per_fold["learned"]])
        delta = b - a
        print(
            f"   {key:22s} rules {a.mean():.4f} ± {a.std(ddof=1):.4f}   learned "
            f"{b.mean():.4f} ± {b.std(ddof=1):.4f}   delta {delta.mean():+.4f} ± "
            f"{delta.std(ddof=1):.4f} (folds better: {int((delta > 1e-9).sum())}/{FOLDS})"
        )
    print(f"   side events (not their sentence's main one): {changes}")
    print("pooled over the 5 test folds, with a paired bootstrap over sentences (2000 draws)")
    spread = bootstrap(np.array(pooled["rules"]), np.array(pooled["learned"]))
    for key, (a, b, low, high, share) in spread.items():
        print(
            f"   {key:22s} rules {a:.4f}  learned {b:.4f}  delta {b - a:+.4f} "
            f"(95% interval {low:+.4f} … {high:+.4f}; above zero in {share:.0%} of draws)"
        )


def build(sentences: list[Sentence]) -> dict[str, Any]:
    strength, keep, add, figs = select(sentences, FOLDS, "cv")
    model = train(sentences, strength)
    weights = {k: round(v, 5) for k, v in sorted(model.weights.items()) if abs(v) >= 1e-4}
    return {
        "about": (
            "annalyst learned recipient scorer (annalyst.nlp.events.learned): logistic "
            "weights over generic candidate features; built by benchmarks/train_recipients.py "
            "from the tune part of the ConfliBERT CAMEO set"
        ),
        "lambda": strength,
        "keep_threshold": keep,
        "add_threshold": add,
        # the figures the settings were chosen on (out-of-fold probabilities, thresholds
        # picked on them: optimistic; the honest figures are the nested CV's)
        "selection_target_f1": round(figs["target_f1"], 4),
        "selection_main_target_f1": round(figs["main_target_f1"], 4),
        "weights": weights,
    }


def speed(nlp: Language, repeat: int = 3) -> None:
    """The events component's time over the seed articles with and without the model,
    beside raw spaCy's (fastest of a few runs: the machines are small and shared)."""
    import spacy

    from annalyst.ingest.pipeline import extract
    from annalyst.nlp.pipeline import DEFAULT_MODEL

    seeds = public.ROOT.parent / "shared" / "seeds"
    source = seeds if seeds.is_dir() else public.ROOT / "examples" / "dump"
    texts = [a.text for a in extract([str(source)]) if a.language == "en" and not a.duplicate_of]
    words = sum(len(t.split()) for t in texts)
    raw = spacy.load(DEFAULT_MODEL)
    list(raw.pipe(texts[:3]))

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        return min(times)

    base = best(lambda: list(raw.pipe(texts, batch_size=16)))
    docs = list(nlp.pipe(texts, batch_size=16))
    extractor = _extractor(nlp)
    model = RecipientScorer.load()

    def events(scorer: RecipientScorer | None) -> None:
        extractor.recipients = scorer
        for doc in docs:
            extractor(doc)

    rules = best(lambda: events(None))
    learned = best(lambda: events(model))
    extractor.recipients = None
    added = learned - rules
    print(f"{len(texts)} articles, {words:,} words")
    print(f"raw spaCy nlp.pipe          {base:7.3f} s")
    print(f"events component, rules     {rules:7.3f} s")
    print(f"events component, learned   {learned:7.3f} s")
    print(
        f"added by the model: {1000 * added / len(texts):.2f} ms a document, "
        f"{100 * added / base:.1f}% of raw spaCy's time"
    )


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "all"
    from annalyst.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    started = time.perf_counter()
    if mode == "speed":
        speed(nlp)
        return
    if mode == "report":
        # The one evaluation of the final model on the held-aside fifth.
        records = list(public.records(NAME, "report"))
        sentences = prepare(nlp, records)
        rules, before = run_component(nlp, sentences, None)
        learned, after = run_component(nlp, sentences, RecipientScorer.load())
        print(f"report fifth: {len(records)} sentences")
        for key in KEYS:
            print(f"   {key:22s} rules {rules[key]:.4f}  learned {learned[key]:.4f}")
        print(f"   side events: {side_changes(before, after)}")
        return
    records = list(public.records(NAME, "tune"))
    sentences = prepare(nlp, records)
    rows, labels = examples(sentences)
    print(
        f"tune: {len(records)} sentences, {sum(s.main is not None for s in sentences)} main "
        f"events, {len(rows)} candidates ({sum(labels)} positive) "
        f"[{time.perf_counter() - started:.0f}s]"
    )
    if mode in ("all", "cv"):
        cross_validate(nlp, sentences)
    if mode in ("all", "train"):
        data = build(sentences)
        MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
        with MODEL_FILE.open("w", encoding="utf-8") as f:
            json.dump(data, f, indent=0, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print(
            f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size} bytes, {len(data['weights'])} "
            f"weights; lambda={data['lambda']} keep={data['keep_threshold']} "
            f"add={data['add_threshold']})"
        )
    print(f"[{time.perf_counter() - started:.0f}s]")


if __name__ == "__main__":
    main()
