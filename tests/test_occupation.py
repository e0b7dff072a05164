"""Whose "occupation" an article means when it leaves the occupier unnamed (issue 8:
"occupation soldiers" were of no country). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from event_helpers import events

pytestmark = pytest.mark.slow


def doers(nlp: Language, text: str, trigger: str) -> list[dict[str, Any]]:
    (event,) = [e for e in events(nlp, text) if e["trigger_text"].startswith(trigger)]
    return list(event["actors"])


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the places and people of one occupation
        ("Occupation soldiers arrested four young men in Jenin on Monday.", "arrested", "ISR"),
        ("The occupation army demolished a house in Hebron, Palestinian sources said.", "demolished", "ISR"),
        # the article names the occupier elsewhere
        (
            "The US occupation must end, the faction said. Occupation troops shelled a "
            "village near Kirkuk on Monday, it added.",
            "shelled",
            "USA",
        ),
    ],
)  # fmt: skip
def test_an_unnamed_occupier_is_the_one_the_article_speaks_of(
    nlp: Language, text: str, trigger: str, country: str
) -> None:
    (actor,) = doers(nlp, text, trigger)
    assert actor["country"] == country
    assert "ccupation" in actor["text"]


def test_an_occupation_the_article_does_not_place_stays_unknown(nlp: Language) -> None:
    (actor,) = doers(nlp, "Occupation forces raided the camp at dawn.", "raided")
    assert actor["country"] is None


def test_the_occupier_the_article_names_wins_over_its_places(nlp: Language) -> None:
    text = (
        "Iraqi factions said the American occupation had to leave Baghdad and Anbar. "
        "Occupation forces fired at a convoy near Gaza Street in Baghdad on Monday."
    )
    (actor,) = doers(nlp, text, "fired")
    assert actor["country"] == "USA"
