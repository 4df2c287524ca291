"""Configuration discovery and errors, inline suppression, and the validate options that use them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from alsinfo.config import Config, ConfigError, find_config, load_config
from alsinfo.editorial import known_rules
from alsinfo.exitcodes import ExitCode
from tests.conftest import Invoke
from tests.rule_fixture import clean, line_of, run, write


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A project with a content root and one article missing its disclaimer (HC004)."""
    data = clean()
    del data["article"]["disclaimer"]
    return write(tmp_path / "project" / "content" / "test-article", data)


def test_discovery_walks_up_to_alsinfo_toml_or_pyproject(article: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    assert find_config(article) is None
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(article) is None  # a pyproject.toml without [tool.alsinfo] is not ours
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n\n[tool.alsinfo]\nignore = ['HC004']\n")
    assert find_config(article) == project / "pyproject.toml"
    (project / "content" / ".alsinfo.toml").write_text("select = ['HC0']\n")
    assert find_config(article) == project / "content" / ".alsinfo.toml"


def test_pyproject_settings_apply(invoke: Invoke, article: Path, tmp_path: Path) -> None:
    assert invoke("validate", str(article), "--strict").exit_code == ExitCode.CONTENT_PROBLEMS
    (tmp_path / "project" / "pyproject.toml").write_text("[tool.alsinfo]\nignore = ['HC004']\n")
    result = invoke("validate", str(article), "--strict")
    assert result.exit_code == ExitCode.OK, result.stdout


def test_severity_and_options_in_dotfile(invoke: Invoke, article: Path, tmp_path: Path) -> None:
    (tmp_path / "project" / ".alsinfo.toml").write_text('[rules.HC004]\nseverity = "error"\n')
    result = invoke("validate", str(article))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "error HC004" in result.stdout


def test_an_extra_phrase_that_could_hang_the_run_is_a_usage_error(invoke: Invoke, article: Path,
                                                                  tmp_path: Path) -> None:
    # Test data: "(\w+\s?)+miracle" tries every way to split a sentence without "miracle" into words
    # (about 2 to the power of its letters): on a 48-character sentence it ran for over a minute.
    (tmp_path / "project" / ".alsinfo.toml").write_text('[rules.HC201]\nextra_phrases = ["(\\\\w+\\\\s?)+miracle"]\n')
    result = invoke("validate", str(article))
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "repeats a part that itself repeats" in result.stderr and not result.stdout


def test_an_extra_phrase_that_passes_the_check_but_backtracks_for_hours_ends_the_run_as_a_usage_error(
        invoke: Invoke, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alsinfo.rules import _extra_phrases

    monkeypatch.setattr(_extra_phrases, "SECONDS", 0.2)
    # Test data: overlapping alternatives under a repeat, then a character no sentence has: every way to
    # split each word is tried (no repeat inside the repeat, so the configuration's check lets it through).
    (tmp_path / "project" / ".alsinfo.toml").write_text("[rules.HC201]\nextra_phrases = ['(?:.|\\w)+=']\n")
    result = invoke("validate", str(article), "--no-cache")
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "took more than 0.2 s on one sentence" in result.stderr and "(?:.|\\\\w)+=" in result.stderr


def test_an_extra_phrase_slow_on_every_sentence_ends_the_run_as_a_usage_error(
        invoke: Invoke, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alsinfo.rules import _extra_phrases

    # Test data: a pattern under the per-sentence limit that would add up over many sentences; the run's
    # budget is set to nothing so that the shipped article's sentences exceed it.
    monkeypatch.setattr(_extra_phrases, "RUN_SECONDS", 0.0)
    monkeypatch.setattr(_extra_phrases, "SENTENCE_AVERAGE", 0.0)
    monkeypatch.setattr(_extra_phrases, "_spent", {})
    (tmp_path / "project" / ".alsinfo.toml").write_text("[rules.HC203]\nextra_phrases = ['.*.*.*cure']\n")
    result = invoke("validate", str(article), "--no-cache", "-j", "1")
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "of HC203: '.*.*.*cure' took more than 0 s on each sentence on average" in result.stderr


def test_config_and_isolated_options(invoke: Invoke, article: Path, tmp_path: Path) -> None:
    (tmp_path / "project" / ".alsinfo.toml").write_text("ignore = ['HC004']\n")
    other = tmp_path / "strict.toml"
    other.write_text('[rules.HC004]\nseverity = "error"\n')
    assert invoke("validate", str(article)).exit_code == ExitCode.OK
    assert "HC004" not in invoke("validate", str(article)).stdout
    assert invoke("validate", str(article), "--config", str(other)).exit_code == ExitCode.CONTENT_PROBLEMS
    isolated = invoke("validate", str(article), "--isolated")
    assert isolated.exit_code == ExitCode.OK and "warning HC004" in isolated.stdout


def test_per_file_ignores_by_glob(invoke: Invoke, article: Path, tmp_path: Path) -> None:
    (tmp_path / "project" / ".alsinfo.toml").write_text(
        '[per-file-ignores]\n"content/*/article.yaml" = ["HC004"]\n')
    assert "HC004" not in invoke("validate", str(article)).stdout
    (tmp_path / "project" / ".alsinfo.toml").write_text('[per-file-ignores]\n"content/*/faq.yaml" = ["HC004"]\n')
    assert "HC004" in invoke("validate", str(article)).stdout


@pytest.mark.parametrize("name, text", [(".alsinfo.toml", "ignore = ['HC004']\n"),
                                        ("pyproject.toml", "[tool.alsinfo]\nignore = ['HC004']\n")])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_config_file_in_an_article_folder_applies_to_that_article_alone(
        invoke: Invoke, article: Path, name: str, text: str, jobs: str) -> None:
    sibling = article.parent / "other-article"
    shutil.copytree(article, sibling)
    (article / name).write_text(text)
    root = str(article.parent)
    for attempt in ("cold", "cached"):
        result = invoke("validate", root, "-j", jobs, "-f", "json")
        files = {p["file"].split("/")[-2] for p in json.loads(result.stdout)["problems"] if p["rule"] == "HC004"}
        assert files == {"other-article"}, attempt

def test_cli_select_ignore_and_min_severity(invoke: Invoke, article: Path) -> None:
    data_note = article / "article.yaml"
    data_note.write_text(data_note.read_text().replace("status: resolved", "status: open"))
    full = invoke("validate", str(article), "-f", "json")
    assert {p["rule"] for p in json.loads(full.stdout)["problems"]} == {"HC004", "HC402"}
    only = invoke("validate", str(article), "-f", "json", "--select", "HC4")
    assert {p["rule"] for p in json.loads(only.stdout)["problems"]} == {"HC402"}
    ignored = invoke("validate", str(article), "-f", "json", "--ignore", "HC402,HC004")
    assert json.loads(ignored.stdout)["problems"] == []
    warnings = invoke("validate", str(article), "-f", "json", "--min-severity", "warning")
    assert {p["rule"] for p in json.loads(warnings.stdout)["problems"]} == {"HC004"}
    unknown = invoke("validate", str(article), "--select", "HC999")
    assert unknown.exit_code == ExitCode.USAGE_ERROR and "unknown rule id 'HC999'" in unknown.stderr


@pytest.mark.parametrize("text, line, words", [
    ("select = ['HC0']\nignore = ['HC999']\n", 2, "unknown rule id 'HC999' in 'ignore'"),
    ("[rules.HC003]\nmax_age_months = 6\nmax_age_days = 30\n", 3, "unknown option 'max_age_days' for HC003"),
    ("[rules.HC777]\nseverity = 'error'\n", 1, "unknown rule id 'HC777' in [rules]"),
    ("[rules.HC003]\nseverity = 'fatal'\n", 2, "severity of HC003 must be error, warning or info"),
    ("[rules.HC003]\nmax_age_months = 'six'\n", 2, "option 'max_age_months' of HC003 must be like 12"),
    ("colour = true\n", 1, "unknown setting 'colour'"),
    ("select = ['HC0']\nrules = 5\n", 2, "'rules' must be a table"),
    ("per-file-ignores = ['x']\n", 1, "'per-file-ignores' must be a table"),
    ("[per-file-ignores]\n'drafts/*' = 'HC101'\n", 2, "must be a list of rule ids"),
    ("[rules.HC202]\nmax_grade = nan\n", 2, "must be a number from 0 to 10000, not nan"),
    ("[rules.HC202]\nmax_grade = inf\n", 2, "must be a number from 0 to 10000, not inf"),
    ("[rules.HC003]\nmax_age_months = -1\n", 2, "must be a number from 0 to 10000, not -1"),
    ("[rules.HC003]\nmax_age_months = 6.5\n", 2, "option 'max_age_months' of HC003 must be like 12"),
    ("[rules.HC201]\nlearnt = 'no'\n", 2, "option 'learnt' of HC201 must be true or false, not 'no'"),
    ("[rules.HC302]\nmin_words = 10000000\n", 2, "not 10000000"),
    ("select = [\n", 2, "not valid TOML"),
])
def test_config_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / ".alsinfo.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, known_rules())
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert words in str(caught.value)


def test_a_byte_order_mark_before_the_configuration_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / ".alsinfo.toml"
    path.write_bytes(b"\xef\xbb\xbfignore = ['HC202']\n")  # some editors on Windows write one
    assert load_config(path, known_rules()).ignore == ("HC202",)


@pytest.mark.parametrize("spelling", [
    "[tool.alsinfo]\nignore = ['HC004']\n",
    "[ tool.alsinfo ]\nignore = ['HC004']\n",
    "[tool]\nalsinfo.ignore = ['HC004']\n",
    "tool.alsinfo.ignore = ['HC004']\n",
    "[tool]\nalsinfo = { ignore = ['HC004'] }\n",
])
def test_every_toml_spelling_of_the_table_is_read(invoke: Invoke, article: Path, tmp_path: Path,
                                                   spelling: str) -> None:
    (tmp_path / "project" / "pyproject.toml").write_text(spelling)
    result = invoke("validate", str(article), "--strict")
    assert result.exit_code == ExitCode.OK, result.stdout


def test_wrong_types_in_pyproject_are_usage_errors_with_a_line(invoke: Invoke, article: Path,
                                                               tmp_path: Path) -> None:
    pyproject = tmp_path / "project" / "pyproject.toml"
    pyproject.write_text("[project]\nname = 'x'\n\n[tool.alsinfo]\nrules = 5\n")
    for command in (("validate", str(article)), ("faq", "--content", str(article))):
        result = invoke(*command)
        assert result.exit_code == ExitCode.USAGE_ERROR and f"{pyproject}:5: 'rules' must be a table" in result.stderr


def test_config_error_is_a_usage_error_in_the_cli(invoke: Invoke, article: Path, tmp_path: Path) -> None:
    config = tmp_path / "project" / ".alsinfo.toml"
    config.write_text("ignore = ['HC4O2']\n")
    result = invoke("validate", str(article))
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert f"{config}:1: unknown rule id 'HC4O2'" in result.stderr
    assert invoke("faq", "--content", str(article)).exit_code == ExitCode.USAGE_ERROR


def test_inline_suppression_on_the_line_or_above(tmp_path: Path) -> None:
    data = clean()
    data["references"]["references"][1]["url"] = "http://example.org/other"
    folder = write(tmp_path / "a", data)
    path = folder / "references.yaml"
    text = path.read_text()
    assert [p.rule for p in run(folder)] == ["HC104"]
    url = "url: http://example.org/other"
    path.write_text(text.replace(url, f"{url}  # alsinfo: ignore[HC104]"))
    assert run(folder) == []
    path.write_text(text.replace(f"  {url}", f"  # alsinfo: ignore[HC104, HC105]\n  {url}"))
    (unused,) = run(folder)
    assert unused.rule == "M001" and unused.severity.value == "info"
    assert unused.line == line_of(path, "# alsinfo: ignore")
    assert unused.message == "suppression of 'HC105' suppresses nothing here; remove it"


def test_unused_and_misplaced_suppressions_are_reported(tmp_path: Path) -> None:
    folder = write(tmp_path / "a", clean())
    path = folder / "faq.yaml"
    path.write_text("# alsinfo: ignore[HC301]\n# alsinfo: ignore[S201]\n" + path.read_text())
    problems = run(folder)
    assert [(p.rule, p.line) for p in problems] == [("M001", 1), ("M001", 2)]
    assert "is not a rule that can be ignored" in problems[1].message
    assert run(folder, Config(ignore=("M001",))) == []


def test_reader_cache_notices_a_config_change(invoke: Invoke, article: Path, tmp_path: Path) -> None:
    assert invoke("faq", "--content", str(article)).exit_code == ExitCode.OK
    (tmp_path / "project" / ".alsinfo.toml").write_text('[rules.HC004]\nseverity = "error"\n')
    refused = invoke("faq", "--content", str(article))
    assert refused.exit_code == ExitCode.CONTENT_PROBLEMS and "HC004" in refused.stderr
