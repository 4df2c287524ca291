"""A small on-disk cache of validation verdicts: atomic writes, and anything unreadable is a miss."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

CACHE_FORMAT = 2


class VerdictCache:
    """One JSON file per content folder: the verdict, and the exact inputs it was made from.

    A hit needs the stored snapshot (the folder's file names and bytes, the schemas, the version)
    to equal the current one exactly, not just a hash of it: an edited file can never be served
    from a stale entry. Keeping one entry per folder bounds the cache's size.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def entry_path(self, subject: Path) -> Path:
        # The name only spreads folders over files; a clash costs a miss, never a wrong hit.
        key = zlib.crc32(str(subject).encode("utf-8", "surrogateescape"))
        return self.folder / f"verdict-{subject.name[:40]}-{key:08x}.json"

    def get(self, subject: Path, snapshot: dict[str, Any]) -> dict[str, Any] | None:
        try:
            stored = json.loads(self.entry_path(subject).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent, unreadable or corrupt: rebuild
        if not isinstance(stored, dict) or stored.get("format") != CACHE_FORMAT:
            return None
        if stored.get("subject") != str(subject) or stored.get("snapshot") != snapshot:
            return None
        value = stored.get("value")
        return value if isinstance(value, dict) else None

    def put(self, subject: Path, snapshot: dict[str, Any], value: dict[str, Any]) -> bool:
        """Store atomically (temporary file, then rename); False when the cache folder is not writable."""
        from alsinfo.atomic import write_atomic  # only writers pay for it

        payload = json.dumps({"format": CACHE_FORMAT, "subject": str(subject), "snapshot": snapshot,
                              "value": value})
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.entry_path(subject), payload)
        except OSError:
            return False
        return True
