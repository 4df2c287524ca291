"""An editor's own phrases for a rule (option `extra_phrases`): matched as whole words, case ignored,
and stopped when one of them backtracks (HC201, HC203)."""

from __future__ import annotations

import functools
import re
import time

from alsinfo.config import PatternTooSlow
from alsinfo.rules._deadline import TooSlow, time_limit

# How long an editor's phrases may search one sentence: a pattern that matches a sentence in
# microseconds, as a phrase should, never comes near; one that backtracks for hours is stopped.
SECONDS = 2.0
# And over a run: a pattern that takes a tenth of a second on every sentence (".*.*.*cure") stays under
# the limit above, yet makes a run of thousands of sentences last hours. Once a pattern has cost
# RUN_SECONDS in a process, it may cost no more than SENTENCE_AVERAGE a sentence on average.
RUN_SECONDS = 10.0
SENTENCE_AVERAGE = 0.01
_spent: dict[str, list[float]] = {}  # pattern → [seconds, sentences], in this process


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
                started = time.perf_counter()
                found.extend(match.span() for match in pattern.finditer(sentence)
                             if whole_words(sentence, *match.span()))
                _count(rule_id, pattern.pattern, time.perf_counter() - started)
    except TooSlow:
        raise PatternTooSlow(rule_id, "extra_phrases", pattern.pattern if pattern else "", SECONDS) from None
    return found


def _count(rule_id: str, pattern: str, seconds: float) -> None:
    spent = _spent.setdefault(pattern, [0.0, 0])
    spent[0] += seconds
    spent[1] += 1
    if spent[0] > RUN_SECONDS and spent[0] / spent[1] > SENTENCE_AVERAGE:
        raise PatternTooSlow(rule_id, "extra_phrases", pattern, SENTENCE_AVERAGE,
                             f"each sentence on average, {spent[0]:.0f} s over {spent[1]} sentences")


def whole_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whole words: matched as whole words, as the built-in phrases are."""
    return (end > start and (start == 0 or not text[start - 1].isalnum())
            and (end == len(text) or not text[end].isalnum()))
