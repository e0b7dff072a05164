"""Sentence starts at paragraph breaks, set before the parser runs.

A paragraph that does not end in a full stop (a heading, a caption, "Video: …", a
speaker's label) would otherwise run into the next one: the parser joins "Scott Ritter
on Russian Offensive" and the paragraph after it into one sentence, and later stages
read the heading's names as the next sentence's actors. A blank line always ends a
sentence in the articles annalyst builds, so the word after one starts a sentence; the
parser keeps boundaries that are already set."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "annalyst_paragraphs"


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or token.text.count("\n") >= 2
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = token.whitespace_.count("\n") >= 2
    return doc


def add_to(nlp: Language) -> None:
    """Put the component before the parser, which then keeps the boundaries it sets."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
