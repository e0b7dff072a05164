"""Places no gazetteer holds, named with the word for their kind and placed at the place
that holds them (issue 8: acts at crossings, barracks and villages had no place). Every
sentence is written for these tests; the small names are made up."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from annalyst.nlp.places import Gazetteer, resolve_places
from event_helpers import events

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def places(nlp: Language, text: str) -> dict[str, dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = "2023-03-10"
    return {p["text"]: p for p in nlp(doc)._.places}


def test_a_village_of_a_named_district_lies_there(nlp: Language) -> None:
    found = places(
        nlp, "Gunmen killed four farmers in the village of Tell Zarqun in Homs province."
    )
    village = found["Tell Zarqun"]
    province = next(p for p in found.values() if p["text"] != "Tell Zarqun")
    assert (village["name"], village["country"], village["geonameid"]) == (
        "Tell Zarqun",
        "SYR",
        None,
    )
    assert village["precision"] == "city"
    assert (village["lat"], village["lon"]) == (province["lat"], province["lon"])


def test_a_crossing_takes_the_country_named_beside_it(nlp: Language) -> None:
    found = places(nlp, "Troops closed the Wadi Harrab crossing between Lebanon and Syria.")
    crossing = found["Wadi Harrab crossing"]
    assert (crossing["country"], crossing["precision"], crossing["geonameid"]) == (
        "LBN",
        "site",
        None,
    )


def test_a_peoples_adjective_holds_a_place_when_nothing_else_does(nlp: Language) -> None:
    found = places(nlp, "The army withdrew from the town of Qasr Umrayn near the Algerian border.")
    assert found["Qasr Umrayn"]["country"] == "DZA"


def test_an_earlier_sentence_of_the_paragraph_holds_it(nlp: Language) -> None:
    text = "Clashes went on in Daraa on Monday. Rebels overran the Tell Abar checkpoint."
    assert places(nlp, text)["Tell Abar checkpoint"]["country"] == "SYR"


@pytest.mark.parametrize(
    "text",
    [
        # nothing says where it is
        "Fighters gathered at the Harrat Sawdun barracks.",
        # a group before the word for a kind of place owns it
        "Hamas fighters manned a Hamas checkpoint in Gaza City.",
        # a kind in capitals is part of another name
        "The Tall Pines School District in Ohio closed its schools.",
        "The Resistance Axis in Lebanon vowed to respond.",
        # a people's adjective is no place's name
        "Fighters shelled the Kurdish district in Aleppo.",
    ],
)
def test_no_unlisted_place(nlp: Language, text: str) -> None:
    assert all(p["geonameid"] is not None for p in places(nlp, text).values()), places(nlp, text)


def test_an_act_at_an_unlisted_site_is_placed_there(nlp: Language) -> None:
    text = "Militants shelled an army post near the Wadi Rahma checkpoint in Idlib province on Tuesday."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "shelled"]
    assert event["location"]["name"] == "Wadi Rahma checkpoint"
    assert event["location"]["country"] == "SYR"


def test_a_village_the_model_found_no_entity_in_is_the_gazetteers(nlp: Language) -> None:
    found = places(nlp, "Border guards exchanged fire near the disputed Vorukh enclave on Sunday.")
    assert found["Vorukh enclave"]["country"] == "TJK"
    assert found["Vorukh enclave"]["geonameid"] is not None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ["the", "village", "of", "town", "crossing", "Qarn", "al-Wadi", "-", "District",
             "in", "Homs", "province", ",", "Gap", "checkpoint", "Tell", "near", "Syria", "."]
        ),
        max_size=14,
    )
)  # fmt: skip
def test_any_run_of_kind_words_and_names_is_read_without_error(
    nlp: Language, gaz: Gazetteer, words: list[str]
) -> None:
    doc = nlp(" ".join(words))
    for place in resolve_places(doc, gaz):
        assert 0 <= place.start_char < place.end_char <= len(doc.text)
        assert place.candidate.lat == place.candidate.lat  # (not NaN)


def test_a_refugee_camp_is_a_place_whatever_names_it(nlp: Language) -> None:
    found = places(nlp, "A drone struck fighters in the Wadi Sabra refugee camp near Tulkarm.")
    camp = found["Wadi Sabra refugee camp"]
    assert (camp["country"], camp["precision"]) == ("PSE", "site")
