"""Listing every time expression of a document (:func:`find_times`): candidates from
patterns, event-relative phrases and DATE entities, then dated in four passes (explicit
dates, partial and relative expressions, narrative phrases, anchored phrases)."""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import TYPE_CHECKING

from annalyst.nlp.time.anchors import _anchor_cands, _as_unit, _trim_anchors, resolve_anchor
from annalyst.nlp.time.candidates import _Cand, _cands_from_patterns, _entity_cands
from annalyst.nlp.time.dates import _COARSENESS, _as_date, _dateparser_read, _shift, _valid
from annalyst.nlp.time.model import TimeExpr
from annalyst.nlp.time.resolution import _context_year, _previous, _resolve_relative, _set
from annalyst.nlp.time.syntax import (
    _BOUNDS,
    _attachment,
    _doc_text,
    _future_clause,
    _preposition,
    _token_arrays,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_times(
    doc: Doc, published: date | datetime | str | None, *, day_first: bool = True
) -> list[TimeExpr]:
    """Every time expression of ``doc``, resolved against the publication date.

    ``published`` may be a ``date``/``datetime`` or an ISO string; None means unknown
    (relative expressions then get no date). ``day_first`` reads "8/1/2020" as 8 January.
    The result is sorted by position; anchored phrases may contain other expressions
    inside their anchor ("two days after the 3 January strike").
    """
    text = _doc_text(doc)
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
        if anchor is None or (anchor.amount is None and not anchor.counted):
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
        shifted = resolve_anchor(anchor, best.date, best.precision)
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
        step = None
        if cand.public == "narrative" and cand.n is not None and cand.unit is not None:
            step = (cand.n, _as_unit(cand.unit))
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
                step=step,
            )
        )
    result.sort(key=lambda t: (t.start, -t.end))
    return result
