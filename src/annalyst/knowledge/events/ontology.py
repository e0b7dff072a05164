"""The loaded ontology: lookups by (legacy) type, mode and CAMEO code, and the
mappings between PLOVER and CAMEO.

Names are normalised here (any case, hyphens or underscores); an unknown type or a mode
of another type raises :class:`UnknownEventTerm`, CAMEO lookups never raise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from annalyst.knowledge.events.errors import UnknownEventTerm
from annalyst.knowledge.events.models import CameoCode, EventType, LegacyName, Mode, Quad


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
