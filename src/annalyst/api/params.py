"""Query parameters of the API: the filters, paging and formats, validated.

Values with a fixed vocabulary (types, quad classes, statuses, formats) are
checked here; a bad value becomes an `ApiError` (a 400 with a JSON body that
names the parameter and what it accepts). Nothing unchecked reaches the store.
"""

from __future__ import annotations

import base64
import hashlib
import inspect
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query

from annalyst.knowledge.events.models import PLOVER_TYPES, QUADS
from annalyst.store.explore import Listing
from annalyst.store.filters import Filters

STATUSES = ("asserted", "claimed", "negated", "hypothetical", "future")
QUOTE_TYPES = ("direct", "indirect", "mixed")
ACTOR_TYPES = ("person", "organization", "state", "group")
Format = Literal["json", "csv", "jsonl", "parquet"]
MAX_LIMIT = 1000


class ApiError(Exception):
    """A request the API cannot answer: its status and a message for the reader."""

    def __init__(self, status: int, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter


def _text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ApiError(400, f"{name} must not contain NUL characters", name)
    value = value.strip()
    return value or None


def _choice(value: str | None, name: str, allowed: tuple[str, ...], *, upper: bool) -> str | None:
    value = _text(value, name)
    if value is None:
        return None
    value = value.upper() if upper else value.lower()
    if value not in allowed:
        raise ApiError(400, f"unknown {name} {value!r}; choose from {', '.join(allowed)}", name)
    return value


@dataclass
class FilterParams:
    """Every filter a list endpoint may take, as it arrives (see `filter_dependency`)."""

    actor: str | None = None
    type: str | None = None
    quad: str | None = None
    country: str | None = None
    status: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    min_corroboration: int | None = None
    article: str | None = None

    def to_filters(self, kind: str) -> Filters:
        """The validated `Filters`; `kind` says what `type` means (events, quotes, actors)."""
        types = {"quotes": QUOTE_TYPES, "actors": ACTOR_TYPES}.get(kind, PLOVER_TYPES)
        country = _text(self.country, "country")
        if country is not None and not (
            len(country) == 3 and country.isascii() and country.isalpha()
        ):
            raise ApiError(
                400, f"country must be an ISO-3 code such as IRQ, got {country!r}", "country"
            )
        if self.since and self.until and self.since > self.until:
            raise ApiError(400, "since must not be after until", "since")
        return Filters(
            actor=_text(self.actor, "actor"),
            type=_choice(self.type, "type", types, upper=kind not in ("quotes", "actors")),
            quad=_choice(self.quad, "quad", QUADS, upper=False),
            country=country.upper() if country else None,
            status=_choice(self.status, "status", STATUSES, upper=False),
            outlet=_text(self.outlet, "outlet"),
            since=self.since,
            until=self.until,
            search=_text(self.search, "search"),
            min_corroboration=self.min_corroboration or None,
            article=_text(self.article, "article"),
        )


_TYPE_HELP = {
    "quotes": "Quote type.",
    "actors": "Actor type.",
}


def _parameter(name: str, kind: str) -> Any:
    """The annotated type of one filter parameter (what the OpenAPI spec shows)."""
    types = {"quotes": QUOTE_TYPES, "actors": ACTOR_TYPES}.get(kind, PLOVER_TYPES)
    specs: dict[str, Any] = {
        "actor": Annotated[
            str | None, Query(max_length=200, description="Actor id, or part of a name.")
        ],
        "type": Annotated[
            Literal[types] | None,
            Query(description=_TYPE_HELP.get(kind, "PLOVER event type.")),
        ],
        "quad": Annotated[Literal[QUADS] | None, Query(description="Quad class.")],
        "country": Annotated[
            str | None,
            Query(pattern="^[A-Za-z]{3}$", description="ISO-3 country code, e.g. IRQ."),
        ],
        "status": Annotated[Literal[STATUSES] | None, Query(description="Event status.")],
        "outlet": Annotated[
            str | None, Query(max_length=200, description="Outlet, or part of its name.")
        ],
        "since": Annotated[date | None, Query(description="On or after this day (YYYY-MM-DD).")],
        "until": Annotated[date | None, Query(description="On or before this day (YYYY-MM-DD).")],
        "search": Annotated[
            str | None,
            Query(max_length=500, description='Words (or "a phrase") that must all appear.'),
        ],
        "min_corroboration": Annotated[
            int | None,
            Query(
                ge=0,
                le=10_000,
                description="Only acts reported by at least this many "
                "independent outlets (through incidents).",
            ),
        ],
        "article": Annotated[
            str | None, Query(max_length=100, description="Only records of this article id.")
        ],
    }
    return specs[name]


FILTER_ORDER = ("actor", "type", "quad", "country", "status", "outlet", "since", "until",
                "search", "min_corroboration", "article")  # fmt: skip


def filter_dependency(kind: str, names: frozenset[str]) -> Callable[..., Filters]:
    """A FastAPI dependency taking exactly the filters `names` and giving `Filters`.

    Its signature is built here so that each endpoint's OpenAPI parameters are
    the filters it really takes, with their vocabularies.
    """

    def dependency(**values: Any) -> Filters:
        return FilterParams(**values).to_filters(kind)

    parameters = [
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_parameter(name, kind)
        )
        for name in FILTER_ORDER
        if name in names
    ]
    dependency.__signature__ = inspect.Signature(parameters, return_annotation=Filters)  # type: ignore[attr-defined]
    return dependency


def sort_keys(listing: Listing) -> tuple[str, ...]:
    keys = sorted(listing.sorts)
    return (*keys, *(f"-{k}" for k in keys))


def sort_dependency(listing: Listing) -> Callable[..., str | None]:
    """A FastAPI dependency for `sort`, offering exactly the listing's sort keys."""

    def dependency(sort: str | None = None) -> str | None:
        return sort

    annotation: Any = Annotated[
        Literal[sort_keys(listing)] | None,
        Query(description="Sort key; a leading - sorts descending."),
    ]
    parameter = inspect.Parameter(
        "sort", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation
    )
    dependency.__signature__ = inspect.Signature([parameter], return_annotation=str | None)  # type: ignore[attr-defined]
    return dependency


PAGING = ("limit", "cursor", "sort", "format")


def check_known(what: str, given: Iterable[str], accepted: Iterable[str]) -> None:
    """A 400 for a query parameter the endpoint does not take (a filter that does not apply)."""
    allowed = set(accepted)
    for name in given:
        if name not in allowed:
            names = ", ".join(sorted(allowed))
            raise ApiError(400, f"{what} takes no {name!r}; it takes {names}", name)


def check_sort(listing: Listing, sort: str | None) -> str | None:
    sort = _text(sort, "sort")
    if sort is not None and sort.lstrip("-") not in listing.sorts:
        keys = ", ".join(sorted(listing.sorts))
        raise ApiError(
            400, f"unknown sort {sort!r}; choose from {keys} (- in front: descending)", "sort"
        )
    return sort


def _fingerprint(listing: str, f: Filters, sort: str | None) -> str:
    data = json.dumps([listing, sort, {k: str(getattr(f, k)) for k in f.given()}], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:12]


def encode_cursor(listing: str, f: Filters, sort: str | None, offset: int) -> str:
    raw = json.dumps({"o": offset, "q": _fingerprint(listing, f, sort)}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, listing: str, f: Filters, sort: str | None) -> int:
    """The offset a cursor stands for; a 400 if it is malformed or from another query."""
    if cursor is None or cursor == "":
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data: Any = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        offset = data["o"]
        fingerprint = data["q"]
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise ValueError(offset)
    except (ValueError, TypeError, KeyError, UnicodeError):
        raise ApiError(
            400, "malformed cursor; use next_cursor from a previous page", "cursor"
        ) from None
    if fingerprint != _fingerprint(listing, f, sort):
        raise ApiError(
            400, "this cursor belongs to another query (other filters or sort)", "cursor"
        )
    return offset
