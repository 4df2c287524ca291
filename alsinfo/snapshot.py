"""What an article folder holds, read once: its listing and its content files' bytes; and the cheap
stamp and the exact key that identify it for the cache. Image files an image block may show are
read with the content files, since their bytes are checked too.

Checking consumes a ``Snapshot`` and nothing else from the disk, so a cached verdict is keyed by
exactly the bytes it was made from. A ``stamp`` (the listing, and each content file's mode, size,
times and inode) decides a warm run without reading a byte.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from alsinfo.content import KINDS, SUFFIX

CONTENT_NAMES = {f"{kind}{SUFFIX}": kind for kind in KINDS}
# Files an image block may show, by their names' endings (whether they are images is judged by their bytes).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
IMAGE_LIMIT = 2 * 1024 * 1024  # bytes: a page patients open on a phone must not wait for a poster
# The people articles name by id, at the root of the content tree: beside the article folders.
PEOPLE_NAME = "people.yaml"
# A translation is a sub-folder of its article named by its BCP 47 tag ("de", "pt-BR", "zh-Hant"),
# holding the same kinds of files, and the lock `alsinfo translations mark` writes.
TRANSLATION_NAME = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
LOCK_NAME = "translation.lock"


def is_translation_name(name: str) -> bool:
    return TRANSLATION_NAME.fullmatch(name) is not None


def is_translation(folder: Path) -> bool:
    """A sub-folder of an article that is a translation: named by a language tag, holding an article."""
    return is_translation_name(folder.name) and any(
        (folder / f"{kind}{SUFFIX}").exists() for kind in ("article", "sections"))


def is_image_name(name: str) -> bool:
    return name.lower().endswith(IMAGE_SUFFIXES) and not name.startswith(".")


def _read(name: str) -> bool:
    """Whether a folder entry is read into the snapshot (and so stamped): content files, images, a lock."""
    return name in CONTENT_NAMES or is_image_name(name) or name == LOCK_NAME


class Snapshot(NamedTuple):
    """An article folder as read once.

    ``listing`` holds every entry's name (folders end in "/"); ``files`` the bytes of each content
    file that could be read (at most the loader's limit and one byte); ``unreadable`` says why each
    other one that is there was not (not a regular file, a read error); ``error`` why the
    folder itself could not be listed, if it could not.
    """

    folder: Path
    listing: tuple[str, ...]
    files: dict[str, bytes]
    unreadable: dict[str, str]
    images: dict[str, bytes | str]  # image files by name: their bytes, or why they were not read
    error: str | None = None
    people: bytes | str | None = None  # the content root's people.yaml: its bytes, why it was not read, or None
    translations: Mapping[str, Snapshot] = MappingProxyType({})  # by language tag, each read like its article
    lock: bytes | str | None = None  # a translation's lock (see LOCK_NAME): its bytes, why not read, or None

    @property
    def people_path(self) -> Path:
        return self.folder.parent / PEOPLE_NAME

    @property
    def article_id(self) -> str:
        return self.folder.name

    def present(self) -> frozenset[str]:
        """The kinds of content file the folder has, read or not."""
        return frozenset((*self.files, *self.unreadable))


def read_snapshot(folder: Path, *, translation: bool = False) -> Snapshot:
    """List ``folder`` once and read each content file in that listing once, and the same of each
    translation sub-folder (``translation`` says ``folder`` is one); never raises."""
    from alsinfo.loader import MAX_BYTES, read_bounded

    try:
        with os.scandir(folder) as listing:
            entries = [(entry.name, _is_dir(entry)) for entry in listing]
    except OSError as error:
        return Snapshot(folder, (), {}, {}, {}, error.strerror or type(error).__name__)
    files: dict[str, bytes] = {}
    unreadable: dict[str, str] = {}
    images: dict[str, bytes | str] = {}
    translations: dict[str, Snapshot] = {}
    lock: bytes | str | None = None
    for name, is_dir in entries:
        if is_dir and not translation and is_translation(folder / name):
            translations[name] = read_snapshot(folder / name, translation=True)
            continue
        if name == LOCK_NAME and translation:
            lock = _read_file(folder / name, MAX_BYTES)
            continue
        kind = CONTENT_NAMES.get(name)
        if kind is None and (is_dir or not is_image_name(name)):
            continue
        path = folder / name
        if not path.is_file():
            reason = f"{name} is not a regular file; content files must be plain text files"
            if kind is None:
                images[name] = "it is not a regular file"
            else:
                unreadable[kind] = reason
            continue
        try:
            if kind is None:
                images[name] = read_bounded(path, IMAGE_LIMIT)
            else:
                files[kind] = read_bounded(path, MAX_BYTES)
        except OSError as error:
            reason = f"the file cannot be read: {error.strerror or type(error).__name__}"
            if kind is None:
                images[name] = reason
            else:
                unreadable[kind] = reason
    names = tuple(sorted(f"{name}/" if is_dir else name for name, is_dir in entries))
    if translation:
        return Snapshot(folder, names, files, unreadable, images, lock=lock)
    return Snapshot(folder, names, files, unreadable, images, people=_read_people(folder.parent / PEOPLE_NAME),
                    translations=translations)


def _read_file(path: Path, limit: int, not_regular: str = "it is not a regular file") -> bytes | str:
    """The file's bytes (at most ``limit`` and one), or why they cannot be read."""
    from alsinfo.loader import read_bounded

    if not path.is_file():
        return not_regular
    try:
        return read_bounded(path, limit)
    except OSError as error:
        return f"the file cannot be read: {error.strerror or type(error).__name__}"


def _read_people(path: Path) -> bytes | str | None:
    """The content root's people.yaml, or why it cannot be read, or None when there is none."""
    from alsinfo.loader import MAX_BYTES

    if not (path.exists() or path.is_symlink()):
        return None
    return _read_file(path, MAX_BYTES, f"{PEOPLE_NAME} is not a regular file")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def key(context: str, snapshot: Snapshot) -> str:
    """The exact key of a snapshot under a context (alsinfo, schemas, configuration): its listing
    and every content file's bytes."""
    parts: list[bytes | str] = [context, snapshot.error or "", *snapshot.listing]
    for kind in KINDS:
        if kind in snapshot.files:
            parts += [kind, snapshot.files[kind]]
        elif kind in snapshot.unreadable:
            parts += [kind, "!" + snapshot.unreadable[kind]]
    for image, bytes_or_reason in sorted(snapshot.images.items()):
        parts += [image, bytes_or_reason if isinstance(bytes_or_reason, bytes) else "!" + bytes_or_reason]
    for name, found in ((PEOPLE_NAME, snapshot.people), (LOCK_NAME, snapshot.lock)):
        parts += [name, b"" if found is None else found if isinstance(found, bytes) else "!" + found,
                  "" if found is None else "+"]
    for language, translated in sorted(snapshot.translations.items()):
        parts += ["translation", language, key(context, translated)]
    return digest(*parts)


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

    text: str  # a digest of the listing and the stats
    listing: tuple[str, ...]
    newest_ns: int


def stamp(folder: Path, *, translation: bool = False) -> Stamp | None:
    """The folder's stamp (with its translation sub-folders'), or None when it cannot be taken (the
    check then reports why)."""
    names, stats, newest = [], [], 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                is_dir = entry.is_dir()
                names.append(f"{entry.name}/" if is_dir else entry.name)
                if is_dir and not translation and is_translation(folder / entry.name):
                    inner = stamp(folder / entry.name, translation=True)
                    if inner is None:
                        return None
                    stats.append(f"/{entry.name}/:{inner.text}")
                    newest = max(newest, inner.newest_ns)
                elif _read(entry.name):
                    stat = entry.stat()  # follows a link, as reading the file does
                    stats.append(f"{entry.name}:{stat.st_mode}:{stat.st_size}:{stat.st_mtime_ns}:"
                                 f"{stat.st_ctime_ns}:{stat.st_ino}")
                    newest = max(newest, stat.st_mtime_ns, stat.st_ctime_ns)
        if not translation:
            people, changed = _people_stat(folder.parent / PEOPLE_NAME)
            stats.append(people)
            newest = max(newest, changed)
    except OSError:
        return None
    listing = tuple(sorted(names))
    # A digest, each part ended by a NUL (which no file name holds): two listings never share a
    # stamp, and a name that is not UTF-8 becomes plain text the cache can store.
    return Stamp(digest(*listing, "", *sorted(stats)), listing, newest)


def _people_stat(path: Path) -> tuple[str, int]:
    """The content root's people.yaml in a stamp (every article's verdict depends on it), and when it changed."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        if path.is_symlink():  # a dangling link is read as "not a regular file", unlike no file at all
            link = path.lstat()
            return f"/{PEOPLE_NAME}:dangling:{os.readlink(path)}:{link.st_ctime_ns}", link.st_ctime_ns
        return f"/{PEOPLE_NAME}:none", 0
    return (f"/{PEOPLE_NAME}:{stat.st_mode}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}",
            max(stat.st_mtime_ns, stat.st_ctime_ns))


def context_salt(schemas_folder: Path) -> str:
    """What every verdict depends on besides the article and its configuration: alsinfo and the schemas."""
    from alsinfo import __version__

    schema_bytes = b"".join(path.read_bytes() for path in sorted(schemas_folder.glob("*.json")))
    return digest(__version__, code_stamp(), schema_bytes)


def context_key(salt: str, config: object) -> str:
    """The context of a verdict: the salt and the configuration (its repr names every setting)."""
    return digest(salt, repr(config))


def code_stamp() -> str:
    """Each module of alsinfo, and each learnt model its rules read (rules/models/*.json), by name, size and
    modification time: the version alone would let an edited checkout (an editable install, a developer's
    tree) serve results its old code or weights made."""
    package = Path(__file__).parent
    parts = []
    for folder, _, names in os.walk(package):
        for name in names:
            if name.endswith((".py", ".json")):
                path = os.path.join(folder, name)
                stat = os.stat(path)
                parts.append(f"{os.path.relpath(path, package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(sorted(parts))
