"""Sharing one database file between a writer and readers.

DuckDB lets one process open a file read-write, and while it is open no other
process can open it at all, not even read-only. So a writer here holds the file
only while it writes a batch, and closes it in between (while it parses input
or runs the NLP stages); readers open it in those gaps and see the last
committed state. Whoever finds the file held waits, retrying with a short
back-off, and says once that it is waiting.

Two writers must still never interleave: each holds an exclusive `flock` on a
`<database>.lock` file beside the database for as long as it lives, and a
second writer is refused at once with the first one's process id.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: DuckDB's own lock is all there is
    fcntl = None  # type: ignore[assignment]

DEFAULT_WAIT = 600.0  # seconds a command waits for the file before giving up
_FIRST_DELAY = 0.05
_MAX_DELAY = 0.5


class StoreError(Exception):
    """The database cannot be opened, upgraded or written as asked."""


def in_use(path: Path, pid: str | None) -> StoreError:
    holder = f" (process {pid})" if pid else ""
    return StoreError(
        f"database {path} is in use by another process{holder}; wait for it to "
        "finish or use another database file"
    )


def _holder(exc: duckdb.Error) -> str | None:
    found = re.search(r"PID (\d+)", str(exc))
    return found.group(1) if found else None


def is_lock_conflict(exc: duckdb.Error) -> bool:
    message = str(exc).lower()
    return "lock" in message and ("conflicting" in message or "could not set" in message)


def open_error(path: Path, exc: duckdb.Error) -> StoreError:
    message = str(exc)
    if is_lock_conflict(exc):
        return in_use(path, _holder(exc))
    if "not a valid DuckDB database" in message:
        return StoreError(f"{path} is not an annalyst database (not a DuckDB file, or corrupt)")
    return StoreError(f"cannot open database {path}: {message}")


def connect(
    path: Path,
    *,
    read_only: bool,
    wait: float = DEFAULT_WAIT,
    on_wait: Callable[[str], None] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting (up to `wait` seconds) while another process holds it."""
    deadline = time.monotonic() + wait
    delay = _FIRST_DELAY
    told = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not is_lock_conflict(exc) or time.monotonic() + delay > deadline:
                raise open_error(path, exc) from exc
            if not told and on_wait is not None:
                pid = _holder(exc)
                holder = f"process {pid}" if pid else "another process"
                on_wait(f"database {path} is busy ({holder} is using it); waiting…")
                told = True
        time.sleep(delay)
        delay = min(delay * 1.5, _MAX_DELAY)


class WriterLock:
    """The one-writer-per-database rule, as an exclusive lock on `<database>.lock`."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None
        if fcntl is None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot open database {database}: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            pid = os.read(fd, 32).decode("ascii", errors="replace").strip() or None
            os.close(fd)
            raise in_use(database, pid) from exc
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        # The file stays: removing it would let a third process lock a new inode
        # while a second still waits on the old one.
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
