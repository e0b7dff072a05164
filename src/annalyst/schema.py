"""The record types annalyst emits, and their JSON form.

This module is the single source of truth for the public output contract:
`annalyst extract` writes these records as JSON Lines, the store keeps the same
fields, and `python -m annalyst.schema` renders the documentation in
`docs/schema.md` from the classes below, so the docs cannot drift from the code.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any, Literal, get_args, get_origin, get_type_hints

import msgspec

ActorType = Literal["person", "organization", "state", "group"]
Status = Literal["asserted", "claimed", "negated", "hypothetical", "future"]
DatePrecision = Literal["day", "month", "year"]
PlacePrecision = Literal["site", "city", "county", "region", "country", "continent"]
PlaceForm = Literal["name", "adjective", "in-name", "description"]
QuoteType = Literal["direct", "indirect", "mixed"]
QuoteAct = Literal[
    "statement",
    "belief",
    "request",
    "promise",
    "intention",
    "evaluation",
    "characterization",
    "mention",
    "stance",
]


def doc(text: str) -> msgspec.Meta:
    """Attach a field description that ends up in docs/schema.md."""
    return msgspec.Meta(description=text)


class ActorRef(msgspec.Struct, kw_only=True, omit_defaults=False):
    """An actor as it appears in one article, resolved to a canonical entry when possible."""

    id: Annotated[str, doc("canonical actor id (provisional ids start with `~`)")]
    name: Annotated[str, doc("canonical name")]
    text: Annotated[str, doc("the words naming the actor in this article")]
    country: Annotated[str | None, doc("ISO-3 country code")] = None
    sectors: Annotated[list[str], doc("sector codes such as GOV, MIL, REB")] = []
    type: Annotated[ActorType, doc("person, organization, state or group")] = "organization"


def actor_ref(data: dict[str, Any]) -> ActorRef:
    """An ACTOR record from the plain dict the NLP components pass around."""
    return ActorRef(
        id=str(data["id"]),
        name=str(data.get("name") or data["id"]),
        text=str(data.get("text") or data.get("name") or ""),
        country=data.get("country"),
        sectors=list(data.get("sectors") or []),
        type=data.get("type") or "organization",
    )


class PlaceRef(msgspec.Struct, kw_only=True):
    """A geocoded place attached to an event."""

    name: Annotated[str, doc("gazetteer name")]
    text: Annotated[str, doc("the words naming the place in the article")]
    lat: Annotated[float, doc("latitude, WGS84")]
    lon: Annotated[float, doc("longitude, WGS84")]
    country: Annotated[str | None, doc("ISO-3 country code")]
    geonameid: Annotated[int | None, doc("GeoNames id when the place comes from GeoNames")] = None
    precision: Annotated[
        PlacePrecision | None, doc("site, city, county, region, country or continent")
    ] = None
    form: Annotated[
        PlaceForm,
        doc(
            "name, adjective or in-name, as in `place`; `description` when the event's "
            'place is told by a description that stands for it ("the capital")'
        ),
    ] = "name"


class Article(msgspec.Struct, kw_only=True, tag_field="kind", tag="article"):
    """One news article, cleaned of boilerplate, with where it came from."""

    id: Annotated[str, doc("stable id: the same input always gives the same id")]
    input_id: Annotated[
        str | None,
        doc("the input record's own id or URL (JSONL/CSV `id`, feed entry id, WARC-Record-ID)"),
    ] = None
    source: Annotated[str, doc("file (and record) the article was read from")]
    title: Annotated[str | None, doc("headline")]
    published: Annotated[str | None, doc("publication date, YYYY-MM-DD")]
    authors: Annotated[list[str], doc("personal authors only; desks and agencies go to `byline`")]
    byline: Annotated[str | None, doc("the byline as printed, e.g. `By Staff, Agencies`")]
    outlet: Annotated[str | None, doc("outlet named by the text or the record")]
    language: Annotated[str | None, doc("ISO 639-1 language code")]
    url: Annotated[str | None, doc("address of the article, when known")]
    line_start: Annotated[int | None, doc("1-based first line in the source file")]
    line_end: Annotated[int | None, doc("1-based last line in the source file")]
    text: Annotated[str, doc("body text, boilerplate removed, paragraphs separated by blank lines")]
    duplicate_of: Annotated[str | None, doc("id of the first copy when this is a duplicate")] = None


class Mention(msgspec.Struct, kw_only=True, tag_field="kind", tag="mention"):
    """A span of article text that names an actor."""

    article_id: str
    start: Annotated[int, doc("character offset into the article's text")]
    end: Annotated[int, doc("character offset (exclusive)")]
    text: str
    label: Annotated[str, doc("entity label (PERSON, ORG, GPE, NORP, AGENT, …)")]
    actor: ActorRef | None


class Event(msgspec.Struct, kw_only=True, tag_field="kind", tag="event"):
    """Who did what to whom, when and where, typed with PLOVER and CAMEO."""

    id: str
    article_id: str
    sentence: str
    sentence_start: Annotated[int, doc("offset of the sentence in the article text")]
    trigger: str
    event_type: Annotated[str, doc("PLOVER event type")]
    mode: Annotated[str | None, doc("PLOVER mode")]
    quad: Annotated[str, doc("quad class")]
    cameo: Annotated[str | None, doc("CAMEO code")]
    intensity: Annotated[float, doc("PLOVER intensity, -10..10")]
    actors: list[ActorRef]
    recipients: list[ActorRef]
    date: Annotated[str | None, doc("YYYY-MM-DD, null when the text gives no time")]
    date_precision: DatePrecision | None
    date_text: str | None
    location: PlaceRef | None
    status: Status
    claimed_by: ActorRef | None
    confidence: float


class Quote(msgspec.Struct, kw_only=True, tag_field="kind", tag="quote"):
    """An attribution of content to a source: a direct or reported statement, or what the
    source believes, asks for, promises, intends, judges, characterises or refers to
    (`act`), with its speaker."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    type: QuoteType
    speaker: ActorRef | None
    speaker_text: str | None
    cue: str | None
    medium: str | None
    act: Annotated[
        QuoteAct,
        doc(
            "what the source does with the content: `statement` (says, reports, shows: "
            '"said that …", "according to"), `belief` ("believes that …", "knows …"), '
            '`request` ("urged X to …", "called for …"), `promise` ("pledged to …", '
            '"threatened …"), `intention` ("wants to …", "plans to …", "refused to …"), '
            '`evaluation` ("criticized X", "endorsed X"), `characterization` '
            '("called X a Y", "described X as Y"), `mention` ("cited X", '
            '"spoke about X") or `stance` (any other stance or conduct toward the '
            'content, "was eyeing X", read by a learned model only with '
            "`--broad-attributions`); select `statement` for plain quotes"
        ),
    ] = "statement"


class Place(msgspec.Struct, kw_only=True, tag_field="kind", tag="place"):
    """A place named in an article, geocoded offline."""

    article_id: str
    start: int
    end: int
    text: str
    name: str
    lat: float
    lon: float
    country: Annotated[str | None, doc("ISO-3 country code; null for seas and continents")]
    geonameid: Annotated[int | None, doc("GeoNames id, null for places GeoNames lacks")]
    precision: Annotated[
        PlacePrecision,
        doc(
            "site, city, county (second-level division), region (state, province, ...), "
            "country or continent"
        ),
    ]
    form: Annotated[
        PlaceForm,
        doc(
            "`name`: the place is named; `adjective`: a demonym or adjective of it "
            '("Norwegian"); `in-name`: inside the name of an organisation, outlet, '
            'facility or event ("Ohio State Highway Patrol")'
        ),
    ] = "name"


class StatusCounts(msgspec.Struct, kw_only=True):
    """How many of an incident's reports carry each status."""

    asserted: int = 0
    claimed: int = 0
    negated: int = 0
    hypothetical: int = 0
    future: int = 0


class Incident(msgspec.Struct, kw_only=True, tag_field="kind", tag="incident"):
    """One real-world act that several event records (from one or many articles) report."""

    id: Annotated[str, doc("stable id (from the first report that formed it)")]
    event_type: Annotated[str, doc("PLOVER event type")]
    mode: Annotated[str | None, doc("PLOVER mode most reports give, null when none does")]
    date: Annotated[str | None, doc("best date, YYYY-MM-DD, from the most precise reports")]
    date_precision: DatePrecision | None
    location: Annotated[PlaceRef | None, doc("best place, from the most precise reports")]
    actors: Annotated[list[ActorRef], doc("who did it, as the reports name them")]
    recipients: Annotated[list[ActorRef], doc("to whom it was done")]
    events: Annotated[list[str], doc("ids of the `event` records it groups")]
    articles: Annotated[list[str], doc("ids of the articles that report it")]
    outlets: Annotated[list[str], doc("outlets that report it")]
    corroboration: Annotated[
        int,
        doc(
            "independent outlets that report it: outlets of one known owner count once, "
            "duplicates and syndicated copies add nothing"
        ),
    ]
    statuses: Annotated[StatusCounts, doc("reports per status")]
    claimed_by: Annotated[list[ActorRef], doc("who the claimed reports attribute it to")]


Record = Article | Mention | Event | Quote | Place | Incident
RECORD_TYPES: tuple[type[msgspec.Struct], ...] = (Article, Mention, Event, Quote, Place, Incident)

_encoder = msgspec.json.Encoder()


def to_json_line(record: msgspec.Struct) -> bytes:
    """One record as a JSON line (with trailing newline)."""
    return _encoder.encode(record) + b"\n"


def to_dict(record: msgspec.Struct) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(record)
    return result


def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Annotated:
        return _type_name(get_args(tp)[0])
    if origin is Literal:
        return " | ".join(repr(a).replace("'", "") for a in get_args(tp))
    if origin is list:
        return f"[{_type_name(get_args(tp)[0])}]"
    args = get_args(tp)
    if args and origin is not None:
        names = [_type_name(a) for a in args]
        return " | ".join("null" if n == "NoneType" else n for n in names)
    name = getattr(tp, "__name__", str(tp))
    return {"str": "string", "int": "integer", "float": "number", "NoneType": "null"}.get(
        name, name
    )


def schema_markdown() -> str:
    """Render the record types as Markdown (the content of docs/schema.md)."""
    lines = [
        "# Output schema",
        "",
        "Generated from `src/annalyst/schema.py` by `make schema`; do not edit by hand.",
        "",
        "`annalyst extract PATH...` writes one JSON object per line. Every object has a",
        "`kind` naming its record type. Character offsets are into the article's `text`.",
        "",
    ]
    classes: tuple[type[msgspec.Struct], ...] = (*RECORD_TYPES, ActorRef, PlaceRef, StatusCounts)
    for cls in classes:
        tag = getattr(cls.__struct_config__, "tag", None)
        title = f"`{tag}`" if tag else f"`{cls.__name__}` (nested)"
        lines += [f"## {title}", "", (cls.__doc__ or "").strip(), ""]
        lines += ["| field | type | meaning |", "| --- | --- | --- |"]
        if tag:
            lines.append(f"| kind | `{tag}` | record type |")
        hints = get_type_hints(cls, include_extras=True)
        for name in cls.__struct_fields__:
            tp = hints[name]
            meaning = ""
            if get_origin(tp) is Annotated:
                for meta in get_args(tp)[1:]:
                    if isinstance(meta, msgspec.Meta) and meta.description:
                        meaning = meta.description
            type_name = _type_name(tp).replace("|", "\\|")
            lines.append(f"| {name} | `{type_name}` | {meaning} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(schema_markdown())
