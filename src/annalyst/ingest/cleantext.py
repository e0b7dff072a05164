"""Strings from input made safe to store and to show.

Input can hold what neither DuckDB nor a terminal should get: lone surrogates
(a JSON `"\\udc80"`), NUL characters, file names that are not UTF-8 (Python keeps
their bytes as surrogate escapes), and control characters (ANSI escapes, newlines
in a name) that would repaint or split a terminal line.

* `storable` replaces lone surrogates and NULs with U+FFFD and counts them;
* `escaped_name` keeps a file name's raw bytes visible as `\\xNN`, and escapes
  control characters, so the name stays one readable line and round-trips to
  what `ls -b` shows;
* `printable` escapes control and surrogate characters in any message.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# C0 and C1 controls, DEL, lone surrogates, and the invisible format characters
# that reorder or hide text on a terminal (bidi overrides, zero-width joiners stay).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def storable(text: str) -> tuple[str, int]:
    """Text with lone surrogates and NULs replaced by U+FFFD, and how many were replaced."""
    if not _UNSTORABLE.search(text):
        return text, 0
    return _UNSTORABLE.subn(REPLACEMENT, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a non-UTF-8 file name
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """One line of text safe to print: control and surrogate characters escaped."""
    return _UNPRINTABLE.sub(_escape, text)


def escaped_name(name: str) -> str:
    """A file name (as `os.fsdecode` gives it) as a storable, printable string."""
    return printable(name)


def is_printable(text: str) -> bool:
    return not _UNPRINTABLE.search(text)
