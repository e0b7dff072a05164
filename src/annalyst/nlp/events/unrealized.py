"""Acts a sentence names without telling that they happened: the goal of something, what
is considered, sought or demanded, what is hard or likely to be done, a condition put
first, a rule said of everyone. :mod:`annalyst.nlp.events.status` asks these questions
after negation and before the reported speech around the act.

Each reading looks at the act's own word: the trigger when it is a verb, else the verb
that carries a nominal trigger ("launch an attack", see
:func:`annalyst.nlp.events.frames._clause_verb`), and the noun itself for the words that
govern a noun ("contemplated his arrest", "the upcoming visit").
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.clause_shapes import is_infinitive
from annalyst.nlp.events.unnamed import _is_person_noun
from annalyst.nlp.syntax_words import CHARGING_WITH, GUESSING, PUNISHING
from annalyst.nlp.tokentable import token_table

# Verbs whose object is only entertained: "contemplating his arrest", "to discuss easing
# the measures", "proposed a ceasefire", "demanded the release of the detainees".
_ENTERTAINING = {
    "contemplate",
    "consider",
    "weigh",
    "mull",
    "ponder",
    "propose",
    "suggest",
    "envisage",
    "envision",
    "explore",
    "discuss",
    "debate",
    "demand",
    "request",
    "recommend",
    "advocate",
}
# Verbs whose object is feared, averted or awaited ("stop the attacks" is not one: the
# attacks are there to be stopped).
_AVERTING = {
    "fear",
    "dread",
    "risk",
    "avoid",
    "prevent",
    "deter",
    "avert",
    "forestall",
    "await",
    "anticipate",
}
# Nouns whose "of" names what may come: "fears of a war", "the threat of sanctions".
_PROSPECTS = {
    "fear",
    "risk",
    "threat",
    "danger",
    "prospect",
    "possibility",
    "spectre",
    "specter",
    "likelihood",
    "chance",
    "hope",
}
# What is hoped, waited or prayed "for".
_HOPING = {"hope", "wait", "pray", "plead", "lobby", "press", "ask", "clamour", "clamor"}
# Verbs of permission whose object is only allowed or forbidden.
_ALLOWING = {"allow", "permit", "forbid", "prohibit"}
# Verbs that take a noun as an aim: "would pursue the withdrawal", "seeks the arrest".
_AIMING = {"pursue", "seek", "want", "desire", "plan", "intend", "await", "eye"}
# (discussing and debating a noun may be about the past: "discussed the attack")
_GERUND_ONLY = {"discuss", "debate"}

# Adjectives that put an act ahead: "his upcoming visit", "a planned offensive".
_AHEAD = {
    "upcoming",
    "planned",
    "forthcoming",
    "impending",
    "imminent",
    "scheduled",
    "intended",
    "looming",
    "prospective",
    "expected",
    "anticipated",
    "future",
}
# Adjectives that make it only possible: "a possible strike", "a proposed truce".
_MAYBE = {"possible", "potential", "proposed", "likely", "eventual", "hypothetical"}

# Adjectives of chance, ease and need whose "to" complement has not happened: "likely to
# strike", "hard for Iraq to meet", "necessary to withdraw".
_CHANCE = {
    "likely",
    "unlikely",
    "hard",
    "difficult",
    "challenging",
    "easy",
    "impossible",
    "possible",
    "necessary",
    "important",
    "essential",
    "crucial",
    "vital",
    "imperative",
    "free",
    "tempting",
    "reluctant",
    "afraid",
}

# Nouns of purpose: "the objective … is to exert pressure", "with the aim of ousting".
_GOALS = {
    "goal",
    "objective",
    "aim",
    "purpose",
    "intention",
    "intent",
    "mission",
    "task",
    "plan",
    "ambition",
    "target",
}
# Words "at" or "of" a goal: "aimed at reviving", "capable of striking".
_AIMED = {"aim", "aimed", "target", "geared", "directed"}
_CAPABLE = {"capable", "incapable"}

# Nouns whose content someone alleges: "accusations of collaborating with ISIS".
_ALLEGING = {
    "accusation",
    "allegation",
    "charge",
    "claim",
    "suspicion",
    "rumour",
    "rumor",
    "pretext",
    "guise",
}
_ACCUSING = {"accuse", "suspect", "charge", "blame", "convict"}
# Words by which a charge names its act: "charges related to the killing".
_RELATED = {"relate", "related", "link", "linked", "connect", "connected", "tie", "pertain"}

# Words that say an infinitive was carried out or hangs on an earlier one: "the first
# statesman to visit Iran", "the latest of the attacks to target the forces".
_REALISED_NOUN_MODS = {"first", "last", "only", "latest", "next", "second", "third", "sole"}

# Subjects that make a sentence a rule about everyone rather than a report.
_EVERYONE = {
    "everyone",
    "everybody",
    "everything",
    "anyone",
    "anybody",
    "anything",
    "whoever",
    "whatever",
}

# Nouns of plans, efforts, offers, limits and openings: what they are "to" do is ahead.
_PLANS = {
    "law",
    "legislation",
    "bill",
    "resolution",
    "motion",
    "decision",
    "plan",
    "proposal",
    "deadline",
    "ultimatum",
    "effort",
    "bid",
    "attempt",
    "campaign",
    "drive",
    "talk",
    "talks",
    "negotiation",
    "opportunity",
    "chance",
    "way",
    "time",
    "call",
    "order",
    "request",
    "demand",
    "offer",
    "deal",
    "agreement",
    "pledge",
    "promise",
    "commitment",
    "move",
    "initiative",
    "strategy",
    "policy",
    "mandate",
    "permission",
    "approval",
    "vote",
    "readiness",
    "willingness",
    "determination",
    "intention",
    "scheme",
    "project",
    "programme",
    "program",
    "mission",
}

# Acts a deed carries out by being done: "struck in order to retaliate".
_ANSWERING = {"retaliate", "avenge", "respond", "reply", "revenge"}

# Nouns of cause: an act they give a motive for is neither denied nor put in doubt.
_REASONS = {"reason", "excuse", "pretext", "motive", "cause", "justification"}

_MODALS = {"could", "would", "might", "may", "can", "should", "must"}
_CONDITION_MARKS = {"if", "unless", "whether"}


def entertained(word: Token) -> bool:
    """ "had lawmakers contemplating his arrest", "to discuss easing the measures",
    "demanded the release": considered, proposed or demanded, not done."""
    head = word.head
    if head.i == word.i:
        return False
    lemma = head.lemma_.lower()
    if lemma not in _ENTERTAINING:
        return False
    gerund = (
        word.tag_ == "VBG"
        and word.dep_ in ("xcomp", "dobj", "ccomp", "obj")
        # ("suggests that the US is exerting pressure": a clause of its own)
        and not any(c.dep_ in ("aux", "nsubj", "mark") for c in word.children)
    )
    noun = word.pos_ in ("NOUN", "PROPN") and word.dep_ in ("dobj", "obj")
    if not (gerund or (noun and lemma not in _GERUND_ONLY)):
        return False
    # "consider this escalation a retaliation": a verdict on an act, not a plan of one
    return not any(
        c.dep_ in ("oprd", "attr", "ccomp", "dobj") and c.i != word.i for c in head.children
    )


# Words whose "between" names the options weighed ("choose between committing to a deal
# and a war", "a choice between lifting the siege and storming the city").
_CHOOSING = {"choose", "choice", "decide", "decision", "option", "dilemma", "pick", "select"}


def optioned(word: Token) -> bool:
    """An act that is one of the options of a choice, or told of one ("or a war in which
    the Axis will target Israel"): not done, only weighed."""
    option = word.head if word.dep_ in ("relcl", "acl") else word
    while option.dep_ == "conj" and option.head.i != option.i:
        option = option.head
    prep = option.head
    if option.dep_ not in ("pcomp", "pobj") or prep.lower_ != "between":
        return False
    return prep.head.lemma_.lower() in _CHOOSING


def allowed(word: Token) -> bool:
    """ "will not allow negotiation on other issues", "forbids any contact": what is
    allowed or forbidden may or may not be done."""
    head = word.head
    return (
        head.i != word.i
        and word.pos_ in ("NOUN", "PROPN")
        and word.dep_ in ("dobj", "obj")
        and head.lemma_.lower() in _ALLOWING
    )


def feared(word: Token) -> bool:
    """ "fear a war", "to prevent a confrontation", "the risk of an escalation",
    "hopes for a truce": an outcome feared, averted or hoped for has not happened."""
    head = word.head
    if head.i == word.i or word.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = head.lemma_.lower()
    if word.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        return lemma in _AVERTING
    if word.dep_ != "pobj" or head.head.i == head.i:
        return False
    governor = head.head.lemma_.lower()
    if head.lower_ == "of":
        return head.head.pos_ == "NOUN" and governor in _PROSPECTS
    return head.lower_ == "for" and governor in _HOPING


def judged_ahead(word: Token) -> bool:
    """ "(said) a strike on the port would be a breach of the truce": a verdict on an
    act in the conditional is about a possible act, even when it is reported."""
    head = word.head
    return (
        word.pos_ == "NOUN"
        and word.dep_ == "nsubj"
        and head.lemma_.lower() == "be"
        and any(c.dep_ in ("attr", "acomp") for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.children)
    )


# Verbs of guessing what someone will do.
_EXPECTING = GUESSING | {"expect", "bet", "predict", "wager"}
# Subjects that make a guess the writer's or anyone's, not a party's report.
_ANYONE = frozenset({"one", "you", "i", "we"})


def guessed_by_anyone(word: Token) -> bool:
    """ "One almost expects the new prime minister to provide an endorsement": what the
    writer, or anyone, guesses someone will do is no act, not even a planned one."""
    clause = word
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ in ("xcomp", "ccomp"):
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    guesser = clause.head
    return guesser.lemma_.lower() in _EXPECTING and any(
        c.dep_ == "nsubj" and c.lower_ in _ANYONE for c in guesser.children
    )


def questioned(word: Token, verbs: list[Token]) -> bool:
    """The main verb of a yes/no question ("Did the army shell the town?") is asked
    about, not told; a negative question ("Didn't the army shell it?") is rhetoric
    and tells it, and a wh-question ("Who shelled it?") takes it as given."""
    sent = word.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    first = next((t for t in sent if t.is_alpha), None)
    if last is None or first is None or last.text != "?" or first.pos_ != "AUX":
        return False
    if first.dep_ not in ("aux", "auxpass", "ROOT") or any(
        t.dep_ == "neg" and t.i <= first.i + 1 for t in sent
    ):
        return False
    root = sent.root
    candidates = verbs or [word]
    return any(v.i == root.i or first.head.i == v.i for v in candidates)


def aimed_at(word: Token) -> bool:
    """ "would pursue the withdrawal", "seeks the arrest of": an aim, still ahead."""
    head = word.head
    return (
        head.i != word.i
        and word.pos_ in ("NOUN", "PROPN")
        and word.dep_ in ("dobj", "obj")
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in _AIMING
    )


def ahead(word: Token) -> str | None:
    """ "his upcoming visit" is future, "a possible strike" hypothetical; so is "ahead
    of a trip to Beijing"."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return None
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ == "ahead":
        return "future"
    for child in word.children:
        if child.dep_ not in ("amod", "compound"):
            continue
        lower = child.lower_
        if lower in _AHEAD:
            return "future"
        if lower in _MAYBE:
            return "hypothetical"
    return None


def chanced(verb: Token) -> bool:
    """ "is likely to strike", "challenging for Iraq to meet": the infinitive of an
    adjective of chance, ease or need has not happened."""
    current = verb
    for _ in range(2):
        head = current.head
        if head.i == current.i or current.dep_ not in ("xcomp", "advcl", "ccomp"):
            return False
        if not is_infinitive(current) and current.tag_ != "VBG":
            return False
        if head.pos_ == "ADJ" and head.lemma_.lower() in _CHANCE:
            return True
        current = head
    return False


def for_subject(verb: Token) -> bool:
    """An infinitive with its own "for" subject: "a rite of passage for presidents to
    bomb", "it is time for the troops to leave", "paved the way for X to attack" — a
    norm, a need or an opening, not a report that it was done."""
    if not is_infinitive(verb):
        return False
    if verb.head.lemma_.lower() in _REASONS:
        return False  # "another reason for Turkey to support the KDP": a motive, told
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def goal(verb: Token) -> bool:
    """ "The objective of the presence is to exert pressure", "with the aim of ousting
    him", "aimed at reviving ISIS": a purpose."""
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ in ("xcomp", "ccomp", "attr", "advcl") and head.lemma_.lower() == "be":
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lemma_.lower() in _GOALS for s in subjects):
            return True
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if head.lower_ == "of" and governor.lemma_.lower() in _GOALS:
            return True
        if head.lower_ == "at" and governor.lemma_.lower() in _AIMED:
            return True
    return False


def scheduled(verb: Token) -> bool:
    """ "The rest were to meet him there", "the minister is to visit Ankara": what is
    set to be done."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.lemma_.lower() == "be"
        and is_infinitive(verb)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def capable(verb: Token) -> bool:
    """ "capable of striking", "expanding their capabilities to defend": a capacity."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in _CAPABLE:
        return True
    # the parser may hang the infinitive on the verb whose object is the capacity
    return (
        verb.dep_ in ("xcomp", "advcl")
        and is_infinitive(verb)
        and any(
            c.dep_ in ("dobj", "obj")
            and c.lemma_.lower() in ("capability", "capacity", "ability")
            and c.i < verb.i
            for c in head.children
        )
    )


def purpose_of_noun(verb: Token) -> bool:
    """An infinitive on a noun tells what the thing is for ("a law to expel the forces",
    "a deadline to withdraw", "talks to reconcile", "efforts to revive the deal") —
    unless the noun is ranked ("the first statesman to visit", "the latest attack to
    target"), which says it was done; and an explicit purpose ("in order to bombard")."""
    if not is_infinitive(verb):
        return False
    head = verb.head
    if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj":
        # "in order to …" (a deed done "to retaliate" is the retaliation)
        return verb.lemma_.lower() not in _ANSWERING
    if verb.dep_ not in ("acl", "relcl") or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_.lower() not in _PLANS:
        return False  # "set up a centre to share information": a standing function
    ranked = any(
        c.lower_ in _REALISED_NOUN_MODS or c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL"
        for c in head.subtree
        if c.i < head.i
    )
    return not ranked


def gerund_subject(verb: Token) -> bool:
    """ "Fighting these forces could serve to …": an act named as a subject of what may
    be is itself only entertained."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "nsubj"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children)


def expected(verb: Token) -> bool:
    """ "expects Bennett to provide an endorsement", "wants them to attack": the parser
    reads the object and its infinitive as one clause."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and is_infinitive(verb)
        and head.lemma_.lower() in ("expect", "want", "hope", "wish", "await", "plan")
    )


def alleged(word: Token) -> bool:
    """ "faced accusations of collaborating", "accused them of attacking": what an
    accusation is about is a claim."""
    head = word.head
    if word.pos_ in ("NOUN", "PROPN") and head.head.lemma_.lower() in _ACCUSING:
        return False  # "accused Israel of the sabotage": who did it is alleged, not the act
    if (
        word.dep_ == "pobj"
        and head.lower_ in ("to", "with")
        and head.head.lemma_.lower() in _RELATED
        and head.head.head.lemma_.lower() in _ALLEGING
    ):
        return True  # "on charges related to the killing of activists"
    if word.dep_ in ("pobj", "pcomp") and head.lower_ == "of":
        governor = head.head.lemma_.lower()
        return governor in _ALLEGING or governor in _ACCUSING
    if word.dep_ == "pcomp" and head.lower_ == "with":
        return head.head.lemma_.lower() in CHARGING_WITH  # "charged them with torturing"
    if word.dep_ in ("pobj", "pcomp") and head.lower_ == "about":
        # "phony US claims about military operations against ISIS"
        return head.head.lemma_.lower() in _ALLEGING
    if word.dep_ in ("pobj", "pcomp") and head.lower_ == "for":
        # "blamed Iran for attacking", "arrested for collaborating": the reason given
        governor = head.head.lemma_.lower()
        return governor in _ACCUSING or governor in PUNISHING
    if word.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
        return head.lemma_.lower() in _ALLEGING
    return False


def generic(verb: Token) -> bool:
    """ "Everyone that opposes Washington is 'Iranian-backed'": a rule said in the
    present of anyone, not a report of an act."""
    clause = verb
    if verb.dep_ in ("acomp", "attr") and verb.head.lemma_.lower() == "be":
        clause = verb.head
    if clause.dep_ == "advcl" and _habitual_when(clause):
        return True  # (the clause of "when" itself)
    if clause.tag_ not in ("VBZ", "VBP") and not _finite_base(clause):
        return False
    if _any_time_or_place(clause) or any(
        c.dep_ == "advcl" and _any_time_or_place(c) for c in clause.children
    ):
        # "wherever their handlers deploy them", "attacks convoys whenever they enter":
        # whenever it happens, not once
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUALLY for c in clause.children):
        return True  # "occupiers always promise liberation": a habit, not an act
    if any(c.dep_ == "advcl" and _habitual_when(c) for c in clause.children):
        return True  # "who benefits when cities are bombed": whenever it happens
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.dep_ == "relcl" and clause.head.lower_ in _THOSE:
        return True  # "those who threaten Iran": anyone who does
    if clause.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "each") for c in clause.head.children
    ):
        return True  # "any country that refuses to obey": whichever does
    if (
        clause.dep_ == "relcl"
        and _bare_plural(clause.head)
        and any(s.lower_ in ("that", "who", "which") for s in subjects)
    ):
        return True  # "gas for countries that refuse to pay": any that do
    if any(_bare_plural(s) and not _is_person_noun(s) for s in subjects):
        # "sanctions kill children": a thing of a kind does it to people of a kind
        objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        if objects and all(_bare_plural(o) for o in objects):
            return True
    return any(s.lower_ in _EVERYONE for s in subjects)


_ANY_TIME_OR_PLACE = {"wherever", "whenever"}
# Adverbs of a habit: what is said with them in the present is no single act.
_HABITUALLY = {"always", "usually", "often", "routinely", "typically", "generally",
               "invariably", "habitually", "forever"}  # fmt: skip
_THOSE = {"those", "anyone", "whoever", "all"}


def _habitual_when(clause: Token) -> bool:
    """A present clause of "when" under a present one: whenever it happens."""
    present = clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in clause.children
    )
    return (
        present
        and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children)
        and clause.head.tag_ in ("VBZ", "VBP")
    )


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, number, possessor or name: a kind of thing."""
    return (
        noun.tag_ == "NNS"
        and not noun.ent_type_
        and not any(
            c.dep_ in ("det", "nummod", "poss", "compound", "amod", "prep") for c in noun.children
        )
    )


def _finite_base(verb: Token) -> bool:
    """A present verb the tagger read as a bare form ("wherever their handlers deploy
    them"): it has a subject and no auxiliary or "to"."""
    children = list(verb.children)
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )


def _any_time_or_place(clause: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _ANY_TIME_OR_PLACE for c in clause.children)


def under_fronted_condition(token: Token) -> bool:
    """A word between a fronted "if", "unless" or "whether" and the main clause it
    conditions is inside the condition, however the parser attached it: "Whether it is
    a Houthi attack, a Taliban attack or …, it is always Iran's fault"."""
    w = token_table(token.doc)
    start_of_sentence, _ = w.sentence_of(token.i)
    for i in range(start_of_sentence, token.i + 1):
        if w.dep[i] != "mark" or w.lower[i] not in _CONDITION_MARKS:
            continue
        mark = token.doc[i]
        clause = mark.head
        main = clause.head
        if clause.dep_ != "advcl" or main.i <= clause.i or main.i == clause.i:
            continue
        # the main clause starts at its subject (or its verb when it has none)
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        start = min([s.left_edge.i for s in subjects if s.i > clause.i] + [main.i])
        if mark.i <= token.i < start:
            return True
    return False


def hypothetical(token: Token, verbs: list[Token]) -> bool:
    """Whether the act (its trigger, and the verbs that carry it) is only entertained,
    possible, a norm or a condition."""
    if under_fronted_condition(token) or entertained(token) or allowed(token):
        return True
    if optioned(token) or any(optioned(v) for v in verbs):
        return True
    if feared(token) or questioned(token, verbs) or judged_ahead(token):
        return True
    if ahead(token) == "hypothetical":
        return True
    own = [v for v in verbs if v.i != token.i]
    if any(entertained(v) for v in own):
        return True
    return any(
        chanced(v) or for_subject(v) or gerund_subject(v) or generic(v) or capable(v) or guessed(v)
        for v in verbs
    )


def guessed(verb: Token) -> bool:
    """ "it would be logical to assume that the Axis will take countermeasures": a guess."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in GUESSING


def intended(token: Token, verbs: list[Token]) -> bool:
    """Whether the act is an aim, a purpose or an expectation, still ahead."""
    if aimed_at(token) or ahead(token) == "future" or after_a_future(token):
        return True
    head = token.head
    if not verbs and token.dep_ in ("dobj", "obj") and goal(head):
        return True  # "the objective is to exert pressure": the object of the goal's verb
    return any(
        goal(v) or purpose_of_noun(v) or expected(v) or scheduled(v) or after_a_future(v)
        for v in verbs
    )


_TIME_MARKS = {"after", "before", "when", "once", "until"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_SETTING_VERBS = {"plan", "schedule", "expect", "set", "due", "intend"}


def after_a_future(verb: Token) -> bool:
    """An act in the present tense in a clause of time under a future one ("the change
    will be announced after the prime minister meets Biden", "is planned for Monday,
    once the envoy arrives"): English tells what is still ahead in the present there."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    current = verb.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in current.children):
            return True
        if current.lemma_.lower() in _SETTING_VERBS:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


# Modals by which a writer says what ought to be done.
_OUGHT = {"should", "must", "ought", "need"}


def judged_by_no_one(verb: Token) -> bool:
    """An act said only to be owed, by no one in particular: "Biden should be applauded",
    "the perpetrators must be punished" (the writer's judgement, not an act anyone did
    or was asked to do)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


# Verbs of promising by which a stand is taken "until" something happens.
_VOWING = {"vow", "pledge", "promise", "swear", "threaten", "insist"}


def awaited(verb: Token) -> bool:
    """An act a stand waits for: "would continue its operations until US troops leave
    Iraq", "vowed to fight until the occupation ends" (not yet, and maybe never)."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children
    ):
        return False
    stand = verb.head
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in stand.children
    ) or (stand.dep_ == "xcomp" and stand.head.lemma_.lower() in _VOWING)


def conditioned(verb: Token) -> bool:
    """A verb of an "if" or "unless" clause (or one coordinated with it)."""
    clause = verb
    # ("if the occupation forces fail to leave": the leaving is the condition's too)
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "advcl" and _marked_if(clause):
        return True
    if proviso(verb) or proviso(clause):
        return True
    # "If the talks fail and Washington does not ease …": the parser often hangs the first
    # condition on the second
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and _marked_if(clause):
            joined = [*verb.children, *clause.children]
            if any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in joined):
                return True
    return False


def _marked_if(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


# Words that open a condition before its clause's subject ("provided the army withdraws",
# "on condition that …").
_PROVISOS = {"provided", "providing"}


def proviso(clause: Token) -> bool:
    """Whether a clause is a condition set by "provided (that)", "providing" or "on
    condition that" ("will hand over Gaza provided the occupation withdraws"): what it
    tells is only supposed. (Not "as long as", which as often tells a state that holds:
    "will not disarm as long as Israel occupies …".)"""
    return _after_a_proviso(clause)


def _after_a_proviso(clause: Token) -> bool:
    """Whether a clause follows "provided (that)", "providing" or "on condition that",
    however the parser hangs it ("would hand over Gaza provided the occupation withdrew
    its forces")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    i = subjects[0].left_edge.i - 1
    doc = clause.doc
    if i >= 0 and doc[i].lower_ == "that":
        i -= 1
        if i >= 1 and doc[i].lower_ == "condition" and doc[i - 1].lower_ == "on":
            return True
    return i >= 0 and doc[i].lower_ in _PROVISOS
