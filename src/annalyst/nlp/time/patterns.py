"""The regular expressions that recognise time expressions in the text.

Most patterns are anchored at the start of a word and told which characters a match may
start with; a few ("three days ago", "two days later") are searched backwards from their
last word. A bare month or year is matched first and its cue read leftwards.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from annalyst.nlp.time.words import (
    _MONTH_NUM,
    _MONTHS_FULL,
    _NUMBERS,
    _WEEKDAY_NUM,
    _WEEKDAYS_FULL,
)


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
# "3d" and "22d" are older spellings of "3rd" and "22nd".
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)?(?!\d)"
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
_P_MDY = _rx(
    rf"{_WD_PREFIX}{_MON}\s+(?:(?i:the)\s+)?{_DAY},?\s+(?:(?i:of)\s+)?{_YEAR}", _MON_FIRST + "TW"
)
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
    # "shelled the town overnight, the army said": the night before the report (not "an
    # overnight curfew", nor "overnight on Sunday", which the weekday dates)
    # ("overnight into Tuesday": the weekday dates it)
    rf"|(?P<on>overnight(?!\s+into\s+{_WD_FULL.replace('?P<wd>', '?:')})"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:in|at|near|after|and|when|as|before|across"
    r"|along|into|from|to|amid|despite|while)\b)))"
    r"|(?:(?:earlier|later)\s+)?this\s+(?:morning|afternoon|evening)"
    # "carried out 14 airstrikes over the past 24 hours, the TV reported": the report's day
    r"|(?P<p24>(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours))(?!\w)",
    "tTyYlLeEoOiIdDwW",
)
_P_WEEKDAY = _rx(
    r"(?:(?P<rel>(?i:last|this|next|(?:early|late|earlier|later)(?:\s+on)?))\s+)?"
    rf"{_WD_FULL}(?:\s+(?i:morning|afternoon|evening|night))?"
    # "on Wednesday last week", "on Monday of next week": that week's day
    r"(?:\s+(?i:of\s+)?(?P<week>(?i:last|this|next))\s+(?i:week)(?!\w))?"
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
    r"(?i:(?:(?P<mod>earlier|later|early|late)\s+)?(?:(?:the\s+)?(?P<rel>next|following|previous|preceding|same)|(?P<that>that|(?<=later\s)in\s+the|(?<=earlier\s)in\s+the))"
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


_YEAR_OF_HEADS = re.compile(
    r"(?i:(?:start|beginning|middle|end|half|quarter|spring|summer|autumn|fall|winter|elections?"
    r"|war|revolution|uprising|invasion|events|crisis|months|days)\s*$)"
)


def _year_of_ok(text: str, start: int) -> bool:
    """'of 2020' is a year after 'the end of', 'the summer of', 'the elections of'."""
    return bool(_YEAR_OF_HEADS.search(text[max(0, start - 20) : start]))
