"""The hostile-input suite: hundreds of broken and malicious inputs, every reader kind.

Cases come from `hostile_cases.py`, generated at test time. Each is read in
process through the library (one test per case, with a time bound), then all of
them at once through the real CLI in a subprocess whose peak memory is measured,
beside known-good control inputs that must be stored. The big ones (10 MB lines,
gzip bombs, 200,000 paragraphs) get their own CLI run.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from annalyst.ingest.cleantext import escaped_name
from annalyst.ingest.dedup import Deduplicator
from annalyst.ingest.model import Problem, Source
from annalyst.ingest.pipeline import Deduped, dedup_articles, read_articles
from hostile_cases import Case, big_cases, good_dump, jsonl, record, small_cases, write_case

BIN = [sys.executable, "-m", "annalyst.cli"]
CASES = small_cases()
SECONDS_PER_CASE = 30.0  # generous: CI shares two cores; cases take well under 3 s alone
PEAK_RSS_MB = 1500


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def _drop_file_capabilities() -> None:
    """In the child: lose root's power to read anything, so permissions count."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP, effective after exec


def run_cli(*args: str, db: Path, stdin: bytes | None = None, timeout: float = 600) -> Run:
    """The CLI in a subprocess, with its wall time and its own peak resident memory."""
    start = time.monotonic()
    proc = subprocess.Popen(
        [*BIN, "--db", str(db), *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
        preexec_fn=_drop_file_capabilities,
    )
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream: IO[bytes]) -> None:
        chunks[name] = stream.read()

    def feed(stream: IO[bytes]) -> None:
        with contextlib.suppress(BrokenPipeError):
            stream.write(stdin or b"")
        stream.close()

    assert proc.stdout is not None and proc.stderr is not None
    threads = [
        threading.Thread(target=drain, args=("out", proc.stdout)),
        threading.Thread(target=drain, args=("err", proc.stderr)),
    ]
    if proc.stdin is not None:
        threads.append(threading.Thread(target=feed, args=(proc.stdin,)))
    for thread in threads:
        thread.start()
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    # wait4 gives this child's own rusage, so its peak memory is its own.
    _, status, usage = os.wait4(proc.pid, 0)
    killer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - start
    return Run(
        proc.returncode,
        chunks["out"].decode(),
        chunks["err"].decode(errors="replace"),
        seconds,
        usage.ru_maxrss / 1024,
    )


def stored_sources(db: Path) -> list[str]:
    result = subprocess.run(
        [*BIN, "--db", str(db), "articles", "--json", "--limit", "0"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return [a["source"] for a in json.loads(result.stdout)]


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    # Not pytest's tmp_path: a child without root's read-anything power must still
    # reach it, and locked files must be unlocked before removal.
    base = Path(tempfile.mkdtemp(prefix="annalyst-hostile-"))
    yield base
    from hostile_cases import restore_permissions

    restore_permissions(base)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def small_dir(workdir: Path) -> dict[str, Path]:
    directory = workdir / "small"
    directory.mkdir()
    paths = {case.text_name: write_case(directory, case) for case in CASES}
    paths["control_good.txt"] = directory / "control_good.txt"
    paths["control_good.txt"].write_bytes(good_dump(3))  # bytes no case has
    records = jsonl(record("ctl-1"), record("ctl-2", "Control text, said the control. " * 10))
    (directory / "control_records.jsonl").write_bytes(records)
    return paths


# --- every case, in process -------------------------------------------------------


def _read(path: Path) -> tuple[list[Deduped], list[Problem]]:
    articles: list[Deduped] = []
    problems: list[Problem] = []
    for result in dedup_articles(read_articles(Source.from_path(path)), Deduplicator()):
        (problems if isinstance(result, Problem) else articles).append(result)
    return articles, problems


def check_outcome(case: Case, stored: int, named: list[str], whole_file: bool) -> None:
    """What the case's expectation demands of articles stored and problems naming it."""
    where = f"{case.text_name!r} ({case.note})" if case.note else repr(case.text_name)
    if case.expect == "ok":
        assert stored > 0 and not whole_file, f"{where}: nothing stored; problems {named}"
    elif case.expect == "fail":
        assert named, f"{where}: no problem reported"
    elif case.expect == "mixed":
        assert named, f"{where}: no problem reported"
        assert stored >= case.good, f"{where}: {stored} stored, {case.good} good records"
    else:
        assert stored or named, f"{where}: neither stored nor reported"


@pytest.mark.parametrize("case", [c for c in CASES if c.kind != "fs"], ids=lambda c: c.text_name)
def test_case_in_process(case: Case, small_dir: dict[str, Path]) -> None:
    path = small_dir[case.text_name]
    start = time.monotonic()
    articles, problems = _read(path)
    seconds = time.monotonic() - start
    assert seconds < SECONDS_PER_CASE, f"{case.text_name!r} took {seconds:.1f} s"
    reasons = [str(p) for p in problems]
    assert not [r for r in reasons if "internal error" in r], reasons
    name = escaped_name(str(path))
    assert all(p.source.startswith(name) for p in problems), reasons
    whole = any(p.location is None and p.source == name for p in problems)
    check_outcome(case, len(articles), reasons, whole)
    for item in articles:
        # Storable and printable: no lone surrogates or NULs reach the store.
        text = item.article.text + (item.article.title or "") + item.article.source
        assert "\x00" not in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


# --- all cases through the CLI, beside good inputs -----------------------------------


def _lines_naming(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("✗ " + name, name))]


def test_all_cases_through_the_cli(workdir: Path, small_dir: dict[str, Path]) -> None:
    db = workdir / "small.duckdb"
    run = run_cli("ingest", "--no-nlp", str(small_dir["control_good.txt"].parent), db=db)
    assert run.returncode == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    assert run.peak_mb < PEAK_RSS_MB, f"peak memory {run.peak_mb:.0f} MB"
    assert "failed records" in run.stdout
    sources = stored_sources(db)
    outcome: dict[str, tuple[int, list[str]]] = {}
    for case in CASES:
        name = escaped_name(str(small_dir[case.text_name]))
        named = _lines_naming(run.stderr, name)
        stored = sum(1 for s in sources if s == name or s.startswith(name + "#"))
        outcome[case.text_name] = (stored, named)
    # A file with the same bytes as one read before is "already ingested": the
    # outcome of its twin counts for it.
    twins: dict[str, list[str]] = {}
    for case in CASES:
        if case.data is not None:
            twins.setdefault(hashlib.sha256(case.data).hexdigest(), []).append(case.text_name)
    for case in CASES:
        stored, named = outcome[case.text_name]
        if case.data is not None:
            for twin in twins[hashlib.sha256(case.data).hexdigest()]:
                stored = max(stored, outcome[twin][0])
                named = named or outcome[twin][1]
        check_outcome(case, stored, named, whole_file=False)
    by_case = {name: stored for name, (stored, _) in outcome.items()}
    control = escaped_name(str(small_dir["control_good.txt"]))
    assert sum(1 for s in sources if s.startswith(control)) == 3
    assert sum(1 for s in sources if "control_records.jsonl#ctl-" in s) == 2
    # Every problem is one line; nothing from input reached the terminal raw.
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    for line in run.stderr.splitlines():
        assert line.startswith("✗ ") or not line.strip(), line
    # Names that look like markup are printed as they are.
    assert "x[/red]y.txt" in run.stderr or by_case["x[/red]y.txt"]
    assert "[bold]bad[/bold].txt" in run.stderr
    assert "new\\nline.txt" in run.stderr and "ansi\\x1b[31m.txt" in run.stderr
    assert "caf\\xe9_latin1_name.txt" in "".join(sources)
    # Running again adds nothing twice.
    again = run_cli("ingest", "--no-nlp", str(small_dir["control_good.txt"].parent), db=db)
    assert "Traceback" not in again.stderr
    assert len(stored_sources(db)) == len(sources)


def test_big_inputs_bounded(workdir: Path) -> None:
    directory = workdir / "big"
    directory.mkdir()
    cases = big_cases()
    paths = {case.text_name: write_case(directory, case) for case in cases}
    (directory / "control_good.txt").write_bytes(good_dump(3))
    db = workdir / "big.duckdb"
    run = run_cli("ingest", "--no-nlp", str(directory), db=db)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    assert run.peak_mb < PEAK_RSS_MB, f"peak memory {run.peak_mb:.0f} MB"
    assert run.seconds < 400, f"{run.seconds:.0f} s"
    sources = stored_sources(db)
    for case in cases:
        name = escaped_name(str(paths[case.text_name]))
        named = _lines_naming(run.stderr, name)
        stored = sum(1 for s in sources if s == name or s.startswith(name + "#"))
        check_outcome(case, stored, named, whole_file=False)
    assert "compression bomb" in run.stderr or "decompresses to more than" in run.stderr
    assert "header line longer than" in run.stderr
    assert sum(1 for s in sources if "control_good.txt" in s) == 3
    print(f"big inputs: {run.seconds:.1f} s, peak {run.peak_mb:.0f} MB")


def test_limits_are_options(workdir: Path) -> None:
    directory = workdir / "limits"
    directory.mkdir()
    (directory / "long.jsonl").write_bytes(
        b'{"id": "long", "text": "' + b"w " * 600_000 + b'"}\n' + jsonl(record("short"))
    )
    (directory / "big.txt").write_bytes(good_dump(2) * 2000)  # 2.3 MB
    db = workdir / "limits.duckdb"
    run = run_cli(
        "ingest", "--no-nlp", "--max-line-chars", "100000", "--max-file-bytes", "2000000",
        str(directory), db=db,
    )  # fmt: skip
    assert run.returncode == 1
    assert "long.jsonl:line 1: line longer than 100000 characters" in run.stderr
    assert "--max-line-chars" in run.stderr and "--max-file-bytes" in run.stderr
    assert any(s.endswith("long.jsonl#short") for s in stored_sources(db))
    raised = run_cli("ingest", "--no-nlp", str(directory), db=db)
    assert raised.returncode == 0, raised.stderr


# --- standard input -----------------------------------------------------------------


def test_stdin_is_read_once(workdir: Path) -> None:
    db = workdir / "stdin.duckdb"
    data = jsonl(record("in-1"), record("in-2", "Second record. " * 20))
    run = run_cli("ingest", "--no-nlp", "-f", "jsonl", "-", db=db, stdin=data)
    assert run.returncode == 0, run.stderr
    assert sorted(s for s in stored_sources(db)) == ["<stdin>#in-1", "<stdin>#in-2"]
    hostile = b"null\n" * 1000 + b"\xff\xfe{broken\n" + jsonl(record("in-3"))
    bad = run_cli("ingest", "--no-nlp", "-f", "jsonl", "-", db=db, stdin=hostile)
    assert bad.returncode == 1 and "<stdin>:line 1: not a JSON object (null)" in bad.stderr
    assert "<stdin>#in-3" in stored_sources(db)
    sniffed = run_cli("extract", "--no-nlp", "-", db=db, stdin=good_dump(2))
    assert sniffed.returncode == 0 and len(sniffed.stdout.splitlines()) == 2
    empty = run_cli("ingest", "--no-nlp", "-", db=db, stdin=b"")
    assert empty.returncode == 1 and "<stdin>" in empty.stderr and "empty" in empty.stderr


def test_case_count() -> None:
    kinds = {c.kind for c in CASES}
    assert len(CASES) >= 300
    assert {"dump", "text", "html", "jsonl", "csv", "rss", "atom", "warc", "fs"} <= kinds


def test_draft_fields_survive(small_dir: dict[str, Path]) -> None:
    articles, _ = _read(small_dir["j_markup_id.jsonl"])
    assert [a.article.input_id for a in articles] == ["[/bold]", "[red]x[/red]"]


def test_progress_bar_on_a_terminal_shows_markup_names(workdir: Path) -> None:
    """On a terminal the progress bar names each file; names that look like markup stay text."""
    import pty

    directory = workdir / "terminal"
    (directory / "x[").mkdir(parents=True)
    (directory / "x[" / "red]y.txt").write_bytes(good_dump(1).replace(b"Pumping", b"Tty"))
    (directory / "[bold]z.txt").write_bytes(b"")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*BIN, "--db", str(workdir / "tty.duckdb"), "ingest", "--no-nlp", str(directory)],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm"},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(leader)
    shown = seen.decode(errors="replace")
    assert proc.returncode == 1, shown
    assert "Traceback" not in shown and "MarkupError" not in shown
    assert "[bold]z.txt" in shown and b"new articles" in out
