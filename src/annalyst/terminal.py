"""Printing for the command line: input-derived strings never become markup.

File names, record ids, titles and texts come from input, and input may hold
`[/red]`, ANSI escapes or newlines. Everything from input is printed through
`plain()`: a Rich `Text` (never parsed as markup) with control characters shown
escaped. Only the fixed decorations around it are styled.
"""

from __future__ import annotations

import sys
import traceback

from rich.console import Console
from rich.text import Text

from annalyst.ingest.cleantext import printable
from annalyst.ingest.guard import BUG_REPORT
from annalyst.ingest.model import Problem

console = Console()
errors = Console(stderr=True)


def plain(value: object, *, one_line: bool = True) -> Text:
    """A value from input as Rich text: no markup, control characters escaped.

    With `one_line=False`, newlines and tabs are kept (article bodies).
    """
    text = "" if value is None else str(value)
    if one_line:
        return Text(printable(text))
    return Text("\n".join(printable(line) for line in text.split("\n")))


def say_problem(problem: Problem) -> None:
    """One line on stderr for a problem in an input."""
    errors.print(Text("✗ ", style="red") + Text(str(problem)), highlight=False, soft_wrap=True)


def say_error(message: str, detail: object = None) -> None:
    """A fatal error of the command (not of an input), with an optional input-derived detail."""
    line = Text(message, style="red")
    if detail is not None:
        line += Text(" ") + plain(detail)
    errors.print(line, highlight=False, soft_wrap=True)


def say_waiting(message: str) -> None:
    errors.print(Text("… ", style="yellow") + plain(message), highlight=False, soft_wrap=True)


def report_bug(exc: BaseException) -> None:
    """The traceback of an unexpected exception, said to be a bug, on stderr."""
    sys.stderr.write("".join(traceback.format_exception(exc)))
    errors.print(
        Text("annalyst stopped on an internal error: ", style="bold red")
        + Text(f"{BUG_REPORT} (include the traceback above).")
    )
