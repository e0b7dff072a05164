"""Streamed exports of a whole listing: CSV, JSON Lines and Parquet.

Every matching row is written, never a page of them. CSV and JSON Lines are
produced as the rows are read; Parquet needs the whole file before its footer
can be written, so the rows are spooled to a temporary JSON Lines file that an
in-memory DuckDB turns into Parquet, and the Parquet file is then streamed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from typing import Any

import duckdb

Item = dict[str, Any]
_CHUNK = 64 * 1024

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_chunks(items: Iterable[Item]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for item in items:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(item), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in item.items()})
        if buffer.tell() >= _CHUNK:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


def jsonl_chunks(items: Iterable[Item]) -> Iterator[bytes]:
    lines: list[str] = []
    size = 0
    for item in items:
        line = json.dumps(item, ensure_ascii=False, default=str) + "\n"
        lines.append(line)
        size += len(line)
        if size >= _CHUNK:
            yield "".join(lines).encode()
            lines, size = [], 0
    if lines:
        yield "".join(lines).encode()


def parquet_chunks(items: Iterable[Item]) -> Iterator[bytes]:
    folder = tempfile.mkdtemp(prefix="annalyst-export-")
    source = os.path.join(folder, "rows.jsonl")
    target = os.path.join(folder, "rows.parquet")
    try:
        count = 0
        with open(source, "wb") as out:
            for chunk in jsonl_chunks(items):
                out.write(chunk)
                count += 1
        with closing(duckdb.connect(":memory:")) as con:
            if count:
                con.execute(
                    "COPY (SELECT * FROM read_json(?, format = 'newline_delimited', "
                    "sample_size = -1)) TO ? (FORMAT PARQUET)",
                    [source, target],
                )
            else:
                con.execute(
                    "COPY (SELECT NULL::VARCHAR AS id WHERE FALSE) TO ? (FORMAT PARQUET)", [target]
                )
        with open(target, "rb") as data:
            while block := data.read(_CHUNK):
                yield block
    finally:
        for name in (source, target):
            if os.path.exists(name):
                os.unlink(name)
        os.rmdir(folder)


WRITERS: dict[str, Callable[[Iterable[Item]], Iterator[bytes]]] = {
    "csv": csv_chunks,
    "jsonl": jsonl_chunks,
    "parquet": parquet_chunks,
}
