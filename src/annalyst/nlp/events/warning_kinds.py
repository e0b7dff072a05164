"""What a warning is: a threat of harm the warner would do, an allegation that another
named side is doing something, or a forecast. The lexicon reads "warned" as a bare
threat; the clause it announces decides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.syntax import logical_subjects
from annalyst.nlp.syntax_words import COMMENTATORS

# A warning threatens when the clause it announces has the warner act ("warned that
# it would respond"); refusals to tolerate are threats whoever says them.
_FIRST_PERSON = {"i", "we", "me", "us"}
_PERSONAL = {"it", "they", "he", "she", *_FIRST_PERSON}
_NOT_TOLERATING = {"tolerate", "allow", "accept", "permit", "hesitate"}
# Standing by, which a side says it will not do ("would not stand idle", "will not
# remain silent"): a refusal to tolerate too.
_STANDING_BY = {"stand", "remain", "sit", "stay"}
_IDLE = {"idle", "idly", "by", "silent", "passive", "still", "neutral", "indifferent"}
# What the warned side is told it will undergo: "would pay for this crime", "will regret",
# "would face severe punishment"
_MADE_TO_SUFFER = {"pay", "regret"}
_PENALTIES = {"punishment", "consequence", "retaliation", "reprisal", "revenge", "retribution"}
_OWN_SIDE = {"his", "her", "its", "their", "our", "my"}
# Named sides a warning can be about ("warned that the US is sending fighters")
_SIDES = {"GPE", "NORP", "ORG", "PERSON"}


def warning_reading(
    draft: _Draft, mentions: Mapping[int, ResolvedMention] | None = None
) -> str | None:
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
    if draft.entry.type != "THREATEN" or token.lemma_.lower() != "warn":
        return None
    own = {t.i for a in draft.actors for t in _actor_tokens(token.doc, a)}
    if foretells_another(token, mentions, own):
        # "Iran may retaliate against US interests, analysts warn": what another side
        # might do is foretold, whatever harm or condition it names
        return "forecast"
    if draft.entry.mode:
        return None
    named_other = False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "against":
            return None
        if child.dep_ == "xcomp":
            return None
        if child.dep_ != "ccomp":
            continue
        warned = any(c.dep_ in ("dobj", "obj") for c in token.children)
        if child.lemma_.lower() in _MADE_TO_SUFFER or (warned and _ends_badly(child)):
            return None  # ("warned Venezuela that … would end badly for it")
        for word in child.subtree:
            if word.dep_ in ("nsubj", "nsubjpass") and word.head.i == child.i:
                if (word.lower_ in _PERSONAL and word.text != "US") or word.i in own:
                    return None
                if _same_country(token, word, mentions):
                    return None  # "Egyptian officials warned that Cairo may cut off gas"
                if any(c.dep_ == "poss" and c.lower_ in _OWN_SIDE for c in word.children):
                    return None  # "his forces would target the ships"
                named_other = named_other or any(
                    w.ent_type_ in _SIDES and w.i not in own for w in _subject_words(word)
                )
            if word.lemma_.lower() in _PENALTIES:
                return None
            if word.dep_ == "mark" and word.lower_ in ("if", "unless"):
                return None  # a condition: "no oil would leave the Gulf if …"
            standing_by = word.lemma_.lower() in _STANDING_BY and any(
                c.lower_ in _IDLE for c in word.children
            )
            if (word.lemma_.lower() in _NOT_TOLERATING or standing_by) and any(
                c.dep_ == "neg" for c in word.children
            ):
                return None
    return "allegation" if named_other else "forecast"


_POSSIBLY = {"may", "might", "could"}
# How a warning says the warned side will come off ("would end badly for the government",
# "would cost it dearly").
_BADLY = {"badly", "dearly", "disastrously", "tragically"}


def _ends_badly(clause: Token) -> bool:
    """ "further provocations would end badly for the Maduro government", "it will cost
    them dearly": the warned side is told it will suffer."""
    return clause.lemma_.lower() in ("end", "cost", "backfire") and (
        clause.lemma_.lower() == "backfire" or any(c.lower_ in _BADLY for c in clause.children)
    )


def foretells_another(
    warning: Token,
    mentions: Mapping[int, ResolvedMention] | None = None,
    own: set[int] | None = None,
) -> bool:
    """The warning announces that a named side other than the warner, and not of the
    warner's country, may act (``own``: the warner's words, by default those of the
    warning's subjects)."""
    if warning.lemma_.lower() != "warn":
        return False
    if any(s.lemma_.lower() in COMMENTATORS for s in logical_subjects(warning)):
        return True  # "the militia could strike at any time, analysts warned": no party
    if own is None:
        own = {t.i for s in logical_subjects(warning) for t in s.subtree}
    for clause in (c for c in warning.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.lower_ in _POSSIBLY for c in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            words = _subject_words(subject)
            if subject.lower_ in _PERSONAL or any(w.i in own for w in words):
                return False
            if _same_country(warning, subject, mentions):
                return False
            if any(w.ent_type_ in _SIDES for w in words):
                return True
    return False


def _same_country(
    warning: Token, subject: Token, mentions: Mapping[int, ResolvedMention] | None
) -> bool:
    """The subject of the announced clause is of the warner's country ("Egyptian
    officials warned that Cairo …")."""
    if not mentions:
        return False

    def countries(words: Iterable[Token]) -> set[str]:
        found = set()
        for word in words:
            mention = mentions.get(word.i)
            country = mention.actor.get("country") if mention and mention.actor else None
            if isinstance(country, str) and country:
                found.add(country)
        return found

    warners = countries(w for s in logical_subjects(warning) for w in s.subtree)
    return bool(warners & countries(_subject_words(subject)))


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
