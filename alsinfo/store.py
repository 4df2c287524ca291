"""The validation cache: per file and per article results in one SQLite file, keyed by fingerprints.

A file's entry holds its load and schema problems and its data, under a fingerprint of its bytes,
the schemas, the configuration and the alsinfo version; an article's entry holds its final problems,
under a fingerprint of all of that for every file in the folder, and today's date (dates are
checked against it). Each path has one entry, so a change to one file replaces exactly that entry.
SQLite writes are atomic; a cache that cannot be opened or read is removed and rebuilt, and one
that cannot be written is simply not used.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
_TABLES = ("files", "articles")


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
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    for table in _TABLES:
                        db.execute(f"DROP TABLE IF EXISTS {table}")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                for table in _TABLES:
                    db.execute(f"CREATE TABLE IF NOT EXISTS {table} "
                               "(path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, payload TEXT NOT NULL)")
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

    def get(self, table: str, path: str, fingerprint: str) -> Any:
        """The payload stored for ``path`` under exactly ``fingerprint``, or None."""
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute(f"SELECT fingerprint, payload FROM {table} WHERE path = ?", (path,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None or row[0] != fingerprint:
            return None
        try:
            return json.loads(row[1])
        except ValueError:
            return None

    def put_encoded(self, table: str, encoded: list[tuple[str, str, str]]) -> None:
        """Store rows whose payload is already JSON text."""
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("BEGIN")
                db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", encoded)
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
