"""The references as CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)."""

from __future__ import annotations

from typing import Any

from alsinfo.model import Article, Reference
from alsinfo.render.safe import dumps_json


def item(reference: Reference) -> dict[str, Any]:
    """One CSL item. Only what the content gives: no authors or dates are made up.

    A reference with a PMID or DOI is a journal article; anything else is cited as a web page.
    """
    entry: dict[str, Any] = {
        "id": reference.id,
        "type": "article-journal" if reference.pmid or reference.doi else "webpage",
        "title": reference.title,
        "container-title": reference.source,
        "URL": reference.url,
    }
    if reference.doi:
        entry["DOI"] = reference.doi
    if reference.pmid:
        entry["PMID"] = reference.pmid
    if reference.nct:
        entry["note"] = f"ClinicalTrials.gov: {reference.nct}"
    return entry


def render(article: Article) -> str:
    return dumps_json([item(reference) for reference in article.references])
