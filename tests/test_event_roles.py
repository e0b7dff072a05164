"""Who acts and who is acted upon, where a name or a pronoun could mislead (issue 8):
the sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline()


def events(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = "2023-03-10"
    return list(nlp(doc)._.events)


def words(actors: list[dict[str, Any]]) -> list[str]:
    return [a["text"] for a in actors]


def names(actors: list[dict[str, Any]]) -> list[str]:
    return [a["name"] for a in actors]


def test_mercenaries_from_a_country_are_not_that_country(nlp: Language) -> None:
    text = "Some 300 mercenaries from Serbia arrived in the port city last week."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["mercenaries"]


def test_the_owner_of_a_prosecution_is_the_one_prosecuted(nlp: Language) -> None:
    text = "The judge criticized the smugglers, saying their prosecution will be swift."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "prosecution"]
    assert event["actors"] == []
    assert words(event["recipients"]) == ["their"]


def test_a_building_named_after_a_person_is_not_that_person(nlp: Language) -> None:
    text = "The strike hit the Imam Khomeini Hospital in the city."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["Imam Khomeini Hospital"]
    assert event["recipients"][0]["type"] != "person"


@pytest.mark.parametrize(
    "text",
    [
        "At the time, they [ISIS] were closing in on Baghdad, after they had seized Mosul.",
        "Back then they (ISIS) had seized Mosul and were closing in on Baghdad.",
    ],
)
def test_an_editors_gloss_names_what_a_pronoun_refers_to(nlp: Language, text: str) -> None:
    (event,) = [e for e in events(nlp, text) if e["trigger_text"].startswith("seized")]
    assert names(event["actors"]) == ["Islamic State"]
    assert words(event["actors"]) == ["they"]


def test_one_act_told_twice_in_an_article_is_one_event(nlp: Language) -> None:
    text = (
        "Hezbollah fighters stormed the town hall of Marjayoun on Monday. "
        "Residents said the Hezbollah fighters who stormed the town hall on Monday wore masks."
    )
    stormed = [e for e in events(nlp, text) if "stormed" in e["trigger_text"]]
    assert len(stormed) == 1
    assert stormed[0]["date"] == "2023-03-06"


def test_two_acts_of_one_actor_on_other_days_stay_two(nlp: Language) -> None:
    text = (
        "Hezbollah fighters stormed the town hall of Marjayoun on Monday. "
        "On Wednesday, Hezbollah fighters stormed the police station of Khiam."
    )
    assert len([e for e in events(nlp, text) if "stormed" in e["trigger_text"]]) == 2
