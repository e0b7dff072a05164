"""Fuzzy lookup of a name among the knowledge base's aliases ("Mohamed" for "Mohammed"):
rapidfuzz's ratio against only the aliases whose length can reach the cutoff, the
answer remembered per name."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from annalyst.knowledge.actors import KnowledgeBase


def fuzzy_actor_id(kb: KnowledgeBase, key: str, cutoff: float) -> str | None:
    """The one actor whose alias is closest to ``key`` above ``cutoff``, if unambiguous."""
    return _fuzzy_cached(id(kb), key, cutoff, kb)


@lru_cache(maxsize=50_000)
def _fuzzy_cached(_kb_id: int, key: str, cutoff: float, kb: KnowledgeBase) -> str | None:
    choices = _keys_near_length(id(kb), len(key), cutoff, kb)
    hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit is None or len(hit[0].split()) != len(key.split()):
        # a spelling varies ("Mohamed", "Mohammed"); a missing word does not: "foreign
        # ministry" is no one's in particular, not "PA foreign ministry"
        return None
    if any(
        a != b
        and (
            kb.agents.nationality(a) is not None
            or any(actor.type == "state" for actor in kb.lookup(a))
        )
        for a, b in zip(key.split(), hit[0].split(), strict=True)
    ):
        # "Ukrainian defense ministry" is not "Iranian defense ministry": a name that
        # says another people or country is another body
        return None
    ids = [a.id for a in kb.lookup(hit[0])]
    return ids[0] if len(ids) == 1 else None


@lru_cache(maxsize=4)
def _keys_by_length(_kb_id: int, kb: KnowledgeBase) -> dict[int, list[tuple[int, str]]]:
    """The alias keys by length, each with its position in ``kb.alias_keys()``."""
    out: dict[int, list[tuple[int, str]]] = {}
    for n, key in enumerate(kb.alias_keys()):
        out.setdefault(len(key), []).append((n, key))
    return out


@lru_cache(maxsize=256)
def _keys_near_length(_kb_id: int, length: int, cutoff: float, kb: KnowledgeBase) -> list[str]:
    """The alias keys whose length allows ``fuzz.ratio`` to reach ``cutoff`` against a key
    of ``length`` characters, in the knowledge base's order (so that the best match and
    its ties come out as from the whole list). The ratio is ``100 * (1 - d / (a + b))``
    with the edit distance ``d`` at least ``|a - b|``; the bound is kept loose by one."""
    slack = (100.0 - cutoff) / 100.0
    near = [
        pair
        for size, pairs in _keys_by_length(_kb_id, kb).items()
        if abs(size - length) <= slack * (size + length) + 1
        for pair in pairs
    ]
    near.sort()
    return [key for _, key in near]
