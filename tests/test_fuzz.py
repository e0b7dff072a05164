"""Property-based fuzzing of every reader: any bytes in, drafts and problems out, never a crash.

`make test` runs a few dozen examples per reader; `make fuzz` (ANNALYST_FUZZ=1) runs
thousands. The strategies mix raw bytes with inputs shaped like each format
(JSON-ish lines, CSV-ish rows, XML-ish feeds, WARC-ish records, markup), so the
fuzzer gets past the first checks into the parsers.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.ingest.cleantext import printable, storable
from annalyst.ingest.encodings import looks_binary, sniff_encoding, wide_encoding
from annalyst.ingest.errors import InputError
from annalyst.ingest.limits import Limits
from annalyst.ingest.model import Draft, Problem, Source
from annalyst.ingest.pipeline import read_articles
from annalyst.ingest.readers.bigpages import cap_attributes
from annalyst.ingest.readers.html import html_fragment_to_text, html_to_draft
from annalyst.ingest.textio import TextLines

_COMMON = {"deadline": None, "suppress_health_check": list(HealthCheck)}
settings.register_profile("annalyst-brief", max_examples=25, **_COMMON)
settings.register_profile("annalyst-fuzz", max_examples=3000, **_COMMON)
FUZZ = settings.get_profile(
    "annalyst-fuzz" if os.environ.get("ANNALYST_FUZZ") else "annalyst-brief"
)
# Small limits, so the limit paths are fuzzed too.
LIMITS = Limits(max_line_chars=4000, record_seconds=20, max_decompressed_bytes=1 << 22)

texts = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=300
)  # includes surrogates, NULs, controls
words = st.text(
    alphabet=st.sampled_from(list("abc XYZ.,;:\"'<>/[]{}&#\n\r\t\x00é؟ب")), max_size=200
)


def _check(name: str, data: bytes, fmt: str) -> None:
    results = list(read_articles(Source.from_bytes(name, data, LIMITS), fmt))
    for result in results:
        assert isinstance(result, Draft | Problem)
        if isinstance(result, Problem):
            assert "internal error" not in result.reason, result
            assert "\n" not in str(result) and "\x1b" not in str(result)
        else:
            assert isinstance(result.text, str) and result.text.strip()


@st.composite
def json_lines(draw: st.DrawFn) -> bytes:
    lines: list[bytes] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            value = {
                "id": draw(st.one_of(texts, st.integers(), st.floats(), st.none())),
                "text": draw(st.one_of(texts, st.none(), st.lists(texts, max_size=2))),
                "title": draw(st.one_of(texts, st.none())),
                "published": draw(st.one_of(texts, st.none())),
                "authors": draw(st.one_of(texts, st.lists(texts, max_size=3))),
            }
            lines.append(json.dumps(value).encode())
        elif kind == 1:
            lines.append(draw(st.binary(max_size=100)))
        elif kind == 2:
            lines.append(json.dumps(draw(st.recursive(st.none() | texts, st.lists))).encode())
        else:
            lines.append(draw(words).encode("utf-8", "surrogatepass"))
    return b"\n".join(lines)


@st.composite
def csv_text(draw: st.DrawFn) -> bytes:
    header = draw(st.sampled_from(["id,text", "id;text;title", "text\tid", "x,y", ""]))
    rows = draw(st.lists(words, max_size=8))
    return "\n".join([header, *rows]).encode("utf-8", "surrogatepass")


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    items = "".join(
        f"<item><guid>{draw(words)}</guid><title>{draw(words)}</title>"
        f"<description>{draw(words)}</description></item>"
        for _ in range(draw(st.integers(0, 3)))
    )
    doctype = draw(
        st.sampled_from(["", '<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'])
    )
    root = draw(st.sampled_from(["rss", "feed", "rdf:RDF", "html"]))
    return f'<?xml version="1.0"?>{doctype}<{root}><channel><title>t</title>{items}</channel></{root}>'.encode(
        "utf-8", "surrogatepass"
    )


@st.composite
def warcs(draw: st.DrawFn) -> bytes:
    out = b""
    for _ in range(draw(st.integers(0, 3))):
        body = draw(
            st.one_of(
                st.binary(max_size=200),
                words.map(lambda w: f"<html><p>{w}</p></html>".encode("utf-8", "surrogatepass")),
            )
        )
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        length = draw(st.one_of(st.just(len(http)), st.integers(-5, 400)))
        rec_type = draw(st.sampled_from([b"response", b"resource", b"request", b"warcinfo", b"x"]))
        record = (
            b"WARC/1.0\r\nWARC-Type: " + rec_type + b"\r\nWARC-Target-URI: http://f.example/"
            + draw(st.binary(max_size=10)) + b"\r\nContent-Length: " + str(length).encode()
            + b"\r\n\r\n" + http + b"\r\n\r\n"
        )  # fmt: skip
        if draw(st.booleans()):
            record = gzip.compress(record)
        cut = draw(st.integers(0, len(record)))
        out += record[:cut] if draw(st.integers(0, 4)) == 0 else record
    return out


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(0, 400))
    head = draw(
        st.sampled_from(
            ["", "<meta charset='utf-16'>", "<meta charset='nope'>", "<title>[/red]</title>"]
        )
    )
    body = draw(words)
    return f"<html><head>{head}</head><body>{'<div>' * depth}<p>{body}</p></body></html>".encode(
        "utf-8", "surrogatepass"
    )


@FUZZ
@given(st.one_of(st.binary(max_size=3000), json_lines()))
def test_fuzz_jsonl(data: bytes) -> None:
    _check("f.jsonl", data, "jsonl")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), csv_text()))
def test_fuzz_csv(data: bytes) -> None:
    _check("f.csv", data, "csv")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), feeds()))
def test_fuzz_feed(data: bytes) -> None:
    _check("f.rss", data, "rss")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), warcs()))
def test_fuzz_warc(data: bytes) -> None:
    _check("f.warc.gz", data, "warc")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), pages()))
def test_fuzz_html(data: bytes) -> None:
    _check("f.html", data, "html")
    with contextlib.suppress(InputError):
        html_to_draft(data, "f.html")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), words.map(lambda w: w.encode("utf-8", "surrogatepass"))))
def test_fuzz_dump_and_text(data: bytes) -> None:
    _check("f.txt", data, "dump")
    _check("f.text", data, "text")


@FUZZ
@given(st.binary(max_size=4000), st.integers(0, 50))
def test_fuzz_lines(data: bytes, limit: int) -> None:
    try:
        lines = TextLines(io.BytesIO(data), limit)
        numbers = [n for n, line in lines if "\n" not in line and "\r" not in line]
        assert numbers == sorted(numbers)
        assert all(number in numbers for number, _ in lines.problems)
    except InputError:
        pass
    sniff_encoding(data)
    wide_encoding(data)
    looks_binary(data)


@FUZZ
@given(texts)
def test_fuzz_text_cleaning(text: str) -> None:
    clean, count = storable(text)
    assert "\x00" not in clean and not any(0xD800 <= ord(c) <= 0xDFFF for c in clean)
    assert count == sum(1 for c in text if c == "\x00" or 0xD800 <= ord(c) <= 0xDFFF)
    shown = printable(text)
    assert "\n" not in shown and "\x1b" not in shown
    shown.encode("utf-8")  # always encodable for a terminal


@FUZZ
@given(words)
def test_fuzz_markup_helpers(text: str) -> None:
    cap_attributes(text)
    html_fragment_to_text(text)
