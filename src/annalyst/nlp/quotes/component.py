"""The `annalyst_quotes` spaCy component: the order in which one document's quotes are found,
merged and attributed, and the `QuoteSpan` each becomes."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from annalyst.nlp.quotes.document import Draft
from annalyst.nlp.quotes.learned import StanceScorer, candidates
from annalyst.nlp.quotes.lexicon import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_OPEN
from annalyst.nlp.quotes.records import QuoteSpan
from annalyst.nlp.quotes.speakers import Speakers


class QuoteExtractor:
    """The `annalyst_quotes` spaCy component."""

    def __init__(
        self, min_words: int = 3, max_label_words: int = 8, broad_attributions: bool = False
    ) -> None:
        self.min_words = min_words
        self.max_label_words = max_label_words
        # stances and conduct read by a learned model (see `annalyst.nlp.quotes.learned`)
        self.stances = StanceScorer.load() if broad_attributions else None

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = [_as_dict(q) for q in self.extract(doc)]
        return doc

    def extract(self, doc: Doc) -> list[QuoteSpan]:
        return _Extraction(doc, self).run()


_FIELDS = tuple(f.name for f in fields(QuoteSpan))


def _copied(value: Any) -> Any:
    """A copy of a plain value as ``dataclasses.asdict`` makes it (containers rebuilt,
    strings and numbers shared)."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, dict):
        return type(value)((_copied(k), _copied(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)) and not hasattr(value, "_fields"):
        return type(value)(_copied(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return deepcopy(value)


def _as_dict(quote: QuoteSpan) -> dict[str, Any]:
    """``dataclasses.asdict(quote)``, without its generic walk over every field."""
    return {name: _copied(getattr(quote, name)) for name in _FIELDS}


class _Extraction(Speakers):
    """The work on one document, stage after stage."""

    def run(self) -> list[QuoteSpan]:
        if self.n == 0 or not self._is_latin():
            return []
        labels = self._labels()
        self.runs = self._pair_marks()
        self._set_spans([(r.start, r.end) for r in self.runs if r.depth == 0])
        direct = self._direct()
        blocks = self._colon_blocks(labels, direct)
        self._set_spans(
            [(r.start, r.end) for r in self.runs if r.depth == 0]
            + [(d.start, d.end) for d in labels + blocks]
        )
        drafts = labels + direct + blocks
        self.blocks = [(d.start, d.end) for d in labels + blocks]
        self.accepted = [(d.start, d.end) for d in drafts]
        drafts = self._indirect(drafts)
        drafts = self._frames(drafts)
        drafts = self._shapes(drafts)
        if self.config.stances is not None:
            drafts += self._stances(self.config.stances, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        self._resolve(drafts)
        return [self._finish(d) for d in drafts]

    def _stances(self, scorer: StanceScorer, drafts: list[Draft]) -> list[Draft]:
        """The broad attributions the model reads outside the rules' records."""
        taken = [(d.start, d.end) for d in drafts] + [d.cue for d in drafts if d.cue]
        found = []
        for c in scorer.choose(candidates(self.doc, taken)):
            d = Draft(c.content.start_char, c.content.end_char, "indirect", "frame")
            self._set_cue(d, c.cue.i)
            d.subj = c.source.i if c.source is not None else None
            d.act = "stance"
            found.append(d)
        return found

    def _finish(self, d: Draft) -> QuoteSpan:
        text = self.text
        start, end = d.start, d.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if d.type != "direct":
            # a reported clause keeps the quotation marks of the words it quotes
            if start > 0 and text[start - 1] in DOUBLE_OPEN + SINGLE_OPEN + '"':
                start -= 1
            words = text[start:end]
            opened = sum(words.count(c) for c in DOUBLE_OPEN) + words.count('"') % 2
            closed = sum(words.count(c) for c in DOUBLE_CLOSE)
            if opened > closed and end < len(text) and text[end] in DOUBLE_CLOSE + '"':
                end += 1
            if text[start:end].endswith(".") and end - start > 2 and text[end - 2].isalnum():
                end -= 1  # the sentence's full stop is not part of what was reported
        span = d.speaker_span if (d.speaker is not None or d.anonymous) else None
        speaker_text = d.speaker_text if span is not None else None
        if span is None and d.subj is not None and d.speaker_span is not None:
            span, speaker_text = d.speaker_span, d.speaker_text  # named but not resolved
        return QuoteSpan(
            start=start,
            end=end,
            text=text[start:end],
            type=d.type,
            act=d.act,
            speaker=d.speaker,
            speaker_text=speaker_text,
            speaker_start=span[0] if span else None,
            speaker_end=span[1] if span else None,
            cue=text[d.cue[0] : d.cue[1]] if d.cue else None,
            cue_start=d.cue[0] if d.cue else None,
            cue_end=d.cue[1] if d.cue else None,
            medium=text[d.medium[0] : d.medium[1]] if d.medium else None,
            medium_start=d.medium[0] if d.medium else None,
            medium_end=d.medium[1] if d.medium else None,
        )


@Language.factory(
    "annalyst_quotes",
    default_config={"min_words": 3, "max_label_words": 8, "broad_attributions": False},
)
def make_quote_extractor(
    nlp: Language, name: str, min_words: int, max_label_words: int, broad_attributions: bool
) -> QuoteExtractor:
    return QuoteExtractor(
        min_words=min_words,
        max_label_words=max_label_words,
        broad_attributions=broad_attributions,
    )
