"""No sentence is said twice.

Why: the same sentence in two places is a sign of pasted drafts; readers notice, and the two copies
drift apart as editors fix one of them. Sentences of at least `min_words` words are compared
ignoring case, accents and punctuation, across paragraphs, definitions, quotes, case studies and
FAQ answers.

Bad: "Cells are administered directly into the cerebrospinal fluid (CSF)." in two sections.

Good: the sentence once, where it belongs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext, sentences, words
from alsinfo.search import fold

ID = "HC302"
NAME = "duplicate-text"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"min_words": 6}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    seen: dict[tuple[str, ...], tuple[str, int]] = {}
    for item in context.prose("paragraph", "definition", "quote", "case study", "FAQ answer"):
        for sentence in sentences(item.text):
            key = tuple(words(fold(sentence)))
            if len(key) < options["min_words"]:
                continue
            if key in seen:
                file, line = seen[key]
                yield Finding(item.kind, item.path,
                              f"this sentence is already in {file} at line {line}: '{sentence}'", phrase=sentence)
            else:
                position = context.documents[item.kind].locate_phrase(item.path, sentence)
                seen[key] = (context.documents[item.kind].file, position.line)
