"""Attributions of the quotes10 round: the writer's stance ("it is obvious that …"),
ignoring something as a stance toward it, and messages, statements and letters sent or
issued. Every passage is invented for these tests."""

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
    ("text", "content", "cue"),
    [
        (
            "It is clear that the council will lose the vote.",
            "the council will lose the vote",
            "clear",
        ),
        (
            "Nor is it obvious that higher fees would keep tourists away.",
            "higher fees would keep tourists away",
            "obvious",
        ),
        (
            "It was clear the coach was trying to calm the fans.",
            "the coach was trying to calm the fans",
            "clear",
        ),
        (
            "By now it should be obvious that the tenants want a new landlord.",
            "the tenants want a new landlord",
            "obvious",
        ),
    ],
)
def test_what_is_clear_to_nobody_named_is_the_writers_stance_with_no_speaker(
    nlp: Language, text: str, content: str, cue: str
) -> None:
    (q,) = quotes(nlp, text)
    assert (q.act, q.text, q.cue) == ("belief", content, cue)
    assert q.speaker_start is None


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear what effect the storm will have on the harvest.",
        "It is unclear whether the bridge will reopen.",
    ],
)
def test_an_open_question_is_no_stance(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The governor has largely ignored the question of pensions.",
            "the question of pensions",
            "The governor",
        ),
        (
            "The striking players snubbed the new coach.",
            "the new coach",
            "The striking players",
        ),
    ],
)
def test_ignoring_something_is_a_stance_toward_it(
    nlp: Language, text: str, content: str, source: str
) -> None:
    (q,) = quotes(nlp, text)
    assert (q.act, q.text) == ("evaluation", content)
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        (
            "The union sent a strongly worded letter to the mine owners.",
            "a strongly worded letter",
            "sent",
            "The union",
        ),
        (
            "The mayor unleashed a flurry of tweets mocking the council.",
            "a flurry of tweets mocking the council",
            "unleashed",
            "The mayor",
        ),
        (
            "The senator issued a statement in honour of the fallen firefighters.",
            "a statement",
            "issued",
            "The senator",
        ),
        (
            "The governor has delivered a hopeful message since the storm.",
            "a hopeful message",
            "delivered",
            "The governor",
        ),
    ],
)
def test_a_message_issued_or_sent_is_its_senders(
    nlp: Language, text: str, content: str, cue: str, source: str
) -> None:
    (q,) = quotes(nlp, text)
    assert (q.act, q.text, q.cue) == ("mention", content, cue)
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The mayor unleashed a series of tweets early on Friday saying that the council had "
            "lied.",
            "saying",
        ),
        (
            "A group of nurses sent a letter to the director of the hospital, calling for his "
            "resignation.",
            "calling for",
        ),
        (
            'The mayor issued a short statement on Monday. "We will rebuild the bridge," the '
            "statement read.",
            "read",
        ),
    ],
)
def test_a_message_whose_words_are_reported_is_no_record_of_its_own(
    nlp: Language, text: str, cue: str
) -> None:
    assert [q.cue for q in quotes(nlp, text)] == [cue]


def test_a_video_or_a_parcel_sent_is_no_message(nlp: Language) -> None:
    text = "The hospital released video of the ward and sent a parcel to the mayor."
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        (
            "The minister has faced sharp criticism for failing to fix the roads.",
            "failing to fix the roads",
            "criticism for",
            None,
        ),
        (
            "The video has drawn ridicule online since it was posted.",
            "The video",
            "ridicule",
            None,
        ),
        (
            "The coach faced heavy criticism from fans after the defeat.",
            "The coach",
            "criticism",
            "fans",
        ),
        (
            "The agency came under withering criticism for its slow response.",
            "its slow response",
            "criticism for",
            None,
        ),
        (
            "The senator took heat for his remarks about teachers.",
            "his remarks about teachers",
            "heat for",
            None,
        ),
    ],
)
def test_a_judgement_received_is_an_evaluation_of_what_it_is_for(
    nlp: Language, text: str, content: str, cue: str, source: str | None
) -> None:
    (q,) = quotes(nlp, text)
    assert (q.act, q.text, q.cue) == ("evaluation", content, cue)
    assert speaker_words(text, q) == source


def test_heat_that_is_no_judgement_is_no_frame(nlp: Language) -> None:
    assert quotes(nlp, "The hikers faced the heat of the desert.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        (
            "On Monday the two cities signed an agreement to share a new water plant.",
            "to share a new water plant",
            "signed an agreement",
            "the two cities",
        ),
        (
            "The unions reached an agreement with the mayor to end the strike.",
            "to end the strike",
            "reached an agreement",
            "The unions",
        ),
    ],
)
def test_an_agreement_signed_or_reached_commits_its_parties(
    nlp: Language, text: str, content: str, cue: str, source: str
) -> None:
    (q,) = quotes(nlp, text)
    assert (q.act, q.text, q.cue) == ("promise", content, cue)
    assert speaker_words(text, q) == source


def test_a_clause_after_a_colon_is_no_clause_of_a_verb_that_reports_nothing(
    nlp: Language,
) -> None:
    text = (
        "Sure enough, reason won: On May 3, 2012, the two towns signed an agreement to allow "
        "buses to cross the bridge."
    )
    (q,) = quotes(nlp, text)
    assert (q.text, q.cue) == ("to allow buses to cross the bridge", "signed an agreement")
    assert speaker_words(text, q) == "the two towns"


def test_an_agreement_with_no_party_is_no_frame(nlp: Language) -> None:
    assert quotes(nlp, "Any agreement would need the approval of parliament.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        (
            "City council votes to close the old library.\n\nThe vote came late on Monday.",
            "close the old library",
            "votes",
            "City council",
        ),
        (
            "State court rules against county's ban on street vendors.\n\nThe county will appeal.",
            "county's ban on street vendors",
            "rules",
            "State court",
        ),
        (
            "House panel votes to hold former aide Tom Baker in contempt.\n\nHe did not testify.",
            "hold former aide Tom Baker in contempt",
            "votes",
            "House panel",
        ),
    ],
)
def test_a_headline_in_sentence_case_whose_verb_is_read_as_a_noun(
    nlp: Language, text: str, content: str, cue: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    "text",
    [
        "Strong winds batter coastal towns.\n\nRoofs were torn off.",
        "Record rains flood the valley.",
    ],
)
def test_a_headline_with_no_verb_of_the_lexicons_reports_nothing(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
