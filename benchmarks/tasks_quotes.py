"""Evaluation task for the quote stage (annalyst.nlp.quotes) on benchmarks/data/quotes_dev.jsonl.

Each line of the development set is a short news-style passage written for annalyst, with
every quotation and reported statement annotated by hand (span, type, speaker, cue,
medium) and the quotation-mark look-alikes listed as negatives (see the README in
benchmarks/data for the annotation rules).

Scoring:

* a predicted quote matches a gold quote when their character spans overlap; each gold
  quote matches at most one prediction and each prediction at most one gold quote (a
  prediction takes the unmatched gold quote it overlaps most);
* ``span_precision`` / ``span_recall`` / ``span_f1`` count matched spans (a prediction
  on a negative or on text with no quote is a false positive);
* ``speaker_accuracy``: share of matched quotes with the right speaker: the same
  knowledge-base id; ``"anonymous"`` gold ↔ no predicted actor but a `speaker_text`;
  ``"unknown:<slug>"`` gold ↔ a provisional actor (id starting with ``~``, not a generic
  ``~agent:``); null gold ↔ neither actor nor `speaker_text`;
* ``type_accuracy``: share of matched quotes with the gold type (direct, indirect, mixed);
* ``cue_accuracy``: share of matched quotes whose cue is the gold cue (same words,
  case-insensitive);
* ``act_accuracy``: share of matched quotes with the gold ``act`` (statement, belief,
  request, promise, intention, evaluation, characterization, mention; ``statement``
  where the gold record has none).

Register in ``benchmarks/evaluate.py``::

    TASKS["quotes_dev"] = _lazy("tasks_quotes", "task_quotes_dev")

Run ``python benchmarks/tasks_quotes.py`` to print every disagreement.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from annalyst.nlp.quotes import QuoteSpan, resolved_quotes

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "quotes_dev.jsonl"


@lru_cache(maxsize=1)
def pipeline() -> Language:
    from annalyst.nlp.pipeline import build_pipeline

    nlp = build_pipeline(stages=("actors", "quotes"))
    if "annalyst_quotes" not in nlp.pipe_names:
        nlp.add_pipe("annalyst_quotes", last=True)
    return nlp


def load_dev(path: Path = DEV) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(records: list[dict[str, Any]]) -> list[list[QuoteSpan]]:
    nlp = pipeline()
    out: list[list[QuoteSpan]] = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published = record.get("published")
        out.append(resolved_quotes(nlp(doc)))
    return out


def speaker_ok(gold: dict[str, Any], pred: QuoteSpan) -> bool:
    """Whether a predicted speaker is the gold one."""
    want = gold.get("speaker")
    got = str((pred.speaker or {}).get("id", "")) if pred.speaker else None
    if want is None:
        return got is None and not pred.speaker_text
    if want == "anonymous":
        return got is None and bool(pred.speaker_text)
    if str(want).startswith("unknown:"):
        return got is not None and got.startswith("~") and not got.startswith("~agent:")
    return got is not None and got == str(want)


def _norm(cue: str | None) -> str:
    return " ".join((cue or "").lower().split())


def match(gold: list[dict[str, Any]], predicted: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Pairs (gold index, prediction index): each prediction takes the unmatched gold quote
    it overlaps most."""
    used: set[int] = set()
    pairs = []
    for j, pred in enumerate(predicted):
        best, best_overlap = -1, 0
        for i, g in enumerate(gold):
            if i in used:
                continue
            overlap = min(pred.end, g["end"]) - max(pred.start, g["start"])
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best >= 0:
            used.add(best)
            pairs.append((best, j))
    return pairs


def score_quotes(
    records: list[dict[str, Any]], predictions: list[list[QuoteSpan]]
) -> dict[str, float]:
    n_pred = n_gold = tp = speaker = kind = cue = act = 0
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["quotes"]
        n_gold += len(gold)
        n_pred += len(predicted)
        for i, j in match(gold, predicted):
            g, p = gold[i], predicted[j]
            tp += 1
            speaker += speaker_ok(g, p)
            kind += g["type"] == p.type
            cue += _norm(g.get("cue")) == _norm(p.cue)
            act += g.get("act", "statement") == p.act
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "span_precision": precision,
        "span_recall": recall,
        "span_f1": f1,
        "speaker_accuracy": speaker / tp if tp else 0.0,
        "type_accuracy": kind / tp if tp else 0.0,
        "cue_accuracy": cue / tp if tp else 0.0,
        "act_accuracy": act / tp if tp else 0.0,
    }


def task_quotes_dev() -> dict[str, float] | None:
    """Quote-stage figures on the hand-annotated development passages."""
    if not DEV.exists():
        return None
    records = load_dev()
    return score_quotes(records, predict(records))


def _short(text: str, width: int = 90) -> str:
    text = text.replace("\n", "¶")
    return text if len(text) <= width else text[: width // 2] + " … " + text[-width // 2 :]


def _report() -> None:
    """Print every disagreement (python benchmarks/tasks_quotes.py [ID ...])."""
    import sys

    records = load_dev()
    if len(sys.argv) > 1:
        records = [r for r in records if r["id"] in sys.argv[1:]]
    predictions = predict(records)
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["quotes"]
        pairs = match(gold, predicted)
        lines = []
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            problems = []
            if not speaker_ok(g, p):
                got = (p.speaker or {}).get("id") if p.speaker else None
                problems.append(f"speaker {g['speaker']} != {got} ({p.speaker_text!r})")
            if g["type"] != p.type:
                problems.append(f"type {g['type']} != {p.type}")
            if _norm(g.get("cue")) != _norm(p.cue):
                problems.append(f"cue {g.get('cue')!r} != {p.cue!r}")
            if problems:
                lines.append(f"  WRONG   {_short(g['text'])!r}: " + "; ".join(problems))
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i not in matched_gold:
                lines.append(f"  MISSED  [{g['type']}] {_short(g['text'])!r} ({g['speaker']})")
        for j, p in enumerate(predicted):
            if j not in matched_pred:
                got = (p.speaker or {}).get("id") if p.speaker else None
                lines.append(f"  EXTRA   [{p.type}] {_short(p.text)!r} ({got}, cue {p.cue!r})")
        if lines:
            print(record["id"], _short(record["text"], 160))
            print("\n".join(lines))
    print(json.dumps(score_quotes(records, predictions), indent=2))
    # medium is not scored (it is often a matter of where a phrase ends); for information:
    same = total = 0
    for record, predicted in zip(records, predictions, strict=True):
        for i, j in match(record["quotes"], predicted):
            total += 1
            same += _norm(record["quotes"][i].get("medium")) == _norm(predicted[j].medium)
    print(f"medium agreement on matched quotes: {same}/{total}")


if __name__ == "__main__":
    _report()
