"""The library entry points: events (with their articles) in, incidents out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import msgspec

from annalyst.aggregate.grouping import Grouper
from annalyst.aggregate.records import incident_record
from annalyst.aggregate.reports import ArticleInfo, make_report
from annalyst.aggregate.sources import source_of
from annalyst.schema import Article, Event, Incident


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        published=article.published,
        outlet=article.outlet,
        source=source_of(article.outlet, article.byline),
    )


def group_events(
    events: Iterable[Event], articles: Mapping[str, Article] | None = None
) -> list[Incident]:
    """Group event records into incidents (articles give dates, outlets and sources)."""
    infos: dict[str, ArticleInfo] = {}
    grouper = Grouper()
    reports = []
    for event in events:
        info = infos.get(event.article_id)
        if info is None:
            article = (articles or {}).get(event.article_id)
            info = infos[event.article_id] = (
                article_info(article) if article is not None else ArticleInfo()
            )
        reports.append(make_report(event, info))
    grouper.add_all(reports)
    return sorted(
        (incident_record(p) for p in grouper.incidents.values()),
        key=lambda i: (i.date or "9999", i.id),
    )


def with_incidents(records: Iterable[msgspec.Struct]) -> Iterator[msgspec.Struct]:
    """Pass a record stream through, then add the incidents of its events after the last one."""
    articles: dict[str, Article] = {}
    events: list[Event] = []
    for record in records:
        if isinstance(record, Article):
            # Only what grouping needs is kept: the text can be large.
            articles[record.id] = msgspec.structs.replace(record, text="")
        elif isinstance(record, Event):
            events.append(record)
        yield record
    yield from group_events(events, articles)
