"""An editor's own phrases for a rule (option `extra_phrases`): matched as whole words, case ignored,
and stopped when one of them backtracks (HC201, HC203)."""

from __future__ import annotations

import functools
import re

from alsinfo.config import PatternTooSlow
from alsinfo.rules._deadline import TooSlow, time_limit

# How long an editor's phrases may search one sentence: a pattern that matches a sentence in
# microseconds, as a phrase should, never comes near; one that backtracks for hours is stopped.
SECONDS = 2.0


@functools.lru_cache(maxsize=8)
def compiled(extra: tuple[str, ...]) -> list[re.Pattern[str]]:
    """An editor's phrases, each compiled as it is (as the configuration checked them): wrapped or
    joined, a global flag ("(?i)") or a group name used twice would no longer compile."""
    return [re.compile(phrase, re.IGNORECASE) for phrase in extra]


def found_in(sentence: str, extra: tuple[str, ...], rule_id: str) -> list[tuple[int, int]]:
    """Where an editor's phrases match ``sentence`` as whole words; PatternTooSlow (naming ``rule_id``) when
    one of them takes longer than SECONDS (the configuration's check of each pattern cannot catch all)."""
    found: list[tuple[int, int]] = []
    pattern = None
    try:
        with time_limit(SECONDS):
            for pattern in compiled(extra):
                found.extend(match.span() for match in pattern.finditer(sentence)
                             if whole_words(sentence, *match.span()))
    except TooSlow:
        raise PatternTooSlow(rule_id, "extra_phrases", pattern.pattern if pattern else "", SECONDS) from None
    return found


def whole_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whole words: matched as whole words, as the built-in phrases are."""
    return (end > start and (start == 0 or not text[start - 1].isalnum())
            and (end == len(text) or not text[end].isalnum()))
