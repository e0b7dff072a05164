"""Places no gazetteer holds, named with the word for their kind: "the town of
Tinzaouatene", "the Allenby crossing", "the Nur Shams refugee camp", "the Sidakan
district of Erbil province".

Conflict news is told at crossings, checkpoints, barracks, villages and front lines far
below the half-thousand people a GeoNames populated place needs. Left out, such an act
has no place, or the country's, or that of a town named for another act of the
sentence. The word for the kind says the words are a place; the place that holds it
says where: a place named right after it ("… district of Erbil province", "the village
of Kaouara, in the Banamba district"), else the nearest place the same sentence names,
else the country a people's adjective of the sentence names, else a place the paragraph
named before. The record keeps the name the text gives, with the holder's country and
coordinates, the precision of its kind and no ``geonameid``: users can tell a
placed-by-holder record from a gazetteer entry by that null.

A name the gazetteer holds exactly once in the holder's country (a village the model
found no entity in: "the disputed Vorukh enclave") is that entry. A name the actor layer
reads as a known group ("a Hamas checkpoint"), a people's adjective ("the Kurdish
district"), a kind written in capitals as part of another name ("the Thames Valley
District") and words already placed whole are never proposed; a place found for only a
part of the name gives way to it ("Tell" in "the Tell Abar checkpoint")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from annalyst.nlp.places.disambiguate import ResolvedPlace
from annalyst.nlp.places.gazetteer import Candidate, Gazetteer
from annalyst.nlp.places.names import ARTICLES, KINDS_BEFORE_OF, Precision

# Words after a name that make it a place of that precision ("the Allenby crossing").
# (not "base", "camp", "headquarters", "office", "position": a group's name goes before
# them as often as a place's: "a Hezbollah base")
_KIND_AFTER: dict[str, Precision] = {
    "crossing": "site", "checkpoint": "site", "barracks": "site", "axis": "site",
    "junction": "site", "roundabout": "site", "airbase": "site", "airfield": "site",
    "airport": "site", "outpost": "site", "enclave": "county", "gap": "region",
    "corridor": "region", "valley": "region", "district": "county",
    "subdistrict": "county", "village": "city", "town": "city", "settlement": "city",
    "neighbourhood": "site", "neighborhood": "site", "suburb": "site",
    "township": "city", "governorate": "region", "province": "region", "island": "city",
}  # fmt: skip
_CAPITALISED_KINDS = frozenset({"gap", "crossing", "corridor", "checkpoint", "junction"})
# Entity labels a name can carry when the small model misreads it (a village read as
# a person, "Sidakan" as a people); a date, a number or a law is no place.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
_MAX_WORDS = 4
# How far (in words) after the phrase a holder named for it may start ("the village of
# Kaouara, in the Banamba district of …").
_HOLDER_REACH = 6


def with_unlisted_places(
    doc: Doc,
    gazetteer: Gazetteer,
    found: Sequence[ResolvedPlace],
    group_words: frozenset[str] = frozenset(),
) -> list[ResolvedPlace]:
    """``found`` with a record for each place named with its kind that it and the
    gazetteer lack, placed at the place that holds it (``found`` gives the holders), in
    text order. A place found for only a part of such a name gives way to it ("Tell"
    in "the Tell Abar checkpoint")."""
    holders = [r for r in found if r.candidate.precision != "continent"]
    fragments: set[int] = set()
    out: list[ResolvedPlace] = []
    for start, end, text, precision in _named_by_kind(doc):
        name_stop = end - 1 if doc[end - 1].lower_ in _KINDS else end
        if name_stop > start and doc[name_stop - 1].lower_ == "refugee":
            name_stop -= 1
        name_words = doc[start:name_stop].text  # (as written: "Al-Qaim", not "Al - Qaim")
        name_start = doc[start].idx
        name_end = _end_char(doc, end)
        overlapping = [
            r
            for r in found
            if r.form == "name" and r.start_char < name_end and name_start < r.end_char
        ]
        if any(len(r.text) >= len(name_words) for r in overlapping):
            continue  # (the gazetteer's own name: "in Erbil province")
        if (
            gazetteer.demonym_country(name_words) is not None
            or name_words.lower() in group_words
            # ("the Kurdish district": a people's adjective no country is named for)
            or all(t.tag_ == "JJ" for t in doc[start:end] if t.text.lower() not in _KINDS)
        ):
            continue
        holder = _holder(doc, start, end, [h for h in holders if h not in overlapping])
        listed = _listed_in(gazetteer, name_words, holder)
        if listed is not None:
            # (a village the model found no entity in: "the disputed Vorukh enclave")
            out.append(ResolvedPlace(name_start, name_end, text, listed))
            fragments.update(id(r) for r in overlapping)
            continue
        if holder is None:
            continue  # (a namesake elsewhere is no evidence: "the Allenby crossing")
        c = holder.candidate
        unlisted = Candidate(
            name=text,
            lat=c.lat,
            lon=c.lon,
            country=c.country,
            geonameid=None,
            precision=precision,
            population=0,
            kind="unlisted",
            source="feature",
        )
        out.append(ResolvedPlace(name_start, name_end, text, unlisted))
        fragments.update(id(r) for r in overlapping)
    kept = [r for r in found if id(r) not in fragments]
    return sorted([*kept, *out], key=lambda r: r.start_char)


_KINDS = frozenset(_KIND_AFTER) | frozenset(KINDS_BEFORE_OF)


def _end_char(doc: Doc, end: int) -> int:
    return doc[end - 1].idx + len(doc[end - 1])


def _listed_in(gazetteer: Gazetteer, name: str, holder: ResolvedPlace | None) -> Candidate | None:
    """The gazetteer's entry for ``name`` exactly, in the holder's country (the only
    entry when nothing holds the name)."""
    hit = gazetteer.lookup(name, fuzzy=False)
    if hit is None or hit.level != "exact":
        return None
    entries = [gazetteer.entry(i) for i in hit.indices]
    if holder is not None:
        entries = [e for e in entries if e.country == holder.candidate.country]
    return entries[0] if len(entries) == 1 else None


def _named_by_kind(doc: Doc) -> list[tuple[int, int, str, Precision]]:
    """Token ranges of names with their kind ("Allenby crossing", from "the Allenby
    crossing"; "Tinzaouatene", from "the town of Tinzaouatene"), the text to keep and
    the precision the kind gives."""
    found: list[tuple[int, int, str, Precision]] = []
    for word in doc:
        lower = word.lower_
        # ("the Nur Shams refugee camp": a camp of refugees is a place, not a group's)
        refugee_camp = lower == "camp" and word.i > 1 and doc[word.i - 1].lower_ == "refugee"
        kind_start = word.i - 1 if refugee_camp else word.i
        if (
            (lower in _KIND_AFTER or refugee_camp)
            and word.i > 0
            # (a kind in capitals is part of another name — "the Thames Valley District",
            # "Bloomfield Town" — save a few that name features: "the Suwalki Gap")
            and (word.text.islower() or lower in _CAPITALISED_KINDS)
            and word.dep_ != "compound"  # ("a school district office", "the Valley Freeway")
        ):
            start = kind_start
            while start > 0 and kind_start - start < _MAX_WORDS and _name_word(doc[start - 1]):
                start -= 1
            if start < kind_start and _proper(doc, start, kind_start):
                precision = _KIND_AFTER.get(lower, "site")
                found.append((start, word.i + 1, doc[start : word.i + 1].text, precision))
        if lower in KINDS_BEFORE_OF and word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of":
            end = first = word.i + 2
            while end < len(doc) and end - first < _MAX_WORDS and _name_word(doc[end]):
                end += 1
            if end > first and _proper(doc, first, end):
                found.append((first, end, doc[first:end].text, KINDS_BEFORE_OF[lower]))
    return found


def _name_word(word: object) -> bool:
    """A word of a place's name: capitalised, or an article joined to the next word
    ("Deir Qanoun al-Nahr")."""
    text = getattr(word, "text", "")
    if getattr(word, "ent_type_", "") not in _NAME_LABELS:
        return False
    bare = text.replace("-", "").replace("'", "")
    if not bare.isalpha():
        return text == "-"
    return text[:1].isupper() or text.split("-")[0].lower() in ARTICLES


def _proper(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a name: it starts with a capital that does not only
    open the sentence, and is no lone article or hyphen ("al-Salif" starts with its
    article in lower case)."""
    if doc[start].lower_ in ARTICLES and end - start >= 3 and doc[start + 1].text == "-":
        start += 2
    first = doc[start]
    if not first.text[:1].isupper() or first.text == "-" or doc[end - 1].text == "-":
        return False
    if first.is_sent_start and not any(t.text[:1].isupper() for t in doc[start + 1 : end]):
        return first.pos_ == "PROPN"
    return all(t.pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "X", "VERB") for t in doc[start:end])


def _holder(
    doc: Doc, start: int, end: int, holders: Sequence[ResolvedPlace]
) -> ResolvedPlace | None:
    """The place that holds the words at ``start:end``: one named right after them,
    else the nearest named in their sentence, else the country a people's adjective of
    the sentence names ("near the Algerian border"), else the last place named before
    them in their paragraph."""
    sent = doc[start].sent
    named = [r for r in holders if r.form == "name"]
    after_limit = doc[min(end + _HOLDER_REACH, len(doc) - 1)].idx
    after = [
        r
        for r in named
        if _end_char(doc, end) <= r.start_char <= after_limit and r.end_char <= sent.end_char
    ]
    if after:
        return min(after, key=lambda r: (_rank(r), r.start_char))
    for pool in (named, [r for r in holders if r.form == "adjective"]):
        inside = [r for r in pool if sent.start_char <= r.start_char < sent.end_char]
        if inside:
            return min(inside, key=lambda r: (_rank(r) >= 3, abs(r.start_char - doc[start].idx)))
    paragraph_start = doc.text.rfind("\n\n", 0, sent.start_char)
    before = [r for r in named if paragraph_start < r.start_char < sent.start_char]
    return before[-1] if before else None


def _rank(r: ResolvedPlace) -> int:
    """Finer places hold better: a district before its country."""
    return {"site": 0, "city": 1, "county": 2, "region": 3, "country": 4}.get(
        r.candidate.precision, 5
    )
