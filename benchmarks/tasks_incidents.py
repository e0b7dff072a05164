"""Evaluation task for incidents (cross-article event coreference) on
benchmarks/data/incidents_dev.jsonl.

Two figures of each kind, so the grouping's own quality can be told apart from
that of the event layer under it:

* `gold_*`: the gold events of every passage, as event records, grouped by
  `annalyst.aggregate`; every gold event is scored.
* `pipeline_*`: the passages run through the real path (`extract`: the spaCy
  pipeline, then incident emission); each predicted event is matched to a gold
  event of its passage (trigger words overlap, else the same PLOVER type), and
  the matched ones are scored with the gold incident of their match.
  `pipeline_event_recall` is the share of gold events matched at all.

Clusterings are scored pairwise (precision and recall of the pairs of events
put in one incident) and with B³ (per event, the share of its predicted
incident that belongs to its gold incident, and the share of its gold incident
found in its predicted one, averaged).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "incidents_dev.jsonl"


def load() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def cluster_scores(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Pairwise and B³ precision, recall and F1 of a clustering (item -> cluster id)."""
    items = sorted(set(predicted) & set(gold))
    pred_members: dict[str, set[str]] = {}
    gold_members: dict[str, set[str]] = {}
    for item in items:
        pred_members.setdefault(predicted[item], set()).add(item)
        gold_members.setdefault(gold[item], set()).add(item)
    same_pred = same_gold = same_both = 0
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            sp = predicted[a] == predicted[b]
            sg = gold[a] == gold[b]
            same_pred += sp
            same_gold += sg
            same_both += sp and sg
    pair_p = same_both / same_pred if same_pred else 1.0
    pair_r = same_both / same_gold if same_gold else 1.0
    b3_p = b3_r = 0.0
    for item in items:
        mine, truth = pred_members[predicted[item]], gold_members[gold[item]]
        both = len(mine & truth)
        b3_p += both / len(mine)
        b3_r += both / len(truth)
    n = len(items) or 1
    b3_p, b3_r = b3_p / n, b3_r / n
    return {
        "pairwise_precision": pair_p, "pairwise_recall": pair_r, "pairwise_f1": _f1(pair_p, pair_r),
        "b3_precision": b3_p, "b3_recall": b3_r, "b3_f1": _f1(b3_p, b3_r),
    }  # fmt: skip


@lru_cache(maxsize=1)
def _kb() -> Any:
    from annalyst.knowledge.actors import KnowledgeBase

    return KnowledgeBase.load()


def gold_actor(spec: str) -> Any:
    """An ACTOR for a gold actor: a knowledge-base id, `agent:CCC:SEC`, or `?Unknown Name`."""
    from annalyst.schema import ActorRef

    if spec.startswith("agent:"):
        _agent, country, sector = spec.split(":")
        code = None if country == "x" else country
        return ActorRef(
            id=f"~agent:{country}:{sector.lower()}", name=spec, text=spec, country=code,
            sectors=[sector], type="group",
        )  # fmt: skip
    if spec.startswith("?"):
        slug = "-".join(spec[1:].lower().split())
        return ActorRef(id=f"~organization:{slug}", name=spec[1:], text=spec[1:])
    actor = _kb().get(spec)
    if actor is None:
        raise ValueError(f"gold actor {spec!r} is not in the knowledge base")
    return ActorRef(
        id=actor.id, name=actor.name, text=actor.name, country=actor.country,
        sectors=list(actor.sectors), type=actor.type,
    )  # fmt: skip


def gold_events(records: Iterable[dict[str, Any]]) -> tuple[list[Any], dict[str, str]]:
    """The gold events as event records, and each one's gold incident."""
    from annalyst.schema import Event, PlaceRef

    events, truth = [], {}
    for record in records:
        for n, gold in enumerate(record["events"]):
            place = gold["place"]
            event = Event(
                id=f"{record['id']}-{n}", article_id=record["id"], sentence=record["text"],
                sentence_start=0, trigger=gold["trigger"], event_type=gold["event_type"],
                mode=gold["mode"], quad="", cameo=None, intensity=0.0,
                actors=[gold_actor(a) for a in gold["actors"]],
                recipients=[gold_actor(a) for a in gold["recipients"]],
                date=gold["date"], date_precision=gold["date_precision"], date_text=None,
                location=None if place is None else PlaceRef(
                    name=place["name"], text=place["name"], lat=place["lat"], lon=place["lon"],
                    country=place["country"], precision=place["precision"],
                ),
                status=gold["status"],
                claimed_by=gold_actor(gold["claimed_by"]) if gold["claimed_by"] else None,
                confidence=1.0,
            )  # fmt: skip
            events.append(event)
            truth[event.id] = gold["incident"]
    return events, truth


def articles_of(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    from annalyst.schema import Article

    return {
        r["id"]: Article(
            id=r["id"], source="incidents_dev", title=r.get("title"), published=r["published"],
            authors=[], byline=None, outlet=r["outlet"], language="en", url=None,
            line_start=None, line_end=None, text=r["text"],
        )
        for r in records
    }  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.strip(".,;:'\"").casefold() for w in text.split()} - {""}


def match_predicted(records: list[dict[str, Any]], predicted: list[Any]) -> dict[str, str]:
    """Predicted event id -> gold incident, for predictions that match a gold event of their
    passage: first by shared trigger words, then by PLOVER type; each match used once."""
    by_article: dict[str, list[Any]] = {}
    for event in predicted:
        by_article.setdefault(event.article_id, []).append(event)
    matched: dict[str, str] = {}
    for record in records:
        candidates = by_article.get(record["id"], [])
        open_gold = list(record["events"])
        for rule in ("trigger", "type"):
            for gold in list(open_gold):
                for event in candidates:
                    if event.id in matched:
                        continue
                    if rule == "trigger":
                        ok = bool(_words(event.trigger) & _words(gold["trigger"]))
                    else:
                        ok = event.event_type == gold["event_type"]
                    if ok:
                        matched[event.id] = gold["incident"]
                        open_gold.remove(gold)
                        break
    return matched


def score_gold(records: list[dict[str, Any]]) -> dict[str, float]:
    from annalyst.aggregate.incidents import group_events

    events, truth = gold_events(records)
    incidents = group_events(events, articles_of(records))
    predicted = {e: i.id for i in incidents for e in i.events}
    return cluster_scores(predicted, truth)


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from annalyst.nlp.pipeline import build_pipeline

    return build_pipeline()


def score_pipeline(records: list[dict[str, Any]]) -> dict[str, float]:
    from annalyst.aggregate.incidents import with_incidents
    from annalyst.nlp.process import annotate_stream
    from annalyst.schema import Event, Incident

    articles = articles_of(records)
    events: list[Event] = []
    incidents: list[Incident] = []
    for record in with_incidents(annotate_stream(articles.values(), _nlp())):
        if isinstance(record, Event):
            events.append(record)
        elif isinstance(record, Incident):
            incidents.append(record)
    truth = match_predicted(records, events)
    predicted = {e: i.id for i in incidents for e in i.events}
    scores = cluster_scores(predicted, truth)
    total = sum(len(r["events"]) for r in records)
    scores["event_recall"] = len(truth) / total if total else 0.0
    return scores


def task_incidents_dev() -> dict[str, float] | None:
    if not DATA.exists():
        return None
    records = load()
    result = {f"gold_{k}": v for k, v in score_gold(records).items()}
    result.update({f"pipeline_{k}": v for k, v in score_pipeline(records).items()})
    return result


if __name__ == "__main__":
    for name, value in sorted((task_incidents_dev() or {}).items()):
        print(f"{name:32s} {value:.4f}")
