"""Acts named as nouns only to be judged or counted on: "the US targeting of the brigade
proved that …", "the crime of assassinating X represented a violation", "the targeting
of resistance forces is aimed at …", "their role in fighting ISIS" (an activity; not
"a role in the attack", one act, which the sentence still gives), "in addition to the
sanctions". The sentence tells what the act shows or serves, not that it happened; an act
told first this way is told elsewhere in the article as an act, or not at all."""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.syntax import CALLING_VERBS, names_what, what_it_called

# Verbs that say what something shows, means or serves, not what it does to anyone.
_JUDGING = frozenset({"prove", "show", "represent", "constitute", "reflect", "demonstrate",
                      "reveal", "signal", "indicate", "mean", "aim", "serve", "expose",
                      "illustrate", "suggest", "underline", "underscore", "embody",
                      "symbolize", "symbolise", "amount", "highlight"})  # fmt: skip
# Nouns whose "in" phrase names what someone's part was in ("their role in fighting ISIS").
_PART_NOUNS = frozenset({"role", "part", "contribution", "involvement", "share"})


def judged_noun(draft: _Draft) -> bool:
    """Whether the act is a noun that a verb of showing or meaning takes as its subject,
    or the object of someone's part ("role in fighting") or of "in addition to"."""
    token = draft.trigger
    if token.pos_ not in ("NOUN",) and token.tag_ != "VBG":
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return False  # ("the raid on Monday showed …": a dated act, told)
    subject = _subject_of_phrase(token)
    if subject is not None and subject.dep_ in ("nsubj", "nsubjpass", "csubj"):
        verb = subject.head
        # (a finite verb: not "strikes aimed at Saddam", a participle the parser gave a
        # subject)
        finite = verb.tag_ in ("VBZ", "VBP", "VBD") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        )
        if verb.lemma_.lower() in _JUDGING and finite:
            return True
    return _in_a_part(token)


def _subject_of_phrase(token: Token) -> Token | None:
    """The word that stands for the noun's phrase in its clause: the noun itself, or
    the noun it completes ("the crime of assassinating X", "the US targeting of …")."""
    current = token
    for _ in range(3):
        if current.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return current
        if current.dep_ in ("pobj", "pcomp") and current.head.lower_ == "of":
            current = current.head.head
            continue
        return None
    return None


def _in_a_part(token: Token) -> bool:
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return False
    owner = prep.head
    if prep.lower_ == "in" and owner.lemma_.lower() in _PART_NOUNS and token.tag_ == "VBG":
        return True  # "their key role in fighting the group" (not "a role in the attack")
    return prep.lower_ == "to" and owner.lower_ == "addition"  # "in addition to the sanctions"


def naming_aside(draft: _Draft) -> bool:
    """Whether the act is only the naming inside "what X called Y" ("condemned what he
    described as aggression"): the judging verb around it is the act."""
    token = draft.trigger
    return (
        token.lemma_.lower() in CALLING_VERBS
        and names_what(token)
        and token.head.i != token.i
        and bool(what_it_called(token.head))
    )
