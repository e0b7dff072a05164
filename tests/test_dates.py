"""Date lines and free-form dates."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.ingest.dates import date_line, find_date, normalize_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("February 16 2023", "2023-02-16"),
        ("6 Jan 2023", "2023-01-06"),
        ("January 04 2023", "2023-01-04"),
        ("18/07/2021", "2021-07-18"),
        ("05/07/2021", "2021-07-05"),
        ("04.05.2021", "2021-05-04"),
        ("22 Jul 21", "2021-07-22"),
        ("    Sunday, 01 January 2023 11:23 AM  ", "2023-01-01"),
        ("March 06, 2022", "2022-03-06"),
        ("Jan 09 2022", "2022-01-09"),
        (" July 25, 2021", "2021-07-25"),
        ("Posted on 3 May 2020", "2020-05-03"),
        ("2021-07-18", "2021-07-18"),
        ("الثلاثاء 9 آذار 2021", "2021-03-09"),
        ("12 حزيران 2020", "2020-06-12"),
        ("الأحد ٥ يناير ٢٠٢٠", "2020-01-05"),
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    found = date_line(line)
    assert found is not None, line
    assert found.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "On 8 February, 2023, an Iraqi delegation arrived in Washington.",
        "The Cradle 5 March 2022 and more words after it",
        "May 2nd",
        "Headline about the talks",
        "31/02/2021",
        "",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_find_date_inside_byline() -> None:
    found = find_date("By Jim W. Dean, Managing Editor -March 7, 2021")
    assert found is not None and found.iso == "2021-03-07"


def test_normalize_date_forms() -> None:
    assert normalize_date("Mon, 06 Jan 2020 10:00:00 GMT") == "2020-01-06"
    assert normalize_date("2021-07-26T14:00:00Z") == "2021-07-26"
    assert normalize_date("26 July 2021") == "2021-07-26"
    assert normalize_date("yesterday") is None
    assert normalize_date("") is None
    assert normalize_date(None) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_fuzz_dates_never_crash(text: str) -> None:
    for value in (date_line(text), find_date(text)):
        if value is not None:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", value.iso)
    result = normalize_date(text)
    assert result is None or re.fullmatch(r"\d{4}-\d\d-\d\d", result)
