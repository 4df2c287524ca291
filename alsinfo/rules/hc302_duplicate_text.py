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

from alsinfo.rules._api import Finding, Prose, RuleContext, sentences, words
from alsinfo.search import fold

ID = "HC302"
NAME = "duplicate-text"
SEVERITY = "warning"
OPTIONS: dict[str, Any] = {"min_words": 6}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    seen: dict[tuple[str, ...], tuple[Prose, str]] = {}
    for item in context.prose("paragraph", "definition", "quote", "case study", "FAQ answer"):
        for sentence in sentences(item.text):
            key = tuple(words(fold(sentence)))
            if len(key) < options["min_words"]:
                continue
            if key in seen:
                first, first_sentence = seen[key]
                document = context.documents[first.kind]
                line = document.locate_phrase(first.path, first_sentence).line
                yield Finding(item.kind, item.path,
                              f"this sentence is already in {document.file} at line {line}: '{sentence}'",
                              phrase=sentence)
            else:
                seen[key] = (item, sentence)
