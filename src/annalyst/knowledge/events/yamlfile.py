"""Reading a knowledge YAML file as nodes that keep their line numbers.

Every loader reports problems as ``<file>:<line>: <entry>: <field>: <reason>``; these
helpers compose a file without losing the lines, turn nodes into plain values, and
word the problems (including pydantic's) in that form.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from annalyst.knowledge.yamlnodes import line_at


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
