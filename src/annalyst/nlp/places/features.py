"""Streets, roads, streams, lakes and parks found by the shape of their names, and
villages named by their kind ("the village of X"): no gazetteer lists them, so they are
placed later at the town the article puts them near."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annalyst.nlp.places.names import Form
from annalyst.nlp.places.proposals import NAME_LABELS, NO_HIT, Proposal, _text, _token_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_NAME_WORD = (
    r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|\d+(?:st|nd|rd|th))"
)
_DIRECTION_WORD = (
    r"(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Old|Upper|Lower"
    r"|N\.|S\.|E\.|W\.|N\.[EW]\.|S\.[EW]\.)\s)?"
)
_STREET_WORDS = (
    r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Pike"
    r"|Highway|Trail|Circle|Bypass|Expressway|Freeway|Turnpike|Trafficway|Terrace"
)
#: Streams, lakes, hills and islands reach beyond their town: placed only at a town named
#: close by (see :data:`NATURAL_REACH`).
_NATURAL_WORDS = frozenset(
    {
        "River",
        "Lake",
        "Valley",
        "Island",
        "Bay",
        "Forest",
        "Mountains",
        "Canyon",
        "Falls",
        "Mount",
        "Mt.",
    }
)
_FEATURE_WORDS = (
    r"River|Creek|Lake|Park|Wilderness|Valley|Island|Bay|Forest|Township|Airport|Dam"
    r"|Reservoir|Mountains|Canyon|Falls"
)
#: Named features: "Darby Street", "W. Bridge St.", "Flat Creek", "Lake Lanier", "Interstate 45".
_FEATURE = re.compile(
    rf"\b(?P<named>{_DIRECTION_WORD}{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}\s"
    rf"(?:{_STREET_WORDS}|{_FEATURE_WORDS}))(?![\w])"
    rf"|\b(?P<prefixed>(?:Lake|Mount|Mt\.|Fort|Camp)\s[A-Z][a-z]+)\b(?!['’])"
    r"|\b(?P<road>(?:Interstate(?:\sHighway)?|I-|U\.S\.(?:\sHighway)?|US-?|Highway|Hwy\.?"
    r"|State\s(?:Route|Highway|Road)|Route|County\sRoad)\s?\d{1,4}[A-Z]?)\b"
)
#: Words that end a street's name and no person's ("Wichita Drive", which small models
#: take for a person, is a street; "Robin Lake" and "Virginia Lane" may be people).
_STREET_SUFFIXES = frozenset(
    {
        "Street",
        "St.",
        "Avenue",
        "Ave.",
        "Drive",
        "Road",
        "Rd.",
        "Boulevard",
        "Blvd.",
        "Highway",
        "Parkway",
        "Pkwy.",
        "Pike",
        "Turnpike",
        "Trafficway",
        "Bypass",
        "Expressway",
        "Freeway",
    }
)
#: Words that start no feature's name ("The Street", "Wednesday Lake" are no names).
_NOT_NAME_START = frozenset(
    {
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "His",
        "Her",
        "Its",
        "Our",
        "Their",
        "In",
        "On",
        "At",
        "Of",
        "And",
        "Or",
        "But",
        "For",
        "From",
        "To",
        "By",
        "With",
        "City",
        "County",
        "State",
        "National",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Police",
        "When",
        "While",
        "After",
        "Before",
    }
)


def _feature_proposals(doc: Doc, ents: list[Span], ent_of: dict[int, int]) -> list[Proposal]:
    """Streets, roads, streams, lakes and parks by the shape of their names; they have no
    gazetteer entry and are placed at the town the article puts them in."""
    text = _text(doc)
    memo: list[list[int]] = []
    out = []
    for m in _FEATURE.finditer(text):
        start, end = m.span()
        words = m.group(0).split()
        while len(words) > 1 and words[0] in _NOT_NAME_START:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or m.group(0).isupper():
            continue
        found = _token_span(doc, start, end, memo)
        if found is None:
            continue
        a, b = found
        owners = {ent_of[t] for t in range(a, b) if t in ent_of}
        if any(
            ents[n].label_ == "PERSON"
            and (
                ents[n].start < a
                or ents[n].end > b
                or words[-1] not in _STREET_SUFFIXES
                or any(len(w) == 2 and w.endswith(".") for w in words[1:-1])
            )
            for n in owners
        ):
            continue  # "Virginia L. Lane", "Robin Lake": people ("Wichita Drive" is not)
        form: Form = "name"
        if any(
            ents[n].label_ in NAME_LABELS and (ents[n].start < a or ents[n].end > b) for n in owners
        ):
            form = "in-name"  # "Blackmon Road Middle School"
        natural = words[-1] in _NATURAL_WORDS or words[0] in _NATURAL_WORDS
        out.append(Proposal(a, b, NO_HIT, "feature", form, needs_context=natural))
    return out


#: A settlement named by the word for its kind: "the town of Beita", "the village of
#: Aita al-Shaab" (Arabic articles inside the name are lower case).
_SETTLEMENT = re.compile(
    r"\b(?P<kind>town|village|hamlet|camp|neighbourhood|neighborhood|suburb)\s+of\s+"
    r"(?P<name>(?:(?:Al|El|al|el)-)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
    r"(?:\s(?:(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|bani)-)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2})"
)


def settlement_proposals(doc: Doc, ents: list[Span], ent_of: dict[int, int]) -> list[Proposal]:
    """Settlements named after the word for their kind. Whatever the gazetteer knows by
    the name wins over these (see ``choice._select``); the rest are placed at a town or
    region the article names close by, or not at all."""
    text = _text(doc)
    memo: list[list[int]] = []
    out = []
    for m in _SETTLEMENT.finditer(text):
        found = _token_span(doc, *m.span("name"), memo)
        if found is None:
            continue
        a, b = found
        if m.group("kind") == "camp" and any(
            t in ent_of and ents[ent_of[t]].label_ == "PERSON" for t in range(a, b)
        ):
            continue  # "the camp of Abu Ali": a person's camp, not a place's name
        # (a village's Arabic name is often read as a person's: "the town of Aita al-Shaab")
        out.append(Proposal(a, b, NO_HIT, "feature", "name", needs_context=True, settlement=True))
    return out
