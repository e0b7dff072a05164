"""The state an article is about, whose organs it names bare: "the government", "the
army", "police", "the security forces".

Wire stories name the country once ("Sudan's paramilitary Rapid Support Forces stormed
…", "Police in Guinea's capital Conakry said …") and then its bodies by their common
names ("The army said its aircraft struck …", "The government rejected the
accusation"). When one state dominates what an article names — its name and its
people's adjective, at least twice as often as any other state — a bare organ of a state
is that state's: the knowledge base's body when it holds one under the state's adjective
("the army" of a Sudan story is the Sudanese Armed Forces), else a generic actor of that
country. An article about two states ("China's coast guard … the Philippine vessels …
the coast guard") leaves the organ's country unknown: which side it is, the words alone
do not say."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from annalyst.knowledge.actors import Actor, AgentMatch, KnowledgeBase
from annalyst.nlp.tokentable import TokenTable

# Common names of a state's organs, by their head word ("the security forces").
HOME_ORGANS = frozenset({"government", "army", "military", "police", "authorities", "junta",
                         "cabinet", "parliament", "forces", "guard", "navy", "judiciary",
                         "prosecutor", "prosecutors", "ministry", "gendarmerie"})  # fmt: skip
_KEY = "annalyst_home_state"
# Words before an organ that say it is not (only) the home state's: "a government",
# "foreign forces", "coalition forces", "enemy troops".
_NOT_THE_HOME_STATES = frozenset({"a", "an", "some", "any", "foreign", "coalition", "allied",
                                  "international", "multinational", "enemy", "western",
                                  "peacekeeping"})  # fmt: skip


def home_country(doc: Doc, kb: KnowledgeBase, word: int) -> str | None:
    """The ISO-3 country the article's named states and peoples' adjectives point to,
    outside the sentence of token ``word``, when one does clearly. Within one sentence a
    state named beside a bare organ is as often the other party ("Turkey condemned the
    government's crackdown") as its owner."""
    sentence = doc[word].sent
    counts: Counter[str] = Counter(
        country for i, country in _states_named(doc, kb) if not sentence.start <= i < sentence.end
    )
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _states_named(doc: Doc, kb: KnowledgeBase) -> list[tuple[int, str]]:
    """Each mention of a state (its name or its people's adjective) in the document,
    with its country (read once per document)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = []
        for ent in doc.ents:
            if ent.label_ == "GPE":
                states = [a for a in kb.lookup(ent.text) if a.type == "state" and a.country]
                found.extend((ent.start, str(a.country)) for a in states[:1])
            elif ent.label_ == "NORP":
                nationality = kb.agents.nationality(ent.text)
                if nationality is not None and nationality.country:
                    found.append((ent.start, nationality.country))
        doc.user_data[_KEY] = found
    return list(found)


def home_organ(
    kb: KnowledgeBase, doc: Doc, w: TokenTable, chunk_start: int, head: int
) -> tuple[str | None, str | None]:
    """A bare organ of a state ("the army", "police") in an article about one state:
    the id of the knowledge base's body of that state if it holds one, and the state's
    country (Nones when the article is about several states, or the words say whose)."""
    if w.lower[head] not in HOME_ORGANS or any(
        w.tag[i] in ("PRP$", "POS")
        or w.lower[i] in _NOT_THE_HOME_STATES
        or (w.lower[i] != "the" and not w.text[i].islower())
        for i in range(chunk_start, head)
    ):
        return None, None  # ("its army", "foreign forces", "coalition forces", "Congo police")
    if head + 1 < w.n and w.lower[head + 1] in ("in", "of", "from") and w.head[head + 1] == head:
        return None, None  # ("police in the Gaza Strip": the place says whose)
    country = home_country(doc, kb, head)
    if country is None:
        return None, None
    words = " ".join(w.text[i] for i in range(chunk_start, head + 1) if w.lower[i] != "the")
    return organ_of(kb, country, words), country


def people_state(kb: KnowledgeBase, word: str) -> str | None:
    """The id of the state a people's adjective names ("Serbian")."""
    nationality = kb.agents.nationality(word)
    state = kb.state_of(nationality.country) if nationality and nationality.country else None
    return state.id if state is not None else None


def organ_of(kb: KnowledgeBase, country: str, words: str) -> str | None:
    """The id of the knowledge base's body called ``words`` under the country's
    adjective ("army" of SDN: "Sudanese army", the Sudanese Armed Forces), if any."""
    for adjective, nationality in kb.agents.nationalities.items():
        if nationality.country != country:
            continue
        for actor in kb.lookup(f"{adjective} {words}"):
            if actor.type != "person" and actor.country == country:
                return actor.id
    return None


# Agent nouns for a military site rather than people: the site's owner is whom an act on it
# is done to ("hit a US base": the US military, not a building).
_MILITARY_SITES = frozenset({"base", "bases", "outpost", "outposts", "headquarters"})


def site_holder(kb: KnowledgeBase, match: AgentMatch) -> Actor | None:
    """Who holds a military site named by its people's adjective: the knowledge base's
    armed body of that state ("a Turkish military base", "an Iraqi army
    headquarters": the Turkish Armed Forces, the Iraqi Army), if the base holds it."""
    words = (match.noun or "").split()
    if not words or match.country is None:
        return None
    if words[-1] not in _MILITARY_SITES:
        return None
    return armed_forces_of(kb, match.country, " ".join(words[:-1]))


def armed_forces_of(kb: KnowledgeBase, country: str, body: str = "") -> Actor | None:
    """The knowledge base's armed body of a state: the one named by ``body`` under the
    state's adjective ("army"), else its forces or military as a whole, if it holds one."""
    for words in (body, "forces", "military", "army"):
        found = organ_of(kb, country, words) if words else None
        if found is not None:
            return kb.get(found)
    return None
