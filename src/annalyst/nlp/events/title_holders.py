"""The person a title names, where the parser set the name apart from the title: "the
deputy head of the Popular Mobilization Units (PMU) Abu Mahdi al-Muhandis", "the leader of
the victorious alliance, Shia cleric Muqtada al-Sadr", "sentenced opposition politician
Ilya Yashin". The name is resolved with the same function that resolves any argument
word, passed in to keep the modules apart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.actor_words import HOLDER_TITLES
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.unnamed import _is_person_noun
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.tokentable import token_table

Resolve = Callable[[Token, dict[int, ResolvedMention], int], dict[str, Any] | None]


def title_holder(
    head: Token, mentions: dict[int, ResolvedMention], resolve: Resolve
) -> dict[str, Any] | None:
    """The person a title names when the name follows the body the title is of: "the
    deputy head of the Popular Mobilization Units (PMU) Abu Mahdi al-Muhandis", "the
    Secretary General of the Red Crescent Ahmed Hassan". The parser hangs such a name on
    the body, on an earlier name or on the verb; read in order, the words leave no doubt
    that the title is the person's, and the body is only what the title is of."""
    if head.lemma_.lower() not in HOLDER_TITLES:
        # "the PMU (PMU) deputy head Abu Mahdi al-Muhandis", parsed as the body with the
        # title and the name in apposition: the person
        for title in (c for c in head.children if c.dep_ == "appos"):
            if title.lemma_.lower() in HOLDER_TITLES and title.i not in mentions:
                for name in (g for g in title.children if g.dep_ in ("appos", "compound")):
                    if name.ent_type_ == "PERSON":
                        return resolve(name, mentions, 1)
        return (
            _named_after_title(head, mentions, resolve)
            or _named_between_commas(head, mentions, resolve)
            or _name_after_noun(head, mentions, resolve)
        )
    for name in (c for c in head.children if c.dep_ == "appos"):
        named = mentions.get(name.i)
        if named is not None and (named.actor or {}).get("type") == "person":
            # "the Quds Force commander, Qassem Soleimani": the commander named
            return resolve(name, mentions, 1)
    if head.i in mentions:
        return None
    doc = head.doc
    after_of = False
    body: Token | None = None
    for i in range(head.i + 1, min(len(doc), head.i + 16)):
        word = doc[i]
        if after_of and word.text == ",":
            # "the leader of the victorious alliance, Shia cleric Muqtada al-Sadr,"
            described = _described_person(doc, i + 1, mentions, resolve)
            if described is not None:
                return described
        if word.ent_type_ == "PERSON" and after_of and doc[i - 1].ent_type_ != "PERSON":
            person = _person_entity_at(doc, i)
            if person is None:
                return None
            return resolve(person.root, mentions, 1)
        if word.lower_ in ("and", "or"):
            return None  # "the head of the PMF and Faleh al-Fayyad": two of them
        if after_of and _known_person(word, mentions):
            # a name the recogniser left untagged that the actor layer knows
            return resolve(word, mentions, 1)
        if word.lower_ == "of" and not after_of:
            after_of = True
            body = next((c for c in word.children if c.dep_ == "pobj"), None)
            after = body.i + 2 if body is not None else len(doc)
            if (
                after < len(doc)
                and doc[after - 1].text == ","
                and not _person_at(doc[after], mentions)
            ):
                # the body in words of its own, then the person described: "the leader
                # of the victorious alliance, Shia cleric Muqtada al-Sadr,"
                described = _described_person(doc, after, mentions, resolve, closed=True)
                if described is not None and "end" in described:
                    # the words that name him run from the title to the name
                    return _with_words(described, doc, head.left_edge.idx, described["end"])
        elif not after_of or not (
            word.pos_ in ("PROPN", "DET")
            or word.is_bracket
            or word.tag_ == "HYPH"
            or word.ent_type_ in ("ORG", "NORP", "GPE")
            # "Head of the PMF in Iraq Faleh al-Fayyad": where the body is
            or (word.lower_ == "in" and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN")
        ):
            return None
    return None


def _name_after_noun(
    head: Token, mentions: dict[int, ResolvedMention], resolve: Resolve
) -> dict[str, Any] | None:
    """A name set right after a noun for a kind of person, which the parser read apart:
    "sentenced opposition politician Ilya Yashin" sentenced Yashin."""
    doc = head.doc
    after = head.i + 1
    if head.i in mentions and (mentions[head.i].actor or {}).get("type") == "person":
        return None
    if after >= len(doc) or doc[after].ent_iob_ != "B" or not _is_person_noun(head):
        return None
    person = _person_entity_at(doc, after)
    return None if person is None else resolve(person.root, mentions, 1)


def _described_person(
    doc: Doc,
    start: int,
    mentions: dict[int, ResolvedMention],
    resolve: Resolve,
    closed: bool = False,
) -> dict[str, Any] | None:
    """The person named from ``start`` on after at most three words that describe him
    (a nationality, a title, a noun of standing): "Faleh al-Fayyad" or "Shia cleric
    Muqtada al-Sadr,". After such words, or when ``closed`` is asked, a comma or the
    sentence's end must close the name, for the words may describe the next of a list."""
    i = start
    while i < len(doc) and i - start < 3 and not _person_at(doc[i], mentions):
        word = doc[i]
        if not (
            word.ent_type_ == "NORP"
            or word.lemma_.lower() in HOLDER_TITLES
            or word.lemma_.lower() in _STANDING
        ):
            return None
        i += 1
    if i >= len(doc) or not _person_at(doc[i], mentions):
        return None
    person = _person_entity_at(doc, i)
    if person is None:
        return resolve(doc[i], mentions, 1)
    closing = person.end >= len(doc) or doc[person.end].text in (",", ".")
    if (closed or i > start) and not closing:
        return None
    return resolve(person.root, mentions, 1)


# Nouns for a person of standing, besides titles, that a name set off by commas names.
_STANDING = {"authority", "cleric", "figure", "scholar", "clergyman", "marja", "dignitary"}


def _named_between_commas(
    head: Token, mentions: dict[int, ResolvedMention], resolve: Resolve
) -> dict[str, Any] | None:
    """A person of standing named right after the phrase, between commas, where the
    parser hung the name elsewhere: "the fatwa of the highest Shia authority in Iraq,
    Sayyed Ali al-Sistani, in June 2014" is Sistani's."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _STANDING:
        return None
    doc = head.doc
    comma = head.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    return _described_person(doc, comma + 1, mentions, resolve, closed=True)


def _named_after_title(
    body: Token, mentions: dict[int, ResolvedMention], resolve: Resolve, depth: int = 0
) -> dict[str, Any] | None:
    """A body, its bracketed acronym, then a title and a name that the parser hung
    elsewhere: "the assassination of Islamic Revolutionary Guard Corps (IRGC) Commander
    Qassem Soleimani and Popular Mobilization Units (PMU) deputy-chief Abu Mahdi
    al-Muhandis" names the two men, not the bodies they served."""
    if depth > 3 or (body.ent_type_ not in ("ORG", "NORP") and body.i not in mentions):
        return None
    doc = body.doc
    # only after an acronym in brackets, which the parser reads apart
    if body.i + 3 >= len(doc) or doc[body.i + 1].text != "(" or doc[body.i + 3].text != ")":
        return None
    start = j = body.i + 4
    while (
        j < len(doc) and j - start < 4 and (doc[j].lower_ in HOLDER_TITLES or doc[j].tag_ == "HYPH")
    ):
        j += 1
    if j == start or j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return None
    person = _person_entity_at(doc, j)
    if person is None:
        return None
    found = resolve(person.root, mentions, 1)
    if found is None:
        return None
    also = [
        a
        for c in person.root.children
        if c.dep_ == "conj"
        for a in [_named_after_title(c, mentions, resolve, depth + 1)]
        if a is not None
    ]
    return dict(found, also=[*found.get("also", []), *also]) if also else found


def _person_entity_at(doc: Doc, start: int) -> Span | None:
    """The person's name the recogniser found starting at token ``start``."""
    return next(
        (e for e in token_table(doc).ents if e.start == start and e.label_ == "PERSON"), None
    )


def _known_person(word: Token, mentions: dict[int, ResolvedMention]) -> bool:
    """Whether the actor layer reads a person at a word."""
    named = mentions.get(word.i)
    return named is not None and (named.actor or {}).get("type") == "person"


def _person_at(word: Token, mentions: dict[int, ResolvedMention]) -> bool:
    return word.ent_type_ == "PERSON" or _known_person(word, mentions)
