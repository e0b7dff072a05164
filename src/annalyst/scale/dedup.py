"""Duplicates across partitions: exact-hash groups and MinHash band joins in Spark,
then the local index's rules applied in input order to the few articles involved.

The local `Deduplicator` reads articles in order: an article whose exact hash was
seen copies that hash's original; else it copies the earliest *original* whose
signature agrees on at least `threshold` of its values (LSH candidates,
verified); else it is an original. Distributed:

1. articles sharing an exact hash are grouped by it (a shuffle on the hash);
2. every signature is cut into bands; articles sharing a band key meet in one
   group (a shuffle on the band key — the join), where each later article is
   verified against each earlier one, giving pairs (later, earlier) that pass;
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


def _bands(row: Meta, bands: int, rows: int) -> Iterator[tuple[bytes, tuple[Order, bytes]]]:
    order, _aid, exact, minhash = row
    if not minhash or exact == EMPTY_HASH:
        return
    values = np.frombuffer(minhash, dtype=MINHASH_DTYPE)
    for key in band_keys(values, bands, rows):
        yield key, (order, minhash)


def _verified(
    members: Iterable[tuple[Order, bytes]], needed: float
) -> Iterator[tuple[Order, Order]]:
    ordered = sorted(members)
    if len(ordered) < 2:
        return
    lows = np.stack(
        [np.frombuffer(sig, dtype=MINHASH_DTYPE).astype(np.uint32) for _o, sig in ordered]
    )
    for i in range(1, len(ordered)):
        same = np.count_nonzero(lows[:i] == lows[i], axis=1)
        for j in np.nonzero(same >= needed)[0].tolist():
            yield ordered[i][0], ordered[j][0]


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
    pairs = (
        meta.flatMap(lambda m: _bands(m, bands, rows))
        .groupByKey()
        .flatMap(lambda kv: _verified(kv[1], needed))
        .distinct()
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
    """The local index's rules, in input order, over the involved articles."""
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
