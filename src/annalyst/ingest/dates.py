"""Finding and reading publication dates in the many shapes news dumps use.

Detection is done with our own patterns (fast, and strict about what counts as
a date line); reading the matched text is delegated to dateparser, after mapping
Arabic month names, which dateparser does not all know, to numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"

# Arabic month names: Egyptian/Gulf forms and the Levantine (Syriac) forms.
# Two-word names come first so that "كانون الثاني" wins over "كانون".
ARABIC_MONTHS: dict[str, int] = {
    "كانون الثاني": 1,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
    "تشرين الاول": 10,
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "اب": 8,
    "أيلول": 9,
    "ايلول": 9,
}
_AR_MONTH_ALT = "|".join(sorted((re.escape(m) for m in ARABIC_MONTHS), key=len, reverse=True))
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|d)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR2 = r"(?:\d\d)"

# Each alternative matches one date expression; the whole set is anchored by the
# callers (a date line) or searched (a date inside a byline).
DATE_PATTERN = re.compile(
    rf"""
    (?:(?:{_WEEKDAYS}),?\s+)?
    (?:
        (?P<mdy>(?:{_EN_MONTHS})\.?\s+{_DAY},?\s+{_YEAR})           # February 16 2023, March 06, 2022
      | (?P<dmy>{_DAY}\s+(?:of\s+)?(?:{_EN_MONTHS})\.?,?\s+(?:{_YEAR}|{_YEAR2}))  # 6 Jan 2023, 22 Jul 21
      | (?P<num>[0-3]?\d[/.\-][01]?\d[/.\-](?:{_YEAR}|{_YEAR2}))    # 18/07/2021, 04.05.2021
      | (?P<iso>{_YEAR}-[01]\d-[0-3]\d)                              # 2021-07-18
      | (?P<ar>[0-3]?[0-9٠-٩]{{1,2}}\s+(?:{_AR_MONTH_ALT})\s+[0-9٠-٩]{{4}})  # 9 آذار 2021
    )
    (?:,?\s*(?:at\s+)?\d{{1,2}}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?       # 11:23 AM
    """,
    re.IGNORECASE | re.VERBOSE,
)

_ARABIC_WEEKDAYS = "الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت"
_AR_PREFIX = re.compile(rf"^\s*(?:{_ARABIC_WEEKDAYS})?[\s،,]*")

_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    # Relative expressions ("yesterday") mean nothing without an anchor date.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}

MIN_YEAR = 1900
MAX_YEAR = 2100


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: the ISO day and where the expression sits."""

    iso: str
    start: int
    end: int
    text: str


def _arabic_to_numeric(text: str) -> str | None:
    text = text.translate(_AR_DIGITS)
    match = re.search(rf"(\d{{1,2}})\s+({_AR_MONTH_ALT})\s+(\d{{4}})", text)
    if not match:
        return None
    day, month_name, year = match.groups()
    return f"{int(day):02d}/{ARABIC_MONTHS[month_name]:02d}/{year}"


@lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    numeric = _arabic_to_numeric(text) if re.search(r"[\u0600-\u06FF]", text) else None
    candidate = numeric or text
    try:
        import dateparser  # a second to import; most dates never need it

        parsed = dateparser.parse(candidate, settings=_SETTINGS, languages=["en"])
    except (ValueError, OverflowError, TypeError, AssertionError):
        return None
    if parsed is None or not (MIN_YEAR <= parsed.year <= MAX_YEAR):
        return None
    iso: str = parsed.date().isoformat()
    return iso


def find_date(line: str) -> FoundDate | None:
    """The first date expression in a line, read to YYYY-MM-DD, or None."""
    if len(line) > 400:
        line = line[:400]
    for match in DATE_PATTERN.finditer(line):
        iso = _parse(match.group(0).strip())
        if iso:
            return FoundDate(iso=iso, start=match.start(), end=match.end(), text=match.group(0))
    return None


_DATE_LINE_REST = re.compile(
    r"^[\s\-–—|,.:()\[\]]*(?:(?:published|posted|date|on)[\s\-–—|,.:…()\[\]]*)*$",
    re.IGNORECASE,
)


def date_line(line: str) -> FoundDate | None:
    """The date when a whole line is a date line (`Sunday, 01 January 2023 11:23 AM`).

    A line that merely mentions a date inside a sentence is not a date line.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return None
    if re.search(r"[\u0600-\u06FF]", stripped):
        stripped = _AR_PREFIX.sub("", stripped)
    found = find_date(stripped)
    if found is None:
        return None
    rest = stripped[: found.start] + " " + stripped[found.end :]
    if not _DATE_LINE_REST.match(rest):
        return None
    return found


def normalize_date(value: str | date | datetime | None) -> str | None:
    """Any free-form date (record field, feed entry, HTML metadata) as YYYY-MM-DD, else None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text or len(text) > 100:
        return None
    iso = re.match(r"^(\d{4})-(\d\d)-(\d\d)", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    found = find_date(text)
    if found:
        return found.iso
    return _parse(text)


def as_date(value: object) -> date | None:
    """A `date` from a date, a datetime or an ISO string (YYYY-MM-DD…), else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
