"""Public annotated sets in ``../shared/data`` and the fixed split we tune and report on.

The sets are other people's text: they are read from outside the repository at run
time and never copied into it. Every record goes to one of two parts by a hash of its
id, so the split never changes when records are added or reordered:

* ``report`` — one fifth, held aside: the figures in the gate and the closing notes;
* ``tune`` — the other four fifths: error analysis, rule work and training.

Code that tunes (error listings, training scripts) must only ever read ``tune``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

Part = Literal["report", "tune", "all"]


def in_report_fifth(record_id: str) -> bool:
    """Whether a record is in the held-aside fifth (stable: a hash of its id)."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return digest[0] % 5 == 0


def path_of(name: str) -> Path:
    return SHARED_DATA / name


def available(name: str) -> bool:
    return path_of(name).is_file()


def skip_reason(name: str) -> str:
    return (
        f"{path_of(name)} is absent: the public development sets live outside the "
        "repository (../shared/data), and CI has them"
    )


def records(name: str, part: Part = "report") -> Iterator[dict[str, Any]]:
    """The records of one public set, restricted to a part of the split."""
    with path_of(name).open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record: dict[str, Any] = json.loads(line)
            if part == "all" or in_report_fifth(str(record["id"])) == (part == "report"):
                yield record
