"""Places told by pointing back (issue 8): "the same area", "control of the area", "in
the department", "near the checkpoint" mean a place told in the sentences before. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_helpers import place_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Bandits abducted a teacher in Zaria on Sunday. The day before, police had "
            "detained three suspects in the same area.",
            "detained",
            "Zaria",
        ),
        (
            "Rebels captured the town of Bunia on Monday after heavy fighting. The fighters "
            "left two days later. The army said its units had regained control of the area.",
            "regained",
            "Bunia",
        ),
        (
            "Gunmen stormed the town of Hinche in the Centre department on Friday. "
            "A day later, the government imposed a curfew in the department.",
            "imposed",
            "Centre",
        ),
        (
            "Soldiers set up a checkpoint outside the village of Beit Ummar on Tuesday. "
            "On Wednesday, protesters blocked the road near the checkpoint.",
            "blocked",
            "Bayt Ūmmar",
        ),
    ],
)
def test_a_place_pointed_back_to_is_where_the_act_happened(
    nlp: Language, text: str, trigger: str, place: str
) -> None:
    assert place_of(nlp, text, trigger) == place


@pytest.mark.parametrize(
    "text",
    [
        # another town than the one told
        "Bandits abducted a teacher in Zaria on Sunday. On Monday, police detained three "
        "suspects in the neighbouring town.",
        # "the region" of most news is wider than any province told
        "Bandits abducted a teacher in Zaria on Sunday. On Monday, police detained three "
        "suspects across the region.",
    ],
)
def test_another_place_or_a_wider_world_is_not_pointed_back_to(nlp: Language, text: str) -> None:
    assert place_of(nlp, text, "detained") is None
