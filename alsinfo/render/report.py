"""Validation reporters (text, json, github, sarif), registered by name; `--format` offers their names.

Every format is written as it goes: a head, then each problem's item, then a tail with the
summary. Items are made in blocks, one per article, which the cache may keep (``KeptBlocks``), so a
run never holds more than an article's problems, and a cached run prints its blocks without
rebuilding a single problem.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from alsinfo.problems import Problem, Severity, count_by_severity
from alsinfo.render.safe import json_text, one_line, printable

if TYPE_CHECKING:
    from rich.console import RenderableType

    from alsinfo.cache import Cache
    from alsinfo.results import CheckReport

JSON_FORMAT_VERSION = 1
BLOCK_FORMAT = 3  # how ReportBlock encodes itself for the cache: a new layout changes it


class Summary(NamedTuple):
    """What a report ends with: the shown problems by severity, the files they are in, and how
    much was checked."""

    counts: dict[Severity, int]
    affected: int
    files: int
    articles: int
    source: str = ""  # the content checked, when no path was given: "the embedded article", ...
    hidden: int = 0  # problems below --min-severity, not shown
    failed: bool = False  # whether the run fails (errors, or warnings with --strict), shown or not
    notes: tuple[str, ...] = ()  # what the rules could not do (see check.Verdict.notes)

    @classmethod
    def of(cls, report: CheckReport) -> Summary:
        affected = len({problem.file for problem in report.problems})
        counts = count_by_severity(report.problems)
        return cls(counts, affected, report.files_checked, report.articles_checked, failed=counts[Severity.ERROR] > 0)


class Reporter(NamedTuple):
    """A report format: ``head()``, then every problem's ``item`` joined by ``separator``, then
    ``tail(summary)``. ``item`` runs in worker processes, so it is a module-level function."""

    name: str
    description: str
    item: Callable[[Problem], str]
    tail: Callable[[Summary], str]
    head: Callable[[], str]
    separator: str

    def render(self, report: CheckReport) -> str:
        """A whole report at once."""
        return self.head() + self.separator.join(map(self.item, report.problems)) + self.tail(Summary.of(report))


REPORTERS: dict[str, Reporter] = {}

ItemFunction = Callable[[Problem], str]
Decorator = Callable[[ItemFunction], ItemFunction]


def _nothing() -> str:
    return ""


def register_reporter(name: str, description: str, *, tail: Callable[[Summary], str],
                      head: Callable[[], str] = _nothing, separator: str = "") -> Decorator:
    """Register a format under ``name``: adding one is a decorated item function, its tail and head."""

    def add(item: ItemFunction) -> ItemFunction:
        REPORTERS[name] = Reporter(name, description, item, tail, head, separator)
        return item

    return add


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_text(summary: Summary) -> str:
    """The closing line: what was found, in how many files, of how much checked (and where)."""
    checked = f"{_plural(summary.files, 'file')} in {_plural(summary.articles, 'article')}"
    where = f" Content: {summary.source}." if summary.source else ""
    if not any(summary.counts.values()):
        found = "No problems shown" if summary.hidden else "No problems found"
        return f"{found}: {checked} checked.{where}"
    parts = [_plural(summary.counts[severity], severity.value) for severity in Severity if summary.counts[severity]]
    return f"Found {', '.join(parts)} in {_plural(summary.affected, 'file')} ({checked} checked).{where}"


def summary_advice(summary: Summary) -> list[str]:
    """What a person reading the text report should know besides the counts: problems hidden by
    --min-severity (and whether the run fails on them), a pass with warnings, rules that could not run."""
    lines = list(summary.notes)
    if summary.hidden:
        fails = " and the run fails on them (--strict)" if summary.failed and not summary.counts[Severity.ERROR] \
            else ""
        verb = "is" if summary.hidden == 1 else "are"
        lines.append(f"{_plural(summary.hidden, 'problem')} below --min-severity {verb} not shown{fails}.")
    if not summary.failed and summary.counts[Severity.WARNING]:
        lines.append("Passed: warnings do not fail a run without --strict. `alsinfo rules ID` explains a rule; "
                     "--ignore ID, or `ignore` in [tool.alsinfo], silences it.")
    return lines


def _summary_line(summary: Summary) -> str:
    return "".join(line + "\n" for line in (summary_text(summary), *summary_advice(summary)))


_LETTER = {Severity.ERROR: "e", Severity.WARNING: "w", Severity.INFO: "i"}
_RANK_OF_LETTER = {letter: severity.rank for severity, letter in _LETTER.items()}


class ReportBlock(NamedTuple):
    """One article's problems as one format's items, with just enough beside them to count and
    filter them: what a cached run prints without rebuilding every problem.

    It is kept in the validation cache as text (see ``encode``): a cached run of thousands of
    articles decodes it by slicing, where JSON would scan every character.
    """

    items: list[str]  # one per problem, in report order
    severities: str  # one letter per problem: e, w or i
    files: list[list[str]]  # per problem severity letter, in `severities` order of first use: [letter, *files]

    def shown(self, floor: int) -> ReportBlock:
        """The problems at least as severe as the rank ``floor``."""
        if all(_RANK_OF_LETTER[letter] >= floor for letter in set(self.severities)):
            return self
        keep = [index for index, letter in enumerate(self.severities) if _RANK_OF_LETTER[letter] >= floor]
        return ReportBlock([self.items[index] for index in keep], "".join(self.severities[index] for index in keep),
                           [entry for entry in self.files if _RANK_OF_LETTER[entry[0]] >= floor])

    def count(self, severity: Severity) -> int:
        return self.severities.count(_LETTER[severity])

    def affected(self) -> set[str]:
        """The files these problems are in."""
        return {file for entry in self.files for file in entry[1:]}

    def encode(self) -> str:
        """A header line (the letters, the files and the items' lengths, tab-separated, the last two
        as JSON, which escapes tabs and newlines), then the items, whatever characters they hold."""
        lengths = json.dumps([len(item) for item in self.items])
        return f"{self.severities}\t{json.dumps(self.files)}\t{lengths}\n{''.join(self.items)}"

    @classmethod
    def decode(cls, encoded: str) -> ReportBlock:
        header, _, text = encoded.partition("\n")
        severities, files, lengths = header.split("\t")
        items, start = [], 0
        for length in json.loads(lengths):
            items.append(text[start:start + length])
            start += length
        return cls(items, severities, json.loads(files))


def report_block(problems: Iterable[Problem], item: ItemFunction) -> ReportBlock:
    """The block of an article's problems, each made by ``item``."""
    items: list[str] = []
    letters: list[str] = []
    files: dict[str, dict[str, None]] = {}  # per letter, the files in first-seen order
    for problem in problems:
        items.append(item(problem))
        letter = _LETTER[problem.severity]
        letters.append(letter)
        files.setdefault(letter, {})[problem.file] = None
    return ReportBlock(items, "".join(letters), [[letter, *named] for letter, named in files.items()])


class KeptBlocks:
    """A reporter's blocks of items, made from each article's problems, or taken from the cache when
    it kept them for the same verdict: a cached run prints them without rebuilding a problem.

    A block is keyed by the verdict's id (the article folder and its problems, under alsinfo's code)
    and ``form``: the format, the block layout and the folder paths are shown from, which is all
    else it depends on.
    """

    def __init__(self, reporter: Reporter, cache: Cache | None, base: str) -> None:
        self.reporter = reporter
        self.cache = cache
        from alsinfo.snapshot import digest

        self.form = f"{reporter.name}:{BLOCK_FORMAT}:{digest(base)}"  # a digest: any folder name is storable
        self.made: list[tuple[str, str, str]] = []

    def of(self, problems: Sequence[Problem], verdict: str) -> ReportBlock:
        if self.cache is not None and verdict:
            kept = self.cache.block(verdict, self.form)
            if kept is not None:
                return ReportBlock.decode(kept)
        block = report_block(problems, self.reporter.item)
        if self.cache is not None and verdict:
            self.made.append((verdict, self.form, block.encode()))
            if len(self.made) >= 256:
                self.flush()
        return block

    def flush(self) -> None:
        if self.cache is not None and self.made:
            self.cache.put_blocks(self.made)
        self.made = []


# The text format.

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@register_reporter("text", "for people", tail=_summary_line)
def plain_line(problem: Problem) -> str:
    """One problem as plain text, `file:line:col: severity rule message  path`, the text format's
    line without styles (a message may have several lines; nothing in it acts on a terminal)."""
    return (f"{one_line(problem.file)}:{problem.line}:{problem.column}: {problem.severity} {problem.rule} "
            + printable(f"{problem.message}  {problem.path}") + "\n")


def text_line(problem: Problem) -> RenderableType:
    """One problem as the text format's line, styled for a terminal."""
    from rich.text import Text

    out = Text()
    out.append(f"{one_line(problem.file)}:{problem.line}:{problem.column}: ", style="bold")
    out.append(problem.severity.value, style=_STYLES[problem.severity])
    out.append(f" {problem.rule} ", style="dim")
    out.append(printable(problem.message))
    out.append(f"  {printable(problem.path)}", style="dim")
    return out


def styled_text(report: CheckReport) -> RenderableType:
    """A whole text report, styled for a terminal."""
    from rich.console import Group
    from rich.text import Text

    return Group(*(text_line(problem) for problem in report.problems),
                 Text(summary_text(Summary.of(report)), style="bold"))


# The JSON format: the problems come before the summary, so that it can be written as it goes.

def _json_head() -> str:
    return f'{{"version": {JSON_FORMAT_VERSION}, "problems": ['


def _json_tail(summary: Summary) -> str:
    counts = summary.counts
    numbers = {"files": summary.files, "articles": summary.articles, "errors": counts[Severity.ERROR],
               "warnings": counts[Severity.WARNING], "infos": counts[Severity.INFO]}
    # One line: reports can hold tens of thousands of problems, and only unindented JSON is
    # written by the C encoder (indenting falls back to Python, several times slower).
    return f'], "summary": {json_text(numbers)}}}\n'


def problem_dict(problem: Problem) -> dict[str, Any]:
    return {"rule": problem.rule, "name": problem.name, "severity": problem.severity,
            "file": problem.file, "line": problem.line, "column": problem.column,
            "path": problem.path, "message": problem.message}


@register_reporter("json", "for programs", head=_json_head, separator=", ", tail=_json_tail)
def json_problem(problem: Problem) -> str:
    return json_text(problem_dict(problem))


# GitHub Actions annotations.

def _github_escape(text: str, *, property_value: bool = False) -> str:
    # GitHub's workflow-command escaping: %, CR and LF always; ':' and ',' inside properties.
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


@register_reporter("github", "GitHub Actions annotations", tail=_summary_line)
def github_annotation(problem: Problem) -> str:
    props = ",".join(f"{key}={_github_escape(printable(str(value)), property_value=True)}" for key, value in (
        ("file", problem.file), ("line", problem.line), ("col", problem.column),
        ("title", f"{problem.rule} {problem.name}")))
    message = _github_escape(printable(f"{problem.message} ({problem.path})"))
    return f"::{_GITHUB_LEVEL[problem.severity]} {props}::{message}\n"


# SARIF 2.1.0: the tool and its rules first, then the results.

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _artifact_uri(file: str) -> str:
    import os
    from pathlib import PurePosixPath
    from urllib.parse import quote

    path = PurePosixPath(file)
    quoted = quote(os.fsencode(str(path)))  # the bytes of a name that is not UTF-8, percent-encoded
    return f"file://{quoted}" if path.is_absolute() else quoted


@functools.cache
def _sarif_rule_index() -> dict[str, int]:
    from alsinfo.catalog import all_checks

    return {info.id: number for number, info in enumerate(all_checks())}


def _sarif_head() -> str:
    from alsinfo import __version__
    from alsinfo.catalog import all_checks

    rules = [{
        "id": info.id,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.doc},
        "help": {"text": info.doc},
        "defaultConfiguration": {"level": _SARIF_LEVEL[info.severity]},
    } for info in all_checks()]
    driver = json_text({"name": "alsinfo", "version": __version__, "rules": rules})
    return (f'{{"$schema": {json_text(SARIF_SCHEMA)}, "version": "2.1.0", '
            f'"runs": [{{"tool": {{"driver": {driver}}}, "results": [')


def _sarif_tail(summary: Summary) -> str:
    return "]}]}\n"


@register_reporter("sarif", "SARIF 2.1.0, for code scanning", head=_sarif_head, separator=", ", tail=_sarif_tail)
def sarif_result(problem: Problem) -> str:
    return json_text({
        "ruleId": problem.rule,
        "ruleIndex": _sarif_rule_index()[problem.rule],
        "level": _SARIF_LEVEL[problem.severity],
        "message": {"text": f"{problem.message} ({problem.path})"},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": _artifact_uri(problem.file)},
                "region": {"startLine": problem.line, "startColumn": problem.column},
            },
            "logicalLocations": [{"fullyQualifiedName": problem.path, "kind": "element"}],
        }],
    })
