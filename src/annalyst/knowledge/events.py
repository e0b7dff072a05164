"""The event ontology (PLOVER types and modes, CAMEO codes) and the event lexicon.

Three packaged YAML files under ``knowledge/data/`` hold the data:

``plover.yaml``
    The sixteen PLOVER event types with their quad class, definition, default
    intensity and CAMEO code, and their modes (each with its own definition, default
    CAMEO code and intensity); plus the older type names (``DEMAND``, ``DISAPPROVE``,
    ``INVESTIGATE``, ``FIGHT`` ...) and what they became.
``cameo.yaml``
    The CAMEO codes: the twenty roots and their sub-codes, each with its name, root,
    CAMEO quad class, Goldstein-style weight and the PLOVER type and mode it maps to.
``events.yaml``
    The event lexicon: trigger words (verbs, nominalisations, multi-word phrases and
    light-verb constructions) with the PLOVER type, mode and CAMEO code they signal,
    and the conditions under which they do (see the file's header for the format).

Everything is validated when loaded; every problem is reported as
``<file>:<line>: <entry>: <field>: <reason>`` and all problems of a load are raised
together in one :class:`EventKnowledgeError`.

Typical use::

    onto = load_ontology()
    onto.quad("ASSAULT")                       # 'material_conflict'
    onto.intensity("ASSAULT", "drone")         # -9.5
    onto.cameo_for("CONSULT", "visit")         # '042'
    onto.cameo_for("REQUEST", "yield", within="02")   # '025' (appeal, not demand)
    onto.plover_for_cameo("1952")              # ('ASSAULT', 'drone')
    onto.resolve("INVESTIGATE")                # ('ACCUSE', 'investigate')

    lex = load_lexicon()
    lex.by_lemma("strike", "NOUN")             # candidate triggers, most specific first
    for trigger in lex.match_token(token):     # a spaCy token: requirements checked,
        ...                                    # mode refined from a named weapon

The lexicon also exports spaCy patterns: :meth:`EventLexicon.phrases` for the
``Matcher`` (fixed phrases, "drone strike", "pull out", "carried out an attack") and
:meth:`EventLexicon.dependency_patterns` for the ``DependencyMatcher``. Patterns only
encode the structural requirements; :meth:`Trigger.accepts` with a
:class:`TriggerContext` (built by hand or from a token) is the reference semantics of
every requirement. Nothing here decides an event's actors, status, date or place: that
is the extractor's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from annalyst.knowledge.yamlnodes import line_at

__all__ = [
    "PLOVER_TYPES",
    "QUADS",
    "CameoCode",
    "EventKnowledgeError",
    "EventLexicon",
    "EventOntology",
    "EventType",
    "Instrument",
    "LegacyName",
    "Mode",
    "PhrasePattern",
    "Quad",
    "Requires",
    "Trigger",
    "TriggerContext",
    "UnknownEventTerm",
    "load_lexicon",
    "load_ontology",
]

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
QUADS: tuple[Quad, ...] = get_args(Quad)
Origin = Literal["plover", "plover-cameo-map", "annalyst"]
Recipient = Literal["required", "optional"]
Number = Literal["singular", "plural"]

#: The sixteen PLOVER event types, cooperative to conflictual.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Universal POS tags a lexicon entry may name.
POS_TAGS: frozenset[str] = frozenset({"VERB", "NOUN", "ADJ", "ADV", "ADP", "NUM"})

_CAMEO_RE = re.compile(r"^\d{2,4}$")
_MODE_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_TYPE_RE = re.compile(r"^[A-Z]+(?:_[A-Z]+)*$")
_WORD_RE = re.compile(r"^[a-z0-9][a-z0-9.'’é&-]*$")
_CLASS_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SPLIT_HYPHEN_RE = re.compile(r"[a-z]-[a-z]")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/+#-]*$")


class EventKnowledgeError(Exception):
    """A problem in the ontology or lexicon files.

    Each line of the message (and each item of :attr:`errors`) reads
    ``<file>:<line>: <entry>: <field>: <reason>``.
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors: list[str] = list(errors)
        super().__init__("\n".join(self.errors))


class UnknownEventTerm(KeyError):
    """An event type, mode or CAMEO code that the ontology does not know."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown event term"


def data_dir() -> Path:
    """The directory holding the packaged knowledge files."""
    return Path(__file__).parent / "data"


def cameo_quad(code: str) -> Quad:
    """CAMEO's own quad class of a code, decided by its two-digit root (as GDELT does)."""
    root = int(code[:2])
    if 1 <= root <= 5:
        return "verbal_cooperation"
    if 6 <= root <= 8:
        return "material_cooperation"
    if 9 <= root <= 13:
        return "verbal_conflict"
    if 14 <= root <= 20:
        return "material_conflict"
    raise ValueError(f"not a CAMEO root: {code[:2]!r}")


# --------------------------------------------------------------------------- YAML with lines


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    value = node.value
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        # only true/false are booleans here: on, off, yes, no are words of the lexicon
        low = value.lower()
        return low == "true" if low in {"true", "false"} else value
    if tag.endswith(":int"):
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag.endswith(":float"):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _to_py(node: yaml.Node) -> Any:
    """Plain Python values from a composed node (timestamps stay strings)."""
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_to_py(item) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key, val in node.value:
            k = _to_py(key)
            out[k if isinstance(k, str | int | float | bool) or k is None else str(k)] = _to_py(val)
        return out
    return None  # pragma: no cover - yaml has no other node kinds


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _line_at(node: yaml.Node, loc: Sequence[int | str], *, key: bool = False) -> int:
    return line_at(node, loc, key=key)


def _get(node: yaml.MappingNode, name: str) -> yaml.Node | None:
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == name:
            found: yaml.Node = v
            return found
    return None


def _duplicate_keys(node: yaml.Node, loc: str = "") -> Iterator[tuple[int, str]]:
    """(line, field) for every key repeated inside one mapping, recursively."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            name = str(k.value) if isinstance(k, yaml.ScalarNode) else "?"
            here = f"{loc}.{name}" if loc else name
            if name in seen:
                yield _line(k), here
            seen.add(name)
            yield from _duplicate_keys(v, here)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicate_keys(item, f"{loc}[{i}]")


def _loc_text(loc: Sequence[int | str]) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "-"


def _compose(path: Path) -> tuple[yaml.Node | None, list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{path}:1: ?: file: cannot read: {exc}"]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "syntax error"
        return None, [f"{path}:{line}: ?: yaml: syntax error: {problem}"]
    except yaml.YAMLError as exc:  # pragma: no cover - every yaml error is marked
        return None, [f"{path}:1: ?: yaml: {exc}"]
    if node is None:
        return None, [f"{path}:1: ?: file: the file is empty"]
    return node, []


def _pydantic_errors(
    exc: ValidationError, path: Path, node: yaml.Node, ident: str, prefix: Sequence[int | str] = ()
) -> list[str]:
    out: list[str] = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        extra = err["type"] == "extra_forbidden"
        line = _line_at(node, loc, key=extra) if loc else _line(node)
        msg = "unknown field" if extra else str(err["msg"]).removeprefix("Value error, ")
        out.append(f"{path}:{line}: {ident}: {_loc_text((*prefix, *loc))}: {msg}")
    return out


# --------------------------------------------------------------------------- ontology models


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ModeSpec(_Model):
    """A mode as written in plover.yaml (under its type)."""

    definition: str = Field(min_length=1)
    cameo: str
    intensity: float = Field(ge=-10.0, le=10.0)
    origin: Origin

    @field_validator("cameo", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return _check_cameo_text(value)


class Mode(_ModeSpec):
    """A PLOVER mode: how an event of its type was carried out."""

    name: str
    type: str


class _TypeFields(_Model):
    """What plover.yaml says of an event type, besides its modes."""

    quad: Quad
    definition: str = Field(min_length=1)
    intensity: float = Field(ge=-10.0, le=10.0)
    cameo: str
    recipient: Recipient
    also_cameo: tuple[str, ...] = ()
    notes: str = ""

    @field_validator("cameo", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return _check_cameo_text(value)

    @field_validator("also_cameo", mode="before")
    @classmethod
    def _codes(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return tuple(_check_cameo_text(v) for v in value)
        return value


class EventType(_TypeFields):
    """A PLOVER event type."""

    name: str
    modes: dict[str, Mode] = Field(default_factory=dict)

    @property
    def verbal(self) -> bool:
        return self.quad.startswith("verbal")

    @property
    def cooperative(self) -> bool:
        return self.quad.endswith("cooperation")


class CameoCode(_Model):
    """One CAMEO event code and its PLOVER reading."""

    code: str
    name: str = Field(min_length=1)
    root: str
    quad: Quad
    weight: float = Field(ge=-10.0, le=10.0)
    plover: str | None = None
    mode: str | None = None
    note: str = ""

    @field_validator("code", "root", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return _check_cameo_text(value)

    @property
    def level(self) -> int:
        """1 for a root, 2 for a three-digit code, 3 for a four-digit code."""
        return len(self.code) - 1


class LegacyName(_Model):
    """An older PLOVER (or CAMEO root) name and the current type/mode it became."""

    name: str
    type: str
    mode: str | None = None


def _check_cameo_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError(f"write CAMEO codes as quoted strings (leading zeros matter): {value!r}")
    if isinstance(value, str) and not _CAMEO_RE.match(value):
        raise ValueError(f"not a CAMEO code (2 to 4 digits): {value!r}")
    return value


def _norm_type(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip()).upper()


def _norm_mode(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip()).lower()


class EventOntology:
    """PLOVER types and modes, CAMEO codes, and the mappings between them.

    Lookups accept current and legacy type names in any case (``"assault"``,
    ``"FIGHT"``) and mode names with hyphens or underscores (``"heavy_weapons"``).
    An unknown type, or a mode that does not belong to the type, raises
    :class:`UnknownEventTerm` (a :class:`KeyError`); CAMEO lookups never raise.
    """

    def __init__(
        self,
        types: Mapping[str, EventType],
        cameo: Mapping[str, CameoCode],
        legacy_names: Mapping[str, LegacyName],
    ) -> None:
        self.types: dict[str, EventType] = dict(types)
        self.cameo: dict[str, CameoCode] = dict(cameo)
        self.legacy_names: dict[str, LegacyName] = dict(legacy_names)
        self.modes: dict[tuple[str, str], Mode] = {
            (t.name, m.name): m for t in self.types.values() for m in t.modes.values()
        }
        by_reading: dict[tuple[str, str | None], list[str]] = {}
        for code in self.cameo.values():
            if code.plover is not None:
                by_reading.setdefault((code.plover, code.mode), []).append(code.code)
        self._codes_by_reading = {
            k: sorted(v, key=lambda c: (len(c), c)) for k, v in by_reading.items()
        }

    # -- names

    def resolve(self, type: str, mode: str | None = None) -> tuple[str, str | None]:
        """The current type name and mode for a (possibly legacy) type and a mode.

        A legacy name that implies a mode (``INVESTIGATE`` -> ACCUSE/investigate)
        contributes it when no mode is given."""
        if not isinstance(type, str):
            raise UnknownEventTerm(f"not an event type: {type!r}")
        key = _norm_type(type)
        implied: str | None = None
        if key in self.types:
            name = key
        elif key in self.legacy_names:
            legacy = self.legacy_names[key]
            name, implied = legacy.type, legacy.mode
        else:
            raise UnknownEventTerm(f"unknown PLOVER event type: {type!r}")
        if mode is None or (isinstance(mode, str) and not mode.strip()):
            return name, implied
        if not isinstance(mode, str):
            raise UnknownEventTerm(f"not a mode: {mode!r}")
        m = _norm_mode(mode)
        if m not in self.types[name].modes:
            raise UnknownEventTerm(f"mode {mode!r} does not belong to {name}")
        return name, m

    def type(self, name: str) -> EventType:
        """The :class:`EventType` for a current or legacy name."""
        return self.types[self.resolve(name)[0]]

    def modes_of(self, type: str) -> dict[str, Mode]:
        """The modes of a type, by name."""
        return dict(self.type(type).modes)

    def mode(self, type: str, mode: str) -> Mode:
        t, m = self.resolve(type, mode)
        if m is None:
            raise UnknownEventTerm(f"no mode given for {t}")
        return self.types[t].modes[m]

    # -- lookups

    def quad(self, type: str) -> Quad:
        """The quad class of a type."""
        return self.type(type).quad

    def is_verbal(self, type: str) -> bool:
        return self.type(type).verbal

    def intensity(self, type: str, mode: str | None = None) -> float:
        """PLOVER intensity (-10 conflict .. +10 cooperation) of a type, refined by mode."""
        t, m = self.resolve(type, mode)
        if m is not None:
            return self.types[t].modes[m].intensity
        return self.types[t].intensity

    def cameo_for(self, type: str, mode: str | None = None, *, within: str | None = None) -> str:
        """The CAMEO code for a type and mode.

        Without ``within`` this is the mode's default code (or the type's). With
        ``within`` (a CAMEO code or root, typically the trigger's own code) the answer
        stays under that root when possible: ``within`` itself if it already reads as
        (type, mode), else the most general code of that root that does."""
        t, m = self.resolve(type, mode)
        if within is not None and isinstance(within, str):
            code = within.strip()
            if code in self.cameo:
                reading = self.cameo[code]
                if reading.plover == t and (m is None or reading.mode == m):
                    return code
            if len(code) >= 2 and code[:2].isdigit():
                root = code[:2]
                for candidate in self._codes_by_reading.get((t, m), ()):
                    if candidate.startswith(root):
                        return candidate
        if m is not None:
            return self.types[t].modes[m].cameo
        return self.types[t].cameo

    def cameo_code(self, code: str) -> CameoCode | None:
        """The :class:`CameoCode` for a code; tolerates a lost leading zero ("42")."""
        if not isinstance(code, str):
            return None
        text = code.strip()
        if text in self.cameo:
            return self.cameo[text]
        if text.isdigit() and len(text) in (2, 3) and "0" + text in self.cameo:
            return self.cameo["0" + text]
        return None

    def plover_for_cameo(self, code: str) -> tuple[str, str | None] | None:
        """The PLOVER (type, mode) a CAMEO code maps to; None when PLOVER has no such
        event (most 01x statements) or the code is unknown. An unknown sub-code falls
        back to its parent ("1953" -> "195"). Never raises."""
        found = self.cameo_code(code)
        if found is None and isinstance(code, str):
            text = code.strip()
            if text.isdigit():
                for cut in (3, 2):
                    if len(text) > cut and text[:cut] in self.cameo:
                        found = self.cameo[text[:cut]]
                        break
        if found is None or found.plover is None:
            return None
        return found.plover, found.mode

    def weight(self, code: str) -> float | None:
        """The Goldstein-style weight of a CAMEO code, or None if unknown."""
        found = self.cameo_code(code)
        return None if found is None else found.weight

    def __repr__(self) -> str:
        return (
            f"EventOntology({len(self.types)} types, {len(self.modes)} modes, "
            f"{len(self.cameo)} CAMEO codes)"
        )


# --------------------------------------------------------------------------- ontology loading


class _TypeSpec(_TypeFields):
    modes: dict[str, _ModeSpec] = Field(min_length=1)


class _LegacySpec(_Model):
    type: str
    mode: str | None = None


def _parse_cameo_file(path: Path) -> tuple[dict[str, tuple[CameoCode, int]], list[str]]:
    root, errors = _compose(path)
    if root is None:
        return {}, errors
    codes_node: yaml.Node | None = root
    if isinstance(root, yaml.MappingNode):
        for dup_line, dup in _duplicate_keys(root):
            if "." not in dup and "[" not in dup:
                errors.append(f"{path}:{dup_line}: ?: {dup}: field given twice")
        codes_node = _get(root, "codes")
        for k, _v in root.value:
            if isinstance(k, yaml.ScalarNode) and k.value not in {"codes", "version"}:
                errors.append(f"{path}:{_line(k)}: ?: {k.value}: unknown section")
    if not isinstance(codes_node, yaml.SequenceNode):
        line = _line(codes_node) if codes_node is not None else _line(root)
        return {}, [*errors, f"{path}:{line}: ?: codes: must be a list of CAMEO codes"]
    out: dict[str, tuple[CameoCode, int]] = {}
    for index, node in enumerate(codes_node.value):
        line = _line(node)
        if not isinstance(node, yaml.MappingNode):
            errors.append(f"{path}:{line}: <code {index + 1}>: -: an entry must be a mapping")
            continue
        code_node = _get(node, "code")
        ident = (
            str(code_node.value)
            if isinstance(code_node, yaml.ScalarNode)
            else f"<code {index + 1}>"
        )
        dups = list(_duplicate_keys(node))
        for dup_line, dup in dups:
            errors.append(f"{path}:{dup_line}: {ident}: {dup}: field given twice")
        if dups:
            continue
        try:
            code = CameoCode.model_validate(_to_py(node))
        except ValidationError as exc:
            errors.extend(_pydantic_errors(exc, path, node, ident))
            continue
        if code.code in out:
            first = out[code.code][1]
            errors.append(f"{path}:{line}: {ident}: code: duplicate code (first at line {first})")
            continue
        if code.root != code.code[:2]:
            errors.append(
                f"{path}:{_line_at(node, ['root'])}: {ident}: root: "
                f"must be the code's first two digits ({code.code[:2]!r})"
            )
        try:
            want = cameo_quad(code.code)
        except ValueError as exc:
            errors.append(f"{path}:{_line_at(node, ['code'])}: {ident}: code: {exc}")
        else:
            if code.quad != want:
                errors.append(
                    f"{path}:{_line_at(node, ['quad'])}: {ident}: quad: "
                    f"root {code.code[:2]} is {want}, not {code.quad}"
                )
        if code.mode is not None and code.plover is None:
            errors.append(
                f"{path}:{_line_at(node, ['mode'])}: {ident}: mode: a mode needs a PLOVER type"
            )
        out[code.code] = (code, line)
    for key, (_item, line) in out.items():
        parent = key[:2] if len(key) == 3 else key[:3] if len(key) == 4 else None
        if parent is not None and parent not in out:
            errors.append(f"{path}:{line}: {key}: code: parent code {parent!r} is missing")
    return out, errors


def _parse_plover_file(
    path: Path, cameo: Mapping[str, CameoCode]
) -> tuple[dict[str, EventType], dict[str, LegacyName], list[str]]:
    root, errors = _compose(path)
    if root is None:
        return {}, {}, errors
    if not isinstance(root, yaml.MappingNode):
        return {}, {}, [f"{path}:{_line(root)}: ?: -: the file must be a mapping"]
    for dup_line, dup in _duplicate_keys(root):
        errors.append(f"{path}:{dup_line}: ?: {dup}: field given twice")
    if errors:
        return {}, {}, errors
    for k, _v in root.value:
        if isinstance(k, yaml.ScalarNode) and k.value not in {"types", "legacy_names", "version"}:
            errors.append(f"{path}:{_line(k)}: ?: {k.value}: unknown section")
    types_node = _get(root, "types")
    if not isinstance(types_node, yaml.MappingNode):
        line = _line(types_node) if types_node is not None else _line(root)
        return {}, {}, [*errors, f"{path}:{line}: ?: types: must map type names to types"]

    types: dict[str, EventType] = {}
    for key_node, node in types_node.value:
        name = str(key_node.value)
        if name not in PLOVER_TYPES:
            hint = " (a legacy name: list it under legacy_names)" if _TYPE_RE.match(name) else ""
            errors.append(
                f"{path}:{_line(key_node)}: {name}: -: not one of the sixteen PLOVER types{hint}"
            )
            continue
        if not isinstance(node, yaml.MappingNode):
            errors.append(f"{path}:{_line(node)}: {name}: -: a type must be a mapping")
            continue
        try:
            spec = _TypeSpec.model_validate(_to_py(node))
        except ValidationError as exc:
            errors.extend(_pydantic_errors(exc, path, node, name))
            continue
        modes: dict[str, Mode] = {}
        for mode_name, mode_spec in spec.modes.items():
            mode_node = _get(node, "modes")
            where = _line_at(mode_node, [mode_name], key=True) if mode_node else _line(node)
            ident = f"{name}.{mode_name}"
            if not _MODE_RE.match(mode_name):
                errors.append(
                    f"{path}:{where}: {ident}: modes: mode names are lower case words "
                    "joined by hyphens"
                )
                continue
            modes[mode_name] = Mode(
                name=mode_name,
                type=name,
                definition=mode_spec.definition,
                cameo=mode_spec.cameo,
                intensity=mode_spec.intensity,
                origin=mode_spec.origin,
            )
        etype = EventType(
            name=name,
            quad=spec.quad,
            definition=spec.definition,
            intensity=spec.intensity,
            cameo=spec.cameo,
            recipient=spec.recipient,
            also_cameo=spec.also_cameo,
            notes=spec.notes,
            modes=modes,
        )
        errors.extend(_check_type(path, node, etype, cameo))
        types[name] = etype
    for name in PLOVER_TYPES:
        if name not in types and not any(f": {name}: " in e for e in errors):
            errors.append(f"{path}:{_line(types_node)}: {name}: types: type missing")

    legacy: dict[str, LegacyName] = {}
    legacy_node = _get(root, "legacy_names")
    if legacy_node is not None:
        if not isinstance(legacy_node, yaml.MappingNode):
            errors.append(f"{path}:{_line(legacy_node)}: ?: legacy_names: must be a mapping")
        else:
            for key_node, node in legacy_node.value:
                name = str(key_node.value)
                if name in PLOVER_TYPES or not _TYPE_RE.match(name):
                    errors.append(
                        f"{path}:{_line(key_node)}: {name}: legacy_names: "
                        "must be an upper-case name that is not a current type"
                    )
                    continue
                try:
                    lspec = _LegacySpec.model_validate(_to_py(node))
                except ValidationError as exc:
                    errors.extend(_pydantic_errors(exc, path, node, name))
                    continue
                if lspec.type not in types:
                    errors.append(
                        f"{path}:{_line_at(node, ['type'])}: {name}: type: "
                        f"unknown PLOVER type {lspec.type!r}"
                    )
                    continue
                if lspec.mode is not None and lspec.mode not in types[lspec.type].modes:
                    errors.append(
                        f"{path}:{_line_at(node, ['mode'])}: {name}: mode: "
                        f"{lspec.mode!r} is not a mode of {lspec.type}"
                    )
                    continue
                legacy[name] = LegacyName(name=name, type=lspec.type, mode=lspec.mode)
    return types, legacy, errors


def _cameo_allowed(etype: EventType, code: CameoCode) -> bool:
    if code.plover == etype.name:
        return True
    return any(code.code.startswith(prefix) for prefix in etype.also_cameo)


def _check_type(
    path: Path, node: yaml.MappingNode, etype: EventType, cameo: Mapping[str, CameoCode]
) -> list[str]:
    errors: list[str] = []
    name = etype.name
    coop = etype.cooperative

    def sign_ok(value: float) -> bool:
        return value >= 0 if coop else value <= 0

    if not sign_ok(etype.intensity):
        errors.append(
            f"{path}:{_line_at(node, ['intensity'])}: {name}: intensity: "
            f"{etype.intensity} has the wrong sign for {etype.quad}"
        )
    for prefix in etype.also_cameo:
        if not any(c.startswith(prefix) for c in cameo):
            errors.append(
                f"{path}:{_line_at(node, ['also_cameo'])}: {name}: also_cameo: "
                f"no CAMEO code starts with {prefix!r}"
            )
    default = cameo.get(etype.cameo)
    if default is None:
        errors.append(
            f"{path}:{_line_at(node, ['cameo'])}: {name}: cameo: unknown CAMEO code {etype.cameo!r}"
        )
    elif not _cameo_allowed(etype, default):
        errors.append(
            f"{path}:{_line_at(node, ['cameo'])}: {name}: cameo: {etype.cameo} maps to "
            f"{default.plover}, not {name} (list it in also_cameo if intended)"
        )
    for mode in etype.modes.values():
        ident = f"{name}.{mode.name}"
        loc: list[int | str] = ["modes", mode.name]
        code = cameo.get(mode.cameo)
        if code is None:
            errors.append(
                f"{path}:{_line_at(node, [*loc, 'cameo'])}: {ident}: cameo: "
                f"unknown CAMEO code {mode.cameo!r}"
            )
        elif not _cameo_allowed(etype, code):
            errors.append(
                f"{path}:{_line_at(node, [*loc, 'cameo'])}: {ident}: cameo: {mode.cameo} maps "
                f"to {code.plover}, not {name} (list it in also_cameo if intended)"
            )
        if not sign_ok(mode.intensity):
            errors.append(
                f"{path}:{_line_at(node, [*loc, 'intensity'])}: {ident}: intensity: "
                f"{mode.intensity} has the wrong sign for {etype.quad}"
            )
    return errors


def _check_cameo_readings(
    path: Path, cameo: Mapping[str, tuple[CameoCode, int]], types: Mapping[str, EventType]
) -> list[str]:
    errors: list[str] = []
    if not types:
        return errors
    for code, (item, line) in cameo.items():
        if item.plover is None:
            continue
        if item.plover not in types:
            errors.append(f"{path}:{line}: {code}: plover: unknown PLOVER type {item.plover!r}")
        elif item.mode is not None and item.mode not in types[item.plover].modes:
            errors.append(
                f"{path}:{line}: {code}: mode: {item.mode!r} is not a mode of {item.plover}"
            )
    return errors


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return str(path), -1, -1
    return str(path), st.st_mtime_ns, st.st_size


@lru_cache(maxsize=8)
def _ontology_cached(
    plover_key: tuple[str, int, int], cameo_key: tuple[str, int, int]
) -> EventOntology:
    plover_path, cameo_path = Path(plover_key[0]), Path(cameo_key[0])
    cameo_items, errors = _parse_cameo_file(cameo_path)
    cameo = {code: item for code, (item, _line_no) in cameo_items.items()}
    types, legacy, type_errors = _parse_plover_file(plover_path, cameo)
    errors.extend(type_errors)
    errors.extend(_check_cameo_readings(cameo_path, cameo_items, types))
    if errors:
        raise EventKnowledgeError(errors)
    ordered = {name: types[name] for name in PLOVER_TYPES}
    return EventOntology(ordered, cameo, legacy)


def load_ontology(plover: Path | None = None, cameo: Path | None = None) -> EventOntology:
    """Load (once, then from cache) the PLOVER ontology and the CAMEO table.

    Defaults to the packaged ``plover.yaml`` and ``cameo.yaml``. Raises
    :class:`EventKnowledgeError` listing every problem found."""
    plover_path = plover if plover is not None else data_dir() / "plover.yaml"
    cameo_path = cameo if cameo is not None else data_dir() / "cameo.yaml"
    return _ontology_cached(_file_key(plover_path), _file_key(cameo_path))


# --------------------------------------------------------------------------- lexicon models


_SLOTS: tuple[str, ...] = (
    "particle",
    "prep",
    "object",
    "subject",
    "modifier",
    "governor",
    "complement",
    "context",
    "exclude",
    "not_object",
    "not_subject",
    "not_complement",
    "not_dep",
)


def _str_tuple(value: Any) -> Any:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(value)
    return value


class Requires(_Model):
    """Conditions under which a trigger counts (see ``events.yaml`` for the meaning).

    Lists hold lower-case lemmas (``"*"`` = any word); an item ``"verb particle"``
    stands for a phrasal verb. Class references (``"@name"``) are already expanded."""

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
    not_dep: tuple[str, ...] = ()
    number: Number | None = None
    case: Literal["lower"] | None = None

    _coerce = field_validator(*_SLOTS, mode="before")(_str_tuple)

    @property
    def specificity(self) -> int:
        """How many conditions are set (more = more specific)."""
        flags = (self.number is not None) + (self.case is not None)
        return sum(1 for slot in _SLOTS if getattr(self, slot)) + flags

    def is_empty(self) -> bool:
        return self.specificity == 0


@dataclass(frozen=True)
class TriggerContext:
    """What the parse says around a candidate trigger, as sets of lower-case words.

    Each set holds lemmas and lower-cased surface forms of the words filling the slot;
    a verb with a particle also appears as ``"verb particle"``. ``sentence`` holds the
    other words of the sentence. Build it by hand or with :meth:`from_token`."""

    particles: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    instruments: frozenset[str] = frozenset()
    sentence: frozenset[str] = frozenset()
    dep: str = ""
    number: Number | None = None
    text: str = ""

    @classmethod
    def from_token(cls, token: Any) -> TriggerContext:
        """Read the context of a spaCy ``Token`` (duck-typed: no spaCy import here).

        Objects are direct objects and passive subjects (and, for nouns, the object of
        "of"); subjects are active subjects and by-agents (and, for nouns, possessors
        and "by" phrases); the governor is the head, or the head's head when the head
        is a preposition; a conjunct inherits its first conjunct's governor."""
        particles: set[str] = set()
        preps: set[str] = set()
        objects: set[str] = set()
        subjects: set[str] = set()
        modifiers: set[str] = set()
        complements: set[str] = set()
        is_noun = token.pos_ in {"NOUN", "PROPN"}
        instruments: set[str] = set()
        predicatives: set[str] = set()
        has_object = False
        for child in token.children:
            dep = child.dep_
            low = str(child.lower_)
            if _is_particle(child, token):
                particles.add(low)
                if dep == "prep":
                    preps.add(low)
            elif dep in {"prep", "agent", "dative"}:
                preps.add(low)
                if low in {"with", "using"}:
                    instruments.update(_pobj_forms(child))
                if dep == "agent" or (is_noun and low == "by"):
                    subjects.update(_pobj_forms(child))
                elif is_noun and low == "of":
                    objects.update(_pobj_forms(child))
            elif dep in {"dobj", "obj", "nsubjpass", "attr"}:
                has_object = has_object or dep in {"dobj", "obj"}
                objects.update(_slot_forms(child))
            elif dep in {"nsubj", "csubj"} or (is_noun and dep == "poss"):
                subjects.update(_slot_forms(child))
            elif dep in {"compound", "amod", "nmod", "npadvmod", "nn"}:
                modifiers.update(_slot_forms(child))
            elif dep == "oprd":
                predicatives.update(_slot_forms(child))
            elif dep in {"xcomp", "ccomp", "acomp"}:
                complements.update(_forms(child))
        # "called X a terrorist": X is the object, "terrorist" a complement; with no
        # direct object the parser's oprd is the object ("called the prime minister")
        if has_object:
            complements.update(predicatives)
        else:
            objects.update(predicatives)
        governors: set[str] = set()
        anchor = token
        hops = 0
        while anchor.dep_ == "conj" and anchor.head is not anchor and hops < 5:
            anchor = anchor.head
            hops += 1
        head = anchor.head
        if head is not anchor:
            governors.update(_forms(head))
            if head.dep_ in {"prep", "agent"} or head.pos_ == "ADP":
                grand = head.head
                if grand is not head:
                    governors.update(_forms(grand))
        sentence: set[str] = set()
        sent = getattr(token, "sent", None)
        if sent is not None:
            for other in sent:
                if other.i != token.i:
                    sentence.update(_forms(other, particles=False))
        morph_number = token.morph.get("Number") if hasattr(token, "morph") else []
        number: Number | None = None
        if "Plur" in morph_number:
            number = "plural"
        elif "Sing" in morph_number:
            number = "singular"
        return cls(
            particles=frozenset(particles),
            preps=frozenset(preps),
            objects=frozenset(objects),
            subjects=frozenset(subjects),
            modifiers=frozenset(modifiers),
            governors=frozenset(governors),
            complements=frozenset(complements),
            instruments=frozenset(instruments),
            sentence=frozenset(sentence),
            dep=str(token.dep_),
            number=number,
            text=str(token.text),
        )


_PARTICLES = frozenset({"out", "off", "down", "up", "back", "over", "away", "aside", "in"})
_PREP_PARTICLES = frozenset({"out", "off", "down", "up", "back", "over"})


def _word_forms(lemma: str, lower: str) -> set[str]:
    out = {lemma.lower(), lower}
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        out.add(lower[:-1])
    return out


def _is_particle(child: Any, token: Any) -> bool:
    """A verb particle, including the ones the parser attaches as adverbs ("stepped
    down") or as prepositions ("pulled out of the base")."""
    dep, low = child.dep_, str(child.lower_)
    if dep == "prt":
        return True
    if dep == "advmod":
        return low in _PARTICLES
    return dep == "prep" and low in _PREP_PARTICLES and 0 < child.i - token.i <= 2


def _particles_of(token: Any) -> set[str]:
    return {str(child.lower_) for child in token.children if _is_particle(child, token)}


def _forms(token: Any, *, particles: bool = True) -> set[str]:
    out = _word_forms(str(token.lemma_), str(token.lower_))
    if particles:
        lemma = str(token.lemma_).lower()
        out.update(f"{lemma} {p}" for p in _particles_of(token))
    return out


def _pobj_forms(prep: Any) -> set[str]:
    out: set[str] = set()
    for child in prep.children:
        if child.dep_ in {"pobj", "pcomp"}:
            out.update(_slot_forms(child))
    return out


_QUANTITY_WORDS = frozenset(
    {
        "number",
        "dozen",
        "volley",
        "barrage",
        "salvo",
        "series",
        "wave",
        "swarm",
        "couple",
        "handful",
        "hail",
        "pair",
        "string",
        "spate",
        "flurry",
        "hundred",
        "score",
        "round",
    }
)


def _slot_forms(token: Any) -> set[str]:
    """Forms of a slot filler, of the words coordinated with it ("Iran and Iraq") and,
    for a quantity word, of what it counts ("a volley of missiles")."""
    out = _forms(token)
    for other in getattr(token, "conjuncts", ()):
        out.update(_forms(other))
    if str(token.lemma_).lower() in _QUANTITY_WORDS:
        for child in token.children:
            if child.dep_ == "prep" and str(child.lower_) == "of":
                for counted in child.children:
                    if counted.dep_ == "pobj":
                        out.update(_forms(counted))
    return out


def _any(wanted: tuple[str, ...], have: frozenset[str]) -> bool:
    if "*" in wanted:
        return bool(have)
    return not have.isdisjoint(wanted)


class Trigger(_Model):
    """One lexicon entry: a word or phrase that reports an event."""

    id: str
    lemma: str | None = None
    phrase: tuple[str, ...] | None = None
    pos: tuple[str, ...] = ()
    type: str
    mode: str | None = None
    cameo: str
    quad: Quad
    intensity: float
    requires: Requires = Field(default_factory=Requires)
    light_verbs: tuple[str, ...] = ()
    confidence: float = 1.0
    stative: bool = False
    priority: int = 0
    notes: str = ""
    source: str = ""

    @property
    def head(self) -> str:
        """The lemma, or the last word of a phrase."""
        if self.lemma is not None:
            return self.lemma
        assert self.phrase is not None
        return self.phrase[-1]

    @property
    def verbal(self) -> bool:
        """True for verbal event types (the trigger reports words, not deeds)."""
        return self.quad.startswith("verbal")

    @property
    def specificity(self) -> int:
        return self.requires.specificity + (1 if self.phrase else 0)

    def accepts(self, ctx: TriggerContext) -> bool:
        """Whether the trigger's requirements hold in this context."""
        r = self.requires
        checks: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
            (r.particle, ctx.particles),
            (r.prep, ctx.preps),
            (r.object, ctx.objects),
            (r.subject, ctx.subjects),
            (r.modifier, ctx.modifiers),
            (r.governor, ctx.governors),
            (r.complement, ctx.complements),
            (r.context, ctx.sentence),
        )
        for wanted, have in checks:
            if wanted and not _any(wanted, have):
                return False
        negatives: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
            (r.exclude, ctx.sentence),
            (r.not_object, ctx.objects),
            (r.not_subject, ctx.subjects),
            (r.not_complement, ctx.complements),
        )
        for unwanted, have in negatives:
            if unwanted and _any(unwanted, have):
                return False
        if r.not_dep and ctx.dep in r.not_dep:
            return False
        if r.case == "lower" and ctx.text and ctx.text != ctx.text.lower():
            return False
        return not (r.number is not None and ctx.number != r.number)


@dataclass(frozen=True)
class PhrasePattern:
    """A token pattern for spaCy's ``Matcher`` (contiguous realisation of a trigger)."""

    key: str
    trigger: Trigger
    pattern: list[dict[str, Any]] = field(hash=False, compare=False)


class Instrument(_Model):
    """A weapon word and the mode it gives an event that names no mode itself."""

    word: str
    type: str
    mode: str
    cameo: str
    intensity: float


# --------------------------------------------------------------------------- lexicon


def _lemma_variants(word: str) -> list[str]:
    out = [word]
    for variant in (word.capitalize(), word.upper()):
        if variant not in out:
            out.append(variant)
    return out


def _split_phrase(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for part in text.split():
        pieces = re.split(r"(-)", part)
        tokens.extend(p for p in pieces if p)
    return tuple(tokens)


_NOUN_POS = ["NOUN", "PROPN"]
_NAME_ENTITIES = frozenset(
    {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)
_FILLER = {"POS": {"IN": ["DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PUNCT"]}, "OP": "{0,3}"}


def _with_particles(words: Iterable[str]) -> dict[str | None, list[str]]:
    groups: dict[str | None, list[str]] = {}
    for word in words:
        if word == "*":
            continue
        verb, _, particle = word.partition(" ")
        groups.setdefault(particle or None, []).append(verb)
    return groups


class EventLexicon:
    """The event lexicon: triggers by lemma, phrase patterns and matching helpers."""

    def __init__(
        self,
        entries: Sequence[Trigger],
        classes: Mapping[str, tuple[str, ...]],
        instruments: Sequence[Instrument] = (),
    ):
        self.entries: tuple[Trigger, ...] = tuple(entries)
        self.classes: dict[str, tuple[str, ...]] = dict(classes)
        self.instruments: dict[str, list[Instrument]] = {}
        for inst in instruments:
            self.instruments.setdefault(inst.word, []).append(inst)
        self._order = {t.id: i for i, t in enumerate(self.entries)}
        self._by_id = {t.id: t for t in self.entries}
        self._by_lemma: dict[str, list[Trigger]] = {}
        for trigger in self.entries:
            if trigger.lemma is not None:
                self._by_lemma.setdefault(trigger.lemma, []).append(trigger)
        for triggers in self._by_lemma.values():
            triggers.sort(key=self._rank)

    def _rank(self, trigger: Trigger) -> tuple[int, int, int]:
        return (-trigger.priority, -trigger.specificity, self._order[trigger.id])

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Trigger]:
        return iter(self.entries)

    def __contains__(self, trigger_id: object) -> bool:
        return trigger_id in self._by_id

    def get(self, trigger_id: str) -> Trigger | None:
        return self._by_id.get(trigger_id)

    def lemmas(self) -> frozenset[str]:
        """Every single-token trigger lemma."""
        return frozenset(self._by_lemma)

    def by_type(self, type: str) -> list[Trigger]:
        return [t for t in self.entries if t.type == type]

    def by_lemma(self, lemma: str, pos: str | None = None) -> list[Trigger]:
        """Candidate triggers for a token, most specific first.

        The lemma is lower-cased; when unknown, a naive singular ("rockets" ->
        "rocket") is tried, which covers lemmatiser misses on capitalised nouns.
        ``pos`` is a universal tag (PROPN counts as NOUN, AUX as VERB); None matches
        every entry. The candidates' ``requires`` still have to be checked
        (:meth:`Trigger.accepts`, :meth:`match_token`)."""
        if not isinstance(lemma, str):
            return []
        key = lemma.strip().lower().replace("’", "'")
        found = self._by_lemma.get(key)
        if found is None and len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
            found = self._by_lemma.get(key[:-1])
        if not found:
            return []
        if pos is None:
            return list(found)
        tag = {"PROPN": "NOUN", "AUX": "VERB"}.get(pos, pos)
        return [t for t in found if tag in t.pos]

    def instrument(self, word: str, type: str | None = None) -> Instrument | None:
        """The instrument reading of a weapon word (for ``type``, if given)."""
        for inst in self.instruments.get(word.strip().lower(), ()):
            if type is None or inst.type == type:
                return inst
        return None

    def refine(self, trigger: Trigger, ctx: TriggerContext) -> Trigger:
        """The trigger with its mode, CAMEO code and intensity taken from a weapon
        named around it, when the trigger has no mode of its own; else unchanged.

        Instruments ("with drones") are looked at first, then subjects ("rockets hit
        ..."), then modifiers; objects never (a drone shot down is the target)."""
        if trigger.mode is not None:
            return trigger
        for words in (ctx.instruments, ctx.subjects, ctx.modifiers):
            for word in sorted(words):
                inst = self.instrument(word, trigger.type)
                if inst is not None:
                    return trigger.model_copy(
                        update={"mode": inst.mode, "cameo": inst.cameo, "intensity": inst.intensity}
                    )
        return trigger

    def match_token(
        self, token: Any, *, refine: bool = True, skip_names: bool = True
    ) -> list[Trigger]:
        """Triggers whose lemma, POS and requirements fit a spaCy token, best first.

        With ``refine`` (default), a trigger without a mode gets one from a weapon
        named around it (:meth:`refine`); the returned copy keeps the entry's id.
        With ``skip_names`` (default), a capitalised word inside a named entity that
        is not an event ("Shanghai Cooperation Organization", "Abraham Accords",
        "Popular Mobilization Forces") is no trigger."""
        if (
            skip_names
            and str(getattr(token, "ent_type_", "")) in _NAME_ENTITIES
            and str(token.text)[:1].isupper()
        ):
            return []
        candidates = self.by_lemma(str(token.lemma_), str(token.pos_))
        if not candidates and str(token.lower_) != str(token.lemma_).lower():
            candidates = self.by_lemma(str(token.lower_), str(token.pos_))
        if not candidates:
            return []
        ctx = TriggerContext.from_token(token)
        found = [t for t in candidates if t.accepts(ctx)]
        if refine:
            found = [self.refine(t, ctx) for t in found]
        return found

    # -- spaCy patterns

    def phrases(self) -> list[PhrasePattern]:
        """Token patterns for spaCy's ``Matcher``: fixed phrases, modifier + noun
        compounds ("drone strike"), verb + particle ("pull out") and light verb + noun
        ("carried out an attack", "imposed new sanctions", "held talks").

        Contiguous approximations only: the requirements that the pattern cannot
        express (context, exclusions, objects ...) still have to be checked with
        :meth:`Trigger.accepts`."""
        out: list[PhrasePattern] = []
        for t in self.entries:
            if t.phrase is not None:
                out.append(PhrasePattern(t.id, t, [{"LOWER": w} for w in t.phrase]))
                out.append(PhrasePattern(t.id, t, [{"LEMMA": w} for w in t.phrase]))
                continue
            assert t.lemma is not None
            head: dict[str, Any] = {"LEMMA": {"IN": _lemma_variants(t.lemma)}}
            nominal = [p for p in t.pos if p == "NOUN"]
            verbal = [p for p in t.pos if p == "VERB"]
            r = t.requires
            if nominal and r.modifier and "*" not in r.modifier:
                noun = {**head, "POS": {"IN": _NOUN_POS}}
                out.append(PhrasePattern(t.id, t, [{"LOWER": {"IN": list(r.modifier)}}, noun]))
            if verbal and r.particle:
                verb = {**head, "POS": {"IN": ["VERB", "AUX"]}}
                out.append(PhrasePattern(t.id, t, [verb, {"LOWER": {"IN": list(r.particle)}}]))
            if nominal and t.light_verbs:
                noun = {**head, "POS": {"IN": _NOUN_POS}}
                for particle, verbs in sorted(
                    _with_particles(t.light_verbs).items(), key=lambda kv: kv[0] or ""
                ):
                    pattern: list[dict[str, Any]] = [{"LEMMA": {"IN": sorted(set(verbs))}}]
                    if particle:
                        pattern.append({"LOWER": particle})
                    pattern.extend([dict(_FILLER), noun])
                    out.append(PhrasePattern(t.id, t, pattern))
        return out

    def dependency_patterns(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """Patterns for spaCy's ``DependencyMatcher``, keyed by trigger id.

        The anchor node is ``"trigger"``; structural requirements add the nodes
        ``particle``, ``prep``, ``object``, ``subject`` (with ``agent`` for passives),
        ``modifier``, ``governor`` (with ``gov_prep`` and ``governor_particle``) and
        ``complement``. Context, exclusions and the ``not_*`` lists are not encoded:
        check them with :meth:`Trigger.accepts`. Phrase entries are left to
        :meth:`phrases`."""
        out: list[tuple[str, list[dict[str, Any]]]] = []
        for t in self.entries:
            if t.lemma is None:
                continue
            for pattern in _dep_patterns(t):
                out.append((t.id, pattern))
        return out

    def __repr__(self) -> str:
        return f"EventLexicon({len(self.entries)} entries, {len(self._by_lemma)} lemmas)"


def _attrs_for(words: tuple[str, ...], attr: str = "LEMMA") -> dict[str, Any]:
    if "*" in words:
        return {}
    values: list[str] = []
    for w in words:
        for v in _lemma_variants(w) if attr == "LEMMA" else [w]:
            if v not in values:
                values.append(v)
    return {attr: {"IN": values}}


def _dep_patterns(t: Trigger) -> list[list[dict[str, Any]]]:
    assert t.lemma is not None
    r = t.requires
    pos = list(t.pos)
    if "NOUN" in pos:
        pos.append("PROPN")
    if "VERB" in pos:
        pos.append("AUX")
    anchor_attrs: dict[str, Any] = {"LEMMA": {"IN": _lemma_variants(t.lemma)}, "POS": {"IN": pos}}
    if r.not_dep:
        anchor_attrs["DEP"] = {"NOT_IN": list(r.not_dep)}
    if r.case == "lower":
        anchor_attrs["IS_LOWER"] = True
    if r.number is not None:
        anchor_attrs["MORPH"] = {
            "IS_SUPERSET": ["Number=Plur" if r.number == "plural" else "Number=Sing"]
        }
    base: list[dict[str, Any]] = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": anchor_attrs}]

    def child(node: str, deps: list[str], attrs: dict[str, Any]) -> dict[str, Any]:
        return {
            "LEFT_ID": "trigger",
            "REL_OP": ">",
            "RIGHT_ID": node,
            "RIGHT_ATTRS": {"DEP": {"IN": deps}, **attrs},
        }

    if r.particle:
        base.append(
            child("particle", ["prt", "advmod", "prep"], {"LOWER": {"IN": list(r.particle)}})
        )
    if r.prep:
        base.append(child("prep", ["prep", "agent", "dative"], {"LOWER": {"IN": list(r.prep)}}))
    if r.object:
        base.append(
            child("object", ["dobj", "obj", "nsubjpass", "attr", "oprd"], _attrs_for(r.object))
        )
    if r.modifier:
        base.append(
            child("modifier", ["compound", "amod", "nmod", "npadvmod"], _attrs_for(r.modifier))
        )
    if r.complement:
        comp_words = tuple(w.partition(" ")[0] for w in r.complement)
        base.append(
            child("complement", ["xcomp", "ccomp", "oprd", "acomp"], _attrs_for(comp_words))
        )

    variants: list[list[dict[str, Any]]] = [base]
    if r.subject:
        attrs = _attrs_for(r.subject)
        active = child("subject", ["nsubj", "csubj"], attrs)
        agent = child("agent", ["agent"], {})
        passive = {
            "LEFT_ID": "agent",
            "REL_OP": ">",
            "RIGHT_ID": "subject",
            "RIGHT_ATTRS": {"DEP": {"IN": ["pobj"]}, **attrs},
        }
        variants = [[*v, active] for v in variants] + [[*v, agent, passive] for v in variants]
    if r.governor:
        gov_variants: list[list[dict[str, Any]]] = []
        for particle, verbs in sorted(
            _with_particles(r.governor).items(), key=lambda kv: kv[0] or ""
        ):
            gov_attrs = _attrs_for(tuple(sorted(set(verbs))))
            tail: list[dict[str, Any]] = []
            if particle:
                tail.append(
                    {
                        "LEFT_ID": "governor",
                        "REL_OP": ">",
                        "RIGHT_ID": "governor_particle",
                        "RIGHT_ATTRS": {"DEP": "prt", "LOWER": particle},
                    }
                )
            direct = [
                {
                    "LEFT_ID": "trigger",
                    "REL_OP": "<",
                    "RIGHT_ID": "governor",
                    "RIGHT_ATTRS": gov_attrs,
                },
                *tail,
            ]
            via_prep = [
                {
                    "LEFT_ID": "trigger",
                    "REL_OP": "<",
                    "RIGHT_ID": "gov_prep",
                    "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "agent"]}},
                },
                {
                    "LEFT_ID": "gov_prep",
                    "REL_OP": "<",
                    "RIGHT_ID": "governor",
                    "RIGHT_ATTRS": gov_attrs,
                },
                *tail,
            ]
            gov_variants.extend([direct, via_prep])
        variants = [[*v, *g] for v in variants for g in gov_variants]
    return variants


# --------------------------------------------------------------------------- lexicon loading


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
    if item == "*":
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


_VERB_SLOTS = {"governor", "complement", "light_verbs"}


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


def _expand(
    items: tuple[str, ...],
    classes: Mapping[str, tuple[str, ...]],
    where: str,
    slot: str,
    errors: list[str],
) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            errors.append(f"{where}: {slot}: not a word: {item!r}")
            continue
        if item.startswith("@"):
            words = classes.get(item[1:])
            if words is None:
                errors.append(f"{where}: {slot}: unknown class {item!r}")
                continue
            candidates: Iterable[str] = words
        else:
            problem = _check_word(item, verb_slot=slot in _VERB_SLOTS or slot == "particle")
            if problem is not None:
                errors.append(f"{where}: {slot}: {problem}")
                continue
            candidates = (item,)
        for word in candidates:
            if word not in out:
                out.append(word)
    return tuple(out)


def _build_trigger(
    raw: _RawEntry,
    classes: Mapping[str, tuple[str, ...]],
    onto: EventOntology,
    errors: list[str],
) -> Trigger | None:
    spec, node, path = raw.spec, raw.node, raw.path
    ident = spec.id or spec.lemma or spec.phrase or f"<line {raw.line}>"

    def where(*loc: int | str) -> str:
        return f"{path}:{_line_at(node, loc) if loc else raw.line}: {ident}"

    before = len(errors)
    if (spec.lemma is None) == (spec.phrase is None):
        errors.append(f"{where()}: lemma: give exactly one of lemma and phrase")
        return None
    phrase: tuple[str, ...] | None = None
    if spec.lemma is not None:
        if " " in spec.lemma.strip() or _SPLIT_HYPHEN_RE.search(spec.lemma):
            errors.append(f"{where('lemma')}: lemma: one token only; use phrase for several")
        elif spec.lemma != spec.lemma.strip().lower() or not _WORD_RE.match(spec.lemma):
            errors.append(f"{where('lemma')}: lemma: must be a lower-case lemma")
        if not spec.pos:
            errors.append(f"{where()}: pos: a lemma entry needs its parts of speech")
    else:
        assert spec.phrase is not None
        phrase = _split_phrase(spec.phrase.lower())
        if len(phrase) < 2:
            errors.append(f"{where('phrase')}: phrase: a phrase needs two tokens or more")
    for i, tag in enumerate(spec.pos):
        if tag not in POS_TAGS:
            errors.append(f"{where('pos', i)}: pos: unknown POS tag {tag!r}")
    if spec.id is not None and not _ID_RE.match(spec.id):
        errors.append(f"{where('id')}: id: bad identifier {spec.id!r}")

    type_name = spec.type
    mode = spec.mode
    if type_name not in onto.types:
        legacy = onto.legacy_names.get(_norm_type(type_name))
        hint = f" (legacy name: use {legacy.type})" if legacy else ""
        errors.append(f"{where('type')}: type: unknown PLOVER type {type_name!r}{hint}")
        return None
    etype = onto.types[type_name]
    if mode is not None and mode not in etype.modes:
        owners = [t.name for t in onto.types.values() if mode in t.modes]
        hint = f" (a mode of {', '.join(owners)})" if owners else ""
        errors.append(f"{where('mode')}: mode: {mode!r} is not a mode of {type_name}{hint}")
        return None
    if spec.cameo is not None:
        code = onto.cameo.get(spec.cameo)
        if code is None:
            errors.append(f"{where('cameo')}: cameo: unknown CAMEO code {spec.cameo!r}")
            return None
        if not _cameo_allowed(etype, code):
            reading = code.plover or "no PLOVER event"
            errors.append(
                f"{where('cameo')}: cameo: {spec.cameo} ({code.name}) maps to {reading}, "
                f"not {type_name}"
            )
            return None
        cameo = spec.cameo
    else:
        cameo = onto.cameo_for(type_name, mode)

    req_values: dict[str, Any] = {}
    for slot in _SLOTS:
        items = getattr(spec.requires, slot)
        if items:
            req_values[slot] = _expand(items, classes, where("requires", slot), slot, errors)
            if not req_values[slot]:
                errors.append(f"{where('requires', slot)}: {slot}: empty list")
    requires = Requires(**req_values, number=spec.requires.number, case=spec.requires.case)
    light = _expand(spec.light_verbs, classes, where("light_verbs"), "light_verbs", errors)
    if spec.light_verbs and "NOUN" not in spec.pos and phrase is None:
        errors.append(f"{where('light_verbs')}: light_verbs: only nominal triggers take them")
    if len(errors) > before:
        return None
    intensity = spec.intensity if spec.intensity is not None else onto.intensity(type_name, mode)
    return Trigger(
        id=spec.id or "",
        lemma=spec.lemma,
        phrase=phrase,
        pos=spec.pos,
        type=type_name,
        mode=mode,
        cameo=cameo,
        quad=etype.quad,
        intensity=intensity,
        requires=requires,
        light_verbs=light,
        confidence=spec.confidence,
        stative=spec.stative,
        priority=spec.priority,
        notes=spec.notes,
        source=f"{path}:{raw.line}",
    )


def _build_instruments(
    raws: Sequence[_RawInstrument], onto: EventOntology, errors: list[str]
) -> list[Instrument]:
    out: list[Instrument] = []
    for raw in raws:
        spec = raw.spec
        where = f"{raw.path}:{raw.line}: {spec.words[0]}"
        etype = onto.types.get(spec.type)
        if etype is None:
            errors.append(f"{where}: type: unknown PLOVER type {spec.type!r}")
            continue
        if spec.mode not in etype.modes:
            errors.append(f"{where}: mode: {spec.mode!r} is not a mode of {spec.type}")
            continue
        cameo = spec.cameo or etype.modes[spec.mode].cameo
        code = onto.cameo.get(cameo)
        if code is None or not _cameo_allowed(etype, code):
            errors.append(f"{where}: cameo: {cameo!r} is not a CAMEO code of {spec.type}")
            continue
        for word in spec.words:
            problem = _check_word(word, verb_slot=False)
            if problem is not None:
                errors.append(f"{where}: words: {problem}")
                continue
            out.append(
                Instrument(
                    word=word,
                    type=spec.type,
                    mode=spec.mode,
                    cameo=cameo,
                    intensity=onto.intensity(spec.type, spec.mode),
                )
            )
    return out


def _assign_ids(triggers: list[Trigger], taken: set[str]) -> list[Trigger]:
    """Give every trigger without an explicit id ``<head>/<TYPE>/<mode>`` (numbered
    ``#2``, ``#3`` ... when repeated); ``taken`` is updated with the ids handed out."""
    out: list[Trigger] = []
    for t in triggers:
        if t.id:
            out.append(t)
            continue
        head = t.lemma if t.lemma is not None else "_".join(t.phrase or ())
        base = f"{head}/{t.type}/{t.mode or '-'}"
        ident, n = base, 1
        while ident in taken:
            n += 1
            ident = f"{base}#{n}"
        taken.add(ident)
        out.append(t.model_copy(update={"id": ident}))
    return out


@lru_cache(maxsize=16)
def _lexicon_cached(
    files: tuple[tuple[str, int, int], ...],
    plover_key: tuple[str, int, int],
    cameo_key: tuple[str, int, int],
) -> EventLexicon:
    onto = _ontology_cached(plover_key, cameo_key)
    errors: list[str] = []
    classes: dict[str, tuple[str, ...]] = {}
    class_lines: dict[str, str] = {}
    raws: list[tuple[_RawEntry, bool]] = []
    raw_instruments: list[_RawInstrument] = []
    for position, (name, _mtime, _size) in enumerate(files):
        path = Path(name)
        parsed = _parse_lexicon_file(path)
        errors.extend(parsed.errors)
        for cname, (words, line) in parsed.classes.items():
            if cname in classes and position == 0:
                errors.append(
                    f"{path}:{line}: @{cname}: classes: already defined at {class_lines[cname]}"
                )
                continue
            merged = list(classes.get(cname, ()))
            merged.extend(w for w in words if w not in merged)
            classes[cname] = tuple(merged)
            class_lines.setdefault(cname, f"{path}:{line}")
        raws.extend((raw, position > 0) for raw in parsed.entries)
        raw_instruments.extend(parsed.instruments)
    instruments = _build_instruments(raw_instruments, onto, errors)
    packaged: list[Trigger] = []
    extra: list[Trigger] = []
    for raw, is_extra in raws:
        trigger = _build_trigger(raw, classes, onto, errors)
        if trigger is not None:
            (extra if is_extra else packaged).append(trigger)
    for group in (packaged, extra):
        seen_ids: dict[str, str] = {}
        for t in group:
            if t.id and t.id in seen_ids:
                errors.append(f"{t.source}: {t.id}: id: duplicate id (also at {seen_ids[t.id]})")
            elif t.id:
                seen_ids[t.id] = t.source
    if errors:
        raise EventKnowledgeError(errors)
    taken = {t.id for t in packaged if t.id}
    merged_entries = _assign_ids(packaged, taken)
    taken.update(t.id for t in extra if t.id)
    slot_of = {t.id: i for i, t in enumerate(merged_entries)}
    additions: list[Trigger] = []
    for t in extra:
        if t.id and t.id in slot_of:
            merged_entries[slot_of[t.id]] = t
        else:
            additions.append(t)
    merged_entries.extend(_assign_ids(additions, taken))
    return EventLexicon(merged_entries, classes, instruments)


def load_lexicon(extra: Sequence[Path] = ()) -> EventLexicon:
    """Load (once, then from cache) the packaged event lexicon plus ``extra`` files.

    Extra files use the same format. Their classes extend packaged classes of the same
    name; their entries are added, and an entry whose explicit ``id`` equals the id
    of a packaged entry replaces it. Everything is validated against the ontology;
    :class:`EventKnowledgeError` lists every problem."""
    files = (_file_key(data_dir() / "events.yaml"), *(_file_key(Path(p)) for p in extra))
    return _lexicon_cached(
        files, _file_key(data_dir() / "plover.yaml"), _file_key(data_dir() / "cameo.yaml")
    )
