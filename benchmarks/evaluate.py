"""Evaluation gate: score annalyst on annotated development sets against pinned floors.

    python benchmarks/evaluate.py              # score, compare with floors.json, exit 1 on regression
    python benchmarks/evaluate.py --json       # print the figures as JSON
    python benchmarks/evaluate.py --raise-floors   # pin current figures (only ever upwards)
    python benchmarks/evaluate.py --lower-floors   # explicit, reviewed lowering (never silent)

Each task is a function returning {metric: value in [0, 1]}. Later stages add
their tasks to TASKS.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annalyst.ingest.model import Draft, Source
from annalyst.ingest.readers.dump import outlet_lookup, read_dump

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
FLOORS = HERE / "floors.json"
SEEDS = HERE.parent.parent / "shared" / "seeds"
TOLERANCE = 1e-9


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _outlet(name: str | None) -> str:
    if not name:
        return ""
    return _norm(outlet_lookup().canonical(name) or name)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_segmentation(gold_files: list[tuple[Path, dict[str, Any]]]) -> dict[str, float]:
    """Articles found (matched by headline line) and per-field accuracy on matched ones."""
    tp = n_pred = n_gold = 0
    fields = [
        "title",
        "published",
        "authors",
        "byline",
        "outlet",
        "language",
        "line_start",
        "line_end",
        "first_line",
        "last_line",
    ]
    correct = dict.fromkeys(fields, 0)
    for path, gold in gold_files:
        drafts = [d for d in read_dump(Source.from_path(path)) if isinstance(d, Draft)]
        by_start = {d.line_start: d for d in drafts}
        n_pred += len(drafts)
        n_gold += len(gold["articles"])
        for article in gold["articles"]:
            draft = by_start.get(article["line_start"])
            if draft is None:
                continue
            tp += 1
            paragraphs = draft.text.split("\n\n")
            checks = {
                "title": _norm(draft.title) == _norm(article["title"]),
                "published": draft.published == article["published"],
                "authors": sorted(map(_norm, draft.authors))
                == sorted(map(_norm, article["authors"])),
                "byline": _norm(draft.byline) == _norm(article["byline"]),
                "outlet": _outlet(draft.outlet) == _outlet(article["outlet"]),
                "language": (draft.language or "") == article["language"],
                "line_start": draft.line_start == article["line_start"],
                "line_end": draft.line_end == article["line_end"],
                "first_line": _norm(paragraphs[0]).startswith(_norm(article["first_line"])[:40]),
                "last_line": _norm(paragraphs[-1]).startswith(_norm(article["last_line"])[:40]),
            }
            for name, ok in checks.items():
                correct[name] += ok
    precision, recall, f1 = _prf(tp, n_pred, n_gold)
    result = {"article_precision": precision, "article_recall": recall, "article_f1": f1}
    for name in fields:
        result[f"{name}_accuracy"] = correct[name] / tp if tp else 0.0
    return result


def task_seeds_segmentation() -> dict[str, float] | None:
    gold = json.loads((DATA / "seeds_articles.json").read_text(encoding="utf-8"))
    if not SEEDS.is_dir():
        return None
    return score_segmentation([(SEEDS / f["file"], f) for f in gold["files"]])


def task_examples_segmentation() -> dict[str, float] | None:
    gold_path = DATA / "examples_articles.json"
    if not gold_path.exists():
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = gold.get("files", [gold])
    root = HERE.parent
    return score_segmentation([(root / f["file"], f) for f in files])


def _lazy(module: str, name: str) -> Callable[[], dict[str, float] | None]:
    """A task from a sibling module, imported only when it runs (NLP tasks load spaCy)."""

    def run() -> dict[str, float] | None:
        if not (HERE / f"{module}.py").exists():
            return None  # a stage whose evaluation is not written yet
        sys.path.insert(0, str(HERE))
        try:
            task: Callable[[], dict[str, float] | None] = getattr(__import__(module), name)
        finally:
            sys.path.remove(str(HERE))
        return task()

    return run


TASKS: dict[str, Callable[[], dict[str, float] | None]] = {
    "seeds_segmentation": task_seeds_segmentation,
    "examples_segmentation": task_examples_segmentation,
    "actors_dev": _lazy("tasks_actors", "task_actors_dev"),
    "seeds_actors": _lazy("tasks_actors", "task_seeds_actors"),
    "places_dev": _lazy("tasks_places", "task_places_dev"),
    "lgl": _lazy("tasks_lgl", "task_lgl"),
    "events_dev": _lazy("tasks_events", "task_events_dev"),
    "quotes_dev": _lazy("tasks_quotes", "task_quotes_dev"),
    "seeds_dates": _lazy("tasks_dates", "task_seeds_dates"),
    "polnear_dev": _lazy("tasks_polnear", "task_polnear_report"),
    "polnear_broad": _lazy("tasks_polnear", "task_polnear_broad_report"),
    "conflibert": _lazy("tasks_conflibert", "task_conflibert_report"),
    "incidents_dev": _lazy("tasks_incidents", "task_incidents_dev"),
}


def run(tasks: list[str] | None = None) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for name, task in TASKS.items():
        if tasks and name not in tasks:
            continue
        figures = task()
        if figures is not None:
            results[name] = figures
    return results


def compare(results: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every figure that fell below its floor, as a message."""
    failures = []
    for task, metrics in floors.items():
        if task not in results:
            continue
        for metric, floor in metrics.items():
            value = results[task].get(metric)
            if value is None or value + TOLERANCE < floor:
                failures.append(f"{task}.{metric}: {value} < floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--lower-floors", action="store_true")
    parser.add_argument("tasks", nargs="*")
    args = parser.parse_args(argv)
    results = run(args.tasks)
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    if args.raise_floors or args.lower_floors:
        for task, metrics in results.items():
            known = task in floors
            pinned = floors.setdefault(task, {})
            for metric, value in metrics.items():
                if known and metric not in pinned:
                    continue  # only the figures chosen for a task are pinned
                value = math.floor(value * 10_000) / 10_000  # never pin above the figure
                if args.lower_floors or value > pinned.get(metric, -1.0):
                    pinned[metric] = value
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        for task, metrics in results.items():
            print(task)
            for metric, value in sorted(metrics.items()):
                floor = floors.get(task, {}).get(metric)
                mark = "" if floor is None else f"   (floor {floor:.4f})"
                print(f"  {metric:24s} {value:.4f}{mark}")
    failures = compare(results, floors)
    for failure in failures:
        print("REGRESSION", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
