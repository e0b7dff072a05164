"""The claims ledger of an incident: who asserts, claims, denies or speculates about it.

Each report of the incident becomes one line: the stance its status gives
(an outlet reporting the act in its own voice *asserts* it; a report inside a
quote or "according to X" is X's *claim*; a negated report is a *denial*; a
hypothetical or future one is *speculation* or an *expectation*), who takes it
(the claimant when there is one, else the outlet), and the quote that carries
it, found by where the report's sentence lies in the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec

from annalyst.schema import ActorRef, Event, Quote

STANCES = {
    "asserted": "asserts",
    "claimed": "claims",
    "negated": "denies",
    "hypothetical": "speculates",
    "future": "expects",
}


class LedgerEntry(msgspec.Struct, kw_only=True):
    stance: str
    by: ActorRef | None  # the claimant, when the report names one
    by_text: str  # the claimant's name, or the outlet speaking in its own voice
    outlet: str | None
    article_id: str
    published: str | None
    event_id: str
    status: str
    sentence: str
    quote_id: str | None = None
    quote: str | None = None


def _quote_for(event: Event, quotes: Iterable[Quote]) -> Quote | None:
    start = event.sentence_start
    end = start + len(event.sentence)
    best: tuple[int, Quote] | None = None
    for quote in quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, quote)
    return best[1] if best else None


def build_ledger(
    events: Iterable[Event],
    articles: Mapping[str, tuple[str | None, str | None]],
    quotes: Mapping[str, list[Quote]],
) -> list[LedgerEntry]:
    """Ledger lines of an incident's events; `articles` gives (published, outlet) by id."""
    entries = []
    for event in events:
        published, outlet = articles.get(event.article_id, (None, None))
        quote = _quote_for(event, quotes.get(event.article_id, []))
        by = event.claimed_by or (quote.speaker if quote is not None else None)
        if event.status == "asserted":
            by = None  # the outlet's own voice
        by_text = by.name if by is not None else (outlet or "the article")
        entries.append(
            LedgerEntry(
                stance=STANCES.get(event.status, event.status),
                by=by,
                by_text=by_text,
                outlet=outlet,
                article_id=event.article_id,
                published=published,
                event_id=event.id,
                status=event.status,
                sentence=event.sentence,
                quote_id=quote.id if quote is not None else None,
                quote=quote.text if quote is not None else None,
            )
        )
    entries.sort(key=lambda e: (e.published or "9999", e.article_id, e.event_id))
    return entries
