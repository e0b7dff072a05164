"""Which encoding a byte prefix is in, and whether it is text at all.

News dumps arrive in UTF-8, cp1256 (Arabic Windows), latin-1, and now and then
UTF-16 or UTF-32 (Windows "Unicode" text, exports from old tools), with or
without a byte-order mark. Wide encodings are full of NUL and control bytes, so
they are recognised before the binary check that would otherwise reject them.
"""

from __future__ import annotations

import codecs
from collections import Counter

from charset_normalizer import from_bytes

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
_BOMS = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192


def bom_encoding(prefix: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if prefix.startswith(bom):
            return encoding
    return None


def _share(values: bytes) -> tuple[int, float]:
    """The most common byte among `values` and the share of values it takes."""
    if not values:
        return 0, 0.0
    byte, count = Counter(values).most_common(1)[0]
    return byte, count / len(values)


def _reads_as_text(sample: bytes, encoding: str) -> bool:
    text = sample.decode(encoding, errors="replace")
    if not text:
        return False
    bad = sum(
        1
        for c in text
        if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) <= 0x9F
    )
    return bad / len(text) < 0.02


def wide_encoding(prefix: bytes) -> str | None:
    """UTF-16 or UTF-32 (by mark, or by the shape of the bytes), else None."""
    marked = bom_encoding(prefix)
    if marked is not None:
        return marked if marked != "utf-8-sig" else None
    sample = prefix[: _SAMPLE - _SAMPLE % 4]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 8:
        return None
    lanes = [sample[i::4] for i in range(4)]
    zero = [lane.count(0) / len(lane) for lane in lanes]
    candidates: list[str] = []
    # Characters below U+10000 leave the top byte pair of a UTF-32 unit empty.
    if zero[2] > 0.95 and zero[3] > 0.95 and zero[0] < 0.5:
        candidates.append("utf-32-le")
    if zero[0] > 0.95 and zero[1] > 0.95 and zero[3] < 0.5:
        candidates.append("utf-32-be")
    # In UTF-16 the high byte of each unit is the script's block (0x00 Latin,
    # 0x04 Cyrillic, 0x06 Arabic), the same for most characters of a text.
    even, odd = sample[0::2], sample[1::2]
    odd_byte, odd_share = _share(odd)
    even_byte, even_share = _share(even)
    if odd_share > 0.6 and odd_share > even_share + 0.3 and odd_byte < 0x30:
        candidates.append("utf-16-le")
    if even_share > 0.6 and even_share > odd_share + 0.3 and even_byte < 0x30:
        candidates.append("utf-16-be")
    for encoding in candidates:
        if _reads_as_text(sample, encoding):
            return encoding
    return None


def looks_binary(prefix: bytes) -> bool:
    """True when a prefix is clearly not text (NUL bytes or many control bytes)."""
    if not prefix or wide_encoding(prefix) is not None:
        return False
    sample = prefix[:_SAMPLE]
    nuls = sample.count(0)
    controls = sum(1 for b in sample if b < 32 and b not in (0, 9, 10, 12, 13, 27))
    # A stray NUL in text is replaced when stored; many NULs, or NULs among other
    # control bytes (image headers, compressed data), mean binary.
    if nuls > max(2, len(sample) // 200):
        return True
    if nuls and (nuls + controls) / len(sample) > 0.02:
        return True
    return controls / len(sample) > 0.10


def sniff_encoding(prefix: bytes) -> str:
    """Best guess of the encoding of a byte prefix (UTF-8 preferred when valid)."""
    wide = bom_encoding(prefix) or wide_encoding(prefix)
    if wide is not None:
        return wide
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
