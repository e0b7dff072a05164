"""The read-only HTTP API over the store (FastAPI) and the explorer it serves.

`create_app(db_path, token=None)` builds the application; `annalyst serve`
runs it with uvicorn (see `annalyst.api.server`).
"""

from annalyst.api.app import create_app

__all__ = ["create_app"]
