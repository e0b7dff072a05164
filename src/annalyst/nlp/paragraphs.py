"""Sentence starts at paragraph breaks, set before the parser runs.

A paragraph that does not end in a full stop (a heading, a caption, "Video: …", a
speaker's label) would otherwise run into the next one: the parser joins "Scott Ritter
on Russian Offensive" and the paragraph after it into one sentence, and later stages
read the heading's names as the next sentence's actors. A blank line always ends a
sentence in the articles annalyst builds, so the word after one starts a sentence; the
parser keeps boundaries that are already set. An ellipsis before a lower-case word marks
words left out of a quotation, not a sentence's end.

Nor does a sentence start after a word on the same line that no sentence ends with: the
parser otherwise cuts "the government of (former Prime Minister) Nuri al-Maliki" after
the bracket and "Kata’ib Hezbollah" after the curly apostrophe."""

from __future__ import annotations

from typing import cast

from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

COMPONENT = "annalyst_paragraphs"


# Marks of words left out: a sentence goes on after them when a lower-case word follows
# ("the guards freed from prisons … some forty fighters").
_ELLIPSES = frozenset({"…", "...", "[…]", "(…)"})


# Characters a sentence ends with, and marks that may close it after them ("… now.”").
_FINAL = frozenset(".!?…:;")
_CLOSING = frozenset("\"'”’)]»")


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    # (the marks are set in one array: setting ``is_sent_start`` token by token costs
    # more than the parser's own pass on long articles; the words are read in columns
    # too, as making a Token for every word cost more than the rest of this loop)
    starts = doc.to_array([SENT_START]).astype("int64")
    strings = doc.vocab.strings
    texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
    spaces, lowers = doc.to_array([IS_SPACE, IS_LOWER]).T.tolist()
    after_break = False
    after_ellipsis = False
    after_line = False
    last = before = ""  # the texts of the last two words
    for i, text in enumerate(texts):
        if spaces[i]:
            after_break = after_break or text.count("\n") >= 2
            after_line = after_line or "\n" in text
            continue
        if after_break and i > 0:
            starts[i] = 1
        elif (after_ellipsis and lowers[i]) or (
            last and not after_line and last[-1] not in _FINAL and not _closes(last, before)
        ):
            starts[i] = -1
        # (a word's own trailing whitespace is one space at most: spaCy makes any other
        # whitespace a token of its own, so no line ends here)
        after_break = after_line = False
        after_ellipsis = text in _ELLIPSES
        last, before = text, last
    if len(doc):
        starts[0] = 1
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))
    return doc


def _closes(last: str, before: str) -> bool:
    """Whether a closing quotation mark or bracket ends a sentence: one after a final
    mark, in the same word or the one before ("… now.”")."""
    if last[-1] not in _CLOSING:
        return False
    inner = last.rstrip("".join(_CLOSING)) or before
    return bool(inner) and inner[-1] in _FINAL


def add_to(nlp: Language) -> None:
    """Put the component before the parser, which then keeps the boundaries it sets."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
