"""The gazetteer's compact name index and packed string lists give what a dict and a list gave."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.nlp.places.gazetteer import get
from annalyst.nlp.places.nameindex import NameIndex, pack_strings, unpack_strings

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


def test_empty_index() -> None:
    index = pickle.loads(pickle.dumps(NameIndex({})))
    assert len(index) == 0
    assert index.get("") is None
    assert index.get("basra") is None


@given(st.lists(st.text(max_size=8), max_size=20))
def test_packed_strings_round_trip(strings: list[str]) -> None:
    packed = pickle.loads(pickle.dumps(pack_strings(strings)))
    assert unpack_strings(packed) == strings
