"""From paths to stored (or streamed) articles: discovery, reading, ids, dedup.

This is the library API behind `annalyst ingest` and `annalyst extract`:

    from annalyst.ingest.pipeline import iter_sources, read_articles
    for source in iter_sources(["news/"]):
        for item in read_articles(source):
            ...

Each input is read by the reader its extension (or `--input-format`) names; an
input that fails becomes a `Problem`, never an exception, so one bad file never
stops a run.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from annalyst.ingest.dedup import DedupKeys, Deduplicator
from annalyst.ingest.language import detect_language
from annalyst.ingest.model import Draft, InputError, Problem, Reader, ReadResult, Source
from annalyst.ingest.readers import READERS, format_for_path
from annalyst.ingest.readers.dump import outlet_lookup
from annalyst.schema import Article

FORMATS = ("dump", "text", "html", "jsonl", "csv", "rss", "atom", "warc")
BATCH = 200


def reader_for(name: str) -> Reader:
    if name == "dump" or name == "text":
        from annalyst.ingest.readers.dump import read_dump, read_text

        return read_dump if name == "dump" else read_text
    return READERS[name]


def iter_sources(paths: Iterable[str], pattern: str | None = None) -> Iterator[Source | Problem]:
    """Inputs named by paths: files, directories (recursive, filtered by `pattern`) or `-`."""
    for raw in paths:
        if raw == "-":
            yield Source.stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    full = Path(root) / name
                    if pattern is not None:
                        if not (fnmatch(name, pattern) or fnmatch(str(full), pattern)):
                            continue
                    elif format_for_path(str(full)) is None:
                        continue
                    found = True
                    yield Source.from_path(full)
            if not found:
                yield Problem(str(path), "no readable input files in this directory")
        elif path.is_file():
            yield Source.from_path(path)
        elif path.exists():
            yield Problem(str(path), "not a regular file")
        else:
            yield Problem(str(path), "no such file or directory")


def source_format(source: Source, forced: str | None) -> str | None:
    if forced:
        return forced
    if source.path is None:
        return _sniff_format(source.data or b"")
    return format_for_path(str(source.path))


def _sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/") or data[:2] == b"\x1f\x8b":
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf" in head:
        return "rss"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    return "dump"


def file_digest(source: Source) -> str:
    digest = hashlib.sha256()
    with source.open() as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_source(source: Source, fmt: str | None) -> Iterator[ReadResult]:
    """Drafts and problems of one input; unreadable inputs become one Problem."""
    if fmt is None:
        yield Problem(source.name, "unknown input format (use --input-format)")
        return
    if fmt not in FORMATS:
        yield Problem(
            source.name, f"unknown input format {fmt!r}; choose from {', '.join(FORMATS)}"
        )
        return
    try:
        yield from reader_for(fmt)(source)
    except InputError as exc:
        yield Problem(source.name, str(exc))
    except (OSError, UnicodeError, ValueError, MemoryError) as exc:
        yield Problem(source.name, f"cannot read: {exc.__class__.__name__}: {exc}")


def article_id(draft: Draft, exact_hash: str) -> str:
    """Stable id: same file name, same place in it, same text -> same id."""
    name = draft.source.replace("\\", "/")
    base, _, inner = name.partition("#")
    key = f"{Path(base).name}#{inner}|{draft.source_key or ''}|{exact_hash}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def finish_draft(draft: Draft) -> Draft:
    """Fill what readers may leave open: canonical outlet, language, tidy authors."""
    if draft.outlet:
        draft.outlet = outlet_lookup().canonical(draft.outlet) or draft.outlet.strip()
    if not draft.language:
        draft.language = detect_language(draft.text)
    draft.authors = [a.strip() for a in draft.authors if a and a.strip()]
    return draft


def to_article(draft: Draft, article_id_: str, duplicate_of: str | None) -> Article:
    return Article(
        id=article_id_,
        source=draft.source,
        title=draft.title,
        published=draft.published,
        authors=draft.authors,
        byline=draft.byline,
        outlet=draft.outlet,
        language=draft.language,
        url=draft.url,
        line_start=draft.line_start,
        line_end=draft.line_end,
        text=draft.text,
        duplicate_of=duplicate_of,
    )


@dataclass
class Deduped:
    article: Article
    keys: DedupKeys


def dedup_articles(
    drafts: Iterable[ReadResult], dedup: Deduplicator
) -> Iterator[Deduped | Problem]:
    """Turn drafts into articles with ids and duplicate links."""
    seen: set[str] = set()
    for item in drafts:
        if isinstance(item, Problem):
            yield item
            continue
        draft = finish_draft(item)
        if not draft.text.strip():
            yield Problem(draft.source, "article without text", _where(draft))
            continue
        keys = dedup.keys(draft.text)
        aid = article_id(draft, keys.exact)
        if aid in seen:
            continue
        seen.add(aid)
        duplicate_of = dedup.check_keys(aid, keys)
        yield Deduped(to_article(draft, aid, duplicate_of), keys)


def _where(draft: Draft) -> str | None:
    return f"line {draft.line_start}" if draft.line_start else None


@dataclass
class IngestSummary:
    files: int = 0
    skipped: int = 0
    articles: int = 0
    duplicates: int = 0
    already_stored: int = 0
    failed_files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed_files


def ingest(
    paths: Iterable[str],
    store: object,
    *,
    input_format: str | None = None,
    pattern: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> IngestSummary:
    """Read inputs and store their articles; see `annalyst ingest`."""
    from annalyst.store.db import Store

    assert isinstance(store, Store)
    summary = IngestSummary()
    dedup = Deduplicator()
    for existing_id, keys in store.iter_dedup_keys():
        dedup.add_existing(existing_id, keys)

    def report(problem: Problem) -> None:
        summary.problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    for item in iter_sources(paths, pattern):
        if isinstance(item, Problem):
            summary.failed_files.append(item.source)
            report(item)
            continue
        source = item
        summary.files += 1
        size = source.size()
        digest = file_digest(source)
        if store.file_status(digest) == "done":
            summary.skipped += 1
            if on_progress:
                on_progress(source.name, size)
            continue
        store.begin_file(source.name, digest, size)
        fmt = source_format(source, input_format)
        batch: list[tuple[Article, DedupKeys]] = []
        stored = problems = 0
        failed: str | None = None
        whole_file_problem = True
        for result in dedup_articles(read_source(source, fmt), dedup):
            if isinstance(result, Problem):
                problems += 1
                report(result)
                if result.location is None and result.source == source.name:
                    failed = result.reason
                continue
            whole_file_problem = False
            batch.append((result.article, result.keys))
            if result.article.duplicate_of:
                summary.duplicates += 1
            if len(batch) >= BATCH:
                stored += store.add_articles(batch)
                batch = []
        if batch:
            stored += store.add_articles(batch)
        summary.articles += stored
        if failed is not None:
            summary.failed_files.append(source.name)
        status = "failed" if failed is not None else "done"
        del whole_file_problem
        store.finish_file(digest, status, stored, problems, failed)
        if on_progress:
            on_progress(source.name, size)
    return summary


def extract(
    paths: Iterable[str],
    *,
    input_format: str | None = None,
    pattern: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> Iterator[Article]:
    """Articles of the inputs, deduplicated within the run, without any database."""
    dedup = Deduplicator()
    for item in iter_sources(paths, pattern):
        if isinstance(item, Problem):
            if on_problem:
                on_problem(item)
            continue
        fmt = source_format(item, input_format)
        for result in dedup_articles(read_source(item, fmt), dedup):
            if isinstance(result, Problem):
                if on_problem:
                    on_problem(result)
                continue
            yield result.article


def print_problem(problem: Problem) -> None:
    print(f"annalyst: {problem}", file=sys.stderr)
