"""Process-level settings that make start-up cheap: the garbage collector and exit.

Start-up builds or unpickles a few million long-lived objects (the knowledge base,
the gazetteer, the spaCy pipeline). Python's cyclic collector would walk all of
them again and again while they are made — seconds of work that frees nothing —
and once more at exit. The command line therefore

* suspends automatic collection while it starts (``gc.set_threshold(0)``, which
  holds even though libraries such as srsly call ``gc.enable()``),
* moves everything made so far into the permanent generation (``gc.freeze()``)
  once the pipeline is ready, then restores the thresholds (the youngest
  generation's raised, see ``YOUNG_THRESHOLD``), so later
  collections look only at per-document garbage (forked workers share the frozen
  pages instead of copying them when the collector would touch them), and
* for commands that only stream output (``extract``), ends the process with
  ``os._exit`` after flushing, skipping the teardown of those objects.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys

_saved: tuple[int, int, int] | None = None

#: Allocations between two collections of the youngest generation once start-up is
#: over (Python's default is 700). The NLP stages make and drop many small objects per
#: document; at 700 the collector walked them some 400 times per 60,000 words (about
#: 0.1 s), at this value some 50 times (0.03 s), with the same peak memory.
YOUNG_THRESHOLD = 20_000


def suspend_gc() -> None:
    """Stop automatic garbage collection until `settle` is called."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(0)


def settle() -> None:
    """Freeze what start-up built and restore automatic collection (the youngest
    generation collected less often: see `YOUNG_THRESHOLD`)."""
    global _saved
    gc.freeze()
    young, middle, old = _saved if _saved is not None else gc.get_threshold()
    _saved = None
    gc.set_threshold(max(young, YOUNG_THRESHOLD) if young else 0, middle, old)


def fast_exit(code: int) -> None:
    """Flush the standard streams and end the process without interpreter teardown."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
