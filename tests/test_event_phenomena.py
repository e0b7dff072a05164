"""Events, one grammatical phenomenon per test, on sentences written for these tests.

Grouped by the classes of error issue 8 names: one event per action, governing verbs
and negation, verb coverage, targets, unnamed actors, pronouns, reporting speakers,
precision (obligations, possibilities, rights) and frames of intent and demand.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow


def events(nlp: Language, text: str, published: str = "2023-03-10") -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events)


def one(nlp: Language, text: str, event_type: str | None = None) -> dict[str, Any]:
    found = events(nlp, text)
    if event_type is not None:
        found = [e for e in found if e["event_type"] == event_type]
    assert len(found) == 1, [(e["event_type"], e["trigger_text"]) for e in found]
    return found[0]


def ids(actors: list[dict[str, Any]]) -> list[str]:
    return [a["id"] for a in actors]


def words(actors: list[dict[str, Any]]) -> list[str]:
    return [a["text"] for a in actors]


# --------------------------------------------------------------- one event per action


def test_attack_and_its_toll_are_one_event(nlp: Language) -> None:
    event = one(nlp, "Militants attacked a police post in Kirkuk and killed four officers.")
    assert event["event_type"] == "ASSAULT"
    assert "killed" in event["trigger_text"]


def test_an_act_and_its_continuation_are_one_event(nlp: Language) -> None:
    event = one(nlp, "Foreign powers armed and continue arming the Houthis.")
    assert event["event_type"] == "AID" and words(event["recipients"]) == ["Houthis"]


def test_an_operation_and_the_participle_of_its_order_are_one_event(nlp: Language) -> None:
    text = (
        "The US army carried out an air operation on Trump’s order targeting General Omar Haddad."
    )
    event = one(nlp, text)
    assert words(event["recipients"]) == ["Omar Haddad"]
    text = "The rebels resumed their attacks in May, when the army bombed Omar Haddad's home."
    assert len(events(nlp, text)) == 2


def test_act_asked_for_is_not_a_second_event(nlp: Language) -> None:
    event = one(nlp, "Egypt called for talks between the two factions.")
    assert event["event_type"] == "REQUEST"


def test_act_reacted_to_keeps_its_own_event(nlp: Language) -> None:
    found = events(nlp, "Jordan condemned the bombing of the hospital in Gaza.")
    assert {e["event_type"] for e in found} == {"ACCUSE", "ASSAULT"}


def test_naming_an_act_is_not_an_act(nlp: Language) -> None:
    event = one(nlp, "The minister called the raid a terrorist attack.")
    assert event["trigger"] == "raid" or event["event_type"] != "ASSAULT"


def test_purpose_of_a_deed_has_not_happened_yet(nlp: Language) -> None:
    found = events(nlp, "The army sent reinforcements to the north to attack rebel positions.")
    attack = next(e for e in found if e["trigger"] == "attack")
    assert attack["status"] == "future"


def test_what_one_is_made_to_do_happened(nlp: Language) -> None:
    found = events(nlp, "The rocket fire prompted Israel to bomb targets in Gaza.")
    bomb = next(e for e in found if e["trigger"] == "bomb")
    assert bomb["status"] == "asserted"


def test_welcomed_agreement_is_support_only(nlp: Language) -> None:
    event = one(nlp, "Egypt welcomed the agreement between the two factions.")
    assert event["event_type"] == "SUPPORT"


def test_light_verb_with_participle_is_one_strike(nlp: Language) -> None:
    event = one(nlp, "Turkish jets carried out strikes on PKK positions, killing several fighters.")
    assert ids(event["actors"]) == ["turkey"] or event["actors"][0]["country"] == "TUR"


def test_purpose_of_a_visit_is_the_visit(nlp: Language) -> None:
    found = events(nlp, "Qatar sent a delegation to Cairo to meet Egyptian officials.")
    assert len(found) == 1


def test_means_clause_is_the_same_deed(nlp: Language) -> None:
    event = one(nlp, "The militia targeted the airport by launching a barrage of rockets.")
    assert "launching" in event["trigger_text"]


def test_relative_clause_retelling_a_strike_is_the_strike(nlp: Language) -> None:
    event = one(nlp, "A drone strike hit the convoy, which killed four guards.", "ASSAULT")
    assert "killed" in event["trigger_text"]


def test_victims_of_a_strike_in_a_relative_clause(nlp: Language) -> None:
    text = "Syria denounced an Israeli air strike in which three soldiers were killed."
    strike = one(nlp, text, "ASSAULT")
    assert "killed" in strike["trigger_text"]


# ------------------------------------------------------- governing verbs and negation


def test_suspended_aid_is_a_sanction_not_aid(nlp: Language) -> None:
    event = one(nlp, "Canada suspended its aid to Mali after the coup.")
    assert (event["event_type"], event["mode"]) == ("SANCTION", "discontinue")
    assert ids(event["recipients"]) == ["mali"]


def test_lifted_curfew_is_an_easing(nlp: Language) -> None:
    event = one(nlp, "The authorities lifted the curfew in Basra on Monday.")
    assert (event["event_type"], event["mode"]) == ("RETREAT", "ease")


def test_failed_to_agree_is_negated(nlp: Language) -> None:
    found = events(nlp, "Serbia and Kosovo failed to agree on a border deal in Brussels.")
    assert found and all(e["status"] == "negated" for e in found)


def test_denied_act_is_negated_and_denial_asserted(nlp: Language) -> None:
    found = events(nlp, "The militia denied that it had shelled the village.")
    by_type = {e["event_type"]: e for e in found}
    assert by_type["REJECT"]["status"] == "asserted"
    assert by_type["ASSAULT"]["status"] == "negated"


def test_refusal_of_a_coordinated_verb_is_not_negated(nlp: Language) -> None:
    found = events(nlp, "The council rejected the plan and refused further talks.")
    assert found and all(e["status"] == "asserted" for e in found)


# ------------------------------------------------------------------- verb coverage


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Norway gave 40 million crowns to the Palestinian Authority.", "AID"),
        ("The navy handed over two patrol boats to the Somali coast guard.", "AID"),
        ("Britain provided the Ukrainian army with armoured vehicles.", "AID"),
        ("The museum returned the stolen statues to Iraq.", "RETREAT"),
        ("Germany defended Turkey over the refugee deal.", "SUPPORT"),
        ("Hungary opened its borders to refugees from Ukraine.", "RETREAT"),
        ("Russia strengthened its forces near the border.", "MOBILIZE"),
        ("The junta declared a state of siege in the capital.", "COERCE"),
        ("The ministry suspended publication of two opposition newspapers.", "COERCE"),
        ("The president gave the rebels a 48-hour deadline to disarm.", "THREATEN"),
    ],
)
def test_verbs_of_giving_defending_and_restricting(
    nlp: Language, text: str, event_type: str
) -> None:
    assert event_type in {e["event_type"] for e in events(nlp, text)}


# ------------------------------------------------------------------------- targets


def test_to_phrase_of_a_transfer_is_the_recipient(nlp: Language) -> None:
    event = one(nlp, "Japan sent medical supplies to Lebanon.", "AID")
    assert ids(event["recipients"]) == ["lebanon"]


def test_what_is_sent_is_not_a_recipient(nlp: Language) -> None:
    event = one(nlp, "Brazil sent a team of engineers to Haiti.")
    assert "engineers" not in " ".join(words(event["recipients"]))


def test_appeal_to_an_actor(nlp: Language) -> None:
    event = one(nlp, "The mayor appealed to the United Nations for food aid.", "REQUEST")
    assert ids(event["recipients"]) == ["united-nations"]


def test_subject_of_a_demanded_clause(nlp: Language) -> None:
    event = one(nlp, "Lebanon demanded that Israel withdraw from the disputed farms.", "REQUEST")
    assert "israel" in ids(event["recipients"])


def test_argument_of_an_embedded_verb(nlp: Language) -> None:
    event = one(nlp, "Bahrain threatened to cut ties with Qatar.", "THREATEN")
    assert ids(event["recipients"]) == ["qatar"]


def test_owner_of_a_rejected_proposal(nlp: Language) -> None:
    event = one(nlp, "Ethiopia rejected an Egyptian proposal on the dam.", "REJECT")
    assert ids(event["recipients"]) == ["egypt"]


def test_possessor_of_a_rejected_demand(nlp: Language) -> None:
    event = one(nlp, "Baghdad rejected Ankara's demand.", "REJECT")
    assert ids(event["recipients"]) == ["turkey"]


def test_people_killed_are_recipients(nlp: Language) -> None:
    event = one(nlp, "Soldiers killed twelve protesters in the square.")
    (victims,) = event["recipients"]
    assert "CVL" in victims["sectors"] or "OPP" in victims["sectors"]


def test_place_is_the_location_not_the_recipient(nlp: Language) -> None:
    event = one(nlp, "Gunmen killed three farmers in Diyala on Sunday.")
    assert "Diyala" not in words(event["recipients"])
    assert event["location"] is not None


def test_sanctions_imposed_on_a_country_when_lifted(nlp: Language) -> None:
    event = one(nlp, "The council lifted sanctions imposed on Eritrea in 2009.", "RETREAT")
    assert ids(event["recipients"]) == ["eritrea"]


def test_object_of_provide_with_is_the_recipient(nlp: Language) -> None:
    event = one(nlp, "France provided the Lebanese army with helicopters.", "AID")
    assert event["recipients"] and event["recipients"][0]["country"] == "LBN"


def test_country_a_delivery_goes_into(nlp: Language) -> None:
    event = one(nlp, "Norway flew twenty tonnes of vaccines into Somalia.", "AID")
    assert ids(event["recipients"]) == ["somalia"]
    assert event["location"] is not None  # the host is also where it went


def test_who_a_purpose_clause_helps(nlp: Language) -> None:
    text = "The Dutch government gave 3 million euros to help Peru rebuild after the floods."
    event = one(nlp, text, "AID")
    assert ids(event["recipients"]) == ["peru"]


def test_country_hosting_a_ceasefire_with_no_other_side(nlp: Language) -> None:
    event = one(nlp, "The rebel front declared a unilateral ceasefire in Colombia.", "CONCEDE")
    assert ids(event["recipients"]) == ["colombia"]


def test_country_of_the_sites_attacked(nlp: Language) -> None:
    event = one(nlp, "Houthi fighters fired drones at cities in Saudi Arabia.", "ASSAULT")
    assert ids(event["recipients"]) == ["saudi-arabia"]


def test_city_of_a_summit_is_where_it_was_held(nlp: Language) -> None:
    event = one(nlp, "The leaders of Iraq and Jordan held a summit in Amman on Sunday.")
    assert not event["recipients"]
    assert event["location"] is not None and event["location"]["name"] == "Amman"


def test_what_is_set_up_is_not_a_recipient(nlp: Language) -> None:
    event = one(nlp, "The Spanish government agreed to set up a refugee centre.", "AGREE")
    assert not event["recipients"]


def test_a_country_alone_does_not_make_a_reported_act(nlp: Language) -> None:
    # no one acts and nothing dates it: the country it would reach is not enough
    assert not events(nlp, "A ceasefire in Yemen would save lives.")


# ----------------------------------------------------------- unnamed and generic actors


def test_unnamed_court_is_a_judicial_actor(nlp: Language) -> None:
    event = one(nlp, "A Kenyan court freed two opposition activists on bail.")
    (court,) = event["actors"]
    assert court["country"] == "KEN" and "JUD" in court["sectors"]


def test_gunmen_are_an_actor(nlp: Language) -> None:
    event = one(nlp, "Unidentified gunmen abducted a district official near Kandahar.")
    assert event["actors"], "generic actors are actors, never an empty list"


def test_country_of_a_group_in_a_country(nlp: Language) -> None:
    event = one(nlp, "A court in Bolivia sentenced the former minister to ten years.")
    assert event["actors"][0]["country"] == "BOL"


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("Diplomatic sources say the militia shelled the airport overnight.", "Diplomatic sources"),
        ("The drones struck an arms depot near Homs, the source says.", "the source"),
    ],
)
def test_a_source_no_actor_stands_for_is_named_by_its_words(
    nlp: Language, text: str, claimer: str
) -> None:
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert event["status"] == "claimed"
    assert (event["claimed_by"] or {}).get("name") == claimer


def test_he_going_on_after_a_source_is_that_source(nlp: Language) -> None:
    text = (
        "Drones hit two depots near Homs, a senior military source told the agency. "
        "“The strike killed four fighters,” he said."
    )
    (event,) = [e for e in events(nlp, text) if "killed" in e["trigger_text"]]
    assert str((event["claimed_by"] or {}).get("name")).endswith("military source")


def test_a_charge_denied_after_an_accusation_leaves_it_asserted(nlp: Language) -> None:
    text = "The Sudanese government accused the UAE of arming the RSF militia, a charge Abu Dhabi denies."
    (accusation,) = [e for e in events(nlp, text) if e["trigger"] == "accused"]
    assert (accusation["status"], accusation["claimed_by"]) == ("asserted", None)


def test_a_pronoun_speaker_alone_names_no_claimer(nlp: Language) -> None:
    (event,) = events(nlp, "“The strike killed four fighters,” he said.")
    assert event["status"] == "claimed" and event["claimed_by"] is None


def test_claimed_responsibility_names_the_claimed_attacker(nlp: Language) -> None:
    found = events(
        nlp, "The Pakistani Taliban claimed responsibility for the bombing of the school."
    )
    attack = next(e for e in found if e["event_type"] == "ASSAULT")
    assert attack["actors"] and attack["status"] == "claimed"
    assert attack["claimed_by"] is not None


def test_unknown_agency_acronym_is_an_actor(nlp: Language) -> None:
    event = one(nlp, "ICE returned eleven paintings to the government of Peru.")
    assert [a["name"] for a in event["actors"]] == ["ICE"]


def test_everyone_counted_acts(nlp: Language) -> None:
    event = one(nlp, "A number of opposition parties and the Taliban condemned the decree.")
    assert len(event["actors"]) == 2


def test_order_to_own_forces_is_their_act(nlp: Language) -> None:
    event = one(nlp, "The defence minister ordered the troops to leave their bases in Anbar.")
    assert event["event_type"] == "RETREAT"
    assert event["actors"] and "minister" in event["actors"][0]["text"]


def test_came_under_attack_makes_the_subject_the_target(nlp: Language) -> None:
    event = one(nlp, "A Turkish convoy came under attack by Kurdish fighters near Afrin.")
    assert event["recipients"] and event["recipients"][0]["country"] == "TUR"
    assert event["actors"]


def test_nationality_adjective_owns_the_act(nlp: Language) -> None:
    event = one(nlp, "The village was hit by Turkish air strikes on Friday.", "ASSAULT")
    assert ids(event["actors"]) == ["turkey"]


def test_alleged_act_of_a_raised_passive(nlp: Language) -> None:
    event = one(nlp, "The envoy is suspected to be cooperating with the rebels.")
    assert event["status"] == "claimed" and event["actors"]


def test_when_clause_retelling_the_attack(nlp: Language) -> None:
    found = events(nlp, "The patrol was ambushed when a roadside bomb exploded near Kirkuk.")
    assert len([e for e in found if e["event_type"] == "ASSAULT"]) == 1


# ------------------------------------------------------------------------ pronouns


def test_pronoun_keeps_its_words_and_names_its_antecedent(nlp: Language) -> None:
    found = events(nlp, "Hezbollah said it had fired rockets at an Israeli outpost.")
    attack = next(e for e in found if e["event_type"] == "ASSAULT")
    (actor,) = attack["actors"]
    assert actor["id"] == "hezbollah" and actor["text"] == "it"
    assert attack["sentence"][actor["ref_start"] : actor["ref_end"]] == "Hezbollah"


def test_object_pronoun_is_not_the_subject(nlp: Language) -> None:
    found = events(nlp, "Macron called Erdogan on Monday and urged him to show restraint.")
    request = next(e for e in found if e["trigger"] == "urged")
    assert ids(request["actors"]) == ["emmanuel-macron"]
    assert ids(request["recipients"]) == ["recep-tayyip-erdogan"]


def test_pronoun_from_the_previous_sentence(nlp: Language) -> None:
    text = "The Syrian army entered the town at dawn. It then shelled rebel positions."
    shelling = next(e for e in events(nlp, text) if e["trigger"] == "shelled")
    assert shelling["actors"] and shelling["actors"][0]["country"] == "SYR"


# -------------------------------------------------------- reporting speakers, instruments


def test_reporting_officials_are_not_the_attackers(nlp: Language) -> None:
    event = one(nlp, "Rebels ambushed a convoy near Idlib, officials said.", "ASSAULT")
    assert "officials" not in words(event["actors"])
    assert event["status"] == "claimed"


def test_instrument_is_not_an_actor(nlp: Language) -> None:
    event = one(nlp, "A roadside bomb killed two soldiers near Tikrit.", "ASSAULT")
    assert event["actors"] == []


def test_who_reports_an_attack_did_not_make_it(nlp: Language) -> None:
    event = one(nlp, "Another attack on a Turkish convoy was reported by Kurdish media on Monday.")
    assert event["event_type"] == "ASSAULT"
    assert not event["actors"]


def test_criticism_drawn_reaches_whoever_drew_it(nlp: Language) -> None:
    text = "The Egyptian minister's remarks drew sharp criticism from Ethiopia."
    event = one(nlp, text, "ACCUSE")
    assert ids(event["actors"]) == ["ethiopia"]
    assert event["recipients"] and event["recipients"][0]["country"] == "EGY"


def test_condemnation_drawn_by_a_killing_reaches_the_killer(nlp: Language) -> None:
    text = "The killing of the journalist by Israeli forces drew condemnation from Qatar."
    event = one(nlp, text, "ACCUSE")
    assert ids(event["actors"]) == ["qatar"]
    assert [r["country"] for r in event["recipients"]] == ["ISR"]


def test_released_videos_and_given_statements_are_not_acts(nlp: Language) -> None:
    assert not events(nlp, "A video released by a Telegram channel showed the convoy.")
    assert not events(nlp, "The figures come from statements given to a Danish newspaper.")


# ------------------------------------------------------------------ precision / status


@pytest.mark.parametrize(
    "text",
    [
        "Turkey could deploy more troops to Idlib.",
        "The pullout of foreign forces must be completed by the end of the year.",
        "Iran has the right to destroy any drone that enters its airspace.",
    ],
)
def test_possibilities_obligations_and_rights_are_never_asserted(nlp: Language, text: str) -> None:
    found = events(nlp, text)
    assert all(e["status"] != "asserted" for e in found), [
        (e["trigger_text"], e["status"]) for e in found
    ]


def test_opinion_yields_nothing(nlp: Language) -> None:
    assert events(nlp, "Sanctions rarely change the behaviour of a government.") == []


def test_what_is_allowed_or_forbidden_has_not_happened(nlp: Language) -> None:
    visit = one(nlp, "Kuwait does not allow Israeli nationals to visit the country.", "CONSULT")
    assert visit["status"] == "hypothetical"


def test_who_is_kept_from_an_act_would_do_it(nlp: Language) -> None:
    text = "The army prevented the militia from carrying out the attack."
    attack = one(nlp, text, "ASSAULT")
    assert attack["status"] == "hypothetical"
    assert words(attack["actors"]) == ["militia"]


def test_barring_from_an_act_is_a_ban(nlp: Language) -> None:
    found = events(nlp, "The court barred the Kurdish party from holding rallies in Ankara.")
    ban = next(e for e in found if e["event_type"] == "COERCE")
    assert ban["trigger_text"] == "barred"
    assert all(e["status"] == "hypothetical" for e in found if e is not ban)


def test_subject_of_a_negated_verb_still_happened(nlp: Language) -> None:
    event = one(nlp, "The American bombing did not cause much damage to the militants.")
    assert event["event_type"] == "ASSAULT"
    assert event["status"] == "asserted"


def test_means_of_a_readied_response_is_future(nlp: Language) -> None:
    text = (
        "Analysts say the militias are on alert and prepared to respond by openly targeting Israel."
    )
    event = one(nlp, text, "ASSAULT")
    assert event["status"] == "future"


def test_retaliation_is_aimed_at_whoever_did_what_it_answers(nlp: Language) -> None:
    found = events(nlp, "Hezbollah retaliated for the Israeli strike on Beirut.")
    retaliation = next(e for e in found if e["trigger_text"] == "retaliated")
    assert [r["country"] for r in retaliation["recipients"]] == ["ISR"]
    strike = next(e for e in found if e["trigger_text"] == "strike")
    assert strike["status"] == "asserted"  # what is avenged happened


def test_a_question_asked_is_not_a_request(nlp: Language) -> None:
    assert not [
        e
        for e in events(nlp, "Officials asked whether Turkey would attack the town.")
        if e["event_type"] == "REQUEST"
    ]
    assert not events(nlp, "“Who ordered this strike?” he asked.")
    request = one(nlp, "Iraq asked Turkey to withdraw its troops.", "REQUEST")
    assert ids(request["recipients"]) == ["turkey"]


def test_acts_listed_under_whether_are_hypothetical(nlp: Language) -> None:
    text = "Whether it is a Houthi attack on an airport or a raid on a base, Iran is blamed."
    assert all(
        e["status"] == "hypothetical" for e in events(nlp, text) if e["event_type"] == "ASSAULT"
    )


# ----------------------------------------------------- frames of intent and demand


def test_will_meet_is_an_intent_to_meet(nlp: Language) -> None:
    event = one(nlp, "The Iraqi prime minister will meet Saudi officials in Riyadh.")
    assert (event["event_type"], event["mode"]) == ("AGREE", "meet")
    assert event["status"] == "asserted"


def test_ready_to_send_is_an_intent_to_aid(nlp: Language) -> None:
    event = one(nlp, "Kuwait is ready to send humanitarian aid to Sudan.")
    assert (event["event_type"], event["mode"]) == ("AGREE", "aid")
    assert ids(event["recipients"]) == ["sudan"]


def test_will_strike_is_a_threat(nlp: Language) -> None:
    event = one(nlp, "Israel will strike Hezbollah if the rocket fire continues.")
    assert event["status"] == "hypothetical" or event["event_type"] == "THREATEN"


def test_said_it_would_retaliate_is_its_own_threat(nlp: Language) -> None:
    event = one(nlp, "Iran said it would attack American bases.")
    assert event["event_type"] == "THREATEN"
    assert ids(event["actors"]) == ["iran"] and event["status"] == "asserted"


def test_will_not_accept_is_a_refusal(nlp: Language) -> None:
    event = one(nlp, "Kurdish leaders will not accept the new oil law.")
    assert event["event_type"] == "REJECT" and event["status"] == "asserted"


def test_must_with_a_speaker_is_a_demand(nlp: Language) -> None:
    event = one(nlp, "The Arab League said Israel must withdraw from the occupied land.")
    assert event["event_type"] == "REQUEST"
    assert ids(event["recipients"]) == ["israel"]


# ------------------------------------------------------ CAMEO codes from the content


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "cameo"),
    [
        ("The Red Crescent appealed for humanitarian aid.", "REQUEST", "assist", "0233"),
        ("Egypt called for talks between the two sides.", "REQUEST", "meet", "026"),
        ("Parliament demanded more military aid from its allies.", "REQUEST", "assist", "1032"),
    ],
)
def test_requests_take_the_code_of_what_they_ask(
    nlp: Language, text: str, event_type: str, mode: str, cameo: str
) -> None:
    event = one(nlp, text, event_type)
    assert (event["mode"], event["cameo"]) == (mode, cameo)


# ------------------------------------------------------------ scope of status words


def test_negated_verb_does_not_negate_a_deeper_act(nlp: Language) -> None:
    text = "The raid was not a response to the killing of two guards by rebels in Idlib."
    killing = one(nlp, text, "ASSAULT")
    assert killing["status"] != "negated"


def test_feared_act_is_hypothetical(nlp: Language) -> None:
    event = one(nlp, "Local banks fear being sanctioned by the US Treasury.")
    assert event["status"] == "hypothetical"


def test_kept_promise_is_not_a_new_promise(nlp: Language) -> None:
    assert events(nlp, "The movement fulfilled its promise.") == []


def test_coordinated_verbs_share_a_frame(nlp: Language) -> None:
    found = events(nlp, "Oman is ready to host the envoys and discuss a truce.")
    assert found and all(e["event_type"] == "AGREE" for e in found)
    assert any(e["trigger"] == "discuss" for e in found)


def test_protest_of_a_government_is_a_complaint(nlp: Language) -> None:
    text = "Despite the protests of the Greek government, the survey ship stayed."
    event = one(nlp, text, "ACCUSE")
    assert event["mode"] == "complain"


# ------------------------------------------------ fixed phrases and deeper partners


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("The junta declared a state of siege in the capital.", "COERCE", "martial-law"),
        ("The colonel announced a cease-fire with the militia.", "CONCEDE", "ceasefire"),
        ("Border guards took two smugglers into custody.", "COERCE", "arrest"),
        ("The army imposed martial law across the south.", "COERCE", "martial-law"),
    ],
)
def test_fixed_phrases_are_triggers(nlp: Language, text: str, event_type: str, mode: str) -> None:
    event = one(nlp, text, event_type)
    assert event["mode"] == mode


def test_a_phrase_inside_a_prepositional_phrase_is_its_verbs_act(nlp: Language) -> None:
    event = one(nlp, "Border guards took two smugglers into custody.", "COERCE")
    assert event["trigger"] == "took"
    assert [w.split()[-1] for w in words(event["recipients"])] == ["smugglers"]


def test_a_suicide_bomber_is_an_actor_not_an_act(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber drove a van towards the gate.")
    assert not any("bomber" in e["trigger_text"] for e in found)


def test_destination_hung_deep_inside_what_is_sent(nlp: Language) -> None:
    text = "Chile and Peru have sent blankets, food and staff such as nurses to Bolivia."
    event = one(nlp, text, "AID")
    assert ids(event["recipients"]) == ["BOL"] or words(event["recipients"]) == ["Bolivia"]


def test_host_country_deep_inside_the_phrase(nlp: Language) -> None:
    text = "The rebel council declared a unilateral truce effective from Sunday in Chad."
    event = one(nlp, text, "CONCEDE")
    assert words(event["recipients"]) == ["Chad"]


def test_announced_decision_is_the_act_not_a_claim(nlp: Language) -> None:
    event = one(nlp, "The council announced fresh sanctions on Eritrea.", "SANCTION")
    assert event["status"] == "asserted" and event["claimed_by"] is None


def test_announced_act_of_someone_else_stays_claimed(nlp: Language) -> None:
    text = "The ministry said the army had declared a curfew in the north."
    assert one(nlp, text, "COERCE")["status"] == "claimed"


def test_coordinated_nationalities_own_the_thing_together(nlp: Language) -> None:
    event = one(nlp, "The assembly rejected the Greek and Cypriot demands.", "REJECT")
    assert words(event["recipients"]) == ["Greek", "Cypriot"]


def test_clause_on_a_victim_is_the_victims_own_act(nlp: Language) -> None:
    text = "A mine in Kunduz killed an ethnic Uzbek who had fought on the army side."
    killing = [e for e in events(nlp, text) if "killed" in e["trigger_text"]]
    assert len(killing) == 1 and "fought" not in killing[0]["trigger_text"]
    fought = [e for e in events(nlp, text) if e["trigger"] == "fought"]
    assert all(e["recipients"] == [] for e in fought)  # whose side, not whom against


def test_state_of_emergency_lifted_has_no_state_as_recipient(nlp: Language) -> None:
    event = one(nlp, "Tunisia has lifted a year-old state of emergency.", "RETREAT")
    assert event["recipients"] == []


def test_a_day_is_not_a_prepositional_partner(nlp: Language) -> None:
    # "called X on Tuesday" is a call, not "called on X" to do something
    text = "The Kenyan president called President Museveni of Uganda on Tuesday."
    assert not [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]


def test_for_clause_subject_is_who_is_asked(nlp: Language) -> None:
    text = "The premier called on Friday for the rebels to lay down their arms."
    event = one(nlp, text, "REQUEST")
    assert words(event["recipients"]) == ["rebels"]


def test_arrest_in_an_attack_is_not_the_attack(nlp: Language) -> None:
    text = "The police had detained several suspects in the attack on the convoy of the mayor."
    found = {e["event_type"]: e for e in events(nlp, text)}
    assert "COERCE" in found and "ASSAULT" in found
    assert words(found["COERCE"]["recipients"]) == ["several suspects"]
    assert "several suspects" not in words(found["ASSAULT"]["recipients"])


def test_coordinated_verbs_share_the_first_verbs_mood(nlp: Language) -> None:
    text = "The states would have to cooperate with each other, share fuel and support each other."
    found = events(nlp, text)
    assert found and all(e["status"] == "hypothetical" for e in found)


def test_copula_carries_the_partner_of_a_strike(nlp: Language) -> None:
    text = "The first air strike of the new government was against the Hashd forces at the border."
    event = one(nlp, text, "ASSAULT")
    assert any("forces" in w for w in words(event["recipients"]))


def test_a_device_is_not_an_agency(nlp: Language) -> None:
    event = one(nlp, "Three patrols were attacked by IED blasts.", "ASSAULT")
    assert event["actors"] == []


def test_weapons_are_what_an_attack_is_done_with(nlp: Language) -> None:
    event = one(nlp, "A barrage of Grad rockets struck the Turkish base near Mosul.", "ASSAULT")
    assert not any("Grad" in w or "rockets" in w for w in words(event["recipients"]))


def test_stance_on_an_ideology_is_no_event(nlp: Language) -> None:
    assert events(nlp, "Tunisia has consistently opposed colonialism.") == []


def test_allegation_accusing_no_one_is_no_event(nlp: Language) -> None:
    text = "Half the pictures showed the opposite of what was alleged."
    assert [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"] == []


def test_allegation_against_someone_stays(nlp: Language) -> None:
    text = "The ministry alleged that Eritrea had armed the rebels."
    event = one(nlp, text, "ACCUSE")
    assert words(event["recipients"]) == ["Eritrea"]


def test_denial_does_not_target_whom_the_claim_is_about(nlp: Language) -> None:
    text = "Salem denies that the envoy had blocked the participation of Libyan officials."
    denial = one(nlp, text, "REJECT")
    assert denial["recipients"] == []


def test_an_operation_launched_against_someone_is_an_assault(nlp: Language) -> None:
    event = one(nlp, "The army launched an operation against the rebels on Monday.", "ASSAULT")
    assert words(event["recipients"]) == ["rebels"]


def test_an_act_named_in_a_time_phrase_is_background_not_content(nlp: Language) -> None:
    text = "Before her assassination in 2007, Bhutto had urged her supporters to vote."
    killing = one(nlp, text, "ASSAULT")
    assert killing["date"] == "2007-01-01"
    assert "supporters" not in " ".join(words(killing["recipients"]))


def test_a_persons_possessed_arrest_is_done_to_them(nlp: Language) -> None:
    text = "Navalny's arrest on Sunday drew protests in Moscow."
    arrest = one(nlp, text, "COERCE")
    assert arrest["actors"] == [] and "Navalny" in " ".join(words(arrest["recipients"]))


def test_a_states_possessed_bombing_is_done_by_it(nlp: Language) -> None:
    bombing = one(nlp, "Russia's bombing of Aleppo continued on Monday.", "ASSAULT")
    assert words(bombing["actors"]) == ["Russia"]


def test_background_act_after_a_call_for_restraint_happened(nlp: Language) -> None:
    text = (
        "The secretary-general urged both sides to show restraint after Syria's attack on the post."
    )
    attack = one(nlp, text, "ASSAULT")
    assert attack["status"] == "asserted"


def test_an_unnamed_act_that_is_only_talked_about_is_no_event(nlp: Language) -> None:
    text = "He stressed the role of faith and commitment to moral values in hard times."
    assert events(nlp, text) == []


def test_a_particular_act_talked_about_stays(nlp: Language) -> None:
    text = "In his speech the minister stressed the Houthi attack on Abu Dhabi."
    assert one(nlp, text, "ASSAULT")["actors"]


def test_no_as_the_subjects_determiner_negates(nlp: Language) -> None:
    event = one(nlp, "No Turkish soldiers were killed near Afrin on Monday.", "ASSAULT")
    assert event["status"] == "negated"


def test_what_is_needed_or_provoked_has_not_happened(nlp: Language) -> None:
    # the need stressed is the council's demand; the withdrawal is its content, not an act
    need = one(nlp, "The council stressed the need for the withdrawal of all foreign troops.")
    assert (need["event_type"], need["status"]) == ("REQUEST", "asserted")
    text = "The militia was trying to provoke the army into armed confrontation."
    assert one(nlp, text, "ASSAULT")["status"] == "hypothetical"


def test_an_act_wanted_two_clauses_down_is_intended(nlp: Language) -> None:
    text = "The smugglers moved fighters to camps where they want them used to attack the police."
    assert one(nlp, text, "ASSAULT")["status"] == "future"


def test_idioms_that_name_no_act(nlp: Language) -> None:
    assert events(nlp, "The end of the Cold War opened new markets for Turkey.") == []
    assert events(nlp, "The base is a bargaining chip with its allies.") == []


def test_a_present_passive_is_no_past_act(nlp: Language) -> None:
    # no actor, no date, not past: a general statement
    assert events(nlp, "Cheap equipment is being provided.") == []


def test_reportedly_on_the_main_verb_makes_a_deeper_act_claimed(nlp: Language) -> None:
    text = "Reportedly, the gang had used drones for night attacks against the garrison."
    assert one(nlp, text, "ASSAULT")["status"] == "claimed"


def test_an_act_the_news_is_about_is_no_purpose(nlp: Language) -> None:
    text = "We woke up on Monday to hear the news about the assassination of the governor."
    assert one(nlp, text, "ASSAULT")["status"] == "asserted"


def test_who_ordered_an_act_is_behind_it_not_its_target(nlp: Language) -> None:
    text = "The raid on the camp was carried out on the direct orders of the defence minister."
    event = one(nlp, text, "ASSAULT")
    assert "defence minister" in " ".join(words(event["actors"]))
    assert "defence minister" not in " ".join(words(event["recipients"]))


def test_chances_given_are_no_aid(nlp: Language) -> None:
    text = "The talks ended after all the chances given to the rebels in 2019."
    assert [e for e in events(nlp, text) if e["event_type"] == "AID"] == []


def test_an_act_in_doubt_is_claimed(nlp: Language) -> None:
    text = "The suspected Turkish strike killed three fighters near Sinjar on Friday."
    assert one(nlp, text, "ASSAULT")["status"] == "claimed"


def test_a_withdrawal_announced_is_the_announcements_content(nlp: Language) -> None:
    # the withdrawal has not happened: it is what the announcement (a concession) says,
    # as with the verb ("announced that all troops would leave"), not an event of its own
    text = "Their announcement that all combat troops would leave Iraq by December surprised the militias."
    assert one(nlp, text, "CONCEDE")["trigger_text"] == "announcement"
    assert [e for e in events(nlp, text) if e["event_type"] == "RETREAT"] == []


def test_what_one_prepares_for_has_not_happened(nlp: Language) -> None:
    text = "The garrison was preparing itself for a Turkish attack."
    assert one(nlp, text, "ASSAULT")["status"] == "hypothetical"


def test_a_participle_describing_a_force_is_no_act(nlp: Language) -> None:
    text = "The attacking units were unable to sever the supply route."
    found = events(nlp, text)
    assert not any(e["trigger"] == "attacking" for e in found)
    assert all(e["status"] == "negated" for e in found)


def test_a_bare_gerund_item_is_no_reported_act(nlp: Language) -> None:
    item = one(nlp, "• Imposing restrictions on Syria's chemical programme.")
    assert item["status"] == "hypothetical"
    text = "Killing two soldiers near the border, the rebels withdrew on Monday."
    assert one(nlp, text, "ASSAULT")["status"] == "asserted"


def test_what_one_claims_to_be_doing_is_claimed(nlp: Language) -> None:
    text = "The army is arming the very gangs it claims to be fighting."
    fights = [e for e in events(nlp, text) if e["trigger"] == "fighting"]
    assert fights and all(e["status"] == "claimed" for e in fights)


def test_people_of_a_community_are_an_unnamed_actor(nlp: Language) -> None:
    event = one(nlp, "The militia released at least 12 Yazidis on Sunday.", "RETREAT")
    assert "Yazidis" in " ".join(words(event["recipients"]))


def test_peacekeepers_arriving_are_aid_to_the_host(nlp: Language) -> None:
    text = "Some 200 Indian peacekeepers arrived in Mali on Thursday."
    assert words(one(nlp, text, "AID")["recipients"]) == ["Mali"]


def test_aid_reaches_the_country_its_purpose_is_in(nlp: Language) -> None:
    text = "Norway gave 40 million euros to promote rural development in Malawi."
    assert words(one(nlp, text, "AID")["recipients"]) == ["Malawi"]


def test_provided_x_with_a_clause_still_gives_to_x(nlp: Language) -> None:
    text = "Since 1990, Japan has provided Vietnam with what now totals over $5 billion in loans."
    assert words(one(nlp, text, "AID")["recipients"]) == ["Vietnam"]
