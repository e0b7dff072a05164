"""Decoding text inputs: binary rejection, streamed lines of bounded length.

The encoding is sniffed from a prefix (see `encodings`), then the stream is
decoded incrementally, so a 200 MB file never sits in memory whole. Each chunk
is split once, so a file that is one enormous line costs linear time; a line
longer than the limit is dropped (reported through `TextLines.problems`) and
the lines after it are still read.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from annalyst.ingest.encodings import (
    CANDIDATE_ENCODINGS,
    looks_binary,
    sniff_encoding,
    wide_encoding,
)
from annalyst.ingest.errors import InputError
from annalyst.ingest.limits import DEFAULT_LIMITS

__all__ = [
    "CANDIDATE_ENCODINGS",
    "SNIFF_BYTES",
    "TextLines",
    "decode_bytes",
    "iter_lines",
    "looks_binary",
    "sniff_encoding",
    "wide_encoding",
]

SNIFF_BYTES = 64 * 1024
CHUNK_BYTES = 256 * 1024
_NEWLINE = re.compile(r"\r\n|[\r\n]")


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a whole (small) byte string, refusing binary content."""
    if looks_binary(data[:SNIFF_BYTES]):
        raise InputError("binary content, not text")
    encoding = sniff_encoding(data[:SNIFF_BYTES])
    return data.decode(encoding, errors="replace")


def long_line(limit: int) -> str:
    return f"line longer than {limit} characters; skipped (raise --max-line-chars to read it)"


class TextLines:
    """(1-based line number, line without its newline) from a binary stream.

    Raises `InputError` for empty or binary input before yielding anything. A
    line over `max_chars` comes out empty, so numbering stays right, and
    `problems` gets (line number, reason); readers turn those into `Problem`s.
    """

    def __init__(self, stream: BinaryIO, max_chars: int = DEFAULT_LIMITS.max_line_chars) -> None:
        self._stream = stream
        self.max_chars = max_chars
        self.problems: list[tuple[int, str]] = []
        self.line_number = 0  # of the last line handed out
        self._lines = self._read()

    def __iter__(self) -> TextLines:
        return self

    def __next__(self) -> tuple[int, str]:
        number, line = next(self._lines)
        self.line_number = number
        return number, line

    def take_problems(self) -> list[tuple[int, str]]:
        found, self.problems = self.problems, []
        return found

    def _read(self) -> Iterator[tuple[int, str]]:
        prefix = self._stream.read(SNIFF_BYTES)
        if not prefix:
            raise InputError("empty file")
        if looks_binary(prefix):
            raise InputError("binary content, not text")
        decoder = codecs.getincrementaldecoder(sniff_encoding(prefix))(errors="replace")
        limit = self.max_chars
        pieces: list[str] = []  # the line being read, in pieces: joined once, when complete
        size = 0
        dropping = False  # the line being read is over the limit
        number = 0
        held = ""  # a CR at the end of a chunk: its LF may come first in the next
        chunk = prefix
        while True:
            final = not chunk
            text = held + decoder.decode(chunk, final=final)
            held = ""
            if text.endswith("\r") and not final:
                text, held = text[:-1], "\r"
            parts = _NEWLINE.split(text)
            for index, part in enumerate(parts):
                if not dropping:
                    size += len(part)
                    if limit and size > limit:
                        dropping = True
                        pieces.clear()
                    else:
                        pieces.append(part)
                if index == len(parts) - 1:
                    break  # the last part's line goes on in the next chunk
                number += 1
                if dropping:
                    self.problems.append((number, long_line(limit)))
                    yield number, ""
                else:
                    yield number, "".join(pieces)
                pieces.clear()
                size = 0
                dropping = False
            if final:
                break
            chunk = self._stream.read(CHUNK_BYTES)
        if dropping:
            number += 1
            self.problems.append((number, long_line(limit)))
            yield number, ""
        elif size:
            number += 1
            yield number, "".join(pieces)


def iter_lines(
    stream: BinaryIO, name: str = "<stream>", max_chars: int = DEFAULT_LIMITS.max_line_chars
) -> TextLines:
    """The lines of a binary stream; see `TextLines`."""
    del name  # kept for callers that pass it; messages name the source themselves
    return TextLines(stream, max_chars)
