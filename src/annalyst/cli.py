"""The `annalyst` command line: a thin layer over the library API."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from annalyst.ingest.model import Problem
from annalyst.schema import Article, to_dict, to_json_line

app = typer.Typer(
    name="annalyst",
    help="Turn piles of news into sourced event data.",
    no_args_is_help=True,
    add_completion=False,
)
articles_app = typer.Typer(help="List stored articles, or show one.", invoke_without_command=True)
app.add_typer(articles_app, name="articles")

console = Console()
errors = Console(stderr=True)


class State:
    db: Path = Path("annalyst.duckdb")


state = State()

InputFormat = Annotated[
    str | None,
    typer.Option(
        "--input-format",
        "-f",
        help="dump, text, html, jsonl, csv, rss, atom or warc (default: by extension).",
    ),
]
Glob = Annotated[
    str | None, typer.Option("--glob", help="Only files matching this pattern inside directories.")
]
Paths = Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")]


@app.callback()
def main_options(
    db: Annotated[
        Path, typer.Option("--db", help="DuckDB file to use.", envvar="ANNALYST_DB")
    ] = Path("annalyst.duckdb"),
) -> None:
    state.db = db


def _problem(problem: Problem) -> None:
    errors.print(f"[red]✗[/red] {problem}", highlight=False, soft_wrap=True)


def _open_store(read_only: bool = False):  # type: ignore[no-untyped-def]
    from annalyst.store.db import Store, StoreError

    if read_only and not state.db.exists():
        errors.print(f"[red]No database at {state.db}[/red]; run `annalyst ingest` first.")
        raise typer.Exit(2)
    try:
        return Store(state.db, read_only=read_only)
    except StoreError as exc:
        errors.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


@app.command()
def ingest(paths: Paths, input_format: InputFormat = None, glob: Glob = None) -> None:
    """Read news files and store their articles (re-running adds nothing twice)."""
    from annalyst.ingest.pipeline import FORMATS, iter_sources
    from annalyst.ingest.pipeline import ingest as run_ingest

    if input_format and input_format not in FORMATS:
        errors.print(
            f"[red]Unknown --input-format {input_format!r}[/red]; choose from {', '.join(FORMATS)}"
        )
        raise typer.Exit(2)
    sources = [s for s in iter_sources(paths, glob) if not isinstance(s, Problem)]
    total = sum(s.size() for s in sources) or 1
    store = _open_store()
    with (
        store,
        Progress(
            TextColumn("[bold]ingest[/bold] {task.description}"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(),
            console=errors,
            transient=True,
            disable=not errors.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("", total=total)

        def advance(name: str, size: int) -> None:
            progress.update(task, advance=size, description=Path(name).name[:40])

        summary = run_ingest(
            paths,
            store,
            input_format=input_format,
            pattern=glob,
            on_problem=_problem,
            on_progress=advance,
        )
        counts = store.stats()
    table = Table(title="ingest summary", show_header=False)
    table.add_row("files read", str(summary.files - summary.skipped))
    table.add_row("files already ingested", str(summary.skipped))
    table.add_row("new articles", str(summary.articles))
    table.add_row("of which duplicates", str(summary.duplicates))
    table.add_row("failed inputs", str(len(summary.failed_files)))
    table.add_row("problems reported", str(len(summary.problems)))
    table.add_row("articles in store", str(counts.get("articles", 0)))
    console.print(table)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def extract(paths: Paths, input_format: InputFormat = None, glob: Glob = None) -> None:
    """Write JSON Lines records (see docs/schema.md) to stdout; no database involved."""
    from annalyst.ingest.pipeline import extract as run_extract

    failed = False

    def problem(p: Problem) -> None:
        nonlocal failed
        if p.location is None:
            failed = True
        _problem(p)

    out = sys.stdout.buffer
    try:
        for article in run_extract(
            paths, input_format=input_format, pattern=glob, on_problem=problem
        ):
            out.write(to_json_line(article))
        out.flush()
    except BrokenPipeError:
        sys.stderr.close()  # a closed pipe (| head) is not an error
        return
    if failed:
        raise typer.Exit(1)


ARTICLE_COLUMNS = ("id", "published", "outlet", "title", "authors", "language", "duplicate_of")


def _emit_articles(rows: list[Article], as_json: bool, as_csv: bool) -> None:
    if as_json:
        sys.stdout.write(
            json.dumps([to_dict(a) for a in rows], ensure_ascii=False, indent=2) + "\n"
        )
        return
    if as_csv:
        writer = csv.writer(sys.stdout)
        fields = [f for f in Article.__struct_fields__]
        writer.writerow(fields)
        for article in rows:
            data = to_dict(article)
            writer.writerow(
                ["; ".join(v) if isinstance(v, list) else v for v in (data[f] for f in fields)]
            )
        return
    table = Table(show_lines=False)
    for column in ARTICLE_COLUMNS:
        table.add_column(column, overflow="fold", max_width=60 if column == "title" else None)
    for article in rows:
        table.add_row(
            article.id,
            article.published or "",
            article.outlet or "",
            article.title or "",
            ", ".join(article.authors),
            article.language or "",
            article.duplicate_of or "",
        )
    console.print(table)
    console.print(f"{len(rows)} article(s)")


@articles_app.callback(invoke_without_command=True)
def articles(
    ctx: typer.Context,
    outlet: Annotated[
        str | None, typer.Option(help="Outlet name (case-insensitive, partial).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Words that must all appear in title or text.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    duplicates: Annotated[
        bool, typer.Option("--duplicates/--no-duplicates", help="Include duplicate copies.")
    ] = True,
) -> None:
    """List stored articles."""
    if ctx.invoked_subcommand is not None:
        return
    from annalyst.store.db import StoreError

    with _open_store(read_only=True) as store:
        try:
            rows = store.query_articles(
                outlet=outlet,
                since=since,
                until=until,
                search=search,
                limit=limit or None,
                include_duplicates=duplicates,
            )
        except StoreError as exc:
            errors.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
    _emit_articles(rows, as_json, as_csv)


@articles_app.command("show")
def articles_show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print one article with its metadata."""
    with _open_store(read_only=True) as store:
        article = store.get_article(article_id)
    if article is None:
        errors.print(f"[red]No article {article_id!r}[/red]")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(to_dict(article), ensure_ascii=False, indent=2) + "\n")
        return
    meta = Table(show_header=False, box=None)
    for name in Article.__struct_fields__:
        if name == "text":
            continue
        value = getattr(article, name)
        meta.add_row(
            f"[bold]{name}[/bold]",
            ", ".join(value) if isinstance(value, list) else str(value or ""),
        )
    console.print(meta)
    console.rule()
    console.print(article.text, highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
