"""Dates of events with the real pipeline (issue 8, class 9), one test per construction.

Every sentence is written for these tests. Articles are published on Wednesday 16 June
2021 unless a test says otherwise, so "Monday" is 14 June and "Friday" 11 June.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = "2021-06-16"


def events(nlp: Language, text: str, published: str | None = PUB) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events)


def date_of(nlp: Language, text: str, trigger: str, published: str | None = PUB) -> Any:
    """(date, precision) of the event whose trigger words include ``trigger``."""
    found = events(nlp, text, published)
    for event in found:
        words = {w.lower() for w in event.get("trigger_text", event["trigger"]).split()}
        if trigger.lower() in words:
            return event["date"], event["date_precision"]
    raise AssertionError(f"no event on {trigger!r}: {[e['trigger'] for e in found]}")


# ------------------------------------------------------- a date on the governing verb


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the date sits on "went", the attack is what the going was for
        (
            "The militia went on 14 March 2021 to attack the convoy near the border.",
            "attack",
            ("2021-03-14", "day"),
        ),
        # a participial clause sets the time of the verb it belongs to
        (
            "Speaking to reporters on Friday, the Iraqi foreign minister called for new talks"
            " with Washington.",
            "called",
            ("2021-06-11", "day"),
        ),
        # a decision dated on "decided" dates the expulsion decided
        (
            "The Iraqi government decided on Monday to expel the Turkish ambassador.",
            "expel",
            ("2021-06-14", "day"),
        ),
        # "took part in", "tried to ... by ordering": the act completes the dated verb
        (
            "On 31 August 2014, Soleimani took part in lifting the siege of Amerli.",
            "lifting",
            ("2014-08-31", "day"),
        ),
        (
            "In June, Moqtada al-Sadr tried to break the deadlock by ordering his deputies to"
            " resign.",
            "ordering",
            ("2021-06-01", "month"),
        ),
        # a demand made in a statement is made when the statement is aired
        (
            "On 30 August 2022, Moqtada al-Sadr aired a televised statement demanding that his"
            " supporters leave the Green Zone.",
            "demanding",
            ("2022-08-30", "day"),
        ),
        # "came under fire": the fire is dated by the verb
        (
            "Late on Sunday, the US base at Ain al-Asad came under rocket fire.",
            "fire",
            ("2021-06-13", "day"),
        ),
    ],
)
def test_governing_verb_dates_the_act(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert date_of(nlp, text, trigger) == expected


def test_year_given_after_of(nlp: Language) -> None:
    text = "On January 3 of 2020, a US drone strike killed Qassem Soleimani near Baghdad airport."
    assert date_of(nlp, text, "strike", published="2023-01-06") == ("2020-01-03", "day")


# ------------------------------------------------------------- the means of the act


def test_date_on_the_means_dates_the_act(nlp: Language) -> None:
    text = "Iraqi officials said four soldiers were killed in a rocket attack on Monday."
    assert date_of(nlp, text, "attack") == ("2021-06-14", "day")


def test_container_noun_stands_for_its_event(nlp: Language) -> None:
    text = (
        "Kataib Hezbollah said the second round of US airstrikes on 27 June killed four fighters."
    )
    assert date_of(nlp, text, "airstrikes") == ("2020-06-27", "day")


def test_act_of_sabotage(nlp: Language) -> None:
    text = "Last month, an act of sabotage hit the Natanz enrichment facility."
    assert date_of(nlp, text, "sabotage") == ("2021-05-01", "month")


# --------------------------------------------------------------- other events' dates


def test_one_day_after_an_earlier_event(nlp: Language) -> None:
    text = (
        "Rockets hit the US embassy in Baghdad on 3 May 2021. One day after the attack, Iraqi"
        " police arrested four suspects."
    )
    assert date_of(nlp, text, "arrested") == ("2021-05-04", "day")


def test_days_after_an_occasion_dated_in_the_sentence_before(nlp: Language) -> None:
    # (an election is no event, but the sentence before dates it)
    text = (
        "The presidential election was held on 6 June 2021. Two days after the vote, police"
        " arrested the main opposition candidate."
    )
    assert date_of(nlp, text, "arrested") == ("2021-06-08", "day")


def test_a_gerund_subject_shares_its_verbs_date(nlp: Language) -> None:
    text = "Fighting between rival militias erupted in Mogadishu on 3 June 2021."
    assert date_of(nlp, text, "Fighting") == ("2021-06-03", "day")


def test_a_date_after_where_the_target_is_based_is_the_attacks(nlp: Language) -> None:
    text = "A drone attack targeted French troops based in Gao on 4 June 2021."
    assert date_of(nlp, text, "attack") == ("2021-06-04", "day")


def test_the_event_a_phrase_is_measured_from(nlp: Language) -> None:
    # Tuesday is 15 June; the bombing was the day before.
    text = (
        "Kataib Hezbollah issued a statement on Tuesday, one day after US jets bombed its"
        " headquarters."
    )
    assert date_of(nlp, text, "bombed") == ("2021-06-14", "day")


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the time hangs on the noun the clause names ("a ceasefire with Chad on 1 March")
        (
            "The Sudan Liberation Movement declared an immediate ceasefire with Chad on 1 March,"
            " two days after its exiled leader Abdel Wahid al-Nur called on the group to lay"
            " down its arms.",
            "called",
            "2021-02-27",
        ),
        # the time hangs on the subject ("the tribunal on Thursday"); Thursday is 10 June
        (
            "The tribunal on Thursday dismissed the petition, two days after clashes between"
            " students and police left dozens hurt.",
            "clashes",
            "2021-06-08",
        ),
    ],
)
def test_the_act_measured_from_takes_the_date_found_for_its_clause(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    assert date_of(nlp, text, trigger) == (day, "day")


def test_a_speaker_telling_of_its_own_words_said_them_that_day(nlp: Language) -> None:
    # Monday is 14 June: the rejection is made in saying it
    text = (
        "The foreign ministry of Mali said on Monday that it rejected the accusations made"
        " by the junta's critics."
    )
    assert date_of(nlp, text, "rejected") == ("2021-06-14", "day")


def test_an_act_told_in_a_clause_on_a_dated_meeting_was_done_at_it(nlp: Language) -> None:
    text = (
        "Ghana hosted an emergency regional summit in Accra on 4 March that endorsed a plan"
        " to restore order in the Sahel."
    )
    found = [e for e in events(nlp, text) if e["trigger"] == "endorsed"]
    assert [(e["date"], (e.get("location") or {}).get("name")) for e in found] == [
        ("2021-03-04", "Accra")
    ]


def test_a_date_after_whose_a_target_is_is_the_attacks(nlp: Language) -> None:
    # Sunday is 13 June
    text = "Jets struck depots used by the Wagner Group near Bangui on Sunday."
    assert date_of(nlp, text, "struck") == ("2021-06-13", "day")


def test_a_date_after_the_document_an_act_settles_is_the_acts(nlp: Language) -> None:
    # Thursday is 10 June
    text = (
        "Serbia and Kosovo agreed on the text of a border treaty on Thursday, officials in"
        " Brussels said."
    )
    assert date_of(nlp, text, "agreed") == ("2021-06-10", "day")


def test_what_a_dated_meeting_does_is_done_that_day_and_there(nlp: Language) -> None:
    text = "The summit, held in Addis Ababa on 4 March, endorsed the Kenyan peace plan."
    found = {e["trigger"]: e for e in events(nlp, text)}
    assert (found["endorsed"]["date"], found["endorsed"]["location"]["name"]) == (
        "2021-03-04",
        "Addis Ababa",
    )
    assert found["summit"]["location"]["name"] == "Addis Ababa"


def test_during_an_earlier_event(nlp: Language) -> None:
    text = (
        "Militants attacked the Iraqi army base on 4 May 2021. Three soldiers were killed"
        " during the attack."
    )
    assert date_of(nlp, text, "killed") == ("2021-05-04", "day")


def test_days_following_an_act_dated_by_its_year(nlp: Language) -> None:
    # the anchor states its own year; a date of the same day stays the act's own
    text = "The boycott came in the days following the arrest of the opposition leader in 2019."
    assert date_of(nlp, text, "boycott") == ("2019-01-01", "year")
    text = "Police detained the mayor on Wednesday, days before he was due to be named a candidate."
    assert date_of(nlp, text, "detained", "2025-03-20") == ("2025-03-19", "day")


def test_a_noun_said_to_be_a_named_operation(nlp: Language) -> None:
    text = "The third operation, in 2008, was Operation Sun, and it lasted a week."
    found = [e for e in events(nlp, text) if e["trigger"] == "operation"]
    assert [(e["event_type"], e["date"]) for e in found] == [("ASSAULT", "2008-01-01")]
    assert not [
        e for e in events(nlp, "The operation was a success.") if e["trigger"] == "operation"
    ]


def test_a_definite_subject_takes_up_the_act_the_sentence_before_named(nlp: Language) -> None:
    text = (
        "Lawmakers approved a bill to expel the foreign troops. The vote came in the days "
        "following the killing of the two commanders in 2020."
    )
    assert date_of(nlp, text, "vote") == ("2020-01-01", "year")
    # a vote on nothing the sentence before named is no expulsion
    text = "Lawmakers met on Monday. The vote came in the days following the storm in 2020."
    assert not [e for e in events(nlp, text) if e["trigger"] == "vote"]


@pytest.mark.parametrize(
    ("phrase", "trigger", "expected"),
    [
        ("Five days later, Iraqi police arrested the leaders.", "arrested", ("2021-04-07", "day")),
        ("The next day, Iraqi police arrested the leaders.", "arrested", ("2021-04-03", "day")),
        ("That day, protesters blocked the main road.", "blocked", ("2021-04-02", "day")),
        ("The same day, protesters blocked the main road.", "blocked", ("2021-04-02", "day")),
        ("Hours later, the Iraqi army shelled their hideout.", "shelled", ("2021-04-02", "day")),
        (
            "Later that month, the Iraqi army withdrew from the city.",
            "withdrew",
            ("2021-04-01", "month"),
        ),
    ],
)
def test_previous_sentence_carries_the_date(
    nlp: Language, phrase: str, trigger: str, expected: tuple[str, str]
) -> None:
    text = "Gunmen stormed the ministry in Baghdad on 2 April 2021. " + phrase
    assert date_of(nlp, text, trigger) == expected


def test_narrative_phrase_after_a_restated_event(nlp: Language) -> None:
    # The sentence before "Five days later" restates the strike without a date; the
    # strike's date comes from where it was first told.
    text = (
        "Qassem Soleimani was killed in a US drone strike near Baghdad airport on 3 January"
        " 2020. Iraqi lawmakers praised the commander. Soleimani was targeted by a US drone"
        " strike ordered by Trump. Five days later, Iran fired missiles at a US base in Anbar."
    )
    assert date_of(nlp, text, "fired", published="2023-01-06") == ("2020-01-08", "day")


def test_when_clause_and_main_clause_share_a_date(nlp: Language) -> None:
    text = (
        "When Turkish troops launched an offensive in February 2021, the PMF sent fighters to"
        " Sinjar."
    )
    assert date_of(nlp, text, "sent") == ("2021-02-01", "month")


def test_when_clause_on_a_date(nlp: Language) -> None:
    text = (
        "Attacks on US forces have grown since January 2020, when the US killed Qassem Soleimani."
    )
    assert date_of(nlp, text, "killed") == ("2020-01-01", "month")


# ------------------------------------------------------------------ background events


def test_background_event_keeps_its_own_date(nlp: Language) -> None:
    text = "The Iraqi prime minister on Thursday praised Soleimani, who was killed in a US strike in 2020."
    assert date_of(nlp, text, "praised") == ("2021-06-10", "day")
    assert date_of(nlp, text, "strike") == ("2020-01-01", "year")


def test_date_written_after_an_event_noun(nlp: Language) -> None:
    text = "Iraqi Christians fled after the US invasion of Iraq in 2003."
    assert date_of(nlp, text, "invasion") == ("2003-01-01", "year")


def test_commitment_is_dated_when_said(nlp: Language) -> None:
    assert date_of(
        nlp, "Iran said on Monday that it would retaliate against Israel.", "retaliate"
    ) == (
        "2021-06-14",
        "day",
    )


# ----------------------------------------------------------------------------- undated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia has repeatedly attacked US convoys in southern Iraq.", "attacked"),
        # the date of the report does not date what is reported
        ("Iraq said on Sunday that it was sending troops to the Syrian border.", "sending"),
        # "after X" bounds the time, it does not give it
        ("Iraqi police arrested four men after the bombing of the market.", "arrested"),
    ],
)
def test_no_time_expression_stays_undated(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == (None, None)


def test_light_verb_deal_dates_its_noun(nlp: Language) -> None:
    text = "In 2016, the army dealt a heavy blow against the insurgents near Ramadi."
    assert date_of(nlp, text, "blow") == ("2016-01-01", "year")


def test_a_coup_detat_shares_the_date_of_its_verb(nlp: Language) -> None:
    text = "On 12 March 1971, a coup d'etat forced the government to resign."
    assert date_of(nlp, text, "coup") == ("1971-03-12", "day")


def test_an_attempt_named_by_its_act_anchors_a_count_of_days(nlp: Language) -> None:
    text = "The junta declared martial law on Friday, three days after the failed coup attempt."
    # published on PUB; "Friday" is read from it, the coup three days earlier
    found = {e["trigger"]: e for e in events(nlp, text)}
    friday = found["martial"]["date"] if "martial" in found else found["law"]["date"]
    coup = found["coup"]
    assert coup["status"] == "asserted"  # background of a declaration, not its claim
    from datetime import date, timedelta

    assert coup["date"] == (date.fromisoformat(friday) - timedelta(days=3)).isoformat()


def test_a_battle_named_for_a_place_is_an_assault(nlp: Language) -> None:
    assert date_of(nlp, "The battle of Tal Afar began in August 2017.", "battle") == (
        "2017-08-01",
        "month",
    )


# ------------------------------------------- a date closing a long phrase that names an act


def test_date_closing_a_long_phrase_on_a_referring_verb(nlp: Language) -> None:
    # the parse hangs the date on "alluding"; the names and the place between belong to
    # the killing's phrase, and only the killing can have happened in March 2019
    text = (
        "The speaker was alluding to the killing of the general, his two bodyguards and a"
        " driver, near the old airport road in March 2019, after which the army withdrew."
    )
    assert date_of(nlp, text, "killing") == ("2019-03-01", "month")


def test_date_closing_a_phrase_under_a_present_tense_telling(nlp: Language) -> None:
    text = (
        "The clip, the witness says, is a reminder of the bombing of the central market of"
        " Kirkuk by Islamic State on 4 May 2018."
    )
    assert date_of(nlp, text, "bombing") == ("2018-05-04", "day")


def test_a_clause_that_took_place_dates_the_act_not_the_place(nlp: Language) -> None:
    text = (
        "Investigators are still examining the blast at a warehouse near the port of Umm"
        " Qasr that took place on 9 April."
    )
    assert date_of(nlp, text, "blast") == ("2021-04-09", "day")


def test_the_act_something_began_with_shares_its_date(nlp: Language) -> None:
    text = "The rapprochement began in 2019 with the signing of a border treaty between the two states."
    assert date_of(nlp, text, "signing") == ("2019-01-01", "year")


def test_a_role_in_an_act_dates_the_act(nlp: Language) -> None:
    text = (
        "In 2012, the colonel was the chief planner of the incursion into the northern provinces."
    )
    assert date_of(nlp, text, "incursion") == ("2012-01-01", "year")
    # a stance towards an act is not a part in it
    text = "In 2012, the colonel was a fierce critic of the incursion into the northern provinces."
    assert date_of(nlp, text, "incursion") == (None, None)


# ------------------------------------------------- a definite mention restating an act


def test_a_restating_mention_gives_its_date_to_the_act(nlp: Language) -> None:
    text = (
        "The two presidents held talks in Ankara. The meeting took place at the presidential"
        " palace on Monday morning."
    )
    found = [e for e in events(nlp, text) if e["event_type"] == "CONSULT"]
    assert len(found) == 1  # one act, told twice
    assert (found[0]["date"], found[0]["date_precision"]) == ("2021-06-14", "day")
    assert "meeting" in found[0]["trigger_text"].split()


def test_a_mention_dated_by_another_act_is_not_restated_with_that_date(nlp: Language) -> None:
    # the date is the killing's: the strike mentioned again keeps no date of its own
    text = (
        "Rebels shelled the airport of the capital last month. The rebels said the shelling"
        " was revenge for the killing of their leader in an ambush on 2 June."
    )
    shelling = [
        e
        for e in events(nlp, text)
        if e["event_type"] == "ASSAULT" and "shell" in e["trigger_text"]
    ]
    assert len(shelling) == 1
    assert shelling[0]["date"] == "2021-05-01"


def test_a_specific_anchor_word_names_only_its_kind(nlp: Language) -> None:
    # the meeting on Monday is one day of the visit, not the visit itself
    text = (
        "The pope began a three-day visit to Iraq on Friday. He met the grand ayatollah in"
        " Najaf on Sunday. Militias halted their operations during the visit."
    )
    halted = [e for e in events(nlp, text) if "halted" in e["trigger_text"].split()]
    assert halted and halted[0]["date"] == "2021-06-11"  # the visit began on Friday


def test_a_battle_setting_a_demand_is_its_own_dated_act(nlp: Language) -> None:
    # "in the battle of X" sets where the general insisted; it is not what he asked for
    text = "Also in the battle of Tikrit, in March 2015, the general insisted on leading the assault himself."
    assert date_of(nlp, text, "battle") == ("2015-03-01", "month")
    assert date_of(nlp, text, "insisted") == ("2015-03-01", "month")


# ------------------------------------------------ a demand told as the content of a text


def test_passing_a_text_that_demands_is_the_demand(nlp: Language) -> None:
    text = (
        "In March 2019 the assembly adopted a resolution calling for the release of the prisoners."
    )
    (call,) = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert {"adopted", "resolution", "calling"} <= set(call["trigger_text"].split())
    assert (call["date"], call["date_precision"]) == ("2019-03-01", "month")


def test_legislation_requiring_an_act_is_a_dated_demand(nlp: Language) -> None:
    text = (
        "Militants bombed the embassy on 3 May 2019. Two days after the bombing, the lawmakers"
        " passed legislation requiring the cabinet to expel all foreign troops from the country."
    )
    found = events(nlp, text)
    demand = [e for e in found if e["event_type"] == "REQUEST"]
    assert len(demand) == 1 and "passed" in demand[0]["trigger_text"].split()
    assert (demand[0]["date"], demand[0]["date_precision"]) == ("2019-05-05", "day")
    # the expulsion is only demanded: not an act of its own
    assert not [e for e in found if "expel" in e["trigger_text"].split()]


def test_issuing_the_call_dates_the_call_told_before(nlp: Language) -> None:
    text = (
        "The movement has called for a boycott of the elections. Its leader issued the call"
        " on Tuesday at a rally in Basra."
    )
    calls = [e for e in events(nlp, text) if e["event_type"] == "REQUEST"]
    assert len(calls) == 1  # one appeal, told twice
    assert {"called", "call"} <= set(calls[0]["trigger_text"].split())
    assert (calls[0]["date"], calls[0]["date_precision"]) == ("2021-06-15", "day")


def test_issuing_a_call_alone_is_a_dated_appeal(nlp: Language) -> None:
    assert date_of(nlp, "Its leader issued the call on Tuesday at a rally in Basra.", "call") == (
        "2021-06-15",
        "day",
    )


# --------------------------------------------------- background acts named by a noun


def test_the_fall_of_a_named_city_is_a_dated_background_act(nlp: Language) -> None:
    text = "The siege of the town began after the fall of Ramadi in June 2014."
    assert date_of(nlp, text, "fall") == ("2014-06-01", "month")
    # the season is no act
    found = events(nlp, "The offensive began in the fall of 2014.")
    assert not [e for e in found if e["trigger"] == "fall"]


def test_a_ruling_dated_by_a_date_set_off_after_its_phrase(nlp: Language) -> None:
    text = (
        "This was before the fatwa of the grand cleric in Najaf, Ayatollah Ali al-Sistani, on"
        " 13 June 2014, which gave rise to the volunteer units."
    )
    assert date_of(nlp, text, "fatwa") == ("2014-06-13", "day")


def test_a_summit_named_for_its_place_is_a_dated_meeting(nlp: Language) -> None:
    text = (
        "Last month's Aqaba Summit opened a new era of security cooperation between the two states."
    )
    assert date_of(nlp, text, "Summit") == ("2021-05-01", "month")
    # an organisation's name is still no act
    found = events(nlp, "The Shanghai Cooperation Organization met in Tashkent.")
    assert [e["trigger"] for e in found] == ["met"]


# ------------------------------------------------------------ said when, not done when


def test_not_hesitating_to_strike_is_a_threat_dated_when_said(nlp: Language) -> None:
    text = (
        "Last week, the spokesman for the Revolutionary Guard said the force will not hesitate"
        " to strike other bases in the region."
    )
    (threat,) = [e for e in events(nlp, text) if "strike" in e["trigger_text"].split()]
    assert threat["event_type"] == "THREATEN"
    assert (threat["date"], threat["date_precision"]) == ("2021-06-07", "day")  # that week


def test_a_date_right_after_said_is_the_saying(nlp: Language) -> None:
    # the parse hangs "on Monday" on the reported clause; it is when the army spoke
    text = "The army said on Monday it would not hesitate to use force against the rebels."
    (threat,) = [e for e in events(nlp, text) if "use" in e["trigger_text"].split()]
    assert (threat["date"], threat["date_precision"]) == ("2021-06-14", "day")


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "expected"),
    [
        # a visit by a head of a church, told by his title
        (
            "The pontiff arrived in Baghdad on Friday for a three-day trip.",
            "arrived",
            "CONSULT",
            ("2021-06-11", "day"),
        ),
        # a defeat in arms
        (
            "The jihadist group was vanquished in December 2017 after a long campaign.",
            "vanquished",
            "ASSAULT",
            ("2017-12-01", "month"),
        ),
        # joining a war is waging it
        (
            "It became clear when Turkey entered the war in 2016.",
            "war",
            "ASSAULT",
            ("2016-01-01", "year"),
        ),
        # forces taken into a country
        (
            "Washington led scores of its allies into Iraq in 2014.",
            "led",
            "MOBILIZE",
            ("2014-01-01", "year"),
        ),
    ],
)
def test_acts_the_lexicon_reads_with_their_date(
    nlp: Language, text: str, trigger: str, etype: str, expected: tuple[str, str]
) -> None:
    found = [e for e in events(nlp, text) if trigger in e["trigger_text"].split()]
    assert found and found[0]["event_type"] == etype
    assert (found[0]["date"], found[0]["date_precision"]) == expected


def test_a_defeat_at_the_ballot_box_is_no_assault(nlp: Language) -> None:
    found = events(nlp, "The ruling party defeated the opposition group in the vote on Sunday.")
    assert not [e for e in found if e["event_type"] == "ASSAULT"]


def test_breaking_news_of_an_act_dates_it(nlp: Language) -> None:
    text = (
        "We woke up on 3 May 2019 to hear the terrible news about the killing of the general,"
        " who was visiting the city."
    )
    assert date_of(nlp, text, "killing") == ("2019-05-03", "day")
    text = "On Monday residents woke up to the news of the bombing of the mosque."
    assert date_of(nlp, text, "bombing") == ("2021-06-14", "day")


def test_the_same_word_names_the_act_told_further_back(nlp: Language) -> None:
    text = (
        "The two clerics held a historic meeting in Najaf. Crowds gathered outside the"
        " shrine. Security was tight across the city. Traffic was halted for hours. The"
        " meeting took place at the old residence on Saturday morning."
    )
    found = [e for e in events(nlp, text) if e["event_type"] == "CONSULT"]
    assert len(found) == 1
    assert (found[0]["date"], found[0]["date_precision"]) == ("2021-06-12", "day")


def test_approving_a_bill_that_demands_is_the_demand(nlp: Language) -> None:
    text = (
        "Militants bombed the embassy on 3 May 2019. Two days after the bombing, the lawmakers"
        " approved a bill that requires the cabinet to expel all foreign troops."
    )
    found = [e for e in events(nlp, text) if "approved" in e["trigger_text"].split()]
    assert len(found) == 1 and found[0]["event_type"] == "REQUEST"
    assert (found[0]["date"], found[0]["date_precision"]) == ("2019-05-05", "day")
    # approving something else stays an approval
    text = "The parliament approved the appointment of the new envoy on Monday."
    assert date_of(nlp, text, "approved") == (
        "2021-06-14",
        "day",
    )


def test_launching_a_named_operation_is_a_dated_assault(nlp: Language) -> None:
    text = "In 1995, the Turkish army launched Operation Steel, during which 35,000 troops crossed the border."
    assert date_of(nlp, text, "launched") == ("1995-01-01", "year")
    for other in (
        "The company launched a new phone in 2019.",
        "The army launched a rescue operation in March.",
    ):
        assert not [e for e in events(nlp, other) if e["trigger"] == "launched"]


def test_a_light_verb_is_a_word_of_its_act(nlp: Language) -> None:
    # the act is found at "entered" as well as at "war"
    found = events(nlp, "It became clear when Turkey entered the war in 2016.")
    (war,) = [e for e in found if e["event_type"] == "ASSAULT"]
    assert war["trigger"] == "war" and "entered" in war["trigger_text"].split()


def test_a_year_that_names_a_thing_does_not_date_the_act(nlp: Language) -> None:
    assert date_of(nlp, "Hamas fired rockets at the 1948 territories.", "fired") == (None, None)
    text = "Trump withdrew from the 2015 nuclear deal in May 2018."
    assert date_of(nlp, text, "withdrew") == ("2018-05-01", "month")
    assert date_of(nlp, "The 3 January strike killed ten people.", "strike")[1] == "day"


def test_a_past_tense_read_as_a_participle_keeps_its_subject_and_date(nlp: Language) -> None:
    text = (
        "It hardly surprised anyone to see that the new US president was just like his "
        "predecessors, when Washington once more bombed Iraqis last week."
    )
    (event,) = [e for e in events(nlp, text, "2021-03-01") if e["trigger"] == "bombed"]
    assert [a["name"] for a in event["actors"]] == ["United States"]
    assert [a["name"] for a in event["recipients"]] == ["Iraqis"]
    assert event["date"] == "2021-02-22"


def test_an_anniversary_dates_its_act_years_before(nlp: Language) -> None:
    text = (
        "The cyber attack on the news sites took place on the second anniversary of the "
        "killing of the general in 2022."
    )
    assert date_of(nlp, text, "killing") == ("2020-01-01", "year")
    assert date_of(nlp, text, "attack") == ("2022-01-01", "year")
    text = "The march took place on the first anniversary of the bombing on 3 January 2021."
    assert date_of(nlp, text, "bombing") == ("2020-01-03", "day")


def test_an_after_clause_shares_a_year_but_not_a_day(nlp: Language) -> None:
    text = "Pro-government militias took control of Sirte in 2016 after Islamic State fighters fled the city."
    fled = next(e for e in events(nlp, text) if e["trigger"] == "fled")
    assert (fled["date"], fled["date_precision"]) == ("2016-01-01", "year")
    text = "The army entered the town on 3 March after the rebels withdrew."
    withdrew = next(e for e in events(nlp, text) if e["trigger"] == "withdrew")
    assert withdrew["date"] is None


def test_the_same_people_told_on_in_the_past_act_that_day(nlp: Language) -> None:
    text = "The two presidents met in Ankara on Monday. They signed a defence pact."
    signed = next(e for e in events(nlp, text) if e["trigger"] == "signed")
    assert signed["date"] is not None
    assert signed["date"] == next(e for e in events(nlp, text) if e["trigger"] == "met")["date"]
    text = "Hamas fired rockets at Ashkelon on Friday. It later agreed to a truce."
    agreed = next(e for e in events(nlp, text) if e["trigger"] == "agreed")
    assert agreed["date"] is None


def test_a_date_after_what_a_target_carries_is_the_act_s(nlp: Language) -> None:
    (event,) = events(nlp, "Gunmen ambushed a van carrying miners in Plateau state on Thursday.")
    assert event["date"] is not None


def test_the_same_doers_going_on_are_the_act_just_told(nlp: Language) -> None:
    text = (
        "Boko Haram fighters attacked a village near Maiduguri on Friday. "
        "The group killed 12 farmers and burned their homes, a local official said."
    )
    (event,) = events(nlp, text)
    assert event["date"] is not None
    assert "farmers" in [a["text"] for a in event["recipients"]]


def test_a_step_the_parse_hangs_on_a_noun_dates_the_main_act(nlp: Language) -> None:
    text = (
        "Sudanese and rebel commanders met in Juba on Monday. They agreed to a truce the next day."
    )
    agreed = next(e for e in events(nlp, text) if e["trigger"] == "agreed")
    met = next(e for e in events(nlp, text) if e["trigger"] == "met")
    assert met["date"] is not None and agreed["date"] is not None
    assert agreed["date"] > met["date"]


def test_a_past_day_hung_on_the_act_asked_for_dates_the_asking(nlp: Language) -> None:
    text = "The Security Council ordered Eritrea to withdraw its troops from Tigray on Tuesday."
    (ordered,) = (e for e in events(nlp, text) if e["trigger"] == "ordered")
    assert ordered["date"] is not None and ordered["date"] <= PUB
    text = "The Security Council ordered Eritrea to withdraw its troops from Tigray by next Friday."
    (ordered,) = (e for e in events(nlp, text) if e["trigger"] == "ordered")
    assert ordered["date"] is None  # a deadline to come is the withdrawal's, not the order's


def test_a_day_inside_a_count_of_days_dates_the_act(nlp: Language) -> None:
    text = "Truckers blocked the border crossing for a third day on Monday."
    (blocked,) = events(nlp, text)
    assert blocked["date"] == "2021-06-14"


def test_the_verb_that_carries_a_noun_dates_it(nlp: Language) -> None:
    text = (
        "Armenian and Azerbaijani troops exchanged fire along the border on Sunday, officials said."
    )
    (fire,) = events(nlp, text)
    assert fire["date"] == "2021-06-13"
    text = "Militants have stepped up their attacks in the north since January."
    assert all(e["date"] is None for e in events(nlp, text))


def test_a_day_at_the_end_of_a_naming_clause_dates_the_act(nlp: Language) -> None:
    text = "Turkish drones struck what Ankara called a PKK training camp near Sinjar on Friday."
    struck = next(e for e in events(nlp, text) if e["trigger"] == "struck")
    assert struck["date"] == "2021-06-11"


def test_words_said_are_dated_by_the_report_that_tells_them(nlp: Language) -> None:
    text = "Pakistan accused India of violating the truce, the foreign ministry said on Monday."
    assert date_of(nlp, text, "accused") == ("2021-06-14", "day")
    # a deed told by a report is not done on the day of the telling
    text = "Rebels shelled the airport in Marib, the army said on Monday."
    assert date_of(nlp, text, "shelled") == (None, None)


def test_a_past_day_on_what_was_agreed_dates_the_agreement(nlp: Language) -> None:
    text = "The junta and the rebels agreed to a ceasefire on June 3 after eleven days of fighting."
    assert date_of(nlp, text, "agreed") == ("2021-06-03", "day")


def test_a_day_after_agreeing_to_do_something_is_ahead(nlp: Language) -> None:
    text = "The two governments agreed to open talks on June 28."
    assert all(not str(e["date"] or "").startswith("2020") for e in events(nlp, text))


def test_overnight_is_the_night_before_the_report(nlp: Language) -> None:
    text = "Militants shelled the garrison overnight, the army said."
    assert date_of(nlp, text, "shelled") == ("2021-06-16", "day")
    # a curfew that lasts the night is no date
    text = "The government imposed an overnight curfew in the capital."
    assert all(e["date"] is None for e in events(nlp, text))


def test_those_acted_on_told_just_before_carry_the_occasion(nlp: Language) -> None:
    text = (
        "Thousands of protesters marched in Khartoum on Monday.\n\n"
        "Security forces fired live ammunition at them."
    )
    fired = next(e for e in events(nlp, text) if e["trigger"] == "fired")
    assert (fired["date"], fired["location"]["name"]) == ("2021-06-14", "Khartoum")
    text = (
        "Alexander Lukashenko met Vladimir Putin in Sochi on Friday.\n\nPutin promised him a loan."
    )
    promised = next(e for e in events(nlp, text) if e["trigger"] == "promised")
    assert (promised["date"], promised["location"]["name"]) == ("2021-06-11", "Sochi")


def test_an_organ_referred_back_to_carries_the_occasion(nlp: Language) -> None:
    text = (
        "Venezuela's foreign ministry summoned Chile's ambassador on Monday.\n\n"
        "The ministry accused Santiago of meddling."
    )
    assert date_of(nlp, text, "accused") == ("2021-06-14", "day")


def test_the_crowd_is_the_people_told_before_and_their_occasion(nlp: Language) -> None:
    text = (
        "Thousands of people marched through Bogota on Monday against a tax reform.\n\n"
        "Riot police fired tear gas at the crowd."
    )
    fired = next(e for e in events(nlp, text) if e["trigger"] == "fired")
    assert [r["name"] for r in fired["recipients"]] == ["people"]
    assert (fired["date"], fired["location"]["name"]) == ("2021-06-14", "Bogotá")
    assert [a["country"] for a in fired["actors"]] == ["COL"]  # the police in view


def test_a_date_after_what_those_acted_on_were_doing_is_the_acts(nlp: Language) -> None:
    text = "Police fired tear gas at farmers blocking a road outside Lahore late on Friday."
    assert date_of(nlp, text, "fired") == ("2021-06-11", "day")


def test_the_attack_dated_after_a_killing_dates_that_killing(nlp: Language) -> None:
    text = "Soldiers killed three gunmen near Kidal. The attack took place on Monday night."
    found = [e for e in events(nlp, text) if e["event_type"] == "ASSAULT"]
    assert len(found) == 1
    assert found[0]["date"] == "2021-06-14"


def test_an_act_met_as_it_came_is_met_on_its_day(nlp: Language) -> None:
    found = events(nlp, "Malian troops repelled an attack on Sunday night near Gao.")
    (repelled,) = [e for e in found if e["trigger"] == "repelled"]
    assert repelled["date"] == "2021-06-13"


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "A drone killed two fighters near the border crossing on the night of 2 June.",
            "killed",
            "2021-06-02",
        ),
        (
            "Police blocked the candidate from leaving his house on Monday.",
            "blocked",
            "2021-06-14",
        ),
    ],
)
def test_a_date_hung_on_a_place_noun_or_on_what_was_prevented_dates_the_act(
    nlp: Language, text: str, trigger: str, day: str
) -> None:
    (act,) = [e for e in events(nlp, text) if e["trigger"].startswith(trigger)]
    assert act["date"] == day


def test_over_the_past_24_hours_is_the_reports_day(nlp: Language) -> None:
    text = "Coalition jets carried out 12 air strikes on Hodeidah over the past 24 hours, Al-Masirah said."
    (strikes,) = events(nlp, text)
    assert strikes["date"] == PUB


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the date is written between the words reported and the verb of telling
        (
            "Settlers burned three cars in the village of Qaryut, south of Nablus, on "
            "Monday evening, the village council head told reporters.",
            "burned",
            "2021-06-14",
        ),
        # written after the telling, it is the telling's: the burning is not dated by it
        (
            "Settlers burned three cars in the village of Qaryut, the village council head "
            "told reporters on Monday.",
            "burned",
            None,
        ),
    ],
)
def test_a_date_before_a_report_that_follows_its_words_dates_the_act(
    nlp: Language, text: str, trigger: str, day: str | None
) -> None:
    (event,) = [e for e in events(nlp, text) if e["trigger_text"].startswith(trigger)]
    assert event["date"] == day


@pytest.mark.parametrize("phrase", ["later in the day", "earlier in the day"])
def test_later_or_earlier_in_the_day_is_the_day_told_before(nlp: Language, phrase: str) -> None:
    text = f"Farmers blocked the highway on Monday.\n\nPolice detained their leader {phrase}."
    (arrest,) = [e for e in events(nlp, text) if e["event_type"] == "COERCE"]
    assert arrest["date"] == "2021-06-14"


def test_a_speaker_named_again_goes_on_with_the_statement_told_before(nlp: Language) -> None:
    text = (
        "Asaib Ahl al-Haq leader Qais al-Khazali issued the appeal on Monday.\n\n"
        "Khazali urged the tribes to stand with the army, and warned the militias that "
        "they would pay a heavy price."
    )
    found = events(nlp, text)
    warning = next(e for e in found if e["trigger_text"].startswith("warned"))
    assert warning["date"] == "2021-06-14"
    assert all(e["date"] == "2021-06-14" for e in found)


def test_a_speaker_named_again_far_on_or_doing_no_talking_takes_no_date(nlp: Language) -> None:
    text = (
        "Qais al-Khazali issued the appeal on Monday. The river rose. The roads closed. "
        "Farmers left. Khazali urged the tribes to stand with the army."
    )
    (urging,) = [e for e in events(nlp, text) if e["trigger_text"].startswith("urged")]
    assert urging["date"] is None


def test_a_date_right_after_an_event_noun_dates_it_however_parsed(nlp: Language) -> None:
    text = (
        "At the time of the militia's drone strike last weekend, the officer says, "
        "about twenty guards were inside the depot."
    )
    (strike,) = [e for e in events(nlp, text) if e["trigger_text"] == "strike"]
    assert strike["date"] == "2021-06-12"


def test_acts_in_a_where_clause_on_the_place_reached_share_its_day(nlp: Language) -> None:
    text = (
        "Occupation forces advanced on Monday into the outskirts of the village of Kuya, "
        "where they raided several houses and arrested three young men."
    )
    found = {e["trigger_text"]: e["date"] for e in events(nlp, text)}
    assert found["raided"] == found["arrested"] == "2021-06-14"


def test_a_where_clause_of_a_habit_takes_no_day(nlp: Language) -> None:
    text = "Troops stormed the town on Monday, where they have been raiding homes for years."
    (raids,) = [e for e in events(nlp, text) if e["trigger_text"] == "raiding"]
    assert raids["date"] is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a year told later in the sentence is another thing's
        (
            "Royalists gathered in Kathmandu on 9 March, demanding the return of the "
            "monarchy abolished in 2008.",
            "2021-03-09",
        ),
        (
            "Prosecutors charged the minister on 18 February over his 2018 campaign.",
            "2021-02-18",
        ),
        # a year set before, or right after, is the day's
        ("In 2014, the group seized Mosul on 10 June.", "2014-06-10"),
        ("The group seized Mosul on 10 June, 2014.", "2014-06-10"),
    ],
)
def test_a_day_without_a_year_takes_only_a_year_that_frames_it(
    nlp: Language, text: str, day: str
) -> None:
    first = events(nlp, text)[0]
    assert first["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # (published on Wednesday 16 June 2021)
        ("Rebels seized the town on Wednesday last week.", "2021-06-09"),
        ("Rebels seized the town on Monday of last week.", "2021-06-07"),
        ("Drones struck the depot overnight into Tuesday.", "2021-06-15"),
        ("Drones struck the depot overnight, the ministry said.", "2021-06-16"),
    ],
)
def test_a_weekday_of_a_named_week_and_a_night_into_a_weekday(
    nlp: Language, text: str, day: str
) -> None:
    assert events(nlp, text)[0]["date"] == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police clashed on Monday with farmers who were blocking a highway.", "blocking"),
        ("Police on Monday arrested dozens of students taking part in a march.", "march"),
    ],
)
def test_an_act_going_on_among_those_reached_shares_the_day(
    nlp: Language, text: str, trigger: str
) -> None:
    (going_on,) = [e for e in events(nlp, text) if e["trigger_text"] == trigger]
    assert going_on["date"] == "2021-06-14"


def test_a_past_act_of_those_reached_keeps_its_own_time(nlp: Language) -> None:
    text = "Police on Monday arrested a man who had attacked a bank in 2019."
    (attack,) = [e for e in events(nlp, text) if e["trigger_text"] == "attacked"]
    assert attack["date"] == "2019-01-01"


def test_a_passive_act_in_an_anchored_clause_is_counted_back(nlp: Language) -> None:
    # 2021-06-12 is a Saturday; the anchored clause's act is told by a passive and a noun
    text = (
        "Jets struck a depot near Idlib on Saturday, a day after three soldiers were "
        "killed in a roadside bombing."
    )
    assert date_of(nlp, text, "bombing") == ("2021-06-11", "day")


def test_an_act_on_people_while_they_were_doing_something_dated(nlp: Language) -> None:
    text = "Police fired rubber bullets at students who were marching on the ministry on Monday."
    assert date_of(nlp, text, "fired") == ("2021-06-14", "day")
