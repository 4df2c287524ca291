"""The validation cache: per file and per article results in one SQLite file, keyed by fingerprints.

A file's entry holds its load and schema problems and its data, under a fingerprint of its bytes,
the schemas, the configuration and the alsinfo version; an article's entry holds its final problems,
under a fingerprint of all of that for every file in the folder, with the day it was checked and
the last day it holds (dates are checked against today). Each path has one entry, so a change to
one file replaces exactly that entry.
An article's entry also keeps the stamp its files had (see engine), and what the caller prepared
from its problems (the text report's lines), under the caller's key for it.
SQLite writes are atomic; a cache that cannot be opened or read is removed and rebuilt, and one
that cannot be written is simply not used.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

SCHEMA_VERSION = 3
_COLUMNS = {
    "files": "path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, payload TEXT NOT NULL",
    "articles": "path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, payload TEXT NOT NULL, "
                "stamp TEXT NOT NULL, prepared_key TEXT NOT NULL, prepared TEXT NOT NULL, "
                "made_on TEXT NOT NULL, valid_until TEXT NOT NULL",
}
_TABLES = tuple(_COLUMNS)
_MAX_VARIABLES = 999  # parameters in one statement: the lowest limit SQLite builds have had


class ArticleEntry(NamedTuple):
    """An article's cache row, its JSON left encoded until someone needs it."""

    path: str
    fingerprint: str
    payload: str
    stamp: str
    prepared_key: str
    prepared: str
    made_on: str  # the day it was checked (ISO)
    valid_until: str  # the last day it holds (ISO), "" for any day: see ArticleResult.valid_until


class ValidationStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                # A cache need not survive a power cut, only never be corrupt, which WAL ensures
                # without waiting for the disk at every commit.
                db.execute("PRAGMA synchronous=NORMAL")
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    for table in _TABLES:
                        db.execute(f"DROP TABLE IF EXISTS {table}")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                for table, columns in _COLUMNS.items():
                    db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
                self._db = db
                return db
            except sqlite3.DatabaseError:
                if attempt == 0:  # corrupt: start again from nothing
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            except OSError:
                break
        self._broken = True
        return None

    def file(self, path: str, fingerprint: str) -> Any:
        """The payload stored for the file ``path`` under exactly ``fingerprint``, decoded, or None."""
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT fingerprint, payload FROM files WHERE path = ?", (path,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None or row[0] != fingerprint:
            return None
        try:
            return json.loads(row[1])
        except ValueError:
            return None

    def articles(self, paths: Sequence[str]) -> dict[str, ArticleEntry]:
        """The entries for these article folders, whatever their fingerprints (the caller compares),
        in one query: one per article costs more than reading them."""
        db = self._connect()
        found: dict[str, ArticleEntry] = {}
        if db is None:
            return found
        for start in range(0, len(paths), _MAX_VARIABLES):
            chunk = tuple(paths[start:start + _MAX_VARIABLES])
            try:
                rows = db.execute("SELECT path, fingerprint, payload, stamp, prepared_key, prepared, made_on, "
                                  "valid_until FROM articles "
                                  f"WHERE path IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
            except sqlite3.DatabaseError:
                return {}
            found.update((row[0], ArticleEntry(*row)) for row in rows)
        return found

    def put_files(self, rows: list[tuple[str, str, str]]) -> None:
        """Store (path, fingerprint, JSON payload) rows."""
        self._write("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", rows)

    def put_articles(self, rows: list[ArticleEntry]) -> None:
        self._write("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def refresh_articles(self, rows: list[tuple[str, str, str, str]]) -> None:
        """Give entries that were still right a new (stamp, prepared_key, prepared), by path (last)."""
        self._write("UPDATE articles SET stamp = ?, prepared_key = ?, prepared = ? WHERE path = ?", rows)

    def _write(self, sql: str, rows: list[Any]) -> None:
        if not rows:
            return
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("BEGIN")
                db.executemany(sql, rows)
        except sqlite3.DatabaseError:
            pass

    def counts(self) -> dict[str, int]:
        db = self._connect()
        if db is None:
            return {table: 0 for table in _TABLES}
        return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in _TABLES}

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
