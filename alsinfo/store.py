"""The validation cache: per file and per article results in one SQLite file, keyed by fingerprints.

A file's entry holds its load and schema problems and its data, under a fingerprint of its bytes,
the schemas, the configuration and the alsinfo version; an article's entry holds its final problems,
under a fingerprint of all of that for every file in the folder, with the day it was checked and
the last day it holds (dates are checked against today). Each path has one entry, so a change to
one file replaces exactly that entry.
An article's entry also keeps the stamp its files had (see engine); and, per slot (a report
format), what the caller prepared from its problems (that format's items), under the caller's key
for it, so that runs in several formats do not displace each other; a new entry for the article
drops them all.
SQLite writes are atomic; a cache that cannot be opened or read is removed and rebuilt, and one
that cannot be written is simply not used.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

SCHEMA_VERSION = 5
_COLUMNS = {
    "files": "path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, payload TEXT NOT NULL",
    "articles": "path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, payload TEXT NOT NULL, "
                "stamp TEXT NOT NULL, made_on TEXT NOT NULL, valid_until TEXT NOT NULL",
    "prepared": "path TEXT NOT NULL, slot TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, "
                "text TEXT NOT NULL, PRIMARY KEY (path, slot)",
}
_TABLES = tuple(_COLUMNS)
_MAX_VARIABLES = 999  # parameters in one statement: the lowest limit SQLite builds have had


class ArticleEntry(NamedTuple):
    """An article's cache row, its JSON left encoded until someone needs it."""

    path: str
    fingerprint: str
    payload: str
    stamp: str
    made_on: str  # the day it was checked (ISO)
    valid_until: str  # the last day it holds (ISO), "" for any day: see ArticleResult.valid_until
    prepared_key: str = ""  # what was prepared for the slot asked about, for this fingerprint, if anything
    prepared: str = ""


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

    def articles(self, paths: Sequence[str], slot: str = "") -> dict[str, ArticleEntry]:
        """The entries for these article folders, whatever their fingerprints (the caller compares),
        with what was prepared for them in ``slot`` for their fingerprint; in one query, since one
        per article costs more than reading them."""
        db = self._connect()
        found: dict[str, ArticleEntry] = {}
        if db is None:
            return found
        for start in range(0, len(paths), _MAX_VARIABLES - 1):
            chunk = tuple(paths[start:start + _MAX_VARIABLES - 1])
            try:
                rows = db.execute(
                    "SELECT a.path, a.fingerprint, a.payload, a.stamp, a.made_on, a.valid_until, "
                    "coalesce(p.key, ''), coalesce(p.text, '') FROM articles a LEFT JOIN prepared p "
                    "ON p.path = a.path AND p.slot = ? AND p.fingerprint = a.fingerprint "
                    f"WHERE a.path IN ({', '.join('?' * len(chunk))})", (slot, *chunk)).fetchall()
            except sqlite3.DatabaseError:
                return {}
            found.update((row[0], ArticleEntry(*row)) for row in rows)
        return found

    def put_files(self, rows: list[tuple[str, str, str]]) -> None:
        """Store (path, fingerprint, JSON payload) rows."""
        self._write(("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", rows))

    def put_articles(self, entries: list[ArticleEntry], slot: str = "") -> None:
        """Store these entries, and what was prepared for each in ``slot`` (if anything).

        What was prepared in other slots goes: it was made from the entry replaced, whose problems
        may differ even for the same files (a date check gives another verdict on another day).
        """
        self._write(("DELETE FROM prepared WHERE path = ?", [(e.path,) for e in entries]),
                    ("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                     [(e.path, e.fingerprint, e.payload, e.stamp, e.made_on, e.valid_until) for e in entries]),
                    self._prepared_rows(entries, slot))

    def refresh_articles(self, entries: list[ArticleEntry], slot: str = "") -> None:
        """Give entries found still right their new stamp, and what was prepared for them in ``slot``."""
        self._write(("UPDATE articles SET stamp = ? WHERE path = ?", [(e.stamp, e.path) for e in entries]),
                    self._prepared_rows(entries, slot))

    @staticmethod
    def _prepared_rows(entries: list[ArticleEntry], slot: str) -> tuple[str, list[tuple[str, ...]]]:
        return ("INSERT OR REPLACE INTO prepared VALUES (?, ?, ?, ?, ?)",
                [(e.path, slot, e.prepared_key, e.fingerprint, e.prepared) for e in entries if e.prepared_key])

    def _write(self, *statements: tuple[str, list[Any]]) -> None:
        """Run each statement over its rows, all in one transaction."""
        if not any(rows for _, rows in statements):
            return
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("BEGIN")
                for sql, rows in statements:
                    if rows:
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
