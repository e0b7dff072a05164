"""Cities the model calls people: "regained control of Wad Madani", where the small model
reads the two capitalised words of a transliterated name as a person's, and the
gazetteer's matcher holds the spelling only as an alternate name. A name right after a
preposition of place or of control that is, exactly, another spelling of a large city is
proposed for that city, and kept only when its country is in the article
(``needs_context``); so is one a verb of taking or attacking has as its object
("recaptured Wad Madani")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from annalyst.nlp.places.gazetteer import Gazetteer, Hit
from annalyst.nlp.places.proposals import Proposal

# Words after which a name is where something happened or what was held.
_BEFORE_A_PLACE = frozenset(
    {"in", "of", "to", "from", "near", "at", "into", "outside", "around", "toward", "towards"}
)
# Verbs whose object is a place held or fought over ("recaptured Wad Madani").
_TAKING = frozenset(
    {"capture", "recapture", "seize", "take", "retake", "storm", "enter", "shell", "bomb",
     "attack", "besiege", "overrun", "liberate", "encircle", "control", "reach"}
)  # fmt: skip
#: The fewest people a city must have for a person-like name to be read as it.
LARGE_CITY = 100_000


def cities_named_as_people(doc: Doc, gazetteer: Gazetteer, ents: list[Span]) -> list[Proposal]:
    """Proposals for the names of several words the model took for people's that are,
    exactly, another spelling of a large city, right after a preposition."""
    out: list[Proposal] = []
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.start == 0:
            continue
        held = ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in _TAKING
        if doc[ent.start - 1].lower_ not in _BEFORE_A_PLACE and not held:
            continue
        if not all(t.text[:1].isupper() for t in ent):
            continue
        hit = gazetteer.lookup(ent.text, fuzzy=False)
        if hit is None or hit.level != "exact":
            continue
        large = tuple(i for i in hit.indices if gazetteer.entry(i).population >= LARGE_CITY)
        if not large:
            continue
        out.append(
            Proposal(
                ent.start,
                ent.end,
                Hit(large, frozenset(i for i in large if i in hit.alternate), "exact"),
                "entity",
                "name",
                needs_context=True,
            )
        )
    return out
