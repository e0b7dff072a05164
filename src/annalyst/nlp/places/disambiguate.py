"""Choosing which place each mention names.

Each mention's options are scored by a prior (log10 of the population, bonuses for
countries and capitals, curated names over GeoNames alternates) plus what the document
says about itself:

* its countries: those the caller passes (the actors' countries), those the text names,
  those whose peoples it names ("Iraqi officials"): strong evidence; the countries of
  places that can only be in one country: weaker evidence;
* its focus: the country most of its mentions point to. Local news seldom names its own
  country, so "Salem" in an article about Portland and Eugene is the one in Oregon;
* the states and provinces it names, and above all the one written right after a town
  ("Salem, Ore.", "Alexandria, Virginia", "Tripoli, Lebanon"), which settles the town;
* proximity: an option within a few hundred kilometres of the other places the article
  names beats a namesake abroad;
* one sense per article: a name settled by its state keeps that sense when repeated.

A mention never counts as evidence for itself (an ambiguous "Georgia" does not vouch for
the country Georgia). Small towns abroad and rare alternate spellings of foreign cities
with no support in the document are dropped: more often a misread name than the place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annalyst.nlp.places.finder import Found, Proposal
from annalyst.nlp.places.gazetteer import Candidate, Gazetteer
from annalyst.nlp.places.names import Form, haversine_km

if TYPE_CHECKING:
    from spacy.tokens import Doc

STRONG_CONTEXT_BONUS = 3.0
WEAK_CONTEXT_BONUS = 1.5
FOCUS_BONUS = 1.5
NAMED_REGION_BONUS = 1.0
REGION_FOCUS_BONUS = 1.0
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
    chosen = found.proposals
    cols = gazetteer.cols
    tops = [max(p.hit.indices, key=lambda i: gazetteer.score(i, p.hit)) for p in chosen]
    options = list(tops_and_options(doc, gazetteer, chosen, tops))
    tops = [
        t if t in opts else max((gazetteer.score(i, p.hit), i) for i in opts)[1]
        for t, opts, p in zip(tops, options, chosen, strict=True)
    ]
    # Mentions are grouped by the places they may name ("Georgia", "northeast Georgia")
    keys = [" ".join(map(str, sorted(p.hit.indices))) for p in chosen]
    given = frozenset(context_countries) | frozenset(found.peoples)

    named: Counter[str] = Counter()
    implied: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    own: list[tuple[str | None, str | None, str | None]] = []
    country_cov: list[dict[str, float]] = []
    region_cov: list[dict[str, float]] = []
    for n, p in enumerate(chosen):
        top = tops[n]
        country, kind = cols.countries[top], cols.kinds[top]
        here: tuple[str | None, str | None, str | None] = (None, None, None)
        usable = p.hit.level != "skeleton" and not p.needs_context
        country_cov.append(_coverage(gazetteer, options[n], top, "countries") if usable else {})
        region_cov.append(_coverage(gazetteer, options[n], top, "admin1") if usable else {})
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
    total_country: Counter[str] = Counter(found.peoples)
    total_region: Counter[str] = Counter()
    for cov in country_cov:
        total_country.update(cov)
    for cov in region_cov:
        total_region.update(cov)
    for code, k in regions.items():
        total_region[code] += k  # a state named outright counts more than a town in it

    # Every mention of the same name is left out of its own evidence: a repeated
    # ambiguous "Georgia" does not vouch for the country Georgia.
    groups: dict[str, list[int]] = {}
    for n, key in enumerate(keys):
        groups.setdefault(key, []).append(n)

    def evidence(n: int) -> _Evidence:
        group = groups[keys[n]]
        own_named: Counter[str] = Counter()
        own_implied: Counter[str] = Counter()
        own_regions: Counter[str] = Counter()
        for m in group:
            for counter, value in zip((own_named, own_implied, own_regions), own[m], strict=True):
                if value:
                    counter[value] += 1
        strong = given | {c for c, k in named.items() if k - own_named[c] > 0}
        weak = frozenset(
            c for c, k in implied.items() if c not in strong and k - own_implied[c] > 0
        )
        rest = Counter({r: k - own_regions[r] for r, k in regions.items()})
        others = total_country.copy()
        regions_here = total_region.copy()
        for m in group:
            others.subtract(country_cov[m])
            regions_here.subtract(region_cov[m])
        regions_here.subtract(own_regions)
        focus, support = max(others.items(), key=lambda kv: (kv[1], kv[0]), default=(None, 0.0))
        mentions = max(1, len(chosen) - len(group))
        bonus = 0.0
        if focus is not None and support >= 1.0:
            bonus = FOCUS_BONUS * (2 if support >= 2.0 and support >= 0.5 * mentions else 1)
        prefix = _iso2(gazetteer, focus) if focus else "?"
        region, region_support = max(
            ((r, k) for r, k in regions_here.items() if r.startswith(prefix)),
            key=lambda kv: (kv[1], kv[0]),
            default=(None, 0.0),
        )
        return _Evidence(
            frozenset(strong),
            weak,
            focus if bonus else None,
            bonus,
            region if region_support >= 1.0 else None,
            +rest,
        )

    def score(i: int, p: Proposal, ev: _Evidence, near: float) -> float:
        s = gazetteer.score(i, p.hit) + near
        country = cols.countries[i]
        if country is not None:
            if country in ev.strong:
                s += STRONG_CONTEXT_BONUS
            elif country in ev.weak:
                s += WEAK_CONTEXT_BONUS
            if country == ev.focus and country not in ev.strong:
                s += ev.focus_bonus
        if cols.kinds[i] not in _REGION_KINDS and cols.admin1[i]:
            if ev.regions[cols.admin1[i]]:
                s += NAMED_REGION_BONUS
            if cols.admin1[i] == ev.region:
                s += REGION_FOCUS_BONUS
        return s

    evidences = [evidence(n) for n in range(len(chosen))]
    picks = [
        max((score(i, chosen[n], evidences[n], 0.0), i) for i in options[n])[1]
        for n in range(len(chosen))
    ]
    # Second pass: proximity to the other places of the article as first chosen.
    anchors = [
        (keys[n], cols.lats[i], cols.lons[i])
        for n, i in enumerate(picks)
        if cols.precisions[i] in _POINT_PRECISIONS and not chosen[n].needs_context
    ]
    for n, p in enumerate(chosen):
        if len(options[n]) < 2 or not anchors:
            continue
        others = [(lat, lon) for key, lat, lon in anchors if key != keys[n]]
        if not others:
            continue

        def near(i: int, others: list[tuple[float, float]] = others) -> float:
            if cols.precisions[i] not in _POINT_PRECISIONS:
                return 0.0
            km = min(haversine_km(cols.lats[i], cols.lons[i], a, b) for a, b in others)
            return next((bonus for limit, bonus in PROXIMITY_BONUS if km <= limit), 0.0)

        ev = evidences[n]
        picks[n] = max((score(i, p, ev, near(i)), i) for i in options[n])[1]
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
        if cand.source == "geonames" and not settled_here:
            if not in_context and cand.population < SMALL_TOWN:
                continue  # a small town abroad is more likely a misread name
            if not in_context and best in p.hit.alternate and cand.population < SMALL_CITY:
                continue  # ... the more so through a rare alternate spelling
            if p.end in found.person_starts and p.source in ("ner", "matcher"):
                continue  # "Antony J. Blinken": a first name
        if p.needs_context and not in_context and not settled_here:
            continue
        if p.hit.level == "skeleton" and not (in_context or cand.population >= 100_000):
            continue
        span = doc[p.start : p.end]
        out.append(ResolvedPlace(span.start_char, span.end_char, span.text, cand, p.form))
    return out


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
