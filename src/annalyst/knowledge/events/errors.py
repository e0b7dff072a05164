"""The two exceptions of the event knowledge: a bad file, and an unknown term in a lookup."""

from __future__ import annotations

from collections.abc import Sequence


class EventKnowledgeError(Exception):
    """A problem in the ontology or lexicon files.

    Each line of the message (and each item of :attr:`errors`) reads
    ``<file>:<line>: <entry>: <field>: <reason>``.
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors: list[str] = list(errors)
        super().__init__("\n".join(self.errors))


class UnknownEventTerm(KeyError):
    """An event type, mode or CAMEO code that the ontology does not know."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown event term"
