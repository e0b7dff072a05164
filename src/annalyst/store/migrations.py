"""The store's schema, as an ordered list of migrations.

Every database records the versions applied to it in
`schema_migrations(version, applied_at)`. When `Store` opens a database whose
newest version is older than `MIGRATIONS[-1].version`, it applies the missing
migrations in order, all in one transaction together with their
`schema_migrations` rows, so an interrupted upgrade leaves the old schema
intact. A database newer than the code is refused.

Adding a table or column (mentions, events, quotes, places, actors, …):

* append a `Migration` whose version is the previous one plus one;
* give it SQL strings, or Python callables taking the connection for changes
  SQL cannot express (backfills computed in Python);
* never edit or reorder a migration that has been released: databases in the
  wild already have it applied, and it will not run again;
* steps run inside the upgrade transaction, so do not BEGIN or COMMIT in them.

Conventions: timestamps are naive UTC `TIMESTAMP`s; dates are `DATE`; ids are
`VARCHAR`; lists of strings are `VARCHAR[]`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import duckdb

Step = str | Callable[[duckdb.DuckDBPyConnection], object]  # SQL, or a function of the connection


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    steps: tuple[Step, ...]


SCHEMA_MIGRATIONS_DDL = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL
)
"""

_V1_FILES = """
CREATE TABLE files (
    digest VARCHAR PRIMARY KEY,          -- sha256 hex of the file's bytes
    source VARCHAR NOT NULL,             -- path (or name) it was last read from
    size BIGINT NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('partial', 'done', 'failed')),
    articles INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0,
    message VARCHAR,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
)
"""

# Insertion order of articles: the dedup index is rebuilt in this order so that
# "the earliest original" means the same thing across runs.
_V1_ARTICLES_SEQ = "CREATE SEQUENCE articles_seq START 1"

_V1_ARTICLES = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL DEFAULT nextval('articles_seq'),
    source VARCHAR NOT NULL,
    title VARCHAR,
    published DATE,
    authors VARCHAR[] NOT NULL,
    byline VARCHAR,
    outlet VARCHAR,
    language VARCHAR,
    url VARCHAR,
    line_start INTEGER,
    line_end INTEGER,
    text VARCHAR NOT NULL,
    duplicate_of VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    exact_hash VARCHAR NOT NULL,         -- DedupKeys.exact
    minhash BLOB NOT NULL,               -- DedupKeys.minhash (uint64 LE values; empty for short texts)
    processed_at TIMESTAMP               -- set by the NLP stages once the article is analysed
)
"""

# Actor mentions found by the NLP stages: one row per span, with the resolved
# actor flattened into columns so that queries need no JSON.
_V2_MENTIONS = """
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    actor_id VARCHAR,
    actor_name VARCHAR,
    actor_text VARCHAR,
    actor_country VARCHAR,
    actor_sectors VARCHAR[],
    actor_type VARCHAR,
    PRIMARY KEY (article_id, start, "end")
)
"""
_V2_MENTIONS_INDEX = "CREATE INDEX mentions_actor ON mentions (actor_id)"

# Events, quotes and places. Nested records (actors, recipients, location,
# speaker) are kept whole as JSON text, with the fields queries filter on
# flattened beside them.
_V3_EVENTS = """
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    trigger VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    quad VARCHAR NOT NULL,
    cameo VARCHAR,
    intensity DOUBLE NOT NULL,
    actors_json VARCHAR NOT NULL,
    recipients_json VARCHAR NOT NULL,
    actor_ids VARCHAR[] NOT NULL,
    recipient_ids VARCHAR[] NOT NULL,
    countries VARCHAR[] NOT NULL,
    date DATE,
    date_precision VARCHAR,
    date_text VARCHAR,
    location_json VARCHAR,
    location_country VARCHAR,
    status VARCHAR NOT NULL,
    claimed_by_json VARCHAR,
    claimed_by_id VARCHAR,
    confidence DOUBLE NOT NULL
)
"""
_V3_QUOTES = """
CREATE TABLE quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type VARCHAR NOT NULL,
    speaker_json VARCHAR,
    speaker_id VARCHAR,
    speaker_name VARCHAR,
    speaker_text VARCHAR,
    cue VARCHAR,
    medium VARCHAR
)
"""
_V3_PLACES = """
CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    lat DOUBLE NOT NULL,
    lon DOUBLE NOT NULL,
    country VARCHAR,
    geonameid BIGINT,
    precision VARCHAR NOT NULL,
    PRIMARY KEY (article_id, start, "end")
)
"""

# Incidents: the grouping's output (the `incident` record, flattened like events,
# plus the grouping state it resumes from), its blocking keys, the people each
# says were killed, which incident each event belongs to, and which version of
# each article's annotations the incidents reflect.
_V6_INCIDENTS = """
CREATE TABLE incidents (
    id VARCHAR PRIMARY KEY,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    date DATE,
    date_precision VARCHAR,
    location_json VARCHAR,
    location_country VARCHAR,
    actors_json VARCHAR NOT NULL,
    recipients_json VARCHAR NOT NULL,
    actor_ids VARCHAR[] NOT NULL,
    recipient_ids VARCHAR[] NOT NULL,
    countries VARCHAR[] NOT NULL,
    events VARCHAR[] NOT NULL,
    articles VARCHAR[] NOT NULL,
    outlets VARCHAR[] NOT NULL,
    corroboration INTEGER NOT NULL,
    asserted INTEGER NOT NULL,
    claimed INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    future INTEGER NOT NULL,
    claimed_by_json VARCHAR NOT NULL,
    state_json VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
)
"""
_V6_KEYS = """
CREATE TABLE incident_keys (
    incident_id VARCHAR NOT NULL,
    family VARCHAR NOT NULL,             -- event type, or mode:NAME for modes types share
    anchor VARCHAR NOT NULL,             -- a country, or @actor-id for actors with none
    lo INTEGER NOT NULL,                 -- first and last ordinal day its date allows
    hi INTEGER NOT NULL
)
"""
_V6_VICTIMS = (
    "CREATE TABLE incident_victims (incident_id VARCHAR NOT NULL, person VARCHAR NOT NULL)"
)
_V6_EVENTS = """
CREATE TABLE incident_events (
    event_id VARCHAR PRIMARY KEY,
    incident_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL
)
"""
_V6_ARTICLES = """
CREATE TABLE incident_articles (
    article_id VARCHAR PRIMARY KEY,
    processed_at TIMESTAMP               -- the article's processed_at when it was grouped
)
"""

MIGRATIONS: list[Migration] = [
    Migration(
        version=1,
        description="ingested files and articles",
        steps=(_V1_FILES, _V1_ARTICLES_SEQ, _V1_ARTICLES),
    ),
    Migration(
        version=2,
        description="actor mentions",
        steps=(_V2_MENTIONS, _V2_MENTIONS_INDEX),
    ),
    Migration(
        version=3,
        description="events, quotes and places",
        steps=(
            _V3_EVENTS,
            _V3_QUOTES,
            _V3_PLACES,
            "CREATE INDEX events_article ON events (article_id)",
            "CREATE INDEX quotes_article ON quotes (article_id)",
        ),
    ),
    Migration(
        version=4,
        description="articles keep their input record's own id (input_id)",
        steps=("ALTER TABLE articles ADD COLUMN input_id VARCHAR",),
    ),
    Migration(
        version=5,
        description="places keep their form (name, adjective, in-name)",
        steps=("ALTER TABLE places ADD COLUMN form VARCHAR NOT NULL DEFAULT 'name'",),
    ),
    Migration(
        version=6,
        description="incidents: grouped events, blocking keys, membership",
        steps=(
            _V6_INCIDENTS,
            _V6_KEYS,
            _V6_VICTIMS,
            _V6_EVENTS,
            _V6_ARTICLES,
            "CREATE INDEX incident_keys_block ON incident_keys (family, anchor)",
            "CREATE INDEX incident_keys_incident ON incident_keys (incident_id)",
            "CREATE INDEX incident_victims_person ON incident_victims (person)",
            "CREATE INDEX incident_events_article ON incident_events (article_id)",
            "CREATE INDEX incident_events_incident ON incident_events (incident_id)",
        ),
    ),
    Migration(
        version=7,
        description="quotes keep their act (statement, belief, request, promise, …)",
        # (DuckDB alters no table an index depends on: the index is dropped and rebuilt)
        steps=(
            "DROP INDEX quotes_article",
            "ALTER TABLE quotes ADD COLUMN act VARCHAR NOT NULL DEFAULT 'statement'",
            "CREATE INDEX quotes_article ON quotes (article_id)",
        ),
    ),
]


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Raise ValueError unless versions run 1, 2, 3, … without gaps."""
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise ValueError(
                f"migration list is broken: expected version {expected}, found {migration.version}"
            )


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    migrations = MIGRATIONS if migrations is None else migrations
    return migrations[-1].version if migrations else 0
