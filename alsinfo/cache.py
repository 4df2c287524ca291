"""The one cache of verdicts, for `validate`, the readers and export: an SQLite file of rows, each
made whole by one check and never updated in part.

A verdict row is keyed by the article folder and the context (alsinfo's code, the schemas, the
configuration: see ``Cache.context``) and holds the key of the exact snapshot it was made from
(see snapshot.key), the stamp that snapshot was read under (or "" when the folder was not still
while it was read), the days it was made and holds until, and its problems, with the files' data
when a reader asked for it. A block row is what a reporter made of a verdict's problems, keyed by
the verdict's id (a digest of the context, the folder and its problems) and the reporter's own key:
a pure function of its key, so it can never be stale.

Only speed may suffer from a cache that cannot be used: any trouble opening, reading or writing it
leaves the run to check everything itself, with one notice saying why. A file that is not a
database (or a damaged one) is removed and built again; a busy one ("database is locked") is left
alone, since another process is using it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from alsinfo.results import holds_on
from alsinfo.snapshot import stamp

SCHEMA_VERSION = 7
DATABASE_NAME = "alsinfo.sqlite3"
# Files earlier versions kept in the cache folder: `cache clear` removes them too.
OLD_NAMES = ("validate.sqlite3", "validate.sqlite3-wal", "validate.sqlite3-shm")
_TABLES = {
    "verdicts": "folder BLOB NOT NULL, context TEXT NOT NULL, stamp TEXT NOT NULL, key TEXT NOT NULL, "
                "made_on TEXT NOT NULL, valid_until TEXT NOT NULL, files INTEGER NOT NULL, problems TEXT NOT NULL, "
                "data TEXT, verdict TEXT NOT NULL, checksum INTEGER NOT NULL, PRIMARY KEY (folder, context)",
    "blocks": "verdict TEXT NOT NULL, format TEXT NOT NULL, block TEXT NOT NULL, checksum INTEGER NOT NULL, "
              "PRIMARY KEY (verdict, format)",
}
_MAX_VARIABLES = 999  # parameters in one statement: the lowest limit SQLite builds have had
BUSY_TIMEOUT_S = 10.0  # how long to wait for another process's write before skipping the cache


class Entry(NamedTuple):
    """A verdict row: what one check of one snapshot found."""

    stamp: str
    key: str
    made_on: str  # ISO day it was made
    valid_until: str  # ISO last day it holds, "" for any day
    files: int  # content files checked
    problems: str  # encoded by results.encode_problems
    data: str | None  # the files' data as JSON, when a reader asked for it
    verdict: str  # the verdict's id, which blocks are keyed by

    def holds_on(self, today: dt.date) -> bool:
        """Whether its date checks still say the same ``today`` (see results.holds_on)."""
        return holds_on(today, self.made_on, self.valid_until)

    def vouched_for_by_stamp(self, folder: Path) -> bool:
        """Whether the folder still has the stamp this verdict was read under: it may be served
        without reading a byte."""
        if not self.stamp:
            return False
        now = stamp(folder)
        return now is not None and now.text == self.stamp


def checksum(*texts: str | None) -> int:
    """A check that a row reads back as it was written: a damaged row is a miss, never a wrong answer."""
    value = 0
    for text in texts:
        value = zlib.crc32((text or "").encode("utf-8", "surrogatepass"), value)
    return value


def _row_checksum(entry: Entry) -> int:
    return checksum(*entry[:4], str(entry.files), *entry[5:])


def folder_key(folder: Path) -> bytes:
    # Bytes, not text: a folder name need not be UTF-8.
    return os.fsencode(folder)


class Cache:
    """The cache database in ``folder``; opened on first use, never raising."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / DATABASE_NAME
        self._db: sqlite3.Connection | None = None
        self._unusable = False
        self.notice: str | None = None  # why the cache was skipped or rebuilt, for the cli to say once

    def _trouble(self, error: Exception) -> None:
        """A database error during a run: a busy or read-only one is skipped; a damaged one (its
        pages do not read) is removed, to be built again from nothing by the next write."""
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
            self.close()
            if self._remove_database():
                self.notice = f"the cache at {self.folder} was damaged ({error}) and has been rebuilt"
                return
        self._skip(str(error))

    def _skip(self, reason: str) -> None:
        self._unusable = True
        self.notice = f"the cache at {self.folder} was not used ({reason}); every article was checked"
        self.close()

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._unusable:
            return self._db
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._skip(f"cannot create the folder: {error.strerror or error}")
            return None
        if self.path.exists() and not self.path.is_file():
            self._skip(f"{self.path.name} is not a file")
            return None
        for attempt in range(2):
            try:
                self._db = self._open()
                return self._db
            except sqlite3.OperationalError as error:  # busy, read-only, cannot open: not damage
                self._skip(str(error))
                return None
            except sqlite3.DatabaseError as error:  # not a database, or a damaged one: start again
                self.close()
                if attempt == 1 or not self._remove_database():
                    self._skip(str(error))
                    return None
                self.notice = f"the cache at {self.folder} was damaged ({error}) and has been rebuilt"
        return None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self._db = db
        db.execute("PRAGMA journal_mode=WAL")
        # A cache need not survive a power cut, only never be corrupt, which WAL ensures.
        db.execute("PRAGMA synchronous=NORMAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            with db:
                db.execute("BEGIN IMMEDIATE")
                for table in _TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                for table, columns in _TABLES.items():
                    db.execute(f"CREATE TABLE {table} ({columns})")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("SELECT COUNT(*) FROM verdicts WHERE 0").fetchone()  # reads the schema: damage shows here
        return db

    def _remove_database(self) -> bool:
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError:
            return False
        return True

    def verdicts(self, folders: Sequence[Path]) -> dict[tuple[bytes, str], Entry]:
        """The rows of these folders, in every context, by (folder key, context); rows that do not
        read back as written are left out."""
        db = self._connect()
        found: dict[tuple[bytes, str], Entry] = {}
        if db is None:
            return found
        keys = [folder_key(folder) for folder in folders]
        for start in range(0, len(keys), _MAX_VARIABLES):
            chunk = keys[start:start + _MAX_VARIABLES]
            try:
                rows = db.execute(
                    "SELECT folder, context, stamp, key, made_on, valid_until, files, problems, data, verdict, "
                    f"checksum FROM verdicts WHERE folder IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
            except (sqlite3.Error, UnicodeError) as error:
                self._trouble(error)
                return {}
            for folder, context, *fields, check in rows:
                entry = _entry(fields, check)
                if entry is not None:
                    found[(folder, context)] = entry
        return found

    def put_verdicts(self, rows: Sequence[tuple[Path, str, Entry]]) -> None:
        """Store whole rows (folder, context, entry), and drop blocks no row refers to any more."""
        self._write([("INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      [(folder_key(folder), context, *entry, _row_checksum(entry))
                       for folder, context, entry in rows]),
                     ("DELETE FROM blocks WHERE verdict NOT IN (SELECT verdict FROM verdicts)", [()])])

    def block(self, verdict: str, form: str) -> str | None:
        """What a reporter kept for ``verdict`` under its key ``form``, if it reads back as written."""
        db = self._connect()
        if db is None or not verdict:
            return None
        try:
            row = db.execute("SELECT block, checksum FROM blocks WHERE verdict = ? AND format = ?",
                             (verdict, form)).fetchone()
        except (sqlite3.Error, UnicodeError) as error:
            self._trouble(error)
            return None
        if row is None or not isinstance(row[0], str) or row[1] != checksum(row[0]):
            return None
        return row[0]

    def put_blocks(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Store (verdict, format, block) rows."""
        self._write([("INSERT OR REPLACE INTO blocks VALUES (?, ?, ?, ?)",
                      [(verdict, form, block, checksum(block)) for verdict, form, block in rows if verdict])])

    def _write(self, statements: list[tuple[str, Sequence[tuple[object, ...]]]]) -> None:
        """Run each statement over its rows, all in one transaction, or none of them."""
        if not statements[0][1]:
            return
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                for sql, rows in statements:
                    db.executemany(sql, rows)
        except UnicodeError as error:  # not expected: everything stored is made ASCII-safe first
            self._skip(f"cannot write: {error}")
        except sqlite3.Error as error:
            self._trouble(error)

    def counts(self) -> dict[str, int]:
        """Rows per table (zero for a cache that cannot be read)."""
        db = self._connect()
        try:
            return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] if db else 0
                    for table in _TABLES}
        except sqlite3.Error:
            return dict.fromkeys(_TABLES, 0)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _entry(fields: Sequence[object], check: object) -> Entry | None:
    stamp, key, made_on, valid_until, files, problems, data, verdict = fields
    texts = (stamp, key, made_on, valid_until, problems, verdict)
    if not all(isinstance(text, str) for text in texts) or not isinstance(files, int) or \
            not (data is None or isinstance(data, str)):
        return None
    entry = Entry(*fields)  # type: ignore[arg-type]
    return entry if check == _row_checksum(entry) else None


def clear(folder: Path) -> list[Path]:
    """Remove the cache's own files from ``folder`` (never anything else in it, nor a folder a link
    points at); the files removed. Raises OSError when one cannot be removed."""
    removed = []
    for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", *OLD_NAMES):
        path = folder / name
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    for path in folder.glob("verdict-*.json") if folder.is_dir() else ():  # reader verdicts of old versions
        path.unlink()
        removed.append(path)
    return removed
