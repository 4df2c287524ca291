"""No absolute or promotional claims.

Why: "cure", "miracle", "guaranteed", "100% safe" and "no side effects" promise what medicine
cannot, and "unlike our competitors" or "the only clinic" sell instead of inform. Regulators and
search engines treat such words in health content as a sign of untrustworthy advice. Questions
("Does it cure ALS?") and negations ("not a cure") are not claims and pass. The phrases are the
option `phrases` (regular expressions, matched as whole words, case ignored).

Bad: `text: Our protocol is the strongest support and a guaranteed cure.`

Good: `text: The protocol aims to slow the loss of function; it does not cure ALS.`
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext, sentences

ID = "HC201"
NAME = "promotional-language"
SEVERITY = "warning"
LANGUAGES = ("en",)  # its word lists and formula are English
OPTIONS: dict[str, Any] = {
    "phrases": [r"cur(?:e|es|ed|ing)", r"miracle", r"miraculous(?:ly)?", r"guarantee(?:d|s)?", r"100\s?% safe",
                r"completely safe", r"risk[- ]free", r"no side[- ]effects?", r"only clinic", r"breakthrough",
                r"revolutionary", r"unlike our competitors", r"strongest", r"best treatment"],
}
_NEGATION = re.compile(r"\b(?:not|no|never|without|nor|cannot|isn't|aren't|doesn't|don't)\b[^.;:]{0,40}$",
                       re.IGNORECASE)


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    alternatives = r"\b(?:" + "|".join(options["phrases"]) + r")\b"
    pattern = re.compile(alternatives, re.IGNORECASE)
    # A first look for any phrase: in lower-cased text, matching case-sensitively is about twice as
    # fast as IGNORECASE; it is only a filter, and only used when the phrases are lower case.
    lower = re.compile(alternatives) if alternatives == alternatives.lower() else None
    for item in context.prose():
        if not (lower.search(item.text.lower()) if lower is not None else pattern.search(item.text)):
            continue  # most texts: no phrase at all, no need to split them into sentences
        for sentence in sentences(item.text):
            if sentence.rstrip("”’\"') ").endswith("?"):
                continue  # a question asks; it does not claim
            for found in pattern.finditer(sentence):
                if _NEGATION.search(sentence[: found.start()]):
                    continue
                yield Finding(item.kind, item.path,
                              f"promotional or absolute wording '{found.group()}' in a {item.role}; say what the "
                              "treatment aims to do and what the evidence shows", phrase=found.group())
