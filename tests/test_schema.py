"""The output schema: field names are a public contract, and the docs are generated from code."""

from __future__ import annotations

import json
from pathlib import Path

from annalyst.schema import Article, schema_markdown, to_json_line

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_FIELDS = [
    "kind", "id", "input_id", "source", "title", "published", "authors", "byline", "outlet",
    "language", "url", "line_start", "line_end", "text", "duplicate_of",
]  # fmt: skip


def test_article_json_fields_are_the_contract() -> None:
    article = Article(
        id="a1", source="x.txt", title="T", published="2023-01-06", authors=["A B"], byline="By A B",
        outlet="Press TV", language="en", url=None, line_start=1, line_end=9, text="Body.",
    )  # fmt: skip
    record = json.loads(to_json_line(article))
    assert list(record) == ARTICLE_FIELDS
    assert record["kind"] == "article"


def test_docs_schema_is_generated_from_code() -> None:
    on_disk = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert on_disk == schema_markdown(), "docs/schema.md is stale: run `make schema`"
