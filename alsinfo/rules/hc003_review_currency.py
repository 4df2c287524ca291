"""The article's last medical review is recent.

Why: medical knowledge moves; a patient should not read advice nobody has checked for years.
`last_reviewed` must be given and no older than `max_age_months` (default 12).

Bad (article.yaml): no `last_reviewed`, or `last_reviewed: 2019-03-01`.

Good: `last_reviewed: 2026-09-15`, after a clinician has checked the text again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC003"
NAME = "review-currency"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"max_age_months": 12}


def months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def _reviewed(context: RuleContext) -> dt.date | None:
    """The last review's date; None when there is none or it is not a real date (I306 reports that)."""
    try:
        return dt.date.fromisoformat(context.article.last_reviewed or "")
    except ValueError:
        return None


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    limit = options["max_age_months"]
    text = context.article.last_reviewed
    if text is None:
        yield Finding("article", (), "the article has no `last_reviewed` date; add the date of its last "
                                     "medical review")
        return
    reviewed = _reviewed(context)
    if reviewed is None:
        return
    age = months_between(reviewed, context.today)
    if age > limit:
        yield Finding("article", ("last_reviewed",),
                      f"the last medical review ({text}) is {age} months old, more than {limit}; review the "
                      "article again")


def valid_until(context: RuleContext, options: Mapping[str, Any]) -> dt.date | None:
    """The day before the review's age in months next changes (the finding states the age)."""
    reviewed = _reviewed(context)
    if reviewed is None:
        return None  # the finding, if any, does not depend on today
    age = months_between(reviewed, context.today)
    day = context.today
    while months_between(reviewed, day + dt.timedelta(days=1)) == age:  # at most a month of days
        day += dt.timedelta(days=1)
    return day
