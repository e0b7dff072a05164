"""Decoding: encodings, binary rejection, line streaming."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annalyst.ingest.model import InputError
from annalyst.ingest.textio import decode_bytes, iter_lines

ARABIC = "من بغداد إلى بيروت: مفاوضات جديدة حول الحدود والمياه والطاقة في المنطقة\n" * 4
FRENCH = "Le ministre a déclaré à la presse que la réunion était terminée et réussie.\n" * 4


def test_cp1256_arabic() -> None:
    lines = [text for _, text in iter_lines(io.BytesIO(ARABIC.encode("cp1256")))]
    assert lines[0] == ARABIC.split("\n")[0]


def test_latin1_french() -> None:
    lines = [text for _, text in iter_lines(io.BytesIO(FRENCH.encode("latin-1")))]
    assert lines[0].startswith("Le ministre a déclaré")


def test_crlf_across_chunks_and_numbering() -> None:
    data = ("x" * 262143 + "\r\n" + "second\r\nthird").encode()
    numbered = list(iter_lines(io.BytesIO(data)))
    assert [n for n, _ in numbered] == [1, 2, 3]
    assert numbered[1][1] == "second"


def test_empty_and_binary_are_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        list(iter_lines(io.BytesIO(b"")))
    with pytest.raises(InputError, match="binary"):
        list(iter_lines(io.BytesIO(bytes(range(256)) * 10)))
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x00\x01\x02\x03" * 100)


@given(st.binary(max_size=2000))
def test_fuzz_decoding(data: bytes) -> None:
    try:
        for number, line in iter_lines(io.BytesIO(data)):
            assert number >= 1 and "\n" not in line
    except InputError:
        pass
