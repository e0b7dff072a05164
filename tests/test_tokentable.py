"""Per-document readings shared by the NLP stages, and the remembered lookups behind them.

Each helper must give exactly what the slower way gives: the token table what the
``Token`` properties say, the sentence words of a trigger context what reading the
sentence token by token gives, the remembered lookups what a fresh lookup gives.
The sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from annalyst.knowledge.actors import KnowledgeBase
from annalyst.knowledge.events import TriggerContext, load_lexicon
from annalyst.knowledge.events.slot_forms import _morph_values
from annalyst.nlp.pipeline import DEFAULT_MODEL
from annalyst.nlp.tokentable import TEXT_KEY, doc_text, token_table

pytestmark = pytest.mark.slow

SENTENCES = [
    "Iraqi forces attacked the base near Ain al-Asad on Monday, the ministry said.",
    "“We will not retreat,” Qassem told reporters in Erbil.\n\nTalks resumed in São Paulo.",
    "THE UN ENVOY met Kurdish leaders , and the talks ended early !",
]

COLUMNS = {
    "text": lambda t: t.text,
    "orth_id": lambda t: t.orth,
    "lower": lambda t: t.lower_,
    "lower_id": lambda t: t.lower,
    "lemma": lambda t: t.lemma_,
    "lemma_id": lambda t: t.lemma,
    "pos": lambda t: t.pos_,
    "tag": lambda t: t.tag_,
    "dep": lambda t: t.dep_,
    "ent_type": lambda t: t.ent_type_,
    "head": lambda t: t.head.i,
    "idx": lambda t: t.idx,
    "is_alpha": lambda t: t.is_alpha,
    "is_title": lambda t: t.is_title,
    "is_upper": lambda t: t.is_upper,
    "is_stop": lambda t: t.is_stop,
    "is_punct": lambda t: t.is_punct,
    "is_space": lambda t: t.is_space,
}


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", SENTENCES)
def test_columns_are_the_token_properties(nlp: Language, text: str) -> None:
    doc = nlp(text)
    table = token_table(doc)
    for name, read in COLUMNS.items():
        column = getattr(table, name)
        assert column == [read(t) for t in doc], name
        assert all(type(v) is type(read(t)) for v, t in zip(column, doc, strict=True)), name


def test_heads_point_left_right_and_to_themselves(nlp: Language) -> None:
    doc = nlp(SENTENCES[0])
    heads = token_table(doc).head
    assert any(h < i for i, h in enumerate(heads))
    assert any(h > i for i, h in enumerate(heads))
    assert [i for i, h in enumerate(heads) if h == i] == [t.i for t in doc if t.dep_ == "ROOT"]


def test_one_table_per_document_read(nlp: Language) -> None:
    first, second = nlp(SENTENCES[0]), nlp(SENTENCES[1])
    table = token_table(first)
    assert token_table(first) is table
    other = token_table(second)
    assert other is not table and other.doc is second
    assert token_table(first).text == [t.text for t in first]  # rebuilt, not stale


def test_empty_document(nlp: Language) -> None:
    doc = nlp("")
    table = token_table(doc)
    assert table.text == [] and table.head == [] and table.is_title == []
    assert doc_text(doc) == ""


def test_doc_text_is_built_once_and_kept_with_the_doc(nlp: Language) -> None:
    doc = nlp(SENTENCES[1])
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == doc.text == SENTENCES[1]
    assert doc.user_data[TEXT_KEY] == SENTENCES[1]
    # the stored string travels with the Doc (msgpack), so a copy needs no rebuild
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy.user_data[TEXT_KEY] == SENTENCES[1]


def test_documents_made_for_articles_carry_their_text(nlp: Language) -> None:
    from annalyst.nlp.pipeline import _doc_for
    from annalyst.schema import Article

    for n, text in enumerate(
        [*SENTENCES, "  Leading\tand trailing  \n\n", "\u00a0Odd\u2028breaks\r\n"]
    ):
        article = Article(
            id=f"a{n}", source="t", title=None, published=None, authors=[], byline=None,
            outlet=None, language="en", url=None, line_start=None, line_end=None, text=text,
        )  # fmt: skip
        doc = _doc_for(nlp, article)
        assert doc.user_data[TEXT_KEY] == doc.text == text
        assert token_table(doc).ents == doc.ents


def _example_docs(nlp: Language, count: int = 12) -> list[Doc]:
    from pathlib import Path

    from annalyst.ingest.pipeline import extract

    examples = Path(__file__).resolve().parent.parent / "examples"
    texts = [a.text for a in extract([str(examples)]) if not a.duplicate_of][:count]
    return [*nlp.pipe(SENTENCES), *nlp.pipe(texts)]


def test_parse_readings_match_spacy(nlp: Language) -> None:
    for doc in _example_docs(nlp):
        w = token_table(doc)
        for t in doc:
            i = t.i
            assert w.children[i] == [c.i for c in t.children], (t.text, i)
            assert w.conjuncts(i) == [c.i for c in t.conjuncts], (t.text, i)
            assert w.sentence_of(i) == (t.sent.start, t.sent.end), (t.text, i)
            assert (w.left_edge(i), w.right_edge(i)) == (t.left_edge.i, t.right_edge.i)
            assert list(_morph_values(w.morph[i], "Number")) == t.morph.get("Number")


def test_trigger_context_from_the_table_is_the_one_from_tokens(nlp: Language) -> None:
    for doc in _example_docs(nlp):
        w = token_table(doc)
        for t in doc:
            for sentence in (True, False):
                expected = TriggerContext.from_token(t, sentence=sentence)
                assert TriggerContext.from_words(w, t.i, sentence=sentence) == expected, t.text


def test_char_tokens_are_char_span_expanded(nlp: Language) -> None:
    text = "  Talks in  Basra,\n\nthen Erbil .  “Done” ,they said. "
    doc = nlp(text)
    w = token_table(doc)
    for start in range(-1, len(text) + 2):
        for end in range(start, len(text) + 2):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = None if span is None else (span.start, span.end)
            assert w.char_tokens(start, end) == expected, (start, end)


def _forms(lemma: str, lower: str) -> set[str]:
    out = {lemma.lower(), lower}
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        out.add(lower[:-1])
    return out


def test_sentence_words_are_the_other_words_of_the_sentence(nlp: Language) -> None:
    text = "Rebels attacked the town and the army attacked the rebels. Talks failed."
    doc = nlp(text)
    for token in doc:
        expected: set[str] = set()
        for other in token.sent:
            if other.i != token.i:
                expected |= _forms(other.lemma_, other.lower_)
        ctx = TriggerContext.from_token(token)
        assert ctx.sentence == frozenset(expected), token.text
        assert TriggerContext.from_token(token, sentence=False).sentence == frozenset()
    first = doc[1]  # "attacked": the other "attacked" keeps its forms in the set
    assert "attack" in TriggerContext.from_token(first).sentence
    town = next(t for t in doc if t.text == "town")
    assert "town" not in TriggerContext.from_token(town).sentence


def test_lexicon_prefilter_never_hides_a_trigger(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp(" ".join(SENTENCES) + " Protesters rallied and police fired tear gas.")
    matched = 0
    for token in doc:
        found = lexicon.match_token(token)
        if not lexicon.has_candidates(token.lemma_, token.lower_, token.pos_):
            assert found == [], token.text
        matched += bool(found)
    assert matched >= 3


def test_remembered_agent_and_place_lookups_match_fresh_ones() -> None:
    from annalyst.nlp.places import Gazetteer

    agents = KnowledgeBase.load().agents
    gazetteer = Gazetteer.load()
    phrases = ["Iraqi lawmakers", "US forces", "protesters", "the minister", "Yazidis", ""]
    for phrase in phrases * 2:  # the second round is answered from memory
        assert agents.parse(phrase) == agents._parse(phrase)
    names = ["Baghdad", "eastern Syria", "Kerbala", "St. Paul", "Nowhere Town", ""]
    for name in names * 2:
        for weak in (False, True):
            for fuzzy in (False, True):
                fresh = gazetteer._lookup(name, weak=weak, fuzzy=fuzzy)
                assert gazetteer.lookup(name, weak=weak, fuzzy=fuzzy) == fresh


def test_sentence_starts_between_two_tokens_are_the_ones_spacy_marks(nlp: Language) -> None:
    for doc in _example_docs(nlp, count=4):
        starts = token_table(doc).starts_through
        for a in range(0, len(doc), 7):
            for b in range(a, len(doc), 11):
                marked = sum(1 for t in doc[a + 1 : b + 1] if t.is_sent_start)
                assert starts[b] - starts[a] == marked, (a, b)
