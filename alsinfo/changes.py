"""Which articles to check for `validate --changed`: those with any file changed since a git ref."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

from alsinfo.content import ArticleTarget, is_article_folder


class ChangesError(Exception):
    """git could not say what changed (not a repository, unknown ref): a usage error."""


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ChangesError(f"cannot run git: {error}") from None
    if done.returncode != 0:
        message = os.fsdecode(done.stderr).strip() or "failed"
        raise ChangesError(f"git {' '.join(args)}: {message}")
    return os.fsdecode(done.stdout)  # names as the file system has them, whatever their encoding


def _commit(folder: Path, ref: str) -> str:
    """The commit ``ref`` names; a ref that git could read as an option is refused before git sees it."""
    if not ref or ref.startswith("-"):
        raise ChangesError(f"'{ref}' is not a git ref")
    try:
        return _git(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}").strip()
    except ChangesError:
        raise ChangesError(f"'{ref}' is not a commit in this repository") from None


def default_base(folder: Path) -> str:
    """The merge base of HEAD with the default branch (origin's HEAD, else main or master).

    On the default branch itself that merge base is HEAD, and comparing HEAD with itself would find
    only uncommitted changes: that is refused, so that CI on the default branch never passes by
    checking nothing.
    """
    head = _commit(folder, "HEAD")
    candidates = []
    with contextlib.suppress(ChangesError):
        candidates.append(_git(folder, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD").strip())
    candidates += ["origin/main", "origin/master", "main", "master"]
    for ref in candidates:
        try:
            base = _git(folder, "merge-base", "HEAD", _commit(folder, ref)).strip()
        except ChangesError:
            continue
        if base == head:
            raise ChangesError(f"HEAD is the tip of the default branch ({ref}), so nothing has changed since it; "
                               "name the ref to compare with, e.g. --since HEAD~1")
        return base
    raise ChangesError("cannot find the default branch to compare with; name a ref with --since")


def changed_articles(root: Path, since: str | None) -> list[ArticleTarget]:
    """Article folders under ``root`` with a file added, changed, removed or untracked since
    ``since`` (default: the merge base with the default branch). Any file counts, not only content
    files: a stray `faqs.yaml` makes its article fail. Each article is checked whole, so files whose
    links point at a changed file are checked again too."""
    root = root.resolve()
    top = Path(_git(root, "rev-parse", "--show-toplevel").strip())
    base = _commit(root, since) if since is not None else default_base(root)
    # -z: names exactly as they are (git would quote names with tabs, quotes or non-ASCII letters).
    names = _git(top, "diff", "-z", "--name-only", "--no-renames", base, "--").split("\0")
    names += _git(top, "ls-files", "-z", "--others", "--exclude-standard").split("\0")
    if is_article_folder(root):  # one article named: it, if anything in it changed
        inside = any(root in (top / name).parents for name in filter(None, names))
        return [ArticleTarget(root)] if inside else []
    folders: set[Path] = set()
    for name in filter(None, names):
        path = top / name
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        if len(relative.parts) >= 2:  # a file inside an article folder, at any depth
            folders.add(root / relative.parts[0])
        elif (root / relative).is_dir():
            folders.add(root / relative)
    return [ArticleTarget(folder) for folder in sorted(folders) if is_article_folder(folder)]
