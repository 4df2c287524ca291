"""`alsinfo validate` through the CLI: reports, formats, exit codes, stdout and stderr apart."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from alsinfo.exitcodes import ExitCode
from alsinfo.resources import schemas_dir
from tests.conftest import Invoke, edit

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[A-Z]+\d+) ")


def break_article(article_dir: Path) -> None:
    """Three errors in three files: an unknown key, a broken link and a wrong type."""
    edit(article_dir / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    edit(article_dir / "sections.yaml", "table: application-methods-comparison", "table: application-methods")
    edit(article_dir / "references.yaml", "title: Scientific References and Sources", "title: [a, b]")


def test_embedded_article_is_clean_from_anywhere(invoke: Invoke, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("validate")
    assert result.exit_code == ExitCode.OK  # the seed's flaws are warnings, not errors
    *_, summary, passed = result.stdout.splitlines()
    assert summary.startswith("Found ") and summary.endswith(" warnings, 1 info in 4 files (5 files in 1 article "
                                                             "checked). Content: the embedded article, as there is "
                                                             "no content/ folder here or above.")
    assert passed.startswith("Passed: warnings do not fail a run without --strict.")
    assert result.stdout.startswith("als-stem-cell-therapy/article.yaml:3:1: warning HC001")  # not site-packages
    assert " error " not in result.stdout
    assert result.stderr == ""
    structure_only = invoke("validate", "--ignore", "HC,M")
    assert structure_only.stdout.startswith("No problems found: 5 files in 1 article checked. Content: the embedded")


def test_every_problem_in_one_run_with_location_and_path(invoke: Invoke, content_copy: Path, article_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    break_article(article_dir)
    monkeypatch.chdir(content_copy.parent)
    result = invoke("validate", "content")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    lines = result.stdout.splitlines()
    problems = [LINE.match(line) for line in lines[:-1]]
    assert all(problems), lines
    assert [(m["file"], m["rule"]) for m in problems if m] == [
        ("content/als-stem-cell-therapy/faq.yaml", "S201"),
        ("content/als-stem-cell-therapy/faq.yaml", "S202"),
        ("content/als-stem-cell-therapy/references.yaml", "S203"),
        ("content/als-stem-cell-therapy/sections.yaml", "I302"),
        ("content/als-stem-cell-therapy/tables.yaml", "I311"),  # the table the broken link meant to place
    ]
    assert "unknown key 'questoin' (did you mean 'question'?)  $.entries[0].questoin" in result.stdout
    assert lines[-1] == "Found 4 errors, 1 warning in 4 files (5 files in 1 article checked)."
    assert result.stderr == ""


def test_content_option_and_environment_variable(invoke: Invoke, content_copy: Path, article_dir: Path) -> None:
    break_article(article_dir)
    assert invoke("validate", "--content", str(content_copy)).exit_code == ExitCode.CONTENT_PROBLEMS
    assert invoke("validate", env={"ALSINFO_CONTENT": str(content_copy)}).exit_code == ExitCode.CONTENT_PROBLEMS
    assert invoke("validate", "--content", str(article_dir)).exit_code == ExitCode.CONTENT_PROBLEMS


def test_single_file_reports_only_that_file_but_checks_its_links(invoke: Invoke, article_dir: Path) -> None:
    break_article(article_dir)
    result = invoke("validate", str(article_dir / "sections.yaml"))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    *problems, summary, note = result.stdout.splitlines()
    assert "The editorial rules did not run" in note
    assert any("I302" in line for line in problems) and not any("faq.yaml" in line for line in problems)
    assert "(1 file in 1 article checked)" in summary


def test_a_single_file_that_passes_says_when_the_rules_could_not_run(invoke: Invoke, article_dir: Path) -> None:
    break_article(article_dir)
    result = invoke("validate", str(article_dir / "article.yaml"))
    assert result.exit_code == ExitCode.OK  # its own file is fine: the pre-commit hook passes it
    assert "No problems found: 1 file in 1 article checked." in result.stdout
    # sections.yaml's broken link does not stop the rules; the other two files' schema errors do.
    assert (f"The editorial rules did not run on {article_dir}: faq.yaml, references.yaml "
            f"have errors; `alsinfo validate {article_dir}` shows them.") in result.stdout


def test_links_dates_and_rules_are_reported_in_one_run(invoke: Invoke, article_dir: Path) -> None:
    edit(article_dir / "sections.yaml", "table: application-methods-comparison", "table: nowhere")
    edit(article_dir / "faq.yaml", "id: side-effects", "id: what-is-als")
    edit(article_dir / "article.yaml", "language: en\n", "language: en\npublished: 2030-02-30\n")
    rules = {line.split()[2] for line in invoke("validate", str(article_dir)).stdout.splitlines()[:-2]}
    assert {"I302", "I301", "I306", "HC001", "HC101", "HC305"} <= rules


def test_problems_hidden_by_min_severity_are_counted_and_strict_says_it_fails_on_them(invoke: Invoke) -> None:
    result = invoke("validate", "--strict", "--min-severity", "error")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    lines = result.stdout.splitlines()
    hidden = len(invoke("validate", "-f", "json").stdout.split('"rule"')) - 1  # every problem, shown
    assert lines[0].startswith("No problems shown: 5 files in 1 article checked.")
    assert lines[1] == f"{hidden} problems below --min-severity are not shown and the run fails on them (--strict)."
    lenient = invoke("validate", "--min-severity", "error")
    assert lenient.exit_code == ExitCode.OK
    assert f"{hidden} problems below --min-severity are not shown." in lenient.stdout


def test_json_report_matches_its_schema(invoke: Invoke, article_dir: Path) -> None:
    break_article(article_dir)
    result = invoke("validate", "--format", "json", str(article_dir))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    report = json.loads(result.stdout)
    schema = json.loads((schemas_dir() / "output" / "validate.schema.json").read_text())
    Draft202012Validator(schema).validate(report)
    assert report["summary"] == {"files": 5, "articles": 1, "errors": 4, "warnings": 1, "infos": 0}
    first = report["problems"][0]
    assert first["rule"] == "S201" and first["line"] == 5 and first["path"] == "$.entries[0]"


def test_clean_json_report_matches_its_schema(invoke: Invoke) -> None:
    result = invoke("validate", "-f", "json")
    schema = json.loads((schemas_dir() / "output" / "validate.schema.json").read_text())
    Draft202012Validator(schema).validate(json.loads(result.stdout))
    assert result.exit_code == ExitCode.OK


def test_github_annotations(invoke: Invoke, article_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    break_article(article_dir)
    monkeypatch.chdir(article_dir)
    result = invoke("validate", "--format", "github", ".")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "::error file=faq.yaml,line=6,col=3,title=S202 unknown-key::unknown key 'questoin' " \
           "(did you mean 'question'?) ($.entries[0].questoin)" in result.stdout.splitlines()


def test_strict_fails_on_warnings(invoke: Invoke, article_dir: Path) -> None:
    edit(article_dir / "article.yaml", "language: en\n",
         "language: en\npublished: 2025-05-01\nlast_reviewed: 2025-01-01\n")
    assert invoke("validate", "--ignore", "HC", str(article_dir)).exit_code == ExitCode.OK
    result = invoke("validate", "--ignore", "HC", "--strict", str(article_dir))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS and "I308" in result.stdout


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_hidden_warning_still_fails_a_strict_run(invoke: Invoke, output_format: str) -> None:
    # --min-severity filters what is shown; the exit status still answers for every problem.
    for _ in range(2):  # the second run is served from the cache
        result = invoke("validate", "--strict", "--min-severity", "error", "--format", output_format)
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS
        assert "warning" not in result.stdout.replace('"warnings"', "")


@pytest.mark.parametrize("args, needle", [
    (("validate", "no/such/path"), "path 'no/such/path' does not exist"),
    (("validate", "--content", "no/such/dir"), "content path 'no/such/dir' does not exist"),
])
def test_missing_paths_are_usage_errors(invoke: Invoke, args: tuple[str, ...], needle: str) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert needle in result.stderr and result.stdout == ""


def test_file_of_unknown_kind_is_a_usage_error(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("a: b\n")
    result = invoke("validate", str(tmp_path / "notes.yaml"))
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "cannot tell what kind of content" in result.stderr


def test_folder_without_articles_is_a_usage_error(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path))
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "no articles found" in result.stderr


def test_unknown_format_and_option_are_usage_errors(invoke: Invoke) -> None:
    assert invoke("validate", "--format", "xml").exit_code == ExitCode.USAGE_ERROR
    assert invoke("validate", "--frobnicate").exit_code == ExitCode.USAGE_ERROR


def test_internal_error_is_short_and_exits_3(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("alsinfo.check.check_article", explode)
    result = invoke("validate")
    assert result.exit_code == ExitCode.INTERNAL_ERROR
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "Traceback" not in result.stderr and "ALSINFO_DEBUG=1" in result.stderr
    debug = invoke("validate", env={"ALSINFO_DEBUG": "1"})
    assert debug.exit_code == ExitCode.INTERNAL_ERROR and "Traceback" in debug.stderr


def test_hostile_yaml_gives_clean_errors_not_tracebacks(invoke: Invoke, article_dir: Path) -> None:
    cases = {
        "faq.yaml": b"entries:\n  - &a {id: x}\n  - *a\n",
        "tables.yaml": b"tables: !!python/object/apply:os.system ['echo pwned']\n",
        "references.yaml": b"\xff\xfe not utf-8",
        "sections.yaml": b"",
        "article.yaml": b"[" * 5000,
    }
    for name, raw in cases.items():
        (article_dir / name).write_bytes(raw)
    result = invoke("validate", str(article_dir))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    rules = {m["rule"] for m in map(LINE.match, result.stdout.splitlines()) if m}
    assert rules == {"L108", "L109", "L102", "L104", "L111"}
    assert "Traceback" not in result.stdout + result.stderr


def test_content_text_in_messages_is_never_markup_or_control_codes(invoke: Invoke, article_dir: Path) -> None:
    hostile_key = '  "[bold red]:smile:\\e]8;;http://x\\a\\x9b": 1\n'
    edit(article_dir / "faq.yaml", "  question: Does stem", hostile_key + "  question: Does stem")
    for env in ({}, {"FORCE_COLOR": "1"}):
        result = invoke("validate", str(article_dir), env=env)
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS
        assert "unknown key '[bold red]:smile:\\x1b]8;;http://x\\x07\\x9b'" in result.stdout
        assert "\x07" not in result.stdout and "\x9b" not in result.stdout and "😄" not in result.stdout
        assert ("\x1b[" in result.stdout) == bool(env)  # styling only when forced


def test_no_color_wins_over_force_color(invoke: Invoke, article_dir: Path) -> None:
    break_article(article_dir)
    for args, env in ((("--no-color",), {"FORCE_COLOR": "1"}), ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"})):
        result = invoke("validate", *args, str(article_dir), env=env)
        assert result.exit_code == ExitCode.CONTENT_PROBLEMS
        assert "\x1b" not in result.stdout and "S202" in result.stdout


@pytest.mark.parametrize("make", ["folder", "fifo", "device-link", "dangling-link"])
def test_content_file_that_is_not_a_regular_file_is_reported_not_read(invoke: Invoke, article_dir: Path,
                                                                       make: str) -> None:
    import os

    path = article_dir / "tables.yaml"
    path.unlink()
    if make == "folder":
        path.mkdir()
    elif make == "fifo":
        os.mkfifo(path)  # reading it would block forever
    elif make == "device-link":
        path.symlink_to("/dev/zero")  # reading it would never end
    else:
        path.symlink_to(article_dir / "nowhere.yaml")
    result = invoke("validate", str(article_dir), "--ignore", "HC")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "tables.yaml:1:1: error L112 tables.yaml is not a regular file" in result.stdout
    assert "I302" not in result.stdout  # the links into it are not reported twice


def test_content_option_that_is_a_file_is_a_usage_error(invoke: Invoke, article_dir: Path) -> None:
    # (validate takes single files anyway, so it accepts one there too)
    for command in (("faq",), ("table",), ("export",)):
        result = invoke(*command, "--content", str(article_dir / "faq.yaml"))
        assert result.exit_code == ExitCode.USAGE_ERROR, command
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("command, expected", [
    (("validate", "--format", "text"), ExitCode.CONTENT_PROBLEMS),  # still says the content has errors
    (("faq", "--all"), ExitCode.OK),  # the reader stopped reading: nothing went wrong
])
def test_output_closed_early_is_not_an_internal_error(tmp_path: Path, command: tuple[str, ...],
                                                      expected: ExitCode) -> None:
    import shutil
    import subprocess
    import sys

    from alsinfo.resources import embedded_content_root

    root = tmp_path / "content"
    for number in range(40):  # enough output to fill the pipe
        shutil.copytree(embedded_content_root() / "als-stem-cell-therapy", root / f"a-{number:02d}")
    edit(root / "a-00" / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    argv = [sys.executable, "-m", "alsinfo", *command, "--content" if command[0] == "faq" else str(root)]
    if command[0] == "faq":
        argv.append(str(root / "a-01"))
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == expected
    assert "internal error" not in stderr and "Traceback" not in stderr


def test_colour_when_forced_plain_when_refused_cached_or_not(invoke: Invoke) -> None:
    plain = invoke("validate").stdout
    for _ in range(2):  # checked, then served from the cache
        coloured = invoke("validate", env={"FORCE_COLOR": "1"})
        assert coloured.exit_code == ExitCode.OK and "\x1b[" in coloured.stdout
        assert re.sub(r"\x1b\[[0-9;]*m", "", coloured.stdout) == plain
        assert invoke("validate", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout == plain
