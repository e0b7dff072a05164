"""The words time expressions are written with: month, weekday and number names."""

from __future__ import annotations

from typing import Final


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
