"""Keeping the stored incidents up to date as articles are ingested and processed.

Only articles whose annotations are not grouped yet (new, or reprocessed since)
are read. Incidents that held events of a reprocessed article are dissolved and
their other events regrouped with the new ones; every other incident is touched
only if a new event joins it, and only the incidents under the new events'
blocking keys are read from the store. Work goes in chunks of articles, each
one transaction, so memory stays flat and an interrupted update resumes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from annalyst.aggregate.grouping import Grouper, families, lookup_slots, register_slots
from annalyst.aggregate.profile import Profile
from annalyst.aggregate.records import incident_record
from annalyst.aggregate.reports import ArticleInfo, make_report
from annalyst.aggregate.sources import source_of
from annalyst.store.db import Store
from annalyst.store.incidents import BlockKey, IncidentTables

CHUNK_ARTICLES = 1000


@dataclass
class UpdateSummary:
    articles: int = 0
    events: int = 0
    written: int = 0  # incidents created or changed
    removed: int = 0  # incidents merged into others or dissolved
    total: int = 0  # incidents in the store afterwards


def block_keys(profile: Profile, *, lookup: bool = False) -> list[BlockKey]:
    """The keys an incident is stored under, or (`lookup`) those a report looks in."""
    interval = profile.interval
    if interval is None:
        return []
    slots = lookup_slots(profile) if lookup else register_slots(profile)
    return [
        (family, slot, interval.lo, interval.hi) for family in families(profile) for slot in slots
    ]


def update_incidents(
    store: Store, *, on_progress: Callable[[int], None] | None = None
) -> UpdateSummary:
    """Group the events of every article not grouped yet into the stored incidents."""
    tables = IncidentTables(store)
    todo = tables.articles_to_group()
    summary = UpdateSummary()
    for start in range(0, len(todo), CHUNK_ARTICLES):
        chunk = todo[start : start + CHUNK_ARTICLES]
        with store.batch():
            _update_chunk(tables, chunk, summary)
        store.release()
        if on_progress:
            on_progress(len(chunk))
    summary.total = tables.count()
    return summary


def _update_chunk(
    tables: IncidentTables, chunk: list[tuple[str, datetime | None]], summary: UpdateSummary
) -> None:
    article_ids = [a for a, _t in chunk]
    dissolved = tables.incidents_of_articles(article_ids)
    earlier = tables.events_of_incidents(dissolved)
    events = tables.events(article_ids=article_ids, event_ids=earlier)
    facts = tables.article_facts([e.article_id for e in events])
    infos: dict[str, ArticleInfo] = {}
    for article_id, (published, outlet, byline) in facts.items():
        infos[article_id] = ArticleInfo(published, outlet, source_of(outlet, byline))
    reports = [make_report(e, infos.get(e.article_id)) for e in events]
    keys: list[BlockKey] = []
    people: set[str] = set()
    for report in reports:
        profile = Profile.of_report(report)
        keys += block_keys(profile, lookup=True)
        people |= profile.victims | profile.targets
    grouper = Grouper()
    gone = set(dissolved)
    stored = [i for i in tables.candidates(keys, people) if i not in gone]
    for state in tables.states(stored):
        grouper.load(Profile.from_state(state))
    grouper.add_all(reports)
    saved = []
    for incident_id in sorted(grouper.touched):
        profile = grouper.incidents[incident_id]
        saved.append(
            (
                incident_record(profile),
                profile.to_state(),
                block_keys(profile),
                sorted(profile.victims),
            )
        )
    # Incidents formed in this chunk and merged away in it were never stored.
    deleted = (gone | (grouper.removed & set(stored))) - grouper.touched
    tables.write(saved, deleted, chunk)
    summary.articles += len(chunk)
    summary.events += sum(1 for e in events if e.article_id in set(article_ids))
    summary.written += len(saved)
    summary.removed += len(deleted - {s[0].id for s in saved})
