"""Patterns rebuilt from a kept program are the patterns ``re.compile`` makes.

``re.Pattern`` equality compares the source, the flags and the engine's opcodes, so
an equal pattern matches exactly as the compiled one does."""

from __future__ import annotations

import pickle
import re
from array import array
from dataclasses import replace

import pytest

from annalyst.knowledge import regexprogram
from annalyst.knowledge.outlets import OutletRegistry

SOURCES = [
    (r"(?<![\w/.-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<m>Jan|Feb)(?!\d)", 0),
    (r"(?i:the)\s+(?P<rel>last|next)\s+(?P=rel)?week\Z", 0),
    (r"(?i)al[- ]?jazeera|reuters", 0),
    (r"caf[eé]\b|\d{2,4}", re.IGNORECASE),
    (r"^\s*(?:x|y)+$", re.MULTILINE | re.ASCII),
]


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_a_kept_program_gives_the_compiled_pattern(source: str, flags: int) -> None:
    kept = regexprogram.program(source, flags)
    assert kept is not None
    kept = pickle.loads(pickle.dumps(kept))
    rebuilt = regexprogram.pattern(source, flags, kept)
    assert rebuilt == re.compile(source, flags)
    assert rebuilt.groupindex == re.compile(source, flags).groupindex


def test_a_program_for_another_pattern_or_engine_is_not_used() -> None:
    kept = regexprogram.program("abc")
    assert kept is not None
    assert regexprogram.pattern("abd", 0, kept) == re.compile("abd")
    assert regexprogram.pattern("abc", re.IGNORECASE, kept) == re.compile("abc", re.IGNORECASE)
    foreign = replace(kept, engine=("cpython", 0, 0, 4))
    assert regexprogram.pattern("abc", 0, foreign) == re.compile("abc")


def test_a_program_the_engine_refuses_is_compiled_again() -> None:
    kept = regexprogram.program("a+b")
    assert kept is not None
    broken = replace(kept, code=array("I", [999, 0, 1]))
    assert regexprogram.pattern("a+b", 0, broken) == re.compile("a+b")


def test_the_outlet_matcher_keeps_its_program_when_pickled() -> None:
    registry = OutletRegistry.load()
    assert registry.find_in_text("told Al Jazeera on Monday")
    loaded = pickle.loads(pickle.dumps(registry))
    matcher = loaded._matcher
    assert matcher is not None and matcher._program is not None
    assert matcher.pattern == re.compile(matcher._source, re.IGNORECASE)
    text = "Reuters and Al Jazeera reported, as did the BBC."
    assert loaded.find_in_text(text) == registry.find_in_text(text)
