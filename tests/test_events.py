"""Event extraction with the real pipeline, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from annalyst.nlp.events import event_records

pytestmark = pytest.mark.slow


def events(nlp: Language, text: str, published: str = "2023-01-06") -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events)


def ids(actors: list[dict[str, Any]]) -> list[str]:
    return [a["id"] for a in actors]


def test_passive_with_nominal_agent_is_one_event(nlp: Language) -> None:
    (event,) = events(nlp, "Qassem Soleimani was killed by a US drone strike near Baghdad airport.")
    assert event["event_type"] == "ASSAULT"
    assert event["mode"] == "drone"
    assert ids(event["actors"]) == ["united-states"]
    assert ids(event["recipients"]) == ["qassem-soleimani"]
    assert event["location"]["country"] == "IRQ"
    assert event["status"] == "asserted"


def test_light_verb_and_sanctions_recipient(nlp: Language) -> None:
    (event,) = events(nlp, "The US Treasury imposed sanctions on three Iraqi banks.")
    assert event["event_type"] == "SANCTION"
    assert ids(event["actors"]) == ["us-treasury"]
    (bank,) = event["recipients"]
    assert bank["country"] == "IRQ" and "BUS" in bank["sectors"]


def test_coordinated_actors(nlp: Language) -> None:
    found = events(nlp, "Iran and Iraq agreed to expand their security cooperation.")
    agree = next(e for e in found if e["event_type"] == "AGREE")
    assert set(ids(agree["actors"])) == {"iran", "iraq"}


def test_recipient_versus_place(nlp: Language) -> None:
    (event,) = events(nlp, "Rockets hit the US base at Ain al-Asad.")
    assert event["event_type"] == "ASSAULT"
    (target,) = event["recipients"]
    assert target["country"] == "USA" and "MIL" in target["sectors"]
    assert event["location"]["name"].startswith("Ain al-Asad")


def test_negated_under_denial(nlp: Language) -> None:
    found = events(nlp, "Kataib Hezbollah denied that it had attacked the US embassy.")
    attack = next(e for e in found if e["event_type"] == "ASSAULT")
    assert attack["status"] == "negated"
    assert ids(attack["actors"]) == ["kataib-hezbollah"]


def test_claims_carry_the_claimant(nlp: Language) -> None:
    found = events(nlp, "According to Sabereen News, the PMF shot down a drone near Baghdad.")
    (event,) = found
    assert event["status"] == "claimed"
    assert event["claimed_by"]["id"] == "sabereen-news"


def test_hypothetical_and_future(nlp: Language) -> None:
    hypo = events(nlp, "If Washington attacks, Tehran would retaliate.")
    assert any(e["status"] == "hypothetical" for e in hypo)
    # A volitional future is a statement of intent (issue 8): the commitment is the event.
    (intent,) = events(nlp, "Iran will send a delegation to Baghdad to meet Iraqi officials.")
    assert (intent["event_type"], intent["mode"]) == ("AGREE", "meet")
    assert intent["status"] == "asserted" and ids(intent["actors"]) == ["iran"]
    future = events(nlp, "New talks will resume in Geneva next week.")
    assert future and all(e["status"] == "future" for e in future)


def test_opinion_produces_no_event(nlp: Language) -> None:
    assert events(nlp, "Sanctions rarely change a government's behaviour.") == []
    assert events(nlp, "The region needs a new security architecture.") == []


def test_records_are_schema_events(nlp: Language) -> None:
    doc = nlp.make_doc("The US Treasury imposed sanctions on three Iraqi banks.")
    doc._.published = "2023-01-06"
    (record,) = event_records("a1", nlp(doc))
    assert record.article_id == "a1" and record.quad == "verbal_conflict"
    assert record.sentence.startswith("The US Treasury")
    assert record.cameo is not None and record.cameo.startswith("16")
