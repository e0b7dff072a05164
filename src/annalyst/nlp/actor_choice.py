"""Which known actor an alias shared by several means in one article."""

from __future__ import annotations

from collections.abc import Sequence

from annalyst.knowledge.actors import Actor, KnowledgeBase
from annalyst.nlp.actor_words import ACTOR_LABELS

# Sectors of armed bodies.
_ARMED = frozenset({"MIL", "REB", "UAF", "INS", "SEP", "RAD"})


def _local(actors: list[Actor], countries: set[str]) -> Actor | None:
    local = [a for a in actors if a.country in countries]
    return local[0] if len(local) == 1 else None


def _of_a_country_named(
    kb: KnowledgeBase, actors: list[Actor], named: Sequence[str] | dict[str, int]
) -> Actor | None:
    """The one of the actors that belongs to a country the article names."""
    known = [a for a in (kb.actors.get(i) for i in named) if a is not None and a.country]
    # the one of a state the article has named: "RSF" in a story on Sudan is the Rapid
    # Support Forces, not the press-freedom group
    states = {str(a.country) for a in known if a.type == "state"}
    # then of any body it has named ("the Sudanese army and the RSF"), generic ones too
    bodies = {str(a.country) for a in known} | {
        i.split(":")[1] for i in named if i.startswith("~agent:") and i.count(":") == 2
    }
    return _local(actors, states) or _local(actors, bodies)


def disambiguate(
    kb: KnowledgeBase,
    ids: Sequence[str],
    mentioned: dict[str, int],
    label: str,
    later: Sequence[str] = (),
    armed_deed: bool = False,
) -> Actor:
    """The actor an ambiguous alias names: the one the article has named most so far;
    else the one of a country the article has named (so far, else ``later``: the actors
    it names unambiguously anywhere); else, for the doer of an armed deed
    (``armed_deed``), the one armed body among them; else one of the recogniser's kind."""
    actors = [kb.actors[i] for i in ids if i in kb.actors]
    if len(actors) == 1:
        return actors[0]
    seen = [a for a in actors if a.id in mentioned]
    if seen:
        return max(seen, key=lambda a: mentioned[a.id])
    for named in (mentioned, later):
        local = _of_a_country_named(kb, actors, named)
        if local is not None:
            return local
    armed = [a for a in actors if set(a.sectors) & _ARMED]
    if armed_deed and len(armed) == 1:
        return armed[0]  # "the RSF shelled a camp": the Rapid Support Forces
    wanted = ACTOR_LABELS.get(label)
    typed = [a for a in actors if a.type == wanted]
    return (typed or actors)[0]
