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


class Environment(NamedTuple):
    stdout: TextIO
    stderr: TextIO
    environ: Mapping[str, str]
    cwd: Path
    today: dt.date

    @classmethod
    def from_process(cls) -> Environment:
        return cls(sys.stdout, sys.stderr, dict(os.environ), Path.cwd(), dt.date.today())

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
