"""Event and quote exports: CSV, Parquet, JSON Lines, PLOVER JSONL and CAMEO TSV.

* `jsonl`: annalyst's own `event` records, one per line (the output contract);
* `csv` / `parquet`: one flat row per event, nested fields joined or spelled out;
* `plover`: JSON Lines with the field names of the PLOVER data specification
  (`id, date, source, recipient, event, mode, event_loc, event_text, quad_code,
  event_scale, text, text_info, cite_info, coder, coded_date`), plus annalyst's
  `status` and `claimed_by` as extension fields;
* `cameo`: tab-separated, GDELT-like columns, one row per actor–recipient pair.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import duckdb

from annalyst import __version__
from annalyst.schema import ActorRef, Article, Event, Quote, to_dict

EVENT_FORMATS = ("csv", "parquet", "jsonl", "plover", "cameo")
QUOTE_FORMATS = ("csv", "parquet", "jsonl")
QUAD_NUMBERS = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
CAMEO_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL", "Source", "Status",
    "ClaimedBy", "PLOVERType", "PLOVERMode", "Sentence",
)  # fmt: skip


def _names(actors: list[ActorRef]) -> str:
    return "; ".join(a.name for a in actors)


def _ids(actors: list[ActorRef]) -> str:
    return "; ".join(a.id for a in actors)


def event_row(event: Event, article: Article | None) -> dict[str, Any]:
    """One flat row (CSV, Parquet) for an event."""
    loc = event.location
    return {
        "id": event.id,
        "article_id": event.article_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "event_type": event.event_type,
        "mode": event.mode,
        "quad": event.quad,
        "cameo": event.cameo,
        "intensity": event.intensity,
        "status": event.status,
        "actors": _names(event.actors),
        "actor_ids": _ids(event.actors),
        "actor_countries": "; ".join(sorted({a.country for a in event.actors if a.country})),
        "recipients": _names(event.recipients),
        "recipient_ids": _ids(event.recipients),
        "recipient_countries": "; ".join(
            sorted({a.country for a in event.recipients if a.country})
        ),
        "claimed_by": event.claimed_by.name if event.claimed_by else None,
        "claimed_by_id": event.claimed_by.id if event.claimed_by else None,
        "location": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "trigger": event.trigger,
        "sentence": event.sentence,
        "confidence": event.confidence,
        "outlet": article.outlet if article else None,
        "published": article.published if article else None,
        "url": article.url if article else None,
        "source": article.source if article else None,
    }


def quote_row(quote: Quote, published: str | None) -> dict[str, Any]:
    sp = quote.speaker
    return {
        "id": quote.id,
        "article_id": quote.article_id,
        "published": published,
        "type": quote.type,
        "speaker": sp.name if sp else None,
        "speaker_id": sp.id if sp else None,
        "speaker_text": quote.speaker_text,
        "cue": quote.cue,
        "medium": quote.medium,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
    }


def _plover_actor(actor: ActorRef) -> dict[str, Any]:
    return {
        "code": actor.country or "",
        "sector": " ".join(actor.sectors),
        "actor_text": actor.text,
        "identifier_id": actor.id,
        "identifier_text": actor.name,
    }


def plover_record(event: Event, article: Article | None) -> dict[str, Any]:
    """An event in the field names of the PLOVER data specification."""
    loc = event.location
    record: dict[str, Any] = {
        "id": event.id,
        "has_event": True,
        "date": event.date,
        "source": [_plover_actor(a) for a in event.actors],
        "recipient": [_plover_actor(a) for a in event.recipients],
        "event": [event.event_type],
        "mode": [event.mode] if event.mode else [],
        "event_text": [event.trigger],
        "quad_code": QUAD_NUMBERS.get(event.quad),
        "event_scale": event.intensity,
        "text": event.sentence,
        "text_info": {
            "start": event.sentence_start,
            "end": event.sentence_start + len(event.sentence),
        },
        "cite_info": {
            "citation": event.article_id,
            "url": article.url if article else None,
            "title": article.title if article else None,
            "language": article.language if article else None,
            "publication": article.outlet if article else None,
            "coder": f"annalyst {__version__}",
            "codebook": "plover-base",
        },
        "coder": f"annalyst {__version__}",
        "coded_date": date.today().isoformat(),
        # annalyst extensions: who asserts it, and when precisely
        "status": event.status,
        "claimed_by": _plover_actor(event.claimed_by) if event.claimed_by else None,
        "date_precision": event.date_precision,
        "cameo": event.cameo,
    }
    if loc is not None:
        record["event_loc"] = {
            "geonameid": loc.geonameid,
            "name": loc.name,
            "latitude": loc.lat,
            "longitude": loc.lon,
            "cc3": loc.country,
        }
    return record


def _cameo_quad(cameo: str) -> int | None:
    """GDELT's QuadClass from the CAMEO root: 01-05, 06-09, 10-14, 15-20."""
    if len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def _actor_code(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return (actor.country or "") + "".join(actor.sectors[:1])


def cameo_rows(event: Event, article: Article | None) -> Iterator[list[Any]]:
    """GDELT-like rows: one per actor–recipient pair (CAMEO events are dyadic)."""
    actors: list[ActorRef | None] = list(event.actors) or [None]
    recipients: list[ActorRef | None] = list(event.recipients) or [None]
    cameo = event.cameo or ""
    loc = event.location
    n = 0
    for a in actors:
        for r in recipients:
            n += 1
            yield [
                f"{event.id}-{n}" if len(actors) * len(recipients) > 1 else event.id,
                (event.date or "").replace("-", ""),
                _actor_code(a), a.name if a else "", a.country if a else "",
                a.sectors[0] if a and a.sectors else "",
                _actor_code(r), r.name if r else "", r.country if r else "",
                r.sectors[0] if r and r.sectors else "",
                1 if event.sentence_start == 0 else 0,
                cameo, cameo[:3], cameo[:2], _cameo_quad(cameo) or QUAD_NUMBERS.get(event.quad, ""),
                event.intensity,
                loc.name if loc else "", loc.country if loc else "", loc.lat if loc else "",
                loc.lon if loc else "", loc.geonameid if loc and loc.geonameid else "",
                date.today().strftime("%Y%m%d"),
                article.url if article and article.url else "",
                article.outlet if article and article.outlet else "",
                event.status, event.claimed_by.name if event.claimed_by else "",
                event.event_type, event.mode or "", event.sentence.replace("\t", " ").replace("\n", " "),
            ]  # fmt: skip


def _write_rows_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        count += 1
    return count


def _write_parquet(rows: list[dict[str, Any]], path: Path) -> int:
    """Parquet through an in-memory DuckDB table (no pyarrow needed)."""
    con = duckdb.connect()
    try:
        buffer = io.StringIO()
        _write_rows_csv(rows, buffer)
        if not rows:
            return 0
        tmp = path.with_suffix(path.suffix + ".csv.tmp")
        tmp.write_text(buffer.getvalue(), encoding="utf-8")
        try:
            con.execute(
                "COPY (SELECT * FROM read_csv(?, header = true, all_varchar = false)) TO ? (FORMAT PARQUET)",
                [str(tmp), str(path)],
            )
        finally:
            tmp.unlink(missing_ok=True)
        return len(rows)
    finally:
        con.close()


def _tabular(
    rows: Iterable[dict[str, Any]], fmt: str, out: TextIO | None, path: Path | None
) -> int | None:
    """Write flat rows as parquet or csv; None when the format is not a tabular one."""
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet needs an output file (-o FILE.parquet)")
        return _write_parquet(list(rows), path)
    if fmt == "csv":
        assert out is not None
        return _write_rows_csv(rows, out)
    return None


def export_events(
    pairs: Iterable[tuple[Event, Article | None]], fmt: str, out: TextIO | None, path: Path | None
) -> int:
    """Write events in a format; returns how many events were written."""
    if fmt not in EVENT_FORMATS:
        raise ValueError(
            f"unknown event export format {fmt!r}; choose from {', '.join(EVENT_FORMATS)}"
        )
    written = _tabular((event_row(e, a) for e, a in pairs), fmt, out, path)
    if written is not None:
        return written
    assert out is not None
    count = 0
    if fmt == "cameo":
        out.write("\t".join(CAMEO_COLUMNS) + "\n")
    for event, article in pairs:
        count += 1
        if fmt == "jsonl":
            out.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")
        elif fmt == "plover":
            out.write(json.dumps(plover_record(event, article), ensure_ascii=False) + "\n")
        else:
            for row in cameo_rows(event, article):
                out.write("\t".join("" if v is None else str(v) for v in row) + "\n")
    return count


def write_export(
    fmt: str, path: Path | None, write: Callable[[TextIO | None, Path | None], int]
) -> int:
    """Run an export to stdout, to a text file, or (parquet) to a path."""
    if path is None:
        return write(sys.stdout, None)
    if fmt == "parquet":
        return write(None, path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        return write(handle, path)


def export_quotes(
    items: Iterable[tuple[Quote, str | None]], fmt: str, out: TextIO | None, path: Path | None
) -> int:
    if fmt not in QUOTE_FORMATS:
        raise ValueError(
            f"unknown quote export format {fmt!r}; choose from {', '.join(QUOTE_FORMATS)}"
        )
    written = _tabular((quote_row(q, p) for q, p in items), fmt, out, path)
    if written is not None:
        return written
    assert out is not None
    count = 0
    for quote, _ in items:
        out.write(json.dumps(to_dict(quote), ensure_ascii=False) + "\n")
        count += 1
    return count
