"""Reading structured records: JSON Lines and CSV, one article per record.

Both formats are streamed (JSON Lines line by line, CSV row by row) through
`textio.TextLines`, which also deals with legacy encodings. A bad record is a
`Problem` naming its line; the records around it are still read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from annalyst.ingest.dates import normalize_date
from annalyst.ingest.guard import guarded
from annalyst.ingest.language import detect_language
from annalyst.ingest.model import Draft, InputError, Problem, ReadResult, Source
from annalyst.ingest.readers.html import authors_and_byline, language_code
from annalyst.ingest.textio import TextLines

_DELIMITERS = (",", "\t", ";")


def _text(value: Any) -> str | None:
    """A field as stripped text; numbers are accepted, containers are not."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def _record_id(value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # ids written as 12.0 by spreadsheet exports
    return _text(value)


def _authors(value: Any) -> tuple[list[str], str | None]:
    if isinstance(value, str):
        return authors_and_byline(value)
    if isinstance(value, list):
        return authors_and_byline(item for item in value if isinstance(item, str))
    return [], None


def _draft(
    source: Source, record: Mapping[str, Any], line_start: int, line_end: int
) -> Draft | Problem:
    location = f"line {line_start}"
    record_id = _record_id(record.get("id"))
    if record_id is None:
        return Problem(source.name, "record has no id", location)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(source.name, f"record {record_id!r} has no text", location)
    authors, byline = _authors(record.get("authors"))
    published = _text(record.get("published"))
    return Draft(
        input_id=record_id,
        source=f"{source.name}#{record_id}",
        text=text.strip(),
        title=_text(record.get("title")),
        published=normalize_date(published) if published else None,
        authors=authors,
        byline=byline,
        outlet=_text(record.get("outlet")),
        language=language_code(_text(record.get("language"))) or detect_language(text),
        url=_text(record.get("url")),
        line_start=line_start,
        line_end=line_end,
        source_key=record_id,
    )


def _line_problems(source: Source, lines: TextLines) -> Iterator[Problem]:
    for number, reason in lines.take_problems():
        yield Problem(source.name, reason, f"line {number}")


def _json_record(source: Source, line: str, number: int) -> ReadResult:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return Problem(source.name, f"invalid JSON: {reason}", f"line {number}")
    if not isinstance(record, dict):
        kind = "null" if record is None else type(record).__name__
        return Problem(source.name, f"not a JSON object ({kind})", f"line {number}")
    return _draft(source, record, number, number)


def read_jsonl(source: Source) -> Iterator[ReadResult]:
    """One article per JSON object line (`id` and `text` required)."""
    with source.open() as stream:
        lines = TextLines(stream, source.limits.max_line_chars)
        first = True
        for number, line in lines:
            yield from _line_problems(source, lines)
            stripped = line.strip()
            if not stripped:
                continue
            if first and stripped in ("[", "{"):
                # One line per record is the contract; a pretty-printed document
                # would otherwise come out as one problem per line.
                raise InputError(
                    "a pretty-printed JSON document, not JSON Lines (one object per line)"
                )
            first = False
            yield guarded(source, f"line {number}", _json_record, source, stripped, number)
        yield from _line_problems(source, lines)
        if first:
            yield Problem(source.name, "no records")


class _RecordTooLong(Exception):
    pass


class _LineFeed:
    """Feeds numbered lines to `csv.reader` and remembers which lines a row used.

    It also bounds a record: a stray quote makes `csv.reader` keep asking for
    lines to finish one field, and past `limit` characters the record is given
    up (`_RecordTooLong`) and reading resumes with the next line.
    """

    def __init__(self, lines: Iterator[tuple[int, str]], limit: int) -> None:
        self._lines = lines
        self._limit = limit
        self.first: int | None = None
        self.last = 0
        self._size = 0
        self.quotes = 0  # quote characters in the record so far
        self.exhausted = False

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        try:
            number, line = next(self._lines)
        except StopIteration:
            self.exhausted = True
            raise
        if self.first is None:
            self.first = number
        self.last = number
        self.quotes += line.count('"')
        self._size += len(line) + 1
        if self._limit and self._size > self._limit:
            raise _RecordTooLong(
                f"CSV record longer than {self._limit} characters (an unclosed quote?); "
                "skipped (raise --max-line-chars to read it)"
            )
        # csv needs the line ends back to keep newlines inside quoted fields.
        return line + "\n"

    def start_row(self) -> None:
        self.first = None
        self._size = 0
        self.quotes = 0

    def unclosed_quote(self) -> bool:
        """The row just read ran to the end of the file inside a quoted field."""
        return self.exhausted and self.first != self.last and self.quotes % 2 == 1


def _header_dialect(header: str) -> tuple[str, list[str]]:
    """The delimiter that splits the header into fields including `id` and `text`."""
    best: tuple[int, str, list[str]] | None = None
    for delimiter in _DELIMITERS:
        fields = [_column(name) for name in next(csv.reader([header], delimiter=delimiter))]
        if "id" in fields and "text" in fields:
            return delimiter, fields
        if best is None or len(fields) > best[0]:
            best = (len(fields), delimiter, fields)
    assert best is not None
    return best[1], best[2]


def _column(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().strip('"').lower()


def read_csv(source: Source) -> Iterator[ReadResult]:
    """One article per CSV row; the header names the columns (`id` and `text` required)."""
    limit = source.limits.max_line_chars
    # The csv module's own cap on a field; records are bounded below, as a whole.
    csv.field_size_limit(max(limit, 1 << 20) if limit else sys.maxsize)
    with source.open() as stream:
        lines = TextLines(stream, limit)
        header_number, header = next(((n, line) for n, line in lines if line.strip()), (0, ""))
        yield from _line_problems(source, lines)
        if not header:
            raise InputError("no CSV header")
        delimiter, columns = _header_dialect(header)
        missing = [name for name in ("id", "text") if name not in columns]
        if missing:
            found = ", ".join(repr(c) for c in columns[:10])
            raise InputError(
                f"CSV header (line {header_number}) has no "
                f"{' or '.join(missing)} column; found {found}"
            )
        feed = _LineFeed(lines, limit)
        reader = csv.reader(feed, delimiter=delimiter, strict=False)
        rows = 0
        while True:
            feed.start_row()
            try:
                row: list[str] | None = next(reader)
            except StopIteration:
                break
            except (csv.Error, _RecordTooLong) as exc:
                rows += 1
                row = None
                reason = str(exc) if isinstance(exc, _RecordTooLong) else f"malformed CSV: {exc}"
                yield Problem(source.name, reason, f"line {feed.first}")
                # csv.reader is spent after an exception of its feed; go on with a fresh one.
                reader = csv.reader(feed, delimiter=delimiter, strict=False)
            yield from _line_problems(source, lines)
            if row is None:
                continue
            start = feed.first or feed.last
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            if feed.unclosed_quote():
                yield Problem(
                    source.name,
                    f"a quote opened here is never closed; it swallowed lines {start}-{feed.last}",
                    f"line {start}",
                )
                continue
            if len(row) != len(columns):
                yield Problem(
                    source.name,
                    f"row has {len(row)} fields, header has {len(columns)}",
                    f"line {start}",
                )
                continue
            record = dict(zip(columns, row, strict=True))
            yield guarded(source, f"line {start}", _draft, source, record, start, feed.last)
        yield from _line_problems(source, lines)
        if rows == 0:
            yield Problem(source.name, "no records after the header")
