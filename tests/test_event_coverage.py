"""The event lexicon covers the ontology systematically, not word by word.

Every PLOVER type and mode has a trigger, and every three-digit CAMEO category that
maps to PLOVER can be produced: by a trigger's own code, or, for appeals (02),
intentions (03), demands (10) and rejections (12), from what they are about (see
``annalyst.nlp.events.frames.refine_by_content``). The only exceptions are CAMEO's
"not specified below" catch-alls and categories PLOVER codes elsewhere.
"""

from __future__ import annotations

from collections import Counter

import pytest

from annalyst.knowledge.events import EventLexicon, EventOntology, load_lexicon, load_ontology

# Catch-all codes ("... not specified below") and rallying opposition, which annalyst
# codes as the protest or the accusation it consists of.
UNREACHED = {"110", "113", "134", "135", "140", "200"}
BY_CONTENT = {"02", "03", "10", "12"}


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def ontology() -> EventOntology:
    return load_ontology()


def test_every_type_and_mode_has_a_trigger(lexicon: EventLexicon, ontology: EventOntology) -> None:
    have = {(t.type, t.mode) for t in lexicon}
    have |= {(i.type, i.mode) for found in lexicon.instruments.values() for i in found}
    missing = [
        (name, mode)
        for name, etype in ontology.types.items()
        for mode in etype.modes
        if (name, mode) not in have
    ]
    assert not missing


def test_every_type_has_verbs_and_nouns(lexicon: EventLexicon, ontology: EventOntology) -> None:
    verbs = Counter(t.type for t in lexicon if "VERB" in t.pos)
    nouns = Counter(t.type for t in lexicon if "NOUN" in t.pos or t.phrase)
    for name in ontology.types:
        assert verbs[name] >= 3, name
        assert nouns[name] >= 1, name


def test_every_cameo_category_can_be_produced(
    lexicon: EventLexicon, ontology: EventOntology
) -> None:
    codes = {t.cameo for t in lexicon}
    codes |= {i.cameo for found in lexicon.instruments.values() for i in found}
    unreachable = [
        code
        for code, reading in ontology.cameo.items()
        if reading.plover is not None
        and len(code) == 3
        and code[:2] not in BY_CONTENT
        and code not in UNREACHED
        and not any(c.startswith(code) for c in codes)
    ]
    assert not unreachable


def test_content_codes_exist_in_cameo(ontology: EventOntology) -> None:
    from annalyst.nlp.events.frames import _CONTENT_SUFFIX

    for root in sorted(BY_CONTENT):
        found = [root + s for s in _CONTENT_SUFFIX.values() if ontology.cameo_code(root + s)]
        assert len(found) >= 5, root
