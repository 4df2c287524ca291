"""A small on-disk cache of validation verdicts: atomic writes, and anything unreadable is a miss."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

CACHE_FORMAT = 1


class VerdictCache:
    """One JSON file per content folder, holding the verdict for the fingerprint it was made from.

    Keeping one entry per folder bounds the cache's size; a fingerprint that does not match is a
    miss, so an edited file is never served from a stale entry.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entry(self, subject: Path) -> Path:
        name = hashlib.sha256(str(subject).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        return self.folder / f"verdict-{name}.json"

    def get(self, subject: Path, fingerprint: str) -> dict[str, Any] | None:
        try:
            stored = json.loads(self._entry(subject).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent, unreadable or corrupt: rebuild
        if not isinstance(stored, dict) or stored.get("format") != CACHE_FORMAT:
            return None
        if stored.get("fingerprint") != fingerprint or not isinstance(stored.get("value"), dict):
            return None
        value: dict[str, Any] = stored["value"]
        return value

    def put(self, subject: Path, fingerprint: str, value: dict[str, Any]) -> bool:
        """Store atomically (temporary file, then rename); False when the cache folder is not writable."""
        payload = json.dumps({"format": CACHE_FORMAT, "fingerprint": fingerprint, "value": value},
                             ensure_ascii=False)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=".verdict-", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as stream:
                    stream.write(payload)
                os.replace(temporary, self._entry(subject))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return False
        return True
