"""Paragraphs and FAQ answers that make treatment or efficacy claims cite a reference.

Why: a claim that a therapy slows, protects, improves or is safe is the part of health content a
reader acts on; it needs a source they (and the reviewer) can check. A claim is recognised by its
words (option `claim_words`: word beginnings such as 'slow', 'protect', 'benefit'); naming a treatment
is not a claim, saying what it does is.

Bad (sections.yaml):

    - type: paragraph
      text: Stem cells can slow down the process of cellular poisoning.

Good:

    - type: paragraph
      text: Stem cells can slow down the process of cellular poisoning.
      cites: [pubmed-glutamate-excitotoxicity]

In faq.yaml, an answer cites through its entry's `references: [...]`. A citation marker in the
text itself (`... poisoning [@pubmed-glutamate-excitotoxicity].`) cites too. Paragraphs, list
items, callouts and FAQ answers are checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext

ID = "HC101"
NAME = "claim-needs-citation"
SEVERITY = "warning"
LANGUAGES = ("en",)  # its word lists and formula are English
OPTIONS: dict[str, Any] = {
    "claim_words": ["cure", "heal", "slow", "protect", "preserv", "improv", "reduc", "prevent", "effective",
                    "efficac", "benefit", "stabili", "extend", "repair", "regenerat", "safe", "risk"],
}


def claim_pattern(claim_words: list[str]) -> re.Pattern[str]:
    """Words that begin like a claim word, in lower-cased text (matching case-sensitively in
    lower-cased text is about twice as fast as IGNORECASE)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(word.lower()) for word in claim_words) + r")\w*")


def first_claim(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first claim word in ``text``, as written there."""
    found = pattern.search(text.lower())
    # Lower-casing keeps every offset but for rare letters (İ): then the word is found again as written.
    if found is None:
        return None
    if len(text) == len(found.string):
        return text[found.start():found.end()]
    written = re.search(pattern.pattern, text, re.IGNORECASE)
    return written.group() if written else found.group()


_ADVICE = {"FAQ answer": "add `references: [reference-id]` to the entry",
           "paragraph": "add `cites: [reference-id]`"}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    claim_words = claim_pattern(list(options["claim_words"]))
    for item in context.prose("paragraph", "list item", "callout", "FAQ answer"):
        if item.cited:
            continue
        word = first_claim(item.text, claim_words)
        if not word:
            continue
        advice = _ADVICE.get(item.role, "add `cites: [reference-id]` to the block")
        where = (f"the answer to '{item.owner}'" if item.role == "FAQ answer"
                 else f"a {item.role} in section '{item.owner}'")
        yield Finding(item.kind, item.path, f"{where} makes a treatment claim ('{word}') but cites no reference; "
                                            f"{advice}, or mark the claim with [@reference-id]", phrase=word)
