"""Shapes of clause the parser hangs in a way that hides who does what: the cleft
("It was Hamas that fired"), a clause of time read as a preposition's object ("after
Warsaw criticised the crackdown"), the infinitive with its "to", the plan an infinitive
spells out ("a plot by militants to bomb a church"), a past tense read as a
participle ("when Washington once more bombed Iraqis"), relative clauses hung on the
wrong noun, aims and purposes, and the state an act leaves people in ("…, leaving two
soldiers wounded")."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.tree_walks import is_verb


def charge_phrase(prep: Token) -> bool:
    """A preposition with a gerund after a noun: the phrase of what the one named is
    charged with or praised for ("accusing the organisation of maintaining contacts"),
    which names no other thing the noun is."""
    return prep.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def cleft_focus(verb: Token) -> Token | None:
    """The noun a cleft sentence puts first, for the clause after it: in "It was Hamas
    that fired the last rocket" the clause is about Hamas (the parse hangs the clause on
    the copula; one it hangs on a noun is a relative clause of that noun)."""
    copula = verb.head
    if verb.dep_ != "ccomp" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
        return None
    focus = next((c for c in copula.children if c.dep_ == "attr"), None)
    return focus if focus is not None and focus.i < verb.i else None


def is_infinitive(verb: Token) -> bool:
    """A verb with its "to": "to expel", "to attack"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Conjunctions of time the parser takes for prepositions ("after Warsaw criticised").
_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "as", "while"})


def _subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a clause of time the parser read as a preposition's object: in
    "Belarus expelled the ambassador after Warsaw criticised the crackdown" Warsaw
    criticised, not Belarus."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "pobj" and before.pos_ in ("PROPN", "NOUN", "PRON"):
        prep = before.head
        if prep.lower_ in _TIME_CONJUNCTIONS and prep.i == before.left_edge.i - 1:
            return before
    # ("after a court in Tehran sentenced two nationals": the subject has a phrase of
    # its own, which ends right before the verb)
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TIME_CONJUNCTIONS or prep.i > verb.i:
            continue
        for noun in prep.children:
            if (
                noun.dep_ == "pobj"
                and noun.pos_ in ("PROPN", "NOUN")
                and noun.left_edge.i == prep.i + 1
                and noun.right_edge.i == verb.i - 1
            ):
                return noun
    return None


def described_subject_before(verb: Token) -> Token | None:
    """The subject of a clause the parser broke at an adjective that describes it: in
    "launched a sweep after gunmen loyal to the former regime ambushed a patrol" the
    parser reads "after gunmen [were] loyal to …" and joins "ambushed" to "launched";
    the gunmen ambushed the patrol."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    linked = _linked_subject_before(verb)
    if linked is not None:
        return linked
    if verb.dep_ != "conj":
        return None
    for clause in verb.head.children:
        if (
            clause.dep_ == "advcl"
            and clause.pos_ == "ADJ"
            and clause.right_edge.i == verb.i - 1
            and any(c.dep_ == "mark" and c.lower_ in _TIME_CONJUNCTIONS for c in clause.children)
        ):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None


# Participles that say whom a group is tied to ("insurgents linked to the Islamic State").
_TYING = frozenset({"link", "tie", "affiliate", "ally", "align", "loyal", "connect", "close"})


def _linked_subject_before(verb: Token) -> Token | None:
    """ "Insurgents linked to the Islamic State beheaded …", which the parser reads as
    "insurgents linked [themselves] to …, [someone] beheaded": the insurgents act."""
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.i < verb.i
            and clause.lemma_.lower() in _TYING
            and clause.right_edge.i == verb.i - 1
            and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in clause.children)
            and not any(c.dep_ in ("mark", "aux", "advmod") for c in clause.children)
        ):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None


# Nouns of a charge that a clause after a comma can say someone denies.
_CHARGES = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})
_DISPUTING = frozenset({"deny", "reject", "dispute", "refute", "contest"})


def charge_denied_after(verb: Token) -> bool:
    """Whether a verb of denying closes its sentence as ", a charge Kigali denies", which
    the parser reads as "Kigali denies [the clause before]": it disputes the charge the
    clause makes, and reports none of it."""
    if verb.lemma_.lower() not in _DISPUTING or verb.i < 3:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    doc = verb.doc
    first = subject.left_edge.i
    words = [t.lower_ for t in doc[max(0, first - 1) : subject.i]]
    return (
        bool(words)
        and words[0] == ","
        and any(w in _CHARGES for w in words)
        and any(w in ("a", "an") for w in words)
    )


# Nouns of an intention held by someone, whose infinitive is what they would do.
INTENDING_NOUNS = {"plan", "intention", "decision", "readiness", "plot", "conspiracy",
                    "scheme", "bid", "attempt"}  # fmt: skip


def intended_plan(verb: Token) -> Token | None:
    """The plan, plot or decision an infinitive spells out ("plans to invade Guyana"), also
    when the parser hangs the infinitive on the verb over the plan ("foiled a plot by
    militants to bomb a church")."""
    if not is_infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in INTENDING_NOUNS:
        return head
    if verb.dep_ in ("xcomp", "advcl") and is_verb(head):
        return next(
            (
                c
                for c in head.children
                if c.dep_ in ("dobj", "obj")
                and c.i < verb.i
                and c.lemma_.lower() in INTENDING_NOUNS
            ),
            None,
        )
    return None


def misread_past(verb: Token) -> Token | None:
    """The subject of a past tense the parser read as a participle modifying the noun
    after it: "Trump bombed Iraq" in a list of such clauses, "when Washington once more
    bombed Iraqis". A name right before it (across adverbs), not led by a determiner,
    is its subject; the noun after it, its object."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "amod" or verb.head.i < verb.i:
        return None
    if not verb.lower_.endswith("ed") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    while before.pos_ == "ADV" and before.i > 0:
        before = verb.doc[before.i - 1]
    if (
        before.tag_ != "NNP"
        or before.ent_type_ not in ("PERSON", "ORG", "GPE")
        or (before.i > 0 and verb.doc[before.i - 1].pos_ in ("DET", "PROPN", "ADJ"))
        or verb.doc[verb.i - 1].is_punct
        # the noun hangs on the name: no clause to read (unless the parser made the
        # object an apposition of the subject: "Washington once more bombed Iraqis")
        or (verb.head.head.i == before.i and verb.head.dep_ != "appos")
    ):
        return None  # (not "the US occupied zone": a name inside a noun phrase)
    return before


def people_before_place(antecedent: Token, relative: Token) -> Token:
    """The people a "who" clause is about when the parser hangs it on the place named
    after them ("protesters in Khartoum who were demanding civilian rule")."""
    if (
        relative.lower_ in ("who", "whom")
        and antecedent.ent_type_ in ("GPE", "LOC", "FAC")
        and antecedent.dep_ == "pobj"
        and antecedent.head.dep_ == "prep"
        and antecedent.head.head.tag_ in ("NNS", "NNPS")  # (people: "protesters", not "prison")
    ):
        return antecedent.head.head
    return antecedent


def cleft_focus_above(antecedent: Token, relative: Token) -> Token:
    """The focus of a cleft sentence ("It was militiamen tied to the government that had
    been killed"), where the parser hangs the relative clause on a noun inside the focus's
    own phrase; otherwise the antecedent itself."""
    if relative.lower_ not in ("that", "who"):
        return antecedent
    focus = antecedent
    while focus.dep_ in ("pobj", "prep", "acl", "amod") and focus.head is not focus:
        focus = focus.head
    head = focus.head
    if (
        focus is not antecedent
        and focus.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
    ):
        return focus
    return antecedent


def relative_antecedent(antecedent: Token, relative: Token) -> Token:
    """The noun a relative clause is about, where the parser hung it elsewhere: the
    people before a place (:func:`people_before_place`), a cleft's focus
    (:func:`cleft_focus_above`), the name just before "who" ("the killing of X and Y who
    was targeted": Y, not the killing) or a state just before "which" ("the worst crisis
    is in Yemen which has been bombed": Yemen, not the crisis)."""
    antecedent = cleft_focus_above(people_before_place(antecedent, relative), relative)
    before = relative.doc[relative.i - 1] if relative.i > 0 else antecedent
    if before.pos_ != "PROPN" or antecedent.pos_ == "PROPN":
        return _agreeing(antecedent, relative)
    if relative.lower_ in ("who", "whom") and before.ent_type_ not in ("GPE", "LOC", "FAC"):
        return _agreeing(before, relative)  # (not "students in Dhaka who")
    if (
        relative.lower_ == "which"
        and before.ent_type_ in ("GPE", "ORG")
        and antecedent not in before.ancestors  # (not "the report on Yemen, which …")
    ):
        return before
    return antecedent


_PLURAL_VERBS = frozenset({"were", "are", "have", "'re"})


def _agreeing(antecedent: Token, relative: Token) -> Token:
    """The people whose one member's name closes their phrase, when the "who" clause's
    verb says it is about many ("supporters of candidate X who were marching": the
    supporters, not X)."""
    clause = relative.head
    plural = clause.lower_ in _PLURAL_VERBS or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_VERBS for c in clause.children
    )
    if (
        plural
        and relative.lower_ in ("who", "whom")
        and antecedent.tag_ == "NNP"
        and antecedent.dep_ == "pobj"
        and antecedent.head.lower_ == "of"
        and antecedent.head.head.tag_ == "NNS"
    ):
        return antecedent.head.head
    return antecedent


# Nouns whose "of" phrase tells what the clause's doer means to do or claims to do
# ("under the pretext of fighting Daesh", "with the aim of weakening Iran").
AIMS = {"aim", "goal", "purpose", "objective", "intention", "hope", "hopes"}
_PURPOSES = AIMS | {"pretext", "pretence", "pretense", "guise", "excuse", "banner", "grounds"}


# Verbs of being or being put somewhere, whose "for" gerund is what one is there for.
_PRESENT_FOR = {"be", "remain", "stay", "deploy", "send", "station", "dispatch", "base",
                "keep", "come", "arrive", "go", "return", "move"}  # fmt: skip


def there_for(trigger: Token) -> bool:
    """ "Turkish troops are in Iraq for fighting terrorism", "deployed troops to Mali for
    fighting jihadists": what a force is there for, not a fight told."""
    prep = trigger.head
    return (
        trigger.dep_ == "pcomp"
        and trigger.tag_ == "VBG"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in _PRESENT_FOR
    )


# Nouns of what an act is for, or why it would be done: an act they name is an aim or
# a motive, never one reported.
_AIM_NOUNS = {"aim", "goal", "objective", "purpose", "bid", "reason", "motive", "incentive",
         "pretext", "excuse"}  # fmt: skip


def an_aim(trigger: Token) -> bool:
    """Whether an unrealized act is named as an aim ("in a bid to pressure Damascus",
    "the declared objective is to exert pressure", "the aim of toppling Assad")."""
    word = trigger
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "two goals: to destroy PKK camps and to capture its leaders"
    if word.dep_ in ("dobj", "obj") and word.head.pos_ == "VERB":
        word = word.head  # "to exert pressure": the verb that carries the noun
    return _named_as_aim(word)


def _named_as_aim(trigger: Token) -> bool:
    head = trigger.head
    if trigger.dep_ in ("acl", "xcomp", "relcl") and head.lemma_.lower() in _AIM_NOUNS:
        return True  # "in a bid to pressure", "two goals: to destroy"
    if trigger.dep_ == "pobj" or trigger.dep_ == "pcomp":
        noun = head.head
        return head.lower_ == "of" and noun.lemma_.lower() in _AIM_NOUNS  # "the aim of toppling"
    if trigger.dep_ in ("xcomp", "ccomp", "attr") and head.lemma_ == "be":
        # "the objective … is to exert pressure"
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _AIM_NOUNS
            for c in head.children
        )
    return False


def purpose_of_clause(verb: Token, nouns: set[str] = _PURPOSES) -> Token | None:
    """The verb whose doer a gerund of purpose or pretext belongs to ("sent troops under
    the pretext of fighting Daesh": whoever sent them), or None."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.lower_ != "of" or head.head.lemma_.lower() not in nouns:
        return None
    holder = head.head.head
    if head.head.dep_ == "pobj" and holder.dep_ == "prep" and is_verb(holder.head):
        return holder.head
    return None


def gerund_subject_in_prep(verb: Token) -> Token | None:
    """A gerund's subject the parser made the object of the preposition before it: in
    "in spite of the ministry denying any knowledge", "despite Iraq rejecting it", the
    noun right before the gerund does what it says."""
    if verb.tag_ != "VBG":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for noun in prep.subtree:
            if (
                noun.dep_ == "pobj"
                and noun.pos_ in ("PROPN", "NOUN", "PRON")
                and noun.right_edge.i == verb.i - 1
            ):
                return noun
    return None


def left_so(token: Token) -> Token | None:
    """The "leaving" of "…, leaving two soldiers wounded", however the parser hangs the
    participle of the state left behind (on "leaving", under it, or on its object)."""
    head = token.head
    if head.lemma_.lower() == "leave" and token.dep_ in ("oprd", "xcomp", "acomp", "ccomp"):
        return head if head.dep_ in ("advcl", "conj") else None
    if (
        head.lemma_.lower() == "leave"
        and head.dep_ in ("advcl", "conj")
        and token.dep_ == "conj"
        and token.tag_ == "VBN"
        and any(c.dep_ == "oprd" for c in head.children)
    ):
        return head  # ("leaving one protester dead and dozens injured": a second state)
    for child in token.children:
        if child.dep_ == "csubj" and child.lemma_.lower() == "leave":
            return child if token.dep_ in ("advcl", "conj") else None
    if token.dep_ == "acl" and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() == "leave":
        return head.head if head.head.dep_ in ("advcl", "conj") else None
    if token.tag_ == "VBN" and token.dep_ in ("advcl", "conj"):
        # (the state hung beside "leaving" on the act: "attacked a post, leaving two
        # soldiers wounded")
        for leaving in head.children:
            if (
                leaving.lemma_.lower() == "leave"
                and leaving.dep_ in ("advcl", "conj")
                and leaving.right_edge.i == token.i - 1
            ):
                return leaving
    return None


def left_in_state(token: Token) -> list[Token]:
    """The people an act leaves in the state ``token`` names ("…, leaving dozens
    detained": the dozens), however the parser hangs them."""
    leaving = left_so(token)
    if leaving is None:
        return []
    return [
        c for c in (*token.children, *leaving.children) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]


def speakers_participle(verb: Token) -> Token | None:
    """The verb of saying a participle closing what was said belongs to, where the
    parser hung it on the last verb of the words said ("announced on Tuesday that its
    fighters had attacked a target, vowing to keep up its operations": the announcer
    vows, as it announces): that verb of saying, or None."""
    clause = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or clause.dep_ != "ccomp"
        or verb.i < clause.i
        or verb.right_edge.i < clause.right_edge.i - 1  # (it closes the words said)
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    saying = clause.head
    return saying if saying.pos_ in ("VERB", "AUX") and saying.i < clause.i else None


# Verbs by which words are sent to someone ("sent a letter", "addressed a message").
MESSAGE_SENDING = frozenset({"send", "write", "deliver", "address", "dispatch", "hand"})


def message_sent(token: Token) -> Token | None:
    """The verb of sending of which a participle tells the words sent: "sent a letter
    threatening to cut funding", also when the parser hangs it on whom the letter went
    to ("sent a letter to Iran's leadership proposing talks": the leadership proposes
    nothing)."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl"):
        return None
    head = token.head
    if head.lemma_.lower() in MESSAGE_SENDING:
        return head
    if (
        token.dep_ == "acl"
        and head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.head.lemma_.lower() in MESSAGE_SENDING
    ):
        return head.head.head
    return None
