"""The evaluation gate: figures must not fall below the floors pinned in benchmarks/floors.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "seeds"
FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text())
NEEDS_SEEDS = {"seeds_segmentation", "seeds_actors", "seeds_dates"}
#: Tasks on the public sets in ../shared/data (other people's text, never in the
#: repository), and the file each one reads.
NEEDS_PUBLIC = {
    "lgl": "lgl.jsonl",
    "polnear_dev": "polnear-dev.jsonl",
    "polnear_broad": "polnear-dev.jsonl",
    "conflibert": "conflibert-cameo-train.jsonl",
}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _evaluate() -> ModuleType:
    return _load("evaluate")


def test_floors_cover_every_task() -> None:
    evaluate = _evaluate()
    assert set(FLOORS) <= set(evaluate.TASKS)
    assert FLOORS["seeds_segmentation"]["article_f1"] > 0.9


@pytest.mark.parametrize("task", sorted(FLOORS))
def test_task_meets_its_floors(task: str) -> None:
    if task in NEEDS_SEEDS and not SHARED.is_dir():
        pytest.skip("../shared/seeds is absent (the seeds live outside the repository)")
    if task in NEEDS_PUBLIC:
        public = _load("public")
        if not public.available(NEEDS_PUBLIC[task]):
            pytest.skip(public.skip_reason(NEEDS_PUBLIC[task]))
    evaluate = _evaluate()
    results = evaluate.run([task])
    assert task in results, f"task {task} produced no figures (missing data?)"
    failures = evaluate.compare(results, {task: FLOORS[task]})
    assert not failures, failures


def test_compare_flags_regressions() -> None:
    evaluate = _evaluate()
    assert evaluate.compare({"t": {"f1": 0.5}}, {"t": {"f1": 0.6}})
    assert not evaluate.compare({"t": {"f1": 0.6}}, {"t": {"f1": 0.6}})
