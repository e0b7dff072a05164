"""Evaluation task for the quote stage on public news: the PolNeAR attributions.

``../shared/data/polnear-dev.jsonl`` holds 84 US political news articles (2016) whose
every attribution — direct and indirect quotes, "according to", reports by outlets,
beliefs and plans of people and groups — is annotated as ``{content, source, cue}``
character spans. The text is other people's and is read from outside the repository
only; the gate skips this task when the file is absent. ``benchmarks/public.py`` splits
the articles by a hash of their id: the gate scores the held-aside fifth (``report``);
error analysis (``python benchmarks/tasks_polnear.py``) only ever reads the rest
(``tune``).

Spans are compared after trimming white space, quotation marks and punctuation at
both ends (annotators and annalyst disagree on whether "“…,”" keeps its marks).

**Matching.** A predicted quote *overlaps* a gold attribution when their characters
overlap by at least half of the shorter of the two spans. Each predicted quote is then
assigned to the one gold attribution it overlaps best (largest intersection over
union), so a prediction never counts twice; a gold attribution may receive several
predictions (annotators join "“…,” he said, “…”" into one content, annalyst reports
the two quotations).

* ``quote_recall``: share of gold attributions that received at least one prediction;
* ``quote_precision``: share of predicted quotes assigned to a gold attribution (a
  quote overlapping no gold content is a false positive);
* ``quote_f1``: their harmonic mean;
* ``speaker_accuracy``: among recalled attributions whose gold ``source`` is not null,
  the share whose speaker is right, read from the assigned prediction that overlaps the
  gold content most. The speaker is right when (a) the head word of the predicted
  speaker's words (``speaker_start``/``speaker_end``; its syntactic root) lies inside
  the gold source span, or (b) the predicted speaker actor is the named actor that the
  actor layer reads at the head word of the gold source (a knowledge-base or
  provisional named actor; generic agents like "officials" never match this way, and
  pronouns are never resolved on the gold side). A relative pronoun ("…, who said")
  stands for the noun its clause modifies, as the parse says. A predicted quote with no
  speaker words is wrong. So "he" ↔ "he" at the same place is right; gold "Trump" ↔ a
  prediction naming Donald Trump at another mention is right; gold "Trump" ↔
  "campaign manager X" is wrong (the head "X" is outside the gold span);
* ``cue_accuracy``: among recalled attributions with a gold cue, the share whose
  predicted cue span overlaps the gold cue span.

For information (not pinned): ``content_char_recall`` and ``content_char_precision``
(share of gold content characters covered by predicted quotes, share of predicted quote
characters inside some gold content), and ``recall_direct`` / ``recall_indirect``
(recall on gold contents with and without quotation marks).

Register in ``benchmarks/evaluate.py``::

    TASKS["polnear_dev"] = _lazy("tasks_polnear", "task_polnear_report")
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import public
from annalyst.nlp.pipeline import build_pipeline
from annalyst.nlp.quotes import QuoteSpan, resolved_quotes
from annalyst.nlp.quotes.lexicon import (
    BELIEF_ADJECTIVES,
    BELIEF_VERBS,
    CHARACTERIZATION_VERBS,
    CLAUSE_VERBS,
    EVALUATION_VERBS,
    EVIDENCE_VERBS,
    INTENTION_VERBS,
    MENTION_VERBS,
    OUTLET_VERBS,
    PROMISE_VERBS,
    REQUEST_VERBS,
)
from tasks_quotes import pipeline

NAME = "polnear-dev.jsonl"
# characters trimmed from both ends of a span before comparing
TRIM = " \t\n\r\u00a0\"'“”‘’«»„‚`.,;:!?-–—―"
MARKS = '"“”‘’«»„‚`'
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
MIN_SHARE = 0.5


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _inter(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    """At least half of the shorter span is shared."""
    shorter = min(pred[1] - pred[0], gold[1] - gold[0])
    return shorter > 0 and _inter(pred, gold) >= MIN_SHARE * shorter


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = _inter(a, b)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def assign(golds: list[tuple[int, int]], preds: list[tuple[int, int]]) -> list[int | None]:
    """For each prediction, the index of the gold span it overlaps best, or None."""
    out: list[int | None] = []
    for p in preds:
        best: int | None = None
        best_iou = -1.0
        for i, g in enumerate(golds):
            if overlaps(p, g) and (iou := _iou(p, g)) > best_iou:
                best, best_iou = i, iou
        out.append(best)
    return out


def _tokens(doc: Doc, start: int, end: int) -> list[int]:
    return [t.i for t in doc if t.idx < end and t.idx + len(t.text) > start]


def head_token(doc: Doc, start: int, end: int) -> int | None:
    """The syntactic root of a character span: its first token whose head lies outside."""
    toks = _tokens(doc, start, end)
    inside = set(toks)
    for i in toks:
        t = doc[i]
        if (t.head.i == t.i or t.head.i not in inside) and not t.is_punct:
            return i
    return toks[0] if toks else None


def _span_of(doc: Doc, i: int) -> tuple[int, int]:
    return doc[i].idx, doc[i].idx + len(doc[i].text)


@dataclass
class GoldSource:
    """The gold source of one attribution as the scorer reads it."""

    span: tuple[int, int]  # the words (a relative pronoun's antecedent phrase instead)
    actor: str | None  # the named actor the actor layer reads at its head word


def gold_source(
    doc: Doc, source: dict[str, Any], mentions: list[dict[str, Any]]
) -> GoldSource | None:
    span = (int(source["start"]), int(source["end"]))
    head = head_token(doc, *span)
    if head is None:
        return GoldSource(span, None)
    t = doc[head]
    if t.lower_ in RELATIVES and t.head.dep_ == "relcl" and t.head.head.i != t.head.i:
        noun = t.head.head  # "the senator, who said": the senator
        span = (doc[noun.left_edge.i].idx, noun.idx + len(noun.text))
        head = noun.i
        t = noun
    hs, he = _span_of(doc, head)
    actor = None
    for m in mentions:
        ident = str((m.get("actor") or {}).get("id") or "")
        if not ident or ident.startswith("~agent:") or m.get("source") == "agent":
            continue
        if int(m["start"]) <= hs and he <= int(m["end"]):
            actor = ident
            break
    return GoldSource(span, actor)


def speaker_right(doc: Doc, gold: GoldSource, pred: QuoteSpan) -> bool:
    if pred.speaker_start is None or pred.speaker_end is None:
        return False
    head = head_token(doc, pred.speaker_start, pred.speaker_end)
    if head is not None:
        hs, he = _span_of(doc, head)
        if gold.span[0] <= hs and he <= gold.span[1]:
            return True
    got = str((pred.speaker or {}).get("id") or "")
    return gold.actor is not None and got == gold.actor


# The classes of attribution the breakdown on the tune part reports (by the gold cue).
CLASSES = (
    "statement",
    "request/promise",
    "intention",
    "act on something",
    "characterization",
    "other",
)


def gold_class(doc: Doc, attribution: dict[str, Any]) -> str:
    """The kind of a gold attribution, read from its cue's words (for the error listing):
    statements, beliefs and evidence; requests and promises; intentions; acts done to
    something (evaluations and mentions: "criticized X", "cited X"); characterizations
    ("called X 'Y'"); other (noun cues, no cue, cues outside the lexicons)."""
    cue = attribution.get("cue")
    content = str(attribution["content"]["text"]).strip()
    if cue is None:
        return "statement" if any(c in content for c in MARKS) else "other"
    toks = [doc[i] for i in _tokens(doc, int(cue["start"]), int(cue["end"]))]
    words = [t for t in toks if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX")]
    if not words:
        low = " ".join(t.lower_ for t in toks)
        if "according" in low or all(t.is_punct for t in toks):
            return "statement"
        return "other"
    lemma = words[0].lemma_.lower()
    if lemma == "accord":
        return "statement"
    clause = content[:5].lower().startswith("that") or any(c in content for c in MARKS)
    if not clause and lemma in REQUEST_VERBS | PROMISE_VERBS:
        return "request/promise"
    if not clause and lemma in INTENTION_VERBS:
        return "intention"
    if lemma == "call":
        low = cue["text"].lower()
        return "request/promise" if " for" in low or " on" in low else "characterization"
    if words[0].pos_ != "NOUN" and lemma in (
        CLAUSE_VERBS | BELIEF_VERBS | BELIEF_ADJECTIVES | EVIDENCE_VERBS | OUTLET_VERBS
    ):
        return "statement"
    if lemma in CHARACTERIZATION_VERBS:
        return "characterization"
    if lemma in EVALUATION_VERBS | MENTION_VERBS:
        return "act on something"
    return "other"


@dataclass
class Tally:
    n_gold: int = 0
    n_pred: int = 0
    recalled: int = 0
    assigned: int = 0
    with_source: int = 0
    speaker: int = 0
    with_cue: int = 0
    cue: int = 0
    gold_chars: int = 0
    gold_covered: int = 0
    pred_chars: int = 0
    pred_inside: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    recalled_kind: Counter[str] = field(default_factory=Counter)
    by_class: Counter[str] = field(default_factory=Counter)
    recalled_class: Counter[str] = field(default_factory=Counter)

    def class_recall(self) -> dict[str, tuple[int, float]]:
        """Gold count and recall by class of attribution (see `gold_class`)."""
        return {
            c: (
                self.by_class[c],
                self.recalled_class[c] / self.by_class[c] if self.by_class[c] else 0.0,
            )
            for c in CLASSES
        }

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        precision = ratio(self.assigned, self.n_pred)
        recall = ratio(self.recalled, self.n_gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "quote_recall": recall,
            "quote_precision": precision,
            "quote_f1": f1,
            "speaker_accuracy": ratio(self.speaker, self.with_source),
            "cue_accuracy": ratio(self.cue, self.with_cue),
            "content_char_recall": ratio(self.gold_covered, self.gold_chars),
            "content_char_precision": ratio(self.pred_inside, self.pred_chars),
            "recall_direct": ratio(self.recalled_kind["direct"], self.by_kind["direct"]),
            "recall_indirect": ratio(self.recalled_kind["indirect"], self.by_kind["indirect"]),
        }


@dataclass
class Outcome:
    """One gold attribution and what annalyst made of it (for the error listing)."""

    gold: dict[str, Any]
    pred: QuoteSpan | None
    speaker_ok: bool | None
    cue_ok: bool | None


def _covered(spans: list[tuple[int, int]]) -> set[int]:
    chars: set[int] = set()
    for s, e in spans:
        chars.update(range(s, e))
    return chars


def score_record(
    record: dict[str, Any], doc: Doc, predicted: list[QuoteSpan], tally: Tally
) -> tuple[list[Outcome], list[QuoteSpan]]:
    """Add one article to the tally; return the outcome of each gold attribution and the
    predictions assigned to none."""
    text = record["text"]
    gold = [a for a in record["attributions"] if a.get("content")]
    gspans = [_trim(text, a["content"]["start"], a["content"]["end"]) for a in gold]
    pspans = [_trim(text, q.start, q.end) for q in predicted]
    owner = assign(gspans, pspans)
    mentions = [m for m in doc._.actor_mentions or [] if isinstance(m, dict)]
    tally.n_gold += len(gold)
    tally.n_pred += len(predicted)
    tally.assigned += sum(o is not None for o in owner)
    gchars, pchars = _covered(gspans), _covered(pspans)
    tally.gold_chars += len(gchars)
    tally.gold_covered += len(gchars & pchars)
    tally.pred_chars += len(pchars)
    tally.pred_inside += len(gchars & pchars)
    outcomes = []
    for i, a in enumerate(gold):
        raw = a["content"]["text"]
        kind = "direct" if any(c in raw for c in MARKS) else "indirect"
        tally.by_kind[kind] += 1
        klass = gold_class(doc, a)
        tally.by_class[klass] += 1
        mine = [j for j, o in enumerate(owner) if o == i]
        if mine:
            tally.recalled_class[klass] += 1
        if not mine:
            outcomes.append(Outcome(a, None, None, None))
            continue
        tally.recalled += 1
        tally.recalled_kind[kind] += 1
        pred = predicted[max(mine, key=lambda j: _inter(pspans[j], gspans[i]))]
        speaker_ok = cue_ok = None
        if a.get("source"):
            source = gold_source(doc, a["source"], mentions)
            speaker_ok = source is not None and speaker_right(doc, source, pred)
            tally.with_source += 1
            tally.speaker += speaker_ok
        if a.get("cue"):
            cue = (int(a["cue"]["start"]), int(a["cue"]["end"]))
            cue_ok = (
                pred.cue_start is not None
                and pred.cue_end is not None
                and _inter((pred.cue_start, pred.cue_end), cue) > 0
            )
            tally.with_cue += 1
            tally.cue += cue_ok
        outcomes.append(Outcome(a, pred, speaker_ok, cue_ok))
    extras = [q for q, o in zip(predicted, owner, strict=True) if o is None]
    return outcomes, extras


@lru_cache(maxsize=1)
def broad_pipeline() -> Language:
    """The quote pipeline with the learned reader of stances on (quotes.learned)."""
    return build_pipeline(stages=("actors", "quotes"), broad_attributions=True)


def _doc(record: dict[str, Any], broad: bool = False) -> Doc:
    nlp = broad_pipeline() if broad else pipeline()
    doc = nlp.make_doc(record["text"])
    doc._.published = record.get("published")
    return nlp(doc)


def evaluate(part: public.Part, broad: bool = False) -> dict[str, float]:
    tally = Tally()
    for record in public.records(NAME, part):
        doc = _doc(record, broad)
        score_record(record, doc, resolved_quotes(doc), tally)
    return tally.figures()


def task_polnear_report() -> dict[str, float] | None:
    """Quote-stage figures on the held-aside fifth of the PolNeAR dev articles."""
    if not public.available(NAME):
        return None
    return evaluate("report")


def task_polnear_broad_report() -> dict[str, float] | None:
    """The same figures with the learned reader of stances on (``--broad-attributions``;
    trained on the tune part by ``train_attributions.py``)."""
    if not public.available(NAME):
        return None
    return evaluate("report", broad=True)


def _short(text: str, width: int = 110) -> str:
    text = text.replace("\n", "¶")
    return text if len(text) <= width else text[: width // 2] + " … " + text[-width // 2 :]


def _words(span: dict[str, Any] | None) -> str | None:
    return None if span is None else str(span["text"])


def _report(argv: list[str]) -> None:
    """Print every disagreement on the tune part (ids as arguments restrict the listing;
    ``--broad`` turns the learned reader of stances on)."""
    broad = "--broad" in argv
    argv = [a for a in argv if a != "--broad"]
    tally = Tally()
    for record in public.records(NAME, "tune"):
        if argv and record["id"] not in argv:
            continue
        doc = _doc(record, broad)
        outcomes, extras = score_record(record, doc, resolved_quotes(doc), tally)
        lines = []
        for o in outcomes:
            g = o.gold
            where = f"[{g['content']['start']}]"
            if o.pred is None:
                lines.append(
                    f"  MISSED {where} {_short(g['content']['text'])!r} "
                    f"(source {_words(g.get('source'))!r}, cue {_words(g.get('cue'))!r})"
                )
                continue
            problems = []
            if o.speaker_ok is False:
                problems.append(
                    f"speaker {_words(g.get('source'))!r} != {o.pred.speaker_text!r} "
                    f"[{o.pred.act}] "
                    f"({(o.pred.speaker or {}).get('id')})"
                )
            if o.cue_ok is False:
                problems.append(f"cue {_words(g.get('cue'))!r} != {o.pred.cue!r}")
            if problems:
                lines.append(
                    f"  WRONG  {where} {_short(g['content']['text'], 70)!r}: " + "; ".join(problems)
                )
        for q in extras:
            lines.append(
                f"  EXTRA  [{q.start}] [{q.type}] {_short(q.text)!r} ({q.speaker_text!r}, {q.cue!r})"
            )
        if lines:
            print(record["id"])
            print("\n".join(lines))
    for name, value in tally.figures().items():
        print(f"{name:24s} {value:.4f}")
    for klass, (n, recall) in tally.class_recall().items():
        print(f"recall {klass:17s} {recall:.4f}  ({n} gold)")


if __name__ == "__main__":
    if not public.available(NAME):
        sys.exit(public.skip_reason(NAME))
    _report(sys.argv[1:])
