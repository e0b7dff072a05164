"""Sentence starts at paragraph breaks (`annalyst.nlp.paragraphs`): a heading or a label
without a full stop does not run into the paragraph after it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from annalyst.nlp.paragraphs import COMPONENT
from event_helpers import events

pytestmark = pytest.mark.slow


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    assert nlp.pipe_names.index(COMPONENT) < nlp.pipe_names.index("parser")


def test_a_heading_without_a_full_stop_is_a_sentence_of_its_own(nlp: Language) -> None:
    text = (
        "Analyst Jane Doe on the Border Crisis\n\n"
        "The ministry said the guards had released several dozen smugglers on Friday."
    )
    doc = nlp(text)
    assert next(s.text.strip() for s in doc.sents) == "Analyst Jane Doe on the Border Crisis"


def test_a_heading_lends_no_actor_to_the_next_paragraph(nlp: Language) -> None:
    text = (
        "Media outlets in Beirut\n\n"
        "Rejecting the political pressure on the judges, Nasrallah asked whether the case "
        "was a judicial one."
    )
    (event,) = [e for e in events(nlp, text) if e["trigger_text"] == "Rejecting"]
    assert [a["name"] for a in event["actors"]] == ["Hassan Nasrallah"]


def test_one_paragraph_keeps_its_sentences(nlp: Language) -> None:
    doc = nlp("The army left the town. Rebels moved in on Sunday.\nResidents fled.")
    assert len(list(doc.sents)) >= 2


def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence(
    nlp: Language,
) -> None:
    text = "The agency said: “Last year, the guards released from prisons … several dozen fighters."
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    (event,) = [e for e in doc._.events if e["event_type"] == "RETREAT"]
    assert event["recipients"]


@pytest.mark.parametrize(
    "text",
    [
        "The council rejected the request of the cabinet of (then Prime Minister) Jan Novak "
        "to send observers to the region.",
        "The jets struck alleged Kata’ib Hezbollah positions near the crossing on Sunday.",
    ],
)
def test_no_sentence_starts_after_a_word_no_sentence_ends_with(nlp: Language, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_sentences_still_end_at_full_stops_and_closing_quotes(nlp: Language) -> None:
    text = "“We will answer,” the commander said. “The enemy will pay.” Then he left the hall."
    assert [s.text.strip() for s in nlp(text).sents] == [
        "“We will answer,” the commander said.",
        "“The enemy will pay.”",
        "Then he left the hall.",
    ]
