"""Pronouns and descriptions that refer back to someone told before (issue 8): which
earlier words a pronoun may stand for, and which it may not. The sentences are written
for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from event_helpers import events, words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield build_pipeline()


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
