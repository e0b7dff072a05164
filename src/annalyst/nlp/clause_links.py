"""Which clause a coordinated verb belongs to when the parser joined it to the wrong one.

The small English pipeline joins a verb after "and" to the nearest verb before it, even
when that verb sits in an aside or in what someone said. Whoever does the later verb is
the subject of the clause it really continues:

* "he addressed the position of Sadr – whose bloc won the vote – and accused …": the
  verb after the aside goes with the clause the aside hangs in;
* "the minister said that Baghdad needed help, and called for …", "said the charges
  were false and called on …": a further act of speaking or asking after the reported
  words is the speaker's;
* "fighters overran a base, officials said, killing 17 soldiers": the toll after the
  reporting words is the reported deed's, not the speakers'.

And a writer's note after a clause is no verb that clause hangs on: in "the opposition
accused the government of rigging the vote, a charge officials rejected" the parser makes
the accusation what the officials rejected.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.syntax_words import TOLL_VERBS

_ASIDE_MARKS = frozenset({"–", "—", "(", ")"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", ":"})
# Verbs of saying written after what they report ("…, officials said, killing …"), and
# the wider set that reports a clause.
_REPORTING_AFTER = frozenset({"say", "tell", "report", "announce", "add", "state", "confirm"})
_REPORTING = (_REPORTING_AFTER - {"report"}) | {
    "declare", "note", "stress", "explain", "argue", "insist", "assert", "affirm",
    "emphasize", "emphasise", "claim",
}  # fmt: skip
# Acts of speaking or asking that continue a speaker's turn rather than the words reported.
_SPEAKING_ON = frozenset(
    {"call", "urge", "demand", "appeal", "ask", "stress", "add", "warn", "note", "emphasize",
     "emphasise", "reiterate", "insist", "express", "voice", "pledge", "vow", "promise",
     "reject", "deny", "condemn", "praise", "welcome", "thank", "dismiss", "rebuff"}
)  # fmt: skip


def _is_verb(token: Token) -> bool:
    # (syntax.is_verb's test: syntax imports this module, so it cannot be imported here)
    return token.pos_ in ("VERB", "AUX")


def misjoined_head(verb: Token, head: Token) -> Token:
    """The verb whose clause a verb coordinated with ``head`` really continues."""
    return _past_report(verb, _past_aside(verb, head))


def _past_aside(verb: Token, head: Token) -> Token:
    if head.dep_ not in ("relcl", "acl") or not any(
        t.text in _ASIDE_MARKS for t in head.doc[head.i : verb.i]
    ):
        return head
    if not any(t.text in _ASIDE_MARKS for t in head.doc[head.left_edge.i - 1 : head.i]):
        return head
    above = head.head
    while not _is_verb(above) and above.head.i != above.i:
        above = above.head
    return above if _is_verb(above) else head


def _past_report(verb: Token, head: Token) -> Token:
    """ "said that Baghdad still required help, and called for …": the call is the
    speaker's (a comma before "and" closes the reported words)."""
    speaker_verb = head.head
    if head.dep_ != "ccomp" or not _is_verb(speaker_verb) or speaker_verb.i > head.i:
        return head
    if speaker_verb.lemma_.lower() not in _REPORTING:
        return head
    if verb.lemma_.lower() not in _SPEAKING_ON or verb.i < 2:
        return head
    before = verb.doc[verb.i - 2 : verb.i]
    if (
        [t.text for t in before] != [",", "and"]
        and not _described_thing(head)
        and not _object_after_passive(verb, head)
    ):
        return head
    if any(t.text in _QUOTE_MARKS for t in verb.doc[speaker_verb.i : verb.i]):
        return head  # "stated: “The Resistance promised …, and promised …”": their words
    return speaker_verb


def _object_after_passive(verb: Token, clause: Token) -> bool:
    """ "said no vessels had been hit and dismissed the claims": a verb with an object
    cannot share the reported passive, so it goes on with the speaker."""
    return any(c.dep_ == "auxpass" for c in clause.children) and any(
        c.dep_ in ("dobj", "obj") for c in verb.children
    )


def _described_thing(clause: Token) -> bool:
    """Whether reported words only say what a thing is ("said the charges were false"):
    an act of speaking joined to them is the speaker's, not the thing's."""
    if clause.lemma_ != "be":
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ for s in subjects)


# Results that a participle adds to a deed ("…, killing 17 soldiers", "…, forcing …").
_RESULTS = TOLL_VERBS | {"leave", "displace", "force", "spark", "trigger", "cause"}


def reported_deed(verb: Token) -> Token | None:
    """The reported deed a result participle continues when the parser hung it on the
    reporting verb written between them."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _RESULTS:
        return None
    if head.lemma_.lower() not in _REPORTING_AFTER or head.i > verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


# Nouns by which a writer names the claim told just before ("…, a charge X denied").
_CLAIM_NOTES = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})


def noted_claimant(verb: Token) -> list[Token]:
    """Who made the claim a writer's note answers: the subject of the clause before it
    (", a charge officials rejected") or of the sentence it follows (", an accusation the
    Kremlin denied")."""
    if writers_note(verb):
        clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i)
        return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    note = verb.head
    if verb.dep_ != "relcl" or note.lemma_.lower() not in _CLAIM_NOTES:
        return []
    before = note.doc[note.left_edge.i - 1] if note.left_edge.i > 0 else None
    if before is None or before.text not in (",", "—", "–"):
        return []
    root = note
    while root.head.i != root.i:
        root = root.head
    return [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < note.i]


def _noted_subject(verb: Token) -> bool:
    """Whether a verb's subject opens with a writer's note on what was told before it
    (", a charge officials rejected", ", a charge Iran's mission dismissed")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    words = [t for t in subject.subtree if t.i < subject.i]
    note = next((t for t in words if t.lemma_.lower() in _CLAIM_NOTES), None)
    if note is None or note.i - 2 < 0:
        return False
    before = note.doc[note.i - 1]
    if before.lower_ in ("a", "an", "the"):
        before = note.doc[before.i - 1]
    return before.text in (",", "—", "–")


def note_misread_as_said(clause: Token) -> bool:
    """Whether a clause the parser made the complement of the verb before it is the
    writer's note on that verb's act (", accusing Tehran of …, a charge Iran's mission
    dismissed"): not what the verb says, nor its subject whom it is about."""
    return clause.dep_ == "ccomp" and clause.i > clause.head.i and _noted_subject(clause)


def writers_note(verb: Token) -> bool:
    """Whether a verb is a writer's note on the clause before it, misread as the verb that
    clause hangs on: ", a charge officials rejected", ", an accusation Moscow denied"."""
    if not _noted_subject(verb):
        return False
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(c.dep_ == "ccomp" and c.i < subject.left_edge.i for c in verb.children)
