"""How an event word relates to the words around it, as far as dating goes: the word
whose time it shares when it has none of its own ("went on 14 March to attack", "came
under fire late on Sunday"), the nouns that only frame another event ("a round of
airstrikes", "in a drone strike"), and participial clauses that set the time of their
main verb ("Speaking on Friday, the minister called ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from annalyst.nlp.time.eventive import _eventive
from annalyst.nlp.time.words import _words

if TYPE_CHECKING:
    from spacy.tokens import Token


# "carried out an attack on Monday": the attack happened then.
LIGHT_VERBS: Final = _words(
    "carry launch conduct stage hold mount impose make sign reach issue announce unveil begin"
    " start resume pay deliver perform execute initiate undertake wage lead organise organize"
    " claim order approve adopt give take have suffer witness see endure host lodge file"
    " deal inflict"
)
# "began / moved / tried to X on Monday": X happened then.
ASPECTUAL: Final = _words(
    "begin start continue move manage proceed resume go try attempt seem appear fail rush hurry act"
)
# Nouns that count or package the event named by their "of" phrase: the date written on
# "the second round of airstrikes on 27 June" is the airstrikes'.
CONTAINERS: Final = _words(
    "act acts round rounds series wave waves spate string barrage volley salvo flurry"
    " campaign burst hail latest last first one another"
)
# "aired a statement demanding ...": the demand is made when the statement is issued.
ISSUING: Final = _words(
    "issue air release publish send deliver make broadcast post give read sign adopt pass"
    " approve circulate submit present vote file lodge table"
)
TEXTS: Final = _words(
    "statement letter message speech resolution decree order bill law tweet post video call"
    " appeal address communique communiqué declaration announcement note memo petition"
    " proclamation case complaint lawsuit motion measure legislation"
)
# Verbs of speaking: "X said that Y ... and called for talks" reads as X calling.
_SPEECH: Final = _words(
    "say call urge demand warn stress add note insist ask appeal vow pledge threaten accuse"
    " condemn reject deny praise welcome express reiterate announce declare"
)
# "the first attack to hit the base came on Monday": the subject's event happened then.
_HAPPEN: Final = _words("come happen occur take")
# Verbs that hold an event noun through a preposition: "came under fire", "went on strike".
_PREP_VERBS: Final = frozenset({("come", "under"), ("be", "under"), ("go", "on")})
# Prepositions that join an act to the verb it is part of: "took part in the attack",
# "attempted to shake up the scene by ordering ...", "killed in a drone strike".
_PART_OF: Final = _words("in by without")
# Prepositions that introduce the means or the occasion of an act: "the killing by a drone
# strike on 3 January", "killed in a strike on Monday", "burned their rifles at a
# ceremony on Friday".
_MEANS: Final = _words("in by with through at during")
# Verbs of something coming about whose "with" phrase names the act it took the form of:
# "the alliance materialised in 2020 with the signing of the accords", "the offensive
# began on Monday with air strikes".
_TOOK_FORM: Final = _words(
    "materialize materialise begin start open end close culminate kick peak respond"
    " retaliate react answer"
)
# Nouns for a part someone had in an act: "In 2015 he was the architect of the
# intervention" dates the intervention (not "a critic of the invasion": a stance).
_ROLES: Final = _words(
    "architect mastermind planner organiser organizer leader commander spearhead"
    " engineer instigator perpetrator executor participant part"
)


# Verbs of learning news as it breaks: "heard / woke up to the news of X on Monday".
_LEARN: Final = _words("hear learn receive get wake break")


def _heard(news: Token) -> Token | None:
    """The verb by which breaking news of an act was learned, when it is one: the act is
    as recent as the news (its date is the day the news came)."""
    head = news.head
    if news.dep_ == "pobj" and head.head.i != head.i:
        head = head.head  # "woke up to the news"
    return head if head.lemma_.lower() in _LEARN and head.pos_ in ("VERB", "AUX") else None


def container_top(trigger: Token) -> Token:
    """The word that stands for ``trigger`` in its clause: the container noun of "a round of
    airstrikes", "an act of sabotage"; the trigger itself otherwise."""
    head = trigger.head
    if (
        trigger.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.i != head.i
        and head.head.lower_ in CONTAINERS
    ):
        return head.head
    return trigger


def frames_event(noun: Token) -> bool:
    """Whether a container noun frames an event ("the round of airstrikes")."""
    if noun.lower_ not in CONTAINERS:
        return False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(c.dep_ == "pobj" and _eventive(c) for c in child.children)
    return False


def is_means(noun: Token, trigger: Token) -> bool:
    """Whether an event noun is the means of ``trigger`` ("killed in a strike", "the killing
    by a drone strike"): the same action, so a date on it dates the trigger."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ in _MEANS
        and head.dep_ in ("prep", "agent")
        and head.head.i == trigger.i
    )


def participial(verb: Token) -> bool:
    """A participial clause that shares its main verb's subject and time ("Speaking on
    Friday, ...", "..., adding on Monday that ...")."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    return not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.children)


def governing_word(token: Token) -> Token | None:
    """The word whose time ``token`` shares when nothing in its own clause dates it.

    A noun shares the time of the verb it is the subject of ("the attack took place on
    Monday"), of a light verb it is the object of ("carried out an attack on Monday"), of
    "come under" ("came under rocket fire late on Sunday") and of a verb it completes
    after "in" / "by" ("took part in the assault on Monday"). A verb shares the time of
    the verb it complements ("went on 14 March to attack", "decided on Monday to expel",
    "participated on 31 August in lifting the siege", "attempted in June to ... by
    ordering"), and a participle describing a statement shares the time the statement
    was issued ("aired a statement on 30 August demanding ..."). A verb reported in a
    complement clause ("said on Sunday that it was sending ...") shares nothing.
    """
    head = token.head
    if head.i == token.i:
        return None
    dep = token.dep_
    if token.tag_ == "VBG" and dep in ("nsubj", "csubj"):
        return head  # "Fighting between rival militias erupted on Friday": a gerund subject
    if token.pos_ in ("NOUN", "PROPN", "X") or token.lower_ in CONTAINERS:  # X: "d'etat"
        if dep in ("nsubj", "nsubjpass"):
            return head
        if dep in ("dobj", "attr") and head.lemma_.lower() in LIGHT_VERBS:
            return head
        if dep == "pobj" and head.head.i != head.i:
            verb = head.head
            if (verb.lemma_.lower(), head.lower_) in _PREP_VERBS:
                return verb
            if head.lower_ in _PART_OF and verb.pos_ in ("VERB", "AUX"):
                return verb
            if head.lower_ == "with" and verb.lemma_.lower() in _TOOK_FORM:
                return verb
            if (
                head.lower_ in ("of", "about")
                and verb.lemma_.lower() == "news"
                and verb.dep_ in ("dobj", "pobj")
                and _heard(verb)
            ):
                return _heard(verb)  # "woke up on 3 May to hear the news of the killing"
            if (
                head.lower_ == "of"
                and verb.lemma_.lower() in _ROLES
                and verb.dep_ == "attr"
                and verb.head.lemma_ == "be"
            ):
                return verb.head  # the copula: "In 2015 he was the architect of ..."
        return None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if dep == "xcomp" or participial(token):
        return head  # "crossed the border on Saturday, attacking army posts"
    if (
        dep == "conj"
        and head.dep_ == "ccomp"
        and token.lemma_.lower() in _SPEECH
        and head.head.lemma_.lower() in _SPEECH
        and not has_subject(token)
    ):
        # "the minister said that Baghdad needed help and called for ...": the parse hangs
        # the second verb on the reported clause; its speaker is the minister.
        return head.head
    if (
        dep == "conj"
        and same_tense(token, head)
        and not has_subject(token, other_than_pronoun=True)
    ):
        # "crossed on Wednesday, killed three soldiers and captured two", "acknowledged on
        # Saturday that ..., but he denied ..."
        return head
    if dep == "advcl" and (
        head.lemma_.lower() in ASPECTUAL
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        return head  # purpose: "went on 14 March to attack"
    if dep == "pcomp" and head.lower_ in _PART_OF and head.head.i != head.i:
        return head.head
    if (
        dep in ("relcl", "acl")
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in _HAPPEN
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        return head.head  # "the latest of the attacks to target the base came on 28 June"
    if dep == "acl" and token.tag_ == "VBG" and head.lower_ in TEXTS:
        # "passed a resolution on Wednesday censuring ...", "voted for a resolution urging"
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if head.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and verb.lemma_.lower() in ISSUING:
            return verb
    return None


def has_subject(verb: Token, *, other_than_pronoun: bool = False) -> bool:
    """Whether a verb has a subject of its own (a pronoun does not count with
    ``other_than_pronoun``: "he denied" goes on telling what its antecedent did)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and not (other_than_pronoun and c.pos_ == "PRON")
        for c in verb.children
    )


def same_tense(a: Token, b: Token) -> bool:
    """Whether two verbs are both past or both not ("stormed and seized")."""
    if b.pos_ not in ("VERB", "AUX"):
        return False
    past = {"VBD", "VBN"}
    return (a.tag_ in past) == (b.tag_ in past)
