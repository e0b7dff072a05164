"""Fixtures shared by several test modules."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def explorer_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from examples/ (and hostile articles) by the real pipeline."""
    from explorer_data import build_store

    return build_store(tmp_path_factory.mktemp("explorer"))
