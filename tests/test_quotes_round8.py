"""Attributions of the quotes8 round: clauses the parser hangs on a later verb that
reports nothing. Every passage is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Skeptics would call them empty promises - the pledges have nonetheless lifted "
            "the mood in the town.",
            "call",
            "them empty promises",
            "Skeptics",
        ),
        (
            "Grandpa would have praised the new bridge; I spent my childhood by the river.",
            "praised",
            "the new bridge",
            "Grandpa",
        ),
        (
            "The landlord threatened to evict the tenants, should they miss another payment.",
            "threatened",
            "to evict the tenants",
            "The landlord",
        ),
        (
            "The governor praised the volunteers, should anyone doubt her gratitude.",
            "praised",
            "the volunteers",
            "The governor",
        ),
    ],
)
def test_a_clause_hung_on_a_later_verb_that_reports_nothing_is_its_own(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source

