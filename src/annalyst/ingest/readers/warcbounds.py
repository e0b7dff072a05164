"""warcio's record reader with the limits a hostile archive needs.

warcio reads header lines with an unbounded `readline` (a 1 GB line is held in
memory, grown by repeated concatenation) and inflates gzip members with no
bound on what comes out. `BoundedArchiveIterator` swaps in a reader that
refuses a header line past `max_line`, and counts what decompression produces
against `Limits.max_decompressed_bytes` and `Limits.max_ratio`.
"""

from __future__ import annotations

from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.utils import BUFF_SIZE

from annalyst.ingest.errors import InputError
from annalyst.ingest.limits import RATIO_GRACE_BYTES, Limits, human_bytes

# WARC and HTTP header lines are short; a long URL or cookie is a few KB.
MAX_HEADER_LINE = 1024 * 1024


class WarcLimitError(InputError):
    """An archive went past a limit; not a sign of truncation."""


class _BoundedReader(DecompressingBufferedReader):  # type: ignore[misc]
    def __init__(self, stream: Any, limits: Limits, **kwargs: Any) -> None:
        super().__init__(stream, **kwargs)
        self.limits = limits
        self.decompressor: Any
        self.max_line = min(MAX_HEADER_LINE, limits.max_line_chars or MAX_HEADER_LINE)
        self.compressed = 0
        self.inflated = 0

    def readline(self, length: int | None = None) -> bytes:
        bound = self.max_line + 1
        line: bytes = super().readline(min(length, bound) if length else bound)
        if len(line) > self.max_line and not line.endswith(b"\n"):
            raise WarcLimitError(
                f"header line longer than {human_bytes(self.max_line)}; not a readable WARC"
            )
        return line

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if not self.decompressor:
            return
        self.compressed += len(data)
        self.inflated += self.buff_size
        limit = self.limits.max_decompressed_bytes
        if limit and self.inflated > limit:
            raise WarcLimitError(
                f"decompresses to more than {human_bytes(limit)}; "
                "raise --max-decompressed-bytes to read it"
            )
        ratio = self.inflated / max(self.compressed, 1)
        if (
            self.limits.max_ratio
            and self.inflated > RATIO_GRACE_BYTES
            and ratio > self.limits.max_ratio
        ):
            raise WarcLimitError(
                f"decompresses to {ratio:.0f} times its size (a compression bomb?); "
                "raise --max-ratio to read it"
            )

    def _decompress(self, data: bytes) -> bytes:
        # warcio prints a damaged member's error on stderr and carries on with
        # nothing; a damaged archive is reported as such instead.
        if not (self.decompressor and data):
            return data
        try:
            inflated: bytes = self.decompressor.decompress(data)
        except Exception as exc:
            if self.num_block_read == 0:
                self.decompressor = None  # not compressed after all
                return data
            raise InputError(f"damaged gzip data: {exc}") from exc
        return inflated


class BoundedArchiveIterator(ArchiveIterator):  # type: ignore[misc]
    def __init__(self, stream: Any, limits: Limits, **kwargs: Any) -> None:
        super().__init__(stream, **kwargs)
        # Iteration has not started: the reader can still be replaced.
        block_size = int(kwargs.get("block_size") or BUFF_SIZE)
        self.reader: Any = _BoundedReader(self.fh, limits, block_size=block_size)

    @property
    def inflated(self) -> int:
        reader = self.reader
        return reader.inflated if isinstance(reader, _BoundedReader) else 0
