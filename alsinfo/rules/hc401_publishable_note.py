"""Editorial notes are never publishable.

Why: notes are the writer's and editor's private conversation (what was changed, why, what is still
open). alsinfo never shows or exports them; a note marked publishable says someone meant to publish
it, which is a mistake to stop before release.

Bad (article.yaml): `publishable: "true"` on an editorial note.

Good: `publishable: "false"`, or leave `publishable` out; move text meant for readers into the body.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC401"
NAME = "publishable-note"
SEVERITY = "error"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, note in enumerate(context.article.editorial_notes):
        if note.publishable:
            yield Finding("article", ("editorial_notes", index, "publishable"),
                          f"editorial note '{note.id}' is marked publishable; notes are private, set it to \"false\" "
                          "and move text for readers into the article")
