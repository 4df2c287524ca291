"""Problems: what every check yields, as plain data with a location and a rule id."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

JsonPath = tuple[str | int, ...]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used for sorting and for --min-severity style filters."""
        return _RANKS[self]


# Members are their values (a StrEnum), so they are used as such where thousands of problems go
# through: an enum's .value and Severity(text) are each several times slower than a dict lookup.
_RANKS = {"error": 3, "warning": 2, "info": 1}
SEVERITY_NAMED = {severity.value: severity for severity in Severity}


class Problem(NamedTuple):
    """One finding about content: where it is, which rule found it and what to do."""

    rule: str
    name: str
    severity: Severity
    file: str
    line: int
    column: int
    path: str
    message: str

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.rule, self.message)


def format_json_path(path: JsonPath) -> str:
    """Render a path as JSONPath, e.g. ``$.entries[2].answer``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif part.isidentifier():
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


def count_by_severity(problems: Iterable[Problem]) -> dict[Severity, int]:
    counts = {severity: 0 for severity in Severity}
    for problem in problems:
        counts[problem.severity] += 1
    return counts


class ProblemKind(NamedTuple):
    """A kind of problem a built-in check reports: its id, short name and severity."""

    rule: str
    name: str
    severity: Severity
    summary: str

    def at(self, file: str, line: int, column: int, path: JsonPath, message: str) -> Problem:
        return Problem(
            rule=self.rule,
            name=self.name,
            severity=self.severity,
            file=file,
            line=line,
            column=column,
            path=format_json_path(path),
            message=message,
        )
