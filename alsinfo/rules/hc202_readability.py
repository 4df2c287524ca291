"""Paragraphs and FAQ answers are easy to read for the article's audience.

Why: patient information should be readable by most adults; health literacy guidance (the NHS
Standard for Creating Health Content, the AMA and NIH) asks for about school grade 8. Each
paragraph and FAQ answer of at least `min_words` words is scored with the established formula of
the article's language:

- English: Flesch-Kincaid grade;
- German: Wiener Sachtextformel (a school grade);
- Spanish: Fernández-Huerta;
- French: Kandel-Moles;
- Italian: Gulpease;
- Dutch: Flesch-Douma;
- Turkish: Ateşman (the last five are ease scores: higher is easier).

Syllables come from pyphen's hyphenation dictionaries. The limit follows the audience:
`patients` (grade 8, ease 60), `general` (grade 10, ease 50) or `professionals` (grade 14,
ease 30). By default (`audience = "article"`) it is the article's own `audience`, the easiest of
them: patients and caregivers read as patients, the general public as general, clinicians and
researchers as professionals; an article that names none is read as for patients. `max_grade`
and `min_ease` override the limit when not 0. Words of the terms the article
defines (definitions blocks) and of `vocabulary` count as easy words: readers have been told them.
The message names the formula, the score, the limit and the words that cost most. Articles in
other languages are skipped with one notice (M002).

Bad: `text: The interruption of signals from the brain to the spinal cord and from the spinal cord
to the muscles leads to weakness, wasting, and loss of control in the muscles over time.`

Good: `text: ALS stops the brain's signals from reaching the muscles. Over time, the muscles get
weak and thin, and become hard to control.`
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.config import Choice
from alsinfo.rules._api import Finding, RuleContext, words
from alsinfo.rules._readability import AUDIENCES, FORMULAS, read, too_hard

ID = "HC202"
NAME = "readability"
SEVERITY = "warning"
LANGUAGES = tuple(FORMULAS)
OPTIONS: dict[str, Any] = {"audience": Choice("article", ("article", *AUDIENCES)), "max_grade": 0.0,
                           "min_ease": 0.0, "min_words": 12, "vocabulary": []}
# The article's audiences (its schema's words) as readers of a given skill, easiest first.
_READERS = {"patients": "patients", "caregivers": "patients", "general-public": "general",
            "clinicians": "professionals", "researchers": "professionals"}


def audience(context: RuleContext, options: Mapping[str, Any]) -> str:
    if options["audience"] != "article":
        return str(options["audience"])
    readers = {_READERS.get(name, "patients") for name in context.article.audience} or {"patients"}
    return next(name for name in AUDIENCES if name in readers)


def limit(kind: str, readers: str, options: Mapping[str, Any]) -> float:
    """The highest grade or lowest ease allowed: the option when set, else the audience's."""
    chosen = options["max_grade"] if kind == "grade" else options["min_ease"]
    return float(chosen) if chosen else AUDIENCES[readers][kind]


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    language = context.article.language.split("-")[0].lower()
    readers = audience(context, options)
    given = context.defined_words | {word.lower() for term in options["vocabulary"] for word in words(term)}
    # "physiotherapist" known makes "physiotherapists" and "physiotherapist's" known too
    known = given | {f"{word}{ending}" for word in given for ending in ("s", "es", "'s", "’s")}
    for item in context.prose("paragraph", "FAQ answer"):
        found = words(item.text)
        if len(found) < options["min_words"]:
            continue
        reading = read(item.text, language, known, found)
        if reading is None:
            continue
        formula = reading.formula
        allowed = limit(formula.kind, readers, options)
        if not too_hard(reading, allowed):
            continue
        score = (f"reads at {formula.name} {reading.score:.1f}, above {allowed:g}" if formula.kind == "grade" else
                 f"has {_a(formula.name)} {formula.name} of {reading.score:.1f} (higher is easier), below {allowed:g}")
        costly = f"; the words that cost most: {', '.join(reading.costly)}" if reading.costly else ""
        long_sentences = (f"; its sentences average {reading.per_sentence:.0f} words"
                          if reading.per_sentence > 20 else "")
        yield Finding(item.kind, item.path, f"this {item.role} {score}, the limit for {readers}{long_sentences}"
                                            f"{costly}; shorter sentences and plainer words help")


def _a(name: str) -> str:
    """The article before a formula's name: "an Ateşman ease", "a Flesch reading ease"."""
    return "an" if name[:1].lower() in "aeiou" else "a"
