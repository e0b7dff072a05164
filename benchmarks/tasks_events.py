"""Evaluation task for event extraction on benchmarks/data/events_dev.jsonl.

A predicted event matches a gold one in the same item when one of its trigger
words covers the gold trigger; failing that, an unmatched prediction of the same
PLOVER type in the same item matches (the annotators and the system may pick a
different word of one action: "killed" or "strike"). On matched events we score
the type, actors, recipients, date, place and status.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from annalyst.nlp.pipeline import build_pipeline

    return build_pipeline()


def _predict(text: str, published: str | None) -> list[dict[str, Any]]:
    nlp = _nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return list(doc._.events or [])


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text.casefold() if c.isalnum() or c == " ").strip()


def _actor_ok(gold: dict[str, Any], actor: dict[str, Any]) -> bool:
    if "id" in gold:
        return actor.get("id") == gold["id"]
    if "agent" in gold:
        ident = str(actor.get("id", ""))
        country_ok = gold["agent"] is None or actor.get("country") == gold["agent"]
        sector = gold.get("sector")
        return (
            (ident.startswith("~agent:") or actor.get("type") != "person")
            and country_ok
            and (not sector or sector in (actor.get("sectors") or []))
        )
    if "unknown" in gold:
        return str(actor.get("id", "")).startswith("~")
    return False


def _set_ok(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> bool:
    if len(gold) != len(predicted):
        return False
    return all(any(_actor_ok(g, p) for p in predicted) for g in gold)


def _place_ok(gold: dict[str, Any] | None, predicted: dict[str, Any] | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _norm(gold.get("name")), _norm(predicted.get("name"))
    same_country = not gold.get("country") or gold.get("country") == predicted.get("country")
    return same_country and bool(g) and (g in p or p in g or g.split()[0] == p.split()[0])


def _date_ok(gold: dict[str, Any], predicted: str | None) -> bool:
    """Exact date, or any day inside the span a vague expression can mean ("last week")."""
    if (gold.get("date") or None) == (predicted or None):
        return True
    span = gold.get("date_range")
    return bool(predicted and span and span[0] <= predicted <= span[1])


def _covers(pred: dict[str, Any], start: int) -> bool:
    return (
        any(a <= start < b for a, b in pred.get("trigger_spans", []))
        or pred["trigger_start"] == start
    )


def task_events_dev() -> dict[str, float] | None:
    path = DATA / "events_dev.jsonl"
    if not path.exists():
        return None
    n_pred = n_gold = matched = 0
    typed: dict[str, list[int]] = {}  # type -> [tp, predicted, gold]
    checks = {"type": 0, "actors": 0, "recipients": 0, "date": 0, "place": 0, "status": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        predicted = _predict(item["text"], item.get("published"))
        golds = item.get("events", [])
        n_pred += len(predicted)
        n_gold += len(golds)
        for p in predicted:
            typed.setdefault(p["event_type"], [0, 0, 0])[1] += 1
        for g in golds:
            typed.setdefault(g["event_type"], [0, 0, 0])[2] += 1
        used: set[int] = set()
        pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for g in golds:
            hit = next(
                (
                    i
                    for i, p in enumerate(predicted)
                    if i not in used and _covers(p, g["trigger_start"])
                ),
                None,
            )
            if hit is None:
                hit = next(
                    (
                        i
                        for i, p in enumerate(predicted)
                        if i not in used and p["event_type"] == g["event_type"]
                    ),
                    None,
                )
            if hit is not None:
                used.add(hit)
                pairs.append((g, predicted[hit]))
        for g, p in pairs:
            matched += 1
            same_type = g["event_type"] == p["event_type"]
            checks["type"] += same_type
            if same_type:
                typed[g["event_type"]][0] += 1
            checks["actors"] += _set_ok(g.get("actors", []), p["actors"])
            checks["recipients"] += _set_ok(g.get("recipients", []), p["recipients"])
            checks["date"] += _date_ok(g, p.get("date"))
            checks["place"] += _place_ok(g.get("location"), p.get("location"))
            checks["status"] += g.get("status", "asserted") == p["status"]
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, float] = {
        "detection_precision": precision,
        "detection_recall": recall,
        "detection_f1": f1,
    }
    for name, ok in checks.items():
        result[f"{name}_accuracy"] = ok / matched if matched else 0.0
    tp_all = sum(v[0] for v in typed.values())
    result["typed_f1"] = 2 * tp_all / (n_pred + n_gold) if n_pred + n_gold else 0.0
    for etype, (tp, npred, ngold) in sorted(typed.items()):
        result[f"{etype.lower()}_precision"] = tp / npred if npred else 0.0
        result[f"{etype.lower()}_recall"] = tp / ngold if ngold else 0.0
    return result
