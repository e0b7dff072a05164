"""Whose a possessive pronoun is, read from the phrase around it: the one reproached
("condemned Israel over its strikes"), not the harmer of the people it names ("Azerbaijani
forces killed its soldiers"), the owners named with companions, the first item of a list,
a phrase in parallel, or a related group."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.owners import _RELATIONS, _nationality_words
from annalyst.nlp.events.unnamed import (
    _generic,
    _state_for,
)
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.syntax import is_verb

# Verbs of harm: whose people or places they hit are someone else's ("killed its
# soldiers" is not the killers' own soldiers, which would be "its own").
_HARMING = {"kill", "attack", "shell", "strike", "bomb", "target", "wound", "injure",
            "abduct", "kidnap", "detain", "arrest", "capture", "raid", "shoot",
            # (kept from happening: "police blocked its rally")
            "block", "ban", "disperse", "obstruct", "prevent", "storm", "seize",
            "fire", "ram", "harass"}  # fmt: skip


# Prepositions of the grounds of a judgement: "condemned Israel over its strikes".
_GROUNDS = {"over", "for", "about"}


def _reproached(pronoun: Token, mentions: dict[int, ResolvedMention]) -> ResolvedMention | None:
    """The one a verb acts on when a possessive names its grounds: in "sanctioned Turkey
    over its purchase of missiles" the purchase is Turkey's, not the sanctioner's."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their", "his", "her"):
        return None
    owned = pronoun.head
    prep = owned.head
    if owned.dep_ != "pobj" or prep.lower_ not in _GROUNDS or not is_verb(prep.head):
        return None
    for obj in prep.head.children:
        if obj.dep_ in ("dobj", "obj") and obj.i < pronoun.i:
            mention = mentions.get(obj.i)
            if mention is not None and mention.actor is not None:
                return mention
    return None


def _harmed_owner(pronoun: Token) -> Token | None:
    """The verb of harm whose object a possessive pronoun is on ("killed its soldiers"),
    when the object is not said to be the doer's "own"; or of granting what is asked
    ("agreed to their demands"): the pronoun is not the verb's subject."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
        return None
    owned = pronoun.head
    if any(c.lower_ == "own" for c in owned.children):
        return None
    if (
        owned.dep_ == "pobj"
        and owned.head.lower_ == "of"
        and owned.head.head.dep_ in ("dobj", "obj")
    ):
        owned = owned.head.head  # "killed two of its soldiers"
    verb = owned.head
    if owned.dep_ in ("dobj", "obj") and verb.lemma_.lower() in _HARMING:
        return verb
    if owned.dep_ == "pobj" and owned.head.lower_ in ("on", "against", "at"):
        # "launched an air strike on their hideout": the harm's doer is the verb's
        # subject that carries the harm's noun
        harm = owned.head.head
        if harm.lemma_.lower() in _HARMING and harm.pos_ == "VERB":
            return harm
        if harm.lemma_.lower() in _HARMING and harm.dep_ in ("dobj", "obj") and is_verb(harm.head):
            return harm.head
        if (
            harm.dep_ in ("dobj", "obj")
            and is_verb(harm.head)
            and harm.head.lemma_.lower() in _HARMING
        ):
            return harm.head  # "fired water cannon at its boats": what was fired at them
    if owned.dep_ == "pobj" and owned.head.lower_ == "to" and owned.head.head.pos_ == "VERB":
        verb = owned.head.head  # "the government agreed to their demands"
    if owned.dep_ in ("dobj", "obj", "pobj") and verb.lemma_.lower() in _GRANTING:
        return verb  # one grants what others ask for, not what it asks itself
    return None


# Verbs of granting or refusing what someone else asks for: "agreed to their demands".
_GRANTING = {"agree", "accede", "accept", "grant", "meet", "heed", "bow", "yield", "reject",
             "refuse", "ignore", "rebuff", "answer"}  # fmt: skip


# Nouns of the people around someone: "their" before them owns persons, not a body
_COMPANIONS = {"companion", "comrade", "bodyguard", "guard", "escort", "entourage", "aide",
               "family", "relative", "colleague", "driver", "wife", "child", "son"}  # fmt: skip


def _companions_owners(
    pronoun: Token, mentions: dict[int, ResolvedMention]
) -> list[ResolvedMention]:
    """The persons named before "their" in its sentence, when it owns companions."""
    if pronoun.lower_ != "their" or pronoun.head.lemma_.lower() not in _COMPANIONS:
        return []
    seen: set[int] = set()
    people = []
    for i in range(pronoun.sent.start, pronoun.i):
        mention = mentions.get(i)
        if mention is None or mention.actor is None or id(mention) in seen:
            continue
        seen.add(id(mention))
        if mention.actor.get("type") == "person":
            people.append(mention)
    return people if len(people) > 1 else []


# Kinds of actor that own the next item of a list themselves ("IRISL and its chief").
_BODIES = {"organization", "group", "company"}


def _listed_owner(
    pronoun: Token, mentions: dict[int, ResolvedMention]
) -> tuple[dict[str, Any], int, int] | None:
    """ "We oppose the Turkish hegemony and its occupation of Syria, its raids on the Kurds": in a
    list of things, "its" on a later item is the owner named on the first one (a name,
    or a nationality: "the Turkish hegemony and its attacks"), or the first one itself
    when it is a body ("the shipping line IRISL and its chief executive")."""
    if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss":
        return None
    item = pronoun.head
    earlier: list[Token] = []
    current = item
    while current.dep_ == "conj" and current.head.i < current.i:
        current = current.head
        earlier.append(current)
    head = item.head
    earlier += [c for c in head.children if c.dep_ == item.dep_ and c.i < item.i and c.i != head.i]
    for first in sorted(earlier, key=lambda t: t.i):
        own = mentions.get(first.i)
        for named in [first, *(c for c in first.children if c.dep_ == "appos")]:
            body = mentions.get(named.i)
            if body is not None and body.actor is not None and body.actor.get("type") in _BODIES:
                # "Iran's shipping line IRISL and its chief executive": the line's
                return dict(body.actor), body.start, body.end
        for child in first.children:
            if child.dep_ not in ("compound", "poss", "amod") or child.i > first.i:
                continue
            mention = mentions.get(child.i)
            if mention is not None and mention.actor is not None and mention is not own:
                return dict(mention.actor), mention.start, mention.end
            nationality = _nationality_words(child) if child.dep_ == "amod" else None
            state = _state_for(nationality[0].country or "") if nationality else None
            if state is not None:
                return state, child.idx, child.idx + len(child)
    return None


def _related_group(pronoun: Token, owner: Token) -> dict[str, Any] | None:
    """ "Iran's allies … accused them": a plural pronoun after a state's allies, proxies or
    rivals stands for them, not for the state that names them."""
    relation = owner.head
    if (
        pronoun.lower_ not in ("they", "them", "their")
        or owner.dep_ != "poss"
        or relation.tag_ != "NNS"
        or relation.lemma_.lower() not in _RELATIONS
        or relation.i > pronoun.i
    ):
        return None
    doc = pronoun.doc
    words = doc[owner.left_edge.i : relation.i + 1]
    group = _generic(words.text, list(words), relation)
    actor = _with_words(group, doc, pronoun.idx, pronoun.idx + len(pronoun))
    return dict(actor, ref_start=words.start_char, ref_end=words.end_char)


def _parallel_owner(pronoun: Token, mentions: dict[int, ResolvedMention]) -> ResolvedMention | None:
    """The owner of the same noun told just before in the sentence: "the US withdrawal
    from Syria will differ from its withdrawal from Somalia" (the US's, not Syria's,
    though Syria is named nearer)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    for earlier in reversed(noun.sent[: noun.i - noun.sent.start]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
            continue
        owners = [
            mentions[c.i]
            for c in earlier.children
            if c.dep_ in ("poss", "compound", "nmod") and c.i in mentions
        ]
        if len(owners) == 1 and owners[0].actor is not None:
            return owners[0]
        return None
    return None
