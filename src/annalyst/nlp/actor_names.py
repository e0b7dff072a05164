"""Names the entity recogniser missed.

The small English pipeline tags most names, but it leaves some proper nouns untagged
even where they plainly name who acts or is acted upon: "Papandreou agreed to resign",
"the rebels will release Pablo Emilio Moncayo", "Hezb-e-Islami threatened to shell the
airfield". A run of proper nouns that no entity, knowledge-base name or agent covers and
that fills a role in its clause (subject, object, object of a preposition, possessor,
conjunct, apposition) is read here as a name, so that the actor layer can resolve it or
make it a provisional actor.

The kind of name is guessed from its form, since nothing else tells it: an acronym
("ICE") or a hyphenated compound ("Hezb-e-Islami") is an organisation, anything else a
person. Words that only look like names are left out: titles and agent nouns written
with capitals ("the Government", "Minister"), months and days, and places the gazetteer
knows under that very name, and names in quotation marks (operations, campaigns).
It also tells when a candidate name is a place's ("Ain al-Asad", "Camp Victory").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.nlp.actor_words import ACTOR_LABELS, DOCUMENT_WORDS, HOLDER_TITLES, slug_of
from annalyst.nlp.tokentable import TokenTable, token_table

# Clause roles in which an untagged proper noun is taken for a name.
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative"})
# Words glued inside a name ("Hezb-e-Islami", "Abu Bakr al-Baghdadi").
_GLUE = frozenset({"-", "e", "al", "el", "bin", "ibn", "de", "da", "van", "von"})
# Capitalised words that are not names: months, days and feasts; titles; words for a
# polity or a body written with a capital ("the US Empire", "Head of the PMU").
_NOT_NAMES = HOLDER_TITLES | frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday ramadan eid ashura
    muharram christmas easter passover hanukkah nowruz diwali mayor king queen prince
    princess emperor pope speaker premier chancellor empire republic kingdom state union
    nation regime government administration ministry council court army force forces
    front party movement coalition alliance resistance revolution authority authorities
    operation region axis conference spring summit initiative forum program programme
    project plan affairs prophet saint""".split()  # noqa: SIM905
)
# Words that link the parts of a longer name ("Plan of Action", "Ministry for Women").
_NAME_LINKS = frozenset({"of", "for", "and", "&"})
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})


def unrecognised_names(
    doc: Doc,
    taken: set[int],
    is_common: Callable[[str], bool],
    is_place: Callable[[str], bool],
) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of names no entity covers. ``taken`` holds the
    tokens other candidates already cover; ``is_common`` tells a capitalised common noun
    or title ("Government", "Minister"); ``is_place`` a place's name."""
    w = token_table(doc)
    out: list[tuple[int, int, str]] = []
    i = 0
    n = len(doc)
    while i < n:
        if w.pos[i] != "PROPN" or w.ent_type[i] or i in taken:
            i += 1
            continue
        start = i
        end = i + 1
        while end < n and not w.ent_type[end] and end not in taken:
            if w.pos[end] == "PROPN":
                end += 1
            elif w.lower[end] in _GLUE and end + 1 < n and w.pos[end + 1] == "PROPN":
                end += 2
            else:
                break
        i = end
        label = _label(w.text[start:end])
        # the name's head: its word that hangs outside it
        head = next((k for k in range(start, end) if not start <= w.head[k] < end), end - 1)
        if label is None or w.dep[head] not in _ROLES:
            continue
        if label == "PERSON" and any(
            w.dep[c] in ("det", "amod") and c < start for c in w.children[head]
        ):
            continue  # "an armored Hummer": a thing of a make, not a person
        words = [w.lower[k] for k in range(start, end) if w.pos[k] == "PROPN"]
        if (
            any(word in _NOT_NAMES or word in DOCUMENT_WORDS for word in words)
            or all(is_common(x) for x in words)
            or w.tag[end - 1] == "NNPS"  # "Muslims", "Holy Sites": kinds, not one name
            or _inside_longer_name(w, start, end)
        ):
            continue
        if start > 0 and w.text[start - 1] in _OPENING_QUOTES:
            continue  # "the battle of the ‘Sword of Jerusalem’": a name given to a thing
        text = doc[start:end].text
        if is_place(text):
            continue
        out.append((start, end, label))
    out.extend(_titled_bodies(w, taken | {k for s, e, _ in out for k in range(s, e)}))
    return out


# Function words that a name of a body writes with a capital ("Action Against Hunger",
# "Doctors Without Borders", "Campaign For Peace").
_TITLED_LINKS = frozenset({"against", "without", "for", "of", "and", "in", "on"})


def _titled_bodies(w: TokenTable, taken: set[int]) -> list[tuple[int, int, str]]:
    """Bodies named by capitalised words around a capitalised preposition, which the
    recogniser often misses: "Action Against Hunger says it …". A preposition written
    with a capital inside a sentence marks a title; the name is every capitalised word
    around it."""
    out: list[tuple[int, int, str]] = []
    n = len(w.text)
    for i in range(1, n - 1):
        if (
            w.lower[i] not in _TITLED_LINKS
            or not w.is_title[i]
            or w.sent_start[i] == 1
            or not (w.is_title[i - 1] and w.is_title[i + 1])
        ):
            continue
        start, end = i - 1, i + 2
        while start > 0 and w.is_title[start - 1] and w.sent_start[start] != 1:
            start -= 1
        while end < n and w.is_title[end] and w.sent_start[end] != 1:
            end += 1
        words = [w.lower[k] for k in range(start, end)]
        if (
            any(k in taken or w.ent_type[k] for k in range(start, end))
            or any(word in DOCUMENT_WORDS for word in words)
            or end - start > 6
        ):
            continue
        if any(w.dep[k] in _ROLES and not start <= w.head[k] < end for k in range(start, end)):
            out.append((start, end, "ORG"))
    return out


def _inside_longer_name(w: TokenTable, start: int, end: int) -> bool:
    """Whether the run is a piece of a longer capitalised name the recogniser cut up
    ("Joint Comprehensive Plan | of | Action")."""
    n = len(w.text)
    before = start - 1
    linked_before = w.lower[before] in _NAME_LINKS and before > 0 and w.is_title[before - 1]
    if before >= 0 and w.sent_start[start] != 1 and (w.is_title[before] or linked_before):
        return True
    if end < n:
        if w.is_title[end] and w.sent_start[end] != 1:
            return True
        if w.lower[end] in _NAME_LINKS and end + 1 < n and w.is_title[end + 1]:
            return True
    return False


def _label(words: list[str]) -> str | None:
    """PERSON or ORG by the name's form, or None when the words do not look like a name."""
    if "-" in words or any("-" in x for x in words):
        return "ORG"
    names = [x for x in words if x.lower() not in _GLUE]
    if len(names) == 1 and names[0].isupper() and 2 <= len(names[0]) <= 6:
        return "ORG"  # an acronym
    if len(names) == 1 and len(names[0]) < 4:
        return None  # "Ur", "Al": too short to tell from a place or a word
    if all(x[:1].isupper() and x[1:].islower() and x.isalpha() for x in names):
        return "PERSON"
    return None


def after_indefinite(doc: Doc, start: int, end: int | None = None) -> bool:
    """Whether "a" or "an" (across adjectives) comes right before a word: a name after
    it is a make or a kind ("an armored Hummer"), not a person. So is a lone name that
    heads a phrase opened by "the" ("exploded in the Hummer he was traveling in"; not
    "the Assad government", where the name tells whose)."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    if i >= 0 and doc[i].lower_ in ("a", "an"):
        return True
    return (
        end == start + 1
        and start > 0
        and doc[start - 1].lower_ == "the"
        and doc[start].dep_ not in ("compound", "poss", "nmod", "amod", "appos")
    )


_NAME_GLUE = {"al", "el", "-", "ad", "as", "ash", "an", "ar", "az", "bin", "ibn", "abu", "'", "’"}


def _ends_place_name(doc: Doc, start: int, end: int) -> bool:
    """ "Ain al-Asad", "Camp Victory": the candidate is the tail of a known place's name."""
    w = token_table(doc)
    title, alpha, lower = w.is_title, w.is_alpha, w.lower
    for k in range(1, 5):
        first = start - k
        if first < 0:
            return False
        if not (title[first] and alpha[first] and not w.is_stop[first]):
            continue
        if all(
            (title[j] and alpha[j]) or lower[j] in _NAME_GLUE for j in range(first, start)
        ) and _is_place(doc[first:end].text):
            return True
    return False


@lru_cache(maxsize=20_000)
def _is_place(text: str) -> bool:
    """A name the gazetteer knows as a place under that very name."""
    from annalyst.nlp.places import Gazetteer, normalize_name

    key = normalize_name(text)
    if not key:
        return False
    for cand in Gazetteer.load().candidates(text):
        name = normalize_name(cand.name)
        if name == key or name.startswith(key + " "):
            return cand.source != "geonames" or cand.precision != "city" or cand.population >= 5000
        if cand.source != "geonames" and len(key) >= 6 and fuzz.partial_ratio(key, name) >= 88:
            return True  # a curated place reached through one of its spellings
    return False


def state_country(kb: KnowledgeBase, name: str) -> str | None:
    """The country of the state a name stands for ("Chile", "Sudan"), or None."""
    states = [a for a in kb.lookup(name) if a.type == "state" and a.country]
    return states[0].country if states else None


def title_country(kb: KnowledgeBase, w: TokenTable, start: int) -> str | None:
    """The country of the title set right before a person's name: "Serbia's president",
    "the Iranian foreign minister", "Kenyan opposition leader"."""
    i = start - 1
    titled = False
    while (
        i >= 0
        and start - i <= 4
        and (w.lower[i] in HOLDER_TITLES or kb.agents.sectors_of(w.lower[i]) is not None)
    ):
        titled = True
        i -= 1
    if not titled or i < 0:
        return None
    if w.tag[i] == "POS" and i > 0:
        return state_country(kb, w.text[i - 1])
    nationality = kb.agents.nationality(w.text[i])
    return nationality.country if nationality is not None else None


# Last words of the names of bodies called after their country ("the Sudan Doctors'
# Committee", "the Kenya Medical Association").
_BODY_TAILS = {"committee", "association", "union", "council", "federation", "syndicate",
               "network", "league", "society", "commission", "institute", "foundation"}  # fmt: skip


def leading_state(kb: KnowledgeBase, w: TokenTable, start: int, end: int) -> str | None:
    """The country of a state whose name or nationality opens a name ("the Sudan Doctors'
    Committee", "the Nigerian Defence Ministry")."""
    while start < end and w.lower[start] == "the":
        start += 1
    for size in (3, 2, 1):
        if start + size < end:
            words = " ".join(w.text[start : start + size])
            country = state_country(kb, words)
            if country is None and (nationality := kb.agents.nationality(words)) is not None:
                country = nationality.country
            if country is not None:
                return country
    return None


def _body_of_a_country(kb: KnowledgeBase, doc: Doc, start: int, end: int) -> bool:
    """Whether an organisation's name is a country's name, then words of its own ending
    in a word for a body."""
    w = token_table(doc)
    return (
        end - start >= 3
        and w.lower[end - 1] in _BODY_TAILS
        and leading_state(kb, w, start, end) is not None
    )


def whole_name_end(doc: Doc, end: int) -> int:
    """The end of a person's name whose last word the recogniser left out, though the parse
    hangs the name on it ("President Samia Suluhu Hassan promised")."""
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].ent_type_ in ("", "PERSON")
    ):
        end += 1
    if (
        end + 1 < len(doc)
        and doc[end - 1].whitespace_ == ""
        and doc[end].text == "-"
        and doc[end].whitespace_ == ""
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and len(doc[end + 1]) <= 3
    ):
        end += 2  # "Moon Jae-in": a hyphenated given name the recogniser cut at its hyphen
    return end


def provisional_actor(
    kb: KnowledgeBase, w: TokenTable, start: int, end: int, label: str, text: str
) -> dict[str, Any]:
    """An actor for a person's or a body's name the knowledge base does not hold, with
    the country its words give: "Serbia's president Aleksandar Vucic" is of his title's
    country, "the Sudan Doctors' Committee" of Sudan."""
    return {
        "id": f"~{ACTOR_LABELS[label]}:{slug_of(text)}",
        "name": text,
        "text": text,
        "country": title_country(kb, w, start)
        if label == "PERSON"
        else leading_state(kb, w, start, end),
        "sectors": [],
        "type": ACTOR_LABELS[label],
    }
