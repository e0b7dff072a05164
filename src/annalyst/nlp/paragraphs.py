"""Sentence starts at paragraph breaks, set before the parser runs.

A paragraph that does not end in a full stop (a heading, a caption, "Video: …", a
speaker's label) would otherwise run into the next one: the parser joins "Scott Ritter
on Russian Offensive" and the paragraph after it into one sentence, and later stages
read the heading's names as the next sentence's actors. A blank line always ends a
sentence in the articles annalyst builds, so the word after one starts a sentence; the
parser keeps boundaries that are already set. An ellipsis before a lower-case word marks
words left out of a quotation, not a sentence's end."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "annalyst_paragraphs"


# Marks of words left out: a sentence goes on after them when a lower-case word follows
# ("the guards freed from prisons … some forty fighters").
_ELLIPSES = frozenset({"…", "...", "[…]", "(…)"})


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    after_break = False
    after_ellipsis = False
    for token in doc:
        if token.is_space:
            after_break = after_break or token.text.count("\n") >= 2
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        elif after_ellipsis and token.is_lower:
            token.is_sent_start = False
        after_break = token.whitespace_.count("\n") >= 2
        after_ellipsis = token.text in _ELLIPSES
    return doc


def add_to(nlp: Language) -> None:
    """Put the component before the parser, which then keeps the boundaries it sets."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
