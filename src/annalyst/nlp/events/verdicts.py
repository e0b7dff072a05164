"""Verdicts said of an act: "Turkey said the move was regrettable", "the EU said the
decision was unacceptable". The speaker disapproves of the act (ACCUSE, disapprove),
and, like any judgement, reaches whoever did it (see :mod:`annalyst.nlp.events.answers`,
which finds the doer of "the move" told before).

Said of an accusation ("the ministry said the accusations were baseless"), a verdict of
falsehood is a denial (REJECT), aimed at whoever made the accusation; the accusation is
then only what is denied, not an event of its own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from annalyst.knowledge.events import EventLexicon
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.argwords import _owners
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.frames import _reporter
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.syntax import logical_subjects
from annalyst.nlp.syntax_words import ANSWERABLE
from annalyst.nlp.tokentable import token_table

# Words by which an act is condemned when it is said to be so.
_CONDEMNING = frozenset({
    "unacceptable", "regrettable", "illegal", "illegitimate", "unjustified", "unjustifiable",
    "provocative", "irresponsible", "deplorable", "outrageous", "reprehensible",
    "inadmissible", "unlawful", "criminal", "absurd", "baseless", "hostile", "aggressive",
    "counterproductive", "violation", "crime", "mistake", "provocation", "aggression",
    "breach", "affront", "insult", "escalation", "punishment", "genocide", "massacre",
    "terrorism", "piracy", "blackmail", "interference",
})  # fmt: skip
# Verbs that say what an act is, and the way each takes its verdict: "was a violation",
# "amounted to collective punishment", "constitutes a war crime".
_VERDICT_VERBS = {"be": ("acomp", "attr"), "amount": ("to",), "constitute": ("dobj",),
                  "represent": ("dobj",)}  # fmt: skip
# Words saying a charge is untrue, and the charges they deny.
_FALSE = frozenset({
    "baseless", "false", "unfounded", "groundless", "untrue", "fabricated", "lie",
    "fabrication", "fiction", "nonsense", "propaganda", "slander", "libel", "fake",
})  # fmt: skip
_CHARGES = frozenset({
    "accusation", "allegation", "claim", "charge", "report", "rumour", "rumor", "assertion",
})  # fmt: skip


def verdicts(
    sent: Span, drafts: list[_Draft], lexicon: EventLexicon, mentions: dict[int, ResolvedMention]
) -> list[_Draft]:
    """Disapprovals read from "X said [the act] was [unacceptable / a violation …]", and
    denials from "X said [the accusations] were [false]"."""
    found = lexicon.by_lemma("condemn", "VERB")
    denials = [e for e in lexicon.by_lemma("deny", "VERB") if e.mode == "deny"]
    if not found or not denials:
        return []
    taken = {t.i for d in drafts for t in d.tokens}
    out: list[_Draft] = _held_responsible(sent, taken, lexicon, mentions)
    w = token_table(sent.doc)
    for i in range(sent.start, sent.end):
        if w.lemma[i] not in _VERDICT_VERBS or i in taken or w.dep[i] not in ("ccomp", "conj"):
            continue
        token = sent.doc[i]
        said = _verdict_word(token)
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        reporter = _reporter(token)
        if said is None or not subjects or reporter is None:
            continue
        speakers = _resolve_args(logical_subjects(reporter), mentions)
        if not speakers:
            continue
        charges = [s for s in subjects if s.lemma_.lower() in _CHARGES]
        if charges and said.lemma_.lower() in _FALSE:
            draft = _Draft(said, denials[0], [said, token, *charges])
        elif said.lemma_.lower() in _CONDEMNING:
            draft = _Draft(said, found[0], [said, token])
        else:
            continue
        draft.frame = "verdict"  # the speaker's own judgement, not a claim of a deed
        draft.actors = speakers
        ids = {str(a["id"]) for a in speakers}
        doers = _resolve_args([o for s in subjects for o in _owners(s)], mentions)
        draft.recipients = [r for r in doers if str(r["id"]) not in ids]
        out.append(draft)
    return out


def _verdict_word(verb: Token) -> Token | None:
    """The word of condemnation a copula or its kin gives its subject ("was
    unacceptable", "was a violation of …", "amounted to collective punishment"), if any."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    ways = _VERDICT_VERBS.get(verb.lemma_.lower(), ())
    for child in verb.children:
        words = [child] if child.dep_ in ways else []
        if child.dep_ == "prep" and child.lower_ in ways:
            words = [c for c in child.children if c.dep_ == "pobj"]
        for word in words:
            if word.lemma_.lower() in _CONDEMNING | _FALSE:
                return word
    return None


def _held_responsible(
    sent: Span, taken: set[int], lexicon: EventLexicon, mentions: dict[int, ResolvedMention]
) -> list[_Draft]:
    """Blame laid with "hold": "held the US administration fully responsible for the
    massacre", where the parser hangs "responsible" on the object as its modifier (the
    lexicon's entry reads the plain parse, "held Israel responsible")."""
    entry = next((e for e in lexicon.by_lemma("hold", "VERB") if e.type == "ACCUSE"), None)
    if entry is None:
        return []
    out: list[_Draft] = []
    for token in sent:
        if token.lemma_.lower() != "hold" or token.pos_ != "VERB" or token.i in taken:
            continue
        for held in (c for c in token.children if c.dep_ in ("dobj", "obj")):
            blame = next(
                (
                    a
                    for a in held.children
                    if a.dep_ == "amod" and a.i > held.i and a.lemma_.lower() in ANSWERABLE
                ),
                None,
            )
            if blame is None:
                continue
            draft = _Draft(token, entry, [token, blame])
            draft.actors = _resolve_args(logical_subjects(token), mentions)
            draft.recipients = _resolve_args([held], mentions)
            out.append(draft)
            break
    return out
