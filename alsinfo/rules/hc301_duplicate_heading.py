"""No two sections share a heading.

Why: repeated headings confuse readers and the page's outline, and usually mean that two drafts of
the same part were joined. Headings are compared ignoring case, accents and punctuation.

Bad: two sections titled "Administration Routes: Intrathecal and Intravenous Methods".

Good: one section with that heading, holding the text both drafts want to keep.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.integrity import walk_sections
from alsinfo.problems import JsonPath
from alsinfo.rules._api import Finding, RuleContext, words
from alsinfo.search import fold

ID = "HC301"
NAME = "duplicate-heading"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    document = context.documents["sections"]
    seen: dict[tuple[str, ...], tuple[str, JsonPath]] = {}  # words → the first section's id and title
    for path, section in walk_sections(document.data["sections"]):
        key = tuple(words(fold(section["title"])))
        title_path = (*path, "title")
        if key in seen:
            first_id, first_path = seen[key]
            yield Finding("sections", title_path,
                          f"heading '{section['title']}' repeats the heading of section '{first_id}' "
                          f"(line {document.locate(first_path).line}); merge the sections or retitle one")
        else:
            seen[key] = (section["id"], title_path)  # located only if repeated: most headings are not
