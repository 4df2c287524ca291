"""The article's medical review is current.

Why: medical knowledge moves; a patient should not read advice nobody has checked for years.
`last_reviewed` must be given. When the article gives `next_review` (see HC008), the review is due
on that day: the editors' own plan decides. Without it, the last review may be no older than
`max_age_months` (default 12).

Bad (article.yaml): no `last_reviewed`; `last_reviewed: 2019-03-01`; or a `next_review` date
that has passed.

Good: `last_reviewed: 2026-09-15` and `next_review: 2027-09-15`, after a clinician has checked
the text again.
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


def iso_date(text: str | None) -> dt.date | None:
    """The date ``text`` names; None when there is none or it is not a real date (I306 reports that)."""
    try:
        return dt.date.fromisoformat(text or "")
    except ValueError:
        return None


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    limit = options["max_age_months"]
    article = context.article
    if article.last_reviewed is None:
        yield Finding("article", (), "the article has no `last_reviewed` date; add the date of its last "
                                     "medical review")
        return
    due = iso_date(article.next_review)
    if due is not None:
        if context.today > due:
            yield Finding("article", ("next_review",),
                          f"the article's medical review was due on {article.next_review} (`next_review`); review "
                          "the article again and set the next date")
        return
    reviewed = iso_date(article.last_reviewed)
    if reviewed is None:
        return
    age = months_between(reviewed, context.today)
    if age > limit:
        yield Finding("article", ("last_reviewed",),
                      f"the last medical review ({article.last_reviewed}) is {age} months old, more than {limit}; "
                      "review the article again")


def valid_until(context: RuleContext, options: Mapping[str, Any]) -> dt.date | None:
    """The last day the finding (or its absence) stays as it is today."""
    due = iso_date(context.article.next_review)
    if due is not None:
        return due if context.today <= due else None  # reported from the day after; then it does not change
    reviewed = iso_date(context.article.last_reviewed)
    if reviewed is None or context.article.last_reviewed is None:
        return None  # the finding, if any, does not depend on today
    age = months_between(reviewed, context.today)
    day = context.today
    while months_between(reviewed, day + dt.timedelta(days=1)) == age:  # at most a month of days
        day += dt.timedelta(days=1)
    return day
