"""Exact and near-duplicate detection for articles.

News dumps repeat themselves: the same wire story appears under several
outlets, re-posted with a new headline, a changed dateline or a fixed typo.
Every article gets two keys, kept in the store next to the article:

* `exact`: the SHA-256 of the text after `normalise_for_hash`, so copies that
  differ only in case, whitespace, punctuation, quote style or Unicode form
  hash the same;
* `minhash`: a MinHash signature of the text's word shingles (the 128 hash
  values as little-endian uint64 bytes), used with datasketch's MinHashLSH to
  find texts whose shingle sets have a Jaccard similarity at or above the
  threshold (LSH candidates are confirmed by the share of equal signature
  values). Texts with fewer than two shingles get an empty signature and are
  only compared by their exact hash; texts with no words at all are never
  duplicates.

`Deduplicator.check` reports, for each new article, the id of the original it
copies, or None when the article is itself an original. A duplicate always
points at an original (never at another duplicate): duplicates are not
indexed, and an exact copy of a near-duplicate points at that near-duplicate's
original. At the start of a run the index is rebuilt from the store with
`add_existing` (originals only, oldest first), which gives the same answers as
an index that saw every article in one run.

The signature depends on `MINHASH_SCHEME`, `MINHASH_SEED`, the number of
permutations and the shingle size; changing any of them makes stored
signatures incomparable with new ones, so the keys of stored articles would
have to be recomputed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

MINHASH_SCHEME = "affine64"  # datasketch >= 2.0 permutation scheme; uint64 hash values
MINHASH_SEED = 1
MINHASH_DTYPE = np.dtype("<u8")  # byte order of the stored signature

# Characters deleted outright: apostrophes (so "don't", "don’t" and "dont"
# agree), invisible format characters (zero-width spaces and joiners, soft
# hyphens, bidi marks, BOM), Arabic vowel marks and the tatweel stretcher.
# Other punctuation (category P*) and control characters become spaces;
# letters, digits, symbols and other combining marks are kept.
_APOSTROPHES = frozenset("'\u2018\u2019\u02bc\u0060\u00b4\u02b9\u2032")
_ARABIC_MARKS = frozenset(
    chr(cp)
    for lo, hi in ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
    for cp in range(lo, hi + 1)
)
# Runs of characters that are neither word characters nor whitespace: every
# character that may be deleted or replaced is in such a run, except the
# underscore and the tatweel, which are handled separately. Matching runs
# keeps the common case (plain words) in C.
_NON_WORD = re.compile(r"[^\w\s]+")


def _replacement(char: str) -> str:
    if char in _APOSTROPHES or char in _ARABIC_MARKS:
        return ""
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category[0] == "P" or category == "Cc":
        return " "
    return char


@lru_cache(maxsize=8192)
def _clean_run(run: str) -> str:
    return "".join(_replacement(char) for char in run)


def _clean_match(match: re.Match[str]) -> str:
    return _clean_run(match.group())


def normalise_for_hash(text: str) -> str:
    """Text reduced to what matters for identity.

    Unicode NFKC and case folding, apostrophes and invisible characters
    removed, other punctuation (quotes, dashes, brackets, full stops) turned
    into spaces, and runs of whitespace collapsed to one space.
    """
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    text = _NON_WORD.sub(_clean_match, text).replace("_", " ").replace("\u0640", "")
    return " ".join(text.split())


def _utf8(text: str) -> bytes:
    # Lone surrogates (from text decoded with surrogateescape) must not crash hashing.
    return text.encode("utf-8", "surrogatepass")


def _shingles_of_words(words: list[str], size: int) -> set[bytes]:
    if not words:
        return set()
    if len(words) <= size:
        return {_utf8(" ".join(words))}
    return {_utf8(" ".join(words[i : i + size])) for i in range(len(words) - size + 1)}


def shingles(text: str, size: int = 5) -> set[bytes]:
    """Word shingles (runs of `size` consecutive words) of the normalised text, as UTF-8.

    A text with `size` words or fewer gives one shingle, an empty text none.
    """
    if size < 1:
        raise ValueError("shingle size must be at least 1")
    return _shingles_of_words(normalise_for_hash(text).split(), size)


@dataclass(frozen=True)
class DedupKeys:
    """What the store keeps to rebuild the duplicate index without re-reading texts."""

    exact: str  # SHA-256 hex of the normalised text
    minhash: bytes  # MinHash hash values as little-endian uint64; b"" for very short texts


EMPTY_HASH = hashlib.sha256(b"").hexdigest()  # texts with no words are never duplicates


def _lsh_band_key(band: bytes) -> bytes:
    # Band keys compressed to 8 bytes keep the index small; collisions are
    # harmless because candidates are verified against their signatures.
    return hashlib.blake2b(band, digest_size=8).digest()


LSH_RECALL = 0.97
_SHINGLES_PER_BATCH = 8192  # chance that a pair exactly at the threshold becomes a candidate


@cache
def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) for the LSH index, chosen for recall rather than precision.

    datasketch's own optimiser balances false positives against false
    negatives, which at threshold 0.8 with 128 permutations finds only 40% of
    pairs at Jaccard 0.8 and 69% at 0.85. Candidates are verified against their
    signatures anyway, so a spurious candidate costs little and a missed one
    costs a duplicate: take the longest bands (fewest spurious candidates) that
    still catch a pair at the threshold with probability `LSH_RECALL`.
    """
    for rows in range(num_perm // 2, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= LSH_RECALL:
            return bands, rows
    return num_perm, 1


class Deduplicator:
    """An in-memory index of original articles answering "is this a copy, and of what?"."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_size: int = 5) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be between 0 and 1 (exclusive), got {threshold}")
        if num_perm < 2:
            raise ValueError(f"num_perm must be at least 2, got {num_perm}")
        if shingle_size < 1:
            raise ValueError(f"shingle_size must be at least 1, got {shingle_size}")
        # datasketch pulls in scipy; import it only when deduplication is used.
        from datasketch import MinHash, MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        try:
            self._template: Any = MinHash(
                num_perm=num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME
            )
        except TypeError as exc:  # datasketch < 2.0 has no permutation schemes
            raise RuntimeError("annalyst needs datasketch >= 2.0 for deduplication") from exc
        self._minhash_cls: Any = MinHash
        try:
            params = _lsh_params(threshold, num_perm)
            self._lsh: Any = MinHashLSH(num_perm=num_perm, params=params, hashfunc=_lsh_band_key)
        except ValueError as exc:
            raise ValueError(
                f"cannot build an LSH index for threshold {threshold} with {num_perm} permutations: {exc}"
            ) from exc
        self._exact: dict[str, str] = {}  # exact hash -> id of the original
        self._ids: list[str] = []  # LSH key (insertion order) -> article id
        # Signatures of indexed originals, for verifying LSH candidates. Only
        # the low 32 bits are kept: equal 64-bit values stay equal and the
        # chance of a spurious match is 2**-32 per value.
        self._sigs: npt.NDArray[np.uint32] = np.empty((64, num_perm), dtype=np.uint32)

    def __len__(self) -> int:
        """Number of originals with a signature in the near-duplicate index."""
        return len(self._ids)

    # -- keys ---------------------------------------------------------------

    def _compute(self, text: str) -> tuple[DedupKeys, npt.NDArray[np.uint64] | None]:
        norm = normalise_for_hash(text)
        exact = hashlib.sha256(_utf8(norm)).hexdigest()
        grams = _shingles_of_words(norm.split(), self.shingle_size)
        if len(grams) < 2:
            return DedupKeys(exact=exact, minhash=b""), None
        mh = self._template.copy()
        # datasketch hashes a batch into a (permutations x shingles) array: a long
        # text in one batch takes gigabytes. Minimums over chunks are the same values.
        ordered = list(grams)
        for start in range(0, len(ordered), _SHINGLES_PER_BATCH):
            mh.update_batch(ordered[start : start + _SHINGLES_PER_BATCH])
        values: npt.NDArray[np.uint64] = np.asarray(mh.hashvalues, dtype=MINHASH_DTYPE)
        return DedupKeys(exact=exact, minhash=values.tobytes()), values

    def keys(self, text: str) -> DedupKeys:
        """The exact hash and MinHash signature of a text."""
        return self._compute(text)[0]

    def _signature(self, keys: DedupKeys) -> npt.NDArray[np.uint64] | None:
        if not keys.minhash:
            return None
        if len(keys.minhash) != self.num_perm * MINHASH_DTYPE.itemsize:
            raise ValueError(
                f"stored MinHash has {len(keys.minhash) // MINHASH_DTYPE.itemsize} values, "
                f"this deduplicator uses {self.num_perm}; recompute the keys"
            )
        return np.frombuffer(keys.minhash, dtype=MINHASH_DTYPE)

    # -- index ----------------------------------------------------------------

    def _index(self, article_id: str, values: npt.NDArray[np.uint64]) -> None:
        key = len(self._ids)
        if key == len(self._sigs):
            grown = np.empty((2 * len(self._sigs), self.num_perm), dtype=np.uint32)
            grown[:key] = self._sigs
            self._sigs = grown
        self._sigs[key] = values.astype(np.uint32)  # low 32 bits
        mh = self._minhash_cls(
            hashvalues=values.astype(np.uint64),
            permutations=self._template.permutations,
            seed=MINHASH_SEED,
            scheme=MINHASH_SCHEME,
        )
        self._lsh.insert(key, mh, check_duplication=False)
        self._ids.append(article_id)

    def _near(self, values: npt.NDArray[np.uint64]) -> int | None:
        """LSH key of the earliest indexed original at or above the threshold."""
        if not self._ids:
            return None
        mh = self._minhash_cls(
            hashvalues=values.astype(np.uint64),
            permutations=self._template.permutations,
            seed=MINHASH_SEED,
            scheme=MINHASH_SCHEME,
        )
        candidates: list[int] = sorted(self._lsh.query(mh))
        if not candidates:
            return None
        low = values.astype(np.uint32)
        matches = np.count_nonzero(self._sigs[candidates] == low, axis=1)
        needed = self.threshold * self.num_perm
        for key, same in zip(candidates, matches.tolist(), strict=True):
            if same >= needed:
                return key
        return None

    def add_existing(self, article_id: str, keys: DedupKeys) -> None:
        """Index an original already in the store (call in the order they were added)."""
        if keys.exact == EMPTY_HASH:
            return
        self._exact.setdefault(keys.exact, article_id)
        values = self._signature(keys)
        if values is not None:
            self._index(article_id, values)

    def check(self, article_id: str, text: str) -> tuple[str | None, DedupKeys]:
        """(id of the original this article copies, or None; the article's keys).

        An article that is not a duplicate is indexed as an original. Checking
        an article against its own earlier copy (same id) reports None.
        """
        keys, values = self._compute(text)
        return self._check(article_id, keys, values), keys

    def check_keys(self, article_id: str, keys: DedupKeys) -> str | None:
        """Like `check`, for keys already computed with `keys` (saves hashing twice)."""
        return self._check(article_id, keys, self._signature(keys))

    def _check(
        self, article_id: str, keys: DedupKeys, values: npt.NDArray[np.uint64] | None
    ) -> str | None:
        if keys.exact == EMPTY_HASH:
            return None
        original = self._exact.get(keys.exact)
        if original is not None:
            return None if original == article_id else original
        if values is not None:
            key = self._near(values)
            if key is not None:
                original = self._ids[key]
                if original == article_id:
                    return None
                # Exact copies of this near-duplicate point at the same original.
                self._exact[keys.exact] = original
                return original
        self._exact[keys.exact] = article_id
        if values is not None:
            self._index(article_id, values)
        return None
