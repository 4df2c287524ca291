"""No two FAQ questions ask the same thing.

Why: duplicate questions split the answer in two and make the FAQ look careless. Questions are
compared by their meaningful words (stems, stop words left out); a share of `similarity` or more
(default 0.8) counts as the same question. The stems and stop words are English: in an article in
another language, only questions with the same words (case, accents, punctuation and order aside)
count as the same ("…bei den Kindern?" and "…bei den Erwachsenen?" share most of their words, yet
ask two things).

Bad: "How long does the treatment last?" and "How long does treatment last?"

Good: one question, with one answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext
from alsinfo.search import fold, terms, words

ID = "HC303"
NAME = "duplicate-question"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"similarity": 0.8}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    entries = context.article.faq
    english = context.article.language.split("-")[0].lower() == "en"
    meanings = [set(terms(entry.question) if english else words(fold(entry.question))) for entry in entries]
    similarity = options["similarity"] if english else 1.0
    for index, entry in enumerate(entries):
        mine = meanings[index]
        for earlier, theirs in zip(entries[:index], meanings[:index], strict=True):
            if mine and theirs and len(mine & theirs) / len(mine | theirs) >= similarity:
                yield Finding("faq", ("entries", index, "question"),
                              f"question '{entry.id}' asks the same as '{earlier.id}'; merge the two entries")
                break
