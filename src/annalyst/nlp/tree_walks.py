"""Walking up a parse tree: whether a word is a verb, the words above it, how deep it
sits, and the verb whose clause it stands in."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

# How many steps up from a noun its clause's verb may be.
_MAX_CLIMB = 5


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause a noun stands in ("launched an attack": launched), or the
    token itself when it is a verb."""
    current = token
    for _ in range(_MAX_CLIMB):
        if is_verb(current):
            return current
        head = current.head  # a new Token on every access: read once
        if head.i == current.i:
            return None
        current = head
    return None


def ancestors(token: Token, limit: int = 12) -> Iterator[Token]:
    current = token
    for _ in range(limit):
        head = current.head  # a new Token on every access: read once
        if head.i == current.i:
            return
        current = head
        yield current


def depth(token: Token) -> int:
    """How far a token is from its sentence's root."""
    return sum(1 for _ in ancestors(token, 64))


def in_hyphenated_word(token: Token) -> bool:
    """Whether a token is a piece of a hyphenated word the tokenizer split ("Syria" of
    "Iraq-Syria", "ISIS" of "ISIS-fighting")."""
    doc = token.doc
    return (token.i + 1 < len(doc) and doc[token.i + 1].text == "-") or (
        token.i > 0 and doc[token.i - 1].text == "-"
    )


# Participles after a hyphen that make the name before them an owner, a patron or a
# go-between of the thing the word describes ("Iran-backed", "US-led", "EU-brokered").
PATRON_PARTICIPLES = frozenset({"backed", "led", "based", "run", "controlled", "held",
                                "funded", "sponsored", "affiliated", "allied", "aligned",
                                "linked", "supported", "dominated", "made", "owned",
                                "brokered", "mediated", "drafted", "proposed"})  # fmt: skip


def patron_in_word(name: Token) -> bool:
    """Whether a name is the first part of a word like "Iran-backed" or "EU-brokered"."""
    doc = name.doc
    after = name.i + 1
    return (
        after + 1 < len(doc)
        and doc[after].text == "-"
        and doc[after + 1].lower_ in PATRON_PARTICIPLES
    )


def misread_modifier(obj: Token) -> Token | None:
    """The noun the parser hung on an object as a modifier although the object's own
    determiner is its: "called the move economic warfare" read as "the [move] warfare"."""
    return next(
        (
            g
            for g in obj.children
            if g.dep_ == "nmod"
            and g.i < obj.i
            and any(d.dep_ == "det" and d.i < g.i for d in obj.children)
        ),
        None,
    )
