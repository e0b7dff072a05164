"""The actor alias matcher reports the same (key, start, end) as one PhraseMatcher id per key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.nlp.actor_tables import AliasMatcher, compiled_tables
from annalyst.nlp.pipeline import DEFAULT_MODEL

pytestmark = pytest.mark.slow

TEXTS = [
    "The United States and Iran met in Baghdad; the US envoy and the Iraqi army chief spoke.",
    "HAMAS and Hezbollah fighters clashed with the IDF near the Lebanese border, the UN said.",
    "Washington imposed sanctions on Tehran while the state department said nothing.",
]


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load(DEFAULT_MODEL)


def _per_key(
    nlp: Language, attr: str, patterns: dict[str, list[tuple[int, ...]]], doc: Doc
) -> list[tuple[str, int, int]]:
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for key, keywords in patterns.items():
        matcher.add(key, keywords)  # type: ignore[arg-type]
    return [(nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc)]


def test_same_matches_as_one_id_per_key(nlp: Language) -> None:
    tables = compiled_tables(nlp, KnowledgeBase.load())
    for attr, patterns in (
        ("ORTH", tables.exact),
        ("LOWER", tables.folded),
        ("ORTH", tables.metonyms),
    ):
        matcher = AliasMatcher(nlp.vocab, attr, patterns)
        assert matcher.by_pattern is not None  # the packaged aliases share no pattern
        for text in TEXTS:
            doc = nlp(text)
            assert matcher(doc) == _per_key(nlp, attr, patterns, doc), (attr, text)
    assert any(AliasMatcher(nlp.vocab, "LOWER", tables.folded)(nlp(t)) for t in TEXTS)


def test_a_pattern_shared_by_two_keys_reports_both(nlp: Language) -> None:
    doc = nlp("Talks in Basra ended.")
    basra = (doc[2].orth,)
    matcher = AliasMatcher(nlp.vocab, "ORTH", {"basra": [basra], "basrah": [basra]})
    assert matcher.by_pattern is None
    assert sorted(matcher(doc)) == [("basra", 2, 3), ("basrah", 2, 3)]
