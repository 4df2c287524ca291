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


# Every byte but an ASCII letter or digit, deleted: what is left of a folded sentence is its cheap key.
_NOT_ASCII_ALNUM = bytes(byte for byte in range(256) if not chr(byte).isascii() or not chr(byte).isalnum())


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    # Sentences are compared by their words (folded), but splitting every sentence into words is
    # most of the cost, and nearly every sentence is said once. So a sentence is first filed by a
    # cheap key: the ASCII letters and digits of its folded text, which its words decide (two
    # sentences with the same words have the same cheap key). Only a sentence whose cheap key came
    # before is split into words, and so are the earlier ones with that key, in their order.
    seen: dict[tuple[str, ...], tuple[Prose, str]] = {}
    unsplit: dict[bytes, list[tuple[str, Prose, str]]] = {}  # cheap key → sentences not split yet

    def file(folded: str, item: Prose, sentence: str) -> tuple[Prose, str] | None:
        """File the sentence by its words; the earlier one with the same words, if any."""
        key = tuple(words(folded))
        if len(key) < options["min_words"]:
            return None
        first = seen.get(key)
        if first is None:
            seen[key] = (item, sentence)
        return first

    for item in context.prose("paragraph", "definition", "quote", "case study", "FAQ answer"):
        for sentence in sentences(item.text):
            folded = fold(sentence)
            cheap = folded.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_ALNUM)
            earlier = unsplit.get(cheap)
            if earlier is None:
                unsplit[cheap] = [(folded, item, sentence)]
                continue
            for pending in earlier:
                file(*pending)
            earlier.clear()
            first = file(folded, item, sentence)
            if first is not None:
                first_item, first_sentence = first
                document = context.documents[first_item.kind]
                line = document.locate_phrase(first_item.path, first_sentence).line
                yield Finding(item.kind, item.path,
                              f"this sentence is already in {document.file} at line {line}: '{sentence}'",
                              phrase=sentence)
