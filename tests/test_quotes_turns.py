"""Attributions of the quotes7 round: a request joined to a reported clause, a concessive
aside after a report, and a state of mind said with a verb other than "be". Every passage
is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


@pytest.mark.parametrize(
    ("text", "said", "asked", "cue"),
    [
        (
            "The mayor tweeted that the contractor was dishonest and encouraged residents "
            "to boycott the firm.",
            "the contractor was dishonest",
            "residents to boycott the firm",
            "encouraged",
        ),
        (
            "The minister said the country was opposed to the test and warned its "
            "neighbour to refrain from further provocations.",
            "the country was opposed to the test",
            "its neighbour to refrain from further provocations",
            "warned",
        ),
    ],
)
def test_a_request_joined_to_a_report_is_the_speakers(
    nlp: Language, text: str, said: str, asked: str, cue: str
) -> None:
    found = quotes(nlp, text)
    statement = next(q for q in found if q.act == "statement")
    assert statement.text == said
    request = next(q for q in found if q.act == "request")
    assert request.text == asked
    assert request.cue == cue
    assert speaker_words(text, request) == speaker_words(text, statement)


def test_a_concessive_aside_after_a_report_is_its_subjects(nlp: Language) -> None:
    text = (
        "The treasurer claimed that the new levy was fair, although she again refused "
        "to promise a review of the audit."
    )
    found = quotes(nlp, text)
    assert [q.text for q in found if q.act == "statement"] == ["the new levy was fair"]
    (q,) = [q for q in found if q.act == "intention"]
    assert q.cue == "refused"
    assert q.text.startswith("to promise a review")
    assert speaker_words(text, q) == "she"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The governor came away convinced that the reforms were real.",
            "the reforms were real",
            "The governor",
        ),
        (
            "The senator left the meeting convinced that a deal was close.",
            "a deal was close",
            "The senator",
        ),
        (
            "The envoy toured the camps and came away convinced that the aid was arriving.",
            "the aid was arriving",
            "The envoy",
        ),
    ],
)
def test_a_state_of_mind_after_another_verb_is_a_belief(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "belief"
    assert q.text == content
    assert speaker_words(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The tax, which critics say will hurt farmers, passed on Monday.",
            "will hurt farmers",
            "critics",
            "say",
        ),
        (
            "The plant, which state media claimed now produces weapons, was closed.",
            "now produces weapons",
            "state media",
            "claimed",
        ),
    ],
)
def test_a_report_inside_a_relative_aside_says_its_predicate(
    nlp: Language, text: str, content: str, speaker: str, cue: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == content
    assert q.cue == cue
    assert speaker_words(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor largely agreed with the mayor.", "the mayor"),
        ("Most economists agree with that assessment.", "that assessment"),
    ],
)
def test_agreeing_with_someone_is_a_stance(nlp: Language, text: str, content: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "evaluation"
    assert q.text == content
    assert q.cue is not None and q.cue.endswith("with")


def test_agreeing_with_someone_on_terms_is_no_stance(nlp: Language) -> None:
    found = quotes(nlp, "The union agreed with the company on a new contract.")
    assert all(q.text != "the company" for q in found)


def test_a_body_named_by_its_kind_before_a_claim_noun_is_its_source(nlp: Language) -> None:
    text = "Media pronouncements that the mayor won the debate were premature."
    (q,) = quotes(nlp, text)
    assert q.text == "the mayor won the debate"
    assert q.cue == "pronouncements"
    assert speaker_words(text, q) == "Media"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Initially, state regulators did not consider the bid a realistic option.",
            "the bid a realistic option",
            "state regulators",
        ),
        ("Many analysts consider the plan unworkable.", "the plan unworkable", "Many analysts"),
        ("Not everyone finds the pitch compelling.", "the pitch compelling", "Not everyone"),
    ],
)
def test_judging_a_thing_to_be_something_is_a_belief(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "belief"
    assert q.text == content
    assert speaker_words(text, q) == speaker


def test_finding_it_hard_to_act_is_no_belief(nlp: Language) -> None:
    assert quotes(nlp, "The senator will find it difficult to repeat his attacks.") == []


@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        ("It was clear to the mayor that the deal was dead.", "the deal was dead", "the mayor"),
        (
            "It became obvious to the investors that the firm was failing.",
            "the firm was failing",
            "the investors",
        ),
    ],
)
def test_what_was_clear_to_someone_is_their_belief(
    nlp: Language, text: str, content: str, holder: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "belief"
    assert q.text == content
    assert speaker_words(text, q) == holder


def test_what_is_clear_to_nobody_named_is_the_writers(nlp: Language) -> None:
    (q,) = quotes(nlp, "It is clear that the deal is dead.")
    assert (q.act, q.text) == ("belief", "the deal is dead")
    assert q.speaker_start is None  # the writer's stance: nobody named (round 10)


def test_as_someone_put_it_attributes_the_clause_of_the_marked_words(nlp: Language) -> None:
    text = (
        "Other lawmakers share her concerns, largely because the main requirement is a "
        '"lawful source of income," as a federal memo put it.'
    )
    found = quotes(nlp, text)
    put = next(q for q in found if q.cue == "put")
    assert put.text.strip('",') == 'the main requirement is a "lawful source of income'
    assert speaker_words(text, put) == "a federal memo"
    shared = next(q for q in found if q.cue == "share")
    assert shared.text == "her concerns"
    assert speaker_words(text, shared) == "Other lawmakers"


def test_a_claim_named_in_an_aside_after_a_report_is_its_owners(nlp: Language) -> None:
    text = (
        "The survey shows that rents rose sharply, undercutting the mayor's claim that "
        "housing is affordable."
    )
    found = quotes(nlp, text)
    assert [q.text for q in found if q.cue == "shows"] == ["rents rose sharply"]
    (claim,) = [q for q in found if q.cue == "claim"]
    assert claim.text == "housing is affordable"
    assert speaker_words(text, claim) == "the mayor"


@pytest.mark.parametrize(
    ("text", "content", "holder", "act"),
    [
        (
            "With investors nervous about inflation, the bank raised rates.",
            "inflation",
            "investors",
            "belief",
        ),
        (
            "With the senator eager to close a deal, talks resumed.",
            "to close a deal",
            "the senator",
            "intention",
        ),
    ],
)
def test_a_state_of_mind_in_an_absolute_phrase_is_its_nouns(
    nlp: Language, text: str, content: str, holder: str, act: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == act
    assert q.text == content
    assert speaker_words(text, q) == holder


def test_the_writers_aside_after_a_dash_is_not_promised(nlp: Language) -> None:
    text = (
        "The governor spoke to industry leaders, promising to cut regulations and open more "
        "land to drilling ― probably not what the senator had in mind."
    )
    (q,) = quotes(nlp, text)
    assert q.act == "promise"
    assert q.text == "to cut regulations and open more land to drilling"
    assert speaker_words(text, q) == "The governor"


@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        (
            "The expectation among officials is that the council will approve the budget.",
            "the council will approve the budget",
            "officials",
        ),
        (
            "The view in the White House is that the deal is dead.",
            "the deal is dead",
            "White House",
        ),
    ],
)
def test_a_held_noun_with_its_holders_phrase_before_is_their_belief(
    nlp: Language, text: str, content: str, holder: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "belief"
    assert q.text == content
    assert speaker_words(text, q) is not None and holder in str(speaker_words(text, q))


def test_an_expectation_held_by_nobody_named_is_the_writers(nlp: Language) -> None:
    assert quotes(nlp, "The expectation is that the council will approve the budget.") == []


def test_convincing_someone_to_act_is_a_request(nlp: Language) -> None:
    text = "The lawyers convinced the judge to delay the hearing."
    (q,) = quotes(nlp, text)
    assert q.act == "request"
    assert q.text == "the judge to delay the hearing"
    assert speaker_words(text, q) == "The lawyers"


def test_an_infinitive_read_as_an_adverbial_clause_is_still_intended(nlp: Language) -> None:
    text = (
        "If the challenger wins, the government could reverse the rules or decline to "
        "appeal to the high court."
    )
    (q,) = [q for q in quotes(nlp, text) if q.cue == "decline"]
    assert q.act == "intention"
    assert q.text == "to appeal to the high court"
    assert speaker_words(text, q) == "the government"


def test_questions_on_a_channel_about_a_topic_mention_the_topic(nlp: Language) -> None:
    text = "The minister answered questions from journalist Lina Saab on LBCI about the grain deal."
    mentions = [q for q in quotes(nlp, text) if q.act == "mention"]
    assert [text[q.start : q.end] for q in mentions] == ["the grain deal"]
