"""`alsinfo rules [ID]`: list the editorial rules, or print one rule's documentation."""

from typing import Annotated

import typer

from alsinfo.cli.common import FormatOption, JsonOption, NoColorOption, OutputFormat, UsageError, guarded, wants_json
from alsinfo.cli.environment import Environment


@guarded
def rules(
    rule_id: Annotated[str | None, typer.Argument(metavar="[ID]", show_default=False,
                                                  help="A rule id or name; default: list every rule.")] = None,
    output_format: FormatOption = OutputFormat.text,
    as_json: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """List the editorial rules (id, name, severity, summary), or print the documentation of one."""
    from alsinfo.cli.reader import did_you_mean, emit
    from alsinfo.rules import registry

    env = Environment.from_process()
    as_json = wants_json(output_format, as_json)
    every = list(registry().values())
    if rule_id is None:
        emit(env, "rules", as_json=as_json, no_color=no_color, rules=every)
        return
    chosen = [rule for rule in every if rule_id.upper() == rule.id or rule_id.lower() == rule.name]
    if not chosen:
        raise UsageError(f"no rule '{rule_id}'{did_you_mean(rule_id.upper(), [rule.id for rule in every])}")
    emit(env, "rules", as_json=as_json, no_color=no_color, rules=chosen, detail=True)
