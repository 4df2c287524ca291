"""Whether an editor's regular expression can backtrack for hours, read from its parse tree.

Python's regular expressions try every way to split a text between two repeats that can match the
same characters, so a pattern that repeats a part which itself repeats ("(\\w+\\s?)+", "(a*)*") can
take exponential time on a sentence that almost matches. The configuration refuses such patterns.
A repeated part that ends with a required separator its own repeat cannot match is safe however
often it repeats ("(?:\\w+ )+", "(?:[\\w-]+\\.)+": each pass ends at the one separator). This check
cannot catch every slow pattern (overlapping alternatives, ".*.*.*"); rules/_deadline.py limits the
time a search may take as well.

re's own parser (a private module of the standard library, stable since Python 3.11) knows groups,
classes and escapes as the engine will. Possessive repeats and atomic groups count like others: the
engine still backtracks inside them until they first match.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# A repeat whose count may go above this is treated as unbounded.
_SMALL_REPEAT = 3
_REPEATS = frozenset(("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
# The parts inside each other kind of node that hold patterns of their own.
_PARTS: dict[str, Callable[[Any], list[Any]]] = {
    "SUBPATTERN": lambda argument: [argument[3]],
    "ATOMIC_GROUP": lambda argument: [argument],
    "ASSERT": lambda argument: [argument[1]],
    "ASSERT_NOT": lambda argument: [argument[1]],
    "BRANCH": lambda argument: list(argument[1]),
    "GROUPREF_EXISTS": lambda argument: [branch for branch in argument[1:] if branch],
}
_ONE_CHARACTER = frozenset(("IN", "LITERAL", "NOT_LITERAL", "ANY"))
_CATEGORIES: dict[str, Callable[[str], bool]] = {
    "CATEGORY_WORD": lambda char: char.isalnum() or char == "_",
    "CATEGORY_NOT_WORD": lambda char: not (char.isalnum() or char == "_"),
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_NOT_DIGIT": lambda char: not char.isdigit(),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda char: not char.isspace(),
}


def backtracks_badly(pattern: str) -> bool:
    """Whether ``pattern`` (which compiles) repeats, more than a few times, a part that can itself match in
    many ways by repeating, with no separator to tell its passes apart."""
    import re._parser as parser  # type: ignore[import-not-found]  # (no stubs: private to re)

    return _search(parser.parse(pattern), False)


def _search(items: Any, inside: bool) -> bool:
    """Whether ``items`` hold a repeat that can match in many ways ``inside`` a repeat of many passes."""
    for op, argument in items:
        if str(op) in _REPEATS:
            fewest, most, body = argument
            if inside and most > 1 and fewest != most:
                return True
            many = most > _SMALL_REPEAT and not _separated(body)
            if _search(body, inside or many):
                return True
        elif any(_search(part, inside) for part in _PARTS.get(str(op), _no_parts)(argument)):
            return True
    return False


def _no_parts(argument: Any) -> list[Any]:
    return []


def _separated(body: Any) -> bool:
    """Whether each pass of a repeated part ends with a required separator that nothing else in it can
    match ("(?:\\w+ )": the space), with at most one repeat of one character before it: the passes then
    split a text one way only."""
    items = list(body)
    if len(items) < 2 or str(items[-1][0]) != "LITERAL" or chr(items[-1][1]).isalnum():
        return False
    separator = chr(items[-1][1])
    repeats = 0
    for op, argument in items[:-1]:
        if str(op) in _REPEATS:
            fewest, most, inner = argument
            repeats += fewest != most
            if len(inner) != 1 or not _one_character_not(inner[0], separator):
                return False
        elif not _one_character_not((op, argument), separator):
            return False
    return repeats <= 1


def _one_character_not(item: Any, char: str) -> bool:
    """Whether ``item`` matches one character and never ``char``."""
    op, argument = item
    name = str(op)
    if name == "LITERAL":
        return chr(argument) != char
    if name == "IN":
        matched, negated = False, False
        for part, value in argument:
            kind = str(part)
            if kind == "NEGATE":
                negated = True
            elif kind == "LITERAL":
                matched |= chr(value) == char
            elif kind == "RANGE":
                matched |= value[0] <= ord(char) <= value[1]
            elif kind == "CATEGORY" and str(value) in _CATEGORIES:
                matched |= _CATEGORIES[str(value)](char)
            else:
                return False  # a class this check cannot read: assume it may match
        return matched == negated
    return False  # "." and [^…] of one character match almost anything
