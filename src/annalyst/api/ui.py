"""Serving the explorer: the built bundle in `annalyst/web/` and its History-API paths.

Any GET that is not the API, the spec or a file of the bundle gets the app's
`index.html` (the app reads its path and query string to know what to show),
so that permalinks such as `/events?type=ASSAULT` or `/articles/ID` work.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

WEB = Path(__file__).resolve().parent.parent / "web"
_MISSING = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>annalyst</title></head>"
    "<body><h1>The explorer is not built</h1><p>This annalyst was installed without its "
    "browser bundle. From a source checkout run <code>make web</code>; the API is at "
    "<a href='/docs'>/docs</a>.</p></body></html>"
)


def mount_ui(app: FastAPI, web: Path = WEB) -> None:
    index = web / "index.html"
    if (web / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=web / "assets"), name="assets")

    @app.get("/{path:path}", include_in_schema=False, response_model=None)
    def page(path: str) -> Response:
        candidate = (web / path).resolve()
        if path and candidate.is_file() and candidate.parent == web.resolve():
            return FileResponse(candidate)
        if not index.is_file():
            return HTMLResponse(_MISSING, status_code=503)
        return FileResponse(index, media_type="text/html", headers={"Cache-Control": "no-cache"})
