"""The input readers, by format name, and how a file's name picks its format.

Readers for plain-text dumps live in `annalyst.ingest.readers.dump`, which
registers itself ("dump", "text") through `register`; nothing here imports it,
so this package stays free of the segmenter and its knowledge base.
"""

from __future__ import annotations

from pathlib import Path

from annalyst.ingest.errors import InputError
from annalyst.ingest.files import open_regular
from annalyst.ingest.model import Reader
from annalyst.ingest.readers.feed import read_feed
from annalyst.ingest.readers.html import read_html
from annalyst.ingest.readers.records import read_csv, read_jsonl
from annalyst.ingest.readers.warc import read_warc

__all__ = ["READERS", "format_for_path", "name_format", "register", "sniff_xml"]

READERS: dict[str, Reader] = {
    "html": read_html,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "rss": read_feed,
    "atom": read_feed,
    "warc": read_warc,
}


def register(name: str, reader: Reader) -> None:
    """Add a reader under a format name.

    Registering the same reader again is harmless (modules may be reloaded);
    replacing a different reader under a taken name is refused, as that is a bug.
    """
    if not name or name != name.strip().lower():
        raise ValueError(f"format names are lower-case words, got {name!r}")
    existing = READERS.get(name)
    if existing is not None and existing is not reader:
        raise ValueError(f"a reader is already registered for {name!r}")
    READERS[name] = reader


_SUFFIXES: dict[str, str | None] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "rss",
    ".atom": "rss",
    ".warc": "warc",
    ".arc": "warc",
    ".txt": "dump",
    ".text": "dump",
    ".dump": "dump",
}
_ARCHIVES = (".warc.gz", ".arc.gz", ".warc.gzip")
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf")


def sniff_xml(path: str) -> str | None:
    """`rss` or `html` from the first KB of an .xml file, None when it is neither."""
    try:
        # Only a regular file is opened: a pipe called feed.xml must not block.
        with open_regular(Path(path), 0) as stream:
            head = stream.read(1024).lower()
    except (OSError, InputError):
        return None
    feed_at = min((at for at in map(head.find, _FEED_MARKERS) if at >= 0), default=-1)
    html_at = head.find(b"<html")
    if feed_at >= 0 and (html_at < 0 or feed_at < html_at):
        return "rss"
    if html_at >= 0:
        return "html"
    return None


def name_format(path: str) -> str | None:
    """The reader format a file name gives, without looking inside (None for .xml)."""
    name = Path(path).name.lower()
    if name.endswith(_ARCHIVES):
        return "warc"
    if name.endswith(".gz"):
        return None
    return _SUFFIXES.get(Path(name).suffix)


def format_for_path(path: str) -> str | None:
    """The reader format for a file, or None when its name says nothing usable."""
    if Path(path).suffix.lower() == ".xml":
        return sniff_xml(path)
    return name_format(path)
