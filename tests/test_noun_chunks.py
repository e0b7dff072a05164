"""The token-table noun chunks agree with spaCy's own English iterator, chunk for chunk
and root for root, on the bundled example articles and on sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from annalyst.nlp.noun_chunks import noun_chunks
from annalyst.nlp.pipeline import DEFAULT_MODEL

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SENTENCES = [
    "Iraqi federal forces and the Kurdish Peshmerga retook the town of Sinjar on Friday.",
    "The minister's spokesman, who declined to be named, said talks would resume.",
    "Protesters, students and farmers marched past the old ministry building.",
]


@pytest.mark.slow
def test_token_table_chunks_match_spacy() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    texts = list(SENTENCES)
    for line in (EXAMPLES / "records" / "articles.jsonl").read_text().splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    for doc in nlp.pipe(texts):
        expected = [(c.start, c.end, c.root.i) for c in doc.noun_chunks]
        assert [tuple(c) for c in noun_chunks(doc)] == expected
