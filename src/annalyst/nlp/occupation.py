"""Whose "occupation" an article means when it leaves the occupier unnamed.

Outlets of one side of a conflict name the other by what it does: "occupation forces",
"the occupation army", "occupation warplanes" (Palestinian and Lebanese outlets: Israel;
Iraqi resistance statements: the US). The article says which occupation: an occupation
it names with its state elsewhere ("the Israeli occupation", "the US occupation of
Iraq"), or else the places and peoples of one occupation it speaks of (Gaza, the West
Bank, Palestinians). Without either, the occupier stays unknown: annalyst does not guess a
country from the word alone.

The answer is read once per document, from its words (actors run before places)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from annalyst.knowledge.agents import AgentLexicon

# Words that make a noun an occupier's: "occupation forces", "occupying troops".
OCCUPYING = frozenset({"occupation", "occupying"})

# Words only one occupation's news uses: Israel's (the Palestinian territories, the
# occupied Syrian and Lebanese lands it holds).
_ISRAELI_OCCUPATION_WORDS = frozenset(
    {"gaza", "palestinian", "palestinians", "palestine", "jenin", "nablus", "hebron",
     "ramallah", "tulkarm", "qalqilya", "bethlehem", "jericho", "aqsa", "zionist",
     "settlers", "golan", "shebaa", "rafah", "jabalia", "israeli", "israel", "hamas",
     "qassam", "nuseirat", "younis", "lahia", "hanoun", "bureij", "maghazi", "jerusalem",
     "tubas", "qabatiya", "gazan", "gazans", "beit", "khalil", "silwan", "huwara", "yatta",
     "salfit", "qalandia", "balata", "tammun", "sebastia", "masafer"}
)  # fmt: skip
# Words of the other occupation such outlets speak of (US forces in Iraq), whose
# occupier they name often enough ("the US occupation") to be read that way.
_IRAQI_WORDS = frozenset({"iraq", "iraqi", "iraqis", "baghdad", "anbar", "erbil", "kirkuk",
                          "mosul", "basra", "pmf", "pmu", "hashd"})  # fmt: skip
_ISRAEL = "ISR"
_KEY = "annalyst_occupier"


def occupier(doc: Doc, lexicon: AgentLexicon) -> str | None:
    """The ISO-3 country of the occupation ``doc`` speaks of without naming it, or None."""
    if _KEY in doc.user_data:
        return doc.user_data[_KEY]  # type: ignore[no-any-return]
    found = _named_occupier(doc, lexicon)
    if found is None:
        israeli = sum(
            t.lower_ in _ISRAELI_OCCUPATION_WORDS
            or (t.lower_ == "bank" and t.i > 0 and doc[t.i - 1].lower_ == "west")
            for t in doc
        )
        iraqi = sum(t.lower_ in _IRAQI_WORDS for t in doc)
        found = _ISRAEL if israeli > iraqi else None
    doc.user_data[_KEY] = found
    return found


def _named_occupier(doc: Doc, lexicon: AgentLexicon) -> str | None:
    """The state the article names with an occupation most often ("the Israeli
    occupation", "the US occupation forces", "America's occupation")."""
    named: Counter[str] = Counter()
    for word in doc:
        if word.lower_ not in OCCUPYING:
            continue
        for modifier in _modifiers(word):
            nationality = lexicon.nationality(modifier.text)
            if nationality is not None and nationality.country:
                named[nationality.country] += 1
    return named.most_common(1)[0][0] if named else None


def _modifiers(word: Token) -> list[Token]:
    """The words before "occupation" that may say whose it is: its own modifiers, or
    those of the noun it modifies ("Israeli occupation forces")."""
    own = [c for c in word.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if word.dep_ in ("compound", "amod") and word.head.i > word.i:
        own += [c for c in word.head.children if c.i < word.i and c.dep_ in ("amod", "compound")]
    return own


def occupiers_noun(tokens: list[Token]) -> bool:
    """Whether a phrase's words call its people an occupier's ("occupation soldiers")."""
    return any(t.lower_ in OCCUPYING for t in tokens)
