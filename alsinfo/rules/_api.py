"""What rules work with: the article and its documents, and the texts they check, with their paths."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from alsinfo.inline import cited, plain
from alsinfo.loader import Document
from alsinfo.model import Article
from alsinfo.problems import JsonPath
from alsinfo.walk import BLOCKS, ITEMS, SECTION_SPEC, Link, Text, Walked, walked


class Finding(NamedTuple):
    """What a rule found: in which file (by kind) and where, and what to tell the editor.

    ``phrase`` is the exact words the finding is about, so the report can point at their column.
    """

    kind: str
    path: JsonPath
    message: str
    phrase: str | None = None


class Prose(NamedTuple):
    """A text readers see, where it is, and what it is ('paragraph', 'FAQ answer', ...).

    ``text`` is the words a reader sees (inline markup and citation markers left out); ``cited``
    says whether its block or entry cites a reference, by ``cites`` or by a marker in the text.
    """

    kind: str
    path: JsonPath
    text: str
    role: str
    owner: str = ""  # the id of the section, table, FAQ entry or reference it is in
    cited: bool = False


class RuleContext:
    """What a rule sees: the article (typed), its documents (data and positions) and today's date."""

    def __init__(self, article: Article, documents: Mapping[str, Document], today: dt.date) -> None:
        self.article = article
        self.documents = documents
        self.today = today

    @functools.cached_property
    def _walked(self) -> Walked:
        """Every text and link of the article's files, walked once and shared by every rule."""
        return walked({kind: document.data for kind, document in self.documents.items()})

    def links(self) -> list[Link]:
        """Every link by id in the article's files, inline citation markers included."""
        return self._walked.links

    @functools.cached_property
    def _prose(self) -> list[Prose]:
        return list(_all_prose(self._walked.texts))

    def texts(self) -> list[Text]:
        """Every text of the article's files (prose or not), in reading order within each file."""
        return self._walked.texts

    def prose(self, *roles: str) -> Iterator[Prose]:
        """Every public text of the given roles (all roles when none are given), in reading order."""
        for item in self._prose:
            if not roles or item.role in roles:
                yield item

    @functools.cached_property
    def defined_words(self) -> frozenset[str]:
        """The lower-cased words of every term the article defines (its definitions blocks)."""
        return frozenset(word.lower() for text in self._walked.texts if text.spec.role == "term"
                         for word in words(text.value))


ROLES = tuple(dict.fromkeys(spec.role for spec in (*SECTION_SPEC.texts,
                                                   *(text for block in BLOCKS.values() for text in block.texts),
                                                   *(text for _, _, item in ITEMS.values() for text in item.texts))
                            if spec.prose))


def _all_prose(found: Iterable[Text]) -> Iterator[Prose]:
    for text in found:
        if text.spec.prose:
            words = plain(text.value) if text.spec.inline else text.value
            yield Prose(text.kind, text.path, words, text.spec.role, text.owner,
                        bool(text.cites) or (text.spec.inline and bool(cited(text.value))))


# A sentence ends at . ! ? or … before a space and a letter or digit. The next one may start in
# lower case ("… cells. hRPE cells can …"); the abbreviations below do not end one.
# The pattern starts with the mark itself (not a lookbehind for it), so that the engine skips to the
# next mark instead of trying every character; group 1, the space, is what parts two sentences (a
# closing quotation mark stays with the sentence it closes).
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*(\s+)(?=[“‘\"'(\[¿¡]?[^\W_])")
_ABBREVIATIONS = ("Prof", "Dr", "Mr", "Mrs", "Ms", "e.g", "i.e", "U.S", "vs", "etc", "No", "St", "et al", "approx",
                  "Fig", "fig", "vol", "pp", "cf", "ca", "incl", "Jr", "Sr", "z.B", "bzw", "usw", "Nr", "Abb",
                  "p.ej", "Mme")
# An abbreviation as a whole word at the end of a piece ("… Prof." but not "… ALS.").
_ENDS_IN_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(word) for word in _ABBREVIATIONS)
                                   + r")\.$")


def _pieces(text: str) -> list[str]:
    """``text`` cut at every sentence end: each piece keeps its mark and the quotation marks or brackets
    that close after it; the space that parts them is dropped."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        pieces.append(text[start:end.start(1)])
        start = end.end(1)
    pieces.append(text[start:])
    return pieces


# A bracket after a sentence's end that holds no sentence of its own ("… walking again.' (Pauline, 71)"):
# an attribution or a reference, which belongs to the sentence before it.
_ASIDE = re.compile(r"\([^()!?.…]{1,60}\)(?=\s|$)")


@functools.lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """``text`` split into sentences, keeping 'Prof. Dr.' and 'i.e.' inside theirs, and a bracket that
    follows a sentence's end without a sentence in it ("(Pauline, 71)") with that sentence (cached:
    rules share it)."""
    parts: list[list[str]] = []  # each sentence's pieces, joined at the end (not again at each abbreviation)
    for piece in _pieces(text.strip()):
        # the end is enough to tell ("… see Fig.)": the abbreviation is before its closing bracket)
        if parts and _ENDS_IN_ABBREVIATION.search(parts[-1][-1][-16:].rstrip("”’\"')]")):
            parts[-1].append(piece)
            continue
        aside = _ASIDE.match(piece) if parts and piece.startswith("(") else None
        if aside is not None:
            parts[-1].append(aside.group())
            piece = piece[aside.end():].lstrip()
            if not piece:
                continue
        parts.append([piece])
    joined = (" ".join(pieces).strip() for pieces in parts)
    return tuple(part for part in joined if part)


_WORDS = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def where(item: Prose) -> str:
    """How a message names the text: 'paragraph', 'FAQ answer', …"""
    return item.role
