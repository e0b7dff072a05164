"""Attribution frames of the quotes2 round: records that show, comparisons, adjuncts that
act for their clause's subject, the infinitive of the one asked, and frames held inside
someone else's clause. Every passage is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


def test_a_record_shows_what_follows_its_object(nlp: Language) -> None:
    text = "Recent surveys show the mayor with a narrow lead among older voters."
    (q,) = quotes(nlp, text)
    assert q.act == "statement"
    assert q.text.startswith("the mayor with a narrow lead")
    assert q.cue == "show"
    assert speaker_words(text, q) == "Recent surveys"


def test_a_person_showing_something_reports_nothing(nlp: Language) -> None:
    assert quotes(nlp, "The guide showed the visitors the old harbour.") == []


def test_a_comparison_is_a_characterization(nlp: Language) -> None:
    text = "At the rally, the challenger likened the new tax to a padlock on every shop."
    (q,) = quotes(nlp, text)
    assert q.act == "characterization"
    assert q.text == "the new tax to a padlock on every shop"
    assert q.cue is not None and q.cue.startswith("likened")


def test_a_brand_with_two_objects_is_a_characterization(nlp: Language) -> None:
    text = "Norway branded the blockade an act of piracy."
    (q,) = quotes(nlp, text)
    assert q.act == "characterization"
    assert "an act of piracy" in q.text


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal struck down the decree, citing a risk to public order.",
        "Citing a risk to public order, the tribunal struck down the decree.",
    ],
)
def test_a_participle_adjunct_acts_for_the_clause_subject(nlp: Language, text: str) -> None:
    q = next(q for q in quotes(nlp, text) if q.cue is not None and "iting" in q.cue)
    assert q.act == "mention"
    assert q.text == "a risk to public order"
    assert (speaker_words(text, q) or "").lower() == "the tribunal"


def test_the_infinitive_of_the_one_asked_is_the_request(nlp: Language) -> None:
    text = "The governor tells her volunteers at each meeting to knock on every door."
    (q,) = quotes(nlp, text)
    assert q.act == "request"
    assert q.text.endswith("to knock on every door")
    assert speaker_words(text, q) == "The governor"


def test_a_frame_inside_someone_elses_clause_is_not_emitted(nlp: Language) -> None:
    text = (
        "Inspectors worried that the operator would threaten to abandon the mine before "
        "the cleanup."
    )
    found = quotes(nlp, text)
    assert all(q.cue != "threaten" for q in found)
