"""Who "they", "them" and "their" stand for when several are in view: the pair or the
group named before ("Hamas and Islamic Jihad … their positions"), the people an act was
done to, the nearer plural agent, and whether a name is one of several."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.descriptions import _previous_sentences
from annalyst.nlp.events.unnamed import _agents, _generic, _is_person_noun, _provisional

_PLURAL_PRONOUNS = {"they", "them", "their"}


def _plural_fit(mention: ResolvedMention, at: Token, low: str) -> bool:
    """Whether a mention may stand for the pronoun when several actors named before it
    could: any for a singular pronoun; for "they", a mention of several, or a group or
    organisation ("Hamas … they"), never one person or one state."""
    if low not in _PLURAL_PRONOUNS or _several(mention, at):
        return True
    return (mention.actor or {}).get("type") not in ("person", "state")


def _several_before(
    pronoun: Token,
    mentions: dict[int, ResolvedMention],
    fits: Callable[[ResolvedMention, Token | None], bool],
    excluded: set[int] | frozenset[int] = frozenset(),
) -> ResolvedMention | None:
    """For "they", "them", "their": the nearest earlier actor of the sentence that names
    several ("the Americans", "Soleimani and al-Muhandis"), if any."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS:
        return None
    doc = pronoun.doc
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        mention = mentions.get(i)
        if i in excluded or mention is None or mention.actor is None:
            continue
        if _several(mention, doc[i]) and fits(mention, doc[i]) and not _modifier(mention, doc[i]):
            return mention
    return None


def _joint_nationalities(mention: ResolvedMention, doc: Doc) -> list[dict[str, Any]]:
    """The other sides of a group named with coordinated nationalities ("Palestinian
    and Israeli negotiators": the Palestinian negotiators, beside the Israeli ones)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    out: list[dict[str, Any]] = []
    for adjective in (c for c in root.children if c.dep_ == "amod"):
        if not adjective.conjuncts:
            continue
        for other in [adjective, *adjective.conjuncts]:
            if span.start <= other.i < span.end:
                continue  # the side the mention already names
            if _agents().nationality(other.text) is None:
                continue
            out.append(_generic(f"{other.text} {root.text}", [other, root], root))
    return out


def _coordinated(
    mention: ResolvedMention, mentions: dict[int, ResolvedMention], doc: Doc
) -> list[ResolvedMention]:
    """A named actor and the named actors coordinated with it ("Soleimani and
    al-Muhandis"), in the order of the text."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return [mention]
    out: dict[str, ResolvedMention] = {}
    for token in sorted([span.root, *span.root.conjuncts], key=lambda t: t.i):
        other = mentions.get(token.i)
        if other is not None and other.actor is not None:
            out.setdefault(str(other.actor.get("id")), other)
    return list(out.values()) or [mention]


def _people_acted_on_before(
    pronoun: Token, mentions: dict[int, ResolvedMention]
) -> tuple[Token, dict[str, Any]] | None:
    """The people the sentence before did something to, for a "they" that undergoes an
    act in the passive ("… executed 81 men. … they had been convicted of terrorism")."""
    if pronoun.dep_ != "nsubjpass":
        return None
    for previous in _previous_sentences(pronoun.sent, 1):
        for word in previous:
            if word.dep_ not in ("dobj", "obj") or word.tag_ != "NNS" or word.pos_ != "NOUN":
                continue
            if not _is_person_noun(word):
                continue
            named = mentions.get(word.i)
            actor = named.actor if named is not None else _provisional(word)
            if actor is not None:
                return word, dict(actor)
    return None


def _plural_agent_before(
    pronoun: Token, mentions: dict[int, ResolvedMention], skip: set[int]
) -> tuple[Token, dict[str, Any]] | None:
    """The nearest plural noun of armed or official people ("soldiers", "troops",
    "fighters") before an object pronoun with no actor named in between (bar the places
    where they are), with its generic actor: what "them" most likely stands for."""
    sent = pronoun.sent
    for i in range(pronoun.i - 1, sent.start - 1, -1):
        word = pronoun.doc[i]
        if i in skip:
            continue
        plural = word.tag_ == "NNS" and word.pos_ == "NOUN"
        named = mentions.get(i)
        if named is not None and named.actor is not None:
            if plural and str(named.actor.get("id", "")).startswith("~agent:"):
                return word, dict(named.actor)
            if _where_they_are(word, named.actor) or _gathered_at(word):
                continue  # ("soldiers in Syria and Iraq": where they are, not who)
            return None
        if not plural:
            continue
        match = _agents().parse(word.text)
        if match is None or not match.sectors:
            # ("supporters gathered … before police dispersed them": people of no kind
            # the lexicon holds)
            # (not a body's own people, "United Nations agencies": the name decides)
            owned = any(c.i in mentions for c in word.children if c.dep_ in ("compound", "poss"))
            unnamed = _provisional(word) if _is_person_noun(word) and not owned else None
            if unnamed is not None:
                return word, unnamed
            continue
        words = pronoun.doc[word.left_edge.i : word.i + 1]
        return word, _generic(words.text, list(words), word)
    return None


# Prepositions of where people gather ("gathered outside the US embassy").
_GATHERED_AT = {"outside", "at", "near", "in", "inside", "around", "before", "opposite"}


def _gathered_at(word: Token) -> bool:
    """A body named as where people were ("supporters gathered outside the US embassy …
    before security forces dispersed them": the supporters, not the embassy)."""
    head = word
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.lower_ in ("front", "outside", "gates"):
        return True  # "in front of parliament"
    return prep.lower_ in _GATHERED_AT


def _where_they_are(word: Token, actor: dict[str, Any]) -> bool:
    """A place named as where people are ("soldiers in Syria and Iraq"); a state the
    recogniser took for a person ("Niger") is a place all the same."""
    head = word
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in ("in", "at", "inside")
        and (word.ent_type_ in ("GPE", "LOC", "FAC") or actor.get("type") == "state")
    )


def _several(mention: ResolvedMention, at: Token, proper: bool = True) -> bool:
    """Whether a mention names more than one: a plural, or a name coordinated with
    another ("Soleimani and al-Muhandis"). With ``proper`` false a plural name ("the
    United States", "the Houthis") does not count: it can be an "it"."""
    doc = at.doc
    words = [at]
    for step in (-1, 1):
        i = at.i + step
        while 0 <= i < len(doc) and mention.start <= doc[i].idx < mention.end:
            words.append(doc[i])
            i += step

    def named(t: Token) -> bool:  # a conjunct that is another name, before the pronoun
        return t.pos_ == "PROPN" and t.i < at.i + 8

    return any(
        t.tag_ == "NNS"
        or (proper and t.tag_ == "NNPS")
        or (t.dep_ == "conj" and named(t.head))
        or any(c.dep_ == "conj" and named(c) for c in t.children)
        for t in words
    )


def _modifier(mention: ResolvedMention, at: Token) -> bool:
    """Whether a mention only modifies a noun outside it ("a US drone strike", "Baghdad
    airport"): a word inside a compound is not what a later pronoun refers to."""
    top = at
    while top.dep_ in ("compound", "flat", "punct") and top.head.i != top.i:
        if not mention.start <= top.head.idx < mention.end:
            return top.dep_ == "compound"
        top = top.head
    return False
