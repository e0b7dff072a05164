"""Acts told as habits or as any of a kind, on no one occasion: "he used to tell them",
"the occupation has always killed …", "every time the resistance strikes, Israel
responds by bombing …", "in all his meetings", "every attack". Such clauses report no
event."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.events.draft import _Draft


def habitual_or_any(draft: _Draft) -> bool:
    """No one occasion: a habit ("he used to tell them"), or acts named as any or all of
    a kind ("in all his meetings", "the other battles", "every attack")."""
    token = draft.trigger
    head = token.head
    if (
        token.dep_ == "xcomp"
        and head.lemma_.lower() == "use"
        and head.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.lower_ not in ("them", "him", "her") for c in head.children)
        and not any(c.dep_ in ("dobj", "obj", "auxpass", "nsubjpass") for c in head.children)
    ):
        return True  # (not "used drones to attack": the means of one act)
    if _told_as_habit(token):
        return True
    if (
        token.dep_ == "relcl"
        and token.lemma_.lower() in _STANCES
        and _present(token)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)
    ):
        return True  # "the Fatah Alliance, which opposes the US presence": what it stands for
    if (
        token.dep_ == "xcomp"
        and head.lemma_.lower() in _GOING_ON
        and _present(head)
        and not any(
            c.lower_ in _NOW or c.ent_type_ in ("DATE", "TIME")
            for c in (*head.children, *token.children)
        )
    ):
        return True  # "Washington keeps attacking …", "the occupiers continue to loot …"
    if token.pos_ != "NOUN":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "amod", "poss")}
    if words & {"every", "each"}:
        return True
    if (
        token.tag_ == "NNS"
        and draft.entry.type in ("ASSAULT", "COERCE")  # (not "all UN sanctions": measures)
        and words & {"all", "any"}
        and not any(c.dep_ == "nummod" for c in token.children)
        and not words & _OWNERS
    ):
        return True  # "to stop all attacks on schools", "any strikes": acts of a kind
    if (
        token.tag_ == "NNS"
        and token.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in _TRENDING
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    ):
        return True  # "Attacks on US forces have seen an uptick": a trend, no one act
    if (
        token.tag_ == "NNS"
        and token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _TREND_NOUNS
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    ):
        return True  # "the increasing frequency of attacks against US forces"
    # ("all his meetings", "the other battles"; not "all UN sanctions": the measures)
    return token.tag_ == "NNS" and (
        ("all" in words and bool(words & _OWNERS)) or {"the", "other"} <= words
    )


# Verbs of a standing stance ("opposes", "backs"), told in the present of who holds it.
# (not "an attack which it denies": a denial of one thing told)
_STANCES = {"oppose", "support", "back", "reject", "favour", "favor", "advocate", "champion",
            "endorse"}  # fmt: skip

_OWNERS = {"his", "her", "their", "its", "our", "my", "your"}
# Nouns of how often acts of a kind come ("the frequency of attacks").
_TREND_NOUNS = {"frequency", "number", "rate", "increase", "rise", "surge", "uptick",
                "decline", "decrease", "escalation", "pace", "intensity"}  # fmt: skip
# Verbs that tell how acts of a kind go as a whole ("attacks have increased").
_TRENDING = {"see", "increase", "rise", "surge", "grow", "decline", "drop", "fall", "double",
             "triple", "become", "spike", "mount", "decrease", "soar", "subside"}  # fmt: skip
# Verbs that tell an act as going on, which in the simple present is a state of affairs
# ("keep attacking", "continue to loot"), not one act on one occasion.
_GOING_ON = {"keep", "continue"}
# Adverbs that tie a going-on act to the news of the day ("continued on Monday" is past).
_NOW = {"today", "tonight", "now", "still"}
# Adverbs of habit ("are exposed to US raids from time to time", "routinely detains").
_HABITUALLY = {"regularly", "routinely", "often", "frequently", "occasionally", "sometimes",
               "usually", "habitually", "constantly", "periodically", "customarily", "always",
               "invariably", "forever", "continually", "perpetually", "daily", "nightly",
               "typically", "generally", "normally", "commonly", "traditionally"}  # fmt: skip


def _each(word: Token, units: frozenset[str] | set[str]) -> bool:
    """ "every time", "each night": a unit of time with "every" or "each"."""
    return word.lemma_.lower() in units and any(
        c.dep_ == "det" and c.lower_ in ("every", "each") for c in word.children
    )


def _each_time(word: Token) -> bool:
    """ "every time", "each time": whenever it happens."""
    return _each(word, {"time"})


# Stretches of time an act said to recur "every" one of happens in ("every week").
_PERIODS = {"day", "night", "morning", "evening", "week", "weekend", "month", "year",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}  # fmt: skip


def _each_period(word: Token) -> bool:
    """ "every week", "each night": once in each such stretch of time."""
    return _each(word, _PERIODS)


def _present(verb: Token) -> bool:
    """A verb told in the simple present ("raid", "kills", "are shelled"): in the past,
    acts each week are so many reported acts, and one going on now ("is providing food
    every month") is a programme under way."""
    if verb.tag_ == "VBG":
        return False
    own = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in own) and not any(
        t.tag_ in ("VBD", "VBN") and t.dep_ in ("aux", "auxpass") for t in own
    )


def _told_as_habit(token: Token) -> bool:
    """Whether the clause of an act says it happens as a habit, on no one occasion."""
    clause = token
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    # ("Israel responds by bombing …": the means shares its verb's habit)
    means = clause.head if clause.dep_ == "pcomp" and clause.head.lower_ == "by" else None
    governing = [means.head] if means is not None and means.head.pos_ == "VERB" else []
    if clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        # ("every day, the occupation kills … and demolishes …": both verbs' habit)
        governing.append(clause.head)
    if clause.dep_ in ("advcl", "xcomp") and clause.head.pos_ == "VERB" and _present(clause.head):
        # ("groups typically exploit disputes to recruit fighters": the purpose of a habit)
        governing.append(clause.head)
    for word in (token, clause, *governing):
        if word.dep_ == "relcl" and _each_time(word.head):
            return True  # "every time the resistance strikes, …": the clause of the time
        if (
            word.dep_ == "relcl"
            and word.head.lemma_.lower() == "time"
            and _present(word)
            # (not "the first time the country has threatened to …": one act told)
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in word.children)
        ):
            return True  # "not the first time US forces come under attack": it recurs
        for child in word.children:
            if child.dep_ == "advmod" and child.lower_ in _HABITUALLY:
                return True
            if child.dep_ in ("npadvmod", "advcl", "advmod") and _each_time(child):
                return True  # "every time the resistance strikes, Israel responds"
            if child.dep_ in ("npadvmod", "advmod") and _each_period(child) and _present(word):
                return True  # "militias raid the camp every night": night after night
            if (
                child.dep_ == "prep"
                and child.lower_ == "from"
                and [t.lower_ for t in child.subtree] == ["from", "time", "to", "time"]
            ):
                return True
    return False
