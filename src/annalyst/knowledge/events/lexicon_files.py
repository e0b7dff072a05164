"""Parsing ``events.yaml`` (and extra lexicon files) into raw, unchecked specs.

This reads the sections (classes, entries, instruments) and the shape of each item;
checking the items against the ontology and turning them into triggers is
:mod:`annalyst.knowledge.events.lexicon_build`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError, field_validator

from annalyst.knowledge.events.models import _check_cameo_text, _Model
from annalyst.knowledge.events.requirements import _SLOTS, Number, _str_tuple
from annalyst.knowledge.events.yamlfile import (
    _compose,
    _duplicate_keys,
    _get,
    _line,
    _pydantic_errors,
    _to_py,
)

_WORD_RE = re.compile(r"^[a-z0-9][a-z0-9.'’é&-]*$")
_CLASS_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SPLIT_HYPHEN_RE = re.compile(r"[a-z]-[a-z]")
#: Hyphenated verbs the pipeline keeps as one token (``annalyst.nlp.retag``), so that a
#: lemma may name them whole.
WHOLE_HYPHENATED_VERBS = ("test-fire", "test-launch")


class _RequiresSpec(_Model):
    particle: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    governor: tuple[str, ...] = ()
    complement: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    not_object: tuple[str, ...] = ()
    not_subject: tuple[str, ...] = ()
    not_complement: tuple[str, ...] = ()
    not_instrument: tuple[str, ...] = ()
    not_dep: tuple[str, ...] = ()
    number: Number | None = None
    case: Literal["lower"] | None = None

    _coerce = field_validator(*_SLOTS, mode="before")(_str_tuple)


class _EntrySpec(_Model):
    lemma: str | None = None
    phrase: str | None = None
    pos: tuple[str, ...] = ()
    type: str
    mode: str | None = None
    cameo: str | None = None
    requires: _RequiresSpec = Field(default_factory=_RequiresSpec)
    light_verbs: tuple[str, ...] = ()
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    stative: bool = False
    intensity: float | None = Field(default=None, ge=-10.0, le=10.0)
    priority: int = 0
    id: str | None = None
    notes: str = ""

    _coerce = field_validator("pos", "light_verbs", mode="before")(_str_tuple)

    @field_validator("cameo", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return _check_cameo_text(value)


@dataclass
class _RawEntry:
    spec: _EntrySpec
    node: yaml.MappingNode
    path: Path
    line: int


def _check_word(item: str, *, verb_slot: bool) -> str | None:
    """Why ``item`` is not a valid list item, or None."""
    if item in ("*", "<place>", "<person>", "<operation>"):  # any word; or a kind of name
        return None
    words = item.split(" ")
    if len(words) > 2:
        return f"{item!r}: at most a verb and its particle"
    if len(words) == 2 and not verb_slot:
        return f"{item!r}: two-word items (verb + particle) only make sense for verbs"
    for w in words:
        if not _WORD_RE.match(w) or w != w.lower():
            return f"{item!r}: items are lower-case single tokens"
        if _SPLIT_HYPHEN_RE.search(w):
            return f"{item!r}: the tokenizer splits this hyphen; use a phrase or another word"
    return None


class _InstrumentSpec(_Model):
    words: tuple[str, ...] = Field(min_length=1)
    type: str
    mode: str
    cameo: str | None = None

    _coerce = field_validator("words", mode="before")(_str_tuple)

    @field_validator("cameo", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return _check_cameo_text(value)


@dataclass
class _RawInstrument:
    spec: _InstrumentSpec
    node: yaml.MappingNode
    path: Path
    line: int


@dataclass
class _ParsedLexicon:
    classes: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    entries: list[_RawEntry] = field(default_factory=list)
    instruments: list[_RawInstrument] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _parse_instruments(path: Path, node: yaml.Node, out: _ParsedLexicon) -> None:
    if not isinstance(node, yaml.SequenceNode):
        out.errors.append(f"{path}:{_line(node)}: ?: instruments: must be a list")
        return
    for index, item in enumerate(node.value):
        line = _line(item)
        ident = f"<instrument {index + 1}>"
        if not isinstance(item, yaml.MappingNode):
            out.errors.append(f"{path}:{line}: {ident}: -: an instrument must be a mapping")
            continue
        try:
            spec = _InstrumentSpec.model_validate(_to_py(item))
        except ValidationError as exc:
            out.errors.extend(_pydantic_errors(exc, path, item, ident))
            continue
        out.instruments.append(_RawInstrument(spec, item, path, line))


def _parse_lexicon_file(path: Path) -> _ParsedLexicon:
    parsed = _ParsedLexicon()
    classes, entries, errors = _parse_lexicon_sections(path, parsed)
    parsed.classes, parsed.entries = classes, entries
    parsed.errors[:0] = errors
    return parsed


def _parse_lexicon_sections(
    path: Path, parsed: _ParsedLexicon
) -> tuple[dict[str, tuple[tuple[str, ...], int]], list[_RawEntry], list[str]]:
    root, errors = _compose(path)
    if root is None:
        return {}, [], errors
    if not isinstance(root, yaml.MappingNode):
        return {}, [], [f"{path}:{_line(root)}: ?: -: the file must be a mapping"]
    instruments_node = _get(root, "instruments")
    if instruments_node is not None:
        _parse_instruments(path, instruments_node, parsed)
    for k, _v in root.value:
        if isinstance(k, yaml.ScalarNode) and k.value not in {
            "classes",
            "entries",
            "instruments",
            "version",
        }:
            errors.append(f"{path}:{_line(k)}: ?: {k.value}: unknown section")
    classes: dict[str, tuple[tuple[str, ...], int]] = {}
    classes_node = _get(root, "classes")
    if classes_node is not None:
        if not isinstance(classes_node, yaml.MappingNode):
            errors.append(f"{path}:{_line(classes_node)}: ?: classes: must be a mapping")
        else:
            for key_node, node in classes_node.value:
                name = str(key_node.value)
                line = _line(key_node)
                if not _CLASS_RE.match(name):
                    errors.append(f"{path}:{line}: @{name}: classes: bad class name")
                    continue
                if name in classes:
                    errors.append(f"{path}:{line}: @{name}: classes: class defined twice")
                    continue
                value = _to_py(node)
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    errors.append(f"{path}:{line}: @{name}: classes: must be a list of words")
                    continue
                bad = [e for v in value if (e := _check_word(v, verb_slot=True)) is not None]
                errors.extend(f"{path}:{line}: @{name}: classes: {b}" for b in bad)
                classes[name] = (tuple(value), line)
    entries: list[_RawEntry] = []
    entries_node = _get(root, "entries")
    if entries_node is None:
        return classes, entries, errors
    if not isinstance(entries_node, yaml.SequenceNode):
        errors.append(f"{path}:{_line(entries_node)}: ?: entries: must be a list")
        return classes, entries, errors
    for index, node in enumerate(entries_node.value):
        line = _line(node)
        if not isinstance(node, yaml.MappingNode):
            errors.append(f"{path}:{line}: <entry {index + 1}>: -: an entry must be a mapping")
            continue
        ident = _entry_ident(node, index)
        dups = list(_duplicate_keys(node))
        for dup_line, dup in dups:
            errors.append(f"{path}:{dup_line}: {ident}: {dup}: field given twice")
        if dups:
            continue
        try:
            spec = _EntrySpec.model_validate(_to_py(node))
        except ValidationError as exc:
            errors.extend(_pydantic_errors(exc, path, node, ident))
            continue
        entries.append(_RawEntry(spec, node, path, line))
    return classes, entries, errors


def _entry_ident(node: yaml.MappingNode, index: int) -> str:
    for name in ("id", "lemma", "phrase"):
        value = _get(node, name)
        if isinstance(value, yaml.ScalarNode) and value.value:
            return str(value.value)
    return f"<entry {index + 1}>"
