"""What the actor files and the agents lexicon share: the sector codes, the error
type that reports problems by file and line, the packaged data directory, alias
normalisation, and YAML nodes read with their line numbers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from annalyst.knowledge.yamlnodes import line_at

#: Sector codes (PLOVER/CAMEO style) accepted in ``sectors`` and role ``sector``.
SECTORS: dict[str, str] = {
    "GOV": "government, executive",
    "MIL": "military, armed forces",
    "COP": "police, internal security",
    "JUD": "judiciary, courts, prosecutors",
    "LEG": "legislature, lawmakers",
    "SPY": "intelligence services",
    "REB": "rebels, armed non-state groups, militias",
    "INS": "insurgents",
    "SEP": "separatists",
    "UAF": "unidentified armed forces, gunmen",
    "PTY": "political party",
    "OPP": "political opposition, protesters",
    "IGO": "intergovernmental organization",
    "NGO": "non-governmental organization",
    "MED": "media, journalists",
    "BUS": "business, banks, companies",
    "MNC": "multinational corporation",
    "REL": "religious figures and bodies",
    "CVL": "civilians",
    "EDU": "education, universities, think tanks",
    "HLH": "health",
    "ELI": "elites, notables",
    "CRM": "criminals",
    "LAB": "labour, unions",
    "AGR": "agriculture",
    "DEV": "development",
    "HRI": "human rights",
    "REF": "refugees, displaced people",
    "ENV": "environment",
    "SET": "settlers",
    "MOD": "moderates",
    "RAD": "radicals",
    "ELC": "election bodies",
}


class KnowledgeBaseError(Exception):
    """A problem in the knowledge base files.

    The message's first line is ``<file>:<line>: <entry id>: <field>: <reason>``; when
    several problems were found, :attr:`errors` holds them all (one per line in the
    message too).
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors: list[str] = list(errors)
        super().__init__("\n".join(self.errors))


def data_dir() -> Path:
    """The directory holding the packaged knowledge files."""
    return Path(__file__).parent / "data"


# --------------------------------------------------------------------------- normalisation

_APOSTROPHES = "'’‘ʼʻ`´ʹʾʿ′‛"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_POSSESSIVE_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]s\\b")
_ARTICLE_RE = re.compile(r"\b(?:al|el|ash|adh|ad|an|ar|as|at|az|ath)-(?=[^\W\d_])")
_PUNCT_RE = re.compile(r"[^\w]+")
_DROP_TOKENS = frozenset({"al", "el"})


@lru_cache(maxsize=65536)
def normalize_alias(text: str) -> str:
    """The key under which a surface form is looked up.

    Case, diacritics, apostrophe variants (' ’ ʼ …), dots, hyphens versus spaces, a
    leading "the", possessive "'s" and Arabic article prefixes ("al-", "el-",
    "ash-"…) make no difference: ``Kata’ib`` == ``Kataib``, ``al-Hashd al-Shaabi`` ==
    ``Hashd Shaabi``, ``U.S.`` == ``US``.
    """
    if text.isascii():
        s = text.lower()
    else:
        s = unicodedata.normalize("NFKD", text)
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _POSSESSIVE_RE.sub("", s.strip())  # "Iraq's parliament" == "Iraq parliament"
    s = _APOS_RE.sub("", s).replace(".", "").replace("&", " and ").replace("+", " plus ")
    s = _ARTICLE_RE.sub("", s)
    tokens = [t for t in _PUNCT_RE.sub(" ", s).replace("_", " ").split() if t]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    kept = [("bin" if t == "ibn" else t) for t in tokens if t not in _DROP_TOKENS]
    return " ".join(kept or tokens)


def _surface_variants(text: str) -> list[str]:
    """Spellings a phrase matcher should also see for one alias (apostrophe and hyphen
    variants); lookups do not need them because :func:`normalize_alias` folds them."""
    out = {text}
    if _APOS_RE.search(text):
        for apos in ("'", "’", ""):
            out.add(_APOS_RE.sub(apos, text))
    for variant in list(out):
        if re.search(r"\b[Aa]l-", variant):
            out.add(re.sub(r"\b([Aa]l)-", r"\1 ", variant))
        elif re.search(r"\b[Aa]l ", variant):
            out.add(re.sub(r"\b([Aa]l) ", r"\1-", variant))
    return sorted(out, key=lambda v: (v != text, v))


# --------------------------------------------------------------------------- YAML with lines


_INT_RE = re.compile(r"^[-+]?[0-9]+$")


def _node_to_py(node: yaml.Node, dups: list[tuple[int, str]] | None = None, loc: str = "") -> Any:
    """Turn a composed YAML node into plain Python values.

    The loader resolves no implicit types, so plain scalars are typed here: null, true
    and false, and integers; everything else, dates included, stays a string so that
    the models read dates (and partial dates) in one place. Keys repeated inside a
    mapping are appended to ``dups`` as (line, field)."""
    if isinstance(node, yaml.ScalarNode):
        value = node.value
        if node.style not in (None, ""):  # quoted or block scalar: always a string
            return value
        if node.tag != "tag:yaml.org,2002:str" and not node.tag.startswith("tag:yaml.org"):
            return value
        low = value.lower()
        if low in {"", "~", "null"}:
            return None
        if low in {"true", "false"}:
            return low == "true"
        if _INT_RE.match(value):
            return int(value)
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_node_to_py(item, dups, f"{loc}[{i}]") for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key, val in node.value:
            k = _node_to_py(key) if isinstance(key, yaml.ScalarNode) else str(key.value)
            name = str(k)
            here = f"{loc}.{name}" if loc else name
            if k in out and dups is not None:
                dups.append((int(key.start_mark.line) + 1, here))
            out[k] = _node_to_py(val, dups, here)
        return out
    return None  # pragma: no cover - yaml has no other node kinds


_FIELD_ALIASES = {"from_": "from"}


def _line_of(node: yaml.Node, loc: Sequence[int | str], *, key: bool = False) -> int:
    return line_at(node, loc, key=key, aliases=_FIELD_ALIASES)


def _loc_text(loc: Sequence[int | str]) -> str:
    out = ""
    for step in loc:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            name = "from" if step == "from_" else step
            out += f".{name}" if out else name
    return out or "-"


def _compose(path: Path) -> tuple[yaml.Node | None, list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{path}:1: ?: file: cannot read: {exc}"]
    loader_cls = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        return yaml.compose(text, Loader=loader_cls), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "syntax error"
        return None, [f"{path}:{line}: ?: yaml: syntax error: {problem}"]
    except yaml.YAMLError as exc:
        return None, [f"{path}:1: ?: yaml: {exc}"]
