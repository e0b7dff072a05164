"""Tests for the news-outlet registry (annalyst.knowledge.outlets)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.knowledge.outlets import (
    KINDS,
    Outlet,
    OutletRegistry,
    OutletRegistryError,
    default_registry,
    name_key,
)


@pytest.fixture(scope="module")
def registry() -> OutletRegistry:
    return default_registry()


def names_found(registry: OutletRegistry, text: str) -> list[str]:
    return [outlet.name for outlet, _, _ in registry.find_in_text(text)]


def spans_found(registry: OutletRegistry, text: str) -> list[tuple[str, str]]:
    return [(outlet.name, text[start:end]) for outlet, start, end in registry.find_in_text(text)]


# --- the packaged data ----------------------------------------------------------

REQUIRED: dict[str, list[str]] = {
    "The Cradle": [],
    "Al Mayadeen": ["Al Mayadeen English", "al-Mayadeen", "Al Mayadeen TV", "Almayadeen"],
    "Press TV": ["PressTV", "Press TV’s"],
    "Al-Ahed News": ["Al-Ahed", "Alahednews", "Al Ahed"],
    "Global Research": ["Global Research, Centre for Research on Globalization", "CRG"],
    "SANA": ["Syrian Arab News Agency"],
    "South Front": ["SouthFront", "Southfront"],
    "The Saker": ["the Saker blog", "Saker"],
    "Veterans Today": [],
    "Al-Akhbar": ["الأخبار"],
    "Sabereen News": [],
    "Mehr News Agency": ["Mehr"],
    "Tasnim News Agency": [],
    "Fars News Agency": [],
    "IRNA": [],
    "Rudaw": [],
    "Shafaq News": [],
    "Kurdistan 24": [],
    "Al-Masirah": [],
    "Al-Manar": [],
    "Al Jazeera": [],
    "Al Arabiya": [],
    "Anadolu Agency": [],
    "Reuters": [],
    "AP": ["Associated Press"],
    "AFP": ["Agence France-Presse"],
    "Haaretz": [],
    "The Times of Israel": [],
    "Jerusalem Post": [],
    "RT": ["Russia Today", "RT Arabic"],
    "TASS": [],
    "Sputnik": [],
    "Xinhua": [],
    "BBC": ["BBC News", "BBC Farsi", "BBC Persian", "BBC Arabic"],
    "CNN": [],
    "The New York Times": [],
    "The Washington Post": [],
    "Politico": [],
    "Oman Observer": [],
    "Al-Binaa": [],
    "Military.com": [],
    "Navy Times": [],
    "Al-Jarida": [],
    "ISNA": [],
    # Alternative and partisan sites named in the brief.
    "MintPress News": [],
    "The Grayzone": [],
    "ZeroHedge": [],
    "Consortium News": [],
    "Antiwar.com": [],
}


def test_packaged_registry_is_large(registry: OutletRegistry) -> None:
    assert len(registry) >= 400
    assert len(registry.outlets) == len(registry)


def test_default_registry_is_cached() -> None:
    assert default_registry() is default_registry()


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_required_outlet_present(registry: OutletRegistry, name: str) -> None:
    outlet = registry.get(name)
    assert outlet is not None, name
    assert outlet.name == name
    assert registry.canonical(name) == name
    for variant in REQUIRED[name]:
        assert registry.canonical(variant) == name, variant


def test_required_variants_are_listed_in_the_data(registry: OutletRegistry) -> None:
    for name, variants in REQUIRED.items():
        outlet = registry.get(name)
        assert outlet is not None
        listed = set(outlet.variants)
        assert set(variants) <= listed, (name, set(variants) - listed)


def test_al_akhbar_is_the_lebanese_paper(registry: OutletRegistry) -> None:
    outlet = registry.get("Al-Akhbar")
    assert outlet is not None
    assert outlet.country == "LBN"
    assert outlet.language == "ar"
    assert outlet.kind == "newspaper"
    assert "الأخبار" in outlet.variants


@pytest.mark.parametrize(
    ("name", "country", "kind", "state_affiliated"),
    [
        ("Press TV", "IRN", "broadcaster", True),
        ("SANA", "SYR", "agency", True),
        ("Xinhua", "CHN", "agency", True),
        ("RT", "RUS", "broadcaster", True),
        ("Reuters", "GBR", "agency", False),
        ("Haaretz", "ISR", "newspaper", False),
        ("Rudaw", "IRQ", "broadcaster", False),
        ("Oman Observer", "OMN", "newspaper", True),
        ("Global Research", "CAN", "website", False),
        ("The Saker", "USA", "blog", False),
    ],
)
def test_outlet_facts(
    registry: OutletRegistry, name: str, country: str, kind: str, state_affiliated: bool
) -> None:
    outlet = registry.get(name)
    assert outlet is not None
    assert (outlet.country, outlet.kind, outlet.state_affiliated) == (
        country,
        kind,
        state_affiliated,
    )


def test_data_is_well_formed(registry: OutletRegistry) -> None:
    countries = {outlet.country for outlet in registry}
    assert {"IRQ", "IRN", "SYR", "LBN", "ISR", "PSE", "JOR", "EGY", "TUR", "YEM"} <= countries
    assert {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"} <= countries
    assert {"USA", "GBR", "FRA", "DEU", "RUS", "CHN"} <= countries
    assert {"IND", "PAK", "JPN", "KOR", "NGA", "ZAF", "BRA", "MEX", "ARG"} <= countries
    assert {outlet.kind for outlet in registry} == KINDS
    assert any(outlet.country is None for outlet in registry)
    for outlet in registry:
        assert outlet.language is None or len(outlet.language) == 2, outlet.name


def test_every_name_and_domain_leads_back_to_its_outlet(registry: OutletRegistry) -> None:
    for outlet in registry:
        for name in outlet.names:
            assert registry.get(name) is outlet, name
        for domain in outlet.domains:
            assert registry.by_domain(domain) is outlet, domain
            assert registry.by_domain(f"https://www.{domain}/some/path?x=1") is outlet, domain


def test_every_name_found_in_a_byline(registry: OutletRegistry) -> None:
    """Each outlet is found under its canonical name, written as in the data."""
    missing = []
    for outlet in registry:
        hits = registry.find_in_text(f"Source: {outlet.name}")
        if not any(found is outlet for found, _, _ in hits):
            missing.append(outlet.name)
    assert missing == []


# --- canonical() and get() ----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("al-Mayadeen", "Al Mayadeen"),
        ("AL MAYADEEN", "Al Mayadeen"),
        ("Al  Mayadeen", "Al Mayadeen"),
        ("al_mayadeen", "Al Mayadeen"),
        ("Almayadeen", "Al Mayadeen"),
        ("Al Mayadeen’s", "Al Mayadeen"),
        ("Al Mayadeen's", "Al Mayadeen"),
        ("Press TV’s", "Press TV"),
        ("PRESS-TV", "Press TV"),
        ("presstv", "Press TV"),
        ("Cradle", "The Cradle"),
        ("the cradle", "The Cradle"),
        ("The Cradle's", "The Cradle"),
        ("New York Times", "The New York Times"),
        ("the Washington Post’s", "The Washington Post"),
        ("Associated Press", "AP"),
        ("the associated press", "AP"),
        ("A.F.P.", "AFP"),
        ("Agence France Presse", "AFP"),
        ("Syrian Arab News Agency", "SANA"),
        ("Global Research, Centre for Research on Globalization", "Global Research"),
        ("Centre for Research on Globalization", "Global Research"),
        ("south front", "South Front"),
        ("Libération", "Libération"),
        ("Liberation", "Libération"),
        ("Hurriyet", "Hürriyet"),
        ("  Reuters  ", "Reuters"),
        ("Reuters.", "Reuters"),
        ("الأخبار", "Al-Akhbar"),
        ("الاخبار", "Al-Akhbar"),  # alef without hamza
        ("Jane's", "Janes"),
        ("Military.com", "Military.com"),
    ],
)
def test_canonical(registry: OutletRegistry, query: str, expected: str) -> None:
    assert registry.canonical(query) == expected


@pytest.mark.parametrize("query", ["", " ", "...", "The", "Apple", "a map", "Mayadeen Al", "BBCX"])
def test_canonical_unknown(registry: OutletRegistry, query: str) -> None:
    assert registry.canonical(query) is None
    assert registry.get(query) is None
    assert query not in registry


def test_get_returns_outlet(registry: OutletRegistry) -> None:
    outlet = registry.get("presstv")
    assert isinstance(outlet, Outlet)
    assert outlet.name == "Press TV"
    assert "presstv.ir" in outlet.domains
    assert "Press TV" in registry


def test_name_key() -> None:
    assert name_key("al-Mayadeen") == name_key("Al Mayadeen") == "almayadeen"
    assert name_key("The Cradle") == name_key("cradle")
    assert name_key("The") == "the"
    assert name_key("") == ""


def test_outlets_are_hashable(registry: OutletRegistry) -> None:
    found = {outlet for outlet, _, _ in registry.find_in_text("Reuters, AP and Reuters again")}
    assert {outlet.name for outlet in found} == {"Reuters", "AP"}


# --- by_domain() ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.presstv.ir/Detail/2023/01/15/697531/Iran-news", "Press TV"),
        ("http://presstv.ir", "Press TV"),
        ("presstv.ir/Detail/2023/01/15/697531", "Press TV"),
        ("WWW.PRESSTV.IR", "Press TV"),
        ("media.thecradle.co", "The Cradle"),
        ("https://thecradle.co/articles/some-story", "The Cradle"),
        ("https://english.almayadeen.net/news/politics/x", "Al Mayadeen"),
        ("https://www.globalresearch.ca/some-article/5812345", "Global Research"),
        ("https://southfront.press/x/", "South Front"),
        ("https://sana.sy/en/?p=123", "SANA"),
        ("https://www.bbc.co.uk/news/world-middle-east-1", "BBC"),
        ("https://www.bbc.com/persian/iran-1", "BBC"),
        ("https://arabic.rt.com/middle_east/1", "RT"),
        ("https://user:pw@www.reuters.com:443/world/", "Reuters"),
        ("//apnews.com/article/x", "AP"),
        ("presstv.ir.", "Press TV"),
        ("https://news.sky.com/story/x", "Sky News"),
        ("https://oglobo.globo.com/mundo/", "O Globo"),
        ("https://g1.globo.com/mundo/", "Globo"),
        ("https://timesofindia.indiatimes.com/world", "The Times of India"),
    ],
)
def test_by_domain(registry: OutletRegistry, url: str, expected: str) -> None:
    outlet = registry.by_domain(url)
    assert outlet is not None, url
    assert outlet.name == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "co.uk",
        "com",
        "https://example.com/presstv.ir",
        "https://www.sky.com/broadband",
        "https://notpresstv.ir",
        "https://presstv.ir.evil.example/",
        "http://[invalid",
        "mailto:someone@example.com",
        "not a url at all",
    ],
)
def test_by_domain_unknown(registry: OutletRegistry, url: str) -> None:
    assert registry.by_domain(url) is None


# --- find_in_text() -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Source: Press TV", [("Press TV", "Press TV")]),
        ("By Al Mayadeen English", [("Al Mayadeen", "Al Mayadeen English")]),
        (
            "The views expressed in this article do not necessarily reflect those of The Cradle.",
            [("The Cradle", "The Cradle")],
        ),
        (
            "The original source of this article is The Cradle",
            [("The Cradle", "The Cradle")],
        ),
        (
            "The original source of this article is Global Research, Centre for Research on Globalization",
            [("Global Research", "Global Research, Centre for Research on Globalization")],
        ),
        (
            "Copyright © Global Research, CRG, 2023",
            [("Global Research", "Global Research"), ("Global Research", "CRG")],
        ),
        ("This article was originally published by al-Mayadeen.", [("Al Mayadeen", "al-Mayadeen")]),
        ("Press TV’s correspondent in Beirut", [("Press TV", "Press TV")]),
        ("DAMASCUS, (SANA) – The army said", [("SANA", "SANA")]),
        ("Tehran, IRNA -- Officials said", [("IRNA", "IRNA")]),
        ("(AP) — The ministry said", [("AP", "AP")]),
        (
            "according to Reuters and the Associated Press",
            [("Reuters", "Reuters"), ("AP", "the Associated Press")],
        ),
        ("reported by RT Arabic", [("RT", "RT Arabic")]),
        ("The New York Times reported", [("The New York Times", "The New York Times")]),
        ("a report in the Washington Post", [("The Washington Post", "the Washington Post")]),
        ("as the Times of Israel reported", [("The Times of Israel", "the Times of Israel")]),
        ("told Kurdistan 24 on Sunday", [("Kurdistan 24", "Kurdistan 24")]),
        ("By Veterans Today staff", [("Veterans Today", "Veterans Today")]),
        ("The Saker blog republished it", [("The Saker", "The Saker blog")]),
        ("قال مراسل قناة الميادين إن", [("Al Mayadeen", "قناة الميادين")]),
        ("Al-Ahed News | Lebanon", [("Al-Ahed News", "Al-Ahed News")]),
        (
            "BBC Persian and Iran International",
            [("BBC", "BBC Persian"), ("Iran International", "Iran International")],
        ),
    ],
)
def test_find_in_text(registry: OutletRegistry, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans_found(registry, text) == expected


def test_find_in_glued_text(registry: OutletRegistry) -> None:
    text = "Copyright © The CradleThe Cradle, 2022"
    hits = registry.find_in_text(text)
    assert hits, "glued text should still name The Cradle"
    assert {outlet.name for outlet, _, _ in hits} == {"The Cradle"}
    assert [text[start:end] for _, start, end in hits] == ["The Cradle", "The Cradle"]


def test_find_in_text_spans_are_exact(registry: OutletRegistry) -> None:
    text = "Source: Press TV"
    [(outlet, start, end)] = registry.find_in_text(text)
    assert outlet.name == "Press TV"
    assert (start, end) == (8, 16)


def test_longest_match_wins(registry: OutletRegistry) -> None:
    # "Al Mayadeen English" over "Al Mayadeen"; "The Times of Israel" over "The Times".
    assert spans_found(registry, "Al Mayadeen English said") == [
        ("Al Mayadeen", "Al Mayadeen English")
    ]
    assert spans_found(registry, "The Times of Israel said") == [
        ("The Times of Israel", "The Times of Israel")
    ]
    assert spans_found(registry, "The Times said") == [("The Times", "The Times")]
    # "Hürriyet Daily News" is another outlet than "Hürriyet".
    assert names_found(registry, "Hürriyet Daily News reported") == ["Hürriyet Daily News"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a map of the area",
        "Apple",
        "APPLE",
        "the app was popular",
        "map",
        "the map shows the front",
        "a part of the art",
        "the cradle of civilisation",
        "on the hill above the village",
        "an independent inquiry into the guardian of the shrine",
        "Sana'a, the capital of Yemen",
        "sana",
        "rt and ap in lower case",
        "crg",
        "the mena region",
        "CCTV footage showed the attack",
        "RT @someone: look at this",
        "the Guardian Council approved the candidates",
        "12345 67890",
        "https://example.com/a/b",
    ],
)
def test_find_in_text_negative(registry: OutletRegistry, text: str) -> None:
    assert registry.find_in_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AP", ["AP"]),
        ("ap", []),
        ("Ap", []),
        ("RT", ["RT"]),
        ("rt", []),
        ("CRG", ["Global Research"]),
        ("Crg", []),
        ("SANA", ["SANA"]),
        ("Sana", []),
        ("The Cradle", ["The Cradle"]),
        ("the Cradle", ["The Cradle"]),
        ("the cradle", []),
        ("THE CRADLE", ["The Cradle"]),
        ("al mayadeen", ["Al Mayadeen"]),
        ("AL-MAYADEEN", ["Al Mayadeen"]),
        ("press tv", ["Press TV"]),
        ("PRESS TV", ["Press TV"]),
    ],
)
def test_find_in_text_casing(registry: OutletRegistry, text: str, expected: list[str]) -> None:
    assert names_found(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    ["AP", "(AP)", "AP:", "AP.", "— AP —", "AP’s", '"AP"', "[AP]", "AP\n"],
)
def test_word_boundaries_allow_punctuation(registry: OutletRegistry, text: str) -> None:
    assert names_found(registry, text) == ["AP"]


@pytest.mark.parametrize("text", ["MAP", "APX", "XAP", "AP2", "2AP", "A P", "A.P", "_AP_"])
def test_word_boundaries_reject_word_characters(registry: OutletRegistry, text: str) -> None:
    assert "AP" not in names_found(registry, text)


def test_many_outlets_in_one_line(registry: OutletRegistry) -> None:
    text = (
        "Reports by Reuters, AFP, Xinhua, TASS, Anadolu Agency, Al Jazeera, Al Arabiya, "
        "Haaretz, Rudaw and Shafaq News differ."
    )
    assert names_found(registry, text) == [
        "Reuters",
        "AFP",
        "Xinhua",
        "TASS",
        "Anadolu Agency",
        "Al Jazeera",
        "Al Arabiya",
        "Haaretz",
        "Rudaw",
        "Shafaq News",
    ]


def test_results_are_ordered_and_disjoint(registry: OutletRegistry) -> None:
    text = "The New York Times, the Washington Post, and The Times of Israel"
    hits = registry.find_in_text(text)
    starts = [start for _, start, _ in hits]
    assert starts == sorted(starts)
    for (_, _, end), (_, start, _) in pairwise(hits):
        assert end <= start


# --- malformed registry files ---------------------------------------------------

GOOD_ENTRY = """\
- name: Press TV
  variants: [PressTV]
  domains: [presstv.ir]
  country: IRN
  language: en
  kind: broadcaster
  state_affiliated: true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "outlets.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> OutletRegistryError:
    path = write(tmp_path, text)
    with pytest.raises(OutletRegistryError) as caught:
        OutletRegistry.load(path)
    message = str(caught.value)
    assert str(path) in message
    return caught.value


def test_load_small_file(tmp_path: Path) -> None:
    registry = OutletRegistry.load(write(tmp_path, GOOD_ENTRY))
    assert len(registry) == 1
    assert registry.canonical("presstv") == "Press TV"
    assert names_found(registry, "via PressTV") == ["Press TV"]


def test_load_accepts_str_path(tmp_path: Path) -> None:
    assert len(OutletRegistry.load(str(write(tmp_path, GOOD_ENTRY)))) == 1


def test_empty_file_gives_empty_registry(tmp_path: Path) -> None:
    registry = OutletRegistry.load(write(tmp_path, "# nothing yet\n"))
    assert len(registry) == 0
    assert registry.find_in_text("Press TV") == []


def test_duplicate_name(tmp_path: Path) -> None:
    text = GOOD_ENTRY + GOOD_ENTRY.replace("[PressTV]", "[]").replace("[presstv.ir]", "[]")
    error = load_error(tmp_path, text)
    assert "line 8" in str(error)
    assert "'Press TV'" in str(error)
    assert "duplicate canonical name" in str(error)
    assert error.line == 8


def test_duplicate_name_differing_in_punctuation(tmp_path: Path) -> None:
    text = GOOD_ENTRY + GOOD_ENTRY.replace("name: Press TV", "name: press-tv").replace(
        "[PressTV]", "[]"
    ).replace("[presstv.ir]", "[]")
    error = load_error(tmp_path, text)
    assert "line 8" in str(error)
    assert "'press-tv'" in str(error)


def test_variant_clash(tmp_path: Path) -> None:
    text = (
        GOOD_ENTRY
        + """\
- name: Al-Alam
  variants: [Al Alam, Press-TV]
  domains: [alalam.ir]
  country: IRN
  language: ar
  kind: broadcaster
  state_affiliated: true
"""
    )
    error = load_error(tmp_path, text)
    message = str(error)
    assert "line 8" in message
    assert "'Al-Alam'" in message
    assert "'Press-TV'" in message
    assert "'Press TV'" in message  # the outlet that holds it
    assert "line 1" in message  # ...and where


def test_domain_clash(tmp_path: Path) -> None:
    text = GOOD_ENTRY + GOOD_ENTRY.replace("name: Press TV", "name: Other").replace(
        "[PressTV]", "[]"
    )
    error = load_error(tmp_path, text)
    assert "line 8" in str(error)
    assert "'presstv.ir'" in str(error)


@pytest.mark.parametrize(
    ("field", "bad", "fragment"),
    [
        ("country", "IR", "ISO 3166-1"),
        ("country", "iRN", "ISO 3166-1"),
        ("country", "XYZ", "ISO 3166-1"),
        ("language", "eng", "ISO 639-1"),
        ("language", "no", "quote"),  # YAML reads a bare no as false
        ("kind", "podcast", "kind"),
        ("state_affiliated", "maybe", "state_affiliated"),
        ("domains", "[https://presstv.ir/]", "domain"),
        ("domains", "[www.presstv.ir]", "www"),
        ("domains", "[PressTV.ir]", "lower case"),
    ],
)
def test_bad_field(tmp_path: Path, field: str, bad: str, fragment: str) -> None:
    lines = [
        f"  {field}: {bad}" if line.startswith(f"  {field}:") else line
        for line in GOOD_ENTRY.splitlines()
    ]
    error = load_error(
        tmp_path,
        GOOD_ENTRY
        + "\n".join(lines).replace("Press TV", "Other TV").replace("[PressTV]", "[]")
        + "\n",
    )
    message = str(error)
    assert "line 8" in message
    assert "'Other TV'" in message
    assert fragment in message


@pytest.mark.parametrize("field", ["name", "kind", "country", "state_affiliated"])
def test_missing_field(tmp_path: Path, field: str) -> None:
    entry = "\n".join(
        line for line in GOOD_ENTRY.splitlines() if not line.lstrip("- ").startswith(f"{field}:")
    )
    if field == "name":
        entry = entry.replace("  variants:", "- variants:", 1)
    error = load_error(tmp_path, GOOD_ENTRY.replace("Press TV", "First") + entry + "\n")
    message = str(error)
    assert "line 8" in message
    assert f"missing required field '{field}'" in message
    if field != "name":
        assert "'Press TV'" in message
    else:
        assert "entry #2" in message


def test_unknown_field(tmp_path: Path) -> None:
    error = load_error(tmp_path, GOOD_ENTRY.replace("  variants:", "  varients:"))
    assert "line 1" in str(error)
    assert "unknown field 'varients'" in str(error)


def test_repeated_key(tmp_path: Path) -> None:
    error = load_error(tmp_path, GOOD_ENTRY + "  kind: newspaper\n")
    assert "line 1" in str(error)
    assert "'kind' is given twice" in str(error)


def test_invalid_yaml(tmp_path: Path) -> None:
    error = load_error(tmp_path, GOOD_ENTRY + "- name: [unclosed\n  kind: x\n")
    assert "invalid YAML" in str(error)
    assert error.line is not None and error.line >= 8


def test_top_level_must_be_a_list(tmp_path: Path) -> None:
    error = load_error(tmp_path, "outlets:\n  - name: x\n")
    assert "list of outlets" in str(error)


def test_entry_must_be_a_mapping(tmp_path: Path) -> None:
    error = load_error(tmp_path, GOOD_ENTRY + "- just a string\n")
    assert "line 8" in str(error)


def test_all_problems_are_reported(tmp_path: Path) -> None:
    second = (
        GOOD_ENTRY.replace("Press TV", "B").replace("[PressTV]", "[]").replace("[presstv.ir]", "[]")
    )
    text = GOOD_ENTRY.replace("IRN", "XX") + second.replace("broadcaster", "podcast")
    error = load_error(tmp_path, text)
    assert [line for line, _, _ in error.problems] == [1, 8]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OutletRegistryError, match="cannot read"):
        OutletRegistry.load(tmp_path / "nope.yaml")


def test_registry_from_outlet_objects_checks_clashes() -> None:
    def outlet(name: str, variants: list[str]) -> Outlet:
        return Outlet(
            name=name,
            variants=variants,
            domains=[],
            country=None,
            language="en",
            kind="website",
            state_affiliated=False,
        )

    registry = OutletRegistry([outlet("Alpha News", ["AN"])])
    assert registry.canonical("alpha-news") == "Alpha News"
    with pytest.raises(OutletRegistryError, match="already claimed"):
        OutletRegistry([outlet("Alpha News", []), outlet("Beta", ["Alpha news"])])


# --- robustness -------------------------------------------------------------------

NAMES = sorted({name for outlet in default_registry() for name in outlet.names})


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    registry = default_registry()
    for outlet, start, end in registry.find_in_text(text):
        assert isinstance(outlet, Outlet)
        assert 0 <= start < end <= len(text)
    registry.canonical(text)
    registry.get(text)
    registry.by_domain(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(NAMES), st.text(max_size=12), st.sampled_from([" ", ", ", "-", "’s "])
        ),
        max_size=12,
    )
)
def test_hits_are_disjoint_and_name_their_outlet(parts: list[str]) -> None:
    registry = default_registry()
    text = "".join(parts)
    hits = registry.find_in_text(text)
    previous_end = 0
    for outlet, start, end in hits:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        # The matched text is itself a name of the outlet it was taken for.
        assert registry.get(text[start:end]) is outlet, text[start:end]
