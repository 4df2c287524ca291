"""Links use https.

Why: a plain http link can be altered on the way to the reader, and browsers flag it as insecure;
every source worth citing is served over https. (Links must be absolute: the schema already
refuses anything that does not start with a scheme.)

Bad: `url: http://www.nature.com/nrneurol/`

Good: `url: https://www.nature.com/nrneurol/`
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.problems import JsonPath
from alsinfo.rules._api import Finding, RuleContext

ID = "HC104"
NAME = "https-url"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def _urls(kind: str, data: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "url" and isinstance(value, str):
                yield (*path, key), value
            else:
                yield from _urls(kind, value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _urls(kind, value, (*path, index))


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for kind, document in context.documents.items():
        for path, url in _urls(kind, document.data):
            if not url.lower().startswith("https://"):
                yield Finding(kind, path, f"'{url}' does not use https; link to the https address")
