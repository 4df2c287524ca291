"""What rules work with: the article and its documents, and the texts they check, with their paths."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from alsinfo.integrity import walk_sections
from alsinfo.loader import Document
from alsinfo.model import Article
from alsinfo.problems import JsonPath


class Finding(NamedTuple):
    """What a rule found: in which file (by kind) and where, and what to tell the editor.

    ``phrase`` is the exact words the finding is about, so the report can point at their column.
    """

    kind: str
    path: JsonPath
    message: str
    phrase: str | None = None


class Prose(NamedTuple):
    """A text readers see, where it is, and what it is ('paragraph', 'FAQ answer', ...)."""

    kind: str
    path: JsonPath
    text: str
    role: str


class RuleContext:
    """What a rule sees: the article (typed), its documents (data and positions) and today's date."""

    def __init__(self, article: Article, documents: Mapping[str, Document], today: dt.date) -> None:
        self.article = article
        self.documents = documents
        self.today = today
        self._prose: list[Prose] | None = None

    def prose(self, *roles: str) -> Iterator[Prose]:
        """Every public text of the given roles (all roles when none are given), in reading order."""
        if self._prose is None:  # gathered once, shared by every rule
            self._prose = list(_all_prose(self.documents))
        for item in self._prose:
            if not roles or item.role in roles:
                yield item


ROLES = ("heading", "paragraph", "definition", "quote", "case study", "table cell", "FAQ question",
         "FAQ answer", "reference title")


def _all_prose(documents: Mapping[str, Document]) -> Iterator[Prose]:
    if "sections" in documents:
        for path, section in walk_sections(documents["sections"].data["sections"]):
            yield Prose("sections", (*path, "title"), section["title"], "heading")
            for index, block in enumerate(section["blocks"]):
                here = (*path, "blocks", index)
                if block["type"] == "paragraph":
                    yield Prose("sections", (*here, "text"), block["text"], "paragraph")
                elif block["type"] == "definitions":
                    for n, item in enumerate(block["items"]):
                        yield Prose("sections", (*here, "items", n, "definition"), item["definition"], "definition")
                elif block["type"] == "quote":
                    yield Prose("sections", (*here, "text"), block["text"], "quote")
                elif block["type"] == "case_study":
                    for n, paragraph in enumerate(block["paragraphs"]):
                        yield Prose("sections", (*here, "paragraphs", n), paragraph, "case study")
    if "tables" in documents:
        for t, table in enumerate(documents["tables"].data["tables"]):
            for r, row in enumerate(table["rows"]):
                for c, cell in enumerate(row):
                    yield Prose("tables", ("tables", t, "rows", r, c), cell, "table cell")
    if "faq" in documents:
        for index, entry in enumerate(documents["faq"].data["entries"]):
            yield Prose("faq", ("entries", index, "question"), entry["question"], "FAQ question")
            yield Prose("faq", ("entries", index, "answer"), entry["answer"], "FAQ answer")
    if "references" in documents:
        for index, reference in enumerate(documents["references"].data["references"]):
            yield Prose("references", ("references", index, "title"), reference["title"], "reference title")


_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\"')\]]*\s+(?=[“‘\"'(\[]?[A-Z0-9])")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = ("Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "e.g.", "i.e.", "U.S.", "vs.", "etc.", "No.", "St.")


@functools.lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """``text`` split into sentences, keeping 'Prof. Dr.' and 'i.e.' inside theirs (cached: rules share it)."""
    parts: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if parts and parts[-1].endswith(_ABBREVIATIONS):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return tuple(part.strip() for part in parts if part.strip())


_WORDS = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def where(item: Prose) -> str:
    """How a message names the text: 'paragraph', 'FAQ answer', …"""
    return item.role
