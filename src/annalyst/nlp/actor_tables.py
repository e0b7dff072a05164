"""The actor matchers' tables: every alias of the knowledge base as token attribute
ids, split into the case-sensitive (acronyms, short forms) and the case-folded, and the
capitals that stand for governments; built once and cached on disk with the compiled
knowledge."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annalyst.knowledge.actors import KnowledgeBase, normalize_alias
from annalyst.nlp.tokentable import token_table


def _is_exact_case_alias(text: str) -> bool:
    """Aliases matched case-sensitively: acronyms and very short forms ("US", "KH", "IS")."""
    letters = [c for c in text if c.isalpha()]
    return len(text) <= 3 or (bool(letters) and all(c.isupper() for c in letters))


@dataclass
class _Tables:
    """What the actor matchers are made of, as plain data (cached on disk).

    The patterns are token attribute ids (ORTH or LOWER hashes, which do not
    depend on the vocabulary's state), as spaCy's PhraseMatcher accepts them
    in place of Docs: adding them skips tokenising 15,000 aliases."""

    key_ids: dict[str, list[str]]
    metonym_ids: dict[str, str]
    exact: dict[str, list[tuple[int, ...]]]
    folded: dict[str, list[tuple[int, ...]]]
    metonyms: dict[str, list[tuple[int, ...]]]


#: Bump when `_Tables` or the way it is built changes (the cache key includes it).
TABLES_FORMAT = 1


def compiled_tables(nlp: Language, kb: KnowledgeBase) -> _Tables:
    if kb.cache_key is None:  # a base built in code: nothing to key the cache on
        return _build_tables(nlp, kb)
    from annalyst.knowledge import compiled

    meta = nlp.meta
    key = compiled.digest(
        fmt=TABLES_FORMAT,
        packages=("spacy",),
        modules=[__name__],
        extra=[
            kb.cache_key,
            str(meta.get("lang")),
            str(meta.get("name")),
            str(meta.get("version")),
        ],
    )
    return compiled.load_or_build("actor-matchers", key, lambda: _build_tables(nlp, kb), _Tables)


def _build_tables(nlp: Language, kb: KnowledgeBase) -> _Tables:
    key_ids: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    folded: dict[str, list[str]] = {}
    for surface, actor in kb.aliases():
        key = normalize_alias(surface)
        if not key:
            continue
        ids = key_ids.setdefault(key, [])
        if actor.id not in ids:
            ids.append(actor.id)
        target = exact if _is_exact_case_alias(surface) else folded
        target.setdefault(key, [])
        if surface not in target[key]:
            target[key].append(surface)
    metonyms: dict[str, list[str]] = {}
    metonym_ids: dict[str, str] = {}
    for place, actor in kb.metonyms():
        key = normalize_alias(place)
        metonyms.setdefault(key, []).append(place)
        metonym_ids.setdefault(key, actor.id)
    return _Tables(
        key_ids=key_ids,
        metonym_ids=metonym_ids,
        exact=_keywords(nlp, exact, "orth"),
        folded=_keywords(nlp, folded, "lower"),
        metonyms=_keywords(nlp, metonyms, "orth"),
    )


def _keywords(
    nlp: Language, table: dict[str, list[str]], attr: str
) -> dict[str, list[tuple[int, ...]]]:
    """Each key's surfaces as sequences of token attribute ids (empty ones dropped)."""
    texts = [(key, surface) for key, surfaces in table.items() for surface in surfaces]
    docs = nlp.tokenizer.pipe(surface for _, surface in texts)  # type: ignore[union-attr]
    out: dict[str, list[tuple[int, ...]]] = {}
    for (key, _), doc in zip(texts, docs, strict=True):
        ids = tuple(int(getattr(token, attr)) for token in doc)
        keywords = out.setdefault(key, [])
        if ids and ids not in keywords:
            keywords.append(ids)
    return out


#: The one match id every alias pattern is added under (see `AliasMatcher`).
_ANY_ALIAS = "annalyst_alias"


class AliasMatcher:
    """A PhraseMatcher over alias patterns that reports each match's key (a string).

    spaCy's ``PhraseMatcher.add`` makes a vocabulary entry (a Lexeme, every lexical
    attribute computed in Python) for each match key; with thousands of keys that was
    most of building the actor matchers at start-up. When no pattern belongs to two
    keys (true of the packaged knowledge base), every pattern is added under one id and
    a match's key is found from the matched tokens' attribute ids: the same matches,
    in the same order, as one key per alias. Otherwise each key gets its own id, as
    spaCy would report several keys for one stretch of text.
    """

    def __init__(self, vocab: Vocab, attr: str, patterns: dict[str, list[tuple[int, ...]]]):
        self.matcher = PhraseMatcher(vocab, attr=attr)
        self.folded = attr == "LOWER"
        owner: dict[tuple[int, ...], str] = {}
        shared = False
        for key, keywords in patterns.items():
            for keyword in keywords:
                if owner.setdefault(keyword, key) != key:
                    shared = True
        self.by_pattern: dict[tuple[int, ...], str] | None = None if shared else owner
        if shared:
            for key, keywords in patterns.items():
                # Attribute ids in place of Docs, as PhraseMatcher.add allows.
                self.matcher.add(key, keywords)  # type: ignore[arg-type]
        elif owner:
            self.matcher.add(_ANY_ALIAS, list(owner))  # type: ignore[arg-type]

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match, in spaCy's order."""
        by_pattern = self.by_pattern
        if by_pattern is None:
            strings = doc.vocab.strings
            return [(strings[match_id], s, e) for match_id, s, e in self.matcher(doc)]
        matches = self.matcher(doc)
        if not matches:
            return []
        w = token_table(doc)
        ids = w.lower_id if self.folded else w.orth_id
        return [(by_pattern[tuple(ids[s:e])], s, e) for _, s, e in matches]
