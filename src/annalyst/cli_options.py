"""Options shared by the commands that read input (`ingest`, `extract`), and their checks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from annalyst.ingest.limits import Limits
from annalyst.terminal import plain, say_error

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


MaxFileBytes = Annotated[
    int,
    typer.Option(
        "--max-file-bytes", min=0, help="Largest input file (or stdin) to read, in bytes; 0: any."
    ),
]
MaxDecompressed = Annotated[
    int,
    typer.Option(
        "--max-decompressed-bytes",
        min=0,
        help="Most bytes a compressed input (.warc.gz) may expand to; 0: any.",
    ),
]
MaxRatio = Annotated[
    float,
    typer.Option(
        "--max-ratio",
        min=0,
        help="Most times its own size a compressed input may expand to (past 64 MiB); 0: any.",
    ),
]
MaxLine = Annotated[
    int,
    typer.Option(
        "--max-line-chars",
        min=0,
        help="Longest line (dumps, JSON Lines) or CSV record, in characters; 0: any.",
    ),
]
RecordSeconds = Annotated[
    float,
    typer.Option(
        "--record-seconds",
        min=0,
        help="Time budget of one record (entry, row, page, article); 0: none.",
    ),
]


def limits_from(
    max_file_bytes: int, max_decompressed: int, max_ratio: float, max_line: int, seconds: float
) -> Limits:
    return Limits(
        max_file_bytes=max_file_bytes,
        max_decompressed_bytes=max_decompressed,
        max_ratio=max_ratio,
        max_line_chars=max_line,
        record_seconds=seconds,
    )


def progress_label(name: str) -> str:
    """A file's name for the progress bar, whose column format is markup: escaped."""
    return escape(plain(Path(name).name[:40]).plain)


def check_format(input_format: str | None) -> None:
    from annalyst.ingest.pipeline import FORMATS

    if input_format and input_format not in FORMATS:
        say_error("Unknown --input-format", f"{input_format!r}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(2)


NoNlp = Annotated[
    bool, typer.Option("--no-nlp", help="Only read and store articles; skip the NLP stages.")
]
NoIncidents = Annotated[
    bool,
    typer.Option(
        "--no-incidents", help="Skip grouping events into incidents (see `annalyst incidents`)."
    ),
]
Engine = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local (one process, JSON Lines to stdout) or spark (Parquet datasets under --output).",
    ),
]
IngestEngine = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local (one process) or spark (read, dedup and NLP on Spark, then stored here).",
    ),
]
Output = Annotated[
    str | None,
    typer.Option("--output", "-o", help="With --engine spark: where the Parquet datasets go."),
]
Master = Annotated[
    str | None,
    typer.Option(
        "--master",
        help="With --engine spark: the Spark master (default local[*], or spark-submit's).",
    ),
]
Partitions = Annotated[
    int | None,
    typer.Option("--partitions", min=1, help="With --engine spark: partitions for the NLP stages."),
]
Staging = Annotated[
    str | None,
    typer.Option(
        "--staging",
        help=(
            "With ingest --engine spark: a directory on a file system the executors mount "
            "too (such as NFS) where the keys of stored articles are staged for dedup "
            "(default: a local temporary directory, enough for local[*])."
        ),
    ),
]
