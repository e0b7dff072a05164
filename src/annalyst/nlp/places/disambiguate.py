"""Choosing which place each mention names.

Each mention's options are scored by a prior (log10 of the population, bonuses for
countries and capitals, curated names over GeoNames alternates) plus what the document
says about itself:

* its countries: those the caller passes (the actors' countries), those the text names,
  those whose peoples it names ("Iraqi officials"): strong evidence; the countries of
  places that can only be in one country: weaker evidence;
* its focus: the country most of its mentions point to. Local news seldom names its own
  country, so "Salem" in an article about Portland and Eugene is the one in Oregon;
* its state or province: the ones it names, the one most of its places lie in, and
  above all the one written right after a town ("Salem, Ore.", "Alexandria, Virginia",
  "Tripoli, Lebanon"), which settles the town;
* its counties and neighbourhoods, read from every option of the other names, not only
  from their likeliest: "Paris and Henry County" are the Paris and the Henry County that
  share a county (Tennessee's), though the largest of each lie in France and Georgia; an
  option near a place another name may be gains as well;
* proximity: an option within a few hundred kilometres of the places the article names
  with confidence beats a namesake abroad;
* one sense per article: a name settled by its state keeps that sense when repeated, and
  a name placed once is placed wherever the article writes it again (except as part of
  a person's name or as a speaker: "Jordan said").

The evidence is read again from the places chosen, over a few rounds: a town settles
its state's name and the state the town ("Georgia" next to Atlanta and Texas is the
state, and Atlanta then the one in Georgia). What the state, the county and the
neighbours add is capped, and capped low for a village named like a state or a curated
place ("Kansas", "the Middle East"), so that local support does not hand a great name
to a village. A mention never counts as evidence for itself (an ambiguous "Georgia" does
not vouch for the country Georgia). Small towns abroad and rare alternate spellings of
foreign cities with no support in the document are dropped: more often a misread name
than the place.

Streets, roads, parks and streams that no gazetteer lists (found by the shape of their
names) are placed at the town the article names nearest to them, in the article's
country: precision ``city``, what their point is good to, and no GeoNames id; a stream
or a lake only when a town is named close by. Without such a town there is no record:
nothing is ever put at a region's or a country's middle.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annalyst.nlp.places.finder import Found, _speaker
from annalyst.nlp.places.gazetteer import Candidate, Columns, Gazetteer
from annalyst.nlp.places.kinds import a_bloc
from annalyst.nlp.places.names import KINDS_BEFORE_OF, SUFFIXES, Form, haversine_km
from annalyst.nlp.places.proposals import Proposal, _text
from annalyst.nlp.tokentable import token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

STRONG_CONTEXT_BONUS = 3.0
WEAK_CONTEXT_BONUS = 1.5
FOCUS_BONUS = 1.5
NAMED_REGION_BONUS = 1.0
REGION_FOCUS_BONUS = 1.0
#: Bonus for an option in the county (second-level division) of another place named.
COUNTY_BONUS = 0.5
#: Rounds of choosing places and re-reading the document's evidence from the choices.
ROUNDS = 3
#: Cap on what a state, a county and neighbours add together.
LOCAL_CAP = 5.0
#: ... and on what they add to a town named like a state, a province or a curated place.
STATE_NAMESAKE_CAP = 1.0
#: Bonus for an option near a place another name of the article may be.
NEAR_OPTION_BONUS = 1.0
NEAR_OPTION_KM = 40.0
_CELL = 0.5
#: Bonus for an option in a county where another name of the article may lie.
SHARED_COUNTY_BONUS = 2.0
#: A stream, lake or hill is placed at a town named at most this many characters away.
NATURAL_REACH = 60
#: A place draws its neighbours only when chosen this far ahead of its next option.
ANCHOR_MARGIN = 1.0
#: (distance in km, bonus) for an option near another place of the article.
PROXIMITY_BONUS = ((40.0, 2.0), (120.0, 1.5), (300.0, 0.75))
#: Below this population a city is only accepted when its country is in the context.
SMALL_TOWN = 50_000
#: Below this population a city named by an alternate spelling needs its country in context.
SMALL_CITY = 1_000_000
_REGION_KINDS = frozenset({"state", "admin1"})
_POINT_PRECISIONS = frozenset({"site", "city", "county"})


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A place mention: character offsets into ``doc.text``, the chosen entry, its form."""

    start_char: int
    end_char: int
    text: str
    candidate: Candidate
    form: Form = "name"


@dataclass
class _Evidence:
    strong: frozenset[str]
    weak: frozenset[str]
    focus: str | None
    focus_bonus: float
    region: str | None  # the admin1 code most mentions can lie in
    regions: Counter[str]  # admin1 codes of the states and provinces named
    region_bonus: float = 0.0
    counties: Counter[str] = field(default_factory=Counter)  # admin2 codes of the others


def _coverage(
    gazetteer: Gazetteer, options: tuple[int, ...], top: int, field: str
) -> dict[str, float]:
    """What one mention says about the article's country (or region): 1 for its likeliest
    option's, 0.5 for the others' (local news names towns that exist in many countries)."""
    column: list[str] | list[str | None] = getattr(gazetteer.cols, field)
    out: dict[str, float] = {}
    for i in options:
        value = column[i]
        if value:
            out[value] = max(out.get(value, 0.0), 1.0 if i == top else 0.5)
    return out


def disambiguate(
    doc: Doc, gazetteer: Gazetteer, found: Found, context_countries: Sequence[str]
) -> list[ResolvedPlace]:
    """One entry per mention (or none), in text order."""
    chosen = [p for p in found.proposals if p.source != "feature"]
    features = [p for p in found.proposals if p.source == "feature"]
    cols = gazetteer.cols
    tops = [max(p.hit.indices, key=lambda i: gazetteer.score(i, p.hit)) for p in chosen]
    options = list(tops_and_options(doc, gazetteer, chosen, tops))
    priors = [
        {i: gazetteer.score(i, p.hit) for i in opts}
        for p, opts in zip(chosen, options, strict=True)
    ]
    picks = [max((s, i) for i, s in pri.items())[1] for pri in priors]
    margins = [_margin(pri) for pri in priors]
    # "Kansas" is the state, and "the Middle East" the region, before a village or a
    # neighbourhood of that name in the article's state
    caps = [
        STATE_NAMESAKE_CAP
        if any(
            (cols.kinds[i] in _REGION_KINDS or cols.sources[i] == "supplement")
            and i not in p.hit.alternate
            for i in opts
        )
        else LOCAL_CAP
        for p, opts in zip(chosen, options, strict=True)
    ]
    # Mentions are grouped by the places they may name ("Georgia", "northeast Georgia")
    keys = [" ".join(map(str, sorted(p.hit.indices))) for p in chosen]
    groups: dict[str, list[int]] = {}
    for n, key in enumerate(keys):
        groups.setdefault(key, []).append(n)
    context = _Context(gazetteer, chosen, options, keys, groups, context_countries, found)

    # Each round reads the document's countries, regions and points from the places the
    # previous round chose, so that a town settles its state's name and the state the
    # town's: "Georgia" next to Atlanta and Texas is the state, and Atlanta then the one
    # in Georgia. The first round starts from the priors alone.
    evidences: list[_Evidence] = []
    for _round in range(ROUNDS):
        evidences = context.evidences(picks)
        # Only places chosen with some confidence draw their neighbours to them: two
        # doubtful namesakes next to each other must not vouch for one another.
        anchors = [
            (keys[n], cols.lats[i], cols.lons[i])
            for n, i in enumerate(picks)
            if cols.precisions[i] in _POINT_PRECISIONS and margins[n] >= ANCHOR_MARGIN
        ]
        new = []
        for n in range(len(chosen)):
            if len(options[n]) < 2:
                new.append(options[n][0])
                continue
            others = [(lat, lon) for key, lat, lon in anchors if key != keys[n]]
            ev = evidences[n]
            ranked = sorted(
                (priors[n][i] + context.bonus(i, ev, keys[n], _near(cols, i, others), caps[n]), i)
                for i in options[n]
            )
            new.append(ranked[-1][1])
            margins[n] = ranked[-1][0] - ranked[-2][0]
        if new == picks:
            break
        picks = new
    # One sense per article: a name settled by "Town, State" keeps that sense elsewhere.
    settled = {
        keys[n]: picks[n]
        for n in range(len(chosen))
        if len(options[n]) < len(chosen[n].hit.indices)
    }
    for n in range(len(chosen)):
        fixed = settled.get(keys[n])
        if fixed is not None and fixed in chosen[n].hit.indices:
            picks[n] = fixed

    out: list[ResolvedPlace] = []
    for n, p in enumerate(chosen):
        best = picks[n]
        cand = gazetteer.entry(best)
        ev = evidences[n]
        in_context = cand.country is not None and (
            cand.country in ev.strong or cand.country in ev.weak or cand.country == ev.focus
        )
        settled_here = len(options[n]) < len(p.hit.indices)
        # a curated place named as a place stands, wherever the rest of the article is
        # ("killed two commanders in Sinjar", "raided the Jenin camp", "the Hawija district")
        settled_here = settled_here or (
            gazetteer.is_curated(doc[p.start : p.end].text)
            and (
                _after_locative(doc, p.start)
                or _before_a_place_word(doc, p.end)
                or p.end - p.start > 1  # a curated name of several words: "Jenin camp"
            )
        )
        if cand.source == "geonames" and not settled_here:
            if (
                not in_context
                and cand.population < SMALL_TOWN
                and p.source not in ("ner", "dateline", "division")
                and not _told_as_a_town(doc, p, cand.population)
            ):
                continue  # a small town abroad is more likely a misread name
            if (
                not in_context
                and best in p.hit.alternate
                and cand.population < SMALL_CITY
                and not _named_as_a_town(doc, p, cand.population)
            ):
                continue  # ... the more so through a rare alternate spelling
            if p.end in found.person_starts and p.source in ("ner", "matcher"):
                continue  # "Antony J. Blinken": a first name
        if p.needs_context and not in_context and not settled_here:
            continue
        if p.hit.level == "skeleton" and not (in_context or cand.population >= 100_000):
            continue
        span = doc[p.start : p.end]
        out.append(ResolvedPlace(span.start_char, span.end_char, span.text, cand, p.form))
    if features:
        countries = {r.candidate.country for r in out if r.candidate.country}
        countries |= set(context_countries) | set(found.peoples)
        out = sorted(
            out + _place_features(doc, features, out, gazetteer, countries),
            key=lambda r: r.start_char,
        )
    return _repeated(doc, out)


# Prepositions after which a curated place's name is that place, whatever the model says.
_LOCATIVES = frozenset({"in", "near", "at", "outside", "inside", "around", "across"})


def _after_locative(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _LOCATIVES


# Words after a name that make it a place's ("the Jenin camp", "the Hawija district"):
# the gazetteer's one-word kinds of place, and camps.
_PLACE_WORDS_AFTER = frozenset(
    {words[0] for words, _kind in SUFFIXES if len(words) == 1} | {"camp"}
)


#: The fewest people a town named abroad with no country in context must have for
#: "in <Name>" alone to place it (a hamlet of the name is likelier a misread word).
TOLD_TOWN = 10_000


def _told_as_a_town(doc: Doc, p: Proposal, population: int) -> bool:
    """A one-word proper name that only a town of some size bears, right after "in",
    "near", "outside"… ("wounded in Kidal", which the model calls a people) or named as
    a town: the sentence itself tells it is a place."""
    if not (population >= TOLD_TOWN and p.end - p.start == 1 and doc[p.start].pos_ == "PROPN"):
        return False
    if _named_as_a_town(doc, p, population):
        return True
    return not p.hit.alternate and _after_locative(doc, p.start)


#: Words that say the name after their "of" is a settlement's ("the town of X").
_SETTLEMENT_WORDS = frozenset(
    {kind for kind, precision in KINDS_BEFORE_OF.items() if precision == "city"}
    | {"camp", "municipality"}
)


def _named_as_a_town(doc: Doc, p: Proposal, population: int) -> bool:
    """ "the town of Qabatiya", "the city of Kidal": a settlement's name, even in a
    spelling the gazetteer holds only as an alternate."""
    return (
        population >= TOLD_TOWN
        and p.start >= 2
        and doc[p.start - 1].lower_ == "of"
        and doc[p.start - 2].lower_ in _SETTLEMENT_WORDS
        and doc[p.start].pos_ == "PROPN"
    )


def _before_a_place_word(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _PLACE_WORDS_AFTER


def _repeated(doc: Doc, places: list[ResolvedPlace]) -> list[ResolvedPlace]:
    """One sense per article, for finding too: a name placed once is the same place
    wherever else the article writes it the same way ("Hagerstown advances" in a headline
    the model read as no entity), except inside a person's name ("Jordan" and "Michael
    Jordan")."""
    people = [e for e in token_table(doc).ents if e.label_ == "PERSON" and len(e) > 1]
    names_of_people = {w for e in people for w in (e[0].text, e[-1].text)}
    settled: dict[str, ResolvedPlace] = {}
    for r in places:
        if (
            r.form == "name"
            and r.candidate.source != "feature"
            and r.text[:1].isupper()
            and r.text not in names_of_people  # "Smith", "Lincoln": people's names too
        ):
            settled.setdefault(r.text, r)
    if not settled:
        return places
    text = _text(doc)
    taken = [(r.start_char, r.end_char) for r in places]
    taken += [(e.start_char, e.end_char) for e in people]
    taken.sort()
    inside = [
        (e.start_char, e.end_char)
        for e in token_table(doc).ents
        if e.label_ not in ("PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL")
    ]
    starts = [a for a, _ in taken]
    pattern = re.compile(
        r"(?<![\w.-])(?:"
        + "|".join(re.escape(t) for t in sorted(settled, key=len, reverse=True))
        + r")(?![\w-])"
    )
    extra = []
    for m in pattern.finditer(text):
        a, b = m.span()
        k = bisect_right(starts, a) - 1
        if (k >= 0 and taken[k][1] > a) or (k + 1 < len(taken) and taken[k + 1][0] < b):
            continue
        span = doc.char_span(a, b)
        if span is not None and _speaker(doc, span.start, span.end):
            continue  # "Paris said": a speaker
        if a_bloc(text[max(0, a - 4) : a].strip(), m.group(0)):
            continue
        r = settled[m.group(0)]
        form: Form = "name"
        if any(s <= a and b <= e and e - s > b - a for s, e in inside):
            form = "in-name"  # "the Hagerstown Fire Company"
        extra.append(ResolvedPlace(a, b, m.group(0), r.candidate, form))
    if not extra:
        return places
    return sorted(places + extra, key=lambda r: r.start_char)


def _place_features(
    doc: Doc,
    features: list[Proposal],
    places: list[ResolvedPlace],
    gazetteer: Gazetteer,
    countries: set[str],
) -> list[ResolvedPlace]:
    """Streets, roads and streams no gazetteer lists, each at the nearest town the article
    names (precision ``city``: what its point is good to; no GeoNames id). Without a town
    in the article, none: nothing is put at a country's or a region's middle."""
    named = [r for r in places if r.form != "adjective"]
    towns = [r for r in named if r.candidate.precision in ("city", "site")]
    # (a village may lie near a region's name too: "the town of Beita, south of Nablus")
    regions = [r for r in named if r.candidate.precision != "country"]
    out = []
    for p in features:
        span = doc[p.start : p.end]
        known = gazetteer.village(span.text, countries) if p.settlement else None
        if known is not None:
            # "the village of Tal Tamr": Tall Tamr, in a country of the article
            out.append(
                ResolvedPlace(
                    span.start_char, span.end_char, span.text, gazetteer.entry(known), p.form
                )
            )
            continue
        near = regions if p.settlement else towns
        if not near:
            continue
        a = span.start_char
        town = min(near, key=lambda r: (abs(r.start_char - a), r.start_char > a))
        if p.needs_context and abs(town.start_char - a) > NATURAL_REACH:
            continue  # a stream, a lake or a village far from any town the article names
        c = town.candidate
        cand = Candidate(
            _feature_name(span.text),
            c.lat,
            c.lon,
            c.country,
            None,
            "city",
            0,
            "feature",
            "feature",
            "",
            c.admin1,
            c.admin2,
        )
        out.append(ResolvedPlace(a, span.end_char, span.text, cand, p.form))
    return out


def _feature_name(text: str) -> str:
    return " ".join(text.split())


def _margin(scores: dict[int, float]) -> float:
    """How far the best option's score is ahead of the next (infinite when alone)."""
    if len(scores) < 2:
        return math.inf
    first, second = sorted(scores.values())[-2:][::-1]
    return first - second


def _near(cols: Columns, i: int, others: list[tuple[float, float]]) -> float:
    """The bonus of option ``i`` for lying near other places of the article."""
    if not others or cols.precisions[i] not in _POINT_PRECISIONS:
        return 0.0
    lat, lon = cols.lats[i], cols.lons[i]
    reach = PROXIMITY_BONUS[-1][0] / 100.0  # degrees of latitude, a little more than the km
    near = [(a, b) for a, b in others if abs(a - lat) <= reach]
    if not near:
        return 0.0
    km = min(haversine_km(lat, lon, a, b) for a, b in near)
    return next((bonus for limit, bonus in PROXIMITY_BONUS if km <= limit), 0.0)


class _Context:
    """What the article says about itself, as evidence for each of its mentions."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        chosen: list[Proposal],
        options: list[tuple[int, ...]],
        keys: list[str],
        groups: dict[str, list[int]],
        context_countries: Sequence[str],
        found: Found,
    ) -> None:
        self.gazetteer = gazetteer
        self.cols = gazetteer.cols
        self.chosen = chosen
        self.options = options
        self.keys = keys
        self.groups = groups
        self.given = frozenset(context_countries) | frozenset(found.peoples)
        self.peoples = found.peoples
        # Which names may lie in each county: "Paris and Henry County" are the Paris and
        # the Henry County that share one, whichever are the largest of their names.
        self.county_names: dict[str, set[str]] = {}
        # ... and the points every name may lie at, in cells of half a degree
        self.grid: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
        for n, opts in enumerate(options):
            if chosen[n].needs_context or chosen[n].hit.level == "skeleton":
                continue
            for i in opts:
                if self.cols.admin2[i]:
                    self.county_names.setdefault(self.cols.admin2[i], set()).add(keys[n])
                if self.cols.precisions[i] in _POINT_PRECISIONS:
                    lat, lon = self.cols.lats[i], self.cols.lons[i]
                    cell = (int(lat // _CELL), int(lon // _CELL))
                    self.grid.setdefault(cell, []).append((keys[n], lat, lon))

    def evidences(self, picks: list[int]) -> list[_Evidence]:
        """Every mention's evidence, read from the other mentions' current picks."""
        cols, chosen, options = self.cols, self.chosen, self.options
        named: Counter[str] = Counter()
        implied: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        counties: Counter[str] = Counter()
        own: list[tuple[str | None, str | None, str | None]] = []
        country_cov: list[dict[str, float]] = []
        region_cov: list[dict[str, float]] = []
        county_cov: list[str] = []
        for n, p in enumerate(chosen):
            top = picks[n]
            country, kind = cols.countries[top], cols.kinds[top]
            here: tuple[str | None, str | None, str | None] = (None, None, None)
            usable = p.hit.level != "skeleton" and not p.needs_context
            country_cov.append(
                _coverage(self.gazetteer, options[n], top, "countries") if usable else {}
            )
            region_cov.append(
                _coverage(self.gazetteer, options[n], top, "admin1") if usable else {}
            )
            county_cov.append(cols.admin2[top] if usable else "")
            if usable and cols.admin2[top]:
                counties[cols.admin2[top]] += 1
            if usable and country is not None:
                if kind in ("country", "state", "admin1") and p.form != "adjective":
                    named[country] += 1
                    here = (country, None, cols.admin1[top] if kind in _REGION_KINDS else None)
                    if kind in _REGION_KINDS:
                        regions[cols.admin1[top]] += 1
                elif len({cols.countries[i] for i in options[n]}) == 1:
                    implied[country] += 1
                    here = (None, country, None)
            own.append(here)
        total_country: Counter[str] = Counter(self.peoples)
        total_region: Counter[str] = Counter()
        for cov in country_cov:
            total_country.update(cov)
        for cov in region_cov:
            total_region.update(cov)
        for code, k in regions.items():
            total_region[code] += k  # a state named outright counts more than a town in it

        cache: dict[str, _Evidence] = {}
        out = []
        for n in range(len(chosen)):
            key = self.keys[n]
            ev = cache.get(key)
            if ev is None:
                ev = cache[key] = self._evidence(
                    self.groups[key],
                    own,
                    named,
                    implied,
                    regions,
                    counties,
                    county_cov,
                    total_country,
                    total_region,
                    country_cov,
                    region_cov,
                )
            out.append(ev)
        return out

    def _evidence(
        self,
        group: list[int],
        own: list[tuple[str | None, str | None, str | None]],
        named: Counter[str],
        implied: Counter[str],
        regions: Counter[str],
        counties: Counter[str],
        county_cov: list[str],
        total_country: Counter[str],
        total_region: Counter[str],
        country_cov: list[dict[str, float]],
        region_cov: list[dict[str, float]],
    ) -> _Evidence:
        # Every mention of the same name is left out of its own evidence: a repeated
        # ambiguous "Georgia" does not vouch for the country Georgia.
        own_named: Counter[str] = Counter()
        own_implied: Counter[str] = Counter()
        own_regions: Counter[str] = Counter()
        own_counties: Counter[str] = Counter()
        for m in group:
            for counter, value in zip((own_named, own_implied, own_regions), own[m], strict=True):
                if value:
                    counter[value] += 1
            if county_cov[m]:
                own_counties[county_cov[m]] += 1
        strong = self.given | {c for c, k in named.items() if k - own_named[c] > 0}
        weak = frozenset(
            c for c, k in implied.items() if c not in strong and k - own_implied[c] > 0
        )
        rest = Counter({r: k - own_regions[r] for r, k in regions.items()})
        near_counties = Counter({c: k - own_counties[c] for c, k in counties.items()})
        others = total_country.copy()
        regions_here = total_region.copy()
        for m in group:
            others.subtract(country_cov[m])
            regions_here.subtract(region_cov[m])
        regions_here.subtract(own_regions)
        focus, support = max(others.items(), key=lambda kv: (kv[1], kv[0]), default=(None, 0.0))
        mentions = max(1, len(self.chosen) - len(group))
        bonus = 0.0
        if focus is not None and support >= 1.0:
            bonus = FOCUS_BONUS * (2 if support >= 2.0 and support >= 0.5 * mentions else 1)
        prefix = _iso2(self.gazetteer, focus) if focus else "?"
        region, region_support = max(
            ((r, k) for r, k in regions_here.items() if r.startswith(prefix)),
            key=lambda kv: (kv[1], kv[0]),
            default=(None, 0.0),
        )
        region_bonus = 0.0
        if region_support >= 1.0:
            region_bonus = REGION_FOCUS_BONUS * (
                2 if region_support >= 2.0 and region_support >= 0.5 * mentions else 1
            )
        return _Evidence(
            frozenset(strong),
            weak,
            focus if bonus else None,
            bonus,
            region if region_bonus else None,
            +rest,
            region_bonus,
            +near_counties,
        )

    def _near_other_name(self, i: int, key: str) -> bool:
        lat, lon = self.cols.lats[i], self.cols.lons[i]
        row, col = int(lat // _CELL), int(lon // _CELL)
        for r in (row - 1, row, row + 1):
            for c in (col - 1, col, col + 1):
                for other, a, b in self.grid.get((r, c), ()):
                    if other != key and haversine_km(lat, lon, a, b) <= NEAR_OPTION_KM:
                        return True
        return False

    def bonus(
        self, i: int, ev: _Evidence, key: str, near: float = 0.0, cap: float = LOCAL_CAP
    ) -> float:
        """What the document's evidence adds to option ``i``'s prior: its country's
        support, and (capped, so that a town of the article's state does not take the name
        of a great city elsewhere) its state's and neighbours' support plus ``near``."""
        cols = self.cols
        s = 0.0
        country = cols.countries[i]
        if country is None and cols.sources[i] == "supplement":
            s += STRONG_CONTEXT_BONUS  # a sea or a region of several countries: in any context
        if country is not None:
            if country in ev.strong:
                s += STRONG_CONTEXT_BONUS
            elif country in ev.weak:
                s += WEAK_CONTEXT_BONUS
            if country == ev.focus and country not in ev.strong:
                s += ev.focus_bonus
        local = near
        if cols.admin2[i]:
            names = self.county_names.get(cols.admin2[i], ())
            if len(names) > (key in names):
                local += SHARED_COUNTY_BONUS
        if cols.precisions[i] in _POINT_PRECISIONS and self._near_other_name(i, key):
            local += NEAR_OPTION_BONUS
        if cols.kinds[i] not in _REGION_KINDS and cols.admin1[i]:
            if ev.regions[cols.admin1[i]]:
                local += NAMED_REGION_BONUS
            if cols.admin1[i] == ev.region:
                local += ev.region_bonus
            if cols.admin2[i] and ev.counties[cols.admin2[i]]:
                local += COUNTY_BONUS
        return s + min(local, cap)


def _iso2(gazetteer: Gazetteer, iso3: str) -> str:
    for code2, code3 in gazetteer.iso3.items():
        if code3 == iso3:
            return code2 + "."
    return "?"


def tops_and_options(
    doc: Doc, gazetteer: Gazetteer, chosen: list[Proposal], tops: list[int]
) -> list[tuple[int, ...]]:
    """Every mention's options, narrowed where a larger place is written right after a
    smaller one ("Salem, Ore.", "Rochester, New York": the town in that state, and
    "New York" the state)."""
    options = [p.hit.indices for p in chosen]
    for n in range(len(chosen) - 1):
        narrowed = _within(doc, gazetteer, chosen, tops, n)
        if narrowed is None:
            continue
        options[n], options[n + 1] = narrowed
    return options


def _within(
    doc: Doc, gazetteer: Gazetteer, chosen: list[Proposal], tops: list[int], n: int
) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Mention ``n`` and the next narrowed to "town, its region", or None."""
    a, b = chosen[n], chosen[n + 1]
    if b.start != a.end + 1 or doc[a.end].text != "," or "adjective" in (a.form, b.form):
        return None
    cols = gazetteer.cols
    if cols.kinds[tops[n]] == "country" and cols.kinds[tops[n + 1]] == "country":
        return None  # "Syria, Iraq, Iran": a list, not a place and its country
    last = doc[b.end - 1]
    if last.dep_ in ("compound", "amod", "nmod") and not b.start <= last.head.i < b.end:
        return None  # "… in Damascus, US officials said": a word of the next phrase
    inner = a.hit.indices
    # the outer name as the larger place it can be: a state before a city of that name
    for kinds in (_REGION_KINDS, frozenset({"county"}), frozenset({"country"})):
        for outer in sorted(b.hit.indices, key=lambda i: -gazetteer.score(i, b.hit)):
            if cols.kinds[outer] not in kinds:
                continue
            if cols.kinds[outer] in _REGION_KINDS:
                same = tuple(
                    i for i in inner if cols.admin1[i] == cols.admin1[outer] and i != outer
                )
            elif cols.kinds[outer] == "county":
                same = tuple(
                    i for i in inner if cols.admin2[i] == cols.admin2[outer] and i != outer
                )
            else:
                same = tuple(i for i in inner if cols.countries[i] == cols.countries[outer])
            if same:
                return same, (outer,)
    return None
