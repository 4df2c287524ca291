"""Options every command shares, the internal-error guard, and turning usage mistakes into exit 2."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NamedTuple, ParamSpec, TypeVar

import typer

from alsinfo.cli import complete
from alsinfo.cli.environment import Environment, OutputError
from alsinfo.exitcodes import ExitCode

ISSUES_URL = "https://github.com/alsinfo/alsinfo/issues"  # also [project.urls] in pyproject.toml

P = ParamSpec("P")
R = TypeVar("R")

ContentOption = Annotated[
    Path | None,
    typer.Option("--content", envvar="ALSINFO_CONTENT", show_default=False, metavar="DIR",
                 help="Content root or article folder to use instead of the embedded article."),
]


def an_article_id(value: str | None) -> str | None:
    """`--article ""` (an unset shell variable) names no article; taken as absent, it would read the default."""
    if value == "":
        raise typer.BadParameter("needs an article id")
    return value


ArticleOption = Annotated[
    str | None,
    typer.Option("--article", "-a", show_default=False, metavar="ID", autocompletion=complete.article_ids,
                 callback=an_article_id,
                 help="Which article of the content root to read (needed when it holds several)."),
]
LangOption = Annotated[
    str | None,
    typer.Option("--lang", show_default=False, metavar="LANG",
                 help="Read the article's translation in LANG (content/ID/LANG/); default: the source's language."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print plain JSON (see schemas/output/): --format json.")]


class OutputFormat(StrEnum):
    """How a reader command prints: text for people, or JSON described by schemas/output/."""

    text = "text"
    json = "json"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="text, or json (see schemas/output/).")]


def wants_json(output_format: OutputFormat, as_json: bool) -> bool:
    """--json is --format json."""
    return as_json or output_format is OutputFormat.json
NoCacheOption = Annotated[
    bool,
    typer.Option("--no-cache", help="Validate again instead of trusting a cached verdict (also: ALSINFO_NO_CACHE=1)."),
]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="Plain text without colour or styles (also: NO_COLOR=1).")
]


class UsageError(Exception):
    """A mistake in how alsinfo was called: reported on stderr with exit status 2."""


def fail(env: Environment, message: str, code: ExitCode) -> typer.Exit:
    from alsinfo.render.safe import printable

    env.stderr.write(f"alsinfo: error: {printable(message)}\n")
    return typer.Exit(int(code))


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command so that no traceback reaches the user: usage errors exit 2, bugs exit 3, and
    output that cannot be written exits 4."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        env = Environment.from_process()
        try:
            try:
                result = command(*args, **kwargs)
            except typer.Exit:
                env.stdout.flush()  # what the command wrote must reach its reader, or the exit says so
                raise
            env.stdout.flush()
            return result
        except (typer.Exit, typer.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:
            raise _exit_for(env, error) from None

    return run


def _exit_for(env: Environment, error: Exception) -> typer.Exit:
    """What an error escaping a command means to the user, said on stderr, as the exit to take."""
    from alsinfo.config import ConfigError, PatternTooSlow
    from alsinfo.content import ContentPathError

    if isinstance(error, BrokenPipeError):
        # The reader of our output stopped (`| head`): nothing more to say, and no error of ours.
        silence_stdout()
        return typer.Exit(int(ExitCode.OK))
    if isinstance(error, OutputError):
        silence_stdout()
        return fail(env, f"cannot write to standard output: {error}", ExitCode.OUTPUT_ERROR)
    if isinstance(error, UsageError | ContentPathError | ConfigError | PatternTooSlow):
        return fail(env, f"{error}", ExitCode.USAGE_ERROR)
    if env.debug:
        traceback.print_exc(file=env.stderr)
    else:
        env.stderr.write(
            f"alsinfo: internal error: {type(error).__name__}: {error}\n"
            "This is a bug in alsinfo, not a problem in your content. Please report it at "
            f"{ISSUES_URL} with the command you ran; run it again with ALSINFO_DEBUG=1 to include the traceback.\n")
    return typer.Exit(int(ExitCode.INTERNAL_ERROR))


def silence_stdout() -> None:
    """Point stdout at /dev/null once its reader has gone, so the final flush cannot fail again."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # closed, or not a real file descriptor (as under a test runner)
        pass


class ContentSource(NamedTuple):
    """The content a command works on when no path is given, and how it was found."""

    root: Path
    found_by: str  # for the summary line: "--content", "ALSINFO_CONTENT", a configuration file, ...
    embedded: bool = False


def find_content(option: Path | None, env: Environment) -> ContentSource:
    """The active content, looked for the way ruff looks for its configuration: --content, then
    ALSINFO_CONTENT, then `content` in the nearest [tool.alsinfo] or .alsinfo.toml, then a `content/`
    folder in the current folder or one above it (from inside a content folder or an article folder
    too); the embedded article only when none is found."""
    if option is not None:
        found_by = "ALSINFO_CONTENT" if env.environ.get("ALSINFO_CONTENT") == str(option) else "--content"
        if not option.exists():
            raise UsageError(f"content path '{option}' does not exist (from {found_by})")
        return ContentSource(option, found_by)
    from alsinfo.config import ConfigError, find_config, line_of
    from alsinfo.editorial import load_found

    found = find_config(env.cwd)
    config = load_found(found) if found is not None else None
    if found is not None and config is not None and config.content is not None:
        root = found.parent / config.content
        if not root.is_dir():
            raise ConfigError(found, line_of(config.text, "content"),
                              f"the content folder '{config.content}' does not exist")
        return ContentSource(root, f"'content' in {found}")
    for folder in (env.cwd, *env.cwd.parents):
        if folder.name == "content" and folder.is_dir():
            return ContentSource(folder, "the folder you are in" if folder == env.cwd else "found above")
        if (folder / "content").is_dir():
            return ContentSource(folder / "content", "found here" if folder == env.cwd else "found above")
    from alsinfo.resources import embedded_content_root

    return ContentSource(embedded_content_root(), "no content/ folder here or above", embedded=True)
