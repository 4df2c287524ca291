"""`alsinfo validate`: check content against schemas and cross-file rules, report every problem."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from alsinfo.cli.common import ContentOption, NoColorOption, content_root, guarded
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode
from alsinfo.render.report import REPORTERS

# The --format choices are the reporter registry's names.
ReportFormat = Enum("ReportFormat", {name: name for name in REPORTERS}, type=str)  # type: ignore[misc]

FORMAT_HELP = "How to report: " + ", ".join(f"{r.name} ({r.description})" for r in REPORTERS.values()) + "."


@guarded
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        show_default=False, metavar="[PATH]...",
        help="Content roots, article folders or single files. Default: the active content.")] = None,
    content: ContentOption = None,
    output_format: Annotated[ReportFormat, typer.Option("--format", "-f", help=FORMAT_HELP)] = ReportFormat["text"],
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    no_color: NoColorOption = False,
) -> None:
    """Check content against the schemas and cross-references; report every problem with its location."""
    from alsinfo.check import check_targets
    from alsinfo.content import resolve_targets
    from alsinfo.problems import Severity
    from alsinfo.resources import schemas_dir
    from alsinfo.schemas import SchemaSet

    env = Environment.from_process()
    targets = resolve_targets(paths or [content_root(content)])
    report = check_targets(targets, schemas=SchemaSet(schemas_dir()), today=env.today, base=env.cwd)
    output = REPORTERS[ReportFormat(output_format).value].render(report)
    if isinstance(output, str):
        env.stdout.write(output)
    else:
        env.console(no_color=no_color).print(output, soft_wrap=True)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if any(problem.severity in failing for problem in report.problems):
        raise typer.Exit(int(ExitCode.CONTENT_PROBLEMS))
