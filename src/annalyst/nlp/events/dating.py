"""When an event happened: the time expression that governs one of its trigger words
(or the clause a when-clause depends on), or a date shifted from another event of the
article ("two days after the attack", "five days later", "one day after warplanes
struck"). With no such expression the date stays null: the publication date is never
used by default.

A definite mention of an act already told ("The meeting took place on Saturday") gives
its own date to that act and joins it (:mod:`annalyst.nlp.events.retelling`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from annalyst.knowledge.events import EventLexicon
from annalyst.nlp.clause_shapes import message_sent, misread_past, speakers_participle
from annalyst.nlp.events.carriers import _carrier
from annalyst.nlp.events.descriptions import _previous_sentences
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.triggers import in_what_verb
from annalyst.nlp.events.words import after_the
from annalyst.nlp.syntax import is_verb, logical_objects, prep_objects
from annalyst.nlp.time.words import _words

if TYPE_CHECKING:
    from annalyst.nlp.time.model import TimeExpr
from annalyst.nlp.tokentable import token_table


def _find_times(doc: Doc, published: date | None) -> list[Any]:
    try:
        from annalyst.nlp.time import find_times
    except ImportError:  # the time module ships with the events stage
        return []
    return list(find_times(doc, published))


def _clause_verb(draft: _Draft) -> Token | None:
    """The verb of the trigger's clause: the trigger, or the verb a nominal trigger is the
    subject or object of ("launched an operation", "the strike killed")."""
    trigger = draft.trigger
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    head = trigger.head
    if (
        head.i != trigger.i
        and head.pos_ in ("VERB", "AUX")
        and trigger.dep_
        in (
            "nsubj",
            "nsubjpass",
            "dobj",
        )
    ):
        return head
    return None


def _when_clause(verb: Token | None) -> Token | None:
    """The main verb when ``verb`` heads a when / as clause ("escaped unharmed early on
    Sunday when a drone struck his residence": the strike is dated by the main clause)."""
    if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    if any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in verb.children
    ):
        return verb.head
    return None


def _after_clause(verb: Token | None) -> Token | None:
    """The main verb when ``verb`` heads an "after" clause."""
    if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return verb.head
    return None


# Verbs that make a statement: a commitment or demand told under them was made when
# they were said ("Last week the spokesman said the force would not hesitate to strike").
_SAYING = _words(
    "say tell state announce declare warn threaten vow pledge promise insist stress add"
    " affirm reaffirm emphasize emphasise underline write tweet urge demand note"
)


def _saying_verb(draft: _Draft) -> Token | None:
    """The verb under which a framed event (an intent, a demand, a refusal) was said."""
    if draft.frame is None:
        return None
    cur = draft.trigger
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("ccomp", "parataxis", "xcomp") and head.lemma_.lower() in _SAYING:
            return head
        cur = head
    return None


def _agreed_on(doc: Doc, draft: _Draft, times: Sequence[Any]) -> Any:
    """A past day written on what was agreed to dates the agreement ("agreed to a
    ceasefire on May 20"): what is agreed takes effect when it is agreed, or later, and a
    day not yet come is the settlement's own ("agreed to talks on June 10")."""
    from annalyst.ingest.dates import as_date
    from annalyst.nlp.time import time_for

    trigger = draft.trigger
    published = as_date(doc._.published) if Doc.has_extension("published") else None
    if draft.entry.type != "AGREE" or trigger.tag_ != "VBD" or published is None:
        return None
    agreed = logical_objects(trigger) + prep_objects(trigger, ("to", "on"))
    for thing in agreed:
        found = time_for(doc, thing, times)
        if (
            found is not None
            and found.date is not None
            and found.date <= published.isoformat()
            # (a day and month read back into last year is a day still ahead)
            and (found.date[:4] == str(published.year) or re.search(r"\d{4}", found.text))
        ):
            return found
    return None


# Days told relative to the day of telling, by how far from it they lie.
_TOLD_DAYS = {"overnight": 0, "yesterday": -1, "last night": -1, "today": 0, "tonight": 0}


def _from_the_reports_day(
    doc: Doc, found: TimeExpr, trigger: Token, times: Sequence[TimeExpr]
) -> TimeExpr | None:
    """A day told relative to the telling ("hit a depot overnight") counted from the day
    an inverted report gives ("…, the governor said on Monday": the night to Monday),
    not from the article's date."""
    from annalyst.nlp.time import time_for
    from annalyst.nlp.time.dates import _shift

    shift = _TOLD_DAYS.get(" ".join(found.text.lower().split()))
    report = _report_after(trigger) if shift is not None else None
    told = time_for(doc, report, times) if report is not None else None
    if told is None or told is found or told.date is None or told.precision != "day":
        return None
    moved = _shift(told.date, "day", shift or 0, "day")
    return replace(found, date=moved[0], precision="day") if moved is not None else None


def _report_after(trigger: Token) -> Token | None:
    """The saying verb of an inverted report whose words a verbal act is ("X accused Y
    of Z, his office said on Monday")."""
    cur = trigger
    for _ in range(3):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("ccomp", "parataxis", "conj"):
            return None
        if head.lemma_.lower() in _SAYING and head.i > trigger.i:
            return head
        cur = head
    return None


# Subjects by which a speaker tells of itself ("the ministry said it rejected …").
_ITSELF = frozenset({"it", "they", "he", "she", "we", "i"})


def _said_of_itself(trigger: Token) -> Token | None:
    """The saying verb under which a speaker tells of its own words as it says them ("the
    ministry said on Monday that it rejected the accusations": rejected by saying so);
    not what it had done before ("said it had rejected"), nor what others did."""
    cur = trigger
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # ("said it welcomed the plan and rejected …")
    saying = cur.head
    if cur.dep_ != "ccomp" or saying.i == cur.i or saying.lemma_.lower() not in _SAYING:
        return None
    if saying.i > trigger.i:
        return None  # (an inverted report is :func:`_report_after`'s)
    if any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in cur.children
    ):
        return None
    subjects = [c for c in cur.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in _ITSELF:
        return None
    return saying


def _sentence_before(sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def _same_participants(a: _Draft, b: _Draft) -> bool:
    """A participant in the same role: the killing of Soleimani is restated by a strike
    that targets him, not by an offensive he led."""

    def ids(actors: list[dict[str, Any]]) -> set[Any]:
        return {x.get("id") for x in actors} - {None}

    return bool(ids(a.actors) & ids(b.actors)) or bool(ids(a.recipients) & ids(b.recipients))


def _reference(draft: _Draft, earlier: Sequence[_Draft]) -> _Draft | None:
    """The event a narrative phrase ("five days later", "the next day") follows: the last
    event of the two previous sentences (an expression of its own sentence has already
    been tried by :func:`~annalyst.nlp.time.find_times`). When that sentence's events are
    undated but one restates an earlier dated one (same type, a shared participant: "Soleimani was
    targeted in a drone strike" after "killed on 3 January 2020"), the earlier one."""
    window: set[int] = set()
    before = _sentence_before(draft.trigger.sent)
    if before is not None:
        window.add(before.start)
        older = _sentence_before(before)
        if older is not None:
            window.add(older.start)
    last = next((d for d in reversed(earlier) if d.trigger.sent.start in window), None)
    if last is None or last.date:
        return last
    told = [d for d in earlier if d.trigger.sent.start == last.trigger.sent.start]
    for undated in reversed(told):
        for d in reversed(earlier):
            if d.date and d.entry.type == undated.entry.type and _same_participants(d, undated):
                return d
    return None


def _set(draft: _Draft, when: tuple[str, str] | None, text: str) -> None:
    if when is not None:
        draft.date, draft.date_precision = when
        draft.date_text = text


def _time(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> None:
    if not times:
        return
    sent = draft.trigger.sent
    lo, hi = sent.start_char, sent.end_char
    everywhen = times
    # Every way of dating an event starts from an expression of its own sentence.
    times = [te for te in times if lo <= te.start < hi]
    if not times:
        _carry_occasion(draft, earlier)
        return
    from annalyst.nlp.time import resolve_anchor, time_for
    from annalyst.nlp.time.anniversaries import (
        anniversary_of_clause,
        anniversary_years,
        date_before_anniversary,
    )
    from annalyst.nlp.time.dates import _shift

    found = None
    trigger = draft.trigger
    anniversary = anniversary_years(trigger)
    if anniversary is not None:
        # "on the second anniversary of the assassination … in 2022": two years before
        dated = date_before_anniversary(anniversary[0], anniversary[1], times)
        if dated is not None:
            draft.date, draft.date_precision, draft.date_text = dated
        return
    saying = _saying_verb(draft)
    if saying is not None:
        # A commitment or demand happens when it is said, not when the act would.
        found = time_for(doc, saying, times)
        if found is not None and found.date is not None:
            draft.date, draft.date_precision, draft.date_text = (
                found.date,
                found.precision,
                found.text,
            )
            return
    carrier = _carrier(trigger, draft.entry.light_verbs) if trigger.pos_ == "NOUN" else None
    words = [trigger, *[t for t in draft.tokens if t.i != trigger.i]]
    words += [carrier] if carrier is not None and carrier not in words else []
    words += _naming_clauses(trigger)  # "struck what the army called a depot on Monday"
    for token in words:
        # "killed three years ago in a US drone strike": any word of the action dates it,
        # and the verb that carries its noun ("exchanged fire … on Saturday")
        found = time_for(doc, token, times)
        if found is not None and token is carrier and _bounding(doc, found):
            found = None  # "has intensified its attacks since 2020": a span, not a day
        if found is not None:
            break
    if found is not None:
        found = _from_the_reports_day(doc, found, trigger, times) or found
    if found is not None and _after_an_inner_act(doc, found, trigger, lexicon):
        found = None  # "charged her over the killing of protesters in 2019": the killing's
    if found is not None and found.date is None:
        found = _dated_within(doc, found, times) or found  # "for a fifth day on Monday"
    if found is None:
        found = _past_date_of_asked_act(doc, draft, times)
    if found is None:
        found = _agreed_on(doc, draft, times)
    if found is None and draft.entry.verbal and (sending := message_sent(trigger)) is not None:
        # "two days earlier, Trump sent a letter to Iran proposing talks": proposed as sent
        found = time_for(doc, sending, times)
    if found is None and draft.entry.verbal and (saying := speakers_participle(trigger)):
        # "announced on Tuesday that …, vowing to …": vowed as it announced
        found = time_for(doc, saying, times)
    if found is None and draft.entry.verbal and (itself := _said_of_itself(trigger)) is not None:
        # "the ministry said on Monday that it rejected the accusations": rejected as said
        found = time_for(doc, itself, times)
    if found is None and draft.entry.verbal and (report := _report_after(trigger)) is not None:
        # "China accused the US of meddling, the spokesman said on Monday": words said
        # are said when the report says they were
        found = time_for(doc, report, times)
    if found is None and trigger.dep_ == "amod" and misread_past(trigger) is not None:
        # "when Washington once more bombed Iraqis last week", read as "bombed Iraqis"
        # modifying a noun: the date right after its object is its own
        after = trigger.head.i + 1
        if after < len(doc):
            found = next((te for te in times if te.start == doc[after].idx), None)
    told = in_what_verb(trigger) if found is None and trigger.pos_ == "NOUN" else None
    if told is not None:
        # "went down on 14 March in what officials claim is a cyber attack"
        found = time_for(doc, told, times)
    if found is None:
        verb = _clause_verb(draft)
        main = _when_clause(verb)
        if main is not None:
            found = time_for(doc, main, times)
        elif (later := _after_clause(verb)) is not None:
            # "took Kirkuk in 2014 after army units fled": the year only, when that is
            # all the main clause says (a day would be the later act's own)
            main_time = time_for(doc, later, times)
            if (
                main_time is not None
                and main_time.date is not None
                and main_time.precision == "year"
            ):
                found = main_time
        elif verb is not None:
            # "When Turkey launched an offensive in February, the PMF deployed troops":
            # the main clause happens at the time of its when-clause.
            for child in verb.children:
                if found is None and _when_clause(child) is not None:
                    found = time_for(doc, child, times)
    if found is None:
        found = _loose_step(draft, times)  # "They agreed to a truce the next day"
    if found is None and draft.entry.quad.startswith("material"):
        # "fired tear gas at protesters who were marching on parliament on Tuesday":
        # done while those it was done to were doing what the clause says
        doing = _what_its_target_was_doing(trigger)
        if doing is not None:
            found = time_for(doc, doing, times)
    if found is None:
        marked = anniversary_of_clause(trigger)
        if marked is not None:
            # "the cyber attack took place on the second anniversary of … in 2022"
            dated = date_before_anniversary(marked, 0, times)
            if dated is not None:
                draft.date, draft.date_precision, draft.date_text = dated
                return
        # "issued the call on Tuesday, one day after warplanes targeted the town"
        measured = _anchored_clause_date(draft, times, earlier)
        if measured is not None:
            draft.date, draft.date_precision, draft.date_text = measured
        elif trigger.dep_ == "conj":
            # "students marched on Friday, and riot police dispersed them": the clause
            # joined to the one dated goes on with those people that day
            _carry_occasion(draft, earlier)
        # (no day carried from the sentence before: a time written in this sentence,
        # even one the parse hangs elsewhere, may be another day: "agreed to a truce
        # the next day")
        return
    anchor = getattr(found, "anchor", None)
    if (
        anchor is not None
        and found.date is None
        and (anchor.anchor_start <= trigger.idx < anchor.anchor_end)
    ):
        # the event is the anchor itself ("five days after the failed coup attempt"):
        # counted back from the time of the clause the phrase modifies
        measured = _anchored_clause_date(draft, times, earlier)
        if measured is not None:
            draft.date, draft.date_precision, draft.date_text = measured
        return
    if anchor is not None and found.date is None:
        # "two days after the attack": the date of that earlier event, shifted.
        head = doc.char_span(anchor.anchor_start, anchor.anchor_end, alignment_mode="expand")
        for other in reversed(earlier):
            if not other.date or other.date_precision is None:
                continue
            inside = any(anchor.anchor_start <= t.idx < anchor.anchor_end for t in other.tokens)
            same_word = head is not None and head.root.lemma_ in {t.lemma_ for t in other.tokens}
            # a general word ("during the meeting") names any act of its type, one of a
            # kind only its kind ("during the visit" is not a meeting held on one of its days)
            same_kind = head is not None and any(
                e.type == other.entry.type and e.mode in (None, other.entry.mode)
                for e in lexicon.by_lemma(head.root.lemma_, "NOUN")
            )
            if inside or same_word or same_kind:
                _set(draft, resolve_anchor(anchor, other.date, other.date_precision), found.text)  # type: ignore[arg-type]
                return
        told = _dated_before(doc, head, everywhen) if head is not None else None
        if told is not None:
            # "The election was held on Sunday. Two days after the vote, police …": the
            # occasion the sentences before date, though it is no event of its own
            _set(draft, resolve_anchor(anchor, told.date, told.precision), found.text)
        return
    if found.date is None:
        step = getattr(found, "step", None)
        if step is not None:
            # "Five days later, Iran launched ...": no earlier expression dates the moment
            # the phrase follows; the previous event does.
            ref = _reference(draft, earlier)
            if ref is not None and ref.date and ref.date_precision:
                _set(draft, _shift(ref.date, ref.date_precision, step[0], step[1]), found.text)  # type: ignore[arg-type]
        return
    draft.date = found.date
    draft.date_precision = found.precision
    draft.date_text = found.text


def _what_its_target_was_doing(verb: Token) -> Token | None:
    """A progressive relative clause on whom an act reached ("protesters who were
    marching"): the act was done while they were at it."""
    targets = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    targets += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
                for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    for target in targets:
        for clause in target.children:
            if (
                clause.dep_ == "relcl"
                and clause.tag_ == "VBG"
                and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)
            ):
                return clause
    return None


def _anchored_clause_date(
    draft: _Draft, times: Sequence[Any], earlier: Sequence[_Draft]
) -> tuple[str, Any, str] | None:
    """The date of an act told in an anchored clause ("…, a day after two soldiers were
    killed in a bombing"), counted back from the clause it modifies: read at the trigger,
    or at the act's other verb when the trigger is a noun inside the clause."""
    from annalyst.nlp.time import time_of_anchored_clause

    doc = draft.trigger.doc
    told = _date_told_by(earlier)
    words = [draft.trigger, *(t for t in draft.tokens if t is not draft.trigger and is_verb(t))]
    for word in words:
        measured = time_of_anchored_clause(doc, word, times, told)
        if measured is not None:
            return measured
    return None


def _date_told_by(earlier: Sequence[_Draft]) -> Callable[[Token], tuple[str, Any] | None]:
    """The date already found for the act a clause's verb tells, among ``earlier``: the
    verb's own act, or the act its object names ("declared a ceasefire on 1 March")."""

    def dated(verb: Token) -> tuple[str, Any] | None:
        for other in earlier:
            if other.date is None or other.date_precision is None:
                continue
            trigger = other.trigger
            if verb in other.tokens or (
                trigger.head.i == verb.i and trigger.dep_ in ("dobj", "nsubjpass")
            ):
                return other.date, other.date_precision
        return None

    return dated


# Words for one occasion, any of which names it again ("the election … the vote").
_SAME_OCCASION = (
    frozenset({"election", "vote", "poll", "ballot", "referendum", "runoff"}),
    frozenset({"summit", "meeting", "talks", "conference"}),
    frozenset({"coup", "putsch", "takeover"}),
)


def _dated_before(doc: Doc, anchor: Any, times: Sequence[Any]) -> Any:
    """The time the sentences before give an occasion a phrase names again ("The election
    was held on Sunday" for "two days after the vote"), if any."""
    from annalyst.nlp.time import time_for

    lemma = anchor.root.lemma_.lower()
    names = next((group for group in _SAME_OCCASION if lemma in group), frozenset({lemma}))
    for previous in _previous_sentences(anchor.sent, 2):
        for token in previous:
            if token.lemma_.lower() not in names or token.dep_ not in (
                "nsubj",
                "nsubjpass",
                "dobj",
            ):
                continue
            found = time_for(doc, token.head, times)
            if found is not None and found.date is not None and found.precision is not None:
                return found
    return None


_REFERRING_WORDS = {"they", "he", "she", "it", "the", "both", "them", "him", "her"}
_LATER_ON = {
    "later",
    "eventually",
    "subsequently",
    "afterwards",
    "afterward",
    "since",
    "previously",
    "earlier",
}


# Verbs of naming by which a free relative stands for what an act reaches.
_NAMING = _words("describe call term dub label")


def _after_an_inner_act(doc: Doc, when: Any, trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether a year or a month ("in 2019") is written right after the phrase of an act
    named inside the trigger's own phrases ("charged X over the killing of protesters in
    2019"): a span that coarse dates the inner deed, which the parser often hangs on the
    verb (a day is left to the verb: "charged him over the killing on Monday")."""
    if when.precision not in ("year", "month") or when.preposition != "in":
        return False
    first = doc.char_span(when.start, when.end, alignment_mode="expand")
    if first is None or first.start < 2:
        return False
    word = doc[first.start - 2]  # the last word before "in"
    for _ in range(4):
        if word.i == trigger.i or word.head.i == word.i:
            return False
        if (
            word.pos_ == "NOUN"
            and word.i > trigger.i
            and any(e.type in ("ASSAULT", "COERCE") for e in lexicon.by_lemma(word.lemma_, "NOUN"))
        ):
            # (a deed done to people; not "withdrew from the 2015 deal in May 2018")
            return any(a.i == trigger.i for a in word.ancestors)
        word = word.head
    return False


def _naming_clauses(verb: Token) -> list[Token]:
    """ "struck what the military described as a weapons site": the clause that names
    the object, whose words (a date at the end among them) are the act's."""
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.lemma_.lower() in _NAMING
        and any(g.lower_ == "what" and g.dep_ in ("dobj", "nsubjpass") for g in c.children)
    ]


def _bounding(doc: Doc, when: Any) -> bool:
    """Whether a time expression bounds a span ("since January 2020", "until May")."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    before = span.start - 1 if span is not None else -1
    return before >= 0 and doc[before].lower_ in ("since", "until", "till", "from", "before", "by")


def _dated_within(doc: Doc, counted: Any, times: Sequence[Any]) -> Any:
    """A dated expression inside the phrase of an undated count of time ("for a fifth
    day on Monday", "the third night in a row on Friday"): that day is the act's."""
    if getattr(counted, "step", None) is not None or getattr(counted, "anchor", None) is not None:
        return None
    span = doc.char_span(counted.start, counted.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
    return next(
        (te for te in times if te is not counted and te.date is not None and lo <= te.start < hi),
        None,
    )


# Acts that ask for, promise or threaten another, which comes after them.
_ASKING_TYPES = {"REQUEST", "AGREE", "THREATEN"}


def _past_date_of_asked_act(doc: Doc, draft: _Draft, times: Sequence[Any]) -> Any:
    """A past date the parse hangs on the act asked for ("ordered Myanmar to protect the
    Rohingya on Thursday"): what is asked for comes later, so a day already gone when the
    article was written is when it was asked."""
    from annalyst.nlp.time import time_for

    verb = draft.trigger
    published = str(doc._.published or "")
    if draft.entry.type not in _ASKING_TYPES or verb.pos_ != "VERB" or not published:
        return None
    for asked in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        found = time_for(doc, asked, times)
        if found is None or found.date is None or str(found.date) > published[:10]:
            continue
        if verb.idx < found.start < asked.right_edge.idx + len(asked.right_edge):
            return found  # (a time in the asked clause's own words, after the asking)
    return None


def _loose_step(draft: _Draft, times: Sequence[Any]) -> Any:
    """The one time of a sentence, a step from the moment told before ("the next day",
    "two days later"), when the parse hangs it on a noun of the sentence's main act ("agreed to
    a truce the next day"): it dates that act."""
    verb = _clause_verb(draft)
    if verb is None or len(times) != 1 or getattr(times[0], "step", None) is None:
        return None
    main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")
    return times[0] if main and verb.idx < times[0].start else None


def _carry_occasion(draft: _Draft, earlier: Sequence[_Draft]) -> None:
    """ "The foreign ministers met in Moscow on Thursday. They agreed to pull back
    troops": the same people, told on in the past, act on that day."""
    occasion = _same_occasion(draft, earlier)
    if occasion is not None:
        _dated_as(draft, occasion)
        if draft.location is None and occasion.location is not None:
            draft.location = occasion.location  # and where it was


def _same_occasion(draft: _Draft, earlier: Sequence[_Draft]) -> _Draft | None:
    """The dated act of the sentence just before whose doers this act's subject refers
    back to ("They", "He", "the two leaders"), when this act is told in the simple past
    as its sentence's main verb: the text goes on with that occasion."""
    verb = _clause_verb(draft)
    if verb is not None and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD":
        verb = verb.head  # "Some of them tried to storm the bank": the trying is told
    reported = verb is not None and verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"
    # ("students marched on Friday, and riot police dispersed them": a clause joined to
    # the one that told the occasion, in the same sentence)
    joined = verb is not None and verb.dep_ == "conj" and verb.head.tag_ == "VBD"
    if verb is None or not (verb.dep_ == "ROOT" or reported or joined) or verb.tag_ != "VBD":
        return None  # (a main clause, or one a report tells: ", a security source said")
    if any(c.lower_ in _LATER_ON for c in verb.children):
        return None  # "It later agreed to a truce": another day
    referring = [a for a in draft.actors + draft.recipients if _refers_back(a, verb.doc)]
    if not referring and joined and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "Kaabi invited … on Tuesday and promised …": one subject, one occasion
        return next((o for o in earlier if verb.head in o.tokens and o.date), None)
    if not referring:
        return _same_statement(draft, earlier) if verb.dep_ == "ROOT" else None
    ids = {str(a.get("id")) for a in referring}
    # "Security forces fired at them", "Putin promised him a loan": those acted on are
    # the ones told just before, whatever their part there
    acted_on = not any(a in draft.actors for a in referring)
    for other in reversed(earlier):
        if other.trigger.i >= draft.trigger.i:
            continue
        if joined != (verb.head in other.tokens) or (
            not joined and _sentences_between(other.trigger, draft.trigger) != 1
        ):
            continue
        before = other.actors + (other.recipients if acted_on else [])
        if (
            other.date
            and other.date_precision == "day"
            and ids & {str(a.get("id")) for a in before}
        ):
            return other
    return None


# How many sentences on a speaker named again may still be telling the same statement.
_STATEMENT_REACH = 2


def _same_statement(draft: _Draft, earlier: Sequence[_Draft]) -> _Draft | None:
    """The dated statement just before by the same speaker, named again, when this act
    is one of words too ("Kaabi issued the call on Tuesday. Kaabi also promised the
    occupiers …"): a text going on with what one speaker said tells that occasion."""
    if not draft.entry.verbal or not draft.actors:
        return None
    ids = {str(a.get("id")) for a in draft.actors}
    if "None" in ids:
        return None
    for other in reversed(earlier):
        if other.trigger.i >= draft.trigger.i:
            continue
        if not 1 <= _sentences_between(other.trigger, draft.trigger) <= _STATEMENT_REACH:
            continue
        if not other.entry.verbal or other.date_precision != "day" or not other.date:
            continue
        if ids <= {str(a.get("id")) for a in other.actors}:
            return other
    return None


def _dated_as(draft: _Draft, other: _Draft) -> None:
    """Give a draft the date another act was read with (its day, precision and words)."""
    draft.date, draft.date_precision = other.date, other.date_precision
    draft.date_text = other.date_text


def _refers_back(actor: dict[str, Any], doc: Doc) -> bool:
    """Whether an actor's words refer back to one named before ("they", "him", "the two
    leaders", "the ministry")."""
    if "ref_start" not in actor:
        return False
    words = str(actor.get("text", "")).split()
    if words and words[0].lower() in _REFERRING_WORDS:
        return True
    return after_the(doc, actor.get("start"))


def _sentences_between(earlier: Token, later: Token) -> int:
    """How many sentence starts lie after ``earlier``'s sentence up to ``later``'s."""
    starts = token_table(later.doc).starts_through
    return max(0, starts[later.i] - starts[earlier.i])


# Verbs of meeting an act as it comes ("repelled an attack"): the act met is on the same day.
_MEETING_AN_ACT = _words("repel repulse foil thwart intercept confront counter halt")


def met_on_its_day(drafts: Sequence[_Draft]) -> None:
    """An undated act of meeting another as it comes takes the date of the act it met
    ("repelled a Saudi attack on Sunday night": repelled on Sunday night)."""
    by_trigger = {d.trigger.i: d for d in drafts}
    for draft in drafts:
        verb = draft.trigger
        if (
            draft.date is not None
            or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in _MEETING_AN_ACT
        ):
            continue
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            met = by_trigger.get(obj.i)
            if met is not None and met.date is not None:
                _dated_as(draft, met)
                break


def where_it_went_on(drafts: Sequence[_Draft]) -> None:
    """An undated act in a clause of "where" on a place that a dated act went to or was
    done at takes that act's day ("advanced on Tuesday into the village, where they
    raided several houses and arrested three men"), as do the verbs joined to it."""
    dated = [d for d in drafts if d.date is not None and d.date_precision == "day"]
    for draft in drafts:
        if draft.date is not None:
            continue
        clause = draft.trigger
        while clause.dep_ == "conj" and clause.head.i != clause.i and is_verb(clause.head):
            clause = clause.head  # ("… raided several houses and arrested three men")
        if (
            clause.dep_ != "relcl"
            or clause.tag_ != "VBD"  # (not "where they have been raiding homes for years")
            or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
        ):
            continue
        _dated_by_the_act_over(draft, clause.head, dated)


def while_it_went_on(drafts: Sequence[_Draft]) -> None:
    """An undated act told as going on among those a dated act reached ("clashed on
    Saturday with protesters who were blocking a highway", "arrested dozens of young men
    taking part in a march"): it went on that day."""
    dated = [d for d in drafts if d.date is not None and d.date_precision == "day"]
    for draft in drafts:
        if draft.date is not None:
            continue
        verb = draft.trigger
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
            # ("taking part in a march": the clause the noun is the object of)
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head
        progressive = verb.tag_ == "VBG" and (
            verb.dep_ == "acl"
            or (
                verb.dep_ == "relcl"
                and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
            )
        )
        if not progressive:
            continue
        _dated_by_the_act_over(draft, verb.head, dated)


def done_at_the_occasion(drafts: Sequence[_Draft]) -> None:
    """An undated act told in a clause on the noun of a dated act ("hosted a summit in
    Cairo on 4 March that endorsed a plan", "the talks on Sunday, which ended without a
    deal"), or done by it ("the summit, held in Cairo on 4 March, endorsed the plan"),
    was done at it: that day, and there when its own clause names no place."""
    for draft in drafts:
        if draft.date is not None:
            continue
        clause = draft.trigger
        while clause.dep_ == "conj" and clause.head.i != clause.i and is_verb(clause.head):
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if clause.tag_ == "VBD" and clause.dep_ == "relcl" and clause.head.pos_ == "NOUN":
            occasion = clause.head
        elif clause.tag_ == "VBD" and len(subjects) == 1:
            occasion = subjects[0]  # "The summit, held in Cairo on 4 March, endorsed …"
        else:
            continue
        for other in drafts:
            if (
                other is not draft
                and other.date is not None
                and other.date_precision == "day"
                and other.trigger.pos_ == "NOUN"
                and occasion in other.tokens
            ):
                _dated_as(draft, other)
                if draft.location is None:
                    draft.location = other.location
                break


def _dated_by_the_act_over(draft: _Draft, word: Token, dated: Sequence[_Draft]) -> None:
    """Give a draft the day of the dated act whose clause holds ``word`` (the place or
    the people its own clause is told of)."""
    for other in dated:
        if other is not draft and any(t.is_ancestor(word) for t in other.tokens if is_verb(t)):
            _dated_as(draft, other)
            return
