"""Who acts and who is acted upon, where a name or a pronoun could mislead (issue 8):
the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import events, names, words

pytestmark = pytest.mark.slow


def test_mercenaries_from_a_country_are_not_that_country(nlp: Language) -> None:
    text = "Some 300 mercenaries from Serbia arrived in the port city last week."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["mercenaries"]


def test_the_owner_of_a_prosecution_is_the_one_prosecuted(nlp: Language) -> None:
    text = "The judge criticized the smugglers, saying their prosecution will be swift."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "prosecution"]
    assert event["actors"] == []
    assert words(event["recipients"]) == ["their"]


def test_a_building_named_after_a_person_is_not_that_person(nlp: Language) -> None:
    text = "The strike hit the Imam Khomeini Hospital in the city."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["Imam Khomeini Hospital"]
    assert event["recipients"][0]["type"] != "person"


@pytest.mark.parametrize(
    "text",
    [
        "At the time, they [ISIS] were closing in on Baghdad, after they had seized Mosul.",
        "Back then they (ISIS) had seized Mosul and were closing in on Baghdad.",
    ],
)
def test_an_editors_gloss_names_what_a_pronoun_refers_to(nlp: Language, text: str) -> None:
    (event,) = [e for e in events(nlp, text) if e["trigger_text"].startswith("seized")]
    assert names(event["actors"]) == ["Islamic State"]
    assert words(event["actors"]) == ["they"]


def test_one_act_told_twice_in_an_article_is_one_event(nlp: Language) -> None:
    text = (
        "Hezbollah fighters stormed the town hall of Marjayoun on Monday. "
        "Residents said the Hezbollah fighters who stormed the town hall on Monday wore masks."
    )
    stormed = [e for e in events(nlp, text) if "stormed" in e["trigger_text"]]
    assert len(stormed) == 1
    assert stormed[0]["date"] == "2023-03-06"


def test_two_acts_of_one_actor_on_other_days_stay_two(nlp: Language) -> None:
    text = (
        "Hezbollah fighters stormed the town hall of Marjayoun on Monday. "
        "On Wednesday, Hezbollah fighters stormed the police station of Khiam."
    )
    assert len([e for e in events(nlp, text) if "stormed" in e["trigger_text"]]) == 2


def test_a_judged_killing_answers_to_its_doer_not_its_victim(nlp: Language) -> None:
    found = events(nlp, "The envoy condemned the assassination of General Haddad.")
    (judgement,) = [e for e in found if e["event_type"] == "ACCUSE"]
    assert judgement["recipients"] == []
    found = events(nlp, "The UN condemned the killing of two journalists by government troops.")
    (judgement,) = [e for e in found if e["event_type"] == "ACCUSE"]
    assert words(judgement["recipients"]) == ["government troops"]


def test_a_site_named_after_a_person_is_not_that_person(nlp: Language) -> None:
    (event,) = events(nlp, "Rockets targeted Al-Asad airbase in Anbar on Tuesday.")
    assert all(a["type"] != "person" for a in event["recipients"])


def test_a_named_operation_reaches_no_one_by_its_name(nlp: Language) -> None:
    (event,) = events(nlp, "In 1995, the Turkish army launched Operation Steel in the north.")
    assert event["recipients"] == []


def test_a_battle_is_not_fought_against_the_name_it_is_called_by(nlp: Language) -> None:
    found = events(nlp, "To end the battle of Nour Al-Din, the army stopped its advance.")
    assert all("Nour Al-Din" not in words(e["recipients"]) for e in found)
    # a place after "of" stays where it was fought, a known actor whom it was fought by
    found = events(nlp, "Rebels shelled the town during the battle of Mosul.")
    assert found and all("Mosul" not in words(e["recipients"]) for e in found)


def test_the_latter_is_the_last_actor_named_before(nlp: Language) -> None:
    text = "Neither Moscow nor Damascus believed it, with the latter accusing the US of theft."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert names(event["actors"]) == ["Syria"]
    assert words(event["actors"]) == ["the latter"]


def test_the_one_who_resigns_is_named_by_of(nlp: Language) -> None:
    (event,) = events(nlp, "The resignation of his deputies from parliament changed nothing.")
    assert words(event["actors"]) == ["his deputies"]
    assert event["recipients"] == []


def test_words_in_a_letter_reach_whom_the_letter_went_to(nlp: Language) -> None:
    text = "The mayor sent a letter to the Red Cross threatening to cut its funding."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "THREATEN"]
    assert words(event["actors"]) == ["mayor"]
    assert names(event["recipients"]) == ["International Committee of the Red Cross"]


def test_travel_to_and_from_a_country_reaches_it(nlp: Language) -> None:
    (event,) = events(nlp, "Japan lifted travel curbs to and from North Korea.")
    assert names(event["recipients"]) == ["North Korea"]


def test_money_earmarked_to_help_a_country_reaches_it(nlp: Language) -> None:
    text = "Norway has earmarked 2 million euros in emergency aid to help Nepal recover."
    (event,) = events(nlp, text)
    assert event["event_type"] == "AID"
    assert names(event["recipients"]) == ["Nepal"]


def test_a_possessors_rivals_are_not_the_possessor(nlp: Language) -> None:
    text = "Sadr's political rival parties were calling for calm on Monday."
    (event,) = events(nlp, text)
    assert "Muqtada al-Sadr" not in names(event["actors"])


def test_a_city_naming_talks_is_where_they_met_not_who_met(nlp: Language) -> None:
    text = "Iran and the EU met again at the Vienna talks on Monday."
    found = [e for e in events(nlp, text) if e["trigger_text"] == "talks"]
    assert all("Austria" not in names(e["actors"]) for e in found)
    (event,) = [e for e in events(nlp, "The Iranian talks with the IAEA resumed.")]
    assert names(event["actors"]) == ["Iran"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The envoy brokered a truce between the army and the rebels.", ["army", "rebels"]),
        ("Oman offered mediation between Kenya and Somalia.", ["Kenya", "Somalia"]),
        (
            "The envoy launched a mediation effort to resolve the dispute between Kenya and "
            "Somalia.",
            ["Kenya", "Somalia"],
        ),
    ],
)
def test_a_go_between_reaches_the_sides_of_what_it_settles(
    nlp: Language, text: str, sides: list[str]
) -> None:
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == sides


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The army launched a campaign to arrest the smugglers.", "arrest", "army"),
        ("The cabinet made an attempt to negotiate with the rebels.", "negotiate", "cabinet"),
        ("The police raided the camp in an attempt to arrest the leaders.", "arrest", "police"),
    ],
)
def test_whoever_undertakes_an_endeavour_does_what_it_is_for(
    nlp: Language, text: str, trigger: str, doer: str
) -> None:
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == trigger]
    assert words(event["actors"]) == [doer]


def test_a_plan_someone_rejects_is_not_theirs(nlp: Language) -> None:
    text = "The council rejected the plan to expel the diplomats."
    (expel,) = [e for e in events(nlp, text) if e["trigger_text"] == "expel"]
    assert expel["actors"] == []


def test_they_is_not_the_lone_person_named_before(nlp: Language) -> None:
    text = "The Americans will leave, al-Amiri said, because the brigades will confront them."
    (confront,) = [e for e in events(nlp, text) if "confront" in e["trigger_text"]]
    assert all(a["type"] != "person" for a in confront["recipients"])


def test_it_is_not_a_name_inside_a_compound(nlp: Language) -> None:
    text = "A brigade that lost men to the US air raids said it would avenge them."
    (avenge,) = [e for e in events(nlp, text) if "avenge" in e["trigger_text"]]
    assert "United States" not in names(avenge["actors"])


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis rejected the Stockholm Agreement.",
        "The ties materialized in 2020 with the signing of the Abraham Accords.",
    ],
)
def test_an_agreement_named_after_a_place_or_person_is_no_party(nlp: Language, text: str) -> None:
    for event in events(nlp, text):
        assert event["recipients"] == [], event["recipients"]


def test_whom_an_accuser_holds_responsible_is_the_recipient(nlp: Language) -> None:
    text = "The ministry held Israel responsible for the attack."
    (hold,) = [e for e in events(nlp, text) if e["trigger_text"].startswith("held")]
    assert words(hold["recipients"]) == ["Israel"]


def test_buildings_do_not_act(nlp: Language) -> None:
    # (what a force stays somewhere for is no fight: see test_event_non_acts)
    text = (
        "The Turkish army says that its soldiers and outposts in northern Iraq shelled "
        "militant positions."
    )
    (shelling,) = [e for e in events(nlp, text) if e["trigger_text"] == "shelled"]
    assert words(shelling["actors"]) == ["its soldiers"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("US aircraft hit five weapons depots belonging to Kataib Hezbollah.", "Kataib Hezbollah"),
        ("US jets struck command centres used by the Quds Force.", "Quds Force"),
    ],
)
def test_whoever_holds_what_is_struck_is_its_recipient(
    nlp: Language, text: str, recipient: str
) -> None:
    (event,) = events(nlp, text)
    assert recipient in words(event["recipients"])


def test_a_passive_receiver_keeps_what_it_was_given(nlp: Language) -> None:
    text = "The deposed president and his family had been granted asylum in Moscow."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["deposed president", "his family"]


def test_halting_operations_against_someone_reaches_them(nlp: Language) -> None:
    text = "Kataib Hezbollah announced that it was suspending its military operations against US forces."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "suspending"]
    assert words(event["recipients"]) == ["US forces"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The foreign ministry welcomed the agreement between Riyadh and Tehran.",
            ["Riyadh", "Tehran"],
        ),
        ("The opposition rejected the deal between the army and the rebels.", ["army", "rebels"]),
    ],
)
def test_judging_a_deal_reaches_both_its_sides(nlp: Language, text: str, sides: list[str]) -> None:
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == sides


def test_what_is_retaken_is_taken_from_someone(nlp: Language) -> None:
    text = "The army launched an offensive to retake Mosul from Islamic State."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Islamic State"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States blacklisted Falih al-Fayyadh over the killing of protesters in 2019.",
        "The EU will impose sanctions on Iranian officials involved in the crackdown on protesters.",
    ],
)
def test_whom_a_verb_reaches_over_an_act_did_not_suffer_it(nlp: Language, text: str) -> None:
    (act,) = [e for e in events(nlp, text) if e["trigger_text"] in ("killing", "crackdown")]
    assert words(act["recipients"]) == ["protesters"]


def test_a_base_of_no_known_owner_gives_way_to_the_people_hit(nlp: Language) -> None:
    text = "A US contractor was killed when rockets struck the military base near Kirkuk."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["US contractor"]


@pytest.mark.parametrize(
    ("text", "threatened"),
    [
        (
            "The Houthi leader Abdul-Malik al-Houthi warned that his forces would target "
            "Israeli ships in the Red Sea.",
            ["Israeli"],
        ),
        ("The minister warned that Israel would pay a heavy price.", ["Israel"]),
    ],
)
def test_a_warning_reaches_the_threatened_not_the_warners_own_side(
    nlp: Language, text: str, threatened: list[str]
) -> None:
    (warned,) = [e for e in events(nlp, text) if e["trigger_text"].startswith("warned")]
    assert words(warned["recipients"]) == threatened


def test_an_embassy_belongs_to_its_state_not_its_host(nlp: Language) -> None:
    text = "Protesters stormed its embassy in Tehran."
    (stormed,) = events(nlp, text)
    assert all(r.get("country") != "IRN" for r in stormed["recipients"])


def test_the_people_housed_in_a_struck_site_are_its_recipients(nlp: Language) -> None:
    text = "Drones and rockets targeted bases housing US troops in Iraq and Syria."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["US troops"]


def test_two_verbs_share_the_object_named_after_the_second(nlp: Language) -> None:
    text = "Taliban militants seized an army base, killing and capturing dozens of soldiers."
    (killing,) = [e for e in events(nlp, text) if e["trigger_text"] == "killing"]
    assert words(killing["recipients"]) == ["soldiers"]


def test_the_accused_is_not_the_victim_of_what_they_are_accused_of(nlp: Language) -> None:
    text = "Iran's foreign minister accused Israel of the sabotage at Natanz."
    (sabotage,) = [e for e in events(nlp, text) if e["trigger_text"] == "sabotage"]
    assert sabotage["recipients"] == [] and sabotage["status"] == "claimed"


def test_a_threat_with_a_date_before_its_infinitive_still_reaches_its_target(
    nlp: Language,
) -> None:
    text = "Iraq threatened on Thursday to cut diplomatic ties with Sweden."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["Sweden"]


def test_a_site_told_as_hosting_troops_reaches_the_troops(nlp: Language) -> None:
    text = "Iran fired missiles at Al Udeid, a large air base in Qatar that hosts US forces."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["US forces"]


@pytest.mark.parametrize(
    "text",
    [
        "Haeri has asked Mohammad Sadiq al-Sadr's followers to obey the supreme leader.",
        "The police arrested Trump's aides on Monday.",
    ],
)
def test_a_persons_people_are_not_that_person(nlp: Language, text: str) -> None:
    (event,) = events(nlp, text)
    assert all(r["type"] != "person" for r in event["recipients"]), event["recipients"]


def test_talking_a_step_over_is_not_taking_it(nlp: Language) -> None:
    text = "A Lebanese delegation flew to Paris to discuss easing the new French sanctions."
    (easing,) = [e for e in events(nlp, text) if "easing" in e["trigger_text"]]
    assert "delegation" not in " ".join(words(easing["actors"]))
    assert easing["status"] == "hypothetical"


def test_the_owner_of_a_topic_is_not_met(nlp: Language) -> None:
    text = (
        "The meeting between the central bank governor and the US Treasury only discussed "
        "the conditions of the US Federal Reserve."
    )
    (meeting,) = events(nlp, text)
    assert "Federal Reserve" not in names(meeting["recipients"])


def test_discussing_cooperation_with_someone_reaches_them(nlp: Language) -> None:
    (event,) = events(nlp, "The minister discussed cooperation with Iran.")
    assert names(event["recipients"]) == ["Iran"]


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        (
            "The administration would capitalise on the pressure policy to extract concessions from Iran.",
            "Iran",
            "administration",
        ),
        ("The rebels won concessions from the government.", "government", "rebels"),
    ],
)
def test_concessions_obtained_from_someone_are_theirs(
    nlp: Language, text: str, giver: str, taker: str
) -> None:
    (event,) = events(nlp, text)
    assert words(event["actors"]) == [giver] and words(event["recipients"]) == [taker]


def test_a_name_after_a_bracketed_acronym_is_still_an_object(nlp: Language) -> None:
    text = (
        "The council imposed sanctions on the Republic of Freedonia (ROF) and the "
        "Democratic Republic of the Congo (DRC) last week."
    )
    (event,) = events(nlp, text)
    assert "Democratic Republic of the Congo" in words(event["recipients"])


def test_a_subject_hung_on_the_auxiliary_still_acts(nlp: Language) -> None:
    text = (
        "The United States and Britain however have opposed resolutions in the Security "
        "Council on chemical weapons."
    )
    (event,) = events(nlp, text)
    assert event["event_type"] == "REJECT"
    assert words(event["actors"]) == ["United States", "Britain"]


def test_it_after_a_passive_refers_to_its_agent(nlp: Language) -> None:
    text = (
        "This tactic has been used in other ways before by the Obama administration when "
        "it unleashed the militia in Syria, then claimed to fight the same militants it "
        "had armed and trained."
    )
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "armed"]
    assert event["actors"][0]["ref_start"] == text.index("Obama administration")


@pytest.mark.parametrize(
    ("text", "presser"),
    [
        (
            "The mayor declined to resign, despite President Joe Biden's request.",
            "President Joe Biden",
        ),
        ("The minister refused to step down despite calls from the opposition.", "opposition"),
    ],
)
def test_a_refusal_reaches_whose_asking_it_defies(nlp: Language, text: str, presser: str) -> None:
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "REJECT"]
    assert words(event["recipients"]) == [presser]


def test_what_is_given_back_goes_to_whom_it_was_taken_from(nlp: Language) -> None:
    text = "The militia said it will return the rifles it seized from the Iraqi army."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"].endswith("return")]
    assert words(event["recipients"]) == ["Iraqi army"]


def test_what_shared_knowledge_is_about_is_no_partner(nlp: Language) -> None:
    text = "The two presidents have agreed to share information on North Korea."
    (event,) = events(nlp, text)
    assert event["event_type"] == "AGREE"
    assert event["recipients"] == []


def test_people_after_with_and_a_participle_undergo_it(nlp: Language) -> None:
    text = "The village was emptied, with its young men kidnapped and sold to traffickers."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "kidnapped"]
    assert event["actors"] == []
    assert words(event["recipients"]) == ["its young men"]


def test_a_name_read_as_a_verbs_compound_is_its_subject(nlp: Language) -> None:
    text = "Carter bombed Libya, Reagan bombed Libya, and now Biden bombs Libya."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "bombs"]
    assert [a["name"] for a in event["actors"]] == ["Joe Biden"]


def test_a_states_allies_are_not_that_state(nlp: Language) -> None:
    (event,) = [e for e in events(nlp, "The US bombed Iran's allies in Syria.") if e["actors"]]
    assert words(event["recipients"]) == ["Iran's allies"]
    assert event["recipients"][0]["country"] != "IRN"


def test_the_delegation_a_leader_heads_is_his_own(nlp: Language) -> None:
    text = (
        "The Jordanian prime minister headed an official delegation to the United States on Friday."
    )
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["United States"]


def test_a_recognised_name_is_named_whole(nlp: Language) -> None:
    text = "The group promised to defend al-Quds, its leader said."
    names_seen = [r["name"] for e in events(nlp, text) for r in e["recipients"]]
    assert "al" not in names_seen


def test_whom_an_anti_coalition_is_against_is_no_partner(nlp: Language) -> None:
    text = "The king later joined the British-led anti-Napoleon coalition."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["British-led anti-Napoleon coalition"]


def test_the_medium_of_a_resignation_is_not_its_actor(nlp: Language) -> None:
    text = "Hours after Sadr’s Twitter resignation, Baghdad fell into chaos."
    (event,) = events(nlp, text)
    assert [a["name"] for a in event["actors"]] == ["Muqtada al-Sadr"]


def test_an_agreement_is_no_party_to_a_pledge(nlp: Language) -> None:
    text = "Despite Biden’s pledge to return to the JCPOA, the talks stalled."
    pledges = [e for e in events(nlp, text) if e["trigger_text"] == "pledge"]
    assert all(e["recipients"] == [] for e in pledges)


def test_a_name_coordinated_after_an_apposition_is_also_reached() -> None:
    # the parse the small model gives "sanctions against the agency Rosstat and the
    # Space Research Organisation": the second name hangs on the first's apposition
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from annalyst.nlp.events.referents import _expand

    words = ["against", "the", "agency", "Rosstat", "and", "the", "Space", "Organisation"]
    heads = [0, 2, 0, 2, 3, 7, 7, 3]
    deps = ["ROOT", "det", "pobj", "appos", "cc", "det", "compound", "conj"]
    pos = ["ADP", "DET", "NOUN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _expand(doc[2])] == ["agency", "Organisation"]


def test_whoever_is_let_free_is_released(nlp: Language) -> None:
    text = (
        "Cairo finally let free the 30-year old British-Egyptian Alaa Fattah, who had been "
        "held in a military prison for years."
    )
    (event,) = events(nlp, text)
    assert event["event_type"] == "RETREAT"
    assert words(event["recipients"]) == ["Alaa Fattah"]


def test_a_named_person_beaten_is_the_victim(nlp: Language) -> None:
    (event,) = events(nlp, "Ahmed Karim was beaten by prison guards in Basra.")
    assert (event["event_type"], event["mode"]) == ("ASSAULT", "beat")
    assert words(event["recipients"]) == ["Ahmed Karim"]


def test_troops_that_will_leave_are_not_whom_an_announcement_reaches(nlp: Language) -> None:
    text = "The president announced on Wednesday that all US troops would leave Syria."
    (event,) = events(nlp, text)
    assert "United States Armed Forces" not in [r["name"] for r in event["recipients"]]


def test_a_named_person_captured_is_the_one_held(nlp: Language) -> None:
    (event,) = events(nlp, "Manuel Noriega was captured by US troops in January 1990.")
    assert (event["event_type"], event["mode"]) == ("COERCE", "arrest")
    assert words(event["recipients"]) == ["Manuel Noriega"]


def test_avenging_a_persons_killing_is_not_aimed_at_that_person(nlp: Language) -> None:
    text = (
        "Tehran, which had vowed to avenge the general’s assassination, fired missiles at the base."
    )
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "vowed"]
    assert event["recipients"] == []


def test_avenging_a_states_killing_is_aimed_at_that_state(nlp: Language) -> None:
    (event,) = events(nlp, "Hezbollah vowed to avenge the Israeli assassination of its commander.")
    assert [r["name"] for r in event["recipients"]] == ["Israel"]


def test_the_group_refers_back_to_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "Police raided a Kataib Hezbollah depot on Thursday and detained nine members of "
        "the group suspected of firing rockets."
    )
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "detained"]
    assert [r["name"] for r in event["recipients"]] == ["Kataib Hezbollah"]
    assert words(event["recipients"]) == ["the group"]


def test_little_resistance_is_how_not_whom(nlp: Language) -> None:
    text = "The rebel units withdrew with little resistance after the army advanced."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "withdrew"]
    assert event["recipients"] == []


def test_a_pledge_to_help_someone_reaches_them(nlp: Language) -> None:
    (event,) = events(nlp, "Kuwait pledged $40 million to help the Lebanese army pay its soldiers.")
    assert event["event_type"] == "AGREE"
    assert words(event["recipients"]) == ["Lebanese army"]


def test_a_show_of_force_as_a_warning_reaches_the_warned(nlp: Language) -> None:
    text = "The Pentagon is sending a carrier strike group to the Gulf as a warning to Iran."
    (event,) = events(nlp, text)
    assert [r["name"] for r in event["recipients"]] == ["Iran"]


def test_goods_delivered_go_to_whoever_ordered_them(nlp: Language) -> None:
    (event,) = events(nlp, "Russia delivered the S-400 systems India had ordered in 2018.")
    assert [r["name"] for r in event["recipients"]] == ["India"]


def test_parties_to_tensions_are_not_what_the_tensions_are(nlp: Language) -> None:
    text = (
        "Under his rule, tensions between Baghdad and the PMU grew as government "
        "forces carried out surprise raids on the PMU offices, arresting some members even."
    )
    actors = [
        a["name"]
        for e in events(nlp, text)
        if "arresting" in e["trigger_text"]
        for a in e["actors"]
    ]
    assert "Popular Mobilization Forces" not in actors


def test_a_weapon_named_by_its_initials_is_no_actor(nlp: Language) -> None:
    text = "The report lists CW attacks on defenseless civilians in the province."
    (event,) = events(nlp, text)
    assert event["actors"] == []


def test_a_leaders_air_attack_is_the_leaders(nlp: Language) -> None:
    text = "The excuse was the same one used after Biden’s first air attack in February."
    (event,) = events(nlp, text)
    assert [a["name"] for a in event["actors"]] == ["Joe Biden"]
    assert event["recipients"] == []


def test_the_movement_of_people_is_motion_not_a_group(nlp: Language) -> None:
    text = "The government eased some restrictions on the movement of aid workers in the north."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["aid workers"]


def test_a_title_of_a_body_names_the_person_after_it(nlp: Language) -> None:
    text = (
        "A missile killed Iranian Quds Force Commander Qassem Soleimani and Iraqi Deputy "
        "Commander of the Popular Mobilization Units (PMU) Abu Mahdi al-Muhandis."
    )
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Qassem Soleimani", "Abu Mahdi al-Muhandis"]
    text = "Gunmen abducted the secretary general of the Iraqi Red Crescent Farid Saleh."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["Farid Saleh"]


def test_a_title_with_no_name_after_it_keeps_its_body(nlp: Language) -> None:
    text = "Police arrested the leader of the Sadrist Movement in Basra on Monday."
    (event,) = events(nlp, text)
    assert "Sadrist Movement" in words(event["recipients"])


def test_states_joined_by_a_slash_or_hyphen_act_together(nlp: Language) -> None:
    (event,) = events(nlp, "The speech recalled the US/Israeli assassinations of two generals.")
    assert names(event["actors"]) == ["United States", "Israel"]
    (event,) = events(nlp, "Russian-Syrian airstrikes killed ten civilians near the town.")
    assert names(event["actors"]) == ["Russia", "Syria"]


def test_two_nationalities_sharing_a_noun_are_two_actors(nlp: Language) -> None:
    (event,) = events(nlp, "The Norwegian and Polish navies began a joint exercise near Bergen.")
    assert [a["id"] for a in event["actors"]] == ["~agent:NOR:mil", "~agent:POL:mil"]
    assert words(event["actors"]) == ["Norwegian", "Polish navies"]
    (event,) = events(nlp, "Israeli and Palestinian negotiators met in Cairo on Monday.")
    assert [a["country"] for a in event["actors"]] == ["ISR", "PSE"]
    (event,) = events(nlp, "US and Iraqi forces attacked the rebels near Mosul.")
    assert names(event["actors"])[0] == "United States"
    assert len(event["actors"]) == 2


def test_whoever_is_committed_to_an_act_commits_itself(nlp: Language) -> None:
    text = "The minister said the Kenyan government is committed to the truce."
    (event,) = events(nlp, text)
    assert event["event_type"] == "AGREE"
    assert words(event["actors"]) == ["Kenyan government"]
    assert event["recipients"] == []


def test_whom_a_state_expels_is_sent_out_by_that_state(nlp: Language) -> None:
    text = "Two monitors for the atomic agency have been expelled from Iran amid a standoff."
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Iran"]
    assert words(event["recipients"]) == ["monitors"]
    text = "The diplomats were expelled by Moscow from the embassy."
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Russia"]


def test_a_capitalised_common_noun_is_an_agent_not_a_name(nlp: Language) -> None:
    (event,) = events(nlp, "The Government has called for an end to the strike.")
    assert [a["id"] for a in event["actors"]] == ["~agent:x:gov"]
    # with no date to tell who held the office, the office (never the state)
    (event,) = nlp("The US President has called for an end to the strike.")._.events
    assert [a["id"] for a in event["actors"]] == ["~agent:USA:gov"]
    text = "Iraqi Prime Minister Hassan Karim has called for an end to the strike."
    (event,) = events(nlp, text)
    assert [a["type"] for a in event["actors"]] == ["person"]


def test_a_third_country_is_no_one_named(nlp: Language) -> None:
    (event,) = events(nlp, "Japan has pledged to work with India on third country projects.")
    assert names(event["recipients"]) == ["India"]
    (event,) = events(nlp, "The firm sold rifles to third countries.")
    assert event["recipients"] == []


def test_civilians_in_named_states_are_those_states_people(nlp: Language) -> None:
    text = "The Commission sent aid of 60 million euros to help people in Chad and Niger."
    (event,) = events(nlp, text)
    assert [a["id"] for a in event["recipients"]] == ["~agent:TCD:cvl", "~agent:NER:cvl"]
    assert words(event["recipients"]) == ["people in Chad", "Niger"]
    # a town's people stay people: the town is where, not whose
    (event,) = events(nlp, "The Commission sent aid to help people in Mosul.")
    assert [a["id"] for a in event["recipients"]] == ["~agent:x:cvl"]


def test_whoever_resigns_an_office_leaves_the_body_it_is_of(nlp: Language) -> None:
    (event,) = events(nlp, "Marcos resigned as president of the Philippines in 1986.")
    assert (event["event_type"], names(event["recipients"])) == ("RETREAT", ["Philippines"])
    (event,) = events(nlp, "The minister resigned as head of the Labour Party on Monday.")
    assert names(event["recipients"]) == ["Labour Party"]
    (event,) = events(nlp, "The mayor resigned as a protest against the cuts.")
    assert event["recipients"] == []


def test_what_someone_is_punished_for_is_said_of_them(nlp: Language) -> None:
    found = {e["trigger"]: e for e in events(nlp, "Police detained two men for attacking a bus.")}
    attack = found["attacking"]
    assert (words(attack["actors"]), attack["status"]) == (["men"], "claimed")
    assert attack["claimed_by"]["name"] == "Police"
    text = "The journalist was arrested in Niger for collaborating with the rebels."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert words(found["collaborating"]["actors"]) == ["journalist"]
    assert found["collaborating"]["status"] == "claimed"
    text = "Israel blamed Iran for attacking the tanker on Monday."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert (found["attacking"]["status"], found["attacking"]["claimed_by"]["name"]) == (
        "claimed",
        "Israel",
    )


def test_a_country_where_someone_is_arrested_arrests_them(nlp: Language) -> None:
    (event,) = events(nlp, "The activist was jailed in Iran last year.")
    assert names(event["actors"]) == ["Iran"]
    assert event["location"]["name"].startswith("Iran")
    (event,) = events(nlp, "The man was arrested in Mosul on Friday.")
    assert event["actors"] == []  # a town: whose police is not said
    (event,) = events(nlp, "The man was arrested by police in Rwanda on Friday.")
    assert words(event["actors"]) == ["police"]


def test_a_protest_answers_whoever_made_what_it_protests(nlp: Language) -> None:
    text = "Three thousand employees staged a strike in response to Siemens's decision."
    (event,) = events(nlp, text)
    assert (event["event_type"], names(event["recipients"])) == ("PROTEST", ["Siemens"])
    (event,) = events(nlp, "Farmers protested on Monday over the EU's trade deal.")
    assert names(event["recipients"]) == ["European Union"]
    found = events(nlp, "Truckers went on strike over the killing of a driver.")
    strike = next(e for e in found if e["event_type"] == "PROTEST")
    assert strike["recipients"] == []  # the victim is not whom the strike is against


def test_a_member_named_after_the_body_is_the_member(nlp: Language) -> None:
    text = "A member of the Syrian People's Assembly, Mohammed Fawaz, lauded the PMF."
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Mohammed Fawaz"]


def test_a_topic_is_not_a_party(nlp: Language) -> None:
    text = "Cooperation between Chile and Peru on intelligence sharing grew in 2019."
    (event,) = events(nlp, text)
    assert (names(event["actors"]), event["recipients"]) == (["Chile", "Peru"], [])
    text = "Armenia and Azerbaijan reached agreement on a prisoner exchange in Vienna."
    (event,) = events(nlp, text)
    assert event["recipients"] == []


def test_an_actors_own_force_is_not_whom_it_acts_on(nlp: Language) -> None:
    text = "The NATO alliance has agreed to an expansion of its peacekeeping force in Kosovo."
    (event,) = events(nlp, text)
    assert "its peacekeeping force" not in words(event["recipients"])
    text = "Hezbollah said Israel attacked its fighters near the border."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["its fighters"]  # Hezbollah's, not Israel's own


def test_people_hit_by_a_disaster_in_a_state_are_its_people(nlp: Language) -> None:
    text = "The agency sent aid to populations affected by the cyclone in Malawi and Zambia."
    (event,) = events(nlp, text)
    assert [a["country"] for a in event["recipients"]] == ["MWI", "ZMB"]


def test_someones_kin_are_people_of_their_own(nlp: Language) -> None:
    text = "A court ordered the son of former Prime Minister Ion Sturza to repay the money."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["son of Ion Sturza"]
    assert event["recipients"][0]["type"] == "person"
    (event,) = events(nlp, "The army killed the son of the governor on Friday.")
    assert names(event["recipients"]) == ["son of governor"]


def test_whoever_dies_of_a_harm_suffered_it(nlp: Language) -> None:
    text = "A political prisoner died in custody in Iran due to repeated torture."
    (event,) = events(nlp, text)
    assert (event["event_type"], words(event["recipients"])) == (
        "ASSAULT",
        ["political prisoner"],
    )
    (event,) = events(nlp, "A party member died in prison after torture, his family said.")
    assert words(event["recipients"]) == ["party member"]


def test_an_agent_of_an_agents_kind_is_one_agent(nlp: Language) -> None:
    (event,) = events(nlp, "Police arrested an army officer in Lagos on Monday.")
    assert words(event["recipients"]) == ["army officer"]


def test_a_list_read_as_an_apposition_of_a_count_is_all_actors(nlp: Language) -> None:
    text = (
        "The Kenyan government, a number of political parties and the Taliban condemned the move."
    )
    (event,) = events(nlp, text)
    assert len(event["actors"]) == 3
    text = "Police detained Ali Nasser, a Hezbollah member, in Sidon on Monday."
    (event,) = events(nlp, text)
    assert "Hezbollah" not in names(event["recipients"])  # one member, not the party


def test_an_acronym_the_tagger_read_as_an_adverb_is_the_subject(nlp: Language) -> None:
    (event,) = events(nlp, "USAID deployed seven search-and-rescue teams to Haiti.")
    assert names(event["actors"]) == ["USAID"]


def test_the_subject_of_a_participle_read_as_the_main_verb_acts(nlp: Language) -> None:
    text = "Hackers linked to the Iranian government launched cyber-attacks on US banks."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["Hackers"]
    text = "Dozens of Russian peacekeepers destined for the region began deploying on Tuesday."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["Russian peacekeepers"]


def test_whoever_uses_people_as_shields_does_it(nlp: Language) -> None:
    (event,) = events(nlp, "The militants used villagers as human shields.")
    assert (words(event["actors"]), words(event["recipients"])) == (["militants"], ["villagers"])


def test_a_course_weighed_is_weighed_by_its_subject(nlp: Language) -> None:
    text = (
        "The Government of Austria is considering the possibility of providing experts to the UN."
    )
    (event,) = events(nlp, text)
    assert (names(event["actors"]), event["status"]) == (["Government of Austria"], "hypothetical")


def test_a_purpose_compound_is_no_holder(nlp: Language) -> None:
    (event,) = events(nlp, "Hackers launched cyber-attacks on a flood-control dam near the city.")
    assert event["recipients"] == []  # not the "flood"
    (event,) = events(nlp, "The army shelled the rebel-held town on Monday.")
    assert words(event["recipients"]) == ["rebel-held"]


def test_a_noun_in_the_crosshairs_is_no_partner(nlp: Language) -> None:
    text = "The cardinal did not shy away from discussing persecution with Hezbollah in the crosshairs."
    assert all(e["recipients"] == [] for e in events(nlp, text))
    (event,) = events(nlp, "The army clashed with rebels in control of the town.")
    assert words(event["recipients"]) == ["rebels"]


def test_whoever_is_guilty_of_doing_something_did_it(nlp: Language) -> None:
    text = "Chad and Sudan were guilty of violating the ceasefire 70 times along the border."
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Chad", "Sudan"]


def test_a_states_officer_is_a_person_of_that_state(nlp: Language) -> None:
    (event,) = events(nlp, "Police arrested Mali's defence minister on Monday.")
    assert [(a["id"], a["country"]) for a in event["recipients"]] == [("~agent:MLI:gov", "MLI")]


def test_its_in_an_infinitive_is_the_described_doer(nlp: Language) -> None:
    text = "Congress kept the sanctions on Iran, persuading the country to halt its cooperation."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert names(found["halt"]["actors"]) == ["Iran"]
    assert found["halt"]["recipients"] == []  # its own cooperation


def test_the_two_leaders_are_the_two_named_before(nlp: Language) -> None:
    text = "Putin met Erdogan in Sochi on Monday, and both leaders condemned the attack."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert len(found["condemned"]["actors"]) == 2
    assert {a["type"] for a in found["condemned"]["actors"]} == {"person"}


def test_a_partner_hung_on_what_is_acted_on_is_reached(nlp: Language) -> None:
    text = "Rabat announced a suspension of air links with 21 countries in Europe on Monday."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["21 countries"]
    text = "The army launched a military operation, Operation Dawn, against militants in May."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["militants"]


def test_whatever_fire_is_set_to_is_attacked(nlp: Language) -> None:
    (event,) = events(nlp, "Rioters set fire to the Iranian consulate on Friday night.")
    assert (event["event_type"], words(event["recipients"])) == (
        "ASSAULT",
        ["Iranian consulate"],
    )


def test_money_for_projects_that_help_people_reaches_those_people(nlp: Language) -> None:
    text = "The EU gave 5 million euros to fund programmes that help displaced families."
    (event,) = events(nlp, text)
    assert (event["event_type"], words(event["recipients"])) == ("AID", ["displaced families"])


def test_the_described_country_is_the_one_in_view(nlp: Language) -> None:
    text = "Pope Francis visited Iraq on Friday, the first papal trip to the war-torn country."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Iraq"]
    text = "Turkey closed its border with Syria and shelled the neighbouring country in May."
    shelled = next(e for e in events(nlp, text) if e["trigger"] == "shelled")
    assert "Turkey" not in names(shelled["recipients"])


def test_a_single_nationality_stays_one_actor(nlp: Language) -> None:
    (event,) = events(nlp, "Polish troops attacked the rebels near the border.")
    assert [a["id"] for a in event["actors"]] == ["~agent:POL:mil"]


def test_a_description_a_copula_names_is_that_name(nlp: Language) -> None:
    text = "The only country that could arm the rebels is Iran, the envoy said."
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "arm"]
    assert names(event["actors"]) == ["Iran"]
    text = "The country that armed the rebels is a neighbour."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["country"]


def test_the_noun_before_a_gerund_in_a_preposition_is_its_subject(nlp: Language) -> None:
    text = (
        "The envoy welcomed the raid, and in spite of the Iraqi Defence Ministry "
        "denying it had known of the strike in advance."
    )
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "denying"]
    assert words(event["actors"]) == ["Iraqi Defence Ministry"]


def test_who_judges_an_act_in_the_passive_did_not_do_it(nlp: Language) -> None:
    found = events(nlp, "The attack was condemned by the United Nations.")
    assert all(e["actors"] == [] for e in found if e["event_type"] == "ASSAULT")
    (event,) = events(nlp, "The attack was carried out by Hezbollah.")
    assert names(event["actors"]) == ["Hezbollah"]


def test_a_name_hung_on_the_verb_after_a_bracket_is_another_object(nlp: Language) -> None:
    text = (
        "The authorities banned the National Democratic Union (NDU) and the recently "
        "formed Popular Action Front (PAF), forcing them to disband."
    )
    (event,) = events(nlp, text)
    assert words(event["recipients"])[-1] == "Popular Action Front"


def test_people_named_by_their_ethnic_group_are_acted_upon(nlp: Language) -> None:
    (event,) = events(nlp, "Gunmen killed two Chechens near the border.")
    assert words(event["recipients"]) == ["two Chechens"]
    (event,) = events(nlp, "Police arrested dozens of Uyghurs.")
    assert words(event["recipients"]) == ["Uyghurs"]


def test_fighters_from_an_organisation_act_for_it(nlp: Language) -> None:
    (event,) = events(nlp, "Militants of Hezbollah fired rockets at the base.")
    assert names(event["actors"]) == ["Hezbollah"]
    (event,) = events(nlp, "Some 300 mercenaries from Serbia attacked the port city.")
    assert words(event["actors"]) == ["mercenaries"]


def test_they_after_a_states_allies_are_the_allies(nlp: Language) -> None:
    text = "The army struck Iran's allies and accused them of carrying out the attacks."
    (accusation,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert names(accusation["recipients"]) == ["Iran's allies"]


def test_a_noun_before_its_own_clause_is_no_conjunct_of_the_object(nlp: Language) -> None:
    text = (
        "During the fighting, mortars were fired at the US embassy and flags of Iranian "
        "parties were burned."
    )
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["US embassy"]
    text = "They are deployed by foreign forces to Syria, Iraq and Yemen to commit atrocities."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "MOBILIZE"]
    assert names(event["recipients"]) == ["Syria", "Iraq", "Yemen"]


def test_an_act_as_a_clauses_subject_is_no_actor(nlp: Language) -> None:
    found = events(nlp, "Attacking the hospitals violates the laws of war.")
    assert all(words(e["actors"]) != ["hospitals"] for e in found)


def test_an_object_put_after_a_phrase_of_the_verb_is_its_object(nlp: Language) -> None:
    text = (
        "The service described the covert plan, saying in a note: “Late in 2019, the "
        "Americans released from prisons … some forty Daesh militants, among them citizens of "
        "Tunisia.”"
    )
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "RETREAT"]
    assert words(event["actors"]) == ["Americans"]
    assert "agency" not in words(event["recipients"])


def test_a_stretch_from_one_place_to_another_is_no_partner(nlp: Language) -> None:
    text = "The battle let the militia take control of the highway from Baghdad to Baiji."
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "COERCE"]
    assert event["recipients"] == []
    (event,) = events(nlp, "The US withdrew its troops from Iraq to Kuwait.")
    assert "Iraq" in names(event["recipients"])


@pytest.mark.parametrize(
    ("text", "acted_upon"),
    [
        ("Police arrested dozens of Maoists.", "Maoists"),
        ("The army attacked the secessionists near the border.", "secessionists"),
        ("Rebels will release two homeguards held since March.", "two homeguards"),
    ],
)
def test_followers_of_a_cause_and_other_people_nouns_are_actors(
    nlp: Language, text: str, acted_upon: str
) -> None:
    (event,) = [e for e in events(nlp, text) if e["recipients"]][:1]
    assert words(event["recipients"]) == [acted_upon]


def test_the_country_is_the_one_state_in_view(nlp: Language) -> None:
    text = "Iraqi Christians fled after the US invasion of the country in 2003."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Iraq"]
    assert words(event["recipients"]) == ["the country"]
    text = (
        "The Iraqi lawmaker said the militias could force US troops to withdraw from the country."
    )
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Iraq"]


def test_the_country_with_two_states_in_view_stays_unresolved(nlp: Language) -> None:
    text = "Iranian and Syrian officials said the strikes on the country must stop."
    assert all("Iran" not in names(e["recipients"]) for e in events(nlp, text))


def test_whom_a_fight_is_against_is_not_whom_one_supports(nlp: Language) -> None:
    (event,) = events(nlp, "Turkey supported the fight against ISIS.")
    assert event["recipients"] == []
    (event,) = events(nlp, "The army launched an offensive against ISIS.")
    assert names(event["recipients"]) == ["Islamic State"]


def test_a_past_tense_read_as_a_modifier_keeps_its_subject(nlp: Language) -> None:
    text = "Clinton bombed Sudan, Bush bombed Iraq, Obama bombed Libya, and now Biden bombs Syria."
    found = events(nlp, text)
    assert [names(e["actors"]) for e in found] == [
        ["Bill Clinton"],
        ["George W. Bush"],
        ["Barack Obama"],
        ["Joe Biden"],
    ]
    (event,) = events(nlp, "Militias attacked the US occupied zone.")
    assert words(event["actors"]) == ["Militias"]


def test_a_body_s_title_and_name_in_apposition_name_the_person(nlp: Language) -> None:
    text = (
        "In January 2020, Iranian Quds Force commander General Qassem Soleimani and Iraq’s "
        "Popular Mobilization Units (PMU) deputy head Hashed Abu Mahdi al-Muhandis were "
        "killed by US drones by the airport."
    )
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Qassem Soleimani", "Abu Mahdi al-Muhandis"]


def test_an_act_named_in_a_setting_before_the_clause_has_no_victims_there(
    nlp: Language,
) -> None:
    text = "In the battle of Tikrit, the militias finished their preparations to storm the city."
    (battle,) = [e for e in events(nlp, text) if e["trigger"] == "battle"]
    assert battle["recipients"] == []
    (event,) = events(nlp, "In a strike on Monday, ten soldiers were killed.")
    assert words(event["recipients"]) == ["soldiers"]


def test_it_after_a_group_named_by_its_name_is_that_group(nlp: Language) -> None:
    text = (
        "Saraya Awliya al-Dam group, part of the Popular Mobilization Units, announced "
        "that it had stopped all its operations during the visit."
    )
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Saraya Awliya al-Dam"]


def test_people_named_before_a_harmful_act_are_its_victims(nlp: Language) -> None:
    text = "The rebels are responsible for mass killings and child abductions in the north."
    (event,) = events(nlp, text)
    assert (words(event["actors"]), words(event["recipients"])) == (["rebels"], ["child"])


def test_whose_invitation_is_accepted_is_answered(nlp: Language) -> None:
    text = "The president has accepted the Turkish leader's invitation to visit Ankara."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["president"]
    assert words(event["recipients"]) == ["Turkish leader"]


def test_a_penalty_named_after_its_target_reaches_it(nlp: Language) -> None:
    (event,) = events(nlp, "Washington lifted the Iran sanctions.")
    assert (names(event["actors"]), names(event["recipients"])) == (["United States"], ["Iran"])
    (event,) = events(nlp, "The EU extended its Russia sanctions for six months.")
    assert names(event["recipients"]) == ["Russia"]
    (event,) = events(nlp, "Biden lifted the US sanctions on Venezuela.")
    assert names(event["recipients"]) == ["Venezuela"]


def test_whoever_is_pressed_to_act_is_who_its_refers_to(nlp: Language) -> None:
    text = (
        "The US is exerting pressure on Baghdad to address allegations that its banking "
        "sector helps Tehran evade sanctions."
    )
    found = events(nlp, text)
    (pressure,) = [e for e in found if e["event_type"] == "REQUEST"]
    assert (names(pressure["actors"]), names(pressure["recipients"])) == (
        ["United States"],
        ["Iraq"],
    )
    (event,) = events(nlp, "The US urged Iran to stop its attacks on shipping.")[1:]
    assert names(event["actors"]) == ["Iran"]


def test_a_plural_pronoun_stands_for_the_several_named_before_it(nlp: Language) -> None:
    # not the lone person who is the clause's subject: the pair named before
    text = (
        "The minister honoured Ali Hassan and Omar Khalid, who died in the shelling, "
        "calling their killings a crime."
    )
    (killings,) = [e for e in events(nlp, text) if e["trigger"] == "killings"]
    assert names(killings["recipients"]) == ["Ali Hassan", "Omar Khalid"]
    # not a nearer single state: the several people named before it
    text = "The Americans will leave Syria soon, because the tribes have decided to fight them."
    (fight,) = [e for e in events(nlp, text) if e["trigger"] == "fight"]
    assert [r["id"] for r in fight["recipients"]] == ["~agent:USA:people"]
    # an organisation may still be "they"
    text = "Hezbollah told the Israelis that they would halt their rocket fire for a day."
    (halting,) = [e for e in events(nlp, text) if e["trigger"] == "halt"]
    assert [a["id"] for a in halting["actors"]] == ["hezbollah"]


def test_a_name_given_to_a_battle_is_not_who_fought_it(nlp: Language) -> None:
    text = (
        "Although for many, the Saif al-Nasr (Sword of Victory) battle, last May, "
        "represented great suffering and loss of life, the war changed the region."
    )
    (battle,) = [e for e in events(nlp, text) if e["trigger"] == "battle"]
    assert battle["actors"] == []
    # a known actor before the noun still fights it
    (offensive,) = events(nlp, "The Hezbollah offensive began in March.")
    assert names(offensive["actors"]) == ["Hezbollah"]


def test_a_verb_after_an_aside_goes_with_the_clause_the_aside_is_in(nlp: Language) -> None:
    text = (
        "In the minister’s speech, he took up the stance of Ali Hassan – whose "
        "Hassanist bloc won the most seats in the May 2018 vote – and accused "
        "the much loved cleric of knowing nothing."
    )
    (accused,) = [e for e in events(nlp, text) if e["trigger"] == "accused"]
    assert "bloc" not in " ".join(words(accused["actors"]))


def test_whoever_acts_with_a_deed_does_it(nlp: Language) -> None:
    text = "The envoy said that Moscow had acted to stabilize Syria with the killing of the rebels."
    (killing,) = [e for e in events(nlp, text) if e["trigger"] == "killing"]
    assert names(killing["actors"]) == ["Russia"]
    assert "Syria" not in names(killing["recipients"])  # made stable, not killed
    text = "The government met the demands of the strikers with a crackdown."
    (crackdown,) = [e for e in events(nlp, text) if e["trigger"] == "crackdown"]
    assert words(crackdown["actors"]) == ["government"]
    # a deed one meets with is someone else's
    for text in (
        "The decision was met with protests across the country.",
        "The new alliance materialized in 2020 with the signing of a defence pact.",
    ):
        assert all(e["actors"] == [] for e in events(nlp, text)), text


def test_a_deed_named_again_in_its_sentence_is_one_event(nlp: Language) -> None:
    text = (
        "The minister honoured Ali Hassan and Omar Khalid, who were killed in an Israeli "
        "drone strike, calling their killings a crime."
    )
    found = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert len(found) == 1
    assert names(found[0]["actors"]) == ["Israel"]
    # "who were": both of the pair were killed; "who was": the one named last
    assert words(found[0]["recipients"]) == ["Ali Hassan", "Omar Khalid"]
    text = "The minister honoured Ali Hassan and Omar Khalid, who was killed in a strike."
    (strike,) = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert words(strike["recipients"]) == ["Omar Khalid"]


def test_a_call_after_reported_words_is_the_speakers_own(nlp: Language) -> None:
    text = (
        "Speaking beside his American counterpart Lloyd Austin in Washington on Friday, the "
        "Iraqi defence minister said that Baghdad still needed help, and called for closer "
        "security cooperation."
    )
    doc = nlp(text)
    (call,) = [e for e in doc._.events if e["trigger"] == "called"]
    assert words(call["actors"]) == ["Iraqi defence minister"]
    assert call["status"] == "asserted"  # done by saying it, not reported
    # the speaker described by a nationality is no one of another country named before
    (quote,) = doc._.quotes
    assert quote["speaker"]["country"] == "IRQ"


def test_those_sent_to_do_something_do_it(nlp: Language) -> None:
    text = "Hundreds of fighters were deployed by the Gulf states to Yemen to commit atrocities."
    (atrocities,) = [e for e in events(nlp, text) if e["trigger"] == "atrocities"]
    assert words(atrocities["actors"]) == ["fighters"]


def test_an_alliance_between_named_actors_is_those_actors(nlp: Language) -> None:
    text = "A loose alliance between Hezbollah and Hamas condemned the sanctions on Monday."
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Hezbollah", "Hamas"]


def test_a_toll_after_the_reporting_words_is_the_deeds(nlp: Language) -> None:
    text = (
        "Rebel fighters overran an army post in the north, officials said on Tuesday, "
        "killing nine soldiers."
    )
    (killing,) = [e for e in events(nlp, text) if e["trigger"] == "killing"]
    assert words(killing["actors"]) == ["Rebel fighters"]


def test_a_chief_of_a_states_force_is_its_agent(nlp: Language) -> None:
    (event,) = events(nlp, "Kenya's police chief refused a request to resign on Monday.")
    assert [a["id"] for a in event["actors"]] == ["~agent:KEN:cop"]


def test_a_concession_after_a_settlement_answers_the_other_side(nlp: Language) -> None:
    text = "The dockers called off their strike after reaching a deal with the ministry."
    (event,) = events(nlp, text)
    assert (event["event_type"], words(event["recipients"])) == ("CONCEDE", ["ministry"])
    text = "The miners called off the strike after the agreement with the Chilean government."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["Chilean government"]


def test_the_one_a_clause_is_about_made_the_visit_it_happened_during(nlp: Language) -> None:
    text = (
        "The statement condemned the killing of Ali Hassan and General Omar Khalid who "
        "was targeted during an official visit to Iraq."
    )
    (visit,) = [e for e in events(nlp, text) if e["trigger"] == "visit"]
    assert words(visit["actors"]) == ["Omar Khalid"]  # not the killing, nor the pair
    assert names(visit["recipients"]) == ["Iraq"]  # a visit is not done to whoever was hit
    text = (
        "Brazil's foreign minister pledged his country's support to the Haitian people "
        "during a visit to Port-au-Prince on Monday."
    )
    (visit,) = [e for e in events(nlp, text) if e["trigger"] == "visit"]
    assert words(visit["actors"]) == ["Brazil's foreign minister"]


def test_its_on_a_later_item_of_a_list_is_the_owner_named_on_the_first(nlp: Language) -> None:
    text = (
        "“We are facing the Turkish hegemony and its occupation of Syria, its attacks "
        "against the Kurdish fighters and its occupation of northern Iraq.”"
    )
    (attacks,) = [e for e in events(nlp, text) if e["trigger"] == "attacks"]
    assert [a["id"] for a in attacks["actors"]] == ["turkey"]


def test_a_title_of_a_body_in_a_place_is_the_named_holders(nlp: Language) -> None:
    for text in (
        "President Bashar al-Assad hosted Head of the Popular Mobilization Forces in Iraq "
        "Faleh al-Fayyad on Wednesday.",
        "Assad received the head of the Popular Mobilization Forces, Faleh al-Fayyad, on Monday.",
    ):
        (event,) = events(nlp, text)
        assert names(event["recipients"]) == ["Falih al-Fayyadh"], text
    # a body and a person coordinated are two
    text = "Assad received the head of the Popular Mobilization Forces and Faleh al-Fayyad."
    (event,) = events(nlp, text)
    assert len(event["recipients"]) == 2


def test_the_militia_is_no_ministry_named_before_it(nlp: Language) -> None:
    text = "The US, as Pentagon spokesman John Kirby put it, struck the militia on Friday."
    (event,) = events(nlp, text)
    assert [r["id"] for r in event["recipients"]] != ["us-department-of-defense"]
    text = "US forces raided a Kataib Hezbollah site and detained 14 members of the group."
    (detained,) = [e for e in events(nlp, text) if e["trigger"] == "detained"]
    assert [r["id"] for r in detained["recipients"]] == ["kataib-hezbollah"]


def test_it_after_a_thing_that_acts_is_that_thing(nlp: Language) -> None:
    text = (
        "This battle was a turning point in the war against the Taliban, after it "
        "liberated the road between the two cities."
    )
    (event,) = [e for e in events(nlp, text) if e["trigger"] == "liberated"]
    assert event["actors"] == []


def test_a_site_or_unit_of_a_named_body_stands_for_the_body(nlp: Language) -> None:
    text = "Jets struck the headquarters of a southern battalion of Hezbollah near the border."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Hezbollah"]
    (event,) = events(nlp, "The armed wing of Hamas fired rockets at the town.")
    assert names(event["actors"]) == ["Hamas"]


def test_who_is_accused_or_suspected_of_an_act_is_its_alleged_doer(nlp: Language) -> None:
    text = "The governor is known to be close to Ankara and is suspected to be cooperating with Turkey."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["governor"]
    assert event["status"] == "claimed"
    text = "For years the police have faced accusations of collaborating with the cartel."
    (event,) = [e for e in events(nlp, text) if e["trigger"] == "collaborating"]
    assert words(event["actors"]) == ["police"]


def test_the_ones_harmed_by_someone_are_not_theirs(nlp: Language) -> None:
    text = "They recruited new fighters to replace the ones killed by Russian jets."
    (killed,) = [e for e in events(nlp, text) if e["trigger"] == "killed"]
    assert names(killed["actors"]) == ["Russia"]
    assert killed["recipients"] == []  # the killers are not whom they killed
    (aided,) = [
        e
        for e in events(nlp, "Syrian troops, aided by Russian airpower, retook the town.")
        if e["trigger"] == "aided"
    ]
    assert words(aided["actors"]) == ["Russian airpower"]


def test_those_helped_in_a_deed_do_it_with_their_helpers(nlp: Language) -> None:
    text = "The militias are helping the foreign troops in the looting of the oil fields."
    (looting,) = [e for e in events(nlp, text) if e["trigger"] == "looting"]
    assert words(looting["actors"]) == ["militias", "troops"]
    assert "troops" not in words(looting["recipients"])


def test_their_companions_belong_to_the_persons_named_before(nlp: Language) -> None:
    text = (
        "Commander Jamal Haddad, along with Omar Saleh, deputy head of the Popular "
        "Mobilization Units, and their companions were killed in a drone strike."
    )
    (strike,) = events(nlp, text)
    got = [r["name"] for r in strike["recipients"]] + [
        a["name"] for r in strike["recipients"] for a in r.get("also", [])
    ]
    assert "Popular Mobilization Forces" not in got
    assert any("Saleh" in n for n in got) and any("Haddad" in n for n in got)


def test_a_site_named_after_a_person_is_not_the_person(nlp: Language) -> None:
    text = "Al-Asad airbase in Iraq has been targeted by at least two rockets on Tuesday."
    (strike,) = events(nlp, text)
    assert "Bashar al-Assad" not in names(strike["recipients"])


def test_a_title_with_its_holder_set_off_by_commas_is_the_holder(nlp: Language) -> None:
    (killing,) = events(
        nlp, "The drone killed the Quds Force commander, Qassem Soleimani, in 2020."
    )
    assert names(killing["recipients"]) == ["Qassem Soleimani"]
    (talks,) = events(nlp, "The EU held talks with the Palestinian president, Mahmoud Abbas.")
    assert names(talks["recipients"]) == ["Mahmoud Abbas"]


def test_a_country_forces_are_expelled_from_is_where_not_whom(nlp: Language) -> None:
    (expel,) = events(nlp, "Parliament voted to expel foreign forces from Iraq.")
    assert names(expel["recipients"]) != [] and "Iraq" not in names(expel["recipients"])
    (diplomats,) = events(nlp, "Moscow expelled two diplomats from Poland and Sweden on Monday.")
    assert {"Poland", "Sweden"} <= set(names(diplomats["recipients"]))


def test_who_a_call_or_an_edict_is_of_made_it(nlp: Language) -> None:
    (call,) = [
        e
        for e in events(nlp, "The call of Pope Francis for peace was ignored.")
        if e["trigger"] == "call"
    ]
    assert names(call["actors"]) == ["Pope Francis"] and call["recipients"] == []


def test_a_cleft_sentence_names_the_doer_first(nlp: Language) -> None:
    (event,) = events(nlp, "It was Hamas that fired the last rocket.")
    assert names(event["actors"]) == ["Hamas"]


def test_a_cleft_focus_holds_its_relative_clause(nlp: Language) -> None:
    # the parser hangs the clause on the noun inside the focus's own phrase
    (event,) = events(
        nlp, "It was Iraqi militiamen tied to the government that had been killed, not Iranians."
    )
    assert words(event["recipients"]) == ["Iraqi militiamen"]


def test_which_after_a_state_is_that_state(nlp: Language) -> None:
    # the parser hangs the clause on the famine, far before the state
    text = "The worst famine is in Sudan which has been blockaded for a year by the RSF."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["Sudan"]
    # (a state inside the noun's own phrase leaves the clause to the noun)
    (event,) = events(
        nlp, "The report on Sudan, which was published on Monday, criticized the RSF."
    )
    assert names(event["recipients"]) != ["Sudan"]


def test_an_unnamed_body_that_reports_its_own_deed(nlp: Language) -> None:
    (event,) = events(nlp, "The militia said it had shelled the camp.")
    assert words(event["actors"]) == ["it"]
    assert event["actors"][0]["sectors"] == ["REB"]
    # "they" is not one militia
    (event,) = events(nlp, "The militia said they had shelled the camp.")
    assert event["actors"] == []


def test_a_border_two_states_share_is_no_ones(nlp: Language) -> None:
    (event,) = events(nlp, "US jets bombed militia positions on the Syrian-Iraqi border.")
    assert "Iraq" not in names(event["recipients"])
    assert "Syria" not in names(event["recipients"])


def test_what_a_call_asks_for_as_a_gerund_is_its_content(nlp: Language) -> None:
    (event,) = events(nlp, "The president called for punishing the Kuwaiti officials.")
    assert event["event_type"] == "REQUEST"
    assert names(event["recipients"]) == ["Kuwaiti officials"]
    (event,) = events(nlp, "Raisi called for withdrawing US troops from Iraq.")
    assert (event["event_type"], event["cameo"]) == ("REQUEST", "0256")


def test_an_act_asked_for_in_the_passive_is_the_requests_content(nlp: Language) -> None:
    text = "Officials in Juba said the deployment had been requested by the Ugandan government."
    (event,) = events(nlp, text)
    assert (event["event_type"], names(event["actors"])) == ("REQUEST", ["Ugandan government"])
    # a request made is a request, whatever became of it
    text = "His calls for the militias to hand over their weapons were rejected."
    assert "REQUEST" in [e["event_type"] for e in events(nlp, text)]


def test_doers_described_by_an_adjective_do_the_act_after_it(nlp: Language) -> None:
    text = (
        "Malian troops launched a large-scale sweep around Gao on Friday after gunmen loyal"
        " to a local warlord ambushed a convoy near the town."
    )
    found = events(nlp, text)
    (ambush,) = [e for e in found if "ambushed" in e["trigger_text"]]
    assert names(ambush["actors"]) == ["gunmen"]
    assert any("sweep" in e["trigger_text"] for e in found)


def test_the_subject_of_a_time_clause_with_a_phrase_of_its_own_acts(nlp: Language) -> None:
    text = (
        "Britain summoned Russia's ambassador after a court in Moscow sentenced two British"
        " nationals to prison."
    )
    (sentence,) = [e for e in events(nlp, text) if e["trigger"] == "sentenced"]
    assert all(a["name"] != "United Kingdom" for a in sentence["actors"])


def test_whoever_issued_the_warrant_is_not_arrested(nlp: Language) -> None:
    text = "Police arrested the former warlord in Kinshasa on a warrant from the ICC."
    (arrest,) = events(nlp, text)
    assert names(arrest["recipients"]) == ["former warlord"]


def test_what_a_sharing_is_of_is_no_party(nlp: Language) -> None:
    (event,) = events(nlp, "Kenya and Uganda agreed to expand intelligence sharing.")
    assert event["recipients"] == []


def test_a_couple_of_a_nationality_is_people_not_their_state(nlp: Language) -> None:
    (event,) = events(nlp, "The Taliban detained an Austrian couple in Bamiyan province.")
    assert names(event["recipients"]) == ["Austrian couple"]


def test_its_air_defences_are_the_owners(nlp: Language) -> None:
    text = "Turkey's defence ministry said its air defences shot down two drones near the border."
    (event,) = events(nlp, text)
    assert event["actors"] and event["actors"][0]["country"] == "TUR"


def test_whom_pressure_drives_to_act_acts(nlp: Language) -> None:
    text = "Public pressure would drive the Iraqi government to demand the withdrawal of US forces."
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Government of Iraq"]
    found = events(nlp, "The strike provoked Hezbollah to fire rockets at Israel.")
    fired = next(e for e in found if e["trigger"] == "fire")
    assert (names(fired["actors"]), fired["status"]) == (["Hezbollah"], "asserted")


def test_its_on_a_noun_told_again_is_the_first_ones_owner(nlp: Language) -> None:
    text = "The US withdrawal from Syria will differ from its withdrawal from Somalia."
    second = [e for e in events(nlp, text) if e["trigger"] == "withdrawal"][-1]
    assert names(second["actors"]) == ["United States"]


def test_insisting_on_ones_own_deed_asks_nothing_of_anyone(nlp: Language) -> None:
    text = "The commander insisted on accompanying a young fighter to the front."
    assert [e for e in events(nlp, text) if e["event_type"] == "REQUEST"] == []
    # insisting on a deed others are to do is a demand, and that deed its content
    (event,) = events(nlp, "Iran insisted on expelling US troops.")
    assert event["event_type"] == "REQUEST"
    assert names(event["recipients"]) == ["United States Armed Forces"]


def test_a_mosque_named_after_a_person_is_not_that_person(nlp: Language) -> None:
    (event,) = events(nlp, "Gunmen attacked the Imam Ali mosque in Baghdad.")
    assert all(r["type"] != "person" for r in event["recipients"])


def test_a_named_meeting_does_not_attend_itself(nlp: Language) -> None:
    text = (
        "Last month's Aqaba Summit ushered in closer security cooperation between Jordan and Egypt."
    )
    summit = [e for e in events(nlp, text) if e["trigger"] == "Summit"]
    assert summit and all(e["actors"] == [] for e in summit)


def test_they_after_strikes_are_the_strikes(nlp: Language) -> None:
    text = (
        "Those airstrikes used the pretext of militias, although in reality, they targeted "
        "a position of the Iraqi security forces."
    )
    targeted = next(e for e in events(nlp, text) if e["trigger"] == "targeted")
    assert targeted["actors"] == []


def test_them_is_not_whom_they_is(nlp: Language) -> None:
    text = (
        "The Pentagon flew scores of gunmen to Libya, where they want them used to attack "
        "army units."
    )
    attack = next(e for e in events(nlp, text) if e["trigger"] == "attack")
    assert "US Department of Defense" not in names(attack["actors"])


def test_a_title_and_name_after_a_bracketed_acronym_name_the_person(nlp: Language) -> None:
    text = (
        "The ballot was held shortly after the assassination of Islamic Revolutionary "
        "Guard Corps (IRGC) Commander Hossein Salami and Popular Mobilization Units (PMU) "
        "deputy-chief Abu Fadak al-Mohammadawi in 2024."
    )
    killing = next(e for e in events(nlp, text) if e["trigger"] == "assassination")
    assert names(killing["recipients"]) == ["Hossein Salami", "Abu Fadak al-Mohammedawi"]


def test_a_person_of_standing_named_between_commas_is_that_person(nlp: Language) -> None:
    text = (
        "Volunteers rallied after the fatwa of the highest Shia authority in Iraq, Sayyed "
        "Ali al-Sistani, on 13 June, 2014, which created the volunteer force."
    )
    fatwa = next(e for e in events(nlp, text) if e["trigger"] == "fatwa")
    assert names(fatwa["actors"]) == ["Ali al-Sistani"]


def test_them_after_soldiers_in_two_countries_is_the_soldiers(nlp: Language) -> None:
    text = (
        "Paris will not say why it keeps soldiers in Mali and Niger, since the Malian "
        "junta has called upon them to leave."
    )
    called = next(e for e in events(nlp, text) if e["trigger"] == "called")
    assert [r["sectors"] for r in called["recipients"]] == [["MIL"]]


def test_a_siege_lifted_by_a_force_fighting_its_way_in_is_a_fight(nlp: Language) -> None:
    text = "The general headed the attacking column to lift the siege, and he was ambushed."
    lifted = next(e for e in events(nlp, text) if "lift" in e["trigger"])
    assert lifted["event_type"] == "ASSAULT"
    # a besieger lifting its own siege eases it
    (event,) = events(nlp, "Israel must lift its siege of Gaza.")
    assert (event["event_type"], event["mode"]) == ("RETREAT", "ease")


def test_a_participle_written_without_its_hyphen_is_a_label_as_with_it(nlp: Language) -> None:
    # ("US-supported ISIS" names ISIS by its patron and tells no act; so does the phrase
    # written without its hyphen)
    for text in (
        "Russian and Syrian jets are combatting the scourge of US supported ISIS.",
        "Russian and Syrian jets are combatting the scourge of US-supported ISIS.",
    ):
        assert [e for e in events(nlp, text) if e["event_type"] == "SUPPORT"] == []


def test_a_person_described_between_commas_after_a_title_of_a_body(nlp: Language) -> None:
    text = (
        "Lately the leader of the victorious alliance, Shia cleric Muqtada al-Sadr, has been "
        "meeting every party in the country."
    )
    (event,) = events(nlp, text)
    assert names(event["actors"]) == ["Muqtada al-Sadr"]
    # the words before a name that is not closed may describe the next of a list
    text = "The head of the PMF, Faleh al-Fayyad and his deputy met the US envoy."
    (event,) = events(nlp, text)
    assert "Falih al-Fayyadh" in names(event["actors"])


def test_a_state_the_recogniser_took_for_a_person_is_still_where_they_are(
    nlp: Language,
) -> None:
    text = (
        "Paris will not say why it keeps soldiers in Mali and Niger, since the Malian "
        "junta has called upon them to leave."
    )
    called = next(e for e in events(nlp, text) if e["trigger"] == "called")
    assert [r["sectors"] for r in called["recipients"]] == [["MIL"]]


def test_the_body_that_debates_a_resolution_is_whom_opposing_it_is_against(
    nlp: Language,
) -> None:
    text = "Italy and Spain opposed resolutions in the United Nations on landmines."
    (event,) = events(nlp, text)
    assert names(event["recipients"]) == ["United Nations"]
    # a state named as where a text is put is no one's there
    (event,) = events(nlp, "The cabinet opposed a resolution in Iraq.")
    assert event["recipients"] == []


def test_a_city_before_a_deed_s_noun_is_where_it_was_done(nlp: Language) -> None:
    (event,) = events(nlp, "Israel killed a senior Hamas commander in a Beirut strike.")
    assert names(event["actors"]) == ["Israel"]
    assert (event["location"] or {}).get("name") == "Beirut"


def test_the_mastermind_of_a_bombing_is_whom_an_arrest_is_of(nlp: Language) -> None:
    text = "Police detained the suspected mastermind of the Ankara bombing."
    detained = next(e for e in events(nlp, text) if e["trigger"] == "detained")
    assert words(detained["recipients"]) == ["suspected mastermind"]


def test_whom_a_deed_is_blamed_on_is_no_place_of_it(nlp: Language) -> None:
    text = "The killing of the journalist was blamed on Saudi Arabia."
    killing = next(e for e in events(nlp, text) if e["trigger"] == "killing")
    assert killing["location"] is None
    text = "Iran blamed Israel for the assassination of the scientist."
    killing = next(e for e in events(nlp, text) if e["trigger"] == "assassination")
    assert killing["location"] is None


def test_a_recalled_envoy_s_act_is_aimed_at_the_state_he_leaves(nlp: Language) -> None:
    (event,) = events(nlp, "Peru recalled its ambassador from Mexico.")
    assert (names(event["actors"]), names(event["recipients"])) == (["Peru"], ["Mexico"])
    text = "The recall of the Chilean ambassador from Lima was announced on Monday."
    (event,) = events(nlp, text)
    assert [a["country"] for a in event["actors"]] == ["CHL"]
    assert [r["country"] for r in event["recipients"]] == ["PER"]


def test_every_name_listed_before_a_target_noun_is_targeted(nlp: Language) -> None:
    (event,) = events(nlp, "Turkish jets struck PKK and YPG positions.")
    assert words(event["recipients"]) == ["PKK", "YPG"]


def test_people_a_struck_vehicle_carries_are_hit(nlp: Language) -> None:
    (event,) = events(nlp, "Gunmen opened fire on a bus carrying Christian pilgrims.")
    # (the faith the lexicon does not list stays in the name: whose they are)
    assert words(event["recipients"]) == ["Christian pilgrims"]


def test_the_other_side_of_what_is_agreed_on(nlp: Language) -> None:
    (event,) = events(nlp, "Sudan agreed on a truce with the rebels.")
    assert words(event["recipients"]) == ["rebels"]


def test_a_threat_made_on_a_condition_is_made_to_whom_the_condition_names(
    nlp: Language,
) -> None:
    text = "Tehran threatened to close the strait if Washington attacks its ports."
    event = next(e for e in events(nlp, text) if e["trigger"] == "threatened")
    assert event["status"] == "asserted"
    assert names(event["recipients"]) == ["United States"]
    # a threat that is itself only possible stays so
    (event,) = events(nlp, "If the talks fail, Iran could threaten to close the strait.")
    assert event["status"] == "hypothetical"


def test_its_jets_and_its_forces_are_the_state_s(nlp: Language) -> None:
    (event,) = events(nlp, "Egypt said its jets struck militants in Libya.")
    assert names(event["actors"]) == ["Egypt"]
    (event,) = events(nlp, "Egypt said its forces struck militants in Libya.")
    assert [a["country"] for a in event["actors"]] == ["EGY"]


def test_a_blast_and_the_deaths_it_caused_are_one_event(nlp: Language) -> None:
    text = "A car bomb exploded outside a hotel, killing nine guests and wounding four guards."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["nine guests", "guards"]


def test_a_ruler_s_forces_are_his_state_s_military(nlp: Language) -> None:
    (event,) = events(nlp, "Assad's forces shelled the village.")
    assert [(a["country"], a["sectors"]) for a in event["actors"]] == [("SYR", ["MIL"])]


def test_a_place_the_actor_layer_could_not_name_is_no_recipient(nlp: Language) -> None:
    (event,) = events(nlp, "The Syrian regime dropped barrel bombs on Daraa.")
    assert names(event["actors"]) == ["Government of Syria"]
    assert event["recipients"] == []
    assert event["location"] is not None


def test_he_after_a_role_named_beside_someone_new_is_that_someone(nlp: Language) -> None:
    text = (
        "Israel's defence minister, Avi Levin, flew to Washington on Monday. "
        "He met the American defence secretary."
    )
    met = next(e for e in events(nlp, text) if e["trigger"] == "met")
    assert names(met["actors"]) == ["Avi Levin"]


def test_pronouns_for_people_and_groups_told_in_the_sentence_before(nlp: Language) -> None:
    text = "Police detained an Iranian journalist in Van. A court later charged him with spying."
    charged = next(e for e in events(nlp, text) if e["trigger"] == "charged")
    assert words(charged["recipients"]) == ["him"]
    assert charged["recipients"][0]["country"] == "IRN"
    text = "Hamas and Islamic Jihad fired rockets at Ashkelon. They later attacked an army post."
    attacked = next(e for e in events(nlp, text) if e["trigger"] == "attacked")
    assert names(attacked["actors"]) == ["Hamas", "Palestinian Islamic Jihad"]


def test_the_accused_does_the_act_even_with_of_read_as_theirs(nlp: Language) -> None:
    text = "Chad accused Sudanese militants of shelling a border village."
    shelling = next(e for e in events(nlp, text) if e["trigger"] == "shelling")
    assert words(shelling["actors"]) == ["Sudanese militants"]
    assert shelling["status"] == "claimed"
    assert names([shelling["claimed_by"]]) == ["Chad"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Afghan officials said the Taliban had been behind the bombing of a bus station.",
            "Taliban",
        ),
        (
            "Kyiv said Moscow was responsible for the missile strike on the shopping centre.",
            "Russia",
        ),
    ],
)
def test_whoever_is_said_to_be_behind_an_act_does_it(nlp: Language, text: str, doer: str) -> None:
    (event,) = events(nlp, text)
    assert names(event["actors"]) == [doer]
    assert event["status"] == "claimed"


def test_the_militias_are_the_several_named_before_never_one_of_them(nlp: Language) -> None:
    text = (
        "The raid hit depots of the Kataib Hezbollah and Nujaba militias. "
        "Washington says the militias were behind the rocket fire on its embassy."
    )
    fire = next(e for e in events(nlp, text) if e["trigger"] == "fire")
    assert sorted(names(fire["actors"])) == ["Harakat Hezbollah al-Nujaba", "Kataib Hezbollah"]
    text = (
        "Washington says that the two Iraqi militias are close to Tehran, which fought the "
        "Islamic State in Syria. It claims that the militias were behind the rocket fire."
    )
    fire = next(e for e in events(nlp, text) if e["trigger"] == "fire")
    assert "Islamic State" not in names(fire["actors"])


def test_an_act_blamed_on_someone_did_not_strike_them(nlp: Language) -> None:
    text = "Moscow denied shelling the hospital in Kherson, blaming the attack on Ukrainian troops."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert found["shelling"]["status"] == "negated"
    assert found["blaming"]["status"] == "asserted"  # the denier's own word, not denied
    assert words(found["blaming"]["recipients"]) == ["Ukrainian troops"]
    assert all(
        "Ukrainian troops" not in words(e["recipients"])
        for e in found.values()
        if e["event_type"] == "ASSAULT"
    )


def test_concern_over_a_states_act_is_aimed_at_that_state(nlp: Language) -> None:
    text = "Canada voiced concern over Iran's detention of two aid workers."
    concern = next(e for e in events(nlp, text) if e["event_type"] == "ACCUSE")
    assert names(concern["recipients"]) == ["Iran"]
    text = "Japan expressed outrage at North Korea's abduction of its citizens."
    outrage = next(e for e in events(nlp, text) if e["event_type"] == "ACCUSE")
    assert names(outrage["recipients"]) == ["North Korea"]


def test_a_toll_told_before_the_ambush_is_the_ambush(nlp: Language) -> None:
    (event,) = events(nlp, "Rebels killed three policemen and wounded five civilians in an ambush.")
    assert sorted(words(event["recipients"])) == ["civilians", "policemen"]


def test_a_host_s_city_is_where_not_whom(nlp: Language) -> None:
    (event,) = events(nlp, "King Abdullah welcomed President Macron to Amman.")
    assert event["event_type"] == "CONSULT"
    assert names(event["recipients"]) == ["Emmanuel Macron"]
    assert event["location"]["name"] == "Amman"


def test_its_on_what_a_harm_hits_is_not_the_doer_s(nlp: Language) -> None:
    (event,) = events(nlp, "Georgia said Russian troops had wounded three of its border guards.")
    assert [a["country"] for a in event["recipients"]] == ["GEO"]


def test_who_repels_an_attack_is_not_its_attacker(nlp: Language) -> None:
    found = {
        e["trigger"]: e
        for e in events(
            nlp, "Malian soldiers repelled an attack by jihadists on a garrison near Gao."
        )
    }
    assert words(found["repelled"]["actors"]) == ["Malian soldiers"]
    assert words(found["repelled"]["recipients"]) == ["jihadists"]
    assert words(found["attack"]["actors"]) == ["jihadists"]


@pytest.mark.parametrize(
    ("text", "trigger", "whom"),
    [
        ("Troops rescued 40 abducted schoolgirls in Katsina.", "rescued", ["schoolgirls"]),
        (
            "Britain froze the assets of four Belarusian oligarchs.",
            "froze",
            ["Belarusian oligarchs"],
        ),
    ],
)
def test_people_of_a_kind_are_whom_an_act_reaches(
    nlp: Language, text: str, trigger: str, whom: list[str]
) -> None:
    event = next(e for e in events(nlp, text) if e["trigger"] == trigger)
    assert words(event["recipients"]) == whom


def test_a_denied_act_is_the_denier_s_word(nlp: Language) -> None:
    found = {
        e["trigger"]: e for e in events(nlp, "Damascus denied supplying weapons to the militia.")
    }
    assert found["supplying"]["status"] == "negated"
    assert names([found["supplying"]["claimed_by"]]) == ["Syria"]


def test_a_second_clause_read_as_an_adjective_is_its_own_act(nlp: Language) -> None:
    text = "In 2019 Washington withdrew from the pact and reimposed sanctions on Caracas."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert names(found["sanctions"]["actors"]) == ["United States"]
    assert names(found["sanctions"]["recipients"]) == ["Venezuela"]


def test_him_after_an_unnamed_person_earlier_in_the_sentence(nlp: Language) -> None:
    text = "Police detained the alleged leader of the cell in Izmir and charged him with espionage."
    charged = next(e for e in events(nlp, text) if e["trigger"] == "charged")
    assert names(charged["recipients"]) == ["alleged leader"]


def test_the_rebels_are_the_armed_group_named_before(nlp: Language) -> None:
    text = "The Houthis were accused of firing on a fishing boat.\n\nThe rebels rejected the accusation."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert names(found["rejected"]["actors"]) == ["Ansar Allah"]
    assert names(found["firing"]["actors"]) == ["Ansar Allah"]  # the accused, passive


@pytest.mark.parametrize(
    ("text", "trigger", "doers"),
    [
        ("Three guards were charged with torturing prisoners.", "torturing", ["guards"]),
        ("Armed groups are suspected of carrying out the raids.", "raids", ["Armed groups"]),
    ],
)
def test_what_someone_is_charged_with_or_suspected_of_is_claimed_of_them(
    nlp: Language, text: str, trigger: str, doers: list[str]
) -> None:
    event = next(e for e in events(nlp, text) if e["trigger"] == trigger)
    assert words(event["actors"]) == doers
    assert event["status"] == "claimed"


def test_world_powers_are_a_party(nlp: Language) -> None:
    (event,) = events(nlp, "Hanoi and the five world powers signed the accord.")
    assert words(event["actors"]) == ["Hanoi", "world powers"]


def test_a_request_is_made_to_whoever_has_to_answer_it(nlp: Language) -> None:
    (event,) = events(nlp, "Myanmar has not responded to the UN's request for a visit.")
    assert names(event["actors"]) == ["United Nations"]
    assert names(event["recipients"]) == ["Myanmar"]


def test_an_unnamed_reporter_of_a_kind_claims_the_act(nlp: Language) -> None:
    text = "Security forces fired tear gas at students in Conakry, according to witnesses."
    (event,) = events(nlp, text)
    assert words([event["claimed_by"]]) == ["witnesses"]


def test_its_in_the_grounds_of_a_judgement_is_the_judged(nlp: Language) -> None:
    text = "The EU condemned Belarus over its detention of two journalists."
    detention = next(e for e in events(nlp, text) if e["trigger"] == "detention")
    assert names(detention["actors"]) == ["Belarus"]


def test_the_attack_told_again_adds_its_toll_to_the_act(nlp: Language) -> None:
    text = "Rebels stormed a police post near Beni on Saturday. The attack killed four officers, the army said."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["Rebels"]
    assert "officers" in words(event["recipients"])


def test_no_group_claiming_an_attack_is_no_attacker(nlp: Language) -> None:
    text = "Masked men opened fire on a wedding party. The Taliban denied involvement, and no group has claimed the attack."
    assert [e["trigger"] for e in events(nlp, text) if e["event_type"] == "ASSAULT"] == ["opened"]


def test_who_exchanges_fire_fires(nlp: Language) -> None:
    (event,) = events(nlp, "Ukrainian troops and separatists exchanged fire near the town.")
    assert words(event["actors"]) == ["Ukrainian troops", "separatists"]


def test_the_government_after_a_rebel_claim_is_not_the_rebels(nlp: Language) -> None:
    text = (
        "Turkish forces shelled a village on Monday, according to a spokesman for the Syrian "
        "Democratic Forces. The government rejected the claim and said its troops had not "
        "fired on civilians."
    )
    fired = next(e for e in events(nlp, text) if e["trigger"] == "fired")
    assert fired["status"] == "negated"
    assert words([fired["claimed_by"]]) == ["government"]


def test_a_description_set_after_the_subject_is_no_report(nlp: Language) -> None:
    text = "Gunmen believed to be from a militia raided a prison in eastern Congo and freed dozens of inmates."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert words(found["raided"]["actors"]) == ["Gunmen"]
    assert found["raided"]["status"] == "asserted"
    assert words(found["freed"]["recipients"]) == ["inmates"]


def test_a_verb_read_as_modifying_its_object_still_has_it(nlp: Language) -> None:
    (event,) = events(
        nlp, "A Moroccan court sentenced journalist Omar Radi to six years in prison."
    )
    assert names(event["recipients"]) == ["Omar Radi"]


def test_its_after_a_body_that_speaks_of_harm_to_its_own(nlp: Language) -> None:
    text = "Zimbabwe's main opposition party said the police had detained three of its members."
    (event,) = events(nlp, text)
    (party,) = event["recipients"]
    assert (party["text"], party["country"]) == ("its", "ZWE")
    assert "OPP" in party["sectors"]  # the party that speaks, a body of Zimbabwe's


def test_a_march_dispersed_is_the_marchers_met_by_police(nlp: Language) -> None:
    found = {
        e["trigger"]: e
        for e in events(nlp, "Police dispersed a march by opposition supporters with tear gas.")
    }
    assert words(found["dispersed"]["recipients"]) == ["opposition supporters"]
    assert words(found["march"]["actors"]) == ["opposition supporters"]
    found = {e["trigger"]: e for e in events(nlp, "The march was dispersed by riot police.")}
    assert found["march"]["actors"] == []
    assert words(found["dispersed"]["actors"]) == ["riot police"]


def test_supporters_of_a_body_are_not_the_body(nlp: Language) -> None:
    text = "Government supporters beat journalists covering the rally, the press union said."
    (event,) = events(nlp, text)
    assert words(event["actors"]) == ["Government supporters"]


def test_a_make_of_rocket_is_no_one(nlp: Language) -> None:
    (event,) = events(
        nlp, "Three Katyusha rockets struck near the US embassy in Baghdad on Monday night."
    )
    assert event["actors"] == []


def test_a_local_councillor_is_whom_a_shooting_hits(nlp: Language) -> None:
    text = "Unknown assailants shot dead a local councillor in Michoacan state, Mexican authorities said."
    (event,) = events(nlp, text)
    assert words(event["recipients"]) == ["local councillor"]


def test_a_court_blocking_a_plan_rejects_whose_plan_it_is(nlp: Language) -> None:
    (event,) = events(
        nlp, "Kenya's High Court blocked the government's plan to amend the constitution."
    )
    assert (event["event_type"], words(event["recipients"])) == ("REJECT", ["government"])


def test_the_subject_of_a_clause_of_time_read_as_an_object(nlp: Language) -> None:
    text = "Belarus expelled the Polish ambassador after Warsaw criticised the crackdown."
    criticised = next(e for e in events(nlp, text) if e["trigger"] == "criticised")
    assert names(criticised["actors"]) == ["Poland"]


def test_the_two_leaders_after_a_sentence_naming_them(nlp: Language) -> None:
    text = "Recep Tayyip Erdogan and Ilham Aliyev met in Baku on Monday. The two leaders signed a defence pact."
    signed = next(e for e in events(nlp, text) if e["trigger"] == "signed")
    assert len(signed["actors"]) == 2
    assert signed["date"] is not None  # the same occasion


def test_a_state_striking_a_site_attacks_it(nlp: Language) -> None:
    text = "Iran retaliated after Israel struck its consulate in Damascus."
    struck = next(e for e in events(nlp, text) if e["trigger"] == "struck")
    assert (struck["event_type"], names(struck["actors"])) == ("ASSAULT", ["Israel"])


def test_they_after_two_nationalities_of_one_group_is_both(nlp: Language) -> None:
    text = (
        "Armenian and Azerbaijani diplomats met Russian mediators in Moscow on May 20. "
        "They agreed to a ceasefire the following day, Russian officials said."
    )
    agreed = next(e for e in events(nlp, text) if e["trigger"] == "agreed")
    assert sorted(a["country"] for a in agreed["actors"]) == ["ARM", "AZE"]


def test_a_title_inside_a_place_name_is_no_one(nlp: Language) -> None:
    text = "Jordan condemned the eviction of Palestinian families from Sheikh Jarrah."
    assert all("Sheikh" not in words(e["recipients"]) for e in events(nlp, text))


def test_a_particle_read_as_a_preposition_still_has_its_object(nlp: Language) -> None:
    (event,) = events(nlp, "Soldiers hunted down the gunmen in the forest on Monday.")
    assert words(event["recipients"]) == ["gunmen"]


def test_a_states_organ_named_by_its_kind_alone_is_the_one_told_before(nlp: Language) -> None:
    text = (
        "Venezuela's foreign ministry summoned Chile's ambassador on Monday.\n\n"
        "The ministry accused Santiago of meddling."
    )
    accused = next(e for e in events(nlp, text) if e["trigger"] == "accused")
    assert [a["country"] for a in accused["actors"]] == ["VEN"]


def test_a_states_organ_named_by_its_kind_alone_is_that_of_the_state_in_view(
    nlp: Language,
) -> None:
    text = (
        "Jihadists attacked an army base near Maiduguri on Friday.\n\n"
        "The army said troops repelled the attackers.\n\n"
        "The government vowed to defeat the jihadists."
    )
    found = events(nlp, text)
    repelled = next(e for e in found if e["trigger"] == "repelled")
    assert [a["country"] for a in repelled["actors"]] == ["NGA"]
    assert repelled["claimed_by"]["country"] == "NGA"
    defeat = next(e for e in found if e["trigger"] == "defeat")
    assert [a["country"] for a in defeat["actors"]] == ["NGA"]


def test_an_organ_stays_unresolved_with_two_states_in_view(nlp: Language) -> None:
    text = "Ethiopian troops and Eritrean soldiers entered the town. The army denied it."
    denied = next(e for e in events(nlp, text) if e["trigger"] == "denied")
    assert [a["country"] for a in denied["actors"]] == [None]
    text = "Protesters set fire to the Iranian consulate in Najaf, and the authorities imposed a curfew."
    curfew = next(e for e in events(nlp, text) if e["trigger"] == "curfew")
    assert all(a.get("country") != "IRN" for a in curfew["actors"])


def test_forces_of_another_side_are_not_the_state_in_view(nlp: Language) -> None:
    text = "US troops stayed in Syria. They said they were training friendly forces there."
    training = next(e for e in events(nlp, text) if e["trigger"] == "training")
    assert all(r.get("country") != "USA" for r in training["recipients"])


def test_their_on_what_a_strike_hits_is_the_other_sides(nlp: Language) -> None:
    text = (
        "Malian troops clashed with jihadists near Boni on Saturday.\n\n"
        "Two days later, the army launched an air strike on their hideout."
    )
    strike = next(e for e in events(nlp, text) if e["trigger"] == "strike")
    assert words(strike["recipients"]) == ["their"]
    assert strike["recipients"][0]["name"] == "jihadists"
    text = "Hamas fired rockets at Israel.\n\nIsraeli jets then struck their positions."
    struck = next(e for e in events(nlp, text) if e["trigger"] == "struck")
    assert names(struck["recipients"]) != [] and struck["recipients"][0]["country"] != "ISR"


def test_targets_named_by_the_armed_people_they_belong_to(nlp: Language) -> None:
    (event,) = events(nlp, "Jets struck Kurdish militant targets near the border on Sunday.")
    assert words(event["recipients"]) == ["Kurdish militant"]
    assert event["recipients"][0]["sectors"] == ["REB"]
    # a named owner is still the owner
    (event,) = events(nlp, "The army destroyed several TTP terrorist camps on Monday.")
    assert words(event["recipients"]) == ["TTP"]


def test_a_reaction_joined_to_another_is_aimed_where_that_one_is(nlp: Language) -> None:
    text = (
        "The EU imposed sanctions on Belarus on Monday.\n\n"
        "Minsk condemned the decision and threatened retaliatory measures."
    )
    threatened = next(e for e in events(nlp, text) if e["trigger"] == "threatened")
    assert names(threatened["recipients"]) == ["European Union"]


def test_force_and_justice_with_no_determiner_are_no_body(nlp: Language) -> None:
    (event,) = events(nlp, "The UN condemned the use of force against the marchers.")
    assert all(r["text"] != "force" for r in event["recipients"])
    text = "Hundreds gathered in Khartoum on Monday to demand justice for the victims."
    assert all(r["text"] != "justice" for e in events(nlp, text) for r in e["recipients"])
    (event,) = events(nlp, "The force withdrew from the town on Monday.")
    assert words(event["actors"]) == ["force"]  # (a force named as one still is)


def test_sources_of_a_kind_are_who_claims(nlp: Language) -> None:
    (event,) = events(nlp, "Two rockets struck near the embassy on Sunday, security sources said.")
    assert (event["status"], event["claimed_by"]["text"]) == ("claimed", "security sources")
    # a source no actor stands for is still named, by its words
    (event,) = events(nlp, "Gunmen killed five soldiers on Sunday, a source said.")
    assert (event["status"], event["claimed_by"]["name"]) == ("claimed", "a source")


def test_a_clause_with_its_own_subject_after_a_meeting_is_that_subjects(nlp: Language) -> None:
    text = "Macron met Scholz on Monday, a day after Warsaw vetoed the EU budget."
    (veto,) = [e for e in events(nlp, text) if e["trigger"] == "vetoed"]
    assert names(veto["actors"]) == ["Poland"]
    assert "Olaf Scholz" not in names(veto["recipients"])


def test_the_junta_is_not_a_government_in_opposition_named_before(nlp: Language) -> None:
    text = (
        "Soldiers shelled a village in Sagaing, killing nine people, according to the "
        "National Unity Government. The junta denied targeting civilians."
    )
    (denial,) = [e for e in events(nlp, text) if e["trigger"] == "denied"]
    assert "National Unity Government" not in names(denial["actors"])
