"""What the quote layer read that the event layer takes up: the speaker a "he" stands
for where he speaks, and the bounds of a direct quotation an act is told in."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.events.words import _with_words


def speaker_read_at(pronoun: Token) -> dict[str, Any] | None:
    """The person the quote layer reads a "he" or "she" as, where the pronoun speaks or
    judges in a quote of its own ("He also criticized the mercenaries …" after what
    Nasrallah said): the speaker it resolved across the paragraphs before."""
    if pronoun.lower_ not in ("he", "she") or not Doc.has_extension("quotes"):
        return None
    for quote in pronoun.doc._.quotes or []:
        speaker = quote.get("speaker") if isinstance(quote, dict) else None
        if (
            isinstance(speaker, dict)
            and speaker.get("type") == "person"
            and quote.get("speaker_start") == pronoun.idx
        ):
            end = pronoun.idx + len(pronoun)
            return _with_words(dict(speaker), pronoun.doc, pronoun.idx, end)
    return None


def outside_its_quotation(trigger: Token, doer: Token) -> bool:
    """Whether a doer word stands outside the direct quotation the act is told in: "he
    wondered: 'Isn't the US the side behind banning the banks?'" bans nothing of his;
    the parser only climbed out of the quotation to his verb."""
    if not Doc.has_extension("quotes"):
        return False
    for quote in trigger.doc._.quotes or []:
        if not isinstance(quote, dict) or quote.get("type") != "direct":
            continue
        start, end = int(quote.get("start", -1)), int(quote.get("end", -1))
        if start <= trigger.idx < end:
            return not start <= doer.idx < end
    return False
