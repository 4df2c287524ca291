"""FAQ answers say something.

Why: an empty or one-word answer ("Yes.") leaves a patient's question open, or worse, sounds
certain without saying why. Answers need at least `min_words` words (default 2).

Bad: `answer: "Yes."`

Good: `answer: Yes, but only in a clinical trial, after a neurologist has assessed you.`
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext, words

ID = "HC304"
NAME = "thin-answer"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"min_words": 2}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, entry in enumerate(context.article.faq):
        count = len(words(entry.answer))
        if count < options["min_words"]:
            size = "empty" if count == 0 else f"{count} word{'s' if count != 1 else ''}"
            yield Finding("faq", ("entries", index, "answer"),
                          f"the answer to '{entry.id}' is {size}; say what the reader needs to know")
