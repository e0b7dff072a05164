"""Acts named by words and forms the lexicon or the tagger missed on fresh wire text
(issue 8): the sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from event_helpers import events

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The regulator revoked the licences of three opposition newspapers.", "COERCE"),
        ("Kuwait revoked the citizenship of forty people on Sunday.", "COERCE"),
        ("A navy frigate blocked three fishing boats near the reef.", "COERCE"),
        ("The army could launch a ground offensive into the valley.", "ASSAULT"),
    ],
)
def test_acts_the_lexicon_names(nlp: Language, text: str, etype: str) -> None:
    assert etype in {e["event_type"] for e in events(nlp, text)}


def test_a_protest_made_by_the_deed_done_for_it_is_done(nlp: Language) -> None:
    text = "Farmers set up barricades on Monday to protest against the land law."
    statuses = {e["status"] for e in events(nlp, text) if e["event_type"] == "PROTEST"}
    assert statuses == {"asserted"}
