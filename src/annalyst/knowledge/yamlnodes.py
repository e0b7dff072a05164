"""Line numbers inside composed YAML documents, for error messages that name them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import yaml


def line_at(
    node: yaml.Node,
    loc: Sequence[int | str],
    *,
    key: bool = False,
    aliases: Mapping[str, str] | None = None,
) -> int:
    """1-based line of the value (or, with `key`, the key) reached by following `loc`
    (mapping keys and sequence indices) from `node`; the deepest node found when the
    path stops early. `aliases` maps model field names to YAML keys ("from_" → "from")."""
    current = node
    for i, step in enumerate(loc):
        if isinstance(current, yaml.MappingNode):
            want = str(step) if aliases is None else aliases.get(str(step), str(step))
            for k, v in current.value:
                if isinstance(k, yaml.ScalarNode) and k.value == want:
                    current = k if (key and i == len(loc) - 1) else v
                    break
            else:
                break
        elif isinstance(current, yaml.SequenceNode) and isinstance(step, int):
            if 0 <= step < len(current.value):
                current = current.value[step]
            else:
                break
        else:
            break
    return int(current.start_mark.line) + 1
