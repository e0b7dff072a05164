"""Arguments and triggers on sentences shaped like those of unseen wire news (issue 8):
each class here failed on text the rules had not been written for. The sentences are
written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from event_helpers import events, names, words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline()


def test_positions_of_a_people_are_theirs_not_the_host_state_s(nlp: Language) -> None:
    text = "Iranian artillery shelled Kurdish positions in northern Iraq overnight."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["Kurdish positions"]
    assert event["location"]["country"] == "IRQ"


def test_an_object_shared_by_two_joined_verbs(nlp: Language) -> None:
    text = "Soldiers beat and arrested several students outside the university."
    found = {e["event_type"]: e for e in events(nlp, text)}
    assert set(found) == {"ASSAULT", "COERCE"}
    assert words(found["ASSAULT"]["recipients"]) == ["students"]


def test_ordering_the_release_of_a_person(nlp: Language) -> None:
    text = "A Dhaka court ordered the release of the detained opposition leader."
    released = next(e for e in events(nlp, text) if e["trigger"] == "release")
    assert released["event_type"] == "RETREAT"
    assert "opposition leader" in " ".join(words(released["recipients"]))
    text = "The agency announced the release of its annual report."
    assert not any(e["trigger"] == "release" for e in events(nlp, text))


def test_passing_sanctions(nlp: Language) -> None:
    text = "The Senate passed sanctions on Nicaragua's central bank."
    (event,) = events(nlp, text)
    assert event["event_type"] == "SANCTION"
    assert names(event["actors"]) == ["US Senate"]
