"""`extract --engine spark` and `ingest --engine spark`: the command line over
`annalyst.scale` (PySpark is imported only when one of them runs)."""

from __future__ import annotations

from collections.abc import Callable

import typer
from rich.table import Table
from rich.text import Text

from annalyst.ingest.limits import Limits
from annalyst.ingest.model import Problem
from annalyst.terminal import console, errors, say_error, say_problem


def _problem_counter() -> tuple[Callable[[Problem], None], Callable[[], int]]:
    failed = 0

    def problem(p: Problem) -> None:
        nonlocal failed
        failed += 1
        say_problem(p)

    return problem, lambda: failed


def check_spark_paths(paths: list[str]) -> None:
    if "-" in paths:
        say_error("--engine spark", "reads files and directories, not standard input")
        raise typer.Exit(2)


def extract_spark(
    paths: list[str],
    output: str | None,
    master: str | None,
    partitions: int | None,
    input_format: str | None,
    glob: str | None,
    limits: Limits,
    no_incidents: bool,
) -> None:
    from annalyst import runtime
    from annalyst.cli import state
    from annalyst.scale.engine import print_summary, run_spark
    from annalyst.scale.session import SparkUnavailable

    runtime.settle()
    if not output:
        say_error("--engine spark", "needs --output DIR (Parquet datasets are written there)")
        raise typer.Exit(2)
    check_spark_paths(paths)
    problem, failed = _problem_counter()
    try:
        summary = run_spark(
            paths,
            output,
            master=master,
            input_format=input_format,
            pattern=glob,
            limits=limits,
            model=state.model,
            actor_files=state.actor_files,
            partitions=partitions,
            incidents=not no_incidents,
            on_problem=problem,
        )
    except SparkUnavailable as exc:
        say_error("Cannot run on Spark:", exc)
        raise typer.Exit(2) from exc
    print_summary(summary)
    if failed():
        errors.print(Text(f"{failed()} problem(s) reported", style="red"))
        raise typer.Exit(1)


def ingest_spark(
    paths: list[str],
    master: str | None,
    partitions: int | None,
    input_format: str | None,
    glob: str | None,
    limits: Limits,
    no_nlp: bool,
    no_incidents: bool,
    staging: str | None = None,
) -> None:
    """Read, deduplicate and annotate on Spark; store in the database; update incidents."""
    from annalyst import runtime
    from annalyst.cli import _open_store, _run_nlp, _update_incidents, state
    from annalyst.scale.ingest import ingest_spark as run
    from annalyst.scale.session import SparkUnavailable

    runtime.settle()
    check_spark_paths(paths)
    with _open_store() as store:
        try:
            summary = run(
                paths,
                store,
                master=master,
                input_format=input_format,
                pattern=glob,
                limits=limits,
                model=state.model,
                actor_files=state.actor_files,
                partitions=partitions,
                nlp=not no_nlp,
                staging=staging,
                on_problem=say_problem,
            )
        except SparkUnavailable as exc:
            say_error("Cannot run on Spark:", exc)
            raise typer.Exit(2) from exc
        if not no_nlp:
            records = summary.records
            console.print(
                f"NLP (spark, {summary.partitions} partition(s)): {summary.annotated} article(s) "
                f"processed: {records.get('mentions', 0)} actor mention(s), "
                f"{records.get('events', 0)} event(s), {records.get('quotes', 0)} quote(s), "
                f"{records.get('places', 0)} place(s)"
            )
            # Articles stored earlier and never processed (`ingest --no-nlp`) are processed
            # here by the local engine, which then updates incidents, as `process` does.
            if store.count_to_process() > 0:
                _run_nlp(store, everything=False, incidents=not no_incidents)
            elif not no_incidents:
                _update_incidents(store)
        counts = store.stats()
    table = Table(title="ingest summary (spark)", show_header=False)
    table.add_row("inputs", str(summary.inputs))
    table.add_row("files already ingested", str(summary.skipped))
    table.add_row("new articles", str(summary.articles))
    table.add_row("of which duplicates", str(summary.duplicates))
    table.add_row("articles already stored", str(summary.already_stored))
    table.add_row("failed inputs", str(len(summary.failed_files)))
    table.add_row("failed records", str(summary.failed_records))
    table.add_row("problems reported", str(len(summary.problems)))
    table.add_row("articles in store", str(counts.get("articles", 0)))
    table.add_row("seconds", f"{summary.seconds:.1f}")
    console.print(table)
    if not summary.ok:
        raise typer.Exit(1)
