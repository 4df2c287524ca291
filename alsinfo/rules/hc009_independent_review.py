"""The medical reviewer is not one of the authors.

Why: a review is a second pair of eyes. When the person who checks the article is the person who
wrote it, nobody else has checked it, whatever the byline says; medical publishers and the NHS
Standard for Creating Health Content ask for a reviewer independent of the author. People are
compared by their `person` id in people.yaml, or by name (case, titles such as "Dr.", letters
after the name such as ", MD" and extra spaces ignored).

Bad (article.yaml):

    authors:
      - person: jane-doe
    medical_reviewer:
      person: jane-doe

Good: a reviewer who did not write the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC009"
NAME = "independent-review"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}

_TITLES = re.compile(r"\b(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\b\.?", re.IGNORECASE)
# Letters after a name: "Jane Doe MD", "Jane Doe, MD, PhD" (after a comma, all of it is credentials).
_LETTERS_AFTER = re.compile(r",.*$|(?:\s+(?:md|phd|mbbs|mbchb|frcp|mrcp|facp|rn|dds|pharmd|msc|bsc|mph)\b\.?)+$",
                            re.IGNORECASE)


def same_person(name: str, other: str) -> bool:
    def plain(text: str) -> str:
        return " ".join(_TITLES.sub(" ", _LETTERS_AFTER.sub("", text.strip())).replace(".", " ").casefold().split())

    return plain(name) == plain(other)


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    reviewer = context.article.medical_reviewer
    if reviewer is None:
        return
    data = context.documents["article"].data
    reviewer_id = (data.get("medical_reviewer") or {}).get("person")
    for author, written in zip(context.article.authors, data.get("authors", []), strict=False):
        author_id = written.get("person") if isinstance(written, dict) else None
        # people.yaml ids decide when both have one (two people may share a name); else the names do
        same = author_id == reviewer_id if author_id and reviewer_id else same_person(author.name, reviewer.name)
        if same:
            yield Finding("article", ("medical_reviewer",),
                          f"the medical reviewer, {reviewer.name}, is also an author; ask someone who did not write "
                          "the article to review it")
            return
