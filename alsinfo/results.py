"""What checking yields, as records light enough to import on a cached run: results, reports, cache rows.

Nothing here parses YAML or validates: a run whose every article comes from the cache imports this
module, never the loader, the schemas or the rules.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from alsinfo.content import ArticleTarget
from alsinfo.problems import SEVERITY_NAMED, Problem, Severity

if TYPE_CHECKING:
    from alsinfo.loader import Document


class ArticleResult(NamedTuple):
    """What checking one article found, and its documents when they all loaded and passed.

    (A NamedTuple, like the other records on this path: a dataclass compiles its methods when its
    module is imported, which every `validate` start would pay for.)
    """

    target: ArticleTarget
    problems: Sequence[Problem]
    documents: Mapping[str, Document] = {}
    files_checked: int = 0
    # What a cache may keep of this run: per kind of file, its load and schema problems and data.
    file_payloads: Mapping[str, dict[str, Any]] = {}
    all_problems: Sequence[Problem] = ()  # before `only` narrowed them: what the article cache keeps
    # What the caller's `prepare` made of the problems (see Engine), when it asked for it.
    prepared: Any = None
    # The last day these problems hold, for checks that depend on today's date; None: any day.
    valid_until: dt.date | None = None

    @property
    def valid(self) -> bool:
        return not any(problem.severity is Severity.ERROR for problem in self.problems)


def holds_on(today: dt.date, made_on: object, valid_until: object) -> bool:
    """Whether a result made on ``made_on`` that holds until ``valid_until`` (ISO dates; "" for any
    day) still stands ``today``: never before the day it was made, since a clock set back could
    make a past date future again. Anything else than ISO text, as from an older cache, does not."""
    if not isinstance(made_on, str) or not isinstance(valid_until, str) or not made_on:
        return False
    day = today.isoformat()  # ISO dates compare as text
    return made_on <= day and (valid_until == "" or day <= valid_until)


def horizon_text(result: ArticleResult) -> str:
    """The result's last valid day as stored: ISO, or "" for any day."""
    return result.valid_until.isoformat() if result.valid_until is not None else ""


class CheckReport(NamedTuple):
    problems: tuple[Problem, ...]
    files_checked: int
    articles_checked: int


def display_path(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` when it lies below it, else absolute: what editors can click."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def narrow(target: ArticleTarget, problems: Sequence[Problem], base: Path) -> Sequence[Problem]:
    """The problems of the files named on the command line, when only some were."""
    if target.only is None:
        return problems
    wanted = {display_path(path, base) for path in target.only}
    return tuple(problem for problem in problems if problem.file in wanted)


def files_in(target: ArticleTarget, present: set[str] | frozenset[str]) -> int:
    return len(target.only) if target.only is not None else len(present)


def problem_row(problem: Problem) -> list[Any]:
    """A problem as cache data, a list (a third smaller and twice as quick to encode as a mapping);
    its file is given by the entry, so it is not stored."""
    return [problem.rule, problem.name, problem.severity, problem.line, problem.column, problem.path, problem.message]


def problem_from_row(row: Sequence[Any], file: str) -> Problem:
    rule, name, severity, line, column, path, message = row
    return Problem(rule, name, SEVERITY_NAMED[severity], file, line, column, path, message)


def encode_problems(problems: Sequence[Problem], absolute: Callable[[str], str]) -> str:
    """An article's problems as the cache keeps them: JSON naming each file once, absolute (by
    ``absolute``, from the shown name), and each problem as its file's number and its row."""
    files: dict[str, int] = {}
    rows = []
    for problem in problems:
        if problem.file not in files:
            files[problem.file] = len(files)
        rows.append([files[problem.file], *problem_row(problem)])
    return json.dumps({"files": [absolute(file) for file in files], "rows": rows}, ensure_ascii=False)


class CachedProblems(Sequence[Problem]):
    """An article's problems as the cache keeps them (see encode_problems), decoded on first use:
    a run that prints what was prepared from them never pays for rebuilding them."""

    __slots__ = ("_base", "_decoded", "_encoded")

    def __init__(self, encoded: str, base: Path) -> None:
        self._encoded = encoded
        self._base = base
        self._decoded: tuple[Problem, ...] | None = None

    def _problems(self) -> tuple[Problem, ...]:
        if self._decoded is None:
            stored = json.loads(self._encoded)
            shown = [display_path(Path(file), self._base) for file in stored["files"]]
            self._decoded = tuple(problem_from_row(row[1:], shown[row[0]]) for row in stored["rows"])
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
