"""Hostile content is data: markup, emoji codes and control characters never act on the terminal."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from alsinfo import integrity
from alsinfo.exitcodes import ExitCode
from alsinfo.render.safe import _UNSAFE, dumps_json, printable
from tests.conftest import Invoke, edit

# In YAML double quotes: \e is ESC, \a is BEL, \x9b is the C1 CSI, \u202e a right-to-left override.
PAYLOAD_YAML = (r'"[bold]B[/bold] [link=https://evil.example]L[/link] :smile: '
                r'\e[31mRED\e[0m \e]8;;https://x\aOSC\e]8;;\a \x9b2J \u202eRTL \x07"')
SGR = re.compile("\x1b\\[[0-9;]*m")


def test_hidden_characters_are_reported_by_validate(invoke: Invoke, content_copy: Path, article_dir: Path) -> None:
    edit(article_dir / "faq.yaml", "Does stem cell therapy completely cure ALS?", PAYLOAD_YAML)
    result = invoke("validate", str(content_copy), "--ignore", "HC")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "faq.yaml:6:13: error I313 the text holds U+001B (a control character)" in result.stdout
    assert "\x1b" not in result.stdout


@pytest.fixture
def hostile(content_copy: Path, article_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped article with the payload in an answer, a table cell and a heading, as if validation
    let it through (I313 reports it): the renderers must not rely on validation to stay inert."""
    monkeypatch.setattr(integrity, "_hidden_characters", lambda document: iter(()))
    side_effects = next(line for line in (article_dir / "faq.yaml").read_text().splitlines()
                        if line.startswith("  answer: Tissue rejection"))
    edit(article_dir / "faq.yaml", side_effects, f"  answer: {PAYLOAD_YAML}")
    edit(article_dir / "tables.yaml", "    - Cellular signaling", f"    - {PAYLOAD_YAML}")
    edit(article_dir / "sections.yaml", "  title: Expert Consultation for the ALS Treatment Process",
         f"  title: {PAYLOAD_YAML}")
    return content_copy


def assert_inert(output: str) -> None:
    """Nothing from the payload acts: only Rich's own colour codes (SGR) may appear, and no raw controls."""
    without_styles = SGR.sub("", output)
    assert "\x1b" not in without_styles
    for raw in ("\x07", "\x9b", "\u202e"):
        assert raw not in output
    assert "[bold]B[/bold]" in without_styles
    assert "[link=https://evil.example]L[/link]" in without_styles
    assert ":smile:" in without_styles and "😄" not in output
    assert "\\x1b[31mRED" in without_styles and "\\x9b2J" in without_styles and "\\u202eRTL" in without_styles


@pytest.mark.parametrize("env", [{}, {"FORCE_COLOR": "1"}], ids=["piped", "forced-colour"])
@pytest.mark.parametrize("args", [
    ("faq", "side-effects"), ("faq", "--all"), ("table", "stem-cell-therapy-comparison"), ("sections",),
    ("section", "expert-consultation"), ("show",), ("search", "smile"),
])
def test_reader_commands_show_hostile_text_escaped(invoke: Invoke, hostile: Path, env: dict[str, str],
                                                   args: tuple[str, ...]) -> None:
    result = invoke(*args, "--content", str(hostile), env={**env, "COLUMNS": "250"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_inert(result.stdout)


def test_hostile_text_in_json_is_escaped_but_exact(invoke: Invoke, hostile: Path) -> None:
    result = invoke("faq", "side-effects", "--json", "--content", str(hostile))
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in result.stdout
    answer = json.loads(result.stdout)["entries"][0]["answer"]
    assert "\x1b[31mRED" in answer and "\x9b2J" in answer and "\u202eRTL" in answer


def test_narrow_table_with_hostile_cell_stays_inert(invoke: Invoke, hostile: Path) -> None:
    result = invoke("table", "--content", str(hostile), env={"COLUMNS": "40", "FORCE_COLOR": "1"})
    assert result.exit_code == ExitCode.OK
    assert "\x1b" not in SGR.sub("", result.stdout)


def test_printable_escapes_every_dangerous_character() -> None:
    escaped = "a\\x1bb\\x07c\\x9bd\\u202ee\\ud800f\\u2066g\tok\n"
    assert printable("a\x1bb\x07c\x9bd\u202ee\ud800f\u2066g\tok\n") == escaped
    assert printable("Özek “quote” — ok") == "Özek “quote” — ok"


def test_dumps_json_escapes_what_json_leaves_raw() -> None:
    text = dumps_json({"t": "\x9b\u202e\ud800Ö"})
    assert text == '{\n  "t": "\\u009b\\u202e\\ud800Ö"\n}\n'


def test_the_printable_shortcut_never_skips_a_character_to_escape() -> None:
    # printable() trusts str.isprintable() first: every character it escapes must fail that test.
    escaped = [chr(code) for code in range(sys.maxunicode + 1) if _UNSAFE.match(chr(code))]
    assert escaped and not any(character.isprintable() for character in escaped)
