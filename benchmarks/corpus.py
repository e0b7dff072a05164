"""Synthetic corpora for the speed and scale benchmarks, made from the examples (and seeds).

Copies of an article would be caught as duplicates and never reach the NLP
stages, so larger corpora are made of *new* articles: each one interleaves the
paragraphs of three (then four, five) different source articles (every third
paragraph of each),
so no two of them share most of their word shingles and deduplication keeps them
all. The originals come first, then as many mixtures as the size asks for.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

from annalyst.ingest.pipeline import extract
from annalyst.schema import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


def source_articles(with_seeds: bool = True) -> list[Article]:
    paths = [str(EXAMPLES)]
    if with_seeds and SEEDS.is_dir():
        paths.append(str(SEEDS))
    return [a for a in extract(paths) if not a.duplicate_of]


def _paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    return parts or [text]


def _mixtures(articles: list[Article]) -> Iterator[tuple[str, Article, str]]:
    paras = [_paragraphs(a.text) for a in articles]
    for size in (3, 4, 5):
        for members in itertools.combinations(range(len(articles)), size):
            chosen = [paras[m][n::size] for n, m in enumerate(members)]
            mixed = [p for group in itertools.zip_longest(*chosen) for p in group if p]
            if len(mixed) >= 2:
                name = "-".join(map(str, members))
                yield f"mix-{name}", articles[members[0]], "\n\n".join(mixed)


def records(articles: list[Article], *, words: int = 0, count: int = 0) -> list[dict[str, object]]:
    """JSON Lines input records: the originals, then mixtures until `words` or `count`."""
    out: list[dict[str, object]] = []
    total = 0

    def add(rid: str, base: Article, text: str) -> None:
        nonlocal total
        out.append({"id": rid, "text": text, "title": base.title, "published": base.published,
                    "outlet": base.outlet})  # fmt: skip
        total += len(text.split())

    for n, article in enumerate(articles):
        add(f"orig-{n}", article, article.text)
    for rid, base, text in _mixtures(articles):
        if (words and total >= words) or (count and len(out) >= count):
            break
        add(rid, base, text)
    if count:
        out = out[:count]
    return out


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> int:
    """Write the records; returns the number of words."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return sum(len(str(r["text"]).split()) for r in rows)
