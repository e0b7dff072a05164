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
