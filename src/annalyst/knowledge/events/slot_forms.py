"""The words that fill a trigger's slots, as sets of lower-case forms: a word's lemma and
surface forms, the phrase a quantity word counts, a named place or person as a class,
the rest of the sentence and the sentence before. Each reader comes twice, on spaCy
tokens and on a table of the document's token attributes
(``annalyst.nlp.tokentable``), with the same rules; :class:`TriggerContext` uses both."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

from annalyst.knowledge.events.requirements import Number

_PARTICLES = frozenset({"out", "off", "down", "up", "back", "over", "away", "aside", "in"})
_PREP_PARTICLES = frozenset({"out", "off", "down", "up", "back", "over"})


def _word_forms(lemma: str, lower: str) -> set[str]:
    out = {lemma.lower(), lower}
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        out.add(lower[:-1])
    return out


@lru_cache(maxsize=50_000)
def _frozen_word_forms(lemma: str, lower: str) -> frozenset[str]:
    return frozenset(_word_forms(lemma, lower))


_NO_FORMS: frozenset[str] = frozenset()
# Verbs that share their form with a noun of a mishap ("stormed the village" is no storm;
# "killed when police fired live rounds" is a shooting, not a blaze).
_MISHAP_HOMONYMS = frozenset(
    {"storm", "stormed", "storming", "storms", "fire", "fired", "firing", "fires"}
)  # fmt: skip
# Words a shooting's fire hangs on ("opened fire", "returned fire", "came under fire").
_SHOOTING = frozenset({"open", "return", "exchange", "trade", "under", "by", "hold"})


def _not_as_context(lower: str, pos: str, head_lemma: str) -> bool:
    """Whether a word says nothing of its sentence's setting: a verb of the form of a
    mishap's noun ("stormed"), or the fire of a shooting ("opened fire", "killed by
    sniper fire"), which a list of mishaps must not read as a blaze."""
    if pos in ("VERB", "AUX"):
        return lower in _MISHAP_HOMONYMS
    return lower == "fire" and head_lemma.lower() in _SHOOTING


class _SentenceWords:
    """The word forms of one sentence: each token's, and how many tokens give each form."""

    def __init__(self, sent: Any) -> None:
        self._fill(
            sent.start,
            [
                _NO_FORMS
                if _not_as_context(str(t.lower_), str(t.pos_), str(t.head.lemma_))
                else _frozen_word_forms(str(t.lemma_), str(t.lower_))
                for t in sent
            ],
        )

    @classmethod
    def from_columns(
        cls,
        start: int,
        lemmas: list[str],
        lowers: list[str],
        pos: list[str] | None = None,
        head_lemmas: list[str] | None = None,
    ) -> _SentenceWords:
        """The same, from the sentence's lemmas and lower-case forms (and, to leave out
        the words :func:`_not_as_context` names, their parts of speech and heads')."""
        words = cls.__new__(cls)
        forms = list(map(_frozen_word_forms, lemmas, lowers))
        if pos is not None and head_lemmas is not None:
            forms = [
                _NO_FORMS if _not_as_context(lower, tag, head) else form
                for form, lower, tag, head in zip(forms, lowers, pos, head_lemmas, strict=True)
            ]
        words._fill(start, forms)
        return words

    def _fill(self, start: int, per_token: list[frozenset[str]]) -> None:
        self.start = start
        self.per_token = per_token
        self.counts: Counter[str] = Counter(chain.from_iterable(per_token))
        self.all = frozenset(self.counts)

    def without(self, i: int) -> frozenset[str]:
        """The forms of every token of the sentence but the one at document index ``i``."""
        counts = self.counts
        only_here = [f for f in self.per_token[i - self.start] if counts[f] == 1]
        return self.all.difference(only_here) if only_here else self.all


# The sentences read so far in the document read last (several candidate triggers
# share a sentence; documents are read one after the other).
_held: tuple[Any, dict[tuple[int, int], _SentenceWords]] = (None, {})


def _held_sentence(
    doc: Any, key: tuple[int, int], build: Callable[[], _SentenceWords]
) -> _SentenceWords:
    """The words of the sentence spanning ``key`` in ``doc``, built once per document."""
    global _held
    held = _held  # read once: another thread may replace it meanwhile
    if held[0] is not doc:
        held = _held = (doc, {})
    words = held[1].get(key)
    if words is None:
        words = held[1][key] = build()
    return words


def _sentence_forms(token: Any) -> frozenset[str]:
    """Forms (lemma, lower case, naive singular) of the other words of the token's sentence."""
    sent = getattr(token, "sent", None)
    if sent is None:
        return frozenset()
    doc = getattr(token, "doc", None)
    if doc is None:
        return _SentenceWords(sent).without(token.i)
    return _held_sentence(doc, (sent.start, sent.end), lambda: _SentenceWords(sent)).without(
        token.i
    )


def _is_particle(child: Any, token: Any) -> bool:
    """A verb particle, including the ones the parser attaches as adverbs ("stepped
    down") or as prepositions ("pulled out of the base")."""
    dep, low = child.dep_, str(child.lower_)
    if dep == "prt":
        return True
    if dep == "advmod":
        return low in _PARTICLES
    return dep == "prep" and low in _PREP_PARTICLES and 0 < child.i - token.i <= 2


def _particles_of(token: Any) -> set[str]:
    return {str(child.lower_) for child in token.children if _is_particle(child, token)}


def _forms(token: Any, *, particles: bool = True) -> set[str]:
    out = _word_forms(str(token.lemma_), str(token.lower_))
    if particles:
        lemma = str(token.lemma_).lower()
        out.update(f"{lemma} {p}" for p in _particles_of(token))
    return out


def _dated(prep: Any) -> bool:
    """A time phrase ("on Tuesday", "in March", "at dawn")."""
    return any(c.dep_ == "pobj" and str(c.ent_type_) in ("DATE", "TIME") for c in prep.children)


def _pobj_forms(prep: Any) -> set[str]:
    out: set[str] = set()
    for child in prep.children:
        if child.dep_ in {"pobj", "pcomp"}:
            out.update(_slot_forms(child))
    return out


# Words that open a relative clause as its subject ("the group that attacked").
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})

_QUANTITY_WORDS = frozenset(
    {
        "number",
        "dozen",
        "volley",
        "barrage",
        "salvo",
        "series",
        "wave",
        "swarm",
        "couple",
        "handful",
        "hail",
        "pair",
        "string",
        "spate",
        "flurry",
        "hundred",
        "score",
        "round",
        # shares and amounts ("supplied 94% of its military equipment", "tonnes of flour")
        "%",
        "percent",
        "bulk",
        "portion",
        "half",
        "thousand",
        "million",
        "tonne",
        "ton",
        "amount",
        "quantity",
        "consignment",
        "load",
        # groups sent somewhere count as what they are made of ("a team of paratroopers")
        "team",
        "contingent",
        "detachment",
        "squad",
        "batch",
    }
)
# Vehicles that count as what they carry ("lorries loaded with flour"), and the verbs
# that say what that is.
_VEHICLES = frozenset({"lorry", "truck", "convoy", "ship", "vessel", "boat", "plane",
                       "aircraft", "flight", "container", "tanker", "train"})  # fmt: skip
_LOADING = frozenset({"load", "laden", "fill", "pack", "carry", "stock", "freight"})
# Nouns of an undertaking or a lot that take their kind from a compound ("mediation
# efforts", "the peace process", "an aid package", "a loan guarantee"): a verb acting on
# them acts on that kind too.
_EFFORT_WORDS = frozenset(
    {
        "effort",
        "process",
        "bid",
        "attempt",
        "initiative",
        "package",
        "guarantee",
        "shipment",
        "hour",
        "regime",
    }  # fmt: skip ("eased curfew hours", "the sanctions regime")
)


# The form a named place adds to a slot, for entries that take any named place
# (``object: ["<place>"]`` in events.yaml).
PLACE_NAME = "<place>"
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# The form a person's name adds, for entries that take any named person.
PERSON_NAME = "<person>"
# The form the name of a military operation adds ("Operation Steel").
OPERATION_NAME = "<operation>"


def _named_operation(token: Any) -> bool:
    """A name that begins with the capitalised word "Operation" ("Operation Steel")."""
    if str(token.pos_) != "PROPN":
        return False
    first = token.left_edge
    while first.i < token.i and str(first.pos_) in ("DET", "PUNCT"):
        first = token.doc[first.i + 1]
    return str(first.text) == "Operation" and first.i < token.i


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """One-word names of states ("mali", "iraq"), a place whatever label the recogniser
    gave them."""
    from annalyst.knowledge.actors import KnowledgeBase

    states = [a for a in KnowledgeBase.load().actors.values() if a.type == "state"]
    names = {n.lower() for a in states for n in (a.name, *a.aliases)}
    return frozenset(n for n in names if " " not in n)


def _geoparsed(doc: Any) -> tuple[int, ...]:
    """The tokens of the places the geoparser found in a document (a town the recogniser
    took for a body: "captured Bakhmut"), read once per document. (Kept as a tuple of
    ints: a document's user data must survive serialisation between processes.)"""
    cached = doc.user_data.get("annalyst.geoparsed")
    if isinstance(cached, (tuple, list)):
        return tuple(cached)
    places = doc._.places if doc.has_extension("places") else None
    found = tuple(
        t.i
        for place in places or ()
        if (span := doc.char_span(place["start"], place["end"], alignment_mode="expand"))
        for t in span
    )
    doc.user_data["annalyst.geoparsed"] = found
    return found


def _named_place(doc: Any, i: int, ent_type: str, pos: str, text: str) -> bool:
    """Whether the word at ``i`` names a place: the recogniser says so, or it is a one-word
    state's name or a place the geoparser found, whatever label the recogniser gave it."""
    return (
        ent_type in _PLACE_ENTITIES
        or (pos == "PROPN" and text.lower() in _country_words())
        or (text[:1].isupper() and i in _geoparsed(doc))
    )


def _joined_bare(between: Sequence[str]) -> bool:
    """Whether two verbs are joined by a conjunction alone ("beat and detained")."""
    return len(between) == 1 and between[0] in ("and", "or")


# Words before "fire" that make it weapons' fire, not a blaze ("drone fire", "Israeli
# tank fire", "sniper fire"): whoever fires it acts.
_FIRING = frozenset({"drone", "artillery", "tank", "sniper", "mortar", "machine", "machinegun",
                     "gun", "rocket", "helicopter", "naval", "army", "police", "enemy",
                     "occupation", "heavy", "automatic", "live", "small", "arms", "anti",
                     "aircraft", "warplane", "gunship", "missile", "shell", "troop", "soldier"})  # fmt: skip


def _weapons_fire(lemma: str, modifiers: list[tuple[str, str]]) -> bool:
    """Whether "fire" with these (lower-cased word, entity label) modifiers before it is
    the fire of weapons: "Israeli drone fire", "tank fire" (not "a forest fire")."""
    return lemma == "fire" and any(word in _FIRING or label == "NORP" for word, label in modifiers)


def _slot_forms(token: Any) -> set[str]:
    """Forms of a slot filler, of the words coordinated with it ("Iran and Iraq") and,
    for a quantity word, of what it counts ("a volley of missiles")."""
    if str(token.lower_) in ("which", "that", "whom") and str(token.tag_) in ("WDT", "WP"):
        # "the agreement which the two countries signed": the relative's antecedent
        clause = token.head
        if clause.dep_ == "relcl" and clause.head.i != clause.i:
            token = clause.head
    out = _forms(token)
    for other in getattr(token, "conjuncts", ()):
        out.update(_forms(other))
    before = [
        (str(c.lower_), str(c.ent_type_))
        for c in token.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
    ]
    if _weapons_fire(str(token.lemma_).lower(), before):
        out.add("gunfire")
    if _named_place(token.doc, token.i, str(token.ent_type_), str(token.pos_), str(token.text)):
        # "the fall of Mosul": a named place fills the slot (also a country or a town the
        # recogniser took for a person: "Mali", "Palmyra")
        out.add(PLACE_NAME)
    elif str(token.ent_type_) == "PERSON":
        out.add(PERSON_NAME)  # "Bohendi was beaten": a named person fills it
    if _named_operation(token):
        out.add(OPERATION_NAME)  # "launched Operation Steel"
    lemma = str(token.lemma_).lower()
    if lemma in _EFFORT_WORDS:
        for child in token.children:
            if child.dep_ == "compound":
                out.update(_forms(child))
    carriers = [token]
    if lemma in _QUANTITY_WORDS:
        for child in token.children:
            if child.dep_ == "prep" and str(child.lower_) == "of":
                for counted in child.children:
                    if counted.dep_ == "pobj":
                        out.update(_forms(counted))
                        carriers.append(counted)
    for vehicle in carriers:
        # "lorries loaded with flour", "a ship carrying weapons": what they carry
        if str(vehicle.lemma_).lower() not in _VEHICLES:
            continue
        for clause in vehicle.children:
            if clause.dep_ != "acl" or str(clause.lemma_).lower() not in _LOADING:
                continue
            for part in clause.children:
                if part.dep_ in ("dobj", "obj"):
                    out.update(_forms(part))
                elif part.dep_ == "prep" and str(part.lower_) == "with":
                    for cargo in part.children:
                        if cargo.dep_ == "pobj":
                            out.update(_forms(cargo))
                            for other in getattr(cargo, "conjuncts", ()):
                                out.update(_forms(other))
    return out


# -- the same readings from a table of token attributes (see `TriggerContext.from_words`)

_WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})


@lru_cache(maxsize=1024)
def _morph_values(morph: str, field: str) -> tuple[str, ...]:
    """The values of one feature in spaCy's written form ("Number=Sing|Person=3")."""
    for feature in morph.split("|"):
        name, _, values = feature.partition("=")
        if name == field:
            return tuple(values.split(","))
    return ()


def _is_particle_at(words: Any, c: int, i: int) -> bool:
    dep, low = words.dep[c], words.lower[c]
    if dep == "prt":
        return True
    if dep == "advmod":
        return low in _PARTICLES
    return dep == "prep" and low in _PREP_PARTICLES and 0 < c - i <= 2


def _forms_at(words: Any, t: int) -> set[str]:
    lemma = words.lemma[t]
    out = _word_forms(lemma, words.lower[t])
    low_lemma = lemma.lower()
    lower = words.lower
    out.update(f"{low_lemma} {lower[c]}" for c in words.children[t] if _is_particle_at(words, c, t))
    return out


def _pobj_forms_at(words: Any, prep: int) -> set[str]:
    out: set[str] = set()
    dep = words.dep
    for c in words.children[prep]:
        if dep[c] in {"pobj", "pcomp"}:
            out.update(_slot_forms_at(words, c))
    return out


def _slot_forms_at(words: Any, t: int) -> set[str]:
    lower, dep, head = words.lower, words.dep, words.head
    if lower[t] in ("which", "that", "whom") and words.tag[t] in ("WDT", "WP"):
        clause = head[t]
        if dep[clause] == "relcl" and head[clause] != clause:
            t = head[clause]
    out = _forms_at(words, t)
    for other in words.conjuncts(t):
        out.update(_forms_at(words, other))
    before = [
        (lower[c], words.ent_type[c])
        for c in words.children[t]
        if dep[c] in ("compound", "amod", "nmod") and c < t
    ]
    if _weapons_fire(words.lemma[t].lower(), before):
        out.add("gunfire")
    if _named_place(words.doc, t, words.ent_type[t], words.pos[t], words.text[t]):
        out.add(PLACE_NAME)  # (a town the recogniser took for a person: "Palmyra")
    elif words.ent_type[t] == "PERSON":
        out.add(PERSON_NAME)
    if words.pos[t] == "PROPN":
        first = words.left_edge(t)
        while first < t and words.pos[first] in ("DET", "PUNCT"):
            first += 1
        if words.text[first] == "Operation" and first < t:
            out.add(OPERATION_NAME)
    lemma = words.lemma[t].lower()
    if lemma in _EFFORT_WORDS:
        for c in words.children[t]:
            if dep[c] == "compound":
                out.update(_forms_at(words, c))
    children = words.children
    carriers = [t]
    if lemma in _QUANTITY_WORDS:
        for c in children[t]:
            if dep[c] == "prep" and lower[c] == "of":
                for counted in children[c]:
                    if dep[counted] == "pobj":
                        out.update(_forms_at(words, counted))
                        carriers.append(counted)
    for vehicle in carriers:
        if words.lemma[vehicle].lower() not in _VEHICLES:
            continue
        for clause in children[vehicle]:
            if dep[clause] != "acl" or words.lemma[clause].lower() not in _LOADING:
                continue
            for part in children[clause]:
                if dep[part] in ("dobj", "obj"):
                    out.update(_forms_at(words, part))
                elif dep[part] == "prep" and lower[part] == "with":
                    for cargo in children[part]:
                        if dep[cargo] == "pobj":
                            out.update(_forms_at(words, cargo))
                            for other in words.conjuncts(cargo):
                                out.update(_forms_at(words, other))
    return out


def _sentence_forms_at(words: Any, i: int) -> frozenset[str]:
    start, end = key = words.sentence_of(i)
    return _held_sentence(
        words.doc,
        key,
        lambda: _SentenceWords.from_columns(
            start,
            words.lemma[start:end],
            words.lower[start:end],
            words.pos[start:end],
            [words.lemma[h] for h in words.head[start:end]],
        ),
    ).without(i)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _takes_up_earlier(dep: str, children: list[tuple[str, str]], is_noun: bool) -> bool:
    """Whether a noun is a definite subject with no argument of its own ("The vote
    came …", not "The vote on the budget came …"): one that names again an act the
    sentence before told."""
    if not is_noun or dep not in {"nsubj", "nsubjpass"}:
        return False
    if not any(d == "det" and low in _DEFINITE for d, low in children):
        return False
    return not any(d in {"prep", "acl", "relcl", "poss"} for d, _ in children)


def _earlier_forms(doc: Any, sentence: tuple[int, int]) -> frozenset[str]:
    """The forms of every word of the sentence before the one spanning ``sentence``."""
    start = sentence[0]
    if start == 0 or doc is None:
        return frozenset()
    before = doc[start - 1].sent
    return _held_sentence(doc, (before.start, before.end), lambda: _SentenceWords(before)).all


def _number(values: Any) -> Number | None:
    """The grammatical number a token's "Number" morphology values say."""
    if "Plur" in values:
        return "plural"
    if "Sing" in values:
        return "singular"
    return None
