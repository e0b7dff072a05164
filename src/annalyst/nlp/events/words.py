"""An actor as it appears in a document: the actor dict with the words that denote it
(``text``, ``start``, ``end``: character offsets into the document), and the index of
actor mentions by token."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.tokentable import doc_text, token_table

# Sites named after a person: "Al-Asad airbase", "the Soleimani school" are places, not
# the person their name recalls
_NAMED_SITES = {"airbase", "base", "airport", "hospital", "school", "university", "street",
                "square", "bridge", "dam", "mosque", "shrine", "stadium", "camp", "port",
                "crossing", "highway", "road", "avenue", "district", "building", "tower",
                "palace", "hall", "center", "centre", "museum", "prison", "station", "complex",
                "neighborhood", "neighbourhood", "quarter", "field", "garden", "park"}  # fmt: skip


def _names_a_site(doc: Doc, found: tuple[int, int], mention: ResolvedMention) -> bool:
    last = doc[found[1] - 1]
    return (
        (mention.actor or {}).get("type") == "person"
        and last.dep_ == "compound"
        and not found[0] <= last.head.i < found[1]
        and last.head.lemma_.lower() in _NAMED_SITES
    )


def _mention_index(doc: Doc, mentions: Sequence[ResolvedMention]) -> dict[int, ResolvedMention]:
    """Token index → the actor mention covering it."""
    index: dict[int, ResolvedMention] = {}
    words = token_table(doc)
    for mention in mentions:
        if mention.actor is None:
            continue
        found = words.char_tokens(mention.start, mention.end)  # doc.char_span, "expand"
        if found is None or _names_a_site(doc, found, mention):
            continue
        for i in range(*found):
            # The outer mention (a role phrase) wins over a name nested in it.
            index.setdefault(i, mention)
    return index


def _with_words(actor: dict[str, Any], doc: Doc, start: int, end: int) -> dict[str, Any]:
    """An actor with the words (character offsets) that denote it here."""
    return dict(actor, text=doc_text(doc)[start:end], start=start, end=end)


def after_the(doc: Doc, start: object) -> bool:
    """Whether the words at character ``start`` follow "the" ("the naval forces", "the
    ministry")."""
    return isinstance(start, int) and doc_text(doc)[max(0, start - 4) : start].lower() == "the "


def _from_mention(mention: ResolvedMention, doc: Doc) -> dict[str, Any]:
    assert mention.actor is not None
    return _with_words(mention.actor, doc, mention.start, mention.end)


def _token_words(actor: dict[str, Any], tokens: Sequence[Token]) -> dict[str, Any]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return _with_words(actor, first.doc, first.idx, last.idx + len(last.text))


# Possessive words by which a party names its own people or posts ("his followers").
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})


def told_as_own(actor: dict[str, Any]) -> bool:
    """Whether an actor's words start with a possessive ("his followers", "its embassy")."""
    return str(actor.get("text", "")).lower().split()[:1] in [[w] for w in _POSSESSIVES]


def _without_titles(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a generic actor that is only the title of a named one next to it ("Libyan
    Prime Minister | Fayez al-Sarraj" when the parser splits the phrase)."""
    named = [a for a in actors if not str(a["id"]).startswith("~agent:")]
    if not named:
        return actors

    def beside(generic: dict[str, Any]) -> bool:
        start, end = generic.get("start"), generic.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            return False
        for other in named:
            o_start, o_end = other.get("start"), other.get("end")
            if (
                isinstance(o_start, int)
                and isinstance(o_end, int)
                and (0 <= o_start - end <= 2 or 0 <= start - o_end <= 3)
            ):
                return True
        return False

    return [a for a in actors if not (str(a["id"]).startswith("~agent:") and beside(a))]


def _named_already(pronoun: dict[str, Any], found: list[dict[str, Any]]) -> bool:
    """Whether a generic actor a pronoun stands for is one already found by the words
    that name it (its reference overlaps their words)."""
    start, end = pronoun.get("ref_start"), pronoun.get("ref_end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return any(
        other is not pronoun
        and "ref_start" not in other
        and other["id"] == pronoun["id"]
        and isinstance(other.get("start"), int)
        and other["start"] < end
        and start < other.get("end", other["start"])
        for other in found
    )
