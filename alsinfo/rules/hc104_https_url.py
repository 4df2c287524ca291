"""Links use https.

Why: a plain http link can be altered on the way to the reader, and browsers flag it as insecure;
every source worth citing is served over https. (Links must be absolute: the schema already
refuses anything that does not start with a scheme.)

Bad: `url: http://www.nature.com/nrneurol/`

Good: `url: https://www.nature.com/nrneurol/`

Links inside text (`[words](http://…)`) are checked too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo import inline
from alsinfo.rules._api import Finding, RuleContext
from alsinfo.walk import strings

ID = "HC104"
NAME = "https-url"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for kind, document in context.documents.items():
        if "url" not in document.source and "\\" not in document.source:
            continue  # a file without the word holds no "url" key (an escaped key would need a backslash)
        for path, url in strings(document.data, "url"):
            if not url.lower().startswith("https://"):
                yield Finding(kind, path, f"'{url}' does not use https; link to the https address")
    for text in context.texts():
        if text.spec.inline and "](" in text.value:  # no link without one (inline links are the only kind)
            for issue in inline.issues(text.value):
                if issue.kind == "insecure-link":
                    yield Finding(text.kind, text.path, f"the link to '{issue.text}' in a {text.spec.role} does not "
                                                        "use https; link to the https address", phrase=issue.text)
