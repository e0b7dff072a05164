"""Rows of the store's tables to and from the public records.

Nested records (actors, recipients, location, speaker) are kept whole as JSON
text, with the fields queries filter on flattened beside them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import msgspec

from annalyst.schema import ActorRef, Article, Event, Mention, Place, PlaceRef, Quote
from annalyst.store.connection import StoreError

# The article table's columns are the record's fields, in the record's order.
ARTICLE_COLUMNS: tuple[str, ...] = tuple(Article.__struct_fields__)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise StoreError(f"{what} must be a date as YYYY-MM-DD, got {value!r}")


def article_from_row(row: tuple[Any, ...]) -> Article:
    """An article from a row of `ARTICLE_COLUMNS`."""
    data = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    published = data["published"]
    data["published"] = published.isoformat() if published is not None else None
    data["authors"] = list(data["authors"])
    return Article(**data)


_JSON = msgspec.json.Encoder()
EVENT_COLUMNS = (
    "id", "article_id", "sentence", "sentence_start", "trigger", "event_type", "mode", "quad",
    "cameo", "intensity", "actors_json", "recipients_json", "CAST(date AS VARCHAR)",
    "date_precision", "date_text", "location_json", "status", "claimed_by_json", "confidence",
)  # fmt: skip
QUOTE_COLUMNS = (
    "id", "article_id", "text", "start", '"end"', "type", "speaker_json", "speaker_text", "cue",
    "medium", "act",
)  # fmt: skip


def _json(value: Any) -> str | None:
    return None if value is None else _JSON.encode(value).decode()


def annotation_row(article_id: str, record: msgspec.Struct) -> tuple[str, list[Any]]:
    """The table and row for one NLP record."""
    if isinstance(record, Mention):
        a = record.actor
        return "mentions", [
            article_id, record.start, record.end, record.text, record.label,
            a.id if a else None, a.name if a else None, a.text if a else None,
            a.country if a else None, list(a.sectors) if a else None, a.type if a else None,
        ]  # fmt: skip
    if isinstance(record, Event):
        countries = sorted({x.country for x in [*record.actors, *record.recipients] if x.country})
        return "events", [
            record.id, article_id, record.sentence, record.sentence_start, record.trigger,
            record.event_type, record.mode, record.quad, record.cameo, record.intensity,
            _json(record.actors), _json(record.recipients), [x.id for x in record.actors],
            [x.id for x in record.recipients], countries,
            parse_day(record.date, f"event {record.id}: date"), record.date_precision,
            record.date_text, _json(record.location),
            record.location.country if record.location else None, record.status,
            _json(record.claimed_by), record.claimed_by.id if record.claimed_by else None,
            record.confidence,
        ]  # fmt: skip
    if isinstance(record, Quote):
        sp = record.speaker
        return "quotes", [
            record.id, article_id, record.text, record.start, record.end, record.type,
            _json(sp), sp.id if sp else None, sp.name if sp else None, record.speaker_text,
            record.cue, record.medium, record.act,
        ]  # fmt: skip
    if isinstance(record, Place):
        return "places", [
            article_id, record.start, record.end, record.text, record.name, record.lat,
            record.lon, record.country, record.geonameid, record.precision, record.form,
        ]  # fmt: skip
    raise StoreError(f"cannot store a {type(record).__name__} record")


def event_from_row(row: tuple[Any, ...]) -> Event:
    (eid, article_id, sentence, sentence_start, trigger, etype, mode, quad, cameo, intensity,
     actors, recipients, day, precision, date_text, location, status, claimed, confidence) = row  # fmt: skip
    return Event(
        id=eid, article_id=article_id, sentence=sentence, sentence_start=sentence_start,
        trigger=trigger, event_type=etype, mode=mode, quad=quad, cameo=cameo,
        intensity=intensity, actors=msgspec.json.decode(actors, type=list[ActorRef]),
        recipients=msgspec.json.decode(recipients, type=list[ActorRef]), date=day,
        date_precision=precision, date_text=date_text,
        location=None if location is None else msgspec.json.decode(location, type=PlaceRef),
        status=status,
        claimed_by=None if claimed is None else msgspec.json.decode(claimed, type=ActorRef),
        confidence=confidence,
    )  # fmt: skip


def quote_from_row(row: tuple[Any, ...]) -> Quote:
    qid, article_id, text, start, end, qtype, speaker, speaker_text, cue, medium, act = row
    return Quote(
        id=qid, article_id=article_id, text=text, start=start, end=end, type=qtype,
        speaker=None if speaker is None else msgspec.json.decode(speaker, type=ActorRef),
        speaker_text=speaker_text, cue=cue, medium=medium, act=act,
    )  # fmt: skip


def mention_from_row(row: tuple[Any, ...]) -> Mention:
    (
        article_id,
        start,
        end,
        text,
        label,
        actor_id,
        name,
        actor_text,
        country,
        sectors,
        actor_type,
    ) = row
    actor = None
    if actor_id is not None:
        actor = ActorRef(
            id=actor_id, name=name or actor_id, text=actor_text or text, country=country,
            sectors=list(sectors or []), type=actor_type or "organization",
        )  # fmt: skip
    return Mention(article_id=article_id, start=start, end=end, text=text, label=label, actor=actor)
