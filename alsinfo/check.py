"""Run every check over the targets: load each file, validate it, then check each article whole."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from alsinfo import integrity
from alsinfo.config import Config
from alsinfo.content import KINDS, REQUIRED_KINDS, SUFFIX, ArticleTarget, unknown_entries
from alsinfo.loader import Document, load_file
from alsinfo.problems import Problem, ProblemKind, Severity
from alsinfo.schemas import SchemaSet

MISSING_FILE = ProblemKind("I304", "missing-file", Severity.ERROR, "An article folder lacks a required file.")
UNKNOWN_FILE = ProblemKind("I305", "unknown-file", Severity.ERROR, "An article folder holds an unknown file.")

KINDS_OF_PROBLEMS = (MISSING_FILE, UNKNOWN_FILE)


@dataclass(frozen=True)
class ArticleResult:
    """What checking one article found, and its documents when they all loaded and passed."""

    target: ArticleTarget
    problems: tuple[Problem, ...]
    documents: dict[str, Document] = field(default_factory=dict)
    files_checked: int = 0

    @property
    def valid(self) -> bool:
        return not any(problem.severity is Severity.ERROR for problem in self.problems)


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[Problem, ...]
    files_checked: int
    articles_checked: int


def display_path(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` when it lies below it, else absolute: what editors can click."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def check_article(target: ArticleTarget, *, schemas: SchemaSet, today: dt.date, base: Path,
                  config: Config | None = None) -> ArticleResult:
    """Load, validate and cross-check one article folder; when it is sound, run the editorial rules.

    ``config`` None means no editorial rules (structure only); ``Config()`` means every rule with
    its defaults.
    """
    problems: list[Problem] = []
    documents: dict[str, Document] = {}
    present: set[str] = set()
    for kind in KINDS:
        path = target.kind_path(kind)
        file = display_path(path, base)
        if not path.is_file():
            if kind in REQUIRED_KINDS:
                problems.append(MISSING_FILE.at(file, 1, 1, (), f"missing file: every article needs {kind}{SUFFIX}"))
            continue
        present.add(kind)
        loaded = load_file(path, file)
        problems.extend(loaded.problems)
        if loaded.document is None:
            continue
        schema_problems = schemas.check(kind, loaded.document)
        problems.extend(schema_problems)
        if not schema_problems:
            documents[kind] = loaded.document
    for entry in unknown_entries(target.folder):
        problems.append(_unknown_entry(entry, base))
    problems.extend(integrity.check_article(documents, present=frozenset(present), today=today))
    sound = set(documents) == present and not any(p.severity is Severity.ERROR for p in problems)
    if config is not None and sound and set(REQUIRED_KINDS) <= present:
        from alsinfo.editorial import check_rules

        paths = {kind: target.kind_path(kind) for kind in documents}
        problems.extend(check_rules(target.article_id, documents, paths, today=today, config=config))
    if target.only is not None:
        wanted = {display_path(path, base) for path in target.only}
        problems = [problem for problem in problems if problem.file in wanted]
    files = len(target.only) if target.only is not None else len(present)
    return ArticleResult(target, tuple(sorted(problems, key=Problem.sort_key)), documents, files)


def _unknown_entry(entry: Path, base: Path) -> Problem:
    names = [f"{kind}{SUFFIX}" for kind in KINDS]
    guess = difflib.get_close_matches(entry.name, names, n=1, cutoff=0.6)
    hint = f"did you mean '{guess[0]}'? " if guess else ""
    what = "folder" if entry.is_dir() else "file"
    return UNKNOWN_FILE.at(display_path(entry, base), 1, 1, (),
                           f"unknown {what} in an article folder; {hint}content files are {', '.join(names)}")


def check_targets(targets: Sequence[ArticleTarget], *, schemas: SchemaSet, today: dt.date, base: Path,
                  config_for: Callable[[Path], Config | None] = lambda folder: None) -> CheckReport:
    """Check every target article, each with its configuration; problems come sorted by file and position."""
    problems: list[Problem] = []
    files = 0
    for target in targets:
        result = check_article(target, schemas=schemas, today=today, base=base, config=config_for(target.folder))
        problems.extend(result.problems)
        files += result.files_checked
    return CheckReport(tuple(problems), files, len(targets))
