"""`alsinfo validate`: check content against schemas and cross-file rules, report every problem."""

import contextlib
import functools
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from alsinfo.cli.common import (
    ContentOption,
    JsonOption,
    NoColorOption,
    UsageError,
    find_content,
    guarded,
    silence_stdout,
)
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode
from alsinfo.problems import Severity
from alsinfo.render.report import REPORTERS
from alsinfo.render.safe import printable

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from alsinfo.cache import Cache
    from alsinfo.cli.common import ContentSource
    from alsinfo.config import Config
    from alsinfo.content import ArticleTarget
    from alsinfo.engine import Engine
    from alsinfo.problems import Problem
    from alsinfo.render.report import ReportBlock, Reporter
    from alsinfo.results import ArticleResult

# The --format choices are the reporter registry's names.
ReportFormat = Enum("ReportFormat", {name: name for name in REPORTERS}, type=str)  # type: ignore[misc]

MinSeverity = Enum("MinSeverity", {name: name for name in ("info", "warning", "error")}, type=str)  # type: ignore[misc]

FORMAT_HELP = "How to report: " + ", ".join(f"{r.name} ({r.description})" for r in REPORTERS.values()) + "."


def _rule_ids(values: list[str] | None) -> list[str] | None:
    """Rule ids from repeated and comma-separated values: `--select HC1,HC2 --select HC3`."""
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@guarded
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        show_default=False, metavar="[PATH]...",
        help="Content roots, article folders or single files. Default: the active content.")] = None,
    content: ContentOption = None,
    output_format: Annotated[ReportFormat, typer.Option("--format", "-f", help=FORMAT_HELP)] = ReportFormat["text"],
    as_json: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    min_severity: Annotated[MinSeverity, typer.Option(
        "--min-severity", help="Report only problems at least this severe.")] = MinSeverity["info"],
    select: Annotated[list[str] | None, typer.Option(
        "--select", metavar="IDS", show_default=False,
        help="Run only these editorial rules (ids or prefixes, comma-separated), not the configured ones.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", metavar="IDS", show_default=False,
        help="Leave out these editorial rules (ids or prefixes, comma-separated).")] = None,
    config_file: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", show_default=False,
        help="Use this configuration file instead of searching for one.")] = None,
    isolated: Annotated[bool, typer.Option(
        "--isolated", help="Ignore every configuration file: all rules, default settings.")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, show_default=False,
        help="Check in this many processes (default: the usable CPUs; -j 1 for one).")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Check everything again, neither reading nor writing the cache.")] = False,
    changed: Annotated[bool, typer.Option(
        "--changed", help="Only articles with content files changed since --since (git).")] = False,
    since: Annotated[str | None, typer.Option(
        "--since", metavar="REF", show_default=False,
        help="With --changed: the git ref to compare with (default: the merge base with the default branch).")] = None,
    no_color: NoColorOption = False,
) -> None:
    """Check content against the schemas, cross-references and editorial rules; report every problem."""
    env = Environment.from_process()
    selected, ignored = _checked_rule_ids(select), _checked_rule_ids(ignore, ignoring=True)
    if since is not None and not changed:
        raise UsageError("--since goes with --changed")
    source = None if paths else find_content(content, env)
    targets = _targets(paths or [source.root], changed=changed, since=since)  # type: ignore[union-attr]
    cache = _cache(env, no_cache)
    display_root = source.root.resolve() if source is not None and source.embedded else None
    engine = _engine(env, cache, jobs, _configuration(config_file, isolated, selected, ignored), display_root)
    reporter = REPORTERS["json" if as_json else ReportFormat(output_format).value]
    floor = Severity(MinSeverity(min_severity).value).rank
    tally = _report(env, engine.run(targets), len(targets), reporter, cache, floor=floor, strict=strict,
                    no_color=no_color, source=_source_text(source, env), display_root=display_root)
    if cache is not None:
        cache.close()
        if cache.notice:
            env.stderr.write(f"alsinfo: note: {printable(cache.notice)}\n")
    if tally.failed:
        raise typer.Exit(int(ExitCode.CONTENT_PROBLEMS))


def _source_text(source: "ContentSource | None", env: Environment) -> str:
    """What the summary line says was checked, when no path was given."""
    if source is None:
        return ""
    if source.embedded:
        return "the embedded article, as there is no content/ folder here or above"
    import os

    shown = os.path.relpath(source.root.resolve(), env.cwd.resolve())
    return f"{shown if not shown.startswith('../../..') else source.root.resolve()} ({source.found_by})"


def _checked_rule_ids(values: list[str] | None, *, ignoring: bool = False) -> list[str] | None:
    """--select/--ignore values as rule ids: ids, prefixes or names (`readability`) of editorial rules,
    and, to --ignore, of structural checks that only warn (editorial.ignorable_warnings); a structural error is named as
    such, since it always runs."""
    from alsinfo.catalog import all_checks

    ids = _rule_ids(values)
    if ids is None:
        return None
    checks = all_checks()
    chosen = []
    for given in ids:
        named = [check.id for check in checks if check.name == given.lower()]
        rule_id = named[0] if named else given.upper()
        matching = [check for check in checks if check.id.startswith(rule_id)]
        if not matching:
            raise UsageError(f"unknown rule id '{given}'; `alsinfo rules` lists them")
        if not any(check.editorial or (ignoring and check.severity is not Severity.ERROR) for check in matching):
            from alsinfo.editorial import ignorable_warnings

            raise UsageError(f"'{given}' is a structural check, which always runs: content that fails it cannot "
                             "be read; --select and --ignore choose editorial rules (HC), M001 and M002, and "
                             f"--ignore also structural warnings ({', '.join(sorted(ignorable_warnings()))})")
        chosen.append(rule_id)
    return chosen


def _targets(roots: list[Path], *, changed: bool, since: str | None) -> "list[ArticleTarget]":
    from alsinfo.content import resolve_targets

    if not changed:
        return resolve_targets(roots)
    from alsinfo.changes import ChangesError, changed_articles

    try:
        return [target for root in roots for target in changed_articles(root, since)]
    except ChangesError as error:
        raise UsageError(str(error)) from None


def _configuration(config_file: Path | None, isolated: bool, selected: list[str] | None,
                   ignored: list[str] | None) -> "Callable[[Path], Config]":
    from alsinfo.editorial import config_for

    discovered: dict[str, Path | None] = {}  # where configuration was found, for this run

    def configured(folder: Path) -> "Config":
        # Article folders come resolved from resolve_targets and changed_articles.
        return config_for(folder, explicit=config_file, isolated=isolated, memo=discovered,
                          resolved=True).with_cli(selected, ignored)

    return configured


def _cache(env: Environment, no_cache: bool) -> "Cache | None":
    from alsinfo.cache import Cache

    return None if no_cache or env.cache_disabled else Cache(env.cache_dir)


def _engine(env: Environment, cache: "Cache | None", jobs: int | None, configured: "Callable[[Path], Config]",
            display_root: Path | None) -> "Engine":
    from alsinfo.engine import Engine, usable_cpus
    from alsinfo.resources import schemas_dir

    return Engine(schemas_folder=schemas_dir(), today=env.today, base=env.cwd, config_for=configured,
                  cache=cache, jobs=jobs or usable_cpus(), display_root=display_root)


def _report(env: Environment, results: "Iterator[ArticleResult]", articles: int, reporter: "Reporter",
            cache: "Cache | None", *, floor: int, strict: bool, no_color: bool, source: str,
            display_root: Path | None) -> "_Tally":
    """Write the report as results come, and add them up for the summary and the exit status.

    The text format on a terminal is styled by Rich; every other output is written from blocks of
    items, which the cache keeps per verdict, so a cached run writes them without rebuilding a problem.
    """
    from alsinfo.render.report import KeptBlocks, Summary, summary_advice, summary_text

    progress = _progress(env, articles)
    styled = reporter.name == "text" and not env.plain_stdout(no_color=no_color)
    console = env.console(no_color=no_color) if styled else None
    blocks = None if styled else KeptBlocks(reporter, cache, f"{env.cwd}|{display_root or ''}")
    tally = _Tally(floor, {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR})
    output = _Output(env, hold=progress is not None)
    if blocks is not None:
        output.text(reporter.head())
    separator = ""  # none before the first item
    with progress if progress is not None else _nothing():
        task = progress.add_task("Validating", total=articles) if progress is not None else None
        for result in results:
            tally.files += result.files_checked
            tally.notes.extend(result.notes)
            if blocks is not None:
                block = tally.add_block(blocks.of(result.problems, result.verdict_id))
                if block.items:
                    output.text(separator + reporter.separator.join(block.items))
                    separator = reporter.separator
            elif console is not None:
                shown = tally.add_problems(result.problems)
                if shown:
                    output.call(functools.partial(_print_lines, console, shown))
            if progress is not None and task is not None:
                progress.advance(task)
    if blocks is not None:
        blocks.flush()
    summary = Summary(tally.counts, len(tally.affected), tally.files, articles, source, tally.hidden, tally.failed,
                      tuple(tally.notes))
    if blocks is not None:
        output.text(reporter.tail(summary))
    elif console is not None:
        output.call(functools.partial(console.print, summary_text(summary), style="bold", soft_wrap=True))
        for line in summary_advice(summary):
            output.call(functools.partial(console.print, line, soft_wrap=True))
    output.finish()
    return tally


class _Output:
    """Where the report goes: to stdout as it comes, or held back whole while a progress bar is
    drawn on the terminal. A reader that goes away (a closed pipe) stops the writing, not the
    checking, which goes on for the exit status."""

    def __init__(self, env: Environment, *, hold: bool) -> None:
        self.env = env
        self.held: list[Callable[[], object]] | None = [] if hold else None
        self.closed = False

    def text(self, text: str) -> None:
        self.call(functools.partial(self.env.stdout.write, text))

    def call(self, emit: Callable[[], object]) -> None:
        if self.held is not None:
            self.held.append(emit)
        else:
            self._run(emit)

    def finish(self) -> None:
        for emit in self.held or ():
            self._run(emit)
        self._run(self.env.stdout.flush)

    def _run(self, emit: Callable[[], object]) -> None:
        if self.closed:
            return
        try:
            emit()
        except BrokenPipeError:
            self.closed = True
            silence_stdout()


class _Tally:
    """What the summary line and the exit status need, added up article by article: the shown
    problems by severity and the files they are in; and whether any problem, shown or not, fails."""

    def __init__(self, floor: int, failing: set["Severity"]) -> None:
        self.floor, self.failing = floor, failing
        self.counts = {severity: 0 for severity in Severity}
        self.affected: set[str] = set()
        self.files = 0
        self.hidden = 0  # problems below the floor
        self.failed = False
        self.notes: list[str] = []

    def add_block(self, whole: "ReportBlock") -> "ReportBlock":
        """Count an article's block of lines; return the part to show."""
        self.failed = self.failed or any(whole.count(severity) for severity in self.failing)
        block = whole.shown(self.floor)
        self.hidden += len(whole.items) - len(block.items)
        for severity in self.counts:
            self.counts[severity] += block.count(severity)
        self.affected |= block.affected()
        return block

    def add_problems(self, problems: Sequence["Problem"]) -> list["Problem"]:
        """Count an article's problems; return those to show."""
        self.failed = self.failed or any(problem.severity in self.failing for problem in problems)
        shown = [problem for problem in problems if problem.severity.rank >= self.floor]
        self.hidden += len(problems) - len(shown)
        for problem in shown:
            self.counts[problem.severity] += 1
            self.affected.add(problem.file)
        return shown


def _print_lines(console: "Console", problems: list["Problem"]) -> None:
    from rich.console import Group

    from alsinfo.render.report import text_line

    console.print(Group(*(text_line(problem) for problem in problems)), soft_wrap=True)


PROGRESS_FROM = 20  # articles; fewer finish before a bar would be worth drawing


def _progress(env: Environment, articles: int) -> "Progress | None":
    """A progress bar on stderr, only for a person watching a terminal, and only for a long run."""
    if articles < PROGRESS_FROM or env.environ.get("CI") or not env.stderr.isatty():
        return None
    from rich.progress import Progress

    return Progress(console=env.console(stderr=True), transient=True)


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield
