"""Plain-text readers: multi-article dumps and single-article text files."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from annalyst.ingest.bylines import OutletLookup
from annalyst.ingest.language import detect_language
from annalyst.ingest.limits import RecordTimeout, record_budget
from annalyst.ingest.model import Draft, InputError, Problem, ReadResult, Source
from annalyst.ingest.segmenter import Segmenter
from annalyst.ingest.textio import TextLines


class RegistryLookup:
    """The outlet registry seen through the small interface the segmenter needs."""

    def __init__(self) -> None:
        from annalyst.knowledge.outlets import default_registry

        self._registry = default_registry()

    def canonical(self, name: str) -> str | None:
        found: str | None = self._registry.canonical(name)
        return found

    def is_agency(self, name: str) -> bool:
        outlet = self._registry.get(name)
        return outlet is not None and outlet.kind == "agency"

    def find_names(self, text: str) -> list[str]:
        return [outlet.name for outlet, _, _ in self._registry.find_in_text(text)]


@lru_cache(maxsize=1)
def outlet_lookup() -> OutletLookup:
    return RegistryLookup()


def _line_problems(source: Source, lines: TextLines) -> Iterator[Problem]:
    for number, reason in lines.take_problems():
        yield Problem(source.name, reason, f"line {number}")


def _read(source: Source, *, single: bool) -> Iterator[ReadResult]:
    segmenter = Segmenter(source.name, outlet_lookup(), single=single)
    found = 0
    with source.open() as stream:
        lines = TextLines(stream, source.limits.max_line_chars)
        results = segmenter.run(lines)
        while True:
            # The budget covers the lines read to finish one article; when it runs
            # out the segmenter cannot resume, so the rest of the file is given up.
            try:
                with record_budget(source.limits.record_seconds):
                    result = next(results, None)
                    if isinstance(result, Draft) and result.language is None:
                        result.language = detect_language(result.text)
            except RecordTimeout as exc:
                raise InputError(f"{exc} (reading stopped at line {lines.line_number})") from exc
            yield from _line_problems(source, lines)
            if result is None:
                break
            if isinstance(result, Draft):
                found += 1
                result.source_key = f"L{result.line_start}"
            yield result
    if found == 0:
        teasers = len(segmenter.teasers)
        hint = f" ({teasers} headlines without body)" if teasers else ""
        raise InputError(f"no recognisable article{hint}")


def read_dump(source: Source) -> Iterator[ReadResult]:
    """A dump holding one or many articles, split by the segmenter."""
    return _read(source, single=False)


def read_text(source: Source) -> Iterator[ReadResult]:
    """A text file holding exactly one article (first line as headline when it looks like one)."""
    return _read(source, single=True)
