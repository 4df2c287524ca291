"""Helpers for tests: load the shipped article into the model."""

from __future__ import annotations

from pathlib import Path

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
