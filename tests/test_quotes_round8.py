"""Attributions of the quotes8 round: clauses the parser hangs on a later verb that
reports nothing; what people expect or think of something, said in the passive. Every
passage is invented for these tests."""

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
    ("text", "cue", "content", "source"),
    [
        (
            "Skeptics would call them empty promises - the pledges have nonetheless lifted "
            "the mood in the town.",
            "call",
            "them empty promises",
            "Skeptics",
        ),
        (
            "Grandpa would have praised the new bridge; I spent my childhood by the river.",
            "praised",
            "the new bridge",
            "Grandpa",
        ),
        (
            "The landlord threatened to evict the tenants, should they miss another payment.",
            "threatened",
            "to evict the tenants",
            "The landlord",
        ),
        (
            "The governor praised the volunteers, should anyone doubt her gratitude.",
            "praised",
            "the volunteers",
            "The governor",
        ),
    ],
)
def test_a_clause_hung_on_a_later_verb_that_reports_nothing_is_its_own(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The final vote is expected to take place on Thursday.",
            "The final vote is expected to take place on Thursday",
            "expected",
        ),
        (
            "The old bridge is not thought to be safe, but it is considered a landmark of "
            "the town.",
            "The old bridge is not thought to be safe",
            "thought",
        ),
        (
            "The old bridge is not thought to be safe, but it is considered a landmark of "
            "the town.",
            "it is considered a landmark of the town",
            "considered",
        ),
    ],
)
def test_a_passive_expectation_with_no_holder_has_no_speaker(
    nlp: Language, text: str, content: str, cue: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.act == "belief"
    assert q.text == content
    assert q.speaker_start is None


def test_a_passive_expectation_is_held_by_its_by_phrase(nlp: Language) -> None:
    text = "The rebel group is considered a menace by most of its neighbours."
    (q,) = quotes(nlp, text)
    assert q.text == "The rebel group is considered a menace"
    assert speaker_words(text, q) == "most of its neighbours"


@pytest.mark.parametrize(
    "text",
    [
        "The letters, which are believed to date from the war, were sold at auction.",
        "Accounts believed to be linked to the group were closed.",
        "The train was supposed to leave at noon.",
    ],
)
def test_a_passive_belief_about_a_relative_or_a_duty_is_no_frame(nlp: Language, text: str) -> None:
    assert [q for q in quotes(nlp, text) if q.act == "belief"] == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The foreign ministers met on Monday to discuss the border dispute.",
            "the border dispute",
            "The foreign ministers",
        ),
        (
            "The minister came to Berlin to talk about trade and energy.",
            "trade and energy",
            "The minister",
        ),
    ],
)
def test_an_infinitive_of_talk_is_done_by_the_subject_it_follows(
    nlp: Language, text: str, content: str, source: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "mention"
    assert q.text == content
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    "text",
    [
        "The council met to address the flooding.",
        "The candidate relies on a television doctor to discuss his health.",
    ],
)
def test_an_infinitive_of_dealing_or_of_someone_relied_on_is_no_talk(
    nlp: Language, text: str
) -> None:
    assert quotes(nlp, text) == []


def test_as_hung_on_the_object_still_says_what_it_is_seen_as(nlp: Language) -> None:
    text = "Critics see the scheme as a loophole."
    (q,) = quotes(nlp, text)
    assert q.act == "belief"
    assert q.text == "the scheme as a loophole"
    assert speaker_words(text, q) == "Critics"


def test_such_as_on_the_object_gives_examples_not_a_view(nlp: Language) -> None:
    text = "The inspectors found other problems, such as the broken locks on the doors."
    assert [q for q in quotes(nlp, text) if q.act == "belief"] == []


def test_a_noun_of_belief_after_amid_is_no_content_of_the_verb(nlp: Language) -> None:
    text = "The union praised the deal amid concerns that jobs would be lost."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "concerns"]
    assert q.act == "belief"
    assert q.text == "jobs would be lost"
    assert q.speaker_start is None


def test_a_noun_of_belief_the_verb_is_about_is_still_its_content(nlp: Language) -> None:
    text = "The mayor criticized the council's decision to close the library."
    assert [q.cue for q in quotes(nlp, text)] == ["criticized"]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The data show that exports fell sharply in May.",
            "exports fell sharply in May",
            "The data",
        ),
        (
            "Census data showed that rents rose faster than wages.",
            "rents rose faster than wages",
            "Census data",
        ),
    ],
)
def test_data_show_like_any_record(nlp: Language, text: str, content: str, source: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == content
    assert speaker_words(text, q) == source


def test_aside_from_saying_ends_the_frame_and_reports_its_subject(nlp: Language) -> None:
    text = "The coach declined to name his starting team, aside from saying the captain was fit."
    found = quotes(nlp, text)
    (refusal,) = [q for q in found if q.cue == "declined"]
    assert refusal.text == "to name his starting team"
    (said,) = [q for q in found if q.cue == "saying"]
    assert said.text == "the captain was fit"
    assert speaker_words(text, said) == "The coach"


def test_a_verb_joined_to_a_who_clause_is_said_by_its_antecedent(nlp: Language) -> None:
    text = "The pensioners, who own most of the flats and see the levy as a tax on the old, were angry."
    (q,) = quotes(nlp, text)
    assert q.act == "belief"
    assert q.text == "the levy as a tax on the old"
    assert speaker_words(text, q) == "The pensioners"


@pytest.mark.parametrize(
    "text",
    [
        "The agency listed three ways to seek repayment of the loans.",
        "Cheap Ways to Fight Inflation.",
    ],
)
def test_an_infinitive_on_a_thing_says_what_it_is_for(nlp: Language, text: str) -> None:
    assert [q for q in quotes(nlp, text) if q.cue in ("seek", "Fight")] == []


def test_an_infinitive_on_a_person_is_said_by_that_person(nlp: Language) -> None:
    text = "Senator Jones was the first lawmaker to criticize the plan."
    (q,) = quotes(nlp, text)
    assert q.text == "the plan"
    assert speaker_words(text, q) == "the first lawmaker"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The company unveiled plans last month to close two plants in Ohio.",
            "to close two plants in Ohio",
            "unveiled plans",
        ),
        (
            "Officials announced a plan this week to build a new bridge.",
            "to build a new bridge",
            "announced a plan",
        ),
    ],
)
def test_an_infinitive_hung_on_the_verb_voicing_a_plan_is_the_plan(
    nlp: Language, text: str, content: str, cue: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "intention"
    assert q.text == content
    assert q.cue == cue


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "As the strikers marched through the town, Smith and Jones denounce the police.",
            "denounce",
            "Smith",
        ),
    ],
)
def test_a_subject_the_parser_joined_to_the_clause_before_still_speaks(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert source in str(speaker_words(text, q))


def test_a_clause_after_a_semicolon_is_held_by_no_verb_before_it(nlp: Language) -> None:
    text = (
        "The aides said the delay was not planned; they heard about the error on Friday "
        "and told the Herald, which criticized the mayor."
    )
    (q,) = [q for q in quotes(nlp, text) if q.cue == "criticized"]
    assert q.text == "the mayor"
    assert speaker_words(text, q) == "Herald"


def test_a_phrase_hung_on_the_copula_is_what_the_adjective_is_about(nlp: Language) -> None:
    text = "The fund manager is bearish on the outlook for tech stocks and plans to sell."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "bearish on"]
    assert q.act == "belief"
    assert q.text == "the outlook for tech stocks"
    assert speaker_words(text, q) == "The fund manager"


def test_answering_questions_about_something_mentions_it(nlp: Language) -> None:
    text = "The judge gave an interview, answering questions about her career."
    (q,) = quotes(nlp, text)
    assert q.act == "mention"
    assert q.text == "her career"
    assert speaker_words(text, q) == "The judge"


def test_answering_a_person_mentions_nothing(nlp: Language) -> None:
    assert quotes(nlp, "The judge answered the senator on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The high court ruled on Tuesday against the city's ban on street vendors.",
            "the city's ban on street vendors",
            "The high court",
        ),
        ("The judge ruled in favor of the tenants.", "the tenants", "The judge"),
    ],
)
def test_what_a_court_rules_against_or_for_is_judged(
    nlp: Language, text: str, content: str, source: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.act == "evaluation"
    assert q.text == content
    assert speaker_words(text, q) == source


def test_ruling_for_a_time_judges_nothing(nlp: Language) -> None:
    assert quotes(nlp, "The king ruled for forty years.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Farmers reject the new water rules; Dupont, others promise protests.",
            "reject",
            "the new water rules",
        ),
        (
            "He talked about his years in the navy during the dinner in Boston, Massachusetts; "
            "he phoned a talk show while he was stuck at home; and, last month, he visited the "
            "veterans' fair.",
            "talked about",
            "his years in the navy",
        ),
    ],
)
def test_a_clause_before_a_semicolon_is_held_by_no_verb_after_it(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content


def test_observing_a_thing_is_watching_not_saying(nlp: Language) -> None:
    text = (
        "The rangers observed several bears near the camp; however, the warden says the "
        "trail is safe."
    )
    assert [q for q in quotes(nlp, text) if q.cue == "observed"] == []
