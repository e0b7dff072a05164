"""Where an act happened when its sentence only points back to a place told before:
"regained control of the area", "struck the same base again", "declared a state of
emergency in the department", "staged a sit-in near the checkpoint".

The words that point back are a definite noun for a kind of place ("the town", "the
same area", "the province") or for a site named before ("the base", "the checkpoint")
that has no name of its own. The place they mean is the latest one of a fitting kind in
the few sentences before: a town for "the town", a province or district for "the
province", any town, site or division for "the area"; for a site, the place told with
that site ("the American base at Kharab al-Jir", "a checkpoint at the entrance of
Maariyah"). A country says too little to be meant this way, and "the country" may
mean any country the article is about, not the one told last."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.places.kinds import DIVISION_PRECISIONS
from annalyst.nlp.tokentable import TokenTable, token_table

# Nouns for a town and its kin, which mean a town told before.
_SETTLEMENTS = frozenset({"town", "village", "city", "hamlet", "settlement", "neighbourhood",
                          "neighborhood", "suburb", "township", "locality"})  # fmt: skip
# Nouns for a stretch of ground, which mean any town, site or division told before.
_GROUND = frozenset({"area", "vicinity", "scene", "spot", "surroundings", "outskirts"})
# Nouns for a site, which mean the place told with the same site before.
_SITES = frozenset({"base", "checkpoint", "airport", "airbase", "prison", "hospital",
                    "crossing", "compound", "facility", "port", "headquarters", "camp",
                    "barracks", "outpost", "post", "station", "mosque", "school",
                    "refinery", "plant", "dam", "bridge", "mine", "field"})  # fmt: skip
# Words for a division that mostly mean a wider world than any division told ("the
# region" of most news is the Middle East or the Sahel, not a province).
_TOO_WIDE = frozenset({"region", "state"})
# Adjectives that keep a noun pointing at the same place ("the same area"); any other
# says it is another ("the nearby town", "a neighbouring village") or describes it.
_STILL_THE_SAME = frozenset({"same", "entire", "whole"})
_POINTING = frozenset({"the", "this", "that"})
# Prepositions by which a clause says where ("in the area", "near the checkpoint").
_WHERE = frozenset({"in", "at", "near", "into", "inside", "around", "outside", "across",
                    "throughout", "on", "from", "within", "to", "towards", "toward"})  # fmt: skip
# How many sentences back the place meant may be told.
_SENTENCES_BACK = 3
_POINTS = frozenset({"city", "site"})
_ANY_GROUND = frozenset({"city", "site", "county", "region"})


def referred_place(draft: _Draft, places: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The place a word of ``draft``'s clause points back to, or None."""
    for noun in _pointing_nouns(draft):
        place = _meant(noun, places)
        if place is not None:
            return place
    return None


def _pointing_nouns(draft: _Draft) -> Iterator[Token]:
    """Nouns that point back to a place, hung on the trigger or its clause's verb, as an
    object, through a preposition of where, or through "of" on an object ("control of
    the area", "the outskirts of the town")."""
    trigger = draft.trigger
    anchors = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
        anchors.append(trigger.head)  # "launched a raid on the camp", "the raid hit the town"
    for anchor in anchors:
        for word in _hung_on(anchor):
            if _points_back(word):
                yield word
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
                    for inner in prep.children:
                        if inner.dep_ == "pobj" and _points_back(inner):
                            yield inner


def _hung_on(anchor: Token) -> Iterator[Token]:
    for child in anchor.children:
        if child.dep_ in ("dobj", "obj"):
            yield child
        elif child.dep_ in ("prep", "prt") or (child.dep_ == "agent"):
            if child.dep_ == "prep" and child.lower_ not in _WHERE:
                continue
            for inner in child.children:
                if inner.dep_ == "pobj":
                    yield inner


def _points_back(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _TOO_WIDE or (
        lemma not in _SETTLEMENTS | _GROUND | _SITES and lemma not in DIVISION_PRECISIONS
    ):
        return False
    if noun.tag_ not in ("NN", "NNS") or noun.ent_type_:
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in children):
        return False
    for child in children:
        if child.dep_ in ("compound", "nmod", "poss", "nummod", "appos"):
            return False  # "the Tyre district", "its entrance": named or owned, not pointing
        if child.dep_ == "amod" and child.lower_ not in _STILL_THE_SAME:
            return False
        if child.dep_ == "prep" and child.lower_ == "of":
            return False  # "the town of Yanouh": a name of its own
        if child.dep_ in ("relcl", "acl"):
            return False  # "the area where …", "the base used by …": said anew
    return True


def _meant(noun: Token, places: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The place told before that ``noun`` means."""
    sent = noun.sent
    if sent.start == 0:
        return None
    table = token_table(noun.doc)
    first = table.starts_through[sent.start] - _SENTENCES_BACK
    # (each place told before, with the index of its sentence)
    earlier = [
        (p, told)
        for p in places
        if p["end"] <= sent.start_char
        and p.get("precision") != "country"
        and (told := _sentence_of(table, p)) is not None
        and told >= first
    ]
    if not earlier:
        return None
    lemma = noun.lemma_.lower()
    if lemma in _SITES:
        return _place_of_site(noun, [p for p, _ in earlier], first)
    if lemma in _SETTLEMENTS:
        kinds: frozenset[str] = frozenset({"city"})
    elif lemma in _GROUND:
        kinds = _ANY_GROUND
    else:
        kinds = DIVISION_PRECISIONS[lemma]
    fitting = [(p, told) for p, told in earlier if p.get("precision") in kinds]
    if not fitting:
        return None
    latest, latest_told = fitting[-1]
    # ("Yanouh in the Tyre district … the area": the town, told in the same sentence)
    points = [p for p, told in fitting if told == latest_told and p.get("precision") in _POINTS]
    return points[0] if points else latest


def _place_of_site(
    noun: Token, earlier: Sequence[dict[str, Any]], first: int
) -> dict[str, Any] | None:
    """The place told with the same site before: the latest earlier word for the site,
    and the town or site of its sentence nearest to it."""
    doc = noun.doc
    starts = token_table(doc).starts_through
    lemma = noun.lemma_.lower()
    for i in range(noun.sent.start - 1, -1, -1):
        if starts[i] < first:
            return None
        told = doc[i]
        if told.lemma_.lower() != lemma or told.pos_ != "NOUN":
            continue
        sent = told.sent
        around = [
            p
            for p in earlier
            if sent.start_char <= p["start"] < sent.end_char and p.get("precision") in _ANY_GROUND
        ]
        if not around:
            return None
        points = [p for p in around if p.get("precision") in _POINTS] or list(around)
        return min(points, key=lambda p: abs(p["start"] - told.idx))
    return None


def _sentence_of(table: TokenTable, place: dict[str, Any]) -> int | None:
    """The index of the sentence a place's words are told in."""
    found = table.char_tokens(place["start"], place["end"])
    return table.starts_through[found[0]] if found is not None else None
