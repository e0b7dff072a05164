"""The form of an event: the dict the component leaves on ``doc._.events`` and the
``Event`` record (with its stable id) read back from it."""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Doc

from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.tokentable import doc_text
from annalyst.schema import Event, PlaceRef, actor_ref


def _as_dict(draft: _Draft) -> dict[str, Any]:
    entry = draft.entry
    sent = draft.trigger.sent
    trigger_text = " ".join(t.text for t in sorted(draft.tokens, key=lambda t: t.i))
    confidence = entry.confidence * (1.0 if draft.actors and draft.recipients else 0.8)
    return {
        "trigger": draft.trigger.text,
        "trigger_text": trigger_text,
        "trigger_start": draft.trigger.idx,
        "trigger_spans": [
            [t.idx, t.idx + len(t.text)] for t in sorted(draft.tokens, key=lambda t: t.i)
        ],
        "sentence": doc_text(sent.doc)[sent.start_char : sent.end_char],  # sent.text
        "sentence_start": sent.start_char,
        "event_type": entry.type,
        "mode": entry.mode,
        "quad": entry.quad,
        "cameo": entry.cameo,
        "intensity": entry.intensity,
        "actors": draft.actors,
        "recipients": draft.recipients,
        "date": draft.date,
        "date_precision": draft.date_precision,
        "date_text": draft.date_text,
        "location": draft.location,
        "status": draft.status,
        "claimed_by": draft.claimed_by,
        "confidence": round(confidence, 3),
    }


def event_records(article_id: str, doc: Doc) -> list[Event]:
    """The `event` records the `annalyst_events` component left on a document."""
    out = []
    for data in doc._.events or []:
        key = f"{article_id}:{data['trigger_start']}:{data['event_type']}"
        location = data.get("location")
        out.append(
            Event(
                id=hashlib.sha256(key.encode()).hexdigest()[:16],
                article_id=article_id,
                sentence=data["sentence"],
                sentence_start=data["sentence_start"],
                trigger=data["trigger"],
                event_type=data["event_type"],
                mode=data["mode"],
                quad=data["quad"],
                cameo=data["cameo"],
                intensity=float(data["intensity"]),
                actors=[actor_ref(a) for a in data["actors"]],
                recipients=[actor_ref(a) for a in data["recipients"]],
                date=data["date"],
                date_precision=data["date_precision"],
                date_text=data["date_text"],
                location=None
                if location is None
                else PlaceRef(
                    name=location["name"],
                    text=location["text"],
                    lat=location["lat"],
                    lon=location["lon"],
                    country=location.get("country"),
                    geonameid=location.get("geonameid"),
                    precision=location.get("precision"),
                    form=location.get("form") or "name",
                ),
                status=data["status"],
                claimed_by=actor_ref(data["claimed_by"]) if data.get("claimed_by") else None,
                confidence=float(data["confidence"]),
            )
        )
    return out
