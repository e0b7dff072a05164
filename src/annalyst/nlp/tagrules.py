"""Quicker equivalents of two of spaCy's own components: the attribute ruler and the
rule lemmatizer.

In ``en_core_web_sm`` these two pure-Python components cost about a sixth of the
model's time (2.1 s CPU per 60,000 words, as much as the parser): the attribute
ruler runs a ``Matcher`` of 179 patterns over every token and then makes a Span and
a Token for each of some 200,000 matches, and the lemmatizer makes a Token for every
word and works out its lemma again, remembering only the words that are not already
in their base form. Both answers depend on a handful of attributes of the token
(and, for a few two-word patterns, of its neighbour), so here they are worked out
once per distinct combination and remembered, read and written with
``Doc.to_array``/``Doc.from_array``, without a Token or a Span.

The results are exactly those of spaCy's components: the ruler's patterns, values
and precedence (later patterns win) are read from the loaded ``AttributeRuler``
itself, and a lemma the memo does not know yet is asked of the loaded
``Lemmatizer``. A pipeline whose rules use anything not handled here (other
operators, other attributes, extension attributes) keeps spaCy's components
(:func:`speed_up` leaves them in place). A test checks, token by token, that the
two give the same annotations on the examples.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy import attrs
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Token attributes a pattern may test: read with ``Doc.to_array``, which gives what
#: the Matcher compares (the lexeme's value for lexical ones, flags as 0 or 1).
_MATCHABLE = {
    attrs.ORTH,
    attrs.LOWER,
    attrs.NORM,
    attrs.SHAPE,
    attrs.PREFIX,
    attrs.SUFFIX,
    attrs.TAG,
    attrs.DEP,
    attrs.LEMMA,
    *(
        getattr(attrs, name)
        for name in dir(attrs)
        if name.startswith(("IS_", "LIKE_")) and name != "IS_OOV_DEPRECATED"
    ),
}
#: Token attributes a rule may set (``Token.set_struct_attr``; none is lexical, so the
#: ruler's write to the lexeme is a no-op for all of them).
_SETTABLE = (attrs.POS, attrs.TAG, attrs.MORPH, attrs.LEMMA, attrs.DEP)
#: Distinct combinations remembered before the memo starts again (bounds memory on
#: an endless stream; a full memo of 60,000 words holds about 15,000).
_MAX_MEMO = 200_000

#: The order in which a test's attribute is preferred for indexing a pattern token:
#: the more distinct values an attribute has, the fewer tokens share one.
_INDEX_PREFERENCE = (attrs.ORTH, attrs.LOWER, attrs.NORM, attrs.LEMMA, attrs.TAG, attrs.DEP)


def _rows(doc: Doc, read: Sequence[int]) -> list[list[int]]:
    """The values of attributes ``read`` of each token (``Doc.to_array``, as lists)."""
    if not read:
        return [[] for _ in range(len(doc))]
    table = doc.to_array(list[int | str](read))
    return table.reshape(len(doc), len(read)).tolist()  # type: ignore[return-value]


def _write(doc: Doc, written: Sequence[int], columns: Sequence[list[int]]) -> None:
    """Set attributes ``written`` of every token to ``columns`` (one list per attribute)."""
    values = np.array(columns, dtype=np.uint64).T
    doc.from_array(list[int | str](written), values)  # type: ignore[arg-type]


class Unsupported(ValueError):
    """The component uses a feature this module does not reproduce."""


@dataclass(frozen=True, slots=True)
class _Test:
    """One condition of a pattern token on one attribute's value (an int, as
    ``Doc.to_array`` gives it), with the Matcher's semantics (see
    ``spacy.matcher.matcher._get_attr_values``, ``_SetPredicate`` and ``_RegexPredicate``)."""

    attr: int
    members: frozenset[int] | None = None  # the value must be one of these
    excluded: frozenset[int] = frozenset()  # the value must be none of these
    regex: re.Pattern[str] | None = None  # must be found in the value's string

    def accepts(self, value: int, strings: StringStore) -> bool:
        if self.members is not None and value not in self.members:
            return False
        if value in self.excluded:
            return False
        return self.regex is None or self.regex.search(strings[value]) is not None


def _attr_id(key: object) -> int:
    if not isinstance(key, str):
        raise Unsupported(f"pattern key {key!r}")
    name = key.upper()
    name = {"TEXT": "ORTH"}.get(name, name)
    attr = attrs.IDS.get(name)
    if attr is None or attr not in _MATCHABLE:
        raise Unsupported(f"pattern attribute {key!r}")
    return int(attr)


def _tests(spec: object, vocab: Vocab) -> tuple[_Test, ...]:
    """The conditions of one pattern token."""
    if not isinstance(spec, dict):
        raise Unsupported(f"pattern token {spec!r}")
    tests: list[_Test] = []
    for key, value in spec.items():
        attr = _attr_id(key)
        if isinstance(value, bool):
            tests.append(_Test(attr, members=frozenset({int(value)})))
        elif isinstance(value, str):
            tests.append(_Test(attr, members=frozenset({int(vocab.strings.add(value))})))
        elif isinstance(value, int):
            tests.append(_Test(attr, members=frozenset({value})))
        elif isinstance(value, dict):
            tests.extend(_predicate(attr, op, arg) for op, arg in value.items())
        else:
            raise Unsupported(f"pattern value {value!r}")
    return tuple(tests)


def _predicate(attr: int, op: object, arg: object) -> _Test:
    if op in ("IN", "NOT_IN"):
        if not isinstance(arg, list) or not all(isinstance(v, str) for v in arg):
            raise Unsupported(f"{op} {arg!r}")
        values = frozenset(int(get_string_id(v)) for v in arg)
        return _Test(attr, members=values) if op == "IN" else _Test(attr, excluded=values)
    if op == "REGEX" and isinstance(arg, str):
        return _Test(attr, regex=re.compile(arg))
    raise Unsupported(f"operator {op!r}")


@dataclass(frozen=True, slots=True)
class _Rule:
    """One alternative of one ruler pattern: its tokens' tests and the token it sets."""

    order: int  # the pattern's position: a later pattern's value wins
    tokens: tuple[tuple[_Test, ...], ...]
    target: int  # offset of the token set, from the match's start


class AttributeRules:
    """The rules of an ``AttributeRuler``, applied without the Matcher.

    Whether a pattern token holds depends only on the few attributes the patterns
    test, so which single-token rules hold, and which tokens of the longer rules,
    is worked out once per combination of those values and remembered; the longer
    rules are then tried only where their first token holds. A combination is
    checked against the pattern tokens indexed under its values, not all of them.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        vocab = ruler.vocab
        self.strings = vocab.strings
        self.writes: list[tuple[tuple[int, int], ...]] = []
        rules: list[_Rule] = []
        for order, (values, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if not isinstance(values, dict) or any(a not in _SETTABLE for a in values):
                raise Unsupported(f"rule {order} sets {values!r}")
            self.writes.append(tuple((int(a), int(v)) for a, v in values.items()))
            _key, alternatives = ruler.matcher.get(str(order))
            for pattern in alternatives:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    raise Unsupported(f"rule {order}: index {index} of {pattern!r}")
                tokens = tuple(_tests(spec, vocab) for spec in pattern)
                rules.append(_Rule(order, tokens, index % len(pattern)))
        self.read = sorted({t.attr for rule in rules for tests in rule.tokens for t in tests})
        self.longer = [r for r in rules if len(r.tokens) > 1]
        self.set_attrs = sorted({a for writes in self.writes for a, _ in writes})
        # What a pattern token's holding means: ``order`` >= 0, the single-token rule of
        # that order applies; otherwise the bit ``-order - 1`` of the longer rules' tokens
        # (rule after rule, token after token) is set.
        checks: list[tuple[tuple[_Test, ...], int]] = [
            (r.tokens[0], r.order) for r in rules if len(r.tokens) == 1
        ]
        bit = 0
        self._first_bits = 0
        for rule in self.longer:
            self._first_bits |= 1 << bit
            for tests in rule.tokens:
                checks.append((tests, -bit - 1))
                bit += 1
        position = {a: k for k, a in enumerate(self.read)}
        self._unindexed: list[tuple[tuple[tuple[int, _Test], ...], int]] = []
        self._index: dict[tuple[int, int], list[tuple[tuple[tuple[int, _Test], ...], int]]] = {}
        for tests, outcome in checks:
            placed = tuple((position[t.attr], t) for t in tests)
            anchor = _anchor(tests)
            if anchor is None:
                self._unindexed.append((placed, outcome))
                continue
            for value in anchor.members or ():
                self._index.setdefault((position[anchor.attr], value), []).append((placed, outcome))
        self._memo: dict[tuple[int, ...], tuple[tuple[int, ...], int]] = {}
        self._merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def _judge(self, values: tuple[int, ...]) -> tuple[tuple[int, ...], int]:
        """(orders of the single-token rules that hold, bits of the longer rules'
        tokens that hold) for a token with these values of ``self.read``."""
        strings, index = self.strings, self._index
        candidates = list(self._unindexed)
        for k, value in enumerate(values):
            candidates += index.get((k, value), ())
        single: set[int] = set()
        bits = 0
        for placed, outcome in candidates:
            if all(test.accepts(values[k], strings) for k, test in placed):
                if outcome >= 0:
                    single.add(outcome)
                else:
                    bits |= 1 << (-outcome - 1)
        if len(self._memo) >= _MAX_MEMO:
            self._memo.clear()
        verdict = self._memo[values] = (tuple(sorted(single)), bits)
        return verdict

    def _merge(self, orders: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The (attribute, value) writes of the rules ``orders`` (ascending), the last
        rule to set an attribute giving its value, as the ruler's sorted matches do."""
        merged = self._merged.get(orders)
        if merged is None:
            final: dict[int, int] = {}
            for order in orders:
                final.update(self.writes[order])
            merged = self._merged[orders] = tuple(final.items())
        return merged

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0 or not self.set_attrs:
            return doc
        memo, judge = self._memo, self._judge
        verdicts = [
            memo.get(values) or judge(values) for values in map(tuple, _rows(doc, self.read))
        ]
        orders: list[tuple[int, ...]] = [single for single, _ in verdicts]
        if self.longer and any(bits & self._first_bits for _, bits in verdicts):
            self._add_longer(verdicts, orders)
        columns = {a: k for k, a in enumerate(self.set_attrs)}
        table = [list(column) for column in zip(*_rows(doc, self.set_attrs), strict=True)]
        changed = [False] * len(self.set_attrs)
        merge = self._merge
        for i, rules in enumerate(orders):
            if rules:
                for attr, value in merge(rules):
                    k = columns[attr]
                    if table[k][i] != value:
                        table[k][i] = value
                        changed[k] = True
        written = [a for a, c in zip(self.set_attrs, changed, strict=True) if c]
        if written:
            _write(doc, written, [table[columns[a]] for a in written])
        return doc

    def _add_longer(
        self, verdicts: list[tuple[tuple[int, ...], int]], orders: list[tuple[int, ...]]
    ) -> None:
        n = len(verdicts)
        extra: dict[int, set[int]] = {}
        starts = [i for i, (_, bits) in enumerate(verdicts) if bits & self._first_bits]
        bit = 0
        for rule in self.longer:
            width = len(rule.tokens)
            for start in starts:
                if start + width <= n and all(
                    verdicts[start + k][1] >> (bit + k) & 1 for k in range(width)
                ):
                    extra.setdefault(start + rule.target, set()).add(rule.order)
            bit += width
        for i, more in extra.items():
            orders[i] = tuple(sorted(more.union(orders[i])))


def _anchor(tests: tuple[_Test, ...]) -> _Test | None:
    """The test to index a pattern token under: one with a set of accepted values, on
    the attribute most likely to tell tokens apart."""
    indexable = [t for t in tests if t.members is not None]
    if not indexable:
        return None
    rank = {a: k for k, a in enumerate(_INDEX_PREFERENCE)}
    return min(indexable, key=lambda t: (rank.get(t.attr, len(rank)), len(t.members or ())))


class LemmaMemo:
    """A rule (or lookup) lemmatizer's lemmas, remembered per (text, POS, morphology).

    spaCy's own cache skips every word already in its base form (most of them), so
    it works those out again, building the morphology as a dict each time.
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer):
            raise Unsupported(f"lemmatizer {type(lemmatizer).__name__}")
        if lemmatizer.mode not in ("rule", "lookup"):
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode!r}")
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        if lemmatizer.mode == "rule":
            # The rules test a candidate lemma with `form in index`, where each part of
            # speech's index is a list of up to 57,000 words: as sets, working out a new
            # word's lemma takes 2 µs instead of 120 (membership is all the rules use
            # them for). The lemmatizer is ours alone once it is replaced.
            index = lemmatizer.lookups.get_table("lemma_index", {})
            for pos, words in list(index.items()):
                if isinstance(words, list):
                    index[pos] = frozenset(words)
        self.lemmatizer = lemmatizer
        self.overwrite = bool(lemmatizer.overwrite)
        # a rule lemma depends on the text, the POS and the morphology; a lookup one on the text
        self.read = (
            [attrs.ORTH, attrs.POS, attrs.MORPH, attrs.LEMMA]
            if lemmatizer.mode == "rule"
            else [attrs.ORTH, attrs.LEMMA]
        )
        self._memo: dict[tuple[int, ...], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        rows = _rows(doc, self.read)
        memo, overwrite = self._memo, self.overwrite
        lemmas: list[int] = []
        changed = False
        for i, row in enumerate(rows):
            current = row.pop()
            if current and not overwrite:
                lemmas.append(current)
                continue
            key = tuple(row)
            lemma = memo.get(key)
            if lemma is None:
                lemma = self._lemma(doc, i, key)
            lemmas.append(lemma)
            changed = changed or lemma != current
        if changed:
            _write(doc, [attrs.LEMMA], [lemmas])
        return doc

    def _lemma(self, doc: Doc, i: int, key: tuple[int, ...]) -> int:
        lemma = int(doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0]))
        if len(self._memo) >= _MAX_MEMO:
            self._memo.clear()
        self._memo[key] = lemma
        return lemma


@Language.factory("annalyst_attribute_rules", default_config={"source": "attribute_ruler"})
def _make_attribute_rules(nlp: Language, name: str, source: str) -> AttributeRules:
    ruler = nlp.get_pipe(source)
    if not isinstance(ruler, AttributeRuler):
        raise Unsupported(f"{source} is not an attribute ruler")
    return AttributeRules(ruler)


@Language.factory("annalyst_lemma_memo", default_config={"source": "lemmatizer"})
def _make_lemma_memo(nlp: Language, name: str, source: str) -> LemmaMemo:
    lemmatizer = nlp.get_pipe(source)
    if not isinstance(lemmatizer, Lemmatizer):
        raise Unsupported(f"{source} is not a lemmatizer")
    return LemmaMemo(lemmatizer)


_REPLACEMENTS: Sequence[tuple[type[Any], str]] = (
    (AttributeRuler, "annalyst_attribute_rules"),
    (Lemmatizer, "annalyst_lemma_memo"),
)


def speed_up(nlp: Language) -> list[str]:
    """Put the quicker equivalents in place of the pipeline's attribute rulers and
    lemmatizers, under the same names; the names of those replaced."""
    replaced = []
    for name, component in list(nlp.pipeline):
        for kind, factory in _REPLACEMENTS:
            if not isinstance(component, kind):
                continue
            temporary = f"{name}__quick"
            try:
                nlp.add_pipe(factory, name=temporary, before=name, config={"source": name})
            except Unsupported:
                continue
            nlp.remove_pipe(name)
            nlp.rename_pipe(temporary, name)
            replaced.append(name)
    return replaced
