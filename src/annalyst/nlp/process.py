"""Running the NLP stages over stored articles, or over a stream of them.

`process_store` is what `annalyst process` (and the end of `annalyst ingest`)
runs: every original article not yet processed goes through the pipeline once,
and its annotations replace any earlier ones in one transaction, so a killed run
loses at most the batch in flight and the next run picks up the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import msgspec
from spacy.language import Language

from annalyst.nlp.pipeline import annotate, records_of
from annalyst.schema import Article, Event, Mention, Place, Quote

if TYPE_CHECKING:
    from annalyst.store.db import Store  # duckdb is imported only by commands that store

SAVE_EVERY = 32
FETCH_EVERY = 256


@dataclass
class ProcessSummary:
    articles: int = 0
    mentions: int = 0
    events: int = 0
    quotes: int = 0
    places: int = 0

    def count(self, records: list[msgspec.Struct]) -> None:
        self.articles += 1
        for record in records:
            if isinstance(record, Mention):
                self.mentions += 1
            elif isinstance(record, Event):
                self.events += 1
            elif isinstance(record, Quote):
                self.quotes += 1
            elif isinstance(record, Place):
                self.places += 1


def process_store(
    store: Store,
    nlp: Language,
    *,
    everything: bool = False,
    n_process: int = 1,
    batch_size: int = 16,
    on_progress: Callable[[int], None] | None = None,
) -> ProcessSummary:
    """Annotate stored articles (only new ones unless `everything`)."""
    ids = store.ids_to_process(everything=everything)
    summary = ProcessSummary()

    def articles() -> Iterator[Article]:
        for start in range(0, len(ids), FETCH_EVERY):
            yield from store.get_articles(ids[start : start + FETCH_EVERY])

    pending: list[tuple[str, list[msgspec.Struct]]] = []
    for article, doc in annotate(articles(), nlp, batch_size=batch_size, n_process=n_process):
        records = records_of(article, doc)
        pending.append((article.id, records))
        summary.count(records)
        if len(pending) >= SAVE_EVERY:
            store.save_annotations(pending)
            if on_progress:
                on_progress(len(pending))
            pending = []
    if pending:
        store.save_annotations(pending)
        if on_progress:
            on_progress(len(pending))
    return summary


def annotate_stream(
    articles: Iterable[Article], nlp: Language, *, n_process: int = 1, batch_size: int = 16
) -> Iterator[msgspec.Struct]:
    """Each article followed by its records; duplicates are passed through unannotated."""
    originals: list[Article] = []

    def feed() -> Iterator[Article]:
        for article in articles:
            if article.duplicate_of:
                originals.append(article)  # handled in order below
                continue
            originals.append(article)
            yield article

    for article, doc in annotate(feed(), nlp, batch_size=batch_size, n_process=n_process):
        # Emit any duplicates that were queued before this article, in input order.
        while originals and originals[0] is not article:
            yield originals.pop(0)
        if originals:
            originals.pop(0)
        yield article
        yield from records_of(article, doc)
    yield from originals
