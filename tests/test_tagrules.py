"""The quicker attribute ruler and lemmatizer must annotate exactly as spaCy's do.

Checked token by token on every article of examples/ and on sentences written to
reach the model's rarer rules (two-word patterns, dependency and space conditions),
and on small rule sets written to probe precedence, negative indexes and the
pipelines left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from annalyst.nlp.pipeline import DEFAULT_MODEL
from annalyst.nlp.tagrules import AttributeRules, LemmaMemo, speed_up

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "I'm gonna go, y'all, and you gotta see it. Let's go! C'mon, it ain't over.",
    "There is nothin' here, but there are two bases. Is it? It's done; they've left.",
    "You said it: I gave it to you and you gave it to me.  Twice,\n\nthen  again.",
    "Whether or not they did, he had said so because she does, but not today.",
    "Which one? That which they got was what he gets, though they'd rather not.",
]

ATTRIBUTES = ("tag", "pos", "morph", "lemma", "dep", "head", "ent_type", "ent_iob")


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.morph.key, t.lemma_, t.lemma, t.dep_,
         t.head.i, t.ent_type_, t.ent_iob_)
        for t in doc
    ]  # fmt: skip


@pytest.fixture(scope="module")
def pipelines() -> Iterator[tuple[Language, Language]]:
    stock = spacy.load(DEFAULT_MODEL)
    quick = spacy.load(DEFAULT_MODEL)
    assert speed_up(quick) == ["attribute_ruler", "lemmatizer"]
    assert quick.pipe_names == stock.pipe_names
    yield stock, quick


def _example_texts() -> list[str]:
    from annalyst.ingest.pipeline import extract

    return [a.text for a in extract([str(ROOT / "examples")]) if a.text]


@pytest.mark.slow
def test_the_model_annotates_as_with_spacys_components(
    pipelines: tuple[Language, Language],
) -> None:
    stock, quick = pipelines
    texts = SENTENCES + _example_texts()
    assert len(texts) > 20
    tokens = 0
    for ours, theirs in zip(quick.pipe(texts), stock.pipe(texts), strict=True):
        assert _annotations(ours) == _annotations(theirs)
        tokens += len(ours)
    assert tokens > 5_000


@pytest.mark.slow
def test_the_rarer_rules_are_reached(pipelines: tuple[Language, Language]) -> None:
    _stock, quick = pipelines
    lemmas = {t.text.lower(): t.lemma_ for doc in quick.pipe(SENTENCES) for t in doc}
    # two-word rules ("gon na", "got ta", "let 's", "y' all", "ai n't") and a regex one
    assert lemmas["gon"] == "go" and lemmas["ta"] == "to" and lemmas["nothin'"] == "nothing"
    assert lemmas["ai"] == "be"


def _blank(patterns: list[dict[str, object]]) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add_patterns(patterns)  # type: ignore[arg-type]
    return nlp


PROBES: list[dict[str, object]] = [
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"TAG": "DT", "POS": "DET"}},
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}]], "attrs": {"TAG": "XX"}},  # later wins
    {"patterns": [[{"LOWER": "big"}, {"IS_ALPHA": True}]], "attrs": {"LEMMA": "B"}, "index": -1},
    {"patterns": [[{"ORTH": "Big"}], [{"TEXT": "BIG"}]], "attrs": {"MORPH": "Degree=Pos"}},
    {"patterns": [[{"LOWER": {"REGEX": "^c.t$"}, "IS_TITLE": False}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a", "big", "cat"]}}]], "attrs": {"POS": "X"}},
    {"patterns": [[{}, {"LOWER": "cat"}, {"IS_PUNCT": True}]], "attrs": {"LEMMA": "C"}, "index": 1},
]


def test_precedence_indexes_and_operators_as_spacys() -> None:
    stock, quick = _blank(PROBES), _blank(PROBES)
    assert speed_up(quick) == ["attribute_ruler"]
    text = "The big cat saw a Big dog and BIG cats. the Cat, a cot! big"
    assert _annotations(quick(text)) == _annotations(stock(text))
    assert [t.tag_ for t in quick("the a")] == ["XX", "XX"]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "big", "OP": "+"}],  # operators
        [{"LENGTH": {">=": 3}}],  # comparisons
        [{"_": {"custom": True}}],  # extension attributes
        [{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}],  # morphology sets
    ],
)
def test_rules_it_does_not_reproduce_stay_with_spacy(pattern: list[dict[str, object]]) -> None:
    nlp = _blank([{"patterns": [pattern], "attrs": {"TAG": "X"}}])
    assert speed_up(nlp) == []
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_a_rule_setting_a_lexical_attribute_stays_with_spacy() -> None:
    nlp = _blank([{"patterns": [[{"LOWER": "big"}]], "attrs": {"NORM": "large"}}])
    assert speed_up(nlp) == []


def test_the_replacements_are_the_quick_ones() -> None:
    nlp = _blank(PROBES)
    speed_up(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRules)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), (AttributeRuler, Lemmatizer))


@pytest.mark.slow
def test_the_models_lemmatizer_is_remembered(pipelines: tuple[Language, Language]) -> None:
    _stock, quick = pipelines
    assert isinstance(quick.get_pipe("lemmatizer"), LemmaMemo)
