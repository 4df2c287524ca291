"""Readability scores per language: the established formula of each, with syllables from pyphen.

Each language has the formula its readers' research established (English Flesch-Kincaid, German
Wiener Sachtextformel, Spanish Fernández-Huerta, French Kandel-Moles, Italian Gulpease, Dutch
Flesch-Douma, Turkish Ateşman). Syllables come from pyphen's hyphenation dictionaries (the
LibreOffice ones), except in Turkish, where every syllable has exactly one vowel and counting
vowels is exact. A formula is a grade (higher is harder) or an ease (higher is easier).

Words an article defines, or an editor lists as its vocabulary, count as one short syllable: a
reader who has been told what "physiotherapist" means is not slowed down by it again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, NamedTuple

from alsinfo.rules._api import sentences, words

if TYPE_CHECKING:
    import pyphen


class Counts(NamedTuple):
    """What the formulas count in a text."""

    words: int
    sentences: int
    syllables: int
    letters: int
    polysyllables: int  # words of three syllables or more
    monosyllables: int
    long_words: int  # words of more than six letters

    @property
    def per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def per_word(self) -> float:
        return self.syllables / self.words

    def percent(self, count: int) -> float:
        return 100 * count / self.words


class Formula(NamedTuple):
    name: str
    kind: str  # "grade": higher is harder; "ease": higher is easier
    score: Callable[[Counts], float]
    dictionary: str | None  # pyphen's language; None: count vowels


FORMULAS: dict[str, Formula] = {
    "en": Formula("Flesch-Kincaid grade", "grade", lambda c: 0.39 * c.per_sentence + 11.8 * c.per_word - 15.59,
                  "en_US"),
    "de": Formula("Wiener Sachtextformel grade", "grade",
                  lambda c: (0.1935 * c.percent(c.polysyllables) + 0.1672 * c.per_sentence
                             + 0.1297 * c.percent(c.long_words) - 0.0327 * c.percent(c.monosyllables) - 0.875),
                  "de_DE"),
    "es": Formula("Fernández-Huerta ease", "ease", lambda c: 206.84 - 60 * c.per_word - 1.02 * c.per_sentence, "es"),
    "fr": Formula("Kandel-Moles ease", "ease", lambda c: 207 - 1.015 * c.per_sentence - 73.6 * c.per_word, "fr"),
    "it": Formula("Gulpease index", "ease", lambda c: 89 + (300 * c.sentences - 10 * c.letters) / c.words, "it_IT"),
    "nl": Formula("Flesch-Douma ease", "ease", lambda c: 206.835 - 0.93 * c.per_sentence - 77 * c.per_word, "nl_NL"),
    "tr": Formula("Ateşman ease", "ease", lambda c: 198.825 - 40.175 * c.per_word - 2.610 * c.per_sentence, None),
}

# The limit for each audience: the highest grade, or the lowest ease. Grade 8 is what health
# literacy guidance asks of patient information; an ease of 60 is the band the Flesch family of
# formulas calls "standard" (school grades 8 to 9), Gulpease's limit for middle-school readers.
AUDIENCES: dict[str, dict[str, float]] = {
    "patients": {"grade": 8.0, "ease": 60.0},
    "general": {"grade": 10.0, "ease": 50.0},
    "professionals": {"grade": 14.0, "ease": 30.0},
}

_VOWELS = re.compile(r"[aeıioöuüâîû]", re.IGNORECASE)


@functools.cache
def _hyphenator(dictionary: str) -> pyphen.Pyphen:
    import pyphen  # loading a dictionary takes a tenth of a second or more: only when a text needs it

    return pyphen.Pyphen(lang=dictionary)


_COUNTED: dict[str, dict[str, int]] = {}  # language → word → syllables: a text's words are mostly known ones


def syllables(word: str, language: str) -> int:
    """How many syllables a lower-cased ``word`` has, in ``language`` (a key of FORMULAS)."""
    counted = _COUNTED.setdefault(language, {})
    count = counted.get(word)
    if count is None:
        if len(counted) > 200_000:  # a bound on memory over a very large run; recounting is cheap
            counted.clear()
        count = counted[word] = _count(word, language)
    return count


def _count(word: str, language: str) -> int:
    dictionary = FORMULAS[language].dictionary
    if dictionary is None:
        return max(1, len(_VOWELS.findall(word)))
    hyphenator = _hyphenator(dictionary)
    return sum(len(hyphenator.positions(part)) + 1 for part in re.split(r"[-’']", word) if part)


class Reading(NamedTuple):
    formula: Formula
    score: float
    costly: tuple[str, ...]  # the words that cost most (most syllables), as written
    per_sentence: float


def read(text: str, language: str, known: Collection[str] = (), found: list[str] | None = None) -> Reading | None:
    """How hard ``text`` is to read in ``language``; None for a text without words.

    ``known`` holds lower-cased words the reader has been told (defined terms, vocabulary): each
    counts as one short syllable. ``found``: the text's words, when the caller has them already.
    """
    found = words(text) if found is None else found
    if not found:
        return None
    formula = FORMULAS[language]
    total = letters = polysyllables = monosyllables = long_words = 0
    costly: dict[str, tuple[str, int]] = {}  # words of three syllables or more: lower-cased → as written, syllables
    counted = _COUNTED.setdefault(language, {})
    for word in found:
        lower = word.lower()
        if lower in known:
            count, length = 1, 1  # a word the reader has been told: one short syllable
        else:
            count, length = counted.get(lower) or syllables(lower, language), len(word)
        total += count
        letters += length
        if count >= 3:
            polysyllables += 1
            costly.setdefault(lower, (word, count))  # once, as first written ("Fasciculation", "fasciculation")
        elif count == 1:
            monosyllables += 1
        if length > 6:
            long_words += 1
    counts = Counts(len(found), max(1, len(sentences(text))), total, letters, polysyllables, monosyllables,
                    long_words)
    costliest = tuple(word for word, _ in sorted(costly.values(), key=lambda found: (-found[1], found[0]))[:3])
    return Reading(formula, formula.score(counts), costliest, counts.per_sentence)


def too_hard(reading: Reading, limit: float) -> bool:
    return reading.score > limit if reading.formula.kind == "grade" else reading.score < limit
