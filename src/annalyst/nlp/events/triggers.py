"""Candidate triggers of a sentence: the lexicon's fixed phrases and words, less the words
that name no act here (a name for an act, a description, a promise kept, people, an
illness, no particular act, an act only hindered)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from annalyst.knowledge.events import EventLexicon
from annalyst.nlp.actor_words import BODY_NAME_HEADS
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.unnamed import _is_person_noun
from annalyst.nlp.syntax import is_verb
from annalyst.nlp.tokentable import TokenTable, token_table
from annalyst.nlp.tree_walks import PATRON_PARTICIPLES, misread_modifier

# Verbs that keep or break an earlier promise, truce or deal.
# Verbs that say what something amounts to: what they call it "as" is a verdict.
# Verbs of giving a name: their complement is the name ("dubbed it defending democracy").
_NAMING = {"dub", "term", "label", "brand", "christen", "nickname"}
_CHARACTERIZING = {"describe", "see", "view", "portray", "characterize", "characterise", "depict",
                   "regard", "label", "brand", "paint", "present", "frame", "denounce"}  # fmt: skip
_KEEPING = {"fulfil", "fulfill", "keep", "honour", "honor", "break", "renege", "abide"}
# Nouns spaCy lists as stop words that still name an act ("issued the call").
_STOP_EVENTS = {"call", "calls"}


def _phrase_triggers(sent: Span, lexicon: EventLexicon) -> list[_Draft]:
    """Fixed phrases ("state of emergency", "cease-fire", "took X into custody"): the
    phrase's head is the trigger, or the verb a prepositional phrase hangs on."""
    found = []
    doc = sent.doc
    w = token_table(doc)
    ends, lowers, lemmas = lexicon.phrase_end_words(), w.lower, w.lemma
    for i in range(sent.start, sent.end):
        if lowers[i] not in ends and lemmas[i].lower() not in ends:
            continue  # lexicon.ends_phrase(lemma, lower), inlined: it runs on every word
        token = doc[i]
        entries = lexicon.match_phrase(token)
        if not entries:
            continue
        words = entries[0].phrase or ()
        span = doc[token.i - len(words) + 1 : token.i + 1]
        root = span.root
        if root.pos_ == "ADP" and root.head.i != root.i and is_verb(root.head):
            root = root.head  # "took three men into custody": taking them is the act
        tokens = [t for t in span if not t.is_punct]
        if root not in tokens:
            tokens.insert(0, root)
        found.append(_Draft(root, entries[0], tokens))
    return found


# Verbs that hold back what their object names ("obstructed the delivery of aid").
# (not "hinder the talks", "disrupted the talks": those go on)
_HINDERING = {"cripple", "obstruct", "forestall", "thwart", "foil", "prevent"}


def _any_of(noun: Token) -> bool:
    """Whether a noun names no particular act: "any attack", "every strike", or "any act
    of aggression" (the determiner sits on the phrase's head). Denied outright, "any"
    is the act said not to have happened ("has not held any talks")."""
    if noun.dep_ == "dobj" and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in noun.head.children
    ):
        return False
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        heads.append(noun.head.head)
    return any(c.dep_ == "det" and c.lower_ in ("any", "every") for h in heads for c in h.children)


# Verbs that draw someone into a state of affairs ("dragged the country into war").
_DRAWING_IN = {"drag", "draw", "plunge", "pull", "suck", "embroil", "thrust"}


def _dragged_into(noun: Token) -> bool:
    """Whether a noun is what someone is drawn into: a state of affairs, not an act."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "into" and prep.head.lemma_.lower() in _DRAWING_IN


# Words that make an "attack" or a "seizure" an illness.
_MEDICAL = {"heart", "panic", "asthma", "anxiety", "cardiac", "epileptic", "stroke"}


def _describes_next_place(doc: Doc, i: int) -> bool:
    """A participle between a verb or article and a place name, with no subject of its
    own: an adjective ("occupied Palestine", "liberated Mosul") the parser took for a
    verb."""
    w = token_table(doc)
    if w.tag[i] not in ("VBN", "VBD") or i == 0 or i + 1 >= len(doc):
        return False
    after, before = doc[i + 1], doc[i - 1]
    if after.pos_ != "PROPN" or after.ent_type_ not in ("GPE", "LOC"):
        return False
    if before.dep_ in ("aux", "auxpass"):
        return False  # "would have pressured Iran": a verb after all
    if before.tag_ in ("VB", "DT", "IN", "TO"):
        return True  # "to liberate occupied X": a verb does not follow an infinitive
    if before.tag_ not in ("VBP", "VBZ", "VBG"):
        return False
    return not any(w.dep[c] in ("nsubj", "nsubjpass") for c in w.children[i])


def _patron_without_hyphen(doc: Doc, i: int) -> bool:
    """ "US supported ISIS" written for "US-supported ISIS": a patron's name with no
    article and a participle of backing, which the parser reads as a clause. It is a
    label when the name is no subject ("the scourge of US supported ISIS") or when a
    verb follows as if from a clause of its own ("US supported HTS still operates")."""
    w = token_table(doc)
    if w.lower[i] not in PATRON_PARTICIPLES or w.tag[i] not in ("VBN", "VBD") or i == 0:
        return False
    verb = doc[i]
    patron = doc[i - 1]
    if patron.pos_ != "PROPN" or patron.ent_type_ not in ("GPE", "NORP", "ORG"):
        return False
    if any(c.dep_ == "det" for c in patron.children) or (i >= 2 and doc[i - 2].lower_ == "the"):
        return False  # "the US supported ISIS": a clause
    if patron.dep_ not in ("nsubj", "nsubjpass"):
        return True
    return not any(c.dep_ in ("dobj", "obj") for c in verb.children) and any(
        c.dep_ == "ccomp"
        and c.i > i
        and c.pos_ in ("VERB", "AUX")  # (not "held X responsible": a small clause)
        and not any(m.dep_ == "mark" for m in c.children)
        and any(s.dep_ == "nsubj" and s.left_edge.i == i + 1 for s in c.children)
        for c in verb.children
    )


def _after_noun_and(w: TokenTable, i: int) -> bool:
    """ "the bodies and wounded", "the dead and wounded": a bare participle after a noun
    or an adjective and "and"."""
    if i < 2 or w.lower[i - 1] != "and" or w.pos[i - 2] not in ("NOUN", "PROPN", "ADJ"):
        return False
    return not any(w.dep[c] in ("dobj", "obj", "nsubj", "agent", "dative") for c in w.children[i])


# Words for a thing, not a person, that a name can be given to ("called it an attack").
_NOT_SOMEONE = {"it", "what", "this", "that", "which", "these", "those"}
# Verbs of judging whose act a following "calling it …" only words.
_DENOUNCING = {"condemn", "denounce", "criticize", "criticise", "slam", "blast", "decry",
               "deplore", "reject", "accuse", "blame", "attack", "lambast"}  # fmt: skip


# Acts a name is given to, in "called the move economic warfare".
_JUDGED_ACTS = frozenset(
    {"move", "decision", "verdict", "ruling", "step", "measure", "attack", "strike", "vote",
     "law", "plan", "report", "election", "sanction", "arrest", "sentence", "deal"}
)  # fmt: skip


def _names_something(verb: Token) -> bool:
    """ "Called X a Y": an object and what it is called (the parser may hang the second
    noun phrase on the first as an apposition)."""
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ == "relcl" and "dobj" in deps and verb.head.pos_ == "NOUN":
        return True  # "a move Beijing called a provocation": the noun is what is named
    if "oprd" not in deps:
        # the parser's other readings of "called the verdict politically motivated" (a
        # participle on the object) and "called the move economic warfare" (the object
        # hung on the name as a modifier)
        return any(
            any(
                g.dep_ == "acl" and g.tag_ in ("VBN", "JJ") and g.nbor(-1).pos_ == "ADV"
                for g in c.children
            )
            or (
                (g := misread_modifier(c)) is not None
                and g.lemma_.lower() in _JUDGED_ACTS
                and "prt" not in deps  # ("called off the two-day old strike")
            )
            for c in verb.children
            if c.dep_ == "dobj"
        )
    second = next(c for c in verb.children if c.dep_ == "oprd")
    return "dobj" in deps or any(c.dep_ == "appos" for c in second.children)


def _in_what(w: TokenTable, i: int) -> bool:
    """A noun that names the act the sentence tells, in "in what": "websites went down
    in what officials claim is the largest cyber attack", "in what appeared to be an
    Israeli strike". (The act has no other word: the noun is its trigger.)"""
    return _in_what_at(w, i) is not None


def _in_what_at(w: TokenTable, i: int) -> int | None:
    """The index of the "in" of an "in what …" phrase a noun closes, if it does."""
    for j in range(i - 1, max(i - 10, 1), -1):
        if w.is_punct[j]:
            return None
        if w.lower[j] == "what":
            return j - 1 if w.lower[j - 1] == "in" else None
    return None


def in_what_verb(noun: Token) -> Token | None:
    """The verb an "in what … [act]" phrase tells more of: "were killed in what the army
    called a terrorist attack" — the killing is the attack."""
    w = token_table(noun.doc)
    at = _in_what_at(w, noun.i)
    if at is None or w.dep[noun.i] not in ("attr", "oprd"):
        return None
    verb = noun.doc[at].head
    return verb if verb.pos_ in ("VERB", "AUX") else None


_NAME_JOINERS = {"to", "for", "of", "and", "the", "in", "&"}


def _in_body_name(w: TokenTable, i: int, start: int) -> bool:
    """Whether a capitalised word is inside the name of a body: a run of capitalised
    words (and joiners) that names a group, a front or a party."""
    if i == start or not w.text[i][:1].isupper() or w.text[i].isupper():
        return False
    run = [i]
    for step in (-1, 1):
        j = i + step
        while start <= j < len(w.text) and (
            w.text[j][:1].isupper() or (w.lower[j] in _NAME_JOINERS and j != start)
        ):
            run.append(j)
            j += step
    capitalised = [j for j in run if w.text[j][:1].isupper() and w.lower[j] not in _NAME_JOINERS]
    return len(capitalised) >= 3 and any(w.lower[j] in BODY_NAME_HEADS for j in capitalised)


# Participles of one side helping another, whose "by" names the help.
_BACKED = {"back", "support", "assist", "aid", "cover", "escort"}


def _backing(w: TokenTable, prep: int) -> bool:
    """Whether a word is the help a "backed by" phrase names."""
    verb = w.head[prep]
    return w.lower[prep] == "by" and w.tag[verb] == "VBN" and w.lemma[verb].lower() in _BACKED


def _triggers(sent: Span, lexicon: EventLexicon) -> list[_Draft]:
    found = _phrase_triggers(sent, lexicon)
    covered = {t.i for d in found for t in d.tokens}
    doc = sent.doc
    w = token_table(doc)
    for i in range(sent.start, sent.end):
        if i in covered:
            continue
        pos, dep = w.pos[i], w.dep[i]
        if pos not in ("VERB", "NOUN", "PROPN", "AUX") or (
            w.is_stop[i] and pos != "VERB" and w.lower[i] not in _STOP_EVENTS
        ):
            continue
        if pos in ("NOUN", "PROPN") and dep in ("attr", "oprd") and not _in_what(w, i):
            continue  # "calling the killing a brazen attack": a name for it, not an act
        if pos == "NOUN" and dep == "compound" and _is_person_noun(doc[w.head[i]]):
            continue  # "aid workers", "rescue teams", "protest leaders": who, not an act
        if w.tag[i] == "VBG" and dep == "amod":
            continue  # "the attacking forces", "ISIS-fighting units": a description
        if (
            w.tag[i] == "VBN"
            and dep == "amod"
            and w.dep[w.head[i]] in ("dobj", "obj", "pobj")
            and _is_person_noun(doc[w.head[i]])
        ):
            continue  # "released five jailed activists": who they are, not an act told
        if (
            w.tag[i] == "VBN"
            and dep == "acl"
            and w.lower[w.head[i]] in ("those", "ones")
            and not w.children[i]
        ):
            continue  # "among those released", "those killed included": people, not an act
        if pos == "NOUN" and dep == "pobj" and _backing(w, w.head[i]):
            continue  # "forces backed by US airstrikes": help to them, not an attack on them
        if _describes_next_place(doc, i):
            continue  # "to liberate occupied Palestine", misparsed as a verb
        if _patron_without_hyphen(doc, i):
            continue  # "US supported ISIS": a label, misparsed as a clause
        if _in_body_name(w, i, sent.start):
            continue  # "the Group to Support Islam and Muslims": a word of a name
        if pos == "NOUN" and any(
            w.dep[c] == "amod" and w.lower[c] in ("similar", "such") for c in w.children[i]
        ):
            continue  # "blamed similar strikes on militias": acts of a kind, none told
        if w.lemma[w.head[i]].lower() in _KEEPING and dep in ("dobj", "obj"):
            continue  # "fulfilled its promise", "broke the truce": not a new promise
        if (
            pos == "NOUN"
            and dep in ("dobj", "obj", "nsubjpass")
            and w.lemma[w.head[i]].lower() in _HINDERING
        ):
            continue  # "would cripple aid deliveries": what is hindered did not happen
        head = w.head[i]
        if dep == "pcomp" and w.lower[head] == "as" and w.lemma[w.head[head]] in _CHARACTERIZING:
            continue  # "described the proposal as returning Baghdad to barter": a verdict
        if dep in ("xcomp", "oprd") and w.lemma[head].lower() in _NAMING:
            continue  # "what Biden dubbed defending democracy": a name given, not an act
        if w.tag[i] == "VBN" and (
            dep in ("dobj", "pobj")
            or (dep == "conj" and w.pos[head] in ("NOUN", "PROPN"))
            or (dep == "conj" and _after_noun_and(w, i))
        ):
            continue  # "transported the bodies and wounded": people, not an act
        if w.lower[i] == "let" and i + 1 < sent.end and w.lower[i + 1] in ("'s", "’s", "us"):
            continue  # "let's go back", "let us recall": a suggestion, not a release
        if not lexicon.has_candidates(w.lemma[i], w.lower[i], pos):
            continue
        token = doc[i]  # (the checks below read children: only for possible triggers)
        if pos in ("NOUN", "PROPN") and _any_of(token):
            continue  # "the table of any talks", "repel any act of aggression": no act
        if pos in ("NOUN", "PROPN") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in _MEDICAL for c in token.children
        ):
            continue  # "died of a heart attack": an illness, not an assault
        if pos == "NOUN" and _dragged_into(token):
            continue  # "will drag the country into a confrontation": a fate warned of
        if w.tag[i] in ("VBZ", "VBP") and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and any(d.dep_ == "det" and d.lower_ in ("every", "any") for d in c.children)
            for c in token.children
        ):
            continue  # "every new government promises to fight corruption": a habit
        if (
            w.lemma[i] in ("exchange", "return")
            and w.lower[head] == "in"
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
        ):
            continue  # "in exchange for", "in return for": a price, not a swap
        entries = lexicon.match_token(token, words=w)
        if w.lemma[i] == "call":
            # "called the ambassador a very stupid guy": a name given, not a call (an
            # insult if the name runs someone down); only a name given is one
            naming = _names_something(token)
            entries = [e for e in entries if (e.type == "ACCUSE") == naming]
            if naming and token.dep_ in ("advcl", "conj") and token.head.lemma_ in _DENOUNCING:
                continue  # "condemned the attack, calling it a terrorist act": one act
            named = [c for c in token.children if c.dep_ in ("dobj", "oprd")][:1]
            if naming and (not named or named[0].lower_ in _NOT_SOMEONE):
                continue  # "in what the army called a terrorist attack": an act named
        if entries:
            found.append(_Draft(token, entries[0], [token]))
    return sorted(found, key=lambda d: d.trigger.i)
