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
     "reject", "deny", "condemn", "praise", "welcome", "thank"}
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
    if [t.text for t in before] != [",", "and"] and not _described_thing(head):
        return head
    if any(t.text in _QUOTE_MARKS for t in verb.doc[speaker_verb.i : verb.i]):
        return head  # "stated: “The Resistance promised …, and promised …”": their words
    return speaker_verb


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
