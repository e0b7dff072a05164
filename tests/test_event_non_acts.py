"""Words of acts that report no act, or another act than they seem to (issue 8): a danger
"threatens" what it may harm and no one threatens anyone; a habit is no act; ending a
ceasefire is no concession; what a protest is held "to protest" is the protest itself.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import events, names, words

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The new media law threatens press freedom, the journalists' union said.",
        "The drought threatens thousands of herders in the north.",
        "The standoff threatens the stability of the whole Horn of Africa.",
    ],
)
def test_a_danger_that_threatens_is_no_threat(nlp: Language, text: str) -> None:
    assert not [e for e in events(nlp, text) if e["event_type"] == "THREATEN"]


def test_a_party_that_threatens_another_still_threatens(nlp: Language) -> None:
    (event,) = events(nlp, "Eritrea threatened Ethiopia with a harsh response.")
    assert event["event_type"] == "THREATEN"
    assert names(event["recipients"]) == ["Ethiopia"]


@pytest.mark.parametrize(
    "text",
    [
        "The junta has always jailed its critics without trial.",
        "Every time the rebels advance, the air force responds by bombing the villages.",
        "Bandits kidnap farmers on the road to Zamfara every week.",
        "Soldiers search the camp every night, its residents say.",
    ],
)
def test_a_habit_is_no_act(nlp: Language, text: str) -> None:
    assert [e for e in events(nlp, text) if e["status"] == "asserted"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The charity says it is delivering flour every month to 20,000 families in Tigray.",
        "Police arrested two protesters every day last week in Minsk.",
    ],
)
def test_acts_each_week_in_the_past_or_under_way_now_are_acts(nlp: Language, text: str) -> None:
    assert events(nlp, text)


def test_what_any_state_that_does_so_does_is_not_asserted(nlp: Language) -> None:
    text = "Moscow cuts gas to any country that refuses to pay in roubles."
    assert all(e["status"] != "asserted" for e in events(nlp, text) if e["event_type"] == "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "The president suspended the ceasefire with the rebels after the ambush.",
        "The militia called off the truce on Sunday.",
    ],
)
def test_ending_a_ceasefire_worsens_relations(nlp: Language, text: str) -> None:
    found = [e for e in events(nlp, text) if e["event_type"] == "SANCTION"]
    assert [e["cameo"] for e in found] == ["160"]


def test_what_a_protest_is_held_to_protest_is_the_same_act(nlp: Language) -> None:
    text = "Thousands of fishermen blocked the port to protest the new quotas."
    assert [e["event_type"] for e in events(nlp, text)] == ["PROTEST"]


def test_what_the_writer_assumes_someone_will_do_is_only_a_guess(nlp: Language) -> None:
    text = "It would be logical to assume that the militia will retaliate against the army."
    found = events(nlp, text)
    assert found and all(e["status"] == "hypothetical" for e in found)


def test_what_someone_was_convicted_of_is_claimed(nlp: Language) -> None:
    text = "The authorities executed a man convicted of killing a police officer during riots."
    (killing,) = [e for e in events(nlp, text) if e["trigger"] == "killing"]
    assert killing["status"] == "claimed"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Armenia says Azerbaijan will attack.", "ASSAULT"),  # foretold by another state
        ("Erdogan said Turkey would attack Kurdish militants in Syria.", "THREATEN"),
    ],
)
def test_a_state_foretelling_another_s_act_is_told_apart_from_a_leaders_threat(
    nlp: Language, text: str, event_type: str
) -> None:
    (event,) = events(nlp, text)
    assert event["event_type"] == event_type


def test_ordering_the_closure_of_a_party_s_offices_is_coercion(nlp: Language) -> None:
    text = "The junta ordered the closure of the offices of the Democratic Party in Bamako."
    (event,) = events(nlp, text)
    assert event["event_type"] == "COERCE"


def test_breaking_up_a_sit_in_is_dispersing_its_people(nlp: Language) -> None:
    text = "Police in Lahore broke up a sit-in by nurses on Friday."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "COERCE"]
    assert words(event["recipients"]) == ["nurses"]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained three more activists, bringing to seven the number arrested.",
        "On Saturday, troops demolished the homes of two men accused of killing a guard.",
    ],
)
def test_a_participle_that_only_describes_people_is_no_act(nlp: Language, text: str) -> None:
    found = events(nlp, text)
    assert found and [e for e in found if e["trigger"] in ("arrested", "accused")] == []


def test_talks_a_go_between_would_host_are_what_is_agreed_not_an_act(nlp: Language) -> None:
    text = "Armenia and Azerbaijan agreed to resume EU-mediated talks in Brussels next month."
    found = events(nlp, text)
    assert [e["event_type"] for e in found] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Training local militias is the excuse the embassy gives for its presence.",
        "Arming the settlers is the answer the minister gives to every attack.",
    ],
)
def test_a_kind_of_act_talked_about_as_a_subject_is_no_act(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_denying_someone_a_victory_is_no_denial(nlp: Language) -> None:
    assert events(nlp, "Washington acted to deny Damascus its victory.") == []
    (denial,) = events(nlp, "The ministry denied any role in the shelling.")
    assert denial["event_type"] == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "The conditions were hard for the government to meet.",
        "The targets set by the lenders are difficult for Cairo to meet, the minister said.",
        "These demands are likely to be challenging for the cabinet to meet.",
    ],
)
def test_demands_hard_to_meet_are_no_meeting(nlp: Language, text: str) -> None:
    assert [e for e in events(nlp, text) if e["event_type"] == "CONSULT"] == []


def test_someone_due_to_meet_someone_still_meets(nlp: Language) -> None:
    (meeting,) = events(nlp, "The envoy is due to meet Sadr on Monday.")
    assert meeting["event_type"] == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "The government released five jailed union leaders after talks with the church.",
        "The governor ordered the release of 40 detained students.",
    ],
)
def test_a_participle_naming_who_people_are_is_no_second_act(nlp: Language, text: str) -> None:
    assert [e["event_type"] for e in events(nlp, text)] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The occupiers keep raiding villages along the river.",
        "Foreign troops continue to shell villages near the border.",
    ],
)
def test_an_act_told_as_going_on_in_the_present_is_a_state_of_affairs(
    nlp: Language, text: str
) -> None:
    assert events(nlp, text) == []


def test_an_act_going_on_today_is_still_told(nlp: Language) -> None:
    (shelling,) = events(nlp, "The army continues to shell the town today, residents said.")
    assert shelling["event_type"] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at the marchers in Quito. Dozens were injured.",
        "A car bomb exploded near a bus station in Mogadishu. Seven people were killed.",
        "Militants ambushed an army convoy near Kidal. Four troops were killed, the army said.",
    ],
)
def test_a_toll_with_no_doer_after_an_attack_is_that_attack(nlp: Language, text: str) -> None:
    assert len([e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]) == 1


def test_a_toll_dated_another_day_is_another_act(nlp: Language) -> None:
    text = "Gunmen attacked a checkpoint on Monday. Two soldiers were killed on Tuesday in Gao."
    assert len([e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The coalition has not confirmed the attack on its base near Hasakah.",
        "The ministry did not confirm that troops had shelled the village.",
    ],
)
def test_an_act_not_confirmed_is_reported_not_denied(nlp: Language, text: str) -> None:
    (act,) = events(nlp, text)
    assert act["status"] == "claimed"
    assert act["claimed_by"] is None


def test_acts_traded_almost_daily_are_a_habit(nlp: Language) -> None:
    text = "The two armies have traded fire almost daily along the Drina since spring."
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Omani foreign minister met Antony Blinken in Muscat. The two sides discussed Yemen.",
        "Scholz spoke by phone with Erdogan on Friday. They discussed the refugee deal.",
        "Biden met Sudani at the White House. The two men met for an hour.",
    ],
)
def test_what_talks_told_before_were_about_is_no_second_meeting(nlp: Language, text: str) -> None:
    assert len([e for e in events(nlp, text) if e["event_type"] == "CONSULT"]) == 1


def test_talks_with_another_party_told_after_a_meeting_are_another_meeting(
    nlp: Language,
) -> None:
    text = "Omani mediators met the Houthi delegation. They also met the Saudi envoy."
    assert len([e for e in events(nlp, text) if e["event_type"] == "CONSULT"]) == 2


def test_the_purpose_of_a_habit_is_a_habit_too(nlp: Language) -> None:
    assert events(nlp, "Armed gangs typically exploit land disputes to recruit young men.") == []


def test_what_another_decided_is_not_undone_by_a_rejection(nlp: Language) -> None:
    found = events(nlp, "Cairo rejected an Ethiopian decision to expel two Egyptian diplomats.")
    assert all(e["status"] != "negated" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck a convoy near Deir ez-Zor on Monday. Six fighters were killed in the attack, a source said.",
        "Sudan accused Ethiopian militias of attacking farmers on Saturday. Khartoum said two farmers were killed.",
    ],
)
def test_a_toll_told_by_a_source_after_an_attack_is_that_attack(nlp: Language, text: str) -> None:
    assert len([e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kadhimi met Erdogan in Ankara and discussed water sharing.",
        "A rocket hit the Victory base on Monday. No one was hurt. Police said the rocket was launched from a farm.",
        "Gunmen killed a judge in Tijuana. It was the latest of dozens of killings this year.",
        # a strike named after the place it was told at
        "Militants shelled a police post in Kirkuk on Friday. Officials said the Kirkuk shelling was a warning.",
        "Rockets struck the Balad air base on Monday.\n\nThe Balad attack caused no damage, the army said.",
        "Kenyan officials met Somali envoys in Nairobi. Security was the focus of both meetings.",
        "Heavy fighting broke out near Goma on Sunday, breaking a truce.",
    ],
)
def test_one_action_told_again_is_one_event(nlp: Language, text: str) -> None:
    found = events(nlp, text)
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on Turkish patrols in Idlib have increased in recent weeks.",
        "Drone strikes on Houthi positions have become routine.",
    ],
)
def test_how_acts_of_a_kind_go_as_a_whole_is_no_act(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_the_frequency_of_attacks_is_no_act(nlp: Language) -> None:
    text = "Officials said the rising number of attacks on aid convoys in Darfur worried donors."
    assert [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"] == []


def test_hitting_back_with_words_is_the_words(nlp: Language) -> None:
    text = "Riyadh criticized the Houthi raids. Sanaa hit back, accusing Riyadh of hypocrisy."
    found = events(nlp, text)
    assert not [e for e in found if e["trigger"] == "hit"]
    assert [e["event_type"] for e in found if e["trigger"] == "accusing"] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The town suffered for years from the menace of Iran backed Kataib Hezbollah.",
        "Turkey funded Ahrar al-Sham still holds the hills near Afrin.",
    ],
)
def test_a_patron_label_written_without_its_hyphen_is_no_act(nlp: Language, text: str) -> None:
    assert [e for e in events(nlp, text) if e["event_type"] in ("SUPPORT", "AID")] == []


def test_a_patron_that_backs_someone_in_a_clause_is_an_act(nlp: Language) -> None:
    (event,) = events(nlp, "Iran backed the Houthis in the war.")
    assert event["event_type"] == "SUPPORT"


def test_what_a_force_is_there_for_is_no_fight(nlp: Language) -> None:
    text = "Kenyan troops are in southern Somalia for fighting al-Shabaab."
    assert [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"] == []
    # (what one is praised or arrested for was done)
    text = "The UN praised Kenya for fighting al-Shabaab."
    assert "ASSAULT" in [e["event_type"] for e in events(nlp, text)]


def test_a_stance_told_of_its_holder_in_a_relative_clause_is_no_act(nlp: Language) -> None:
    text = "The Sadrist bloc, which opposes the Turkish bases in Iraq, won 73 seats."
    assert [e for e in events(nlp, text) if e["event_type"] == "REJECT"] == []
    # (one told in the past, on its day, was done)
    text = "The Sadrist bloc, which opposed the Turkish decision on Monday, won 73 seats."
    assert [e["event_type"] for e in events(nlp, text)].count("REJECT") == 1


def test_a_strike_noun_set_beside_the_subject_is_the_strike(nlp: Language) -> None:
    # the parser makes the volley a noun in apposition to the subject's name
    text = (
        "The Revolutionary Guards Corps (IRGC) salvo of 12 missiles struck the Mossad base at 1am."
    )
    assert len([e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A Sudanese delegation arrived in Cairo to discuss easing the Egyptian trade curbs.",
        "Kenya and Somalia discussed lifting sanctions on Somali banks.",
    ],
)
def test_a_gerund_talked_about_is_a_topic(nlp: Language, text: str) -> None:
    assert [e["event_type"] for e in events(nlp, text)] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Troops exchanged fire with rebels near Bunia on Sunday, leaving one soldier wounded.",
        "A drone struck a car near Marib, leaving two people wounded.",
        "The army shelled the village, leaving three civilians injured.",
    ],
)
def test_the_wounded_an_attack_leaves_are_its_toll(nlp: Language, text: str) -> None:
    (attack,) = events(nlp, text)
    assert attack["recipients"]


def test_the_attack_blamed_on_someone_is_the_attack_told_before(nlp: Language) -> None:
    text = "Gunmen killed 14 villagers near Dori on Sunday. The governor blamed the attack on JNIM."
    assert [e["event_type"] for e in events(nlp, text)].count("ASSAULT") == 1


def test_those_a_participle_names_are_people_not_an_act(nlp: Language) -> None:
    assert events(nlp, "Among those released were two journalists.") == []
    # (one told with its doer or its day is an act)
    text = "Those arrested by the police on Monday were released."
    assert "COERCE" in [e["event_type"] for e in events(nlp, text)]


def test_an_act_the_parser_hangs_on_a_clause_of_time_is_no_content_of_it(nlp: Language) -> None:
    text = (
        "The army and the RSF traded artillery fire in Omdurman on Tuesday, a day after "
        "the army declined to send a delegation to talks in Geneva."
    )
    assert "ASSAULT" in [e["event_type"] for e in events(nlp, text)]


def test_talks_a_go_between_mediated_are_the_talks(nlp: Language) -> None:
    text = "Kenya and Somalia ended a round of Turkish-mediated talks in Ankara on Tuesday."
    (talks,) = events(nlp, text)
    assert talks["event_type"] == "CONSULT" and len(talks["actors"]) == 2


def test_an_act_told_as_recurring_is_no_one_act(nlp: Language) -> None:
    text = "This is not the first time Turkish forces come under attack in northern Iraq."
    assert events(nlp, text) == []


def test_the_first_time_told_in_the_past_is_an_act(nlp: Language) -> None:
    text = "It was the first time Turkish forces came under attack in Duhok."
    assert [e["event_type"] for e in events(nlp, text)] == ["ASSAULT"]


def test_what_anyone_expects_someone_to_do_is_no_act(nlp: Language) -> None:
    assert events(nlp, "One almost expects the new prime minister to endorse the deal.") == []
    # (what a party expects another to do is still told as ahead)
    text = "The army expects the rebels to attack the town."
    assert [e["status"] for e in events(nlp, text)] == ["future"]


@pytest.mark.parametrize(
    "text",
    [
        # a condition or a span of time names no act, though the sentence is dated
        "The group said on Monday it would keep up its operations as long as the raids on Idlib continue.",
        "The ministry said on Monday it has sent 40 lorries of aid since the start of the war.",
        # what someone would have to do is no act told
        "The minister said on Monday that peace depends on the rebels' willingness to end the war.",
    ],
)  # fmt: skip
def test_a_noun_only_supposed_or_naming_a_time_is_no_event(nlp: Language, text: str) -> None:
    triggers = [e["trigger_text"] for e in events(nlp, text)]
    assert not any(t.startswith(("raids", "war")) for t in triggers), triggers


def test_people_armed_with_something_are_not_armed_by_anyone(nlp: Language) -> None:
    text = "Villagers armed with machetes chased the raiders away."
    assert not [e for e in events(nlp, text) if e["event_type"] == "AID"]
    text = "Militias armed by Iran attacked the base."
    assert [e for e in events(nlp, text) if e["event_type"] == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        # an accident kills no one on purpose
        "The collapse of a bridge killed nine people on Sunday.",
        # attributes, not acts
        "Protesters backed a march planned by the jailed former mayor's party.",
        "The minister blamed foreign-funded agitators for the riots.",
        # a reporter's boilerplate
        "The ministry did not respond to requests for comment.",
    ],
)
def test_accidents_attributes_and_boilerplate_are_no_events(nlp: Language, text: str) -> None:
    kinds = {(e["event_type"], e["trigger_text"]) for e in events(nlp, text)}
    assert not kinds & {
        ("ASSAULT", "killed"),
        ("COERCE", "jailed"),
        ("AID", "funded"),
        ("REQUEST", "requests"),
    }, kinds


def test_sealing_off_a_city_is_coercion(nlp: Language) -> None:
    text = "Authorities sealed off the capital with shipping containers on Saturday."
    assert [e["event_type"] for e in events(nlp, text)] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Two young men were martyred and three others were injured by occupation fire in "
        "Qabatiya at dawn on Friday.",
        "Two people were killed and five wounded in the shelling on Friday.",
    ],
)
def test_harms_counted_in_joined_passive_clauses_are_one_assault(nlp: Language, text: str) -> None:
    (attack,) = events(nlp, text)
    assert attack["event_type"] == "ASSAULT"
    assert attack["date"] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Georgia suspended EU accession talks on Thursday.",
        "The king called off a summit in Aqaba with the Egyptian president.",
    ],
)
def test_an_act_called_off_is_what_the_calling_off_is_read_for(nlp: Language, text: str) -> None:
    (calling_off,) = events(nlp, text)
    assert calling_off["event_type"] == "SANCTION"
    assert calling_off["location"] is None


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed on Sunday evening after an Israeli drone targeted his car near Bint Jbeil.",
        "A boy was wounded as soldiers fired at the crowd in Hebron on Friday.",
    ],
)
def test_a_harm_told_then_the_deed_that_did_it_is_one_assault(nlp: Language, text: str) -> None:
    (attack,) = events(nlp, text)
    assert attack["actors"] and attack["recipients"] and attack["date"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say the army's shelling of the camp proved that the truce had collapsed.",
        "The crime of kidnapping the two engineers represented a violation of the accord.",
        "Critics say Ankara's bombing of Kurdish villages is aimed at emptying the border.",
        "The two generals were praised for their role in fighting the insurgents.",
        "In addition to the blockade of the port, the coalition closed the airport road.",
    ],
)
def test_an_act_named_only_to_be_judged_is_no_event_of_its_own(nlp: Language, text: str) -> None:
    triggers = [e["trigger_text"] for e in events(nlp, text)]
    assert not any(
        t in ("shelling", "kidnapping", "bombing", "fighting", "blockade") for t in triggers
    ), triggers


def test_a_dated_act_that_shows_something_is_still_told(nlp: Language) -> None:
    assert [
        e["event_type"]
        for e in events(nlp, "The raid on the camp on Monday showed the weakness of the army.")
    ] == ["ASSAULT"]


def test_crews_fighting_a_blaze_fight_no_one(nlp: Language) -> None:
    text = (
        "Fire crews in Tuapse fought through the night to contain a blaze at a refinery "
        "struck by Ukrainian drones."
    )
    assert [e["trigger_text"] for e in events(nlp, text) if e["trigger_text"] == "fought"] == []


def test_all_attacks_of_a_kind_are_no_one_attack(nlp: Language) -> None:
    assert [
        e["event_type"]
        for e in events(nlp, "The envoy urged the army to stop all raids on refugee camps.")
    ] == ["REQUEST"]


def test_all_of_a_counted_few_are_those_acts(nlp: Language) -> None:
    assert [
        e["event_type"] for e in events(nlp, "All three raids killed civilians in Jenin on Monday.")
    ] == ["ASSAULT"]
