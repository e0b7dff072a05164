"""What the dependency parse says about a time expression: the word it modifies, the
preposition before it, and whether its clause speaks of the future."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from annalyst.nlp.time.words import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_PREPS: Final = _words(
    "on in at since during by until till from through throughout before after over within for"
    " of around between to into circa as"
)
_TWO_WORD_PREPS: Final = frozenset({"prior to", "ahead of", "as of", "up to", "up until"})
# Prepositions that bound a time rather than date an event ("before 2020").
_BOUNDS: Final = _words("before after until till by within to through") | frozenset(
    {"prior to", "ahead of", "up to", "up until"}
)
_FUTURE_AUX: Final = _words("will 'll ll shall wo would 'd")
_FUTURE_VERBS: Final = _words(
    "plan schedule expect set slate intend prepare aim due hope"
    " agree decide vow pledge promise undertake"
)


_CLIMB_ADV: Final = _words("late early earlier later as prior ahead")


def _attachment(doc: Doc, start: int, end: int) -> Token | None:
    """The word a time expression modifies (through its preposition)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    head = root.head
    if head.i == root.i:
        return root
    steps = 0
    while (
        steps < 4
        and head.head.i != head.i
        and (head.pos_ == "ADP" or head.dep_ in ("prep", "agent") or head.lower_ in _CLIMB_ADV)
    ):
        if span.start <= head.i < span.end:
            break
        head = head.head
        steps += 1
    return _said_when(span, head)


def _said_when(span: Span, head: Token) -> Token:
    """A time written right after a verb of saying and before the subject of the clause
    it reports belongs to the saying, whatever the parse says ("said on Monday it would
    not hesitate to ...": Monday is when it was said)."""
    verb = head.head
    if (
        head.dep_ != "ccomp"
        or verb.i == head.i
        or not (verb.i < span.start < head.i)
        or any(t.pos_ not in ("ADP", "PUNCT") for t in verb.doc[verb.i + 1 : span.start])
    ):
        return head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < span.end:
        return head
    return verb


def _verb_of(tok: Token) -> Token | None:
    cur = tok
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _future_clause(tok: Token | None) -> bool:
    """Whether the clause of ``tok`` speaks of the future ("will meet", "is expected to meet")."""
    if tok is None:
        return False
    verb = _verb_of(tok)
    climbed = False
    for _ in range(3):
        if verb is None:
            return False
        passive = False
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
                return True
            passive = passive or (child.dep_ in ("aux", "auxpass") and child.lemma_ == "be")
        lemma = verb.lemma_.lower()
        if climbed and (lemma in _FUTURE_VERBS or (lemma == "go" and verb.tag_ == "VBG")):
            return True  # "plans to meet on Monday", "is going to vote on Monday"
        if lemma in _FUTURE_VERBS and verb.tag_ == "VBN" and (passive or verb.dep_ == "acl"):
            return True  # "is scheduled for Monday", "talks expected next month"
        if verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            climbed = True
            continue
        return False
    return False


def _doc_text(doc: Doc) -> str:
    """The document's text, built once per document: spaCy joins every token again on each
    ``doc.text``. The cache key is shared with the event stage, which needs it too."""
    cached = doc.user_data.get("annalyst.text")
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data["annalyst.text"] = cached
    return cached


def _token_arrays(doc: Doc) -> tuple[list[int], list[int]]:
    """Sentence start offsets and lower-case hashes of the tokens, read in bulk."""
    from spacy.attrs import IDX, LOWER, SENT_START

    if len(doc) == 0:
        return [0], []
    arr = doc.to_array([SENT_START, IDX, LOWER])
    starts = [int(idx) for flag, idx in arr[:, :2].tolist() if flag == 1]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts, arr[:, 2].tolist()


def _preposition(doc: Doc, start: int) -> str | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    i = span.start
    if i == 0:
        return None
    prev = doc[i - 1]
    if i >= 2:
        two = doc[i - 2].lower_ + " " + prev.lower_
        if two in _TWO_WORD_PREPS:
            return f"{doc[i - 2].text} {prev.text}"
    if prev.lower_ in _PREPS:
        return str(prev.text)
    return None
