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

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC009"
NAME = "independent-review"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}

_TITLES = frozenset(("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame"))
# Letters after a name, written with or without dots: "Jane Doe MD", "Jane Doe, M.D., PhD".
_LETTERS_AFTER = frozenset(("md", "phd", "mbbs", "mbchb", "frcp", "mrcp", "facp", "rn", "dds", "pharmd", "msc", "bsc",
                            "mph", "frcs", "mrcgp", "dnp", "np"))


def _plain(name: str) -> str:
    """A name without titles, letters after it, case or extra spaces ("Prof. Dr. Jane Doe, MD" → "jane doe").
    Only known letters are dropped: "Doe, Jane" and "John Doe, Jr." keep what follows their comma."""
    words = name.replace(",", " , ").replace(".", " ").casefold().split()
    while words:
        if words[-1] in _LETTERS_AFTER or words[-1] == ",":
            words.pop()
        elif len(words) >= 2 and len(words[-1]) == 1 and words[-2] + words[-1] in _LETTERS_AFTER:
            del words[-2:]  # "M.D." read as "m d"
        else:
            break
    return " ".join(word for word in words if word not in _TITLES)


def same_person(name: str, other: str) -> bool:
    return _plain(name) == _plain(other)


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
