"""What an infinitive acts upon when the parse raised its object to be the subject of a
copula above it: "These demands are hard for Iraq to meet", "the conditions were
impossible to fulfil". Read on token positions through accessors, so that the reader of
spaCy tokens and the reader of token tables share it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

# How the infinitive may hang below the adjective and the copula ("likely to be
# challenging for Iraq to meet": xcomp, advcl, acomp).
_RAISING_DEPS = frozenset({"xcomp", "advcl", "acomp"})
_STEPS = 4


def raised_object(
    i: int,
    head: Callable[[int], int],
    dep: Callable[[int], str],
    lemma: Callable[[int], str],
    pos: Callable[[int], str],
    children: Callable[[int], Sequence[int]],
) -> int | None:
    """The noun subject of the copula an object-less infinitive ``i`` hangs under
    through adjectives, or None."""
    if not any(dep(c) == "aux" and lemma(c) == "to" for c in children(i)):
        return None
    word = i
    seen_adjective = False
    for _ in range(_STEPS):
        if dep(word) not in _RAISING_DEPS or head(word) == word:
            return None
        word = head(word)
        seen_adjective = seen_adjective or pos(word) == "ADJ"
        seen_adjective = seen_adjective or any(
            dep(c) == "acomp" and pos(c) == "ADJ" for c in children(word)
        )  # ("were hard for the government to meet": the adjective beside it)
        if lemma(word) == "be" and seen_adjective:
            subject = next((c for c in children(word) if dep(c) == "nsubj"), None)
            return subject if subject is not None and pos(subject) == "NOUN" else None
    return None
