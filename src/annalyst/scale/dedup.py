"""Duplicates across partitions: exact-hash groups and MinHash band joins in Spark,
then the local index's rules applied in input order to the few articles involved.

The local `Deduplicator` reads articles in order: an article whose exact hash was
seen copies that hash's original; else it copies the earliest *original* whose
signature agrees on at least `threshold` of its values (LSH candidates,
verified); else it is an original. Distributed:

1. articles sharing an exact hash are grouped by it (a shuffle on the hash);
2. every signature is cut into bands; articles sharing a band key meet in one
   group (a shuffle of band keys and article positions only), which gives the
   candidate pairs (later, earlier); the pairs are joined with the two
   signatures and verified, giving the pairs that pass;
3. only articles in an exact group of two or more, or in a verified pair, can be
   or have duplicates. They are collected (ids and hashes, no text) and walked in
   input order with the local rules; every other article is an original.

Step 3 is small (a few bytes per involved article) and gives the local engine's
answer exactly, whatever the partitioning. (The local index forgets originals
past `MAX_ORIGINALS`; the distributed one does not.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np

from annalyst.ingest.dedup import EMPTY_HASH, MINHASH_DTYPE, Deduplicator
from annalyst.ingest.minhash import band_keys

if TYPE_CHECKING:
    from pyspark import RDD

Order = tuple[int, int]
Meta = tuple[Order, str, str, bytes]  # (order, id, exact hash, signature bytes)


def _bands(row: Meta, bands: int, rows: int) -> Iterator[tuple[bytes, Order]]:
    order, _aid, exact, minhash = row
    if not minhash or exact == EMPTY_HASH:
        return
    values = np.frombuffer(minhash, dtype=MINHASH_DTYPE)
    for key in band_keys(values, bands, rows):
        yield key, order


def _pairs(members: Iterable[Order]) -> Iterator[tuple[Order, Order]]:
    """(later, earlier) for every two articles sharing a band."""
    ordered = sorted(members)
    for i in range(1, len(ordered)):
        for j in range(i):
            yield ordered[i], ordered[j]


def _agree(first: bytes, second: bytes, needed: float) -> bool:
    """Whether two signatures agree on enough values (low 32 bits, as the local index)."""
    a = np.frombuffer(first, dtype=MINHASH_DTYPE).astype(np.uint32)
    b = np.frombuffer(second, dtype=MINHASH_DTYPE).astype(np.uint32)
    return int(np.count_nonzero(a == b)) >= needed


def duplicate_links(meta: RDD[Meta], dedup: Deduplicator | None = None) -> dict[str, str]:
    """``{article id: id of the original it copies}`` for every duplicate in ``meta``."""
    dedup = dedup or Deduplicator()
    bands, rows = dedup.bands, dedup.rows
    needed = dedup.threshold * dedup.num_perm
    exact_groups = (
        meta.filter(lambda m: m[2] != EMPTY_HASH)
        .map(lambda m: (m[2], 1))
        .reduceByKey(lambda a, b: a + b)
        .filter(lambda kv: kv[1] > 1)
        .keys()
        .collect()
    )
    # Only orders travel through the band shuffle; signatures join the candidate pairs.
    candidates = (
        meta.flatMap(lambda m: _bands(m, bands, rows))
        .groupByKey()
        .flatMap(lambda kv: _pairs(kv[1]))
        .distinct()
    )
    signatures = meta.filter(lambda m: bool(m[3])).map(lambda m: (m[0], m[3]))
    pairs = (
        candidates.join(signatures)  # (later, (earlier, sig of later))
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
        .join(signatures)  # (earlier, ((later, sig of later), sig of earlier))
        .filter(lambda kv: _agree(kv[1][0][1], kv[1][1], needed))
        .map(lambda kv: (kv[1][0][0], kv[0]))
        .collect()
    )
    shared = set(exact_groups)
    involved_orders = {o for pair in pairs for o in pair}
    involved = meta.filter(lambda m: m[2] in shared or m[0] in involved_orders).map(
        lambda m: (m[0], m[1], m[2], bool(m[3]))
    )
    return resolve(sorted(involved.collect()), pairs)


def resolve(
    involved: list[tuple[Order, str, str, bool]], pairs: list[tuple[Order, Order]]
) -> dict[str, str]:
    """The local index's rules, in input order, over the involved articles.

    Orders with a negative first part are originals already in a store, indexed
    before the run's articles (as `Deduplicator.add_existing` does); they are
    never linked themselves."""
    earlier: dict[Order, list[Order]] = {}
    for later, first in pairs:
        earlier.setdefault(later, []).append(first)
    ids: dict[Order, str] = {}
    exact_owner: dict[str, str] = {}
    indexed: set[Order] = set()
    links: dict[str, str] = {}
    for order, aid, exact, has_signature in involved:
        ids[order] = aid
        if exact == EMPTY_HASH:
            continue
        if order[0] < 0:  # an original already in the store (`Deduplicator.add_existing`)
            exact_owner.setdefault(exact, aid)
            if has_signature:
                indexed.add(order)
            continue
        owner = exact_owner.get(exact)
        if owner is not None:
            if owner != aid:
                links[aid] = owner
            continue
        candidates = sorted(o for o in earlier.get(order, ()) if o in indexed)
        if has_signature and candidates:
            original = ids[candidates[0]]
            if original == aid:
                continue
            exact_owner[exact] = original
            links[aid] = original
            continue
        exact_owner[exact] = aid
        if has_signature:
            indexed.add(order)
    return links
