"""A toll told after an act: "Officers used water cannon against them. Several were
injured." The passive clause with no doer names no act of its own; it tells whom the act
in the sentence before reached, so it joins that act (its words and the people it
counts) unless a date of its own makes it another day's. So do the topics of talks told
after them ("… met the Iranian ambassador. The two sides discussed border security")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.knowledge.events import EventLexicon
from annalyst.nlp.events.dating import _sentences_between
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.retelling import _join_on_the_same_day
from annalyst.nlp.syntax import is_passive

# Verbs of harm counted after an act ("were killed", "were wounded").
_TOLL_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})


def one_toll(drafts: list[_Draft]) -> list[_Draft]:
    """Harms counted in two joined passive clauses ("two people were killed and five
    others were wounded by occupation fire on Thursday") are one assault: the second
    clause's doer, place and date are the first's too."""
    owner = {t.i: d for d in drafts for t in d.tokens}
    absorbed: set[int] = set()
    for draft in drafts:
        verb = draft.trigger
        if (
            draft.entry.type != "ASSAULT"
            or draft.trigger.i in absorbed
            or verb.lemma_.lower() not in _HARMED
            or not is_passive(verb)
        ):
            continue
        for joined in _joined_harms(verb):
            other = owner.get(joined.i)
            if (
                other is not None
                and other is not draft
                and other.entry.type == "ASSAULT"
                and joined.lemma_.lower() in _HARMED
                and (is_passive(joined) or _bare_participle(joined))
                # (not "killed in Gaza and … wounded in Lebanon": two places, two acts)
                and not (_placed(verb) and _placed(joined))
            ):
                draft.take_words(other)
                absorbed.add(other.trigger.i)
    return [d for d in drafts if d.trigger.i not in absorbed]


# Verbs by which news counts the harmed ("were killed", "were martyred").
_HARMED = _TOLL_VERBS | {"martyr"}


def _joined_harms(verb: Token) -> list[Token]:
    """The verbs joined to a harm verb: "(were killed) and … were wounded", also when the
    parser reads "and five wounded" as a number with a participle after it."""
    out: list[Token] = []
    for joined in verb.children:
        if joined.dep_ != "conj":
            continue
        if joined.pos_ in ("NUM", "NOUN"):
            out.extend(c for c in joined.children if c.dep_ == "acl" and c.tag_ == "VBN")
        else:
            out.append(joined)
    return out


def _bare_participle(verb: Token) -> bool:
    """ "(two were killed) and five wounded": a passive participle whose auxiliary is the
    first clause's, which the parser reads as an active verb with a subject."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "dobj", "obj") for c in verb.children)


def _placed(verb: Token) -> bool:
    """Whether a verb has a place phrase of its own ("killed in Gaza")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at", "near")
        and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree)
        for c in verb.children
    )


def toll_of_the_act_before(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether a main clause "[people] were killed / injured", with no doer, only counts
    whom the assault told in the sentence just before reached (True: joined to it)."""
    # (the toll's verb, also when joined to the noun of the attack: "were killed in the
    # attack, a PMU source said")
    verb = next(
        (t for t in draft.tokens if t.pos_ == "VERB" and t.lemma_.lower() in _TOLL_VERBS),
        draft.trigger,
    )
    if (
        draft.entry.type != "ASSAULT"
        or draft.actors
        # (or a toll a source tells: "Two soldiers were wounded, the army admitted",
        # "Khartoum said two farmers were killed")
        or not (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"))
        or verb.lemma_.lower() not in _TOLL_VERBS
        or not any(c.dep_ == "auxpass" for c in verb.children)
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return False
    return _join_to_the_act_before(doc, draft, verb, "ASSAULT", 1, times, earlier, lexicon)


# Verbs of what talks were about ("The two sides discussed border security").
_TOPIC_VERBS = frozenset({"discuss", "review", "address", "tackle", "examine", "explore"})
# Words for the parties of talks told before ("the two sides", "both leaders").
_PARTIES = frozenset({"side", "party", "leader", "minister", "official", "delegation", "man"})


def talks_of_the_meeting_before(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether "the two sides / they discussed X" (or "the two men met …"), right after
    a meeting, a call or a visit told in the sentence before, only says what those talks
    were about or how they went (True: joined to them)."""
    verb = draft.trigger
    if (
        draft.entry.type == "CONSULT"
        and verb.dep_ == "conj"
        and verb.lemma_.lower() in _TOPIC_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "met President Assad and discussed cooperation": what those talks were about
        met = next((e for e in earlier if e.trigger.i == verb.head.i), None)
        if met is not None and met.entry.type == "CONSULT":
            return _join_on_the_same_day(doc, draft, met, times, earlier, lexicon)
    if (
        draft.entry.type != "CONSULT"
        or verb.pos_ != "VERB"
        or verb.dep_ != "ROOT"
        # ("They also met the Kuwaiti delegation": talks with others)
        or (verb.lemma_.lower() not in _TOPIC_VERBS and _with_others(verb))
        or not any(_the_parties(s) for s in verb.children if s.dep_ == "nsubj")
    ):
        return False
    return _join_to_the_act_before(doc, draft, verb, "CONSULT", 1, times, earlier, lexicon)


def _the_parties(subject: Token) -> bool:
    """ "They", "both", "the two sides", "the leaders": the parties told before (not
    "the minister": one of them)."""
    if subject.lower_ in ("they", "both"):
        return True
    return (
        subject.lemma_.lower() in _PARTIES
        and subject.tag_ == "NNS"
        and any(c.lower_ in ("two", "both", "the") for c in subject.children)
    )


def _with_others(verb: Token) -> bool:
    """Whether talks are told with a partner of their own ("met the Kuwaiti envoy",
    "talked with Qatar")."""
    return any(
        c.dep_ in ("dobj", "obj", "dative") or (c.dep_ == "prep" and c.lower_ == "with")
        for c in verb.children
    )


# Verbs of sending a weapon off ("the rocket was launched from …").
_LAUNCHING = frozenset({"launch", "fire", "shoot"})
# Weapons an attack is told with.
_WEAPONS = frozenset({"rocket", "missile", "drone", "shell", "mortar", "projectile", "bomb",
                      "katyusha", "grenade", "round"})  # fmt: skip


def launch_of_the_weapon_before(
    doc: Doc,
    draft: _Draft,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Whether "the rocket was launched from X", with no doer, tells where the weapon of
    an attack told in the two sentences before came from (True: joined to it)."""
    verb = draft.trigger
    weapons = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _WEAPONS]
    if (
        draft.entry.type != "ASSAULT"
        or draft.actors
        or verb.lemma_.lower() not in _LAUNCHING
        or not weapons
        or not any(c.lower_ in ("the", "this", "these", "those") for c in weapons[0].children)
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return False
    return _join_to_the_act_before(doc, draft, verb, "ASSAULT", 2, times, earlier, lexicon)


def _join_to_the_act_before(
    doc: Doc,
    draft: _Draft,
    verb: Token,
    kind: str,
    within: int,
    times: Sequence[Any],
    earlier: Sequence[_Draft],
    lexicon: EventLexicon,
) -> bool:
    """Join a mention to the last act of the given type told in the ``within`` sentences
    before it (not its own), unless a date of its own makes it another day's (True:
    joined)."""
    told = next(
        (
            e
            for e in reversed(earlier)
            if e.entry.type == kind
            and e.trigger.i < verb.i
            and 1 <= _sentences_between(e.trigger, verb) <= within
        ),
        None,
    )
    return told is not None and _join_on_the_same_day(doc, draft, told, times, earlier, lexicon)
