"""The ontology's vocabulary and records: quads, the sixteen PLOVER types, and the
validated models of a type, a mode, a CAMEO code and a legacy name.

A CAMEO code is always text ("042", not 42: the leading zero matters); which codes may
stand for a type is decided here too (:func:`_cameo_allowed`).
"""

from __future__ import annotations

import re
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
QUADS: tuple[Quad, ...] = get_args(Quad)
Origin = Literal["plover", "plover-cameo-map", "annalyst"]
Recipient = Literal["required", "optional"]


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


_CAMEO_RE = re.compile(r"^\d{2,4}$")


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


class _Model(BaseModel):
    # An unknown field is an error (a misspelt key must not pass silently), and loaded
    # knowledge is shared by every pipeline, so it cannot be changed in place.
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


def _cameo_allowed(etype: EventType, code: CameoCode) -> bool:
    if code.plover == etype.name:
        return True
    return any(code.code.startswith(prefix) for prefix in etype.also_cameo)
