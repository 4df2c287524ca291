"""The article names its author.

Why: readers, reviewers and search engines judge health content by who wrote it. An article with
no named author cannot be held to account or asked about its sources.

Bad (article.yaml):

    title: Stem Cell Therapy in ALS Disease
    language: en

Good:

    authors:
      - name: Dr. Jane Doe
        credentials: MD, neurologist
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC001"
NAME = "author-named"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    if not context.article.authors:
        yield Finding("article", (), "the article names no author; add `authors` with each writer's name")
