"""Who an argument head stands with: the names coordinated with it, including those
the parser hangs elsewhere ("Iraqi and American forces", "sanctions on the Central
African Republic (CAR) and the Democratic Republic of the Congo", "an alliance between
the PMU and the YBS")."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.syntax import conjuncts, prep_objects
from annalyst.nlp.tree_walks import in_hyphenated_word

# Groupings whose members are named "between" them.
_ALLIANCES = {"alliance", "coalition", "partnership", "axis", "pact", "front", "union", "bloc"}


def _expand(token: Token) -> list[Token]:
    """A head with its coordinated conjuncts ("Iran and Iraq")."""
    # "sanctions against the organization Glavkosmos and the ISRO": the parser hangs
    # the second name on the first's apposition
    appositive = [t for c in token.children if c.dep_ == "appos" for t in conjuncts(c)[1:]]
    # "The government, a number of parties and the Taliban": a list the parser read as
    # an apposition of a count
    appositive += [
        c
        for c in token.children
        if c.dep_ == "appos" and c.lower_ in _LISTED_COUNTS and c.i > token.i
    ]
    # "Soleimani and Iraq's PMU deputy head al-Muhandis", "Iran and world powers": a
    # name coordinated with a modifier, which the parser hangs on the noun
    # ("Sudan's government and rebel groups": "rebel" hung on "government" as its conjunct)
    coordinated = [
        c
        for c in token.children
        if c.dep_ == "nmod"
        and c.i < token.i
        and any(g.dep_ == "cc" for g in c.children)
        # ("ISIS-fighting and pro-Iran units": words of one)
        and not in_hyphenated_word(c)
        and (
            c.ent_type_ in ("PERSON", "GPE", "ORG")
            or (
                # (subjects only: an object's modifiers are more often its own words)
                token.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "conj" and c.i < g.i < token.i for g in c.children)
            )
        )
    ]
    # "USAID and other international donors": one named, then the others of its kind
    coordinated += [
        c
        for c in token.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i < token.i
        and c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
        and c.i + 2 < token.i
        and c.doc[c.i + 1].lower_ == "and"
        and c.doc[c.i + 2].lower_ in ("other", "several", "many")
        and c not in coordinated
    ]
    if token.lemma_.lower() in _ALLIANCES and token.pos_ != "PROPN":
        # "a tacit alliance between the PMU and the YBS confronted the KDP": the allies
        # (not a named one: "the Alliance for Peace")
        members = prep_objects(token, ("between",))
        if len(members) > 1:
            return members
    return [
        *coordinated,
        *_coordinated_nationalities(token),
        *conjuncts(token),
        *_stranded_conjuncts(token),
        *_verb_conjuncts(token),
        *appositive,
    ]


def _coordinated_nationalities(token: Token) -> list[Token]:
    """The first of two nationalities sharing one noun: in "Iraqi and American forces"
    the parser hangs "American" on "Iraqi", so the noun's own words name only the
    American forces; the Iraqi forces are the other side of the pair."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        c
        for c in token.children
        if c.i < token.i
        and c.dep_ in ("amod", "nmod", "compound")
        and _national(c)
        and any(g.dep_ == "cc" for g in c.children)
        and any(g.dep_ == "conj" and _national(g) for g in c.children)
    ]


def _national(token: Token) -> bool:
    """A nationality or a country's name ("Armenian", "Iraq"), whatever the recogniser
    says of it."""
    from annalyst.nlp.events.unnamed import _agents

    return token.ent_type_ in ("NORP", "GPE") or _agents().nationality(token.text) is not None


# Counts that open an item of a list ("a number of parties"), unlike those that pick
# someone out of a group ("one of its leaders", "a member of the party").
_LISTED_COUNTS = {"number", "host", "range", "dozens", "hundreds", "thousands", "scores"}


def _stranded_conjuncts(token: Token) -> list[Token]:
    """Names coordinated with a preposition's object that the parser hung on the noun the
    phrase belongs to: after a bracketed acronym, "sanctions on the Central African
    Republic (CAR) and the Democratic Republic of the Congo" comes out as sanctions and
    the Congo. A common noun is not coordinated with a name in news prose, so a name
    there continues the list of objects."""
    prep = token.head
    if token.dep_ != "pobj" or token.pos_ != "PROPN" or prep.dep_ != "prep":
        return []
    owner = prep.head
    if owner.pos_ != "NOUN":
        return []
    return [
        t
        for c in owner.children
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > token.i
        for t in conjuncts(c)
    ]


def _verb_conjuncts(token: Token) -> list[Token]:
    """A name coordinated with a verb's object that the parser hung on the verb: after a
    bracketed acronym, "outlawed the African National Congress (ANC) and the Pan
    Africanist Congress" makes the second name a conjunct of "outlawed". A name with no
    subject, object or auxiliary of its own is no clause: it continues the objects."""
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    return [
        t
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "PROPN"
        and c.i > token.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for g in c.children)
        for t in conjuncts(c)
    ]
