"""A medical reviewer with credentials has checked the article.

Why: patient-facing health content should be checked by a clinician, and readers need to see who
did it and what qualifies them (medical publishers' "reviewed by" line).

Bad (article.yaml): no `medical_reviewer`, or a reviewer with a name only:

    medical_reviewer:
      name: Dr. Jane Doe

Good:

    medical_reviewer:
      name: Dr. Jane Doe
      credentials: MD, board-certified neurologist
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC002"
NAME = "medical-reviewer"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    reviewer = context.article.medical_reviewer
    if reviewer is None:
        yield Finding("article", (), "the article names no medical reviewer; add `medical_reviewer` with their "
                                     "name and credentials")
    elif not reviewer.credentials:
        yield Finding("article", ("medical_reviewer",),
                      f"the medical reviewer '{reviewer.name}' has no credentials; add `credentials`")
