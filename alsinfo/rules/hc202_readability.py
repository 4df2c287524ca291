"""Paragraphs and FAQ answers are easy to read.

Why: patient information should be readable by most adults; health literacy guidance asks for
about school grade 8. Each paragraph and FAQ answer of at least `min_words` words is given its
Flesch-Kincaid grade (0.39 × words per sentence + 11.8 × syllables per word − 15.59), and a grade
above `max_grade` (default 10) is reported with the grade.

Bad: `text: The interruption of signals from the brain to the spinal cord and from the spinal cord
to the muscles leads to weakness, wasting, and loss of control in the muscles over time.`

Good: `text: ALS stops the brain's signals from reaching the muscles. Over time, the muscles get
weak and thin, and become hard to control.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext, sentences, words

ID = "HC202"
NAME = "readability"
SEVERITY = "warning"
LANGUAGES = ("en",)  # its word lists and formula are English
OPTIONS: dict[str, Any] = {"max_grade": 10.0, "min_words": 12}

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """An estimate good enough for readability scores: vowel groups, less a silent final e."""
    word = word.lower().strip("’'")
    if len(word) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        count -= 1
    return max(1, count)


def grade(text: str, found: list[str] | None = None) -> float:
    """The Flesch-Kincaid grade of ``text`` (``found``: its words, when the caller has them already)."""
    found = words(text) if found is None else found
    if not found:
        return 0.0
    per_sentence = len(found) / max(1, len(sentences(text)))
    per_word = sum(map(syllables, found)) / len(found)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    for item in context.prose("paragraph", "FAQ answer"):
        found = words(item.text)
        if len(found) < options["min_words"]:
            continue
        score = grade(item.text, found)
        if score > options["max_grade"]:
            limit = options["max_grade"]
            yield Finding(item.kind, item.path,
                          f"this {item.role} reads at Flesch-Kincaid grade {score:.1f}, above {limit:g}; "
                          "shorter sentences and plainer words help patients")
