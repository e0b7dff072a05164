"""The gazetteer's compact name index and packed string lists give what a dict and a list gave."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.nlp.places.gazetteer import get
from annalyst.nlp.places.nameindex import NameIndex, PackedStrings

_entries = st.one_of(
    st.integers(min_value=0, max_value=2**40),
    st.lists(st.integers(min_value=0, max_value=2**40), min_size=2, max_size=6).map(tuple),
)
_tables = st.dictionaries(st.text(max_size=12), _entries, max_size=40)


@given(_tables, st.lists(st.text(max_size=12), max_size=10))
@settings(max_examples=200, deadline=None)
def test_index_answers_like_the_dict(
    table: dict[str, int | tuple[int, ...]], probes: list[str]
) -> None:
    index = NameIndex(table)
    loaded = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded == index
    assert len(loaded) == len(table)
    assert sorted(loaded) == sorted(table)
    for key in [*table, *probes]:
        assert index.get(key) == table.get(key), key
        assert loaded.get(key) == table.get(key), key
        assert get(loaded, key) == get(table, key), key
        assert (key in loaded) == (key in table)


@given(
    st.dictionaries(
        st.text(alphabet="ab\u00e9\u0628\U0001f600 -", max_size=7), _entries, max_size=600
    ),
    st.lists(st.text(alphabet="ab\u00e9\u0628\U0001f600 -\n", max_size=7), max_size=40),
)
@settings(max_examples=150, deadline=None)
def test_index_over_many_blocks(table: dict[str, int | tuple[int, ...]], probes: list[str]) -> None:
    """Names sharing prefixes, in several scripts, over many blocks of the packed index."""
    loaded = pickle.loads(pickle.dumps(NameIndex(table), protocol=pickle.HIGHEST_PROTOCOL))
    assert list(loaded) == sorted(table)
    for key in [*table, *probes]:
        assert loaded.get(key) == table.get(key), key
        assert (key in loaded) == (key in table)


def test_empty_index() -> None:
    index = pickle.loads(pickle.dumps(NameIndex({})))
    assert len(index) == 0
    assert index.get("") is None
    assert index.get("basra") is None


@given(st.lists(st.text(max_size=8), max_size=20))
def test_packed_strings_read_as_the_list(strings: list[str]) -> None:
    packed = pickle.loads(pickle.dumps(PackedStrings(strings)))
    assert packed == strings and strings == packed
    assert list(packed) == strings and len(packed) == len(strings)
    assert [packed[i] for i in range(-len(strings), len(strings))] == strings + strings
    assert packed[1:3] == strings[1:3]
    assert packed != [*strings, "x"]


@pytest.mark.slow
def test_a_loaded_gazetteer_equals_a_fresh_build() -> None:
    """What the cache gives (packed names, shared column values) is the built gazetteer."""
    from annalyst.nlp.places.build import build_gazetteer
    from annalyst.nlp.places.supplement import DATA_FILE

    fresh = build_gazetteer([DATA_FILE])
    loaded = pickle.loads(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(loaded.cols.names, PackedStrings)
    assert loaded == fresh
    for i in (0, 1, len(fresh) // 2, len(fresh) - 1):
        assert loaded.entry(i) == fresh.entry(i)
    for name in ("Baghdad", "Erbil", "São Paulo", "Kurdistan", "al-Raqqa"):
        assert loaded.candidates(name) == fresh.candidates(name)
