"""`annalyst serve`: run the API and explorer with uvicorn, refusing unsafe setups."""

from __future__ import annotations

from pathlib import Path

from annalyst.api.security import is_loopback


class ServeError(Exception):
    """A setup the server refuses to run with."""


def check_binding(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token."""
    if token is not None and not token.strip():
        raise ServeError("--token must not be empty")
    if token is None and not is_loopback(host):
        raise ServeError(
            f"refusing to listen on {host} without --token: anyone who can reach this machine "
            "could read the database. Bind to 127.0.0.1 (the default), or pass --token TOKEN "
            "(clients then send 'Authorization: Bearer TOKEN')."
        )


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    log_level: str = "info",
) -> None:
    """Serve the store at `db_path` until interrupted."""
    import uvicorn

    from annalyst.api.app import create_app

    check_binding(host, token)
    app = create_app(db_path, token=token)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
