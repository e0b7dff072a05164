"""A candidate place mention (:class:`Proposal`) and the per-document readings every
proposer shares: the document's text and plain token columns read once, character
offsets turned into token offsets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from annalyst.nlp.places.gazetteer import Hit
from annalyst.nlp.places.names import Form
from annalyst.nlp.tokentable import doc_text, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Entities whose names may contain a place that is then reported with form ``in-name``.
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "NORP"})

Source = Literal[
    "ner",
    "matcher",
    "entity",
    "dateline",
    "abbreviation",
    "adjective",
    "feature",
    "division",
    "kind",
]


@dataclass
class Proposal:
    """A candidate mention: token offsets, what the gazetteer says, where it came from."""

    start: int
    end: int
    hit: Hit
    source: Source
    form: Form = "name"
    needs_context: bool = False  # weak evidence: keep only if the country is in context
    settlement: bool = False  # a town no gazetteer lists, named by its kind ("the town of X")


def _text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from the tokens on every access, built once."""
    return doc_text(doc)


@dataclass
class _Words:
    """Token attributes as plain lists, read once per document (spaCy makes a new Token
    object on every ``doc[i]``)."""

    texts: list[str]
    lowers: list[str]
    alpha: list[bool]
    stop: list[bool]
    punct: list[bool]


def _words(doc: Doc) -> _Words:
    """The columns the proposers read, from the document's shared token table."""
    w = token_table(doc)
    return _Words(w.text, w.lower, w.is_alpha, w.is_stop, w.is_punct)


def _token_span(doc: Doc, start: int, end: int, memo: list[list[int]]) -> tuple[int, int] | None:
    """Token offsets covering characters ``start:end`` (``char_span`` walks every token on
    every call; this walks them once per caller, kept in ``memo``)."""
    if not memo:
        memo.append(token_table(doc).idx)
    starts = memo[0]
    first = bisect_right(starts, start) - 1
    last = bisect_left(starts, end)
    if first < 0 or last <= first:
        return None
    return first, last


#: No hit: a street, road, stream or park that no gazetteer lists (placed later at its town).
NO_HIT = Hit((), frozenset(), "exact")
