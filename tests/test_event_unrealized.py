"""An event's status in conditions and frames (issue 8, precision on real articles): an
act a sentence only considers, seeks, plans, finds likely, sets as a goal or as a
condition is not asserted; an act told as a reason, a time or a fact stays asserted.
One rule per test, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow


def _events(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = "2023-03-10"
    return list(nlp(doc)._.events)


def status_of(nlp: Language, text: str, trigger: str) -> str:
    everything = _events(nlp, text)
    found = [e for e in everything if e["trigger"] == trigger]
    assert found, [(e["trigger"], e["status"]) for e in everything]
    return str(found[0]["status"])


# --------------------------------------------------------------- acts told as facts


def test_a_clause_before_a_colon_is_not_what_the_next_verb_fears(nlp: Language) -> None:
    text = (
        "The minister's early resignation had been a wise step to keep his party "
        "together: he feared the deputies would split."
    )
    assert status_of(nlp, text, "resignation") == "asserted"


def test_the_reason_for_a_possibility_is_real(nlp: Language) -> None:
    text = (
        "The report says the two militias are close, which may well be right because "
        "the fighters have cooperated for years in the war against the rebels."
    )
    assert status_of(nlp, text, "cooperated") != "hypothetical"


def test_the_years_when_something_happened_are_not_under_a_modal(nlp: Language) -> None:
    text = (
        "In 2009 and 2016, both years when the army launched offensives against the "
        "rebels, no decisive victory could be won."
    )
    assert status_of(nlp, text, "offensives") == "asserted"


def test_a_clause_before_a_verb_of_failing_is_not_cancelled(nlp: Language) -> None:
    text = (
        "The Cairo summit opened a new era of trade cooperation between Egypt and "
        "Jordan and may lead to more, should the talks in Geneva fail."
    )
    assert status_of(nlp, text, "cooperation") != "negated"


def test_a_finite_verb_joined_to_an_infinitive_is_told(nlp: Language) -> None:
    text = (
        "Kuwait gave the Lebanese ambassador two days to leave the country and "
        "recalled its own envoy from Beirut."
    )
    assert status_of(nlp, text, "recalled") == "asserted"


def test_a_purpose_is_a_function_of_an_institution_not_a_plan(nlp: Language) -> None:
    text = "Turkey used the camp as a base to launch an offensive on the town in 2016."
    assert status_of(nlp, text, "offensive") == "asserted"


def test_a_reason_for_an_act_tells_no_act(nlp: Language) -> None:
    # A motive is no occasion: the support it explains is a standing policy, told
    # nowhere as an act with a time (it was read as an asserted act before).
    text = "The oil deal was one more reason for Ankara to support the Kurdish party."
    assert [e for e in _events(nlp, text) if e["trigger"] == "support"] == []


# --------------------------------------------------------- purposes, aims and plans


def test_in_order_to_is_a_purpose(nlp: Language) -> None:
    text = (
        "The army tried to lure the fighters into the valley in order to shell them, "
        "but the plan failed."
    )
    assert status_of(nlp, text, "shell") == "future"


def test_the_purpose_of_a_law_is_ahead(nlp: Language) -> None:
    text = "Parliament passed a law last year to expel the foreign troops from the country."
    assert status_of(nlp, text, "expel") == "future"


def test_what_a_campaign_is_to_do_is_ahead(nlp: Language) -> None:
    text = "Hamas announced a campaign to free the prisoners."
    assert status_of(nlp, text, "free") == "future"


def test_the_aim_of_an_act_is_no_act_done(nlp: Language) -> None:
    # (an aim is neither reported as done nor as an act ahead: it is what an act was for)
    text = "The alliance was formed in 2015 with the aim of overthrowing the government."
    assert [e for e in _events(nlp, text) if e["trigger"] == "overthrowing"] == []


def test_the_objective_is_no_act_done(nlp: Language) -> None:
    text = "The declared objective of the blockade is to exert pressure on the government."
    assert [e for e in _events(nlp, text) if e["trigger"] == "pressure"] == []


def test_what_is_pursued_is_asked_for_ahead(nlp: Language) -> None:
    # (pursuing a withdrawal is asking for it: the withdrawal is its content, no event)
    text = (
        "The spokesman said the president would pursue the withdrawal of American troops from Iraq."
    )
    assert [(e["event_type"], e["status"]) for e in _events(nlp, text)] == [("REQUEST", "future")]


def test_an_upcoming_visit_is_ahead(nlp: Language) -> None:
    text = "During his upcoming visit to Cairo, the king will discuss trade."
    assert status_of(nlp, text, "visit") == "future"


def test_a_possible_strike_is_hypothetical(nlp: Language) -> None:
    text = "Officials say a possible Israeli strike on Iranian nuclear sites worries the Gulf."
    assert status_of(nlp, text, "strike") == "hypothetical"


def test_what_someone_is_expected_to_do_is_ahead(nlp: Language) -> None:
    text = "Diplomats expect Germany to provide an endorsement of the treaty."
    assert status_of(nlp, text, "endorsement") == "future"


def test_due_to_visit_is_ahead(nlp: Language) -> None:
    text = "The Iraqi prime minister is due to visit Ankara next week."
    assert status_of(nlp, text, "visit") == "future"


# ------------------------------------------------- considered, demanded, likely, able


def test_what_is_contemplated_is_hypothetical(nlp: Language) -> None:
    text = "Last week the lawmakers were contemplating the arrest of the former governor."
    assert status_of(nlp, text, "arrest") == "hypothetical"


def test_discussing_a_gerund_is_not_doing_it(nlp: Language) -> None:
    # (a topic of the talks: no act at all, not even an unrealized one)
    text = "The delegation flew to Paris to discuss easing the sanctions on the bank."
    assert [e["trigger"] for e in _events(nlp, text)] == ["flew"]


def test_calling_for_a_gerund_is_a_demand(nlp: Language) -> None:
    # the act asked for is the demand's content, as "called for the punishment of …"
    # would be, and not an event of its own (not even a hypothetical one)
    text = "The president called for punishing the officers who ordered the raid."
    found = {e["trigger"]: e for e in _events(nlp, text)}
    assert "punishing" not in found
    assert found["called"]["event_type"] == "REQUEST"
    assert [r["text"] for r in found["called"]["recipients"]] == ["officers"]


def test_what_is_hard_for_someone_to_do_is_hypothetical(nlp: Language) -> None:
    text = "These terms will be difficult for Lebanon to accept."
    assert status_of(nlp, text, "accept") == "hypothetical"


def test_what_is_likely_to_happen_is_hypothetical(nlp: Language) -> None:
    text = "The militia is likely to attack the convoy."
    assert status_of(nlp, text, "attack") == "hypothetical"


def test_a_capacity_to_act_is_no_act(nlp: Language) -> None:
    # (defending airspace is no event since 2026-12-05; a strike capacity tells the same)
    text = "The guards are expanding their capabilities to strike the rebel bases."
    assert status_of(nlp, text, "strike") == "hypothetical"


def test_a_norm_for_someone_to_act_is_no_report(nlp: Language) -> None:
    text = "For decades it has been a ritual for new governments to bomb the border villages."
    assert status_of(nlp, text, "bomb") == "hypothetical"


def test_a_gerund_subject_of_a_modal_is_no_reported_act(nlp: Language) -> None:
    text = "Fighting the rebels in the north could serve to strengthen the army."
    # (a kind of doing no one does: hypothetical at most, no event at all now)
    assert all(e["status"] == "hypothetical" for e in _events(nlp, text))


def test_a_rule_about_everyone_is_no_report(nlp: Language) -> None:
    text = "Everyone who criticizes the palace is “foreign funded”."
    # (told of no one in particular: hypothetical, or no event at all)
    assert all(
        e["status"] == "hypothetical" for e in _events(nlp, text) if e["trigger"] == "funded"
    )


# ----------------------------------------------------------- conditions and claims


def test_a_list_after_a_fronted_whether_is_inside_the_condition(nlp: Language) -> None:
    text = (
        "Whether it is a Hamas attack on a checkpoint, a Hezbollah attack on a patrol or "
        "a rocket attack on a base, the government always blames Iran."
    )
    events = [e for e in _events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert events and all(e["status"] == "hypothetical" for e in events)


def test_a_main_clause_bound_to_an_if_clause_is_hypothetical(nlp: Language) -> None:
    text = "If the truce collapses, Jordan will ask the Security Council for an emergency session."
    assert status_of(nlp, text, "ask") == "hypothetical"


def test_the_content_of_accusations_is_claimed(nlp: Language) -> None:
    text = "The contractors have faced accusations of collaborating with the smugglers."
    assert status_of(nlp, text, "collaborating") == "claimed"


def test_what_a_purpose_acts_on_is_there_already(nlp: Language) -> None:
    text = "To conclude the battle of Falluja, the Iraqi army stormed the old city."
    assert status_of(nlp, text, "battle") == "asserted"


def test_what_is_permitted_may_or_may_not_be_done(nlp: Language) -> None:
    text = "The new decree permits talks between Hamas and Fatah."
    assert status_of(nlp, text, "talks") == "hypothetical"


def test_the_main_verb_of_a_yes_no_question_is_asked_about(nlp: Language) -> None:
    text = "Did the Turkish army shell the Kurdish villages near the border?"
    assert status_of(nlp, text, "shell") == "hypothetical"


def test_a_feared_act_is_hypothetical(nlp: Language) -> None:
    text = "Lebanon fears an Israeli invasion of the south."
    assert status_of(nlp, text, "invasion") == "hypothetical"


def test_what_the_speakers_own_phrase_tells_is_not_their_claim(nlp: Language) -> None:
    # (a stance in the present, "which opposes …", is no act at all: see test_event_non_acts)
    text = "The Kurdish party, which condemned the Turkish offensive, said the talks had failed."
    found = {e["trigger"]: e for e in _events(nlp, text)}
    assert found["condemned"]["status"] == "asserted"
    assert found["condemned"]["claimed_by"] is None
    assert found["talks"]["status"] == "claimed"


def test_what_someone_is_to_do_is_ahead(nlp: Language) -> None:
    text = "The Iraqi foreign minister is to visit Ankara on Monday."
    assert status_of(nlp, text, "visit") == "future"


def test_a_pretext_is_a_claim(nlp: Language) -> None:
    text = "Russia entered Syria in 2015 under the pretext of fighting ISIS."
    assert status_of(nlp, text, "fighting") == "claimed"


def test_a_sentence_before_a_semicolon_is_not_what_the_next_one_reports(nlp: Language) -> None:
    text = (
        "Rockets struck the suburbs of Aleppo on Tuesday; the opposition said the army fired them."
    )
    assert status_of(nlp, text, "struck") == "asserted"


def test_what_is_told_beside_a_saying_is_not_its_content(nlp: Language) -> None:
    text = (
        "Moqtada al-Sadr told his supporters to leave the parliament, and they began to withdraw."
    )
    assert status_of(nlp, text, "withdraw") == "asserted"


def test_a_clause_of_time_after_an_act_sets_it_as_given(nlp: Language) -> None:
    text = (
        "The Kurdish leader announced his resignation on Monday, hours after the "
        "president criticized him."
    )
    assert status_of(nlp, text, "criticized") == "asserted"


def test_without_doing_it_is_not_done(nlp: Language) -> None:
    text = "Hamas negotiators left Cairo on Thursday without reaching a deal with Israel."
    assert status_of(nlp, text, "deal") == "negated"


def test_a_decision_announced_by_its_taker_is_done(nlp: Language) -> None:
    text = "Hezbollah announced on Sunday that it was suspending its attacks on Israeli positions."
    assert status_of(nlp, text, "suspending") == "asserted"


def test_a_permission_granted_in_the_past_let_it_happen(nlp: Language) -> None:
    assert (
        status_of(nlp, "In 1991 Turkey allowed American troops to deploy at Incirlik.", "deploy")
        == "asserted"
    )
    text = "Turkey does not allow American troops to deploy at Incirlik."
    assert status_of(nlp, text, "deploy") == "hypothetical"


def test_what_can_be_seen_is_there(nlp: Language) -> None:
    text = (
        "This can be seen in Yemen as well, where Saudi militias are acting as proxies "
        "for Riyadh, occupying the ports and helping Saudi forces in the blockade of the coast."
    )
    assert status_of(nlp, text, "blockade") == "asserted"


def test_a_verdict_in_the_conditional_is_on_a_possible_act(nlp: Language) -> None:
    text = "Experts said an Israeli strike on the port would be a clear breach of the truce."
    assert status_of(nlp, text, "strike") == "hypothetical"


def test_a_deed_done_to_retaliate_is_the_retaliation(nlp: Language) -> None:
    text = "Iranian drones struck the base in Erbil in order to retaliate for the killing of two officers."
    assert status_of(nlp, text, "retaliate") == "asserted"


def test_a_doing_that_did_not_stop_went_on(nlp: Language) -> None:
    text = "The rebels never stopped shelling the northern villages."
    assert status_of(nlp, text, "shelling") == "asserted"
    text = "The envoy did not stop making threats of retaliation."
    assert status_of(nlp, text, "threats") == "asserted"


def test_what_evidence_does_not_show_is_negated(nlp: Language) -> None:
    text = "The leaked photographs did not show prisoners tortured by the guards."
    assert status_of(nlp, text, "tortured") == "negated"
    text = "The inquiry did not prove that the militia had attacked the convoy."
    assert status_of(nlp, text, "attacked") == "negated"


def test_an_act_in_a_time_clause_under_a_future_is_ahead(nlp: Language) -> None:
    text = "The plan will be announced on Monday after the king meets the envoy in Amman."
    assert status_of(nlp, text, "meets") == "future"
    text = "The ministers signed the deal after they met in Doha."
    assert status_of(nlp, text, "met") == "asserted"


def test_why_not_suggests_an_act_it_does_not_deny_it(nlp: Language) -> None:
    text = "Some ask why not simply make peace with the rebels and end the war?"
    assert status_of(nlp, text, "peace") == "hypothetical"
    assert status_of(nlp, "Why did the army not withdraw from the city?", "withdraw") == ("negated")


def test_an_act_done_whenever_or_wherever_is_no_single_act(nlp: Language) -> None:
    text = "The militia attacks the convoys whenever they enter the province."
    assert status_of(nlp, text, "attacks") == "hypothetical"
    text = "The militia attacked the convoy when it entered the province."
    assert status_of(nlp, text, "attacked") == "asserted"


def test_a_with_aside_is_not_what_the_verb_above_reports(nlp: Language) -> None:
    text = (
        "Neither Ankara nor Tehran believed the official story, with the latter accusing "
        "the US of using it as a pretext."
    )
    assert status_of(nlp, text, "accusing") == "asserted"


def test_a_negation_inside_a_condition_is_no_denial(nlp: Language) -> None:
    text = "If the talks fail and Ankara does not lift its tariffs, a crisis could follow."
    assert status_of(nlp, text, "lift") == "hypothetical"
    assert status_of(nlp, "Ankara did not lift its tariffs.", "lift") == "negated"


def test_no_request_but_one_is_a_request(nlp: Language) -> None:
    text = "We have no request but this from the government, the spokesman said."
    assert status_of(nlp, text, "request") != "negated"


def test_saying_someone_should_be_something_is_no_demand(nlp: Language) -> None:
    text = "The minister replied, saying Lavrov should be the last man to lecture Poland."
    doc = nlp(text)
    assert all(e["event_type"] != "REQUEST" for e in doc._.events)


def test_what_someone_denies_a_part_in_happened(nlp: Language) -> None:
    text = (
        "The faction issued a statement denying that it had anything to do with the mortar "
        "strikes on Turkish bases."
    )
    assert status_of(nlp, text, "strikes") == "asserted"


def test_an_intent_that_only_could_be_is_hypothetical(nlp: Language) -> None:
    text = "Backing secession is one more way that Moscow could try to attack the bloc."
    doc = nlp(text)
    (event,) = doc._.events
    assert event["status"] == "hypothetical"


def test_what_we_should_do_is_no_demand_of_anyone(nlp: Language) -> None:
    text = (
        "“The censors can block the channels, but we should make use of the "
        "platforms,” Hassan Nasrallah said."
    )
    assert [e["event_type"] for e in nlp(text)._.events] == []


def test_what_we_have_to_do_is_no_demand_of_anyone(nlp: Language) -> None:
    text = "“We have to work on two parallel tracks at once,” Hassan Nasrallah said."
    assert [e["event_type"] for e in nlp(text)._.events] == []


def test_an_act_someone_is_allegedly_involved_in_happened(nlp: Language) -> None:
    text = (
        "Lawmakers were weighing his arrest for allegedly being involved in the "
        "assassination of the general by a foreign drone in 2020."
    )
    assert status_of(nlp, text, "assassination") == "asserted"


def test_an_act_said_to_be_a_must_has_not_happened(nlp: Language) -> None:
    text = "He added that the withdrawal of foreign troops from Iraq was non-negotiable."
    assert status_of(nlp, text, "withdrawal") == "hypothetical"
    text = "The withdrawal of the troops from Iraq was complete."
    assert status_of(nlp, text, "withdrawal") == "asserted"


def test_an_act_named_by_a_gerund_subject_is_a_kind_of_act(nlp: Language) -> None:
    text = "Attacking civilians is a war crime."
    assert all(e["status"] == "hypothetical" for e in _events(nlp, text))
    text = "The militia, attacking the convoy at dawn, killed ten soldiers."
    assert status_of(nlp, text, "killed") == "asserted"


def test_what_a_launchpad_is_for_has_not_happened(nlp: Language) -> None:
    text = "He warned against turning Iraq into a launchpad for attacks on its neighbours."
    assert status_of(nlp, text, "attacks") == "hypothetical"


def test_a_speakers_own_act_before_the_saying_is_not_claimed(nlp: Language) -> None:
    text = "Urging the media to share their expertise, the cleric explained that the enemy bans channels."
    assert status_of(nlp, text, "Urging") == "asserted"


def test_what_the_fear_is_of_has_not_happened(nlp: Language) -> None:
    text = "They spoke of the fear being blacklisted by the US while the country collapses."
    assert status_of(nlp, text, "blacklisted") == "hypothetical"


def test_a_claim_told_inside_a_quote_is_the_claimers(nlp: Language) -> None:
    text = (
        "Al Mayadeen: There are those who claim that Soleimani fought beside the US army in "
        "Tikrit, with American jets providing air cover."
    )
    found = _events(nlp, text)
    assert found and all(e["status"] == "claimed" for e in found)
    assert all(e["claimed_by"] is None for e in found)  # "those who claim", not the host


def test_what_happens_in_a_scenario_is_no_threat(nlp: Language) -> None:
    text = (
        "The analyst said Washington must choose between a deal or a war scenario in which "
        "Hezbollah will openly target Israel."
    )
    (event,) = [e for e in _events(nlp, text) if "target" in e["trigger_text"]]
    assert (event["event_type"], event["status"]) == ("ASSAULT", "hypothetical")


def test_what_a_planned_atrocity_includes_is_planned_too(nlp: Language) -> None:
    text = "They were sent to Libya to commit atrocities that include attacks on civilians."
    assert status_of(nlp, text, "attacks") == "future"
    text = "The group carried out atrocities that included attacks on civilians in 2015."
    assert status_of(nlp, text, "attacks") == "asserted"


def test_a_cause_named_under_a_modal_is_given(nlp: Language) -> None:
    text = "The attacks may be a result of the alleged sabotage at a plant near Qom in May."
    assert status_of(nlp, text, "sabotage") == "claimed"
    text = "The attacks may be a result of the sabotage at a plant near Qom in May."
    assert status_of(nlp, text, "sabotage") == "asserted"
    assert status_of(nlp, text, "attacks") == "asserted"


def test_the_topic_of_a_concern_is_not_claimed(nlp: Language) -> None:
    text = "Doctors had expressed concern about the Pope's trip to Iraq in March."
    assert status_of(nlp, text, "trip") == "asserted"


def test_an_act_drawn_in_a_cartoon_did_not_happen(nlp: Language) -> None:
    text = (
        "The statement came with a cartoon of the party leader. It also depicted the "
        "commander ordering his fighters to smash the crows."
    )
    assert status_of(nlp, text, "ordering") == "hypothetical"
    text = "A video showed soldiers beating a man in Hebron on Monday."
    assert status_of(nlp, text, "beating") != "hypothetical"


def test_what_a_vetoed_resolution_would_do_is_not_done(nlp: Language) -> None:
    text = "Russia vetoed a council resolution condemning the invasion on Friday."
    assert status_of(nlp, text, "condemning") == "hypothetical"
    condemning = next(e for e in _events(nlp, text) if e["trigger"] == "condemning")
    assert "Russia" not in [a["name"] for a in condemning["actors"]]


def test_what_a_purpose_helps_along_is_still_ahead(nlp: Language) -> None:
    text = "The envoy arrived in Doha to help the two parties sign a truce."
    assert status_of(nlp, text, "sign") == "future"
    text = "The bloc launched an initiative to help Sudan and Chad sign a border deal."
    assert status_of(nlp, text, "sign") == "future"
    # help given in the past helped it happen
    text = "The envoy helped the two parties sign a truce in May."
    assert status_of(nlp, text, "sign") == "asserted"


def test_the_options_of_a_choice_are_only_weighed(nlp: Language) -> None:
    text = "The cabinet now has to choose between committing to a truce and a long war."
    assert status_of(nlp, text, "committing") == "hypothetical"
    text = "The government chose to commit to a truce with the rebels."
    assert status_of(nlp, text, "commit") != "hypothetical"


def test_a_present_tense_in_an_account_of_a_picture_is_its_scene(nlp: Language) -> None:
    text = (
        "The post was accompanied by a cartoon showing the party leader, with two birds "
        "sitting on his head, while he invites the minister to a meeting."
    )
    assert status_of(nlp, text, "invites") == "hypothetical"


def test_what_ought_to_be_done_is_not_done(nlp: Language) -> None:
    text = "So this proposal ought to be accepted and appreciated by every nation in the area."
    assert status_of(nlp, text, "appreciated") == "hypothetical"


def test_what_claims_are_about_is_claimed(nlp: Language) -> None:
    text = "Phony US claims about military operations against the rebels divert attention."
    assert status_of(nlp, text, "operations") == "claimed"


def test_words_not_yet_said_tell_of_nothing_done(nlp: Language) -> None:
    text = (
        "The colonel went on: “Soon official statements will come out saying: ‘we are "
        "the ones who shelled you’.”"
    )
    shelled = [e for e in _events(nlp, text) if e["trigger"] == "shelled"]
    assert all(e["status"] == "hypothetical" for e in shelled)  # or no event at all


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran said the talks were constructive.", "talks"),
        (
            "The minister affirmed that his visit to Baghdad comes within the framework of closer ties.",
            "visit",
        ),
        ("“The raid on the depot was a mistake,” the general said.", "raid"),
    ],
)
def test_a_deed_what_is_said_is_about_was_done(nlp: Language, text: str, trigger: str) -> None:
    assert status_of(nlp, text, trigger) == "asserted"


def test_a_deed_told_is_still_claimed(nlp: Language) -> None:
    assert status_of(nlp, "Officials said the attack killed three soldiers.", "attack") == "claimed"
    text = "Officials said an attack on the base was the reason."
    assert status_of(nlp, text, "attack") == "claimed"


def test_a_deed_beside_a_verb_that_reports_no_clause_is_not_reported(nlp: Language) -> None:
    text = "The army revealed its new drones on Monday, striking rebel positions across the valley."
    assert status_of(nlp, text, "striking") == "asserted"
    text = "He confirmed the news, saying the militia had attacked the base."
    assert status_of(nlp, text, "attacked") == "claimed"


def test_what_someone_knows_or_is_aware_of_is_no_claim(nlp: Language) -> None:
    text = "Washington, well aware that parliament had voted to expel US forces, sought new reasons to stay."
    assert status_of(nlp, text, "voted") == "asserted"
    text = "Washington says that parliament had voted to expel US forces."
    assert status_of(nlp, text, "voted") == "claimed"


def test_a_meeting_called_to_be_arranged_is_yet_to_be_held(nlp: Language) -> None:
    text = "The envoy phoned the minister to arrange a meeting with the president."
    assert status_of(nlp, text, "meeting") == "future"
    text = "The envoy visited Cairo to arrange talks with Hamas."
    assert status_of(nlp, text, "talks") == "future"
    # talk one goes somewhere to hold is held there
    text = "The envoy visited Cairo to hold talks with Hamas."
    assert status_of(nlp, text, "talks") == "asserted"


def test_the_deed_a_reported_retaliation_answers_is_no_ones_claim(nlp: Language) -> None:
    text = "Iran said it struck the base in retaliation for the assassination of the general."
    assert status_of(nlp, text, "assassination") == "asserted"
    assert status_of(nlp, text, "struck") == "claimed"
    # an undetermined deed answered stays the speaker's account
    text = "The militia said it shelled the camp in revenge for Israeli raids."
    assert status_of(nlp, text, "raids") == "claimed"


def test_a_reason_clause_opened_by_as_stands_outside_the_modal(nlp: Language) -> None:
    text = (
        "We can expect a heated summer for the occupation forces, as from the Iranian "
        "point of view, the negotiations for the American withdrawal are not open-ended."
    )
    assert status_of(nlp, text, "negotiations") == "asserted"


def test_what_is_described_as_something_is_given_not_told(nlp: Language) -> None:
    text = "Iran has described the missile attack on the base as a first slap."
    assert status_of(nlp, text, "attack") == "asserted"
    # what is described as happening is told
    assert status_of(nlp, "Iran described how the militia attacked the base.", "attacked") == (
        "claimed"
    )


def test_the_deed_a_report_is_about_is_given(nlp: Language) -> None:
    text = "Egypt says that it told Israel about the attack on the Rafah crossing."
    assert status_of(nlp, text, "attack") == "asserted"
    text = (
        "He stressed that the judiciary must shed light on all circumstances surrounding "
        "the US assassination."
    )
    assert status_of(nlp, text, "assassination") == "asserted"
    # a deed told inside the report stays the speaker's
    assert status_of(nlp, "Israel says that it attacked the Natanz plant.", "attacked") == (
        "claimed"
    )


def test_the_means_of_a_deed_a_retaliation_answers_is_given_too(nlp: Language) -> None:
    text = (
        "The source noted that the strike was not in retaliation for Israel's killing of "
        "two officers in an airstrike near Damascus on 8 March."
    )
    assert status_of(nlp, text, "airstrike") == "asserted"


def test_a_definite_act_a_report_only_says_what_it_was_is_given(nlp: Language) -> None:
    text = "The colonel stressed that Iran’s missile strikes on the bases were a slap in the face."
    assert status_of(nlp, text, "strikes") == "asserted"
    # an indefinite act said to be something is still the speaker's
    text = "The minister said an attack on the convoy was a possibility."
    assert status_of(nlp, text, "attack") != "asserted"


def test_unnamed_people_who_report_an_act_are_who_claims_it(nlp: Language) -> None:
    (event,) = _events(nlp, "Turkey shelled the village, Syrian officials said.")
    assert event["status"] == "claimed"
    assert (event["claimed_by"]["text"], event["claimed_by"]["country"]) == (
        "Syrian officials",
        "SYR",
    )
    # a source is named by its words, not by the name said to be near it
    (event,) = _events(nlp, "Turkey shelled the village, a source close to Erdogan said.")
    assert event["claimed_by"]["name"] == "a source close to Erdogan"
    assert event["claimed_by"]["id"] != "recep-tayyip-erdogan"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chad no longer sends troops to Mali.", "sends"),
        ("Neither Niger nor Benin sent troops to Mali.", "sent"),
        ("Norway has yet to impose sanctions on Iran.", "sanctions"),
        ("The cabinet said it had no plans to expel the Cuban ambassador.", "expel"),
        ("Peru abandoned plans to invade Bolivia.", "invade"),
    ],
)
def test_negations_not_written_with_not(nlp: Language, text: str, trigger: str) -> None:
    assert status_of(nlp, text, trigger) == "negated"


def test_a_plan_s_holder_would_do_its_act(nlp: Language) -> None:
    (event,) = _events(nlp, "Peru abandoned plans to invade Bolivia.")
    assert [a["name"] for a in event["actors"]] == ["Peru"]


def test_responsibility_no_one_claims_leaves_the_act_given_and_unattributed(
    nlp: Language,
) -> None:
    for text in (
        "No group has claimed responsibility for the bombing in Quetta.",
        "Nobody claimed responsibility for the bombing of the bridge.",
    ):
        (event,) = _events(nlp, text)
        assert (event["status"], event["actors"], event["claimed_by"]) == (
            "asserted",
            [],
            None,
        ), text
    (event,) = _events(nlp, "Al-Shabaab claimed responsibility for kidnapping ten teachers.")
    assert [a["name"] for a in event["actors"]] == ["Al-Shabaab"]


def test_another_state_foretelling_an_act_makes_no_threat_of_it(nlp: Language) -> None:
    (event,) = _events(nlp, "Georgia says Russia will attack again.")
    assert (event["event_type"], event["status"]) == ("ASSAULT", "future")
    assert event["claimed_by"]["name"] == "Georgia"
    for text in (
        "It is likely that the rebels will attack the capital.",
        "It is possible that Iran supplied drones to Russia.",
    ):
        (event,) = _events(nlp, text)
        assert event["status"] == "hypothetical", text
    # its own word is a threat
    (event,) = _events(nlp, "Iran said it will retaliate against Israel.")
    assert event["event_type"] == "THREATEN"


def test_a_reported_would_is_the_reported_will(nlp: Language) -> None:
    assert status_of(nlp, "Spain said it would send troops to Latvia.", "send") == "future"
    text = "Spain said it would send troops to Latvia if NATO asked."
    assert status_of(nlp, text, "send") == "hypothetical"
    # weapons for another state are aid, and aid said to be coming is a promise of it
    (event,) = _events(nlp, "Spain said it would send tanks to Latvia.")
    assert (event["event_type"], event["cameo"]) == ("AGREE", "033")


def test_warning_that_another_side_may_strike_is_no_threat_of_the_warner(
    nlp: Language,
) -> None:
    (event,) = _events(nlp, "Hamas may fire rockets at Israeli towns, Israeli analysts warn.")
    assert event["event_type"] == "ASSAULT"
    assert [a["name"] for a in event["actors"]] == ["Hamas"]
    assert event["status"] == "hypothetical"
    assert event["claimed_by"]["text"] == "Israeli analysts"
    # the warner's own capital is the warner's side: a threat
    (event,) = _events(
        nlp, "Jordanian officials warned that Amman may expel the Israeli ambassador."
    )
    assert event["event_type"] == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Occupiers always promise liberation.",
        "Those who threaten Turkey will regret it.",
        "Who gains when Syrian towns are shelled?",
        "Sanctions kill children, not regimes.",
    ],
)
def test_habits_and_rules_said_of_anyone_are_no_reported_act(nlp: Language, text: str) -> None:
    assert all(e["status"] == "hypothetical" for e in _events(nlp, text))


def test_what_someone_is_blocked_from_doing_is_not_done(nlp: Language) -> None:
    found = {
        e["trigger"]: e for e in _events(nlp, "Iran blocked inspectors from visiting the plant.")
    }
    assert found["blocked"]["event_type"] == "COERCE"
    assert found["visiting"]["status"] == "hypothetical"


def test_a_ruling_decides_and_ruling_out_refuses(nlp: Language) -> None:
    (event,) = _events(nlp, "The court ruled that the army must withdraw.")
    assert event["status"] == "hypothetical"
    (event,) = _events(nlp, "Ukraine ruled out negotiating with the separatists.")
    assert event["status"] == "negated"


def test_a_failure_to_act_is_no_act(nlp: Language) -> None:
    (event,) = _events(nlp, "Iran's failure to block the shipments angered the council.")
    assert event["status"] == "negated"


def test_not_ruling_out_an_act_makes_it_possible(nlp: Language) -> None:
    text = "The Nigerien president did not rule out sacking the army chief over the attacks."
    (event,) = _events(nlp, text)
    assert event["status"] == "hypothetical"


def test_a_role_denied_leaves_the_act_given(nlp: Language) -> None:
    text = "The militia leader denied that his group had any role in the attack on the airbase."
    attack = next(e for e in _events(nlp, text) if e["trigger"] == "attack")
    assert attack["status"] == "asserted"


def test_what_someone_is_charged_in_relation_to_is_claimed(nlp: Language) -> None:
    text = "A former governor was arrested on charges related to the killing of protesters."
    killing = next(e for e in _events(nlp, text) if e["trigger"] == "killing")
    assert killing["status"] == "claimed"


def test_talk_of_what_may_happen_to_no_one_is_no_event(nlp: Language) -> None:
    text = "The immediate risk of renewed fighting has been removed, analysts said."
    assert _events(nlp, text) == []


def test_whoever_holds_a_right_to_act_would_act(nlp: Language) -> None:
    (event,) = _events(nlp, "Tehran has reserved the right to retaliate for the incident.")
    assert ([a["name"] for a in event["actors"]], event["status"]) == (["Iran"], "hypothetical")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy backed the rebels in a bid to pressure the capital into concessions.",
        "The declared objective of the mission is to exert pressure for a change of rulers.",
        "The campaign had two goals: to destroy the rebel camps and to capture their leaders.",
        "The result was a retreat from the aim of toppling the president.",
    ],
)
def test_what_an_act_was_for_is_no_act(nlp: Language, text: str) -> None:
    assert all(e["status"] not in ("future", "hypothetical") for e in _events(nlp, text))


def test_what_the_writer_says_is_owed_by_no_one_is_no_event(nlp: Language) -> None:
    assert _events(nlp, "The governor should be praised for his courage.") == []
    # (said by someone, it is that speaker's demand)
    said = _events(nlp, "The minister said the looters must be punished.")
    assert [e["event_type"] for e in said] == ["REQUEST"]


def test_what_a_stand_waits_for_has_not_happened(nlp: Language) -> None:
    text = "The militia said it would keep fighting until foreign troops leave the country."
    assert status_of(nlp, text, "leave") == "hypothetical"


def test_a_participle_the_writer_adds_after_what_was_said_is_no_claim(nlp: Language) -> None:
    text = (
        "Malaysian police said on Monday they had detained a Thai activist in Kuala Lumpur "
        "at the request of Bangkok, drawing condemnation from rights groups."
    )
    (condemnation,) = [e for e in _events(nlp, text) if e["trigger"] == "condemnation"]
    assert condemnation["status"] == "asserted" and condemnation["claimed_by"] is None


def test_a_clause_the_writer_adds_after_the_saying_is_no_claim(nlp: Language) -> None:
    text = (
        "Police fired on protesters in Bamako on Friday, killing three people, a rights "
        "group said, but the police denied that live rounds were used."
    )
    (denial,) = [e for e in _events(nlp, text) if e["trigger"] == "denied"]
    assert denial["status"] == "asserted" and denial["claimed_by"] is None
    text = (
        "Hamas said its fighters shelled an army post near Rafah; earlier in the day, an "
        "Israeli strike killed three medics in Khan Younis."
    )
    (strike,) = [e for e in _events(nlp, text) if e["trigger"].startswith("strike")]
    assert strike["status"] == "asserted" and strike["claimed_by"] is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Border guards traded fire near Isfara on Sunday, Dushanbe said, accusing "
            "Bishkek of provoking the clash.",
            "accusing",
        ),
        (
            "Gunmen killed 12 herders near Dori on Sunday, according to a local official, "
            "who blamed the attack on JNIM.",
            "blamed",
        ),
    ],
)
def test_the_speakers_own_words_told_by_the_writer_are_no_claim(
    nlp: Language, text: str, trigger: str
) -> None:
    (event,) = [e for e in _events(nlp, text) if e["trigger"] == trigger]
    assert event["status"] == "asserted" and event["claimed_by"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "Ansar Allah announced on Tuesday that its forces had struck a ship in the Red "
            "Sea, vowing to keep up its strikes.",
            "vowing",
            "2023-03-07",
        ),
        (
            "The army said on Monday that it had killed nine gunmen near Dori, warning "
            "residents to stay away from the border.",
            "warning",
            "2023-03-06",
        ),
    ],
)
def test_the_speakers_participle_closing_what_was_said_is_theirs_and_of_that_day(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    (event,) = [e for e in _events(nlp, text) if e["trigger"] == trigger]
    assert event["status"] == "asserted" and event["claimed_by"] is None
    assert event["date"] == day
    # the speaker vows, not the fighters its words are about
    assert [a["text"] for a in event["actors"]] in (["Ansar Allah"], ["army"])


def test_a_deeds_participle_closing_what_was_said_stays_claimed(nlp: Language) -> None:
    text = "Officials said on Monday that gunmen had raided a village near Dori, killing nine."
    (event,) = [e for e in _events(nlp, text) if e["trigger"].startswith(("raided", "killing"))]
    assert event["status"] == "claimed"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a stance its taker tells of is taken in the telling
        ("Japan said it stood with its ally and condemned the missile launch.", "condemned", "asserted"),
        ("The ministry said it rejected the proposal.", "rejected", "asserted"),
        # another body's stance, or a promise, stays what it was
        ("Officials said the ministry rejected the proposal.", "rejected", "claimed"),
        # a verb with an object cannot share the reported passive: the speaker's own
        (
            "The navy said no ships had been hit and dismissed the rebels' claims as lies.",
            "dismissed",
            "asserted",
        ),
    ],
)  # fmt: skip
def test_a_stance_told_by_its_taker_is_taken(
    nlp: Language, text: str, trigger: str, status: str
) -> None:
    (event,) = [e for e in _events(nlp, text) if e["trigger"] == trigger]
    assert event["status"] == status


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        # the parser reads the speaker as an apposition of the victims
        ("Gunmen killed four soldiers, the Syrian Observatory for Human Rights said.", "Syrian Observatory for Human Rights"),
        # a body no lexicon holds, named by its head word
        ("Drones struck a car near Sinjar, according to the region's counter-terrorism service.", "region's counter-terrorism service"),
    ],
)  # fmt: skip
def test_who_claims_it_when_the_parse_or_the_lexicon_misses_the_speaker(
    nlp: Language, text: str, claimer: str
) -> None:
    (event,) = [e for e in _events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert event["status"] == "claimed"
    assert event["claimed_by"] is not None and event["claimed_by"]["name"] == claimer


def test_the_speakers_vow_is_made_whatever_the_mood_of_the_words_said(nlp: Language) -> None:
    text = (
        "The faction said the killing would not go unpunished, vowing revenge against the invaders."
    )
    (vow,) = [e for e in _events(nlp, text) if e["trigger"] == "vowing"]
    assert vow["status"] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The council failed to adopt a resolution demanding an end to the siege.", "demanding"),
        ("The assembly did not pass a bill banning the opposition party.", "banning"),
    ],
)
def test_a_text_not_adopted_asks_for_nothing(nlp: Language, text: str, trigger: str) -> None:
    found = [e for e in _events(nlp, text) if trigger in e["trigger"]]
    assert found and all(e["status"] == "negated" for e in found), found


def test_a_text_adopted_still_asks(nlp: Language) -> None:
    text = "The council adopted a resolution demanding an end to the siege."
    found = [e for e in _events(nlp, text) if "demanding" in e["trigger"]]
    assert found and all(e["status"] == "asserted" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels could seize the airport within days, analysts warned.",
        "Observers said the junta might expel more foreign journalists.",
    ],
)
def test_a_commentators_guess_is_no_threat_of_theirs(nlp: Language, text: str) -> None:
    # what they say a side could do stays that side's possible act, told by them
    found = _events(nlp, text)
    assert found and all(e["event_type"] != "THREATEN" for e in found)
    assert all(e["status"] == "hypothetical" for e in found)


def test_an_act_set_as_a_proviso_is_only_supposed(nlp: Language) -> None:
    text = (
        "The movement said it would hand over the crossing to a civilian committee "
        "provided the army withdrew its forces."
    )
    (withdrawal,) = [e for e in _events(nlp, text) if e["trigger"] == "withdrew"]
    assert withdrawal["status"] == "hypothetical"


def test_failing_to_leave_in_a_condition_is_supposed_not_denied(nlp: Language) -> None:
    text = "The factions could resume attacks if the foreign forces fail to leave by December."
    (leaving,) = [e for e in _events(nlp, text) if e["trigger"] == "leave"]
    assert leaving["status"] == "hypothetical"
