"""Clause frames read off a spaCy dependency parse: who does and who undergoes a verb.

The parser attaches a subject only to the verb that carries it. Whoever acts in
"Iran vowed to retaliate", "the EU would step up its efforts and would hold talks",
"gunmen stormed the building, killing three guards", "the militia that attacked the
base" or "urged the UN to intervene" is written once, on another verb or noun; these
functions follow the links (coordination, control, participles, relative clauses,
prepositional complements) so that every verb gets its logical subject and object.

The logical subject is the doer (an active verb's subject, a passive verb's "by"
agent); the logical object is the one acted upon (an active verb's object, a passive
verb's subject). Both come back as head tokens, each with its coordinated conjuncts.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from annalyst.nlp.clause_links import misjoined_head, note_misread_as_said, reported_deed
from annalyst.nlp.clause_shapes import (
    _subject_read_as_object,
    cleft_focus,
    described_subject_before,
    gerund_subject_in_prep,
    intended_plan,
    misread_past,
    purpose_of_clause,
    relative_antecedent,
)
from annalyst.nlp.syntax_words import (
    ACCUSING,
    ACCUSING_OF,
    ANSWERABLE,
    CHARGING_WITH,
    DISCUSSING,
    ENDEAVOURS,
    HELD_WILLS,
    HOLDING_WILLS,
    INTRANSITIVE,
    MOVING,
    OBJECT_CONTROL,
    PARTICLES,
    PAST_PAIRS,
    PROSPECTS,
    PUNISHING,
    SPEECH_NOUNS,
    THWARTING,
    UNCOVERING,
    UNDERTAKING,
)
from annalyst.nlp.tokentable import TokenTable, token_table
from annalyst.nlp.tree_walks import ancestors as ancestors
from annalyst.nlp.tree_walks import clause_verb as clause_verb
from annalyst.nlp.tree_walks import depth as depth
from annalyst.nlp.tree_walks import is_verb as is_verb

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_MAX_HOPS = 5
# Charges one faces, and the verbs of facing or answering them.
_CHARGES = frozenset({"accusation", "allegation", "charge", "suspicion", "claim"})
_FACING = frozenset({"face", "deny", "reject", "dismiss", "refute", "receive", "confront"})


def _conjuncts_of(token: Token | None) -> list[Token]:
    return conjuncts(token) if token is not None else []


def conjuncts(token: Token) -> list[Token]:
    """A head with the heads coordinated with it ("Iran, Iraq and Syria")."""
    doc = token.doc
    return [token if i == token.i else doc[i] for i in _conjunct_ids(token_table(doc), token.i)]


def _conjunct_ids(w: TokenTable, i: int) -> list[int]:
    """`conjuncts` by token index, read from the token table."""
    out = [i]
    dep, pos = w.dep, w.pos
    nominal = pos[i] in NOMINAL
    for c in w.children[i]:
        if dep[c] == "conj" and (pos[c] in NOMINAL) == nominal:
            if nominal and _subject_of_next_clause(w, c):
                continue
            out.extend(_conjunct_ids(w, c))
    return out


def subject_of_next_clause(noun: Token) -> bool:
    """Whether a noun coordinated with another is the subject of the clause after it
    (see `_subject_of_next_clause`)."""
    return noun.dep_ == "conj" and _subject_of_next_clause(token_table(noun.doc), noun.i)


def _subject_of_next_clause(w: TokenTable, noun: int) -> bool:
    """A noun the parser coordinated with an object that is the subject of the next
    clause: in "rockets were fired at the embassy and pictures of leaders were burned"
    the pictures were burned, not fired at. The noun's phrase runs into the auxiliary of
    a verb that has no subject of its own, or into that verb itself ("troops occupy the
    territory and Washington claims the right to …")."""
    after = w.right_edge(noun) + 1
    if after >= len(w.dep) or w.tag[after] not in ("VBD", "VBZ", "VBP", "MD"):
        return False  # (not an infinitive's "to")
    if w.dep[after] == "conj" and w.pos[after] in ("VERB", "AUX"):
        verb = after
    elif w.dep[after] in ("aux", "auxpass"):
        verb = w.head[after]
        if verb <= after:
            return False
    else:
        return False
    return not any(w.dep[c] in ("nsubj", "nsubjpass", "expl") for c in w.children[verb])


def is_passive(verb: Token) -> bool:
    """A passive clause: "was killed", "have been detained", or a bare participle
    modifying a noun ("a man detained by police")."""
    if _self_binding(verb):
        return False  # "the government is committed to reform": it commits itself
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.dep_ == "amod" and misread_past(verb) is not None:
        return False
    if _absolute_participle(verb):
        return True
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and is_passive(verb.head)
        and not any(c.dep_ in OBJECT_DEPS or c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return True  # "were beaten and detained by police": the auxiliary is shared
    # An object means the parser mistook a main verb for a modifier ("the air force
    # carried out strikes" read as a noun phrase): that one is active.
    # So does a subject of its own ("the Americans freed from prisons …").
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod")
        and not any(c.dep_ in OBJECT_DEPS or c.dep_ == "nsubj" for c in verb.children)
    )


# Participles whose subject binds itself to what follows "to": "is committed to".
_SELF_BINDING = frozenset({"commit", "dedicate", "devote", "pledge"})


def _self_binding(verb: Token) -> bool:
    """ "X is committed / dedicated to Y" with no one else named as binding X: the
    subject's own undertaking, not something done to it."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _SELF_BINDING
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _absolute_participle(verb: Token) -> bool:
    """ "with its women kidnapped": a participle after "with" whose subject undergoes it
    (the parser calls that word its subject; the tagger often reads a past tense)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    deps = {c.dep_ for c in verb.children}
    return (
        "nsubj" in deps
        and not deps & {"aux", "auxpass", *OBJECT_DEPS}
        and (
            any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children)
            or (verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without"))
        )
    )


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to a token ("talks with X")."""
    wanted = set(preps)
    doc = token.doc
    w = token_table(doc)
    dep, lower, children, pos = w.dep, w.lower, w.children, w.pos
    found: list[int] = []
    for child in children[token.i]:
        if dep[child] in ("prep", "agent", "dative") and lower[child] in wanted:
            before = len(found)
            for pobj in children[child]:
                if dep[pobj] == "pobj":
                    found.extend(_conjunct_ids(w, pobj))
                elif dep[pobj] == "prep" and lower[pobj] in ("of",):
                    # "on behalf of X", "in front of X": the inner object
                    found.extend(
                        g for p in children[pobj] if dep[p] == "pobj" for g in _conjunct_ids(w, p)
                    )
            if len(found) == before:
                # "travel to and from North Korea": the object is the coordinated one's
                for other in children[child]:
                    if dep[other] == "conj" and pos[other] == "ADP":
                        found.extend(
                            g
                            for p in children[other]
                            if dep[p] == "pobj"
                            for g in _conjunct_ids(w, p)
                        )
    return [doc[i] for i in found]


def passive_agents(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(conjuncts(pobj))
    if not out:
        # "was rammed and sunk by a Chinese vessel": the agent hung on the second of two
        # passive verbs joined by a conjunction alone is the first's too
        for other in verb.children:
            between = [t.lower_ for t in verb.doc[verb.i + 1 : other.i]]
            if other.dep_ == "conj" and other.tag_ == "VBN" and between in (["and"], ["or"]):
                out.extend(passive_agents(other))
    if not out and verb.lemma_.lower() in _EXPELLING:
        # "inspectors were expelled from North Korea": the state (or party, or club)
        # they were sent out of sent them out
        out = [
            t
            for pobj in prep_objects(verb, ("from",))
            if pobj.ent_type_ in ("GPE", "ORG", "NORP")
            for t in conjuncts(pobj)
        ]
    return out


# Verbs of sending someone out of a body or a country, which that body or country does.
# Verbs by which people are sent or enlisted to do something.
_SENDING = frozenset({"send", "deploy", "dispatch", "recruit", "hire", "train", "arm", "mobilize",
                      "mobilise", "assign", "task", "order", "bring", "fly", "ship", "smuggle"})  # fmt: skip
_EXPELLING = frozenset({"expel", "deport", "oust", "evict"})


# Verbs that carry an act a noun names ("carried out an attack").
_CARRYING_OUT = frozenset({"carry", "conduct", "launch", "stage", "mount", "plan", "perpetrate"})


def _accused_elsewhere(prep: Token) -> list[Token]:
    """Whom an accusation's "of" phrase is about when the parser hangs it on another
    word: on the last of several accused ("accused X and Y of executing"), or on the
    accuser of a passive ("X were accused by HRW of executing")."""
    if prep.lower_ != "of":
        return []
    holder = prep.head
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.i != prep.head.i and holder.dep_ in OBJECT_DEPS:
        verb = holder.head
        return conjuncts(holder) if verb.lemma_.lower() in ACCUSING_OF else []
    agent = holder.head
    if holder.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.i != agent.i:
        verb = agent.head
        if verb.lemma_.lower() in ACCUSING and is_passive(verb):
            return _own(verb, PASSIVE_SUBJECT_DEPS)
    return []


def _own(verb: Token, deps: frozenset[str]) -> list[Token]:
    doc = verb.doc
    w = token_table(doc)
    dep = w.dep
    found: list[int] = []
    for child in w.children[verb.i]:
        if dep[child] in deps:
            found.extend(_conjunct_ids(w, child))
    return [doc[i] for i in found]


def _aux_subjects(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("The UK and France however
    have opposed …": the subject under "have")."""
    w = token_table(verb.doc)
    for child in w.children[verb.i]:
        if child < verb.i and w.dep[child] == "aux":
            found = _own(verb.doc[child], SUBJECT_DEPS)
            if found:
                return found
    return []


def _name_before(verb: Token) -> list[Token]:
    """A name the parser made a compound or a modifier of a finite verb ("and now Biden
    bombs Iraq", the verb read as a noun's head): the verb's subject."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return []
    # ("USAID deployed teams": an acronym the tagger read as an adverb)
    return [
        c
        for c in verb.children
        if c.i < verb.i
        and (
            (c.dep_ == "compound" and c.pos_ == "PROPN")
            or (c.dep_ == "advmod" and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"))
        )
    ][-1:]


def _hyphenless_modifier(verb: Token) -> Token | None:
    """The name before a participle written without its hyphen ("US supported ISIS",
    "Saudi backed forces"), which the parser joins to the verb before with no "and":
    the name is the one who supports or backs."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    between = verb.doc[verb.head.i + 1 : verb.i]
    if any(t.dep_ == "cc" or t.is_punct for t in between):
        return None  # a real coordination: "attacked X and killed Y", "X, and Y"
    return name


def _controller_objects(head: Token) -> list[Token]:
    """Who an object-control verb's complement is about: "urged X to", "called on X to"."""
    objects = _own(head, OBJECT_DEPS)
    if objects:
        return objects
    return prep_objects(head, ("on", "upon"))


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs on, when its own pronoun is the given role."""
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return None


def _singular_aux(verb: Token) -> bool:
    return any(
        c.lower_ in ("was", "is", "has") for c in verb.children if c.dep_ in ("aux", "auxpass")
    )


def _through_relative(verb: Token, fillers: list[Token]) -> list[Token]:
    """A relative clause's own pronoun stands for the noun the clause hangs on (the
    focus of a cleft sentence, for one)."""
    if fillers and all(t.lower_ in RELATIVE_PRONOUNS for t in fillers):
        focus = cleft_focus(verb)
        if focus is not None:
            return conjuncts(focus)
    if verb.dep_ == "relcl" and all(t.lower_ in RELATIVE_PRONOUNS for t in fillers):
        antecedent = _relative_antecedent(verb)
        if antecedent is None:
            return []
        antecedent = relative_antecedent(antecedent, fillers[0])
        plural = any(
            c.lower_ in ("were", "are", "have")
            for c in verb.children
            if c.dep_ in ("aux", "auxpass")
        )
        while plural and antecedent.dep_ == "conj" and antecedent.head.pos_ == antecedent.pos_:
            antecedent = antecedent.head  # "X and Y, who were killed": both of them
        group = conjuncts(antecedent)
        if not plural and _singular_aux(verb) and len(group) > 1:
            # "X and General Y who was targeted": the one named just before "who"
            return [max((t for t in group if t.i < verb.i), key=lambda t: t.i, default=group[0])]
        return group
    return fillers


# Nouns of pressing someone "on" to act ("pressure on X to", "a call on X to").
_PRESSING_NOUNS = frozenset({"pressure", "call", "appeal", "demand", "plea", "ultimatum"})

# Verbs that keep their object from an act ("stopped X from firing").
KEEPING_FROM = {"prevent", "stop", "bar", "ban", "block", "prohibit", "forbid", "keep", "deter"}


# Verbs by which one holds, makes or drops one's own plan (not "foiled a plan to …").
_HOLDING_PLANS = {"have", "announce", "unveil", "abandon", "drop", "shelve", "scrap", "make",
                  "take", "approve", "adopt", "reveal", "outline", "express", "confirm"}  # fmt: skip


# Verbs of a description set off after a subject: "gunmen believed to be from X".
_DESCRIBING_RAISERS = frozenset(
    {"believe", "think", "suspect", "say", "report", "know", "understand"}
)


# Verbs of what such a description says the people are ("to be from", "to belong to").
_DESCRIBED_AS = frozenset({"be", "belong"})


def raised_description(verb: Token) -> Token | None:
    """The participle the parser made the main verb of "Gunmen believed to be from a
    militia raided a prison", when ``verb`` is the real main verb it hung under it."""
    head = verb.head
    if (
        verb.dep_ != "ccomp"
        or head.i >= verb.i
        or head.tag_ not in ("VBD", "VBN")
        or head.lemma_.lower() not in _DESCRIBING_RAISERS
        or _own(verb, SUBJECT_DEPS)
    ):
        return None
    described = any(
        c.dep_ == "xcomp"
        and c.i < verb.i
        # "to be from a militia", "to be linked to al-Qaeda"
        # ("to belong to al-Shabaab")
        and (c.lemma_.lower() in _DESCRIBED_AS or any(a.lemma_.lower() == "be" for a in c.children))
        for c in head.children
    )
    return head if described and _own(head, frozenset({"nsubj"})) else None


def logical_subjects(verb: Token, _hops: int = 0) -> list[Token]:
    """The doers of a verb, inherited through coordination, control, participles and
    relative clauses when the verb has no subject of its own."""
    if _self_binding(verb):
        return _through_relative(verb, _own(verb, PASSIVE_SUBJECT_DEPS))
    if is_passive(verb):
        return passive_agents(verb)
    misread = misread_past(verb) if verb.dep_ == "amod" else None
    if misread is not None:
        return [misread]  # "Trump bombed Iraq" read as a participle: Trump did it
    own = (
        _own(verb, SUBJECT_DEPS)
        or _aux_subjects(verb)
        or _name_before(verb)
        or _conjuncts_of(gerund_subject_in_prep(verb))
    )
    if len(own) == 1 and own[0].dep_ == "csubj" and own[0].tag_ == "VBN":
        # "Dozens of peacekeepers destined for X began deploying": a participle phrase
        # the parser made a clausal subject; its noun is the subject
        held = [c for c in own[0].children if c.dep_ in SUBJECT_DEPS]
        own = conjuncts(held[0]) if held else own
    if own:
        return _through_relative(verb, own)
    if _hops >= _MAX_HOPS:
        return []
    if verb.head.i == verb.i:
        described = described_subject_before(verb)  # "insurgents linked to X beheaded …"
        return conjuncts(described) if described is not None else []
    head = verb.head
    dep = verb.dep_
    if (deed := reported_deed(verb)) is not None:
        return logical_subjects(deed, _hops + 1)  # "X overran a base, officials said, killing …"
    swallowed = _subject_read_as_object(verb)
    if swallowed is not None:
        return conjuncts(swallowed)  # "expelled the ambassador after Warsaw criticised it"
    raised = raised_description(verb)
    if raised is not None:
        # "Gunmen believed to be from a militia raided a prison": the gunmen raided it
        return _own(raised, SUBJECT_DEPS)
    plan = intended_plan(verb) if dep in ("xcomp", "acl", "advcl") else None
    plotters = prep_objects(plan, ("by",)) if plan is not None else []
    if plotters:
        return (
            plotters  # "foiled a plot by militants to bomb a church", parsed as "foiled … to bomb"
        )
    if plan is not None and plan.head.lemma_.lower() in UNCOVERING:
        return []  # "police foiled a plot to bomb a church": the plotters are not told
    described = described_subject_before(verb)
    if described is not None:
        return conjuncts(described)  # "after gunmen loyal to the regime ambushed a patrol"
    if dep == "conj" and is_verb(head):
        hyphenless = _hyphenless_modifier(verb)
        if hyphenless is not None:
            return [hyphenless]  # "the scourge of US supported ISIS": the US supports it
        head = misjoined_head(verb, head)
        return [] if is_passive(head) else logical_subjects(head, _hops + 1)
    if dep == "xcomp" and head.pos_ == "ADJ" and head.head.i != head.i:
        # "Sudan is willing to withdraw": the subject of the copula
        return logical_subjects(head.head, _hops + 1)
    if dep == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in DISCUSSING:
        return []  # "arrived to discuss easing the sanctions": whoever would ease them
    if dep == "xcomp" and is_verb(head):
        if is_passive(head):
            # "X is suspected to be cooperating", "was forced to retreat": the one the
            # passive is about does it
            held = _own(head, PASSIVE_SUBJECT_DEPS) or (
                # "is known to be X and is suspected to be cooperating": the one both
                # passives are about
                logical_objects(head, _hops + 1) if head.dep_ == "conj" else []
            )
            if held:
                return held
        lemma = head.lemma_.lower()
        if lemma in OBJECT_CONTROL and not (
            lemma == "call" and not prep_objects(head, ("on", "upon"))
        ):
            # ("called Erdogan to apologise" is a phone call: the caller apologises;
            # "called on Erdogan to apologise" asks him to)
            controlled = _controller_objects(head)
            if controlled:
                return controlled
        return logical_subjects(head, _hops + 1)
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ == "for"
        and head.head.lemma_.lower() in ("responsibility", "credit")
        and is_verb(head.head.head)
    ):
        # "Boko Haram claimed responsibility for kidnapping 50 villagers": the claimer
        return logical_subjects(head.head.head, _hops + 1)
    plan = intended_plan(verb)
    if plan is not None:
        # "Venezuela abandoned plans to invade Guyana", "Iran's decision to expel …":
        # whoever holds the plan would do it
        head = plan
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if owners:
            return owners  # (not "its decision": the one who made it is named)
        plotters = prep_objects(head, ("by",))
        if plotters:
            return plotters  # "foiled a plot by militants to bomb a church"
        if (
            head.dep_ in ("dobj", "obj")
            and is_verb(head.head)
            and head.head.lemma_.lower() in _HOLDING_PLANS
        ):
            return logical_subjects(head.head, _hops + 1)
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _CHARGES
        and head.head.dep_ in ("dobj", "obj")
        and head.head.head.lemma_.lower() in _FACING
    ):
        # "faced accusations of collaborating with the group": the accused did it
        return logical_subjects(head.head.head, _hops + 1)
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and (
            head.lower_ in ("of", "for")
            or (head.lower_ == "with" and head.head.lemma_.lower() in CHARGING_WITH)
        )
        and head.head.lemma_.lower() in ACCUSING
    ):
        # "accused X of carrying out the attack", "blamed X for killing": X did it ("X
        # were accused of shelling": the passive's subject)
        accused = _own(head.head, PASSIVE_SUBJECT_DEPS if is_passive(head.head) else OBJECT_DEPS)
        if (
            not accused
            and head.head.dep_ == "acl"
            and head.head.tag_ == "VBN"
            and verb.lemma_.lower() not in _CARRYING_OUT
        ):
            # "two men suspected of killing a guard" (not "… of carrying out an attack that
            # killed …": the attack is told as done, so who did it stays unsaid)
            accused = conjuncts(head.head.head)
        if accused:
            return accused
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.head.dep_ in OBJECT_DEPS
        and head.head.pos_ in ("NOUN", "PROPN", "PRON")
        and (
            head.head.head.lemma_.lower() in ACCUSING_OF
            if head.lower_ == "of"
            else head.lower_ == "for" and head.head.head.lemma_.lower() in ACCUSING
        )
    ):
        # "accused Somali militants of shelling a village" with "of" read as the
        # militants' own: the accused still did it
        return conjuncts(head.head)
    accused = _accused_elsewhere(head) if dep == "pcomp" and head.dep_ == "prep" else []
    if accused:
        return accused
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in ("of", "for")
        and head.head.lemma_.lower() in ANSWERABLE
        and head.head.dep_ in ("acomp", "amod")
        and is_verb(head.head.head)
    ):
        # "India and Pakistan were guilty of violating the ceasefire": whoever is
        # guilty of it (or responsible for it) did it
        return logical_subjects(head.head.head, _hops + 1)
    if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "for":
        punisher = head.head
        if punisher.lemma_.lower() in PUNISHING:
            # "detained two men for attacking a bus", "was jailed for spying": the
            # punished are said to have done it
            punished = (
                _own(punisher, PASSIVE_SUBJECT_DEPS)
                if is_passive(punisher)
                else _own(punisher, OBJECT_DEPS)
            )
            if punished:
                return punished
    if (
        dep == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ == "from"
        and head.head.lemma_.lower() in KEEPING_FROM
    ):
        # "prevented the militia from carrying out the attack", "barred the party from
        # holding rallies": the one kept from it would do it
        kept = _own(head.head, OBJECT_DEPS)
        if kept:
            return kept
    if (
        dep in ("advcl", "xcomp")
        and verb.tag_ == "VB"
        and head.lemma_.lower() in _SENDING
        and is_passive(head)
        and _own(head, PASSIVE_SUBJECT_DEPS)
    ):
        # "they're deployed by US forces to commit atrocities": those sent do it
        return conjuncts(_own(head, PASSIVE_SUBJECT_DEPS)[0])
    if dep in ("advcl", "xcomp") and verb.tag_ == "VB" and head.lemma_.lower() in ("give", "grant"):
        # "gave Hamas 48 hours to release the hostages": the one given the time does it
        given = [c for c in head.children if c.dep_ == "dative"]
        if given:
            return conjuncts(given[0])
    if (
        dep == "advcl"
        and verb.tag_ == "VBD"
        and head.i < verb.i
        and not any(c.dep_ in ("mark", "advmod", "aux") for c in verb.children)
        and head.tag_ in ("VBD", "VBN")
    ):
        # "Hackers linked to the Iranian government launched attacks": a participle
        # the parser took for the main verb, whose subject does the real one
        return logical_subjects(head, _hops + 1)
    if (
        dep == "pcomp"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in PROSPECTS
        and head.head.dep_ in ("dobj", "obj")
        and is_verb(head.head.head)
    ):
        # "is considering the possibility of providing experts": whoever considers it
        return logical_subjects(head.head.head, _hops + 1)
    purposed = purpose_of_clause(verb)
    if purposed is not None:
        return logical_subjects(purposed, _hops + 1)  # "under the pretext of fighting X"
    if dep in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VB"):
        # "stormed the post, killing three", "after striking it", "to punish them"
        governor = head.head if dep == "pcomp" and head.dep_ == "prep" else head
        if is_verb(governor):
            return logical_subjects(governor, _hops + 1)
    if (
        dep == "acl"
        and head.lemma_.lower() in _PRESSING_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        # "pressure on Baghdad to redirect its energy sector", "a call on Iran to
        # withdraw": the one pressed or called upon is to do it
        pressed = prep_objects(head, ("on", "upon"))
        if pressed:
            return pressed
    if (
        dep == "acl"
        and head.lemma_.lower() in SPEECH_NOUNS
        and is_verb(head.head)
        and head.head.lemma_.lower() not in THWARTING
    ):
        # "issued a statement urging X": whoever issued the statement (not "vetoed a
        # resolution condemning X": the veto stops it, and its drafters condemn)
        return logical_subjects(head.head, _hops + 1)
    if dep == "acl" and verb.tag_ == "VB" and head.lemma_.lower() in ENDEAVOURS:
        # "launched an effort to mediate", "in a bid to retake the town": whoever
        # undertakes the endeavour does what it is for
        # (not "rejected the plan to expel them": the plan is someone else's)
        holder = head.head
        if head.dep_ == "pobj" and holder.lower_ in ("in", "as") and is_verb(holder.head):
            return logical_subjects(holder.head, _hops + 1)
        if (
            head.dep_ == "dobj"
            and is_verb(holder)
            and holder.lemma_.lower() in UNDERTAKING
            and not any(c.dep_ == "prt" and c.lower_ == "on" for c in holder.children)
        ):  # (not "take on efforts to demonize them": that confronts them)
            return logical_subjects(holder, _hops + 1)
    if (
        dep == "acl"
        and verb.tag_ == "VB"
        and head.lemma_.lower() in HELD_WILLS
        and head.dep_ in ("dobj", "obj")
        and is_verb(head.head)
        and head.head.lemma_.lower() in HOLDING_WILLS
    ):
        # "Iran reserves the right to retaliate", "expressed its readiness to mediate":
        # whoever holds the right or the will is who would act
        return logical_subjects(head.head, _hops + 1)
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        # "gunmen carrying rifles"; "the air force carried out strikes" (misparsed)
        return conjuncts(head)
    return []


# Verbs by which a speaker names what it judges ("condemned what it called aggression").
CALLING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "characterize",
                           "characterise"})  # fmt: skip


def names_what(clause: Token) -> bool:
    """Whether a complement clause is "what X called …" (its object is "what")."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children
    )


def what_it_called(verb: Token) -> list[Token]:
    """What a verb acts on when its object is "what X called Y" ("attacked what she
    called Iranian influence", "condemned what he described as Israeli aggression"): Y,
    the thing named, not the one who named it."""
    for clause in verb.children:
        if clause.lemma_.lower() in CALLING_VERBS and names_what(clause):
            named = [c for c in clause.children if c.dep_ == "oprd"]
            named += [
                o
                for prep in clause.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for o in prep.children
                if o.dep_ == "pobj"
            ]
            if named:
                return named
    return []


def logical_objects(verb: Token, _hops: int = 0) -> list[Token]:
    """Who or what a verb acts upon: the object, or the subject of a passive verb
    (inherited from a coordinated passive, or the noun a passive participle modifies)."""
    if is_passive(verb):
        own = _own(verb, PASSIVE_SUBJECT_DEPS)
        if not own and _absolute_participle(verb):
            own = _own(verb, SUBJECT_DEPS)
        if own:
            return _through_relative(verb, own)
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return conjuncts(verb.head)  # "a man detained by police", "the slain general"
        if verb.dep_ == "conj" and is_verb(verb.head) and _hops < _MAX_HOPS:
            return logical_objects(verb.head, _hops + 1)
        being = any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if being and verb.dep_ in ("pcomp", "advcl") and is_verb(governor) and _hops < _MAX_HOPS:
            # "was travelling … before being assassinated by the US": the one the main
            # clause is about (its grammatical subject) is the one it was done to
            # (a verb joined to another shares its subject: "was on a visit … and was
            # being transported …, before being assassinated")
            about = _own(governor, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
            while not about and governor.dep_ == "conj" and governor.head.i != governor.i:
                governor = governor.head
                about = _own(governor, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
            return _through_relative(governor, about)
        return []
    own = _own(verb, OBJECT_DEPS) or what_it_called(verb) or nominal_clauses(verb)
    if own:
        return _through_relative(verb, _held_pending(own))
    if verb.dep_ == "amod" and misread_past(verb) is not None:
        return [verb.head]  # "Trump bombed Iraq": the noun the parser hung it on
    if verb.dep_ == "amod" and _own(verb, frozenset({"nsubj"})) and verb.head.i > verb.i:
        # "a court sentenced journalist X to five years", the verb read as modifying
        # the noun after it although it has a subject of its own: that noun is its object
        head = verb.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return [head]
    for child in verb.children:
        # "killing and enslaving thousands of Yazidis": two verbs share the object named
        # after the second
        if (
            child.dep_ == "conj"
            and is_verb(child)
            and 0 < child.i - verb.i <= 3
            and not _own(child, SUBJECT_DEPS)
            and not is_passive(child)
            # "killing and enslaving", "had beaten and detained" (not "resign and leave X")
            # ("beat and arrested": a past the tagger read as a present)
            and (verb.tag_ == child.tag_ or {verb.tag_, child.tag_} in PAST_PAIRS)
            and verb.lemma_.lower() not in INTRANSITIVE
        ):
            shared = _own(child, OBJECT_DEPS)
            if shared:
                return _through_relative(child, shared)
    # "will not accept refugees fleeing the war": the parser reads the object as the
    # subject of a clause headed by the participle after it
    for child in verb.children:
        if (
            child.dep_ == "ccomp"
            and child.tag_ == "VBG"
            and child.i > verb.i
            and not any(c.dep_ in ("mark", "aux") for c in child.children)
        ):
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects:
                return conjuncts(subjects[0])
    for child in verb.children:
        # "shot dead a man", "set free the activists": the parser hangs the object on the
        # adjective that says what the act left it
        if (
            child.dep_ in ("acomp", "oprd", "advcl")
            and child.i == verb.i + 1
            and child.pos_ == "ADJ"
        ):
            left = _own(child, OBJECT_DEPS)
            if left and left[0].i > child.i:
                return _through_relative(child, left)
    particle = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if (
        particle is not None
        and particle.lower_ in PARTICLES
        and verb.lemma_.lower() not in INTRANSITIVE | MOVING
    ):
        # "hunted down the gunmen", "rounded up protesters": the parser reads the
        # verb's particle as a preposition and its object as that preposition's
        objects = [c for c in particle.children if c.dep_ == "pobj"]
        if objects:
            return conjuncts(objects[0])
    return _shifted_object(verb)


# What someone is held "pending": the parser reads "jailed a journalist pending trial"
# as a trial the journalist modifies.
_PENDING = frozenset({"trial", "investigation", "appeal", "review", "inquiry", "hearing",
                      "verdict", "sentencing", "deportation", "extradition", "charges"})  # fmt: skip


def nominal_clauses(verb: Token) -> list[Token]:
    """A name right after a verb that the parser read as a clause of its own ("met
    Egyptian intelligence chief Hassan Rashad in Cairo", with "Rashad" an adverbial
    clause): the verb's object, when the verb has none."""
    if _own(verb, OBJECT_DEPS):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.pos_ == "PROPN"
        and c.left_edge.i == verb.i + 1
        and not any(g.pos_ in ("VERB", "AUX") or g.dep_ in ("mark", "nsubj") for g in c.children)
    ]


def _held_pending(objects: list[Token]) -> list[Token]:
    """The one held, where the parser made the proceedings pending the object ("jailed a
    prominent activist pending trial")."""
    out = []
    for obj in objects:
        pending = any(c.lower_ == "pending" for c in obj.children)
        held = [
            c
            for c in obj.children
            if pending and c.i < obj.i and c.pos_ in ("NOUN", "PROPN") and c.lower_ != "pending"
        ]
        out.extend(held[:1] if obj.lemma_.lower() in _PENDING and held else [obj])
    return out


def _shifted_object(verb: Token) -> list[Token]:
    """An object put after a phrase of the verb's, which the parser reads as an adverbial
    noun: "freed from prisons … some forty fighters"."""
    children = list(verb.children)
    for child in children:
        if (
            child.dep_ == "npadvmod"
            and child.pos_ in ("NOUN", "PROPN")
            and child.i > verb.i
            and not child.ent_type_
            and child.tag_ in ("NNS", "NNPS")
            and any(c.dep_ == "prep" and verb.i < c.i < child.i for c in children)
        ):
            return conjuncts(child)
    return []


def datives(verb: Token) -> list[Token]:
    """Indirect objects without a preposition: "gave the marines rifles"."""
    return (
        _own(verb, frozenset({"dative"}))
        if not any(c.dep_ == "dative" and c.lower_ in ("to", "for") for c in verb.children)
        else []
    )


def complement_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb's clausal complement: "demanded that Israel withdraw"."""
    out: list[Token] = []
    for child in verb.children:
        if note_misread_as_said(child):
            continue  # (", a charge Iran's mission dismissed": the writer's, not said)
        if names_what(child):
            continue  # ("condemned what he described as …": the namer, not whom it condemns)
        if child.dep_ == "ccomp" and (
            is_verb(child)
            or child.pos_ == "ADJ"
            or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        ):
            # (an adjective too: "held X responsible" is parsed as a small clause; and a
            # verb the tagger took for a noun: "demanded that Baghdad rein in …")
            out.extend(_own(child, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
    return out
