"""Noun chunks read from the token table: ``doc.noun_chunks`` as (start, end, root)
offsets for English pipelines, by the same rules as spaCy's English iterator but
without making a ``Token`` for every word (other languages go through spaCy's own
iterator). The actor stage reads generic actors ("Iraqi lawmakers") from them."""

from __future__ import annotations

from typing import NamedTuple

from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.tokens import Doc

from annalyst.nlp.tokentable import token_table


class _Chunk(NamedTuple):
    start: int
    end: int
    root: int


_NP_DEPS = frozenset(
    {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"}
)


def noun_chunks(doc: Doc) -> list[_Chunk]:
    """``doc.noun_chunks`` as (start, end, root) offsets, read from the token table for
    English pipelines (the same rules as spaCy's English iterator, without making a
    Token for every word); other languages go through spaCy's own iterator."""
    try:
        if getattr(doc, "noun_chunks_iterator", None) is not english_noun_chunks:
            return [_Chunk(c.start, c.end, c.root.i) for c in doc.noun_chunks]
        if not doc.has_annotation("DEP"):
            return []  # no parser in this pipeline
    except (ValueError, NotImplementedError):
        return []
    w = token_table(doc)
    pos, dep, head = w.pos, w.dep, w.head
    out: list[_Chunk] = []
    prev_end = -1
    for i in range(w.n):
        if pos[i] not in ("NOUN", "PROPN", "PRON"):
            continue
        left = doc[i].left_edge.i
        if left <= prev_end:
            continue  # no nested chunks
        if dep[i] not in _NP_DEPS:
            if dep[i] != "conj":
                continue
            h = head[i]
            while dep[h] == "conj" and head[h] < h:
                h = head[h]
            if dep[h] not in _NP_DEPS:
                continue
        prev_end = i
        out.append(_Chunk(left, i + 1, _chunk_root(doc, left, i + 1)))
    return out


def _chunk_root(doc: Doc, start: int, end: int) -> int:
    """``doc[start:end].root.i`` for a noun chunk: its last word when every other word
    hangs inside the chunk (always, in a projective parse), else as spaCy finds it."""
    head = token_table(doc).head
    for i in range(start, end - 1):
        h = head[i]
        if h == i or h < start or h >= end:
            return doc[start:end].root.i
    return end - 1
