"""Start-up's garbage-collector settings: suspended while building, then restored with the
youngest generation collected less often."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from annalyst import runtime


@pytest.fixture(autouse=True)
def _restore_gc() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)
    gc.unfreeze()
    runtime._saved = None


def test_settle_restores_collection_with_a_larger_young_generation() -> None:
    gc.set_threshold(700, 10, 10)
    runtime.suspend_gc()
    assert gc.get_threshold()[0] == 0
    runtime.settle()
    assert gc.get_threshold() == (runtime.YOUNG_THRESHOLD, 10, 10)


def test_settle_keeps_a_collector_switched_off_off() -> None:
    gc.set_threshold(0, 10, 10)
    runtime.settle()
    assert gc.get_threshold()[0] == 0


def test_settle_never_lowers_a_larger_threshold() -> None:
    gc.set_threshold(10 * runtime.YOUNG_THRESHOLD, 5, 5)
    runtime.settle()
    assert gc.get_threshold() == (10 * runtime.YOUNG_THRESHOLD, 5, 5)
