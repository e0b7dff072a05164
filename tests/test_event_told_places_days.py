"""Places told around an unknown name, weapons' fire as a doer, and days counted from
the day a report gives, on sentences written for these tests (issue 8: towns the model
takes for people made recipients, acts of "drone fire" lost, "overnight" dated from the
article instead of the report)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow


def events(nlp: Language, text: str, published: str = "2026-06-16") -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events)


def one(nlp: Language, text: str, event_type: str) -> dict[str, Any]:
    found = [e for e in events(nlp, text) if e["event_type"] == event_type]
    assert len(found) == 1, [(e["event_type"], e["trigger_text"]) for e in found]
    return found[0]


def test_a_town_on_whose_outskirts_an_act_happens_is_no_participant(nlp: Language) -> None:
    event = one(nlp, "Rebels overran an army post on the outskirts of Mawlamyine.", "COERCE")
    assert all("Mawlamyine" not in a["text"] for a in event["recipients"])


def test_the_ends_of_a_road_are_no_participants(nlp: Language) -> None:
    text = "Gunmen ambushed a convoy on the road between Koupela and Arbinda on Friday."
    event = one(nlp, text, "ASSAULT")
    assert [a["text"] for a in event["recipients"]] == []


def test_a_port_named_with_its_article_is_the_place(nlp: Language) -> None:
    text = "Warplanes bombed the port of al-Salif, north of Hodeidah, on Sunday night."
    event = one(nlp, text, "ASSAULT")
    assert event["location"]["country"] == "YEM"
    assert "Salif" in event["location"]["name"] or "Şalīf" in event["location"]["name"]


def test_drone_fire_that_kills_is_an_attack_by_the_drones_side(nlp: Language) -> None:
    event = one(nlp, "Israeli drone fire killed two shepherds near Naqoura on Friday.", "ASSAULT")
    assert [a["name"] for a in event["actors"]] == ["Israel"]
    assert [a["text"] for a in event["recipients"]] == ["shepherds"]
    assert event["date"] == "2026-06-12"


def test_a_forest_fire_that_kills_is_no_attack(nlp: Language) -> None:
    assert [e for e in events(nlp, "A forest fire killed nine people in Evia.")] == []


def test_overnight_counts_from_the_day_the_report_gives(nlp: Language) -> None:
    text = (
        "Drones hit an oil depot in Novorossiysk overnight, the regional governor said on Sunday."
    )
    event = one(nlp, text, "ASSAULT")
    assert event["date"] == "2026-06-14"


def test_overnight_without_a_day_of_report_is_the_articles(nlp: Language) -> None:
    text = "Drones hit an oil depot in Novorossiysk overnight, the regional governor said."
    assert one(nlp, text, "ASSAULT")["date"] == "2026-06-16"


def test_acts_of_a_speaker_at_a_rally_in_a_town_were_done_there(nlp: Language) -> None:
    text = (
        "Speaking at a rally in Tyre on Sunday, the MP thanked Iran and called on the state to act."
    )
    found = {e["trigger_text"]: e for e in events(nlp, text)}
    assert found["thanked"]["location"]["name"] == "Tyre"
    assert found["called"]["location"]["name"] == "Tyre"


def test_speaking_in_an_interview_with_a_foreign_outlet_says_nothing_of_where(
    nlp: Language,
) -> None:
    text = (
        "Speaking in an interview with a Doha-based channel, the commander accused "
        "Israel of shelling the camp."
    )
    found = [e for e in events(nlp, text) if e["trigger_text"] == "accused"]
    assert found and found[0]["location"] is None
