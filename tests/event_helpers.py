"""What the event tests share: readers of the events component's output."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

# The publication date the test sentences are read against ("on Monday" is 2023-03-06).
PUBLISHED = "2023-03-10"


def events(nlp: Language, text: str) -> list[dict[str, Any]]:
    """The events of one sentence, published on :data:`PUBLISHED`."""
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return list(nlp(doc)._.events)


def words(actors: list[dict[str, Any]]) -> list[str]:
    """The words each actor was read from."""
    return [a["text"] for a in actors]


def names(actors: list[dict[str, Any]]) -> list[str]:
    """The canonical name of each actor."""
    return [a["name"] for a in actors]


def place_of(nlp: Language, text: str, trigger: str) -> Any:
    """The name of the place of the event whose trigger words start with ``trigger``."""
    found = [e for e in events(nlp, text) if e["trigger_text"].startswith(trigger)]
    assert found, [e["trigger_text"] for e in events(nlp, text)]
    location = found[0].get("location")
    return location["name"] if location else None
