"""Evaluation on public news sentences with who-acts-on-whom spans (ConfliBERT's CAMEO set).

Data: ``../shared/data/conflibert-cameo-train.jsonl`` (never copied into the repository).
Each record is one news sentence with ``spans`` of role ``source`` (who acts),
``target`` (who or what is acted upon) or ``both`` (joint participants), and for most
a ``class`` 0–4. Reading the tune part shows the classes group CAMEO's root codes
as the five-way ("penta") classes of the PETRARCH coders do, not as the quad classes
of GDELT: 0 public statements and appeals (01–02), 1 intent, consultation and
diplomatic cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict
(09 investigate, 10–13, and 16 reduce relations), 4 material conflict (14 protest,
15, 17–20). The evidence, counted on the tune part over the main events annalyst
emits with those roots: 16 (sanctions, expulsions, aid cut off) has class 3 in 46 of
47 sentences, 09 in 8 of 8, 14 in 2 of 2 (5 of 9 over all events). Until 2026-12-05
this module read the quad classes (09 as 2, 14 as 3, 16 as 4), which counted those
events wrong whatever annalyst did.

The gate reports the held-aside fifth (``public.records(..., "report")``); the
``__main__`` listing of disagreements reads only the tune part.

What is scored, per sentence, from every event annalyst emits for it:

* **source spans**: predicted spans are the words of the events' actors; **target
  spans**: the words of their recipients. An actor's words are the offsets annalyst
  gives (``start``/``end`` on the actor), falling back to the first occurrence of its
  ``text`` in the sentence; for a pronoun, the words of the antecedent it was resolved
  to (``ref_start``/``ref_end``) count too, as they name the same actor. A predicted span matches a gold span when they share a
  content word (token overlap; determiners, prepositions and punctuation don't
  count). Gold ``both`` spans belong to either side: a predicted actor or recipient
  on one is a hit on that side, and a ``both`` span counts once in recall, on the
  side where it was found (on the source side when neither found it).
  Precision = predicted spans that match / predicted spans; recall = gold spans
  matched / gold spans; F1 from both, micro-averaged over sentences.
* ``main_source_*`` / ``main_target_*``: the same, scored on the sentence's main event
  only — the one a coder codes (a main predicate, see issue 8): among the events that
  name who acts, the one whose trigger is highest in the parse. Each sentence of the set
  is annotated with one event, so the all-events figures above also count as wrong the
  actors and recipients of further events that are right but were not annotated
  ("… even as the Kurds said Baghdad's forces had attacked their fighters"); these
  figures do not, and ``events_per_sentence`` keeps the over-generation in view.
* **class**: ``class_recall`` = share of sentences with a known class where some
  emitted event has that class; ``class_precision`` = share of emitted events (in
  sentences with a known class) whose class is the gold one; ``class_main_accuracy``
  = share where the main event (the one highest in the parse) has it.
* ``events_per_sentence``: the mean number of events emitted per sentence (a coder
  codes one), and ``sentence_recall``: share of sentences with at least one event.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.language import Language

import public

NAME = "conflibert-cameo-train.jsonl"
_WORD = re.compile(r"\w+", re.UNICODE)
_FUNCTION_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "and",
    "its",
    "their",
    "his",
    "her",
    "s",
}


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from annalyst.nlp.pipeline import build_pipeline

    return build_pipeline()


def cameo_class(cameo: str | None) -> int | None:
    """The 0–4 class of a CAMEO code (see the module docstring)."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13 or root == 16:
        return 3
    return 4


def _content_words(text: str, start: int, end: int) -> set[int]:
    """Character offsets of the content words inside [start, end)."""
    out = set()
    for m in _WORD.finditer(text, start, end):
        if m.group().casefold() not in _FUNCTION_WORDS:
            out.add(m.start())
    return out


def _actor_span(actor: dict[str, Any], text: str) -> tuple[int, int] | None:
    start, end = actor.get("start"), actor.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    words = str(actor.get("text") or actor.get("name") or "")
    found = text.find(words) if words else -1
    if found < 0:
        return None
    return found, found + len(words)


def predict(records: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The events of each sentence, each with the ``depth`` of its trigger in the parse
    (0 for the root), so that the main event can be told apart."""
    from annalyst.nlp.syntax import depth

    nlp = _nlp()
    texts = [r["text"] for r in records]
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        events = []
        for event in doc._.events or []:
            span = doc.char_span(event["trigger_start"], event["trigger_start"] + 1, "expand")
            level = min((depth(t) for t in span), default=0) if span is not None else 0
            events.append(dict(event, depth=level))
        out.append(events)
    return out


class Scores:
    """Running counts for span and class figures."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add_sentence(self, record: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
        """Score one sentence; returns what was missed and what was wrong (for listings)."""
        text = record["text"]
        gold = {
            role: [
                (s["start"], s["end"], _content_words(text, s["start"], s["end"]))
                for s in record["spans"]
                if s["role"] == role
            ]
            for role in ("source", "target", "both")
        }
        predicted: dict[str, list[tuple[int, int, set[int]]]] = {"source": [], "target": []}
        for event in events:
            for side, key in (("source", "actors"), ("target", "recipients")):
                for actor in event.get(key) or []:
                    span = _actor_span(actor, text)
                    if span is None:
                        continue
                    words = _content_words(text, *span)
                    if isinstance(actor.get("ref_start"), int):
                        # a pronoun: the antecedent it names is the same actor's words
                        words |= _content_words(text, actor["ref_start"], actor["ref_end"])
                    entry = (span[0], span[1], words)
                    if words and entry not in predicted[side]:
                        predicted[side].append(entry)
        found_both: set[int] = set()
        report: dict[str, Any] = {"wrong": [], "missed": []}
        for side in ("source", "target"):
            own = gold[side]
            for start, end, words in predicted[side]:
                self.counts[f"{side}_pred"] += 1
                if any(words & g[2] for g in own):
                    self.counts[f"{side}_tp_pred"] += 1
                elif any(words & g[2] for g in gold["both"]):
                    self.counts[f"{side}_tp_pred"] += 1
                    found_both.update(i for i, g in enumerate(gold["both"]) if words & g[2])
                else:
                    report["wrong"].append((side, text[start:end]))
            for start, end, words in own:
                self.counts[f"{side}_gold"] += 1
                if any(words & p[2] for p in predicted[side]):
                    self.counts[f"{side}_tp_gold"] += 1
                else:
                    report["missed"].append((side, text[start:end]))
        for i, (start, end, words) in enumerate(gold["both"]):
            side = "source"
            if i in found_both:
                hit_source = any(words & p[2] for p in predicted["source"])
                side = "source" if hit_source else "target"
                self.counts[f"{side}_tp_gold"] += 1
            else:
                report["missed"].append(("both", text[start:end]))
            self.counts[f"{side}_gold"] += 1
        self.counts["sentences"] += 1
        self.counts["events"] += len(events)
        self.counts["with_event"] += bool(events)
        wanted = record.get("class")
        if wanted is not None:
            classes = [cameo_class(e.get("cameo")) for e in events]
            self.counts["class_sentences"] += 1
            self.counts["class_recall_hits"] += wanted in classes
            self.counts["class_events"] += len(classes)
            self.counts["class_event_hits"] += sum(c == wanted for c in classes)
            main = _main_event(events)
            self.counts["class_main_hits"] += (
                main is not None and cameo_class(main.get("cameo")) == wanted
            )
            report["class"] = (wanted, classes)
        return report

    def figures(self) -> dict[str, float]:
        c = self.counts

        def ratio(a: str, b: str) -> float:
            return c[a] / c[b] if c[b] else 0.0

        out: dict[str, float] = {}
        for side in ("source", "target"):
            p = ratio(f"{side}_tp_pred", f"{side}_pred")
            r = ratio(f"{side}_tp_gold", f"{side}_gold")
            out[f"{side}_precision"] = p
            out[f"{side}_recall"] = r
            out[f"{side}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        out["class_recall"] = ratio("class_recall_hits", "class_sentences")
        out["class_precision"] = ratio("class_event_hits", "class_events")
        out["class_main_accuracy"] = ratio("class_main_hits", "class_sentences")
        out["sentence_recall"] = ratio("with_event", "sentences")
        # Not a share: a gate floor on it would be meaningless, so it is reported only.
        out["events_per_sentence"] = ratio("events", "sentences")
        return out


def _main_event(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event a coder would code: a codable one (it names who acts) whose trigger is
    highest in the parse, the earliest of equals."""
    if not events:
        return None
    return min(
        events,
        key=lambda e: (not e.get("actors"), e.get("depth", 0), e.get("trigger_start", 0)),
    )


def evaluate(part: public.Part) -> tuple[dict[str, float], list[tuple[dict[str, Any], Any, Any]]]:
    records = list(public.records(NAME, part))
    scores = Scores()
    main = Scores()
    listing = []
    for record, events in zip(records, predict(records), strict=True):
        listing.append((record, events, scores.add_sentence(record, events)))
        chosen = _main_event(events)
        main.add_sentence(record, [chosen] if chosen is not None else [])
    figures = scores.figures()
    for key, value in main.figures().items():
        if key.startswith(("source_", "target_")):
            figures[f"main_{key}"] = value
    return figures, listing


def task_conflibert_report() -> dict[str, float] | None:
    if not public.available(NAME):
        return None
    figures, _ = evaluate("report")
    return figures


def _show(listing: list[tuple[dict[str, Any], Any, Any]], only: str | None) -> None:
    for record, events, report in listing:
        if not report["missed"] and not report["wrong"] and only != "all":
            continue
        if only == "class" and report.get("class", (0, [0]))[0] in report.get("class", (0, []))[1]:
            continue
        print("\n" + record["text"])
        for s in record["spans"]:
            print(f"   gold {s['role']:7s} {s['text']!r}")
        for e in events:
            actors = [a.get("text") for a in e.get("actors") or []]
            recipients = [a.get("text") for a in e.get("recipients") or []]
            print(
                f"   pred {e['event_type']:9s} {e.get('trigger_text') or e['trigger']!r:22s} "
                f"{actors} -> {recipients} [{e['status']}] c{cameo_class(e.get('cameo'))}"
            )
        if "class" in report:
            print(f"   class gold {report['class'][0]} pred {report['class'][1]}")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else None
    result, rows = evaluate("tune")
    if mode != "quiet":
        _show(rows, mode)
    for key, value in sorted(result.items()):
        print(f"{key:22s} {value:.4f}")
