"""The pieces that keep hostile input contained: guards, budgets, safe opening, clean text."""

from __future__ import annotations

import codecs
import io
import os
import time
from pathlib import Path

import pytest

from annalyst.ingest.cleantext import escaped_name, printable, storable
from annalyst.ingest.encodings import looks_binary, sniff_encoding, wide_encoding
from annalyst.ingest.errors import InputError
from annalyst.ingest.files import check_regular, open_regular
from annalyst.ingest.guard import BUG_REPORT, guarded
from annalyst.ingest.limits import Limits, RecordTimeout, record_budget
from annalyst.ingest.model import Problem, Source
from annalyst.ingest.sources import iter_sources
from annalyst.ingest.textio import TextLines

TEXT = "The council met on Monday and agreed the budget for the coming year. " * 3


def test_guard_turns_errors_into_problems() -> None:
    source = Source.from_bytes("in.jsonl", b"", Limits(record_seconds=0.3))
    start = time.monotonic()
    slow = guarded(source, "line 4", time.sleep, 5)
    assert time.monotonic() - start < 2
    assert isinstance(slow, Problem) and slow.location == "line 4"
    assert "took longer than 0.3 s" in slow.reason and "--record-seconds" in slow.reason

    def broken() -> None:
        raise KeyError("oops")

    bug = guarded(source, "line 5", broken)
    assert isinstance(bug, Problem) and "internal error (KeyError" in bug.reason
    assert BUG_REPORT in bug.reason
    deep = guarded(source, None, lambda: (_ for _ in ()).throw(RecursionError()))
    assert isinstance(deep, Problem) and deep.reason == "nested too deeply to read"
    assert guarded(source, None, lambda: 7) == 7


def test_budgets_nest_and_restore() -> None:
    with record_budget(5):
        with pytest.raises(RecordTimeout), record_budget(0.2):
            time.sleep(3)
        time.sleep(0.3)  # the outer budget is re-armed, not fired early
    with record_budget(0):
        time.sleep(0.01)


def test_text_made_storable_and_printable() -> None:
    assert storable("a\x00b\udc80c\ud800") == ("a\ufffdb\ufffdc\ufffd", 3)
    assert storable("plain") == ("plain", 0)
    assert printable("x[/red]\x1b[31m\nnext\u202e") == "x[/red]\\x1b[31m\\nnext\\u202e"
    assert escaped_name(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"


def test_problem_lines_are_one_line() -> None:
    problem = Problem("a\nb.txt", "bad \x1b[2J thing", "line 3")
    assert str(problem) == "a\\nb.txt:line 3: bad \\x1b[2J thing"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_only_regular_files_are_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputError, match="named pipe"):
        open_regular(fifo, 0)
    assert time.monotonic() - start < 1  # never blocked waiting for a writer
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="character device"):
        check_regular(zero)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    with pytest.raises(InputError, match="symbolic link loop"):
        check_regular(loop)
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to("nowhere.txt")
    with pytest.raises(InputError, match="dangling symbolic link"):
        check_regular(dangling)
    problems = [str(p) for p in iter_sources([str(tmp_path)]) if isinstance(p, Problem)]
    for name in ("pipe.txt", "zero.txt", "loop.txt", "gone.txt"):
        assert any(name in p for p in problems), problems


def test_size_limit_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(InputError, match="--max-file-bytes"):
        open_regular(path, 100)
    with open_regular(path, 0) as stream:
        assert len(stream.read()) == 5000


def test_long_lines_are_dropped_and_numbered() -> None:
    data = b"short\n" + b"y" * 500 + b"\nafter\n" + b"z" * 300
    lines = TextLines(io.BytesIO(data), 100)
    assert list(lines) == [(1, "short"), (2, ""), (3, "after"), (4, "")]
    assert [n for n, _ in lines.problems] == [2, 4]
    assert "--max-line-chars" in lines.problems[0][1]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("bom", [True, False])
def test_wide_encodings(codec: str, bom: bool) -> None:
    marks = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
             "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}  # fmt: skip
    for text in (TEXT, "قالت الهيئة إن المحطة ستعمل قريبا. " * 5):
        data = (marks[codec] if bom else b"") + text.encode(codec)
        assert not looks_binary(data)
        encoding = sniff_encoding(data)
        assert data.decode(encoding).lstrip("\ufeff") == text
        assert next(TextLines(io.BytesIO(data)))[1].lstrip("\ufeff") == text


def test_binary_stays_binary() -> None:
    assert looks_binary(bytes(range(256)) * 40)
    assert looks_binary(os.urandom(4096) + b"\x00" * 100)
    assert wide_encoding(TEXT.encode()) is None
    assert not looks_binary(TEXT.encode() + b"\x00" + TEXT.encode())  # one stray NUL


def test_stdin_spooled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"hello\nworld\n"))
    monkeypatch.setattr("sys.stdin", fake)
    source = Source.stdin()
    for _ in range(2):
        with source.open() as stream:
            assert stream.read() == b"hello\nworld\n"
    assert source.size() == 12


def test_progress_label_is_not_markup() -> None:
    from rich.text import Text

    from annalyst.cli import progress_label

    for name in ("[bold]z.txt", "a\\[red].txt", "ansi\x1b[31m.txt"):
        shown = Text.from_markup(f"[bold]ingest[/bold] {progress_label('/in/' + name)}").plain
        assert shown == "ingest " + printable(name)
