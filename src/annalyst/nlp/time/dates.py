"""Calendar arithmetic on resolved dates: valid dates in the years we accept, shifting
by days, weeks, months or years at a precision, ISO text, reading a publication date,
and dateparser's reading of an entity the patterns did not understand."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final

from annalyst.nlp.time.model import Precision

_UNIT_DAYS: Final[dict[str, int]] = {"day": 1, "week": 7, "month": 30, "year": 365}
_COARSENESS: Final[dict[str, int]] = {"day": 0, "month": 1, "year": 2}
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2100


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
