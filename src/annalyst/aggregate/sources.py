"""Which independent source an article counts as, for corroboration.

Two brands of one owner (a state broadcaster's channels, a media group's
papers) are one source: the outlet registry's `owner` says which. A wire story
republished under an outlet's name (a byline naming a news agency) counts as the
agency, so syndicated copies that deduplication did not catch add nothing.
"""

from __future__ import annotations

from functools import lru_cache

from annalyst.knowledge.outlets import Outlet, OutletRegistry, default_registry


@lru_cache(maxsize=1)
def _registry() -> OutletRegistry:
    return default_registry()


def _key(outlet: Outlet) -> str:
    return outlet.owner or outlet.name


def _wire_agency(byline: str | None, registry: OutletRegistry) -> Outlet | None:
    if not byline:
        return None
    for outlet, _start, _end in registry.find_in_text(byline[:300]):
        if outlet.kind == "agency":
            return outlet
    return None


def source_of(
    outlet: str | None, byline: str | None = None, registry: OutletRegistry | None = None
) -> str | None:
    """The independent source an article counts as; None when its outlet is unknown."""
    registry = registry or _registry()
    agency = _wire_agency(byline, registry)
    if agency is not None:
        return _key(agency)
    if not outlet:
        return None
    known = registry.get(outlet)
    return _key(known) if known is not None else outlet.strip().casefold()
