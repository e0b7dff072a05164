"""Turning anything that goes wrong with one record or one input into a `Problem`.

Bad input is reported and skipped, never a traceback: one problem line naming the
input, the place in it and the reason, and the run goes on. An exception nobody
expected is a bug in annalyst, not in the input; it is still contained to its
record, and the message says so and where to report it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from annalyst.ingest.errors import InputError
from annalyst.ingest.limits import record_budget
from annalyst.ingest.model import Problem, Source

BUG_REPORT = (
    "this is a bug in annalyst; please report it on the annalyst issue tracker "
    "with the command you ran and, if you can share it, the input"
)

T = TypeVar("T")
P = ParamSpec("P")


def describe(exc: BaseException) -> str:
    """The reason an exception gives, in one line."""
    if isinstance(exc, InputError):
        return " ".join(str(exc).split()) or "unreadable"
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    if isinstance(exc, MemoryError):
        return "too large to read in memory"
    detail = " ".join(str(exc).split())
    return f"internal error ({type(exc).__name__}: {detail}); {BUG_REPORT}"


def is_bug(exc: BaseException) -> bool:
    return not isinstance(exc, InputError | RecursionError | MemoryError | OSError)


def guarded(
    source: Source,
    location: str | None,
    work: Callable[P, T],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T | Problem:
    """`work(...)` within the source's time budget for one record, or the Problem it became."""
    try:
        with record_budget(source.limits.record_seconds):
            return work(*args, **kwargs)
    except OSError as exc:
        return Problem(source.name, f"cannot read: {exc.strerror or exc}", location)
    except Exception as exc:
        return Problem(source.name, describe(exc), location)
