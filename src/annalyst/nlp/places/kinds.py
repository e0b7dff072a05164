"""Names placed by the words around them, where the model found no place or the wrong one:

* the word for their kind of place: "Ethiopia's Tigray region", "in Kunar province",
  "Kadisau village", "the village of Sotk" (:func:`named_by_kind`);
* a list of counties: "Butler, Warren and Clark counties" (:func:`division_lists`);
* a legislator's party and home town: "R-Elbow Lake" (:func:`home_towns`);
* the company of a small town: "in Euclid,", "a Sycamore family", "Grovetown police"
  (:func:`cued_names`), kept only when the document's countries support them.

The small English model often finds no entity in a region's or a village's name, or
calls it a person ("the Tigray region"); the word beside the name says what it is. A
name is proposed only when the gazetteer holds an entry of that kind under it (a region
for "province", a town for "village"), and only those entries are offered, so "Kunar
province" is the province and never a town of the same name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from annalyst.nlp.places.gazetteer import Gazetteer, Hit
from annalyst.nlp.places.names import SUFFIX_CLASS_OF_KIND
from annalyst.nlp.places.proposals import Proposal, _text, _token_span, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Lower-case words after a name, with the class of place they announce.
# (a district or a province is a first-level division in some countries, a second-level
# one in others: "the Shopian district" of India, "Maguindanao province" of the Philippines)
_AFTER: dict[str, frozenset[str]] = {
    "province": frozenset({"region", "county"}), "region": frozenset({"region"}),
    "governorate": frozenset({"region"}), "state": frozenset({"region"}),
    "district": frozenset({"region", "county"}), "oblast": frozenset({"region"}),
    "prefecture": frozenset({"region"}), "county": frozenset({"county"}),
    "regency": frozenset({"county"}), "municipality": frozenset({"county", "city"}),
    "village": frozenset({"city"}), "town": frozenset({"city"}), "city": frozenset({"city"}),
}  # fmt: skip
# The words for a division, with the classes of place they may mean ("the province").
DIVISION_PRECISIONS: dict[str, frozenset[str]] = {
    word: kinds for word, kinds in _AFTER.items() if "city" not in kinds
} | {"department": frozenset({"region", "county"})}
# Words before "of" and a name ("the village of Sotk", "the province of Kunar").
_BEFORE = frozenset({"village", "town", "city", "province", "region", "governorate", "district",
                     "regency", "municipality"})  # fmt: skip
# Entity labels a name placed by its kind may carry: none, or one the model mistook.
# (a people's adjective is turned away by its demonym: "the Kurdish region")
_MISTAKEN = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC", "NORP"})
_MAX_WORDS = 3


def named_by_kind(doc: Doc, gazetteer: Gazetteer, ents: list[Span]) -> list[Proposal]:
    """A proposal for each capitalised name right before a lower-case word for a kind of
    place, or right after "village of" and its kin, that the gazetteer holds as that kind."""
    w = _words(doc)
    texts, lowers = w.texts, w.lowers
    label = [""] * len(texts)
    for ent in ents:
        for t in range(ent.start, ent.end):
            label[t] = ent.label_

    def capitalised(i: int) -> bool:
        return texts[i][:1].isupper() and texts[i].replace("-", "").isalpha()

    out: list[Proposal] = []
    for i, word in enumerate(texts):
        spans: list[tuple[int, int, frozenset[str]]] = []
        kind = _AFTER.get(word)
        if kind is not None and i > 0:
            start = i
            while start > 0 and i - start < _MAX_WORDS and capitalised(start - 1):
                start -= 1
                if start > 1 and _hyphen_joined(doc, start - 1) and capitalised(start - 2):
                    start -= 2  # "the Gorno-Badakhshan region": one name
            if start < i and lowers[start] == "the":
                start += 1
            spans.append((start, i, kind))
        after_of = None
        if word in _BEFORE and i + 2 < len(texts) and lowers[i + 1] == "of":
            end = i + 2
            while end < len(texts) and end - (i + 2) < _MAX_WORDS and capitalised(end):
                end += 1
            after_of = (i + 2, end)
            if end >= len(texts) or texts[end] not in ("'s", "’s"):
                # (not an owner of the next name: "the Banamba district of Mali's
                # Koulikoro region" is no district called Mali)
                spans.append((i + 2, end, _AFTER[word]))
        for start, end, kind in spans:
            proposal = _proposal(doc, gazetteer, start, end, kind, label)
            if proposal is None and (start, end) == after_of:
                proposal = _inside_holder(doc, gazetteer, i, start, end, label)
            if proposal is not None:
                out.append(proposal)
    return out


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining the words on either side of it."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _inside_holder(
    doc: Doc, gazetteer: Gazetteer, kind_at: int, start: int, end: int, label: list[str]
) -> Proposal | None:
    """ "the southern Philippine province of Maguindanao", "the Port-au-Prince district
    of Martissant": a name no gazetteer holds lies in the country or the place the words
    before its kind name, and is placed there (at that place's precision) rather than
    nowhere."""
    if start >= end or any(label[t] not in _MISTAKEN for t in range(start, end)):
        return None
    text = doc[start:end].text
    if gazetteer.demonym_country(text) is not None or gazetteer.lookup(text, fuzzy=False):
        return None  # a people, or a place of another kind than the phrase says
    texts = _words(doc).texts
    qualifier = _capital_before(texts, kind_at)  # ("the southern Philippine province")
    if qualifier is None:
        return None
    holder_end = holder_start = qualifier + 1
    while holder_start > 0 and holder_end - holder_start < _MAX_WORDS + 2:
        hyphened = texts[holder_start - 1] == "-" or (
            holder_start > 1 and texts[holder_start - 2] == "-"
        )  # ("Port-au-Prince" comes in five tokens)
        if not (texts[holder_start - 1][:1].isupper() or hyphened):
            break
        holder_start -= 1
    holder = doc[holder_start:holder_end].text
    entry = gazetteer.adjective_entry(holder) if gazetteer.demonym_country(holder) else None
    if entry is not None:
        return Proposal(start, end, Hit((entry,), frozenset(), "exact"), "kind")
    hit = gazetteer.lookup(holder, fuzzy=False)
    if hit is None or hit.level != "exact":
        return None
    return Proposal(start, end, hit, "kind")


# Words between a people's adjective and the kind of place it qualifies ("the Syrian
# border town of", "the northern Nigerian city of").
_MAX_QUALIFIERS = 3


def narrowed_by_nationality(
    doc: Doc, gazetteer: Gazetteer, proposals: list[Proposal]
) -> list[Proposal]:
    """ "the Mozambican town of Palma": a name after a kind of place that a people's
    adjective qualifies keeps only that country's entries (Palma in Mozambique, not
    Palma de Mallorca), or the country itself when the gazetteer holds no such town."""
    w = _words(doc)
    lowers, texts = w.lowers, w.texts
    for n, p in enumerate(proposals):
        kind_at = p.start - 2
        if kind_at < 1 or lowers[p.start - 1] != "of" or lowers[kind_at] not in _BEFORE:
            continue
        country, entry = None, None
        t = _capital_before(texts, kind_at)
        if t is not None:
            country = gazetteer.demonym_country(texts[t])
            entry = gazetteer.adjective_entry(texts[t])
        if country is None or entry is None:
            continue
        countries = gazetteer.cols.countries
        kept = tuple(i for i in p.hit.indices if countries[i] == country)
        if len(kept) == len(p.hit.indices):
            continue
        if not kept and t is not None and lowers[t + 1] in ("border", "frontier"):
            continue  # "the Syrian border town of Al-Qaim": a town near that border, Iraq's
        # a town of that country the gazetteer does not know: in that country, not elsewhere
        kept = kept or (entry,)
        hit = replace(p.hit, indices=kept, alternate=p.hit.alternate & frozenset(kept))
        proposals[n] = replace(p, hit=hit)
    return proposals


def _capital_before(texts: list[str], kind_at: int) -> int | None:
    """The capitalised word among the few that qualify a word for a kind of place, past
    lower-case ones ("the northern Nigerian city of", "the Syrian border town of")."""
    for t in range(kind_at - 1, max(-1, kind_at - 1 - _MAX_QUALIFIERS), -1):
        if texts[t][:1].isupper():
            return t
    return None


_COMPASS = frozenset({"west", "east", "north", "south"})


def a_bloc(word_before: str, name: str) -> bool:
    """ "people in the West": a point of the compass after "the" names a part of the
    world or of a country, never the town of that name (West, Texas)."""
    return word_before.lower() == "the" and name.lower() in _COMPASS


def without_blocs(doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
    """The proposals that are no part of the world named by a point of the compass."""
    texts = _words(doc).texts
    return [
        p
        for p in proposals
        if not (p.end - p.start == 1 and p.start > 0 and a_bloc(texts[p.start - 1], texts[p.start]))
    ]


def _proposal(
    doc: Doc, gazetteer: Gazetteer, start: int, end: int, kinds: frozenset[str], label: list[str]
) -> Proposal | None:
    if start >= end or any(label[t] not in _MISTAKEN for t in range(start, end)):
        return None  # no name, or a people's ("the Kurdish region"): not a place's name
    text = doc[start:end].text
    if gazetteer.demonym_country(text) is not None:
        return None
    hit = gazetteer.lookup(text, fuzzy=False)
    if hit is None or hit.level != "exact":
        return None
    cols = gazetteer.cols
    wanted = tuple(
        i for i in hit.indices if SUFFIX_CLASS_OF_KIND.get(cols.kinds[i], cols.kinds[i]) in kinds
    )
    if not wanted:
        return None
    return Proposal(start, end, Hit(wanted, hit.alternate & frozenset(wanted), "exact"), "kind")


#: Words after a town's name that show it is one ("a Williston man", "Roselle police").
_AFTER_TOWN = frozenset(
    {
        "man",
        "woman",
        "men",
        "women",
        "resident",
        "residents",
        "native",
        "family",
        "teen",
        "teenager",
        "couple",
        "police",
        "mayor",
        "officials",
        "firefighters",
        "officers",
        "detectives",
        "council",
        "schools",
        "area",
        "home",
        "homes",
    }
)
_BEFORE_TOWN = frozenset({"in", "near", "outside"})


def cued_names(
    doc: Doc, gazetteer: Gazetteer, ent_of: dict[int, int], person_words: set[str]
) -> list[Proposal]:
    """Small towns the model found no entity in, shown to be places by the words around
    them ("in Euclid,", "a Sycamore family", "Grovetown police"): accepted only when the
    document's countries support them (``needs_context``)."""
    out: list[Proposal] = []
    w = _words(doc)
    texts, lowers, alpha = w.texts, w.lowers, w.alpha
    n = len(texts)
    i = 0
    while i < n:
        if i in ent_of or not texts[i][:1].isupper() or not alpha[i] or w.stop[i]:
            i += 1
            continue
        end = i + 1
        while end < n and end - i < 3 and texts[end][:1].isupper() and alpha[end]:
            end += 1
        before = lowers[i - 1] if i > 0 else ""
        after = lowers[end] if end < n else ""
        cued = after in _AFTER_TOWN or (before in _BEFORE_TOWN and (not after or w.punct[end]))
        if cued and not any(k in ent_of for k in range(i, end)) and lowers[i] not in person_words:
            hit = gazetteer.lookup(" ".join(texts[i:end]), fuzzy=False)
            if hit is not None and hit.level == "exact":
                primary = tuple(k for k in hit.indices if k not in hit.alternate)
                if primary:
                    out.append(
                        Proposal(
                            i, end, Hit(primary, frozenset(), "exact"), "entity", needs_context=True
                        )
                    )
        i = end
    return out


_DIVISION_PLURALS = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}
_LIST_JOINERS = frozenset({",", "and", "&", "or"})


def division_lists(doc: Doc, gazetteer: Gazetteer) -> list[Proposal]:
    """ "Butler, Warren and Clark counties": each name is a county (a county's bare name is
    otherwise a town's: Warren, Ohio is not Warren County)."""
    out: list[Proposal] = []
    w = _words(doc)
    texts, lowers = w.texts, w.lowers
    for i, lower in enumerate(lowers):
        word = _DIVISION_PLURALS.get(lower)
        if word is None:
            continue
        end = i
        while end > 0:
            start = end
            while start > 0 and texts[start - 1][:1].isupper() and end - start < 3:
                start -= 1
            if start == end:
                break
            hit = gazetteer.lookup(f"{doc[start:end].text} {word}", fuzzy=False)
            if hit is None or hit.level != "exact":
                break
            out.append(Proposal(start, end, hit, "division"))
            end = start
            if end > 0 and lowers[end - 1] in _LIST_JOINERS:
                end -= 1
                if end > 0 and texts[end - 1] == "," and lowers[end] != ",":
                    end -= 1  # the serial comma of ", and"
            else:
                break
    return out


#: A legislator's party and home town: "Rep. Jane Roe, R-Elbow Lake", "(D-Story City)".
_PARTY_TOWN = re.compile(r"(?<![\w-])(?:R|D|I|DFL)-(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")


def home_towns(doc: Doc, gazetteer: Gazetteer) -> list[Proposal]:
    out: list[Proposal] = []
    memo: list[list[int]] = []
    text = _text(doc)
    for m in _PARTY_TOWN.finditer(text):
        words = m.group("town").split()
        while words:  # "R-Elbow Lake said": the longest name the gazetteer knows
            end = m.start("town") + len(" ".join(words))
            found = _token_span(doc, m.start("town"), end, memo)
            hit = gazetteer.lookup(" ".join(words), fuzzy=False)
            if found is not None and hit is not None and hit.level == "exact":
                primary = tuple(i for i in hit.indices if i not in hit.alternate)
                if primary:
                    out.append(
                        Proposal(found[0], found[1], Hit(primary, frozenset(), "exact"), "division")
                    )
                break
            words = words[:-1]
    return out
