"""Identifiers are well formed: PMID, PMCID, DOI, NCT number and ISBN of references, and ORCID iDs of people.

Why: a mistyped identifier sends readers and citation managers to the wrong study, or nowhere.
A PMID is digits only; a PMCID is `PMC` + digits; a DOI is `10.` + a registrant code of 4 to 9
digits + `/` + a suffix; an NCT number is `NCT` + 8 digits. An ISBN (10 or 13 digits, hyphens
allowed) and an ORCID iD (`0000-0002-1825-0097`) end in a check digit, which is verified: one
wrong digit is caught.

Bad (references.yaml):

    identifiers: {pmid: PMID24703173, doi: doi.org/10.3389/x, nct: NCT123, isbn: 978-0-306-40615-6}

Good:

    identifiers: {pmid: "24703173", doi: 10.3389/fnagi.2020.00160, nct: NCT01234567, isbn: 978-0-306-40615-7}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext
from alsinfo.walk import expand

ID = "HC103"
NAME = "identifier-format"
SEVERITY = "error"
OPTIONS: dict[str, Any] = {}


def isbn_valid(value: str) -> bool:
    """An ISBN-10 or ISBN-13 whose check digit is right (hyphens and spaces ignored)."""
    digits = value.replace("-", "").replace(" ", "")
    if re.fullmatch(r"[0-9]{9}[0-9X]", digits):
        total = sum((10 - index) * (10 if char == "X" else int(char)) for index, char in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89][0-9]{10}", digits):
        return sum((1 if index % 2 == 0 else 3) * int(char) for index, char in enumerate(digits)) % 10 == 0
    return False


def orcid_valid(value: str) -> bool:
    """An ORCID iD whose last character is its ISO 7064 11-2 check digit."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]", value):
        return False
    total = 0
    for char in value.replace("-", "")[:-1]:
        total = (total + int(char)) * 2
    check = (12 - total % 11) % 11
    return value[-1] == ("X" if check == 10 else str(check))


def _pattern(expression: str) -> Callable[[str], bool]:
    compiled = re.compile(expression)
    return lambda value: compiled.fullmatch(value) is not None


FORMS: dict[str, tuple[Callable[[str], bool], str]] = {
    "pmid": (_pattern(r"[1-9][0-9]{0,8}"), "a PMID is digits only, e.g. '24703173'"),
    "pmcid": (_pattern(r"PMC[0-9]{1,9}"), "a PMCID is 'PMC' and digits, e.g. 'PMC7350234'"),
    "doi": (_pattern(r"10\.[0-9]{4,9}/\S+"), "a DOI looks like '10.3389/fnagi.2020.00160', without a URL prefix"),
    "nct": (_pattern(r"NCT[0-9]{8}"), "an NCT number is 'NCT' and 8 digits, e.g. 'NCT01234567'"),
    "isbn": (isbn_valid, "an ISBN has 10 or 13 digits and its last one is a check digit; check each digit"),
    "orcid": (orcid_valid, "an ORCID iD looks like '0000-0002-1825-0097' and its last character is a check "
                           "digit; check each digit"),
}
# Where identifiers are, by kind of file.
_PLACES = (("references", ("references", "*", "identifiers")), ("people", ("people", "*")),
           ("article", ("authors", "*")), ("article", ("medical_reviewer",)))


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for kind, pattern in _PLACES:
        if kind not in context.documents:
            continue
        for path, holder in expand(context.documents[kind].data, pattern):
            for name, value in holder.items() if isinstance(holder, dict) else ():
                if name in FORMS and isinstance(value, str) and not FORMS[name][0](value):
                    yield Finding(kind, (*path, name),
                                  f"'{value}' is not a well-formed {name.upper()}: {FORMS[name][1]}")
