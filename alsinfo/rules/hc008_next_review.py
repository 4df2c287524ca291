"""The article says when it will next be reviewed, and the date makes sense.

Why: the NHS Standard for Creating Health Content asks every page to carry a review date, so that
readers can see the advice is kept current and editors are reminded to check it. `next_review`
gives it; it must come after `last_reviewed` and no later than `max_interval_months` (default
12) after it. Whether that date has passed is HC003's question (a review that is due).

Bad (article.yaml): no `next_review`; or `last_reviewed: 2026-09-15` with `next_review: 2029-09-15`.

Good: `last_reviewed: 2026-09-15` and `next_review: 2027-09-15`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext
from alsinfo.rules.hc003_review_currency import iso_date, months_between

ID = "HC008"
NAME = "next-review-date"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"max_interval_months": 12}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    article = context.article
    if article.next_review is None:
        yield Finding("article", (), "the article has no `next_review` date; add the date its next medical review "
                                     "is due")
        return
    due, reviewed = iso_date(article.next_review), iso_date(article.last_reviewed)
    if due is None or reviewed is None:
        return  # not real dates (I306 reports that), or no last review (HC003 reports that)
    limit = options["max_interval_months"]
    if due <= reviewed:
        yield Finding("article", ("next_review",), f"the next review ({article.next_review}) is not after the last "
                                                   f"one ({article.last_reviewed}); correct one of the dates")
    elif months_between(reviewed, due - dt.timedelta(days=1)) >= limit:
        yield Finding("article", ("next_review",),
                      f"the next review ({article.next_review}) is more than {limit} months after the last one "
                      f"({article.last_reviewed}); plan it sooner")
