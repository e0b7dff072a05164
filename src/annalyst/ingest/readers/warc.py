"""Reading web archives: one article per archived HTML page in a WARC (or ARC) file.

warcio stops quietly when a file ends inside a record, so truncation is detected
here: a record whose declared length was not all there ends the read with an
`InputError`, after the complete records before it have been yielded.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from typing import Any

from annalyst.ingest.guard import guarded
from annalyst.ingest.model import Draft, InputError, Problem, ReadResult, Source
from annalyst.ingest.readers.html import MAX_HTML_BYTES, NO_TEXT, html_to_draft
from annalyst.ingest.readers.warcbounds import BoundedArchiveIterator, WarcLimitError

LOG = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio has no error contract for damaged input: besides ArchiveLoadFailed it lets
# zlib, EOF, decoding and even AttributeError (a header block cut short) escape.
_READ_ERRORS = (Exception,)


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    if not content_type:
        return "", None
    media, *params = content_type.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def _looks_like_html(prefix: bytes) -> bool:
    head = prefix[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _drain(record: Any) -> bool:
    """Read the rest of a record; False when the file ended before its declared length."""
    raw = record.raw_stream
    while raw.read(64 * 1024):
        pass
    return int(getattr(raw, "limit", 0) or 0) <= 0


class _Page:
    """An archived HTML page worth extracting."""

    def __init__(self, uri: str, charset: str | None, payload: bytes) -> None:
        self.uri = uri
        self.charset = charset
        self.payload = payload


def _html_page(record: Any) -> _Page | str | None:
    """The HTML page in a record, the reason it cannot be read, or None for a record to skip."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None  # dns:, whois: and other non-HTTP responses
        try:
            status = int(http.get_statuscode() or 0)
        except ValueError:
            return None
        if not 200 <= status < 300:
            return None
        media, charset = _media_type(http.get_header("Content-Type"))
    elif record.rec_type == "resource":
        media, charset = _media_type(record.rec_headers.get_header("Content-Type"))
    else:
        return None
    if media and media not in _HTML_TYPES:
        return None
    try:
        payload = record.content_stream().read(MAX_HTML_BYTES + 1)
    except WarcLimitError:
        raise
    except _READ_ERRORS as exc:
        # The payload's own encoding (gzip, chunked) is broken; the archive may not be.
        return f"unreadable payload: {type(exc).__name__}: {exc}"
    if not media and not _looks_like_html(payload):
        return None
    if len(payload) > MAX_HTML_BYTES:
        return f"HTML page too large (over {MAX_HTML_BYTES} bytes)"
    return _Page(uri, charset, payload)


def _next_record(archive: Any, iterator: Iterator[Any]) -> Any | None:
    """The next record, or None at the end; warcio's complaints are kept off stderr."""
    with contextlib.redirect_stderr(io.StringIO()):
        # warcio prints a warning when a record is not followed by blank lines; the
        # err_count it keeps alongside is turned into a Problem by the caller.
        return next(iterator, None)


def read_warc(source: Source) -> Iterator[ReadResult]:
    """One draft per 2xx HTML response (or text/html resource) record."""
    size = source.size()
    if size == 0:
        raise InputError("empty file")
    records = skipped = 0
    seen: set[str] = set()
    with source.open() as stream:
        archive = BoundedArchiveIterator(stream, source.limits, arc2warc=True)
        iterator = iter(archive)
        while True:
            errors_before = archive.err_count
            try:
                record = _next_record(archive, iterator)
            except WarcLimitError:
                raise
            except _READ_ERRORS as exc:
                raise _corrupt(source, records, exc) from exc
            if archive.err_count > errors_before and records:
                yield Problem(
                    source.name,
                    "record not followed by blank lines; its Content-Length may be wrong",
                    f"record {records}",
                )
            if record is None:
                break
            if record.format.startswith("warc") and record.length is None:
                # warcio hands out a record whose header block was cut short.
                raise _corrupt(source, records, "file ends inside a record header")
            page = _html_page(record)
            try:
                complete = _drain(record)
            except WarcLimitError:
                raise
            except _READ_ERRORS as exc:
                raise _corrupt(source, records, exc) from exc
            if not complete:
                raise _corrupt(source, records, "file ends inside a record")
            records += 1
            if page is None:
                skipped += 1
            else:
                number = records
                yield guarded(
                    source, f"record {number}", _extract, source, page, number, record, seen
                )
        # Bytes left after the last complete record are the start of one that was cut off.
        if archive.offset < size:
            raise _corrupt(source, records, f"{size - archive.offset} bytes after the last record")
    LOG.debug("%s: %d records, %d skipped as not HTML pages", source.name, records, skipped)
    if records == 0:
        raise InputError("no WARC records found")
    if skipped == records:
        yield Problem(source.name, f"no HTML pages among {records} records")


def _extract(
    source: Source, page: _Page | str, number: int, record: Any, seen: set[str]
) -> Draft | Problem:
    location = f"record {number}"
    if isinstance(page, str):
        return Problem(source.name, page, location)
    key = page.uri or location
    if key in seen:
        # The same address captured twice: the record id tells the captures apart.
        record_id = record.rec_headers.get_header("WARC-Record-ID") or location
        key = f"{key} {record_id}"
    seen.add(key)
    try:
        draft = html_to_draft(
            page.payload, f"{source.name}#{key}", url=page.uri or None, charset=page.charset
        )
    except InputError as exc:
        return Problem(source.name, str(exc), location)
    if draft is None:
        return Problem(source.name, NO_TEXT, location)
    draft.source_key = key
    draft.input_id = record.rec_headers.get_header("WARC-Record-ID") or page.uri or None
    return draft


def _corrupt(source: Source, records: int, cause: BaseException | str) -> InputError:
    detail = " ".join(str(cause).split()) or type(cause).__name__
    return InputError(f"truncated or corrupt WARC after {records} records: {detail}")
