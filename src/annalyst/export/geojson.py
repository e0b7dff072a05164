"""GeoJSON (RFC 7946) exports of incidents and events, for QGIS, kepler.gl and web maps.

One Point feature per record that has a place, coordinates as [longitude,
latitude]; properties are flat scalars (lists joined with "; ") because that is
what desktop GIS tools show as attribute columns. Records without a place are
left out and counted.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from annalyst.schema import ActorRef, Event, Incident, PlaceRef


def _names(refs: list[ActorRef]) -> str:
    return "; ".join(r.name for r in refs)


def _ids(refs: list[ActorRef]) -> str:
    return "; ".join(r.id for r in refs)


def _feature(place: PlaceRef, properties: dict[str, Any]) -> dict[str, Any]:
    properties.update(
        place=place.name, place_country=place.country, place_precision=place.precision,
        geonameid=place.geonameid,
    )  # fmt: skip
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(place.lon, 6), round(place.lat, 6)]},
        "properties": properties,
    }


def _placed(place: PlaceRef | None) -> bool:
    """A place that can be a GeoJSON point (finite, in range: bad input never breaks the file)."""
    return (
        place is not None and math.isfinite(place.lat) and math.isfinite(place.lon)
        and -90 <= place.lat <= 90 and -180 <= place.lon <= 180
    )  # fmt: skip


def incident_feature(incident: Incident) -> dict[str, Any] | None:
    if incident.location is None or not _placed(incident.location):
        return None
    s = incident.statuses
    return _feature(incident.location, {
        "id": incident.id, "kind": "incident", "date": incident.date,
        "date_precision": incident.date_precision, "event_type": incident.event_type,
        "mode": incident.mode, "actors": _names(incident.actors),
        "actor_ids": _ids(incident.actors), "recipients": _names(incident.recipients),
        "recipient_ids": _ids(incident.recipients), "reports": len(incident.events),
        "articles": len(incident.articles), "outlets": "; ".join(incident.outlets),
        "corroboration": incident.corroboration, "asserted": s.asserted, "claimed": s.claimed,
        "negated": s.negated, "hypothetical": s.hypothetical, "future": s.future,
        "claimed_by": _names(incident.claimed_by),
    })  # fmt: skip


def event_feature(event: Event) -> dict[str, Any] | None:
    if event.location is None or not _placed(event.location):
        return None
    return _feature(event.location, {
        "id": event.id, "kind": "event", "article_id": event.article_id, "date": event.date,
        "date_precision": event.date_precision, "event_type": event.event_type,
        "mode": event.mode, "quad": event.quad, "cameo": event.cameo,
        "actors": _names(event.actors), "actor_ids": _ids(event.actors),
        "recipients": _names(event.recipients), "recipient_ids": _ids(event.recipients),
        "status": event.status,
        "claimed_by": event.claimed_by.name if event.claimed_by else None,
        "trigger": event.trigger, "sentence": event.sentence,
    })  # fmt: skip


def feature_collection(records: Iterable[Incident | Event]) -> tuple[dict[str, Any], int]:
    """The FeatureCollection, and how many records had no place."""
    features = []
    left_out = 0
    for record in records:
        feature = (
            incident_feature(record) if isinstance(record, Incident) else event_feature(record)
        )
        if feature is None:
            left_out += 1
        else:
            features.append(feature)
    return {"type": "FeatureCollection", "features": features}, left_out


def geojson_bytes(collection: dict[str, Any]) -> bytes:
    return (json.dumps(collection, ensure_ascii=False) + "\n").encode()
