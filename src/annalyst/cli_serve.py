"""`annalyst serve`: the API and the explorer over the database (`--db`), read-only."""

from __future__ import annotations

from typing import Annotated

import typer

from annalyst.terminal import console, plain, say_error


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback unless --token).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="ANNALYST_TOKEN",
            help="Require 'Authorization: Bearer TOKEN' on every API request (needed to "
            "listen beyond loopback; also $ANNALYST_TOKEN).",
        ),
    ] = None,
) -> None:
    """Serve the REST API (/api/v1/, /docs) and the browser explorer, read-only."""
    from annalyst.api.server import ServeError, check_binding
    from annalyst.api.server import serve as run
    from annalyst.cli import state
    from annalyst.store.connection import StoreError

    try:
        check_binding(host, token)
    except ServeError as exc:
        say_error("Refused:", exc)
        raise typer.Exit(2) from exc
    if not state.db.is_file():
        say_error("No database at", f"{state.db}; run `annalyst ingest` first.")
        raise typer.Exit(2)
    shown = f"[{host}]" if ":" in host else host
    console.print(plain(f"annalyst explorer on http://{shown}:{port}/ (API docs at /docs)"))
    try:
        run(state.db, host=host, port=port, token=token)
    except StoreError as exc:
        say_error("Cannot open the database:", exc)
        raise typer.Exit(2) from exc


def register(app: typer.Typer) -> None:
    app.command()(serve)
