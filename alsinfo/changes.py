"""Which articles to check for `validate --changed`: those with content files changed since a git ref."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

from alsinfo.content import KINDS, SUFFIX, ArticleTarget, is_article_folder


class ChangesError(Exception):
    """git could not say what changed (not a repository, unknown ref): a usage error."""


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ChangesError(f"cannot run git: {error}") from None
    if done.returncode != 0:
        raise ChangesError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def default_base(folder: Path) -> str:
    """The merge base of HEAD with the default branch (origin's HEAD, else main or master)."""
    candidates = []
    with contextlib.suppress(ChangesError):
        candidates.append(_git(folder, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD").strip())
    candidates += ["origin/main", "origin/master", "main", "master"]
    for ref in candidates:
        try:
            return _git(folder, "merge-base", "HEAD", ref).strip()
        except ChangesError:
            continue
    raise ChangesError("cannot find the default branch to compare with; name a ref with --since")


def changed_articles(root: Path, since: str | None) -> list[ArticleTarget]:
    """Article folders under ``root`` with a content file added, changed, removed or untracked since
    ``since`` (default: the merge base with the default branch). Each is checked whole, so files
    whose links point at a changed file are checked again too."""
    top = Path(_git(root, "rev-parse", "--show-toplevel").strip())
    base = since if since is not None else default_base(root)
    names = _git(top, "diff", "--name-only", "--no-renames", base, "--").splitlines()
    names += _git(top, "ls-files", "--others", "--exclude-standard").splitlines()
    root = root.resolve()
    folders: set[Path] = set()
    for name in names:
        path = (top / name).resolve()
        if path.name in {f"{kind}{SUFFIX}" for kind in KINDS} and root in path.parents:
            folders.add(path.parent)
    return [ArticleTarget(folder) for folder in sorted(folders) if is_article_folder(folder)]
