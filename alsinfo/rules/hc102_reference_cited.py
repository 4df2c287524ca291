"""Every reference is cited somewhere in the article.

Why: a reference list that no statement points to looks like evidence without being any; the
editor cannot tell which claim each source supports.

Bad: a reference in references.yaml whose id no paragraph `cites` and no FAQ entry lists.

Good (sections.yaml):

    - type: paragraph
      text: Excess glutamate poisons motor neurons.
      cites: [pubmed-glutamate-excitotoxicity]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC102"
NAME = "reference-cited"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    cited = {link.id for link in context.links() if link.target == "references"}
    for index, reference in enumerate(context.article.references):
        if reference.id not in cited:
            yield Finding("references", ("references", index),
                          f"reference '{reference.id}' is cited nowhere; cite it where it supports a statement, "
                          "or remove it")
