"""Speakers whose own words give their country, and bodies whose names begin with an
outlet's: "the Taiwanese health ministry" is not the state named before it, "the National
Migration Institute" is not The National. Every passage is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from quote_helpers import quote_pipeline, quotes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


def test_a_ministry_with_a_nationality_speaks_for_its_own_country(nlp: Language) -> None:
    text = "Germany sent 50 ambulances to Ukraine on Monday, the Ukrainian health ministry said."
    (said,) = quotes(nlp, text)
    assert said.speaker is not None and said.speaker.get("country") == "UKR"


def test_a_body_whose_name_begins_with_an_outlet_s_is_not_the_outlet(nlp: Language) -> None:
    text = "Border guards turned back 40 trucks, the National Customs Authority said."
    (said,) = quotes(nlp, text)
    assert said.speaker is not None and said.speaker.get("id") != "the-national"


def test_a_role_never_named_is_no_name_guessed_from_a_town(nlp: Language) -> None:
    text = "Gangs torched homes in Mirebalais, driving families toward Saut-d'Eau, the mayor said."
    (said,) = quotes(nlp, text)
    assert said.speaker is None or "Saut" not in str(said.speaker.get("name"))


def test_state_television_is_no_aid_group_named_before(nlp: Language) -> None:
    text = (
        "The junta expelled the director of the Danish Refugee Council's office in Niamey "
        "on Thursday, state television reported."
    )
    (said,) = quotes(nlp, text)
    assert said.speaker is None or "Refugee" not in str(said.speaker.get("name"))
