"""What the parse says around a candidate trigger, read from a spaCy token.

The words filling each slot (particles, prepositions, objects, subjects, modifiers,
governor, complements, instruments, the rest of the sentence) become sets of
lower-case forms that :meth:`Trigger.accepts` compares with the entry's requirements.
spaCy is duck-typed here, never imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annalyst.knowledge.events.raised import raised_object
from annalyst.knowledge.events.requirements import Number
from annalyst.knowledge.events.slot_forms import (
    _RELATIVE_WORDS,
    _WH_TAGS,
    _dated,
    _earlier_forms,
    _forms,
    _forms_at,
    _is_particle,
    _is_particle_at,
    _joined_bare,
    _morph_values,
    _number,
    _pobj_forms,
    _pobj_forms_at,
    _sentence_forms,
    _sentence_forms_at,
    _slot_forms,
    _slot_forms_at,
    _takes_up_earlier,
)

# Verbs whose object is told to do what the "to" clause says ("pressed Havana to free …").
_OBJECT_CONTROL = frozenset({"press", "pressure", "push", "urge", "ask", "encourage",
                             "persuade", "force", "compel", "order", "tell", "invite"})  # fmt: skip


@dataclass(frozen=True)
class TriggerContext:
    """What the parse says around a candidate trigger, as sets of lower-case words.

    Each set holds lemmas and lower-cased surface forms of the words filling the slot;
    a verb with a particle also appears as ``"verb particle"``. ``sentence`` holds the
    other words of the sentence. Build it by hand or with :meth:`from_token`."""

    particles: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    instruments: frozenset[str] = frozenset()
    # The noun a participle describes ("a video released by X"): checked against
    # ``not_object`` only, so that it can rule a reading out but never in.
    described: frozenset[str] = frozenset()
    sentence: frozenset[str] = frozenset()
    # The words of the sentence before, for a definite noun that opens its sentence by
    # taking up what that sentence told ("… a law to expel foreign forces. The vote
    # came …"): checked against ``context`` only, so that it can rule a reading in
    # where the topic was named before, never out.
    earlier: frozenset[str] = frozenset()
    dep: str = ""
    number: Number | None = None
    text: str = ""

    @classmethod
    def from_token(cls, token: Any, *, sentence: bool = True) -> TriggerContext:
        """Read the context of a spaCy ``Token`` (duck-typed: no spaCy import here).

        With ``sentence=False`` the ``sentence`` slot is left empty (reading it is the
        costly part; only entries with ``context`` or ``exclude`` lists look at it).

        Objects are direct objects and passive subjects (and, for nouns, the object of
        "of"); subjects are active subjects and by-agents (and, for nouns, possessors
        and "by" phrases); the governor is the head, or the head's head when the head
        is a preposition; a conjunct inherits its first conjunct's governor."""
        particles: set[str] = set()
        preps: set[str] = set()
        objects: set[str] = set()
        described: set[str] = set()
        subjects: set[str] = set()
        modifiers: set[str] = set()
        complements: set[str] = set()
        called_as: set[str] = set()
        is_noun = token.pos_ in {"NOUN", "PROPN"}
        instruments: set[str] = set()
        predicatives: set[str] = set()
        has_object = False
        for child in token.children:
            dep = child.dep_
            low = str(child.lower_)
            if _is_particle(child, token):
                particles.add(low)
                if dep == "prep":
                    preps.add(low)
            elif dep in {"prep", "agent", "dative"}:
                if low in {"on", "in", "at"} and _dated(child):
                    continue  # "called X on Tuesday" is not "called on X"
                preps.add(low)
                if low == "as":
                    # "described the allegations as absurd": what the object is called
                    called_as.update(f for g in child.children for f in _forms(g))
                if low in {"with", "using"}:
                    instruments.update(_pobj_forms(child))
                if dep == "agent" or (is_noun and low == "by"):
                    subjects.update(_pobj_forms(child))
                elif is_noun and low == "of":
                    objects.update(_pobj_forms(child))
            elif dep in {"dobj", "obj", "nsubjpass", "attr"}:
                has_object = has_object or dep in {"dobj", "obj"}
                objects.update(_slot_forms(child))
                for g in child.children if dep in {"dobj", "obj"} else ():
                    if g.dep_ == "prep" and str(g.lower_) == "as":
                        # "described the raid as a war crime": the parser hangs "as" on
                        # the object
                        preps.add("as")
                        called_as.update(f for p in g.children for f in _forms(p))
                    elif (
                        g.dep_ == "prep"
                        and str(g.lower_) == "from"
                        and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in g.children)
                    ):
                        preps.add("from")  # "barred the party from holding rallies"
            elif dep in {"nsubj", "csubj"} or (is_noun and dep == "poss"):
                subjects.update(_slot_forms(child))
                if str(child.lower_) in _RELATIVE_WORDS and token.dep_ == "relcl":
                    # "demonstrators who had gathered": the noun the clause is about
                    subjects.update(_slot_forms(token.head))
            elif dep in {"compound", "amod", "nmod", "npadvmod", "nn"}:
                modifiers.update(_slot_forms(child))
            elif dep == "oprd":
                predicatives.update(_slot_forms(child))
            elif dep == "advcl" and any(
                w.dep_ == "mark" and str(w.lower_) == "for" for w in child.children
            ):
                preps.add("for")  # "called on Friday for Britain to stay": a "for" clause
            elif (
                dep == "advcl"
                and not is_noun
                and any(w.dep_ == "aux" and str(w.lower_) == "to" for w in child.children)
                and str(token.lemma_) in _OBJECT_CONTROL
                and any(o.dep_ == "dobj" and o.pos_ == "PROPN" for o in token.children)
            ):
                # "press Havana to free prisoners" parsed as a purpose: whom it presses,
                # and to do what
                complements.update(_forms(child))
            elif (
                is_noun
                and dep == "acl"
                and any(
                    (w.dep_ == "mark" and str(w.lower_) == "that")
                    or (w.dep_ == "aux" and str(w.lower_) == "to")
                    for w in child.children
                )
            ):
                # "the announcement that the troops would leave": what a noun says
                complements.update(_forms(child))
            elif dep in {"xcomp", "ccomp", "acomp"}:
                complements.update(_forms(child))
                # a question is its wh-word or "whether" ("asked whether X would …",
                # "“Whose face was it?” he asked")
                for word in child.children:
                    if word.dep_ == "mark" or str(word.tag_) in {"WP", "WP$", "WRB", "WDT"}:
                        complements.add(str(word.lower_))
                    elif word.dep_ in {"nsubj", "attr", "dobj", "advmod"}:
                        complements.update(
                            str(g.lower_)
                            for g in word.children
                            if str(g.tag_) in {"WP", "WP$", "WRB", "WDT"}
                        )
                after = child.right_edge.i + 1
                doc = child.doc
                if after < len(doc) and doc[after].text == "?":
                    complements.add("qmark")  # a lexicon item for the mark itself
        if (
            token.dep_ in {"acl", "amod"}
            and token.tag_ == "VBN"
            and token.head.i != token.i
            and token.head.pos_ in {"NOUN", "PROPN"}
            and not any(c.dep_ == "nsubj" for c in token.children)  # a clause of its own
        ):
            # "a video released by X", "statements given to Y": the noun it describes
            # is what the participle acts upon (only ever to rule a reading out)
            described.update(_slot_forms(token.head))
        if (
            token.dep_ == "relcl"
            and not has_object
            and token.head.pos_ in {"NOUN", "PROPN"}
            and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in token.children)
        ):
            # "the leverage it provides": the noun a relative clause with a subject of its
            # own describes is what its verb acts upon
            described.update(_slot_forms(token.head))
        if not has_object and not is_noun:
            doc = token.doc
            raised = raised_object(
                token.i,
                lambda k: doc[k].head.i,
                lambda k: doc[k].dep_,
                lambda k: doc[k].lemma_.lower(),
                lambda k: doc[k].pos_,
                lambda k: [c.i for c in doc[k].children],
            )
            if raised is not None:  # "the demands are hard to meet"
                described.update(_slot_forms(doc[raised]))
        # "called X a terrorist": X is the object, "terrorist" a complement; with no
        # direct object the parser's oprd is the object ("called the prime minister")
        if has_object:
            complements.update(predicatives)
            complements.update(called_as)
        else:
            objects.update(predicatives)
        if not is_noun and not objects:
            # "beat and detained dozens of activists": the parser hangs a shared object
            # on the second of two verbs joined with nothing else between them
            for conj in token.children:
                between = [str(t.lower_) for t in token.doc[token.i + 1 : conj.i]]
                if conj.dep_ == "conj" and _joined_bare(between):
                    for other in conj.children:
                        if other.dep_ == "dobj":
                            objects.update(_slot_forms(other))
        if is_noun and token.dep_ == "nsubj" and str(token.head.lemma_) == "be":
            # "the second operation was Operation Hammer": what the noun is said to be
            for other in token.head.children:
                if other.dep_ == "attr":
                    complements.update(_slot_forms(other))
        if not is_noun and not subjects and token.dep_ == "xcomp" and token.head.i != token.i:
            # "the president plans to travel to Singapore": the subject of the verb above
            for child in token.head.children:
                if child.dep_ == "nsubj":
                    subjects.update(_slot_forms(child))
        if not is_noun and not subjects and token.dep_ == "acl" and token.tag_ == "VBG":
            # "a crowd protesting the results": the people the participle describes
            subjects.update(_slot_forms(token.head))
        governors: set[str] = set()
        anchor = token
        hops = 0
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i and hops < 5:
            anchor = anchor.head
            hops += 1
        head = anchor.head
        if head.i != anchor.i:
            governors.update(_forms(head))
            if head.dep_ in {"prep", "agent"} or head.pos_ == "ADP":
                grand = head.head
                if grand.i != head.i:
                    governors.update(_forms(grand))
        sentence_words = _as_weapons_fire(
            _sentence_forms(token) if sentence else frozenset(), subjects
        )
        earlier: frozenset[str] = frozenset()
        if sentence and _takes_up_earlier(
            token.dep_, [(str(c.dep_), str(c.lower_)) for c in token.children], is_noun
        ):
            earlier = _earlier_forms(token.doc, (token.sent.start, token.sent.end))
        return cls(
            particles=frozenset(particles),
            preps=frozenset(preps),
            objects=frozenset(objects),
            described=frozenset(described),
            subjects=frozenset(subjects),
            modifiers=frozenset(modifiers),
            governors=frozenset(governors),
            complements=frozenset(complements),
            instruments=frozenset(instruments),
            sentence=sentence_words,
            earlier=earlier,
            dep=str(token.dep_),
            number=_number(token.morph.get("Number") if hasattr(token, "morph") else []),
            text=str(token.text),
        )

    @classmethod
    def from_words(cls, words: Any, i: int, *, sentence: bool = True) -> TriggerContext:
        """:meth:`from_token` for token ``i``, read from a table of the document's token
        attributes (``annalyst.nlp.tokentable``: lists indexed by position, children,
        edges, conjuncts and sentence bounds) instead of spaCy ``Token`` objects. The
        same rules, in the same order; the result is equal to ``from_token(doc[i])``."""
        lower, dep, tag, pos, children = (
            words.lower,
            words.dep,
            words.tag,
            words.pos,
            words.children,
        )
        particles: set[str] = set()
        preps: set[str] = set()
        objects: set[str] = set()
        described: set[str] = set()
        subjects: set[str] = set()
        modifiers: set[str] = set()
        complements: set[str] = set()
        is_noun = pos[i] in {"NOUN", "PROPN"}
        instruments: set[str] = set()
        predicatives: set[str] = set()
        called_as: set[str] = set()
        has_object = False
        for c in children[i]:
            d = dep[c]
            low = lower[c]
            if _is_particle_at(words, c, i):
                particles.add(low)
                if d == "prep":
                    preps.add(low)
            elif d in {"prep", "agent", "dative"}:
                if low in {"on", "in", "at"} and any(
                    dep[g] == "pobj" and words.ent_type[g] in ("DATE", "TIME") for g in children[c]
                ):
                    continue  # "called X on Tuesday" is not "called on X"
                preps.add(low)
                if low == "as":
                    called_as.update(f for g in children[c] for f in _forms_at(words, g))
                if low in {"with", "using"}:
                    instruments.update(_pobj_forms_at(words, c))
                if d == "agent" or (is_noun and low == "by"):
                    subjects.update(_pobj_forms_at(words, c))
                elif is_noun and low == "of":
                    objects.update(_pobj_forms_at(words, c))
            elif d in {"dobj", "obj", "nsubjpass", "attr"}:
                has_object = has_object or d in {"dobj", "obj"}
                objects.update(_slot_forms_at(words, c))
                for g in children[c] if d in {"dobj", "obj"} else ():
                    if dep[g] == "prep" and lower[g] == "as":
                        preps.add("as")  # (as above: "as" hung on the object)
                        called_as.update(f for p in children[g] for f in _forms_at(words, p))
                    elif (
                        dep[g] == "prep"
                        and lower[g] == "from"
                        and any(dep[p] == "pcomp" and tag[p] == "VBG" for p in children[g])
                    ):
                        preps.add("from")  # (as above: "from holding" hung on the object)
            elif d in {"nsubj", "csubj"} or (is_noun and d == "poss"):
                subjects.update(_slot_forms_at(words, c))
                if low in _RELATIVE_WORDS and dep[i] == "relcl":
                    subjects.update(_slot_forms_at(words, words.head[i]))  # (as above)
            elif d in {"compound", "amod", "nmod", "npadvmod", "nn"}:
                modifiers.update(_slot_forms_at(words, c))
            elif d == "oprd":
                predicatives.update(_slot_forms_at(words, c))
            elif d == "advcl" and any(dep[g] == "mark" and lower[g] == "for" for g in children[c]):
                preps.add("for")
            elif (
                d == "advcl"
                and not is_noun
                and any(dep[g] == "aux" and lower[g] == "to" for g in children[c])
                and words.lemma[i] in _OBJECT_CONTROL
                and any(dep[o] == "dobj" and pos[o] == "PROPN" for o in children[i])
            ):
                # "press Havana to free prisoners" parsed as a purpose: whom it presses,
                # and to do what
                complements.update(_forms_at(words, c))
            elif (
                is_noun
                and d == "acl"
                and any(
                    (dep[g] == "mark" and lower[g] == "that")
                    or (dep[g] == "aux" and lower[g] == "to")
                    for g in children[c]
                )
            ):
                complements.update(_forms_at(words, c))
            elif d in {"xcomp", "ccomp", "acomp"}:
                complements.update(_forms_at(words, c))
                for g in children[c]:
                    if dep[g] == "mark" or tag[g] in _WH_TAGS:
                        complements.add(lower[g])
                    elif dep[g] in {"nsubj", "attr", "dobj", "advmod"}:
                        complements.update(lower[h] for h in children[g] if tag[h] in _WH_TAGS)
                after = words.right_edge(c) + 1
                if after < words.n and words.text[after] == "?":
                    complements.add("qmark")
        head = words.head
        h = head[i]
        if (
            dep[i] in {"acl", "amod"}
            and tag[i] == "VBN"
            and h != i
            and pos[h] in {"NOUN", "PROPN"}
            and not any(dep[c] == "nsubj" for c in children[i])  # a clause of its own
        ):
            described.update(_slot_forms_at(words, h))
        if (
            dep[i] == "relcl"
            and not has_object
            and pos[h] in {"NOUN", "PROPN"}
            and any(dep[c] == "nsubj" and lower[c] not in _RELATIVE_WORDS for c in children[i])
        ):
            described.update(_slot_forms_at(words, h))
        if not has_object and not is_noun:
            raised = raised_object(
                i,
                head.__getitem__,
                dep.__getitem__,
                words.lemma.__getitem__,
                pos.__getitem__,
                children.__getitem__,
            )
            if raised is not None:
                described.update(_slot_forms_at(words, raised))
        if has_object:
            complements.update(predicatives)
            complements.update(called_as)
        else:
            objects.update(predicatives)
        if not is_noun and not objects:
            for c in children[i]:
                if dep[c] == "conj" and _joined_bare(lower[i + 1 : c]):
                    for o in children[c]:
                        if dep[o] == "dobj":
                            objects.update(_slot_forms_at(words, o))
        if is_noun and dep[i] == "nsubj" and words.lemma[head[i]] == "be":
            for c in children[head[i]]:
                if dep[c] == "attr":
                    complements.update(_slot_forms_at(words, c))
        if not is_noun and not subjects and dep[i] == "xcomp" and head[i] != i:
            # "the president plans to travel to Singapore": the subject of the verb above
            for c in children[head[i]]:
                if dep[c] == "nsubj":
                    subjects.update(_slot_forms_at(words, c))
        if not is_noun and not subjects and dep[i] == "acl" and tag[i] == "VBG" and head[i] != i:
            subjects.update(_slot_forms_at(words, head[i]))  # (as above)
        governors: set[str] = set()
        anchor = i
        hops = 0
        while dep[anchor] == "conj" and head[anchor] != anchor and hops < 5:
            anchor = head[anchor]
            hops += 1
        h = head[anchor]
        if h != anchor:
            governors.update(_forms_at(words, h))
            if dep[h] in {"prep", "agent"} or pos[h] == "ADP":
                grand = head[h]
                if grand != h:
                    governors.update(_forms_at(words, grand))
        sentence_words = _as_weapons_fire(
            _sentence_forms_at(words, i) if sentence else frozenset(), subjects
        )
        earlier: frozenset[str] = frozenset()
        if sentence and _takes_up_earlier(
            dep[i], [(dep[c], lower[c]) for c in children[i]], is_noun
        ):
            earlier = _earlier_forms(words.doc, words.sentence_of(i))
        return cls(
            particles=frozenset(particles),
            preps=frozenset(preps),
            objects=frozenset(objects),
            described=frozenset(described),
            subjects=frozenset(subjects),
            modifiers=frozenset(modifiers),
            governors=frozenset(governors),
            complements=frozenset(complements),
            instruments=frozenset(instruments),
            sentence=sentence_words,
            earlier=earlier,
            dep=dep[i],
            number=_number(_morph_values(words.morph[i], "Number")),
            text=words.text[i],
        )


def _as_weapons_fire(sentence: frozenset[str], subjects: set[str]) -> frozenset[str]:
    """The sentence's words with the fire its subject names as weapons' fire ("Israeli
    drone fire killed …") read as gunfire, not as a blaze that kills by accident."""
    if "gunfire" in subjects and "fire" in sentence:
        return (sentence - {"fire"}) | {"gunfire"}
    return sentence
