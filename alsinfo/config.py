"""Configuration of the editorial rules: `[tool.alsinfo]` in pyproject.toml or a `.alsinfo.toml`.

    [tool.alsinfo]                      # in .alsinfo.toml: top level, no [tool.alsinfo] table
    select = ["HC"]                     # rule ids or prefixes to run (default: every rule)
    ignore = ["HC202"]                  # rule ids or prefixes to leave out
    [tool.alsinfo.rules.HC003]
    severity = "error"                  # error, warning or info
    max_age_months = 6                  # any option the rule documents
    [tool.alsinfo.per-file-ignores]
    "content/drafts/**" = ["HC101"]     # globs, relative to the folder of the config file
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from alsinfo.problems import Severity
from alsinfo.regex_safety import backtracks_badly

CONFIG_NAMES = frozenset((".alsinfo.toml", "pyproject.toml"))  # the files find_config looks for
_TOP_KEYS = {"content", "select", "ignore", "rules", "per-file-ignores"}
# No option counts or measures more than this (months, grades, words); nan and inf fail the range too.
MAX_NUMBER = 10_000


class Choice(str):
    """An option's default that may only be one of a few words (e.g. an audience): ``Choice("patients",
    ("patients", "general"))``. It is the default itself, so rules read it as plain text."""

    choices: tuple[str, ...]

    def __new__(cls, value: str, choices: tuple[str, ...]) -> Choice:
        made = super().__new__(cls, value)
        made.choices = choices
        return made


class Patterns(list[str]):
    """An option's default that holds regular expressions: each one given must compile."""


class ConfigError(Exception):
    """A configuration mistake: a usage error (exit 2) naming the file and line."""

    def __init__(self, file: Path, line: int, message: str) -> None:
        super().__init__(f"{file}:{line}: {message}")


class PatternTooSlow(Exception):
    """A rule option's regular expression took longer than the rule allows on one text: a configuration
    mistake (a usage error, exit 2), found while checking. Its arguments are plain, so it crosses from a
    worker process as it is."""

    def __init__(self, rule_id: str, option: str, pattern: str, seconds: float, on: str = "one sentence") -> None:
        super().__init__(rule_id, option, pattern, seconds, on)
        self.rule_id, self.option, self.pattern, self.seconds, self.on = rule_id, option, pattern, seconds, on

    def __str__(self) -> str:
        return (f"option '{self.option}' of {self.rule_id}: {self.pattern!r} took more than {self.seconds:g} s on "
                f"{self.on}; it backtracks too much (overlapping repeats or alternatives). Give each repeated part a "
                f"required separator, as the space in '(?:\\w+ )+', or list the words instead")


class RuleSettings(NamedTuple):
    severity: Severity | None = None
    options: Mapping[str, Any] = {}


class Config(NamedTuple):
    """Which rules run, how severe they are and with which options; empty means the defaults."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    rules: Mapping[str, RuleSettings] = {}
    per_file_ignores: Mapping[str, tuple[str, ...]] = {}
    file: Path | None = None
    text: str = ""
    content: str | None = None  # where the project's content is, relative to the file (see cli.common)

    def selects(self, rule_id: str) -> bool:
        chosen = self.select is None or any(rule_id.startswith(prefix) for prefix in self.select)
        return chosen and not any(rule_id.startswith(prefix) for prefix in self.ignore)

    def ignored_in(self, rule_id: str, path: Path) -> bool:
        """Whether a per-file ignore glob covering ``path`` names ``rule_id``."""
        import fnmatch

        if self.file is None:
            return False
        # The file as it stands in its folder, not where a link points: a verdict is keyed by the
        # folder and the files' bytes, never by a link's target.
        try:
            relative = (path.parent.resolve() / path.name).relative_to(self.file.parent.resolve()).as_posix()
        except ValueError:
            return False
        return any(fnmatch.fnmatch(relative, pattern) and any(rule_id.startswith(p) for p in ids)
                   for pattern, ids in self.per_file_ignores.items())

    def with_cli(self, select: Iterable[str] | None, ignore: Iterable[str] | None) -> Config:
        """--select replaces the configured selection; --ignore adds to the ignored rules."""
        chosen = tuple(select) if select else self.select
        return self._replace(select=chosen, ignore=(*self.ignore, *(ignore or ())))


def find_config(start: Path, memo: dict[str, Path | None] | None = None, *, resolved: bool = False) -> Path | None:
    """The nearest .alsinfo.toml, or pyproject.toml with a [tool.alsinfo] table, from ``start`` up.

    ``memo``, kept for one run, remembers the answer for every folder walked through, so that
    thousands of articles under one root do not each walk up to the file system's root.
    ``resolved`` says ``start`` is already absolute and free of links (as article targets are).
    """
    # Strings and os.path, not Path objects: this runs once per article, on every run.
    folder = str(start) if resolved else os.path.realpath(start)
    if os.path.isfile(folder):
        folder = os.path.dirname(folder)
    walked = []
    found: Path | None = None
    while True:
        if memo is not None and folder in memo:
            found = memo[folder]
            break
        walked.append(folder)
        found = _config_in(folder)
        parent = os.path.dirname(folder)
        if found is not None or parent == folder:
            break
        folder = parent
    if memo is not None:
        memo.update(dict.fromkeys(walked, found))
    return found


def _config_in(folder: str) -> Path | None:
    dotfile = os.path.join(folder, ".alsinfo.toml")
    if os.path.isfile(dotfile):
        return Path(dotfile)
    pyproject = Path(folder, "pyproject.toml")
    if os.path.isfile(pyproject) and _MAY_HAVE_OUR_TABLE.search(text := _read(pyproject)) and \
            "alsinfo" in _parse(pyproject, text).get("tool", {}):
        return pyproject  # however TOML spells the table: [tool.alsinfo], [ tool.alsinfo ], dotted keys
    return None


# Every TOML spelling of tool.alsinfo has one of these; most pyproject files (a project named
# alsinfo too) have none, and are not parsed on every run to find that out.
_MAY_HAVE_OUR_TABLE = re.compile(r"""tool\s*\.\s*["']?alsinfo|^\s*\[\s*["']?tool["']?\s*\]""", re.MULTILINE)


def _parse(path: Path, text: str) -> dict[str, Any]:
    import tomllib  # only when there is a configuration to read

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line = int(found.group(1)) if found else text.count("\n") + 1  # "at end of document"
        raise ConfigError(path, line, f"not valid TOML: {error}") from None


def _read(path: Path) -> str:
    try:
        # "utf-8-sig": a byte order mark that some editors write first is not part of the TOML (tomllib
        # would call it an invalid statement at line 1, which nobody can see)
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, 1, f"cannot read the configuration: {error}") from None


def line_of(text: str, needle: str) -> int:
    """The first line that mentions ``needle`` (tomllib gives no positions)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1


def load_config(path: Path, known: Mapping[str, Mapping[str, Any]], ignorable: frozenset[str] = frozenset()) -> Config:
    """Read and check a configuration file; ``known`` maps each rule id to its options and defaults;
    ``ignorable`` names the structural warnings that `ignore` and per-file ignores may also name."""
    text = _read(path)
    data = _parse(path, text)
    table: Any = data
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("alsinfo", {}) if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(path, line_of(text, "alsinfo"), "[tool.alsinfo] must be a table")

    def fail(needle: str, message: str) -> ConfigError:
        return ConfigError(path, line_of(text, needle), message)

    for key in table:
        if key not in _TOP_KEYS:
            raise fail(key, f"unknown setting '{key}'; settings are {', '.join(sorted(_TOP_KEYS))}")

    def rule_list(key: str, value: Any, *, ignoring: bool = True) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail(key, f"'{key}' must be a list of rule ids, e.g. [\"HC101\"]")
        allowed = [*known, *(ignorable if ignoring else ())]
        for item in value:
            if not item.strip():
                raise fail(key, f"'{key}' holds an empty rule id, which would name every rule")
            if not any(rule_id.startswith(item) for rule_id in allowed):
                raise fail(item, f"unknown rule id '{item}' in '{key}'")
        return tuple(value)

    content = table.get("content")
    if content is not None and (not isinstance(content, str) or not content.strip()):
        raise fail("content", "'content' must be the path of the content folder, e.g. \"content\"")
    select = rule_list("select", table["select"], ignoring=False) if "select" in table else None
    ignore = rule_list("ignore", table["ignore"]) if "ignore" in table else ()
    for key in ("rules", "per-file-ignores"):
        if not isinstance(table.get(key, {}), dict):
            raise fail(key, f"'{key}' must be a table, e.g. [tool.alsinfo.{key}]")
    rules: dict[str, RuleSettings] = {}
    for rule_id, settings in table.get("rules", {}).items():
        if rule_id not in known:
            raise fail(rule_id, f"unknown rule id '{rule_id}' in [rules]")
        if not isinstance(settings, dict):
            raise fail(rule_id, f"[rules.{rule_id}] must be a table of settings")
        rules[rule_id] = _rule_settings(rule_id, settings, known[rule_id], fail)
    per_file = {pattern: rule_list(pattern, ids) for pattern, ids in table.get("per-file-ignores", {}).items()}
    return Config(select, ignore, rules, per_file, path, text, content)


def _rule_settings(rule_id: str, settings: Mapping[str, Any], defaults: Mapping[str, Any],
                   fail: Any) -> RuleSettings:
    severity = None
    options: dict[str, Any] = {}
    for key, value in settings.items():
        if key == "severity":
            if value not in {s.value for s in Severity}:
                raise fail("severity", f"severity of {rule_id} must be error, warning or info, not {value!r}")
            severity = Severity(value)
        elif key not in defaults:
            choices = ", ".join(sorted(defaults)) or "none"
            raise fail(key, f"unknown option '{key}' for {rule_id}; its options: {choices}")
        elif isinstance(defaults[key], Choice) and value not in defaults[key].choices:
            raise fail(key, f"option '{key}' of {rule_id} must be one of {', '.join(defaults[key].choices)}, "
                            f"not {value!r}")
        elif not _same_kind(value, defaults[key]):
            like = "true or false" if isinstance(defaults[key], bool) else f"like {defaults[key]!r}"
            raise fail(key, f"option '{key}' of {rule_id} must be {like}, not {value!r}")
        elif isinstance(value, int | float) and not isinstance(value, bool) and not 0 <= value <= MAX_NUMBER:
            raise fail(key, f"option '{key}' of {rule_id} must be a number from 0 to {MAX_NUMBER}, not {value!r}")
        elif isinstance(defaults[key], Patterns) and (broken := _broken_pattern(value)) is not None:
            raise fail(key, f"option '{key}' of {rule_id}: {broken}")
        else:
            options[key] = value
    return RuleSettings(severity, options)


MAX_PATTERN_LENGTH = 1000  # an editor's phrase is a phrase: a longer one is a paste gone wrong


def _broken_pattern(patterns: list[str]) -> str | None:
    """What is wrong with the first pattern that does not compile, or None."""
    for pattern in patterns:
        if len(pattern) > MAX_PATTERN_LENGTH:
            return f"a pattern of {len(pattern)} characters is longer than {MAX_PATTERN_LENGTH}; list shorter phrases"
        try:
            compiled = re.compile(pattern)
            slow = backtracks_badly(pattern)
        except re.error as error:
            return f"{pattern!r} is not a regular expression: {error}"
        except (OverflowError, RecursionError):  # "x{99999999999}", or groups nested a thousand deep
            return f"{pattern!r} is too large or too deeply nested for a regular expression"
        if compiled.fullmatch(""):
            return f"{pattern!r} matches empty text, so it would report every text"
        if slow:
            return (f"{pattern!r} repeats a part that itself repeats (like '(\\w+\\s?)+'), which can "
                    f"take hours on some sentences; end the repeated part with a separator it cannot match "
                    f"otherwise (as the space in '(?:\\w+ )+'), or list the words instead")
    return None


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return type(value) is type(default)
    if isinstance(default, int):  # a count: a whole number
        return isinstance(value, int)
    if isinstance(default, float):
        return isinstance(value, int | float)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if isinstance(default, str):  # text, a Choice among them (its words are checked before)
        return isinstance(value, str)
    return isinstance(value, type(default))
