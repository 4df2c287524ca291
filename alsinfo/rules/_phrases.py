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
from typing import Any

_WORD = re.compile(r"[a-z0-9]+")
_LOOKBEHIND = re.compile(r"\(\?<[=!][^)]*\)")


NUMBER = "<number>"  # the first word of a phrase that starts with a digit (a backslash-d): any number


# Byte tables for words_in: every byte but an ASCII letter or digit becomes a space (a letter's
# UTF-8 bytes outside ASCII are all 0x80 or above, so such letters part words, as in ``_WORD``);
# and every byte but a digit is deleted, to tell whether a text holds a number.
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_SPACE_OUT = bytes(byte if byte in _ALNUM else 0x20 for byte in range(256))
_NOT_DIGITS = bytes(byte for byte in range(256) if not 0x30 <= byte <= 0x39)


@functools.lru_cache(maxsize=8192)
def words_in(lower: str) -> frozenset[str]:
    """The words (runs of ASCII letters and digits, as ``_WORD`` finds them) of a lower-cased text,
    and NUMBER if it holds one. Translating bytes and splitting is about twice as fast as
    ``_WORD.findall``, and every prose rule asks this of every sentence."""
    spaced = lower.encode("utf-8", "surrogatepass").translate(_SPACE_OUT)
    found = frozenset(spaced.decode("ascii").split())
    return found | {NUMBER} if spaced.translate(None, _NOT_DIGITS) else found


# What may follow a phrase's first word without it running on: the end, a lookahead, or a character
# (plain, escaped or in a class of such) that cannot continue a word and is not optional.
_WORD_END = re.compile(r"$|\(\?[=!]|(?:[ \-'’,.!%]|\\[.\-'s]|\[[ \-'’,.]+\])(?![?*{])")


def first_word(phrase: str) -> str:
    """The word every match of ``phrase`` begins with (after a leading lookbehind); ValueError when it
    cannot be told."""
    lookbehind = _LOOKBEHIND.match(phrase)
    phrase = phrase[lookbehind.end():] if lookbehind else phrase
    if phrase.startswith("\\d"):
        return NUMBER
    found = _WORD.match(phrase)
    if found is None or not _WORD_END.match(phrase, found.end()) or _alternatives_at_top(phrase):
        raise ValueError(f"phrase {phrase!r} must start with a whole word (write alternatives as phrases of their own)")
    return found.group()


# What cannot open or close a group, nor part alternatives: an escaped character, a character class.
_INERT = re.compile(r"\\.|\[\^?(?:\\.|\\\Z|[^\]\\])*(?:\]|\Z)", re.DOTALL)
_GROUPING = re.compile(r"[()|]")


def _alternatives_at_top(phrase: str) -> bool:
    """Whether ``phrase`` has a '|' outside every group and class ("cure for|heal"): its matches
    would not all start with its first word. (Asked of every phrase at import: the escapes and classes
    are taken out by one regular expression, and only the brackets and bars left are counted.)"""
    if "|" not in phrase:
        return False
    depth = 0
    for char in _GROUPING.findall(_INERT.sub("", phrase)):
        if char == "|":
            if depth == 0:
                return True
        else:
            depth += 1 if char == "(" else -1
    return False


def _compiled(phrase: str, word: str) -> re.Pattern[str]:
    """``phrase`` (filed under its first ``word``) as a pattern that matches only from a word's start.

    The pattern begins with the word's letters and checks the boundary behind them, instead of
    beginning with ``\\b``: the regular expression engine can then jump to where the letters occur,
    where a leading ``\\b`` (or lookbehind) makes it try every character, about three times slower.
    A leading lookbehind of the phrase is checked behind the word too. The matches are the same.
    """
    lookbehind = _LOOKBEHIND.match(phrase)
    rest = phrase[lookbehind.end():] if lookbehind else phrase
    if word == NUMBER:  # "\d+ ?% of": "\d(?<=\b\d)\d* ?% of" (the engine jumps between digits)
        # "(?<=in )\d+ …": "\d(?<=\b\d)(?<=(?:in )\d)\d* …"
        behind = rf"(?<{lookbehind.group()[3]}(?:{lookbehind.group()[4:-1]})\d)" if lookbehind else ""
        if rest.startswith("\\d+"):
            return _whole(rf"\d(?<=\b\d){behind}\d*{rest[3:]}")
        if rest.startswith("\\d") and rest[2:3] not in ("*", "+", "?", "{"):
            return _whole(rf"\d(?<=\b\d){behind}{rest[2:]}")
        return _whole(phrase, r"\b")  # a quantified digit: the plain pattern
    # "(?<=no )side effects": "side(?<=\bside)(?<=(?:no )side) effects"
    behind = rf"(?<{lookbehind.group()[3]}(?:{lookbehind.group()[4:-1]}){word})" if lookbehind else ""
    return _whole(rf"{word}(?<=\b{word}){behind}{rest[len(word):]}")


_PARTS_OF_WORDS = re.compile(r"[^a-z0-9]+")  # what parts words in a text (see words_in)


def _parts_words(op: Any, argument: Any) -> bool:
    """Whether a parsed item always matches characters that part words: a literal that is not a letter or
    digit, a class of such, whitespace, or one or more of any of these."""
    kind = str(op)
    if kind == "LITERAL":
        return _PARTS_OF_WORDS.fullmatch(chr(argument)) is not None
    if kind == "IN":
        return all((str(member) == "LITERAL" and _PARTS_OF_WORDS.fullmatch(chr(value)) is not None)
                   or (str(member) == "CATEGORY" and str(value) == "CATEGORY_SPACE") for member, value in argument)
    if kind in ("MAX_REPEAT", "MIN_REPEAT"):
        fewest, _, body = argument
        return fewest >= 1 and len(body) == 1 and _parts_words(*body[0])
    return False


def required_words(phrase: str) -> frozenset[str]:
    """The whole words every match of ``phrase`` holds besides its first, as words_in would find them in
    the text: the plain letters of its main sequence (groups without alternatives taken in), cut where
    anything else stands (a class, a repeat, alternatives, a lookaround), each word delimited on both
    sides within such a run of letters, or by the phrase's end ("best (?:clinic|clinics)": none;
    "book now": "now"). A phrase is tried only in a text that holds them all."""
    import re._parser as parser  # type: ignore[import-not-found]  # (no stubs: private to re)

    runs: list[tuple[str, bool]] = []  # each run of plain characters, and whether the phrase ends with it
    current: list[str] = []

    def walk(items: Any) -> None:
        for op, argument in items:
            if str(op) == "LITERAL":
                current.append(chr(argument))
            elif _parts_words(op, argument):
                current.append(" ")  # "\\s+", "[- ]": a space as far as the words are concerned
            elif str(op) == "SUBPATTERN" and not argument[1] and not argument[2]:
                walk(argument[3])
            else:
                runs.append(("".join(current), False))
                current.clear()
                if str(op) in ("MAX_REPEAT", "MIN_REPEAT") and argument[0] >= 1 and argument[2] \
                        and _parts_words(*argument[2][-1]):
                    current.append(" ")  # "(?:[\\w-]+ ){1,4}in the": each pass ends with a space

    walk(parser.parse(phrase))
    runs.append(("".join(current), True))
    words: set[str] = set()
    for run, at_end in runs:
        pieces = _PARTS_OF_WORDS.split(run)
        # the first piece may continue what stands before the run; the last one what follows it
        words.update(pieces[1:] if at_end else pieces[1:-1])
    words.discard("")
    return frozenset(words)


def _whole(pattern: str, before: str = "") -> re.Pattern[str]:
    """``pattern`` compiled so that a match ends at the end of a word."""
    return re.compile(rf"{before}(?:{pattern})(?![a-z0-9])")


class Phrases:
    """Phrases (lower-case regular expressions, each starting with a whole word), with a label each.

    A phrase may start with a lookbehind of plain words ("(?<=no )side effects"): its first word is
    then the one after it, and a match's span takes in the words looked behind. A phrase may also
    name words one of which every match holds besides its first (``needs``, for a phrase whose first
    word is any number): it is tried only in a text that has one of them too.
    """

    def __init__(self, phrases: Iterable[tuple[str, str] | tuple[str, str, frozenset[str]]]) -> None:
        self._sources: dict[str, list[tuple[str, int, str, frozenset[str]]]] = {}
        for phrase, label, *needs in phrases:
            lookbehind = _LOOKBEHIND.match(phrase)
            # how many characters the plain text inside "(?<=" and ")" matches (an escape is one)
            behind = len(re.sub(r"\\(.)", r"\1", lookbehind.group()[4:-1])) \
                if lookbehind and lookbehind.group().startswith("(?<=") else 0  # a negative one takes in nothing
            self._sources.setdefault(first_word(phrase), []).append(
                (phrase, behind, label, needs[0] if needs else frozenset()))
        self._index()
        # Compiled when a text first holds their word: most phrases of a list are never needed in a run.
        self._compiled: dict[str, list[tuple[re.Pattern[str], int, str, frozenset[str], frozenset[str]]]] = {}

    @classmethod
    def joined(cls, groups: dict[str, Phrases]) -> Phrases:
        """One list of several, each phrase labelled "group:label": one look at a text for all of them."""
        joined = cls(())
        for group, phrases in groups.items():
            for word, sources in phrases._sources.items():
                joined._sources.setdefault(word, []).extend(
                    (phrase, behind, f"{group}:{label}", needs) for phrase, behind, label, needs in sources)
        joined._index()
        return joined

    def _index(self) -> None:
        """What could_match asks, worked out once: the first words enough on their own, and for the
        others the words one of which must be there too."""
        self.first_words = frozenset(self._sources)
        self._enough = frozenset(word for word, sources in self._sources.items()
                                 if any(not needs for *_, needs in sources))
        self._needs = {word: frozenset().union(*(needs for *_, needs in sources))
                       for word, sources in self._sources.items() if word not in self._enough}
        self._needy = frozenset(self._needs)

    def patterns(self, word: str) -> list[tuple[re.Pattern[str], int, str, frozenset[str], frozenset[str]]]:
        """The compiled phrases that start with ``word``: each with how far it looks behind, its label,
        the other words one of which it needs, and the words it needs all of."""
        compiled = self._compiled.get(word)
        if compiled is None:
            compiled = self._compiled[word] = [(_compiled(phrase, word), behind, label, needs, required_words(phrase))
                                               for phrase, behind, label, needs in self._sources[word]]
        return compiled

    def could_match(self, lower: str) -> bool:
        """Whether a lower-cased text holds the words one of the phrases needs (its first, and any other)."""
        held = words_in(lower)
        return not held.isdisjoint(self._enough) or any(not self._needs[word].isdisjoint(held)
                                                        for word in held & self._needy)

    def search(self, lower: str) -> tuple[int, int, str] | None:
        """The first match in a lower-cased text, or None."""
        found = self.finditer(lower)
        return found[0] if found else None

    def finditer(self, lower: str) -> list[tuple[int, int, str]]:
        """Every match in a lower-cased sentence (start, end, its phrase's label), in the order they start;
        a match's start takes in the words its phrase looks behind at."""
        return [(start - behind, end, label) for start, end, label, behind in self.matches(lower)]

    def matches(self, lower: str) -> list[tuple[int, int, str, int]]:
        """Every match (start and end of the phrase itself, label, how many characters it looked behind
        at), in the order their context starts."""
        held = words_in(lower)
        present = held & self.first_words
        if not present:
            return []  # most texts, for most lists
        found = []
        for word in present:
            for pattern, behind, label, needs, required in self._compiled.get(word) or self.patterns(word):
                if (needs and needs.isdisjoint(held)) or not required <= held:
                    continue  # (a pattern tried costs some microseconds; most lack a word they need)
                for match in pattern.finditer(lower):
                    found.append((match.start(), match.end(), label, behind))
        if len(found) > 1:
            found.sort(key=lambda span: (span[0] - span[3], -span[1]))
        return found


def phrases_of(label: str, *alternatives: str) -> list[tuple[str, str]]:
    """Each alternative with the same label."""
    return [(alternative, label) for alternative in alternatives]


class WordSet:
    """Words (and a few phrases of several words) to look for in a lower-cased text, as a set lookup."""

    def __init__(self, entries: Iterable[str]) -> None:
        entries = {entry.lower() for entry in entries}
        self._words = frozenset(entry for entry in entries if _WORD.fullmatch(entry))
        longer = sorted(entries - self._words, key=len, reverse=True)
        self._phrases = re.compile(r"\b(?:" + "|".join(map(re.escape, longer)) + r")\b") if longer else None
        # A text can hold a phrase only if it holds the phrase's first word ("seizure-free": "seizure");
        # None when a phrase does not start with a word, and the phrases are always searched.
        starts = [_WORD.match(entry) for entry in longer]
        self._phrase_words = frozenset(found.group() for found in starts if found) if all(starts) else None

    def found_in(self, lower: str) -> bool:
        held = words_in(lower)
        if not self._words.isdisjoint(held):
            return True
        if self._phrases is None or (self._phrase_words is not None and self._phrase_words.isdisjoint(held)):
            return False
        return self._phrases.search(lower) is not None

    def __contains__(self, word: str) -> bool:
        return word in self._words
