"""A versioned on-disk cache of compiled knowledge.

Building the actor knowledge base, the matchers' patterns, the event lexicon and
the gazetteer from their YAML and packaged data takes seconds; loading the
pickled result takes a few hundredths. Every cached object lives in one file
named ``<kind>-<key>.pickle`` under the cache directory (``$ANNALYST_CACHE_DIR``,
else ``$XDG_CACHE_HOME/annalyst``, else ``~/.cache/annalyst``). The key is a
digest of everything the object depends on:

* a format number chosen by the caller (bumped when the layout changes);
* the versions of annalyst and of the packages named by the caller;
* the bytes of the data files it is built from (packaged and user files);
* the bytes of the Python modules that build it, so an edited builder in a
  development checkout never reads a stale object.

A file that cannot be read (truncated, from another Python, a class that moved)
is rebuilt; a cache directory that cannot be written is skipped and the object
lives in memory only. ``ANNALYST_NO_CACHE=1`` turns the cache off. Writes are
atomic (a temporary file renamed into place), so processes that start together
(workers, Spark executors) see either no file or a complete one.
"""

from __future__ import annotations

import gc
import hashlib
import mmap
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where compiled knowledge is kept."""
    explicit = os.environ.get("ANNALYST_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "annalyst"


def enabled() -> bool:
    return not os.environ.get("ANNALYST_NO_CACHE")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def _module_file(name: str) -> Path | None:
    module = sys.modules.get(name)
    origin = getattr(module, "__file__", None)
    return Path(origin) if origin else None


def digest(
    *,
    fmt: int,
    packages: Iterable[str] = (),
    files: Iterable[Path] = (),
    modules: Iterable[str] = (),
    extra: Iterable[str] = (),
) -> str:
    """A key for one compiled object (see the module documentation)."""
    h = hashlib.sha256(f"format {fmt}\n".encode())
    for package in ("annalyst", *packages):
        h.update(f"{package} {_version(package)}\n".encode())
    for path in files:
        # the whole path: compiled records name the file they came from (an entry's
        # `source`), so the same bytes elsewhere are another key
        h.update(f"file {path.resolve()}\n".encode())
        h.update(path.read_bytes())
    for name in modules:
        source = _module_file(name)
        h.update(f"module {name}\n".encode())
        if source is not None and source.suffix == ".py":
            h.update(source.read_bytes())
    for text in extra:
        h.update(f"extra {text}\n".encode())
    return h.hexdigest()[:24]


#: First object of a cache file whose large buffers live beside it, mapped (see `write`).
_MAPPED = "annalyst-mapped-buffers-1"
#: Alignment of each buffer in a ``.buffers`` file (numpy reads aligned data fastest).
_ALIGN = 64


def read(kind: str, key: str) -> object | None:
    """The cached object of this kind and key, or None."""
    if not enabled():
        return None
    path = cache_dir() / f"{kind}-{key}.pickle"
    was_enabled = gc.isenabled()
    gc.disable()  # unpickling makes many small objects: the cyclic collector only slows it
    try:
        with path.open("rb") as f:
            value: object = pickle.load(f)  # our own files, under the user's cache
            if isinstance(value, tuple) and value[:1] == (_MAPPED,):
                value = pickle.load(f, buffers=_mapped(path.with_suffix(".buffers"), value[1]))
            return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    except (ValueError, IndexError, KeyError):  # a corrupted file
        return None
    finally:
        if was_enabled:
            gc.enable()


def _mapped(path: Path, spans: list[tuple[int, int]]) -> list[memoryview]:
    """The buffers of a mapped cache file: read-only views of the ``.buffers`` file,
    paged in from the page cache as they are read (nothing is copied)."""
    with path.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        if not spans:
            return []
        if max(start + length for start, length in spans) > size:
            raise ValueError(f"{path} is shorter than its index")
        whole = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    return [whole[start : start + length] for start, length in spans]


def write(kind: str, key: str, value: object, *, mapped: bool = False) -> None:
    """Store an object (atomically) and drop older objects of the same kind.

    With ``mapped`` the object's large buffers (numpy arrays, pickled out of band)
    go to a ``.buffers`` file beside it, which `read` maps into memory instead of
    copying: loading does not read them, and processes share their pages."""
    if not enabled():
        return
    path = cache_dir() / f"{kind}-{key}.pickle"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        header: tuple[str, list[tuple[int, int]]] | None = None
        if mapped:
            buffers: list[pickle.PickleBuffer] = []
            data = pickle.dumps(value, protocol=5, buffer_callback=buffers.append)
            # the buffers first: a reader that finds the new pickle finds its buffers too
            header = (_MAPPED, _write_atomic(path.with_suffix(".buffers"), buffers))
        else:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                if header is not None:
                    pickle.dump(header, f, protocol=pickle.HIGHEST_PROTOCOL)
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(f"{kind}-*"):
            if old.suffix in (".pickle", ".buffers") and old.stem != path.stem:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return  # a read-only home, or an object that cannot be pickled: memory only


def _write_atomic(path: Path, buffers: list[pickle.PickleBuffer]) -> list[tuple[int, int]]:
    """Write the buffers one after the other (aligned); their (offset, length) spans."""
    spans: list[tuple[int, int]] = []
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            offset = 0
            for buffer in buffers:
                raw = buffer.raw()
                padding = -offset % _ALIGN
                f.write(b"\0" * padding)
                offset += padding
                spans.append((offset, raw.nbytes))
                f.write(raw)
                offset += raw.nbytes
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return spans


def load_or_build(
    kind: str, key: str, build: Callable[[], T], check: type[T], *, mapped: bool = False
) -> T:
    """The cached object for ``key``, else ``build()`` (and cache it; ``mapped``: see `write`)."""
    value = read(kind, key)
    if value is not None and isinstance(value, check):
        return value
    was_enabled = gc.isenabled()
    gc.disable()  # building makes many small long-lived objects
    try:
        built = build()
    finally:
        if was_enabled:
            gc.enable()
    write(kind, key, built, mapped=mapped)
    return built
