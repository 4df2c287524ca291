"""The built wheel carries the article and schemas: installed in a fresh venv, it works from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
                   check=True)
    (found,) = out.glob("alsinfo-*.whl")
    return found


@pytest.mark.slow
def test_wheel_carries_content_and_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "alsinfo/_data/content/als-stem-cell-therapy/faq.yaml" in names
    assert "alsinfo/_data/schemas/faq.schema.json" in names
    assert "alsinfo/_data/schemas/output/validate.schema.json" in names
    assert {"alsinfo/rules/models/claim.json", "alsinfo/rules/models/promotion.json"} <= names  # HC101, HC201


@pytest.mark.slow
def test_installed_wheel_validates_from_an_unrelated_folder(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ALSINFO_CONTENT", "VIRTUAL_ENV")}
    result = subprocess.run([str(bin_dir / "alsinfo"), "validate"], cwd=elsewhere, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert ("(5 files in 1 article checked). Content: the embedded article, as there is no content/ folder "
            "here or above.\n") in result.stdout
    assert result.stdout.startswith("als-stem-cell-therapy/article.yaml:3:1: warning HC001")  # not site-packages
    assert " error " not in result.stdout
    module = subprocess.run([str(bin_dir / "python"), "-m", "alsinfo", "--version"], cwd=elsewhere, env=env,
                            capture_output=True, text=True)
    assert module.returncode == 0 and module.stdout.startswith("alsinfo ")
    # The installed package must not read the source checkout.
    where = subprocess.run([str(bin_dir / "python"), "-c",
                            "from alsinfo.resources import embedded_content_root as r; print(r())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True)
    assert str(env_dir) in where.stdout
