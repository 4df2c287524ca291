"""Readers can reach the publisher about the article.

Why: a reader who finds an error, or a clinician who disagrees, needs a way to say so; HONcode's
transparency principle and the NHS Standard for Creating Health Content ask for a contact route
on every page. The article's `contact` (an email address, a contact page or a phone number)
gives it. A publisher whose every page carries the same contact in its template can say so once,
in the configuration: option `site_contact` (any text, e.g. the contact page's address) satisfies
the rule for every article.

Bad (article.yaml): no `contact`.

Good:

    contact:
      email: editors@example.org
      url: https://example.org/contact
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC007"
NAME = "contact-route"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"site_contact": ""}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    if context.article.contact is None and not str(options["site_contact"]).strip():  # " " is no contact
        yield Finding("article", (), "the article gives readers no way to contact the publisher; add `contact` "
                                     "with an `email`, `url` or `phone`, or set `site_contact` for HC007 in the "
                                     "configuration when every page's template carries one")
