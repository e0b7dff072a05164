"""Acts told again: a definite mention of an act already told ("The meeting took place
on Saturday") gives its own date to that act and joins its words (:func:`restated`,
:func:`retold`), as a toll told after an attack (:func:`tolled`) and an act the doer
"went on" with do, rather than standing as second events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from annalyst.knowledge.events import EventLexicon
from annalyst.nlp.events.carriers import responsibility_verb
from annalyst.nlp.events.dating import _LATER_ON, _sentences_between, _time
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.time.words import _words

# "the meeting took place on Saturday", "the offensive began in May"
_HAPPENING = _words("take happen occur unfold come begin start end")


def _dated_itself(doc: Doc, draft: _Draft, times: Sequence[Any]) -> bool:
    """Whether a mention's date is written on the mention itself: inside its phrase ("the
    strike on Monday") or on the verb that tells when it happened ("the meeting took
    place on Saturday") or on the word it shares its time with ("held the meeting on
    Saturday"), not on another act of its clause."""
    from annalyst.nlp.time.attach import _level
    from annalyst.nlp.time.governing import governing_word
    from annalyst.nlp.time.syntax import _attachment

    trigger = draft.trigger
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    for te in times:
        if te.text != draft.date_text or te.date != draft.date:
            continue
        if lo <= te.start < hi:
            return True
        attach = _attachment(doc, te.start, te.end)
        governor = governing_word(trigger)
        if attach is None or governor is None or _level(governor, attach) is None:
            continue  # (the date may hang on a plain word of the governor's clause: "took
            # place at the residence on Saturday")
        if trigger.dep_ not in ("nsubj", "nsubjpass") or governor.lemma_.lower() in _HAPPENING:
            return True  # ("held the meeting on Saturday", "was the architect of ...")
    return False


# Nouns that name any assault told before ("the operation", "the attack").
_ANY_ATTACK = frozenset({"operation", "attack", "assault", "incident"})


def _named_alike(act: _Draft, mention: _Draft) -> bool:
    """Whether "the [noun]" can name an act told before: told with a word of the noun's
    stem ("met" / "the meeting", "invaded" / "the invasion"), or with a noun of the same
    kind ("held talks" / "the meeting"; not "the visit" / "the meeting", nor "fought for
    years" / "the incursion")."""
    lemma = mention.trigger.lemma_.lower()
    if lemma in _ANY_ATTACK and act.entry.type == mention.entry.type == "ASSAULT":
        return True  # "… had killed five militants. The operation took place on Wednesday"
    for token in act.tokens:
        other = token.lemma_.lower()
        if len(other) >= 4 and other[:4] == lemma[:4]:
            return True
    return act.trigger.pos_ in ("NOUN", "PROPN") and act.entry.mode == mention.entry.mode


def restated(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether a definite mention of an act already reported ("the meeting", "the
    strike") only tells that act again. A mention that states no date of its own does. One
    dated as an earlier act of its type is that act; one dated right after an undated act
    of its type told in the sentences just before gives that act its date ("X and Y held
    talks. The meeting took place on Saturday."); the mention's words join the act's.
    A mention dated otherwise names an act of its own ("the 2014 offensive") and stays.
    """
    _time(doc, draft, times, earlier, lexicon)
    if draft.date is None:
        return True
    same = [e for e in earlier if e.entry.type == draft.entry.type]
    for other in reversed(same):
        if other.date == draft.date and other.date_precision == draft.date_precision:
            other.take_words(draft)
            return True
    if not _dated_itself(doc, draft, times):
        return True  # the date is another act's ("the strikes were not in retaliation for
        # the killing on 8 March")
    return _dates_the_act_before(draft, earlier, same_word=True)


# Statuses of acts that took place (or are said to have).
_DONE = frozenset({"asserted", "claimed"})


def _dates_the_act_before(
    draft: _Draft, earlier: Sequence[_Draft], within: int = 2, same_word: bool = False
) -> bool:
    """Fold a dated mention into the undated act of its type and name told in the
    ``within`` sentences before, which takes the mention's date (True when folded). With
    ``same_word``, an undated act told earlier with the mention's very word ("held a
    historic meeting" ... "The meeting took place on Saturday") is that act wherever it
    was told."""
    # (not an act only planned or denied: "was planning attacks … confessed to the
    # killing of two soldiers last year" is another act)
    same = [e for e in earlier if e.entry.type == draft.entry.type and e.status in _DONE]
    last = same[-1] if same else None
    if not (
        last is not None
        and last.date is None
        and _sentences_between(last.trigger, draft.trigger) <= within
        and _named_alike(last, draft)
    ):
        lemma = draft.trigger.lemma_.lower()
        last = next(
            (
                e
                for e in reversed(same)
                if same_word and e.date is None and lemma in {t.lemma_.lower() for t in e.tokens}
            ),
            None,
        )
    if last is None:
        return False
    last.date, last.date_precision, last.date_text = (
        draft.date,
        draft.date_precision,
        draft.date_text,
    )
    last.take_words(draft)
    return True


def retold(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether a definite mention with its own participants ("Its leader issued the call
    on Tuesday") only dates the act of its name told in the sentence before ("X has
    called for ..."): then that act takes the date and the mention's words (True). Otherwise the
    mention stays an act of its own (its date is already set)."""
    _time(doc, draft, times, earlier, lexicon)
    if draft.date is None or not _dated_itself(doc, draft, times):
        return False
    return _dates_the_act_before(draft, earlier, within=1)


# Prepositions by which an act names its own target ("the attack on X").
_AIMING = {"on", "against", "upon"}


def tolled(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether a definite mention with no doer of its own only adds whom an act told in
    the sentences just before reached ("Militants attacked a checkpoint on Sunday. The
    attack killed five soldiers"): then the act takes its participants and words (True).
    One with a date other than the act's names an act of its own."""
    if draft.actors or not draft.recipients or draft.trigger.pos_ != "NOUN":
        return False
    same = [
        e
        for e in earlier
        if e.entry.type == draft.entry.type
        and e.trigger.i < draft.trigger.i
        and e.actors
        and 1 <= _sentences_between(e.trigger, draft.trigger) <= 2
    ]
    if not same:
        return False
    told = same[-1]
    told_ids = {str(r.get("id")) for r in told.recipients}
    aimed = [c for c in draft.trigger.children if c.dep_ == "prep" and c.lower_ in _AIMING]
    if aimed and told_ids and not told_ids & {str(r.get("id")) for r in draft.recipients}:
        return False  # "the attack on the PMU headquarters" after attacks on US interests
    return _join_on_the_same_day(doc, draft, told, times, earlier, lexicon)


# Acts whose next sentence often goes on with the same deed: an attack and its toll.
_TOLD_ON_TYPES = {"ASSAULT", "COERCE", "PROTEST"}


def went_on(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether a clause only goes on with the act just told by the same doers, named
    again by a pronoun or a description ("Islamic State attacked a village on Friday.
    The group killed at least 30 civilians"): then that act takes its participants and
    words (True). A clause with a date of its own, or in another tense, tells another
    act, and so does another kind of coercion ("imposed a curfew. It also arrested …")."""
    verb = draft.trigger
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBD":
        return False
    if draft.entry.type not in _TOLD_ON_TYPES:
        return False  # (a visit and then a meeting are two acts of one trip)
    main = verb.head if verb.dep_ == "conj" else verb
    if not (main.dep_ == "ROOT" or (main.dep_ == "ccomp" and main.head.dep_ == "ROOT")):
        return False  # (a main clause, or one a report tells: ", the mayor said")
    referring = [a for a in draft.actors if "ref_start" in a]
    if not referring or len(referring) != len(draft.actors):
        return False
    ids = {str(a.get("id")) for a in referring}
    told = next(
        (
            e
            for e in reversed(earlier)
            if e.entry.type == draft.entry.type
            and (e.entry.type == "ASSAULT" or e.entry.cameo[:3] == draft.entry.cameo[:3])
            and e.trigger.i < verb.i
            and _sentences_between(e.trigger, verb) == 1
            and ids <= {str(a.get("id")) for a in e.actors}
        ),
        None,
    )
    if told is None or any(c.lower_ in _LATER_ON for c in verb.children):
        return False
    return _join_on_the_same_day(doc, draft, told, times, earlier, lexicon)


def _join_on_the_same_day(
    doc: Doc,
    draft: _Draft,
    told: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Join a mention to the act it goes on with (its participants and word), unless a
    date of its own says it is another day's act."""
    _time(doc, draft, times, earlier, lexicon)
    if draft.date is not None and (draft.date, draft.date_precision) != (
        told.date,
        told.date_precision,
    ):
        return False
    told_ids = {str(r.get("id")) for r in told.recipients}
    told.recipients.extend(r for r in draft.recipients if str(r.get("id")) not in told_ids)
    told.take_words(draft)
    return True


def claimed_again(draft: _Draft, earlier: Sequence[_Draft]) -> bool:
    """Whether a definite mention of an act is a named body's claim of an act just told
    with no named doer ("Gunmen attacked a police post … The attack was claimed by the
    BLA", "The BLA claimed responsibility for the attack"): the claimant becomes that
    act's doer, on its own claim, and the mention is no act of its own."""
    token = draft.trigger
    if token.pos_ != "NOUN" or not draft.actors:
        return False
    if any(str(a.get("id") or "").startswith("~") for a in draft.actors):
        return False  # ("a jihadist group claimed responsibility": no one named; its own record)
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _NAMING_AGAIN for c in token.children):
        return False
    by_passive = token.dep_ == "nsubjpass" and token.head.lemma_.lower() == "claim"
    if not by_passive and responsibility_verb(token) is None:
        return False
    for other in reversed(earlier):
        if other.trigger.i >= token.i or _sentences_between(other.trigger, token) > 2:
            continue
        if other.entry.type != draft.entry.type or other.status not in _DONE:
            continue
        if any(not str(a.get("id") or "").startswith("~") for a in other.actors):
            return False  # the act before has a named doer: this may be another's claim
        other.actors = list(draft.actors)
        other.status = "claimed"
        other.claimed_by = dict(draft.actors[0])
        other.take_words(draft)
        return True
    return False


_NAMING_AGAIN = frozenset({"the", "this", "that", "today's", "yesterday's"})
