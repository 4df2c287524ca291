"""`validate --changed`: every article with a changed file, whatever its name; refs are never options."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from alsinfo.exitcodes import ExitCode
from alsinfo.resources import embedded_content_root
from tests.conftest import ARTICLE_ID, Invoke, edit


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
                           *args], cwd=repo, check=True, capture_output=True, text=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose main branch holds three articles, one with an awkward name, and a branch
    `edits` checked out."""
    repo = tmp_path / "repo"
    for name in ("plain", "ünïcode\ttab \"quoted\"", "other"):
        shutil.copytree(embedded_content_root() / ARTICLE_ID, repo / "content" / name)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "content")
    git(repo, "checkout", "-q", "-b", "edits")
    monkeypatch.chdir(repo)
    return repo


def checked(invoke: Invoke, *args: str) -> tuple[int, set[str], str]:
    result = invoke("validate", "--changed", *args, "content", "--ignore", "HC", "--format", "json")
    import json

    if result.exit_code == ExitCode.USAGE_ERROR:
        return result.exit_code, set(), result.stderr
    report = json.loads(result.stdout)
    return result.exit_code, {problem["file"].split("/")[1] for problem in report["problems"]}, \
        str(report["summary"]["articles"])


def test_names_git_would_quote_are_found(invoke: Invoke, repo: Path) -> None:
    awkward = repo / "content" / "ünïcode\ttab \"quoted\""
    edit(awkward / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    git(repo, "commit", "-qam", "break the awkward one")
    code, articles, count = checked(invoke, "--since", "main")
    assert code == ExitCode.CONTENT_PROBLEMS and articles == {awkward.name} and count == "1"


def test_an_added_stray_file_makes_its_article_checked(invoke: Invoke, repo: Path) -> None:
    (repo / "content" / "plain" / "faqs.yaml").write_text("entries: []\n")  # untracked
    assert checked(invoke, "--since", "main")[:2] == (ExitCode.CONTENT_PROBLEMS, {"plain"})
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "add a misnamed file")
    assert checked(invoke, "--since", "main")[:2] == (ExitCode.CONTENT_PROBLEMS, {"plain"})
    assert checked(invoke)[:2] == (ExitCode.CONTENT_PROBLEMS, {"plain"})  # against the merge base with main


def test_on_the_default_branch_itself_nothing_is_silently_passed(invoke: Invoke, repo: Path) -> None:
    git(repo, "checkout", "-q", "main")
    edit(repo / "content" / "plain" / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    git(repo, "commit", "-qam", "break plain on main")
    code, _, stderr = checked(invoke)
    assert code == ExitCode.USAGE_ERROR and "--since HEAD~1" in stderr
    assert checked(invoke, "--since", "HEAD~1")[:2] == (ExitCode.CONTENT_PROBLEMS, {"plain"})


def test_a_ref_that_looks_like_an_option_is_refused_and_writes_nothing(invoke: Invoke, repo: Path) -> None:
    target = repo / "overwritten.txt"
    target.write_text("keep me\n")
    for ref in (f"--output={target}", "-p", ""):
        code, _, stderr = checked(invoke, f"--since={ref}")
        assert code == ExitCode.USAGE_ERROR and "is not a git ref" in stderr
    assert target.read_text() == "keep me\n"
    code, _, stderr = checked(invoke, "--since", "no-such-ref")
    assert code == ExitCode.USAGE_ERROR and "'no-such-ref' is not a commit" in stderr
