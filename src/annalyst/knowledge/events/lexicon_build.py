"""Turning parsed lexicon entries into triggers and instruments, checked against the
ontology: class references expanded, phrases split into tokens, CAMEO codes and
intensities defaulted from the type and mode, ids assigned."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from annalyst.knowledge.events.lexicon_files import (
    _SPLIT_HYPHEN_RE,
    _WORD_RE,
    WHOLE_HYPHENATED_VERBS,
    _check_word,
    _RawEntry,
    _RawInstrument,
)
from annalyst.knowledge.events.models import _cameo_allowed
from annalyst.knowledge.events.ontology import EventOntology, _norm_type
from annalyst.knowledge.events.requirements import _SLOTS, Requires
from annalyst.knowledge.events.trigger import Instrument, Trigger
from annalyst.knowledge.events.yamlfile import _line_at

#: Universal POS tags a lexicon entry may name.
POS_TAGS: frozenset[str] = frozenset({"VERB", "NOUN", "ADJ", "ADV", "ADP", "NUM"})


_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/+#-]*$")


def _split_phrase(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for part in text.split():
        pieces = re.split(r"(-)", part)
        tokens.extend(p for p in pieces if p)
    return tuple(tokens)


_VERB_SLOTS = {"governor", "complement", "light_verbs"}


def _expand(
    items: tuple[str, ...],
    classes: Mapping[str, tuple[str, ...]],
    where: str,
    slot: str,
    errors: list[str],
) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            errors.append(f"{where}: {slot}: not a word: {item!r}")
            continue
        if item.startswith("@"):
            words = classes.get(item[1:])
            if words is None:
                errors.append(f"{where}: {slot}: unknown class {item!r}")
                continue
            candidates: Iterable[str] = words
        else:
            problem = _check_word(item, verb_slot=slot in _VERB_SLOTS or slot == "particle")
            if problem is not None:
                errors.append(f"{where}: {slot}: {problem}")
                continue
            candidates = (item,)
        for word in candidates:
            if word not in out:
                out.append(word)
    return tuple(out)


def _build_trigger(
    raw: _RawEntry,
    classes: Mapping[str, tuple[str, ...]],
    onto: EventOntology,
    errors: list[str],
) -> Trigger | None:
    spec, node, path = raw.spec, raw.node, raw.path
    ident = spec.id or spec.lemma or spec.phrase or f"<line {raw.line}>"

    def where(*loc: int | str) -> str:
        return f"{path}:{_line_at(node, loc) if loc else raw.line}: {ident}"

    before = len(errors)
    if (spec.lemma is None) == (spec.phrase is None):
        errors.append(f"{where()}: lemma: give exactly one of lemma and phrase")
        return None
    phrase: tuple[str, ...] | None = None
    if spec.lemma is not None:
        if " " in spec.lemma.strip() or (
            _SPLIT_HYPHEN_RE.search(spec.lemma) and spec.lemma not in WHOLE_HYPHENATED_VERBS
        ):
            errors.append(f"{where('lemma')}: lemma: one token only; use phrase for several")
        elif spec.lemma != spec.lemma.strip().lower() or not _WORD_RE.match(spec.lemma):
            errors.append(f"{where('lemma')}: lemma: must be a lower-case lemma")
        if not spec.pos:
            errors.append(f"{where()}: pos: a lemma entry needs its parts of speech")
    else:
        assert spec.phrase is not None
        phrase = _split_phrase(spec.phrase.lower())
        if len(phrase) < 2:
            errors.append(f"{where('phrase')}: phrase: a phrase needs two tokens or more")
    for i, tag in enumerate(spec.pos):
        if tag not in POS_TAGS:
            errors.append(f"{where('pos', i)}: pos: unknown POS tag {tag!r}")
    if spec.id is not None and not _ID_RE.match(spec.id):
        errors.append(f"{where('id')}: id: bad identifier {spec.id!r}")

    type_name = spec.type
    mode = spec.mode
    if type_name not in onto.types:
        legacy = onto.legacy_names.get(_norm_type(type_name))
        hint = f" (legacy name: use {legacy.type})" if legacy else ""
        errors.append(f"{where('type')}: type: unknown PLOVER type {type_name!r}{hint}")
        return None
    etype = onto.types[type_name]
    if mode is not None and mode not in etype.modes:
        owners = [t.name for t in onto.types.values() if mode in t.modes]
        hint = f" (a mode of {', '.join(owners)})" if owners else ""
        errors.append(f"{where('mode')}: mode: {mode!r} is not a mode of {type_name}{hint}")
        return None
    if spec.cameo is not None:
        code = onto.cameo.get(spec.cameo)
        if code is None:
            errors.append(f"{where('cameo')}: cameo: unknown CAMEO code {spec.cameo!r}")
            return None
        if not _cameo_allowed(etype, code):
            reading = code.plover or "no PLOVER event"
            errors.append(
                f"{where('cameo')}: cameo: {spec.cameo} ({code.name}) maps to {reading}, "
                f"not {type_name}"
            )
            return None
        cameo = spec.cameo
    else:
        cameo = onto.cameo_for(type_name, mode)

    req_values: dict[str, Any] = {}
    for slot in _SLOTS:
        items = getattr(spec.requires, slot)
        if items:
            req_values[slot] = _expand(items, classes, where("requires", slot), slot, errors)
            if not req_values[slot]:
                errors.append(f"{where('requires', slot)}: {slot}: empty list")
    requires = Requires(**req_values, number=spec.requires.number, case=spec.requires.case)
    light = _expand(spec.light_verbs, classes, where("light_verbs"), "light_verbs", errors)
    if spec.light_verbs and "NOUN" not in spec.pos and phrase is None:
        errors.append(f"{where('light_verbs')}: light_verbs: only nominal triggers take them")
    if len(errors) > before:
        return None
    intensity = spec.intensity if spec.intensity is not None else onto.intensity(type_name, mode)
    return Trigger(
        id=spec.id or "",
        lemma=spec.lemma,
        phrase=phrase,
        pos=spec.pos,
        type=type_name,
        mode=mode,
        cameo=cameo,
        quad=etype.quad,
        intensity=intensity,
        requires=requires,
        light_verbs=light,
        confidence=spec.confidence,
        stative=spec.stative,
        priority=spec.priority,
        notes=spec.notes,
        source=f"{path}:{raw.line}",
    )


def _build_instruments(
    raws: Sequence[_RawInstrument], onto: EventOntology, errors: list[str]
) -> list[Instrument]:
    out: list[Instrument] = []
    for raw in raws:
        spec = raw.spec
        where = f"{raw.path}:{raw.line}: {spec.words[0]}"
        etype = onto.types.get(spec.type)
        if etype is None:
            errors.append(f"{where}: type: unknown PLOVER type {spec.type!r}")
            continue
        if spec.mode not in etype.modes:
            errors.append(f"{where}: mode: {spec.mode!r} is not a mode of {spec.type}")
            continue
        cameo = spec.cameo or etype.modes[spec.mode].cameo
        code = onto.cameo.get(cameo)
        if code is None or not _cameo_allowed(etype, code):
            errors.append(f"{where}: cameo: {cameo!r} is not a CAMEO code of {spec.type}")
            continue
        for word in spec.words:
            problem = _check_word(word, verb_slot=False)
            if problem is not None:
                errors.append(f"{where}: words: {problem}")
                continue
            out.append(
                Instrument(
                    word=word,
                    type=spec.type,
                    mode=spec.mode,
                    cameo=cameo,
                    intensity=onto.intensity(spec.type, spec.mode),
                )
            )
    return out


def _assign_ids(triggers: list[Trigger], taken: set[str]) -> list[Trigger]:
    """Give every trigger without an explicit id ``<head>/<TYPE>/<mode>`` (numbered
    ``#2``, ``#3`` ... when repeated); ``taken`` is updated with the ids handed out."""
    out: list[Trigger] = []
    for t in triggers:
        if t.id:
            out.append(t)
            continue
        head = t.lemma if t.lemma is not None else "_".join(t.phrase or ())
        base = f"{head}/{t.type}/{t.mode or '-'}"
        ident, n = base, 1
        while ident in taken:
            n += 1
            ident = f"{base}#{n}"
        taken.add(ident)
        out.append(t.model_copy(update={"id": ident}))
    return out
