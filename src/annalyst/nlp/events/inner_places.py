"""The place named right before the wider place that holds it: "the Solino neighbourhood
in Port-au-Prince", "the town of Babanusa in West Kordofan", "the Abu Ghraib district
west of Baghdad". Whatever the parser hangs the wider place's phrase on (often the verb),
the act was done in the narrower place, which the text names to say where within the
wider one it lies."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from annalyst.nlp.places.names import DIRECTIONS
from annalyst.nlp.tokentable import token_table

# How narrow each precision is (a lower number is narrower).
_NARROWNESS = {"site": 0, "city": 1, "county": 2, "region": 3, "country": 4}
# Words that place one place within another ("X in Y", "X, near Y", "X west of Y").
_PLACING = frozenset({"in", "near", "outside", "of"})
_JOINERS = _PLACING | DIRECTIONS | frozenset({",", "the", "just", "km", "kilometres"})
# At most this many words between the two names.
_REACH = 4


def narrower_named_before(
    found: dict[str, Any], places: Sequence[dict[str, Any]], doc: Doc
) -> dict[str, Any]:
    """``found``, or the place of ``places`` named right before it that it holds (same
    country, no wider): the nearest such place."""
    words = token_table(doc)
    span = words.char_tokens(found["start"], found["end"])
    if span is None:
        return found
    narrowest = found
    for place in places:
        if place is found or place["end"] > found["start"]:
            continue
        inner = words.char_tokens(place["start"], place["end"])
        if inner is None:
            continue
        between = doc[inner[1] : span[0]]
        if not (0 < len(between) <= _REACH):
            continue
        lowers = [t.lower_ for t in between]
        if not any(w in _PLACING for w in lowers) or not all(w in _JOINERS for w in lowers):
            continue
        if lowers == ["of"]:
            continue  # ("the outskirts of X": no second place)
        country, holder_country = place.get("country"), found.get("country")
        if country and holder_country and country != holder_country:
            continue
        # ("the Abu Ghraib district west of Baghdad": beside the city, not in it)
        beside = place.get("precision") != "country" and any(
            word in DIRECTIONS and after == "of" for word, after in pairwise(lowers)
        )
        if not beside and _NARROWNESS.get(str(place.get("precision")), 5) > _NARROWNESS.get(
            str(found.get("precision")), 5
        ):
            continue
        if narrowest is found or place["start"] > narrowest["start"]:
            narrowest = place
    return narrowest
