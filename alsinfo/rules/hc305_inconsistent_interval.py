"""Treatment intervals are given one way.

Why: when one part of an article says courses are given "at intervals of 3 to 6 months" and another
"at 45-60 day intervals", a patient cannot know which is true, and the editor must decide. Every
interval stated as a range ("3 to 6 months", "45-60 day intervals") is converted to days and
compared with the others; ranges that do not overlap are reported, each with where the other is.

Bad: "usually administered at intervals of 3 to 6 months" and, elsewhere, "administered at 45-60
day intervals".

Good: the same interval everywhere, or two statements that say what each interval is for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.rules._api import Finding, Prose, RuleContext

ID = "HC305"
NAME = "inconsistent-interval"
SEVERITY = "warning"
LANGUAGES = ("en",)  # its word lists and formula are English
OPTIONS: dict[str, Any] = {}

_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_RANGE = r"(?P<low>\d+)\s*(?:to|-|–|—)\s*(?P<high>\d+)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_PATTERNS = [
    re.compile(rf"\bintervals?\s+of\s+{_RANGE}[\s-]*{_UNIT}\b", re.IGNORECASE),
    re.compile(rf"\b{_RANGE}[\s-]*{_UNIT}\s+intervals?\b", re.IGNORECASE),
    re.compile(rf"\bevery\s+{_RANGE}[\s-]*{_UNIT}\b", re.IGNORECASE),
]


class Interval(NamedTuple):
    item: Prose
    phrase: str
    low: int
    high: int


def intervals(item: Prose) -> Iterator[Interval]:
    lowered = item.text.lower()
    if "interval" not in lowered and "every" not in lowered:
        return
    for pattern in _PATTERNS:
        for found in pattern.finditer(item.text):
            days = _DAYS[found["unit"].lower()]
            yield Interval(item, found.group(), int(found["low"]) * days, int(found["high"]) * days)


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    stated = [interval for item in context.prose() for interval in intervals(item)]
    for interval in stated:
        for other in stated:
            if other is interval or (other.low <= interval.high and interval.low <= other.high):
                continue
            where = context.documents[other.item.kind].locate_phrase(other.item.path, other.phrase)
            yield Finding(interval.item.kind, interval.item.path,
                          f"the interval '{interval.phrase}' disagrees with '{other.phrase}' "
                          f"({context.documents[other.item.kind].file}, line {where.line}); "
                          "check which is right", phrase=interval.phrase)
            break
