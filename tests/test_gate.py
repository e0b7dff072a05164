"""The evaluation gate: figures must not fall below the floors pinned in benchmarks/floors.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "seeds"


def _evaluate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "benchmarks" / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_floors_file_is_pinned() -> None:
    floors = json.loads((ROOT / "benchmarks" / "floors.json").read_text())
    assert "seeds_segmentation" in floors and floors["seeds_segmentation"]["article_f1"] > 0.9


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/seeds is absent (the seeds live outside the repository)"
)
def test_seed_segmentation_meets_floors() -> None:
    evaluate = _evaluate()
    results = evaluate.run(["seeds_segmentation"])
    floors = json.loads((ROOT / "benchmarks" / "floors.json").read_text())
    failures = evaluate.compare(results, {"seeds_segmentation": floors["seeds_segmentation"]})
    assert not failures, failures


def test_examples_segmentation_meets_floors() -> None:
    evaluate = _evaluate()
    results = evaluate.run(["examples_segmentation"])
    floors = json.loads((ROOT / "benchmarks" / "floors.json").read_text())
    if "examples_segmentation" not in floors:
        pytest.skip("no floors pinned for the example corpus yet")
    failures = evaluate.compare(results, {"examples_segmentation": floors["examples_segmentation"]})
    assert not failures, failures


def test_compare_flags_regressions() -> None:
    evaluate = _evaluate()
    assert evaluate.compare({"t": {"f1": 0.5}}, {"t": {"f1": 0.6}})
    assert not evaluate.compare({"t": {"f1": 0.6}}, {"t": {"f1": 0.6}})
