"""A known body's common name said of another country.

The actor dictionary gives "Congress", "the Senate" or "the Supreme Court" to the
United States, as most English news means them. Owned by another state ("Chile's
Congress", "Pakistan's Supreme Court") or under another nationality ("the Brazilian
Senate"), the same words name that country's body: a generic actor of its sector.
"""

from __future__ import annotations

from annalyst.knowledge.actors import AgentMatch, KnowledgeBase
from annalyst.nlp.actor_names import state_country
from annalyst.nlp.tokentable import TokenTable


def foreign_institution(
    kb: KnowledgeBase, w: TokenTable, start: int, end: int, actor_ids: list[str]
) -> tuple[int, AgentMatch] | None:
    """The start and generic reading of the body named by ``start:end`` (a dictionary
    match for ``actor_ids``) when the words before it give it another country."""
    actors = [kb.actors[a] for a in actor_ids if a in kb.actors]
    if not actors or any(a.type in ("state", "person") or not a.country for a in actors):
        return None
    words = " ".join(w.text[start:end])
    bare = kb.agents.parse(words)
    if bare is None or bare.noun is None or bare.country is not None:
        return None  # a proper name ("the Pentagon"), not a common word for a body
    countries = {a.country for a in actors}
    owner = start - 1
    if owner >= 1 and w.tag[owner] == "POS":
        # "Chile's Congress": the possessive state gives the country.
        owner -= 1
        country, nationality = state_country(kb, w.text[owner]), w.text[owner]
    elif owner >= 0 and (found := kb.agents.nationality(w.text[owner])) is not None:
        country, nationality = found.country, w.text[owner]  # "the Brazilian Senate"
    else:
        return None
    if country is None or country in countries:
        return None  # "America's Congress", "the Israeli Knesset": the known body
    # Named as generic agents are: "Kenya's parliament" is a parliament of Kenya.
    name = words if w.tag[owner + 1] == "POS" else f"{nationality} {words}"
    return owner, AgentMatch(name, country, None, bare.sectors, nationality, bare.noun)
