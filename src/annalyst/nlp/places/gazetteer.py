"""The compiled gazetteer: entries in compact columns, name indexes, lookup and scoring.

Entries are numbered. Their fields live in parallel columns (arrays of numbers and lists
of interned strings) rather than in a quarter of a million objects, which keeps the
on-disk cache small and quick to load; a :class:`Candidate` is made for an entry the
first time a lookup returns it. :mod:`annalyst.nlp.places.build` fills the columns.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from annalyst.nlp.places.nameindex import NameIndex, PackedStrings
from annalyst.nlp.places.names import (
    SUFFIX_CLASS_OF_KIND,
    Precision,
    normalize_name,
    skeletons,
    strip_direction,
    strip_prefix,
    strip_suffix,
)

Source = Literal["geonames", "country", "state", "admin", "continent", "supplement", "feature"]

# Scoring: log10(population) plus bonuses.
COUNTRY_BONUS = 2.0
CAPITAL_BONUS = 1.0
ALTERNATE_PENALTY = 0.5
SUFFIX_MATCH_BONUS = 3.0
SUFFIX_MISMATCH_PENALTY = 1.0
#: Prior of entries without a population, by source (and kind for admin entries).
DEFAULT_PRIOR = {"supplement": 5.5, "state": 6.0, "continent": 7.0, "admin1": 5.4, "county": 3.6}
#: Places below this population (the 500 and 1,000 GeoNames files) start lower.
SMALL_PLACE_POPULATION = 5_000
SMALL_PLACE_PENALTY = 0.5
#: Bonus for a curated supplement entry reached through one of its curated names.
CURATED_BONUS = 1.0
#: Penalty for a division named like a town inside it, on its bare name.
NAMESAKE_HOLDER_PENALTY = 1.0
#: Divisions' populations add up their places; a same-named town comes first.
ADMIN_DISCOUNT = {"state": 0.2, "admin1": 0.2, "county": 0.5}
#: Extra penalty for an alternate name when another option bears the name as its own.
PRIMARY_ELSEWHERE_PENALTY = 0.5
#: Skeleton (fuzzy) matches are only accepted for cities this large or in context.
SKELETON_POPULATION = 100_000
SKELETON_MIN_LEN = 4
DEMONYM_SUFFIXES = ("ian", "ese", "ite", "an", "is", "n", "i")
#: Minimum rapidfuzz ratio between a fuzzy query and the entry's name.
FUZZY_RATIO = 88.0
#: How close a village's spelling must be to the gazetteer's, once its country is known.
VILLAGE_RATIO = 80.0

Table = dict[str, int | tuple[int, ...]]
_DIVISIONS = frozenset({"state", "admin1", "county"})


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
    kind: str
    source: Source = "geonames"
    id: str = ""
    admin1: str = ""  # GeoNames first-level code ("US.OR"), "" when unknown
    admin2: str = ""  # GeoNames second-level code ("US.OR.047"), "" when unknown


@dataclass(frozen=True, slots=True)
class Hit:
    """Result of a name lookup: candidate indices with how they were reached."""

    indices: tuple[int, ...]
    alternate: frozenset[int]  # indices reached through an alternate (not primary) name
    level: Literal["exact", "suffix", "direction", "skeleton"]
    suffix_class: str | None = None
    primary_prior: float = -1.0  # best prior of the options bearing the name as their own
    key: str = ""  # the normalised name the options were found under
    holders: frozenset[int] = frozenset()  # divisions holding a town of the same name


@dataclass
class Columns:
    """Every entry's fields, one column each (index i is entry i)."""

    names: list[str] | PackedStrings = field(default_factory=list)  # packed once loaded
    lats: array[float] = field(default_factory=lambda: array("d"))
    lons: array[float] = field(default_factory=lambda: array("d"))
    countries: list[str | None] = field(default_factory=list)
    geonameids: array[int] = field(default_factory=lambda: array("q"))  # -1: none
    populations: array[int] = field(default_factory=lambda: array("q"))
    precisions: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)

    def append(self, c: Candidate) -> int:
        assert isinstance(self.names, list), "a loaded gazetteer is read-only"
        self.names.append(c.name)
        self.lats.append(c.lat)
        self.lons.append(c.lon)
        self.countries.append(c.country)
        self.geonameids.append(-1 if c.geonameid is None else c.geonameid)
        self.populations.append(c.population)
        self.precisions.append(c.precision)
        self.kinds.append(c.kind)
        self.sources.append(c.source)
        self.ids.append(c.id)
        self.admin1.append(c.admin1)
        self.admin2.append(c.admin2)
        return len(self.names) - 1

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["names"] = PackedStrings(self.names)  # read one by one, when needed
        for name in ("countries", "precisions", "kinds", "sources", "ids", "admin1", "admin2"):
            # one object per distinct value, so that pickle writes (and loading makes)
            # each once: 4,000 admin1 codes had become 240,000 strings (15 ms to load)
            shared: dict[str | None, str | None] = {}
            state[name] = [shared.setdefault(v, v) for v in state[name]]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def candidate(self, i: int) -> Candidate:
        gid = self.geonameids[i]
        return Candidate(
            self.names[i],
            self.lats[i],
            self.lons[i],
            self.countries[i],
            None if gid < 0 else gid,
            self.precisions[i],  # type: ignore[arg-type]
            self.populations[i],
            self.kinds[i],
            self.sources[i],  # type: ignore[arg-type]
            self.ids[i],
            self.admin1[i],
            self.admin2[i],
        )


@dataclass
class MatcherTerms:
    """What the free-text matcher looks for: lower-case token tuples of gazetteer names.

    ``first`` maps a name's first token to the longest name starting with it; each term
    lists which token positions must be capitalised (``mask``) and whether the name is
    an acronym ("UAE": all capitals required).
    """

    first: dict[str, int]
    terms: dict[tuple[str, ...], tuple[tuple[tuple[bool, ...], bool], ...]]


@dataclass
class Gazetteer:
    """Names to places. Build with :meth:`load` (cached); look names up with :meth:`candidates`."""

    cols: Columns
    exact: NameIndex
    base: dict[str, tuple[int, ...]]  # names of curated entries without their generic suffix
    weak: dict[str, tuple[int, ...]]  # names only for spans the NER already calls places
    primary: list[str] | PackedStrings  # normalised canonical name of every entry
    capital: frozenset[int]
    curated: frozenset[tuple[str, int]]  # (key, entry) given by a curated list
    not_places: frozenset[str]
    never: frozenset[str]
    acronyms: frozenset[str]
    adjectives: dict[str, int]  # normalised demonym -> entry of its place
    abbreviations: dict[str, tuple[int, bool]]  # exact abbreviation -> (entry, loose)
    admin1_entry: dict[str, int]  # GeoNames admin1 code -> its entry
    admin2_entry: dict[str, int]
    skeleton: dict[str, tuple[int, ...]]
    matcher: MatcherTerms
    iso3: dict[str, str]
    key: str = ""  # the cache key it was built under
    _cache: dict[int, Candidate] = field(default_factory=dict, repr=False)
    # country -> skeleton -> its towns and villages, built when first asked for
    _villages: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict, repr=False)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def load(cls, extra: tuple[object, ...] | list[object] = ()) -> Gazetteer:
        """The default gazetteer plus supplement files in ``extra`` (cached per argument)."""
        from annalyst.nlp.places.build import load_gazetteer

        return load_gazetteer(extra)  # type: ignore[arg-type]

    @classmethod
    def build(cls, supplement_files: object) -> Gazetteer:
        """Build a gazetteer from the GeoNames data and the given supplement files (no cache)."""
        from annalyst.nlp.places.build import build_gazetteer

        return build_gazetteer(supplement_files)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} entries, {len(self.exact)} names>"

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["primary"] = PackedStrings(self.primary)  # read one by one, when needed
        state["_villages"] = {}  # built again when asked for
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("_villages", {})

    def __len__(self) -> int:
        return len(self.cols.names)

    # -- entries ------------------------------------------------------------------------

    def entry(self, i: int) -> Candidate:
        """Entry number ``i``."""
        cand = self._cache.get(i)
        if cand is None:
            cand = self._cache[i] = self.cols.candidate(i)
        return cand

    def entries(self) -> list[Candidate]:
        """All entries (slow: materialises every one)."""
        return [self.entry(i) for i in range(len(self))]

    # -- lookup -------------------------------------------------------------------------

    def candidates(self, text: str) -> list[Candidate]:
        """Every entry ``text`` may name, most likely first (without document context)."""
        hit = self.lookup(text, weak=True)
        if hit is None:
            return []
        ranked = sorted(hit.indices, key=lambda i: -self.score(i, hit))
        return [self.entry(i) for i in ranked]

    def demonym_country(self, text: str) -> str | None:
        """ISO-3 country of a people's name or adjective ("Iraqi" -> IRQ)."""
        i = self.adjectives.get(normalize_name(text))
        if i is None or self.cols.kinds[i] != "country":
            return None
        return self.cols.countries[i]

    def adjective_entry(self, text: str) -> int | None:
        """The entry whose people or adjective ``text`` names ("Ohioans" -> Ohio)."""
        return self.adjectives.get(normalize_name(text))

    def is_curated(self, text: str) -> bool:
        """True when ``text`` is a name given by the supplement or the country list."""
        key = normalize_name(text)
        return any((key, i) in self.curated for i in get(self.exact, key))

    def is_not_place(self, text: str) -> bool:
        """True for names the matcher must not propose on its own (actors named like places)."""
        return normalize_name(text) in self.not_places

    def lookup(self, text: str, *, weak: bool = False, fuzzy: bool = True) -> Hit | None:
        """The entries ``text`` may name, or None."""
        # Remembered per gazetteer (in its __dict__, so that pickles made before this
        # cache existed still load): articles name the same places again and again.
        memo: dict[tuple[str, bool, bool], Hit | None] = self.__dict__.setdefault("_lookups", {})
        args = (text, weak, fuzzy)
        if args in memo:
            return memo[args]
        if len(memo) >= 100_000:
            memo.clear()
        hit = memo[args] = self._lookup(text, weak=weak, fuzzy=fuzzy)
        return hit

    def _lookup(self, text: str, *, weak: bool, fuzzy: bool) -> Hit | None:
        if not text or len(text) > 200:
            return None
        key = normalize_name(text)
        if not key or key in self.never:
            return None
        found = get(self.exact, key)
        if weak:
            found = found + tuple(i for i in self.weak.get(key, ()) if i not in found)
        expanded = _expand_abbreviations(key)
        if expanded != key:
            # "St. Paul" is Saint Paul's own name, written short
            more = get(self.exact, expanded)
            if more:
                found = found + tuple(i for i in more if i not in found)
                hit = self._hit(found, key, "exact", also=expanded)
                return None if self._demonym(key, hit) else hit
        if found:
            hit = self._hit(found, key, "exact")
            return None if self._demonym(key, hit) else hit
        stripped = strip_suffix(key) or strip_prefix(key)
        if stripped:
            base, cls = stripped
            found = get(self.exact, base)
            found = found + tuple(i for i in self.base.get(base, ()) if i not in found)
            if found:
                return self._hit(found, base, "suffix", cls)
        base_key = strip_direction(key)
        if base_key:
            found = get(self.exact, base_key)
            if found:
                return self._hit(found, base_key, "direction")
        if fuzzy:
            return self._fuzzy(key)
        return None

    def _demonym(self, key: str, hit: Hit) -> bool:
        """ "Gazan", "Irani", "Baghdadi": a word formed from a better-known place name."""
        if " " in key or any((key, i) in self.curated for i in hit.indices):
            return False
        own = max(self.score(i, hit) for i in hit.indices)
        for suffix in DEMONYM_SUFFIXES:
            stem = key[: -len(suffix)]
            if not key.endswith(suffix) or len(stem) < 3:
                continue
            found = get(self.exact, stem)
            if not found:
                continue
            stem_hit = self._hit(found, stem, "exact")
            best = max(found, key=lambda i: self.score(i, stem_hit))
            if best in stem_hit.alternate:
                continue  # "Kobani" is not a word made from "Koban" (an alternate of Cobán)
            major = (
                self.cols.sources[best] != "geonames"
                or self.cols.populations[best] >= SKELETON_POPULATION
            )
            if major and self.score(best, stem_hit) > own:
                return True
        return False

    def _fuzzy(self, key: str) -> Hit | None:
        """Transliteration variants: same consonant skeleton and a close spelling."""
        skeleton = skeletons([key])[0]
        if len(skeleton) < SKELETON_MIN_LEN:
            return None
        found = []
        for i in self.skeleton.get(skeleton, ()):
            name = self.primary[i]
            if len(key) > len(name) - 1 and key.startswith(name[:-1]):
                continue  # "Iraqi", "Syrian", "Baghdadi": a word made from the name
            if abs(len(key) - len(name)) <= 2 and fuzz.ratio(key, name) >= FUZZY_RATIO:
                found.append(i)
        if not found:
            return None
        return Hit(tuple(found), frozenset(found), "skeleton")

    def village(self, text: str, countries: Iterable[str]) -> int | None:
        """The one town or village of the given countries that ``text`` names in another
        spelling ("Tal Tamr" for Tall Tamr, "Bani Jamra" for Banī Jamrah): the same
        consonant skeleton and a close spelling, however small the place."""
        key = normalize_name(text)
        skeleton = skeletons([key])[0]
        if len(skeleton) < SKELETON_MIN_LEN:
            return None
        found = {
            i
            for country in sorted(set(countries))
            for i in self._villages_of(country).get(skeleton, ())
            if fuzz.ratio(key, self.primary[i]) >= VILLAGE_RATIO
        }
        return found.pop() if len(found) == 1 else None

    def _villages_of(self, country: str) -> dict[str, tuple[int, ...]]:
        index = self._villages.get(country)
        if index is None:
            cols = self.cols
            towns = [
                i
                for i, (c, kind) in enumerate(zip(cols.countries, cols.kinds, strict=True))
                if c == country and kind == "city"
            ]
            found: dict[str, list[int]] = {}
            for skeleton, i in zip(skeletons([self.primary[i] for i in towns]), towns, strict=True):
                found.setdefault(skeleton, []).append(i)
            index = self._villages[country] = {k: tuple(v) for k, v in found.items()}
        return index

    def _hit(
        self,
        found: tuple[int, ...],
        key: str,
        level: Literal["exact", "suffix", "direction"],
        cls: str | None = None,
        also: str = "",
    ) -> Hit:
        alternate = frozenset(
            i
            for i in found
            if self.primary[i] not in (key, also)
            and (key, i) not in self.curated
            and (also, i) not in self.curated
        )
        cols = self.cols

        # A division that holds a town of the same name ("Basra", "Kirkuk"): the bare name
        # is the town; "Basra province" is the division.
        def holds(a: int) -> bool:
            for c in found:
                if cols.kinds[c] != "city" or (c in alternate and a not in alternate):
                    continue  # "New York": the state's own name, the city's alternate
                if cols.kinds[a] in ("state", "admin1") and cols.admin1[c] == cols.admin1[a]:
                    return True
                if cols.kinds[a] == "county" and cols.admin2[c] == cols.admin2[a]:
                    return True
            return False

        holders = frozenset(a for a in found if cols.kinds[a] in _DIVISIONS and holds(a))
        primaries = [self.prior(i) for i in found if i not in alternate]
        return Hit(found, alternate, level, cls, max(primaries, default=-1.0), key, holders)

    # -- scoring ------------------------------------------------------------------------

    def prior(self, i: int) -> float:
        """How likely entry ``i`` is meant before any context: mostly log10(population)."""
        cols = self.cols
        population = cols.populations[i]
        source = cols.sources[i]
        if population > 0:
            score = math.log10(population + 1) - ADMIN_DISCOUNT.get(cols.kinds[i], 0.0)
        else:
            score = DEFAULT_PRIOR.get(
                cols.kinds[i] if source == "admin" else source, 3.3 if source == "geonames" else 4.0
            )
        if source == "country":
            score += COUNTRY_BONUS
        elif source == "geonames" and population < SMALL_PLACE_POPULATION:
            # the hamlets of the large gazetteer: context alone must not carry them past a city
            score -= SMALL_PLACE_PENALTY
        if i in self.capital:
            score += CAPITAL_BONUS
        return score

    def score(self, i: int, hit: Hit) -> float:
        """The prior of entry ``i`` adjusted for how the name reached it."""
        score = self.prior(i)
        if self.cols.sources[i] == "supplement" and (hit.key, i) in self.curated:
            score += CURATED_BONUS  # a name we wrote down beats a GeoNames namesake
        if i in hit.holders:
            score -= NAMESAKE_HOLDER_PENALTY
        if i in hit.alternate:
            # "Salem" is Salem before it is an old name of Jerusalem
            score -= ALTERNATE_PENALTY
            if hit.primary_prior >= score - 2:  # a hamlet bearing the name does not count
                score -= PRIMARY_ELSEWHERE_PENALTY
        if hit.suffix_class is not None:
            own = SUFFIX_CLASS_OF_KIND.get(self.cols.kinds[i])
            if own == hit.suffix_class:
                score += SUFFIX_MATCH_BONUS
            elif hit.suffix_class != "city":
                score -= SUFFIX_MISMATCH_PENALTY
        # deterministic tie-break: more populous first, then earlier entries
        return score + min(self.cols.populations[i], 10**10) * 1e-12 - i * 1e-15


_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def _expand_abbreviations(key: str) -> str:
    """ "st paul" -> "saint paul", "mt pleasant" -> "mount pleasant" (the first word only)."""
    head, _, rest = key.partition(" ")
    full = _ABBREVIATED.get(head)
    return f"{full} {rest}" if full and rest else key


def get(table: Table | NameIndex | dict[str, tuple[int, ...]], key: str) -> tuple[int, ...]:
    """The entries of ``key`` in an index whose single owners are stored as plain ints."""
    value = table.get(key) if key else None
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value
