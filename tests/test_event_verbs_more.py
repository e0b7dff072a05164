"""Acts named by words and forms the lexicon or the tagger missed on fresh wire text
(issue 8): the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import events

pytestmark = pytest.mark.slow


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


def test_halting_joint_operations_cuts_cooperation(nlp: Language) -> None:
    text = "Germany halted joint patrols with Nigerien forces on Friday."
    (event,) = events(nlp, text)
    assert event["event_type"] == "SANCTION"


def test_a_year_after_an_inner_acts_phrase_dates_that_act(nlp: Language) -> None:
    text = "Prosecutors charged the former minister over the killing of miners in 2012."
    charge = next(e for e in events(nlp, text) if e["event_type"] == "ACCUSE")
    assert charge["date"] is None


def test_what_is_scheduled_is_ahead(nlp: Language) -> None:
    (event,) = events(nlp, "The two presidents are scheduled to meet in Vienna next month.")
    assert event["status"] == "future"


def test_a_visa_ban_on_another_states_officials_is_a_sanction(nlp: Language) -> None:
    (event,) = events(nlp, "The EU imposed visa bans on twelve Belarusian officials.")
    assert event["event_type"] == "SANCTION"


def test_hacking_people_to_death_is_an_assault(nlp: Language) -> None:
    (event,) = events(nlp, "Militiamen hacked nine farmers to death near Beni.")
    assert event["event_type"] == "ASSAULT"


def test_an_act_said_to_be_unacceptable_is_disapproved_by_the_speaker(nlp: Language) -> None:
    text = "Russia expelled two Estonian diplomats on Monday.\n\nTallinn said the move was unacceptable."
    verdict = next(e for e in events(nlp, text) if e["trigger"] == "unacceptable")
    assert verdict["event_type"] == "ACCUSE"
    assert verdict["status"] == "asserted"
    assert [a["name"] for a in verdict["actors"]] == ["Estonia"]
    assert [r["name"] for r in verdict["recipients"]] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The movement said Egypt's decision to close the crossing amounted to collective"
            " punishment.",
            "punishment",
        ),
        ("The ministry said the shelling constituted a war crime.", "crime"),
    ],
)
def test_an_act_said_to_amount_to_a_wrong_is_disapproved(
    nlp: Language, text: str, verdict: str
) -> None:
    (found,) = [e for e in events(nlp, text) if e["trigger"] == verdict]
    assert (found["event_type"], found["status"]) == ("ACCUSE", "asserted")


def test_an_act_said_not_to_amount_to_a_wrong_is_no_verdict(nlp: Language) -> None:
    found = events(nlp, "The ministry said the shelling did not constitute a war crime.")
    assert all(e["event_type"] != "ACCUSE" for e in found)


def test_a_copula_of_praise_is_no_verdict(nlp: Language) -> None:
    found = events(nlp, "The minister said the talks were constructive.")
    assert all(e["event_type"] != "ACCUSE" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the accusations were baseless and politically motivated.",
        "The militia's spokesman said the reports were false.",
    ],
)
def test_a_charge_said_to_be_false_is_a_denial(nlp: Language, text: str) -> None:
    (event,) = events(nlp, text)  # the accusation is what is denied, not an event
    assert event["event_type"] == "REJECT"


def test_a_denial_reaches_whoever_made_the_charge(nlp: Language) -> None:
    (event,) = events(nlp, "Beijing said Washington's accusations were groundless.")
    assert [a["name"] for a in event["recipients"]] == ["United States"]


def test_any_act_denied_outright_is_a_negated_act(nlp: Language) -> None:
    text = "The government has not held any talks with the rebel leaders."
    (event,) = events(nlp, text)
    assert (event["event_type"], event["status"]) == ("CONSULT", "negated")


def test_a_named_platform_shut_by_a_state_is_censored(nlp: Language) -> None:
    (event,) = events(nlp, "The junta suspended Facebook on Thursday.")
    assert (event["event_type"], event["mode"]) == ("COERCE", "censor")


def test_a_go_between_is_no_party_to_what_it_brokered(nlp: Language) -> None:
    text = "Armenia and Azerbaijan signed an EU-brokered agreement on Friday."
    (event,) = events(nlp, text)
    assert [a["name"] for a in event["actors"]] == ["Armenia", "Azerbaijan"]


def test_both_names_of_a_hyphened_pair_are_the_sides(nlp: Language) -> None:
    text = "The Armenia-Azerbaijan talks resumed in Moscow on Monday."
    (event,) = events(nlp, text)
    assert [a["name"] for a in event["actors"]] == ["Armenia", "Azerbaijan"]


def test_pursuing_a_withdrawal_is_asking_for_it(nlp: Language) -> None:
    text = "Baghdad will pursue the withdrawal of foreign forces."
    (event,) = events(nlp, text)
    assert (event["event_type"], event["status"]) == ("REQUEST", "future")


def test_ones_own_visit_is_the_occasion_of_a_request_not_its_content(nlp: Language) -> None:
    text = "President Sisi, on his visit to Paris, asked France for help."
    found = {e["event_type"]: e for e in events(nlp, text)}
    assert set(found) == {"CONSULT", "REQUEST"}
    assert found["REQUEST"]["cameo"] != "026"  # not an appeal to meet


def test_a_visit_beside_the_subject_is_not_what_is_sought(nlp: Language) -> None:
    text = (
        "The spokesman said the prime minister, in his upcoming visit to Washington,"
        " would pursue the withdrawal of US troops."
    )
    found = {e["event_type"] for e in events(nlp, text)}
    assert found == {"CONSULT", "REQUEST"}


def test_a_verb_under_a_plan_takes_the_planners_subject(nlp: Language) -> None:
    text = "The prime minister plans to travel to Jakarta in July."
    (event,) = events(nlp, text)
    assert [a["name"] for a in event["actors"]] == ["prime minister"]
    assert event["date"] == "2023-07-01"


def test_a_writers_note_on_a_claim_is_not_the_claimants(nlp: Language) -> None:
    text = "Kyiv said Russian jets bombed the port, an accusation the Kremlin denied."
    denial = next(e for e in events(nlp, text) if e["event_type"] == "REJECT")
    assert denial["status"] == "asserted" and denial["claimed_by"] is None


def test_pressing_a_state_to_act_is_a_demand_on_it(nlp: Language) -> None:
    text = "Washington will press Havana to free political prisoners."
    (event,) = events(nlp, text)
    assert event["event_type"] == "REQUEST"
    assert [a["name"] for a in event["recipients"]] == ["Cuba"]


def test_ordering_someones_release_frees_them(nlp: Language) -> None:
    (event,) = events(nlp, "The judge ordered his release on Monday.")
    assert (event["event_type"], event["mode"]) == ("RETREAT", "release")


def test_the_organiser_of_a_protest_is_whom_an_arrest_reaches(nlp: Language) -> None:
    (event,) = events(nlp, "Police arrested the organiser of the vigil.")
    assert [a["text"] for a in event["recipients"]] == ["organiser"]


def test_transporting_fighters_moves_forces(nlp: Language) -> None:
    (event,) = events(nlp, "Helicopters transported dozens of fighters to the front on Monday.")
    assert event["event_type"] == "MOBILIZE"


def test_what_a_country_is_dragged_into_is_no_act(nlp: Language) -> None:
    text = "The party said the deployment would drag the country into a military confrontation."
    assert [e for e in events(nlp, text) if e["trigger"] == "confrontation"] == []


def test_dispersing_them_after_a_march_is_coercion(nlp: Language) -> None:
    text = "Hundreds of students marched on Friday.\\n\\nRiot police dispersed them with tear gas."
    found = {e["event_type"] for e in events(nlp, text)}
    assert "COERCE" in found


def test_clashes_that_break_out_are_fighting(nlp: Language) -> None:
    (event,) = events(nlp, "Clashes broke out in Tripoli on Friday.")
    assert event["event_type"] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The opposition party said police had blocked its rally in Bulawayo.",
        "The union said riot police obstructed its march to the parliament.",
    ],
)
def test_a_gathering_kept_from_happening_is_coerced_not_held(nlp: Language, text: str) -> None:
    found = events(nlp, text)
    assert [e["event_type"] for e in found] == ["COERCE"]
    (kept,) = found
    assert kept["actors"][0]["text"].endswith("police")
    assert [a["text"] for a in kept["recipients"]] == ["its"]
    assert kept["recipients"][0]["name"] != "police"


def test_ordering_an_ambassador_to_leave_is_one_expulsion(nlp: Language) -> None:
    found = events(nlp, "Niger's junta ordered the French ambassador to leave within 48 hours.")
    assert [(e["event_type"], e["trigger_text"]) for e in found] == [("SANCTION", "ordered")]
    assert [a["name"] for a in found[0]["actors"]] == ["Niger"]


def test_arrests_made_in_raids_are_one_act_whatever_the_parse(nlp: Language) -> None:
    text = (
        "Police detained 30 people suspected of links to the Islamic State group in raids "
        "across Ankara on Friday."
    )
    found = events(nlp, text)
    assert len(found) == 1
    assert found[0]["event_type"] == "COERCE"


def test_capturing_a_town_the_model_calls_a_person_takes_ground(nlp: Language) -> None:
    (event,) = events(nlp, "The militants captured Palmyra.")
    assert (event["event_type"], event["cameo"]) == ("COERCE", "192")
    assert event["recipients"] == []


def test_a_document_read_for_places_in_slots_still_serialises(nlp: Language) -> None:
    # (worker processes send documents back as bytes: what the events stage remembers
    # on a document must survive that)
    doc = nlp("The militants captured Palmyra on Sunday.")
    assert doc._.events
    doc.to_bytes()


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis targeted a Greek tanker off Yemen on Sunday.",
        "Hamas targeted an army post near the fence.",
    ],
)
def test_targeting_by_an_armed_group_is_an_attack(nlp: Language, text: str) -> None:
    assert [e["event_type"] for e in events(nlp, text)] == ["ASSAULT"]


def test_an_operation_against_a_foe_announced_by_armed_forces_is_an_attack(
    nlp: Language,
) -> None:
    (attack,) = events(
        nlp, "The Houthi military announced a new operation against Israeli ships in the Red Sea."
    )
    assert attack["event_type"] == "ASSAULT"
    assert attack["status"] == "claimed"


def test_a_warplane_violating_a_countrys_airspace_is_force_shown_on_that_country(
    nlp: Language,
) -> None:
    (violation,) = events(
        nlp, "The Syrian army said a Turkish drone violated the country's airspace near Kobani."
    )
    assert violation["event_type"] == "COERCE"
    assert [r["name"] for r in violation["recipients"]] == ["Syria"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani jets destroyed Taliban hideouts in Kunar on Sunday.",
        "Settlers uprooted olive trees near Hebron, villagers said.",
    ],
)
def test_destroying_hideouts_or_uprooting_trees_is_an_attack_on_property(
    nlp: Language, text: str
) -> None:
    assert [e["event_type"] for e in events(nlp, text)] == ["ASSAULT"]


def test_what_a_flood_destroys_is_no_one_s_act(nlp: Language) -> None:
    assert events(nlp, "The earthquake destroyed dozens of homes in Herat province.") == []


def test_armed_doers_strike_whatever_workers_the_sentence_names(nlp: Language) -> None:
    (strike,) = events(nlp, "Russian bombers struck a textile factory in Kharkiv overnight.")
    assert strike["event_type"] == "ASSAULT"
    assert strike["location"]["name"] == "Kharkiv"


def test_workers_striking_still_protest(nlp: Language) -> None:
    (strike,) = events(nlp, "Factory workers struck in Tunis on Monday over unpaid wages.")
    assert strike["event_type"] == "PROTEST"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Army troops regained the checkpoint after a two-hour battle.", "COERCE"),
        ("Militia fighters surrounded the parliament building in Tripoli.", "COERCE"),
    ],
)
def test_regaining_posts_and_surrounding_buildings_are_force(
    nlp: Language, text: str, kind: str
) -> None:
    assert kind in [e["event_type"] for e in events(nlp, text)]


def test_vowing_that_a_crime_will_not_pass_without_a_response_is_a_threat(nlp: Language) -> None:
    (threat,) = events(nlp, "Hezbollah vowed that the assassination would not go unpunished.")
    assert threat["event_type"] == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of dockers stopped work in Durban on Tuesday over unpaid wages.",
        "Nurses downed tools in Kisumu on Monday.",
    ],
)
def test_stopping_work_is_a_strike(nlp: Language, text: str) -> None:
    assert [e["event_type"] for e in events(nlp, text)] == ["PROTEST"]


def test_a_plant_stopping_work_is_no_strike(nlp: Language) -> None:
    assert events(nlp, "The factory stopped work after the fire.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Turkish-backed fighters stole olive oil from farms near Afrin on Sunday.", "COERCE"),
        ("A Turkish military convoy entered Idlib through the Kafr Lusin crossing.", "MOBILIZE"),
        ("Egyptian soldiers stopped an aid convoy at the Rafah crossing.", "COERCE"),
        ("Police imposed a cordon around the Kibera slum.", "COERCE"),
        ("The Qatari envoy delivered a message to the Sudanese president.", "CONSULT"),
        ("The Houthis vowed to keep up their attacks on shipping in the Red Sea.", "THREATEN"),
    ],
)
def test_acts_named_by_verbs_of_taking_entering_stopping_and_telling(
    nlp: Language, text: str, kind: str
) -> None:
    assert kind in [e["event_type"] for e in events(nlp, text)]


def test_the_doers_of_traded_fire_are_its_subjects_not_their_guns(nlp: Language) -> None:
    (fire,) = events(nlp, "The army and the rebels traded artillery fire near Goma.")
    assert [a["text"] for a in fire["actors"]] == ["army", "rebels"]


def test_whom_a_vow_to_keep_up_attacks_reaches(nlp: Language) -> None:
    (threat,) = events(nlp, "Al-Shabaab vowed to keep attacking Kenyan forces in Somalia.")
    assert threat["event_type"] == "THREATEN"
    assert [a["text"] for a in threat["recipients"]] == ["Kenyan forces"]


def test_adding_people_to_a_sanctions_list_sanctions_them(nlp: Language) -> None:
    text = "The European Union on Monday added four Belarusian officials to its sanctions list."
    (sanction,) = events(nlp, text)
    assert sanction["event_type"] == "SANCTION" and sanction["date"] == "2023-03-06"
    assert [a["text"] for a in sanction["recipients"]] == ["Belarusian officials"]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Riot police cleared the main highways into the capital on Sunday.", "COERCE", "cleared"),
        ("Police cleared the protest camp outside parliament.", "COERCE", "cleared"),
        (
            "Parliament voted to strip the former mayor of his right to hold office.",
            "COERCE",
            "strip",
        ),
        (
            "The media regulator suspended the broadcaster Radio Sahel for a month.",
            "COERCE",
            "suspended",
        ),
        (
            "The constitutional court suspended a government decree on the elections.",
            "REJECT",
            "suspended",
        ),
    ],
)
def test_measures_of_force_law_and_courts_are_read(
    nlp: Language, text: str, event_type: str, trigger: str
) -> None:
    found = [e for e in events(nlp, text) if e["trigger_text"].startswith(trigger)]
    assert [e["event_type"] for e in found] == [event_type]


def test_clearing_rubble_or_a_name_is_no_measure(nlp: Language) -> None:
    assert events(nlp, "Volunteers cleared the rubble from the square.") == []


def test_a_sanction_spelled_out_by_participles_is_one_event(nlp: Language) -> None:
    text = (
        "Kyiv imposed sanctions on two former ministers, freezing their assets, banning "
        "them from leaving the country and stripping them of state awards."
    )
    (sanction,) = events(nlp, text)
    assert sanction["event_type"] == "SANCTION"
    assert [r["name"] for r in sanction["recipients"]] == ["former ministers"]


def test_forces_advancing_into_a_place_are_moved(nlp: Language) -> None:
    (move,) = events(nlp, "Israeli forces advanced into the outskirts of Quneitra on Monday.")
    assert move["event_type"] == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Washington ended the sanctions waiver that let Baghdad buy Iranian gas.", "SANCTION"),
        ("Lebanese authorities prevented an Iranian airliner from landing in Beirut.", "COERCE"),
        ("The occupation authorities are still holding the bodies of twelve martyrs.", "COERCE"),
        ("The Pentagon flew reinforcements into the Harir base on Monday.", "MOBILIZE"),
    ],
)
def test_waivers_ended_planes_stopped_bodies_held_and_reinforcements_flown(
    nlp: Language, text: str, event_type: str
) -> None:
    found = events(nlp, text)
    assert [e["event_type"] for e in found] == [event_type]
    assert found[0]["actors"]


def test_weather_that_stops_a_plane_is_no_measure(nlp: Language) -> None:
    assert events(nlp, "Fog prevented the plane from landing in Beirut.") == []


def test_forces_beginning_exercises_are_a_mobilisation(nlp: Language) -> None:
    found = events(nlp, "Japanese and US forces began their annual exercises on Monday.")
    assert [e["event_type"] for e in found] == ["MOBILIZE"]


def test_exercises_with_no_forces_are_no_mobilisation(nlp: Language) -> None:
    assert events(nlp, "The ministry began exercises to train teachers.") == []


def test_police_fleeing_a_town_give_ground(nlp: Language) -> None:
    found = events(nlp, "Officers fled the town as the attackers advanced.")
    assert [e["event_type"] for e in found] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The army kept the two border crossings closed for a fourth day.", "COERCE"),
        ("The delegation informed the mediators of its answer on Monday.", "CONSULT"),
        ("The State Department redesignated the militia as a terrorist organisation.", "SANCTION"),
        ("Negotiators finalised the text of the border treaty.", "SUPPORT"),
        ("A Russian warship entered Latvian waters on Friday.", "MOBILIZE"),
        ("The appeals court cancelled the arrest warrant for the former mayor.", "RETREAT"),
        ("The junta announced the suspension of talks with the rebel alliance.", "SANCTION"),
        ("The Houthis announced the resumption of their ban on Israeli ships.", "COERCE"),
        ("Riot police cordoned off the square in front of parliament.", "COERCE"),
        ("The junta suspended the activities of all political parties.", "COERCE"),
        ("Hamas handed over three hostages to the Red Cross in Gaza City.", "RETREAT"),
        ("The army retook the town after expelling the rebel fighters.", "ASSAULT"),
    ],
)
def test_more_verbs_of_acts(nlp: Language, text: str, etype: str) -> None:
    assert etype in [e["event_type"] for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Well-informed sources said the vote was postponed.",
        "Funds can now be sent abroad without notifying the central bank.",
    ],
)
def test_informed_sources_and_a_condition_are_no_consultation(nlp: Language, text: str) -> None:
    assert "CONSULT" not in [e["event_type"] for e in events(nlp, text)]


def test_what_a_side_was_informed_of_was_done(nlp: Language) -> None:
    text = "The government said it had not been informed in advance of the Turkish airstrikes."
    assert "ASSAULT" in [e["event_type"] for e in events(nlp, text)]


def test_blame_laid_with_hold_however_parsed(nlp: Language) -> None:
    text = "The movement held the US administration fully responsible for the massacre."
    (blame,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert [r["name"] for r in blame["recipients"]] == ["United States government"]


def test_holding_a_meeting_with_officials_responsible_is_no_blame(nlp: Language) -> None:
    text = "The army held a meeting with the officials responsible for security."
    assert "ACCUSE" not in [e["event_type"] for e in events(nlp, text)]


def test_a_foiled_attempt_is_a_security_act_against_its_doers(nlp: Language) -> None:
    text = "Border guards foiled an attempt by smugglers to cross the river near the dam."
    (foiling,) = [e for e in events(nlp, text) if e["trigger"] == "foiled"]
    assert foiling["event_type"] == "COERCE"
    assert [r["text"] for r in foiling["recipients"]] == ["smugglers"]


def test_whom_a_thwarted_attack_was_aimed_at_is_not_met(nlp: Language) -> None:
    text = "Soldiers thwarted a rocket attack on the airport and plots against the museum."
    (thwarting,) = [e for e in events(nlp, text) if e["trigger"] == "thwarted"]
    assert thwarting["recipients"] == []
    # the attack did not happen
    assert "ASSAULT" not in [
        e["event_type"] for e in events(nlp, text) if e["status"] == "asserted"
    ]


def test_the_plotters_of_a_foiled_plot_are_not_the_police(nlp: Language) -> None:
    for text in (
        "The police foiled a plot to blow up a bridge in the capital.",
        "Police foiled a plot to bomb a court building in the capital.",
    ):
        for blast in [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]:
            assert blast["actors"] == [], text
            assert blast["status"] != "asserted", text


def test_fighters_who_confront_an_aggression_are_not_its_doers(nlp: Language) -> None:
    text = "Lebanese soldiers confronted a Syrian incursion near the border crossing."
    (confronting,) = [e for e in events(nlp, text) if e["trigger"] == "confronted"]
    assert [a["name"] for a in confronting["actors"]] == ["Lebanon"] or all(
        "Syria" not in a["name"] for a in confronting["actors"]
    )
    assert "Syria" in [r["name"] for r in confronting["recipients"]]


def test_a_suspension_of_operations_is_a_step_back(nlp: Language) -> None:
    text = "The militia announced the suspension of its operations against government troops."
    assert "RETREAT" in [e["event_type"] for e in events(nlp, text)]


def test_a_fine_imposed_by_a_court_is_coercion(nlp: Language) -> None:
    found = events(nlp, "A Tehran court fined the newspaper for insulting officials.")
    assert [e["event_type"] for e in found] == ["COERCE"]
    assert events(nlp, "The talks went fine, both delegations said.") == [] or all(
        e["trigger"] != "fine" for e in events(nlp, "The talks went fine, both delegations said.")
    )


def test_opening_a_crossing_eases_a_closure(nlp: Language) -> None:
    text = "Jordan opened the Karameh crossing on Sunday after a week-long closure."
    assert "RETREAT" in [e["event_type"] for e in events(nlp, text)]


def test_people_handed_over_when_the_parser_reads_over_as_more_than(nlp: Language) -> None:
    # "over 40" is read as a quantity; the tagger still calls "over" a particle
    text = "The Iraqi government handed over 50 Syrian nationals to Damascus."
    found = [e for e in events(nlp, text) if e["trigger"] == "handed"]
    assert found and found[0]["event_type"] in ("COOPERATE", "RETREAT")


def test_flogging_as_a_punishment_is_a_beating(nlp: Language) -> None:
    text = "The Taliban publicly flogged two women in Parwan province on Thursday."
    assert [e["event_type"] for e in events(nlp, text)] == ["ASSAULT"]


def test_units_moving_into_a_town_are_sent_in(nlp: Language) -> None:
    assert [
        (e["event_type"], e["trigger_text"])
        for e in events(nlp, "Malian army units moved into Ber on Sunday.")
    ] == [("MOBILIZE", "moved")]


def test_troops_vacating_posts_withdraw(nlp: Language) -> None:
    assert [
        e["event_type"]
        for e in events(nlp, "Turkish troops vacated three posts near Idlib on Friday.")
    ] == ["RETREAT"]


def test_a_minister_vacating_his_post_is_no_withdrawal(nlp: Language) -> None:
    assert [
        e
        for e in events(nlp, "The minister vacated his post last year.")
        if e["event_type"] == "RETREAT"
    ] == []


def test_captives_handed_to_a_go_between_are_released(nlp: Language) -> None:
    found = [
        e
        for e in events(nlp, "The rebels handed 12 captured soldiers to the Red Cross in Goma.")
        if e["event_type"] == "RETREAT"
    ]
    assert [e["mode"] for e in found] == ["release"]


def test_freezing_negotiations_cancels_them(nlp: Language) -> None:
    assert [
        (e["event_type"], e["trigger_text"])
        for e in events(nlp, "The government froze negotiations with the rebels on Thursday.")
    ] == [("SANCTION", "froze")]


def test_a_joint_operation_against_a_foe_attacks_it(nlp: Language) -> None:
    (event,) = events(
        nlp, "Army and police units launched a joint operation against the gang in Cite Soleil."
    )
    assert event["event_type"] == "ASSAULT"
    assert [a["text"] for a in event["recipients"]] == ["gang"]


def test_withholding_treatment_coerces(nlp: Language) -> None:
    assert [
        e["event_type"]
        for e in events(nlp, "Jailers withheld medical treatment from the prisoner for months.")
    ] == ["COERCE"]
