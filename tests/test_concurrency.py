"""Readers during a write: while `ingest` runs, the read commands work on the same store.

The writer holds the DuckDB file only while it writes a batch; readers open it in
between (or wait, saying so) and see the last committed state. A second writer
is refused at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

BIN = [sys.executable, "-m", "annalyst.cli"]

pytestmark = pytest.mark.slow

SENTENCE = (
    "The delegations met in the capital on Monday to discuss border crossings, water "
    "sharing and trade, and the foreign ministry said the talks would continue next month."
)
WORDS = SENTENCE.split(" ")


def _records(directory: Path, files: int, per_file: int) -> None:
    directory.mkdir()
    for f in range(files):
        lines = []
        for r in range(per_file):
            # Each text differs, so none is a duplicate of another.
            words = [*WORDS[r % 7 :], f"file{f}", f"record{r}", *WORDS[: r % 7]]
            lines.append(json.dumps({"id": f"f{f}-r{r}", "text": " ".join(words) * 3}))
        (directory / f"batch{f:03d}.jsonl").write_text("\n".join(lines) + "\n")


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BIN, "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        timeout=300,
    )


def test_reads_work_while_ingest_writes(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    _records(inputs, files=8, per_file=30)
    db = tmp_path / "busy.duckdb"
    writer = subprocess.Popen(
        [*BIN, "--db", str(db), "ingest", str(inputs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reads: list[tuple[str, int]] = []
    reads_while_writing = 0
    refused = None
    try:
        while not db.exists() and writer.poll() is None:
            time.sleep(0.1)
        commands = [
            ("articles", "--json", "--limit", "0"),
            ("events", "--json", "--limit", "0"),
            ("quotes", "--json", "--limit", "0"),
            ("actors", "--unknown", "--json"),
        ]
        turn = 0
        while writer.poll() is None or turn < len(commands):
            args = commands[turn % len(commands)]
            result = _cli(*args, db=db)
            assert result.returncode == 0, f"{args}: {result.stderr}"
            assert "Traceback" not in result.stderr
            rows = json.loads(result.stdout)
            reads.append((args[0], len(rows)))
            # Counted only when the writer outlived the read, so the read overlapped a write.
            reads_while_writing += writer.poll() is None
            if refused is None and writer.poll() is None:
                refused = _cli("ingest", "--no-nlp", str(inputs), db=db)
            turn += 1
        _, err = writer.communicate(timeout=600)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    assert "Traceback" not in err
    # Articles only ever grow: every read saw a committed state.
    counts = [n for command, n in reads if command == "articles"]
    events = [n for command, n in reads if command == "events"]
    assert events == sorted(events), events
    assert counts == sorted(counts) and counts[-1] == 240, counts
    print("reads during the ingest:", reads)
    assert len(reads) >= 8, reads
    # How far the writer got before each read depends on the machine's speed; what
    # must hold is that reads ran, and succeeded, while the writer was at work.
    assert reads_while_writing >= 2, reads
    # A second writer during the run is refused cleanly.
    assert refused is not None
    assert refused.returncode == 2 and "in use by another process" in refused.stderr
    assert "Traceback" not in refused.stderr
    final = json.loads(_cli("articles", "--json", "--limit", "0", db=db).stdout)
    assert len(final) == 240 and len({a["id"] for a in final}) == 240
