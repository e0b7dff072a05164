"""MinHash signatures and LSH band keys, with numpy alone.

The signature is the one datasketch (>= 2.0) computes with its ``affine64``
scheme, so signatures stored by earlier versions stay comparable (a test checks
the two agree): each shingle's 64-bit hash (the first eight bytes of its SHA-1,
little-endian) is mixed with the MurmurHash3 64-bit finaliser, then every
permutation ``k`` maps it to ``a_k * h + b_k`` modulo 2**64, and the signature
keeps the minimum per permutation. ``a`` (odd) and ``b`` are drawn from numpy's
legacy ``RandomState(seed)``.

Doing it here keeps datasketch, and the scipy it imports, out of start-up (about
half a second), and gives the Spark engine the same band keys as the local index.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache

import numpy as np
import numpy.typing as npt

U64 = np.uint64
_FMIX = (U64(33), U64(0xFF51AFD7ED558CCD), U64(33), U64(0xC4CEB9FE1A85EC53), U64(33))
_BATCH = 8192  # shingles hashed at once: a (permutations x batch) array of uint64


@cache
def permutations(num_perm: int, seed: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """The (a, b) parameters of the affine permutations."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 63, num_perm, dtype=np.uint64) * U64(2) + U64(1)
    b = generator.randint(0, 1 << 64, num_perm, dtype=np.uint64)
    a.setflags(write=False)
    b.setflags(write=False)
    return a, b


def _fmix64(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    s1, m1, s2, m2, s3 = _FMIX
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def signature(grams: Iterable[bytes], num_perm: int, seed: int) -> npt.NDArray[np.uint64]:
    """The MinHash signature (``num_perm`` uint64 values) of a set of shingles."""
    a, b = permutations(num_perm, seed)
    out = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    batch: list[int] = []
    digest = hashlib.sha1
    from_bytes = int.from_bytes

    def flush() -> None:
        hashed = _fmix64(np.array(batch, dtype=np.uint64)).reshape(-1, 1)
        with np.errstate(over="ignore"):
            np.minimum(out, (hashed * a + b).min(axis=0), out=out)
        batch.clear()

    for gram in grams:
        batch.append(from_bytes(digest(gram).digest()[:8], "little"))
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()
    return out


@cache
def lsh_params(threshold: float, num_perm: int, recall: float) -> tuple[int, int]:
    """(bands, rows) for LSH, chosen for recall rather than precision.

    Candidates are verified against their signatures, so a spurious candidate
    costs little and a missed one costs a duplicate: take the longest bands
    (fewest spurious candidates) that still catch a pair at the threshold with
    probability ``recall``.
    """
    for rows in range(num_perm // 2, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= recall:
            return bands, rows
    return num_perm, 1


def band_keys(values: npt.NDArray[np.uint64], bands: int, rows: int) -> list[bytes]:
    """One 10-byte key per band: the band's number and 8 bytes of a hash of its values.

    Two signatures share a key exactly when they agree on a whole band (up to
    hash collisions, which verification against the signatures removes)."""
    data = values.astype("<u8").tobytes()
    width = rows * 8
    return [
        band.to_bytes(2, "big")
        + hashlib.blake2b(data[band * width : (band + 1) * width], digest_size=8).digest()
        for band in range(bands)
    ]
