"""Answers kept while the database does not change.

The server only reads, so an answer stays right until a writer (`ingest`,
`process`) commits. The database's version is read from the file itself and
its write-ahead log (size and modification time, two `stat` calls); any change
drops every kept answer. Answers are kept encoded, up to `size` of them, least
recently used first out.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

_ENCODER = msgspec.json.Encoder()
MAX_BYTES = 2 * 1024 * 1024  # larger answers are not kept


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


class AnswerCache:
    def __init__(self, db: Path, size: int = 2048) -> None:
        self.db = db
        self.wal = db.with_name(db.name + ".wal")
        self.size = size
        self._lock = threading.Lock()
        self._answers: OrderedDict[str, bytes] = OrderedDict()
        self._version: tuple[Any, ...] = ()
        self.hits = 0
        self.misses = 0

    def version(self) -> tuple[Any, ...]:
        return (_stamp(self.db), _stamp(self.wal))

    def answer(self, key: str, compute: Callable[[], Any]) -> bytes:
        """The encoded answer for `key`, computed (and kept) if need be."""
        version = self.version()
        with self._lock:
            if version != self._version:
                self._answers.clear()
                self._version = version
            body = self._answers.get(key)
            if body is not None:
                self._answers.move_to_end(key)
                self.hits += 1
                return body
            self.misses += 1
        body = _ENCODER.encode(compute())
        if self.size and len(body) <= MAX_BYTES:
            with self._lock:
                if self._version == version:
                    self._answers[key] = body
                    while len(self._answers) > self.size:
                        self._answers.popitem(last=False)
        return body
