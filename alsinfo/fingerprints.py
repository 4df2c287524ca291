"""What identifies an article's inputs: its folder's stamp, its files' bytes, and alsinfo's own code.

A stamp (listing, and each file's mode, size, times and inode) is cheap and decides a warm run; a
fingerprint (a hash of the bytes) is exact and decides when a stamp changed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from alsinfo.content import KINDS, SUFFIX, ArticleTarget, file_state


class Keys(NamedTuple):
    article: str
    files: dict[str, str]


def keys(context: str, entries: tuple[str, ...], sources: dict[str, bytes]) -> Keys:
    """The fingerprints of an article's files, and of the article: its listing and all its files.
    (Today's date is not in them: an article's entry says itself how long it holds.)"""
    files = {kind: digest(context, raw) for kind, raw in sources.items()}
    listed = (*entries, *(f"{kind}={key}" for kind, key in sorted(files.items())))
    return Keys(digest(context, *listed), files)


def digest(*parts: bytes | str) -> str:
    """SHA-256 of the parts, each ended by a NUL so that ("ab", "c") and ("a", "bc") differ."""
    import hashlib

    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part)
        hashed.update(b"\0")
    return hashed.hexdigest()


class Stamp(NamedTuple):
    """An article folder's listing and its content files' stat, and when the newest of them changed."""

    text: str
    entries: tuple[str, ...]
    newest_ns: int


CONTENT_NAMES = frozenset(f"{kind}{SUFFIX}" for kind in KINDS)


def stamp(folder: Path) -> Stamp:
    """Raises OSError when the folder cannot be listed or a file vanishes while it is looked at."""
    names, stats, newest = [], [], 0
    with os.scandir(folder) as listing:
        for entry in listing:
            names.append(f"{entry.name}/" if entry.is_dir() else entry.name)
            if entry.name in CONTENT_NAMES:
                stat = entry.stat()  # follows a link, as reading the file does
                stats.append(f"{entry.name}:{stat.st_mode}:{stat.st_size}:{stat.st_mtime_ns}:"
                             f"{stat.st_ctime_ns}:{stat.st_ino}")
                newest = max(newest, stat.st_mtime_ns, stat.st_ctime_ns)
    entries = tuple(sorted(names))
    return Stamp("|".join((*entries, *sorted(stats))), entries, newest)


def code_stamp() -> str:
    """Each module of alsinfo by name, size and modification time: the version alone would let an
    edited checkout (an editable install, a developer's tree) serve results its old code made."""
    package = Path(__file__).parent
    parts = []
    for folder, _, names in os.walk(package):
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                stat = os.stat(path)
                parts.append(f"{os.path.relpath(path, package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(sorted(parts))


def read_sources(target: ArticleTarget) -> dict[str, bytes] | None:
    """Each present content file's bytes (at most the loader's limit and one byte), or None if one
    cannot be read, so that the check itself reports it."""
    from alsinfo.loader import read_bounded

    sources = {}
    for kind in KINDS:
        path = target.kind_path(kind)
        state = file_state(path)
        if state == "regular":
            try:
                sources[kind] = read_bounded(path)
            except OSError:
                return None
        elif state == "other":
            return None  # not a regular file: the check reports it
    return sources
