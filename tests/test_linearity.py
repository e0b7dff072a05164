"""Pathological layouts cost linear time: four times the input, about four times the time.

Each layout once took quadratic time (minutes at a few MB): a dump that is one
long article (the script-switch look-back walked the whole article for every
line), pages with thousands of attributes on a tag (libxml2 and lxml look
attributes up one by one), and pages with hundreds of thousands of paragraphs
(trafilatura's XPath node-set merges). A quadratic path gives a ratio near 16.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from annalyst.ingest.model import Source
from annalyst.ingest.pipeline import read_articles
from annalyst.ingest.readers.dump import outlet_lookup

SCALE = 4
MAX_RATIO = 10.0  # linear is 4, quadratic 16; a shared machine adds noise


def _seconds(work: Callable[[], object]) -> float:
    """Best of three, with the garbage collector paused: its cost tracks live objects,
    not the algorithm under test, and it is what a loaded machine makes noisy."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            work()
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _dump(lines: list[str]) -> Callable[[], object]:
    data = "\n".join(lines).encode()
    return lambda: list(read_articles(Source.from_bytes("layout.txt", data), "dump"))


def one_long_article(n: int) -> Callable[[], object]:
    body = [
        f"This is paragraph {i} of the report, long enough to be body text here.\n"
        for i in range(n)
    ]
    return _dump(["Long report on the canal", "3 March 2022", "", *body])


def many_headlines(n: int) -> Callable[[], object]:
    return _dump([f"Big News Headline Number {i} Today" for i in range(n)] + ["", "Body."])


def many_captions(n: int) -> Callable[[], object]:
    captions = [f"Photo credit: Agency {i}" for i in range(n)]
    body = "Body text of the story goes here and is long enough to be a paragraph of prose."
    return _dump(["Headline of the story", "", *captions, "3 March 2022", "", body])


def dated_headlines(n: int) -> Callable[[], object]:
    lines: list[str] = []
    for i in range(n):
        lines += [f"Headline {i} about things", "3 March 2022"]
    return _dump(lines)


def _page(body: str) -> Callable[[], object]:
    html = f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
    return lambda: list(read_articles(Source.from_bytes("layout.html", html.encode()), "html"))


def many_attributes(n: int) -> Callable[[], object]:
    attributes = " ".join(f'data-a{i}="v{i}"' for i in range(n))
    return _page(f"<div {attributes}><p>{'Some words of text here. ' * 40}</p></div>")


def many_paragraphs(n: int) -> Callable[[], object]:
    return _page("".join(f"<p>Paragraph {i} has a few words in it.</p>" for i in range(n)))


LAYOUTS = [
    (one_long_article, 3000),
    (many_headlines, 4000),
    (many_captions, 5000),
    (dated_headlines, 2500),
    (many_attributes, 20000),
    (many_paragraphs, 25000),
]


@pytest.mark.parametrize(("layout", "size"), LAYOUTS, ids=[f.__name__ for f, _ in LAYOUTS])
def test_linear_time(layout: Callable[[int], Callable[[], object]], size: int) -> None:
    outlet_lookup()  # the registry loads once, outside the timing
    results = layout(50)()
    assert isinstance(results, list) and results
    small = _seconds(layout(size))
    large = _seconds(layout(size * SCALE))
    ratio = large / max(small, 1e-3)
    print(f"{layout.__name__}: {size} -> {small:.3f} s, {size * SCALE} -> {large:.3f} s")
    assert ratio < MAX_RATIO, f"{layout.__name__}: x{SCALE} input took x{ratio:.1f} time"
