"""Options every command shares, the internal-error guard, and turning usage mistakes into exit 2."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode

P = ParamSpec("P")
R = TypeVar("R")

ContentOption = Annotated[
    Path | None,
    typer.Option("--content", envvar="ALSINFO_CONTENT", show_default=False, metavar="DIR",
                 help="Content root or article folder to use instead of the embedded article."),
]
ArticleOption = Annotated[
    str | None,
    typer.Option("--article", "-a", show_default=False, metavar="ID",
                 help="Which article of the content root to read (needed when it holds several)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print plain JSON (see schemas/output/) instead of text.")]
NoCacheOption = Annotated[
    bool,
    typer.Option("--no-cache", help="Validate again instead of trusting a cached verdict (also: ALSINFO_NO_CACHE=1)."),
]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="Plain text without colour or styles (also: NO_COLOR=1).")
]


class UsageError(Exception):
    """A mistake in how alsinfo was called: reported on stderr with exit status 2."""


class ContentMiss(Exception):
    """The content has nothing for the request (no matching question): reported on stderr, exit 1."""


def fail(env: Environment, message: str, code: ExitCode) -> typer.Exit:
    from alsinfo.render.safe import printable

    env.stderr.write(f"alsinfo: {printable(message)}\n")
    return typer.Exit(int(code))


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command so that no traceback reaches the user: usage errors exit 2, bugs exit 3."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        from alsinfo.config import ConfigError
        from alsinfo.content import ContentPathError

        env = Environment.from_process()
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader of our output stopped (`| head`): nothing more to say, and no error of ours.
            silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None
        except (UsageError, ContentPathError, ConfigError) as error:
            raise fail(env, f"error: {error}", ExitCode.USAGE_ERROR) from None
        except ContentMiss as error:
            raise fail(env, str(error), ExitCode.CONTENT_PROBLEMS) from None
        except Exception as error:
            if env.debug:
                traceback.print_exc(file=env.stderr)
            else:
                env.stderr.write(
                    f"alsinfo: internal error: {type(error).__name__}: {error}\n"
                    "This is a bug in alsinfo, not a problem in your content. Please report it on the "
                    "alsinfo issue tracker with the command you ran; run it again with ALSINFO_DEBUG=1 "
                    "to include the traceback.\n")
            raise typer.Exit(int(ExitCode.INTERNAL_ERROR)) from None

    return run


def silence_stdout() -> None:
    """Point stdout at /dev/null once its reader has gone, so the final flush cannot fail again."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file descriptor (as under a test runner)
        pass


def content_root(option: Path | None) -> Path:
    """The active content: --content / ALSINFO_CONTENT when given, else the embedded article."""
    if option is None:
        from alsinfo.resources import embedded_content_root

        return embedded_content_root()
    if not option.exists():
        raise UsageError(f"content path '{option}' does not exist")
    return option
