"""The actor knowledge base: the packaged data, lookups, roles, validation errors."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.knowledge import actors as actors_mod
from annalyst.knowledge import agents as agents_mod
from annalyst.knowledge.actors import (
    ISO3,
    KnowledgeBase,
    KnowledgeBaseError,
    normalize_alias,
    packaged_actor_files,
)

FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"

_UN_MEMBERS_TEXT = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = _UN_MEMBERS_TEXT.split()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def one(kb: KnowledgeBase, alias: str) -> str:
    found = kb.lookup(alias)
    assert len(found) == 1, f"{alias!r} -> {[a.id for a in found]}"
    return found[0].id


# ------------------------------------------------------------------ packaged data


def test_counts_by_type(kb: KnowledgeBase) -> None:
    counts = kb.counts()
    assert len(kb) >= 1500
    assert counts["state"] >= 199
    assert counts["person"] >= 800
    assert counts["organization"] >= 800
    assert counts["group"] >= 120
    assert counts["aliases"] >= 7000
    assert len(kb.agents.nouns) >= 500


def test_every_sovereign_state(kb: KnowledgeBase) -> None:
    assert len(UN_MEMBERS) == 193
    states = {a.country for a in kb.actors.values() if a.type == "state"}
    missing = (set(UN_MEMBERS) | {"VAT", "PSE", "XKX", "TWN"}) - states
    assert not missing
    assert all(code in ISO3 for code in states)


def test_every_state_has_a_nationality_word(kb: KnowledgeBase) -> None:
    countries = {n.country for n in kb.agents.nationalities.values()}
    assert not (set(UN_MEMBERS) | {"PSE", "XKX", "TWN"}) - countries


_REQUIRED_TEXT = """united-states iraq iran israel syria lebanon turkey saudi-arabia russia china
    us-department-of-defense centcom cia us-treasury us-department-of-state white-house us-congress
    fbi nsa federal-reserve mossad shin-bet idf israeli-government irgc irgc-quds-force
    iranian-ministry-of-foreign-affairs iranian-judiciary islamic-consultative-assembly
    supreme-national-security-council iraqi-government iraqi-council-of-ministers
    council-of-representatives-of-iraq central-bank-of-iraq supreme-judicial-council-iraq
    iraqi-security-forces counter-terrorism-service kurdistan-regional-government peshmerga
    syrian-government syrian-arab-army peoples-assembly-of-syria lebanese-armed-forces
    turkish-armed-forces mit saudi-government saudi-armed-forces uae-government uae-armed-forces
    qatari-government qatar-armed-forces jordanian-government jordanian-armed-forces
    egyptian-government egyptian-armed-forces russian-ministry-of-defence svr fsb kremlin
    chinese-ministry-of-foreign-affairs pla uk-ministry-of-defence mi6
    popular-mobilization-forces kataib-hezbollah asaib-ahl-al-haq harakat-hezbollah-al-nujaba
    kataib-sayyid-al-shuhada badr-organization saraya-al-salam sadrist-movement fatah-alliance
    coordination-framework state-of-law-coalition kurdistan-democratic-party
    patriotic-union-of-kurdistan national-wisdom-movement huqouq-movement saraya-awliya-al-dam
    islamic-resistance-in-iraq sdf ypg hayat-tahrir-al-sham free-syrian-army syrian-national-army
    hezbollah amal-movement lebanese-resistance-brigades ansar-allah hamas qassam-brigades
    palestinian-islamic-jihad fatah palestinian-authority plo pflp akp mhp chp hdp pkk
    islamic-state al-qaeda al-nusra-front united-nations un-security-council un-general-assembly
    unami unhcr unicef who iaea opcw nato arab-league gcc opec opec-plus brics sco imf world-bank
    european-union african-union oic icc icj asian-development-bank
    global-coalition-against-daesh swift
    qassem-soleimani esmail-qaani hossein-salami abu-mahdi-al-muhandis falih-al-fayyadh
    abu-fadak-al-mohammedawi mohammad-bagheri ramezan-sharif lloyd-austin mark-milley
    kenneth-mckenzie ali-al-sistani ali-khamenei muqtada-al-sadr kazem-al-haeri
    mohammad-sadeq-al-sadr qais-al-khazali akram-al-kaabi hadi-al-amiri hassan-nasrallah
    naim-qassem abdul-malik-al-houthi ismail-haniyeh yahya-sinwar jafar-al-husseini
    abu-ali-al-askari mahmoud-al-rubaie masoud-barzani nechirvan-barzani masrour-barzani
    bafel-talabani fuad-hussein mohammed-shia-al-sudani mustafa-al-kadhimi haider-al-abadi
    nouri-al-maliki adil-abdul-mahdi ali-al-alaq faiq-zidan adnan-al-zurfi ammar-al-hakim
    osama-al-nujaifi iraj-masjedi donald-trump joe-biden barack-obama antony-blinken
    mike-pompeo ebrahim-raisi hassan-rouhani mohammad-javad-zarif hossein-amir-abdollahian
    benjamin-netanyahu naftali-bennett yair-lapid vladimir-putin sergey-lavrov
    recep-tayyip-erdogan hulusi-akar bashar-al-assad"""
REQUIRED = _REQUIRED_TEXT.split()


@pytest.mark.parametrize("actor_id", REQUIRED)
def test_required_actor_present(kb: KnowledgeBase, actor_id: str) -> None:
    assert kb.get(actor_id) is not None


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("Kataib Hezbollah", "kataib-hezbollah"),
        ("Kataeb Hezbollah", "kataib-hezbollah"),
        ("Kata'ib Hezbollah", "kataib-hezbollah"),
        ("Kata’ib Hezbollah", "kataib-hezbollah"),
        ("Kataʼib Hezbollah", "kataib-hezbollah"),
        ("kataib hizballah", "kataib-hezbollah"),
        ("Hezbollah Brigades", "kataib-hezbollah"),
        ("KH", "kataib-hezbollah"),
        ("Asa'ib Ahl al-Haq", "asaib-ahl-al-haq"),
        ("Asaib Ahl al-Haq", "asaib-ahl-al-haq"),
        ("Asa’ib Ahl al-Haq", "asaib-ahl-al-haq"),
        ("Asaib Ahl Al-Haq", "asaib-ahl-al-haq"),
        ("Hashd al-Shaabi", "popular-mobilization-forces"),
        ("Hashd al-Sha'abi", "popular-mobilization-forces"),
        ("Hashd al-Sha’abi", "popular-mobilization-forces"),
        ("al-Hashd al-Shaabi", "popular-mobilization-forces"),
        ("PMU", "popular-mobilization-forces"),
        ("PMF", "popular-mobilization-forces"),
        ("Popular Mobilization Forces", "popular-mobilization-forces"),
        ("Popular Mobilization Units", "popular-mobilization-forces"),
        ("Popular Mobilisation Units", "popular-mobilization-forces"),
        ("the Popular Mobilization Units", "popular-mobilization-forces"),
        ("Daesh", "islamic-state"),
        ("ISIS", "islamic-state"),
        ("ISIL", "islamic-state"),
        ("Islamic State", "islamic-state"),
        ("IS", "islamic-state"),
        ("Soleimani", "qassem-soleimani"),
        ("Suleimani", "qassem-soleimani"),
        ("Sulaimani", "qassem-soleimani"),
        ("Qasem Soleimani", "qassem-soleimani"),
        ("Hajj Qassem", "qassem-soleimani"),
        ("Muhandis", "abu-mahdi-al-muhandis"),
        ("Mohandes", "abu-mahdi-al-muhandis"),
        ("Abu Mahdi al-Muhandis", "abu-mahdi-al-muhandis"),
        ("Mustafa al-Kadhimi", "mustafa-al-kadhimi"),
        ("Kadhemi", "mustafa-al-kadhimi"),
        ("Kazemi", "mustafa-al-kadhimi"),
        ("al-Kazimi", "mustafa-al-kadhimi"),
        ("Nouri al-Maliki", "nouri-al-maliki"),
        ("Nuri al-Maliki", "nouri-al-maliki"),
        ("Faiq Zidan", "faiq-zidan"),
        ("Faiq Zidane", "faiq-zidan"),
        ("Adnan al-Zurfi", "adnan-al-zurfi"),
        ("Adnan al Zarfi", "adnan-al-zurfi"),
        ("Muqtada al-Sadr", "muqtada-al-sadr"),
        ("Sadr", "muqtada-al-sadr"),
        ("Ansarallah", "ansar-allah"),
        ("Houthis", "ansar-allah"),
        ("Ansar Allah", "ansar-allah"),
        ("United States", "united-states"),
        ("US", "united-states"),
        ("U.S.", "united-states"),
        ("USA", "united-states"),
        ("America", "united-states"),
        ("United States of America", "united-states"),
        ("Pentagon", "us-department-of-defense"),
        ("US Department of Defense", "us-department-of-defense"),
        ("CENTCOM", "centcom"),
        ("US Treasury", "us-treasury"),
        ("Central Bank of Iraq", "central-bank-of-iraq"),
        ("Iraqi Parliament", "council-of-representatives-of-iraq"),
        ("Council of Representatives", "council-of-representatives-of-iraq"),
        ("Majlis", "islamic-consultative-assembly"),
        ("Iranian Foreign Ministry", "iranian-ministry-of-foreign-affairs"),
        ("Quds Force", "irgc-quds-force"),
        ("IRGC", "irgc"),
        ("TSK", "turkish-armed-forces"),
        ("SAA", "syrian-arab-army"),
        ("Syrian People’s Assembly", "peoples-assembly-of-syria"),
        ("Global Coalition Against Daesh", "global-coalition-against-daesh"),
        ("US-led coalition", "global-coalition-against-daesh"),
        ("Erdoğan", "recep-tayyip-erdogan"),
        ("Erdogan", "recep-tayyip-erdogan"),
        ("Iraq's Parliament", "council-of-representatives-of-iraq"),
        ("Al-Fateh Alliance", "fatah-alliance"),
        ("Huqouq movement", "huqouq-movement"),
    ],
)
def test_alias_lookup(kb: KnowledgeBase, alias: str, actor_id: str) -> None:
    assert one(kb, alias) == actor_id


def test_ambiguous_alias_returns_every_owner(kb: KnowledgeBase) -> None:
    assert {a.id for a in kb.lookup("Barzani")} == {
        "masoud-barzani",
        "nechirvan-barzani",
        "masrour-barzani",
    }
    assert {a.id for a in kb.lookup("Fateh")} == {"fatah", "fatah-alliance"}
    assert kb.lookup("Nobody At All") == []


def test_no_alias_clashes_in_packaged_data(kb: KnowledgeBase) -> None:
    owners: dict[str, set[str]] = {}
    declared: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        for text in [actor.name, *actor.aliases]:
            owners.setdefault(normalize_alias(text), set()).add(actor.id)
        for amb in actor.ambiguous_aliases:
            declared.setdefault(normalize_alias(amb.alias), set()).add(actor.id)
    for key, ids in owners.items():
        if len(ids) > 1:
            assert ids <= declared.get(key, set()), f"{key!r} shared by {sorted(ids)}"


def test_capital_metonyms(kb: KnowledgeBase) -> None:
    pairs = {
        "Washington": "united-states",
        "Tehran": "iran",
        "Baghdad": "iraq",
        "Moscow": "russia",
        "Tel Aviv": "israel",
        "Beijing": "china",
        "Damascus": "syria",
        "Riyadh": "saudi-arabia",
        "Ankara": "turkey",
        "Beirut": "lebanon",
        "Kyiv": "ukraine",
        "London": "united-kingdom",
        "Paris": "france",
        "Erbil": "kurdistan-regional-government",
        "Sanaa": "ansar-allah",
    }
    for place, actor_id in pairs.items():
        actor = kb.metonym_of(place)
        assert actor is not None and actor.id == actor_id, place
        assert kb.lookup(place) == []
        assert [a.id for a in kb.lookup(place, metonyms=True)] == [actor_id]
    assert "Washington" not in {text for text, _ in kb.aliases()}
    assert ("Tehran", kb.get("iran")) in list(kb.metonyms())


def test_aliases_include_spelling_variants(kb: KnowledgeBase) -> None:
    forms = {text for text, actor in kb.aliases() if actor.id == "kataib-hezbollah"}
    assert {"Kataib Hezbollah", "Kata'ib Hezbollah", "Kata’ib Hezbollah", "KH"} <= forms
    forms = {text for text, actor in kb.aliases() if actor.id == "asaib-ahl-al-haq"}
    assert {"Asa'ib Ahl al-Haq", "Asa’ib Ahl al-Haq", "Asa'ib Ahl al Haq"} <= forms
    owners = [actor.id for text, actor in kb.aliases() if text == "Barzani"]
    assert sorted(owners) == ["masoud-barzani", "masrour-barzani", "nechirvan-barzani"]


@pytest.mark.parametrize(
    ("title", "country", "on", "expected"),
    [
        ("Prime Minister of Iraq", None, date(2023, 1, 6), "mohammed-shia-al-sudani"),
        ("Prime Minister of Iraq", None, date(2021, 7, 15), "mustafa-al-kadhimi"),
        ("Prime Minister of Iraq", None, date(2016, 3, 1), "haider-al-abadi"),
        ("Prime Minister of Iraq", None, date(2010, 1, 1), "nouri-al-maliki"),
        ("Prime Minister of Iraq", None, date(2019, 6, 1), "adil-abdul-mahdi"),
        ("Prime Minister of Iraq", None, date(2005, 1, 1), "ayad-allawi"),
        ("Prime Minister of Iraq", None, date(2022, 10, 27), "mohammed-shia-al-sudani"),
        ("Prime Minister", "IRQ", date(2021, 7, 15), "mustafa-al-kadhimi"),
        ("Iraqi prime minister", None, date(2023, 1, 6), "mohammed-shia-al-sudani"),
        ("the Iraqi Prime Minister", None, date(2021, 7, 15), "mustafa-al-kadhimi"),
        ("Iraq’s prime minister", None, date(2021, 7, 15), "mustafa-al-kadhimi"),
        ("President of the United States", None, date(2020, 1, 3), "donald-trump"),
        ("US President", None, date(2023, 2, 8), "joe-biden"),
        ("American president", None, date(2012, 6, 1), "barack-obama"),
        ("President", "USA", date(2003, 3, 20), "george-w-bush"),
        ("President", "USA", date(2025, 3, 1), "donald-trump"),
        ("President of Iran", None, date(2023, 1, 1), "ebrahim-raisi"),
        ("Iranian President", None, date(2015, 7, 14), "hassan-rouhani"),
        ("President of Iran", None, date(2024, 9, 1), "masoud-pezeshkian"),
        ("Prime Minister of Israel", None, date(2021, 12, 1), "naftali-bennett"),
        ("Israeli Prime Minister", None, date(2022, 8, 1), "yair-lapid"),
        ("Israeli Prime Minister", None, date(2023, 10, 7), "benjamin-netanyahu"),
        ("Secretary of State", "USA", date(2023, 2, 8), "antony-blinken"),
        ("US Secretary of Defense", None, date(2021, 6, 1), "lloyd-austin"),
        ("Foreign Minister of Iraq", None, date(2023, 2, 8), "fuad-hussein"),
        ("Iranian foreign minister", None, date(2022, 1, 1), "hossein-amir-abdollahian"),
        ("Commander of the Quds Force", None, date(2019, 1, 1), "qassem-soleimani"),
        ("Commander of the Quds Force", None, date(2020, 6, 1), "esmail-qaani"),
        ("Secretary General of Hezbollah", None, date(2020, 1, 1), "hassan-nasrallah"),
        ("Secretary General of Hezbollah", None, date(2025, 1, 1), "naim-qassem"),
        ("Governor of the Central Bank of Iraq", None, date(2023, 2, 8), "ali-al-alaq"),
        ("Supreme Leader of Iran", None, date(2021, 1, 1), "ali-khamenei"),
        ("President of Syria", None, date(2015, 1, 1), "bashar-al-assad"),
        ("President of Turkey", None, date(2020, 1, 1), "recep-tayyip-erdogan"),
    ],
)
def test_holder_of(
    kb: KnowledgeBase, title: str, country: str | None, on: date, expected: str
) -> None:
    holder = kb.holder_of(title, country, on)
    assert holder is not None and holder.id == expected


def test_holder_of_gaps_and_ambiguity(kb: KnowledgeBase) -> None:
    assert kb.holder_of("Prime Minister of Iraq", None, date(2004, 1, 1)) is None
    assert kb.holder_of("Prime Minister", None, date(2021, 1, 1)) is None  # which country?
    assert kb.holder_of("Emperor of Mars", None, date(2021, 1, 1)) is None
    assert kb.holder_of("", None, date(2021, 1, 1)) is None


def test_search_is_fuzzy(kb: KnowledgeBase) -> None:
    assert kb.search("Kataib Hezbolah")[0].id == "kataib-hezbollah"
    assert kb.search("Asaeb Ahl alHaq")[0].id == "asaib-ahl-al-haq"
    assert kb.search("Mustafa al-Kadimi")[0].id == "mustafa-al-kadhimi"
    assert len(kb.search("Hezbollah", limit=3)) <= 3
    assert kb.search("") == []


def test_actor_ref_matches_schema(kb: KnowledgeBase) -> None:
    actor = kb.get("kataib-hezbollah")
    assert actor is not None
    ref = actor.ref("Kataeb Hezbollah")
    assert ref == {
        "id": "kataib-hezbollah",
        "name": "Kataib Hezbollah",
        "text": "Kataeb Hezbollah",
        "country": "IRQ",
        "sectors": ["REB", "MIL"],
        "type": "group",
    }


def test_dates_are_parsed_with_partial_precision() -> None:
    kb = KnowledgeBase.load([FIXTURES / "valid_small.yaml"])
    person = kb.get("jane-river")
    assert person is not None
    first, second = person.roles
    assert first.from_ == date(2020, 5, 1) and first.to == date(2022, 10, 27)
    assert second.from_ == date(2024, 1, 1) and second.to is None
    aff = kb.actors["river-guard"].affiliations[0]
    assert aff.from_ == date(2014, 1, 1) and aff.to is None
    assert kb.holder_of("Prime Minister of Riverland", None, date(2021, 1, 1)) == person
    assert kb.holder_of("Prime Minister of Riverland", None, date(2023, 1, 1)) is None
    assert [a.id for a in kb.lookup("Kata’ib al-Nahr")] == ["river-guard"]


def test_default_load_is_cached() -> None:
    # How long a load takes is measured by benchmarks/speed_nlp.py, not asserted here:
    # wall-clock limits fail at random on small shared machines.
    actors_mod._default_kb.cache_clear()
    actors_mod._parse_cached.cache_clear()
    agents_mod._default_agents.cache_clear()
    first = KnowledgeBase.load()
    assert KnowledgeBase.load() is first
    assert actors_mod._default_kb.cache_info().hits >= 1


# ------------------------------------------------------------------ agents


@pytest.mark.parametrize(
    ("phrase", "country", "sectors"),
    [
        ("Iraqi lawmakers", "IRQ", ("LEG",)),
        ("US forces", "USA", ("MIL",)),
        ("U.S. troops", "USA", ("MIL",)),
        ("American troops", "USA", ("MIL",)),
        ("the Iranian Foreign Ministry", "IRN", ("GOV",)),
        ("Iraqi resistance factions", "IRQ", ("REB",)),
        ("Israeli operatives", "ISR", ("SPY",)),
        ("protesters", None, ("OPP", "CVL")),
        ("civilians", None, ("CVL",)),
        ("the judiciary", None, ("JUD",)),
        ("Turkish soldiers", "TUR", ("MIL",)),
        ("Saudi officials", "SAU", ("GOV",)),
        ("Emirati diplomats", "ARE", ("GOV",)),
        ("Syrian police", "SYR", ("COP",)),
        ("Lebanese clerics", "LBN", ("REL",)),
        ("Iraqis", "IRQ", ()),
    ],
)
def test_agent_phrases(
    kb: KnowledgeBase, phrase: str, country: str | None, sectors: tuple[str, ...]
) -> None:
    match = kb.agents.parse(phrase)
    assert match is not None
    assert match.country == country
    assert match.sectors == sectors


def test_kurdish_is_a_region(kb: KnowledgeBase) -> None:
    match = kb.agents.parse("Kurdish fighters")
    assert match is not None
    assert match.country is None and match.region == "Kurdistan"
    assert match.sectors == ("REB",)
    assert kb.agents.parse("Martian lawmakers") is None
    assert kb.agents.nationality("American") is not None
    assert kb.lookup("American") == []  # demonyms are not state aliases


# ------------------------------------------------------------------ bad input


def _error(paths: list[str], extra: list[str] | None = None) -> str:
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([FIXTURES / p for p in paths], [FIXTURES / p for p in extra or []])
    return str(info.value)


@pytest.mark.parametrize(
    ("fixture", "line", "entry", "field", "reason"),
    [
        ("bad_syntax.yaml", 6, "?", "yaml", "syntax error"),
        ("unknown_field.yaml", 7, "second", "colour", "unknown field"),
        ("bad_type.yaml", 3, "thing", "type", "person"),
        ("bad_iso.yaml", 4, "thing", "country", "ISO-3"),
        ("unknown_sector.yaml", 5, "thing", "sectors", "unknown sector code: 'XYZ'"),
        ("unknown_relation.yaml", 8, "b", "affiliations[0].relation", "member_of"),
        ("unknown_target.yaml", 5, "a", "affiliations[0].target", "unknown actor id"),
        ("from_after_to.yaml", 5, "p", "roles[0].to", "after"),
        ("bad_date.yaml", 5, "p", "roles[0].from", "not a valid date"),
        ("duplicate_key.yaml", 4, "p", "name", "given twice"),
    ],
)
def test_malformed_file_errors(
    fixture: str, line: int, entry: str, field: str, reason: str
) -> None:
    message = _error([fixture])
    first = message.splitlines()[0]
    assert first.startswith(f"{FIXTURES / fixture}:{line}: {entry}: {field}: "), first
    assert reason in first


def test_every_problem_is_reported() -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([FIXTURES / "bad_iso.yaml", FIXTURES / "unknown_sector.yaml"])
    assert len(info.value.errors) == 2


def test_duplicate_ids_across_files() -> None:
    message = _error(["dup_id_a.yaml", "dup_id_b.yaml"])
    assert f"{FIXTURES / 'dup_id_b.yaml'}:4: same-id: id: duplicate id" in message
    assert f"{FIXTURES / 'dup_id_a.yaml'}:1" in message


def test_alias_clash_names_both_actors_and_files() -> None:
    message = _error(["clash_a.yaml", "clash_b.yaml"])
    assert "alias clash" in message
    assert "alpha-front" in message and "beta-front" in message
    assert "clash_a.yaml:4" in message and "clash_b.yaml:4" in message
    assert re.search(r"clash_b\.yaml:4: beta-front: aliases\[1\]", message)


def test_declared_ambiguous_aliases_load() -> None:
    kb = KnowledgeBase.load([FIXTURES / "ambiguous_a.yaml", FIXTURES / "ambiguous_b.yaml"])
    assert {a.id for a in kb.lookup("the front")} == {"alpha-front", "beta-front"}


def test_one_sided_ambiguity_is_still_a_clash() -> None:
    message = _error(["ambiguous_a.yaml", "clash_b.yaml"])
    assert "beta-front" in message and "alias clash" in message


def test_user_override_is_reported_not_silent() -> None:
    kb = KnowledgeBase.load(extra=[FIXTURES / "user_override.yaml"])
    actor = kb.get("kataib-hezbollah")
    assert actor is not None and actor.sectors == ("REB",)
    assert kb.lookup("Kataeb Hezbollah") == []  # the packaged aliases went with the entry
    assert [a.id for a in kb.lookup("Marsh Sons")] == ["my-local-militia"]
    assert len(kb.notes) == 1
    assert "user_override.yaml:2: kataib-hezbollah: overrides the entry at" in kb.notes[0]
    assert "iraq.yaml" in kb.notes[0]
    assert kb.origins["my-local-militia"][0].endswith("user_override.yaml")
    # the shared default knowledge base is untouched
    default = KnowledgeBase.load()
    assert default.get("my-local-militia") is None
    assert default.notes == []


def test_packaged_files_exist() -> None:
    names = {p.name for p in packaged_actor_files()}
    assert {"states.yaml", "iraq.yaml", "iran.yaml", "igos.yaml", "usa.yaml"} <= names


# ------------------------------------------------------------------ robustness


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_lookup_never_raises(text: str) -> None:
    kb = KnowledgeBase.load()
    assert isinstance(kb.lookup(text), list)
    assert isinstance(kb.lookup(text, metonyms=True), list)
    assert isinstance(normalize_alias(text), str)
    kb.metonym_of(text)
    kb.agents.parse(text)
    kb.holder_of(text, None, date(2020, 1, 1))


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_search_never_raises(text: str) -> None:
    assert isinstance(KnowledgeBase.load().search(text, limit=5), list)


@pytest.mark.parametrize(
    ("country", "state"), [("TUR", "turkey"), ("RUS", "russia"), ("IRQ", "iraq")]
)
def test_the_state_of_today_is_the_one_with_a_capital(
    kb: KnowledgeBase, country: str, state: str
) -> None:
    # (the Ottoman Empire, the Soviet Union and Ba'athist Iraq share their successors' codes)
    found = kb.state_of(country)
    assert found is not None and found.id == state
