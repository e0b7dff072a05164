"""From resolved mentions to the public records, and the `annalyst_places` spaCy component."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from annalyst.nlp.places.disambiguate import ResolvedPlace, disambiguate
from annalyst.nlp.places.finder import find_proposals
from annalyst.nlp.places.gazetteer import Candidate, Gazetteer
from annalyst.nlp.places.unlisted import with_unlisted_places
from annalyst.schema import Place, PlaceRef


def resolve_places(
    doc: Doc,
    gazetteer: Gazetteer,
    *,
    context_countries: Sequence[str] = (),
    group_words: frozenset[str] = frozenset(),
) -> list[ResolvedPlace]:
    """Every place mention in ``doc``, geocoded, in text order (``group_words``: lower-
    cased names the actor layer reads as groups, never taken for unlisted places)."""
    found = disambiguate(doc, gazetteer, find_proposals(doc, gazetteer), context_countries)
    return with_unlisted_places(doc, gazetteer, found, group_words)


def _fields(r: ResolvedPlace) -> dict[str, Any]:
    return place_fields(r.candidate, r.start_char, r.end_char, r.text, r.form)


def place_fields(c: Candidate, start: int, end: int, text: str, form: str) -> dict[str, Any]:
    """The plain-dict place record of a gazetteer entry named by the words at
    ``start:end`` (as ``doc._.places`` holds them)."""
    return {
        "start": start,
        "end": end,
        "text": text,
        "name": c.name,
        "lat": round(c.lat, 5),
        "lon": round(c.lon, 5),
        "country": c.country,
        "geonameid": c.geonameid,
        "precision": c.precision,
        "form": form,
    }


def place_records(
    article_id: str,
    doc: Doc,
    gazetteer: Gazetteer,
    context_countries: Sequence[str] = (),
) -> list[Place]:
    """``place`` records (see :mod:`annalyst.schema`) for every place mention in ``doc``."""
    return [
        Place(article_id=article_id, **_fields(r))
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
        precision=c.precision,
        form=resolved.form,
    )


if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)
if not Doc.has_extension("places_other_forms"):
    Doc.set_extension("places_other_forms", default=None)
if not Doc.has_extension("capitals"):
    # ISO-3 code -> the capital's place record (without words), for a document that
    # speaks of "the capital": later stages read the capital a description stands for
    Doc.set_extension("capitals", default=None)


class PlaceFinder:
    """The `annalyst_places` spaCy component: every place mention, geocoded.

    Runs after `annalyst_actors`: the countries of the actors named in the article
    are context for disambiguation. Leaves plain dicts (they cross process boundaries
    with `nlp.pipe(n_process=N)`): `doc._.places` holds the places the text names (form
    `name`, what later stages such as events use as locations), and
    `doc._.places_other_forms` the adjectives and names inside other names. The gazetteer is
    loaded when the component is made, not on the first document, so that forked
    workers share it.
    """

    def __init__(self, extra: Sequence[Path | str] = ()) -> None:
        self.gazetteer = Gazetteer.load(tuple(extra))
        self._capitals: dict[str, dict[str, Any]] | None = None

    def capitals(self) -> dict[str, dict[str, Any]]:
        """Every country's capital as a place record with no words yet (built once)."""
        if self._capitals is None:
            gazetteer = self.gazetteer
            self._capitals = {
                str(gazetteer.cols.countries[i]): place_fields(
                    gazetteer.entry(i), 0, 0, "", "description"
                )
                for i in sorted(gazetteer.capital, reverse=True)
            }
        return self._capitals

    def __call__(self, doc: Doc) -> Doc:
        countries: list[str] = []
        groups: set[str] = set()
        mentions = doc._.actor_mentions if Doc.has_extension("actor_mentions") else None
        for mention in mentions or []:
            actor = mention.get("actor") if isinstance(mention, dict) else None
            if actor and not str(actor.get("id", "~")).startswith("~"):
                # (a group the knowledge base holds; not a name the model merely
                # called an organisation: "the Ramim barracks")
                groups.add(str(mention.get("text", "")).lower())
            if mention.get("label") == "GPE" or (actor and actor.get("type") == "state"):
                continue  # a place named as an actor: the places' own evidence counts it
            if actor and actor.get("type") == "person":
                continue  # people travel: "Biden and Putin met in Geneva" is in Switzerland
            if actor and actor.get("country") and actor["country"] not in countries:
                countries.append(str(actor["country"]))
        found = resolve_places(
            doc, self.gazetteer, context_countries=countries, group_words=frozenset(groups)
        )
        doc._.places = [_fields(r) for r in found if r.form == "name"]
        doc._.places_other_forms = [_fields(r) for r in found if r.form != "name"]
        doc._.capitals = self.capitals() if "capital" in doc.text.lower() else None
        return doc


@Language.factory("annalyst_places", default_config={"extra": []})
def make_place_finder(nlp: Language, name: str, extra: list[str]) -> PlaceFinder:
    return PlaceFinder(extra)


def doc_place_records(article_id: str, doc: Doc) -> list[Place]:
    """The `place` records the `annalyst_places` component left on a document, in text order."""
    found = list(doc._.places or []) + list(doc._.places_other_forms or [])
    found.sort(key=lambda p: (p["start"], p["end"]))
    return [Place(article_id=article_id, **p) for p in found]
