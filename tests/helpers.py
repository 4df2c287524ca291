"""Helpers for tests: load the shipped article into the model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alsinfo.check import check_article
from alsinfo.config import Config
from alsinfo.model import Article
from alsinfo.resources import embedded_content_root, schemas_dir
from alsinfo.results import Verdict, shown_from
from alsinfo.schemas import SchemaSet
from alsinfo.snapshot import read_snapshot

ARTICLE_ID = "als-stem-cell-therapy"
DATA = Path(__file__).parent / "data"  # third-party schemas, kept so that tests need no network
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
