"""A repair between the parser and the tag rules: a sentence's head that the tagger took
for a noun although the parser gave it a verb's dependents.

The small English model tags a headline's present tense as a noun ("EU and UN hand over
supplies to Nigeria", "Iran, Iraq sign deal"): the parser still finds the subject and the
object, but every later stage reads a noun and no act. Retagging the word as a present
tense verb before the attribute ruler and lemmatizer run gives it a verb's part of
speech, morphology and lemma, for all stages alike; an adjective heading a noun phrase
("could launch a ground offensive") is made the noun it is the same way. The past tenses of a few prefixed
irregular verbs ("retook") are given their tag and lemma here too, and hyphenated verbs of
weapons tests ("test-fired") are kept one token."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.strings import get_string_id as _hash
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from annalyst.knowledge.events.lexicon_files import WHOLE_HYPHENATED_VERBS

COMPONENT = "annalyst_verb_heads"

# What the parser gives a verb and never a noun: a particle or a direct object.
_VERB_ONLY = {"prt", "dobj"}

# Past tenses of prefixed irregular verbs that the model does not know: it tags them as a
# present tense and leaves the lemma unchanged ("the army retook the town").
_PREFIXED_PASTS = {
    "retook": "retake", "mistook": "mistake", "outfought": "outfight", "refought": "refight",
    "rewrote": "rewrite", "redrew": "redraw", "resold": "resell", "foresaw": "foresee",
    "overrode": "override", "overflew": "overfly", "outgunned": "outgun", "reran": "rerun",
    "outdid": "outdo", "redid": "redo", "retold": "retell", "outsmarted": "outsmart",
}  # fmt: skip


# Irregular past tenses the tagger may take for a present ("Boko Haram jihadists
# overran a base"), read from the lemmatizer's own table of irregular verb forms when the
# pipeline is built (only forms that are no verb's base form: not "lay", "found", "saw").
_IRREGULAR_PASTS: dict[str, str] = {}


@Language.component(COMPONENT)
def retag_verb_heads(doc: Doc) -> Doc:
    # The word lists match a few words per article: the columns are read in bulk and a
    # Token is made only where a word is on a list or an adjective may head a noun phrase
    # (making one for every word, twice, was most of this component's cost).
    lower = doc.to_array(LOWER).tolist()
    for i in [i for i, h in enumerate(lower) if h in _WATCHED]:
        token = doc[i]
        base = _PREFIXED_PASTS.get(token.lower_)
        if base is not None:
            token.tag_ = "VBD"
            token.lemma_ = base
        elif token.tag_ in ("VBP", "VB") and token.lower_ in _IRREGULAR_PASTS:
            token.tag_ = "VBD"  # (the lemmatizer then gives "overrun")
        whole = _WHOLE_LEMMAS.get(token.lower_)
        if whole is not None:
            token.lemma_ = whole  # (the lemmatizer's rules make "test-launche")
    # (read after the retagging above; the loop below changes only the word it is at)
    tags, dep_ids = doc.to_array([TAG, DEP]).T.tolist()
    for i, (tag, dep) in enumerate(zip(tags, dep_ids, strict=True)):
        if tag == _ADJECTIVE and dep in _NOUN_PLACE_IDS:
            word = doc[i]
            if _heads_a_noun_phrase(word):
                word.tag_ = "NN"  # "could launch a ground offensive": a noun the tagger missed
        elif (
            tag == _PARTICLE and dep == _QUANTITY_MODIFIER and i > 0 and doc[i - 1].tag_[:2] == "VB"
        ):
            # "handed over 50 nationals": the particle the parser read as "more than"
            word = doc[i]
            word.head = doc[i - 1]
            word.dep_ = "prt"
    for sent in doc.sents:
        _common_noun_first(sent)
        root = sent.root
        if root.tag_ != "NN" or root.i == sent.start or not root.is_alpha:
            continue
        deps = {c.dep_ for c in root.children}
        if "nsubj" in deps and deps & _VERB_ONLY:
            root.tag_ = "VBP"
    return doc


def _common_noun_first(sent: Span) -> None:
    """A sentence's first word that is an agent noun the tagger took for a name because of
    its capital ("Rebels of the Arakan Army captured …", "Gunmen attacked …"): a common
    noun, so that its lemma and part of speech are a noun's."""
    first = sent[0]
    if (
        first.tag_ in ("NNP", "NNPS")
        and not first.ent_type_
        and first.orth in _CAPITALISED_AGENTS
        and first.lower in _AGENT_NOUNS
    ):
        first.tag_ = (
            "NNS" if first.lower_.endswith("s") and not first.lower_.endswith("ss") else "NN"
        )


_PARTICLE = _hash("RP")
_QUANTITY_MODIFIER = _hash("quantmod")

# Where a word heads a noun phrase as an argument.
_NOUN_PLACES = {"dobj", "nsubj", "nsubjpass", "pobj"}


def _heads_a_noun_phrase(word: Token) -> bool:
    """Whether an adjective's dependents are a noun's: "a" or "an" before it, or a noun
    compounded with it ("a ground offensive"; not "the wounded", "the poor")."""
    children = list(word.children)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children) or any(
        c.dep_ == "compound" and c.tag_ in ("NN", "NNS") for c in children
    ):
        return True
    # (or the parser split the compound into two objects: "launch a ground | offensive")
    before = word.nbor(-1) if word.i > 0 else None
    return (
        before is not None
        and before.tag_ == "NN"
        and before.dep_ == word.dep_
        and before.head.i == word.head.i
    )


# Hyphenated verbs of weapons tests: split at the hyphen, "North Korea test-fired two
# missiles" parses as a noun phrase with no verb; kept whole, as a past tense with a
# subject and an object.
def _forms(lemma: str) -> tuple[str, ...]:
    stem = lemma.removesuffix("e")
    plural = "es" if lemma.endswith(("sh", "ch", "s", "x")) else "s"
    return (lemma, lemma + plural, stem + "ed", stem + "ing")


_WHOLE_LEMMAS = {form: lemma for lemma in WHOLE_HYPHENATED_VERBS for form in _forms(lemma)}
_WHOLE_VERBS = tuple(_WHOLE_LEMMAS)

# The string-store ids (as in ``Doc.to_array(LOWER)``) of every word on the lists above;
# `add_to` adds the irregular past tenses when it reads them.
_WATCHED = {_hash(w) for w in (*_PREFIXED_PASTS, *_WHOLE_LEMMAS)}
_NOUN_PLACE_IDS = frozenset(_hash(d) for d in _NOUN_PLACES)
# One-word agent nouns ("rebels", "gunmen"), lower-case and capitalised (`add_to` reads
# them from the agents lexicon).
_AGENT_NOUNS: set[int] = set()
_CAPITALISED_AGENTS: set[int] = set()
_ADJECTIVE = _hash("JJ")


def add_to(nlp: Language) -> None:
    """Put the repair right after the parser, where the tag rules still follow, and keep
    the hyphenated verbs whole."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="parser")
    if not _IRREGULAR_PASTS:
        _IRREGULAR_PASTS.update(_irregular_pasts(nlp))
        _WATCHED.update(_hash(w) for w in _IRREGULAR_PASTS)
    if not _AGENT_NOUNS:
        from annalyst.knowledge.agents import AgentLexicon

        words = [w for w in AgentLexicon.load().nouns if w.isalpha() and w.islower()]
        _AGENT_NOUNS.update(nlp.vocab.strings.add(w) for w in words)
        _CAPITALISED_AGENTS.update(nlp.vocab.strings.add(w.capitalize()) for w in words)
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # (a custom tokenizer is left as it is)
        for verb in _WHOLE_VERBS:
            for form in (verb, verb.capitalize()):
                tokenizer.add_special_case(form, [{"ORTH": form}])


def _irregular_pasts(nlp: Language) -> dict[str, str]:
    """Irregular verb forms that are no base form, with their lemma, from the pipeline's
    rule lemmatizer (empty for a pipeline without one)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lemmatizer = getattr(nlp.get_pipe("lemmatizer"), "lemmatizer", nlp.get_pipe("lemmatizer"))
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    forms = lookups.get_table("lemma_exc").get("verb", {})
    # a set: the model's index is a list of ~8,700 base forms (the quick rules make it a
    # set only later), and scanning it for each of ~2,400 forms cost 0.18 s per start-up
    bases = frozenset(
        lookups.get_table("lemma_index").get("verb", ()) if lookups.has_table("lemma_index") else ()
    )
    return {
        form: lemmas[0]
        for form, lemmas in forms.items()
        if lemmas
        and lemmas[0] != form
        and lemmas[0] not in ("be", "have", "do")  # ("are", "has": present tenses)
        and form not in bases
        and form.isalpha()
        and not form.endswith(("ing", "s"))  # (a present participle or a third person)
    }
