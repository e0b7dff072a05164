"""Finding place mentions in a parsed document (before choosing which place each one is).

Mentions come from these sources, each a :class:`Proposal` over tokens:

* the GPE, LOC and FAC entities the spaCy model found;
* gazetteer names the model missed or mislabelled (small English models call Erbil an
  ORG and Aleppo a NORP), found by a matcher over lower-case token tuples whose hits must
  keep the capitals of the name as the gazetteer writes it;
* names placed by the word for their kind of place ("the Tigray region", "the village
  of Sotk"), which the model often misses (``kinds.py``);
* towns the model called a person or an organisation, or found no entity in, shown to
  be places by their company ("Alexandria police", "a Sycamore family", "in Euclid,"),
  and offices named after their county ("Anderson County Sheriff Tom Reyes"): kept only
  when the document's countries support them;
* datelines in capitals at the start of a paragraph or after the date ("DENVER (AP) —",
  "SALEM, Ore. —", "March 3, 2009 NEWARK --"), which the acronym filter would otherwise
  drop;
* AP-style abbreviations of states and provinces ("Ore.", "N.S.", "W.Va."); those that
  are also ordinary words ("Mass.", "Ind.") only right after "Town,";
* names placed by their company: each name of a list of counties ("Butler, Warren and
  Clark counties") is a county, and a legislator's home town ("R-Elbow Lake") a town;
* demonyms and adjectives ("Norwegian troops", "Ohioans"), emitted as their place with
  form ``adjective``;
* streets, roads, parks and streams by the shape of their names ("W. Bridge St.", "Flat
  Creek", "Interstate 45"), which no gazetteer lists: placed later at their town.

A mention whose name starts with a word it left out ("St. Paris", "West Chester") takes
the whole name when the gazetteer knows it; "St." and "Mt." stand for "Saint" and
"Mount". A place name inside the name of an organisation, a facility or an event ("Ohio
State Highway Patrol", "Statistics Norway") is kept with form ``in-name``; inside a
person's name ("Israel Katz") it is dropped, and so is a name followed by "said" that
the model did not call a place. Overlapping proposals give way to the longest; a street
takes the place of a town's name inside it, never of a state's ("Ohio Turnpike" keeps
Ohio).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from annalyst.nlp.places.choice import _select
from annalyst.nlp.places.cities_as_people import cities_named_as_people
from annalyst.nlp.places.features import _feature_proposals, settlement_proposals
from annalyst.nlp.places.gazetteer import Gazetteer, Hit
from annalyst.nlp.places.kinds import (
    cued_names,
    division_lists,
    home_towns,
    named_by_kind,
    narrowed_by_nationality,
    without_blocs,
)
from annalyst.nlp.places.names import DIRECTIONS, Form, normalize_name
from annalyst.nlp.places.proposals import (
    NAME_LABELS,
    Proposal,
    _text,
    _token_span,
    _words,
)
from annalyst.nlp.tokentable import doc_text, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Entity labels whose spans are place mentions.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels that never hide a place (numbers and times).
IGNORED_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", ""}
)

_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint", "abd", "de", "van", "von", "le"})
_TRIM_LEADING = frozenset({"the", "The", "THE"})
# A dateline: a paragraph (or the sentence after a headline) opening in capitals, maybe a
# state, then "(Agency)" or a dash.
_DATELINE = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[.!?] )|(?<=\b\d{4} ))"
    r"(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})"
    r"(?:(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?"
    r"[ \t]*(?:\(|—|–|--| - |:)|, (?P<abbr>[A-Z][a-z]{1,4}\.(?: ?[A-Z][a-z]?\.)?) (?=[A-Z]))"
)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", quotes and a trailing possessive or punctuation from a span."""
    w = token_table(doc)
    texts, punct, lowers = w.text, w.is_punct, w.lower
    while start < end and (texts[start] in _TRIM_LEADING or punct[start]):
        start += 1
    while end > start and (punct[end - 1] or lowers[end - 1] in ("'s", "’s", "'", "’")):
        end -= 1
    return start, end


def _span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the document's text (no Span, no Tokens made)."""
    if end <= start:
        return ""
    w = token_table(doc)
    return doc_text(doc)[w.idx[start] : w.idx[end - 1] + len(w.text[end - 1])]


def _case_ok(
    doc: Doc, start: int, end: int, terms: tuple[tuple[tuple[bool, ...], bool], ...]
) -> bool:
    """Whether the tokens ``start:end`` have the capitals one of the terms asks for."""
    w = token_table(doc)
    texts, alpha = w.text, w.is_alpha
    for mask, acronym in terms:
        if acronym:
            if all(not alpha[i] or texts[i].isupper() for i in range(start, end)):
                return True
            continue
        if len(mask) == end - start and all(
            not need or texts[i][:1].isupper()
            for need, i in zip(mask, range(start, end), strict=True)
        ):
            return True
    return False


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """A span in capitals while the words around it are not (an acronym, not a headline)."""
    w = token_table(doc)
    texts = w.text
    letters = [c for i in range(start, end) for c in texts[i] if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    alpha = w.is_alpha
    around = [
        i
        for i in range(max(0, start - 4), min(w.n, end + 4))
        if alpha[i] and len(texts[i]) > 1 and not (start <= i < end)
    ]
    upper = sum(1 for i in around if texts[i].isupper())
    return not around or upper * 2 < len(around)


def _single(i: int) -> Hit:
    return Hit((i,), frozenset(), "exact")


@lru_cache(maxsize=4)
def _abbreviation_pattern(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    if not keys:
        return None
    parts = []
    for abbr in sorted(keys, key=len, reverse=True):
        # "W.Va." is also written "W. Va."; a sentence-final one loses nothing
        if abbr.endswith("."):
            parts.append(r"\.\s?".join(re.escape(p) for p in abbr[:-1].split(".")) + r"\.")
        else:
            parts.append(re.escape(abbr))
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")


@dataclass
class Found:
    """The mentions of a document and what else the finder learnt about it."""

    proposals: list[Proposal]
    peoples: Counter[str]  # countries whose peoples the text names ("Iraqi officials")
    person_starts: set[int]  # first tokens of people's names


def find_proposals(doc: Doc, gazetteer: Gazetteer) -> Found:
    """Every candidate mention of ``doc``, without overlaps, in text order."""
    ents = [e for e in token_table(doc).ents if e.label_ not in IGNORED_LABELS]
    ent_of: dict[int, int] = {}
    for n, ent in enumerate(ents):
        for t in range(ent.start, ent.end):
            ent_of[t] = n
    person_starts = {ent.start for ent in ents if ent.label_ == "PERSON"}

    # Words of people's names ("Qassem Soleimani" -> soleimani) are not places on their own.
    person_words: set[str] = set()
    for ent in ents:
        if (
            ent.label_ == "PERSON"
            and len(ent) >= 2
            and gazetteer.lookup(ent.text, fuzzy=False) is None
        ):
            person_words.update(
                t.lower_
                for t in ent
                if t.is_alpha and t.lower_ not in _PARTICLES and not gazetteer.is_curated(t.text)
            )

    datelines = _datelines(doc)
    proposals: list[Proposal] = []
    resolved_ents: set[int] = set()
    w = token_table(doc)
    lowers = w.lower
    for n, ent in enumerate(ents):
        if ent.label_ not in PLACE_LABELS:
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        if end - start == 1 and lowers[start] in person_words:
            continue
        text = _span_text(doc, start, end)
        if text.islower():
            continue  # "metro", "downtown": words, not names
        if (
            _shouted(doc, start, end)
            and normalize_name(text) not in gazetteer.acronyms
            and start not in datelines
        ):
            continue  # "SANA", "ISNA": an acronym, not a place written in capitals
        hit = gazetteer.lookup(text, weak=True)
        if hit is None and lowers[start] in DIRECTIONS and end - start > 1:
            # "eastern Syria": the mention is of Syria; never a centroid for "eastern Syria"
            inner = gazetteer.lookup(_span_text(doc, start + 1, end), weak=True, fuzzy=False)
            if inner is not None:
                start, hit = start + 1, inner
        if hit is None:
            continue
        proposals.append(Proposal(start, end, hit, "ner"))
        resolved_ents.add(n)

    covered: set[int] = set()
    matches = list(_matches(doc, gazetteer))
    for start, end in matches:
        covered.update(range(start, end))
    for start, end in matches:
        if end - start == 1 and lowers[start] in person_words:
            continue
        text = _span_text(doc, start, end)
        if gazetteer.is_not_place(text):
            continue
        acronym = normalize_name(text) in gazetteer.acronyms
        if _shouted(doc, start, end) and not acronym and start not in datelines:
            continue
        numbers = sorted({ent_of[t] for t in range(start, end) if t in ent_of})
        overlapping = [ents[n] for n in numbers]
        form = _form_among_entities(doc, start, end, overlapping, numbers, resolved_ents, covered)
        if form is None:
            continue
        if any(e.label_ == "PERSON" for e in overlapping) and _speaker(doc, start, end):
            continue  # "Jordan said", the model calling it a person: a speaker
        hit = gazetteer.lookup(text, weak=False, fuzzy=False)
        if hit is None:
            continue
        # A span spaCy calls a person or a people, named only by an alternate spelling
        # ("Misrata", "Kiryat Shmona"): a place only if its country is in the context.
        primary = any(i not in hit.alternate for i in hit.indices)
        doubtful = any(e.label_ in ("PERSON", "NORP") for e in overlapping) and not primary
        curated = gazetteer.is_curated(text)
        common_word = (
            not overlapping and end - start == 1 and (w.pos[start] != "PROPN" or w.is_stop[start])
        )
        if common_word and not curated and start not in datelines:
            continue  # "Nice", "Reading", "Mobile" as ordinary words
        start, end = _trim(doc, start, end)  # "the Gulf" -> "Gulf"
        if start < end:
            proposals.append(Proposal(start, end, hit, "matcher", form, needs_context=doubtful))

    proposals += _names_in_other_entities(doc, gazetteer, ents, resolved_ents, person_words)
    proposals += cities_named_as_people(doc, gazetteer, ents)
    proposals += _dateline_proposals(doc, gazetteer, datelines)
    proposals += _abbreviation_proposals(doc, gazetteer, ents, ent_of)
    adjectives, peoples = _adjective_proposals(doc, gazetteer, ents, ent_of)
    proposals += adjectives
    proposals = _widened(doc, gazetteer, proposals)
    proposals += division_lists(doc, gazetteer)
    proposals += home_towns(doc, gazetteer)
    proposals += cued_names(doc, gazetteer, ent_of, person_words)
    proposals += named_by_kind(doc, gazetteer, ents)
    proposals += _feature_proposals(doc, ents, ent_of)
    proposals += settlement_proposals(doc, ents, ent_of)
    chosen = without_blocs(doc, _select(_outlets_are_names(doc, proposals), gazetteer))
    return Found(narrowed_by_nationality(doc, gazetteer, chosen), peoples, person_starts)


#: Words a place's name may start with that the name found after them may lack.
_NAME_OPENERS = frozenset(
    {
        "st.",
        "st",
        "ste.",
        "saint",
        "mt.",
        "mt",
        "mount",
        "ft.",
        "ft",
        "fort",
        "port",
        "lake",
        "east",
        "west",
        "north",
        "south",
        "new",
        "old",
        "upper",
        "lower",
        "la",
        "el",
    }
)


def _widened(doc: Doc, gazetteer: Gazetteer, proposals: list[Proposal]) -> list[Proposal]:
    """ "St. Paris", "Mt. Pleasant", "West Chester": a place whose name starts with a word
    the mention left out, when the gazetteer knows the whole name."""
    for p in proposals:
        if p.start == 0 or p.source in ("adjective", "abbreviation"):
            continue
        before = doc[p.start - 1]
        if before.lower_ not in _NAME_OPENERS or not before.text[:1].isupper():
            continue
        hit = gazetteer.lookup(doc[p.start - 1 : p.end].text, fuzzy=False)
        if hit is not None and hit.level == "exact":
            p.start, p.hit = p.start - 1, hit
    return proposals


def _matches(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Token spans whose lower-case words are a matcher term with the right capitals."""
    first, terms = gazetteer.matcher.first, gazetteer.matcher.terms
    lowers = _words(doc).lowers
    out = []
    for i, word in enumerate(lowers):
        longest = first.get(word)
        if longest is None:
            continue
        for n in range(min(longest, len(lowers) - i), 0, -1):
            found = terms.get(tuple(lowers[i : i + n]))
            if found and _case_ok(doc, i, i + n, found):
                out.append((i, i + n))
    return out


def _datelines(doc: Doc) -> dict[int, int]:
    """Token start -> end of the place of each capitalised dateline."""
    out: dict[int, int] = {}
    memo: list[list[int]] = []
    for m in _DATELINE.finditer(_text(doc)):
        place = m.group("place")
        if len(place) < 3 or place in ("AP", "UPI", "AFP", "CNN", "BBC"):
            continue
        found = _token_span(doc, m.start("place"), m.end("place"), memo)
        if found is not None:
            out[found[0]] = found[1]
    return out


#: Words that end the name of an organisation or a building: what precedes them may be a town.
_INSTITUTION_WORDS = frozenset(
    {
        "police",
        "sheriff",
        "fire",
        "county",
        "city",
        "town",
        "village",
        "school",
        "schools",
        "high",
        "middle",
        "elementary",
        "university",
        "college",
        "hospital",
        "council",
        "chamber",
        "department",
        "board",
        "library",
        "church",
        "club",
        "community",
        "area",
        "district",
        "township",
        "municipal",
        "public",
        "regional",
        "memorial",
        "state",
        "times",
        "news",
        "herald",
        "post",
        "press",
        "courier",
        "gazette",
        "journal",
        "tribune",
        "daily",
        "observer",
        "record",
        "register",
        "mayor",
        "airport",
        "center",
        "centre",
    }
)


#: Verbs after a name that make it a speaker (for names the model did not call places).
_SPEECH_VERBS = frozenset(
    {"say", "tell", "note", "add", "explain", "ask", "write", "recall", "repeat", "reply"}
)


def _speaker(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start:end`` are the subject of a verb of saying right after
    them ("Meredith said"; not "a worker in Umm Qasr said")."""
    if end >= len(doc) or doc[end].lemma_ not in _SPEECH_VERBS:
        return False
    return any(t.dep_ == "nsubj" and t.head.i == end for t in doc[start:end])


#: Offices named after their town or county ("Anderson County Sheriff Greg Taylor", which
#: small models take for one person's name).
_OFFICE_WORDS = frozenset(
    {
        "sheriff",
        "mayor",
        "police",
        "fire",
        "chief",
        "commissioner",
        "commissioners",
        "judge",
        "coroner",
        "superintendent",
        "attorney",
        "prosecutor",
        "councilman",
        "councilwoman",
        "council",
        "parks",
        "schools",
        "school",
        "clerk",
        "treasurer",
        "assessor",
        "constable",
        "marshal",
        "township",
        "city",
    }
)


_BEFORE_PLACE = frozenset({"in", "at", "near", "from", "to", "outside", "around", "of", "across"})
_AFTER_PLACE = frozenset(
    {
        "police",
        "man",
        "woman",
        "men",
        "women",
        "resident",
        "residents",
        "area",
        "city",
        "officials",
        "mayor",
        "council",
        "school",
        "schools",
        "county",
        "native",
        "family",
        "teen",
        "girl",
        "boy",
        "couple",
        "home",
        "homes",
        "business",
        "businesses",
        "'s",
        "’s",
    }
)


def _placelike(doc: Doc, i: int) -> bool:
    """Whether the words around token ``i`` treat it as a place ("in X", "an X man", "X, Ohio")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if before in _BEFORE_PLACE or after in _AFTER_PLACE:
        return True
    return after == "," and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()


#: Bodies whose one-word names are also the names of small towns somewhere.
_INSTITUTIONS = frozenset(
    {
        "congress",
        "senate",
        "parliament",
        "house",
        "government",
        "court",
        "army",
        "navy",
        "police",
        "union",
        "state",
        "federal",
        "national",
        "continental",
        "republic",
        "assembly",
        "cabinet",
        "ministry",
        "pentagon",
        "kremlin",
        "council",
        "commission",
    }
)


#: Lower-case words a place's name may hold between its capitalised ones.
_INNER_WORDS = frozenset({"of", "de", "la", "'s", "’s"})


def _names_in_other_entities(
    doc: Doc,
    gazetteer: Gazetteer,
    ents: list[Span],
    resolved_ents: set[int],
    person_words: set[str],
) -> list[Proposal]:
    """Small towns the model called a person, an organisation or a people ("Alexandria
    police", "DeKalb man"), and towns opening an institution's name ("DeKalb Police"):
    accepted only when the document's countries support them (``needs_context``)."""
    out = []
    for n, ent in enumerate(ents):
        if (
            n in resolved_ents
            or ent.label_ in PLACE_LABELS
            or ent.label_ not in ("PERSON", "ORG", "NORP", "FAC")
        ):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end or not doc[start].text[:1].isupper():
            continue
        office = ent.label_ == "PERSON" and any(
            doc[t].lower_ in _OFFICE_WORDS for t in range(start + 1, min(end, start + 4))
        )
        if (
            ent.label_ == "PERSON"
            and not office
            and (end - start > 1 or doc[start].lower_ in person_words)
        ):
            continue  # a full name, or the surname of one
        if (
            end - start == 1
            and not _placelike(doc, start)
            and (doc[start].lower_ in person_words or _speaker(doc, start, end))
        ):
            continue  # "Hughes said": the surname of someone the article names
        if end - start == 1 and (
            (doc[start].pos_ != "PROPN" and not _placelike(doc, start))
            or doc[start].lower_ in _INSTITUTIONS
            or (ent.label_ == "PERSON" and not _placelike(doc, start))
        ):
            continue  # "Lincoln said": a single name needs a place's company
        if (
            end < len(doc)
            and doc[end].is_alpha
            and doc[end].text[:1].isupper()
            and doc[end].lower_ not in _AFTER_PLACE
            and not office
            and ent.label_ in ("PERSON", "NORP")
        ):
            continue  # "Meadow" of "Meadow Grove": the name goes on
        spans: list[tuple[int, int, Form]] = [] if office else [(start, end, "name")]
        if ent.label_ in ("ORG", "FAC") or office:
            # "Henry County Sheriff's Office": the longest name before an institution's word
            enders = _OFFICE_WORDS if office else _INSTITUTION_WORDS
            cuts = [c for c in range(start + 1, min(end, start + 4)) if doc[c].lower_ in enders]
            spans += [(start, cut, "in-name") for cut in reversed(cuts)]
        for a, b, form in spans:
            words = doc[a:b]
            # ("Cox's Bazar": a possessive inside the name)
            if not all(t.text[:1].isupper() or t.lower_ in _INNER_WORDS for t in words):
                continue
            if normalize_name(words.text) in gazetteer.not_places:
                continue
            hit = gazetteer.lookup(words.text, fuzzy=False)
            if hit is None or hit.level != "exact" or all(i in hit.alternate for i in hit.indices):
                continue
            primary = tuple(i for i in hit.indices if i not in hit.alternate)
            out.append(
                Proposal(
                    a, b, Hit(primary, frozenset(), "exact"), "entity", form, needs_context=True
                )
            )
            break
    return out


def _dateline_proposals(
    doc: Doc, gazetteer: Gazetteer, datelines: dict[int, int]
) -> list[Proposal]:
    out = []
    for start, end in datelines.items():
        start, end = _trim(doc, start, end)
        if start >= end:
            continue
        hit = gazetteer.lookup(doc[start:end].text.title(), fuzzy=False)
        if hit is not None:
            out.append(Proposal(start, end, hit, "dateline"))
    return out


def _abbreviation_proposals(
    doc: Doc, gazetteer: Gazetteer, ents: list[Span], ent_of: dict[int, int]
) -> list[Proposal]:
    pattern = _abbreviation_pattern(tuple(gazetteer.abbreviations))
    if pattern is None:
        return []
    out = []
    memo: list[list[int]] = []
    compact = {k.replace(" ", ""): v for k, v in gazetteer.abbreviations.items()}
    text = _text(doc)
    for m in pattern.finditer(text):
        entry, loose = compact.get(m.group(0).replace(" ", ""), (None, True))
        if entry is None:
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        after_town = before == ", " and m.start() >= 3 and text[m.start() - 3].isalpha()
        if loose and not after_town:
            continue  # "Mass." and "Ind." are words too: only "Worcester, Mass." counts
        found = _token_span(doc, m.start(), m.end(), memo)
        if found is None:
            continue
        span = doc[found[0] : found[1]]
        numbers = {ent_of[t] for t in range(span.start, span.end) if t in ent_of}
        form: Form = "name"
        if any(ents[n].label_ in NAME_LABELS and len(ents[n]) > len(span) for n in numbers):
            form = "in-name"
        out.append(Proposal(span.start, span.end, _single(entry), "abbreviation", form))
    return out


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _adjective_first_words(gazetteer: Gazetteer) -> frozenset[str]:
    """First words of the demonyms: most tokens are ruled out without normalising them."""
    words = _FIRST_WORDS.get(id(gazetteer))
    if words is None:
        words = frozenset(key.split()[0] for key in gazetteer.adjectives)
        _FIRST_WORDS[id(gazetteer)] = words
    return words


def _adjective_proposals(
    doc: Doc, gazetteer: Gazetteer, ents: list[Span], ent_of: dict[int, int]
) -> tuple[list[Proposal], Counter[str]]:
    """ "Norwegian", "Sri Lankan", "Ohioans": the place whose people or things they name."""
    out: list[Proposal] = []
    peoples: Counter[str] = Counter()
    first = _adjective_first_words(gazetteer)
    w = _words(doc)
    i, n = 0, len(w.lowers)
    while i < n:
        if w.lowers[i] not in first or not w.texts[i][:1].isupper():
            i += 1
            continue
        for width in (3, 2, 1):
            if i + width > n:
                continue
            if width > 1 and not all(w.texts[t][:1].isupper() for t in range(i, i + width)):
                continue
            text = _span_text(doc, i, i + width)
            entry = gazetteer.adjective_entry(text)
            if entry is None:
                continue
            if text.isupper() and len(text) > 3 and not _headline(doc, i):
                continue
            persons = [
                ents[ent_of[t]]
                for t in range(i, i + width)
                if t in ent_of and ents[ent_of[t]].label_ == "PERSON"
            ]
            if any(len(e) > width for e in persons):
                break  # "Chris French": a surname that looks like a people
            country = gazetteer.cols.countries[entry]
            if country and gazetteer.cols.kinds[entry] == "country":
                peoples[country] += 1
            inside = any(
                ents[ent_of[t]].label_ in NAME_LABELS - {"NORP"} and len(ents[ent_of[t]]) > width
                for t in range(i, i + width)
                if t in ent_of
            )
            form: Form = "in-name" if inside else "adjective"  # "American Legion"
            out.append(Proposal(i, i + width, _single(entry), "adjective", form))
            i += width - 1
            break
        i += 1
    return out, peoples


def _headline(doc: Doc, i: int) -> bool:
    """Whether the words around token ``i`` are in capitals too (a headline or dateline)."""
    around = [t for t in doc[max(0, i - 3) : i + 4] if t.is_alpha and len(t) > 1 and t.i != i]
    return bool(around) and sum(t.text.isupper() for t in around) * 2 >= len(around)


def _form_among_entities(
    doc: Doc,
    start: int,
    end: int,
    overlapping: list[Span],
    numbers: list[int],
    resolved_ents: set[int],
    covered: set[int],
) -> Form | None:
    """How a gazetteer match stands next to the entities spaCy found (None: not a place)."""
    form: Form = "name"
    for n, ent in zip(numbers, overlapping, strict=True):
        ent_start, ent_end = _trim(doc, ent.start, ent.end)  # "the Bab el-Mandeb"
        inside = ent_start <= start and end <= ent_end
        exact = ent_start == start and ent_end == end
        if ent.label_ in PLACE_LABELS:
            if inside and n in resolved_ents:
                return None  # the NER span already covers it
            continue
        if exact:
            continue  # a mislabelled place ("Erbil" as ORG); demonyms never resolve
        if inside and _list_of_places(ent, covered):
            continue  # "Raqqa, Qamishli" or "Kyiv and Odesa" taken for one name
        if inside:
            # a place name inside another name: reported as such ("Washington Institute"),
            # but a possessive stays a place ("Iraq's Popular Mobilization Units")
            nxt = doc[end] if end < len(doc) else None
            possessive = nxt is not None and nxt.lower_ in ("'s", "’s") and start == ent_start
            if ent.label_ == "PERSON":
                return None  # "Israel Katz"
            if not possessive:
                form = "in-name"
        elif ent.label_ == "PERSON" and not (start <= ent.start and ent.end <= end):
            return None  # crosses a person's name
    return form


def _list_of_places(ent: Span, covered: set[int]) -> bool:
    """An entity made only of gazetteer names, commas and "and"."""
    joiners = 0
    for t in ent:
        if t.i in covered:
            continue
        if t.is_punct or t.lower_ in ("and", "or", "&"):
            joiners += 1
            continue
        return False
    return joiners > 0


def _outlet_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of news-outlet names (empty if the registry is unavailable)."""
    try:
        from annalyst.knowledge.outlets import default_registry

        return [(s, e) for _o, s, e in default_registry().find_in_text(text)]
    except (ImportError, OSError, ValueError):  # the registry is an optional refinement
        return []


def _outlets_are_names(doc: Doc, proposals: list[Proposal]) -> list[Proposal]:
    """A place inside the name of a news outlet ("Baghdad Today", "Kurdistan 24") is in-name."""
    outlets = _outlet_spans(_text(doc))
    if not outlets:
        return proposals
    w = token_table(doc)
    for p in proposals:
        if p.end > p.start:
            a, b = w.idx[p.start], w.idx[p.end - 1] + len(w.text[p.end - 1])
        else:
            span = doc[p.start : p.end]
            a, b = span.start_char, span.end_char
        if any(s <= a and b <= e and (e - s > b - a or p.source == "matcher") for s, e in outlets):
            p.form = "in-name"
    return proposals
