"""Reading bylines, bare author lines and outlet statements.

`authors` holds people only. Desk, staff, agency and outlet bylines ("By News
Desk", "By Staff, Agencies", "By Al Mayadeen English") set the byline and, where
an outlet is named, the outlet, but never become authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from annalyst.ingest.dates import find_date


class OutletLookup(Protocol):
    """What the byline reader needs from the outlet registry."""

    def canonical(self, name: str) -> str | None: ...

    def find_names(self, text: str) -> list[str]: ...

    def is_agency(self, name: str) -> bool: ...


# Words that mark a byline as a desk, a staff credit or a wire, not a person.
_DESK_WORDS = re.compile(
    r"\b(?:news\s*desk|desk|staff|agenc(?:y|ies)|editorial|editors?|bureau|team|newsroom|"
    r"correspondents?|reporters?|wires?|web\s*desk|online|contributors?|admin|administrator|"
    r"press\s+office|media\s+office|english|arabic|french)\b",
    re.IGNORECASE,
)
# Job titles that may trail a person's name in a byline.
_ROLE_TAIL = re.compile(
    r",?\s*[-–—]?\s*\b(?:managing|senior|chief|executive|deputy|associate|contributing|special|"
    r"political|foreign|staff|guest)?\s*(?:editor|writer|correspondent|reporter|analyst|"
    r"columnist|journalist|researcher|contributor)\b.*$",
    re.IGNORECASE,
)
_FOR_OUTLET = re.compile(r"\s+(?:for|from|at|with)\s+(?P<outlet>(?:the\s+)?[A-Z][\w’'.\- ]+)$")
_NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "abd",
    "abdul",
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "bint",
    "ben",
    "ould",
    "y",
    "mac",
    "st",
    "st.",
}
_ARABIC_NAME = re.compile(r"^[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+){1,4}$")
# Arabic job words (writer, journalist, analyst, researcher, correspondent, editor, agency…)
_ARABIC_ROLE = re.compile(r"كاتب|صحفي|صحافي|محلل|باحث|مراسل|محرر|وكالة|رئيس|مدير|أستاذ")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|و)\s*")


@dataclass
class Byline:
    """What a byline line says."""

    text: str
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    date: str | None = None
    is_desk: bool = False


def looks_like_person(name: str) -> bool:
    """True for a plausible personal name: 2–5 capitalised words (particles allowed)."""
    name = name.strip(" .,-–—\t")
    if not name or any(ch.isdigit() for ch in name) or len(name) > 60:
        return False
    if _ARABIC_NAME.match(name):
        return not _ARABIC_ROLE.search(name)
    tokens = name.replace("’", "'").split()
    if not 2 <= len(tokens) <= 5:
        return False
    if _DESK_WORDS.search(name):
        return False
    capitalised = 0
    for token in tokens:
        bare = token.strip(".,'")
        lowered = bare.lower()
        parts = re.split(r"[-']", lowered)
        if lowered in _NAME_PARTICLES or parts[0] in _NAME_PARTICLES:
            continue
        if not bare[:1].isupper():
            return False
        if len(bare) > 1 and bare.isupper() and len(bare) > 3:
            return False  # an all-caps word is an acronym, not a name
        capitalised += 1
    return capitalised >= 1 and len(tokens) - capitalised <= 2


def _strip_date(text: str) -> tuple[str, str | None]:
    found = find_date(text)
    if found is None:
        return text, None
    text = (text[: found.start] + " " + text[found.end :]).strip(" -–—,|")
    return text, found.iso


def parse_byline(text: str, outlets: OutletLookup | None) -> Byline:
    """Read a byline such as `By Zaher Mousa`, `ByNews Desk-` or `By X, Managing Editor -March 7, 2021`."""
    line = text.strip()
    rest = re.sub(r"^by(?:\s+|(?=[A-Z]))", "", line, flags=re.IGNORECASE).strip()
    rest, iso = _strip_date(rest)
    rest = rest.strip(" -–—|,")
    result = Byline(text=line, date=iso)
    for_outlet = _FOR_OUTLET.search(rest)
    if for_outlet:
        result.outlet = _outlet_name(for_outlet["outlet"], outlets)
        rest = rest[: for_outlet.start()].strip()
    if outlets is not None:
        whole = outlets.canonical(rest) or outlets.canonical(
            re.sub(r"\s+english$", "", rest, flags=re.I)
        )
        if whole:
            result.outlet = whole
            result.is_desk = True
            return result
        named = outlets.find_names(rest)
        if named and not looks_like_person(rest):
            result.outlet = result.outlet or named[0]
            result.is_desk = True
            return result
    without_role = _ROLE_TAIL.sub("", rest).strip(" -–—,")
    if without_role != rest and looks_like_person(without_role):
        rest = without_role
    if _DESK_WORDS.search(rest):
        result.is_desk = True
        return result
    names = [n for n in _SPLIT_NAMES.split(rest) if n.strip()]
    people = [n.strip() for n in names if looks_like_person(n)]
    if people and len(people) == len(names):
        result.authors = people
    elif looks_like_person(rest):
        result.authors = [rest]
    else:
        result.is_desk = True
    return result


def _outlet_name(name: str, outlets: OutletLookup | None) -> str:
    cleaned = re.sub(r"\s+(?:blog|website|site)$", "", name.strip(), flags=re.I).strip()
    if outlets is not None:
        found = outlets.canonical(cleaned) or outlets.canonical(name)
        if found:
            return found
        named = outlets.find_names(name)
        if named:
            return named[0]
    return cleaned


def parse_name_outlet_date(text: str, outlets: OutletLookup | None) -> Byline | None:
    """Lines like `Amro Allan, Global Research 14 Mar 2021` (name, outlet, date)."""
    rest, iso = _strip_date(text.strip())
    if iso is None:
        return None
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if not parts or len(parts) > 3:
        return None
    result = Byline(text=text.strip(), date=iso)
    for part in parts:
        outlet = outlets.canonical(part) if outlets else None
        if outlet:
            result.outlet = outlet
        elif looks_like_person(part):
            result.authors.append(part)
        else:
            return None
    return result


_OUTLET_STATEMENTS = [
    re.compile(r"original\s+source\s+of\s+this\s+article\s+is\s+(?P<name>.+?)\s*\.?$", re.I),
    re.compile(r"^source\s*[:：]\s*(?P<name>.+?)\s*\.?$", re.I),
    re.compile(
        r"necessarily\s+reflect\s+(?:those|the\s+\w+(?:\s+\w+)?)\s+of\s+(?P<name>.+?)[.,]", re.I
    ),
    re.compile(r"copyright\s*©?\s*(?:\d{4}\s*)?(?P<name>.+?)(?:,?\s*\d{4})?\s*\.?$", re.I),
    re.compile(r"^(?P<name>.+?)(?:’|')s\s+website\s+can\s+also\s+be\s+accessed", re.I),
    re.compile(r"^(?:…|\.\.\.)?\s*from\s+(?P<name>[A-Z][\w ]+?)(?:,|$)"),
    re.compile(
        r"^follow\s+(?P<name>.+?)\s+on\s+(?:telegram|twitter|facebook|instagram|youtube|x)\b", re.I
    ),
]
_GENERIC_SOURCES = re.compile(
    r"^(?:news\s+websites?|websites?|agencies|news\s+agencies|sources?|reports?|media|"
    r"social\s+media|various|online|internet|news|press|unknown|staff)$",
    re.I,
)


def outlet_statement(text: str, outlets: OutletLookup | None) -> str | None:
    """The outlet a line names as the article's publisher, if it is such a statement."""
    for pattern in _OUTLET_STATEMENTS:
        match = pattern.search(text.strip())
        if not match:
            continue
        name = match["name"].strip(' .,:;"“”')
        name = re.sub(r"\s*\((?:you\s*tube|youtube)[^)]*\)$", "", name, flags=re.I).strip()
        if not name or _GENERIC_SOURCES.match(name):
            return None
        if outlets is not None:
            found = outlets.canonical(name)
            if found:
                return found
            named = outlets.find_names(name)
            if named:
                return named[0]
        if len(name.split()) <= 5 and name[:1].isupper() and pattern is not _OUTLET_STATEMENTS[3]:
            return name
        return None
    return None
