"""An event's status: negated, hypothetical, future, claimed (inside a quote, a reported
clause or "according to X", with who claims it) or asserted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.syntax import _SUBJECT_DEPS, _ancestors

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_MODAL_AUX = {"would", "could", "might", "may", "should"}
_INTENT_VERBS = {
    "plan",
    "intend",
    "vow",
    "pledge",
    "aim",
    "prepare",
    "threaten",
    "promise",
    "seek",
    "want",
    "expect",
    "hope",
    "decide",
    "agree",
    "consider",
    "propose",
}
_NEG_GOVERNORS = {"deny", "refute", "dismiss", "reject"}
_NEG_WORDS = {"not", "n't", "never", "no"}
_REPORT_VERBS = {
    "say",
    "tell",
    "claim",
    "state",
    "announce",
    "report",
    "allege",
    "add",
    "confirm",
    "reveal",
    "insist",
    "assert",
    "maintain",
    "warn",
    "stress",
    "note",
    "argue",
    "accuse",
    "write",
    "tweet",
    "declare",
    "explain",
    "believe",
    "suggest",
    "indicate",
    "acknowledge",
    "admit",
    "describe",
    "charge",
}


_ALLEGED = {"reportedly", "allegedly", "purportedly", "supposedly"}


def _status(
    draft: _Draft, quotes: Sequence[dict[str, Any]], mentions: dict[int, ResolvedMention]
) -> None:
    token = draft.trigger
    chain = list(_ancestors(token))
    # Negation on the trigger or the verb it depends on, or under "deny".
    verb = (
        token
        if token.pos_ in ("VERB", "AUX")
        else next((t for t in chain if t.pos_ == "VERB"), token)
    )
    if (
        any(c.lower_ in _NEG_WORDS and c.dep_ == "neg" for c in verb.children)
        or any(c.dep_ == "neg" for c in token.children)
        or any(t.lemma_.lower() in _NEG_GOVERNORS for t in chain[:3])
    ):
        draft.status = "negated"
    elif _conditional(verb):
        draft.status = "hypothetical"
    elif _future(verb, chain):
        draft.status = "future"
    # Claims: inside a quote, a clause reported by someone, or "according to".
    for quote in quotes:
        if quote.get("start", 0) <= token.idx < quote.get("end", 0):
            draft.claimed_by = quote.get("speaker") or None
            if draft.status == "asserted":
                draft.status = "claimed"
            return
    for ancestor in chain:
        if ancestor.lemma_.lower() in _REPORT_VERBS and ancestor.pos_ in ("VERB", "AUX"):
            speaker = next((c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS), None)
            found = _resolve_args([speaker], mentions) if speaker is not None else []
            draft.claimed_by = found[0] if found else None
            if draft.status == "asserted":
                draft.status = "claimed"
            return
    sent = token.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            source = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            found = _resolve_args(source, mentions)
            draft.claimed_by = found[0] if found else None
            if draft.status == "asserted":
                draft.status = "claimed"
            return
    if draft.status == "asserted" and any(c.lower_ in _ALLEGED for c in verb.children):
        draft.status = "claimed"


def _conditional(verb: Token) -> bool:
    if any(c.lower_ in _MODAL_AUX and c.dep_ == "aux" for c in verb.children):
        return any(t.lower_ in ("if", "unless") for t in verb.sent)
    for ancestor in [verb, *_ancestors(verb)][:3]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in ancestor.children):
            return True
    return False


def _future(verb: Token, chain: Sequence[Token]) -> bool:
    if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in verb.children):
        return True
    # "will send a delegation to meet …": a purpose or coordinated clause shares the tense.
    if (
        verb.dep_ in ("xcomp", "advcl", "conj")
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        head = verb.head
        if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in head.children):
            return True
    if any(c.lower_ == "going" for c in verb.children) or (
        verb.head.lower_ == "going" and verb.dep_ == "xcomp"
    ):
        return True
    # "plans to strike", "vowed to retaliate": an intended act.
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT_VERBS
