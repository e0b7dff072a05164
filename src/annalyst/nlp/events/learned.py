"""A learned second look at an event's recipients: experimental, off by default.

Turn it on with the ``learned_recipients`` config value of the ``annalyst_events``
component (``nlp.add_pipe("annalyst_events", config={"learned_recipients": True})``).
It is off because it did not beat the rules where it had to (issue 8): on the held-aside
fifth of the ConfliBERT CAMEO set, target F1 0.607 → 0.612 but main-event target F1
0.647 → 0.641, and on annalyst's own events_dev set recipient accuracy 0.588 → 0.583,
although 5-fold cross-validation on the tune part had promised +0.010 and +0.016. The
figures and how they were made are in ``benchmarks/train_recipients.py``.

After the rules of :mod:`annalyst.nlp.events.arguments` have filled the recipients of an
event with actors, this scorer reads every candidate recipient of the event in its
sentence — the rules' own choices, plus every other noun-phrase head that
:func:`annalyst.nlp.events.referents._actor_for` turns into an actor — and keeps those a
small logistic model scores as recipients. Never a candidate: a phrase under a locative
preposition ("in", "at", "near", "through", …: it says where the event happened), a
place name that is not an argument (an object, a passive subject or the object of a
partner preposition such as "to", "with", "on", "against"), the event's own actors, or an
actor already among the candidates (a pronoun for a recipient already there). An event
no one is named to act in keeps the rules' recipients: whether it is reported at all
rests on them.

The features are generic, never words of the training text: the dependency path from
the trigger to the candidate (labels, direction, and the preposition on it when it is a
common function word), the event type, the trigger's part of speech and lemma class
(classes the rules already name), whether the rules chose the candidate, the candidate's
kind (named actor, generic agent, provisional, a place standing for its state, pronoun),
its position relative to the trigger and the clause boundaries the path crosses.

The model is trained by ``benchmarks/train_recipients.py`` on the tune part of the
ConfliBERT CAMEO set, only on each sentence's main event (the one a coder codes): the
annotation marks one event a sentence, so the recipients of further events are neither
right nor wrong there, and a model trained on them would learn to strip every side
event. Its weights ship as ``data/recipients.json``; at run time it needs only the
standard library.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.argtables import _FIGHTING
from annalyst.nlp.events.carriers import _LIGHT_VERBS
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.partners import _THEME_VERBS
from annalyst.nlp.events.referents import _actor_for, _is_person_noun
from annalyst.nlp.events.syntax import _LOCATIVE_PREPS, _TOPIC_VERBS
from annalyst.nlp.logistic import probability
from annalyst.nlp.syntax import RELATIVE_PRONOUNS

MODEL_FILE = Path(__file__).resolve().parent / "data" / "recipients.json"

# Prepositions (and a few function words acting as them) that a feature may name; any
# other preposition is just "prep".
_PREPS = frozenset(
    {
        "about",
        "across",
        "after",
        "against",
        "amid",
        "among",
        "around",
        "as",
        "at",
        "before",
        "behind",
        "between",
        "by",
        "despite",
        "during",
        "for",
        "from",
        "in",
        "including",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "outside",
        "over",
        "than",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "under",
        "upon",
        "with",
        "within",
        "without",
        "targeting",
    }
)
# Steps that enter or leave a clause of its own.
_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp", "conj"}
)
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
_PLACE_ENTS = ("GPE", "LOC", "FAC")
# Modifiers inside a noun phrase ("Baghdad airport", "Iraq's Anbar province").
_IN_PHRASE = frozenset({"compound", "poss", "amod", "nmod", "appos", "conj"})
_WHERE = _LOCATIVE_PREPS | {"through", "via", "along"}
_ARGUMENT_DEPS = frozenset({"dobj", "obj", "dative", "nsubjpass", "oprd"})
_PARTNER_PREPS = frozenset({"to", "from", "with", "on", "against", "for", "upon"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_MAX_PATH = 6


@dataclass
class Candidate:
    """One possible recipient of an event: the actor, the word it is read from, and
    whether the rules chose it."""

    actor: dict[str, Any]
    anchor: Token
    by_rules: bool
    features: list[str]


def _span_root(doc: Doc, actor: dict[str, Any]) -> Token | None:
    start, end = actor.get("start"), actor.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _chain(token: Token) -> list[Token]:
    out = [token]
    current = token
    for _ in range(64):
        if current.head.i == current.i:
            break
        current = current.head
        out.append(current)
    return out


def _step(token: Token, direction: str) -> str:
    label = token.dep_
    if label in ("prep", "agent", "dative") and token.pos_ == "ADP":
        word = token.lower_
        label = f"{label}:{word if word in _PREPS else '_'}"
    return f"{direction}{label}"


def _path(trigger: Token, anchor: Token) -> tuple[list[str], list[Token]] | None:
    """The dependency steps from a trigger word to a candidate word ("<" up to a head,
    ">" down to a dependent) and the words passed on the way."""
    up = _chain(trigger)
    down = _chain(anchor)
    where = {t.i: n for n, t in enumerate(up)}
    meet = next((n for n, t in enumerate(down) if t.i in where), None)
    if meet is None:
        return None
    top = where[down[meet].i]
    steps = [_step(t, "<") for t in up[:top]]
    steps.extend(_step(t, ">") for t in reversed(down[:meet]))
    passed = up[1 : top + 1] + list(reversed(down[1:meet]))
    return steps, passed


def _kind(actor: dict[str, Any], anchor: Token) -> str:
    key = str(actor.get("id", ""))
    if anchor.pos_ == "PRON" or isinstance(actor.get("ref_start"), int):
        return "pronoun"
    if anchor.ent_type_ in _PLACE_ENTS and actor.get("type") == "state":
        return "place-state"
    if key.startswith("~agent:"):
        return "generic"
    if key.startswith("~"):
        return "provisional"
    return "named"


def _lemma_class(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma in _THEME_VERBS:
        return "theme"
    if lemma in _TOPIC_VERBS:
        return "topic"
    if lemma in _FIGHTING:
        return "fighting"
    if lemma in _LIGHT_VERBS:
        return "light"
    return "other"


def _bucket(value: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _best_path(draft: _Draft, anchor: Token) -> tuple[list[str], list[Token]]:
    """The shortest path from any of the event's trigger words to a candidate."""
    best: tuple[list[str], list[Token]] | None = None
    for token in draft.tokens or [draft.trigger]:
        found = _path(token, anchor)
        if found is not None and (best is None or len(found[0]) < len(best[0])):
            best = found
    return best if best is not None else (["none"], [])


def features(
    draft: _Draft,
    anchor: Token,
    actor: dict[str, Any],
    by_rules: bool,
    rules_count: int,
    path: tuple[list[str], list[Token]],
) -> list[str]:
    """The feature names of one candidate recipient of an event."""
    etype = draft.entry.type
    steps, passed = path
    whole = "".join(steps) if len(steps) <= _MAX_PATH else "long"
    short = "".join(steps[:2]) + "~" + "".join(steps[-2:]) if len(steps) > 3 else whole
    last = steps[-1]
    ups = sum(1 for s in steps if s.startswith("<"))
    downs = len(steps) - ups
    clauses = sum(1 for s in steps if s[1:].split(":")[0] in _CLAUSE_DEPS)
    verbs = sum(1 for t in passed[:-1] if t.pos_ in ("VERB", "AUX"))
    kind = _kind(actor, anchor)
    pos = "verb" if draft.trigger.pos_ in ("VERB", "AUX") else "noun"
    side = "before" if anchor.i < draft.trigger.i else "after"
    distance = _bucket(abs(anchor.i - draft.trigger.i), (1, 3, 6, 10, 16))
    rules = "rule" if by_rules else "new"
    count = _bucket(rules_count, (0, 1, 2))
    preps = [s.split(":")[1] for s in steps if ":" in s]
    prep = preps[-1] if preps else "-"
    person = "person" if _is_person_noun(anchor) else "thing"
    out = [
        "bias",
        f"rules={rules}",
        f"rules={rules}|type={etype}",
        f"rules={rules}|kind={kind}",
        f"rules={rules}|count={count}",
        f"type={etype}",
        f"trigger={pos}",
        f"trigger={pos}|class={_lemma_class(draft.trigger)}",
        f"kind={kind}",
        f"kind={kind}|type={etype}",
        f"person={person}",
        f"person={person}|type={etype}",
        f"path={whole}",
        f"path={whole}|type={etype}",
        f"path={whole}|rules={rules}",
        f"path={whole}|trigger={pos}",
        f"short={short}",
        f"short={short}|type={etype}",
        f"last={last}",
        f"last={last}|type={etype}",
        f"last={last}|rules={rules}",
        f"prep={prep}",
        f"prep={prep}|type={etype}",
        f"ups={_bucket(ups, (0, 1, 2, 3))}",
        f"downs={_bucket(downs, (0, 1, 2, 3))}",
        f"clauses={_bucket(clauses, (0, 1, 2))}",
        f"clauses={_bucket(clauses, (0, 1, 2))}|rules={rules}",
        f"verbs={_bucket(verbs, (0, 1, 2))}",
        f"side={side}",
        f"side={side}|type={etype}",
        f"side={side}|trigger={pos}",
        f"distance={distance}",
        f"distance={distance}|rules={rules}",
        f"anchor={anchor.dep_}",
        f"anchor={anchor.dep_}|kind={kind}",
        f"actor_type={actor.get('type')}",
        f"first={steps[0]}",
        f"first={steps[0]}|type={etype}",
        f"trigger_dep={draft.trigger.dep_}",
    ]
    if draft.content is not None:
        out.append(f"content={draft.content.type}|rules={rules}")
    return out


def _is_locative_place(token: Token) -> bool:
    """A word in a phrase under a locative preposition ("in Kabul", "near Baghdad
    airport", "in the north of Syria", "through the capital"): where the event happened,
    not who it reached."""
    current = token
    for _ in range(8):
        if current.dep_ == "pobj":
            prep = current.head
            if prep.lower_ in _WHERE:
                return True
            if prep.lower_ != "of" or prep.head.i == prep.i:
                return False
            current = prep.head  # "the north of Syria": the phrase "of" hangs on
        elif current.dep_ in _IN_PHRASE and current.head.i != current.i:
            current = current.head
        else:
            return False
    return False


def _place_not_partner(token: Token) -> bool:
    """A place name that is not an argument: only as an object, a passive subject or the
    object of a partner preposition ("sanctions on Iran", "aid to Nepal", "talks with
    Kabul") may a place stand for its state; elsewhere it says where ("the leaders of
    Iraq", "crossed into Israel")."""
    if token.ent_type_ not in _PLACE_ENTS:
        return False
    current = token
    for _ in range(8):
        if current.dep_ in _ARGUMENT_DEPS:
            return False
        if current.dep_ == "pobj":
            return current.head.lower_ not in _PARTNER_PREPS
        if current.dep_ not in _IN_PHRASE or current.head.i == current.i:
            return True
        current = current.head
    return True


def _key(actor: dict[str, Any]) -> tuple[Any, Any]:
    return actor.get("start"), actor.get("end")


def _identity(actor: dict[str, Any]) -> str:
    """Who an actor is, as the rules tell actors apart: by id, except generic ones (the
    agents of one kind may be different people), which their words tell apart."""
    ident = str(actor.get("id"))
    if not ident.startswith("~agent:"):
        return ident
    # a pronoun is the generic actor it refers back to ("the prisoners …, pardoning them")
    start = (
        actor.get("ref_start") if isinstance(actor.get("ref_start"), int) else actor.get("start")
    )
    return f"{ident}@{start}"


# A sentence's noun-phrase heads that stand for actors, each with its actors and the
# word each actor is read from.
Heads = list[tuple[Token, list[tuple[dict[str, Any], Token]]]]


def sentence_heads(sent: Span, mentions: dict[int, ResolvedMention]) -> Heads:
    """The noun-phrase heads of a sentence that stand for actors, with those actors (not
    places under locative prepositions: those say where)."""
    doc = sent.doc
    out: Heads = []
    for head in sent:
        if head.pos_ not in _NOMINAL or head.dep_ == "compound" or _is_locative_place(head):
            continue
        if head.i not in mentions and (
            head.ent_type_ in _NOT_ACTORS or head.lower_ in RELATIVE_PRONOUNS
        ):
            continue  # a date or an amount; a relative pronoun stands for a head read too
        actor = _actor_for(head, mentions)
        if actor is None:
            continue
        pairs = []
        for one in [actor, *actor.pop("also", [])]:
            anchor = _span_root(doc, one)
            inside = anchor is not None and sent.start <= anchor.i < sent.end
            if anchor is None or not inside or _is_locative_place(anchor):
                continue
            if _place_not_partner(anchor):
                continue
            pairs.append((one, anchor))
        if pairs:
            out.append((head, pairs))
    return out


def candidates(draft: _Draft, heads: Heads) -> list[Candidate]:
    """Every candidate recipient of an event: the rules' recipients first, then the
    actors of the sentence's other noun-phrase heads (:func:`sentence_heads`) that are
    not the event's actors or its trigger words."""
    doc = draft.trigger.doc
    own = {t.i for t in draft.tokens} | {draft.trigger.i}
    actor_ids = {str(a.get("id")) for a in draft.actors}
    actor_words = {_key(a) for a in draft.actors}
    rules_count = len(draft.recipients)
    found: list[tuple[dict[str, Any], Token, bool]] = []
    seen: set[tuple[Any, Any]] = set()
    named: set[str] = set()
    for actor in draft.recipients:
        anchor = _span_root(doc, actor)
        if anchor is None:
            anchor = draft.trigger
        found.append((actor, anchor, True))
        seen.add(_key(actor))
        named.add(_identity(actor))
    for head, pairs in heads:
        if head.i in own:
            continue
        for one, anchor in pairs:
            key = _key(one)
            if key in seen or key in actor_words or str(one.get("id")) in actor_ids:
                continue
            if anchor.i in own or _identity(one) in named:
                continue  # a trigger word; an actor already there ("X …, detaining him")
            seen.add(key)
            named.add(_identity(one))
            found.append((one, anchor, False))
    paths = [_best_path(draft, anchor) for _, anchor, _ in found]
    lengths = [len(steps) for steps, _ in paths]
    out = []
    for (actor, anchor, by_rules), path, length in zip(found, paths, lengths, strict=True):
        names = features(draft, anchor, actor, by_rules, rules_count, path)
        rank = sum(1 for other in lengths if other < length)
        new_rank = sum(
            1
            for (_, _, rule), other in zip(found, lengths, strict=True)
            if not rule and other < length
        )
        rules = "rule" if by_rules else "new"
        names.append(f"rank={min(rank, 3)}|rules={rules}")
        names.append(f"new_rank={min(new_rank, 3)}|rules={rules}")
        names.append(f"candidates={_bucket(len(found), (1, 2, 4, 8))}")
        out.append(Candidate(actor, anchor, by_rules, names))
    return out


class RecipientScorer:
    """A logistic model over candidate features, with one threshold for keeping the
    rules' recipients and one for adding others."""

    def __init__(
        self,
        weights: dict[str, float],
        keep_threshold: float = 0.5,
        add_threshold: float = 0.5,
    ) -> None:
        self.weights = weights
        self.keep_threshold = keep_threshold
        self.add_threshold = add_threshold
        # The document last read (and its mention index, one per run of the extractor),
        # its sentences by first token and the candidate heads of those read so far: the
        # events of a document are scored one after another.
        self._doc: Doc | None = None
        self._mentions: dict[int, ResolvedMention] | None = None
        self._starts: list[int] = []
        self._sents: list[Span] = []
        self._heads: dict[int, Heads] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RecipientScorer:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data["keep_threshold"]), float(data["add_threshold"]))

    @classmethod
    def load(cls, path: Path | None = None) -> RecipientScorer:
        return _load(str(path or MODEL_FILE))

    def probability(self, names: Iterable[str]) -> float:
        return probability(self.weights, names)

    def choose(self, found: Sequence[Candidate]) -> list[dict[str, Any]]:
        """The candidates the model keeps, the rules' first, then the added in order."""
        kept = []
        added = []
        for candidate in found:
            p = self.probability(candidate.features)
            if candidate.by_rules and p >= self.keep_threshold:
                kept.append(candidate.actor)
            elif not candidate.by_rules and p >= self.add_threshold:
                added.append((candidate.anchor.i, dict(candidate.actor)))
        return kept + [actor for _, actor in sorted(added, key=lambda pair: pair[0])]

    def heads(self, token: Token, mentions: dict[int, ResolvedMention]) -> Heads:
        """The candidate heads of a token's sentence, read once for all its events."""
        doc = token.doc
        if self._doc is not doc or self._mentions is not mentions:
            self._doc = doc
            self._mentions = mentions
            self._sents = list(doc.sents)
            self._starts = [s.start for s in self._sents]
            self._heads = {}
        sent = self._sents[bisect_right(self._starts, token.i) - 1]
        found = self._heads.get(sent.start)
        if found is None:
            found = self._heads[sent.start] = sentence_heads(sent, mentions)
        return found

    def rescore(self, draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
        """Replace the event's recipients with the candidates the model keeps. An event
        no one is named to act in keeps the rules' recipients: whether such an event is
        reported at all rests on them (the extractor drops an event with neither actors
        nor recipients), and the model is trained on events with actors."""
        if not draft.actors:
            return
        draft.recipients = self.choose(candidates(draft, self.heads(draft.trigger, mentions)))


@lru_cache(maxsize=4)
def _load(path: str) -> RecipientScorer:
    with open(path, encoding="utf-8") as f:
        return RecipientScorer.from_dict(json.load(f))
