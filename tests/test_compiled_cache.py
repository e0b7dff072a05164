"""The on-disk cache of compiled knowledge: keys, invalidation, corrupted files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annalyst.knowledge import compiled


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANNALYST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ANNALYST_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_key_changes_with_data_format_and_builder(tmp_path: Path) -> None:
    data = tmp_path / "actors.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    first = compiled.digest(fmt=1, files=[data], modules=[__name__])
    assert first == compiled.digest(fmt=1, files=[data], modules=[__name__])
    assert first != compiled.digest(fmt=2, files=[data], modules=[__name__])
    assert first != compiled.digest(fmt=1, files=[data], modules=["annalyst.knowledge.compiled"])
    data.write_text("a: 2\n", encoding="utf-8")
    assert first != compiled.digest(fmt=1, files=[data], modules=[__name__])


def test_built_once_then_read(cache: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"x": 1}

    assert compiled.load_or_build("thing", "k1", build, dict) == {"x": 1}
    assert compiled.load_or_build("thing", "k1", build, dict) == {"x": 1}
    assert len(calls) == 1
    # A new key replaces the older file of the same kind.
    compiled.load_or_build("thing", "k2", build, dict)
    assert sorted(p.name for p in cache.glob("thing-*")) == ["thing-k2.pickle"]


def test_corrupted_or_foreign_file_is_rebuilt(cache: Path) -> None:
    cache.mkdir(parents=True)
    (cache / "thing-k.pickle").write_bytes(b"\x80\x05garbage")
    assert compiled.load_or_build("thing", "k", lambda: [1, 2], list) == [1, 2]
    assert compiled.load_or_build("thing", "k", lambda: [3], list) == [1, 2]
    # An object of the wrong type under the right name is not trusted either.
    compiled.write("other", "k", {"not": "a list"})
    assert compiled.load_or_build("other", "k", lambda: [4], list) == [4]


def test_mapped_buffers_are_read_from_the_file_beside(cache: Path) -> None:
    import numpy as np

    table = np.arange(100_000, dtype=np.uint32).reshape(1000, 100)
    value = {"table": table, "names": ["a", "b"], "small": np.float16([1.5, 2.5])}
    calls: list[int] = []

    def build() -> dict[str, object]:
        calls.append(1)
        return value

    assert compiled.load_or_build("mapped", "k1", build, dict, mapped=True) is value
    loaded = compiled.load_or_build("mapped", "k1", build, dict, mapped=True)
    assert len(calls) == 1
    assert loaded["names"] == ["a", "b"]
    assert np.array_equal(loaded["table"], table) and loaded["table"].dtype == table.dtype
    assert not loaded["table"].flags.writeable  # a view of the mapped file
    assert np.array_equal(loaded["small"], value["small"])
    assert sorted(p.name for p in cache.glob("mapped-*")) == [
        "mapped-k1.buffers",
        "mapped-k1.pickle",
    ]
    # a new key replaces both files of the older one
    compiled.load_or_build("mapped", "k2", build, dict, mapped=True)
    assert sorted(p.name for p in cache.glob("mapped-*")) == [
        "mapped-k2.buffers",
        "mapped-k2.pickle",
    ]


def test_missing_or_short_buffers_are_rebuilt(cache: Path) -> None:
    import numpy as np

    def build() -> list[object]:
        return [np.ones(4096, dtype=np.int64)]

    compiled.load_or_build("mapped", "k", build, list, mapped=True)
    buffers = cache / "mapped-k.buffers"
    buffers.write_bytes(buffers.read_bytes()[:100])
    assert compiled.read("mapped", "k") is None
    buffers.unlink()
    assert compiled.read("mapped", "k") is None
    rebuilt = compiled.load_or_build("mapped", "k", build, list, mapped=True)
    assert np.array_equal(rebuilt[0], np.ones(4096, dtype=np.int64))
    assert compiled.read("mapped", "k") is not None


def test_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNALYST_NO_CACHE", "1")
    assert compiled.load_or_build("thing", "k", lambda: [1], list) == [1]
    assert not cache.exists()


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("ANNALYST_CACHE_DIR", str(blocker / "cache"))
    assert compiled.load_or_build("thing", "k", lambda: [1], list) == [1]


def test_cached_knowledge_base_equals_a_fresh_build(cache: Path, tmp_path: Path) -> None:
    from annalyst.knowledge.actors import (
        KnowledgeBase,
        _build,
        _build_cached,
        packaged_actor_files,
    )

    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- id: test-actor\n  name: Testland Liberation Front\n  type: group\n  country: IRQ\n",
        encoding="utf-8",
    )
    fresh = _build(packaged_actor_files(), [extra])
    built = _build_cached(packaged_actor_files(), [extra])  # builds and writes
    read = _build_cached(packaged_actor_files(), [extra])  # reads
    assert isinstance(read, KnowledgeBase) and read.cache_key == built.cache_key
    assert set(read.actors) == set(fresh.actors) and "test-actor" in read.actors
    assert read.actors["test-actor"] == fresh.actors["test-actor"]
    assert list(read.aliases()) == list(fresh.aliases())
    # Editing the user file gives another key: the old object is not read.
    extra.write_text(extra.read_text(encoding="utf-8").replace("Testland", "Otherland"), "utf-8")
    changed = _build_cached(packaged_actor_files(), [extra])
    assert changed.cache_key != built.cache_key
    assert changed.actors["test-actor"].name == "Otherland Liberation Front"


def test_same_bytes_at_another_path_is_another_key(tmp_path: Path) -> None:
    # compiled records name the file they came from, so a copy must not share a key
    first = tmp_path / "a" / "extra.yaml"
    second = tmp_path / "b" / "extra.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("entries: []\n", encoding="utf-8")
    assert compiled.digest(fmt=1, files=[first]) != compiled.digest(fmt=1, files=[second])
    assert compiled.digest(fmt=1, files=[first]) == compiled.digest(fmt=1, files=[first])


def test_cached_language_identifier_classifies_as_a_fresh_one(cache: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from annalyst.ingest import language

    fresh = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = [
        "Iraqi forces attacked the base in Baghdad on Monday, the ministry said.",
        "Les forces irakiennes ont attaqué la base lundi, a indiqué le ministère.",
        "هاجمت القوات العراقية القاعدة في بغداد يوم الاثنين",
        "THE MINISTRY SAID ON MONDAY THAT TALKS WOULD RESUME.",
        "Die Gespräche werden am Montag fortgesetzt, teilte das Ministerium mit.",
    ]
    for attempt in ("built", "read from the cache"):
        language._identifier.cache_clear()
        identifier = language._identifier()
        assert [identifier.classify(t) for t in texts] == [fresh.classify(t) for t in texts], (
            attempt
        )
    assert isinstance(identifier.tk_nextmove, memoryview)  # mapped, read as plain ints
    language._identifier.cache_clear()
