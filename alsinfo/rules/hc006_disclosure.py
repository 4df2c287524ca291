"""The article discloses its funding and its writers' and reviewers' conflicts of interest.

Why: readers weigh health advice by who stands to gain from it. The JAMA benchmarks for health
information, HONcode's principles of financial disclosure and the NHS Standard for Creating
Health Content all ask a page to say who paid for it and what its authors declare. A clinic page
about a therapy the clinic sells is exactly where this matters. Both statements are wanted, even
when there is nothing to declare: "None" is a disclosure, silence is not.

Bad (article.yaml): no `disclosures`, or only one of the two.

Good:

    disclosures:
      funding: Written and funded by the publisher; no outside funding.
      conflicts_of_interest: The reviewer is paid by a clinic that offers this treatment.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC006"
NAME = "disclosure"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    disclosures = context.article.disclosures
    missing = [field for field, value in (("funding", disclosures.funding),
                                          ("conflicts_of_interest", disclosures.conflicts_of_interest)) if not value]
    if not missing:
        return
    given = "disclosures" in context.documents["article"].data
    what = " and ".join(f"`{field}`" for field in missing)
    yield Finding("article", ("disclosures",) if given else (),
                  f"the article does not disclose its {what.replace('`', '').replace('_', ' ')}; add {what} "
                  "under `disclosures` (write that there is none when there is none)")
