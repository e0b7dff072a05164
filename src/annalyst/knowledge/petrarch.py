"""Convert PETRARCH / TABARI actor dictionaries into annalyst actor entries.

The open Phoenix dictionaries used by PETRARCH are plain text, one entry per name::

    # comment                                   (also ; comments, inline too)
    NURI_AL-MALIKI  [IRQGOV 060520-140908]     name with underscores, then codes
    +NOURI_AL-MALIKI                            + lines add aliases to the entry above
    +AL-MALIKI
    BARACK_OBAMA                                codes may follow on their own lines
    [USAELI 050101-081104]
    [USAGOV >090120]                            >date: from that date on
    [USAELI <050101]                            <date: until that date
    <!-- markup -->                             lines in <...> are ignored (with a note)

A code is a CAMEO actor code: the first three letters are a country (ISO-3 when
valid) and each further group of three letters a sector (``IRQGOVMIL`` → IRQ with
GOV and MIL). Codes starting with ``IGO``, ``NGO`` or ``MNC`` describe actors without a
country. Dates are ``YYMMDD`` (two-digit years pivot at :data:`YEAR_PIVOT`) or
``YYYYMMDD``.

:func:`convert_petrarch` never raises on bad input: every malformed line is reported
as ``<source>:<line>: <reason>`` and skipped. :func:`import_petrarch` writes the
entries as an annalyst YAML actor file (usable with ``--actors FILE``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from annalyst.knowledge.actors import ISO3, SECTORS, KnowledgeBase, normalize_alias

__all__ = ["YEAR_PIVOT", "convert_petrarch", "import_petrarch", "parse_code", "parse_date"]

#: Two-digit years below the pivot are 20YY, the others 19YY (060520 → 2006-05-20,
#: 750101 → 1975-01-01).
YEAR_PIVOT = 40

#: CAMEO country codes that are not ISO-3, mapped to ISO-3.
_CAMEO_COUNTRY: dict[str, str] = {
    "KOS": "XKX",
    "KSV": "XKX",
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "SUD": "SDN",
}
#: Leading codes for actors with no country.
_NO_COUNTRY: dict[str, tuple[str, ...]] = {
    "IGO": ("IGO",),
    "NGO": ("NGO",),
    "MNC": ("BUS", "MNC"),
}
#: CAMEO sector codes that annalyst spells differently.
_CAMEO_SECTOR: dict[str, str] = {"INS": "INS", "ELI": "ELI", "UAF": "UAF", "OPP": "OPP"}
_ARMED = frozenset({"REB", "INS", "UAF", "SEP"})
_LOWER_WORDS = frozenset({"al", "el", "bin", "ibn", "of", "the", "and", "de", "du", "van", "von"})

_CODE_RE = re.compile(r"^(?P<code>[A-Za-z0-9~_\-]+)(?:\s+(?P<date>\S+))?$")
_DATE6_RE = re.compile(r"^\d{6}$")
_DATE8_RE = re.compile(r"^\d{8}$")


@dataclass
class _Code:
    code: str
    country: str | None
    sectors: tuple[str, ...]
    start: date | None
    end: date | None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Draft:
    line: int
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_date(text: str, *, pivot: int = YEAR_PIVOT) -> date:
    """Read a TABARI date: ``YYMMDD`` or ``YYYYMMDD``. Raises ValueError when bad."""
    if _DATE8_RE.match(text):
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    elif _DATE6_RE.match(text):
        yy = int(text[:2])
        year = 2000 + yy if yy < pivot else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        raise ValueError(f"bad date {text!r} (expected YYMMDD or YYYYMMDD)")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"bad date {text!r} (no such date)") from None


def _parse_range(text: str, pivot: int) -> tuple[date | None, date | None]:
    """``750101-990524``, ``>751231`` (from) or ``<840101`` (until)."""
    if text.startswith(">"):
        return parse_date(text[1:], pivot=pivot), None
    if text.startswith("<"):
        return None, parse_date(text[1:], pivot=pivot)
    if "-" in text:
        first, _, last = text.partition("-")
        start = parse_date(first, pivot=pivot)
        end = parse_date(last, pivot=pivot)
        if start > end:
            raise ValueError(f"date range {text!r} ends before it starts")
        return start, end
    raise ValueError(f"bad date range {text!r} (expected A-B, >A or <B)")


def parse_code(text: str, *, pivot: int = YEAR_PIVOT) -> _Code:
    """Read the inside of one ``[...]`` group: a CAMEO code and an optional date range.
    Raises ValueError on malformed input."""
    m = _CODE_RE.match(text.strip())
    if not m:
        raise ValueError(f"bad code {text.strip()!r}")
    raw = m.group("code").upper()
    start, end = _parse_range(m.group("date"), pivot) if m.group("date") else (None, None)
    notes: list[str] = []
    if raw.startswith("~"):
        raise ValueError(f"agent code {raw!r} does not belong in an actor dictionary")
    letters = re.sub(r"[^A-Z]", "", raw)
    if len(letters) < 3:
        raise ValueError(f"bad code {raw!r} (too short)")
    head, rest = letters[:3], letters[3:]
    country: str | None
    sectors: list[str] = []
    if head in _NO_COUNTRY:
        country = None
        sectors.extend(_NO_COUNTRY[head])
    else:
        mapped = _CAMEO_COUNTRY.get(head, head)
        if mapped in ISO3:
            country = mapped
        else:
            country = None
            if head.strip("-"):
                notes.append(f"{head} is not an ISO-3 country code")
    for i in range(0, len(rest) - len(rest) % 3, 3):
        chunk = _CAMEO_SECTOR.get(rest[i : i + 3], rest[i : i + 3])
        if chunk in SECTORS:
            if chunk not in sectors:
                sectors.append(chunk)
        else:
            notes.append(f"{chunk} is not a known sector code")
    if len(rest) % 3:
        notes.append(f"trailing characters {rest[-(len(rest) % 3) :]!r} in code {raw}")
    return _Code(raw, country, tuple(sectors), start, end, notes)


def _display_name(token: str) -> str:
    """``NURI_AL-MALIKI`` → ``Nuri al-Maliki``."""
    words = [w for w in token.strip("_").split("_") if w]
    out: list[str] = []
    for i, word in enumerate(words):
        parts = word.split("-")
        fixed: list[str] = []
        for j, part in enumerate(parts):
            low = part.lower()
            if (i or j) and low in _LOWER_WORDS:
                fixed.append(low)
            elif (
                len(part) <= 4
                and part.isupper()
                and part.isalpha()
                and sum(c in "AEIOU" for c in part)
                <= (1 if len(part) == 4 or len(words) == 1 else 0)
            ):
                fixed.append(part)  # acronyms: USA, KDP, IRGC, ZFU
            else:
                fixed.append(part[:1].upper() + part[1:].lower())
        out.append("-".join(fixed))
    return " ".join(out)


def _slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "actor"


def _strip_comment(line: str) -> str:
    for mark in ("#", ";"):
        pos = line.find(mark)
        if pos >= 0:
            line = line[:pos]
    return line.strip()


def _split_codes(text: str, where: str) -> tuple[str, list[str], str | None]:
    """Split ``NAME [A] [B]`` into the name part and the bracket contents; the third
    value is an error message when brackets do not balance."""
    name_part: list[str] = []
    codes: list[str] = []
    depth = 0
    buf = ""
    for ch in text:
        if ch == "[":
            if depth:
                return "", [], f"{where}: nested '[' in {text!r}"
            depth = 1
            buf = ""
        elif ch == "]":
            if not depth:
                return "", [], f"{where}: unbalanced ']' in {text!r}"
            depth = 0
            codes.append(buf)
        elif depth:
            buf += ch
        else:
            if codes and ch.strip():
                return "", [], f"{where}: text after a code in {text!r}"
            name_part.append(ch)
    if depth:
        return "", [], f"{where}: unbalanced '[' in {text!r}"
    return "".join(name_part).strip(), codes, None


def _type_for(draft: _Draft) -> str:
    """Dated codes mean roles, which people hold; a bare country code means a state
    (cities coded with their country also end up here: review them); armed sectors
    mean a group; anything else an organization."""
    if any(c.start or c.end for c in draft.codes):
        return "person"
    sectors = {s for c in draft.codes for s in c.sectors}
    if not sectors and draft.codes and draft.codes[0].country and len(draft.codes[0].code) == 3:
        return "state"
    if sectors & _ARMED:
        return "group"
    return "organization"


def _entry(draft: _Draft, ident: str, source_name: str) -> dict[str, Any]:
    codes = draft.codes
    latest = max(codes, key=lambda c: (c.end or date.max, c.start or date.min), default=None)
    country = latest.country if latest else None
    sectors: list[str] = []
    for code in codes:
        for sector in code.sectors:
            if sector not in sectors:
                sectors.append(sector)
    kind = _type_for(draft)
    if kind == "state" and country is None:
        kind = "organization"
    entry: dict[str, Any] = {"id": ident, "name": draft.name, "type": kind, "country": country}
    entry["sectors"] = sectors
    seen = {normalize_alias(draft.name)}
    aliases: list[str] = []
    for alias in draft.aliases:
        key = normalize_alias(alias)
        if key and key not in seen:
            seen.add(key)
            aliases.append(alias)
    if aliases:
        entry["aliases"] = aliases
    if any(c.start or c.end for c in codes):
        roles = []
        for code in codes:
            role: dict[str, Any] = {"title": f"CAMEO {code.code}", "country": code.country}
            if code.sectors:
                role["sector"] = code.sectors[0]
            role["from"] = code.start.isoformat() if code.start else None
            role["to"] = code.end.isoformat() if code.end else None
            roles.append(role)
        entry["roles"] = roles
    note = f"imported from {source_name} line {draft.line}; CAMEO " + (
        ", ".join(c.code for c in codes) or "none"
    )
    extra = [n for c in codes for n in c.notes] + draft.notes
    if extra:
        note += "; " + "; ".join(extra)
    entry["note"] = note
    return entry


def convert_petrarch(
    lines: Iterable[str], source_name: str, *, pivot: int = YEAR_PIVOT
) -> tuple[list[dict[str, Any]], list[str]]:
    """Convert a PETRARCH/TABARI actor dictionary.

    Returns the entries (plain dicts, ready to dump as annalyst YAML) and the problems
    found, each ``"<source>:<line>: <reason>"``. Malformed lines are skipped, never
    fatal; ignored markup is reported too."""
    located, problems = _convert(lines, source_name, pivot)
    return [entry for _, entry in located], problems


def _convert(
    lines: Iterable[str], source_name: str, pivot: int
) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    drafts: list[_Draft] = []
    problems: list[str] = []
    current: _Draft | None = None
    number = 0
    for number, raw in enumerate(lines, start=1):
        where = f"{source_name}:{number}"
        try:
            line = _strip_comment(str(raw).replace("\ufeff", ""))
        except Exception:  # pragma: no cover - str() of odd objects
            problems.append(f"{where}: unreadable line")
            continue
        if not line:
            continue
        if line.startswith("<"):
            problems.append(f"{where}: ignored markup {line[:40]!r}")
            continue
        if line.startswith("+"):
            alias = _display_name(line[1:].split("[", 1)[0].strip())
            if current is None:
                problems.append(f"{where}: alias {line!r} has no entry above it; skipped")
            elif not alias:
                problems.append(f"{where}: empty alias; skipped")
            else:
                current.aliases.append(alias)
            continue
        head_line = not line.startswith("[")
        name_part, code_texts, error = _split_codes(line, where)
        if error:
            problems.append(f"{error}; line skipped")
            if head_line:
                current = None  # aliases below it must not attach to an earlier entry
            continue
        parsed: list[_Code] = []
        bad = False
        for text in code_texts:
            try:
                parsed.append(parse_code(text, pivot=pivot))
            except ValueError as exc:
                problems.append(f"{where}: {exc}; line skipped")
                bad = True
                break
        if bad:
            if head_line:
                current = None
            continue
        if not name_part:
            if current is None:
                problems.append(f"{where}: code line has no entry above it; skipped")
            else:
                current.codes.extend(parsed)
            continue
        if re.search(r"\s", name_part):
            problems.append(
                f"{where}: name {name_part!r} contains spaces (use underscores); line skipped"
            )
            current = None
            continue
        name = _display_name(name_part)
        if not name or not re.search(r"\w", name):
            problems.append(f"{where}: no name in {line!r}; line skipped")
            current = None
            continue
        current = _Draft(number, name, codes=parsed)
        drafts.append(current)
    # a name listed twice is one actor: merge the later codes and aliases into the first
    merged: dict[str, _Draft] = {}
    order: list[_Draft] = []
    for draft in drafts:
        key = normalize_alias(draft.name)
        first = merged.get(key)
        if first is None:
            merged[key] = draft
            order.append(draft)
            continue
        problems.append(
            f"{source_name}:{draft.line}: {draft.name!r} appears again (first at line "
            f"{first.line}); codes and aliases merged into that entry"
        )
        first.aliases.extend(draft.aliases)
        first.codes.extend(c for c in draft.codes if c not in first.codes)
    entries: list[tuple[int, dict[str, Any]]] = []
    used: dict[str, int] = {}
    for draft in order:
        if not draft.codes:
            problems.append(
                f"{source_name}:{draft.line}: {draft.name!r} has no code; imported "
                "without country or sectors"
            )
        base = _slug(draft.name)
        n = used.get(base, 0) + 1
        used[base] = n
        ident = base if n == 1 else f"{base}-{n}"
        entries.append((draft.line, _entry(draft, ident, source_name)))
    return entries, problems


def import_petrarch(
    path: Path,
    out: Path,
    *,
    check_against: KnowledgeBase | None = None,
    pivot: int = YEAR_PIVOT,
) -> list[str]:
    """Convert the dictionary at ``path`` and write annalyst YAML to ``out``.

    With ``check_against`` (e.g. the packaged knowledge base), aliases already owned by
    an existing actor are dropped from the new entries and reported, so that the file
    loads without alias clashes. Returns the problems."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    located, problems = _convert(text.splitlines(), str(path), pivot)
    if check_against is not None:
        located = _drop_known(located, check_against, problems, str(path))
    entries = [entry for _, entry in located]
    header = (
        f"# Converted from the PETRARCH/TABARI dictionary {Path(path).name} by annalyst.\n"
        "# Load with --actors; review types, countries and roles before relying on them.\n"
    )
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    Path(out).write_text(header + body, encoding="utf-8")
    return problems


def _drop_known(
    located: list[tuple[int, dict[str, Any]]],
    kb: KnowledgeBase,
    problems: list[str],
    source_name: str,
) -> list[tuple[int, dict[str, Any]]]:
    kept: list[tuple[int, dict[str, Any]]] = []
    for line, entry in located:
        where = f"{source_name}:{line}"
        known = kb.lookup(entry["name"])
        if known:
            problems.append(
                f"{where}: {entry['name']!r} is already in the knowledge base as "
                f"{known[0].id}; entry skipped"
            )
            continue
        if entry["id"] in kb.actors:
            entry["id"] = f"{entry['id']}-petrarch"
        aliases = []
        for alias in entry.get("aliases", []):
            owners = kb.lookup(alias)
            if owners:
                problems.append(
                    f"{where}: alias {alias!r} already belongs to {owners[0].id}; dropped"
                )
            else:
                aliases.append(alias)
        if aliases:
            entry["aliases"] = aliases
        else:
            entry.pop("aliases", None)
        kept.append((line, entry))
    return kept
