"""Who an argument word stands for.

Given the head word of an event's argument, find the actor it denotes and the words that
denote it (``text``, ``start``, ``end``: offsets into the document), in this order:

1. a relative pronoun stands for its antecedent ("the militia, which attacked …");
2. a personal pronoun for the actor it refers back to: the subject of a clause above it
   ("X denied that it had attacked"), else the nearest earlier actor of the right kind in
   the sentence, else the subject of the sentences before ("… The group said they …");
   the actor keeps its canonical name, ``text`` is the pronoun;
3. members act for their organisation ("Hezbollah fighters"), weapons for their state
   ("Israeli jets");
4. an actor mention on the word itself;
5. the owner of a facility ("the US base" → US military, "a police station" → police);
6. the owner of a thing that is not an actor: a possessor, a nationality or actor
   modifier, an "of"/"by" complement ("rejected Germany's proposal", "a Swiss-drafted
   resolution", "the request of the council", "the plan submitted by Qatar");
7. an actor mentioned inside the argument's own words ("the head of the delegation");
8. a person or group the lexicon does not name ("two ex-ministers", "a Chechen", "Swiss
   judges"): a provisional actor with the country and sectors its words give.

Anything else (a weapon, an idea, a place) stands for no actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.knowledge.actors import AgentLexicon
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.syntax import (
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    ancestors,
    conjuncts,
    logical_subjects,
)

# Facilities whose owner is the recipient ("the US base", "the Saudi embassy").
_FACILITIES = {
    "base": "MIL",
    "airbase": "MIL",
    "airfield": "MIL",
    "camp": "MIL",
    "barracks": "MIL",
    "convoy": "MIL",
    "position": "MIL",
    "outpost": "MIL",
    "garrison": "MIL",
    "headquarters": "MIL",
    "checkpoint": "MIL",
    "vehicle": "MIL",
    "patrol": "MIL",
    "post": "MIL",
    "station": "COP",
    "embassy": "GOV",
    "consulate": "GOV",
    "mission": "GOV",
    "compound": "GOV",
    "office": "GOV",
    "ministry": "GOV",
    "building": "GOV",
    "parliament": "LEG",
}
_MEMBERS = {
    "fighter",
    "militant",
    "member",
    "commando",
    "gunman",
    "unit",
    "force",
    "cadre",
    "operative",
    "soldier",
    "troop",
    "guard",
    "officer",
    "official",
    "leader",
    "commander",
    "supporter",
    "loyalist",
    "attacker",
    "bomber",
    "jihadist",
    "insurgent",
    "rebel",
}
_PLATFORMS = {
    "jet",
    "warplane",
    "aircraft",
    "plane",
    "drone",
    "bomber",
    "helicopter",
    "warship",
    "ship",
    "missile",
    "rocket",
    "artillery",
    "tank",
    "gunboat",
    "submarine",
    "fighter-bomber",
    "shelling",
    "fire",
}
# People and groups the agents lexicon does not list, by sector (singular lemmas).
_PEOPLE = {
    "man": "CVL",
    "woman": "CVL",
    "child": "CVL",
    "boy": "CVL",
    "girl": "CVL",
    "family": "CVL",
    "household": "CVL",
    "person": "CVL",
    "people": "CVL",
    "youth": "CVL",
    "teenager": "CVL",
    "victim": "CVL",
    "farmer": "CVL",
    "fisherman": "CVL",
    "pilgrim": "CVL",
    "tourist": "CVL",
    "passenger": "CVL",
    "national": "CVL",
    "citizen": "CVL",
    "court": "JUD",
    "tribunal": "JUD",
    "judge": "JUD",
    "prosecutor": "JUD",
    "ex-minister": "GOV",
    "politician": "GOV",
    "lawmaker": "LEG",
    "senator": "LEG",
    "deputy": "LEG",
    "activist": "OPP",
    "critic": "OPP",
    "dissident": "OPP",
    "opponent": "OPP",
    "hacker": "CRM",
    "smuggler": "CRM",
    "criminal": "CRM",
    "suspect": "CRM",
    "journalist": "MED",
    "reporter": "MED",
    "agency": "GOV",
    "watchdog": "NGO",
    "charity": "NGO",
    "organisation": "NGO",
    "organization": "NGO",
    "group": "REB",
    "faction": "REB",
    "cell": "REB",
    "union": "LAB",
    "company": "BUS",
    "firm": "BUS",
    "bank": "BUS",
    "exporter": "BUS",
    "donor": "GOV",
    "partner": "GOV",
    "ally": "GOV",
    "country": "GOV",
    "nation": "GOV",
    "state": "GOV",
    "government": "GOV",
    "counterpart": "GOV",
    "negotiator": "GOV",
    "council": "GOV",
    "committee": "GOV",
    "commission": "GOV",
    "board": "GOV",
    "assembly": "LEG",
    "congress": "LEG",
    "senate": "LEG",
    "legislature": "LEG",
    "party": "PTY",
    "movement": "OPP",
    "alliance": "GOV",
    "coalition": "GOV",
    "federation": "NGO",
    "association": "NGO",
    "institute": "NGO",
    "foundation": "NGO",
}
_HELD = re.compile(r"^(?P<owner>.+?)-(held|controlled|run|occupied|administered)$", re.I)
_WHERE_PREPS = {"in", "at", "near", "during", "inside", "outside", "across", "throughout", "on"}
_HOLDING = {"hold", "held", "control", "controlled", "run", "occupy", "occupied"}
_PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person"}
_NONPERSONAL = {"it", "its", "they", "them", "their"}
_OWNER_DEPS = ("poss", "compound", "amod", "nmod")


def _mention_index(doc: Doc, mentions: Sequence[ResolvedMention]) -> dict[int, ResolvedMention]:
    """Token index → the actor mention covering it."""
    index: dict[int, ResolvedMention] = {}
    for mention in mentions:
        if mention.actor is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            # The outer mention (a role phrase) wins over a name nested in it.
            index.setdefault(token.i, mention)
    return index


def _expand(token: Token) -> list[Token]:
    """A head with its coordinated conjuncts ("Iran and Iraq")."""
    return conjuncts(token)


def _resolve_args(
    tokens: Iterable[Token | None], mentions: dict[int, ResolvedMention]
) -> list[dict[str, Any]]:
    """The actors that argument heads stand for, once each, in order."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    done: set[int] = set()
    for token in tokens:
        if token is None:
            continue
        for head in _expand(token):
            if head.i in done:
                continue
            done.add(head.i)
            actor = _actor_for(head, mentions)
            if actor is None:
                continue
            for one in [actor, *actor.pop("also", [])]:
                # Generic actors of one kind may still be different people ("beheaded
                # three men and torched a boys' school"): their words tell them apart.
                key = str(one["id"])
                if key.startswith("~agent:"):
                    key = f"{key}@{one.get('start')}"
                if key not in seen:
                    seen.add(key)
                    out.append(one)
    return _without_titles(out)


def _without_titles(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a generic actor that is only the title of a named one next to it ("Libyan
    Prime Minister | Fayez al-Sarraj" when the parser splits the phrase)."""
    named = [a for a in actors if not str(a["id"]).startswith("~agent:")]
    if not named:
        return actors

    def beside(generic: dict[str, Any]) -> bool:
        start, end = generic.get("start"), generic.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            return False
        for other in named:
            o_start, o_end = other.get("start"), other.get("end")
            if (
                isinstance(o_start, int)
                and isinstance(o_end, int)
                and (0 <= o_start - end <= 2 or 0 <= start - o_end <= 3)
            ):
                return True
        return False

    return [a for a in actors if not (str(a["id"]).startswith("~agent:") and beside(a))]


def _with_words(actor: dict[str, Any], doc: Doc, start: int, end: int) -> dict[str, Any]:
    """An actor with the words (character offsets) that denote it here."""
    return dict(actor, text=_text(doc)[start:end], start=start, end=end)


def _text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins its tokens on every ``doc.text``."""
    cached = doc.user_data.get("annalyst.text")
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data["annalyst.text"] = cached
    return cached


def _from_mention(mention: ResolvedMention, doc: Doc) -> dict[str, Any]:
    assert mention.actor is not None
    return _with_words(mention.actor, doc, mention.start, mention.end)


def _token_words(actor: dict[str, Any], tokens: Sequence[Token]) -> dict[str, Any]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return _with_words(actor, first.doc, first.idx, last.idx + len(last.text))


_QUANTITIES = {
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "number",
    "lot",
    "score",
    "scores",
    "handful",
    "some",
    "many",
    "most",
    "several",
    "all",
    "both",
    "each",
    "none",
    "one",
    "two",
    "three",
    "group",
    "team",
    "delegation",
    "members",
    "member",
    "part",
    "majority",
}


def _actor_for(
    head: Token, mentions: dict[int, ResolvedMention], depth: int = 0
) -> dict[str, Any] | None:
    doc = head.doc
    if depth > 3:
        return None
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in ("relcl", "acl"):
        # "Soleimani and al-Muhandis, who were killed …": the relative's antecedent.
        antecedents = _expand(head.head.head)
        named = [
            a for a in (_actor_for(t, mentions, depth + 1) for t in antecedents) if a is not None
        ]
        return named[0] if len(named) == 1 else (dict(named[0], also=named[1:]) if named else None)
    if head.pos_ == "PRON" and head.lower_ not in ("some", "many", "most", "all", "both"):
        return _pronoun(head, mentions)
    if (head.lower_ in _QUANTITIES or head.pos_ == "NUM") and head.i not in mentions:
        # "dozens of fighters", "a number of parties": the people counted
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return _actor_for(pobj, mentions, depth + 1)
    # "Hezbollah fighters", "IRGC commandos": members act for the named organisation.
    lemma = head.lemma_.lower()
    for child in head.children:
        if child.dep_ in ("compound", "poss") and child.i in mentions:
            owner = mentions[child.i]
            if (
                owner.actor is not None
                and owner.actor.get("type") in ("organization", "group")
                and not str(owner.actor["id"]).startswith("~agent:")
                and lemma in _MEMBERS
            ):
                return _with_words(owner.actor, doc, owner.start, head.idx + len(head.text))
        if child.dep_ == "appos" and child.i in mentions and head.i not in mentions:
            # "his counterpart, Michel Aoun": the name in apposition
            appos = mentions[child.i]
            if appos.actor is not None:
                return _from_mention(appos, doc)
        if (
            child.dep_ == "poss"
            and child.pos_ == "PRON"
            and head.i not in mentions
            and not _is_person_noun(head)
        ):
            # "struck his residence": the owner the pronoun refers back to.
            owner_actor = _pronoun(child, mentions)
            if owner_actor is not None:
                return owner_actor
    mention = mentions.get(head.i)
    if mention is not None and mention.actor is not None:
        if str(mention.actor.get("id", "")).startswith("~agent:") and (
            lemma in _PLATFORMS or lemma in _MEMBERS
        ):
            # "its jets", "their fighters": the owner the pronoun refers back to
            owner_pron = next(
                (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None
            )
            if owner_pron is not None:
                referred = _pronoun(owner_pron, mentions)
                if referred is not None:
                    return _with_words(referred, doc, owner_pron.idx, head.idx + len(head))
        actor = _from_mention(mention, doc)
        # "Israeli jets", "American warplanes": weapons act for their state.
        if str(actor["id"]).startswith("~agent:") and lemma in _PLATFORMS and actor.get("country"):
            state = _state_for(str(actor["country"]))
            if state is not None:
                return _with_words(state, doc, mention.start, mention.end)
        return actor
    if head.ent_type_ in ("GPE", "LOC") and head.i not in mentions:
        # A country or capital named as a partner: its state ("sent aid to Nepal")
        state = _place_actor(head)
        if state is not None:
            return state
    owned = _owner(head, mentions, depth)
    if owned is not None:
        return owned
    if _is_person_noun(head) and head.lemma_.lower() not in _QUANTITIES:
        # "a court in Argentina", "Swiss judges": a group of its own, not the place
        own = _provisional(head)
        if own is not None:
            return own
    # A mention inside the argument's own words ("the head of the Iraqi delegation").
    for token in head.subtree:
        if token.i in mentions and abs(token.i - head.i) <= 6 and _same_phrase(token, head):
            inner = mentions[token.i]
            if inner.actor is not None:
                return _from_mention(inner, doc)
    return _provisional(head)


def _same_phrase(token: Token, head: Token) -> bool:
    """Whether a word belongs to a noun phrase itself, not to a clause inside it ("a
    statement urging North Korea …": North Korea is not the statement's)."""
    current = token
    while current.i != head.i:
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("relcl", "acl", "advcl"):
            return False
        if current.dep_ == "prep" and current.lower_ in _WHERE_PREPS:
            return False  # "the agreement in Sudan": where, not whose
        if current.head.i == current.i:
            return False
        current = current.head
    return True


def _owner(head: Token, mentions: dict[int, ResolvedMention], depth: int) -> dict[str, Any] | None:
    """The actor that owns a facility or a thing: "the US base", "Germany's plan"."""
    doc = head.doc
    facility = _FACILITIES.get(head.lemma_.lower())
    for child in head.children:
        if child.dep_ not in _OWNER_DEPS:
            continue
        if child.i in mentions:
            owner = mentions[child.i]
            if owner.actor is None:
                continue
            if facility and owner.actor.get("type") == "state":
                country = owner.actor.get("country")
                generic = {
                    "id": f"~agent:{country}:{facility.lower()}",
                    "name": f"{owner.text} {head.text}",
                    "country": country,
                    "sectors": [facility],
                    "type": "group",
                }
                return _with_words(generic, doc, owner.start, head.idx + len(head.text))
            return _from_mention(owner, doc)
        held = _HELD.match(child.text)
        if held is not None:
            # "the rebel-held enclave": the holders are the ones on the receiving end.
            return _generic(
                held.group("owner"), [child], head, sectors=(facility,) if facility else None
            )
        if child.lemma_.lower() in _HOLDING:
            holders = [c for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if holders:  # "rebel - held", tokenised apart
                return _generic(holders[0].text, [holders[0], child], head)
        if (
            child.dep_ in ("poss", "compound")
            and child.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
        ):
            # "the Croatian government's request": a possessor the resolver left unnamed
            # (not "his country's support": that is the speaker's own)
            inner = _actor_for(child, mentions, depth + 1)
            if inner is not None:
                return inner
        nationality = _agents().nationality(child.text) if child.dep_ != "poss" else None
        if (
            nationality is not None
            and nationality.country
            and child.i < head.i
            and not _is_person_noun(head)
        ):
            if facility:
                generic = {
                    "id": f"~agent:{nationality.country}:{facility.lower()}",
                    "name": f"{child.text} {head.text}",
                    "country": nationality.country,
                    "sectors": [facility],
                    "type": "group",
                }
                return _token_words(generic, [child, head])
            state = _state_for(nationality.country)
            if state is not None:  # "a Swiss proposal": Switzerland's
                return _token_words(state, [child])
        if facility:
            sectors = _agents().sectors_of(child.text)
            if sectors and child.i < head.i:  # "the army camp", "a police station"
                return _generic(child.text, [child, head], head, sectors=sectors)
    if head.pos_ in ("NOUN", "PROPN") and not _is_person_noun(head):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if pobj.i in mentions:
                        return _from_mention(mentions[pobj.i], doc)
                    # "a ban on imports of Egyptian products": whose the thing is
                    inner = _actor_for(pobj, mentions, depth + 1)
                    if inner is not None:
                        return inner
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # "the proposal submitted by Qatar"
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ != "pobj":
                                continue
                            if pobj.i in mentions:
                                return _from_mention(mentions[pobj.i], doc)
                            inner = _actor_for(pobj, mentions, depth + 1)
                            if inner is not None:
                                return inner
    return None


def _is_person_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (
        lemma in _PEOPLE
        or _agents().sectors_of(token.text) is not None
        or _agents().sectors_of(lemma) is not None
    )


def _provisional(head: Token) -> dict[str, Any] | None:
    """A person or group the knowledge base does not name: "two ex-ministers"."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return None
    lemma = head.lemma_.lower()
    sectors = _agents().sectors_of(head.text) or _agents().sectors_of(lemma)
    if sectors is None and lemma in _PEOPLE:
        sectors = (_PEOPLE[lemma],)
    nationality = _agents().nationality(head.text) if head.ent_type_ == "NORP" else None
    if sectors is None and nationality is None:
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "predet")]
    words = [t for t in words if t.i >= min(w.i for w in words if w.dep_ != "punct")]
    return _generic(" ".join(t.text for t in words) or head.text, words or [head], head, sectors)


def _generic(
    words: str,
    tokens: Sequence[Token],
    head: Token,
    sectors: Sequence[str] | None = None,
) -> dict[str, Any]:
    """A generic actor for a phrase: the agents lexicon reads country and sectors."""
    match = _agents().parse(words)
    country = match.country if match else None
    if match and match.sectors:
        sectors = match.sectors
    if country is None:
        for token in tokens:
            for child in [token, *token.children]:
                nationality = _agents().nationality(child.text)
                if nationality is not None and nationality.country:
                    country = nationality.country
                    break
            if country:
                break
    if country is None:
        # "a court in Argentina", "officials from Peru"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                        state = _place_actor(pobj)
                        if state is not None and state.get("country"):
                            country = str(state["country"])
    sector_list = list(sectors or [])
    if not sector_list:
        lemma = head.lemma_.lower()
        if lemma in _PEOPLE:
            sector_list = [_PEOPLE[lemma]]
        elif words.casefold().startswith(("rebel", "militant", "insurgent", "opposition")):
            sector_list = ["REB"]
    place = country or "x"
    sector = "-".join(s.lower() for s in sector_list) or head.lemma_.lower()
    actor = {
        "id": f"~agent:{place}:{sector}",
        "name": words,
        "country": country,
        "sectors": sector_list,
        "type": "group",
    }
    return _token_words(actor, tokens)


def _pronoun(pronoun: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The actor a personal pronoun refers back to; ``text`` stays the pronoun."""
    low = pronoun.lower_
    if low not in _PERSONAL and low not in _NONPERSONAL:
        return None
    wanted = "person" if low in _PERSONAL else None

    def fits(mention: ResolvedMention) -> bool:
        kind = (mention.actor or {}).get("type")
        if wanted == "person":
            return kind == "person"
        return kind != "person" or low in ("they", "them", "their")

    def found(mention: ResolvedMention) -> dict[str, Any]:
        assert mention.actor is not None
        actor = _with_words(mention.actor, pronoun.doc, pronoun.idx, pronoun.idx + len(pronoun))
        # Where the antecedent is named, so that readers can follow the reference.
        return dict(actor, ref_start=mention.start, ref_end=mention.end)

    # An object pronoun is not its own clause's subject ("Trump called Erdogan and urged
    # him"): that one would be "himself".
    as_object = pronoun.dep_ in ("dobj", "obj", "dative", "pobj")
    own_subjects: set[int] = set()
    if as_object:
        verb = next((a for a in ancestors(pronoun, 3) if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            own_subjects = {t.i for t in logical_subjects(verb)}
            own_subjects |= {
                i for t in list(own_subjects) for i in _span_of(mentions, t, pronoun.doc)
            }
    # "X denied that it had attacked …": the subject of a clause above.
    for ancestor in [] if as_object else ancestors(pronoun):
        for child in ancestor.children:
            if child.dep_ in SUBJECT_DEPS and child.i != pronoun.i and child.i in mentions:
                mention = mentions[child.i]
                if mention.actor is not None and fits(mention) and child.i < pronoun.i:
                    return found(mention)
    sent = pronoun.sent
    earlier = [
        mentions[i]
        for i in range(pronoun.i - 1, sent.start - 1, -1)
        if i in mentions and mentions[i].actor is not None and i not in own_subjects
    ]
    for mention in earlier:
        if fits(mention):
            return found(mention)
    # The subjects of the sentences before, nearest first.
    for previous in _previous_sentences(sent, 2):
        for token in previous:
            if token.dep_ in SUBJECT_DEPS | {"nsubjpass"} and token.i in mentions:
                mention = mentions[token.i]
                if mention.actor is not None and fits(mention):
                    return found(mention)
    return None


def _span_of(mentions: dict[int, ResolvedMention], index: int, doc: Doc) -> set[int]:
    """Every token of the mention that covers a token."""
    mention = mentions.get(index)
    if mention is None:
        return set()
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def _previous_sentences(sent: Span, count: int) -> list[Span]:
    out: list[Span] = []
    doc = sent.doc
    start = sent.start
    while len(out) < count and start > 0:
        previous = doc[start - 1].sent
        if "\n\n" in _text(doc)[previous.end_char : sent.start_char]:
            break  # a new paragraph starts a new thread
        out.append(previous)
        start = previous.start
    return out


def _place_actor(token: Token, *, capitals: bool = True) -> dict[str, Any] | None:
    """The state a country's (or, with ``capitals``, a capital's) name stands for."""
    from annalyst.knowledge.actors import KnowledgeBase

    doc = token.doc
    start, end = token.i, token.i + 1
    if token.ent_type_:
        # the whole entity the token is in, read off the IOB tags
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    words = doc[start:end]
    text = words.text.removeprefix("the ").removeprefix("The ")
    kb = KnowledgeBase.load()
    found = [a for a in kb.lookup(text) if a.type == "state"]
    actor = found[0] if found else (kb.metonym_of(text) if capitals else None)
    if actor is None:
        return None
    return _with_words(actor.ref(), doc, words.start_char, words.end_char)


def _state_for(country: str) -> dict[str, Any] | None:
    state = _states().get(country)
    return dict(state) if state is not None else None


@lru_cache(maxsize=1)
def _states() -> dict[str, dict[str, Any]]:
    from annalyst.knowledge.actors import KnowledgeBase

    return {
        str(a.country): a.ref()
        for a in KnowledgeBase.load().actors.values()
        if a.type == "state" and a.country
    }


@lru_cache(maxsize=1)
def _agents() -> AgentLexicon:
    return AgentLexicon.load()
