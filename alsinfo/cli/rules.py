"""`alsinfo rules [ID]`: list the editorial rules, or print one rule's documentation."""

from typing import Annotated

import typer

from alsinfo.cli.common import FormatOption, JsonOption, NoColorOption, OutputFormat, UsageError, guarded, wants_json
from alsinfo.cli.environment import Environment


@guarded
def rules(
    rule_id: Annotated[str | None, typer.Argument(
        metavar="[ID]", show_default=False,
        help="A check's id (HC101, L108, S202, I302, M001) or name; default: list them all.")] = None,
    output_format: FormatOption = OutputFormat.text,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """List every check alsinfo reports (id, name, severity, summary), or print the page of one."""
    from alsinfo.catalog import all_checks
    from alsinfo.cli.reader import did_you_mean, emit

    env = Environment.from_process()
    as_json = wants_json(output_format, as_json)
    every = all_checks()
    if rule_id is None:
        emit(env, "rules", as_json=as_json, no_color=no_color, rules=every)
        return
    chosen = [rule for rule in every if rule_id.upper() == rule.id or rule_id.lower() == rule.name]
    if not chosen:
        raise UsageError(f"no check '{rule_id}'{did_you_mean(rule_id.upper(), [rule.id for rule in every])}")
    emit(env, "rules", as_json=as_json, no_color=no_color, rules=chosen, detail=True)
