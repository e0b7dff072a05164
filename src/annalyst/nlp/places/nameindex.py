"""Compact, quick-to-load forms of the gazetteer's largest parts.

Loading the compiled gazetteer at start-up was mostly spent rebuilding one dict of
450,000 names (every key hashed and inserted again) and a few lists of 270,000
strings. Here the names are kept as a sorted list, found by bisection, with the
entries in two integer arrays; a list of strings is pickled as one string split
on load. Lookups give exactly what the dict gave (an int for a single entry, a
tuple for several, in the same order); they are a little slower than a dict's,
which does not matter because the gazetteer remembers its lookups.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping

_SEP = "\n"


def pack_strings(strings: list[str]) -> tuple[int, str] | list[str]:
    """A picklable form of ``strings`` that loads fast (one string, split on load)."""
    if any(_SEP in s for s in strings):
        return list(strings)
    return (len(strings), _SEP.join(strings))


def unpack_strings(packed: tuple[int, str] | list[str]) -> list[str]:
    """The list :func:`pack_strings` packed."""
    if isinstance(packed, list):
        return packed
    count, joined = packed
    return joined.split(_SEP) if count else []


class NameIndex:
    """A read-only map from names to one entry (an int) or several (a tuple of ints)."""

    __slots__ = ("_codes", "_keys", "_more")

    def __init__(self, table: Mapping[str, int | tuple[int, ...]]) -> None:
        self._keys: list[str] = sorted(table)
        # codes[i] >= 0: the single entry of keys[i]; otherwise more[-codes[i] - 1] is the
        # number of entries, followed by the entries.
        self._codes = array("q")
        self._more = array("q")
        for key in self._keys:
            value = table[key]
            if isinstance(value, int):
                self._codes.append(value)
            else:
                self._codes.append(-len(self._more) - 1)
                self._more.append(len(value))
                self._more.extend(value)

    def get(self, key: str) -> int | tuple[int, ...] | None:
        keys = self._keys
        i = bisect_left(keys, key)
        if i == len(keys) or keys[i] != key:
            return None
        code = self._codes[i]
        if code >= 0:
            return code
        start = -code - 1
        more = self._more
        return tuple(more[start + 1 : start + 1 + more[start]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NameIndex):
            return NotImplemented
        return (self._keys, self._codes, self._more) == (other._keys, other._codes, other._more)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[object, array[int], array[int]]:
        return (pack_strings(self._keys), self._codes, self._more)

    def __setstate__(
        self, state: tuple[tuple[int, str] | list[str], array[int], array[int]]
    ) -> None:
        packed, self._codes, self._more = state
        self._keys = unpack_strings(packed)
