"""Broad attributions: a learned reading of stances and conduct, off by default.

Some annotated news (PolNeAR among them) counts as an attribution far more than what
someone says: what a source wants, eyes, focuses on, vies for, has investigated or did
not identify — any content a source takes a stance on or acts upon. annalyst's rules
report statements, beliefs, requests, promises, intentions, evaluations,
characterizations and mentions; turning this scorer on adds the broader kind as quotes
whose ``act`` is ``"stance"``. Turn it on with the ``broad_attributions`` config value of
the ``annalyst_quotes`` component, or ``build_pipeline(broad_attributions=True)``, or
``annalyst extract --broad-attributions``. Events never read stance records as claims.

It is off by default because it trades speaker accuracy and some precision for recall:
on the held-aside fifth of the PolNeAR articles, quote recall 0.709 → 0.746, precision
0.946 → 0.937, F1 0.811 → 0.831, but speaker accuracy 0.926 → 0.911, under the 0.92
annalyst holds itself to; and on the seeds about half of what it adds is conduct told as
fact ("a drone struck his residence"), not anyone's stance. How it was trained and
measured is in ``benchmarks/train_attributions.py``; the gate pins its figures
(``polnear_broad``).

A candidate is a word with a complement after it: a verb, auxiliary or adjective with an
object, a clausal complement, an attribute or a prepositional object, or a noun with a
prepositional object ("concerns about X"). Its content is the complement's words, its
source the word's subject (or a noun's possessor), its cue the word itself. Candidates
whose cue or content falls inside a record the rules made are never read. A small
logistic model, trained by ``benchmarks/train_attributions.py`` on the tune part of the
PolNeAR set, scores each; the best-scored non-overlapping candidates above the model's
threshold become records. The weights ship as ``data/attributions.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.logistic import probability
from annalyst.nlp.quotes import lexicon

MODEL_FILE = Path(__file__).parent / "data" / "attributions.json"

# the complements a candidate's content can be
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "dative", "oprd"})
_SOURCE_DEPS = ("nsubj", "nsubjpass", "poss")
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you", "it"})
# the quote lexicon's classes of words, as features ("the cue is a request verb")
_CLASSES: dict[str, frozenset[str]] = {
    name: value
    for name, value in vars(lexicon).items()
    if name.isupper()
    and isinstance(value, frozenset)
    and value
    and all(isinstance(word, str) for word in value)
}


@dataclass
class Candidate:
    """One word with a complement that may be an attribution."""

    cue: Token
    source: Token | None
    content: Span
    features: list[str]


def _source_kind(token: Token) -> str:
    if token.lower_ in _PRONOUNS:
        return "pron:" + token.lower_
    if token.ent_type_:
        return "ent:" + token.ent_type_
    if token.pos_ == "PROPN":
        return "propn"
    if token.tag_ in ("WDT", "WP"):
        return "relative"
    return "noun"


def _content(complement: Token) -> tuple[Token, Span] | None:
    """The head of a complement's content and its words: a preposition's object."""
    doc = complement.doc
    if complement.dep_ != "prep":
        return complement, doc[complement.left_edge.i : complement.right_edge.i + 1]
    objects = [c for c in complement.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    head = objects[0]
    return head, doc[head.left_edge.i : head.right_edge.i + 1]


def features(
    cue: Token,
    source: Token | None,
    complement: Token,
    head: Token,
    content: Span,
    actors: set[int],
) -> list[str]:
    """The names of a candidate's features (see the module's docstring)."""
    lemma = cue.lemma_.lower()
    dep = "prep:" + complement.lower_ if complement.dep_ == "prep" else complement.dep_
    names = [
        "bias",
        "lemma:" + lemma,
        "dep:" + dep,
        "lemma_dep:" + lemma + "|" + dep,
        "pos:" + cue.pos_,
        "tag:" + cue.tag_,
        "cue_dep:" + cue.dep_,
        "head_pos:" + ("ROOT" if cue.dep_ == "ROOT" else cue.head.pos_),
        "content_pos:" + head.pos_,
        "content_ent:" + (head.ent_type_ or "-"),
        "length:" + str(min(len(content), 12) // 3),
        "first:" + (content[0].lower_ if content[0].is_stop else "-"),
    ]
    names += ["class:" + name for name, words in _CLASSES.items() if lemma in words]
    if source is None:
        names.append("source:none")
    else:
        names += ["source:" + _source_kind(source), "source_dep:" + source.dep_]
        if source.i in actors:
            names.append("source_actor")
    children = list(cue.children)
    if any(c.dep_ == "neg" for c in children):
        names.append("negated")
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        names.append("modal")
    if any(t.pos_ in ("VERB", "AUX") for t in content):
        names.append("clause")
    return names


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def actor_tokens(doc: Doc) -> set[int]:
    """The tokens that begin an actor mention."""
    starts = {m["start"] for m in doc._.actor_mentions or [] if isinstance(m, dict)}
    return {t.i for t in doc if t.idx in starts}


def source_of(cue: Token) -> Token | None:
    """Whose stance or conduct: the word's subject (or a noun's possessor), through the
    verbs it completes or continues ("plans to employ", "met and praised"); the noun a
    relative pronoun stands for."""
    word = cue
    for _ in range(3):
        source = next((c for c in word.children if c.dep_ in _SOURCE_DEPS), None)
        if source is not None:
            if source.tag_ in ("WDT", "WP") and word.dep_ == "relcl":
                return word.head  # "the council, which is dedicated to …": the council
            return source
        if word.dep_ not in ("xcomp", "conj") or word.head.i == word.i:
            return None
        word = word.head
    return None


def candidates(doc: Doc, taken: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Every candidate of a document outside the character spans ``taken`` (the rules'
    records and their cues)."""
    actors = actor_tokens(doc)
    found: list[Candidate] = []
    for cue in doc:
        if cue.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or _inside(cue.idx, taken):
            continue
        source = source_of(cue)
        if source is None:
            continue
        for complement in cue.children:
            if complement.dep_ not in _COMPLEMENTS or complement.i < cue.i:
                continue
            if cue.pos_ == "NOUN" and complement.dep_ != "prep":
                continue
            read = _content(complement)
            if read is None:
                continue
            head, content = read
            words = [t for t in content if not (t.is_punct or t.is_space)]
            if not words or _overlaps(content.start_char, content.end_char, taken):
                continue
            names = features(cue, source, complement, head, content, actors)
            found.append(Candidate(cue, source, content, names))
    return found


class StanceScorer:
    """A logistic model over candidate features, with the threshold it keeps them at."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.5) -> None:
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StanceScorer:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data["threshold"]))

    @classmethod
    def load(cls, path: Path | None = None) -> StanceScorer:
        return _load(str(path or MODEL_FILE))

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}

    def probability(self, names: Iterable[str]) -> float:
        return probability(self.weights, names)

    def choose(self, found: Sequence[Candidate]) -> list[Candidate]:
        """The best-scored candidates above the threshold whose contents do not overlap,
        in the order of the text."""
        scored = sorted(
            ((self.probability(c.features), k) for k, c in enumerate(found)), reverse=True
        )
        kept: list[Candidate] = []
        spans: list[tuple[int, int]] = []
        for p, k in scored:
            if p < self.threshold:
                break
            c = found[k]
            if _overlaps(c.content.start_char, c.content.end_char, spans):
                continue
            kept.append(c)
            spans.append((c.content.start_char, c.content.end_char))
        return sorted(kept, key=lambda c: c.content.start_char)


@lru_cache(maxsize=4)
def _load(path: str) -> StanceScorer:
    with open(path, encoding="utf-8") as handle:
        return StanceScorer.from_dict(json.load(handle))
