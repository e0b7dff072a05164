"""Actor resolution: which real-world actor each name in a text is.

The resolver is a spaCy component (`annalyst_actors`) that runs after the
parser and the entity recogniser. For every stretch of text that names an actor
it decides which canonical actor of the knowledge base it is, combining:

* dictionary matches of every alias (spaCy PhraseMatchers: case-sensitive for
  short or all-caps aliases such as "US" or "KH", case-insensitive otherwise);
* generic actors ("Iraqi lawmakers", "US forces", "protesters") read from noun
  chunks with the agents lexicon;
* roles resolved by the article's date ("the Iraqi prime minister" in July 2021
  is Mustafa al-Kadhimi, in January 2023 Mohammed Shia al-Sudani);
* capitals standing for governments ("Washington imposed…") but not when they
  are places ("in Washington");
* the entity recogniser for names the dictionary lacks: an exact normalised
  lookup, then fuzzy matching of spelling variants, then in-document
  coreference ("Mohammed Fawaz" … "Fawaz"), and finally a provisional actor
  (id starting with `~`) so that nothing is lost.

Where two readings overlap, the longer one wins, then the more specific source.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from annalyst.ingest.dates import as_date
from annalyst.knowledge.actors import Actor, AgentMatch, KnowledgeBase, normalize_alias
from annalyst.nlp.actor_choice import disambiguate
from annalyst.nlp.actor_fuzzy import fuzzy_actor_id
from annalyst.nlp.actor_institutions import foreign_institution
from annalyst.nlp.actor_names import (
    _body_of_a_country,
    _ends_place_name,
    _is_place,
    after_indefinite,
    provisional_actor,
    unrecognised_names,
    whole_name_end,
)
from annalyst.nlp.actor_readings import Reading, select_readings
from annalyst.nlp.actor_tables import AliasMatcher, compiled_tables
from annalyst.nlp.actor_words import (
    _AGENTIVE_DEPS,
    _COLLECTIVES,
    _HONORIFICS,
    _LOCATIVE_PREPS,
    _OWNED_BODIES,
    _PLACE_VERBS,
    _POLITICAL_NOUNS,
    _SEATS,
    _TITLE_WORD,
    ACTOR_LABELS,
    DOCUMENT_WORDS,
    LEADERS_BODIES,
    MASS_SENSES,
    PLACE_LABELS,
    STATE_ORGANS,
    WEAPON_NAMES,
    media_actor,
    named_as_settlement,
    nationality_split,
    patron_named,
    slug_of,
    state_after_of,
    state_where,
    warplane,
    with_identity,
)
from annalyst.nlp.actor_wrappers import (
    named_for_a_state,
    named_like_a_state,
    namesake,
    other_body,
)
from annalyst.nlp.home_state import home_organ, people_state, site_holder
from annalyst.nlp.noun_chunks import noun_chunks
from annalyst.nlp.occupation import OCCUPYING, occupier
from annalyst.nlp.roles import RoleIndex
from annalyst.nlp.syntax_words import SIDE_PREFIXES
from annalyst.nlp.tokentable import TokenTable, doc_text, token_table

# Verbs of armed deeds: a name shared by an armed body and another kind that does one of
# them is the armed body ("the RSF shelled a camp": the Rapid Support Forces).
_ARMED_DEEDS = frozenset({"attack", "shell", "bomb", "kill", "capture", "seize", "storm",
                          "besiege", "fire", "strike", "raid", "overrun", "ambush", "shoot",
                          "abduct", "loot", "advance", "fight", "clash", "recapture",
                          "retake", "massacre", "execute", "launch", "target", "burn"})  # fmt: skip


def _doing_violence(doc: Doc, cand: Reading) -> bool:
    """Whether the words of a reading are the subject of a verb of armed deeds."""
    for i in range(cand.start, cand.end):
        token = doc[i]
        if token.dep_ in ("nsubj", "agent") or (
            token.dep_ == "pobj" and token.head.dep_ == "agent"
        ):
            verb = token.head if token.dep_ == "nsubj" else token.head.head
            if _armed_deed(verb):
                return True
            # "the RSF said they had taken control of the town": its own deed told
            if any(
                c.dep_ == "ccomp"
                and _armed_deed(c)
                and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
                for c in verb.children
            ):
                return True
    return False


def _armed_deed(verb: Token) -> bool:
    """A verb of armed deeds, or taking control ("took full control of the town")."""
    lemma = verb.lemma_.lower()
    if lemma in _ARMED_DEEDS:
        return True
    return lemma in ("take", "gain", "regain", "seize", "wrest") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in verb.children
    )


# Sectors of a state's own bodies: a bare body of another kind ("resistance forces",
# "militia forces", "opposition forces") is not the state an article is about.
_STATES_OWN = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True)
class ResolvedMention:
    """A span of the document that names an actor (or a name we could not resolve)."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    label: str
    actor: dict[str, Any] | None
    source: str  # dict, role, agent, coref, ner, metonym, fuzzy, provisional


def _copy(value: Any) -> Any:
    """A deep copy of JSON-like data (what `dataclasses.asdict` did, at a tenth of its cost)."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    return value


def _plain(m: ResolvedMention) -> dict[str, Any]:
    return {"start": m.start, "end": m.end, "text": m.text, "label": m.label,
            "actor": _copy(m.actor), "source": m.source}  # fmt: skip


def resolved_mentions(doc: Doc) -> list[ResolvedMention]:
    """The actor mentions the `annalyst_actors` component left on a document."""
    return [ResolvedMention(**data) for data in doc._.actor_mentions or []]


# The entity label a known actor's mention takes, by its type.
_LABELS = {"person": "PERSON", "state": "GPE", "group": "ORG", "organization": "ORG"}
# Lower-case words after a name that make it a body's ("the Chadema party").
_BODY_WORDS = frozenset({"party", "movement", "militia", "group", "front", "alliance",
                         "coalition", "faction", "brigades", "organisation", "organization"})  # fmt: skip
# Head words of organisations' names, never of places' names.
_BODY_HEADS = frozenset(
    {"party", "front", "movement", "council", "union", "brigade", "brigades", "committee",
     "association", "organisation", "organization", "coalition", "alliance", "militia"}
)  # fmt: skip

# Words that set a relative apart from the better-known bearer of a name.
_KIN_EPITHETS = frozenset({"elder", "younger"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive from a name's span."""
    w = token_table(doc)
    lower, tag, text = w.lower, w.tag, w.text
    while start < end and lower[start] in ("the", "a", "an"):
        start += 1
    while end > start and (tag[end - 1] == "POS" or text[end - 1] in ("'s", "’s", "'", "’")):
        end -= 1
    return start, end


def _span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the document's text (no Span, no Tokens made)."""
    w = token_table(doc)
    last = end - 1
    return doc_text(doc)[w.idx[start] : w.idx[last] + len(w.text[last])]


class ActorResolver:
    """The `annalyst_actors` spaCy component."""

    def __init__(self, nlp: Language, kb: KnowledgeBase, *, fuzzy_cutoff: float = 90.0) -> None:
        self.kb = kb
        self.fuzzy_cutoff = fuzzy_cutoff
        tables = compiled_tables(nlp, kb)
        self.exact = AliasMatcher(nlp.vocab, "ORTH", tables.exact)
        self.folded = AliasMatcher(nlp.vocab, "LOWER", tables.folded)
        self.metonym_matcher = AliasMatcher(nlp.vocab, "ORTH", tables.metonyms)
        self.key_ids: dict[str, list[str]] = tables.key_ids
        self.metonym_ids: dict[str, str] = tables.metonym_ids
        self.roles = RoleIndex(kb)

    # ------------------------------------------------------------------ main

    def __call__(self, doc: Doc) -> Doc:
        # Plain dicts: docs cross process boundaries (nlp.pipe with n_process > 1)
        # through msgpack, which knows nothing of our classes.
        doc._.actor_mentions = [_plain(m) for m in self.resolve(doc)]
        return doc

    def resolve(self, doc: Doc) -> list[ResolvedMention]:
        published = as_date(doc._.published)
        candidates: list[Reading] = []
        candidates += self._dictionary(doc)
        candidates += self._agents(doc, candidates)
        candidates += self._metonyms(doc)
        candidates += self._roles(doc, published, candidates)
        candidates += self._entities(doc, candidates)
        taken = {i for c in candidates for i in range(c.start, c.end)}
        candidates += [
            Reading(start, end, label, "ner")
            for start, end, label in unrecognised_names(doc, taken, self._common, _is_place)
        ]
        candidates = [c for c in candidates if not _ends_place_name(doc, c.start, c.end)]
        chosen = select_readings(candidates)
        return self._finish(doc, chosen, published)

    # ------------------------------------------------------------ candidates

    def _dictionary(self, doc: Doc) -> list[Reading]:
        out = []
        # Numbers and dates are never names ("March 14" the date, not the alliance).
        numeric = {
            i
            for ent in token_table(doc).ents
            if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
            for i in range(ent.start, ent.end)
        }
        w = token_table(doc)
        texts = w.text
        for matcher, folded in ((self.exact, False), (self.folded, True)):
            for key, start, end in matcher(doc):
                if folded and not any(_TITLE_WORD.match(texts[i]) for i in range(start, end)):
                    continue  # "the state department" in running lower case is not a name
                ids = list(self.key_ids.get(key, ()))
                start, end = _trim(doc, start, end)
                if not ids or end <= start or any(i in numeric for i in range(start, end)):
                    continue
                if normalize_alias(_span_text(doc, start, end)) in _SEATS and not self._acts(
                    doc[start:end]
                ):
                    continue  # "at the White House": the building
                if (
                    end - start == 1
                    and end < len(texts)
                    and _TITLE_WORD.match(texts[end])
                    and all(self.kb.actors[i].name == f"The {texts[start]}" for i in ids)
                ):
                    continue  # "the National Migration Institute" is not The National
                if (foreign := foreign_institution(self.kb, w, start, end, ids)) is not None:
                    out.append(Reading(foreign[0], end, "AGENT", "agent", agent=foreign[1]))
                    continue  # "Chile's Congress" is not the US Congress
                out.append(Reading(start, end, "", "dict", ids))
        return out

    def _agents(self, doc: Doc, found: list[Reading]) -> list[Reading]:
        out = []
        agents = self.kb.agents
        named = {i for c in found for i in range(c.start, c.end)}
        w = token_table(doc)
        deps, tags, poss, texts = w.dep, w.tag, w.pos, w.text
        states = {c.start: (c.end, c.actor_ids[0]) for c in found if self._names_state(c)}
        for chunk in noun_chunks(doc):
            leader: tuple[int, int] | None = None
            tokens = [
                i
                for i in range(chunk.start, chunk.end)
                if deps[i] not in ("det", "predet", "punct") and tags[i] not in ("POS", "PRP$")
            ]
            if not tokens:
                continue
            head_i = chunk.root
            if head_i in named or warplane(doc[head_i]):
                # "Iraq's Popular Mobilization Forces": a name, not a generic actor
                continue  # ("US fighter-bombers": aircraft, whose owner acts)
            if w.lower[head_i] in MASS_SENSES and head_i == chunk.start:
                continue  # "the use of force", "demanded justice": no body of people
            plural = tags[head_i] in ("NNS", "NNPS")
            # The longest stretch ending at the chunk's head that reads as an agent.
            for begin, first in enumerate(tokens):
                if first > head_i:
                    break
                if texts[first] == "-" or (
                    first >= 2 and texts[first - 1] == "-" and w.lower[first - 2] in SIDE_PREFIXES
                ):
                    # "pro-Iranian militias", "anti-government protesters": whom they side
                    # with or stand against, not whose they are
                    continue
                # Proper names inside ("Popular Mobilization Forces") belong to the dictionary
                # (not nationality words the tagger took for names: "Sri Lankan rebels").
                # (a lower-case word the tagger took for a name is none: "defence ministry")
                propn = [
                    i
                    for i in range(first + 1, head_i + 1)
                    if poss[i] == "PROPN" and not texts[i].islower()
                ]
                if (
                    propn
                    and (
                        propn[-1] == head_i
                        or not self._demonyms_only(_span_text(doc, first, propn[-1] + 1))
                    )
                    and not (
                        begin == 0
                        and not any(
                            i in named and w.ent_type[i] not in ("GPE", "NORP")
                            for i in range(first, head_i)
                        )
                        and self._capitalised_common(w, first, head_i)
                    )
                ):
                    continue
                start, end = first, head_i + 1
                text = _span_text(doc, start, end)
                match = agents.parse(text)
                lead = self._nationality_lead(doc, start, end - 1) if match is None else 0
                if (
                    match is None
                    and lead
                    and end - start > lead + 1
                    and all(
                        poss[i] in ("ADJ", "NOUN") or self._demonyms_only(texts[i])
                        for i in range(start + lead, end - 1)
                    )
                ):
                    # "Iraqi federal forces", "Sri Lankan Tamil rebels": a nationality,
                    # modifiers, an agent noun.
                    core = agents.parse(f"{_span_text(doc, start, start + lead)} {texts[head_i]}")
                    if core is not None and core.country is not None:
                        match = AgentMatch(
                            text,
                            core.country,
                            core.region,
                            core.sectors,
                            core.nationality,
                            core.noun,
                        )
                if match is None and begin == 0 and plural:
                    identity = agents.identities.get(normalize_alias(text))
                    if identity is not None:  # "Yazidis", "Shias": a community
                        match = AgentMatch(text, None, None, (), None, None)
                        out.append(Reading(start, end, "AGENT", "agent", agent=match))
                        break
                if match is None:
                    continue
                if match.noun is None and not plural:
                    break  # a bare nationality adjective ("Iraqi") is not an actor
                split = nationality_split(w, start, named, agents)
                if match.country is None and match.region is None and split is not None:
                    # "accused Azerbaijani troops", the parser making the people a word apart
                    start = split[0]
                    match = replace(match, country=split[1], text=_span_text(doc, start, end))
                if match.country is None and match.region is None:
                    owned_only = w.lower[head_i] in _OWNED_BODIES
                    body = _COLLECTIVES & {w.lower[head_i], text.lower()} or owned_only
                    # ("Biden's administration": a government, whoever heads it)
                    body = body or (
                        w.lower[head_i] in LEADERS_BODIES
                        and any(deps[i] == "poss" for i in range(chunk.start, head_i))
                    )
                    if not plural and not body:
                        break  # "the minister", "a photographer": a person, not a group
                    owner = next(
                        (
                            i
                            for i in range(chunk.start, chunk.end)
                            if deps[i] == "poss" or tags[i] == "PRP$"
                        ),
                        None,
                    )
                    if owner is not None and any(deps[i] == "cc" for i in range(owner, first)):
                        owner = None  # "Sudan's government and rebel groups": the first's owner
                    if owner is not None:
                        # (the whole name of the state: "Sri Lanka's navy")
                        named_state = [(a, i) for a, (b, i) in states.items() if a <= owner < b]
                        owner = named_state[0][0] if named_state else owner
                        owners = [self.kb.actors[i] for _, i in named_state] or [
                            a for a in self.kb.lookup(texts[owner]) if a.type == "state"
                        ]
                        if not owners and w.lower[head_i] in LEADERS_BODIES:
                            # "Joe Biden's administration", "Erdogan's government": the
                            # government of the leader's state
                            led = self._led_state(found, owner)
                            if led is not None:
                                owner, owners = led[0], [led[1]]
                                leader = (owner, first)  # (the name, kept as its own mention)
                                government = self._government_of(led[1])
                                if government is not None:
                                    out.append(
                                        Reading(owner, end, "", "dict", [government], nested=leader)
                                    )
                                    break
                        if not owners or owner > first:
                            break  # "its fighters", "Hezbollah's fighters": members of a named actor
                        # "Iraq's lawmakers": the possessive state gives the country.
                        match = AgentMatch(
                            match.text, owners[0].country, match.region, match.sectors,
                            texts[owner], match.noun,
                        )  # fmt: skip
                        start = owner
                    elif owned_only and not (
                        STATE_ORGANS.intersection(match.sectors)
                        and state_where(
                            w, head_i, states, self._capital_state, partial(people_state, self.kb)
                        )
                    ):
                        break  # "the National Assembly": a name's last word
                    elif (after := state_after_of(w, head_i, states)) is not None:
                        # "the government of Cambodia": the state named after "of" gives it.
                        end, state_id = after
                        match = AgentMatch(
                            match.text, self.kb.actors[state_id].country, match.region,
                            match.sectors, None, match.noun,
                        )  # fmt: skip
                    elif STATE_ORGANS.intersection(match.sectors) and (
                        host := state_where(
                            w, head_i, states, self._capital_state, partial(people_state, self.kb)
                        )
                    ):
                        # "police in Minsk", "authorities in Cuba": the organs of the
                        # state they are in (the place stays the event's place).
                        country = self.kb.actors[host].country
                        match = AgentMatch(
                            match.text, country, match.region, match.sectors, None,
                            match.noun, self._whose(match.text, country) if country else None,
                        )  # fmt: skip
                if start == first:
                    start = with_identity(w, chunk.start, start, named)
                occupying = [i for i in range(chunk.start, head_i) if w.lower[i] in OCCUPYING]
                if match.country is None and occupying and (occ := occupier(doc, agents)):
                    # "occupation soldiers": the occupier the article speaks of
                    match = replace(match, country=occ, name=self._whose(match.text, occ))
                    start = min(start, occupying[0])
                elif (
                    match.country is None
                    and match.region is None
                    and start == first
                    and not set(match.sectors) - _STATES_OWN  # (not "resistance forces")
                ):
                    # "the army" of a Sudan story: Sudan's
                    organ, home = home_organ(self.kb, doc, w, chunk.start, head_i)
                    if organ is not None:
                        out.append(Reading(start, end, "", "dict", [organ]))
                        break
                    if home:
                        match = replace(match, country=home, name=self._whose(match.text, home))
                called = (
                    patron_named(w, start, end) if start == first else _span_text(doc, start, end)
                )
                match = replace(match, text=called)  # "Mali's armed forces", "Russian-backed …"
                if match.name is not None and match.country:
                    # (the whose-name of the words kept: "former ministers (Zambia)")
                    match = replace(match, name=self._whose(called, match.country))
                out.append(Reading(start, end, "AGENT", "agent", agent=match, nested=leader))
                break
        return out

    def _led_state(self, found: list[Reading], owner: int) -> tuple[int, Actor] | None:
        """The first word of a known leader's name that holds ``owner``, and the state
        the leader is of (a person of the government sector with a country)."""
        for reading in found:
            if not reading.start <= owner < reading.end or len(reading.actor_ids) != 1:
                continue
            person = self.kb.actors.get(reading.actor_ids[0])
            if person is None or person.type != "person" or "GOV" not in person.sectors:
                return None
            state = self.kb.state_of(person.country) if person.country else None
            return (reading.start, state) if state is not None else None
        return None

    def _whose(self, text: str, country: str) -> str | None:
        """The name of a generic actor whose state the article, not its words, gives:
        "government (Haiti)" for "the government" of a story about Haiti."""
        state = self.kb.state_of(country)
        return f"{text} ({state.name})" if state is not None else None

    def _government_of(self, state: Actor) -> str | None:
        """The id of the known government of a state ("Government of Turkey"), if one."""
        for phrase in (f"government of {state.name}", f"{state.name} government"):
            found = [
                a.id
                for a in self.kb.lookup(phrase)
                if a.type == "organization" and a.country == state.country and "GOV" in a.sectors
            ]
            if len(found) == 1:
                return found[0]
        return None

    def _capital_state(self, place: str) -> str | None:
        actor = self.kb.metonym_of(place)
        return actor.id if actor is not None and actor.type == "state" else None

    def _names_state(self, candidate: Reading) -> bool:
        actor = self.kb.actors.get(candidate.actor_ids[0]) if candidate.actor_ids else None
        return actor is not None and actor.type == "state" and bool(actor.country)

    def _roles(self, doc: Doc, published: date | None, found: list[Reading]) -> list[Reading]:
        if published is None:
            return []
        names: dict[int, tuple[int, str]] = {}
        names_from: dict[int, tuple[int, str]] = {}
        countries: list[str] = []
        for cand in found:
            if not cand.actor_ids:
                continue
            actor = self.kb.actors.get(cand.actor_ids[0])
            if actor is None:
                continue
            anchor = f"C:{actor.country}" if actor.type == "state" else f"A:{actor.id}"
            names[cand.end] = (cand.start, anchor)
            names_from[cand.start] = (cand.end, anchor)
            if actor.type == "state" and actor.country:
                countries.append(actor.country)
        return [
            Reading(
                m.start, m.end, "PERSON", "role", [m.actor_id], role_actor=m.actor_id,
                nested=None if m.anchor_start is None else (m.anchor_start, m.anchor_end or m.anchor_start),
            )
            for m in self.roles.find(doc, published, names, names_from, countries)
            if not self._held_by_another(doc, m.end, m.actor_id)
        ]  # fmt: skip

    def _held_by_another(self, doc: Doc, end: int, holder: str) -> bool:
        """A role followed by the name of someone else who holds it here ("Israel's
        defence minister, Avi Levin,", "the commander of the Quds Force General Qassem
        Soleimani" in a story of 2020): the name says who it is, not the records."""
        start = end + 1 if end < len(doc) and doc[end].text == "," else end
        while start < len(doc) and doc[start].lower_.strip(".") in _HONORIFICS:
            start += 1  # "General", "Gen.", "Dr"
        if start >= len(doc):
            return False
        name = next(
            (e for e in token_table(doc).ents if e.start == start and e.label_ == "PERSON"),
            None,
        )
        if name is None:
            return False
        return all(a.id != holder for a in self.kb.lookup(name.text))

    def _metonyms(self, doc: Doc) -> list[Reading]:
        out = []
        for key, start, end in self.metonym_matcher(doc):
            span = doc[start:end]
            if not self._acts(span):
                continue
            actor_id = self.metonym_ids.get(key)
            if actor_id:
                out.append(Reading(start, end, "GPE", "metonym", [actor_id]))
        return out

    def _acts(self, span: Span) -> bool:
        """A place name used as an actor: "Washington imposed", "sanctions on Tehran",
        "talks with Ankara", but not "in Baghdad", "flew to Tehran", "Beirut's suburbs"."""
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "between Riyadh and Tehran": judge the first conjunct
        dep, head = root.dep_, root.head
        if dep in _AGENTIVE_DEPS - {"poss"}:
            return True
        if dep in ("poss", "compound"):
            return (
                head.lemma_.lower() in _POLITICAL_NOUNS
                or self.kb.agents.sectors_of(head.text) is not None
            )
        if dep == "pobj":
            prep = head.lower_
            governor = head.head
            if prep == "by":
                return True
            if prep in _LOCATIVE_PREPS - {"to", "from", "toward", "towards"}:
                return False
            if prep in ("to", "from", "toward", "towards"):
                return governor.lemma_.lower() not in _PLACE_VERBS and governor.pos_ != "PROPN"
            if prep == "on":
                return governor.lemma_.lower() in _POLITICAL_NOUNS
            return prep in ("with", "between", "against", "for", "over", "towards", "toward")
        if dep in ("dobj", "iobj", "dative"):
            return head.lemma_.lower() not in _PLACE_VERBS
        return False

    def _entities(self, doc: Doc, found: list[Reading]) -> list[Reading]:
        out = []
        known = sorted((c for c in found if c.source in ("dict", "metonym")), key=lambda c: c.start)
        known_starts = [c.start for c in known]
        for ent in token_table(doc).ents:
            if ent.label_ not in ACTOR_LABELS and ent.label_ not in PLACE_LABELS:
                continue
            start, end = _trim(doc, ent.start, ent.end)
            # "Sayyed Hassan Nasrallah": honorifics inside the entity are not part of the name.
            while end - start > 1 and doc[start].lower_.strip(".") in _HONORIFICS:
                start += 1
            if end <= start or (end - start == 1 and doc[start].lower_.strip(".") in _HONORIFICS):
                continue  # "His Eminence": a way of naming someone, not a name
            if ent.label_ == "ORG" and doc[start:end].text.islower():
                continue  # "Sri Lanka's navy": a kind of body, read by the agents lexicon
            if ent.label_ in ("PERSON", "ORG") and self._demonyms_only(doc[start:end].text):
                continue  # "Sri Lankan Tamil" taken for a name: who they are, not a name
            if ent.label_ == "PERSON" and after_indefinite(doc, start, end):
                continue  # "an armored Hummer": a thing of a make, not a person
            if ent.label_ == "PERSON":
                end = whole_name_end(doc, end)  # "Samia Suluhu [Hassan]", "Moon Jae-in"
            # An unknown longer name wrapped around a known one ("US Army CH-47 Chinook",
            # "multipolar BRICS+ group") yields to the known name inside it.
            # (the known names starting inside the entity, found by bisection)
            inside = [
                c
                for c in known[bisect_left(known_starts, start) : bisect_right(known_starts, end)]
                if c.end <= end and c.length < end - start
            ]
            if (
                inside
                and not self.kb.lookup(doc[start:end].text)
                and not (ent.label_ == "PERSON" and namesake(self.kb, doc, start, inside))
                # "police spokesman Abdifatah Aden": a city's name as a surname
                and not (ent.label_ == "PERSON" and all(c.source == "metonym" for c in inside))
                and not (ent.label_ == "ORG" and other_body(self.kb, doc, start, end, inside))
                and not (
                    ent.label_ == "ORG" and named_for_a_state(self.kb, doc, start, end, inside)
                )
                # "the Sudan Doctors' Committee": a body named with its country
                and not (ent.label_ == "ORG" and _body_of_a_country(self.kb, doc, start, end))
                and not (
                    ent.label_ == "PERSON"
                    and named_like_a_state(self.kb, doc, start, end, inside, self._common)
                )
            ):
                continue
            label = ent.label_
            if label == "PERSON" and end < len(doc) and doc[end].lower_ in _BODY_WORDS:
                label = "ORG"  # "the opposition Chadema party": a body's name, not a person's
            out.append(Reading(start, end, label, "ner"))
        return out

    def _nationality_lead(self, doc: Doc, start: int, limit: int) -> int:
        """How many words from ``start`` (before ``limit``) name a nationality: "Iraqi"
        is one, "Sri Lankan" two; 0 when none does."""
        for size in (3, 2, 1):
            if start + size <= limit and self.kb.agents.nationality(
                _span_text(doc, start, start + size)
            ):
                return size
        return 0

    @staticmethod
    def _capitalised_common(w: TokenTable, first: int, head: int) -> bool:
        """Whether a whole phrase of capitalised words names no one in particular: "The
        Government", "Both Ministers", "The US President" read as agents, as the
        recogniser finds no name in them (beyond a country)."""
        after = head + 1
        return (
            all(w.ent_type[i] in ("", "GPE", "NORP") for i in range(first, head + 1))
            and w.ent_type[head] == ""
            # "Prime Minister Mohammed al-Sudani": a title before a name is the name's
            and not (after < len(w.pos) and w.pos[after] == "PROPN")
        )

    def _common(self, word: str) -> bool:
        """A capitalised common word: an agent noun or a title ("Government", "Minister")."""
        return (
            word in _HONORIFICS
            or self.kb.agents.sectors_of(word) is not None
            or self.kb.agents.nationality(word) is not None
        )

    def _demonyms_only(self, text: str) -> bool:
        """Whether a phrase is only nationality and identity words ("Sri Lankan Tamil",
        "Iraqi Kurdish"), which the recogniser sometimes takes for a name."""
        words = text.split()
        agents = self.kb.agents
        while words:
            for size in (3, 2, 1):
                phrase = " ".join(words[:size])
                if len(words) >= size and (
                    agents.nationality(phrase) is not None
                    or normalize_alias(phrase) in agents.identities
                ):
                    words = words[size:]
                    break
            else:
                return False
        return True

    # ------------------------------------------------------------ resolution

    def _finish(
        self, doc: Doc, chosen: list[Reading], published: date | None
    ) -> list[ResolvedMention]:
        mentioned: dict[str, int] = {}  # actor id -> times seen in this document
        # (the actors named without doubt anywhere in it, and the agents' countries)
        later = [c.actor_ids[0] for c in chosen if c.actor_ids and len(c.actor_ids) == 1]
        later += [str(c.agent.ref()["id"]) for c in chosen if c.agent is not None]
        surnames: dict[str, str] = {}  # "fawaz" -> actor id (KB or provisional)
        provisional: dict[str, dict[str, Any]] = {}
        out: list[ResolvedMention] = []
        w = token_table(doc)
        for cand in chosen:
            if cand.end > cand.start:
                start_char = w.idx[cand.start]
                end_char = w.idx[cand.end - 1] + len(w.text[cand.end - 1])
                text = doc_text(doc)[start_char:end_char]  # doc[start:end].text, no Span made
            else:
                empty = doc[cand.start : cand.end]
                start_char, end_char, text = empty.start_char, empty.end_char, empty.text
            actor: dict[str, Any] | None = None
            source = cand.source
            label = cand.label
            if cand.agent is not None:
                # (a site acted upon stands for its holder; one that speaks or acts is
                # itself: "the Iraqi embassy said")
                acting = w.dep[cand.end - 1] == "nsubj"
                owner = None if acting else site_holder(self.kb, cand.agent)
                actor = owner.ref(text) if owner is not None else cand.agent.ref()
                actor["text"] = text
            elif cand.actor_ids:
                chosen_actor = disambiguate(
                    self.kb, cand.actor_ids, mentioned, label, later, _doing_violence(doc, cand)
                )
                actor = chosen_actor.ref(text)
                label = _LABELS[chosen_actor.type]
                kin = w.text[cand.start - 1] if cand.start > 0 else ""
                if chosen_actor.type == "person" and kin.lower() in _KIN_EPITHETS:
                    # "the elder Sadr", "the younger Bush": a relative of the one known by
                    # that name, not him; later bare "Sadr" is still the known one
                    name = f"{kin} {text}"
                    out.append(
                        ResolvedMention(
                            w.idx[cand.start - 1],
                            end_char,
                            name,
                            "PERSON",
                            {"id": f"~person:{slug_of(name)}", "name": name, "text": name,
                             "country": actor.get("country"), "sectors": [], "type": "person"},
                            "provisional",
                        )
                    )  # fmt: skip
                    continue
            elif label == "NORP":
                continue  # demonyms and groups of people: only as agents ("Iraqi lawmakers")
            else:
                if label in PLACE_LABELS and text.rsplit(None, 1)[-1].lower() in _BODY_HEADS:
                    label = "ORG"  # "the Green Party" tagged as a place: a body, by its head
                resolved, source = self._resolve_name(text, label, surnames, mentioned)
                # (a person's surname the recogniser took for a body, "Diallo, who heads
                # the party, …" after "Cellou Dalein Diallo", or that is also a town's)
                by_surname = label == "PERSON" or (label == "ORG" and " " not in text)
                surname_id = surnames.get(normalize_alias(text)) if by_surname else None
                if resolved is not None:
                    actor = resolved.ref(text)
                elif surname_id and surname_id in provisional:
                    actor = dict(provisional[surname_id], text=text)
                    source = "coref"
                elif label in PLACE_LABELS and label != "GPE":
                    continue  # a place (LOC/FAC): the geoparser's business
                elif label == "GPE":
                    continue  # an unknown town or region: a place, not an actor
                elif _is_place(text) or named_as_settlement(w, cand.start):
                    continue  # a town or site the recogniser took for a person or group
                elif label == "ORG" and text.rsplit(None, 1)[-1].lower() in DOCUMENT_WORDS:
                    continue  # "the Abraham Accords": an agreement, not a party to it
                elif text.lower() in WEAPON_NAMES:
                    continue  # "Three Katyusha rockets": a make of weapon, no one
                elif (outlet := media_actor(text)) is not None:
                    actor = outlet
                    source = "outlet"
                    label = "ORG"
                elif text.islower() and self.kb.agents.sectors_of(text) is not None:
                    continue  # "its coast guard", "the navy": an organ, read as an agent
                elif label in ("PERSON", "ORG"):
                    actor = provisional_actor(self.kb, w, cand.start, cand.end, label, text)
                    provisional.setdefault(str(actor["id"]), actor)
                    source = "provisional"
                else:
                    continue
            if actor is None:
                continue
            actor_id = str(actor["id"])
            mentioned[actor_id] = mentioned.get(actor_id, 0) + 1
            if actor.get("type") == "person":
                self._remember_person(doc[cand.start : cand.end], actor_id, surnames)
            out.append(ResolvedMention(start_char, end_char, text, label or "ORG", actor, source))
        return self._surname_pass(doc, chosen, out, surnames, provisional)

    def _surname_pass(
        self,
        doc: Doc,
        chosen: list[Reading],
        out: list[ResolvedMention],
        surnames: dict[str, str],
        provisional: dict[str, dict[str, Any]],
    ) -> list[ResolvedMention]:
        """Later bare surnames the recogniser missed ("… Fawaz thanked …")."""
        if not surnames:
            return out
        taken = {i for c in chosen for i in range(c.start, c.end)}
        first_seen: dict[str, int] = {}
        for mention in out:
            if mention.actor is not None:
                first_seen.setdefault(str(mention.actor["id"]), mention.start)
        extra: list[ResolvedMention] = []
        w = token_table(doc)
        pos, title, texts, offsets = w.pos, w.is_title, w.text, w.idx
        for i in range(len(doc)):
            if i in taken or pos[i] not in ("PROPN", "NOUN", "X") or not title[i]:
                continue
            text, idx = texts[i], offsets[i]
            actor_id = surnames.get(normalize_alias(text))
            if actor_id is None or first_seen.get(actor_id, len(doc_text(doc))) > idx:
                continue
            if actor_id in self.kb.actors:
                actor = self.kb.actors[actor_id].ref(text)
            elif actor_id in provisional:
                actor = dict(provisional[actor_id], text=text)
            else:
                continue
            extra.append(ResolvedMention(idx, idx + len(text), text, "PERSON", actor, "coref"))
        if not extra:
            return out
        return sorted(out + extra, key=lambda m: m.start)

    def _remember_person(self, span: Span, actor_id: str, surnames: dict[str, str]) -> None:
        words = [t.text for t in span if not t.is_punct and t.lower_.strip(".") not in _HONORIFICS]
        if len(words) >= 2:
            surnames.setdefault(normalize_alias(words[-1]), actor_id)
            # Arabic names: "Hajj Qassem", "Abu Mahdi" refer by the given name too.
            surnames.setdefault(normalize_alias(words[0]), actor_id)
        if words:
            surnames.setdefault(normalize_alias(" ".join(words)), actor_id)

    def _resolve_name(
        self, text: str, label: str, surnames: dict[str, str], mentioned: dict[str, int]
    ) -> tuple[Actor | None, str]:
        key = normalize_alias(text)
        if not key:
            return None, "ner"
        if key in surnames and surnames[key] in self.kb.actors:
            return self.kb.actors[surnames[key]], "coref"
        found = self.kb.lookup(text)
        if found:
            return disambiguate(self.kb, [a.id for a in found], mentioned, label), "ner"
        if label in ("PERSON", "ORG") and len(key) >= 5:
            fuzzy_id = fuzzy_actor_id(self.kb, key, self.fuzzy_cutoff)
            if fuzzy_id is not None:
                actor = self.kb.actors[fuzzy_id]
                if label != "PERSON" or actor.type == "person":
                    return actor, "fuzzy"
        return None, "ner"


if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("article_id"):
    Doc.set_extension("article_id", default=None)


@Language.factory(
    "annalyst_actors",
    default_config={"actor_files": [], "fuzzy_cutoff": 90.0},
)
def make_actor_resolver(
    nlp: Language, name: str, actor_files: list[str], fuzzy_cutoff: float
) -> ActorResolver:
    kb = (
        KnowledgeBase.load(extra=[Path(p) for p in actor_files])
        if actor_files
        else KnowledgeBase.load()
    )
    return ActorResolver(nlp, kb, fuzzy_cutoff=fuzzy_cutoff)
