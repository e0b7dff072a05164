"""The one exception readers raise for input they cannot read."""

from __future__ import annotations


class InputError(Exception):
    """A whole input cannot be read (binary, empty, truncated, wrong format, over a limit)."""
