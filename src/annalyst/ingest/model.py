"""What readers produce: article drafts, problems, and the sources they read.

Readers never touch the store. They turn one input (a file, a stdin stream, a
record inside a WARC) into `Draft`s, and report anything they cannot read as a
`Problem` naming the source and the place in it, so one bad record never stops
the run.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol


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


@dataclass(frozen=True)
class Problem:
    """Something in an input that could not be read; reported, never fatal."""

    source: str
    reason: str
    location: str | None = None  # "line 12", "record 3", "entry 5", …

    def __str__(self) -> str:
        where = f"{self.source}:{self.location}" if self.location else self.source
        return f"{where}: {self.reason}"


class InputError(Exception):
    """A whole input cannot be read (binary, empty, truncated, wrong format)."""


@dataclass(frozen=True)
class Source:
    """One input to read: a file on disk, or standard input."""

    name: str  # what messages and records call it
    path: Path | None = None  # None for stdin
    data: bytes | None = None  # preloaded bytes (stdin, WARC payloads, tests)

    @classmethod
    def from_path(cls, path: Path) -> Source:
        return cls(name=str(path), path=path)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Source:
        return cls(name=name, data=data)

    @classmethod
    def stdin(cls) -> Source:
        return cls(name="<stdin>", data=sys.stdin.buffer.read())

    def open(self) -> BinaryIO:
        """A binary stream over the content; files are streamed, never loaded whole."""
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size


ReadResult = Draft | Problem


class Reader(Protocol):
    """A reader turns one source into drafts and problems.

    It raises `InputError` when the source as a whole is unreadable; drafts it
    yielded before that are kept.
    """

    def __call__(self, source: Source) -> Iterator[ReadResult]: ...
