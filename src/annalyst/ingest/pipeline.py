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
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

from annalyst.ingest.cleantext import storable
from annalyst.ingest.dedup import DedupKeys, Deduplicator
from annalyst.ingest.guard import describe
from annalyst.ingest.language import detect_language
from annalyst.ingest.limits import DEFAULT_LIMITS, Limits, record_budget
from annalyst.ingest.model import Draft, InputError, Problem, Reader, ReadResult, Source
from annalyst.ingest.readers import READERS, format_for_path, name_format
from annalyst.ingest.readers.dump import outlet_lookup
from annalyst.ingest.sources import iter_sources
from annalyst.schema import Article

if TYPE_CHECKING:
    from annalyst.store.db import Store

__all__ = ["FORMATS", "IngestSummary", "extract", "ingest", "iter_sources", "read_articles"]

FORMATS = ("dump", "text", "html", "jsonl", "csv", "rss", "atom", "warc")
BATCH = 200  # articles per store write
FLUSH_FILES = 500  # files finished between store writes, at most
FLUSH_SECONDS = 2.0  # longest time written work waits in memory


def reader_for(name: str) -> Reader:
    if name == "dump" or name == "text":
        from annalyst.ingest.readers.dump import read_dump, read_text

        return read_dump if name == "dump" else read_text
    return READERS[name]


def source_format(source: Source, forced: str | None) -> str | None:
    if forced:
        return forced
    if source.path is None:
        named = name_format(source.name)
        if named is not None:
            return named
        with source.open() as stream:
            return _sniff_format(stream.read(2048))
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
    header = re.split(rb"[,;\t]", head.split(b"\n", 1)[0].strip())
    if b"id" in header and b"text" in header:
        return "csv"
    return "dump"


def file_digest(source: Source) -> str:
    digest = hashlib.sha256()
    with source.open() as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_source(source: Source, fmt: str | None) -> Iterator[ReadResult]:
    """Drafts and problems of one input; an input that cannot be read becomes one Problem."""
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
    except OSError as exc:
        yield Problem(source.name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:
        yield Problem(source.name, describe(exc))


def read_articles(source: Source, input_format: str | None = None) -> Iterator[ReadResult]:
    """Drafts and problems of one input, its format from its name or `input_format`."""
    try:
        fmt = source_format(source, input_format)
    except (InputError, OSError) as exc:
        yield Problem(source.name, describe(exc) if isinstance(exc, InputError) else str(exc))
        return
    yield from read_source(source, fmt)


def article_id(draft: Draft, exact_hash: str) -> str:
    """Stable id: same file name, same place in it, same text -> same id."""
    name = draft.source.replace("\\", "/")
    base, _, inner = name.partition("#")
    key = f"{Path(base).name}#{inner}|{draft.source_key or ''}|{exact_hash}"
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def finish_draft(draft: Draft) -> Draft:
    """Fill what readers may leave open: canonical outlet, language, tidy authors."""
    if draft.outlet:
        draft.outlet = outlet_lookup().canonical(draft.outlet) or draft.outlet.strip()
    if not draft.language:
        draft.language = detect_language(draft.text)
    draft.authors = [a.strip() for a in draft.authors if a and a.strip()]
    return draft


def make_storable(draft: Draft) -> int:
    """Replace what the store cannot hold (lone surrogates, NULs) in every text field;
    returns how many characters were replaced."""
    replaced = 0
    for spec in fields(draft):
        value = getattr(draft, spec.name)
        if isinstance(value, str):
            clean, count = storable(value)
            if count:
                setattr(draft, spec.name, clean)
                replaced += count
        elif isinstance(value, list):
            cleaned = [storable(item) if isinstance(item, str) else (item, 0) for item in value]
            replaced += sum(count for _, count in cleaned)
            setattr(draft, spec.name, [item for item, _ in cleaned])
    return replaced


def to_article(draft: Draft, article_id_: str, duplicate_of: str | None) -> Article:
    return Article(
        id=article_id_,
        input_id=draft.input_id,
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
    replaced: int = 0  # characters made storable


def _where(draft: Draft) -> str | None:
    return f"line {draft.line_start}" if draft.line_start else None


def _dedup_one(
    draft: Draft, dedup: Deduplicator, seen: set[str], limits: Limits
) -> Deduped | Problem | None:
    with record_budget(limits.record_seconds):
        replaced = make_storable(draft)
        draft = finish_draft(draft)
        if not draft.text.strip():
            return Problem(draft.source, "article without text", _where(draft))
        keys = dedup.keys(draft.text)
        aid = article_id(draft, keys.exact)
        if aid in seen:
            return None
        seen.add(aid)
        duplicate_of = dedup.check_keys(aid, keys)
        return Deduped(to_article(draft, aid, duplicate_of), keys, replaced)


def dedup_articles(
    drafts: Iterable[ReadResult], dedup: Deduplicator, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Deduped | Problem]:
    """Turn drafts into storable articles with ids and duplicate links."""
    seen: set[str] = set()
    for item in drafts:
        if isinstance(item, Problem):
            yield item
            continue
        try:
            result = _dedup_one(item, dedup, seen, limits)
        except Exception as exc:
            result = Problem(storable(item.source)[0], describe(exc), _where(item))
        if result is not None:
            yield result


@dataclass
class IngestSummary:
    files: int = 0
    skipped: int = 0
    articles: int = 0
    duplicates: int = 0
    already_stored: int = 0
    replaced_chars: int = 0  # lone surrogates and NULs replaced
    failed_files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed_records(self) -> int:
        """Problems inside inputs (a line, a record, an entry) rather than whole inputs."""
        return sum(1 for p in self.problems if p.location is not None)

    @property
    def ok(self) -> bool:
        return not self.failed_files and not self.problems


class _Writer:
    """Store writes gathered into batches, so the store is open only while it is written.

    Operations keep their order (a file is begun before its articles and finished
    after them), so a run killed between two batches resumes as before.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ops: list[Callable[[], object]] = []
        self.articles: list[tuple[Article, DedupKeys]] = []
        self.stored = 0  # articles stored so far (new ones; known ids are not counted)
        self.files = 0
        self.since = time.monotonic()

    def begin_file(self, name: str, digest: str, size: int) -> dict[str, int]:
        """Queue a file's start; the returned mark is passed to `finish_file`."""
        self._take_articles()
        mark = {"stored": 0}

        def begin() -> None:
            self.store.begin_file(name, digest, size)
            mark["stored"] = self.stored

        self.ops.append(begin)
        return mark

    def add(self, article: Article, keys: DedupKeys) -> int:
        """Queue an article; returns how many articles a write it caused stored."""
        self.articles.append((article, keys))
        if len(self.articles) >= BATCH:
            return self.flush()
        return 0

    def finish_file(
        self, mark: dict[str, int], digest: str, status: str, problems: int, message: str | None
    ) -> int:
        self._take_articles()

        def finish() -> None:
            stored = self.stored - mark["stored"]
            self.store.finish_file(digest, status, stored, problems, message)

        self.ops.append(finish)
        self.files += 1
        if self.files >= FLUSH_FILES or time.monotonic() - self.since > FLUSH_SECONDS:
            return self.flush()
        return 0

    def _take_articles(self) -> None:
        if self.articles:
            batch, self.articles = self.articles, []
            self.ops.append(lambda: self._store_articles(batch))

    def _store_articles(self, batch: list[tuple[Article, DedupKeys]]) -> None:
        self.stored += self.store.add_articles(batch)

    def flush(self) -> int:
        self._take_articles()
        before = self.stored
        if self.ops:
            ops, self.ops = self.ops, []
            with self.store.batch():
                for op in ops:
                    op()
        self.files = 0
        self.since = time.monotonic()
        return self.stored - before


BatchWriter = _Writer  # what other engines (annalyst.scale.ingest) store articles with


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    input_format: str | None = None,
    pattern: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    sources: Iterable[Source | Problem] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> IngestSummary:
    """Read inputs and store their articles; see `annalyst ingest`.

    `sources` (from `iter_sources`) replaces `paths` when the caller already
    walked them, so that standard input is read once.
    """
    summary = IngestSummary()
    dedup = Deduplicator()
    with store.batch():
        for existing_id, keys in store.iter_dedup_keys():
            dedup.add_existing(existing_id, keys)
        done = store.done_digests()

    def report(problem: Problem) -> None:
        summary.problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    writer = _Writer(store)
    for item in sources if sources is not None else iter_sources(paths, pattern, limits):
        if isinstance(item, Problem):
            summary.failed_files.append(item.source)
            report(item)
            continue
        summary.files += 1
        size = item.size()
        try:
            digest = file_digest(item)
        except Exception as exc:
            summary.failed_files.append(item.name)
            report(Problem(item.name, describe(exc)))
            continue
        if digest in done:
            summary.skipped += 1
            if on_progress:
                on_progress(item.name, size)
            continue
        if _ingest_one(item, digest, size, input_format, dedup, writer, summary, report):
            done.add(digest)  # a failed file is tried again, wherever its bytes reappear
        if on_progress:
            on_progress(item.name, size)
    summary.articles += writer.flush()
    return summary


def _ingest_one(
    source: Source,
    digest: str,
    size: int,
    input_format: str | None,
    dedup: Deduplicator,
    writer: _Writer,
    summary: IngestSummary,
    report: Callable[[Problem], None],
) -> bool:
    """Read one input into the writer; True when it was read completely."""
    mark = writer.begin_file(source.name, digest, size)
    problems = 0
    failed: str | None = None
    for result in dedup_articles(read_articles(source, input_format), dedup, source.limits):
        if isinstance(result, Problem):
            problems += 1
            report(result)
            if result.location is None and result.source == source.name:
                failed = result.reason
            continue
        summary.replaced_chars += result.replaced
        if result.article.duplicate_of:
            summary.duplicates += 1
        summary.articles += writer.add(result.article, result.keys)
    if failed is not None:
        summary.failed_files.append(source.name)
    status = "failed" if failed is not None else "done"
    summary.articles += writer.finish_file(mark, digest, status, problems, failed)
    return failed is None


def extract(
    paths: Iterable[str],
    *,
    input_format: str | None = None,
    pattern: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_problem: Callable[[Problem], None] | None = None,
) -> Iterator[Article]:
    """Articles of the inputs, deduplicated within the run, without any database."""
    dedup = Deduplicator()
    for item in iter_sources(paths, pattern, limits):
        if isinstance(item, Problem):
            if on_problem:
                on_problem(item)
            continue
        for result in dedup_articles(read_articles(item, input_format), dedup, item.limits):
            if isinstance(result, Problem):
                if on_problem:
                    on_problem(result)
                continue
            yield result.article


def print_problem(problem: Problem) -> None:
    print(f"annalyst: {problem}", file=sys.stderr)
