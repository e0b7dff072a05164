"""Opening inputs safely: regular files only, never blocking, never past a size limit.

A directory of news can hold anything: a named pipe or a link to `/dev/zero`
called `feed.txt`, a socket, a file that keeps growing. Opening a pipe for
reading blocks until a writer appears, and reading a device never ends, so a
path is checked with `stat` before it is opened, opened with `O_NONBLOCK` (a
pipe swapped in between the check and the open then cannot block), and checked
again with `fstat` on the open descriptor before a single byte is read.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from annalyst.ingest.errors import InputError
from annalyst.ingest.limits import too_large

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
CHUNK = 1024 * 1024


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def stat_problem(path: Path, exc: OSError) -> str:
    """Why `stat` failed on a path, in words (dangling link, loop, permission, …)."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"dangling symbolic link (to {os.readlink(path)!r})"
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"cannot read: {exc.strerror or exc}"


def check_regular(path: Path) -> os.stat_result:
    """`stat` of a path that must be a regular file; `InputError` says why it is not."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(stat_problem(path, exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{file_kind(info.st_mode)}, not a regular file; skipped")
    return info


class _Bounded(io.RawIOBase):
    """A raw stream that refuses to deliver more than `limit` bytes."""

    def __init__(self, raw: BinaryIO, limit: int, what: str) -> None:
        super().__init__()
        self._raw = raw
        self._limit = limit
        self._what = what
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        data = self._raw.read(len(view))
        if not data:
            return 0
        self.count += len(data)
        if self._limit and self.count > self._limit:
            raise too_large(self._what, self._limit, "--max-file-bytes")
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def bounded(raw: BinaryIO, limit: int, what: str = "file") -> BinaryIO:
    return io.BufferedReader(_Bounded(raw, limit, what), buffer_size=CHUNK)


def open_regular(path: Path, limit: int) -> BinaryIO:
    """A buffered binary stream over a regular file, at most `limit` bytes long."""
    info = check_regular(path)
    if limit and info.st_size > limit:
        raise too_large("file", limit, "--max-file-bytes")
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise InputError(stat_problem(path, exc)) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"{file_kind(mode)}, not a regular file; skipped")
        raw = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    return bounded(raw, limit)


def spool_stdin(limit: int) -> BinaryIO:
    """Standard input copied once to an anonymous temporary file (rewound).

    Standard input can be read only once, but an input is read twice (its digest,
    then its records); the copy lives on disk so memory stays small.
    """
    spool = tempfile.TemporaryFile(prefix="annalyst-stdin-")  # noqa: SIM115 - returned open
    source = sys.stdin.buffer
    total = 0
    while chunk := source.read(CHUNK):
        total += len(chunk)
        if limit and total > limit:
            spool.close()
            raise too_large("standard input", limit, "--max-file-bytes")
        spool.write(chunk)
    spool.seek(0)
    return spool
