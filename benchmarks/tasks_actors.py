"""Evaluation tasks for actor resolution.

* `actors_dev`: our own annotated sentences (benchmarks/data/actors_dev.jsonl):
  precision and recall of (span, actor) pairs, every phenomenon of issue 3.
* `seeds_actors`: person and organisation mentions of the seed dumps, annotated
  by reference (file, line, offsets; no seed text is stored): the share that
  resolves to the right canonical actor.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from annalyst.nlp.actors import ResolvedMention, resolved_mentions

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SEEDS = HERE.parent.parent / "shared" / "seeds"


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from annalyst.nlp.pipeline import build_pipeline

    return build_pipeline()


def _resolve(text: str, published: str | None) -> list[ResolvedMention]:
    nlp = _nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return resolved_mentions(doc)


def _agent_ok(gold: dict[str, Any], actor: dict[str, Any]) -> bool:
    if not str(actor.get("id", "")).startswith("~agent:"):
        return False
    if gold.get("country") and actor.get("country") != gold["country"]:
        return False
    sector = gold.get("sector")
    return not sector or sector in (actor.get("sectors") or [])


def actor_matches(gold: dict[str, Any], actor: dict[str, Any] | None) -> bool:
    """Whether a predicted actor is the gold one (agents by country and sector)."""
    if actor is None:
        return False
    want = gold.get("actor")
    if want == "agent":
        return _agent_ok(gold, actor)
    if want == "unknown":
        return str(actor.get("id", "")).startswith("~") and not str(actor["id"]).startswith(
            "~agent:"
        )
    return bool(want) and actor.get("id") == want


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def task_actors_dev() -> dict[str, float] | None:
    path = DATA / "actors_dev.jsonl"
    if not path.exists():
        return None
    tp = n_pred = n_gold = 0
    by_phenomenon: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        predicted = [
            m for m in _resolve(item["text"], item.get("published")) if m.actor is not None
        ]
        golds = item["mentions"]
        positives = [g for g in golds if g.get("actor") is not None]
        n_gold += len(positives)
        used: set[int] = set()
        for pred in predicted:
            span = (pred.start, pred.end)
            # The set is annotated exhaustively: every prediction counts, and one on an
            # unannotated span or a negative (a capital used as a place) is wrong.
            n_pred += 1
            for index, gold in enumerate(golds):
                if index in used or gold.get("actor") is None:
                    continue
                if _overlaps(span, (gold["start"], gold["end"])) and actor_matches(
                    gold, pred.actor
                ):
                    used.add(index)
                    tp += 1
                    break
        for index, gold in enumerate(golds):
            if gold.get("actor") is None:
                continue
            for phenomenon in item.get("phenomena", ["all"]):
                stats = by_phenomenon.setdefault(phenomenon, [0, 0])
                stats[1] += 1
                stats[0] += index in used
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {"precision": precision, "recall": recall, "f1": f1}
    for phenomenon, (ok, total) in sorted(by_phenomenon.items()):
        result[f"recall_{phenomenon}"] = ok / total if total else 0.0
    return result


def task_seeds_actors() -> dict[str, float] | None:
    path = DATA / "seeds_actors.jsonl"
    if not path.exists() or not SEEDS.is_dir():
        return None
    from annalyst.ingest.model import Draft, Source
    from annalyst.ingest.readers.dump import read_dump

    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_file: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_file.setdefault(record["file"], []).append(record)
    correct = {"person": 0, "organization": 0}
    total = {"person": 0, "organization": 0}
    for name, golds in by_file.items():
        path_ = SEEDS / name
        lines = path_.read_text(encoding="utf-8").split("\n")
        drafts = [d for d in read_dump(Source.from_path(path_)) if isinstance(d, Draft)]
        # Map each gold (line, offset) to an offset in the text of the article holding it.
        for draft in drafts:
            assert draft.line_start is not None and draft.line_end is not None
            inside = [g for g in golds if draft.line_start <= g["line"] <= draft.line_end]
            if not inside:
                continue
            mentions = _resolve(draft.text, draft.published)
            for gold in inside:
                # The segmenter turns no-break spaces into spaces (same length).
                line_text = lines[gold["line"] - 1].strip().replace("\xa0", " ")
                offset = draft.text.find(line_text)
                if offset < 0:
                    # A headline, caption or boilerplate line: not part of the article
                    # text the NLP stages read, so outside what this task measures.
                    continue
                kind = gold["type"]
                total[kind] = total.get(kind, 0) + 1
                lead = len(lines[gold["line"] - 1]) - len(lines[gold["line"] - 1].lstrip())
                span = (offset + gold["start"] - lead, offset + gold["end"] - lead)
                if any(
                    _overlaps(span, (m.start, m.end)) and actor_matches(gold, m.actor)
                    for m in mentions
                ):
                    correct[kind] = correct.get(kind, 0) + 1
    all_total = sum(total.values())
    result = {"coverage": sum(correct.values()) / all_total if all_total else 0.0}
    for kind in ("person", "organization"):
        result[f"coverage_{kind}"] = correct[kind] / total[kind] if total[kind] else 0.0
    return result
