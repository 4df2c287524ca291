"""Your content, found where you stand: --content, ALSINFO_CONTENT, [tool.alsinfo] content, a
content/ folder here or above, and the embedded article only when there is none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alsinfo.exitcodes import ExitCode
from alsinfo.resources import embedded_content_root
from tests.conftest import ARTICLE_ID, Invoke, edit


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository whose content/ holds a broken copy of the article (an unknown key in faq.yaml)."""
    root = tmp_path / "project"
    shutil.copytree(embedded_content_root(), root / "content")
    edit(root / "content" / ARTICLE_ID / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    (root / "docs").mkdir()
    return root


@pytest.mark.parametrize("where", [".", "docs", "content", f"content/{ARTICLE_ID}"])
def test_content_folder_here_or_above_is_checked_not_the_embedded_article(
        invoke: Invoke, project: Path, where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project / where)
    result = invoke("validate", "--ignore", "HC")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS, result.stdout
    summary = result.stdout.splitlines()[-1]
    assert "Content: " in summary and "embedded" not in summary
    faq = invoke("faq")
    assert faq.exit_code == ExitCode.CONTENT_PROBLEMS and "cannot be read" in faq.stderr


def test_the_configured_content_wins_over_a_content_folder(invoke: Invoke, project: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(embedded_content_root(), project / "articles")  # sound
    (project / "pyproject.toml").write_text("[project]\nname = 'site'\n\n[tool.alsinfo]\ncontent = \"articles\"\n")
    monkeypatch.chdir(project / "docs")
    result = invoke("validate", "--ignore", "HC")
    assert result.exit_code == ExitCode.OK
    assert f"Content: ../articles ('content' in {project / 'pyproject.toml'})" in result.stdout
    assert invoke("faq", "1").exit_code == ExitCode.OK


def test_environment_and_option_come_first(invoke: Invoke, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sound = project.parent / "sound"
    shutil.copytree(embedded_content_root(), sound)
    monkeypatch.chdir(project)
    from_env = invoke("validate", "--ignore", "HC", env={"ALSINFO_CONTENT": str(sound)})
    assert from_env.exit_code == ExitCode.OK and "(ALSINFO_CONTENT)" in from_env.stdout
    from_option = invoke("validate", "--ignore", "HC", "--content", str(project / "content"),
                         env={"ALSINFO_CONTENT": str(sound)})
    assert from_option.exit_code == ExitCode.CONTENT_PROBLEMS and "(--content)" in from_option.stdout


def test_a_configured_content_folder_that_is_missing_is_a_usage_error(invoke: Invoke, project: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (project / ".alsinfo.toml").write_text("ignore = ['HC']\ncontent = 'nowhere'\n")
    monkeypatch.chdir(project)
    result = invoke("validate")
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert f"{project / '.alsinfo.toml'}:2: the content folder 'nowhere' does not exist" in result.stderr


def test_nothing_found_means_the_embedded_article(invoke: Invoke, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("validate", "--ignore", "HC,M")
    assert result.exit_code == ExitCode.OK
    assert "Content: the embedded article, as there is no content/ folder here or above." in result.stdout
