"""Events that are not there, and roles read the wrong way round, on sentences written
for these tests: the error classes a hand-judged sample of seed events showed (issue 8,
precision on real articles)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import events, words

pytestmark = pytest.mark.slow


def test_a_strike_owned_and_aimed_elsewhere_is_its_owners(nlp: Language) -> None:
    text = "Macron's first air strike was against rebel positions near the border."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert words(event["actors"]) == ["Macron"]
    assert "Macron" not in words(event["recipients"])


def test_a_speech_named_for_a_resignation_has_the_speaker_as_actor(nlp: Language) -> None:
    text = "Although Sadr has left politics, in his resignation speech he won over his critics."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "resignation"]
    assert event["actors"]


def test_refusing_to_rule_something_out_is_no_refusal(nlp: Language) -> None:
    text = "The senator refused to rule out a future run for the presidency."
    assert [e for e in events(nlp, text) if e["event_type"] == "REJECT"] == []


def test_attacking_what_someone_calls_a_thing_is_criticism(nlp: Language) -> None:
    text = "The senator attacked what she called Russian meddling in the election."
    assert [e["event_type"] for e in events(nlp, text)] == ["ACCUSE"]


def test_what_an_act_is_described_as_is_a_verdict_not_an_act(nlp: Language) -> None:
    text = "Analysts described the plan as returning the country to the era of rationing."
    assert events(nlp, text) == []


def test_any_talks_are_no_particular_talks(nlp: Language) -> None:
    text = "The junta has nothing to offer at the table of any talks with the insurgents."
    assert [e for e in events(nlp, text) if e["event_type"] == "CONSULT"] == []


def test_a_quoted_name_loses_its_quotation_mark(nlp: Language) -> None:
    text = "The court examined the assassination of the “Leaders of Victory” in 2020."
    names = [a["text"] for e in events(nlp, text) for a in e["recipients"]]
    assert names and not any(n.startswith(("“", '"', "”")) for n in names)


def test_who_is_blamed_for_an_attack_is_not_its_victim(nlp: Language) -> None:
    text = "Washington blamed armed factions for the rocket attacks on the base."
    attack = next(e for e in events(nlp, text) if e["event_type"] == "ASSAULT")
    assert "factions" not in " ".join(words(attack["recipients"]))


def test_let_us_is_a_suggestion_not_a_release(nlp: Language) -> None:
    assert events(nlp, "Let’s go back a hundred years to the mandate era.") == []


def test_attacking_a_site_is_not_a_cyber_attack(nlp: Language) -> None:
    (event,) = events(nlp, "Jets attacked a site inside Iraq on Friday.")
    assert event["event_type"] == "ASSAULT"


def test_in_exchange_for_is_a_price_not_a_swap(nlp: Language) -> None:
    assert events(nlp, "The deal was made in exchange for oil and loyalty.") == []


def test_with_force_is_a_manner_not_a_partner(nlp: Language) -> None:
    found = events(nlp, "The occupiers must be kicked out with force.")
    assert all("force" not in words(e["recipients"]) for e in found)


def test_neither_intended_to_violate_is_negated(nlp: Language) -> None:
    text = "The strike was neither intended to violate Iraq's sovereignty nor meant as an insult."
    violation = next(e for e in events(nlp, text) if e["trigger_text"] == "violate")
    assert violation["status"] == "negated"


def test_no_one_killed_is_no_recipient(nlp: Language) -> None:
    found = events(nlp, "No Americans were killed in the alleged attacks.")
    assert all(e["recipients"] == [] for e in found)


def test_no_group_claiming_responsibility_is_no_actor(nlp: Language) -> None:
    text = "There were no reports of any groups claiming responsibility for the attacks."
    assert all(e["actors"] == [] for e in events(nlp, text))


def test_overthrowing_a_ruler_is_a_seizure_of_power(nlp: Language) -> None:
    (event,) = events(nlp, "Army officers overthrew the president in 1999.")
    assert event["event_type"] == "ASSAULT" and event["cameo"] == "190"
    assert event["date"] == "1999-01-01"


def test_banning_protests_is_a_restriction_not_a_complaint(nlp: Language) -> None:
    for verb in ("banned", "forbade"):
        (event,) = events(nlp, f"The regime {verb} protests in the capital.")
        assert (event["event_type"], event["mode"]) == ("COERCE", "restrict")


def test_an_appeal_to_act_keeps_whom_it_addresses(nlp: Language) -> None:
    text = "China urged Washington to lift sanctions."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert words(event["recipients"]) == ["Washington"]


def test_a_deadline_to_withdraw_is_the_threat_s_content(nlp: Language) -> None:
    text = "The commander gave the occupying forces a 6 PM deadline to withdraw from the town."
    found = events(nlp, text)
    assert [e["event_type"] for e in found] == ["THREATEN"]
    assert words(found[0]["actors"]) == ["commander"]


def test_a_passive_criticism_of_an_idea_by_no_one_is_no_event(nlp: Language) -> None:
    assert events(nlp, "The idea has been criticized as it treats voters as a monolith.") == []


def test_not_until_after_means_later_not_never(nlp: Language) -> None:
    text = "The town was not liberated until after the militia joined the battle."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "liberated"]
    assert event["status"] == "asserted"


def test_a_withdrawal_a_pledge_waits_for_is_still_to_come(nlp: Language) -> None:
    text = "The rebels vowed to give up their weapons after the complete withdrawal of US forces."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "withdrawal"]
    assert event["status"] == "future"


def test_what_a_possible_help_would_bring_about_is_hypothetical(nlp: Language) -> None:
    text = "They met to decide how they would help the Kurds defeat the militants."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "defeat"]
    assert event["status"] == "hypothetical"


def test_what_help_brought_about_happened(nlp: Language) -> None:
    (event,) = events(nlp, "The jets helped the Kurds defeat the militants in Kobani.")
    assert event["status"] == "asserted"


def test_talks_held_to_discuss_something_are_one_meeting(nlp: Language) -> None:
    text = "The Greek minister held talks with his Turkish counterpart to discuss the dispute."
    (event,) = events(nlp, text)
    assert event["event_type"] == "CONSULT"


def test_what_is_discussed_in_a_country_does_not_reach_it(nlp: Language) -> None:
    text = "The two foreign ministers discussed the Iranian presence in Syria on Monday."
    (event,) = events(nlp, text)
    assert event["recipients"] == []


def test_giving_weight_or_primacy_to_an_idea_is_no_aid(nlp: Language) -> None:
    text = "The cleric urged the parties to give primacy to reason over confrontation."
    assert [e["event_type"] for e in events(nlp, text)] == ["REQUEST"]
    assert events(nlp, "The minister gave weight to the proposal.") == []
    (event,) = events(nlp, "The donors gave food and blankets to the villagers.")
    assert event["event_type"] == "AID"


def test_in_what_officials_called_an_attack_names_the_act_told(nlp: Language) -> None:
    text = "Two soldiers were killed in what the army called a terrorist attack."
    (event,) = events(nlp, text)
    assert event["event_type"] == "ASSAULT"
    assert words(event["recipients"]) == ["soldiers"]
    text = (
        "The ministry's websites went down on 14 March in what officials claim is the "
        "largest cyber attack in the country's history."
    )
    doc = nlp.make_doc(text)
    doc._.published = "2022-03-20"
    (event,) = nlp(doc)._.events
    assert (event["event_type"], event["date"]) == ("COERCE", "2022-03-14")


def test_calling_someone_a_name_is_no_phone_call(nlp: Language) -> None:
    text = "Trump on Tuesday called Britain's ambassador to the United States a very stupid guy."
    assert all(e["event_type"] != "CONSULT" for e in events(nlp, text))
    (event,) = events(nlp, "The president called his Turkish counterpart on Monday.")
    assert event["event_type"] == "CONSULT"


def test_what_someone_dubs_an_act_is_a_name(nlp: Language) -> None:
    text = "The strategy is what the president dubbed defending and strengthening democracy."
    assert events(nlp, text) == []


def test_people_sent_somewhere_are_no_aid(nlp: Language) -> None:
    text = "The recruits were sent to the base near the border, where they were trained."
    assert all(e["event_type"] != "AID" for e in events(nlp, text))
    text = "These individuals were sent to the camp, where they underwent special training."
    assert all(e["event_type"] != "AID" for e in events(nlp, text))
    (event,) = events(nlp, "Egypt sent food to Sudan.")
    assert event["event_type"] == "AID"


def test_opening_the_door_to_something_is_a_figure_of_speech(nlp: Language) -> None:
    assert events(nlp, "The invasion opened the door to years of chaos in the region.") == []


def test_a_standing_condition_under_sanctions_is_no_act(nlp: Language) -> None:
    text = "Both exchanges are subject to US sanctions and trade only in yuan."
    assert [e for e in events(nlp, text) if e["event_type"] == "SANCTION"] == []


@pytest.mark.parametrize(
    "text",
    [
        "In all their meetings with the envoys, the ministers pressed for a truce.",
        "The other raids on the border posts had failed to dislodge the rebels.",
        "Every attack on the pipeline costs the treasury millions.",
        "That was one more reason for Ankara to back the rebels.",
    ],
)
def test_acts_of_any_occasion_or_only_motives_are_no_event(nlp: Language, text: str) -> None:
    triggers = {e["trigger_text"] for e in events(nlp, text)}
    assert not triggers & {"meetings", "raids", "attack", "back"}


def test_a_habit_is_no_event(nlp: Language) -> None:
    assert events(nlp, "The commander used to visit the front lines every week.") == []


def test_what_something_was_used_to_do_is_still_an_act(nlp: Language) -> None:
    found = events(nlp, "The army used drones to attack the rebel camp on Monday.")
    assert any(e["event_type"] == "ASSAULT" for e in found)


def test_what_a_rejected_call_asks_for_is_no_event(nlp: Language) -> None:
    text = "The premier on Friday rejected calls by the unions to resign."
    assert [e["event_type"] for e in events(nlp, text)] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The posts on the border are exposed to Turkish raids from time to time.",
        "The air force has regularly bombed militia positions near the border.",
        "Police have routinely arrested opposition activists.",
    ],
)
def test_acts_told_as_habits_are_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_a_deed_done_repeatedly_on_one_day_is_still_one(nlp: Language) -> None:
    assert events(nlp, "Jets struck the camp repeatedly on Monday.") != []


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # what protesters do together is one protest
        ("Protesters blocked roads and burned tyres in Kisumu on Monday.", "PROTEST", 1),
        # a walkout done in protest is that protest
        ("Opposition deputies walked out of parliament on Tuesday in protest at the ruling.", "PROTEST", 1),
        # a call in which the two discussed something is that call
        (
            "The premier received a phone call from the emir on Sunday in which the two "
            "discussed the floods.",
            "CONSULT",
            1,
        ),
    ],
)  # fmt: skip
def test_one_action_told_twice_is_one_event(
    nlp: Language, text: str, event_type: str, count: int
) -> None:
    found = [e for e in events(nlp, text) if e["event_type"] == event_type]
    assert len(found) == count, [e["trigger_text"] for e in found]


def test_a_deed_on_something_done_in_protest_keeps_its_type(nlp: Language) -> None:
    text = "The Commission suspended aid to Kabul in protest at the arrests of aid workers."
    types = {e["event_type"] for e in events(nlp, text) if "suspended" in e["trigger_text"]}
    assert types == {"SANCTION"}


def test_the_wounded_an_attack_leaves_are_its_toll_however_parsed(nlp: Language) -> None:
    text = "Gunmen attacked a checkpoint near Gao, leaving two soldiers wounded."
    found = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert len(found) == 1
    assert [r["name"] for r in found[0]["recipients"]] == ["soldiers"]


def test_a_second_state_an_attack_leaves_is_its_toll_too(nlp: Language) -> None:
    text = "Police shot at the crowd in Nairobi, leaving two people dead and 30 wounded."
    found = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert len(found) == 1


def test_those_left_detained_were_detained_by_whoever_left_them(nlp: Language) -> None:
    text = "Police cleared the main highways, leaving dozens detained."
    (arrest,) = [e for e in events(nlp, text) if e["event_type"] == "COERCE"]
    assert words(arrest["actors"]) == ["Police"] and words(arrest["recipients"]) == ["dozens"]
