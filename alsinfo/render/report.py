"""Validation reporters (text, json, github), registered by name; `--format` offers their names."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from alsinfo.problems import Problem, Severity, count_by_severity
from alsinfo.render.safe import dumps_json, printable

if TYPE_CHECKING:
    from rich.console import RenderableType

    from alsinfo.results import CheckReport

JSON_FORMAT_VERSION = 1


class Reporter(NamedTuple):
    """Turns a check report into output: a str is written as is, anything else goes to Rich."""

    name: str
    description: str
    render: Callable[[CheckReport], str | RenderableType]


REPORTERS: dict[str, Reporter] = {}


RenderFunction = Callable[["CheckReport"], Any]


def register_reporter(name: str, description: str) -> Callable[[RenderFunction], RenderFunction]:
    """Register a reporter under ``name``; adding a format is one decorated function."""

    def add(render: RenderFunction) -> RenderFunction:
        REPORTERS[name] = Reporter(name, description, render)
        return render

    return add


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(report: CheckReport) -> str:
    affected = len({problem.file for problem in report.problems})
    return summary_text(count_by_severity(report.problems), affected, report.files_checked, report.articles_checked)


def summary_text(counts: dict[Severity, int], affected: int, files: int, articles: int) -> str:
    """The closing line: what was found, in how many files, of how much checked."""
    checked = f"{_plural(files, 'file')} in {_plural(articles, 'article')}"
    if not any(counts.values()):
        return f"No problems found: {checked} checked."
    parts = [_plural(counts[severity], severity.value) for severity in Severity if counts[severity]]
    return f"Found {', '.join(parts)} in {_plural(affected, 'file')} ({checked} checked)."


_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def plain_line(problem: Problem) -> str:
    """One problem as plain text, the text format's line without styles."""
    return printable(f"{problem.file}:{problem.line}:{problem.column}: {problem.severity} {problem.rule} "
                     f"{problem.message}  {problem.path}")


_LETTER = {Severity.ERROR: "e", Severity.WARNING: "w", Severity.INFO: "i"}
_RANK_OF_LETTER = {letter: severity.rank for severity, letter in _LETTER.items()}


# Between lines in the cache: a control character, so printable() has escaped any in the lines
# themselves (which may hold a newline: a message can have several lines).
_LINE_SEPARATOR = "\x1e"


class PlainBlock(NamedTuple):
    """One article's problems as the plain text report prints them, with just enough beside the
    lines to count and filter them: what a cached run prints without rebuilding every problem.

    It is kept in the validation cache as text (see ``encode``): a cached run of thousands of
    articles decodes it by splitting, where JSON would scan every character.
    """

    lines: list[str]  # one per problem, in report order, newline-terminated
    severities: str  # one letter per problem: e, w or i
    files: list[list[str]]  # per problem severity letter, in `severities` order of first use: [letter, *files]

    def shown(self, floor: int) -> PlainBlock:
        """The problems at least as severe as the rank ``floor``."""
        if all(_RANK_OF_LETTER[letter] >= floor for letter in set(self.severities)):
            return self
        keep = [index for index, letter in enumerate(self.severities) if _RANK_OF_LETTER[letter] >= floor]
        return PlainBlock([self.lines[index] for index in keep], "".join(self.severities[index] for index in keep),
                          [entry for entry in self.files if _RANK_OF_LETTER[entry[0]] >= floor])

    def count(self, severity: Severity) -> int:
        return self.severities.count(_LETTER[severity])

    def affected(self) -> set[str]:
        """The files these problems are in."""
        return {file for entry in self.files for file in entry[1:]}

    def encode(self) -> str:
        """A header line (the letters, a tab, the files as JSON), then the lines between separators."""
        return f"{self.severities}\t{json.dumps(self.files, ensure_ascii=False)}\n{_LINE_SEPARATOR.join(self.lines)}"

    @classmethod
    def decode(cls, encoded: str) -> PlainBlock:
        header, _, text = encoded.partition("\n")  # JSON escapes any newline in a file's name
        severities, _, files = header.partition("\t")
        return cls(text.split(_LINE_SEPARATOR) if text else [], severities, json.loads(files))


def plain_block(problems: Iterable[Problem]) -> PlainBlock:
    """The block of an article's problems."""
    lines: list[str] = []
    letters: list[str] = []
    files: dict[str, dict[str, None]] = {}  # per letter, the files in first-seen order
    for problem in problems:
        lines.append(plain_line(problem) + "\n")
        letter = _LETTER[problem.severity]
        letters.append(letter)
        files.setdefault(letter, {})[problem.file] = None
    return PlainBlock(lines, "".join(letters), [[letter, *named] for letter, named in files.items()])


def encoded_plain_block(problems: Iterable[Problem]) -> str:
    """The block of an article's problems, encoded for the cache (a module-level function: the
    engine hands it to workers)."""
    return plain_block(problems).encode()


def text_line(problem: Problem) -> RenderableType:
    """One problem as `file:line:col: severity rule message  path` (the text format's line)."""
    from rich.text import Text

    out = Text()
    out.append(f"{printable(problem.file)}:{problem.line}:{problem.column}: ", style="bold")
    out.append(problem.severity.value, style=_STYLES[problem.severity])
    out.append(f" {problem.rule} ", style="dim")
    out.append(printable(problem.message))
    out.append(f"  {printable(problem.path)}", style="dim")
    return out


@register_reporter("text", "for people")
def render_text(report: CheckReport) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    return Group(*(text_line(problem) for problem in report.problems), Text(summary_line(report), style="bold"))


def problem_dict(problem: Problem) -> dict[str, Any]:
    return {"rule": problem.rule, "name": problem.name, "severity": problem.severity,
            "file": problem.file, "line": problem.line, "column": problem.column,
            "path": problem.path, "message": problem.message}


@register_reporter("json", "for programs")
def render_json(report: CheckReport) -> str:
    counts = count_by_severity(report.problems)
    document = {
        "version": JSON_FORMAT_VERSION,
        "summary": {"files": report.files_checked, "articles": report.articles_checked,
                    "errors": counts[Severity.ERROR], "warnings": counts[Severity.WARNING],
                    "infos": counts[Severity.INFO]},
        "problems": [problem_dict(problem) for problem in report.problems],
    }
    # One line: reports can hold tens of thousands of problems, and only unindented JSON is
    # written by the C encoder (indenting falls back to Python, several times slower).
    return dumps_json(document, indent=None)


def _github_escape(text: str, *, property_value: bool = False) -> str:
    # GitHub's workflow-command escaping: %, CR and LF always; ':' and ',' inside properties.
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


@register_reporter("github", "GitHub Actions annotations")
def render_github(report: CheckReport) -> str:
    lines = []
    for problem in report.problems:
        props = ",".join(f"{key}={_github_escape(str(value), property_value=True)}" for key, value in (
            ("file", problem.file), ("line", problem.line), ("col", problem.column),
            ("title", f"{problem.rule} {problem.name}")))
        message = _github_escape(printable(f"{problem.message} ({problem.path})"))
        lines.append(f"::{_GITHUB_LEVEL[problem.severity]} {props}::{message}")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _artifact_uri(file: str) -> str:
    from pathlib import PurePosixPath
    from urllib.parse import quote

    path = PurePosixPath(file)
    return f"file://{quote(str(path))}" if path.is_absolute() else quote(str(path))


@register_reporter("sarif", "SARIF 2.1.0, for code scanning")
def render_sarif(report: CheckReport) -> str:
    from alsinfo import __version__
    from alsinfo.catalog import all_checks

    checks = all_checks()
    index = {info.id: number for number, info in enumerate(checks)}
    rules = [{
        "id": info.id,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.doc},
        "help": {"text": info.doc},
        "defaultConfiguration": {"level": _SARIF_LEVEL[info.severity]},
    } for info in checks]
    results = [{
        "ruleId": problem.rule,
        "ruleIndex": index[problem.rule],
        "level": _SARIF_LEVEL[problem.severity],
        "message": {"text": f"{problem.message} ({problem.path})"},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": _artifact_uri(problem.file)},
                "region": {"startLine": problem.line, "startColumn": problem.column},
            },
            "logicalLocations": [{"fullyQualifiedName": problem.path, "kind": "element"}],
        }],
    } for problem in report.problems]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "alsinfo", "version": __version__, "rules": rules}},
                  "results": results}],
    }
    return dumps_json(log, indent=None)
