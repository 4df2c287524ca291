"""`alsinfo validate`: check content against schemas and cross-file rules, report every problem."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from alsinfo.cli.common import ContentOption, NoColorOption, content_root, guarded
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode
from alsinfo.render.report import REPORTERS

if TYPE_CHECKING:
    from alsinfo.config import Config

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
    no_color: NoColorOption = False,
) -> None:
    """Check content against the schemas, cross-references and editorial rules; report every problem."""
    from alsinfo.check import CheckReport, check_targets
    from alsinfo.cli.common import UsageError
    from alsinfo.content import resolve_targets
    from alsinfo.editorial import config_for, known_rules
    from alsinfo.problems import Severity
    from alsinfo.resources import schemas_dir
    from alsinfo.schemas import SchemaSet

    env = Environment.from_process()
    selected, ignored = _rule_ids(select), _rule_ids(ignore)
    known = known_rules()
    for rule_id in (*(selected or ()), *(ignored or ())):
        if not any(known_id.startswith(rule_id) for known_id in known):
            raise UsageError(f"unknown rule id '{rule_id}'; `alsinfo rules` lists them")
    targets = resolve_targets(paths or [content_root(content)])

    def configured(folder: Path) -> Config:
        return config_for(folder, explicit=config_file, isolated=isolated).with_cli(selected, ignored)

    report = check_targets(targets, schemas=SchemaSet(schemas_dir()), today=env.today, base=env.cwd,
                           config_for=configured)
    floor = Severity(MinSeverity(min_severity).value).rank
    shown = CheckReport(tuple(p for p in report.problems if p.severity.rank >= floor),
                        report.files_checked, report.articles_checked)
    output = REPORTERS[ReportFormat(output_format).value].render(shown)
    if isinstance(output, str):
        env.stdout.write(output)
    else:
        env.console(no_color=no_color).print(output, soft_wrap=True)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if any(problem.severity in failing for problem in report.problems):
        raise typer.Exit(int(ExitCode.CONTENT_PROBLEMS))
