"""Decoding text inputs: encoding detection, binary rejection, streamed lines.

News dumps arrive in UTF-8, cp1256 (Arabic Windows), latin-1 and worse. We sniff
the encoding from a prefix with charset-normalizer, then decode the stream
incrementally so a 200 MB file never sits in memory whole.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

from annalyst.ingest.model import InputError

SNIFF_BYTES = 64 * 1024
# Legacy encodings seen in news archives. Restricting the detector to these keeps
# it from picking a rare code page that happens to fit a short sample.
CANDIDATE_ENCODINGS = [
    "cp1252",
    "cp1256",
    "cp1251",
    "cp1255",
    "iso8859_6",
    "iso8859_8",
    "koi8_r",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
]
CHUNK_BYTES = 256 * 1024


def looks_binary(prefix: bytes) -> bool:
    """True when a prefix is clearly not text (NUL bytes or many control bytes)."""
    if not prefix:
        return False
    if b"\x00" in prefix[:8192] and not _is_utf16(prefix):
        return True
    sample = prefix[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.10


def _is_utf16(prefix: bytes) -> bool:
    return prefix.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def sniff_encoding(prefix: bytes) -> str:
    """Best guess of the encoding of a byte prefix (UTF-8 preferred when valid)."""
    if prefix.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if _is_utf16(prefix):
        return "utf-16"
    try:
        # A cut in the middle of a multi-byte sequence at the end is not an error.
        prefix.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(prefix) - 3:
            return "utf-8"
    best = from_bytes(prefix, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        return "latin-1"
    return str(best.encoding)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a whole (small) byte string, refusing binary content."""
    if looks_binary(data[:SNIFF_BYTES]):
        raise InputError("binary content, not text")
    encoding = sniff_encoding(data[:SNIFF_BYTES])
    return data.decode(encoding, errors="replace")


def iter_lines(stream: BinaryIO, name: str = "<stream>") -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, line without newline) from a binary stream.

    Raises `InputError` for empty or binary input before yielding anything.
    """
    prefix = stream.read(SNIFF_BYTES)
    if not prefix:
        raise InputError("empty file")
    if looks_binary(prefix):
        raise InputError("binary content, not text")
    encoding = sniff_encoding(prefix)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    pending = ""
    number = 0
    chunk = prefix
    while True:
        final = not chunk
        text = decoder.decode(chunk, final=final)
        if text:
            pending += text
            *complete, pending = _split_lines(pending)
            for line in complete:
                number += 1
                yield number, line
        if final:
            break
        chunk = stream.read(CHUNK_BYTES)
    if pending.rstrip("\r"):
        number += 1
        yield number, pending.rstrip("\r")


def _split_lines(text: str) -> list[str]:
    """Split on newlines keeping the last (possibly incomplete) piece.

    A trailing CR is held back: its LF may arrive with the next chunk.
    """
    held = ""
    if text.endswith("\r"):
        text, held = text[:-1], "\r"
    parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts[-1] += held
    return parts
