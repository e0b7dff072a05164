"""Compact, quick-to-load forms of the gazetteer's largest parts.

Loading the compiled gazetteer at start-up was mostly spent rebuilding one dict of
450,000 names (every key hashed and inserted again) and a few lists of 270,000
strings. Here the names are kept sorted, in one byte string found by bisection
(see `NameIndex`), with the entries in two integer arrays, and a list of strings
is one byte string too (`PackedStrings`), a string made only when it is read.
Lookups give exactly what the dict gave (an int for a single entry, a tuple for
several, in the same order); they are a little slower than a dict's, which does
not matter because the gazetteer remembers its lookups.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import overload

_SEP = "\n"


class PackedStrings(Sequence[str]):
    """A read-only list of strings kept as one UTF-8 byte string and the offset of each.

    Loading it makes no string: a string is decoded when it is read (the gazetteer's
    270,000 entry names and their normalised forms took 0.045 s to split and 30 MB
    to hold, for the few thousand a run reads). It equals a list of the same strings.
    """

    __slots__ = ("_blob", "_starts")

    def __init__(self, strings: Iterable[str]) -> None:
        blob = bytearray()
        self._starts = array("q", [0])
        for string in strings:
            blob += _encode(string)
            self._starts.append(len(blob))
        self._blob = bytes(blob)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("PackedStrings index out of range")
        return self._blob[self._starts[i] : self._starts[i + 1]].decode("utf-8", "surrogatepass")

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (list, PackedStrings)):
            return NotImplemented
        return len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[bytes, array[int]]:
        return (self._blob, self._starts)

    def __setstate__(self, state: tuple[bytes, array[int]]) -> None:
        self._blob, self._starts = state


#: Keys per block of the packed index: a lookup bisects the blocks' first keys, then
#: searches one block's bytes.
_BLOCK = 64


class NameIndex:
    """A read-only map from names to one entry (an int) or several (a tuple of ints).

    The sorted names are kept as one UTF-8 byte string, each name between newlines,
    with the offset of each: loading makes no string per name (450,000 of them took
    0.04 s to unpickle and 27 MB to hold). A lookup bisects the first names of blocks
    of 64 (strings, in code point order, which UTF-8 bytes keep) and finds the name in
    that block's bytes, in about a microsecond. Names containing a newline cannot be
    packed so: such an index keeps a plain sorted list.
    """

    __slots__ = ("_blob", "_codes", "_firsts", "_keys", "_more", "_starts")

    def __init__(self, table: Mapping[str, int | tuple[int, ...]]) -> None:
        keys = sorted(table)
        # codes[i] >= 0: the single entry of keys[i]; otherwise more[-codes[i] - 1] is the
        # number of entries, followed by the entries.
        self._codes = array("q")
        self._more = array("q")
        for key in keys:
            value = table[key]
            if isinstance(value, int):
                self._codes.append(value)
            else:
                self._codes.append(-len(self._more) - 1)
                self._more.append(len(value))
                self._more.extend(value)
        self._keys: list[str] | None = None
        self._blob = b""
        self._starts = array("q")
        self._firsts: list[str] = []
        if any(_SEP in key for key in keys):
            self._keys = keys
            return
        blob = bytearray(b"\n")
        for key in keys:
            self._starts.append(len(blob))
            blob += _encode(key)
            blob += b"\n"
        self._blob = bytes(blob)
        self._firsts = keys[::_BLOCK]

    def _index(self, key: str) -> int:
        """The position of ``key`` among the sorted names, or -1."""
        if self._keys is not None:
            keys = self._keys
            i = bisect_left(keys, key)
            return i if i < len(keys) and keys[i] == key else -1
        block = bisect_right(self._firsts, key) - 1
        if block < 0 or _SEP in key:
            return -1
        starts, blob = self._starts, self._blob
        first = block * _BLOCK
        after = first + _BLOCK
        low = starts[first] - 1  # the newline before the block's first name
        high = starts[after] if after < len(starts) else len(blob) + 1  # past its last newline
        found = blob.find(b"\n" + _encode(key) + b"\n", low, high)
        if found < 0:
            return -1
        return first + blob.count(b"\n", low + 1, found + 1)

    def get(self, key: str) -> int | tuple[int, ...] | None:
        i = self._index(key)
        if i < 0:
            return None
        code = self._codes[i]
        if code >= 0:
            return code
        start = -code - 1
        more = self._more
        return tuple(more[start + 1 : start + 1 + more[start]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._index(key) >= 0

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[str]:
        if self._keys is not None:
            return iter(self._keys)
        names = self._blob[1:-1].split(b"\n") if self._codes else []
        return (name.decode("utf-8", "surrogatepass") for name in names)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NameIndex):
            return NotImplemented
        return (list(self), self._codes, self._more) == (list(other), other._codes, other._more)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)


def _encode(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")
