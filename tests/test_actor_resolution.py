"""Actor resolution with the real spaCy pipeline, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from annalyst.nlp.actors import resolved_mentions
from annalyst.nlp.pipeline import build_pipeline

pytestmark = pytest.mark.slow


def resolve(
    nlp: Language, text: str, published: str | None = "2023-01-06"
) -> dict[str, dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return {m.text: m.actor for m in resolved_mentions(doc) if m.actor is not None}


def ids(found: dict[str, dict[str, Any]]) -> dict[str, str]:
    return {text: actor["id"] for text, actor in found.items()}


def test_aliases_and_transliterations(nlp: Language) -> None:
    found = ids(
        resolve(
            nlp,
            "Kataeb Hezbollah and Asa’ib Ahl al-Haq joined the Hashd al-Shaabi, and Daesh attacked them.",
        )
    )
    assert found["Kataeb Hezbollah"] == "kataib-hezbollah"
    assert found["Asa’ib Ahl al-Haq"] == "asaib-ahl-al-haq"
    assert found["Hashd al-Shaabi"] == "popular-mobilization-forces"
    assert found["Daesh"] == "islamic-state"


def test_case_sensitive_acronyms(nlp: Language) -> None:
    found = ids(
        resolve(nlp, "The US said the IRGC fired missiles at us, a resident told reporters.")
    )
    assert found["US"] == "united-states"
    assert found["IRGC"] == "irgc"
    assert "us" not in found


def test_coreference_of_surnames(nlp: Language) -> None:
    text = "Salim Haddad, a Syrian lawmaker, spoke on Monday. Haddad thanked Qassem Soleimani's old comrades; Soleimani was killed in 2020."
    found = ids(resolve(nlp, text))
    assert found["Haddad"] == found["Salim Haddad"]
    assert found["Haddad"].startswith("~person:")
    assert found["Qassem Soleimani"] == "qassem-soleimani"
    assert found["Soleimani"] == "qassem-soleimani"


def test_roles_resolve_by_date(nlp: Language) -> None:
    text = "The Iraqi prime minister travelled abroad."
    assert (
        ids(resolve(nlp, text, "2023-01-06"))["The Iraqi prime minister"]
        == "mohammed-shia-al-sudani"
    )
    assert ids(resolve(nlp, text, "2021-07-15"))["The Iraqi prime minister"] == "mustafa-al-kadhimi"


def test_an_ambassador_is_the_one_posted_where_the_article_is(nlp: Language) -> None:
    text = (
        "Hezbollah denounced the US ambassador for meddling in Lebanon. Lebanon rejected "
        "the US demands. Iraq was silent."
    )
    found = resolve(nlp, text, "2021-07-01")
    # the knowledge base holds the US ambassador to Iraq, not the one to Lebanon
    assert found["US ambassador"]["id"] != "matthew-tueller"
    text = "The US ambassador met the Iraqi prime minister in Baghdad."
    assert ids(resolve(nlp, text, "2021-07-01"))["The US ambassador"] == "matthew-tueller"


def test_capitals_as_governments_and_as_places(nlp: Language) -> None:
    acting = ids(resolve(nlp, "Washington imposed new sanctions, and Tehran rejected them."))
    assert acting.get("Washington") == "united-states"
    assert acting.get("Tehran") == "iran"
    places = ids(resolve(nlp, "The delegation held talks in Washington before flying to Tehran."))
    assert "Washington" not in places and "Tehran" not in places


def test_generic_actors(nlp: Language) -> None:
    found = resolve(
        nlp,
        "Iraqi lawmakers voted to expel US forces, while protesters gathered and Israeli operatives were blamed.",
    )
    assert (
        found["Iraqi lawmakers"]["country"] == "IRQ"
        and "LEG" in found["Iraqi lawmakers"]["sectors"]
    )
    assert found["US forces"]["country"] == "USA" and "MIL" in found["US forces"]["sectors"]
    assert "OPP" in found["protesters"]["sectors"]
    assert found["Israeli operatives"]["country"] == "ISR"


def test_unknown_names_become_provisional_actors(nlp: Language) -> None:
    found = ids(
        resolve(nlp, "Karim Yasser, the head of the Zubair Farmers Union, called for calm.")
    )
    assert found["Karim Yasser"].startswith("~person:")


def test_user_dictionary_overrides(tmp_path: Any) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- id: zubair-farmers-union\n  name: Zubair Farmers Union\n  type: organization\n"
        "  country: IRQ\n  sectors: [BUS]\n  aliases: [ZFU]\n",
        encoding="utf-8",
    )
    custom = build_pipeline(actor_files=[extra])
    found = ids(resolve(custom, "The ZFU said the Zubair Farmers Union would strike."))
    assert found["ZFU"] == "zubair-farmers-union"
    assert found["Zubair Farmers Union"] == "zubair-farmers-union"


@pytest.mark.parametrize(
    ("text", "name", "known"),
    [
        ("Hisham al-Hashimi was shot dead outside his home in Baghdad.", "Hisham al-Hashimi", None),
        (
            "Mohammed Baqir al-Sadr was executed by the regime in 1980.",
            "Mohammed Baqir al-Sadr",
            None,
        ),
        ("Qasem Soleimani was killed in a drone strike.", "Qasem Soleimani", "qassem-soleimani"),
    ],
)
def test_a_namesake_is_not_the_known_person(
    nlp: Language, text: str, name: str, known: str | None
) -> None:
    found = resolve(nlp, text)
    assert name in found
    if known is None:
        assert not found[name]["id"].startswith(("tariq", "muqtada")), found[name]
    else:
        assert found[name]["id"] == known


def test_an_honorific_alone_is_not_a_name(nlp: Language) -> None:
    # the recogniser sometimes takes "Eminence" for a person's name: set it so
    from spacy.tokens import Span

    doc = nlp.make_doc("As His Eminence reiterated on Friday, the talks had failed.")
    for name, component in nlp.pipeline:
        if name == "annalyst_actors":
            doc.ents = [Span(doc, 2, 3, label="PERSON")]
        doc = component(doc)
    assert "Eminence" not in [m.text for m in resolved_mentions(doc)]


def test_the_elder_of_a_name_is_a_relative_not_the_known_bearer(nlp: Language) -> None:
    text = "In 1998 the elder Sadr preached in Kufa. Later, Sadr led the protests."
    found = resolve(nlp, text)
    assert found["elder Sadr"]["id"].startswith("~person:")
    assert found["Sadr"]["id"] == "muqtada-al-sadr"


def test_a_longer_name_ending_in_a_known_one_is_another_body(nlp: Language) -> None:
    found = ids(resolve(nlp, "The Indian National Congress criticised the budget."))
    assert found["Indian National Congress"].startswith("~organization:")
    assert ids(resolve(nlp, "The Israeli Knesset voted on the bill."))["Israeli Knesset"] == (
        "knesset"
    )
    found = ids(resolve(nlp, "Fighters of the 14th Brigade of the PMU left the city."))
    assert "popular-mobilization-forces" in found.values()


def test_a_party_the_recogniser_took_for_a_place_is_a_body(nlp: Language) -> None:
    found = resolve(nlp, "The Green Party submitted petitions to the state assembly.")
    assert found["Green Party"]["type"] == "organization"


def test_nationality_words_taken_for_a_name_give_the_country(nlp: Language) -> None:
    found = resolve(nlp, "Sri Lankan Tamil rebels said they would release two soldiers.")
    assert "Sri Lankan Tamil" not in found
    assert found["Sri Lankan Tamil rebels"]["country"] == "LKA"


def test_a_name_the_recogniser_missed_is_still_an_actor(nlp: Language) -> None:
    # proper nouns left untagged by the small pipeline, in a role of their clause
    found = resolve(nlp, "The rebels said on Thursday that they will release Pablo Emilio Moncayo.")
    assert found["Pablo Emilio Moncayo"]["type"] == "person"
    found = resolve(nlp, "Hezb-e-Islami also threatened to shell the airfield north of the city.")
    assert found["Hezb-e-Islami"]["type"] in ("organization", "group")  # (now known too)


def test_capitalised_words_that_are_no_names_stay_out(nlp: Language) -> None:
    text = "The Region signed the Joint Comprehensive Plan of Action during Ramadan."
    found = resolve(nlp, text)
    assert not {"Region", "Action", "Ramadan", "Joint Comprehensive Plan"} & set(found)
    found = resolve(nlp, "After the battle of the ‘Sword of Jerusalem’, the Muslims prayed.")
    assert "Sword" not in found
    assert found["Muslims"]["type"] == "group"  # a community, not a person named so


def test_a_body_named_around_a_capitalised_preposition_is_a_name(nlp: Language) -> None:
    found = resolve(nlp, "Action Against Hunger says it is feeding 300,000 people in Chad.")
    assert found["Action Against Hunger"]["type"] == "organization"


def test_a_make_with_an_article_is_no_person(nlp: Language) -> None:
    found = resolve(nlp, "He asked the driver to bring an armored Hummer to the bank.")
    assert found.get("Hummer", {}).get("type") != "person" or "Hummer" not in found
    # a lone name heading a phrase opened by "the" is a thing too; "the Assad
    # government" is still Assad's
    text = "A bomb exploded in the Hummer he was traveling in, near the Assad government's base."
    found = resolve(nlp, text)
    assert found.get("Hummer", {}).get("type") != "person"
    assert found["Assad government"]["id"] == "syrian-government"


def test_a_body_of_a_named_state_carries_its_country(nlp: Language) -> None:
    found = resolve(nlp, "The Government of Peru protested the decision on Monday.")
    assert found["Government of Peru"]["country"] == "PER"
    found = resolve(nlp, "The people of the United States voted on Tuesday.")
    assert found["people of the United States"]["country"] == "USA"
    # two states after "of": neither is the body's country alone
    found = resolve(nlp, "The governments of France and Germany agreed on Friday.")
    assert found["governments"]["country"] is None
    assert {"France", "Germany"} <= set(found)


def test_a_name_missing_a_word_of_an_alias_is_not_that_actor(nlp: Language) -> None:
    found = resolve(nlp, "The Foreign Ministry condemned the raid on the village.")
    assert found["Foreign Ministry"]["id"] != "palestinian-ministry-of-foreign-affairs"
    # a spelling that varies still finds its actor
    found = resolve(nlp, "Hassan Nasrallahh spoke on Friday.")
    assert found["Hassan Nasrallahh"]["id"] == "hassan-nasrallah"


def test_a_shared_acronym_is_the_one_of_a_country_the_article_names(nlp: Language) -> None:
    found = resolve(nlp, "Fighting spread across Sudan. The RSF shelled a clinic.")
    assert found["RSF"]["id"] == "rapid-support-forces"
    found = resolve(nlp, "Press freedom in France fell. The RSF published its index.")
    assert found["RSF"]["id"] == "reporters-without-borders"


def test_a_common_name_of_a_body_owned_by_another_state(nlp: Language) -> None:
    found = resolve(
        nlp,
        "Peru's Congress voted to remove the president, and Congress in Washington said nothing.",
    )
    assert found["Peru's Congress"]["country"] == "PER"
    assert "LEG" in found["Peru's Congress"]["sectors"]
    assert found["Congress"]["id"] == "us-congress"  # unqualified: the known one


def test_a_common_name_of_a_body_under_another_nationality(nlp: Language) -> None:
    found = resolve(nlp, "The Argentine Senate approved the loan deal on Thursday.")
    senate = next(a for text, a in found.items() if "Senate" in text)
    assert (senate["country"], senate["sectors"]) == ("ARG", ["LEG"])


def test_a_party_owned_by_a_state_is_that_country_s_party(nlp: Language) -> None:
    found = resolve(nlp, "Malawi's main opposition party rejected the results.")
    party = next(a for text, a in found.items() if "party" in text)
    assert party["country"] == "MWI" and "PTY" in party["sectors"]


def test_an_ambiguous_acronym_takes_the_country_of_a_body_named_before(nlp: Language) -> None:
    found = ids(resolve(nlp, "The Sudanese army and the RSF agreed to a week-long truce."))
    assert found["RSF"] == "rapid-support-forces"


def test_a_person_the_knowledge_base_lacks_takes_the_country_of_the_title(nlp: Language) -> None:
    found = resolve(nlp, "Malawian opposition leader Kondwani Banda criticised the budget.")
    assert found["Kondwani Banda"]["country"] == "MWI"


def test_a_city_s_name_as_a_surname_is_the_person(nlp: Language) -> None:
    found = resolve(nlp, "Police spokesman Abdirahman Aden said six recruits were killed.")
    assert found["Abdirahman Aden"]["type"] == "person"


def test_a_body_named_with_its_country_keeps_its_name_and_country(nlp: Language) -> None:
    found = resolve(nlp, "The Sudan Teachers' Committee said three teachers were detained.")
    body = next(a for text, a in found.items() if "Committee" in text)
    assert body["country"] == "SDN"


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Police in Tbilisi detained eleven activists on Friday.", "Police", "GEO"),
        ("Authorities in Nicaragua closed two radio stations.", "Authorities", "NIC"),
        ("Officials from Peru met the delegation in Quito.", "Officials", "PER"),
    ],
)
def test_organs_of_a_state_take_the_country_of_the_state_or_capital_they_are_in(
    nlp: Language, text: str, words: str, country: str
) -> None:
    assert resolve(nlp, text)[words]["country"] == country


def test_people_in_a_country_are_not_its_organs(nlp: Language) -> None:
    found = resolve(nlp, "Refugees in Jordan protested against the cuts.")
    assert found["Refugees"]["country"] is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rep. Jim Jordan questioned the attorney general.", "Jim Jordan"),
        ("Chad Wolf left the department in January.", "Chad Wolf"),
    ],
)
def test_a_person_whose_name_includes_a_state_s_name_is_a_person(
    nlp: Language, text: str, words: str
) -> None:
    assert resolve(nlp, text)[words]["type"] == "person"


def test_a_body_whose_name_says_another_nationality_is_not_a_namesake_body(
    nlp: Language,
) -> None:
    found = resolve(nlp, "The Ukrainian Defense Ministry said nine drones were downed.")
    body = next(a for text, a in found.items() if "Ministry" in text)
    assert body["country"] == "UKR"


def test_an_unknown_body_named_with_a_nationality_takes_its_country(nlp: Language) -> None:
    found = resolve(nlp, "The Kenyan Interior Ministry said it would appeal the ruling.")
    body = next(a for text, a in found.items() if "Ministry" in text)
    assert body["country"] == "KEN"


def test_a_state_s_ministry_tagged_as_a_name_is_that_state_s_body(nlp: Language) -> None:
    found = resolve(nlp, "Georgia's interior ministry denied the report.")
    body = next(a for text, a in found.items() if "ministry" in text)
    assert body["country"] == "GEO" and "GOV" in body["sectors"]


def test_a_possessor_of_the_first_of_two_joined_nouns_is_not_the_second_s(
    nlp: Language,
) -> None:
    found = resolve(nlp, "Sudan's government and rebel groups agreed to resume talks.")
    rebels = next(a for text, a in found.items() if "rebel" in text)
    assert rebels["country"] is None and "Sudan" not in rebels["text"]


def test_a_role_followed_by_its_holder_s_name_is_that_holder(nlp: Language) -> None:
    # in a story of 2023, the commander of the Quds Force named in 2020 is the one named
    text = "In 2020 a drone killed the commander of the Quds Force General Qassem Soleimani."
    found = ids(resolve(nlp, text))
    assert "esmail-qaani" not in found.values()
    assert found.get("General Qassem Soleimani") == "qassem-soleimani"


def test_a_name_the_recogniser_cut_short_is_whole(nlp: Language) -> None:
    found = resolve(nlp, "Tanzania's President Samia Suluhu Hassan visited Nairobi on Tuesday.")
    assert found["Samia Suluhu Hassan"]["type"] == "person"


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "Hundreds of Nepalese nationals marched outside the embassy.",
            "Nepalese nationals",
            "NPL",
        ),
        ("Parents of the kidnapped pupils blocked the highway.", "Parents", None),
    ],
)
def test_people_of_a_kind_are_not_their_state(
    nlp: Language, text: str, words: str, country: str | None
) -> None:
    found = resolve(nlp, text)
    assert found[words]["type"] == "group" and found[words]["country"] == country


def test_a_hyphenated_given_name_cut_at_its_hyphen_is_read_whole(nlp: Language) -> None:
    found = resolve(nlp, "South Korean President Moon Jae-in plans to visit Tokyo next month.")
    assert found["Moon Jae-in"]["type"] == "person"


@pytest.mark.parametrize(
    ("text", "words", "actor_id"),
    [
        ("Rebels from the M23 group attacked an army base on Sunday.", "M23", "m23"),
        ("The TPLF accused the federal army of targeting civilians.", "TPLF", "tplf"),
        ("ELN rebels bombed an oil pipeline on Friday.", "ELN", "eln"),
        ("ADF rebels killed 20 villagers near Beni on Monday.", "ADF", "allied-democratic-forces"),
    ],
)
def test_armed_groups_named_in_wire_copy_worldwide_are_known(
    nlp: Language, text: str, words: str, actor_id: str
) -> None:
    found = ids(resolve(nlp, text))
    assert actor_id in found.values(), found


def test_a_states_organ_after_a_two_word_state_name_is_its_own(nlp: Language) -> None:
    # the recogniser takes "navy" for an organisation's name; the state is two words
    found = resolve(nlp, "Sri Lanka's navy arrested 14 fishermen on Saturday.")
    assert found["Sri Lanka's navy"]["country"] == "LKA"


def test_a_peoples_word_the_parser_set_apart_still_gives_the_country(nlp: Language) -> None:
    # the parser reads "Azerbaijani" as an object of its own, before "troops"
    found = resolve(nlp, "Armenia accused Azerbaijani troops of crossing the border near the lake.")
    assert found["Azerbaijani troops"]["country"] == "AZE"


def test_a_shared_acronym_first_told_is_the_one_of_the_country_named_later(nlp: Language) -> None:
    text = (
        "The RSF said in a statement on Monday that its fighters had repelled the attack "
        "and accused the Sudanese army of shelling civilians."
    )
    doc = nlp(text)
    first = next(m for m in doc._.actor_mentions if m["text"] == "RSF")
    assert first["actor"]["id"] == "rapid-support-forces"


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Ministers said Joe Biden's administration would review the arms sale.",
            "Joe Biden's administration",
            "us-government",
        ),
        (
            "Erdogan's government ordered the arrest of the mayor.",
            "Erdogan's government",
            "turkish-government",
        ),
    ],
)
def test_a_leaders_administration_is_the_government_of_the_state(
    nlp: Language, text: str, words: str, actor: str
) -> None:
    assert ids(resolve(nlp, text)).get(words) == actor


def test_a_leader_of_no_known_state_keeps_the_possessive_reading(nlp: Language) -> None:
    # an unknown name gives no state; "the company's administration" is no government
    found = ids(resolve(nlp, "The company's administration fired the striking workers."))
    assert not any(value.endswith("government") for value in found.values())


def test_the_title_of_an_office_held_in_one_place_needs_no_country(nlp: Language) -> None:
    found = ids(resolve(nlp, "The Pope met the grand ayatollah in Najaf.", "2021-03-06"))
    assert found.get("The Pope") == "pope-francis"
    # (a title held in many places says nothing alone)
    assert "The president" not in ids(resolve(nlp, "The president met the envoy."))


def test_a_shared_acronym_doing_an_armed_deed_is_the_armed_body(nlp: Language) -> None:
    found = ids(resolve(nlp, "The RSF shelled a displacement camp near the city on Sunday."))
    assert found.get("RSF") == "rapid-support-forces"
