"""Shared fixtures: a CLI runner with stdout and stderr apart, and writable copies of the article."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from alsinfo.cli import app
from alsinfo.resources import embedded_content_root

ARTICLE_ID = "als-stem-cell-therapy"

Invoke = Callable[..., Result]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Tests must not depend on the developer's shell (colour, width, content overrides), and must
    # not write to the developer's own cache.
    for name in ("ALSINFO_CONTENT", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "ALSINFO_DEBUG", "CI",
                 "ALSINFO_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def invoke() -> Invoke:
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return run


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable content root holding a copy of the shipped article."""
    root = tmp_path / "content"
    shutil.copytree(embedded_content_root(), root)
    return root


@pytest.fixture
def article_dir(content_copy: Path) -> Path:
    return content_copy / ARTICLE_ID


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace ``old`` with ``new`` in a content file, failing loudly if ``old`` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
