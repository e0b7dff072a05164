"""Attributions the quote stage learned to find for issue 8, one test per construction.

Every passage is invented for these tests. Grouped as: quotation marks, where the
attribution sits (after, inside, before the report), who the speaker is, and what
is not a report.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from annalyst.nlp.quotes import QuoteSpan
from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


def find(found: list[QuoteSpan], words: str) -> QuoteSpan:
    hits = [q for q in found if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in found]}"
    return min(hits, key=lambda q: q.end - q.start)


# --------------------------------------------------------------------------- quotation marks


def test_two_apostrophes_make_a_quotation_mark(nlp: Language) -> None:
    text = (
        "''The bridge will be open to traffic by the summer,'' Dana Whitcombe, the county "
        "engineer, said on Tuesday."
    )
    q = find(quotes(nlp, text), "bridge will be open")
    assert q.type == "direct"
    assert q.text == "The bridge will be open to traffic by the summer,"
    assert q.cue == "said"
    assert speaker_words(text, q) == "Dana Whitcombe"


def test_a_straight_mark_left_open_is_not_continued_by_a_curly_one(nlp: Language) -> None:
    text = (
        'The column ran on Monday:\n\n"Farmers in the valley waited for rain all spring.\n\n'
        "“We have never seen the river this low,” one grower said. "
        "“Our wells are dry.”"
    )
    found = quotes(nlp, text)
    q = find(found, "never seen the river")
    assert q.text == "We have never seen the river this low,"
    assert "Farmers" not in q.text
    assert speaker_words(text, q) == "one grower"


# --------------------------------------------------------------------------- where the cue sits


def test_attribution_inside_the_sentence_it_reports(nlp: Language) -> None:
    text = (
        "The port will reopen next week. To avoid delays, the harbour master said, ships "
        "should register their cargo in advance."
    )
    q = find(quotes(nlp, text), "ships should register")
    assert q.type == "indirect"
    assert q.text.startswith("To avoid delays")
    assert q.cue == "said"
    assert speaker_words(text, q) == "the harbour master"


def test_closing_attribution_followed_by_a_clause_of_its_own(nlp: Language) -> None:
    text = (
        "The new tariff is an insult to every farmer in the region, union leaders said on "
        "Friday, as they gathered outside the ministry."
    )
    q = find(quotes(nlp, text), "insult to every farmer")
    assert q.text == "The new tariff is an insult to every farmer in the region"
    assert q.cue == "said"
    assert speaker_words(text, q) == "union leaders"


def test_inverted_attribution_with_a_described_speaker(nlp: Language) -> None:
    text = (
        "Ferry services to the islands were cut by half last year, said Tomas Alder, a "
        "director of the transport board that oversees the routes."
    )
    q = find(quotes(nlp, text), "Ferry services")
    assert q.type == "indirect"
    assert q.cue == "said"
    assert speaker_words(text, q) == "Tomas Alder"


def test_long_speaker_description_after_a_quotation(nlp: Language) -> None:
    text = (
        "“Nobody expected the dam to hold for so long,” Mirela Dobrescu, an engineer who "
        "inspected the structure in 2019 and a lecturer at the technical college, said."
    )
    q = find(quotes(nlp, text), "Nobody expected")
    assert q.cue == "said"
    assert speaker_words(text, q) == "Mirela Dobrescu"


def test_quotation_signed_with_a_dash(nlp: Language) -> None:
    text = (
        "Readers wrote in with their views.\n\n"
        "“The library is the only warm place on my street in winter.” ― Olga Brennan\n"
        "“Closing it would be a mistake we pay for later.” ― Peter Szabo"
    )
    found = quotes(nlp, text)
    first, second = find(found, "only warm place"), find(found, "mistake we pay")
    assert first.cue == second.cue == "―"
    assert speaker_words(text, first) == "Olga Brennan"
    assert speaker_words(text, second) == "Peter Szabo"


# --------------------------------------------------------------------------- speakers


def test_any_noun_subject_of_a_speech_verb_is_the_speaker(nlp: Language) -> None:
    text = "His lawyer said the defendant would not answer questions."
    (q,) = quotes(nlp, text)
    assert q.text == "the defendant would not answer questions"
    assert speaker_words(text, q) == "His lawyer"


@pytest.mark.parametrize("verb", ["says", "claimed", "insists"])
def test_the_country_us_is_a_speaker_not_the_pronoun_us(nlp: Language, verb: str) -> None:
    text = f"The US {verb} that the two militias take orders from abroad."
    (q,) = quotes(nlp, text)
    assert q.text == "the two militias take orders from abroad"
    assert q.speaker is not None and q.speaker["id"] == "united-states"
    assert not quotes(nlp, "Let us say that the plan failed.")


def test_second_part_of_a_quote_after_a_long_attribution_sentence(nlp: Language) -> None:
    text = (
        "“The harvest was the best in a decade,” Ruth Okafor said on Saturday at the "
        "cooperative’s annual dinner in the town hall, where Mr. Bell also spoke. "
        "“Prices, sadly, were the worst.”"
    )
    found = quotes(nlp, text)
    second = find(found, "Prices, sadly")
    assert speaker_words(text, second) == "Ruth Okafor"
    assert second.cue == "said"


# --------------------------------------------------------------------------- not reports


def test_a_title_in_quotation_marks_is_not_what_a_banner_said(nlp: Language) -> None:
    text = "Marchers carried a banner that read “Bread And Roses” through the square."
    assert quotes(nlp, text) == []


# --------------------------------------------------------------------------- more cue positions


def test_as_clause_attributes_the_rest_of_the_sentence(nlp: Language) -> None:
    text = "As one of the mayor's advisers pointed out, the valley rarely floods twice a year."
    (q,) = quotes(nlp, text)
    assert q.text == "the valley rarely floods twice a year"
    assert q.cue == "pointed out"
    assert speaker_words(text, q) == "one of the mayor's advisers"


def test_attribution_with_an_addressee_set_off_inside_the_sentence(nlp: Language) -> None:
    text = "The real problem, she told me on Friday, is that nobody reads the reports."
    (q,) = quotes(nlp, text)
    assert q.text.startswith("The real problem") and q.text.endswith("nobody reads the reports")
    assert q.cue == "told"


def test_told_an_audience_that(nlp: Language) -> None:
    text = "In Lisbon last week, he told a meeting of fishing captains that quotas would rise."
    (q,) = quotes(nlp, text)
    assert q.text == "quotas would rise"
    assert q.cue == "told"


def test_a_quantifier_can_be_the_speaker(nlp: Language) -> None:
    text = "All agreed that the new rules would raise costs for small farms."
    (q,) = quotes(nlp, text)
    assert q.text == "the new rules would raise costs for small farms"
    assert speaker_words(text, q) == "All"


def test_a_body_reports_what_it_found(nlp: Language) -> None:
    text = "An appeals panel found that the ministry had broken its own tender rules."
    (q,) = quotes(nlp, text)
    assert q.cue == "found"
    assert speaker_words(text, q) == "An appeals panel"


def test_finding_out_is_not_a_report(nlp: Language) -> None:
    assert quotes(nlp, "The villagers found out that the well had been poisoned.") == []


# --------------------------------------------------------------------------- beliefs and evidence


def test_beliefs_are_attributed_like_statements(nlp: Language) -> None:
    text = (
        "Union leaders believe the strike will spread to the ports. The finance ministry "
        "expects that inflation will fall below four percent next year."
    )
    found = quotes(nlp, text)
    strike = find(found, "strike will spread")
    assert strike.type == "indirect" and strike.cue == "believe"
    assert speaker_words(text, strike) == "Union leaders"
    inflation = find(found, "inflation will fall")
    assert inflation.cue == "expects"


def test_belief_adjectives(nlp: Language) -> None:
    text = "Many growers are afraid that the drought will last another season."
    (q,) = quotes(nlp, text)
    assert q.text == "the drought will last another season"
    assert speaker_words(text, q) == "Many growers"


def test_a_belief_inside_a_quotation_is_part_of_the_quotation(nlp: Language) -> None:
    text = "“We think the bridge is safe, and we will reopen it,” the engineer said."
    (q,) = quotes(nlp, text)
    assert q.type == "direct"


def test_evidence_shows_only_with_a_document_as_subject(nlp: Language) -> None:
    text = (
        "A new survey shows that most commuters would pay more for faster trains. "
        "The striker showed that he could still score from distance."
    )
    (q,) = quotes(nlp, text)
    assert q.text == "most commuters would pay more for faster trains"
    assert speaker_words(text, q) == "A new survey"


def test_according_to_a_poll(nlp: Language) -> None:
    text = "The two candidates are level in the capital, according to a poll released on Monday."
    (q,) = quotes(nlp, text)
    assert q.cue == "according to"
    assert q.text.startswith("The two candidates are level")


# --------------------------------------------------------------------------- reports by outlets


def test_an_outlet_has_learned(nlp: Language) -> None:
    text = (
        "The mayor quietly moved the budget vote to Friday to avoid the protest, the Herald "
        "has learned. Later she learned that the vote had been postponed again."
    )
    (q,) = quotes(nlp, text)
    assert q.text.startswith("The mayor quietly moved")
    assert q.cue == "learned"
    assert speaker_words(text, q) in ("the Herald", "Herald")


def test_headline_closed_by_its_attribution(nlp: Language) -> None:
    text = (
        "Clinic Hid Its Waiting Lists From Inspectors, Former Nurse Says\n\n"
        "A former nurse has come forward with documents."
    )
    q = find(quotes(nlp, text), "Clinic Hid")
    assert q.text == "Clinic Hid Its Waiting Lists From Inspectors"
    assert q.cue == "Says"
    assert speaker_words(text, q) == "Former Nurse"


def test_a_short_sentence_quoted_after_said_and_a_comma(nlp: Language) -> None:
    text = "Asked about the missing files, the commissioner said, “Not going there.”"
    (q,) = quotes(nlp, text)
    assert q.type == "direct" and q.text == "Not going there."
    assert q.cue == "said"


# --------------------------------------------------------------------------- content boundaries


def test_an_aside_after_the_report_is_not_part_of_it(nlp: Language) -> None:
    text = (
        "Trade analysts said regional tensions have raised shipping costs, citing the "
        "closure of two ports. He claimed that the tax was fair, although he again "
        "refused to publish his accounts."
    )
    found = quotes(nlp, text)
    assert find(found, "regional tensions").text == "regional tensions have raised shipping costs"
    assert find(found, "the tax was fair").text == "the tax was fair"


def test_a_phrase_opening_the_report_before_a_closing_attribution(nlp: Language) -> None:
    text = (
        "After some delays, the new tram line has been carrying more passengers than "
        "planned, one city official said."
    )
    (q,) = quotes(nlp, text)
    assert q.text.startswith("After some delays")
    assert speaker_words(text, q) == "one city official"


def test_a_clause_from_the_next_sentence_is_not_the_report(nlp: Language) -> None:
    text = (
        "Each hectare of forest stores about ten tonnes of carbon a year, Ms. Ferreira said."
        "\n\nHer company plans to plant a million trees in the south."
    )
    said, plans = quotes(nlp, text)
    assert said.text.startswith("Each hectare of forest")
    assert "plant a million trees" not in said.text
    assert said.act == "statement" and speaker_words(text, said) == "Ferreira"
    # the next paragraph's plan is an attribution of its own: the company's intention
    assert plans.act == "intention" and plans.cue == "plans"
    assert plans.text == "to plant a million trees in the south"
    assert speaker_words(text, plans) == "Her company"


def test_those_close_to_someone_can_speak(nlp: Language) -> None:
    text = "Those close to the governor say that she will not run again."
    (q,) = quotes(nlp, text)
    assert q.text == "she will not run again"
    assert speaker_words(text, q) == "Those close to the governor"


def test_according_to_without_a_verb_the_tagger_recognised(nlp: Language) -> None:
    text = "According to the harbour authority, twelve boats lost and forty sailors rescued."
    (q,) = quotes(nlp, text)
    assert q.cue == "According to"
    assert q.text.startswith("twelve boats lost")


def test_a_verb_with_its_own_object_is_not_a_closing_attribution(nlp: Language) -> None:
    text = (
        "At a summit hosted by Norway, donors pledged about two billion dollars for "
        "the rebuilding of the port."
    )
    # "pledged" reports nothing before it; what was pledged is the donors' promise
    (q,) = quotes(nlp, text)
    assert q.act == "promise" and q.cue == "pledged" and q.type == "indirect"
    assert q.text.startswith("about two billion dollars")
    assert speaker_words(text, q) == "donors"


def test_a_prepositional_aside_after_the_attribution_is_the_writers(nlp: Language) -> None:
    text = (
        "The rebels shelled the airport on Sunday, a UN official said, in what would be "
        "the first attack on it this year."
    )
    (q,) = quotes(nlp, text)
    assert q.text == "The rebels shelled the airport on Sunday"
    assert speaker_words(text, q) == "a UN official"


def test_a_date_is_never_the_speaker(nlp: Language) -> None:
    text = (
        "The governor, opening the new bridge on Saturday, said it would cut the commute "
        "to the capital by half."
    )
    (q,) = quotes(nlp, text)
    assert q.text.startswith("it would cut the commute")
    assert speaker_words(text, q) != "Saturday"


def test_second_report_joined_to_the_first_clause_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "The prime minister said this week that the country would declare its intention "
        "to leave the union by March and suggested that it would quit the customs pact."
    )
    q = find(quotes(nlp, text), "quit the customs pact")
    assert speaker_words(text, q) == "The prime minister"


def test_an_unresolved_name_still_speaks_the_second_part_of_a_quote(nlp: Language) -> None:
    text = (
        "“The clause was written for a reason,” Wenzelmoor explained in an interview with "
        "a local radio station. “It was never an accident.”"
    )
    found = quotes(nlp, text)
    second = find(found, "never an accident")
    assert speaker_words(text, second) == "Wenzelmoor"


# --------------------------------------------------------------------------- robustness

_PIECES = st.sampled_from(
    [
        "''",
        "“",
        "”",
        '"',
        "―",
        "--",
        "—",
        ",",
        ".",
        "\n",
        "\n\n",
        " ",
        "As",
        "as",
        "he said",
        "said",
        "Says",
        "believe",
        "that",
        "the Herald has learned",
        "according to a poll",
        "officials",
        "Jane Roe",
        "Mr.",
        "shows",
        "although",
        "citing",
        "x",
    ]
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.lists(_PIECES, max_size=50).map(" ".join),
        st.lists(_PIECES, max_size=50).map("".join),
    )
)
def test_offsets_hold_for_any_arrangement_of_the_new_constructions(
    nlp: Language, text: str
) -> None:
    for q in quotes(nlp, text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.cue_start is not None and q.cue_end is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text


# --------------------------------------------------------------------------- more look-alikes


def test_the_speakers_description_after_said_is_not_a_report(nlp: Language) -> None:
    text = (
        "“The harbour is full every night,” said Lena Marsh, a Florida-based organiser of "
        "the sailing club."
    )
    (q,) = quotes(nlp, text)
    assert q.type == "direct" and q.text.startswith("The harbour is full")


def test_a_subordinate_clause_before_an_attribution_reports_nothing(nlp: Language) -> None:
    assert (
        quotes(nlp, "But when the council cut the funds two years later, the town said enough.")
        == []
    )


def test_what_someone_says_as_a_noun_phrase_is_not_a_report(nlp: Language) -> None:
    assert quotes(nlp, "Everything the mayor says is a lie unless proven otherwise.") == []


def test_knowing_how_is_not_a_claim(nlp: Language) -> None:
    text = "The board approved the plan without knowing how the cuts would affect the clinics."
    assert quotes(nlp, text) == []


def test_a_correction_notice_is_not_a_transcript_turn(nlp: Language) -> None:
    text = (
        "The ferry resumed service on Monday.\n\nCorrection: An earlier version misstated the date."
    )
    assert quotes(nlp, text) == []


def test_a_participle_hung_on_the_report_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "The spokesman of the dockworkers' union underscored that the strike remains the "
        "union's main weapon, stating that the members are coordinating with other ports."
    )
    q = find(quotes(nlp, text), "members are coordinating")
    assert speaker_words(text, q) is not None
    assert "spokesman" in (speaker_words(text, q) or "")


def test_told_with_an_addressee_still_closes_a_report(nlp: Language) -> None:
    text = (
        "“It is our right to close the pass to any convoy that threatens us” for now, "
        "Colonel Dario Venn told a local radio station on Friday."
    )
    found = quotes(nlp, text)
    q = find(found, "our right to close the pass")
    assert q.cue == "told"
    assert speaker_words(text, q) == "Dario Venn"


def test_look_alike_of_belief_and_say(nlp: Language) -> None:
    text = (
        "Resistance is legitimate when it is against, say General Marek Olsen, and it becomes "
        "terrorism when it is against a friend."
    )
    assert quotes(nlp, text) == []


def test_believed_to_be_is_said_of_someone_not_by_them(nlp: Language) -> None:
    text = "Accounts believed to be linked to the ministry posted a single word on Monday."
    # no belief of anyone's; what the accounts posted is what they refer to (a mention)
    (q,) = quotes(nlp, text)
    assert q.act == "mention" and q.cue == "posted" and q.text == "a single word"
    assert speaker_words(text, q) == "Accounts"


def test_a_vow_stops_before_the_writers_comment_on_it(nlp: Language) -> None:
    text = (
        "Earlier the union had vowed revenge for the dismissals, which makes it obvious "
        "that the strike will spread."
    )
    (q,) = quotes(nlp, text)
    assert q.act == "promise" and q.cue == "vowed"
    assert q.text == "revenge for the dismissals"  # ", which makes it obvious …" is the writer's
    assert speaker_words(text, q) == "the union"


def test_as_someone_put_it(nlp: Language) -> None:
    text = "The first rule of the scheme is a “lawful source of income,” as a ministry memo put it."
    (q,) = quotes(nlp, text)
    assert q.text.startswith("The first rule of the scheme")
    assert q.cue == "put"
    assert speaker_words(text, q) == "a ministry memo"


def test_she_is_not_resolved_to_someone_the_text_calls_mister(nlp: Language) -> None:
    text = (
        "“We will sign,” Ms. Ruth Okafor said. Mr. Tomas Bell left the room. She later said "
        "the deal was off."
    )
    q = find(quotes(nlp, text), "deal was off")
    assert q.speaker_text == "She"
    assert q.speaker is not None and "okafor" in str(q.speaker["id"])


@pytest.mark.parametrize(
    "text",
    [
        "Migration.\n\nRefugees: Millions have fled the fighting, and the agency says it "
        "cannot feed them all.",
        "Limited Means to Fight Smuggling: The coast guard has six boats for a thousand "
        "miles of shore.",
    ],
)
def test_section_headings_are_not_speaker_labels(nlp: Language, text: str) -> None:
    assert all(q.cue != ":" for q in quotes(nlp, text))


def test_a_report_closed_by_its_speaker_and_an_aside(nlp: Language) -> None:
    text = (
        "Two guards died when a drone hit the depot near Mosul, a senior police source, "
        "speaking on condition of anonymity, has said."
    )
    q = find(quotes(nlp, text), "Two guards died")
    assert speaker_words(text, q) == "a senior police source"
    assert q.cue == "said"


def test_a_body_met_for_the_first_time_is_not_someone_named_before(nlp: Language) -> None:
    text = "Libyan authorities deported 300 migrants to Niger, a rights group said."
    q = find(quotes(nlp, text), "deported 300 migrants")
    assert q.speaker is None  # a rights group never named: not Niger, not the authorities
