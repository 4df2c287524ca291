"""The `alsinfo` command line: a thin layer that parses options, calls the core and sets the exit code."""

import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

try:  # Typer 0.28 carries its own copy of Click; earlier ones use Click itself
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - depends on the Typer installed
    from click import exceptions as click_errors  # type: ignore[no-redef, import-not-found, unused-ignore]

from alsinfo import __version__
from alsinfo.cli import cache as cache_module
from alsinfo.cli import export as export_module
from alsinfo.cli import new as new_module
from alsinfo.cli import read
from alsinfo.cli import rules as rules_module
from alsinfo.cli import translations as translations_module
from alsinfo.cli import validate as validate_module
from alsinfo.cli.common import silence_stdout
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode


class _Group(TyperGroup):
    """The command group, so that Click's own errors (a bad option, a missing argument) speak as
    alsinfo's do: `alsinfo: error: …` on stderr and exit 2, with no box around them."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click_errors.NoArgsIsHelpError as error:  # `alsinfo`, `alsinfo cache`: the help
            text = error.format_message()  # Rich has printed it already, and left this empty
            if text.strip():
                typer.echo(text)
            code = error.exit_code
        except click_errors.ClickException as error:
            from alsinfo.render.safe import printable

            hint = ""
            if isinstance(error, click_errors.UsageError) and error.ctx is not None:
                hint = f"\nTry '{error.ctx.command_path} -h' for help."
            typer.echo(f"alsinfo: error: {printable(error.format_message())}{hint}", err=True)
            code = error.exit_code
        except typer.Abort:
            typer.echo("alsinfo: aborted", err=True)
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


_SETTINGS: dict[str, Any] = {
    "name": "alsinfo",
    "cls": _Group,
    "help": "Validate, read and export structured health content (the embedded article by default).",
    "no_args_is_help": True,
    "add_completion": True,  # --install-completion / --show-completion; ids complete too (cli/complete.py)
    "pretty_exceptions_enable": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_SETTINGS)


def _show_version(value: bool) -> None:
    if value:
        from alsinfo.cli.common import guarded

        guarded(lambda: Environment.from_process().stdout.write(f"alsinfo {__version__}\n"))()
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """alsinfo: structured health content, checked and readable."""


# Every command, by name: (function, extra settings), or a sub-app.
_COMMANDS: dict[str, tuple[Any, dict[str, Any]] | typer.Typer] = {
    "validate": (validate_module.validate, {}),
    "rules": (rules_module.rules, {}),
    "faq": (read.faq, {}),
    "table": (read.table, {}),
    "sections": (read.sections, {}),
    "section": (read.section, {}),
    "refs": (read.refs, {}),
    "search": (read.search, {}),
    "show": (read.show, {}),
    "read": (read.show, {"help": "Print the whole article in reading order (same as `show`)."}),
    "export": (export_module.export, {}),
    "new": (new_module.new, {}),
    "schemas": (new_module.schemas, {}),
    "cache": cache_module.app,
    "translations": translations_module.app,
}


def _register(target: typer.Typer, name: str) -> None:
    command = _COMMANDS[name]
    if isinstance(command, typer.Typer):
        target.add_typer(command, name=name)
    else:
        function, extra = command
        target.command(name, **extra)(function)


for _name in _COMMANDS:
    _register(app, _name)


def _app_for(args: Sequence[str]) -> typer.Typer:
    """The app to run for these arguments: one with only the command asked for, when it names one.

    Typer turns every command's signature into Click parameters at each start; a reader that
    starts often should not pay for fifteen commands to run one. Everything that needs the whole
    group (no command, an unknown one, --help on the group, shell completion) gets the whole app.
    """
    first = next((arg for arg in args if not arg.startswith("-")), None)
    if first not in _COMMANDS or any(name.startswith("_ALSINFO_COMPLETE") for name in os.environ):
        return app
    single = typer.Typer(**_SETTINGS)
    single.callback()(root)
    _register(single, first)
    return single


def main() -> None:
    """The console script: run the app; whatever it or Click could not write is a clean error."""
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        # An 8-bit locale cannot carry every character of health content (’ “ ≥): print what the
        # encoding can carry and a replacement for the rest, never fail on a quotation mark.
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(OSError, ValueError):  # a closed descriptor: said when written to
                stream.reconfigure(errors="replace")
    code: int | str | None
    try:
        _app_for(sys.argv[1:])(prog_name="alsinfo")
        code = 0
    except SystemExit as done:
        code = done.code
    except OSError as error:  # Click's own output (help, usage errors) could not be written
        code = _output_failed(error)
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except (OSError, ValueError) as error:
        code = _output_failed(error)
    sys.exit(code)


def _output_failed(error: Exception) -> int:
    if isinstance(error, BrokenPipeError):
        silence_stdout()
        return int(ExitCode.OK)
    silence_stdout()
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    if sys.stderr is not None:
        sys.stderr.write(f"alsinfo: error: cannot write to standard output: {reason}\n")
    return int(ExitCode.OUTPUT_ERROR)
