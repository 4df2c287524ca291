"""Odd environments: output that cannot be written, 8-bit locales, huge files; clean exits, never tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alsinfo.exitcodes import ExitCode
from tests.conftest import Invoke


def alsinfo(*args: str, stdout: object = subprocess.PIPE, env: dict[str, str] | None = None,
            encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "alsinfo", *args], stdout=stdout, stderr=subprocess.PIPE,
                          encoding=encoding, env={**os.environ, **(env or {})}, timeout=120)  # type: ignore[call-overload]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("faq",), ("faq", "1", "--json"), ("--version",), ("validate",), ("export",),
                                  ("rules",), ("--help",), ("cache", "info")])
def test_a_full_disk_on_stdout_is_a_clean_output_error(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        done = alsinfo(*args, stdout=full)
    assert done.returncode == ExitCode.OUTPUT_ERROR
    assert done.stderr == "alsinfo: error: cannot write to standard output: No space left on device\n"


@pytest.mark.parametrize("args", [("faq",), ("--version",), ("validate",)])
def test_a_closed_stdout_is_a_clean_output_error(args: tuple[str, ...]) -> None:
    # As `alsinfo faq >&-` in a shell: the process starts with no file descriptor 1.
    done = subprocess.run([sys.executable, "-m", "alsinfo", *args], stderr=subprocess.PIPE, text=True, timeout=120,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == ExitCode.OUTPUT_ERROR
    assert done.stderr == "alsinfo: error: cannot write to standard output: standard output is closed\n"


def test_a_reader_that_goes_away_ends_the_output_quietly() -> None:
    process = subprocess.Popen([sys.executable, "-m", "alsinfo", "show"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=120) == ExitCode.OK
    assert process.stderr is not None and process.stderr.read() == ""


@pytest.mark.parametrize("args, expected", [(("faq", "1"), "patient?s"), (("show",), "patient?s"),
                                            (("validate",), " warnings, 1 info in 4 files")])
def test_an_8_bit_encoding_prints_what_it_can_carry(args: tuple[str, ...], expected: str) -> None:
    done = alsinfo(*args, env={"PYTHONIOENCODING": "iso-8859-9"}, encoding="iso-8859-9")
    assert done.returncode == ExitCode.OK and done.stderr == ""
    assert expected in done.stdout  # ’ has no place in ISO-8859-9: it is replaced, not a crash


def test_readers_apply_the_size_limit_without_reading_a_huge_file(invoke: Invoke, article_dir: Path) -> None:
    faq = article_dir / "faq.yaml"
    with faq.open("r+b") as stream:
        stream.truncate(2 * 1024**3)  # 2 GiB, sparse: reading it whole would take 2 GB of memory
    for command in (("faq",), ("export",), ("search", "cure")):
        result = invoke(*command, "--content", str(article_dir))
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS
        assert "L108" in result.stderr or "larger than" in result.stderr


@pytest.mark.parametrize("words, cword, expected", [
    ("alsinfo section msc", "2", "msc-neuroprotective-effect"),
    ("alsinfo table stem", "2", "stem-cell-therapy-comparison"),
    ("alsinfo faq side", "2", "side-effects"),
    ("alsinfo export --article als", "3", "als-stem-cell-therapy"),
    ("alsinfo val", "1", "validate"),
])
def test_shell_completion_knows_commands_and_ids(words: str, cword: str, expected: str) -> None:
    done = alsinfo(env={"_ALSINFO_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword})
    assert done.returncode == 0 and expected in done.stdout.split()


def test_completion_scripts_can_be_shown() -> None:
    done = alsinfo("--show-completion", "bash", env={"SHELL": "/bin/bash"})
    assert done.returncode == 0 and "_ALSINFO_COMPLETE" in done.stdout


@pytest.mark.parametrize("form", ["html", "json", "markdown"])
def test_exports_are_utf8_whatever_the_terminal_encoding(form: str) -> None:
    done = subprocess.run([sys.executable, "-m", "alsinfo", "export", "-f", form], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "iso-8859-9"}, timeout=120)
    assert done.returncode == 0 and done.stderr == b""
    assert "patient’s".encode() in done.stdout  # the publisher's bytes, not the terminal's '?'


@pytest.mark.parametrize("args", [("faq", "--help"), ("translations", "--help"), ("faq", "--nope"),
                                  ("section",), ("cache",)])
def test_the_console_script_answers_as_the_whole_app_does(invoke: Invoke, args: tuple[str, ...]) -> None:
    """The console script builds only the command asked for (a faster start); what it prints and
    its exit status are the whole app's."""
    from alsinfo.cli import _app_for, app

    assert _app_for(list(args)) is not app
    whole = invoke(*args, env={"COLUMNS": "100"})
    done = alsinfo(*args, env={"COLUMNS": "100"})
    assert (done.returncode, done.stdout, done.stderr) == (whole.exit_code, whole.stdout, whole.stderr)


def test_the_whole_app_answers_what_needs_every_command() -> None:
    from alsinfo.cli import _app_for, app

    assert _app_for([]) is app and _app_for(["--help"]) is app and _app_for(["nosuch"]) is app
