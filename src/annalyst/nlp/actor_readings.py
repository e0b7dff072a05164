"""Readings of a document's words as actors — a dictionary name, a generic agent, a
role, an entity — and the choice among readings that overlap."""

from __future__ import annotations

from dataclasses import dataclass, field

from annalyst.knowledge.actors import AgentMatch
from annalyst.nlp.actor_words import _SOURCE_PRIORITY


@dataclass
class Reading:
    """Words ``start:end`` read as an actor: how (``source``) and as whom."""

    start: int  # token offsets
    end: int
    label: str
    source: str
    actor_ids: list[str] = field(default_factory=list)
    agent: AgentMatch | None = None
    role_actor: str | None = None
    nested: tuple[int, int] | None = None  # a name inside a role phrase, kept as its own mention

    @property
    def length(self) -> int:
        return self.end - self.start


def select_readings(candidates: list[Reading]) -> list[Reading]:
    """Non-overlapping readings: longer first, then the more specific source."""
    ranked = sorted(
        candidates, key=lambda c: (-c.length, _SOURCE_PRIORITY.get(c.source, 9), c.start)
    )
    taken: set[int] = set()
    chosen: list[Reading] = []
    ner_labels: dict[tuple[int, int], str] = {}
    for cand in candidates:
        if cand.source == "ner":
            for i in range(cand.start, cand.end):
                ner_labels[(i, i + 1)] = cand.label
    nested_ok: set[int] = set()  # tokens of names nested in a chosen role phrase
    for cand in ranked:
        span = range(cand.start, cand.end)
        inside_role = all(i in nested_ok for i in span) and cand.source in ("dict", "metonym")
        if any(i in taken for i in span) and not inside_role:
            continue
        if not cand.label:
            cand.label = ner_labels.get((cand.start, cand.start + 1), "")
        taken.update(span)
        if inside_role:
            nested_ok.difference_update(span)
        elif cand.nested is not None:
            nested_ok.update(range(*cand.nested))
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen
