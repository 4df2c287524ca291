"""Find what to check: content roots, article folders and their files, each of a known kind."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

KINDS: tuple[str, ...] = ("article", "sections", "tables", "faq", "references")
REQUIRED_KINDS: tuple[str, ...] = ("article", "sections")
SUFFIX = ".yaml"


class ContentPathError(Exception):
    """A path given by the user is not content alsinfo can check (a usage error, not a content problem)."""


class ArticleTarget(NamedTuple):
    """One article folder to check; ``only`` limits the report to some of its files."""

    folder: Path
    only: frozenset[Path] | None = None

    @property
    def article_id(self) -> str:
        return self.folder.name

    def kind_path(self, kind: str) -> Path:
        return self.folder / f"{kind}{SUFFIX}"


def kind_of(path: Path) -> str | None:
    """The kind of a content file, from its name (``faq.yaml`` is a faq), or None."""
    if path.suffix == SUFFIX and path.stem in KINDS:
        return path.stem
    return None


FileState = Literal["regular", "missing", "other"]


def file_state(path: Path) -> FileState:
    """Whether a content file is there to read ("regular"), absent ("missing"), or something else
    stands in its place ("other": a folder, pipe, device or dangling link, which is never read)."""
    if path.is_file():
        return "regular"
    return "other" if path.exists() or path.is_symlink() else "missing"


def is_article_folder(folder: Path) -> bool:
    return any((folder / f"{kind}{SUFFIX}").is_file() for kind in KINDS)


def articles_in_root(root: Path) -> list[ArticleTarget]:
    """Every article folder directly under a content root, in name order.

    A folder that is a link is given as the folder it points to, as a folder named on the command
    line is: where an article really is decides its configuration and per-file ignores, so its
    cached verdict is kept under that place (validate and the readers agree on both).
    """
    # Names, not Paths, sorted (comparing Paths costs more than listing), and the listing's own
    # file types: this runs on every `validate`, cached ones included, for thousands of folders.
    try:
        with os.scandir(root) as listing:
            entries = sorted((entry.name, entry.is_symlink()) for entry in listing
                             if not entry.name.startswith((".", "_")) and entry.is_dir())
    except OSError as error:
        raise ContentPathError(f"cannot list '{root}': {error.strerror or error}") from None
    return [ArticleTarget((root / name).resolve() if linked else root / name) for name, linked in entries]


def resolve_targets(paths: Sequence[Path]) -> list[ArticleTarget]:
    """Turn command-line paths (content roots, article folders, single files) into article targets.

    Files of one article are grouped, so that cross-file checks see the whole article while the
    report keeps to the files named. Raises ContentPathError for paths that are not content.
    """
    targets: dict[Path, set[Path] | None] = {}
    for given in paths:
        path = given.resolve()
        if not path.exists():
            raise ContentPathError(f"path '{given}' does not exist")
        if path.is_file():
            if kind_of(path) is None:
                expected = ", ".join(f"{kind}{SUFFIX}" for kind in KINDS)
                raise ContentPathError(
                    f"cannot tell what kind of content '{given}' is: content files are named {expected}")
            only = targets.setdefault(path.parent, set())
            if only is not None:
                only.add(path)
        elif is_article_folder(path):
            targets[path] = None
        else:
            articles = articles_in_root(path)
            if not articles:
                raise ContentPathError(f"no articles found in '{given}': expected folders holding "
                                       "article.yaml, sections.yaml and the other content files")
            for article in articles:
                targets[article.folder] = None
    return [ArticleTarget(folder, None if only is None else frozenset(only))
            for folder, only in targets.items()]


def unknown_entries(folder: Path) -> Iterable[Path]:
    """Files and folders in an article folder that are not content files (hidden ones aside)."""
    known = {f"{kind}{SUFFIX}" for kind in KINDS}
    for name in sorted(os.listdir(folder)):  # names, not Paths: sorting Paths costs more than listing
        if name not in known and not name.startswith("."):
            yield folder / name
