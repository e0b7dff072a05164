"""Loading the packaged (and extra) knowledge files into an :class:`EventOntology` and
an :class:`EventLexicon`, cached by each file's path, modification time and size.

An edited file is read again on the next load; every problem of a load is raised at
once in one :class:`EventKnowledgeError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from annalyst.knowledge.events.errors import EventKnowledgeError
from annalyst.knowledge.events.lexicon import EventLexicon
from annalyst.knowledge.events.lexicon_build import (
    _assign_ids,
    _build_instruments,
    _build_trigger,
)
from annalyst.knowledge.events.lexicon_files import _parse_lexicon_file, _RawEntry, _RawInstrument
from annalyst.knowledge.events.models import PLOVER_TYPES
from annalyst.knowledge.events.ontology import EventOntology
from annalyst.knowledge.events.ontology_files import (
    _check_cameo_readings,
    _parse_cameo_file,
    _parse_plover_file,
)
from annalyst.knowledge.events.trigger import Trigger


def data_dir() -> Path:
    """The directory holding the packaged knowledge files (``annalyst/knowledge/data``)."""
    return Path(__file__).parent.parent / "data"


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return str(path), -1, -1
    return str(path), st.st_mtime_ns, st.st_size


#: Bump when the pickled layout of the ontology or lexicon changes (the cache key has it).
CACHE_FORMAT = 1
_BUILDERS = (
    __name__,
    "annalyst.knowledge.events.lexicon",
    "annalyst.knowledge.events.lexicon_build",
    "annalyst.knowledge.events.lexicon_files",
    "annalyst.knowledge.events.ontology",
    "annalyst.knowledge.events.ontology_files",
    "annalyst.knowledge.events.trigger",
    "annalyst.knowledge.events.models",
)


def _disk_key(*keys: tuple[str, int, int]) -> str | None:
    """The compiled-knowledge cache key for these files, or None if one is unreadable."""
    from annalyst.knowledge import compiled

    try:
        return compiled.digest(
            fmt=CACHE_FORMAT, files=[Path(k[0]) for k in keys], modules=_BUILDERS
        )
    except OSError:
        return None


@lru_cache(maxsize=8)
def _ontology_cached(
    plover_key: tuple[str, int, int], cameo_key: tuple[str, int, int]
) -> EventOntology:
    from annalyst.knowledge import compiled

    key = _disk_key(plover_key, cameo_key)
    if key is None:
        return _build_ontology(plover_key, cameo_key)
    return compiled.load_or_build(
        "event-ontology", key, lambda: _build_ontology(plover_key, cameo_key), EventOntology
    )


def _build_ontology(
    plover_key: tuple[str, int, int], cameo_key: tuple[str, int, int]
) -> EventOntology:
    plover_path, cameo_path = Path(plover_key[0]), Path(cameo_key[0])
    cameo_items, errors = _parse_cameo_file(cameo_path)
    cameo = {code: item for code, (item, _line_no) in cameo_items.items()}
    types, legacy, type_errors = _parse_plover_file(plover_path, cameo)
    errors.extend(type_errors)
    errors.extend(_check_cameo_readings(cameo_path, cameo_items, types))
    if errors:
        raise EventKnowledgeError(errors)
    ordered = {name: types[name] for name in PLOVER_TYPES}
    return EventOntology(ordered, cameo, legacy)


def load_ontology(plover: Path | None = None, cameo: Path | None = None) -> EventOntology:
    """Load (once, then from cache) the PLOVER ontology and the CAMEO table.

    Defaults to the packaged ``plover.yaml`` and ``cameo.yaml``. Raises
    :class:`EventKnowledgeError` listing every problem found."""
    plover_path = plover if plover is not None else data_dir() / "plover.yaml"
    cameo_path = cameo if cameo is not None else data_dir() / "cameo.yaml"
    return _ontology_cached(_file_key(plover_path), _file_key(cameo_path))


@lru_cache(maxsize=16)
def _lexicon_cached(
    files: tuple[tuple[str, int, int], ...],
    plover_key: tuple[str, int, int],
    cameo_key: tuple[str, int, int],
) -> EventLexicon:
    from annalyst.knowledge import compiled

    key = _disk_key(*files, plover_key, cameo_key)
    if key is None:
        return _build_lexicon(files, plover_key, cameo_key)
    return compiled.load_or_build(
        "event-lexicon" if len(files) == 1 else "event-lexicon-extra",
        key,
        lambda: _build_lexicon(files, plover_key, cameo_key),
        EventLexicon,
    )


def _build_lexicon(
    files: tuple[tuple[str, int, int], ...],
    plover_key: tuple[str, int, int],
    cameo_key: tuple[str, int, int],
) -> EventLexicon:
    onto = _ontology_cached(plover_key, cameo_key)
    errors: list[str] = []
    classes: dict[str, tuple[str, ...]] = {}
    class_lines: dict[str, str] = {}
    raws: list[tuple[_RawEntry, bool]] = []
    raw_instruments: list[_RawInstrument] = []
    for position, (name, _mtime, _size) in enumerate(files):
        path = Path(name)
        parsed = _parse_lexicon_file(path)
        errors.extend(parsed.errors)
        for cname, (words, line) in parsed.classes.items():
            if cname in classes and position == 0:
                errors.append(
                    f"{path}:{line}: @{cname}: classes: already defined at {class_lines[cname]}"
                )
                continue
            merged = list(classes.get(cname, ()))
            merged.extend(w for w in words if w not in merged)
            classes[cname] = tuple(merged)
            class_lines.setdefault(cname, f"{path}:{line}")
        raws.extend((raw, position > 0) for raw in parsed.entries)
        raw_instruments.extend(parsed.instruments)
    instruments = _build_instruments(raw_instruments, onto, errors)
    packaged: list[Trigger] = []
    extra: list[Trigger] = []
    for raw, is_extra in raws:
        trigger = _build_trigger(raw, classes, onto, errors)
        if trigger is not None:
            (extra if is_extra else packaged).append(trigger)
    for group in (packaged, extra):
        seen_ids: dict[str, str] = {}
        for t in group:
            if t.id and t.id in seen_ids:
                errors.append(f"{t.source}: {t.id}: id: duplicate id (also at {seen_ids[t.id]})")
            elif t.id:
                seen_ids[t.id] = t.source
    if errors:
        raise EventKnowledgeError(errors)
    taken = {t.id for t in packaged if t.id}
    merged_entries = _assign_ids(packaged, taken)
    taken.update(t.id for t in extra if t.id)
    slot_of = {t.id: i for i, t in enumerate(merged_entries)}
    additions: list[Trigger] = []
    for t in extra:
        if t.id and t.id in slot_of:
            merged_entries[slot_of[t.id]] = t
        else:
            additions.append(t)
    merged_entries.extend(_assign_ids(additions, taken))
    return EventLexicon(merged_entries, classes, instruments)


def load_lexicon(extra: Sequence[Path] = ()) -> EventLexicon:
    """Load (once, then from cache) the packaged event lexicon plus ``extra`` files.

    Extra files use the same format. Their classes extend packaged classes of the same
    name; their entries are added, and an entry whose explicit ``id`` equals the id
    of a packaged entry replaces it. Everything is validated against the ontology;
    :class:`EventKnowledgeError` lists every problem."""
    files = (_file_key(data_dir() / "events.yaml"), *(_file_key(Path(p)) for p in extra))
    return _lexicon_cached(
        files, _file_key(data_dir() / "plover.yaml"), _file_key(data_dir() / "cameo.yaml")
    )
