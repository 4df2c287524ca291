"""What checking yields, as records light enough to import on a cached run: verdicts, results, cache rows.

Nothing here parses YAML or validates: a run whose every article comes from the cache imports this
module, never the loader, the schemas or the rules.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from alsinfo.content import ArticleTarget
from alsinfo.problems import SEVERITY_NAMED, Problem

if TYPE_CHECKING:
    from alsinfo.model import Article


class Verdict(NamedTuple):
    """What checking one article's snapshot found.

    Problems name files relative to the article folder ("faq.yaml", "" for the folder): nothing in
    a verdict depends on where it is shown from, so it can be cached and shown from anywhere.
    """

    problems: tuple[Problem, ...]
    files_checked: int
    valid_until: dt.date | None  # the last day these problems hold (date checks); None: any day
    article: Article | None  # the model, built once, when the article has no errors
    data: Mapping[str, Any] | None  # the files' data it was built from, for the cache


class ArticleResult(NamedTuple):
    """One article's problems as a run shows them (paths relative to the run's folder, narrowed to
    the files named), and what identifies its verdict for caches of what is made from it."""

    target: ArticleTarget
    problems: Sequence[Problem]
    files_checked: int
    verdict_id: str = ""  # a digest of the article folder and its problems; "" when not known
    notes: tuple[str, ...] = ()  # what the report of the files named cannot show (see engine)


def holds_on(today: dt.date, made_on: object, valid_until: object) -> bool:
    """Whether a verdict made on ``made_on`` that holds until ``valid_until`` (ISO dates; "" for any
    day) still stands ``today``: never before the day it was made, since a clock set back could
    make a past date future again. Anything else than ISO text, as from an older cache, does not."""
    if not isinstance(made_on, str) or not isinstance(valid_until, str) or not made_on:
        return False
    day = today.isoformat()  # ISO dates compare as text
    return made_on <= day and (valid_until == "" or day <= valid_until)


def horizon_text(valid_until: dt.date | None) -> str:
    """A last valid day as stored: ISO, or "" for any day."""
    return valid_until.isoformat() if valid_until is not None else ""


class CheckReport(NamedTuple):
    problems: tuple[Problem, ...]
    files_checked: int
    articles_checked: int


def display_path(path: Path, base: Path, root: Path | None = None) -> str:
    """``path`` relative to ``root`` when given and below it (the embedded article's root:
    `als-stem-cell-therapy/faq.yaml`, never a path into site-packages); else relative to ``base``
    when below it (what editors can click); else absolute."""
    for start in (root, base):
        if start is not None and path.is_relative_to(start):
            return path.relative_to(start).as_posix()
    return path.as_posix()


def shown_from(problems: Sequence[Problem], folder: Path, base: Path, root: Path | None = None) -> tuple[Problem, ...]:
    """A verdict's problems with each file named as seen from ``base`` (see display_path)."""
    names: dict[str, str] = {}
    shown = []
    for problem in problems:
        if problem.file not in names:  # "../people.yaml" is the content root's: shown without the ".."
            where = folder / problem.file
            names[problem.file] = display_path(Path(os.path.normpath(where)) if ".." in where.parts else where,
                                               base, root)
        shown.append(problem._replace(file=names[problem.file]))
    return tuple(shown)


def narrow(target: ArticleTarget, problems: Sequence[Problem]) -> Sequence[Problem]:
    """The problems (files named relative to the article folder) of the files named on the command
    line, when only some were."""
    if target.only is None:
        return problems
    wanted = {path.name for path in target.only}
    return tuple(problem for problem in problems if problem.file in wanted)


def encode_problems(problems: Sequence[Problem]) -> str:
    """A verdict's problems as the cache keeps them: JSON naming each file once, and each problem as
    its file's number and a row (a third smaller and twice as quick to encode as a mapping)."""
    files: dict[str, int] = {}
    rows = []
    for p in problems:
        if p.file not in files:
            files[p.file] = len(files)
        rows.append([files[p.file], p.rule, p.name, p.severity, p.line, p.column, p.path, p.message])
    # ASCII: a name that is not UTF-8 (a lone surrogate) is escaped, so SQLite can store it.
    return json.dumps({"files": list(files), "rows": rows})


def decode_problems(encoded: str) -> tuple[Problem, ...]:
    stored = json.loads(encoded)
    files = stored["files"]
    return tuple(Problem(rule, name, SEVERITY_NAMED[severity], files[file], line, column, path, message)
                 for file, rule, name, severity, line, column, path, message in stored["rows"])


class CachedProblems(Sequence[Problem]):
    """A verdict's problems as the cache keeps them (see encode_problems), shown from ``base`` and
    decoded on first use: a run that prints what a reporter kept of them never rebuilds them."""

    __slots__ = ("_base", "_decoded", "_encoded", "_folder", "_root")

    def __init__(self, encoded: str, folder: Path, base: Path, root: Path | None = None) -> None:
        self._encoded = encoded
        self._folder = folder
        self._base = base
        self._root = root
        self._decoded: tuple[Problem, ...] | None = None

    def _problems(self) -> tuple[Problem, ...]:
        if self._decoded is None:
            self._decoded = shown_from(decode_problems(self._encoded), self._folder, self._base, self._root)
        return self._decoded

    @overload
    def __getitem__(self, index: int) -> Problem: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Problem]: ...

    def __getitem__(self, index: int | slice) -> Problem | Sequence[Problem]:
        return self._problems()[index]

    def __len__(self) -> int:
        return len(self._problems())

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._problems())

    def __eq__(self, other: object) -> bool:  # equal to the same problems however they are held
        return isinstance(other, Sequence) and self._problems() == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CachedProblems({self._problems()!r})"
