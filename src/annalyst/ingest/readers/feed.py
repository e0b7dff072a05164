"""Reading RSS and Atom feeds: one article per entry, through feedparser.

feedparser reads a whole document, so a feed is loaded in memory (up to
`MAX_FEED_BYTES`). It recovers what it can from broken XML and flags the
document as "bozo"; entries it still found are kept and the damage reported once.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from annalyst.ingest.dates import normalize_date
from annalyst.ingest.guard import guarded
from annalyst.ingest.language import detect_language
from annalyst.ingest.limits import RecordTimeout, record_budget
from annalyst.ingest.model import Draft, InputError, Problem, ReadResult, Source
from annalyst.ingest.readers.html import (
    authors_and_byline,
    html_fragment_to_text,
    http_url,
    language_code,
)
from annalyst.ingest.textio import SNIFF_BYTES, looks_binary, wide_encoding

MAX_FEED_BYTES = 64 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_SPACES = re.compile(r"[^\S\n]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _plain(text: str) -> str:
    """Plain text with its own blank-line paragraphs kept and spacing tidied."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return "\n\n".join(_SPACES.sub(" ", b).strip() for b in blocks if b.strip())


def _detail_text(value: Any, kind: Any) -> str:
    """Text of a feedparser text construct, converting markup when it is HTML."""
    if not isinstance(value, str) or not value.strip():
        return ""
    if isinstance(kind, str) and kind.lower() in _HTML_TYPES:
        return html_fragment_to_text(value)
    return _plain(value)


def _entry_text(entry: Any) -> str:
    """The entry's full content when given, else its summary."""
    contents = [c for c in entry.get("content") or [] if isinstance(c, dict)]
    # Prefer the markup versions: plain-text alternatives are often truncated teasers.
    contents.sort(key=lambda c: str(c.get("type", "")).lower() not in _HTML_TYPES)
    for content in contents:
        text = _detail_text(content.get("value"), content.get("type", "text/html"))
        if text:
            return text
    detail = entry.get("summary_detail") or {}
    return _detail_text(entry.get("summary"), detail.get("type", "text/html"))


def _title(entry: Any) -> str | None:
    detail = entry.get("title_detail") or {}
    text = _detail_text(entry.get("title"), detail.get("type", "text/plain"))
    title = " ".join(text.split())
    return title or None


def _published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: FeedParserDict.get maps a missing published_parsed to
        # updated_parsed with a DeprecationWarning; we try both in order anyway.
        parsed = dict.get(entry, key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
            except (AttributeError, ValueError):
                continue
    # feedparser gives up on dates in formats it does not know (Arabic months, …).
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str):
            found = normalize_date(raw)
            if found:
                return found
    return None


def _authors(entry: Any) -> tuple[list[str], str | None]:
    names = [
        author["name"]
        for author in entry.get("authors") or []
        if isinstance(author, dict) and isinstance(author.get("name"), str)
    ]
    raw = entry.get("author")
    if isinstance(raw, str) and len(names) <= 1:
        # RSS puts "email (Name)" in one string, which feedparser splits badly.
        names = [raw]
    cleaned = [_EMAIL.sub(" ", name).replace("(", " ").replace(")", " ") for name in names]
    cleaned = [" ".join(name.split()) for name in cleaned if name.strip()]
    return authors_and_byline(cleaned) if cleaned else ([], None)


def _text_field(container: Any, key: str) -> str | None:
    value = container.get(key)
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _feed_bytes(data: bytes) -> bytes:
    """The document as feedparser reads it best: UTF-8, when it came in UTF-16/32."""
    wide = wide_encoding(data[:SNIFF_BYTES])
    if wide is None:
        return data
    text = data.decode(wide, errors="replace").lstrip("\ufeff")
    # The declaration still names the wide encoding; the bytes no longer are.
    text = _XML_DECLARATION.sub("", text, count=1)
    return text.encode("utf-8", errors="replace")


def _parse(source: Source) -> Any:
    with source.open() as stream:
        data = stream.read(MAX_FEED_BYTES + 1)
    if not data.strip():
        raise InputError("empty file")
    if len(data) > MAX_FEED_BYTES:
        raise InputError(f"feed larger than {MAX_FEED_BYTES} bytes")
    if looks_binary(data[:SNIFF_BYTES]):
        raise InputError("binary content, not a feed")
    data = _feed_bytes(data)
    try:
        # A stream, never bytes or str: feedparser opens those as file names or URLs.
        with record_budget(source.limits.record_seconds):
            return feedparser.parse(
                io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True
            )
    except RecursionError as exc:
        raise InputError("feed nested too deeply") from exc
    except RecordTimeout:
        raise
    except Exception as exc:  # feedparser documents no exceptions; any is a broken feed
        raise InputError(f"unreadable feed: {type(exc).__name__}: {exc}") from exc


def _reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "unknown error"
    if hasattr(exc, "getLineNumber") and hasattr(exc, "getMessage"):
        # SAX errors print as "<unknown>:22:65: …"; say where in words instead.
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return " ".join(str(exc).split()) or type(exc).__name__


def read_feed(source: Source) -> Iterator[ReadResult]:
    """One article per RSS/Atom entry (content, else summary, as text)."""
    parsed = _parse(source)
    entries = [e for e in parsed.get("entries") or [] if isinstance(e, dict)]
    if not parsed.get("version") or not entries:
        if parsed.get("bozo"):
            raise InputError(f"not a readable feed: {_reason(parsed)}")
        if not parsed.get("version"):
            raise InputError("not an RSS or Atom feed")
        yield Problem(source.name, "feed has no entries")
        return
    if parsed.get("bozo"):
        yield Problem(
            source.name, f"feed is malformed, {len(entries)} entries recovered: {_reason(parsed)}"
        )
    feed = parsed.get("feed") or {}
    outlet = _text_field(feed, "title")
    feed_language = language_code(_text_field(feed, "language"))
    for number, entry in enumerate(entries, start=1):
        yield guarded(
            source, f"entry {number}", _entry_draft, source, entry, number, outlet, feed_language
        )


def _entry_draft(
    source: Source, entry: Any, number: int, outlet: str | None, feed_language: str | None
) -> ReadResult:
    text = _entry_text(entry)
    if not text:
        return Problem(source.name, "entry has no text", f"entry {number}")
    key = _text_field(entry, "id") or _text_field(entry, "link")
    authors, byline = _authors(entry)
    return Draft(
        source=f"{source.name}#{key or f'entry-{number}'}",
        text=text,
        title=_title(entry),
        published=_published(entry),
        authors=authors,
        byline=byline,
        outlet=outlet,
        language=feed_language or detect_language(text),
        url=http_url(_text_field(entry, "link")),
        source_key=key,
        input_id=key,
    )
