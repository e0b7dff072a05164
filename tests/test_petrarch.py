"""Converting PETRARCH/TABARI actor dictionaries into annalyst YAML."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.knowledge.petrarch import convert_petrarch, import_petrarch, parse_code, parse_date

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge" / "petrarch_sample.txt"


@pytest.fixture(scope="module")
def converted() -> tuple[dict[str, dict[str, Any]], list[str]]:
    entries, problems = convert_petrarch(FIXTURE.read_text().splitlines(), "sample.txt")
    return {str(e["id"]): e for e in entries}, problems


def test_entry_with_dated_roles_and_aliases(
    converted: tuple[dict[str, dict[str, Any]], list[str]],
) -> None:
    entries, _ = converted
    maliki = entries["nouri-al-maliki"]
    assert maliki["name"] == "Nouri al-Maliki"
    assert maliki["type"] == "person"
    assert maliki["country"] == "IRQ"
    assert maliki["aliases"] == ["Nuri al-Maliki", "Jawad al-Maliki"]
    assert maliki["roles"][:2] == [
        {
            "title": "CAMEO IRQGOV",
            "country": "IRQ",
            "sector": "GOV",
            "from": "2006-05-20",
            "to": "2014-09-08",
        },
        {
            "title": "CAMEO IRQPTY",
            "country": "IRQ",
            "sector": "PTY",
            "from": "2014-09-09",
            "to": None,
        },
    ]
    # the second NOURI_AL-MALIKI line (29) was merged in: an undated IRQGOV code
    assert maliki["roles"][2] == {
        "title": "CAMEO IRQGOV",
        "country": "IRQ",
        "sector": "GOV",
        "from": None,
        "to": None,
    }
    obama = entries["barack-obama"]
    assert [r["from"] for r in obama["roles"]] == ["2005-01-03", "2009-01-20"]
    elders = entries["council-of-elders"]
    assert elders["roles"][0]["from"] is None and elders["roles"][0]["to"] == "2003-04-09"


def test_codes_map_to_country_and_sectors(
    converted: tuple[dict[str, dict[str, Any]], list[str]],
) -> None:
    entries, _ = converted
    assert entries["ghazalia"]["type"] == "state" and entries["ghazalia"]["country"] == "IRQ"
    assert entries["beit-al-hikma-forum"]["country"] is None
    assert entries["beit-al-hikma-forum"]["sectors"] == ["NGO", "EDU"]
    assert entries["river-valley-authority"]["sectors"] == ["IGO", "AGR"]
    assert entries["northern-desert-brigade"]["type"] == "group"
    unknown = entries["unknown-place"]
    assert unknown["country"] is None and "ZZZ is not an ISO-3" in str(unknown["note"])


def test_malformed_lines_are_reported_with_line_numbers_and_skipped(
    converted: tuple[dict[str, dict[str, Any]], list[str]],
) -> None:
    entries, problems = converted
    by_line = {int(p.split(":")[1]): p for p in problems}
    assert "unbalanced '['" in by_line[22]
    assert "no entry above it" in by_line[23]  # alias after the skipped entry
    assert "bad date '061340'" in by_line[24]
    assert "ends before it starts" in by_line[25]
    assert "bad date range" in by_line[26]
    assert "ignored markup" in by_line[20]
    assert "has no code" in by_line[28]
    assert "appears again (first at line 7)" in by_line[29]
    assert all(p.startswith("sample.txt:") for p in problems)
    assert "broken-bracket" not in entries and "bad-date-entry" not in entries
    assert "Orphan Alias After Broken" not in str(entries)


def test_dates_and_codes() -> None:
    assert parse_date("750101") == date(1975, 1, 1)
    assert parse_date("990524") == date(1999, 5, 24)
    assert parse_date("060520") == date(2006, 5, 20)
    assert parse_date("20230106") == date(2023, 1, 6)
    with pytest.raises(ValueError):
        parse_date("75011")
    code = parse_code("USAGOVMIL >751231")
    assert (code.country, code.sectors, code.start, code.end) == (
        "USA",
        ("GOV", "MIL"),
        date(1975, 12, 31),
        None,
    )
    code = parse_code("IRQGOV <840101")
    assert code.start is None and code.end == date(1984, 1, 1)
    code = parse_code("IRQGOV 750101-990524")
    assert (code.start, code.end) == (date(1975, 1, 1), date(1999, 5, 24))
    assert parse_code("IGOUNO").country is None
    assert parse_code("KOSGOV").country == "XKX"
    with pytest.raises(ValueError):
        parse_code("~PTY")
    with pytest.raises(ValueError):
        parse_code("IRQGOV 750101-99")


def test_import_writes_loadable_yaml(tmp_path: Path) -> None:
    out = tmp_path / "petrarch.yaml"
    problems = import_petrarch(FIXTURE, out, check_against=KnowledgeBase.load())
    data = yaml.safe_load(out.read_text())
    assert isinstance(data, list) and data
    # Nouri al-Maliki is already in the packaged knowledge base: skipped, reported
    assert any("already in the knowledge base as nouri-al-maliki" in p for p in problems)
    assert all(e["name"] != "Nouri al-Maliki" for e in data)
    kb = KnowledgeBase.load(extra=[out])
    assert kb.get("beit-al-hikma-forum") is not None
    assert [a.id for a in kb.lookup("Ghazaliya")] == ["ghazalia"]


def test_import_without_check(tmp_path: Path) -> None:
    out = tmp_path / "raw.yaml"
    import_petrarch(FIXTURE, out)
    kb = KnowledgeBase.load([out])
    assert kb.get("nouri-al-maliki") is not None
    assert kb.holder_of("CAMEO IRQGOV", None, date(2010, 1, 1)) == kb.get("nouri-al-maliki")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=20))
def test_convert_never_raises(lines: list[str]) -> None:
    entries, problems = convert_petrarch(lines, "fuzz")
    assert isinstance(entries, list) and isinstance(problems, list)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="ABCIRQUSAGOVMLP_+[]<>-#;0123456789 \t~", max_size=40),
        max_size=15,
    )
)
def test_convert_never_raises_on_dictionary_like_text(lines: list[str]) -> None:
    entries, _ = convert_petrarch(lines, "fuzz")
    for entry in entries:
        assert entry["id"] and entry["name"]
