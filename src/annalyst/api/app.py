"""The FastAPI application: `/api/v1/…` over one store, read-only, and the explorer.

Each request opens the database read-only for as long as it needs it (a
streamed export: until the last row is sent), so `ingest` and `process` can
still write between requests (see `annalyst.store.connection`).
"""

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from annalyst import __version__
from annalyst.api.cache import AnswerCache
from annalyst.api.docs import docs_html
from annalyst.api.params import (
    MAX_LIMIT,
    PAGING,
    ApiError,
    Format,
    check_known,
    check_sort,
    decode_cursor,
    encode_cursor,
    filter_dependency,
    sort_dependency,
)
from annalyst.api.security import Guard
from annalyst.api.streams import MEDIA_TYPES, WRITERS
from annalyst.api.ui import mount_ui
from annalyst.store import explore, views
from annalyst.store.connection import StoreError, connect
from annalyst.store.filters import Filters

DESCRIPTION = (
    "Read-only access to an annalyst store: articles, actor mentions, events, quotes, places "
    "and incidents, with the output schema's field names. List endpoints take the same "
    "filters as the command line, page with `limit` and `cursor` (follow `next_cursor`), and "
    "with `format=csv|jsonl|parquet` stream every matching row."
)


class ErrorBody(BaseModel):
    error: str = Field(description="What was wrong, for a person to read.")
    status: int
    parameter: str | None = Field(default=None, description="The query parameter at fault.")


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int = Field(description="All matching items, over every page.")
    limit: int
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad parameter"},
    401: {"model": ErrorBody, "description": "Missing or wrong token"},
    503: {"model": ErrorBody, "description": "The database is busy or unreadable"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    **ERRORS, 404: {"model": ErrorBody, "description": "No such record"}
}  # fmt: skip
STREAMS: dict[str, Any] = {
    media: {"schema": {"type": "string", "format": "binary"}} for media in MEDIA_TYPES.values()
}


class Reader:
    """Opens the store read-only for requests, and lets go of it when they stop.

    Opening a DuckDB file costs tens of milliseconds, so requests share one
    read-only connection (each gets its own cursor) while they come; once none
    has run for `idle` seconds the file is closed, so that a writer (`ingest`,
    `process`) can take it between bursts of requests.
    """

    def __init__(self, path: Path, idle: float = 1.0) -> None:
        self.path = path
        self.idle = idle
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._last = 0.0
        self._closer: threading.Thread | None = None

    def _close_when_idle(self) -> None:
        while True:
            time.sleep(self.idle / 2)
            with self._lock:
                if self._con is None:
                    self._closer = None
                    return
                if self._users == 0 and time.monotonic() - self._last >= self.idle:
                    self._con.close()
                    self._con = None
                    self._closer = None
                    return

    @contextmanager
    def open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            if self._con is None:
                self._con = connect(self.path, read_only=True, wait=15)
            cursor = self._con.cursor()
            self._users += 1
            if self._closer is None:
                self._closer = threading.Thread(target=self._close_when_idle, daemon=True)
                self._closer.start()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._lock:
                self._users -= 1
                self._last = time.monotonic()


def _error(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    body = {"error": message, "status": status, "parameter": parameter}
    return JSONResponse(body, status_code=status)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    errors = exc.errors()
    if not errors:
        return "bad request", None
    first = errors[0]
    loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path")]
    name = loc[-1] if loc else None
    message = str(first.get("msg", "invalid value"))
    return (f"{name}: {message}" if name else message), name


def create_app(
    db_path: str | Path, *, token: str | None = None, cache_size: int | None = None
) -> FastAPI:
    """The API and explorer over the store at `db_path` (which must exist).

    `cache_size` answers are kept while the database is unchanged (default 2048,
    or `$ANNALYST_API_CACHE`; 0 keeps none).
    """
    if cache_size is None:
        cache_size = int(os.environ.get("ANNALYST_API_CACHE", "2048") or 0)
    path = Path(db_path).expanduser()
    if not path.is_file():
        raise StoreError(f"no database at {path}")
    reader = Reader(path)
    cache = AnswerCache(path, size=cache_size)

    def answer(request: Request, compute: Callable[[], Any]) -> Response:
        """JSON for this request, from the cache while the database is unchanged."""
        key = f"{request.url.path}?{sorted(request.query_params.multi_items())}"
        return Response(cache.answer(key, compute), media_type="application/json")

    app = FastAPI(
        title="annalyst",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(Guard, token=token)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.message, exc.parameter)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, name = _validation_message(exc)
        return _error(400, message, name)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError) -> JSONResponse:
        return _error(503, str(exc))

    def db() -> Iterator[duckdb.DuckDBPyConnection]:
        with reader.open() as con:
            yield con

    Con = Annotated[duckdb.DuckDBPyConnection, Depends(db)]
    Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
    Cursor = Annotated[
        str | None, Query(max_length=400, description="`next_cursor` of the previous page.")
    ]
    FormatParam = Annotated[
        Format,
        Query(description="json: one page; csv, jsonl, parquet: every matching row, streamed."),
    ]

    def listing_route(name: str, summary: str) -> None:
        listing = explore.LISTINGS[name]
        Filtered = Annotated[Filters, Depends(filter_dependency(name, listing.filters))]
        Sort = Annotated[str | None, Depends(sort_dependency(listing))]

        def handler(
            request: Request,
            con: Con,
            f: Filtered,
            limit: Limit = 50,
            cursor: Cursor = None,
            sort: Sort = None,
            format: FormatParam = "json",
        ) -> Any:
            check_known(f"/api/v1/{name}", request.query_params, [*listing.filters, *PAGING])
            order = check_sort(listing, sort)
            if format != "json":
                return _stream(name, f, order, format)
            offset = decode_cursor(cursor, name, f, order)

            def compute() -> dict[str, Any]:
                items, total = explore.page(con, listing, f, sort=order, limit=limit, offset=offset)
                following = offset + len(items)
                more = following < total
                next_cursor = encode_cursor(name, f, order, following) if more else None
                return {"items": items, "total": total, "limit": limit, "next_cursor": next_cursor}

            return answer(request, compute)

        app.get(
            f"/api/v1/{name}",
            summary=summary,
            operation_id=f"list_{name}",
            response_model=Page,
            responses={**ERRORS, 200: {"content": STREAMS}},
            tags=[name],
        )(handler)

    def _stream(name: str, f: Filters, sort: str | None, fmt: str) -> StreamingResponse:
        listing = explore.LISTINGS[name]

        def rows() -> Iterator[dict[str, Any]]:
            with reader.open() as con:
                yield from explore.iter_items(con, listing, f, sort=sort)

        filename = f"annalyst-{name}.{fmt}"
        return StreamingResponse(
            WRITERS[fmt](rows()),
            media_type=MEDIA_TYPES[fmt],
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    listing_route("articles", "Articles, newest first by default")
    listing_route("events", "Events (one per report of an act)")
    listing_route("quotes", "Quotes and claims with their speakers")
    listing_route("actors", "Actors named in the articles, by mentions")
    listing_route("incidents", "Incidents: acts grouped across reports, with corroboration")
    listing_route("places", "Places named in the articles, geocoded")

    IdPath = Annotated[str, PathParam(max_length=200)]

    @app.get("/api/v1/articles/{article_id}", summary="One article with its mentions, events, "
             "quotes and places (all with offsets)", operation_id="get_article",
             responses=NOT_FOUND, tags=["articles"])  # fmt: skip
    def get_article(request: Request, con: Con, article_id: IdPath) -> Response:
        def compute() -> dict[str, Any]:
            item = views.article_detail(con, article_id)
            if item is None:
                raise ApiError(404, f"no article {article_id!r}")
            return item

        return answer(request, compute)

    @app.get("/api/v1/actors/{actor_id}", summary="One actor: names, counts, partners",
             operation_id="get_actor", responses=NOT_FOUND, tags=["actors"])  # fmt: skip
    def get_actor(request: Request, con: Con, actor_id: IdPath) -> Response:
        def compute() -> dict[str, Any]:
            item = views.actor_detail(con, actor_id)
            if item is None:
                raise ApiError(404, f"no actor {actor_id!r} in this store")
            return item

        return answer(request, compute)

    @app.get("/api/v1/incidents/{incident_id}", summary="One incident with its reports and "
             "claims ledger", operation_id="get_incident", responses=NOT_FOUND,
             tags=["incidents"])  # fmt: skip
    def get_incident(request: Request, con: Con, incident_id: IdPath) -> Response:
        def compute() -> dict[str, Any]:
            item = views.incident_detail(con, incident_id)
            if item is None:
                raise ApiError(404, f"no incident {incident_id!r}")
            return item

        return answer(request, compute)

    EVENT_FILTERS = explore.LISTINGS["events"].filters
    EventFilters = Annotated[Filters, Depends(filter_dependency("events", EVENT_FILTERS))]

    @app.get("/api/v1/stats", summary="Totals, and facet counts of events under the filters",
             operation_id="stats", responses=ERRORS, tags=["views"])  # fmt: skip
    def get_stats(
        request: Request, con: Con, f: EventFilters, top: Annotated[int, Query(ge=1, le=200)] = 15
    ) -> Response:
        check_known("/api/v1/stats", request.query_params, [*EVENT_FILTERS, "top"])
        return answer(request, lambda: views.stats(con, f, top=top))

    @app.get("/api/v1/timeline", summary="Counts per period and event type",
             operation_id="timeline", responses=ERRORS, tags=["views"])  # fmt: skip
    def get_timeline(
        request: Request,
        con: Con,
        f: EventFilters,
        period: Literal["day", "week", "month", "year"] = "month",
        of: Literal["events", "incidents"] = "events",
    ) -> Response:
        check_known("/api/v1/timeline", request.query_params, [*EVENT_FILTERS, "period", "of"])
        return answer(request, lambda: views.timeline(con, f, period=period, of=of))

    @app.get("/api/v1/graph", summary="The actor network: nodes and weighted edges",
             operation_id="graph", responses=ERRORS, tags=["views"])  # fmt: skip
    def get_graph(
        request: Request,
        con: Con,
        f: EventFilters,
        limit: Annotated[int, Query(ge=1, le=5000)] = 150,
    ) -> Response:
        check_known("/api/v1/graph", request.query_params, [*EVENT_FILTERS, "limit"])
        return answer(request, lambda: views.graph(con, f, limit=limit))

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_html(app.openapi()))

    @app.get("/api/{rest:path}", include_in_schema=False)
    def unknown_api(rest: str) -> None:
        raise ApiError(404, f"no endpoint /api/{rest}; see /openapi.json")

    mount_ui(app)
    return app
