"""The actor matchers' tables: every alias of the knowledge base as token attribute
ids, split into the case-sensitive (acronyms, short forms) and the case-folded, and the
capitals that stand for governments; built once and cached on disk with the compiled
knowledge."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from annalyst.knowledge.actors import KnowledgeBase, normalize_alias


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
