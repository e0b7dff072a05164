"""The input readers, by format name, and how a file's name picks its format.

Readers for plain-text dumps live in `annalyst.ingest.readers.dump`, which
registers itself ("dump", "text") through `register`; nothing here imports it,
so this package stays free of the segmenter and its knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

from annalyst.ingest.errors import InputError
from annalyst.ingest.files import open_regular
from annalyst.ingest.model import Reader, ReadResult, Source

__all__ = ["READERS", "format_for_path", "load_reader", "name_format", "register", "sniff_xml"]


class _Deferred:
    """A reader imported on first use: trafilatura, feedparser and warcio cost half
    a second to import, and a run over JSON Lines needs none of them."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._reader: Reader | None = None

    def resolve(self) -> Reader:
        if self._reader is None:
            self._reader = getattr(import_module(self.module), self.name)
        return self._reader

    def __call__(self, source: Source) -> Iterator[ReadResult]:
        return self.resolve()(source)


def load_reader(name: str) -> Reader:
    """The reader function registered under a format name (imported now if deferred)."""
    reader = READERS[name]
    return reader.resolve() if isinstance(reader, _Deferred) else reader


READERS: dict[str, Reader] = {
    "html": _Deferred("annalyst.ingest.readers.html", "read_html"),
    "jsonl": _Deferred("annalyst.ingest.readers.records", "read_jsonl"),
    "csv": _Deferred("annalyst.ingest.readers.records", "read_csv"),
    "rss": _Deferred("annalyst.ingest.readers.feed", "read_feed"),
    "atom": _Deferred("annalyst.ingest.readers.feed", "read_feed"),
    "warc": _Deferred("annalyst.ingest.readers.warc", "read_warc"),
}


def register(name: str, reader: Reader) -> None:
    """Add a reader under a format name.

    Registering the same reader again is harmless (modules may be reloaded);
    replacing a different reader under a taken name is refused, as that is a bug.
    """
    if not name or name != name.strip().lower():
        raise ValueError(f"format names are lower-case words, got {name!r}")
    existing = READERS.get(name)
    if isinstance(existing, _Deferred):
        existing = existing.resolve()
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
