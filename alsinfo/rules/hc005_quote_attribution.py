"""Every quote says who said it.

Why: an unattributed quote in health content reads as endorsement by nobody in particular; readers
must be able to see whose words they are and weigh them.

Bad (sections.yaml):

    - type: quote
      text: Time is the most valuable asset in ALS management.

Good:

    - type: quote
      text: Time is the most valuable asset in ALS management.
      attribution: {name: Prof. Dr. Jane Doe, credentials: MD}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.integrity import walk_sections
from alsinfo.rules._api import Finding, RuleContext

ID = "HC005"
NAME = "quote-attribution"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for path, section in walk_sections(context.documents["sections"].data["sections"]):
        for index, block in enumerate(section["blocks"]):
            if block["type"] == "quote" and "attribution" not in block:
                yield Finding("sections", (*path, "blocks", index),
                              f"a quote in section '{section['id']}' has no attribution; add `attribution`")
