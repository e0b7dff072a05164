"""Which time expression dates an event trigger (:func:`time_for`): one attached to the
trigger or its own clause, else one it shares with the verb it depends on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from annalyst.nlp.syntax import KEEPING_FROM
from annalyst.nlp.syntax_words import CARRYING
from annalyst.nlp.time.dates import _COARSENESS, _shift
from annalyst.nlp.time.eventive import _eventive
from annalyst.nlp.time.governing import (
    LIGHT_VERBS,
    container_top,
    frames_event,
    governing_word,
    has_subject,
    is_means,
    participial,
    same_tense,
)
from annalyst.nlp.time.model import Precision, TimeExpr
from annalyst.nlp.time.syntax import _BOUNDS, _attachment
from annalyst.nlp.time.words import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# "the elections, which took place on Sunday": the relative clause dates the noun.
_HAPPEN_VERBS: Final = _words("happen occur take unfold come begin start end carry launch")
_OCCUR: Final = _words("happen occur unfold")
_CLAUSE_DEPS: Final = _words("advcl ccomp xcomp relcl acl csubj csubjpass parataxis conj pcomp")


def _is_clause_boundary(tok: Token) -> bool:
    return tok.dep_ in _CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX")


# Documents that an act of settling them makes, approves or turns down, and those acts.
_DOCUMENTS: Final = _words(
    "treaty agreement deal accord pact text draft plan proposal resolution bill law"
    " memorandum charter roadmap"
)
_SETTLING: Final = _words(
    "agree sign approve reject endorse adopt ratify finalize finalise conclude reach accept"
    " pass veto initial"
)
# Prepositions of where only: a noun after them names a place, whatever its stem says.
_SPATIAL_PREPS: Final = _words("near outside inside around beside opposite")


def _level(trigger: Token, attach: Token) -> int | None:
    """0 when the expression modifies the trigger, 1 when it sits in the trigger's clause."""
    cur = attach
    for _ in range(12):
        if cur.i == trigger.i:
            return 0 if cur.i == attach.i else 1
        head = cur.head
        # The time belongs to an event noun on the way ("condemned the strike on Monday"),
        # unless the noun is the trigger's subject ("the strike on 3 January killed ten"),
        # the object of a light verb ("launched an offensive in February") or the
        # trigger's means ("killed in a drone strike on 3 January").
        if (
            cur.pos_ in ("NOUN", "PROPN")
            and (_eventive(cur) or frames_event(cur))
            and not (cur.dep_ in ("nsubj", "nsubjpass") and head.i == trigger.i)
            and not (
                cur.dep_ in ("dobj", "attr")
                and head.i == trigger.i
                and trigger.lemma_.lower() in LIGHT_VERBS
            )
            and not is_means(cur, trigger)
            # ("agreed on the text of a peace treaty on Thursday": the agreeing's day;
            # a document is made by the act that settles it)
            and not (cur.lemma_.lower() in _DOCUMENTS and trigger.lemma_.lower() in _SETTLING)
            # ("killed a commander near the border crossing on the night of 28 May": a
            # place named by a noun of acts)
            and not (cur.dep_ == "pobj" and head.lower_ in _SPATIAL_PREPS)
        ):
            return None
        if (
            cur.dep_ == "pcomp"
            and head.lower_ == "from"
            and head.head.i == trigger.i
            and trigger.lemma_.lower() in KEEPING_FROM
        ):
            cur = head  # "blocked him from leaving his home on Monday": the blocking's day
            continue
        if _is_clause_boundary(cur):
            reduced = cur.dep_ == "acl" or (cur.dep_ == "relcl" and cur.lemma_ in _HAPPEN_VERBS)
            if _happening(cur) and _within_phrase(head, trigger):
                # "the attack on a plant near Qom that took place on 2 May": the parse
                # hangs the clause on the nearer noun; only an act takes place
                return 1
            if not (
                (reduced and head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"))
                or (participial(cur) and head.i == trigger.i)
            ):
                return None
        if head.i == cur.i:
            return None
        cur = head
    return None


def _happening(verb: Token) -> bool:
    """A relative clause that says when its antecedent happened ("that took place",
    "which occurred")."""
    if verb.dep_ != "relcl":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in _OCCUR


def _within_phrase(noun: Token, trigger: Token) -> bool:
    """Whether ``noun`` is a plain word of the event noun ``trigger``'s own phrase (its
    target or place: "the attack on a plant near Qom"), with no other act between."""
    if trigger.pos_ not in ("NOUN", "PROPN") or noun.i == trigger.i:
        return False
    cur = noun
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and not (cur.tag_ == "VBN" and cur.dep_ == "acl"):
            return False
        if cur.pos_ in ("NOUN", "PROPN") and _eventive(cur):
            return False
        head = cur.head
        if head.i == cur.i:
            return False
        if head.i == trigger.i:
            return cur.dep_ in ("prep", "compound", "appos", "acl", "nmod")
        cur = head
    return False


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
        if (
            te.anchor is not None
            and te.anchor.amount is None
            and not (te.anchor.counted and te.date is not None)
        ):
            # "after the attack", "following talks": a bound, not a date; "in the days
            # following the assassination in 2020" dates by the year the anchor states
            continue
        attach = (
            _anchor_attachment(doc, te)
            if te.anchor is not None
            else _attachment(doc, te.start, te.end)
        )
        if attach is not None and attach.i != trigger.i and _names_a_thing(doc, te, attach):
            continue  # "the 1948 territories", "the 2015 deal": the thing's date, not the act's
        if attach is not None:
            out.append((te, attach))
    return out


# Things named by their year: the year is theirs, not the date of an act done to them.
_DATED_THINGS = frozenset(
    {"territory", "border", "line", "boundary", "frontier", "constitution", "law", "deal",
     "accord", "agreement", "treaty", "convention", "charter", "resolution", "budget",
     "map", "plan", "framework", "roadmap", "census", "edition", "model", "armistice"}
)  # fmt: skip


def _names_a_thing(doc: Doc, te: TimeExpr, attach: Token) -> bool:
    """Whether a year stands before a noun of a thing as its modifier ("the 1948
    territories", "the 2015 nuclear deal")."""
    span = doc.char_span(te.start, te.end, alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ in ("nummod", "compound", "amod", "nmod")
        and span.root.head.i == attach.i
        and attach.lemma_.lower() in _DATED_THINGS
        and span.end <= attach.i
    )


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


# Words that may stand between an event noun and a date written right after it:
# "the invasion of Iraq in 2003", "strikes on the compound early in the morning of 13 March",
# "in the battle of Mosul, in 2016, ...".
_BRIDGE: Final = _words(
    "in on at early late earlier later the of morning afternoon evening night ,"
)
# Verbs that only refer to an act told in their object: a date the parse hangs on them
# after the act's long phrase is the act's ("a reference to the killing of A and B in
# Baghdad in January 2020", "says the source, a reference to the raid on ... on 3 May").
_REFERRING: Final = _words("refer recall remember mention cite allude reference")
_REFERENCE_NOUNS: Final = _words("reference allusion mention nod")
# Present-tense verbs of telling: a past date cannot be the telling's ("says the source").
_TELLING_NOW: Final = _words("say tell write add note claim explain argue")
# Parts of speech a noun's phrase is made of (names, places, titles, coordination).
_PHRASE_POS: Final = _words("PROPN NOUN ADJ DET ADP PUNCT CCONJ NUM PART X SYM SPACE")
# ("a plant located near the city", "forces led by the US")
_REDUCED_PARTICIPLE_DEPS: Final = _words("acl amod")


def _adjacent(doc: Doc, trigger: Token, entries: list[tuple[TimeExpr, Token]]) -> TimeExpr | None:
    """A date written right after an event noun's phrase, whatever the parse attached it to.

    The small model often hangs "in 2003" on the main verb of "... the aftermath of the US
    invasion of Iraq in 2003 which ..."; read in order, the date closes the noun's phrase.
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = trigger.right_edge.i + 1
    for te, _attach in entries:
        if te.date is None or te.anchor is not None or te.start <= trigger.idx or te.future:
            continue
        if (te.preposition or "of").lower() not in ("in", "on", "at", "of"):
            continue  # "the crackdown on protesters next week" says when sanctions come
        if te.preposition is None and trigger.tag_ == "NNS":
            continue  # (none: "the missile strike last weekend", not "dozens of killings
            # this year": a count of acts over a stretch of time)
        span = doc.char_span(te.start, te.end, alignment_mode="expand")
        if span is None:
            continue
        first = span.start - (1 if te.preposition else 0)
        if nxt <= first <= nxt + 5 and all(doc[k].lower_ in _BRIDGE for k in range(nxt, first)):
            return te
    return None


def _refers(verb: Token) -> bool:
    """Whether a verb only refers to what its object tells (see ``_REFERRING``)."""
    lemma = verb.lemma_.lower()
    if lemma in _REFERRING:
        return True
    if lemma in _TELLING_NOW and verb.tag_ in ("VBZ", "VBP"):
        return True
    return lemma == "make" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _REFERENCE_NOUNS for c in verb.children
    )


def _phrase_material(tok: Token) -> bool:
    """A word that can belong to an event noun's own phrase: a name, a title, a place, a
    reduced participle ("located near"), but no clause of its own and no other act."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok.tag_ == "VBN" and tok.dep_ in _REDUCED_PARTICIPLE_DEPS
    if tok.pos_ == "PRON":
        return tok.dep_ == "poss"  # "his two bodyguards"
    if tok.pos_ not in _PHRASE_POS or (tok.pos_ == "PUNCT" and tok.text in (".", ";", "?", "!")):
        return False
    if tok.pos_ == "ADP" and tok.lower_ in _BOUNDS:
        return False  # "after", "before": another time, not the act's phrase
    return not (tok.pos_ in ("NOUN", "PROPN") and _eventive(tok))


def _closing_reference(
    doc: Doc, trigger: Token, entries: list[tuple[TimeExpr, Token]]
) -> TimeExpr | None:
    """A date that closes a long phrase naming an act, when the parse hangs it on a verb
    that only refers to that act ("was making a reference to the assassination of A,
    along with B, at Baghdad airport in January 2020": the assassination's date).

    Between the noun and the date there may only be the words of its phrase (names,
    titles, places, reduced participles), no verb of a clause and no other act; the
    date must be hung on a referring verb (see :func:`_refers`) that governs the noun, or
    on a word of the phrase itself ("near the airport road in March 2019": a road does
    not happen), or be set off by commas right after the phrase.
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    ancestors = {a.i for a in trigger.ancestors}
    for te, attach in entries:
        if te.date is None or te.anchor is not None or te.start <= trigger.idx or te.future:
            continue
        if (te.preposition or "").lower() not in ("in", "on", "at", "of"):
            continue
        span = doc.char_span(te.start, te.end, alignment_mode="expand")
        if span is None:
            continue
        first = span.start - (1 if te.preposition else 0)
        referring = attach.pos_ in ("VERB", "AUX") and attach.i in ancestors and _refers(attach)
        # "before the ruling of the cleric, Ali al-Sistani, on 13 June 2014, which ...": a
        # date set off by commas right after the phrase is said of it
        set_off = doc[first - 1].text == "," and span.end < len(doc) and doc[span.end].text == ","
        if not (referring or set_off or trigger.i < attach.i < first):
            continue  # (a date on a word of the phrase is the act's: only an act happens)
        if first - trigger.i > 45:
            continue
        # "the blast at a warehouse near the port that took place on 9 April"
        happening = (
            {attach.i, *(c.i for c in attach.children if c.dep_ in ("nsubj", "dobj"))}
            if _happening(attach)
            else set()
        )
        if all(k in happening or _phrase_material(doc[k]) for k in range(trigger.i + 1, first)):
            return te
    return None


def _when_of_date(trigger: Token, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """A when-clause on a date is dated by it, whatever preposition introduces the date
    ("since January 2020, when the US assassinated ...")."""
    if trigger.dep_ not in ("relcl", "advcl") or trigger.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children):
        return None
    head = trigger.head
    for te in times:
        if te.date is not None and te.anchor is None and te.start <= head.idx < te.end:
            return te
    return None


def _best(trigger: Token, found: list[tuple[int, TimeExpr, Token]]) -> TimeExpr:
    return min(found, key=lambda item: _rank(trigger, item))[1]


def time_for(doc: Doc, trigger: Token, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The time expression that dates ``trigger``, or None when nothing in its clause does.

    An expression governs the trigger when the parse attaches it to the trigger, or to a
    word of the trigger's own clause that is not another event noun (a date on "the
    strike" in "Iran condemned the strike on Monday" is the strike's, not the
    condemnation's; the subject's is shared: "the strike on 3 January killed ten"; so is
    the means': "killed in a drone strike on 3 January"), or to a participial clause of
    the trigger ("Speaking on Friday, the minister called for talks"). A container noun
    stands for the event it frames ("the second round of airstrikes on 27 June").
    Without one of its own, a trigger shares the expression of the word it depends on
    (:func:`~annalyst.nlp.time.governing.governing_word`, up to three steps: "went on 14
    March to attack", "attempted in June to shake up the scene by ordering ..."), or of
    a conjoined verb of the same tense ("stormed and seized the base on Monday"); an
    event noun takes a date written right after its phrase ("the invasion of Iraq in
    2003"); a when-clause on a date takes that date ("since January 2020, when ...").
    Bounding expressions ("before 2020") never govern. Several candidates: the closest
    attachment wins, then a resolved date, then a date the text states over one
    computed from an anchor, then the finer precision, then the nearer word.
    """
    when = _when_of_date(trigger, times)
    if when is not None:
        return when
    entries = _entries(doc, trigger, times)
    if not entries:
        return None
    top = container_top(trigger)
    own = _governing(top, entries)
    if own:
        return _best(trigger, own)
    cur = top
    for _ in range(3):
        gov = governing_word(cur)
        if gov is None:
            break
        shared = _governing(gov, entries)
        if shared:
            return _best(trigger, shared)
        cur = gov
    carried = _carrying_participle_dates(trigger, entries) or _before_the_report(top, entries)
    if carried:
        return _best(trigger, carried)
    inherited: list[tuple[int, TimeExpr, Token]] = []
    if trigger.pos_ in ("VERB", "AUX"):
        # a time written after the last of conjoined verbs that share a subject
        for child in trigger.children:
            if child.dep_ == "conj" and same_tense(trigger, child) and not has_subject(child):
                inherited.extend(
                    item
                    for item in _governing(child, entries, max_level=0)
                    if item[1].start >= child.idx
                )
    if inherited:
        return _best(trigger, inherited)
    return _adjacent(doc, top, entries) or _closing_reference(doc, top, entries)


# Verbs of telling whose report may follow what they report ("…, on Monday evening, the
# council head told Al Mayadeen").
_REPORTING: Final = _words("say tell report announce add confirm state claim")


def _before_the_report(
    top: Token, entries: list[tuple[TimeExpr, Token]]
) -> list[tuple[int, TimeExpr, Token]]:
    """A time the parser hung on a verb of telling that follows the words it reports,
    written between those words and it ("torched a mosque in Beit Lid, on Monday
    evening, the council head told reporters"): the reported act's, not the telling's
    ("…, the council head told reporters on Monday" stays the telling's)."""
    clause = top
    for _ in range(3):
        if clause.dep_ == "ccomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.i < clause.i or report.lemma_.lower() not in _REPORTING:
        return []
    return [
        (1, te, attach)
        for te, attach in entries
        if attach.i == report.i
        and clause.right_edge.idx < te.start < report.idx
        and te.date is not None
    ]


def _carrying_participle_dates(
    trigger: Token, entries: list[tuple[TimeExpr, Token]]
) -> list[tuple[int, TimeExpr, Token]]:
    """A date written after a participle that only says what a thing holds or belongs to
    (:data:`CARRYING`) is the act's ("opened fire on a bus carrying workers on Sunday");
    so is a date after any present participle of what the people acted on were doing."""
    if trigger.pos_ not in ("VERB", "AUX"):
        if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.pos_ not in ("VERB", "AUX"):
            return []
        trigger = trigger.head  # "a drone attack targeted US forces based in Erbil on …"
    things = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    things += [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    found: list[tuple[int, TimeExpr, Token]] = []
    for thing in things:
        for clause in thing.children:
            if clause.dep_ == "acl" and (
                (clause.tag_ in ("VBG", "VBN") and clause.lemma_ in CARRYING)
                # "fired tear gas at demonstrators blocking a highway late on Friday":
                # what they were doing then, at the time of the act
                or clause.tag_ == "VBG"
            ):
                found.extend(
                    item
                    for item in _governing(clause, entries, max_level=0)
                    if item[1].start > clause.idx
                )
    return found


# How a word under the verb of an anchored clause may tell its act: a noun before it
# ("the Beirut strike"), the act that did it or was done ("clashes left …", "launched
# an offensive") or its result ("left several officers injured").
_ACT_OF_THE_CLAUSE = frozenset({"compound", "nsubj", "nsubjpass", "dobj", "oprd", "xcomp"})


def time_of_anchored_clause(
    doc: Doc,
    trigger: Token,
    times: Sequence[TimeExpr],
    dated: Callable[[Token], tuple[str, Precision] | None] | None = None,
) -> tuple[str, Precision, str] | None:
    """The date of the event an event-relative phrase is measured from, read back from the
    time of the clause the phrase modifies: in "issued the call on Tuesday, one day after
    warplanes targeted the town", the targeting is a day before Tuesday. Returns (date,
    precision, the phrase's text), or None when ``trigger`` does not head such an anchor
    or the clause states no time. ``dated`` gives the date already found for the act a
    clause tells, for a clause whose time the parse hangs elsewhere ("the court on
    Tuesday rejected …, two days after clashes …": "on Tuesday" on the court).
    """
    for te in times:
        anchor = te.anchor
        if anchor is None or anchor.amount is None or not (anchor.exact or anchor.amount == 0):
            continue  # "more than two months after seizing it" is too vague to count back
        if not (anchor.anchor_start <= trigger.idx < anchor.anchor_end):
            continue
        span = doc.char_span(anchor.anchor_start, anchor.anchor_end, alignment_mode="expand")
        if span is None or trigger not in (span.root, *[c for c in span.root.children]):
            continue  # ("the failed coup attempt": the coup is the attempt's)
        if trigger.i != span.root.i and trigger.dep_ not in _ACT_OF_THE_CLAUSE:
            continue  # ("two days after clashes left several officers injured": the clashes)
        attach = _anchor_attachment(doc, te)
        if attach is None:
            continue
        others = [t for t in times if t.anchor is None and not (te.start <= t.start < te.end)]
        clause = time_for(doc, attach, others)
        if clause is not None and clause.date is not None and clause.precision is not None:
            known: tuple[str, Precision] | None = (clause.date, clause.precision)
        else:
            known = dated(attach) if dated is not None else None
        if known is None:
            continue
        shifted = _shift(known[0], known[1], -anchor.amount, anchor.unit)
        if shifted is not None:
            return shifted[0], shifted[1], te.text
    return None
