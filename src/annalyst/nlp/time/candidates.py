"""Finding time expressions: pattern matches over the text and the model's DATE
entities, as candidates that resolution will date.

A candidate records what the text says (year, month, day, amount, unit, relation); the
fields after ``inner_start`` are filled in by resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annalyst.nlp.time.model import EventAnchor, Kind, Precision
from annalyst.nlp.time.patterns import (
    _ASCII_LOWER,
    _DURATION,
    _ENDS_PHRASE,
    _HAS_MONTH,
    _HAS_YEAR,
    _HOOKS_LATER,
    _LEFT_CUE,
    _MONTH_ONLY,
    _P_AGO,
    _P_COMING,
    _P_DAYREL,
    _P_DECADE,
    _P_DM,
    _P_DMY,
    _P_FROMNOW,
    _P_IN,
    _P_ISO,
    _P_LATER,
    _P_MD,
    _P_MDY,
    _P_MONTH,
    _P_MY,
    _P_NARR,
    _P_NUM,
    _P_PERIOD,
    _P_SEASON,
    _P_WEEKDAY,
    _P_WEEKEND,
    _P_YEAR,
    _YEAR_ONLY,
    _ending_at,
    _word_ends,
    _year_of_ok,
)
from annalyst.nlp.time.words import _MONTH_NUM, _WEEKDAY_NUM, _number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
        elif m["on"]:
            n = 0  # the night that ends on the day of the report
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
                rel=f"{m['week'].lower()} week" if m["week"] else (words[0] if words else None),
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
