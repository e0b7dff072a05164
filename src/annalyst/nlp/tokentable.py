"""Token attributes of one document as plain Python lists, read in bulk and shared.

spaCy makes a new ``Token`` object on every ``doc[i]``, every iteration over a
``Doc`` or ``Span`` and every ``token.head``; reading ``.text`` or ``.lower_`` of
the same token again goes through the string store again. The annalyst stages
read the same few attributes of every token many times over, so this module
reads each attribute once per document with ``Doc.to_array`` (one column at a
time, when first asked for) and hands out plain lists indexed by ``token.i``:

    from annalyst.nlp.tokentable import doc_text, token_table
    words = token_table(doc)
    if words.is_title[i] and words.lower[i] not in STOP: ...

The values are exactly those of the ``Token`` properties of the same name
(``words.lower[i] == doc[i].lower_``, ``words.head[i] == doc[i].head.i``).
Only the document read last is held (one at a time, by identity), so a table is
never stale and never outlives the next document by more than one step. A
document must not be retokenised or re-parsed after its table is read.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

import numpy as np
from spacy import attrs
from spacy.tokens import Doc, Span

#: ``doc.user_data`` key of the document's text (a plain string, so that it crosses
#: process boundaries with the Doc); the event and time stages read it under this key.
TEXT_KEY = "annalyst.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy joins every token on each access)."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached


class TokenTable:
    """Per-token attributes of one document, as lists indexed by token position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = len(doc)

    def _column(self, attr: int) -> list[int]:
        if self.n == 0:
            return []
        return self.doc.to_array(attr).tolist()  # type: ignore[no-any-return]

    def _strings(self, attr: int) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] for h in self._column(attr)]

    def _flags(self, attr: int) -> list[bool]:
        return [bool(x) for x in self._column(attr)]

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents`` (spaCy builds the tuple of Spans again on every access)."""
        return tuple(self.doc.ents)

    @cached_property
    def text(self) -> list[str]:
        return self._strings(attrs.ORTH)

    @cached_property
    def lower(self) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.lower_id]

    @cached_property
    def lemma(self) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.lemma_id]

    @cached_property
    def orth_id(self) -> list[int]:
        """The hash of each token's text (``token.orth``)."""
        return self._column(attrs.ORTH)

    @cached_property
    def lower_id(self) -> list[int]:
        """The hash of each token's lower-case form (``token.lower``)."""
        return self._column(attrs.LOWER)

    @cached_property
    def lemma_id(self) -> list[int]:
        """The hash of each token's lemma (``token.lemma``)."""
        return self._column(attrs.LEMMA)

    @cached_property
    def pos(self) -> list[str]:
        return self._strings(attrs.POS)

    @cached_property
    def tag(self) -> list[str]:
        return self._strings(attrs.TAG)

    @cached_property
    def dep(self) -> list[str]:
        return self._strings(attrs.DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._strings(attrs.ENT_TYPE)

    @cached_property
    def head(self) -> list[int]:
        """The index of each token's head (a root is its own head)."""
        if self.n == 0:
            return []
        offsets = self.doc.to_array(attrs.HEAD).astype(np.int64)
        return (np.arange(self.n, dtype=np.int64) + offsets).tolist()  # type: ignore[no-any-return]

    @cached_property
    def children(self) -> list[list[int]]:
        """The indexes of each token's children, in text order (``token.children``)."""
        out: list[list[int]] = [[] for _ in range(self.n)]
        for i, h in enumerate(self.head):
            if h != i:
                out[h].append(i)
        return out

    def right_edge(self, i: int) -> int:
        """``token.right_edge.i`` (spaCy's own edge: for a non-projective parse it is not
        always the end of the subtree, so it is read from the token)."""
        return int(self.doc[i].right_edge.i)

    def left_edge(self, i: int) -> int:
        """``token.left_edge.i`` (see :meth:`right_edge`)."""
        return int(self.doc[i].left_edge.i)

    def conjuncts(self, i: int) -> list[int]:
        """The tokens coordinated with ``i``, without ``i`` (``token.conjuncts``)."""
        dep, head, children = self.dep, self.head, self.children
        start = i
        while head[start] != start and dep[start] == "conj":
            start = head[start]
        output = [start]
        for word in output:  # grows while it is read: a breadth-first walk
            output.extend(c for c in children[word] if c > word and dep[c] == "conj")
        return [w for w in output if w != i]

    @cached_property
    def sent_start(self) -> list[int]:
        """1 where a sentence starts, -1 where none does, 0 when unknown."""
        return (
            [
                1 if x == 1 else -1 if x != 0 else 0
                for x in self.doc.to_array(attrs.SENT_START).astype(np.int64).tolist()
            ]
            if self.n
            else []
        )

    @cached_property
    def starts_through(self) -> list[int]:
        """How many sentences start at or before each token (so that the sentence starts
        between two tokens are one subtraction)."""
        out: list[int] = []
        count = 0
        for flag in self.sent_start:
            count += flag == 1
            out.append(count)
        return out

    def sentence_of(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence token ``i`` is in (``token.sent``)."""
        flags = self.sent_start
        start = i
        while start > 0 and flags[start] != 1:
            start -= 1
        end = i + 1
        while end < self.n and flags[end] != 1:
            end += 1
        return start, end

    @cached_property
    def morph(self) -> list[str]:
        """Each token's morphological features as spaCy writes them ("Number=Sing|Person=3")."""
        return self._strings(attrs.MORPH)

    @cached_property
    def spacy(self) -> list[bool]:
        """Whether each token is followed by a space (``token.whitespace_ == " "``)."""
        return self._flags(attrs.SPACY)

    def _token_at_char(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char``, or -1."""
        idx = self.idx
        i = bisect_right(idx, char) - 1
        if i < 0 or char >= idx[i] + len(self.text[i]) + self.spacy[i]:
            return -1
        return i

    def char_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """The token offsets of ``doc.char_span(start, end, alignment_mode="expand")``
        (None where it gives None), without making the Span and its Tokens."""
        first = self._token_at_char(start)
        if first < 0:
            return None
        last = self._token_at_char(end - 1)
        if last < 0:
            return None
        if start == self.idx[first] + len(self.text[first]):
            first += 1  # the trailing space of the token before is not part of the span
        if first > last + 1:  # spaCy refuses such a span: let it say so
            span = self.doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start, span.end)
        return first, last + 1

    @cached_property
    def idx(self) -> list[int]:
        """Character offset of each token in the document's text."""
        return self._column(attrs.IDX)

    @cached_property
    def is_alpha(self) -> list[bool]:
        return self._flags(attrs.IS_ALPHA)

    @cached_property
    def is_title(self) -> list[bool]:
        return self._flags(attrs.IS_TITLE)

    @cached_property
    def is_upper(self) -> list[bool]:
        return self._flags(attrs.IS_UPPER)

    @cached_property
    def is_stop(self) -> list[bool]:
        return self._flags(attrs.IS_STOP)

    @cached_property
    def is_punct(self) -> list[bool]:
        return self._flags(attrs.IS_PUNCT)

    @cached_property
    def is_space(self) -> list[bool]:
        return self._flags(attrs.IS_SPACE)


_held: TokenTable | None = None


def token_table(doc: Doc) -> TokenTable:
    """The table of ``doc``, built on first use and kept while ``doc`` is the one read."""
    global _held
    held = _held  # read once: another thread may replace it meanwhile
    if held is None or held.doc is not doc:
        held = _held = TokenTable(doc)
    return held
