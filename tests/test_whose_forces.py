"""Whose forces and organs an article means when it does not name the state beside
them (issue 8): "occupation soldiers" are the occupier's the article speaks of, and "the
army" of a story about one state is that state's. The sentences are written for these
tests."""

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


# --- the state an article is about: its bare organs --------------------------------


def test_a_bare_army_of_a_story_about_one_state_is_that_states(nlp: Language) -> None:
    text = (
        "Gunmen from Chad's rebel front attacked a convoy near Mongo on Monday, Chadian "
        "officials said.\n\nThe army said its helicopters struck the rebels' camp."
    )
    (actor,) = doers(nlp, text, "struck")
    assert actor["country"] == "TCD"


def test_a_bare_government_takes_the_state_named_in_other_sentences(nlp: Language) -> None:
    text = (
        "Police in Kenya's capital Nairobi said they had arrested 40 protesters.\n\n"
        "The government rejected the accusation."
    )
    (actor,) = doers(nlp, text, "rejected")
    assert actor["country"] == "KEN"


def test_a_bare_organ_given_the_articles_state_is_named_with_it(nlp: Language) -> None:
    # whose it is shows in its name, not only in its country code
    text = (
        "Police in Kenya's capital Nairobi said they had arrested 40 protesters.\n\n"
        "The government rejected the accusation."
    )
    (actor,) = doers(nlp, text, "rejected")
    assert (actor["text"], actor["name"]) == ("government", "government (Kenya)")


def test_a_bare_body_of_no_state_is_not_the_articles_state(nlp: Language) -> None:
    text = (
        "Police in Kenya's capital Nairobi said they had arrested 40 protesters.\n\n"
        "On Monday, militia forces attacked a police station near the border."
    )
    (actor,) = doers(nlp, text, "attacked")
    assert actor["country"] is None
    (actor,) = doers(nlp, text.replace("militia forces", "coalition forces"), "attacked")
    assert actor["country"] is None


def organ(nlp: Language, text: str, trigger: str) -> dict[str, Any]:
    (event,) = [e for e in events(nlp, text) if e["trigger_text"].startswith(trigger)]
    (found,) = [a for a in event["actors"] + event["recipients"] if "government" in a["text"]]
    return dict(found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # two states: whose government is not said
        (
            "China's coast guard chased Vietnamese boats near the Paracels.\n\n"
            "The government rejected the accusation.",
            "rejected",
        ),
        # one sentence: the state named beside it is as often the other party
        ("Turkey condemned the government over the arrests.", "condemned"),
    ],
)
def test_a_bare_organ_stays_of_no_country_when_the_article_does_not_say(
    nlp: Language, text: str, trigger: str
) -> None:
    assert organ(nlp, text, trigger)["country"] is None


def test_the_occupation_acting_is_the_occupier(nlp: Language) -> None:
    (actor,) = doers(
        nlp, "The occupation bombed a school in Gaza City, Palestinian officials said.", "bombed"
    )
    assert (actor["country"], actor["type"], actor["text"]) == ("ISR", "state", "occupation")


def test_the_occupation_of_a_place_is_no_actor(nlp: Language) -> None:
    assert not [e for e in events(nlp, "The occupation of Hebron began in 1967.") if e["actors"]]
