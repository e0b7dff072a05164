"""When an event happened: the time expression that governs one of its trigger words
(or the clause a when-clause depends on), or a date shifted from an earlier event of
the article ("two days after the attack"). With no such expression the date stays null.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from spacy.tokens import Doc

from annalyst.knowledge.events import EventLexicon
from annalyst.nlp.events.draft import _Draft


def _find_times(doc: Doc, published: date | None) -> list[Any]:
    try:
        from annalyst.nlp.time import find_times
    except ImportError:  # the time module ships with the events stage
        return []
    return list(find_times(doc, published))

    return None


def _time(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> None:
    if not times:
        return
    from annalyst.nlp.time import time_for

    found = None
    for token in [draft.trigger, *[t for t in draft.tokens if t is not draft.trigger]]:
        # "killed three years ago in a US drone strike": any word of the action dates it.
        found = time_for(doc, token, times)
        if found is not None:
            break
    if found is None:
        # "escaped unharmed early on Sunday when a drone struck his residence": a
        # when-clause happens at the time of the clause it depends on.
        verb = draft.trigger if draft.trigger.pos_ in ("VERB", "AUX") else None
        if (
            verb is not None
            and verb.dep_ == "advcl"
            and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in verb.children)
        ):
            found = time_for(doc, verb.head, times)
    if found is None:
        return
    anchor = getattr(found, "anchor", None)
    if anchor is not None and found.date is None:
        # "two days after the attack": the date of that earlier event, shifted.
        from annalyst.nlp.time import resolve_anchor

        head = doc.char_span(anchor.anchor_start, anchor.anchor_end, alignment_mode="expand")
        for other in reversed(earlier):
            if not other.date or other.date_precision is None:
                continue
            inside = any(anchor.anchor_start <= t.idx < anchor.anchor_end for t in other.tokens)
            same_word = head is not None and head.root.lemma_ in {t.lemma_ for t in other.tokens}
            same_kind = head is not None and any(
                e.type == other.entry.type for e in lexicon.by_lemma(head.root.lemma_, "NOUN")
            )
            if inside or same_word or same_kind:
                shifted = resolve_anchor(anchor, other.date, other.date_precision)  # type: ignore[arg-type]
                if shifted is not None:
                    draft.date, draft.date_precision = shifted
                    draft.date_text = found.text
                return
        return
    if found.date is None:
        return
    draft.date = found.date
    draft.date_precision = found.precision
    draft.date_text = found.text
