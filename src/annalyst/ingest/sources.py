"""From the paths a user names to the inputs to read, and what cannot be read.

Directories are walked recursively. Everything that is not a readable regular
file becomes a `Problem` instead of a hang or a crash: named pipes, devices and
sockets, dangling symbolic links and link loops, files and directories without
read permission. File names that are not valid UTF-8 are kept as bytes (via
`os.fsdecode`), so the file can still be opened, and shown escaped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

from annalyst.ingest.cleantext import escaped_name
from annalyst.ingest.errors import InputError
from annalyst.ingest.files import file_kind, stat_problem
from annalyst.ingest.limits import DEFAULT_LIMITS, Limits
from annalyst.ingest.model import Problem, Source
from annalyst.ingest.readers import format_for_path, name_format


def iter_sources(
    paths: Iterable[str | bytes | os.PathLike[str]],
    pattern: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Source | Problem]:
    """Inputs named by paths: files, directories (recursive, filtered by `pattern`) or `-`.

    Standard input is read (copied to a temporary file) when it is reached, once.
    """
    for raw in paths:
        if raw == "-" or raw == b"-":
            try:
                yield Source.stdin(limits)
            except (InputError, OSError) as exc:
                yield Problem("<stdin>", f"cannot read standard input: {exc}")
            continue
        path = Path(os.fsdecode(raw))
        name = escaped_name(str(path))
        try:
            info = os.stat(path)
        except OSError as exc:
            yield Problem(name, stat_problem(path, exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path, pattern, limits)
        elif stat.S_ISREG(info.st_mode):
            yield Source.from_path(path, limits)
        else:
            yield Problem(name, f"{file_kind(info.st_mode)}, not a regular file; skipped")


def _wanted(name: str, full: str, pattern: str | None) -> bool:
    """Whether a file in a walked directory is an input, judged by its name alone."""
    if name.startswith("."):
        return False
    if pattern is not None:
        return fnmatch(name, pattern) or fnmatch(full, pattern)
    # .xml files are sniffed later, once they are known to be regular files.
    return name_format(full) is not None or name.lower().endswith(".xml")


def _walk(top: Path, pattern: str | None, limits: Limits) -> Iterator[Source | Problem]:
    errors: list[OSError] = []
    found = False
    for root, dirs, files in os.walk(top, onerror=errors.append):
        while errors:
            yield _dir_problem(errors.pop(0))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            full = os.path.join(root, name)
            if not _wanted(name, full, pattern):
                continue
            path = Path(full)
            try:
                info = os.stat(path)
            except OSError as exc:
                found = True
                yield Problem(escaped_name(full), stat_problem(path, exc))
                continue
            if not stat.S_ISREG(info.st_mode):
                found = True
                yield Problem(
                    escaped_name(full), f"{file_kind(info.st_mode)}, not a regular file; skipped"
                )
                continue
            if pattern is None and format_for_path(full) is None:
                continue  # an .xml file that is neither a feed nor a page
            found = True
            yield Source.from_path(path, limits)
    while errors:
        yield _dir_problem(errors.pop(0))
    if not found:
        yield Problem(escaped_name(str(top)), "no readable input files in this directory")


def _dir_problem(exc: OSError) -> Problem:
    where = escaped_name(os.fsdecode(exc.filename)) if exc.filename else "<directory>"
    path = Path(os.fsdecode(exc.filename)) if exc.filename else Path()
    return Problem(where, f"directory not read: {stat_problem(path, exc)}")
