"""Dating one candidate: a relative expression against the publication date, a day or
month without a year from an explicit date nearby, a narrative phrase ("two days
later") from the expression before it."""

from __future__ import annotations

from datetime import date

from annalyst.nlp.time.candidates import _Cand
from annalyst.nlp.time.dates import _add_days, _add_months, _iso, _valid
from annalyst.nlp.time.model import Kind, Precision
from annalyst.nlp.time.syntax import _BOUNDS


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
        if cand.rel in _OF_A_WEEK:
            # "on Wednesday last week": that day of the week before the report's
            day = _add_days(pub, 7 * _OF_A_WEEK[cand.rel] - pub.weekday() + wd)
            cand.future = day is not None and day > pub
        elif cand.rel == "last":
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


# Weeks a weekday is told of ("Wednesday last week"), by their distance from the report's.
_OF_A_WEEK = {"last week": -1, "this week": 0, "next week": 1}

# How many characters after a day without a year a year may stand and still be its
# ("on 3 May, 2021").
_NEXT_TO = 8


def _context_year(
    cand: _Cand, explicit: list[_Cand], sent_of: dict[int, int], sent_index: int
) -> date | None:
    best: _Cand | None = None
    best_dist = 0
    for other in explicit:
        if other.date is None:
            continue
        s = sent_of[id(other)]
        if s == sent_index and other.precision == "year" and other.start > cand.end + _NEXT_TO:
            # (a year told later in the sentence is another thing's: "gathered on March 9
            # …, demanding the monarchy abolished in 2008 be restored")
            continue
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
