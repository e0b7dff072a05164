"""Acts dated by their anniversaries: in "took place on the second anniversary of the
assassination … in 2022" the date belongs to the anniversary, and the assassination
happened two years before it (2020), not in 2022."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from annalyst.nlp.time.model import Precision, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100,
}  # fmt: skip
_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def anniversary_years(act: Token) -> tuple[Token, int] | None:
    """The anniversary noun an act is the "of" object of and how many years on it falls
    ("the second anniversary of the assassination": 2), or None."""
    head = act
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() != "anniversary":
        return None
    noun = prep.head
    for child in noun.children:
        if child.dep_ not in ("amod", "nummod", "compound"):
            continue
        low = child.lower_
        digits = _ORDINAL_DIGITS.match(low)
        years = int(digits.group(1)) if digits else _ORDINAL_WORDS.get(low)
        if years:
            return noun, years
    return None


def date_before_anniversary(
    anniversary: Token, years: int, times: Sequence[TimeExpr]
) -> tuple[str, Precision, str] | None:
    """The date of an act ``years`` before its anniversary, read from the date the
    sentence gives the anniversary: one written in the anniversary's own phrase ("on the
    first anniversary of the killing on 3 January 2021") or on the clause it dates."""
    lo, hi = anniversary.left_edge.idx, anniversary.right_edge.idx + len(anniversary.right_edge)
    own = [te for te in times if lo <= te.start < hi and te.date and te.anchor is None]
    if not own:
        clause = anniversary.head.head if anniversary.dep_ == "pobj" else anniversary.head
        c_lo = clause.left_edge.idx
        c_hi = clause.right_edge.idx + len(clause.right_edge)
        own = [te for te in times if c_lo <= te.start < c_hi and te.date and te.anchor is None]
    if not own:
        return None
    found = own[-1]
    assert found.date is not None and found.precision is not None
    base = date.fromisoformat(found.date)
    year = base.year - years
    day = min(base.day, 28) if (base.month, base.day) == (2, 29) else base.day
    return date(year, base.month, day).isoformat(), found.precision, found.text


def anniversary_of_clause(act: Token) -> Token | None:
    """The anniversary an act's clause is set on ("the attack took place on the second
    anniversary of …", "protests were held on the anniversary of …"), or None."""
    verb = act.head if act.dep_ in ("nsubj", "nsubjpass") else act
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "at"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() == "anniversary":
                    return noun
    return None
