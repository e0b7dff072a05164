"""What a warning is: a threat of harm the warner would do, an allegation that another
named side is doing something, or a forecast. The lexicon reads "warned" as a bare
threat; the clause it announces decides."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.events.draft import _Draft

# A warning threatens when the clause it announces has the warner act ("warned that
# it would respond"); refusals to tolerate are threats whoever says them.
_FIRST_PERSON = {"i", "we", "me", "us"}
_PERSONAL = {"it", "they", "he", "she", *_FIRST_PERSON}
_NOT_TOLERATING = {"tolerate", "allow", "accept", "permit", "hesitate"}
# What the warned side is told it will undergo: "would pay for this crime", "will regret",
# "would face severe punishment"
_MADE_TO_SUFFER = {"pay", "regret"}
_PENALTIES = {"punishment", "consequence", "retaliation", "reprisal", "revenge", "retribution"}
_OWN_SIDE = {"his", "her", "its", "their", "our", "my"}
# Named sides a warning can be about ("warned that the US is sending fighters")
_SIDES = {"GPE", "NORP", "ORG", "PERSON"}


def warning_reading(draft: _Draft) -> str | None:
    """What a warning the lexicon read as a bare threat is: ``None`` for a threat, harm
    the warner says it would do; ``"allegation"`` for a warning that another named side
    is doing something ("warned that the US is sending fighters to Ukraine"); ``"forecast"``
    for one that only foretells ("warned that prices would rise", "warned of a famine",
    "warned the region about the base").

    It stays a threat when it is against an act ("warned against"), names a retaliation
    (the lexicon's reading with a mode), tells someone what to do ("warned Iran to
    stop"), or announces a clause whose subject may be the warner ("we", a personal
    pronoun, the warner's own words, "his forces"), a refusal to tolerate ("warned that
    it will not accept"), a price or penalty the other side will pay ("would pay for this
    crime", "would face punishment"), or a condition ("… if its exports were
    blocked")."""
    token = draft.trigger
    if draft.entry.type != "THREATEN" or draft.entry.mode or token.lemma_.lower() != "warn":
        return None
    own = {t.i for a in draft.actors for t in _actor_tokens(token.doc, a)}
    named_other = False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "against":
            return None
        if child.dep_ == "xcomp":
            return None
        if child.dep_ != "ccomp":
            continue
        if child.lemma_.lower() in _MADE_TO_SUFFER:
            return None
        for word in child.subtree:
            if word.dep_ in ("nsubj", "nsubjpass") and word.head.i == child.i:
                if (word.lower_ in _PERSONAL and word.text != "US") or word.i in own:
                    return None
                if any(c.dep_ == "poss" and c.lower_ in _OWN_SIDE for c in word.children):
                    return None  # "his forces would target the ships"
                named_other = named_other or any(
                    w.ent_type_ in _SIDES and w.i not in own for w in _subject_words(word)
                )
            if word.lemma_.lower() in _PENALTIES:
                return None
            if word.dep_ == "mark" and word.lower_ in ("if", "unless"):
                return None  # a condition: "no oil would leave the Gulf if …"
            if word.lemma_.lower() in _NOT_TOLERATING and any(
                c.dep_ == "neg" for c in word.children
            ):
                return None
    return "allegation" if named_other else "forecast"


def _subject_words(subject: Token) -> list[Token]:
    """A subject's own words and those of the subjects coordinated with it ("the US and
    NATO countries"), not words of its modifiers' clauses ("operations targeting Iran")."""
    out = []
    for head in [subject, *subject.conjuncts]:
        out.append(head)
        out.extend(c for c in head.children if c.dep_ in ("compound", "poss", "amod", "nmod"))
    return out


def _actor_tokens(doc: Doc, actor: dict[str, Any]) -> list[Token]:
    """The words an actor was read from (none when it carries no offsets)."""
    start, end = actor.get("start"), actor.get("end")
    if isinstance(start, int) and isinstance(end, int):
        span: Span | None = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return list(span)
    return []
