"""Bylines: people go to authors, desks and outlets do not."""

from __future__ import annotations

import pytest

from annalyst.ingest.bylines import looks_like_person, outlet_statement, parse_byline
from annalyst.ingest.readers.dump import outlet_lookup


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By Zaher Mousa", ["Zaher Mousa"], None),
        ("ByNews Desk-", [], None),
        ("By Staff, Agencies", [], None),
        ("By Al Mayadeen English", [], "Al Mayadeen"),
        ("By The Cradle’s Lebanon Correspondent", [], "The Cradle"),
        ("By Jim W. Dean, Managing Editor -March 7, 2021", ["Jim W. Dean"], None),
        ("By Aram Mirzaei for the Saker blog", ["Aram Mirzaei"], "The Saker"),
        ("By Sara Khalil and Omar Nasser", ["Sara Khalil", "Omar Nasser"], None),
        ("By Reuters", [], "Reuters"),
    ],
)
def test_parse_byline(line: str, authors: list[str], outlet: str | None) -> None:
    byline = parse_byline(line, outlet_lookup())
    assert byline.authors == authors
    assert byline.outlet == outlet


def test_person_names() -> None:
    assert looks_like_person("Robert Inlakesh")
    assert looks_like_person("Abu Mahdi al-Muhandis")
    assert looks_like_person("محمد صادق الحسيني")
    assert not looks_like_person("كاتب فلسطيني")
    assert not looks_like_person("News Desk")
    assert not looks_like_person("The prospective Iraqi government is vacillating")
    assert not looks_like_person("NATO")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Press TV", "Press TV"),
        ("Source: News websites", None),
        ("The original source of this article is The Cradle", "The Cradle"),
        (
            "The views expressed in this article do not necessarily reflect those of The Cradle.",
            "The Cradle",
        ),
        (
            "Press TV’s website can also be accessed at the following alternate addresses:",
            "Press TV",
        ),
    ],
)
def test_outlet_statements(line: str, outlet: str | None) -> None:
    assert outlet_statement(line, outlet_lookup()) == outlet
