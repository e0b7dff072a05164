"""The actor knowledge base: curated actors, their aliases, roles and affiliations.

The knowledge base lives in YAML files under ``knowledge/data/actors/`` (one file per
region or kind of actor) plus the generic agent lexicon in ``knowledge/data/agents.yaml``.
Each actor file is a YAML list of entries::

    - id: kataib-hezbollah            # stable slug, unique across all files
      name: Kataib Hezbollah          # canonical name
      type: group                     # person | organization | state | group
      country: IRQ                    # ISO-3 or null
      sectors: [REB, MIL]
      aliases: [Kata'ib Hezbollah, Hezbollah Brigades, KH]
      ambiguous_aliases:              # surface forms shared with other actors
        - {alias: Hezbollah, note: also Lebanese Hezbollah}
      capital_metonyms: [Washington]  # place names used for the actor itself
      roles:
        - {title: Prime Minister of Iraq, country: IRQ, sector: GOV, from: 2020-05-07, to: 2022-10-27}
      affiliations:
        - {relation: part_of, target: popular-mobilization-forces, from: 2014-06-13, to: null}
      note: free text

Dates may be ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial ``from`` date means the
start of the period and a partial ``to`` date its end; ``to: null`` means "still".

Everything is validated when loaded, and every problem is reported as
``<file>:<line>: <entry id>: <field>: <reason>``. Entries are never silently merged:
duplicate ids and aliases shared by two actors are errors unless a user file
overrides an entry on purpose (reported in :attr:`KnowledgeBase.notes`) or both actors
declare the alias under ``ambiguous_aliases``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator
from rapidfuzz import fuzz, process

from annalyst.knowledge.actor_files import (
    SECTORS,
    KnowledgeBaseError,
    _compose,
    _line_of,
    _loc_text,
    _node_to_py,
    _surface_variants,
    data_dir,
    normalize_alias,
)
from annalyst.knowledge.agents import AgentLexicon, AgentMatch
from annalyst.knowledge.codes import ISO3

__all__ = [
    "ISO3",
    "RELATIONS",
    "SECTORS",
    "Actor",
    "ActorType",
    "Affiliation",
    "AgentLexicon",
    "AgentMatch",
    "AmbiguousAlias",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Role",
    "data_dir",
    "normalize_alias",
]

ActorType = Literal["person", "organization", "state", "group"]
Relation = Literal["member_of", "leader_of", "backed_by", "part_of", "spokesperson_of"]
RELATIONS: tuple[str, ...] = ("member_of", "leader_of", "backed_by", "part_of", "spokesperson_of")


_ID_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


# --------------------------------------------------------------------------- dates


def _parse_date(value: Any, *, end: bool) -> date | None:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; partial dates snap to the period's
    first day (``end=False``) or last day (``end=True``)."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int):
        text = f"{value:04d}"
    elif isinstance(value, str):
        text = value.strip()
        if text.lower() in {"", "null", "none", "~"}:
            return None
    else:
        raise ValueError(f"not a date: {value!r}")
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(f"not a date (use YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if m.group(3):
        day = int(m.group(3))
    elif end:
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range: {text!r}")
        day = calendar.monthrange(year, month)[1]
    else:
        day = 1
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"not a valid date: {text!r} ({exc})") from None


def _check_country(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in ISO3:
        raise ValueError(f"not an ISO-3 country code: {value!r}")
    return value


def _check_sector(value: str) -> str:
    if value not in SECTORS:
        raise ValueError(f"unknown sector code: {value!r}")
    return value


# --------------------------------------------------------------------------- models


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class _Dated(_Model):
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None

    @field_validator("from_", mode="before")
    @classmethod
    def _from(cls, value: Any) -> date | None:
        return _parse_date(value, end=False)

    @field_validator("to", mode="before")
    @classmethod
    def _to(cls, value: Any) -> date | None:
        return _parse_date(value, end=True)

    @field_validator("to", mode="after")
    @classmethod
    def _order(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("from_")
        if value is not None and start is not None and start > value:
            raise ValueError(f"from ({start}) is after to ({value})")
        return value

    def active_on(self, on: date) -> bool:
        """True when the period includes ``on`` (open ends count as including it)."""
        return (self.from_ is None or self.from_ <= on) and (self.to is None or on <= self.to)


class Role(_Dated):
    """A dated position held by an actor, e.g. Prime Minister of Iraq."""

    title: str = Field(min_length=1)
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    note: str | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return _check_country(value)

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str | None) -> str | None:
        return None if value is None else _check_sector(value)


class Affiliation(_Dated):
    """A dated link from one actor to another (``target`` is an actor id)."""

    relation: Relation
    target: str = Field(min_length=1)
    note: str | None = None


class AmbiguousAlias(_Model):
    """A surface form this actor shares with other actors; context decides."""

    alias: str = Field(min_length=1)
    note: str | None = None


class Actor(_Model):
    """One real-world actor."""

    id: str
    name: str = Field(min_length=1)
    type: ActorType
    country: str | None = Field(default=None, validate_default=True)
    sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[AmbiguousAlias, ...] = ()
    capital_metonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError(
                f"not a valid id: {value!r} (lower-case letters, digits and - _ . separators)"
            )
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("type") == "state":
            raise ValueError("a state needs its ISO-3 country code")
        return _check_country(value)

    @field_validator("sectors")
    @classmethod
    def _sectors(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            _check_sector(code)
        return value

    @field_validator("aliases", "capital_metonyms")
    @classmethod
    def _nonempty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for text in value:
            if not text.strip():
                raise ValueError("empty alias")
        return value

    @field_validator("ambiguous_aliases", mode="before")
    @classmethod
    def _ambiguous(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [{"alias": v} if isinstance(v, str) else v for v in value]
        return value

    def surface_forms(self) -> list[str]:
        """Name, aliases and ambiguous aliases, in that order, without repeats."""
        seen: dict[str, None] = {self.name: None}
        for text in self.aliases:
            seen.setdefault(text, None)
        for amb in self.ambiguous_aliases:
            seen.setdefault(amb.alias, None)
        return list(seen)

    def roles_on(self, on: date) -> list[Role]:
        """Roles held on a given day."""
        return [r for r in self.roles if r.active_on(on)]

    def ref(self, text: str | None = None) -> dict[str, Any]:
        """The ACTOR record of the output schema for this actor."""
        return {
            "id": self.id,
            "name": self.name,
            "text": self.name if text is None else text,
            "country": self.country,
            "sectors": list(self.sectors),
            "type": self.type,
        }


@dataclass(frozen=True)
class _Entry:
    actor: Actor
    file: str
    line: int
    node: yaml.MappingNode
    user: bool

    def line_of(self, *loc: int | str) -> int:
        return _line_of(self.node, loc)

    def where(self, *loc: int | str) -> str:
        return f"{self.file}:{self.line_of(*loc)}"


def _entry_id(node: yaml.Node, index: int) -> str:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if (
                isinstance(k, yaml.ScalarNode)
                and k.value == "id"
                and isinstance(v, yaml.ScalarNode)
            ):
                return str(v.value)
    return f"<entry {index + 1}>"


def _parse_actor_file(path: Path, *, user: bool) -> tuple[list[_Entry], list[str]]:
    """Parse one actor file into validated entries and per-entry errors."""
    root, errors = _compose(path)
    if root is None:
        return [], errors
    if isinstance(root, yaml.MappingNode):
        # also accept {actors: [...]}
        for k, v in root.value:
            if isinstance(k, yaml.ScalarNode) and k.value == "actors":
                root = v
                break
    if not isinstance(root, yaml.SequenceNode):
        line = int(root.start_mark.line) + 1
        return [], [f"{path}:{line}: ?: -: the file must be a YAML list of actor entries"]
    entries: list[_Entry] = []
    for index, node in enumerate(root.value):
        line = int(node.start_mark.line) + 1
        ident = _entry_id(node, index)
        if not isinstance(node, yaml.MappingNode):
            errors.append(f"{path}:{line}: {ident}: -: an entry must be a mapping")
            continue
        dups: list[tuple[int, str]] = []
        data = _node_to_py(node, dups)
        if dups:
            for dup_line, dup_field in dups:
                errors.append(f"{path}:{dup_line}: {ident}: {dup_field}: field given twice")
            continue
        try:
            actor = Actor.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                is_extra = err["type"] == "extra_forbidden"
                err_line = _line_of(node, loc, key=is_extra) if loc else line
                msg = "unknown field" if is_extra else str(err["msg"])
                msg = msg.removeprefix("Value error, ")
                if err["type"] in {"literal_error", "string_type", "tuple_type", "dict_type"}:
                    msg += f" (got {err.get('input')!r})"
                errors.append(f"{path}:{err_line}: {ident}: {_loc_text(loc)}: {msg}")
            continue
        entries.append(_Entry(actor, str(path), line, node, user))
    return entries, errors


@lru_cache(maxsize=256)
def _parse_cached(
    path: str, mtime_ns: int, size: int, user: bool
) -> tuple[tuple[_Entry, ...], tuple[str, ...]]:
    entries, errors = _parse_actor_file(Path(path), user=user)
    return tuple(entries), tuple(errors)


def _parse(path: Path, *, user: bool) -> tuple[tuple[_Entry, ...], tuple[str, ...]]:
    try:
        st = path.stat()
    except OSError as exc:
        return (), (f"{path}:1: ?: file: cannot read: {exc}",)
    return _parse_cached(str(path), st.st_mtime_ns, st.st_size, user)


# --------------------------------------------------------------------------- titles

_TITLE_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("defence", "defense"),
    ("minister of foreign affairs", "foreign minister"),
    ("secretary of foreign affairs", "foreign minister"),
    ("minister for foreign affairs", "foreign minister"),
    ("minister of defense", "defense minister"),
    ("minister for defense", "defense minister"),
    ("minister of the interior", "interior minister"),
    ("minister of interior", "interior minister"),
    ("minister of finance", "finance minister"),
    ("minister of oil", "oil minister"),
    ("premier", "prime minister"),
    ("pm", "prime minister"),
    ("head of state", "president"),
    ("secretary-general", "secretary general"),
    ("secretary of defense", "defense secretary"),
    ("secretary of state", "secretary of state"),
)


def normalize_title(text: str) -> str:
    """The key of a role title: case, punctuation and synonyms folded ("defence" = "defense",
    "Minister of Foreign Affairs" = "foreign minister")."""
    return _norm_title(text)


def _norm_title(text: str) -> str:
    key = " " + normalize_alias(text.replace("-", " ")) + " "
    for old, new in _TITLE_SYNONYMS:
        key = key.replace(f" {old} ", f" {new} ")
    return key.strip()


# --------------------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """All actors, indexed by id, alias and role. Treat instances as read-only: the
    default knowledge base is shared (cached) between callers."""

    def __init__(
        self,
        actors: dict[str, Actor],
        agents: AgentLexicon,
        notes: list[str],
        origins: dict[str, tuple[str, int]],
    ) -> None:
        self.actors: dict[str, Actor] = actors
        self.agents: AgentLexicon = agents
        self.notes: list[str] = notes
        self.origins: dict[str, tuple[str, int]] = origins
        self._alias_index: dict[str, list[str]] = {}
        self._metonyms: dict[str, str] = {}
        self._roles: dict[str, list[tuple[str | None, Role, str]]] = {}
        self._fuzzy_keys: list[str] = []
        #: The key of the compiled-knowledge cache this base was read or built under.
        self.cache_key: str | None = None
        self._index()

    # ---- loading

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """Load actor files (default: every packaged file) plus user files in ``extra``.

        User entries add actors or replace an actor with the same id (each replacement
        is reported in :attr:`notes`). Raises :class:`KnowledgeBaseError` listing every
        problem found."""
        if paths is None and not extra:
            return _default_kb()
        base = packaged_actor_files() if paths is None else [Path(p) for p in paths]
        return _build_cached(base, [Path(p) for p in extra])

    # ---- indexing

    def _index(self) -> None:
        for actor in self.actors.values():
            for text in actor.surface_forms():
                ids = self._alias_index.setdefault(normalize_alias(text), [])
                if actor.id not in ids:
                    ids.append(actor.id)
            for text in actor.capital_metonyms:
                self._metonyms.setdefault(normalize_alias(text), actor.id)
        # second pass: splitting role titles needs the state aliases indexed above
        for actor in self.actors.values():
            for role in actor.roles:
                for key in self._role_keys(role):
                    self._roles.setdefault(key, []).append((role.country, role, actor.id))
        self._fuzzy_keys = list(self._alias_index)

    def _state_code(self, text: str) -> str | None:
        for actor_id in self._alias_index.get(normalize_alias(text), ()):
            actor = self.actors[actor_id]
            if actor.type == "state":
                return actor.country
        return None

    def _split_title(self, title: str) -> tuple[str, str | None]:
        """("Prime Minister of Iraq") → ("prime minister", "IRQ"); ("Iraqi prime
        minister") → same; titles naming no state come back whole."""
        raw = " ".join(title.split())
        country: str | None = None
        m = re.match(r"^(?P<head>.+)\s+of\s+(?:the\s+)?(?P<tail>[^,]+)$", raw, re.IGNORECASE)
        if m:
            code = self._state_code(m.group("tail"))
            if code is not None:
                raw, country = m.group("head"), code
        if country is None:
            words = raw.split()
            for cut in range(min(3, len(words) - 1), 0, -1):
                prefix = " ".join(words[:cut])
                nat = self.agents.nationality(prefix)
                code = nat.country if nat is not None else self._state_code(prefix)
                if code is not None:  # "Iraqi prime minister", "Iran's foreign minister"
                    raw, country = " ".join(words[cut:]), code
                    break
        return _norm_title(raw), country

    def _role_keys(self, role: Role) -> set[str]:
        generic, _ = self._split_title(role.title)
        return {generic, _norm_title(role.title)}

    # ---- queries

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self.actors.get(actor_id)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def lookup(self, alias: str, *, metonyms: bool = False) -> list[Actor]:
        """Actors whose name or alias matches ``alias`` after normalisation (see
        :func:`normalize_alias`); several when the alias is declared ambiguous. With
        ``metonyms=True`` capital metonyms ("Washington") count too."""
        if not isinstance(alias, str):
            return []
        key = normalize_alias(alias)
        if not key:
            return []
        ids = list(self._alias_index.get(key, ()))
        if metonyms and key in self._metonyms and self._metonyms[key] not in ids:
            ids.append(self._metonyms[key])
        return [self.actors[i] for i in ids]

    def alias_keys(self) -> list[str]:
        """Every normalised alias key, for fuzzy matching of spelling variants."""
        return self._fuzzy_keys

    def state_of(self, country: str) -> Actor | None:
        """The state of today with the ISO-3 code ``country``. Historical states share
        their successor's code (the Ottoman Empire, the Soviet Union): today's is the one
        with a capital, else the first listed."""
        states: dict[str, Actor] | None = self.__dict__.get("_states_of_today")
        if states is None:
            states = {}
            listed = [a for a in self.actors.values() if a.type == "state" and a.country]
            for actor in sorted(listed, key=lambda a: not a.capital_metonyms):
                states.setdefault(str(actor.country), actor)
            self.__dict__["_states_of_today"] = states
        return states.get(country)

    def metonym_of(self, place: str) -> Actor | None:
        """The actor a place name stands for when used metonymically ("Tehran" → Iran)."""
        actor_id = self._metonyms.get(normalize_alias(place))
        return None if actor_id is None else self.actors[actor_id]

    def aliases(self) -> Iterator[tuple[str, Actor]]:
        """Every (surface form, actor) pair, including apostrophe and "al-" spelling
        variants, for building a phrase matcher. Ambiguous aliases appear once per
        actor sharing them; capital metonyms are not included (see :meth:`metonyms`)."""
        for actor in self.actors.values():
            seen: set[str] = set()
            for text in actor.surface_forms():
                for variant in _surface_variants(text):
                    if variant not in seen:
                        seen.add(variant)
                        yield variant, actor

    def metonyms(self) -> Iterator[tuple[str, Actor]]:
        """Every (place name, actor) pair from ``capital_metonyms``."""
        for actor in self.actors.values():
            for text in actor.capital_metonyms:
                yield text, actor

    def holder_of(self, title: str, country: str | None, on: date) -> Actor | None:
        """Who held a role on a day: ("Prime Minister of Iraq", None, 2023-01-06) →
        Mohammed Shia al-Sudani. ``title`` may name the country ("of Iraq", "Iraqi …")
        or ``country`` may give it. When two holders overlap (hand-over day) the one
        who took office last wins."""
        if not isinstance(title, str) or not title.strip():
            return None
        generic, named = self._split_title(title)
        want = country or named
        candidates: dict[str, tuple[date, str | None]] = {}
        for key in {generic, _norm_title(title)}:
            for role_country, role, actor_id in self._roles.get(key, ()):
                if want is not None and role_country != want:
                    continue
                if role.active_on(on):
                    start = role.from_ or date.min
                    if actor_id not in candidates or candidates[actor_id][0] < start:
                        candidates[actor_id] = (start, role_country)
        if not candidates:
            return None
        if want is None and len({c for _, c in candidates.values()}) > 1:
            return None  # "President" with no country: ambiguous
        best = max(candidates.items(), key=lambda item: (item[1][0], item[0]))
        return self.actors[best[0]]

    def search(self, text: str, limit: int = 20, score_cutoff: float = 60.0) -> list[Actor]:
        """Actors whose names or aliases resemble ``text`` (rapidfuzz), best first."""
        key = normalize_alias(text) if isinstance(text, str) else ""
        if not key or limit <= 0:
            return []
        out: dict[str, Actor] = {}
        for actor_id in self._alias_index.get(key, ()):
            out.setdefault(actor_id, self.actors[actor_id])
        hits = process.extract(
            key,
            self._fuzzy_keys,
            scorer=fuzz.WRatio,
            limit=max(limit * 3, 10),
            score_cutoff=score_cutoff,
        )
        for match, _score, _index in hits:
            for actor_id in self._alias_index[match]:
                out.setdefault(actor_id, self.actors[actor_id])
                if len(out) >= limit:
                    return list(out.values())
        return list(out.values())[:limit]

    def counts(self) -> dict[str, int]:
        """Number of actors by type, plus total aliases and agent words."""
        out: dict[str, int] = {"person": 0, "organization": 0, "state": 0, "group": 0}
        for actor in self.actors.values():
            out[actor.type] += 1
        out["aliases"] = sum(len(a.surface_forms()) for a in self.actors.values())
        out["agents"] = len(self.agents.nouns) + len(self.agents.nationalities)
        return out


def packaged_actor_files() -> list[Path]:
    """The packaged actor files, in load order."""
    return sorted((data_dir() / "actors").glob("*.yaml"))


def _build(base: Sequence[Path], extra: Sequence[Path]) -> KnowledgeBase:
    errors: list[str] = []
    notes: list[str] = []
    chosen: dict[str, _Entry] = {}
    for path, user in [(p, False) for p in base] + [(p, True) for p in extra]:
        entries, file_errors = _parse(path, user=user)
        errors.extend(file_errors)
        seen_here: dict[str, _Entry] = {}
        for entry in entries:
            aid = entry.actor.id
            if aid in seen_here:
                first = seen_here[aid]
                errors.append(
                    f"{entry.file}:{entry.line}: {aid}: id: duplicate id "
                    f"(first at {first.file}:{first.line})"
                )
                continue
            seen_here[aid] = entry
            if aid in chosen:
                prev = chosen[aid]
                if user:
                    notes.append(
                        f"{entry.file}:{entry.line}: {aid}: overrides the entry at "
                        f"{prev.file}:{prev.line}"
                    )
                else:
                    errors.append(
                        f"{entry.file}:{entry.line}: {aid}: id: duplicate id "
                        f"(also at {prev.file}:{prev.line})"
                    )
                    continue
            chosen[aid] = entry
    errors.extend(_check_references(chosen))
    errors.extend(_check_aliases(chosen))
    if errors:
        raise KnowledgeBaseError(errors)
    actors = {aid: e.actor for aid, e in chosen.items()}
    origins = {aid: (e.file, e.line) for aid, e in chosen.items()}
    return KnowledgeBase(actors, AgentLexicon.load(), notes, origins)


def _check_references(chosen: dict[str, _Entry]) -> list[str]:
    errors: list[str] = []
    for aid, entry in chosen.items():
        for i, aff in enumerate(entry.actor.affiliations):
            if aff.target not in chosen:
                errors.append(
                    f"{entry.where('affiliations', i, 'target')}: {aid}: "
                    f"affiliations[{i}].target: unknown actor id {aff.target!r}"
                )
            elif aff.target == aid:
                errors.append(
                    f"{entry.where('affiliations', i, 'target')}: {aid}: "
                    f"affiliations[{i}].target: an actor cannot be affiliated with itself"
                )
        for i, role in enumerate(entry.actor.roles):
            if role.org is not None and role.org not in chosen:
                errors.append(
                    f"{entry.where('roles', i, 'org')}: {aid}: roles[{i}].org: "
                    f"unknown actor id {role.org!r}"
                )
    return errors


def _alias_fields(entry: _Entry) -> Iterable[tuple[str, str, tuple[int | str, ...], bool]]:
    """(surface form, field text, location, declared ambiguous) for one entry."""
    actor = entry.actor
    yield actor.name, "name", ("name",), False
    for i, text in enumerate(actor.aliases):
        yield text, f"aliases[{i}]", ("aliases", i), False
    for i, amb in enumerate(actor.ambiguous_aliases):
        yield amb.alias, f"ambiguous_aliases[{i}]", ("ambiguous_aliases", i), True


def _check_aliases(chosen: dict[str, _Entry]) -> list[str]:
    errors: list[str] = []
    # key -> {actor id: (field, loc, ambiguous)}
    owners: dict[str, dict[str, tuple[str, tuple[int | str, ...], bool]]] = {}
    for aid, entry in chosen.items():
        for text, fname, loc, amb in _alias_fields(entry):
            key = normalize_alias(text)
            if not key:
                errors.append(
                    f"{entry.where(*loc)}: {aid}: {fname}: alias is empty once normalised"
                )
                continue
            per = owners.setdefault(key, {})
            if aid in per:
                if amb != per[aid][2]:
                    per[aid] = (per[aid][0], per[aid][1], True)
                continue
            per[aid] = (fname, loc, amb)
    for key, per in owners.items():
        if len(per) < 2:
            continue
        undeclared = [aid for aid, (_, _, amb) in per.items() if not amb]
        if not undeclared:
            continue
        ids = sorted(per)
        listing = ", ".join(f"{i} ({chosen[i].where(*per[i][1])} {per[i][0]})" for i in ids)
        for aid in undeclared:
            fname, loc, _ = per[aid]
            others = ", ".join(i for i in ids if i != aid)
            errors.append(
                f"{chosen[aid].where(*loc)}: {aid}: {fname}: alias clash: {key!r} is shared "
                f"with {others}; all owners: {listing}; declare it under ambiguous_aliases "
                f"on every entry that uses it"
            )
    # capital metonyms: one actor each, and never another actor's alias
    metonyms: dict[str, str] = {}
    for aid, entry in chosen.items():
        for i, text in enumerate(entry.actor.capital_metonyms):
            key = normalize_alias(text)
            where = entry.where("capital_metonyms", i)
            if key in metonyms and metonyms[key] != aid:
                other = metonyms[key]
                errors.append(
                    f"{where}: {aid}: capital_metonyms[{i}]: {text!r} is already a metonym of "
                    f"{other} ({chosen[other].file})"
                )
            metonyms.setdefault(key, aid)
            clash = [o for o in owners.get(key, {}) if o != aid]
            if clash:
                errors.append(
                    f"{where}: {aid}: capital_metonyms[{i}]: {text!r} is also an alias of "
                    f"{', '.join(sorted(clash))} ({chosen[clash[0]].file})"
                )
    return errors


#: Bump when the pickled layout of the knowledge base changes (the cache key includes it).
CACHE_FORMAT = 1


def _build_cached(base: Sequence[Path], extra: Sequence[Path]) -> KnowledgeBase:
    """`_build`, through the on-disk cache of compiled knowledge (see `compiled`)."""
    from annalyst.knowledge import compiled

    try:
        key = compiled.digest(
            fmt=CACHE_FORMAT,
            files=[*base, data_dir() / "agents.yaml", *extra],
            modules=[
                __name__,
                "annalyst.knowledge.actor_files",
                "annalyst.knowledge.agents",
                "annalyst.knowledge.yamlnodes",
                "annalyst.knowledge.codes",
            ],
            extra=[f"{len(base)} base files"],
        )
    except OSError:
        return _build(base, extra)  # an unreadable file: let the build report it
    kb = compiled.load_or_build("actors", key, lambda: _build(base, extra), KnowledgeBase)
    kb.cache_key = key
    return kb


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    return _build_cached(packaged_actor_files(), [])
