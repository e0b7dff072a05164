"""Regular expressions kept compiled, for the few too large to compile at every start.

Python's ``re`` parses a pattern and turns it into the regex engine's opcodes in
Python code, and a pickled pattern is compiled again when it is loaded. For the
outlet names (one 33,000-character trie-shaped pattern) that is 0.04–0.09 s of
every process start. A :class:`Program` keeps the opcodes themselves, so that the
pattern is rebuilt from them by the engine directly (under a millisecond); the
pattern is the very one ``re.compile`` gives (patterns compare equal by their
opcodes, which a test checks).

The opcodes belong to one interpreter: a program made by another Python (a cache
shared between versions) is not used, and neither is one the engine refuses (it
checks every program it is given); ``re.compile`` is then used as usual.
"""

from __future__ import annotations

import importlib
import re
import sys
from array import array
from dataclasses import dataclass
from typing import Any

try:  # CPython's own regex compiler and engine (private modules, hence the guards)
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")

    ENGINE: tuple[object, ...] | None = (
        sys.implementation.name,
        sys.hexversion,
        _sre.MAGIC,
        _sre.CODESIZE,
    )
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    ENGINE = None


@dataclass(frozen=True, slots=True)
class Program:
    """A compiled pattern's parts, as ``re._compiler.compile`` hands them to the engine."""

    engine: tuple[object, ...]
    source: str
    flags: int  # as given to ``re.compile``
    engine_flags: int  # with the flags the pattern sets itself ("(?i)")
    code: array[int]
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]


def program(source: str, flags: int = 0) -> Program | None:
    """The compiled form of ``re.compile(source, flags)``, or None where it cannot be kept."""
    if ENGINE is None:
        return None
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return Program(
            ENGINE,
            source,
            flags,
            flags | parsed.state.flags,
            array("I", code),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # any surprise: compile the usual way instead
        return None


def pattern(source: str, flags: int = 0, kept: Program | None = None) -> re.Pattern[str]:
    """``re.compile(source, flags)``, built from ``kept`` when it is that pattern's program."""
    if kept is not None and kept.engine == ENGINE and kept.source == source and kept.flags == flags:
        try:
            compiled: re.Pattern[str] = _sre.compile(
                source,
                kept.engine_flags,
                kept.code.tolist(),
                kept.groups,
                kept.groupindex,
                kept.indexgroup,
            )
            return compiled
        except Exception:  # refused by the engine: compile it again
            pass
    return re.compile(source, flags)
