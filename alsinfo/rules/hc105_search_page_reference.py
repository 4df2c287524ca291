"""A reference points at a source, not at a search page.

Why: a registry or database search (ClinicalTrials.gov, PubMed) shows different results every day
and supports no particular statement; cite the trial (NCT number) or the article (PMID, DOI).
A URL whose path ends in a search page or whose query holds search terms (option
`search_parameters`) is a search page.

Bad: `url: https://clinicaltrials.gov/search?cond=Amyotrophic%20Lateral%20Sclerosis`

Good: `url: https://clinicaltrials.gov/study/NCT01234567` with `identifiers: {nct: NCT01234567}`
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from alsinfo.rules._api import Finding, RuleContext

ID = "HC105"
NAME = "search-page-reference"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"search_parameters": ["q", "query", "term", "cond", "search", "keywords"]}


def is_search_page(url: str, parameters: list[str]) -> bool:
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
    return last in ("search", "results", "find") or any(key in parameters for key in parse_qs(parts.query))


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    parameters = list(options["search_parameters"])
    for index, reference in enumerate(context.article.references):
        if reference.url and is_search_page(reference.url, parameters):
            yield Finding("references", ("references", index, "url"),
                          f"reference '{reference.id}' links to a search page, not to a source; cite the study "
                          "or article itself")
