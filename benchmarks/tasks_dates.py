"""Evaluation task for event dates on the seed dumps (`seeds_dates`).

The dated acts of the seeds are annotated by reference in
benchmarks/data/seeds_dates.jsonl (file, line, character offsets of the trigger
word, the expected date and precision, the offsets of the date words; no seed
text is stored). Acts with no time expression that dates them carry a null date
and must stay undated. The task runs the real path: the dump reader segments the
seed files into articles, the whole pipeline reads each article, and the event
whose trigger covers the annotated word (or one of its `also` words) is scored.

Figures:

* `date_recall`: dated acts whose event has the expected date at the expected
  precision, over all dated acts (an act the event layer does not detect counts
  as missed);
* `date_recall_detected`: the same over the dated acts that have an event;
* `date_precision`: right dates over the annotated acts whose event has a date
  (a date on an act that should stay undated is wrong);
* `undated_kept`: acts annotated undated whose event has no date, over those
  that have an event;
* `coverage`: annotated acts that have an event at all (detection, reported so
  that a fall in recall can be told apart from a fall in detection);
* `recall_<kind>`: date recall by how the text dates the act (explicit,
  partial, relative, narrative, anchored).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SEEDS = HERE.parent.parent / "shared" / "seeds"


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from annalyst.nlp.pipeline import build_pipeline

    return build_pipeline()


def _events(text: str, published: str | None) -> list[dict[str, Any]]:
    nlp = _nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return list(doc._.events or [])


def _covers(event: dict[str, Any], start: int) -> bool:
    spans = event.get("trigger_spans") or [
        [event["trigger_start"], event["trigger_start"] + len(event["trigger"])]
    ]
    return any(a <= start < b for a, b in spans)


def _date_ok(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    date, precision = event.get("date"), event.get("date_precision")
    if date is None or precision != gold["precision"]:
        return False
    if date == gold["date"]:
        return True
    span = gold.get("date_range")
    return bool(span and span[0] <= date <= span[1])


def seed_events(
    records: list[dict[str, Any]],
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each annotated act with the event found at its trigger (None when there is none)."""
    from annalyst.ingest.model import Draft, Source
    from annalyst.ingest.readers.dump import read_dump

    by_file: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_file.setdefault(record["file"], []).append(record)
    found: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for name, golds in sorted(by_file.items()):
        path = SEEDS / name
        lines = path.read_text(encoding="utf-8").split("\n")
        drafts = [d for d in read_dump(Source.from_path(path)) if isinstance(d, Draft)]
        placed: set[int] = set()
        for draft in drafts:
            assert draft.line_start is not None and draft.line_end is not None
            inside = [
                (i, g)
                for i, g in enumerate(golds)
                if draft.line_start <= g["line"] <= draft.line_end and i not in placed
            ]
            if not inside:
                continue
            events = _events(draft.text, draft.published)
            for index, gold in inside:
                raw = lines[gold["line"] - 1]
                # The segmenter strips lines and turns no-break spaces into spaces.
                offset = draft.text.find(raw.strip().replace("\xa0", " "))
                if offset < 0:
                    continue
                placed.add(index)
                shift = offset - (len(raw) - len(raw.lstrip()))
                starts = [gold["start"], *(a for a, _b, _w in gold.get("also", []))]
                event = next(
                    (e for s in starts for e in events if _covers(e, shift + s)),
                    None,
                )
                found.append((gold, event))
        for index, gold in enumerate(golds):
            if index not in placed:
                found.append((gold, None))  # a line outside every article: never matched
    return found


def score(pairs: list[tuple[dict[str, Any], dict[str, Any] | None]]) -> dict[str, float]:
    dated = [(g, e) for g, e in pairs if g["date"] is not None]
    undated = [(g, e) for g, e in pairs if g["date"] is None]
    right = [(g, e) for g, e in dated if e is not None and _date_ok(g, e)]
    detected = [(g, e) for g, e in dated if e is not None]
    with_date = [(g, e) for g, e in pairs if e is not None and e.get("date")]
    undated_found = [(g, e) for g, e in undated if e is not None]
    result = {
        "date_recall": len(right) / len(dated) if dated else 0.0,
        "date_recall_detected": len(right) / len(detected) if detected else 0.0,
        "date_precision": (
            sum(1 for g, e in with_date if g["date"] is not None and _date_ok(g, e))
            / len(with_date)
            if with_date
            else 0.0
        ),
        "undated_kept": (
            sum(1 for _g, e in undated_found if not e.get("date")) / len(undated_found)
            if undated_found
            else 0.0
        ),
        "coverage": sum(1 for _g, e in pairs if e is not None) / len(pairs) if pairs else 0.0,
    }
    kinds = sorted({g["kind"] for g, _e in dated})
    for kind in kinds:
        of_kind = [(g, e) for g, e in dated if g["kind"] == kind]
        ok = sum(1 for g, e in of_kind if e is not None and _date_ok(g, e))
        result[f"recall_{kind}"] = ok / len(of_kind)
    return result


def load() -> list[dict[str, Any]]:
    path = DATA / "seeds_dates.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def task_seeds_dates() -> dict[str, float] | None:
    if not (DATA / "seeds_dates.jsonl").exists() or not SEEDS.is_dir():
        return None
    return score(seed_events(load()))


def main() -> None:
    """Print every annotated act with what the pipeline gave it (for reading failures)."""
    for gold, event in seed_events(load()):
        got = None if event is None else (event.get("date"), event.get("date_precision"))
        want = (gold["date"], gold["precision"])
        ok = event is not None and (
            _date_ok(gold, event) if gold["date"] else not event.get("date")
        )
        mark = "ok  " if ok else ("MISS" if event is None else "BAD ")
        print(
            f"{mark} {gold['file'][:3]}:{gold['line']:<5} {gold['text']:14s} {gold['kind']:9s} "
            f"want {want} got {got} {'' if event is None else event.get('date_text')!r}"
        )


if __name__ == "__main__":
    main()
