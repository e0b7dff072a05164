"""Builders of event, article and place records for the incident tests (no NLP needed)."""

from __future__ import annotations

import hashlib
from typing import Any

from annalyst.schema import ActorRef, Article, Event, PlaceRef

ACTORS: dict[str, tuple[str, str | None, list[str], str]] = {
    "united-states": ("United States", "USA", [], "state"),
    "us-armed-forces": ("United States Armed Forces", "USA", ["MIL"], "organization"),
    "iran": ("Iran", "IRN", [], "state"),
    "irgc": ("Islamic Revolutionary Guard Corps", "IRN", ["MIL"], "organization"),
    "israel": ("Israel", "ISR", [], "state"),
    "turkey": ("Turkey", "TUR", [], "state"),
    "pkk": ("Kurdistan Workers' Party", "TUR", ["REB", "SEP"], "group"),
    "kataib-hezbollah": ("Kataib Hezbollah", "IRQ", ["REB", "MIL"], "group"),
    "asaib-ahl-al-haq": ("Asaib Ahl al-Haq", "IRQ", ["REB", "MIL", "PTY"], "group"),
    "iraq": ("Iraq", "IRQ", [], "state"),
    "qassem-soleimani": ("Qassem Soleimani", "IRN", ["MIL", "SPY"], "person"),
    "abu-mahdi-al-muhandis": ("Abu Mahdi al-Muhandis", "IRQ", ["MIL", "REB"], "person"),
    "donald-trump": ("Donald Trump", "USA", ["GOV"], "person"),
    "joe-biden": ("Joe Biden", "USA", ["GOV"], "person"),
    "barack-obama": ("Barack Obama", "USA", ["GOV"], "person"),
    "ebrahim-raisi": ("Ebrahim Raisi", "IRN", ["GOV"], "person"),
    "mohammed-shia-al-sudani": ("Mohammed Shia al-Sudani", "IRQ", ["GOV"], "person"),
    "recep-tayyip-erdogan": ("Recep Tayyip Erdoğan", "TUR", ["GOV"], "person"),
}

PLACES: dict[str, tuple[float, float, str, str]] = {
    "ain-al-asad": (33.7856, 42.4412, "IRQ", "site"),
    "anbar": (33.3, 42.0, "IRQ", "region"),
    "baghdad-airport": (33.2625, 44.2346, "IRQ", "site"),
    "baghdad": (33.3152, 44.3661, "IRQ", "city"),
    "erbil": (36.1911, 44.0092, "IRQ", "city"),
    "damascus": (33.5102, 36.2913, "SYR", "city"),
    "aleppo": (36.2021, 37.1343, "SYR", "city"),
    "tehran": (35.6892, 51.389, "IRN", "city"),
    "new-york": (40.7128, -74.006, "USA", "city"),
}


def actor(spec: str) -> ActorRef:
    """A known id, `agent:CCC:SEC` for an unnamed actor, or `?Name` for one with no entry."""
    if spec.startswith("agent:"):
        _a, country, sector = spec.split(":")
        return ActorRef(
            id=f"~agent:{country}:{sector.lower()}", name=spec, text=spec,
            country=None if country == "x" else country, sectors=[sector], type="group",
        )  # fmt: skip
    if spec.startswith("?"):
        return ActorRef(id="~organization:" + spec[1:].lower(), name=spec[1:], text=spec[1:])
    name, country, sectors, kind = ACTORS[spec]
    return ActorRef(id=spec, name=name, text=name, country=country, sectors=sectors, type=kind)  # type: ignore[arg-type]


def place(name: str) -> PlaceRef:
    lat, lon, country, precision = PLACES[name]
    return PlaceRef(
        name=name,
        text=name,
        lat=lat,
        lon=lon,
        country=country,
        precision=precision,  # type: ignore[arg-type]
    )


def event(
    article_id: str,
    event_type: str = "ASSAULT",
    *,
    mode: str | None = None,
    actors: tuple[str, ...] = (),
    recipients: tuple[str, ...] = (),
    date: str | None = None,
    precision: str | None = None,
    where: str | None = None,
    status: str = "asserted",
    claimed_by: str | None = None,
    trigger: str = "attack",
    n: int = 0,
    sentence: str = "",
    sentence_start: int = 0,
) -> Event:
    key = f"{article_id}:{n}:{event_type}"
    values: dict[str, Any] = {
        "id": hashlib.sha256(key.encode()).hexdigest()[:16], "article_id": article_id,
        "sentence": sentence or f"Sentence {n} of {article_id}.",
        "sentence_start": sentence_start, "trigger": trigger, "event_type": event_type,
        "mode": mode, "quad": "material_conflict", "cameo": None, "intensity": -10.0,
        "actors": [actor(a) for a in actors], "recipients": [actor(r) for r in recipients],
        "date": date, "date_precision": precision if date else None, "date_text": None,
        "location": place(where) if where else None, "status": status,
        "claimed_by": actor(claimed_by) if claimed_by else None, "confidence": 0.9,
    }  # fmt: skip
    if date and not precision:
        values["date_precision"] = "day"
    return Event(**values)


def article(
    article_id: str,
    *,
    outlet: str | None = None,
    published: str | None = None,
    byline: str | None = None,
    text: str = "",
) -> Article:
    return Article(
        id=article_id, source="test", title=None, published=published, authors=[],
        byline=byline, outlet=outlet, language="en", url=None, line_start=None,
        line_end=None, text=text or f"Body of {article_id}.",
    )  # fmt: skip
