"""Reference identifiers are well formed: PMID, DOI and NCT number.

Why: a mistyped identifier sends readers and citation managers to the wrong study, or nowhere.
A PMID is digits only; a DOI is `10.` + a registrant code of 4 to 9 digits + `/` + a suffix; an NCT
number is `NCT` + 8 digits.

Bad (references.yaml):

    identifiers: {pmid: PMID24703173, doi: doi.org/10.3389/x, nct: NCT123}

Good:

    identifiers: {pmid: "24703173", doi: 10.3389/fnagi.2020.00160, nct: NCT01234567}
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC103"
NAME = "identifier-format"
SEVERITY = "error"
OPTIONS: dict[str, Any] = {}

FORMS = {
    "pmid": (re.compile(r"[1-9][0-9]{0,8}"), "a PMID is digits only, e.g. '24703173'"),
    "doi": (re.compile(r"10\.[0-9]{4,9}/\S+"), "a DOI looks like '10.3389/fnagi.2020.00160', without a URL prefix"),
    "nct": (re.compile(r"NCT[0-9]{8}"), "an NCT number is 'NCT' and 8 digits, e.g. 'NCT01234567'"),
}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    if "references" not in context.documents:
        return
    for index, reference in enumerate(context.documents["references"].data["references"]):
        for name, value in reference.get("identifiers", {}).items():
            form, explanation = FORMS[name]
            if not form.fullmatch(value):
                yield Finding("references", ("references", index, "identifiers", name),
                              f"'{value}' is not a well-formed {name.upper()}: {explanation}")
