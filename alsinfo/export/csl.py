"""The references as CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)."""

from __future__ import annotations

from typing import Any

from alsinfo.model import Article, Reference
from alsinfo.render.safe import dumps_json


def _date_parts(text: str) -> list[list[int]]:
    """'2020-06-30' → [[2020, 6, 30]], '2020' → [[2020]]: CSL's date-parts."""
    return [[int(part) for part in text.split("-")]]


def item(reference: Reference) -> dict[str, Any]:
    """One CSL item. Only what the content gives: no authors or dates are made up.

    A reference with a journal, PMID, PMCID or DOI is a journal article; with an ISBN a book;
    anything else is cited as a web page.
    """
    journal = bool(reference.journal or reference.pmid or reference.pmcid or reference.doi)
    entry: dict[str, Any] = {
        "id": reference.id,
        "type": "article-journal" if journal else "book" if reference.isbn else "webpage",
        "title": reference.title,
    }
    if reference.authors:
        entry["author"] = [{"literal": a.literal} if a.literal else
                           {key: value for key, value in (("family", a.family), ("given", a.given)) if value}
                           for a in reference.authors]
    if reference.issued():
        entry["issued"] = {"date-parts": _date_parts(reference.issued() or "")}
    container = reference.journal or reference.source
    if container:
        entry["container-title"] = container
    for key, value in (("publisher", reference.publisher), ("volume", reference.volume), ("issue", reference.issue),
                       ("page", reference.pages), ("URL", reference.url), ("DOI", reference.doi),
                       ("PMID", reference.pmid), ("PMCID", reference.pmcid), ("ISBN", reference.isbn)):
        if value:
            entry[key] = value
    if reference.accessed:
        entry["accessed"] = {"date-parts": _date_parts(reference.accessed)}
    if reference.nct:
        entry["note"] = f"ClinicalTrials.gov: {reference.nct}"
    return entry


def render(article: Article) -> str:
    return dumps_json([item(reference) for _, reference in article.numbered_references()])
