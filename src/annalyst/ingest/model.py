"""What readers produce: article drafts, problems, and the sources they read.

Readers never touch the store. They turn one input (a file, a stdin stream, a
record inside a WARC) into `Draft`s, and report anything they cannot read as a
`Problem` naming the source and the place in it, so one bad record never stops
the run.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from annalyst.ingest.cleantext import escaped_name, printable
from annalyst.ingest.errors import InputError
from annalyst.ingest.files import bounded, open_regular, spool_stdin
from annalyst.ingest.limits import DEFAULT_LIMITS, Limits, too_large

__all__ = ["Draft", "InputError", "Limits", "Problem", "ReadResult", "Reader", "Source"]


@dataclass
class Draft:
    """An article as read from its input, before ids, dedup and storage."""

    source: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    line_start: int | None = None
    line_end: int | None = None
    # Identity of the article inside its source (record id, WARC target URI,
    # feed entry id); part of the article's stable id.
    source_key: str | None = None
    # The input record's own id or URL (JSONL/CSV `id`, feed entry id, WARC-Record-ID).
    input_id: str | None = None


@dataclass(frozen=True)
class Problem:
    """Something in an input that could not be read; reported, never fatal."""

    source: str
    reason: str
    location: str | None = None  # "line 12", "record 3", "entry 5", …

    def __str__(self) -> str:
        """One line naming where and why, with control characters escaped."""
        where = f"{self.source}:{self.location}" if self.location else self.source
        return printable(f"{where}: {self.reason}")


@dataclass(frozen=True)
class Source:
    """One input to read: a file on disk, standard input, or bytes in memory."""

    name: str  # what messages and records call it: printable, storable
    path: Path | None = None  # the file, named losslessly (None for stdin and bytes)
    data: bytes | None = None  # preloaded bytes (WARC payloads, tests)
    limits: Limits = DEFAULT_LIMITS
    spool: BinaryIO | None = field(default=None, compare=False)  # stdin, copied once

    @classmethod
    def from_path(cls, path: Path | str | bytes, limits: Limits = DEFAULT_LIMITS) -> Source:
        text = os.fsdecode(path)  # non-UTF-8 bytes survive as surrogate escapes
        return cls(name=escaped_name(text), path=Path(text), limits=limits)

    @classmethod
    def from_bytes(cls, name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Source:
        return cls(name=escaped_name(name), data=data, limits=limits)

    @classmethod
    def stdin(cls, limits: Limits = DEFAULT_LIMITS) -> Source:
        """Standard input, read now and once; `InputError` when it is over the size limit."""
        return cls(name="<stdin>", limits=limits, spool=spool_stdin(limits.max_file_bytes))

    def open(self) -> BinaryIO:
        """A binary stream over the content; files are streamed, never loaded whole.

        Raises `InputError` for anything but a regular file, and (while reading)
        once the content passes `limits.max_file_bytes`.
        """
        limit = self.limits.max_file_bytes
        if self.data is not None:
            if limit and len(self.data) > limit:
                raise too_large("input", limit, "--max-file-bytes")
            return io.BytesIO(self.data)
        if self.spool is not None:
            fd = os.dup(self.spool.fileno())
            os.lseek(fd, 0, os.SEEK_SET)
            return bounded(os.fdopen(fd, "rb", buffering=0), limit, "standard input")
        assert self.path is not None
        return open_regular(self.path, limit)

    def size(self) -> int:
        """Size in bytes (0 when it cannot be known; reading then says why)."""
        if self.data is not None:
            return len(self.data)
        if self.spool is not None:
            return os.fstat(self.spool.fileno()).st_size
        assert self.path is not None
        try:
            return os.stat(self.path).st_size
        except OSError:
            return 0


ReadResult = Draft | Problem


class Reader(Protocol):
    """A reader turns one source into drafts and problems.

    It raises `InputError` when the source as a whole is unreadable; drafts it
    yielded before that are kept.
    """

    def __call__(self, source: Source) -> Iterator[ReadResult]: ...
