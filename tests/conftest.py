"""Fixtures shared by several test modules: the explorer's store, one Spark session
(local mode) for every Spark test of the run, and the full annalyst pipeline (built once
per test module; a module that needs another pipeline defines its own ``nlp``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def explorer_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from examples/ (and hostile articles) by the real pipeline."""
    from explorer_data import build_store

    return build_store(tmp_path_factory.mktemp("explorer"))


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """A local Spark session on two cores, or a skip naming what is missing (PySpark, Java)."""
    from annalyst.scale.session import get_session, spark_problem

    problem = spark_problem()
    if problem:
        pytest.skip(f"Spark tests skipped: {problem}")
    session = get_session(
        "local[2]",
        app_name="annalyst-tests",
        conf={"spark.sql.shuffle.partitions": "4", "spark.default.parallelism": "2"},
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def nlp() -> Iterator[Any]:
    """The whole annalyst pipeline with its default model."""
    from annalyst.nlp.pipeline import build_pipeline

    yield build_pipeline()
