"""The public article as one JSON document, the shape `alsinfo show --json` prints."""

from __future__ import annotations

from alsinfo.model import Article
from alsinfo.render.data import article_dict
from alsinfo.render.safe import dumps_json


def render(article: Article) -> str:
    return dumps_json(article_dict(article))
