"""Which time expression dates an event trigger (:func:`time_for`): one attached to the
trigger or its own clause, else one it shares with the verb it depends on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from annalyst.nlp.time.dates import _COARSENESS
from annalyst.nlp.time.eventive import _eventive
from annalyst.nlp.time.model import TimeExpr
from annalyst.nlp.time.syntax import _BOUNDS, _attachment
from annalyst.nlp.time.words import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# "began / moved / tried to X on Monday": X happened then.
_ASPECTUAL: Final = _words(
    "begin start continue move manage proceed resume go try attempt seem appear fail rush hurry act"
)
# "carried out an attack on Monday": the attack happened then.
_LIGHT_VERBS: Final = _words(
    "carry launch conduct stage hold mount impose make sign reach issue announce unveil begin"
    " start resume pay deliver perform execute initiate undertake wage lead organise organize"
    " claim order approve adopt give take have suffer witness see endure"
)
# "the elections, which took place on Sunday": the relative clause dates the noun.
_HAPPEN_VERBS: Final = _words("happen occur take unfold come begin start end carry launch")
_CLAUSE_DEPS: Final = _words("advcl ccomp xcomp relcl acl csubj csubjpass parataxis conj pcomp")


def _is_clause_boundary(tok: Token) -> bool:
    return tok.dep_ in _CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX")


def _level(trigger: Token, attach: Token) -> int | None:
    """0 when the expression modifies the trigger, 1 when it sits in the trigger's clause."""
    cur = attach
    for _ in range(12):
        if cur.i == trigger.i:
            return 0 if cur.i == attach.i else 1
        head = cur.head
        # The time belongs to an event noun on the way ("condemned the strike on Monday"),
        # unless the noun is the trigger's subject ("the strike on 3 January killed ten").
        if (
            cur.pos_ in ("NOUN", "PROPN")
            and _eventive(cur)
            and not (cur.dep_ in ("nsubj", "nsubjpass") and head.i == trigger.i)
        ):
            return None
        if _is_clause_boundary(cur):
            reduced = cur.dep_ == "acl" or (cur.dep_ == "relcl" and cur.lemma_ in _HAPPEN_VERBS)
            if not (reduced and head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN")):
                return None
        if head.i == cur.i:
            return None
        cur = head
    return None


def _anchor_attachment(doc: Doc, te: TimeExpr) -> Token | None:
    """The word an event-relative phrase modifies, read from its relation word."""
    assert te.anchor is not None
    part = doc.char_span(te.start, te.anchor.anchor_start, alignment_mode="expand")
    if part is None or len(part) == 0:
        return None
    rel = part[-1]
    if rel.dep_ == "mark":
        clause = rel.head
        return None if clause.head.i == clause.i else clause.head
    cur = rel
    for _ in range(6):
        if cur.head.i == cur.i:
            return cur
        if not (part.start <= cur.head.i < part.end):
            break
        cur = cur.head
    head = cur.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head


def _entries(doc: Doc, trigger: Token, times: Sequence[TimeExpr]) -> list[tuple[TimeExpr, Token]]:
    try:
        sent = trigger.sent
        lo, hi = sent.start_char, sent.end_char
    except ValueError:
        lo, hi = 0, 1 << 62
    out: list[tuple[TimeExpr, Token]] = []
    for te in times:
        if te.start <= trigger.idx < te.end or te.end <= lo or te.start >= hi:
            continue
        if (te.preposition or "").lower() in _BOUNDS:
            continue
        attach = (
            _anchor_attachment(doc, te)
            if te.anchor is not None
            else _attachment(doc, te.start, te.end)
        )
        if attach is not None:
            out.append((te, attach))
    return out


def _governing(
    trigger: Token, entries: list[tuple[TimeExpr, Token]], max_level: int = 1
) -> list[tuple[int, TimeExpr, Token]]:
    found: list[tuple[int, TimeExpr, Token]] = []
    for te, attach in entries:
        level = _level(trigger, attach)
        if level is not None and level <= max_level:
            found.append((level, te, attach))
    return found


def _rank(trigger: Token, item: tuple[int, TimeExpr, Token]) -> tuple[int, int, int, int, int]:
    level, te, attach = item
    resolved = 0 if te.date is not None else 1
    anchored = 0 if te.anchor is None else 1
    coarse = _COARSENESS[te.precision] if te.precision else 3
    return (level, resolved, anchored, coarse, abs(attach.i - trigger.i))


def _same_tense(a: Token, b: Token) -> bool:
    if b.pos_ not in ("VERB", "AUX"):
        return False
    past = {"VBD", "VBN"}
    return (a.tag_ in past) == (b.tag_ in past)


def time_for(doc: Doc, trigger: Token, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The time expression that dates ``trigger``, or None when nothing in its clause does.

    An expression governs the trigger when the parse attaches it to the trigger, or to a
    word of the trigger's own clause that is not another event noun (a date on "the
    strike" in "Iran condemned the strike on Monday" is the strike's, not the
    condemnation's; the subject's is shared: "the strike on 3 January killed ten").
    Without one of its own, a trigger shares the expression of the verb it depends on
    when it is that verb's subject ("the attack took place on Monday") or the object of a
    light verb ("carried out an attack on Monday"), of the verb it complements after
    "began / moved / tried to ...", or of a conjoined verb of the same tense ("stormed
    and seized the base on Monday"). Bounding expressions ("before 2020") never govern.
    Several candidates: the closest attachment wins, then a resolved date, then a date
    the text states over one computed from an anchor, then the finer precision, then the
    nearer word.
    """
    entries = _entries(doc, trigger, times)
    if not entries:
        return None
    own = _governing(trigger, entries)
    if own:
        return min(own, key=lambda item: _rank(trigger, item))[1]
    head = trigger.head
    inherited: list[tuple[int, TimeExpr, Token]] = []
    if head.i != trigger.i:
        share = False
        if trigger.pos_ in ("NOUN", "PROPN"):
            share = trigger.dep_ in ("nsubj", "nsubjpass") or (
                trigger.dep_ in ("dobj", "attr") and head.lemma_.lower() in _LIGHT_VERBS
            )
        else:
            share = (trigger.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in _ASPECTUAL) or (
                trigger.dep_ == "conj" and _same_tense(trigger, head)
            )
        if share:
            inherited = _governing(head, entries)
    if not inherited and trigger.pos_ in ("VERB", "AUX"):
        # a time written after the last of conjoined verbs that share a subject
        for child in trigger.children:
            if (
                child.dep_ == "conj"
                and _same_tense(trigger, child)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            ):
                inherited.extend(
                    item
                    for item in _governing(child, entries, max_level=0)
                    if item[1].start >= child.idx
                )
    if inherited:
        return min(inherited, key=lambda item: _rank(trigger, item))[1]
    return None
