"""What Spark tasks run: plain functions over plain rows, importable without PySpark.

Rows crossing Spark are tuples and dicts of builtins (pickled by PySpark), never
spaCy objects. The functions here call the local engine's code: the readers,
`finish_draft`/`make_storable`, the deduplication keys, `annotate`/`records_of`
and `make_report`, so both engines produce the same records.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from annalyst.ingest.limits import DEFAULT_LIMITS, Limits, record_budget
from annalyst.ingest.model import Draft, Problem, Source
from annalyst.schema import Article, to_json_line

if TYPE_CHECKING:
    from spacy.language import Language

    from annalyst.aggregate.reports import Report


@dataclass(frozen=True)
class Input:
    """One input file, and its place in the run's order (as the local engine reads them)."""

    index: int
    path: str  # the file, as the driver found it
    name: str  # what records call it (Source.name)


class ArticleRow(msgspec.Struct, array_like=True):
    """An article read in a task: its order, dedup keys and the record itself."""

    order: tuple[int, int]  # (input index, position in the input)
    id: str
    exact: str
    minhash: bytes
    article: bytes  # the article record as a JSON line (duplicate_of still null)


def source_for(item: Input, limits: Limits) -> Source:
    return replace(Source.from_path(os.fsencode(item.path), limits), name=item.name)


def read_input(
    item: Input, input_format: str | None, limits: Limits = DEFAULT_LIMITS
) -> Iterator[ArticleRow | Problem]:
    """The articles of one input, with ids and dedup keys, or its problems.

    The same steps as the local engine's `dedup_articles`, minus the index lookup
    (done across partitions by `annalyst.scale.dedup`)."""
    from annalyst.ingest.pipeline import read_articles

    yield from read_drafts(
        item.index, read_articles(source_for(item, limits), input_format), limits
    )


def read_drafts(
    index: int, results: Iterable[Draft | Problem], limits: Limits = DEFAULT_LIMITS
) -> Iterator[ArticleRow | Problem]:
    from annalyst.ingest.cleantext import storable
    from annalyst.ingest.guard import describe
    from annalyst.ingest.pipeline import article_id, finish_draft, make_storable, to_article

    dedup = _deduplicator()
    for position, item in enumerate(results):
        if isinstance(item, Problem):
            yield item
            continue
        where = f"line {item.line_start}" if item.line_start else None
        try:
            with record_budget(limits.record_seconds):
                make_storable(item)
                draft = finish_draft(item)
                if not draft.text.strip():
                    yield Problem(draft.source, "article without text", where)
                    continue
                keys = dedup.keys(draft.text)
                aid = article_id(draft, keys.exact)
                article = to_article(draft, aid, None)
        except Exception as exc:
            yield Problem(storable(item.source)[0], describe(exc), where)
            continue
        yield ArticleRow((index, position), aid, keys.exact, keys.minhash, to_json_line(article))


_DEDUP: list[Any] = []


def _deduplicator() -> Any:
    from annalyst.ingest.dedup import Deduplicator

    if not _DEDUP:
        _DEDUP.append(Deduplicator())
    return _DEDUP[0]


# ------------------------------------------------------------------------------ NLP

_PIPELINES: dict[tuple[str, tuple[str, ...]], Language] = {}


def pipeline(model: str, actor_files: Sequence[str]) -> Language:
    """The annalyst pipeline of this Python process, loaded on first use and kept.

    Spark reuses its Python workers between tasks (``spark.python.worker.reuse``), so
    an executor process loads the model once, not once per partition."""
    key = (model, tuple(actor_files))
    nlp = _PIPELINES.get(key)
    if nlp is None:
        from annalyst import runtime
        from annalyst.nlp.pipeline import build_pipeline

        runtime.suspend_gc()
        try:
            nlp = build_pipeline(model, actor_files=[Path(p) for p in actor_files])
            nlp("Warm-up.")
        finally:
            runtime.settle()
        _PIPELINES[key] = nlp
    return nlp


def loaded_pipelines() -> int:
    """How many pipelines this process has loaded (for tests of the once-per-process rule)."""
    return len(_PIPELINES)


def annotate_partition(
    articles: Iterable[bytes], model: str, actor_files: Sequence[str], batch_size: int = 16
) -> Iterator[tuple[str, bytes] | tuple[str, Report]]:
    """NLP records of original articles: ``(kind, JSON line)``, plus ``("report", Report)``
    for each event (what incident grouping needs, made where the article is at hand)."""
    from annalyst.aggregate.incidents import article_info
    from annalyst.aggregate.reports import make_report
    from annalyst.nlp.pipeline import annotate, records_of
    from annalyst.schema import Event

    decode = msgspec.json.Decoder(Article).decode
    nlp = pipeline(model, actor_files)
    for article, doc in annotate((decode(a) for a in articles), nlp, batch_size=batch_size):
        info = None
        for record in records_of(article, doc):
            kind = type(record).__struct_config__.tag
            yield str(kind), to_json_line(record)
            if isinstance(record, Event):
                if info is None:
                    info = article_info(msgspec.structs.replace(article, text=""))
                yield "report", make_report(record, info)


def annotate_for_store(
    articles: Iterable[bytes], model: str, actor_files: Sequence[str], batch_size: int = 16
) -> Iterator[tuple[str, bytes]]:
    """``(article id, its NLP records as JSON lines)`` for each original article, in order,
    also for articles without any record (the store marks every one processed)."""
    from annalyst.nlp.pipeline import annotate, records_of

    decode = msgspec.json.Decoder(Article).decode
    nlp = pipeline(model, actor_files)
    for article, doc in annotate((decode(a) for a in articles), nlp, batch_size=batch_size):
        yield article.id, b"".join(to_json_line(r) for r in records_of(article, doc))
