"""Parsing and checking ``cameo.yaml`` and ``plover.yaml``.

Each parser collects every problem instead of stopping at the first; the checks here
are the cross-file rules: a type's default codes must read as that type, intensities
must have the sign of the quad, every CAMEO reading must name a known type and mode.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import yaml
from pydantic import Field, ValidationError

from annalyst.knowledge.events.models import (
    PLOVER_TYPES,
    CameoCode,
    EventType,
    LegacyName,
    Mode,
    _cameo_allowed,
    _Model,
    _ModeSpec,
    _TypeFields,
    cameo_quad,
)
from annalyst.knowledge.events.yamlfile import (
    _compose,
    _duplicate_keys,
    _get,
    _line,
    _line_at,
    _pydantic_errors,
    _to_py,
)

_MODE_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_TYPE_RE = re.compile(r"^[A-Z]+(?:_[A-Z]+)*$")


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
