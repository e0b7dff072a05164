"""Event-relative phrases ("two days after the attack", "on the eve of the vote"):
finding the relation word, its anchor (an event noun or a clause) and the amount before
it, and dating an event from its anchor's date (:func:`resolve_anchor`)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from annalyst.nlp.time.candidates import _Cand
from annalyst.nlp.time.dates import _UNIT_DAYS, _shift
from annalyst.nlp.time.eventive import _eventive
from annalyst.nlp.time.model import EventAnchor, Precision, Unit
from annalyst.nlp.time.words import _VAGUE_AMOUNTS, _number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


# Units whose unstated count ("days after", "in the weeks following") keeps the event
# within the period of an anchor dated only to its month or year.
_COUNTED_UNITS: Final = frozenset({"days", "weeks"})
# For a counted unit, the precisions of an anchor date whose period holds the event.
_HOLDS: Final[dict[str, frozenset[str]]] = {
    "day": frozenset({"month", "year"}),
    "week": frozenset({"year"}),
}


def _as_unit(unit: str) -> Unit:
    if unit == "week":
        return "week"
    if unit == "month":
        return "month"
    if unit == "year":
        return "year"
    return "day"


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
    if start > 1 and doc[start - 1].lower_ == "than" and doc[start - 2].lower_ in ("more", "less"):
        return start - 2, unit, amount, False  # "more than two months after"
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
        counted = False
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
                    counted = doc[rel_start - 1].lower_ in _COUNTED_UNITS
            elif direction == 0:
                amount, exact = 0, False  # "during the strike": at the strike's time
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
            counted=counted,
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


@lru_cache(maxsize=1)
def _relation_hashes() -> frozenset[int]:
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return frozenset(int(hash_string(w)) for w in (*_RELATIONS, "to", "of"))


def resolve_anchor(
    anchor: EventAnchor, anchor_date: str, anchor_precision: Precision
) -> tuple[str, Precision] | None:
    """The date of an event dated from an anchor event, or None when the text does not say.

    ``anchor_date`` / ``anchor_precision`` are the linked event's date. The result has
    the coarser of the anchor's precision and the unit's ("a year after" -> year
    precision). Phrases without an amount ("after", "following") give None: the event is
    only known to be after (before) the anchor. An unstated count of days or weeks
    ("in the days following X", "weeks before X") keeps the anchor's date when that date
    is only a month or year (days) or a year (weeks): "the vote came in the days after
    the assassination in 2020" is dated 2020.
    """
    if anchor.amount is None:
        if anchor.counted and anchor_precision in _HOLDS.get(anchor.unit, ()):
            return anchor_date, anchor_precision
        return None
    return _shift(anchor_date, anchor_precision, anchor.amount, anchor.unit)
