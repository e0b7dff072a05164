"""Pronouns and descriptions that refer back to someone told before (issue 8): which
earlier words a pronoun may stand for, and which it may not. The sentences are written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import events, names, words

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Praising the work of the party's newspaper, he said it had told the truth.",
        "Hailing the reporting of the opposition daily, she said the truth would win.",
    ],
)
def test_he_or_she_is_never_a_body(nlp: Language, text: str) -> None:
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "SUPPORT"]
    assert not any(a["name"].endswith(("newspaper", "daily")) for a in event["actors"])


def test_he_is_the_one_person_the_sentence_before_is_about(nlp: Language) -> None:
    text = (
        "The cleric spoke to worshippers on Friday. Praising the work of the party's "
        "newspaper, he said it had told the truth."
    )
    (event,) = [e for e in events(nlp, text) if e["event_type"] == "SUPPORT"]
    assert [a["name"] for a in event["actors"]] == ["cleric"]
    assert words(event["actors"]) == ["he"]


def test_a_person_named_as_whom_an_act_reached_stays_the_antecedent(nlp: Language) -> None:
    text = "Police detained a Kurdish politician in Diyarbakir. A court later charged him with terrorism."
    (charge,) = [e for e in events(nlp, text) if e["trigger_text"] == "charged"]
    assert [a["name"] for a in charge["recipients"]] == ["Kurdish politician"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Israeli jets struck targets near Homs on Sunday. Syria condemned the air strikes.",
            "Israeli jets",
        ),
        (
            "Gunmen attacked a church in Owo on Sunday. Nigeria's president condemned the "
            "massacre.",
            "Gunmen",
        ),
        (
            "Troops opened fire on protesters in Omdurman. The UN condemned the violence.",
            "Troops",
        ),
    ],
)
def test_a_judgement_of_an_attack_told_before_reaches_its_doers(
    nlp: Language, text: str, doer: str
) -> None:
    (judged,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert doer in words(judged["recipients"])


def test_the_two_sides_are_he_and_whom_he_met(nlp: Language) -> None:
    text = (
        "The envoy Ana Ruiz arrived in Lima on Monday. She met Foreign Minister Jorge Paz on "
        "Tuesday, and the two sides agreed to reopen the border."
    )
    (agreed,) = [e for e in events(nlp, text) if e["trigger_text"] == "agreed"]
    assert sorted(a["name"] for a in agreed["actors"]) == ["Ana Ruiz", "Jorge Paz"]


def test_it_as_an_object_is_the_body_named_before_it(nlp: Language) -> None:
    text = "The party called on the ruling junta to free him and accused it of silencing critics."
    (accused,) = [e for e in events(nlp, text) if e["trigger_text"] == "accused"]
    assert [a["name"] for a in accused["recipients"]] == ["ruling junta"]
    assert words(accused["recipients"]) == ["it"]


def test_a_surname_the_model_takes_for_a_body_is_the_person_named_before(
    nlp: Language,
) -> None:
    from annalyst.nlp.actors import resolved_mentions

    doc = nlp(
        "Police arrested the opposition leader Moussa Keita in Bamako on Friday. "
        "Keita, who heads a small party, was driven away by armed men."
    )
    ids = {m.text: (m.actor or {}).get("id") for m in resolved_mentions(doc)}
    assert ids.get("Keita") == ids["Moussa Keita"]


def test_the_party_is_the_party_named_before_whatever_its_name(nlp: Language) -> None:
    text = (
        "The Rally for Democratic Renewal won most seats. The party accused police of "
        "beating its supporters."
    )
    (accused,) = [e for e in events(nlp, text) if e["trigger_text"] == "accused"]
    assert [a["name"] for a in accused["actors"]] == ["Rally for Democratic Renewal"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Patriotic Front for the Liberation of Chad attacked a garrison.",
         "Patriotic Front for the Liberation of Chad"),
        ("Congolese troops attacked the Democratic Forces for the Liberation of Rwanda.",
         "Democratic Forces for the Liberation of Rwanda"),
    ],
)  # fmt: skip
def test_a_movement_named_for_a_country_is_not_that_country(
    nlp: Language, text: str, name: str
) -> None:
    (event,) = events(nlp, text)
    assert name in [a["name"] for a in event["actors"] + event["recipients"]]


def test_a_judgement_in_a_clause_on_a_summing_noun_reaches_the_act_s_doers(
    nlp: Language,
) -> None:
    text = "Government troops shelled the market, a move the UN called a war crime."
    (judged,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert [a["name"] for a in judged["actors"]] == ["United Nations"]
    assert words(judged["recipients"]) == ["Government troops"]


def test_the_group_is_never_the_one_calling_on_it(nlp: Language) -> None:
    text = (
        "The Taliban closed girls' schools in Kabul on Monday. The United Nations called on "
        "the group to reopen them."
    )
    (called,) = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert [a["name"] for a in called["recipients"]] == ["Taliban"]


def test_a_judgement_of_the_operation_reaches_whoever_carried_it_out(nlp: Language) -> None:
    text = "Kosovo police raided three town halls on Friday. Serbia condemned the operation."
    (judged,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert words(judged["recipients"]) == ["Kosovo police"]


def test_he_after_a_countrys_office_holder_is_that_office_holder(nlp: Language) -> None:
    text = (
        "Peru's president declared a state of emergency in Lima on Monday. He also ordered "
        "the army to patrol the streets."
    )
    (ordered,) = [e for e in events(nlp, text) if e["event_type"] == "MOBILIZE"]
    assert ordered["actors"][0]["country"] == "PER"


def test_it_in_what_a_body_says_is_that_body(nlp: Language) -> None:
    text = (
        "The government reached a deal with striking nurses on Thursday. The union said it "
        "would end the strike on Monday."
    )
    (ended,) = [e for e in events(nlp, text) if words(e["actors"]) == ["it"]]
    assert [a["name"] for a in ended["actors"]] == ["union"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Israeli troops fired at its patrol, the Lebanese army said.", "Lebanese"),
        ("The Philippine coast guard said Chinese ships fired water cannon at its boats.",
         "Philippine"),
    ],
)  # fmt: skip
def test_its_on_what_was_fired_at_is_the_one_telling_of_it(
    nlp: Language, text: str, owner: str
) -> None:
    (fired,) = events(nlp, text)
    assert [a["text"] for a in fired["recipients"]] == ["its"]
    assert owner in fired["recipients"][0]["name"] or fired["recipients"][0]["country"] in (
        "LBN",
        "PHL",
    )


def test_those_acted_on_in_the_next_sentence_are_where_they_gathered(nlp: Language) -> None:
    text = (
        "Thousands of protesters gathered outside parliament in Tbilisi. Police used water "
        "cannon to disperse them."
    )
    (cannon,) = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert cannon["location"]["name"] == "Tbilisi"


def test_the_decision_of_one_who_said_what_they_would_do_reaches_them(nlp: Language) -> None:
    text = (
        "The Latvian government said it would build a fence along its border with Belarus. "
        "Minsk called the decision a provocation."
    )
    (judged,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert [a["country"] for a in judged["recipients"]] == ["LVA"]


def test_a_defence_ministry_telling_of_one_states_jets_is_that_states(nlp: Language) -> None:
    text = "Turkish jets struck militant targets in northern Iraq, the defence ministry said."
    (struck,) = events(nlp, text)
    assert struck["claimed_by"]["country"] == "TUR"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "The Jordanian foreign ministry issued a statement on Monday. The statement also "
            "condemned the raid on the refugee camp.",
            "Jordan",
        ),
        (
            "In a statement, the militia said it had left the town. The statement also "
            "denounced the curfew.",
            "militia",
        ),
    ],
)
def test_the_statement_is_the_one_who_issued_it_shortly_before(
    nlp: Language, text: str, author: str
) -> None:
    (judgement,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert author in judgement["actors"][0]["name"]
    assert words(judgement["actors"]) == ["statement"]


def test_a_statement_no_one_issued_before_stays_unowned(nlp: Language) -> None:
    text = "The statement condemned the raid on the refugee camp."
    (judgement,) = [e for e in events(nlp, text) if e["event_type"] == "ACCUSE"]
    assert judgement["actors"] == []


def test_whose_is_the_one_the_relative_clause_hangs_on(nlp: Language) -> None:
    text = (
        "Ahmed Karim, the preacher whose call for a boycott angered the government, "
        "was arrested on Friday."
    )
    (call,) = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert [a["name"] for a in call["actors"]] == ["Ahmed Karim"]
    assert words(call["actors"]) == ["whose"]


def test_measures_dismissed_as_empty_reach_who_took_them_two_sentences_before(
    nlp: Language,
) -> None:
    text = (
        "The Treasury announced new sanctions on four Sudanese generals. Among them was "
        "the commander of the Rapid Support Forces. The commander dismissed the measures "
        "as meaningless."
    )
    (dismissal,) = [e for e in events(nlp, text) if e["event_type"] == "REJECT"]
    assert dismissal["recipients"] and "Treasury" in dismissal["recipients"][0]["name"]


def test_a_killing_owned_up_to_later_is_not_the_attack_only_planned_before(
    nlp: Language,
) -> None:
    text = (
        "The cell was planning attacks on pilgrims near Karbala. Its members confessed "
        "to the killing of two soldiers last year."
    )
    found = events(nlp, text)
    planned = [e for e in found if e["status"] == "future"]
    assert planned and all("killing" not in e["trigger_text"] for e in planned)
    assert any(e["trigger_text"] == "killing" for e in found)


# A speech told over paragraphs, the speaker named once and then by an honorific.
_SPEECH = (
    "“The siege serves the enemy,” Sayyed Abdul-Malik al-Houthi clarified, pointing out "
    "that “The coalition relies on foreign support.”\n\n"
    "According to the Ansarullah Leader, “We face the aggression and its blockade of our "
    "ports.”\n\n"
)


def test_he_is_the_speaker_the_quotes_before_were_read_as(nlp: Language) -> None:
    text = (
        _SPEECH + "“Our media speaks for the oppressed,” His Eminence mentioned.\n\n"
        "He also criticized the traders who hoard fuel in Sanaa."
    )
    (judgement,) = [e for e in events(nlp, text) if e["trigger_text"] == "criticized"]
    assert [a["name"] for a in judgement["actors"]] == ["Abdul-Malik al-Houthi"]
    assert words(judgement["actors"]) == ["He"]


def test_an_act_inside_a_quotation_takes_no_doer_from_outside_it(nlp: Language) -> None:
    text = (
        _SPEECH + "As His Eminence reiterated that “The coalition bans any aid to the north,” "
        "he wondered: “Isn’t the embassy the side behind banning the charities from "
        "sending money home?”"
    )
    (ban,) = [e for e in events(nlp, text) if e["trigger_text"] == "banning"]
    assert ban["actors"] == []
    assert ban["claimed_by"]["name"] == "Abdul-Malik al-Houthi"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "A court jailed opposition activist Ali Haji for three years. Rights groups"
            " protested. The activist had been arrested in March.",
            "arrested",
            "Ali Haji",
        ),
        (
            "Foreign Minister Wang Yi arrived in Tehran. He met President Raisi and the"
            " speaker of parliament. The minister later travelled to Baghdad.",
            "travelled",
            "Wang Yi",
        ),
    ],
)
def test_a_person_named_by_standing_is_the_one_so_named_before(
    nlp: Language, text: str, trigger: str, name: str
) -> None:
    (act,) = [e for e in events(nlp, text) if e["trigger"] == trigger]
    assert name in names(act["actors"] + act["recipients"])


def test_a_body_named_beside_a_person_is_no_title_of_his(nlp: Language) -> None:
    text = "Spokesperson of the government Ram Thapa said the government will not lift the ban."
    (refusal,) = events(nlp, text)
    assert names(refusal["actors"]) != ["Ram Thapa"]


def test_the_assailants_are_the_gunmen_told_before(nlp: Language) -> None:
    text = "Gunmen killed nine villagers near Mopti on Monday. The assailants also torched shops."
    found = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert all(words(e["actors"]) in (["Gunmen"], ["assailants"]) for e in found)
    assert all(names(e["actors"]) == ["Gunmen"] for e in found)


def test_he_is_the_one_person_named_two_sentences_before(nlp: Language) -> None:
    text = (
        "Police arrested the lawyer Sami Karim in Tunis on Monday. Protesters gathered"
        " outside the court. He was released on Tuesday."
    )
    (release,) = [e for e in events(nlp, text) if e["trigger"] == "released"]
    assert names(release["recipients"]) == ["Sami Karim"]


@pytest.mark.parametrize(
    "claim",
    [
        "The attack was claimed by the Baloch Liberation Army.",
        "The Baloch Liberation Army claimed responsibility for the attack.",
    ],
)
def test_a_claim_of_the_act_just_told_names_its_doer(nlp: Language, claim: str) -> None:
    text = "Gunmen attacked a police post in Turbat late on Monday, killing four officers. " + claim
    (attack,) = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert [a["name"] for a in attack["actors"]] == ["Baloch Liberation Army"]
    assert attack["status"] == "claimed"


def test_the_two_stand_for_the_two_people_told_before(nlp: Language) -> None:
    text = (
        "Indian troops killed two militants in Kupwara on Tuesday. The army said the two"
        " had opened fire on a patrol."
    )
    (fire,) = [e for e in events(nlp, text) if "opened" in e["trigger_text"]]
    assert [a["text"] for a in fire["actors"]] == ["the two"]
    assert fire["actors"][0]["name"] != "Indian troops"
