"""The repair between the parser and the tag rules (`annalyst.nlp.retag`): a headline's
present tense that the tagger read as a noun becomes a verb for every later stage."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from annalyst.nlp.retag import COMPONENT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline(stages=())


def test_the_repair_runs_between_the_parser_and_the_tag_rules(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("parser") < names.index(COMPONENT) < names.index("attribute_ruler")


def test_a_headline_verb_read_as_a_noun_becomes_a_verb(nlp: Language) -> None:
    doc = nlp("EU and UN hand over urgently needed medical supplies to Nigeria.")
    hand = doc[3]
    assert (hand.text, hand.tag_, hand.pos_, hand.lemma_) == ("hand", "VBP", "VERB", "hand")


@pytest.mark.parametrize(
    "text",
    [
        "The hand of the minister was visible in the deal.",  # a noun as a subject
        "Talks in Vienna.",  # a headline without a verb
    ],
)
def test_nouns_stay_nouns(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert all(t.tag_ != "VBP" for t in doc if t.lower_ in ("hand", "talks"))


def test_a_prefixed_irregular_past_gets_its_lemma(nlp: Language) -> None:
    doc = nlp("The army retook the town from the rebels.")
    assert (doc[2].tag_, doc[2].lemma_) == ("VBD", "retake")


def test_a_particle_read_as_more_than_goes_back_to_its_verb(nlp: Language) -> None:
    doc = nlp("The Iraqi government handed over 50 Syrian nationals to Damascus.")
    over = doc[4]
    assert (over.text, over.dep_, over.head.text) == ("over", "prt", "handed")
    # a real "more than" stays with its number
    doc = nlp("Over 50 people were killed in the blast.")
    assert doc[0].head.text != "killed" or doc[0].dep_ != "prt"
