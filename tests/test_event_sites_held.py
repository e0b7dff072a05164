"""Whose a site or a thing is, and where an act joined to a visit was done, on
sentences written for these tests (issue 8: recipients left as a building, or empty
where the text names who holds the thing attacked)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow


def events(nlp: Language, text: str, event_type: str) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = "2024-02-14"
    return [e for e in nlp(doc)._.events if e["event_type"] == event_type]


def one(nlp: Language, text: str, event_type: str) -> dict[str, Any]:
    found = events(nlp, text, event_type)
    assert len(found) == 1, [(e["event_type"], e["trigger_text"]) for e in found]
    return found[0]


def names(actors: list[dict[str, Any]]) -> list[str]:
    return [a["name"] for a in actors]


def test_a_base_named_by_a_peoples_adjective_is_that_states_forces(nlp: Language) -> None:
    event = one(nlp, "Rockets hit a Turkish base near Mosul on Sunday.", "ASSAULT")
    assert names(event["recipients"]) == ["Turkish Armed Forces"]
    assert event["recipients"][0]["text"] == "Turkish base"


def test_an_army_headquarters_is_that_army(nlp: Language) -> None:
    event = one(nlp, "Militias shelled an Iraqi army headquarters in Anbar.", "ASSAULT")
    assert names(event["recipients"]) == ["Iraqi Army"]


def test_positions_of_two_peoples_are_both_armies_and_not_a_state_too(nlp: Language) -> None:
    event = one(nlp, "The faction targeted Israeli and US positions in Syria.", "ASSAULT")
    assert sorted(names(event["recipients"])) == [
        "Israel Defense Forces",
        "United States Armed Forces",
    ]


def test_a_camp_of_a_state_without_a_known_army_is_its_forces(nlp: Language) -> None:
    event = one(nlp, "Jihadists overran a Burkinabe army camp near Djibo.", "COERCE")
    assert event["recipients"], event
    assert all("camp" not in a["name"] for a in event["recipients"])
    assert event["recipients"][0]["country"] == "BFA"


def test_a_ship_is_the_firms_that_owns_it(nlp: Language) -> None:
    text = "Houthi forces fired a drone at a tanker owned by a Greek company off Hodeidah."
    event = one(nlp, text, "ASSAULT")
    assert [a["text"] for a in event["recipients"]] == ["Greek company"]


def test_a_checkpoint_is_the_group_that_mans_it(nlp: Language) -> None:
    text = "A suicide bomber attacked a checkpoint manned by Syrian Democratic Forces fighters in Hasakah."
    event = one(nlp, text, "ASSAULT")
    assert names(event["recipients"]) == ["Syrian Democratic Forces"]


def test_a_vessel_belonging_to_a_state_is_that_states(nlp: Language) -> None:
    event = one(nlp, "Commandos seized a cargo ship belonging to Iran near Fujairah.", "COERCE")
    assert names(event["recipients"]) == ["Iran"]


def test_saboteurs_damaging_a_plant_attack_it(nlp: Language) -> None:
    event = one(nlp, "Saboteurs damaged a power station in Zaporizhzhia on Friday.", "ASSAULT")
    assert event["trigger_text"] == "damaged"
    assert event["date"] == "2024-02-09"


def test_weather_or_a_shell_damaging_houses_is_no_second_attack(nlp: Language) -> None:
    assert events(nlp, "Heavy rain damaged dozens of houses in Sanaa.", "ASSAULT") == []
    shelled = events(nlp, "A shell damaged a school in Kharkiv.", "ASSAULT")
    assert all(e["trigger_text"] != "damaged" for e in shelled)


def test_talks_joined_to_a_visit_were_held_where_the_visit_went(nlp: Language) -> None:
    text = "Erdogan flew to Doha and held talks with the emir on Tuesday."
    talks = [e for e in events(nlp, text, "CONSULT") if "talks" in e["trigger_text"]]
    assert len(talks) == 1
    assert talks[0]["location"]["name"] == "Doha"


def test_a_meeting_joined_to_an_arrival_was_held_in_that_town(nlp: Language) -> None:
    text = "The envoy arrived in Khartoum and met army chief Abdel Fattah al-Burhan."
    met = [e for e in events(nlp, text, "CONSULT") if e["trigger_text"] == "met"]
    assert len(met) == 1
    assert met[0]["location"]["name"] == "Khartoum"


def test_a_meeting_joined_to_a_visit_of_a_country_stays_unplaced_in_a_town(nlp: Language) -> None:
    text = "The envoy visited Sudan and met army chief Abdel Fattah al-Burhan."
    met = [e for e in events(nlp, text, "CONSULT") if e["trigger_text"] == "met"]
    assert len(met) == 1
    assert met[0]["location"] is None or met[0]["location"]["precision"] == "country"
