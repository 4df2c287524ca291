"""Lists of phrases matched fast: a sentence's words choose which phrases are worth trying.

A rule's lexicon (hundreds of promotional or regulatory phrases) as one regular expression costs a
try of every alternative at every word of every sentence. Here each phrase is its own small
pattern that must start with a whole word; a sentence's set of words picks the few phrases that
can match in it, and only those are run. The answer is the same: a phrase can only match where a
sentence has its first word (checked when the list is built, and by a property test).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+")
_LOOKBEHIND = re.compile(r"\(\?<[=!][^)]*\)")


@functools.lru_cache(maxsize=8192)
def words_in(lower: str) -> frozenset[str]:
    """The words (runs of letters and digits) of a lower-cased sentence."""
    return frozenset(_WORD.findall(lower))


# What may follow a phrase's first word without it running on: the end, a lookahead, or a character
# (plain, escaped or in a class of such) that cannot continue a word and is not optional.
_WORD_END = re.compile(r"$|\(\?[=!]|(?:[ \-'’,.!%]|\\[.\-']|\[[ \-'’,.]+\])(?![?*{])")


def first_word(phrase: str) -> str:
    """The word every match of ``phrase`` begins with (after a leading lookbehind); ValueError when it
    cannot be told."""
    lookbehind = _LOOKBEHIND.match(phrase)
    phrase = phrase[lookbehind.end():] if lookbehind else phrase
    found = _WORD.match(phrase)
    if found is None or not _WORD_END.match(phrase, found.end()):
        raise ValueError(f"phrase {phrase!r} must start with a whole word (write alternatives as phrases of their own)")
    return found.group()


class Phrases:
    """Phrases (lower-case regular expressions, each starting with a whole word), with a label each.

    A phrase may start with a lookbehind of plain words ("(?<=no )side effects"): its first word is
    then the one after it, and a match's span takes in the words looked behind.
    """

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self._by_word: dict[str, list[tuple[re.Pattern[str], int, str]]] = {}
        for phrase, label in phrases:
            lookbehind = _LOOKBEHIND.match(phrase)
            behind = len(lookbehind.group()) - 5 if lookbehind else 0  # the text inside "(?<=" and ")"
            pattern = re.compile(rf"\b(?:{phrase})(?![a-z0-9])")
            self._by_word.setdefault(first_word(phrase), []).append((pattern, behind, label))
        self.first_words = frozenset(self._by_word)

    def finditer(self, lower: str) -> list[tuple[int, int, str]]:
        """Every match in a lower-cased sentence (start, end, its phrase's label), in the order they start."""
        found = [(match.start() - behind, match.end(), label) for word in words_in(lower) & self.first_words
                 for pattern, behind, label in self._by_word[word] for match in pattern.finditer(lower)]
        return sorted(found, key=lambda span: (span[0], -span[1]))


def phrases_of(label: str, *alternatives: str) -> list[tuple[str, str]]:
    """Each alternative with the same label."""
    return [(alternative, label) for alternative in alternatives]
