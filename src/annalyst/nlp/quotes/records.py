"""The public face of the quote stage: the `QuoteSpan` it leaves on a document and the
`quote` records (see the output schema) built from it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from annalyst.schema import Quote, actor_ref

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation or reported statement (character offsets into doc.text)."""

    start: int
    end: int
    text: str
    type: str  # direct | indirect | mixed
    speaker: dict[str, Any] | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    medium: str | None
    medium_start: int | None = None
    medium_end: int | None = None
    # what kind of attribution: statement | belief | request | promise | intention |
    # evaluation | characterization | mention | stance (see lexicon.ACTS)
    act: str = "statement"


def resolved_quotes(doc: Doc) -> list[QuoteSpan]:
    """The quotes the `annalyst_quotes` component left on a document."""
    return [QuoteSpan(**data) for data in doc._.quotes or []]


def quote_id(article_id: str, start: int, end: int) -> str:
    """Stable id of a quote: the same article and offsets always give the same id."""
    digest = hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()
    return f"q{digest[:16]}"


def quote_records(article_id: str, doc: Doc) -> list[Quote]:
    """The `quote` records of one processed article."""
    return [
        Quote(
            id=quote_id(article_id, q.start, q.end),
            article_id=article_id,
            text=q.text,
            start=q.start,
            end=q.end,
            type=q.type,  # type: ignore[arg-type]
            speaker=actor_ref(q.speaker) if q.speaker else None,
            speaker_text=q.speaker_text,
            cue=q.cue,
            medium=q.medium,
            act=q.act,  # type: ignore[arg-type]
        )
        for q in resolved_quotes(doc)
    ]
