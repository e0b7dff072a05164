"""The curated supplement files (``knowledge/data/places.yaml`` and users' own files).

The packaged file documents every section at its top; this module validates them, so a
typo names its file, entry and field instead of surfacing as a wrong place later.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from annalyst.nlp.places.names import Precision, normalize_name

DATA_FILE = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "places.yaml"

Kind = Literal[
    "base",
    "airport",
    "facility",
    "region",
    "district",
    "crossing",
    "city",
    "field",
    "country",
    "state",
    "admin1",
    "county",
    "continent",
    "sea",
]


class GazetteerError(ValueError):
    """A supplement file (or the packaged data) is malformed."""


class SupplementEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    aliases: list[str] = []
    weak_aliases: list[str] = []  # only for spans the NER already calls places
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country: str | None = Field(pattern=r"^[A-Z]{3}$")
    precision: Precision
    kind: Kind
    geonameid: int | None = None
    population: int | None = Field(default=None, ge=0)
    matcher: bool = True  # False: only resolve NER place spans, never match free text
    demonyms: list[str] = []  # words for its people or things ("South Ossetian")
    note: str | None = None

    @field_validator("aliases", "weak_aliases", "demonyms")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        for alias in value:
            if not normalize_name(alias):
                raise ValueError(f"alias {alias!r} has no letters or digits")
        return value


class SupplementFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    countries: dict[str, tuple[float, float]] = {}
    us_states: dict[str, tuple[float, float]] = {}
    admin_points: dict[str, tuple[float, float]] = {}  # GeoNames admin code -> point
    admin_aliases: dict[str, list[str]] = {}  # GeoNames admin code -> extra names
    abbreviations: dict[str, list[str]] = {}  # admin code -> AP-style abbreviations
    loose_abbreviations: list[str] = []  # also ordinary words: only after "Town,"
    admin_demonyms: dict[str, list[str]] = {}  # admin code -> words for its people
    country_aliases: dict[str, list[str]] = {}
    weak_country_aliases: dict[str, list[str]] = {}
    matcher_alternate_names: list[str] = []  # ISO-2 codes whose cities' alternate names are matched
    not_places: list[str] = []  # never proposed by the phrase matcher
    never_places: list[str] = []  # never a place, whatever spaCy says
    not_adjectives: list[str] = []  # demonym-like words that are no country's adjective here
    demonyms: dict[str, list[str]] = {}  # ISO-3 -> names of its people and its adjective
    places: list[SupplementEntry] = []


def read_supplement(path: Path) -> SupplementFile:
    """Parse and validate one supplement file; errors name the file, entry and field."""
    try:
        loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: {exc}") from exc
    if isinstance(raw, list):  # a bare list of places
        raw = {"places": raw}
    if not isinstance(raw, dict):
        raise GazetteerError(f"{path}: expected a mapping or a list of places")
    try:
        return SupplementFile.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            where = ".".join(str(p) for p in loc)
            if len(loc) >= 2 and loc[0] == "places" and isinstance(loc[1], int):
                entries = raw.get("places") or []
                entry = entries[loc[1]] if loc[1] < len(entries) else None
                ident = entry.get("id") if isinstance(entry, dict) else None
                where = f"places[{loc[1]}] ({ident}): " + ".".join(str(p) for p in loc[2:])
            problems.append(f"{path}: {where}: {err['msg']}")
        raise GazetteerError("\n".join(problems)) from exc
