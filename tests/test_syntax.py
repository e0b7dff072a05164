"""Clause frames (annalyst.nlp.syntax) on parses of sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from annalyst.nlp import phrase_links, syntax
from annalyst.nlp.pipeline import DEFAULT_MODEL

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load(DEFAULT_MODEL)


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def texts(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def test_own_subject_and_object(nlp: Language) -> None:
    doc = nlp("Turkish jets bombed the village on Monday.")
    verb = word(doc, "bombed")
    assert texts(syntax.logical_subjects(verb)) == ["jets"]
    assert texts(syntax.logical_objects(verb)) == ["village"]


def test_passive_agent_is_the_doer(nlp: Language) -> None:
    doc = nlp("The convoy was ambushed by rebels near the border.")
    verb = word(doc, "ambushed")
    assert syntax.is_passive(verb)
    assert texts(syntax.logical_subjects(verb)) == ["rebels"]
    assert texts(syntax.logical_objects(verb)) == ["convoy"]


def test_coordinated_verb_shares_the_subject(nlp: Language) -> None:
    doc = nlp("The council would review the plan and would hold talks with the unions.")
    assert texts(syntax.logical_subjects(word(doc, "hold"))) == ["council"]


def test_subject_control(nlp: Language) -> None:
    doc = nlp("The militia vowed to attack the airport.")
    assert texts(syntax.logical_subjects(word(doc, "attack"))) == ["militia"]


def test_object_control(nlp: Language) -> None:
    doc = nlp("The minister urged Norway and Chile to send observers.")
    assert texts(syntax.logical_subjects(word(doc, "send"))) == ["Norway", "Chile"]


def test_participle_takes_the_main_subject(nlp: Language) -> None:
    doc = nlp("Gunmen stormed the office, wounding two guards.")
    assert texts(syntax.logical_subjects(word(doc, "wounding"))) == ["Gunmen"]


def test_relative_clause_antecedent(nlp: Language) -> None:
    doc = nlp("The group that attacked the base has gone into hiding.")
    assert texts(syntax.logical_subjects(word(doc, "attacked"))) == ["group"]


def test_participle_modifier_is_passive(nlp: Language) -> None:
    doc = nlp("A reporter detained by police was freed on Sunday.")
    verb = word(doc, "detained")
    assert texts(syntax.logical_subjects(verb)) == ["police"]
    assert texts(syntax.logical_objects(verb)) == ["reporter"]


def test_complement_subject(nlp: Language) -> None:
    doc = nlp("The committee demanded that Peru release the sailors.")
    assert texts(syntax.complement_subjects(word(doc, "demanded"))) == ["Peru"]


def test_prepositional_objects_and_conjuncts(nlp: Language) -> None:
    doc = nlp("The envoy held talks with Kenya and Uganda.")
    assert texts(syntax.prep_objects(word(doc, "talks"), ["with"])) == ["Kenya", "Uganda"]


def test_depth_and_clause_verb(nlp: Language) -> None:
    doc = nlp("Police launched a raid on the camp.")
    raid = word(doc, "raid")
    verb = syntax.clause_verb(raid)
    assert verb is not None and verb.i == word(doc, "launched").i
    assert syntax.depth(word(doc, "launched")) == 0
    assert syntax.depth(raid) == 1


def test_nested_prepositions_stay_inside_the_phrase(nlp: Language) -> None:
    doc = nlp("They sent tents, food and staff such as nurses to Peru.")
    tents = word(doc, "tents")
    assert texts(phrase_links.nested_prep_objects(tents, ("to",))) == ["Peru"]
    doc = nlp("They freed the men who had been sent to Peru.")
    # the destination belongs to the relative clause, not to the phrase "the men"
    assert phrase_links.nested_prep_objects(word(doc, "men"), ("to",)) == []
