"""Whom an act reaches, on sentences written for these tests: the partners that the
public ConfliBERT sentences showed the rules missing (issue 8, targets)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow


def one(nlp: Language, text: str, event_type: str) -> dict[str, Any]:
    doc = nlp.make_doc(text)
    doc._.published = "2023-03-10"
    found = [e for e in nlp(doc)._.events if e["event_type"] == event_type]
    assert len(found) == 1, [(e["event_type"], e["trigger_text"]) for e in found]
    return found[0]


def words(actors: list[dict[str, Any]]) -> list[str]:
    return [a["text"] for a in actors]


def test_a_curfew_in_a_town_reaches_the_state_it_lies_in(nlp: Language) -> None:
    text = "Police imposed a curfew in parts of the northern city of Kano after riots."
    event = one(nlp, text, "COERCE")
    assert words(event["recipients"]) == ["Kano"]
    assert event["recipients"][0]["country"] == "NGA"
    start = event["recipients"][0]["start"]
    assert text[start : event["recipients"][0]["end"]] == "Kano"


def test_a_capital_is_where_a_curfew_holds_not_whom_it_reaches(nlp: Language) -> None:
    event = one(nlp, "Police imposed a curfew in Nairobi on Friday.", "COERCE")
    assert event["recipients"] == []


def test_a_ceasefire_in_a_region_is_where_it_holds(nlp: Language) -> None:
    event = one(nlp, "The two armies agreed to a truce in the Tigray region on Monday.", "AGREE")
    assert "Tigray" not in words(event["recipients"])


def test_talks_between_two_sides_are_held_by_both(nlp: Language) -> None:
    event = one(nlp, "Talks between Chile and Bolivia resumed in Lima on Tuesday.", "CONSULT")
    assert sorted(words(event["actors"])) == ["Bolivia", "Chile"]
    assert event["recipients"] == []


def test_a_host_of_talks_between_two_sides_is_not_a_side(nlp: Language) -> None:
    text = "Norway hosted talks between Colombia and Venezuela on Monday."
    event = one(nlp, text, "CONSULT")
    assert sorted(words(event["actors"])) == ["Colombia", "Venezuela"]


def test_a_mediator_reaches_both_sides(nlp: Language) -> None:
    text = "The Swiss envoy launched a mediation effort between Armenia and Azerbaijan."
    event = one(nlp, text, "CONSULT")
    assert words(event["actors"]) == ["Swiss envoy"]
    assert sorted(words(event["recipients"])) == ["Armenia", "Azerbaijan"]


def test_whom_a_caller_phoned_is_the_partner_of_the_purpose(nlp: Language) -> None:
    text = "Ana Cecilia Gervasi called Antony Blinken on Monday to discuss trade."
    event = one(nlp, text, "CONSULT")
    assert [w.split()[-1] for w in words(event["actors"])] == ["Gervasi"]
    assert words(event["recipients"]) == ["Antony Blinken"]


def test_troops_for_a_mission_reach_the_country_it_serves_in(nlp: Language) -> None:
    text = "Nepal is sending troops to the United Nations peacekeeping force in Lebanon."
    event = one(nlp, text, "AID")
    assert words(event["recipients"]) == ["Lebanon"]


def test_a_two_word_nationality_names_the_state(nlp: Language) -> None:
    event = one(nlp, "North Korea shelled South Korean border posts.", "ASSAULT")
    assert [a["country"] for a in event["recipients"]] == ["KOR"]


def test_an_eased_curfew_in_a_town_reaches_its_state(nlp: Language) -> None:
    event = one(nlp, "The authorities eased the curfew in Mombasa.", "RETREAT")
    assert [a["country"] for a in event["recipients"]] == ["KEN"]


def test_whoever_made_a_denied_charge_is_answered(nlp: Language) -> None:
    text = "The ministry denied charges by Amnesty International that it tortured prisoners."
    event = one(nlp, text, "REJECT")
    assert words(event["recipients"]) == ["Amnesty International"]


def test_an_attack_condemned_with_its_doer_names_the_doer(nlp: Language) -> None:
    event = one(nlp, "The minister condemned the attack by militants on Sunday.", "ACCUSE")
    assert words(event["recipients"]) == ["militants"]


def test_whom_a_release_is_sought_for_is_reached(nlp: Language) -> None:
    text = "The prosecutor seeks conditional release for a Canadian man held in jail."
    event = one(nlp, text, "REQUEST")
    assert words(event["recipients"]) == ["Canadian man"]


def test_a_border_closed_with_neighbours_reaches_the_neighbours(nlp: Language) -> None:
    text = "Maduro has closed Venezuela's land borders with Brazil and Colombia."
    event = one(nlp, text, "COERCE")
    assert sorted(words(event["recipients"])) == ["Brazil", "Colombia"]


def test_troops_offered_are_not_whom_the_offer_reaches(nlp: Language) -> None:
    event = one(nlp, "Ghana has offered to send troops to Mali.", "AGREE")
    assert words(event["recipients"]) == ["Mali"]


def test_an_army_mobilised_for_an_assault_is_not_its_target(nlp: Language) -> None:
    text = "Israel mobilized the army for a potential ground assault against Lebanon."
    event = one(nlp, text, "MOBILIZE")
    assert words(event["recipients"]) == ["Lebanon"]


def test_an_object_read_as_a_participle_s_subject_is_still_the_object(nlp: Language) -> None:
    text = "Kenya said it will not accept any more refugees fleeing the fighting."
    event = one(nlp, text, "REJECT")
    assert words(event["recipients"]) == ["refugees"]


def test_going_to_a_place_is_not_the_future(nlp: Language) -> None:
    text = "Dutch aid supported two thousand Kenyan girls going to school last year."
    assert one(nlp, text, "SUPPORT")["status"] == "asserted"


def test_a_sum_announced_in_aid_is_aid_given_by_the_announcer(nlp: Language) -> None:
    text = "The Danish government announced $12 million in humanitarian assistance to Malawi."
    event = one(nlp, text, "AID")
    assert words(event["actors"]) == ["Danish government"]
    assert words(event["recipients"]) == ["Malawi"]
    assert event["status"] == "asserted"


def test_forces_strengthened_in_a_region_reach_its_state(nlp: Language) -> None:
    event = one(nlp, "Russia has strengthened its forces in Crimea this month.", "MOBILIZE")
    assert [a["country"] for a in event["recipients"]] == ["UKR"]


def test_an_ultimatum_to_forces_in_a_region_reaches_the_forces(nlp: Language) -> None:
    text = "Russia issued an ultimatum to Ukrainian forces in the Crimea to clear out."
    event = one(nlp, text, "THREATEN")
    assert words(event["recipients"]) == ["Ukrainian forces"]


def test_let_free_is_one_release_of_its_object(nlp: Language) -> None:
    text = "Chile finally let free the activist Rodrigo Mundaca on Monday."
    event = one(nlp, text, "RETREAT")
    assert event["trigger_text"] == "let free"
    assert [w.split()[-1] for w in words(event["recipients"])] == ["Mundaca"]


def test_owners_given_back_a_thing_are_reached(nlp: Language) -> None:
    event = one(nlp, "The museum returned a painting to its owners in 2019.", "RETREAT")
    assert words(event["recipients"]) == ["its owners"]


def test_a_suspended_tax_is_an_easing_for_whom_it_taxed(nlp: Language) -> None:
    event = one(nlp, "Italy suspended a digital tax on American tech firms.", "RETREAT")
    assert [a["country"] for a in event["recipients"]] == ["USA"]


def test_tariffs_scrapped_on_a_nation_s_goods_reach_that_nation(nlp: Language) -> None:
    event = one(nlp, "Washington scrapped tariffs on Mexican steel.", "RETREAT")
    assert [a["country"] for a in event["recipients"]] == ["MEX"]


def test_officials_freed_are_released(nlp: Language) -> None:
    event = one(nlp, "A Kenyan court has freed three former governors.", "RETREAT")
    assert [a["text"] for a in event["recipients"]] == ["former governors"]


def test_whose_help_is_asked_for_is_asked(nlp: Language) -> None:
    event = one(nlp, "The mayor of Goma asked for Rwanda's help.", "REQUEST")
    assert [a["name"] for a in event["recipients"]] == ["Rwanda"]


def test_the_visitor_of_a_trip_ahead_of_which_one_speaks(nlp: Language) -> None:
    text = "Ahead of a trip to Beijing, Lula told reporters that trade would grow."
    event = one(nlp, text, "CONSULT")
    assert [a["text"] for a in event["actors"]] == ["Lula"] and event["status"] == "future"


def test_a_refused_giving_reaches_whom_it_was_for(nlp: Language) -> None:
    refusal = one(nlp, "The court refused to provide legal backing for Muqtada al-Sadr.", "REJECT")
    assert [r["name"] for r in refusal["recipients"]] == ["Muqtada al-Sadr"]


@pytest.mark.parametrize(
    ("text", "event_type", "reached"),
    [
        (
            "Tehran rejected a draft text that France and Germany are preparing to table at "
            "the nuclear agency.",
            "REJECT",
            ["France", "Germany"],
        ),
        ("Hamas turned down the truce plan that Egypt had put forward.", "REJECT", ["Egypt"]),
        (
            "Moscow condemned the penalties that the EU imposed on its banks.",
            "ACCUSE",
            ["European Union"],
        ),
    ],
)
def test_a_measure_the_other_side_made_is_theirs(
    nlp: Language, text: str, event_type: str, reached: list[str]
) -> None:
    found = one(nlp, text, event_type)
    assert [r["name"] for r in found["recipients"]] == reached


def test_a_measure_that_acts_itself_has_no_author_in_its_clause(nlp: Language) -> None:
    found = one(nlp, "Moscow condemned the sanctions that hit its banks.", "ACCUSE")
    assert found["recipients"] == []
