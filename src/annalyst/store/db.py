"""The DuckDB store: ingested files, articles and their dedup keys.

One database file holds everything a run produces. It is safe to kill a run at
any point: `begin_file` marks a file "partial" before its articles arrive,
every `add_articles` batch is one transaction, and articles are inserted with
`ON CONFLICT (id) DO NOTHING`, so reading the same file again completes it
without duplicating what was already stored.

One process writes a database at a time; a second writer gets a `StoreError`
saying the database is in use. Readers work while a writer runs: the writer
opens the file only to write a batch (see `annalyst.store.connection`). The
schema is versioned (see
`annalyst.store.migrations`); opening an older database upgrades it, opening
one written by a newer annalyst is refused.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

import duckdb
import msgspec

from annalyst.ingest.dedup import DedupKeys
from annalyst.schema import Article, Event, Mention, Place, Quote
from annalyst.store import migrations
from annalyst.store.connection import DEFAULT_WAIT, StoreError, WriterLock, connect
from annalyst.store.event_filters import act_conditions, like_pattern
from annalyst.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    annotation_row,
    article_from_row,
    event_from_row,
    mention_from_row,
    parse_day,
    quote_from_row,
)

__all__ = ["DEFAULT_DB", "Store", "StoreError"]

DEFAULT_DB = "annalyst.duckdb"

FILE_STATUSES = ("done", "failed", "partial")
MIN_PREFIX = 6  # shortest id prefix `get_article` accepts
_ROWS_PER_INSERT = 250  # rows per multi-row INSERT (DuckDB's executemany is slow)
_FETCH_ROWS = 10_000

_INSERT_COLUMNS = (*ARTICLE_COLUMNS, "ingested_at", "exact_hash", "minhash")
_SELECT_ARTICLE = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
P = ParamSpec("P")
R = TypeVar("R")


def _in_session(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Run a store method with the database open (opened, and closed after, if need be)."""

    def wrapper(store: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with store.batch():
            return method(store, *args, **kwargs)

    functools.update_wrapper(wrapper, method)
    return wrapper


_SEARCH_TERM = re.compile(r'"([^"]*)"|(\S+)')


def _now() -> datetime:
    """The current time as naive UTC, the store's timestamp convention."""
    return datetime.now(UTC).replace(tzinfo=None)


def _search_terms(search: str) -> list[str]:
    """Words of a search; "double quotes" keep a phrase together."""
    terms: list[str] = []
    for match in _SEARCH_TERM.finditer(search):
        term = match.group(1) if match.group(1) is not None else match.group(2)
        term = term.strip()
        if term:
            terms.append(term)
    return terms


class Store:
    """An annalyst database file.

    A read-only store holds the file from opening to `close`. A writable store
    holds its writer lock for its whole life but the file itself only inside
    `batch()` (each method opens one when called outside), so other commands can
    read between batches; see `annalyst.store.connection`.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        read_only: bool = False,
        wait: float = DEFAULT_WAIT,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path).expanduser()
        self.read_only = read_only
        self.wait = wait
        self.on_wait = on_wait
        self._con: duckdb.DuckDBPyConnection | None = None
        self._closed = False
        self._lock: WriterLock | None = None
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a directory, not a database file")
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}")
        if not read_only:
            if not self.path.parent.is_dir():
                raise StoreError(f"cannot open database {self.path}: no such directory")
            self._lock = WriterLock(self.path)
        try:
            if not read_only and self.path.is_file() and self.path.stat().st_size == 0:
                # An empty file (e.g. from mktemp) holds nothing; let DuckDB create it.
                self.path.unlink()
            if read_only:
                self._con = self._connect()
            with self.batch():
                self._schema_version = self._prepare()
        except BaseException:
            self.close()
            raise

    # -- lifecycle -----------------------------------------------------------

    def _connect(self) -> duckdb.DuckDBPyConnection:
        return connect(self.path, read_only=self.read_only, wait=self.wait, on_wait=self.on_wait)

    @contextmanager
    def batch(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The database held open for the calls inside the block (one open, one close)."""
        if self._closed:
            raise StoreError(f"database {self.path} is closed")
        if self._con is not None:
            yield self._con
            return
        self._con = self._connect()
        try:
            yield self._con
        finally:
            con, self._con = self._con, None
            if con is not None:
                con.close()

    def release(self) -> None:
        """Let other processes at the file until the next call (writable stores)."""
        if self._con is not None and not self.read_only:
            con, self._con = self._con, None
            con.close()

    def close(self) -> None:
        self._closed = True
        if self._con is not None:
            con, self._con = self._con, None
            con.close()
        if self._lock is not None:
            lock, self._lock = self._lock, None
            lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for stages that keep their own tables.

        Outside a `batch()` this keeps the file open until `release()` or `close()`.
        """
        if self._closed:
            raise StoreError(f"database {self.path} is closed")
        if self._con is None:
            self._con = self._connect()
        return self._con

    @property
    def schema_version(self) -> int:
        return self._schema_version

    # -- schema ----------------------------------------------------------------

    def _applied_version(self) -> int:
        con = self.con
        exists = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _prepare(self) -> int:
        steps = migrations.MIGRATIONS
        migrations.check_sequence(steps)
        latest = migrations.latest_version(steps)
        try:
            current = self._applied_version()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read the schema of {self.path}: {exc}") from exc
        if current > latest:
            raise StoreError(
                f"database {self.path} has schema version {current}, but this annalyst only "
                f"knows versions up to {latest}; it was written by a newer annalyst, so "
                "upgrade annalyst to use it"
            )
        if current == latest:
            return current
        if self.read_only:
            if current == 0:
                raise StoreError(f"{self.path} is not an annalyst database")
            raise StoreError(
                f"database {self.path} has schema version {current} and needs upgrading to "
                f"{latest}; open it once without read-only access"
            )
        con = self.con
        con.begin()
        migration = steps[0]
        try:
            con.execute(migrations.SCHEMA_MIGRATIONS_DDL)
            for migration in steps[current:]:
                for step in migration.steps:
                    if isinstance(step, str):
                        con.execute(step)
                    else:
                        step(con)
                con.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                    [migration.version, _now()],
                )
            con.commit()
        except BaseException as exc:
            con.rollback()
            if isinstance(exc, duckdb.Error | ValueError):
                raise StoreError(
                    f"cannot upgrade {self.path} to schema version {migration.version} "
                    f"({migration.description}): {exc}"
                ) from exc
            raise
        return latest

    # -- files ---------------------------------------------------------------

    @_in_session
    def file_status(self, digest: str) -> str | None:
        """Status of a file seen before ("done", "failed" or "partial"), else None."""
        row = self.con.execute("SELECT status FROM files WHERE digest = ?", [digest]).fetchone()
        return str(row[0]) if row else None

    @_in_session
    def done_digests(self) -> set[str]:
        """Digests of the files read completely before."""
        rows = self.con.execute("SELECT digest FROM files WHERE status = 'done'").fetchall()
        return {str(row[0]) for row in rows}

    @_in_session
    def begin_file(self, source: str, digest: str, size: int) -> None:
        """Record that a file is being read; it stays "partial" until `finish_file`."""
        self._write(
            """
            INSERT INTO files (digest, source, size, status, articles, problems, message,
                               started_at, finished_at)
            VALUES (?, ?, ?, 'partial', 0, 0, NULL, ?, NULL)
            ON CONFLICT (digest) DO UPDATE SET
                source = excluded.source, size = excluded.size, status = 'partial',
                articles = 0, problems = 0, message = NULL,
                started_at = excluded.started_at, finished_at = NULL
            """,
            [digest, source, size, _now()],
        )

    @_in_session
    def finish_file(
        self, digest: str, status: str, articles: int, problems: int, message: str | None = None
    ) -> None:
        if status not in FILE_STATUSES:
            raise StoreError(
                f"file status must be one of {', '.join(FILE_STATUSES)}, got {status!r}"
            )
        if self.file_status(digest) is None:
            raise StoreError(f"no file with digest {digest} was begun")
        self._write(
            "UPDATE files SET status = ?, articles = ?, problems = ?, message = ?, "
            "finished_at = ? WHERE digest = ?",
            [status, articles, problems, message, _now(), digest],
        )

    def _write(self, sql: str, params: list[Any]) -> None:
        try:
            self.con.execute(sql, params)
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    # -- articles --------------------------------------------------------------

    @_in_session
    def add_articles(self, batch: Sequence[tuple[Article, DedupKeys]]) -> int:
        """Insert a batch in one transaction; returns how many were new.

        Articles whose id is already stored (or repeated in the batch) are
        skipped, so adding the same batch twice inserts nothing the second time.
        """
        rows: list[list[Any]] = []
        seen: set[str] = set()
        now = _now()
        for article, keys in batch:
            if article.id in seen:
                continue
            seen.add(article.id)
            published = parse_day(article.published, f"article {article.id}: published")
            values = {**msgspec.structs.asdict(article), "published": published}
            rows.append([values[c] for c in ARTICLE_COLUMNS] + [now, keys.exact, keys.minhash])
        if not rows:
            return 0
        con = self.con
        placeholder = "(" + ", ".join("?" * len(_INSERT_COLUMNS)) + ")"
        inserted = 0
        con.begin()
        try:
            for start in range(0, len(rows), _ROWS_PER_INSERT):
                chunk = rows[start : start + _ROWS_PER_INSERT]
                sql = (
                    f"INSERT INTO articles ({', '.join(_INSERT_COLUMNS)}) VALUES "
                    + ", ".join([placeholder] * len(chunk))
                    + " ON CONFLICT (id) DO NOTHING"
                )
                result = con.execute(sql, [value for row in chunk for value in row]).fetchone()
                inserted += int(result[0]) if result else 0
            con.commit()
        except BaseException as exc:
            con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot add articles to {self.path}: {exc}") from exc
            raise
        return inserted

    @_in_session
    def get_article(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (at least 6 characters)."""
        row = self.con.execute(f"{_SELECT_ARTICLE} WHERE id = ?", [article_id]).fetchone()
        if row is not None:
            return article_from_row(row)
        if len(article_id) < MIN_PREFIX:
            return None
        rows = self.con.execute(
            f"{_SELECT_ARTICLE} WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [article_id]
        ).fetchall()
        if len(rows) > 1:
            raise StoreError(f"id prefix {article_id!r} matches several articles; give more of it")
        return article_from_row(rows[0]) if rows else None

    @_in_session
    def query_articles(
        self,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
        include_duplicates: bool = True,
    ) -> list[Article]:
        """Articles matching every given filter, by publication date then id.

        `outlet` matches case-insensitively anywhere in the outlet name;
        `since`/`until` are inclusive YYYY-MM-DD bounds on `published` (articles
        without a date are then left out); `search` needs every word (or
        "quoted phrase") to appear, ignoring case, in the title or the text.
        """
        where: list[str] = []
        params: list[Any] = []
        if outlet is not None:
            where.append("outlet ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(outlet))
        if since is not None:
            where.append("published >= ?")
            params.append(parse_day(since, "since"))
        if until is not None:
            where.append("published <= ?")
            params.append(parse_day(until, "until"))
        for term in _search_terms(search or ""):
            where.append("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
            pattern = like_pattern(term)
            params += [pattern, pattern]
        if not include_duplicates:
            where.append("duplicate_of IS NULL")
        if limit is not None and limit < 0:
            raise StoreError(f"limit must not be negative, got {limit}")
        if offset < 0:
            raise StoreError(f"offset must not be negative, got {offset}")
        sql = _SELECT_ARTICLE
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published ASC NULLS LAST, id ASC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        if offset:
            sql += " OFFSET ?"
            params.append(offset)
        return [article_from_row(row) for row in self.con.execute(sql, params).fetchall()]

    @_in_session
    def count_articles(self, *, duplicates: bool | None = None) -> int:
        """All articles, only duplicates (True) or only originals (False)."""
        sql = "SELECT count(*) FROM articles"
        if duplicates is True:
            sql += " WHERE duplicate_of IS NOT NULL"
        elif duplicates is False:
            sql += " WHERE duplicate_of IS NULL"
        row = self.con.execute(sql).fetchone()
        return int(row[0]) if row else 0

    def iter_dedup_keys(self) -> Iterator[tuple[str, DedupKeys]]:
        """(id, keys) of every original, in the order they were added.

        The database stays open until the iteration ends.
        """
        with self.batch() as con:
            yield from self._dedup_keys(con)

    def _dedup_keys(self, con: duckdb.DuckDBPyConnection) -> Iterator[tuple[str, DedupKeys]]:
        cursor = con.cursor()
        try:
            cursor.execute(
                "SELECT id, exact_hash, minhash FROM articles WHERE duplicate_of IS NULL ORDER BY seq"
            )
            while rows := cursor.fetchmany(_FETCH_ROWS):
                for article_id, exact, minhash in rows:
                    yield article_id, DedupKeys(exact=exact, minhash=bytes(minhash))
        finally:
            cursor.close()

    # -- NLP annotations ---------------------------------------------------------

    @_in_session
    def ids_to_process(self, *, everything: bool = False) -> list[str]:
        """Ids of original (non-duplicate) articles the NLP stages have not seen yet, or all."""
        where = "duplicate_of IS NULL" + ("" if everything else " AND processed_at IS NULL")
        rows = self.con.execute(f"SELECT id FROM articles WHERE {where} ORDER BY seq").fetchall()
        return [str(r[0]) for r in rows]

    @_in_session
    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """Articles by id, in the order asked (missing ids are left out)."""
        if not ids:
            return []
        rows = self.con.execute(
            f"{_SELECT_ARTICLE} WHERE list_contains(?, id)", [list(ids)]
        ).fetchall()
        by_id = {row[0]: article_from_row(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    @_in_session
    def count_to_process(self, *, everything: bool = False) -> int:
        where = "duplicate_of IS NULL" + ("" if everything else " AND processed_at IS NULL")
        row = self.con.execute(f"SELECT count(*) FROM articles WHERE {where}").fetchone()
        return int(row[0]) if row else 0

    @_in_session
    def save_annotations(self, batch: Sequence[tuple[str, Sequence[msgspec.Struct]]]) -> None:
        """Replace each article's mentions, events, quotes and places in one transaction,
        and mark the article processed."""
        con = self.con
        now = _now()
        con.begin()
        try:
            for article_id, records in batch:
                for table in ("mentions", "events", "quotes", "places"):
                    con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
                rows: dict[str, list[list[Any]]] = {}
                for record in records:
                    table, row = annotation_row(article_id, record)
                    rows.setdefault(table, []).append(row)
                for table, table_rows in rows.items():
                    marks = ", ".join("?" * len(table_rows[0]))
                    con.executemany(
                        f"INSERT INTO {table} VALUES ({marks}) ON CONFLICT DO NOTHING", table_rows
                    )
                con.execute("UPDATE articles SET processed_at = ? WHERE id = ?", [now, article_id])
            con.commit()
        except BaseException as exc:
            con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot save annotations to {self.path}: {exc}") from exc
            raise

    @_in_session
    def query_events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        status: str | None = None,
        article_id: str | None = None,
        limit: int | None = 100,
    ) -> list[Event]:
        """Events, filtered; `actor` matches an actor id exactly or a name/id substring."""
        conditions, params = act_conditions(
            actor=actor, event_type=event_type, since=since, until=until, country=country
        )
        where = ["TRUE", *conditions]
        if status:
            where.append("status = ?")
            params.append(status)
        if article_id:
            where.append("article_id = ?")
            params.append(article_id)
        sql = (
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {' AND '.join(where)} "
            "ORDER BY date NULLS LAST, article_id, sentence_start, id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [event_from_row(row) for row in self.con.execute(sql, params).fetchall()]

    @_in_session
    def query_quotes(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        since: str | None = None,
        until: str | None = None,
        article_id: str | None = None,
        limit: int | None = 100,
    ) -> list[tuple[Quote, str | None]]:
        """Quotes with their article's publication date, filtered."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if speaker:
            where.append(
                "(q.speaker_id = ? OR q.speaker_name ILIKE ? ESCAPE '\\' "
                "OR q.speaker_text ILIKE ? ESCAPE '\\')"
            )
            like = like_pattern(speaker)
            params += [speaker, like, like]
        for term in _search_terms(search or ""):
            where.append("q.text ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(term))
        if since:
            where.append("a.published >= ?")
            params.append(parse_day(since, "since"))
        if until:
            where.append("a.published <= ?")
            params.append(parse_day(until, "until"))
        if article_id:
            where.append("q.article_id = ?")
            params.append(article_id)
        cols = ", ".join(f"q.{c}" if c != '"end"' else 'q."end"' for c in QUOTE_COLUMNS)
        sql = (
            f"SELECT {cols}, CAST(a.published AS VARCHAR) FROM quotes q JOIN articles a "
            f"ON a.id = q.article_id WHERE {' AND '.join(where)} "
            "ORDER BY a.published NULLS LAST, q.article_id, q.start"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            (quote_from_row(row[:-1]), row[-1]) for row in self.con.execute(sql, params).fetchall()
        ]

    @_in_session
    def places_of(self, article_id: str) -> list[Place]:
        rows = self.con.execute(
            'SELECT article_id, start, "end", text, name, lat, lon, country, geonameid, precision, '
            "form FROM places WHERE article_id = ? ORDER BY start",
            [article_id],
        ).fetchall()
        return [
            Place(
                article_id=r[0], start=r[1], end=r[2], text=r[3], name=r[4], lat=r[5], lon=r[6],
                country=r[7], geonameid=r[8], precision=r[9], form=r[10],
            )
            for r in rows
        ]  # fmt: skip

    @_in_session
    def mentions_of(self, article_id: str) -> list[Mention]:
        rows = self.con.execute(
            'SELECT article_id, start, "end", text, label, actor_id, actor_name, actor_text, '
            "actor_country, actor_sectors, actor_type FROM mentions WHERE article_id = ? ORDER BY start",
            [article_id],
        ).fetchall()
        return [mention_from_row(row) for row in rows]

    @_in_session
    def actor_mention_counts(
        self, *, provisional: bool | None = None, limit: int | None = None
    ) -> list[tuple[str, str, str | None, int, int]]:
        """(actor id, name, type, mentions, articles) by frequency; provisional ids start with `~`."""
        where = "actor_id IS NOT NULL"
        if provisional is True:
            where += " AND starts_with(actor_id, '~') AND NOT starts_with(actor_id, '~agent:')"
        elif provisional is False:
            where += " AND NOT starts_with(actor_id, '~')"
        sql = (
            "SELECT actor_id, any_value(actor_name), any_value(actor_type), count(*) AS n, "
            f"count(DISTINCT article_id) FROM mentions WHERE {where} GROUP BY actor_id "
            "ORDER BY n DESC, actor_id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            (str(a), str(b), c, int(d), int(e))
            for a, b, c, d, e in self.con.execute(sql).fetchall()
        ]

    @_in_session
    def actor_mentions(
        self, actor_id: str, *, limit: int = 50
    ) -> list[tuple[str, str | None, str | None, str]]:
        """Where an actor is mentioned: (article id, published, title, text as written)."""
        rows = self.con.execute(
            "SELECT m.article_id, CAST(a.published AS VARCHAR), a.title, m.text FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? "
            "ORDER BY a.published NULLS LAST, m.article_id, m.start LIMIT ?",
            [actor_id, limit],
        ).fetchall()
        return [(str(a), b, c, str(d)) for a, b, c, d in rows]

    @_in_session
    def stats(self) -> dict[str, int]:
        row = self.con.execute(
            """
            SELECT
                (SELECT count(*) FROM files),
                (SELECT count(*) FROM files WHERE status = 'failed'),
                (SELECT count(*) FROM files WHERE status = 'partial'),
                (SELECT count(*) FROM articles),
                (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)
            """
        ).fetchone()
        files, failed, partial, articles, duplicates = row if row else (0, 0, 0, 0, 0)
        return {
            "files": int(files),
            "failed_files": int(failed),
            "partial_files": int(partial),
            "articles": int(articles),
            "duplicates": int(duplicates),
        }
