"""Who acts on whom where both sides are of one kind, or the words name a side only by
their place (issue 8): the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import events, words

pytestmark = pytest.mark.slow


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


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("On Friday union leaders called a general strike.", ["LAB"]),
        ("On Friday opposition lawmakers walked out of the chamber.", ["OPP", "PTY", "LEG"]),
    ],
)
def test_people_named_by_the_body_they_belong_to(
    nlp: Language, text: str, sectors: list[str]
) -> None:
    (event,) = events(nlp, text)
    assert event["actors"][0]["sectors"] == sectors


def test_a_rank_before_a_name_is_no_body(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed Deputy Commander Ali Hassan near the border.")
    assert any("Ali Hassan" in r["name"] for e in found for r in e["recipients"])


def test_the_name_of_people_split_from_their_nationality_is_whole(nlp: Language) -> None:
    found = events(nlp, "The premier accused Azerbaijani troops on Monday of shelling a village.")
    accused = next(e for e in found if e["event_type"] == "ACCUSE")
    assert [r["name"] for r in accused["recipients"]] == ["Azerbaijani troops"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched in Minsk on Saturday to demand the release of Maria Kolesnikova.",
        "The rights group called for an inquiry into the killing of students in Lagos.",
    ],
)
def test_those_a_call_would_help_are_not_whom_it_is_asked_of(nlp: Language, text: str) -> None:
    (event,) = events(nlp, text)
    assert event["recipients"] == []


def test_whom_a_call_is_addressed_to_stays(nlp: Language) -> None:
    found = events(nlp, "The EU urged Belarus to release the detained journalist.")
    (event,) = [e for e in found if e["event_type"] == "REQUEST"]
    assert [r["name"] for r in event["recipients"]] == ["Belarus"]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Gunmen stormed a village in Zamfara, killing nine farmers.", ["farmers"]),
        ("Bandits opened fire on a bus near Kaduna, killing six passengers.", ["six passengers"]),
        ("Soldiers opened fire on the protesters, killing four people.", ["protesters"]),
    ],
)
def test_the_toll_is_whom_a_deed_reached_unless_its_target_is_named(
    nlp: Language, text: str, hit: list[str]
) -> None:
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == hit


def test_fire_of_a_shooting_is_no_blaze(nlp: Language) -> None:
    (event,) = events(nlp, "A border guard was killed by sniper fire on Sunday.")
    assert event["event_type"] == "ASSAULT"
    assert words(event["actors"]) == ["sniper"]


def test_who_is_on_a_visit_is_the_visitor(nlp: Language) -> None:
    found = events(nlp, "The envoy, who was on a two-day visit to Kabul, met the Taliban.")
    visit = next(e for e in found if e["trigger"] == "visit")
    assert words(visit["actors"]) == ["envoy"]


def test_those_invited_to_act_are_whom_the_call_is_aimed_at(nlp: Language) -> None:
    text = "The cleric invited the military institutions to back the protesters."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert words(event["recipients"]) == ["military institutions"]


def test_the_attackers_are_the_armed_group_told_before(nlp: Language) -> None:
    text = (
        "Boko Haram fighters raided a village near Maiduguri on Monday.\n\n"
        "The militants said they had seized weapons.\n\n"
        "The governor vowed to hunt down the attackers."
    )
    found = events(nlp, text)
    vow = next(e for e in found if e["trigger"] == "vowed")
    assert [r["name"] for r in vow["recipients"]] == ["Boko Haram"]
    seized = next(e for e in found if e["trigger"] == "seized")
    assert [a["name"] for a in seized["actors"]] == ["Boko Haram"]


def test_militants_with_words_of_their_own_are_not_the_group_before(nlp: Language) -> None:
    text = "Boko Haram fighters raided a village.\n\nThe Islamist militants killed two farmers."
    killed = next(e for e in events(nlp, text) if e["trigger"] == "killed")
    assert [a["name"] for a in killed["actors"]] != ["Boko Haram"]


def test_it_that_is_taken_back_is_a_place_not_a_party(nlp: Language) -> None:
    text = "Rebels captured the town of Kalehe in Congo, and a day later the army retook it."
    retaken = next(e for e in events(nlp, text) if e["trigger"] == "retook")
    assert all(r["name"] != "Democratic Republic of the Congo" for r in retaken["recipients"])


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        (
            "The Lebanese army deployed in the town of Aitaroun after Israeli forces withdrew"
            " from it on Sunday.",
            "withdrew",
            "Lebanese Armed Forces",
        ),
        (
            "Hamas said its fighters blew up a tunnel rigged with explosives as an Israeli"
            " force entered it.",
            "entered",
            "Hamas",
        ),
    ],
)
def test_it_gone_into_or_out_of_is_a_place_not_a_party(
    nlp: Language, text: str, trigger: str, party: str
) -> None:
    (event,) = [e for e in events(nlp, text) if e["trigger"] == trigger]
    assert all(r["name"] != party for r in event["recipients"])


def test_a_dealing_joined_to_talks_is_with_the_same_side(nlp: Language) -> None:
    found = events(nlp, "Kenya held talks with Somalia and signed a border deal.")
    signed = next(e for e in found if e["trigger"] == "signed")
    assert [r["name"] for r in signed["recipients"]] == ["Somalia"]


def test_a_cartel_is_who_killed(nlp: Language) -> None:
    (event,) = events(nlp, "Police believe the men were killed by a drug cartel.")
    assert words(event["actors"]) == ["drug cartel"]
    assert event["actors"][0]["sectors"] == ["CRM"]


def test_a_call_joined_to_what_a_thing_is_said_to_be_is_the_speakers(nlp: Language) -> None:
    text = "The envoy said the charges were baseless and called on the UN to intervene."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert words(event["actors"]) == ["envoy"]
    assert event["status"] == "asserted"


def test_a_name_after_the_district_of_is_a_place_not_a_party(nlp: Language) -> None:
    (event,) = events(nlp, "The Taliban seized the district of Nerkh in Wardak on Friday.")
    assert event["recipients"] == []


def test_whoever_carried_out_a_judged_act_is_whom_the_judgement_reaches(
    nlp: Language,
) -> None:
    found = events(nlp, "Egypt condemned the bombing carried out by al-Shabaab in Mogadishu.")
    judged = next(e for e in found if e["event_type"] == "ACCUSE")
    assert [r["id"] for r in judged["recipients"]] == ["al-shabaab"]


def test_a_counter_offensive_answers_the_attack_told_before(nlp: Language) -> None:
    text = "Jihadists attacked an army post on Monday.\n\nThe army launched a counter-offensive."
    counter = next(e for e in events(nlp, text) if e["trigger"] == "offensive")
    assert words(counter["recipients"]) == ["Jihadists"]


def test_a_call_to_free_someone_is_aimed_at_whoever_was_told_to_hold_them(
    nlp: Language,
) -> None:
    text = (
        "Belarusian police detained a Polish journalist in Grodno on Monday.\n\n"
        "Warsaw called for his immediate release."
    )
    call = next(e for e in events(nlp, text) if e["event_type"] == "REQUEST")
    assert words(call["recipients"]) == ["Belarusian police"]


def test_the_streets_of_a_city_are_where_not_who(nlp: Language) -> None:
    (event,) = events(nlp, "Thousands of Kenyans took to the streets of Nairobi on Monday.")
    assert all(a["type"] != "state" for a in event["actors"])
    assert event["location"]["name"] == "Nairobi"


def test_her_daughter_is_her_kin_not_her(nlp: Language) -> None:
    text = (
        "Prosecutors charged Jeanine Anez with sedition.\n\n"
        "Her daughter called on the United Nations to intervene."
    )
    call = next(e for e in events(nlp, text) if e["event_type"] == "REQUEST")
    assert [a["name"] for a in call["actors"]] == ["daughter of Jeanine Anez"]


def test_whom_a_promise_is_made_to_is_its_recipient(nlp: Language) -> None:
    (event,) = events(nlp, "Qatar promised Lebanon that it would send fuel.")
    assert [r["name"] for r in event["recipients"]] == ["Lebanon"]


def test_a_promise_to_the_enemy_is_a_threat(nlp: Language) -> None:
    text = "Hamas promised the occupiers that they would pay a heavy price."
    (event,) = events(nlp, text)
    assert event["event_type"] == "THREATEN"


def test_a_threat_between_people_of_one_kind_keeps_both_sides(nlp: Language) -> None:
    (event,) = events(nlp, "The rebel commander threatened the militiamen on Monday.")
    assert words(event["recipients"]) == ["militiamen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkish-backed rebels shelled the town on Monday.", "Turkish-backed rebels"),
        ("Niger's armed forces killed twelve jihadists.", "Niger's armed forces"),
    ],
)
def test_the_name_of_people_keeps_the_words_that_give_their_side(
    nlp: Language, text: str, name: str
) -> None:
    (event,) = events(nlp, text)
    assert [a["name"] for a in event["actors"]] == [name]


def test_militants_linked_to_a_group_act_for_it(nlp: Language) -> None:
    (event,) = events(nlp, "Militants linked to al-Shabaab ambushed a convoy.")
    assert [a["id"] for a in event["actors"]] == ["al-shabaab"]


def test_sides_acting_on_each_other_reach_each_other(nlp: Language) -> None:
    (event,) = events(nlp, "Sudan and Ethiopia accused each other of shelling the border.")
    assert {r["name"] for r in event["recipients"]} == {"Sudan", "Ethiopia"}


def test_a_meeting_set_as_the_occasion_was_attended_by_who_acts_next(nlp: Language) -> None:
    text = "After a two-hour meeting, President Macron flew to Lyon."
    meeting = next(e for e in events(nlp, text) if e["trigger"] == "meeting")
    assert [a["name"] for a in meeting["actors"]] == ["Emmanuel Macron"]


def test_an_attack_set_as_the_occasion_is_not_done_by_who_acts_next(nlp: Language) -> None:
    text = "After the attack on the market, police arrested three men."
    attack = [e for e in events(nlp, text) if e["trigger"] == "attack"]
    assert all(not e["actors"] for e in attack)


def test_warplanes_named_as_bombers_are_their_owners_not_fighters(nlp: Language) -> None:
    (event,) = events(nlp, "US fighter-bombers struck two depots in eastern Syria.")
    assert [a["name"] for a in event["actors"]] == ["United States"]


def test_those_against_the_government_are_not_the_government(nlp: Language) -> None:
    (event,) = events(nlp, "Anti-government protesters blocked the main highway on Monday.")
    assert all(
        "government" not in a["name"].replace("Anti-government", "") for a in event["actors"]
    )
    assert all("GOV" not in a["sectors"] for a in event["actors"])


def test_a_militia_for_a_state_is_not_that_state(nlp: Language) -> None:
    (event,) = events(nlp, "US jets struck a pro-Iran militia in eastern Syria.")
    assert [a["name"] for a in event["recipients"]] != ["Iran"]


def test_the_three_countries_are_the_three_named_before(nlp: Language) -> None:
    text = (
        "Chile, Peru and Bolivia condemned the coup, and the junta cut ties with the three"
        " countries."
    )
    cut = next(e for e in events(nlp, text) if e["trigger"] == "cut")
    assert [a["name"] for a in cut["recipients"]] == ["Chile", "Peru", "Bolivia"]


def test_a_threat_on_a_condition_is_aimed_at_who_must_meet_it(nlp: Language) -> None:
    text = "The cleric threatened to send his supporters into the streets if the court did not act."
    threat = next(e for e in events(nlp, text) if e["event_type"] == "THREATEN")
    assert [a["text"] for a in threat["recipients"]] == ["court"]


def test_a_states_own_embassy_is_where_it_acts_not_whom_it_reaches(nlp: Language) -> None:
    (event,) = events(nlp, "Bahrain reopened its embassy in Doha on Monday.")
    assert [a["name"] for a in event["recipients"]] == ["Qatar"]


def test_hunters_are_people(nlp: Language) -> None:
    (event,) = events(nlp, "Gunmen abducted 26 Qatari hunters from their camp on Wednesday.")
    assert [a["text"] for a in event["recipients"]] == ["26 Qatari hunters"]


def test_their_act_is_the_act_of_the_people_the_clause_names(nlp: Language) -> None:
    text = "The cleric aired a statement demanding that his supporters end their siege of the ministry."
    siege = [e for e in events(nlp, text) if e["trigger"] == "siege"]
    assert siege and [a["name"] for a in siege[0]["actors"]] == ["his supporters"]


def test_negotiators_named_by_their_body_act_for_it(nlp: Language) -> None:
    (event,) = events(nlp, "Taliban negotiators met US officials in Doha on Monday.")
    assert [a["name"] for a in event["actors"]] == ["Taliban"]


def test_talks_with_someone_as_the_occasion_were_held_by_who_acts_next(nlp: Language) -> None:
    text = "After talks with the Iraqi premier, the president said the mission would end."
    talks = next(e for e in events(nlp, text) if e["trigger"] == "talks")
    assert [a["text"] for a in talks["actors"]] == ["president"]


def test_days_of_fighting_of_no_one_are_no_event(nlp: Language) -> None:
    text = "Israel and Hamas agreed to a ceasefire on Friday, ending eleven days of fighting."
    assert [e["trigger"] for e in events(nlp, text)] == ["agreed"]


def test_a_countrys_coup_is_not_made_by_the_country(nlp: Language) -> None:
    coup = [
        e for e in events(nlp, "Niger's coup drew wide condemnation.") if e["trigger"] == "coup"
    ]
    assert all(not e["actors"] for e in coup)


def test_ministers_of_a_union_named_before_them_act_for_it(nlp: Language) -> None:
    (event,) = events(nlp, "EU foreign ministers agreed to impose new sanctions on Belarus.")
    assert [a["name"] for a in event["actors"]] == ["European Union"]


def test_a_judgement_of_the_drills_reaches_those_who_held_them(nlp: Language) -> None:
    text = (
        "Russia and Belarus held joint military exercises near Grodno. Poland condemned the drills."
    )
    (condemnation,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert sorted(r["name"] for r in condemnation["recipients"]) == ["Belarus", "Russia"]
