"""What the quote tests share: the pipeline they read with, and readers of its output."""

from __future__ import annotations

from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from annalyst.nlp.quotes import QuoteSpan, resolved_quotes


def quote_pipeline() -> Language:
    """Actors and quotes only: what the attribution tests need, loaded faster."""
    pipeline = build_pipeline(stages=("actors",))
    if "annalyst_quotes" not in pipeline.pipe_names:
        pipeline.add_pipe("annalyst_quotes", last=True)
    return pipeline


def quotes(nlp: Language, text: str) -> list[QuoteSpan]:
    doc = nlp.make_doc(text)
    doc._.published = "2024-03-01"
    return resolved_quotes(nlp(doc))


def speaker_words(text: str, q: QuoteSpan) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]
