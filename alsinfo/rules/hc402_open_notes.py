"""Open editorial notes are resolved before release.

Why: an open note is a question the editor has not answered yet. This is information, not a fault:
it lists what to settle (and mark `status: resolved`) before the article goes out.

Example (article.yaml): `status: open` on the writer's "Analysis Note".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC402"
NAME = "open-notes"
SEVERITY = "info"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, note in enumerate(context.article.editorial_notes):
        if note.status == "open":
            label = f" ({note.label})" if note.label else ""
            yield Finding("article", ("editorial_notes", index, "status"),
                          f"editorial note '{note.id}'{label} is open; resolve it before release")
