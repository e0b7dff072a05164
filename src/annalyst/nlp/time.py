"""When events happened: time expressions in a parsed article and the one governing a trigger.

:func:`find_times` lists every time expression of a spaCy ``Doc`` and resolves it to a
calendar date with a precision; :func:`time_for` picks, from the dependency parse, the
expression that dates one event trigger (or none). Event-relative phrases ("two days
after the attack") carry an :class:`EventAnchor` that the event layer links to an earlier
event of the article; :func:`resolve_anchor` then turns the anchor's date into the
event's date.

How expressions are found
    Our own regular expressions over ``doc.text`` find the dates and relative phrases
    (fast, and strict about what counts); the small English model's DATE entities add
    what the patterns do not know, with the entity's span widened or narrowed to ours
    where they overlap; event-relative phrases are read from the dependency parse
    ("after" / "before" / "following" / "since" / "prior to" / "ahead of" / "on the eve
    of" / "in the wake of" / "the day of" + an event noun or a clause). dateparser
    (cached) reads only the DATE entities that contain a month name and a digit and that
    no pattern understood ("January the 3rd"); everything else is computed here.

Decisions
    * ``text`` is the expression without a leading preposition, which goes to
      ``preposition`` ("on 3 January 2020" -> text "3 January 2020", preposition "on").
      Modifiers stay in ``text`` ("late on Sunday", "early 2020", "last week").
      Event-relative phrases keep their relation word and anchor in ``text`` ("two days
      after the attack"); a preposition before them still goes to ``preposition`` ("on
      the eve of the vote" -> "the eve of the vote", "on").
    * ``date`` is YYYY-MM-DD; for month and year precision it is the first day of the
      month or year; ``precision`` is None exactly when ``date`` is None. ``kind`` says
      how the date was found: ``explicit`` (the text gives the year), ``partial`` (a day
      or month without a year), ``relative`` (deictic: "yesterday", "last week", "on
      Monday", "three years ago"), ``narrative`` ("two days later"), ``anchored``
      (event-relative) or ``other`` (an expression we do not resolve: "the 1990s",
      "Ramadan", "in the coming days").
    * A bare month or year is a date only after a cue: a preposition ("in March", "since
      2019", "scheduled for October"), "last / this / next", or "early / mid / late / the
      end of ..."; spaCy DATE entities that are a bare month or year also count ("the
      2018 elections"). A season with a year ("the summer of 2018") is year precision.
    * Nothing is invented: with no publication date, expressions that need one ("on
      Monday", "last week", "8 February" without a year and without a year in the
      context) get ``date`` None (``relative`` stays True); vague amounts ("a few days
      ago", "in the coming days", "weeks later"), decades, seasons without a year and
      unknown DATE entities ("Ramadan") are listed with ``date`` None. Durations, ages
      and frequencies ("for five days", "the 24-year-old", "annual") are not listed.
    * ``relative`` is True when the date is (or would be) computed from the publication
      date.
    * Numeric dates ("8/1/2020") are day-first unless ``day_first=False`` is passed (most
      outlets annalyst reads are not American); a first number above 12 forces
      day-first, a second above 12 month-first. ISO dates (2020-01-08) are always
      year-month-day.
    * A weekday ("on Monday") is the most recent such day on or before the publication
      date (AP style: an article published on a Monday says "on Monday" for that day);
      in a future clause ("will meet on Monday", "is expected to ... on Monday") it is
      the next such day on or after it. "last Monday" is strictly before, "next Monday"
      strictly after.
    * A day and month without a year ("on 8 February", "March 13") takes the year of an
      explicit date in the same sentence (or a day- or month-precision date with a year
      in the previous sentence), choosing among that year and its neighbours the date
      nearest to it ("on 3 January 2020 ... after the 28 December attack" -> 2019-12-28);
      ``relative`` is then False. Without such context it is the most recent such day on
      or before the publication date (the next one on or after it in a future clause),
      ``relative`` True. A bare month after a preposition ("in March") works the same way
      against the publication month; "last March" is strictly before the publication
      month, "next March" strictly after it, "this March" in the publication year.
    * Weeks are reported at day precision as the Monday of the week with
      ``approximate=True`` ("last week", "this week", "next week", "two weeks ago"); a
      weekend as its Saturday, also approximate. "earlier this month" / "last month" /
      "next month" are month precision, "last year" / "three years ago" year precision.
      "N days ago" is exact; "N weeks ago", decades and hedged amounts ("about three
      years ago") are approximate.
    * Future expressions ("tomorrow", "next week", "later this month", "in two weeks'
      time", "the coming days") set ``future``; so does any resolved date after the
      publication date. "in N days/weeks" without "time" is only read as a date in a
      future clause. A future clause has "will / shall / would / 'll", or depends on
      "plan / expect / schedule / set / ... to", or is a passive "is scheduled / expected
      / set"; the present tense of a timetable ("the vote takes place on 10 October") is
      not read as future.
    * Narrative phrases ("two days later", "the next day", "that day", "the following
      year") are resolved against the nearest earlier resolved expression of the same or
      the two previous sentences; ``relative`` then follows that expression.
    * Event-relative phrases: "two days after X" gives ``offset_days`` +2, "a day before
      X" -1, "the day of X" 0 (exact); "on the eve of X" -1; "the day after X" +1; "a
      week / month / year after X" counts in that unit (``amount``), with
      ``offset_days`` = amount × 1, 7, 30 or 365. "hours / shortly / immediately / soon
      after X" is amount 0, not exact (the same day, roughly). "after X", "following
      X", "since X", "in the wake of X", "days / weeks after X", "ahead of X", "in the
      run-up to X" have no amount (``amount`` None, ``offset_days`` 0, ``exact``
      False): the event is after (before) the anchor by an unknown time, and
      :func:`resolve_anchor` gives no date for them. "during X" is direction 0, not
      exact. When the anchor itself contains a resolved date ("two days after the 3
      January strike", "five days after Soleimani was killed on 3 January") the phrase
      gets its own date; otherwise ``date`` is None and the caller resolves the anchor.
      An anchor is a clause ("after the rebels took the town", "after being accused")
      or an event noun: a word list plus nominalisation suffixes (-tion, -sion, -ment,
      -ure, -ade, -ing); "before the court", "after him", "after midnight" and "after 3
      January" are not anchors.
    * :func:`time_for` ignores expressions introduced by a bounding preposition
      (before, after, until, till, by, within, to, through, prior to, ahead of, up to):
      "before 2020" is not the date of the event. "since 2019" and "from 2014" are kept:
      the start of what the clause reports. Only expressions of the trigger's sentence
      are considered; the date of a reporting verb does not date the reported event
      ("officials said on Tuesday that militants had burned two schools": the burning
      has no date).
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "EventAnchor",
    "Precision",
    "TimeExpr",
    "Unit",
    "find_times",
    "resolve_anchor",
    "time_for",
]

Precision = Literal["day", "month", "year"]
Unit = Literal["day", "week", "month", "year"]
Kind = Literal["explicit", "partial", "relative", "narrative", "anchored", "other"]

_UNIT_DAYS: Final[dict[str, int]] = {"day": 1, "week": 7, "month": 30, "year": 365}
_COARSENESS: Final[dict[str, int]] = {"day": 0, "month": 1, "year": 2}
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2100


@dataclass(frozen=True)
class EventAnchor:
    """The event a phrase such as "two days after the attack" is dated from."""

    offset_days: int
    """Signed distance in days: +2 "two days after", -1 "a day before", 0 "the day of"."""
    anchor_text: str
    """The anchor as written: a noun phrase ("the attack") or a clause ("Soleimani was killed")."""
    anchor_start: int
    anchor_end: int
    unit: Unit
    amount: int | None = None
    """Signed number of ``unit``s; None when the text gives no amount ("weeks after")."""
    direction: int = 1
    """+1 after the anchor, -1 before it, 0 at the same time ("the day of", "during")."""
    exact: bool = True
    """False for vague or hedged amounts ("hours after", "about a week after")."""


@dataclass(frozen=True)
class TimeExpr:
    """A time expression of a document, resolved to a date where the text allows."""

    start: int
    end: int
    text: str
    date: str | None
    precision: Precision | None
    relative: bool
    anchor: EventAnchor | None = None
    preposition: str | None = None
    approximate: bool = False
    """The date stands for a vaguer span (a week's Monday, a weekend's Saturday, "about")."""
    future: bool = False
    kind: Kind = "explicit"


# --------------------------------------------------------------------------- lexicon


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _split(text: str) -> list[str]:
    return text.split()


_MONTHS_FULL = _split(
    "january february march april may june july august september october november december"
)
_MONTH_NUM: Final[dict[str, int]] = {name: i for i, name in enumerate(_MONTHS_FULL, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS_FULL = _split("monday tuesday wednesday thursday friday saturday sunday")
_WEEKDAY_NUM: Final[dict[str, int]] = {name: i for i, name in enumerate(_WEEKDAYS_FULL)} | {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_NUMBERS: Final[dict[str, int]] = {
    name: i
    for i, name in enumerate(
        _split(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen"
            " fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
} | {
    "a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a couple of": 2, "couple of": 2,
}  # fmt: skip
_VAGUE_AMOUNTS: Final = frozenset({"a few", "few", "several", "some", "many", "a number of"})


def _cased(words: Sequence[str]) -> str:
    """Title-case and upper-case forms of the words, as a regex alternation."""
    forms: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        forms.extend((word.title(), word.upper()))
    return "|".join(forms)


_FULL_MONTHS = _MONTHS_FULL
_ABBR_MONTHS = [m for m in _MONTH_NUM if m not in _MONTHS_FULL]
_FULL_WEEKDAYS = _WEEKDAYS_FULL
_ABBR_WEEKDAYS = [w for w in _WEEKDAY_NUM if w not in _WEEKDAYS_FULL]

_MON = rf"(?P<mon>(?:{_cased(_FULL_MONTHS)})(?![\w'])|(?:{_cased(_ABBR_MONTHS)})(?:\.|(?![\w'])))"
_MON_FULL = rf"(?P<mon>(?:{_cased(_FULL_MONTHS)})(?![\w']))"
_WD_FULL = rf"(?P<wd>(?:{_cased(_FULL_WEEKDAYS)})(?![\w]))"
_WD_PREFIX = (
    rf"(?:(?P<wdp>(?:{_cased(_FULL_WEEKDAYS)})|(?:{_cased(_ABBR_WEEKDAYS)})\.?),?\s+"
    r"(?:(?i:the)\s+)?)?"
)
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?![\d])"
_NUM = (
    r"\d{1,3}|a\s+couple\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    + "|".join(sorted((k for k in _NUMBERS if " " not in k), key=len, reverse=True))
)
_HEDGE = r"(?:(?P<hedge>about|around|nearly|almost|roughly|approximately|some|more\s+than|over|less\s+than|just|only|barely|exactly|precisely)\s+)?"
_MOD_MY = r"(?:(?P<mod>(?i:early|mid|late|the\s+(?:start|beginning|middle|end|first\s+half|second\s+half)\s+of))[\s-]+)?"


def _rx(pattern: str, first: str = "", *, end: bool = False) -> re.Pattern[str]:
    """A pattern that starts a word. ``first`` (the characters a match can start with) lets
    the regex engine skip most positions cheaply; ``end`` anchors the match at the end of
    the searched window (patterns found from their last word, see :func:`_ending_at`)."""
    lead = f"(?=[{first}])" if first else ""
    return re.compile(lead + r"(?<![\w/.-])" + pattern + (r"\Z" if end else ""))


_WD_FIRST = "MTWFS"
_MON_FIRST = "JFMASOND"
_P_DMY = _rx(rf"{_WD_PREFIX}{_DAY}\s+(?:(?i:of)\s+)?{_MON},?\s+{_YEAR}", "0-9" + _WD_FIRST)
_P_MDY = _rx(rf"{_WD_PREFIX}{_MON}\s+(?:(?i:the)\s+)?{_DAY},?\s+{_YEAR}", _MON_FIRST + "TW")
_P_ISO = _rx(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])", "12")
_P_NUM = _rx(
    r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/.-]?\d)",
    "0-9",
)
_P_DM = _rx(rf"{_WD_PREFIX}{_DAY}\s+(?:(?i:of)\s+)?{_MON}", "0-9" + _WD_FIRST)
_P_MD = _rx(
    rf"{_WD_PREFIX}{_MON}\s+(?:(?i:the)\s+)?{_DAY}(?![:,]?\d|\s*(?:%|(?i:percent)))",
    _MON_FIRST + "TW",
)
_P_MY = _rx(rf"{_MOD_MY}{_MON_FULL},?\s+(?:(?i:of)\s+)?{_YEAR}", "eEmMlLtT" + _MON_FIRST)
_PART = (
    r"(?P<mod>(?i:early|late|mid|the\s+(?:start|beginning|middle|end|first\s+half|second\s+half"
    r"|first\s+week|last\s+week|first\s+days|last\s+days)\s+of))[\s-]+"
)
# A bare month or year is a date only after a cue ("in March", "since 2019", "the end of
# 2019"): the month or year is matched first, its cue is read leftwards (_LEFT_CUE).
_P_MONTH = _rx(rf"{_MON_FULL}(?!\s*,?\s*\d)", _MON_FIRST)
_P_YEAR = _rx(
    rf"{_YEAR}"
    r"(?![-–/]\d|\s*(?:%|(?i:percent|people|troops|soldiers|fighters|members|families|dollars)\b))",
    "12",
)
_LEFT_CUE = _rx(
    r"(?:(?P<cue>(?i:in|since|during|by|until|till|from|through|throughout|before|after|of|for"
    r"|around|circa|between|last|this|next|the\s+year))[\s-]+)?"
    rf"(?:{_PART})?",
    end=True,
)
_P_DECADE = _rx(
    r"(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:1[89]|20)\d0(?:s|'s)(?!\w)", "tTeEmMlL12"
)
_P_DAYREL = _rx(
    r"(?i:(?P<dby>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
    r"|(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>yesterday|today|tonight|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<ln>last\s+night)"
    r"|(?:(?:earlier|later)\s+)?this\s+(?:morning|afternoon|evening))(?!\w)",
    "tTyYlLeE",
)
_P_WEEKDAY = _rx(
    r"(?:(?P<rel>(?i:last|this|next|(?:early|late|earlier|later)(?:\s+on)?))\s+)?"
    rf"{_WD_FULL}(?:\s+(?i:morning|afternoon|evening|night))?"
    r"(?!\s+(?:Times|Telegraph|Express|Herald|Star|Mirror|Post|Tribune|Mail)\b)",
    "lLtTnNeE" + _WD_FIRST,
)
_P_PERIOD = _rx(
    r"(?i:(?:(?P<mod>earlier|later|early|late|(?:at\s+)?the\s+(?:start|beginning|end|middle)\s+of)\s+)?"
    r"(?P<rel>last|this|next)\s+(?P<unit>week|month|year))(?!\w)",
    "eElLaAtTnN",
)
_P_WEEKEND = _rx(r"(?i:(?P<rel>last|this|next|the)\s+weekend)(?!\w)", "lLtTnN")
_P_AGO = _rx(
    rf"(?i:{_HEDGE}(?P<n>{_NUM}|a\s+few|few|several|many)?\s*"
    r"(?P<unit>hour|day|week|month|year|decade)s?\s+ago)",
    end=True,
)
_P_IN = _rx(
    rf"(?i:in\s+{_HEDGE}(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?(?P<time>'?\s*time|s'\s*time)?)(?!\w)",
    "iI",
)
_P_FROMNOW = _rx(
    rf"(?i:{_HEDGE}(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+from\s+now)", end=True
)
_P_COMING = _rx(
    r"(?i:the\s+(?P<which>coming|next\s+few|next|following|upcoming)\s+(?:few\s+)?(?:days|weeks|months|years)"
    r"|the\s+(?:days|weeks|months|years)\s+ahead)(?!\w)",
    "tT",
)
_P_NARR = _rx(
    r"(?i:(?:(?P<mod>earlier|later|early|late)\s+)?(?:(?:the\s+)?(?P<rel>next|following|previous|preceding|same)|(?P<that>that))"
    r"\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year))(?!\w)",
    "eElLtTnNfFpPsS",
)
_P_LATER = _rx(
    rf"(?i:{_HEDGE}(?:(?P<n>{_NUM}|the)\s+)?(?P<unit>day|week|month|year|hour|minute)(?P<pl>s)?\s+"
    r"(?P<rel>later|earlier|afterwards?|before|after|previously))",
    end=True,
)
_P_SEASON = _rx(
    r"(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?P<season>(?i:spring|summer|autumn|fall|winter))"
    rf"\s+(?:(?i:of)\s+)?{_YEAR}",
    "tTeElLmMsSaAfFwW",
)
# The last word of the patterns found from their end, and what must follow "before" /
# "after" for them to end a phrase ("a day before." but not "a day before the vote").
_HOOKS_LATER = ("later", "earlier", "afterwards", "afterward", "after", "before", "previously")
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|but|when|as)\b)")


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _word_ends(low: str, word: str) -> list[int]:
    """End offsets of ``word`` as a whole word in the lower-cased text (str.find is fast)."""
    out: list[int] = []
    i = low.find(word)
    size = len(low)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not low[i - 1].isalnum()) and (end == size or not low[end].isalnum()):
            out.append(end)
        i = low.find(word, end)
    return out


def _ending_at(rx: re.Pattern[str], text: str, end: int, reach: int = 60) -> re.Match[str] | None:
    """The longest match of an end-anchored pattern that ends at ``end``."""
    return rx.search(text, max(0, end - reach), end)


_DURATION = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|less\s+than|at\s+least|up\s+to|only|just"
    r"|the\s+past|the\s+last|the\s+next|the\s+first|the\s+previous|the\s+coming|recent|past|the|another|a\s+further)\s+)*"
    rf"(?:{_NUM}|\d[\d,.]*|a\s+few|few|several|many|dozens\s+of|hundreds\s+of|a\s+number\s+of|the|half\s+a)?"
    r"[\s-]*(?:(?:full|whole|long|consecutive|straight|more|other|additional)\s+)?"
    r"(?:second|minute|hour|day|night|week|weekend|month|year|decade|centur(?:y|ie)|period|term)s?"
    r"(?:[\s-]+(?:old|long|later|earlier))?$"
    r"|^(?:annual(?:ly)?|daily|weekly|monthly|yearly|quarterly|every\s+.*|each\s+.*|the\s+age\s+of.*"
    r"|\d+[\s-]*(?:year|month|day|week)s?[\s-]old.*|.*\byear[\s-]old\b.*|decades|years|months|weeks|days)$",
    re.IGNORECASE,
)
_HAS_MONTH = re.compile(rf"\b(?:{_cased(list(_MONTH_NUM))})\b")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_MONTH_ONLY = re.compile(rf"^(?:(?i:the)\s+)?(?:{_PART})?{_MON_FULL}$")
_YEAR_ONLY = re.compile(r"^(?:(?:the|in|of)\s+)?((?:1[89]|20)\d\d)(?:'s)?$", re.IGNORECASE)

_PREPS: Final = _words(
    "on in at since during by until till from through throughout before after over within for"
    " of around between to into circa as"
)
_TWO_WORD_PREPS: Final = frozenset({"prior to", "ahead of", "as of", "up to", "up until"})
# Prepositions that bound a time rather than date an event ("before 2020").
_BOUNDS: Final = _words("before after until till by within to through") | frozenset(
    {"prior to", "ahead of", "up to", "up until"}
)
_FUTURE_AUX: Final = _words("will 'll ll shall wo would 'd")
_FUTURE_VERBS: Final = _words("plan schedule expect set slate intend prepare aim due hope")
# "began / moved / tried to X on Monday": X happened then.
_ASPECTUAL: Final = _words(
    "begin start continue move manage proceed resume go try attempt seem appear fail rush hurry act"
)
# "carried out an attack on Monday": the attack happened then.
_LIGHT_VERBS: Final = _words(
    "carry launch conduct stage hold mount impose make sign reach issue announce unveil begin"
    " start resume pay deliver perform execute initiate undertake wage lead organise organize"
    " claim order approve adopt give take have suffer witness see endure"
)
# "the elections, which took place on Sunday": the relative clause dates the noun.
_HAPPEN_VERBS: Final = _words("happen occur take unfold come begin start end carry launch")
_CLAUSE_DEPS: Final = _words("advcl ccomp xcomp relcl acl csubj csubjpass parataxis conj pcomp")
_CLIMB_ADV: Final = _words("late early earlier later as prior ahead")
_TIME_NOUNS: Final = _words(
    "day days week weeks month months year years decade decades century morning afternoon"
    " evening night midnight noon dawn dusk sunset sunrise weekend hour hours minute minutes"
    " time period season spring summer autumn fall winter today yesterday tomorrow moment"
    " date deadline"
)
_EVENT_NOUNS: Final = _words(
    """
    attack strike airstrike raid assault bombing bombardment blast explosion killing
    assassination murder massacre ambush shelling clash fighting battle war invasion offensive
    operation incursion siege coup uprising revolution revolt protest demonstration rally riot
    march sit-in vote election referendum poll ballot inauguration funeral burial meeting talks
    summit visit trip tour conference negotiation call speech statement announcement decision
    ruling verdict trial hearing agreement deal accord ceasefire truce treaty signing sanction
    arrest detention release kidnapping abduction execution withdrawal pullout deployment
    resignation dismissal appointment earthquake flood fire crash incident event ceremony
    celebration session debate approval launch test collapse fall capture liberation takeover
    handover shooting stabbing hijacking escalation exchange swap disaster storm outbreak death
    departure arrival return victory defeat win loss slaying downing shootdown crackdown
    blockade seizure closure ban embargo boycott barrage salvo retaliation response reprisal
    occupation annexation evacuation skirmish firefight gunfight ouster overthrow shutdown
    lockdown curfew blackout pact interview ultimatum warning threat expiry publication
    report revelation leak
    """
)
_NOT_EVENT: Final = _words(
    """
    government parliament department apartment document equipment environment element
    instrument monument segment management establishment building morning evening thing king
    ring wing string spring ceiling something anything nothing everything offspring clothing
    housing funding beijing nation station population position institution constitution
    administration organization organisation coalition opposition commission foundation
    federation union region
    """
)


def _number(text: str | None) -> int | None:
    if not text:
        return None
    low = " ".join(text.lower().split())
    if low.isdigit():
        return int(low)
    if low in _NUMBERS:
        return _NUMBERS[low]
    if "-" in low:
        tens, _, unit = low.partition("-")
        if tens in _NUMBERS and unit in _NUMBERS:
            return _NUMBERS[tens] + _NUMBERS[unit]
    return None


# --------------------------------------------------------------------------- dates


def _valid(y: int, m: int, d: int) -> date | None:
    if not (_MIN_YEAR <= y <= _MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(day: date, months: int) -> date | None:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not (_MIN_YEAR <= year <= _MAX_YEAR):
        return None
    for d in (day.day, 30, 29, 28):
        found = _valid(year, month + 1, min(d, day.day))
        if found:
            return found
    return None


def _add_days(day: date, days: int) -> date | None:
    try:
        out = day + timedelta(days=days)
    except OverflowError:
        return None
    return out if _MIN_YEAR <= out.year <= _MAX_YEAR else None


def _iso(day: date | None, precision: Precision) -> str | None:
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}-01-01"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}-01"
    return day.isoformat()


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _COARSENESS[a] >= _COARSENESS[b] else b


def _unit_precision(unit: str) -> Precision:
    if unit == "month":
        return "month"
    if unit == "year":
        return "year"
    return "day"


def _shift(
    ref: str, ref_precision: Precision, amount: int, unit: str
) -> tuple[str, Precision] | None:
    """``ref`` moved by ``amount`` units, at the coarser of the two precisions."""
    try:
        base = date.fromisoformat(ref)
    except ValueError:
        return None
    unit_precision = _unit_precision(unit)
    precision = _coarser(ref_precision, unit_precision)
    if amount == 0:
        return _iso(base, precision) or "", precision
    if _COARSENESS[ref_precision] > _COARSENESS[unit_precision]:
        # A day count cannot move a month- or year-precision date (the result could fall
        # on either side of a boundary), except whole years of months.
        if unit == "month" and ref_precision == "year" and amount % 12 == 0:
            pass
        else:
            return None
    moved: date | None
    if unit in ("day", "week"):
        moved = _add_days(base, amount * _UNIT_DAYS[unit])
    elif unit == "month":
        moved = _add_months(base, amount)
    else:
        moved = _add_months(base, amount * 12)
    out = _iso(moved, precision)
    return (out, precision) if out else None


def resolve_anchor(
    anchor: EventAnchor, anchor_date: str, anchor_precision: Precision
) -> tuple[str, Precision] | None:
    """The date of an event dated from an anchor event, or None when the text does not say.

    ``anchor_date`` / ``anchor_precision`` are the linked event's date. The result has
    the coarser of the anchor's precision and the unit's ("a year after" -> year
    precision). Phrases without an amount ("after", "following", "weeks after") give
    None: the event is only known to be after (before) the anchor.
    """
    if anchor.amount is None:
        return None
    return _shift(anchor_date, anchor_precision, anchor.amount, anchor.unit)


@lru_cache(maxsize=4096)
def _dateparser_read(text: str, base: date | None, day_first: bool) -> tuple[str, Precision] | None:
    """dateparser's reading of an entity our patterns did not understand (cached)."""
    import dateparser  # lazy: only a few entities ever need it

    settings: dict[str, Any] = {
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError, AssertionError, KeyError, AttributeError):
        return None
    found = data.date_obj if data is not None else None
    if found is None or not (_MIN_YEAR <= found.year <= _MAX_YEAR):
        return None
    period = getattr(data, "period", "day")
    precision: Precision = "year" if period == "year" else "month" if period == "month" else "day"
    out = _iso(found.date(), precision)
    return (out, precision) if out else None


# --------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    n: int | None = None
    unit: str | None = None
    rel: str | None = None
    approx: bool = False
    future: bool = False
    needs_future: bool = False
    anchor: EventAnchor | None = None
    inner_start: int = 0  # anchored phrases: where the anchor begins
    # filled by resolution
    date: str | None = None
    precision: Precision | None = None
    relative: bool = False
    public: Kind = "explicit"
    preposition: str | None = None
    attach: Token | None = field(default=None, repr=False)


def _month(text: str) -> int:
    return _MONTH_NUM[text.lower().rstrip(".")]


def _year2(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _hedged(m: re.Match[str]) -> bool:
    hedge = m.groupdict().get("hedge")
    return hedge is not None and hedge.lower() not in ("exactly", "precisely", "just", "only")


def _cands_from_patterns(text: str, day_first: bool) -> list[_Cand]:
    out: list[_Cand] = []
    add = out.append
    n: int | None
    low = text.translate(_ASCII_LOWER)  # keeps offsets, unlike str.lower()
    for m in _P_DMY.finditer(text):
        add(_Cand(m.start(), m.end(), "ymd", y=int(m["y"]), m=_month(m["mon"]), d=int(m["d"])))
    for m in _P_MDY.finditer(text):
        add(_Cand(m.start(), m.end(), "ymd", y=int(m["y"]), m=_month(m["mon"]), d=int(m["d"])))
    for m in _P_ISO.finditer(text):
        add(_Cand(m.start(), m.end(), "ymd", y=int(m["y"]), m=int(m["m"]), d=int(m["d"])))
    for m in _P_NUM.finditer(text):
        if m["sep"] != "/" and len(m["y"]) == 2:
            continue
        a, b = int(m["a"]), int(m["b"])
        if a > 12 or (day_first and b <= 12):
            day, month = a, b
        else:
            day, month = b, a
        add(_Cand(m.start(), m.end(), "ymd", y=_year2(m["y"]), m=month, d=day))
    for m in _P_DM.finditer(text):
        add(_Cand(m.start(), m.end(), "md", m=_month(m["mon"]), d=int(m["d"])))
    for m in _P_MD.finditer(text):
        add(_Cand(m.start(), m.end(), "md", m=_month(m["mon"]), d=int(m["d"])))
    for m in _P_MY.finditer(text):
        add(_Cand(m.start(), m.end(), "ym", y=int(m["y"]), m=_month(m["mon"])))
    for m in _P_MONTH.finditer(text):
        left = _ending_at(_LEFT_CUE, text, m.start(), 50)
        cue = " ".join((left["cue"] or "").lower().split()) if left else ""
        if left is None or (not cue and not left["mod"]) or cue == "the year":
            continue
        start = left.start() if cue in ("last", "this", "next") else left.start("mod")
        if start < 0:
            start = m.start()
        rel = cue if cue in ("last", "this", "next") else None
        add(_Cand(start, m.end(), "m", m=_month(m["mon"]), rel=rel))
    for m in _P_YEAR.finditer(text):
        left = _ending_at(_LEFT_CUE, text, m.start(), 50)
        cue = " ".join((left["cue"] or "").lower().split()) if left else ""
        if left is None or (not cue and not left["mod"]) or cue in ("last", "this", "next"):
            continue
        if cue == "of" and not left["mod"] and not _year_of_ok(text, left.start()):
            continue
        start = left.start("mod") if left["mod"] else m.start()
        add(_Cand(start, m.end(), "y", y=int(m["y"])))
    seasons = any(w in low for w in ("spring", "summer", "autumn", "fall", "winter"))
    for m in _P_SEASON.finditer(text) if seasons else ():
        add(_Cand(m.start(), m.end(), "y", y=int(m["y"])))
    for m in _P_DECADE.finditer(text) if "0s" in text or "0's" in text else ():
        add(_Cand(m.start(), m.end(), "other"))
    for m in _P_DAYREL.finditer(text):
        if m["dby"]:
            n = -2 if "yesterday" in m["dby"].lower() else 2
        elif m["ln"]:
            n = -1
        elif m["w"]:
            n = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["w"].lower()]
        else:
            n = 0
        add(_Cand(m.start(), m.end(), "dayrel", n=n, future=n > 0 or "later" in m[0].lower()))
    for m in _P_WEEKDAY.finditer(text):
        words = (m["rel"] or "").lower().split()
        add(
            _Cand(
                m.start(),
                m.end(),
                "weekday",
                d=_WEEKDAY_NUM[m["wd"].lower()],
                rel=words[0] if words else None,
            )
        )
    for m in _P_PERIOD.finditer(text):
        mod = (m["mod"] or "").lower()
        rel = m["rel"].lower()
        add(
            _Cand(
                m.start(),
                m.end(),
                "period",
                unit=m["unit"].lower(),
                n={"last": -1, "this": 0, "next": 1}[rel],
                future=rel == "next" or mod == "later",
            )
        )
    for m in _P_WEEKEND.finditer(text) if "weekend" in low else ():
        rel = m["rel"].lower()
        add(_Cand(m.start(), m.end(), "weekend", rel=rel, approx=True, future=rel == "next"))
    for hook in _word_ends(low, "ago"):
        found = _ending_at(_P_AGO, text, hook)
        if found is None:
            continue
        m = found
        raw = m["n"]
        n = _number(raw) if raw else None
        vague = n is None
        add(
            _Cand(
                m.start(),
                m.end(),
                "ago",
                n=None if vague else -n if n is not None else None,
                unit=m["unit"].lower(),
                approx=_hedged(m) or "couple" in (raw or "").lower(),
            )
        )
    for m in _P_IN.finditer(text):
        n = _number(m["n"])
        if n is None:
            continue
        start = m.start() + 2
        while start < m.end() and text[start].isspace():
            start += 1
        add(
            _Cand(
                start,
                m.end(),
                "ago",
                n=n,
                unit=m["unit"].lower(),
                approx=_hedged(m),
                future=True,
                needs_future=not m["time"],
            )
        )
    for hook in _word_ends(low, "now"):
        found = _ending_at(_P_FROMNOW, text, hook)
        if found is None:
            continue
        m = found
        n = _number(m["n"])
        if n is not None:
            add(
                _Cand(
                    m.start(),
                    m.end(),
                    "ago",
                    n=n,
                    unit=m["unit"].lower(),
                    approx=_hedged(m),
                    future=True,
                )
            )
    coming = any(w in low for w in ("coming", "next", "following", "upcoming", "ahead"))
    for m in _P_COMING.finditer(text) if coming else ():
        which = (m["which"] or "coming").lower()
        add(_Cand(m.start(), m.end(), "other", future=which != "following"))
    for m in _P_NARR.finditer(text):
        unit = m["unit"].lower()
        unit = unit if unit in ("week", "month", "year") else "day"
        rel = (m["rel"] or "same").lower()
        if (
            rel == "next"
            and unit != "day"
            and not m[0].lower().lstrip().startswith(("the", "earlier", "later", "early", "late"))
        ):
            continue  # "next week" is relative to the publication date (see _P_PERIOD)
        n = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[rel]
        add(_Cand(m.start(), m.end(), "narr", n=n, unit=unit))
    for hook in sorted({e for w in _HOOKS_LATER for e in _word_ends(low, w)}):
        found = _ending_at(_P_LATER, text, hook)
        if found is None:
            continue
        m = found
        unit = m["unit"].lower()
        rel = m["rel"].lower()
        if rel in ("before", "after", "previously") and not _ENDS_PHRASE.match(text, m.end()):
            continue
        sign = 1 if rel in ("later", "after", "afterwards", "afterward") else -1
        raw = m["n"]
        if unit in ("hour", "minute"):
            n = 0
            unit = "day"
        elif raw is None:
            if not m["pl"]:
                continue  # "day later" without an article is not a phrase we read
            n = None
        elif raw.lower() == "the":
            n = 1
        else:
            n = _number(raw)
        add(
            _Cand(
                m.start(),
                m.end(),
                "narr",
                n=None if n is None else sign * n,
                unit=unit,
                approx=_hedged(m) or unit == "week",
            )
        )
    return out


_YEAR_OF_HEADS = re.compile(
    r"(?i:(?:start|beginning|middle|end|half|quarter|spring|summer|autumn|fall|winter|elections?"
    r"|war|revolution|uprising|invasion|events|crisis|months|days)\s*$)"
)


def _year_of_ok(text: str, start: int) -> bool:
    """'of 2020' is a year after 'the end of', 'the summer of', 'the elections of'."""
    return bool(_YEAR_OF_HEADS.search(text[max(0, start - 20) : start]))


def _entity_cands(doc: Doc, taken: list[tuple[int, int]], day_first: bool) -> list[_Cand]:
    out: list[_Cand] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < te and ts < e for ts, te in taken):
            continue
        text = ent.text.strip()
        if not text or _DURATION.match(text):
            continue
        month = _MONTH_ONLY.match(text)
        if month:
            start = s + (month.start("mod") if month["mod"] else month.start("mon"))
            out.append(_Cand(start, e, "m", m=_month(month["mon"])))
            continue
        year = _YEAR_ONLY.match(text)
        if year:
            y = int(year.group(1))
            begin = s + year.start(1) if text.lower().startswith(("in ", "of ")) else s
            out.append(_Cand(begin, s + year.end(1), "y", y=y))
            continue
        cand = _Cand(s, e, "other")
        if _HAS_MONTH.search(text) and re.search(r"\d", text):
            cand.kind = "dp"
            cand.rel = "explicit" if _HAS_YEAR.search(text) else None
        out.append(cand)
    return out


# --------------------------------------------------------------------------- anchors

_RELATIONS: Final[dict[str, int]] = {
    "after": 1,
    "following": 1,
    "since": 1,
    "before": -1,
    "preceding": -1,
    "during": 0,
}
_OF_HEADS: Final[dict[str, tuple[int, int | None, bool]]] = {
    # head of "X of <event>": (direction, amount in days or None, exact)
    "eve": (-1, -1, True),
    "wake": (1, None, False),
    "aftermath": (1, None, False),
    "day": (0, 0, True),
    "morning": (0, 0, True),
    "night": (0, 0, True),
    "evening": (0, 0, True),
}
_UP_TO: Final = frozenset({"run", "lead", "build"})
_VAGUE_BEFORE: Final[dict[str, tuple[str, int | None]]] = {
    # word before the relation -> (unit, amount): amount None = unknown, 0 = same day
    "shortly": ("day", 0),
    "soon": ("day", 0),
    "immediately": ("day", 0),
    "right": ("day", 0),
    "just": ("day", 0),
    "moments": ("day", 0),
    "minutes": ("day", 0),
    "hours": ("day", 0),
    "days": ("day", None),
    "weeks": ("week", None),
    "months": ("month", None),
    "years": ("year", None),
    "decades": ("year", None),
    "long": ("day", None),
}
_UNIT_WORDS: Final[dict[str, str]] = {
    "day": "day",
    "days": "day",
    "night": "day",
    "nights": "day",
    "morning": "day",
    "evening": "day",
    "afternoon": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "hour": "hour",
    "hours": "hour",
    "minute": "hour",
    "minutes": "hour",
}


def _as_unit(unit: str) -> Unit:
    if unit == "week":
        return "week"
    if unit == "month":
        return "month"
    if unit == "year":
        return "year"
    return "day"


def _eventive(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN", "VERB") or tok.ent_type_ in (
        "DATE",
        "TIME",
        "PERSON",
        "GPE",
        "ORG",
        "NORP",
        "LOC",
        "FAC",
        "CARDINAL",
        "MONEY",
        "PERCENT",
    ):
        return False
    if low in _TIME_NOUNS or low in _NOT_EVENT:
        return False
    lemma = tok.lemma_.lower()
    if low in _EVENT_NOUNS or lemma in _EVENT_NOUNS:
        return True
    if tok.pos_ == "PROPN":
        return False
    return low.endswith(
        ("tion", "tions", "sion", "sions", "ment", "ments", "ure", "ures", "ade")
    ) or (low.endswith("ing") and len(low) > 5)


def _measure(doc: Doc, j: int) -> tuple[int, str, int | None, bool] | None:
    """The amount before a relation word ending at token ``j``: (start index, unit, amount, exact)."""
    if j < 0:
        return None
    tok = doc[j]
    low = tok.lower_
    start = j
    exact = True
    amount: int | None
    if low in _VAGUE_BEFORE:
        unit, amount = _VAGUE_BEFORE[low]
        if low == "long" and j > 0 and doc[j - 1].lower_ == "not":
            start = j - 1
        if low in ("days", "weeks", "months", "years", "hours", "minutes", "decades") and j > 0:
            prev = doc[j - 1].lower_
            number = _number(prev)
            if prev == "of" and j > 1 and doc[j - 2].lower_ == "couple":
                # "a couple of days after": about two
                first = j - 3 if j > 2 and doc[j - 3].lower_ == "a" else j - 2
                return _hedge_back(doc, first, _UNIT_WORDS.get(low, unit), 2, False)
            if prev in _VAGUE_AMOUNTS or prev in ("the", "several", "few"):
                start = j - 1
            elif number is not None and low not in ("hours", "minutes"):
                unit = _UNIT_WORDS.get(low, unit)
                amount = number * (10 if low == "decades" else 1)
                if low == "decades":
                    unit = "year"
                return _hedge_back(doc, j - 1, unit, amount, True)
            elif number is not None:
                start = j - 1
        return _hedge_back(doc, start, unit, amount, False)
    if low in _UNIT_WORDS:
        unit = _UNIT_WORDS[low]
        if j == 0:
            return None
        prev = doc[j - 1].lower_
        if prev in ("the", "that") or prev in ("a", "an", "one"):
            amount = 1
        else:
            amount = _number(prev)
            if amount is None:
                return None
        if unit == "hour":
            return _hedge_back(doc, j - 1, "day", 0, False)
        return _hedge_back(doc, j - 1, unit, amount, exact)
    return None


def _hedge_back(
    doc: Doc, start: int, unit: str, amount: int | None, exact: bool
) -> tuple[int, str, int | None, bool]:
    if start > 0 and doc[start - 1].lower_ in (
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "some",
        "over",
        "just",
        "only",
        "barely",
        "exactly",
        "precisely",
        "even",
    ):
        hedge = doc[start - 1].lower_
        start -= 1
        if hedge not in ("exactly", "precisely", "just", "only", "even"):
            exact = False
    return start, unit, amount, exact


def _anchor_cands(
    doc: Doc, text: str, time_spans: list[tuple[int, int]], lowers: list[int]
) -> list[_Cand]:
    out: list[_Cand] = []

    def inside_time(tok: Token) -> bool:
        idx = tok.idx
        return any(s <= idx < e for s, e in time_spans)

    relation_words = _relation_hashes()
    for i, lower in enumerate(lowers):
        if lower not in relation_words:
            continue
        tok = doc[i]
        low = tok.lower_
        direction: int | None = None
        rel_start = tok.i
        fixed: tuple[int, int | None, bool] | None = None  # (direction, amount, exact)
        if low in _RELATIONS:
            direction = _RELATIONS[low]
            if low == "following" and tok.dep_ == "amod":
                continue
        elif low == "to" and tok.i > 0:
            prev = doc[tok.i - 1]
            if prev.lower_ == "prior":
                direction, rel_start = -1, tok.i - 1
            elif prev.lower_ == "up" and tok.i > 2 and doc[tok.i - 3].lower_ in _UP_TO:
                # "in the run-up to the vote"
                rel_start = tok.i - 3
                if rel_start > 0 and doc[rel_start - 1].lower_ == "the":
                    rel_start -= 1
                fixed = (-1, None, False)
                direction = -1
            else:
                continue
        elif low == "of" and tok.i > 0:
            prev = doc[tok.i - 1]
            if prev.lower_ == "ahead":
                direction, rel_start = -1, tok.i - 1
            elif prev.lower_ in _OF_HEADS:
                if prev.lower_ in ("day", "morning", "night", "evening") and (
                    tok.i < 2 or doc[tok.i - 2].lower_ not in ("the", "that")
                ):
                    continue  # "two days of fighting" is a duration, not "the day of"
                fixed = _OF_HEADS[prev.lower_]
                direction = fixed[0]
                rel_start = tok.i - 1
                if rel_start > 0 and doc[rel_start - 1].lower_ in ("the", "that"):
                    rel_start -= 1
            else:
                continue
        else:
            continue
        # the anchor: a noun phrase or a clause
        anchor_lo: int
        anchor_hi: int
        pobj = next((c for c in tok.children if c.dep_ in ("pobj", "dobj")), None)
        pcomp = next((c for c in tok.children if c.dep_ == "pcomp"), None)
        if pobj is not None and pobj.i > tok.i:
            if not _eventive(pobj) or inside_time(pobj):
                continue
            anchor_lo, anchor_hi = tok.i + 1, pobj.right_edge.i
        elif pcomp is not None and pcomp.pos_ in ("VERB", "AUX") and pcomp.i > tok.i:
            anchor_lo, anchor_hi = tok.i + 1, pcomp.right_edge.i
        elif (
            tok.dep_ == "mark"
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.i > tok.i
            and fixed is None
        ):
            anchor_lo, anchor_hi = tok.i + 1, tok.head.right_edge.i
        else:
            continue
        while anchor_hi > anchor_lo and doc[anchor_hi].is_punct:
            anchor_hi -= 1
        if anchor_hi < anchor_lo:
            continue
        # the amount
        unit = "day"
        amount: int | None
        exact: bool
        start_i = rel_start
        if fixed is not None:
            amount, exact = fixed[1], fixed[2]
        else:
            measured = _measure(doc, rel_start - 1)
            if measured is not None:
                start_i, unit, amount, exact = measured
                if unit == "hour":
                    unit, amount, exact = "day", 0, False
                if direction == 0:
                    continue  # "two days during X" is not a phrase we read
                if amount is not None:
                    amount *= direction
            else:
                amount, exact = None, False
        lo_tok, hi_tok = doc[anchor_lo], doc[anchor_hi]
        anchor_start, anchor_end = lo_tok.idx, hi_tok.idx + len(hi_tok)
        anchor = EventAnchor(
            offset_days=0 if amount is None else amount * _UNIT_DAYS.get(unit, 1),
            anchor_text=text[anchor_start:anchor_end],
            anchor_start=anchor_start,
            anchor_end=anchor_end,
            unit=_as_unit(unit),
            amount=amount,
            direction=direction if direction is not None else 1,
            exact=exact,
        )
        out.append(
            _Cand(doc[start_i].idx, anchor_end, "anchored", anchor=anchor, inner_start=anchor_start)
        )
    return out


def _trim_anchors(doc: Doc, text: str, anchors: list[_Cand]) -> list[_Cand]:
    """Cut an anchor before a second event-relative phrase coordinated inside it.

    "a week after the attack and a month before the elections": the first anchor is
    "the attack", not everything to the end of the coordination.
    """
    out: list[_Cand] = []
    for anc in anchors:
        anchor = anc.anchor
        assert anchor is not None
        inner = [o.start for o in anchors if anchor.anchor_start < o.start < anchor.anchor_end]
        if inner:
            cut = min(inner)
            span = doc.char_span(anchor.anchor_start, cut, alignment_mode="contract")
            toks = list(span) if span is not None else []
            while toks and (
                toks[-1].is_punct
                or toks[-1].dep_ == "cc"
                or toks[-1].lower_ in ("and", "or", "but")
            ):
                toks.pop()
            if not toks:
                continue
            end = toks[-1].idx + len(toks[-1])
            anchor = replace(anchor, anchor_text=text[anchor.anchor_start : end], anchor_end=end)
            anc = replace(anc, end=end, anchor=anchor)
        out.append(anc)
    return out


# --------------------------------------------------------------------------- parse helpers


def _attachment(doc: Doc, start: int, end: int) -> Token | None:
    """The word a time expression modifies (through its preposition)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    head = root.head
    if head.i == root.i:
        return root
    steps = 0
    while (
        steps < 4
        and head.head.i != head.i
        and (head.pos_ == "ADP" or head.dep_ in ("prep", "agent") or head.lower_ in _CLIMB_ADV)
    ):
        if span.start <= head.i < span.end:
            break
        head = head.head
        steps += 1
    return head


def _verb_of(tok: Token) -> Token | None:
    cur = tok
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _future_clause(tok: Token | None) -> bool:
    """Whether the clause of ``tok`` speaks of the future ("will meet", "is expected to meet")."""
    if tok is None:
        return False
    verb = _verb_of(tok)
    climbed = False
    for _ in range(3):
        if verb is None:
            return False
        passive = False
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
                return True
            passive = passive or (child.dep_ in ("aux", "auxpass") and child.lemma_ == "be")
        lemma = verb.lemma_.lower()
        if climbed and (lemma in _FUTURE_VERBS or (lemma == "go" and verb.tag_ == "VBG")):
            return True  # "plans to meet on Monday", "is going to vote on Monday"
        if lemma in _FUTURE_VERBS and verb.tag_ == "VBN" and (passive or verb.dep_ == "acl"):
            return True  # "is scheduled for Monday", "talks expected next month"
        if verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            climbed = True
            continue
        return False
    return False


@lru_cache(maxsize=1)
def _relation_hashes() -> frozenset[int]:
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return frozenset(int(hash_string(w)) for w in (*_RELATIONS, "to", "of"))


def _token_arrays(doc: Doc) -> tuple[list[int], list[int]]:
    """Sentence start offsets and lower-case hashes of the tokens, read in bulk."""
    from spacy.attrs import IDX, LOWER, SENT_START

    if len(doc) == 0:
        return [0], []
    arr = doc.to_array([SENT_START, IDX, LOWER])
    starts = [int(idx) for flag, idx in arr[:, :2].tolist() if flag == 1]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts, arr[:, 2].tolist()


def _preposition(doc: Doc, start: int) -> str | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    i = span.start
    if i == 0:
        return None
    prev = doc[i - 1]
    if i >= 2:
        two = doc[i - 2].lower_ + " " + prev.lower_
        if two in _TWO_WORD_PREPS:
            return f"{doc[i - 2].text} {prev.text}"
    if prev.lower_ in _PREPS:
        return str(prev.text)
    return None


# --------------------------------------------------------------------------- resolution


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _set(cand: _Cand, day: date | None, precision: Precision, public: Kind, relative: bool) -> None:
    cand.public = public
    cand.relative = relative
    iso = _iso(day, precision)
    cand.date = iso
    cand.precision = precision if iso else None


def _partial_from_pub(cand: _Cand, pub: date, future: bool) -> date | None:
    m, d = cand.m or 1, cand.d or 1
    if cand.kind == "md":
        years = (
            [pub.year + k for k in range(0, 9)] if future else [pub.year - k for k in range(0, 9)]
        )
        for y in years:
            found = _valid(y, m, d)
            if found is None:
                continue
            if (future and found >= pub) or (not future and found <= pub):
                return found
        return None
    # bare month
    this = _valid(pub.year, m, 1)
    if this is None:
        return None
    rel = cand.rel
    if rel == "this":
        return this
    if rel == "last":
        return this if (this.month < pub.month) else _valid(pub.year - 1, m, 1)
    if rel == "next" or future:
        if rel == "next":
            return this if this.month > pub.month else _valid(pub.year + 1, m, 1)
        return this if this.month >= pub.month else _valid(pub.year + 1, m, 1)
    return this if this.month <= pub.month else _valid(pub.year - 1, m, 1)


def _resolve_relative(cand: _Cand, pub: date | None, future_ctx: bool) -> None:
    kind = cand.kind
    cand.public = "partial" if kind in ("md", "m") and cand.rel is None else "relative"
    cand.relative = True
    if kind == "other":
        cand.public = "other"
        cand.relative = False
        return
    if kind == "ago" and (cand.n is None or cand.unit is None):
        return
    if pub is None:
        return
    if kind == "dayrel":
        _set(cand, _add_days(pub, cand.n or 0), "day", "relative", True)
    elif kind == "weekday":
        wd = cand.d or 0
        back = (pub.weekday() - wd) % 7
        ahead = (wd - pub.weekday()) % 7
        if cand.rel == "last":
            day = _add_days(pub, -(back or 7))
        elif cand.rel == "next":
            day = _add_days(pub, ahead or 7)
            cand.future = True
        elif future_ctx:
            day = _add_days(pub, ahead)
        else:
            day = _add_days(pub, -back)
        _set(cand, day, "day", "relative", True)
    elif kind == "period":
        n = cand.n or 0
        if cand.unit == "week":
            cand.approx = True
            _set(cand, _add_days(pub, 7 * n - pub.weekday()), "day", "relative", True)
        elif cand.unit == "month":
            _set(cand, _add_months(date(pub.year, pub.month, 1), n), "month", "relative", True)
        else:
            _set(cand, _valid(pub.year + n, 1, 1), "year", "relative", True)
    elif kind == "weekend":
        to_sat = (5 - pub.weekday()) % 7
        from_sat = (pub.weekday() - 5) % 7
        if cand.rel == "next":
            day = _add_days(pub, to_sat or 7)
        elif cand.rel == "last":
            day = _add_days(pub, -(from_sat or 7))
        elif future_ctx or (cand.rel == "this" and pub.weekday() < 5):
            day = _add_days(pub, to_sat)
            cand.future = cand.future or to_sat > 0
        else:
            day = _add_days(pub, -from_sat)
        _set(cand, day, "day", "relative", True)
    elif kind == "ago":
        n, unit = cand.n or 0, cand.unit or "day"
        if unit in ("day", "hour"):
            if unit == "hour":
                n = 0
            _set(cand, _add_days(pub, n), "day", "relative", True)
        elif unit == "week":
            cand.approx = True
            _set(cand, _add_days(pub, 7 * n), "day", "relative", True)
        elif unit == "month":
            _set(cand, _add_months(date(pub.year, pub.month, 1), n), "month", "relative", True)
        elif unit == "year":
            _set(cand, _valid(pub.year + n, 1, 1), "year", "relative", True)
        elif unit == "decade":
            cand.approx = True
            _set(cand, _valid(pub.year + 10 * n, 1, 1), "year", "relative", True)
    elif kind in ("md", "m"):
        day = _partial_from_pub(cand, pub, future_ctx or cand.rel == "next")
        _set(
            cand,
            day,
            "day" if kind == "md" else "month",
            "partial" if cand.rel is None else "relative",
            True,
        )


def _context_year(
    cand: _Cand, explicit: list[_Cand], sent_of: dict[int, int], sent_index: int
) -> date | None:
    best: _Cand | None = None
    best_dist = 0
    for other in explicit:
        if other.date is None:
            continue
        s = sent_of[id(other)]
        if s == sent_index:
            dist = abs(other.start - cand.start)
        elif s == sent_index - 1 and other.precision in ("day", "month"):
            dist = 100_000 + (cand.start - other.end)
        else:
            continue
        if best is None or dist < best_dist:
            best, best_dist = other, dist
    if best is None or best.date is None:
        return None
    ref = date.fromisoformat(best.date)
    m, d = cand.m or 1, cand.d or 1
    if cand.kind == "m":
        d = 1
    if best.precision == "year":
        return _valid(ref.year, m, d)
    options = [x for x in (_valid(ref.year + k, m, d) for k in (-1, 0, 1)) if x is not None]
    if not options:
        return None
    return min(options, key=lambda x: abs((x - ref).days))


def find_times(
    doc: Doc, published: date | datetime | str | None, *, day_first: bool = True
) -> list[TimeExpr]:
    """Every time expression of ``doc``, resolved against the publication date.

    ``published`` may be a ``date``/``datetime`` or an ISO string; None means unknown
    (relative expressions then get no date). ``day_first`` reads "8/1/2020" as 8 January.
    The result is sorted by position; anchored phrases may contain other expressions
    inside their anchor ("two days after the 3 January strike").
    """
    text = doc.text
    pub = _as_date(published)
    cands = _cands_from_patterns(text, day_first)
    # longest first, then leftmost; no overlaps among pattern matches
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[_Cand] = []
    spans: list[tuple[int, int]] = []
    for cand in cands:
        if any(cand.start < e and s < cand.end for s, e in spans):
            continue
        kept.append(cand)
        spans.append((cand.start, cand.end))
    sent_starts, lowers = _token_arrays(doc)
    anchors = _trim_anchors(doc, text, _anchor_cands(doc, text, spans, lowers))
    # an anchored phrase owns its relation part: drop what overlaps it
    for anc in anchors:
        kept = [c for c in kept if not (c.start < anc.inner_start and c.end > anc.start)]
    spans = [(c.start, c.end) for c in kept] + [(a.start, a.inner_start) for a in anchors]
    ents = _entity_cands(doc, spans, day_first)
    everything = sorted([*kept, *ents], key=lambda c: c.start)

    sent_of: dict[int, int] = {}
    for cand in [*everything, *anchors]:
        sent_of[id(cand)] = bisect.bisect_right(sent_starts, cand.start) - 1
        cand.preposition = _preposition(doc, cand.start)
        if cand.kind != "anchored":
            cand.attach = _attachment(doc, cand.start, cand.end)

    # 1. explicit dates
    explicit: list[_Cand] = []
    for cand in everything:
        if cand.kind == "ymd":
            _set(cand, _valid(cand.y or 0, cand.m or 0, cand.d or 0), "day", "explicit", False)
        elif cand.kind == "ym":
            _set(cand, _valid(cand.y or 0, cand.m or 0, 1), "month", "explicit", False)
        elif cand.kind == "y":
            _set(cand, _valid(cand.y or 0, 1, 1), "year", "explicit", False)
        elif cand.kind == "dp" and cand.rel == "explicit":
            read = _dateparser_read(text[cand.start : cand.end], pub, day_first)
            cand.public = "explicit"
            if read:
                cand.date, cand.precision = read
        else:
            continue
        explicit.append(cand)

    # 2. partial and relative expressions
    resolved: list[_Cand] = []
    for cand in everything:
        if cand.kind in ("ymd", "ym", "y") or (cand.kind == "dp" and cand.rel == "explicit"):
            resolved.append(cand)
            continue
        if cand.kind == "narr":
            continue
        future_ctx = _future_clause(cand.attach)
        if cand.needs_future and not future_ctx:
            cand.kind = "drop"
            continue
        if cand.kind in ("md", "m") and cand.rel is None:
            ctx = _context_year(cand, explicit, sent_of, sent_of[id(cand)])
            if ctx is not None:
                _set(cand, ctx, "day" if cand.kind == "md" else "month", "partial", False)
                resolved.append(cand)
                continue
        if cand.kind == "dp":
            cand.public = "relative"
            cand.relative = True
            if pub is not None:
                read = _dateparser_read(text[cand.start : cand.end], pub, day_first)
                if read:
                    cand.date, cand.precision = read
        else:
            _resolve_relative(cand, pub, future_ctx)
        resolved.append(cand)

    # 3. narrative phrases, in document order
    ordered = [c for c in everything if c.kind != "drop"]
    for cand in ordered:
        if cand.kind != "narr":
            continue
        cand.public = "narrative"
        ref = _previous(cand, ordered, sent_of)
        if (
            ref is None
            or ref.date is None
            or ref.precision is None
            or cand.n is None
            or cand.unit is None
        ):
            continue
        shifted = _shift(ref.date, ref.precision, cand.n, cand.unit)
        if shifted:
            cand.date, cand.precision = shifted
            cand.relative = ref.relative

    # 4. anchored phrases: dated when the anchor carries its own date
    for anc in anchors:
        anc.public = "anchored"
        anchor = anc.anchor
        if anchor is None or anchor.amount is None:
            continue
        inner = [
            c
            for c in ordered
            if c.date is not None
            and c.precision is not None
            and anchor.anchor_start <= c.start
            and c.end <= anchor.anchor_end
            and (c.preposition or "").lower() not in _BOUNDS
        ]
        if not inner:
            continue
        best = min(inner, key=lambda c: _COARSENESS[c.precision or "year"])
        assert best.date is not None and best.precision is not None
        shifted = _shift(best.date, best.precision, anchor.amount, anchor.unit)
        if shifted:
            anc.date, anc.precision = shifted
            anc.relative = best.relative

    result: list[TimeExpr] = []
    for cand in [*ordered, *anchors]:
        future = cand.future
        if cand.date is not None and pub is not None and cand.date > pub.isoformat():
            future = future or (
                cand.precision == "day"
                or (cand.precision == "month" and cand.date[:7] > pub.isoformat()[:7])
                or (cand.precision == "year" and cand.date[:4] > pub.isoformat()[:4])
            )
        result.append(
            TimeExpr(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                date=cand.date,
                precision=cand.precision if cand.date else None,
                relative=cand.relative,
                anchor=cand.anchor,
                preposition=cand.preposition,
                approximate=cand.approx and cand.date is not None,
                future=future,
                kind=cand.public,
            )
        )
    result.sort(key=lambda t: (t.start, -t.end))
    return result


def _previous(cand: _Cand, ordered: list[_Cand], sent_of: dict[int, int]) -> _Cand | None:
    sent = sent_of[id(cand)]
    best: _Cand | None = None
    for other in ordered:
        if other.start >= cand.start:
            break
        if other.date is None or other.public == "other":
            continue
        if sent - sent_of[id(other)] > 2:
            continue
        if (other.preposition or "").lower() in _BOUNDS:
            continue
        best = other
    return best


# --------------------------------------------------------------------------- time_for


def _is_clause_boundary(tok: Token) -> bool:
    return tok.dep_ in _CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX")


def _level(trigger: Token, attach: Token) -> int | None:
    """0 when the expression modifies the trigger, 1 when it sits in the trigger's clause."""
    cur = attach
    for _ in range(12):
        if cur.i == trigger.i:
            return 0 if cur.i == attach.i else 1
        head = cur.head
        # The time belongs to an event noun on the way ("condemned the strike on Monday"),
        # unless the noun is the trigger's subject ("the strike on 3 January killed ten").
        if (
            cur.pos_ in ("NOUN", "PROPN")
            and _eventive(cur)
            and not (cur.dep_ in ("nsubj", "nsubjpass") and head.i == trigger.i)
        ):
            return None
        if _is_clause_boundary(cur):
            reduced = cur.dep_ == "acl" or (cur.dep_ == "relcl" and cur.lemma_ in _HAPPEN_VERBS)
            if not (reduced and head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN")):
                return None
        if head.i == cur.i:
            return None
        cur = head
    return None


def _anchor_attachment(doc: Doc, te: TimeExpr) -> Token | None:
    """The word an event-relative phrase modifies, read from its relation word."""
    assert te.anchor is not None
    part = doc.char_span(te.start, te.anchor.anchor_start, alignment_mode="expand")
    if part is None or len(part) == 0:
        return None
    rel = part[-1]
    if rel.dep_ == "mark":
        clause = rel.head
        return None if clause.head.i == clause.i else clause.head
    cur = rel
    for _ in range(6):
        if cur.head.i == cur.i:
            return cur
        if not (part.start <= cur.head.i < part.end):
            break
        cur = cur.head
    head = cur.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head


def _entries(doc: Doc, trigger: Token, times: Sequence[TimeExpr]) -> list[tuple[TimeExpr, Token]]:
    try:
        sent = trigger.sent
        lo, hi = sent.start_char, sent.end_char
    except ValueError:
        lo, hi = 0, 1 << 62
    out: list[tuple[TimeExpr, Token]] = []
    for te in times:
        if te.start <= trigger.idx < te.end or te.end <= lo or te.start >= hi:
            continue
        if (te.preposition or "").lower() in _BOUNDS:
            continue
        attach = (
            _anchor_attachment(doc, te)
            if te.anchor is not None
            else _attachment(doc, te.start, te.end)
        )
        if attach is not None:
            out.append((te, attach))
    return out


def _governing(
    trigger: Token, entries: list[tuple[TimeExpr, Token]], max_level: int = 1
) -> list[tuple[int, TimeExpr, Token]]:
    found: list[tuple[int, TimeExpr, Token]] = []
    for te, attach in entries:
        level = _level(trigger, attach)
        if level is not None and level <= max_level:
            found.append((level, te, attach))
    return found


def _rank(trigger: Token, item: tuple[int, TimeExpr, Token]) -> tuple[int, int, int, int, int]:
    level, te, attach = item
    resolved = 0 if te.date is not None else 1
    anchored = 0 if te.anchor is None else 1
    coarse = _COARSENESS[te.precision] if te.precision else 3
    return (level, resolved, anchored, coarse, abs(attach.i - trigger.i))


def _same_tense(a: Token, b: Token) -> bool:
    if b.pos_ not in ("VERB", "AUX"):
        return False
    past = {"VBD", "VBN"}
    return (a.tag_ in past) == (b.tag_ in past)


def time_for(doc: Doc, trigger: Token, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The time expression that dates ``trigger``, or None when nothing in its clause does.

    An expression governs the trigger when the parse attaches it to the trigger, or to a
    word of the trigger's own clause that is not another event noun (a date on "the
    strike" in "Iran condemned the strike on Monday" is the strike's, not the
    condemnation's; the subject's is shared: "the strike on 3 January killed ten").
    Without one of its own, a trigger shares the expression of the verb it depends on
    when it is that verb's subject ("the attack took place on Monday") or the object of a
    light verb ("carried out an attack on Monday"), of the verb it complements after
    "began / moved / tried to ...", or of a conjoined verb of the same tense ("stormed
    and seized the base on Monday"). Bounding expressions ("before 2020") never govern.
    Several candidates: the closest attachment wins, then a resolved date, then a date
    the text states over one computed from an anchor, then the finer precision, then the
    nearer word.
    """
    entries = _entries(doc, trigger, times)
    if not entries:
        return None
    own = _governing(trigger, entries)
    if own:
        return min(own, key=lambda item: _rank(trigger, item))[1]
    head = trigger.head
    inherited: list[tuple[int, TimeExpr, Token]] = []
    if head.i != trigger.i:
        share = False
        if trigger.pos_ in ("NOUN", "PROPN"):
            share = trigger.dep_ in ("nsubj", "nsubjpass") or (
                trigger.dep_ in ("dobj", "attr") and head.lemma_.lower() in _LIGHT_VERBS
            )
        else:
            share = (trigger.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in _ASPECTUAL) or (
                trigger.dep_ == "conj" and _same_tense(trigger, head)
            )
        if share:
            inherited = _governing(head, entries)
    if not inherited and trigger.pos_ in ("VERB", "AUX"):
        # a time written after the last of conjoined verbs that share a subject
        for child in trigger.children:
            if (
                child.dep_ == "conj"
                and _same_tense(trigger, child)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            ):
                inherited.extend(
                    item
                    for item in _governing(child, entries, max_level=0)
                    if item[1].start >= child.idx
                )
    if inherited:
        return min(inherited, key=lambda item: _rank(trigger, item))[1]
    return None
