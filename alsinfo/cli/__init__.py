"""The `alsinfo` command line: a thin layer that parses options, calls the core and sets the exit code."""

from typing import Annotated

import typer

from alsinfo import __version__
from alsinfo.cli import cache as cache_module
from alsinfo.cli import export as export_module
from alsinfo.cli import read
from alsinfo.cli import rules as rules_module
from alsinfo.cli import validate as validate_module

app = typer.Typer(
    name="alsinfo",
    help="Validate, read and export structured health content (the embedded article by default).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"alsinfo {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """alsinfo: structured health content, checked and readable."""


app.command("validate")(validate_module.validate)
app.command("rules")(rules_module.rules)
app.command("faq")(read.faq)
app.command("table")(read.table)
app.command("sections")(read.sections)
app.command("section")(read.section)
app.command("refs")(read.refs)
app.command("search")(read.search)
app.command("show")(read.show)
app.command("read", help="Print the whole article in reading order (same as `show`).")(read.show)
app.command("export")(export_module.export)
app.add_typer(cache_module.app, name="cache")


def main() -> None:
    app(prog_name="alsinfo")
