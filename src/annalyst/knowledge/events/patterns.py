"""spaCy patterns for the lexicon's triggers: contiguous token patterns for the
``Matcher`` and dependency patterns for the ``DependencyMatcher``.

Patterns only encode the structural requirements; :meth:`Trigger.accepts` remains the
reference semantics of every requirement.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annalyst.knowledge.events.trigger import Trigger


@dataclass(frozen=True)
class PhrasePattern:
    """A token pattern for spaCy's ``Matcher`` (contiguous realisation of a trigger)."""

    key: str
    trigger: Trigger
    pattern: list[dict[str, Any]] = field(hash=False, compare=False)


def _lemma_variants(word: str) -> list[str]:
    out = [word]
    for variant in (word.capitalize(), word.upper()):
        if variant not in out:
            out.append(variant)
    return out


_NOUN_POS = ["NOUN", "PROPN"]
_FILLER = {"POS": {"IN": ["DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PUNCT"]}, "OP": "{0,3}"}


def _with_particles(words: Iterable[str]) -> dict[str | None, list[str]]:
    groups: dict[str | None, list[str]] = {}
    for word in words:
        if word == "*":
            continue
        verb, _, particle = word.partition(" ")
        groups.setdefault(particle or None, []).append(verb)
    return groups


def phrase_patterns(entries: Iterable[Trigger]) -> list[PhrasePattern]:
    """Token patterns for spaCy's ``Matcher`` (see :meth:`EventLexicon.phrases`)."""
    out: list[PhrasePattern] = []
    for t in entries:
        if t.phrase is not None:
            out.append(PhrasePattern(t.id, t, [{"LOWER": w} for w in t.phrase]))
            out.append(PhrasePattern(t.id, t, [{"LEMMA": w} for w in t.phrase]))
            continue
        assert t.lemma is not None
        head: dict[str, Any] = {"LEMMA": {"IN": _lemma_variants(t.lemma)}}
        nominal = [p for p in t.pos if p == "NOUN"]
        verbal = [p for p in t.pos if p == "VERB"]
        r = t.requires
        if nominal and r.modifier and "*" not in r.modifier:
            noun = {**head, "POS": {"IN": _NOUN_POS}}
            out.append(PhrasePattern(t.id, t, [{"LOWER": {"IN": list(r.modifier)}}, noun]))
        if verbal and r.particle:
            verb = {**head, "POS": {"IN": ["VERB", "AUX"]}}
            out.append(PhrasePattern(t.id, t, [verb, {"LOWER": {"IN": list(r.particle)}}]))
        if nominal and t.light_verbs:
            noun = {**head, "POS": {"IN": _NOUN_POS}}
            for particle, verbs in sorted(
                _with_particles(t.light_verbs).items(), key=lambda kv: kv[0] or ""
            ):
                pattern: list[dict[str, Any]] = [{"LEMMA": {"IN": sorted(set(verbs))}}]
                if particle:
                    pattern.append({"LOWER": particle})
                pattern.extend([dict(_FILLER), noun])
                out.append(PhrasePattern(t.id, t, pattern))
    return out


def dependency_patterns(entries: Iterable[Trigger]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Patterns for spaCy's ``DependencyMatcher`` (see :meth:`EventLexicon.dependency_patterns`)."""
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for t in entries:
        if t.lemma is None:
            continue
        for pattern in _dep_patterns(t):
            out.append((t.id, pattern))
    return out


def _attrs_for(words: tuple[str, ...], attr: str = "LEMMA") -> dict[str, Any]:
    if "*" in words:
        return {}
    values: list[str] = []
    for w in words:
        for v in _lemma_variants(w) if attr == "LEMMA" else [w]:
            if v not in values:
                values.append(v)
    return {attr: {"IN": values}}


def _dep_patterns(t: Trigger) -> list[list[dict[str, Any]]]:
    assert t.lemma is not None
    r = t.requires
    pos = list(t.pos)
    if "NOUN" in pos:
        pos.append("PROPN")
    if "VERB" in pos:
        pos.append("AUX")
    anchor_attrs: dict[str, Any] = {"LEMMA": {"IN": _lemma_variants(t.lemma)}, "POS": {"IN": pos}}
    if r.not_dep:
        anchor_attrs["DEP"] = {"NOT_IN": list(r.not_dep)}
    if r.case == "lower":
        anchor_attrs["IS_LOWER"] = True
    if r.number is not None:
        anchor_attrs["MORPH"] = {
            "IS_SUPERSET": ["Number=Plur" if r.number == "plural" else "Number=Sing"]
        }
    base: list[dict[str, Any]] = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": anchor_attrs}]

    def child(node: str, deps: list[str], attrs: dict[str, Any]) -> dict[str, Any]:
        return {
            "LEFT_ID": "trigger",
            "REL_OP": ">",
            "RIGHT_ID": node,
            "RIGHT_ATTRS": {"DEP": {"IN": deps}, **attrs},
        }

    if r.particle:
        base.append(
            child("particle", ["prt", "advmod", "prep"], {"LOWER": {"IN": list(r.particle)}})
        )
    if r.prep:
        base.append(child("prep", ["prep", "agent", "dative"], {"LOWER": {"IN": list(r.prep)}}))
    if r.object:
        base.append(
            child("object", ["dobj", "obj", "nsubjpass", "attr", "oprd"], _attrs_for(r.object))
        )
    if r.modifier:
        base.append(
            child("modifier", ["compound", "amod", "nmod", "npadvmod"], _attrs_for(r.modifier))
        )
    if r.complement:
        comp_words = tuple(w.partition(" ")[0] for w in r.complement)
        base.append(
            child("complement", ["xcomp", "ccomp", "oprd", "acomp"], _attrs_for(comp_words))
        )

    variants: list[list[dict[str, Any]]] = [base]
    if r.subject:
        attrs = _attrs_for(r.subject)
        active = child("subject", ["nsubj", "csubj"], attrs)
        agent = child("agent", ["agent"], {})
        passive = {
            "LEFT_ID": "agent",
            "REL_OP": ">",
            "RIGHT_ID": "subject",
            "RIGHT_ATTRS": {"DEP": {"IN": ["pobj"]}, **attrs},
        }
        variants = [[*v, active] for v in variants] + [[*v, agent, passive] for v in variants]
    if r.governor:
        gov_variants: list[list[dict[str, Any]]] = []
        for particle, verbs in sorted(
            _with_particles(r.governor).items(), key=lambda kv: kv[0] or ""
        ):
            gov_attrs = _attrs_for(tuple(sorted(set(verbs))))
            tail: list[dict[str, Any]] = []
            if particle:
                tail.append(
                    {
                        "LEFT_ID": "governor",
                        "REL_OP": ">",
                        "RIGHT_ID": "governor_particle",
                        "RIGHT_ATTRS": {"DEP": "prt", "LOWER": particle},
                    }
                )
            direct = [
                {
                    "LEFT_ID": "trigger",
                    "REL_OP": "<",
                    "RIGHT_ID": "governor",
                    "RIGHT_ATTRS": gov_attrs,
                },
                *tail,
            ]
            via_prep = [
                {
                    "LEFT_ID": "trigger",
                    "REL_OP": "<",
                    "RIGHT_ID": "gov_prep",
                    "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "agent"]}},
                },
                {
                    "LEFT_ID": "gov_prep",
                    "REL_OP": "<",
                    "RIGHT_ID": "governor",
                    "RIGHT_ATTRS": gov_attrs,
                },
                *tail,
            ]
            gov_variants.extend([direct, via_prep])
        variants = [[*v, *g] for v in variants for g in gov_variants]
    return variants
