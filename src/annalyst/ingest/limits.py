"""Limits on what one input may cost, and the time budget of one record.

Hostile or broken inputs (a gzip bomb, a 1 GB line, a regex-hungry page) must
not exhaust memory or stall a run. Every limit has a default generous enough for
real news archives, a command-line option to raise it, and a message that names
the option, so a user who hits one on purpose knows what to do.

The time budget uses `SIGALRM`, the one way to interrupt pure-Python work in
progress without a helper process. It is armed only on the main thread of a
POSIX process; elsewhere records simply run without a budget.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from annalyst.ingest.errors import InputError

MB = 1024 * 1024
GB = 1024 * MB


@dataclass(frozen=True)
class Limits:
    """What one input may cost. Zero disables a limit."""

    # Bytes read from one file (or from standard input).
    max_file_bytes: int = 16 * GB
    # Bytes a compressed input (.warc.gz, gzip on stdin) may expand to ...
    max_decompressed_bytes: int = 64 * GB
    # ... and how many times its compressed size, once past `RATIO_GRACE_BYTES`.
    max_ratio: float = 200.0
    # Characters of one line (dumps, JSON Lines) or one CSV record; bytes of a WARC header line.
    max_line_chars: int = 32 * MB
    # Seconds of work on one record (an entry, a row, a page, a dump article).
    record_seconds: float = 120.0


# Small inputs may compress very well (a page of repeated markup); the ratio only
# says "bomb" once the output is large.
RATIO_GRACE_BYTES = 64 * MB
DEFAULT_LIMITS = Limits()


def too_large(what: str, limit: int, option: str) -> InputError:
    return InputError(f"{what} larger than {human_bytes(limit)}; raise {option} to read it")


def human_bytes(count: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if abs(count) < 1024 or unit == "GiB":
            if unit == "bytes":
                return f"{int(count)} bytes"
            return f"{count:.4g} {unit}"
        count /= 1024
    return f"{count} bytes"  # pragma: no cover - the loop always returns


class RecordTimeout(InputError):
    """A record used up its time budget."""


class _Budget:
    """The deadline armed for the current record, if any (nesting keeps the earliest)."""

    deadline: float | None = None
    seconds: float = 0.0


_BUDGET = _Budget()


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    del signum, frame
    raise RecordTimeout(
        f"took longer than {_BUDGET.seconds:g} s; skipped (raise --record-seconds to allow more)"
    )


def _can_arm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def record_budget(seconds: float) -> Iterator[None]:
    """Raise `RecordTimeout` inside the block once `seconds` have passed (0: no budget)."""
    if seconds <= 0 or not _can_arm():
        yield
        return
    now = time.monotonic()
    outer_deadline, outer_seconds = _BUDGET.deadline, _BUDGET.seconds
    deadline = now + seconds
    if outer_deadline is not None and outer_deadline <= deadline:
        yield  # an enclosing budget ends first and is already armed
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _BUDGET.deadline, _BUDGET.seconds = deadline, seconds
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _BUDGET.deadline, _BUDGET.seconds = outer_deadline, outer_seconds
        signal.signal(signal.SIGALRM, previous)
        if outer_deadline is not None:
            # Re-arm the enclosing budget with what is left of it.
            signal.setitimer(signal.ITIMER_REAL, max(outer_deadline - time.monotonic(), 0.001))
