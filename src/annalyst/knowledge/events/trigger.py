"""A lexicon entry (:class:`Trigger`) and whether its requirements hold in a context;
and the weapon words (:class:`Instrument`) that give an event its mode."""

from __future__ import annotations

from pydantic import Field

from annalyst.knowledge.events.context import TriggerContext
from annalyst.knowledge.events.models import Quad, _Model
from annalyst.knowledge.events.requirements import Requires


def _any(wanted: tuple[str, ...], have: frozenset[str]) -> bool:
    if "*" in wanted:
        return bool(have)
    return not have.isdisjoint(wanted)


class Trigger(_Model):
    """One lexicon entry: a word or phrase that reports an event."""

    id: str
    lemma: str | None = None
    phrase: tuple[str, ...] | None = None
    pos: tuple[str, ...] = ()
    type: str
    mode: str | None = None
    cameo: str
    quad: Quad
    intensity: float
    requires: Requires = Field(default_factory=Requires)
    light_verbs: tuple[str, ...] = ()
    confidence: float = 1.0
    stative: bool = False
    priority: int = 0
    notes: str = ""
    source: str = ""

    @property
    def head(self) -> str:
        """The lemma, or the last word of a phrase."""
        if self.lemma is not None:
            return self.lemma
        assert self.phrase is not None
        return self.phrase[-1]

    @property
    def verbal(self) -> bool:
        """True for verbal event types (the trigger reports words, not deeds)."""
        return self.quad.startswith("verbal")

    @property
    def specificity(self) -> int:
        return self.requires.specificity + (1 if self.phrase else 0)

    def accepts(self, ctx: TriggerContext) -> bool:
        """Whether the trigger's requirements hold in this context."""
        r = self.requires
        checks: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
            (r.particle, ctx.particles),
            (r.prep, ctx.preps),
            (r.object, ctx.objects),
            (r.subject, ctx.subjects),
            (r.modifier, ctx.modifiers),
            (r.governor, ctx.governors),
            (r.complement, ctx.complements),
            (r.context, ctx.sentence | ctx.earlier if ctx.earlier else ctx.sentence),
        )
        for wanted, have in checks:
            if wanted and not _any(wanted, have):
                return False
        negatives: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
            (r.exclude, ctx.sentence),
            (r.not_object, ctx.objects | ctx.described),
            (r.not_subject, ctx.subjects),
            (r.not_complement, ctx.complements),
            (r.not_instrument, ctx.instruments),
        )
        for unwanted, have in negatives:
            if unwanted and _any(unwanted, have):
                return False
        if r.not_dep and ctx.dep in r.not_dep:
            return False
        if r.case == "lower" and ctx.text and ctx.text != ctx.text.lower():
            return False
        return not (r.number is not None and ctx.number != r.number)


class Instrument(_Model):
    """A weapon word and the mode it gives an event that names no mode itself."""

    word: str
    type: str
    mode: str
    cameo: str
    intensity: float
