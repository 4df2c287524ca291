"""A medical disclaimer is present.

Why: a patient-facing article must say that it informs and does not replace advice from the
reader's own doctor.

Bad (article.yaml): no `disclaimer`.

Good:

    disclaimer: This article is for information only and does not replace advice from your doctor.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC004"
NAME = "disclaimer-present"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    if not context.article.disclaimer:
        yield Finding("article", (), "the article has no medical `disclaimer`")
