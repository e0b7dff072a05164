"""From reports to what happened: incidents, claims ledgers, actor networks, timelines.

The NLP stages give one `event` record per report of an act; partisan news retells
the same act many times. This package groups event records that describe one
real-world act into an `incident`, incrementally (new articles touch only the
incidents they could belong to), and derives the views that count acts rather
than reports: the claims ledger of an incident, the actor graph and timelines.
It reads only `event`, `quote` and `article` records.
"""
