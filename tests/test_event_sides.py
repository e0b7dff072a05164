"""Who acts on whom where both sides are of one kind, or the words name a side only by
their place (issue 8): the sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from event_helpers import events, words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline()


def test_people_of_the_actors_kind_are_still_acted_upon(nlp: Language) -> None:
    (event,) = events(nlp, "Soldiers shot dead a commander near the border.")
    assert words(event["actors"]) == ["Soldiers"]
    assert words(event["recipients"]) == ["commander"]


def test_the_actors_own_forces_are_not_acted_upon(nlp: Language) -> None:
    (event,) = events(nlp, "The fighters surrendered their weapons to their commanders.")
    assert all(r["text"] not in ("their", "their commanders") for r in event["recipients"])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Nairobi police arrested six students on Friday.", "KEN"),
        ("Hong Kong police detained four activists.", "HKG"),
        ("The Lagos state government banned the rally.", "NGA"),
        ("Riot police in Mosul beat the marchers.", "IRQ"),
    ],
)
def test_a_states_organ_named_by_its_place_is_of_the_places_country(
    nlp: Language, text: str, country: str
) -> None:
    (event,) = events(nlp, text)
    (actor,) = event["actors"]
    assert actor["country"] == country


def test_troops_in_a_country_are_not_its_troops(nlp: Language) -> None:
    (event,) = events(nlp, "Troops in Mali killed ten militants.")
    assert event["actors"][0]["country"] is None
