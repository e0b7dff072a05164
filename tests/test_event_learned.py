"""The learned recipient scorer (annalyst.nlp.events.learned), on sentences written for
these tests: its model file, its decisions and its place in the events component."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.component import EventExtractor
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.learned import (
    _PREPS,
    MODEL_FILE,
    Candidate,
    RecipientScorer,
    candidates,
)

_TYPES = {
    "ACCUSE",
    "AGREE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
}
_STEP = re.compile(r"[<>](?P<dep>[a-z]+|ROOT)(?::(?P<prep>[a-z_]+))?")


def _model() -> dict[str, Any]:
    with MODEL_FILE.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def test_model_ships_in_the_package_and_is_small() -> None:
    shipped = resources.files("annalyst.nlp.events") / "data" / "recipients.json"
    assert shipped.is_file()
    assert MODEL_FILE.stat().st_size < 20_000_000
    data = _model()
    assert 0.0 <= data["keep_threshold"] <= 1.0
    assert 0.0 <= data["add_threshold"] <= 1.01
    assert data["weights"]


def test_model_holds_feature_names_not_words_of_the_data() -> None:
    """Every feature is a dependency path, a preposition from a fixed list, an event
    type or a class the rules already name: no words of the training sentences."""
    for name in _model()["weights"]:
        for part in name.split("|"):
            key, _, value = part.partition("=")
            if key in ("path", "short", "first", "last"):
                rest = _STEP.sub("", value.replace("~", ""))
                assert rest in ("", "long", "none"), name
                for step in _STEP.finditer(value):
                    prep = step.group("prep")
                    assert prep is None or prep == "_" or prep in _PREPS, name
            elif key in ("type", "content"):
                assert value in _TYPES, name
            elif key == "prep":
                assert value in _PREPS or value in ("-", "_"), name
            else:
                assert re.fullmatch(r"[A-Za-z_>0-9.-]*", value), name


def _tokens(text: str) -> Doc:
    return spacy.blank("en")(text)


def test_choose_keeps_and_adds_by_thresholds() -> None:
    doc = _tokens("alpha beta gamma delta")
    scorer = RecipientScorer({"good": 3.0, "bad": -3.0}, keep_threshold=0.3, add_threshold=0.7)
    found = [
        Candidate({"id": "a", "start": 0}, doc[0], True, ["good"]),
        Candidate({"id": "b", "start": 6}, doc[1], True, ["bad"]),
        Candidate({"id": "d", "start": 17}, doc[3], False, ["good"]),
        Candidate({"id": "c", "start": 11}, doc[2], False, ["bad"]),
    ]
    assert [a["id"] for a in scorer.choose(found)] == ["a", "d"]
    assert scorer.probability(["good"]) > 0.95
    assert scorer.probability(["bad", "unknown feature"]) < 0.05
    assert scorer.probability([]) == pytest.approx(0.5)


# --- with the real pipeline ------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    from annalyst.nlp.pipeline import build_pipeline

    yield build_pipeline()


def _extractor(nlp: Language) -> EventExtractor:
    extractor = nlp.get_pipe("annalyst_events")
    assert isinstance(extractor, EventExtractor)
    return extractor


class _Spy(RecipientScorer):
    """Applies the shipped model and keeps every event's candidates."""

    def __init__(self) -> None:
        model = RecipientScorer.load()
        super().__init__(model.weights, model.keep_threshold, model.add_threshold)
        self.seen: dict[str, list[Candidate]] = {}

    def rescore(self, draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
        if draft.actors:
            self.seen[draft.trigger.text] = candidates(draft, self.heads(draft.trigger, mentions))
        super().rescore(draft, mentions)


def _events(nlp: Language, text: str, scorer: RecipientScorer | None) -> list[dict[str, Any]]:
    extractor = _extractor(nlp)
    before = extractor.recipients
    extractor.recipients = scorer
    try:
        return list(nlp(text)._.events or [])
    finally:
        extractor.recipients = before


@pytest.mark.slow
def test_off_by_default_and_can_be_turned_on(nlp: Language) -> None:
    from annalyst.nlp.events.component import make_event_extractor

    assert _extractor(nlp).recipients is None
    assert isinstance(make_event_extractor(nlp, "events", [], True).recipients, RecipientScorer)


@pytest.mark.slow
def test_places_under_locative_prepositions_are_never_candidates(nlp: Language) -> None:
    spy = _Spy()
    _events(nlp, "Rebel fighters attacked a police convoy near Kandahar on Monday.", spy)
    (found,) = spy.seen.values()
    assert found
    assert all("Kandahar" not in str(c.actor.get("text")) for c in found)


@pytest.mark.slow
def test_a_place_that_is_no_partner_is_no_candidate(nlp: Language) -> None:
    spy = _Spy()
    _events(nlp, "The leaders of Peru and Chile held talks with the rebels.", spy)
    for found in spy.seen.values():
        assert all(c.actor.get("text") not in ("Peru", "Chile") for c in found)


@pytest.mark.slow
def test_an_actor_already_a_recipient_is_not_added_again(nlp: Language) -> None:
    spy = _Spy()
    events = _events(nlp, "Police arrested the opposition leader Ana Ruiz and questioned her.", spy)
    for event in events:
        people = [r["id"] for r in event["recipients"]]
        assert len(people) == len(set(people))


@pytest.mark.slow
def test_events_no_one_acts_in_keep_the_rules_recipients(nlp: Language) -> None:
    text = "Two soldiers were killed and a checkpoint was destroyed."
    rules = _events(nlp, text, None)
    learned = _events(nlp, text, RecipientScorer.load())
    assert [e["recipients"] for e in learned] == [e["recipients"] for e in rules]


@pytest.mark.slow
def test_a_plain_object_stays_the_recipient(nlp: Language) -> None:
    (event,) = _events(nlp, "Soldiers detained three journalists.", RecipientScorer.load())
    assert [r["text"] for r in event["recipients"]] == ["journalists"]
