"""What a command may know of the outside world: streams, environment, folder, date; tests swap it."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:
    from rich.console import Console


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed stream): exit 4, never a traceback."""


class _Stdout:
    """Standard output as commands write to it: a failed write or flush is an ``OutputError``.

    A reader that went away (``BrokenPipeError``) stays what it is: that ends the output quietly.
    Everything else (isatty, fileno, encoding) is the real stream's.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if self._stream is None:
            raise OutputError("standard output is closed")
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:
            raise OutputError(_reason(error)) from None

    def write_utf8(self, text: str) -> None:
        """Write ``text`` as UTF-8 bytes whatever the stream's encoding: what exports promise (an
        HTML page says charset=utf-8), where a reader's terminal encoding would lose characters."""
        if self._stream is None:
            raise OutputError("standard output is closed")
        buffer = getattr(self._stream, "buffer", None)
        if buffer is None or (self._stream.encoding or "").lower().replace("-", "") == "utf8":
            self.write(text)
            return
        try:
            self._stream.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:
            raise OutputError(_reason(error)) from None

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:
            raise OutputError(_reason(error)) from None

    def isatty(self) -> bool:
        return self._stream is not None and self._stream.isatty()

    def __getattr__(self, name: str) -> object:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


class Environment(NamedTuple):
    stdout: TextIO
    stderr: TextIO
    environ: Mapping[str, str]
    cwd: Path
    today: dt.date

    @classmethod
    def from_process(cls) -> Environment:
        stdout: TextIO = sys.stdout if isinstance(sys.stdout, _Stdout) else _Stdout(sys.stdout)  # type: ignore[assignment]
        return cls(stdout, sys.stderr or open(os.devnull, "w"), dict(os.environ), Path.cwd(),
                   dt.date.today())

    @property
    def debug(self) -> bool:
        return self.environ.get("ALSINFO_DEBUG", "") not in ("", "0")

    @property
    def cache_dir(self) -> Path:
        """$XDG_CACHE_HOME/alsinfo, else ~/.cache/alsinfo."""
        base = self.environ.get("XDG_CACHE_HOME") or str(Path(self.environ.get("HOME") or Path.home()) / ".cache")
        return Path(base) / "alsinfo"

    @property
    def cache_disabled(self) -> bool:
        return self.environ.get("ALSINFO_NO_CACHE", "") not in ("", "0")

    def plain_stdout(self, *, no_color: bool = False) -> bool:
        """Whether standard output gets plain text: the console's verdict, without building one when
        it is clear (Rich itself is an import every piped run would otherwise pay for)."""
        if no_color or self.environ.get("NO_COLOR", "") != "":
            return True
        if not any(name in self.environ for name in ("FORCE_COLOR", "TTY_COMPATIBLE")) and not self.stdout.isatty():
            return True
        return self.console(no_color=no_color).color_system is None

    def console(self, *, stderr: bool = False, no_color: bool = False) -> Console:
        """A Rich console that never reads markup or emoji codes and honours NO_COLOR, FORCE_COLOR, COLUMNS."""
        from rich.console import Console

        # NO_COLOR and --no-color mean plain text: no colour and no bold or dim either.
        plain = no_color or self.environ.get("NO_COLOR", "") != ""
        return Console(
            file=self.stderr if stderr else self.stdout,
            color_system=None if plain else "auto",
            markup=False,
            emoji=False,
            highlight=False,
            _environ=self.environ,
        )
