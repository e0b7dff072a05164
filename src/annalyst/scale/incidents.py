"""Incident grouping in Spark, by blocking keys, with the local engine's `Grouper`.

Two reports can only ever be compared, or two incidents merged, when their
*families* meet: the same event type, or a shared cross-type mode (`score` and
`type_ok` refuse everything else, and a merged incident's families are the union
of its reports'). So the families form a graph whose connected components split
the reports into blocks that never interact: each block is grouped on its own,
in a task, by the same `Grouper` the local engine runs, and the union of the
blocks' incidents is the local result.

The components are computed in the driver from the distinct family sets (a few
dozen at most); the reports are then keyed by their component and grouped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from annalyst.schema import to_json_line

if TYPE_CHECKING:
    from pyspark import RDD

    from annalyst.aggregate.reports import Report


def report_families(report: Report) -> tuple[str, ...]:
    from annalyst.aggregate.grouping import families
    from annalyst.aggregate.profile import Profile

    return tuple(sorted(families(Profile.of_report(report))))


def components(family_sets: Iterable[tuple[str, ...]]) -> dict[str, str]:
    """Each family's block: the smallest family name of its connected component."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for names in family_sets:
        if not names:
            continue
        first = find(names[0])
        for other in names[1:]:
            root = find(other)
            if root != first:
                low, high = sorted((first, root))
                parent[high] = low
                first = low
    return {name: find(name) for name in parent}


def group_block(reports: Iterable[Report]) -> Iterator[bytes]:
    """The incident records (JSON lines) of one block of reports."""
    from annalyst.aggregate.grouping import Grouper
    from annalyst.aggregate.records import incident_record

    grouper = Grouper()
    grouper.add_all(reports)
    for profile in grouper.incidents.values():
        yield to_json_line(incident_record(profile))


def group_incidents(reports: RDD[Report]) -> RDD[bytes]:
    """Incident records of all reports, grouped block by block."""
    keyed = reports.map(lambda r: (report_families(r), r))
    block_of = components(keyed.keys().distinct().collect())
    return (
        keyed.map(lambda kv: (block_of[kv[0][0]] if kv[0] else "", kv[1]))
        .groupByKey()
        .flatMap(lambda kv: group_block(kv[1]))
    )
