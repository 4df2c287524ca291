"""Checks across the files of one article: unique ids, links that resolve, table shapes, dates."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.loader import Document
from alsinfo.problems import JsonPath, Problem, ProblemKind, Severity

DUPLICATE_ID = ProblemKind("I301", "duplicate-id", Severity.ERROR, "Two things in one article share an id.")
UNKNOWN_LINK = ProblemKind("I302", "unresolved-link", Severity.ERROR, "A link names an id that does not exist.")
ROW_LENGTH = ProblemKind("I303", "row-length", Severity.ERROR, "A table row has more or fewer cells than columns.")
INVALID_DATE = ProblemKind("I306", "invalid-date", Severity.ERROR, "A date that is not on the calendar.")
FUTURE_DATE = ProblemKind("I307", "future-date", Severity.ERROR, "A publication or review date in the future.")
DATE_ORDER = ProblemKind("I308", "review-before-publication", Severity.WARNING,
                         "The last review is dated before the first publication.")

KINDS = (DUPLICATE_ID, UNKNOWN_LINK, ROW_LENGTH, INVALID_DATE, FUTURE_DATE, DATE_ORDER)

# Where each kind of content keeps the things other files link to, and what readers call them.
_TARGET_WORDS = {"sections": "section", "tables": "table", "faq": "FAQ entry", "references": "reference"}


class _Link(NamedTuple):
    document: Document
    path: JsonPath
    target_kind: str
    target_id: str


def _problem(kind: ProblemKind, document: Document, path: JsonPath, message: str) -> Problem:
    position = document.locate(path)
    return kind.at(document.file, position.line, position.column, path, message)


def walk_sections(sections: list[Any], path: JsonPath = ("sections",)) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every section, depth first in reading order, with its JSON path."""
    for index, section in enumerate(sections):
        here = (*path, index)
        yield here, section
        yield from walk_sections(section.get("sections", []), (*here, "sections"))


def _ids(kind: str, data: Any) -> Iterator[tuple[JsonPath, str]]:
    if kind == "sections":
        for path, section in walk_sections(data["sections"]):
            yield (*path, "id"), section["id"]
    elif kind in ("tables", "faq", "references"):
        key = {"tables": "tables", "faq": "entries", "references": "references"}[kind]
        for index, item in enumerate(data[key]):
            yield (key, index, "id"), item["id"]
    elif kind == "article":
        for index, note in enumerate(data.get("editorial_notes", [])):
            yield ("editorial_notes", index, "id"), note["id"]


def _links(kind: str, document: Document) -> Iterator[_Link]:
    data = document.data
    if kind == "sections":
        for path, section in walk_sections(data["sections"]):
            for index, block in enumerate(section["blocks"]):
                here = (*path, "blocks", index)
                if block["type"] == "table":
                    yield _Link(document, (*here, "table"), "tables", block["table"])
                for n, entry in enumerate(block.get("entries", []) if block["type"] == "faq" else []):
                    yield _Link(document, (*here, "entries", n), "faq", entry)
                for n, ref in enumerate(block.get("cites", [])):
                    yield _Link(document, (*here, "cites", n), "references", ref)
                for i, item in enumerate(block.get("items", []) if block["type"] == "definitions" else []):
                    for n, ref in enumerate(item.get("cites", [])):
                        yield _Link(document, (*here, "items", i, "cites", n), "references", ref)
    elif kind == "faq":
        for index, entry in enumerate(data["entries"]):
            for key, target in (("sections", "sections"), ("references", "references")):
                for n, ref in enumerate(entry.get(key, [])):
                    yield _Link(document, ("entries", index, key, n), target, ref)
    elif kind == "article":
        for index, note in enumerate(data.get("editorial_notes", [])):
            if "anchor" in note:
                yield _Link(document, ("editorial_notes", index, "anchor"), "sections", note["anchor"])


def check_article(documents: Mapping[str, Document], *, present: frozenset[str],
                  today: dt.date) -> list[Problem]:
    """Cross-file problems of one article.

    ``documents`` holds the files that loaded and passed their schema; ``present`` names every
    kind whose file exists, so links into a file that failed its own checks are not reported twice.
    """
    problems: list[Problem] = []
    ids_by_kind: dict[str, set[str]] = {kind: set() for kind in _TARGET_WORDS}
    first_seen: dict[str, tuple[Document, JsonPath]] = {}
    for kind, document in documents.items():
        for path, ident in _ids(kind, document.data):
            if kind in ids_by_kind:
                ids_by_kind[kind].add(ident)
            if ident in first_seen:
                other, other_path = first_seen[ident]
                where = other.locate(other_path)
                problems.append(_problem(DUPLICATE_ID, document, path,
                                         f"id '{ident}' is already used in {other.file} at line {where.line}; "
                                         "ids must be unique within the article"))
            else:
                first_seen[ident] = (document, path)
    for kind, document in documents.items():
        for link in _links(kind, document):
            problems.extend(_check_link(link, documents, present, ids_by_kind))
        if kind == "tables":
            problems.extend(_check_rows(document))
        if kind == "article":
            problems.extend(_check_dates(document, today))
    return problems


def _check_link(link: _Link, documents: Mapping[str, Document], present: frozenset[str],
                ids_by_kind: Mapping[str, set[str]]) -> Iterator[Problem]:
    word = _TARGET_WORDS[link.target_kind]
    file_name = f"{link.target_kind}.yaml"
    if link.target_kind not in present:
        yield _problem(UNKNOWN_LINK, link.document, link.path,
                       f"links to {word} '{link.target_id}', but this article has no {file_name}")
    elif link.target_kind in documents and link.target_id not in ids_by_kind[link.target_kind]:
        guess = difflib.get_close_matches(link.target_id, sorted(ids_by_kind[link.target_kind]), n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        yield _problem(UNKNOWN_LINK, link.document, link.path,
                       f"links to {word} '{link.target_id}', which is not in {file_name}{hint}")


def _check_rows(document: Document) -> Iterator[Problem]:
    for index, table in enumerate(document.data["tables"]):
        width = len(table["columns"])
        for row_index, row in enumerate(table["rows"]):
            if len(row) != width:
                yield _problem(ROW_LENGTH, document, ("tables", index, "rows", row_index),
                               f"row {row_index + 1} of table '{table['id']}' has {len(row)} cells, "
                               f"but the table has {width} columns")


def date_horizon(documents: Mapping[str, Document], today: dt.date) -> dt.date | None:
    """The last day on which the date checks say what they say today; None when their verdict no
    longer depends on the date. A date already past stays past; one in the future is reported with
    today's date in the message, so that verdict holds for today only."""
    article = documents.get("article")
    if article is not None and any(value is not None and value > today for _, _, value in _dates(article)):
        return today
    return None


def _dates(document: Document) -> Iterator[tuple[str, str, dt.date | None]]:
    """Each date the article gives: its key, its text, and the date (None when it is not a real one)."""
    for key in ("published", "last_reviewed"):
        if key in document.data:
            text = document.data[key]
            try:
                yield key, text, dt.date.fromisoformat(text)
            except ValueError:
                yield key, text, None


def _check_dates(document: Document, today: dt.date) -> Iterator[Problem]:
    dates: dict[str, dt.date] = {}
    for key, text, value in _dates(document):
        if value is None:
            yield _problem(INVALID_DATE, document, (key,), f"'{key}' is '{text}', which is not a real date")
            continue
        if value > today:
            yield _problem(FUTURE_DATE, document, (key,),
                           f"'{key}' is {text}, which is in the future (today is {today.isoformat()})")
        dates[key] = value
    if "published" in dates and "last_reviewed" in dates and dates["last_reviewed"] < dates["published"]:
        yield _problem(DATE_ORDER, document, ("last_reviewed",),
                       f"'last_reviewed' ({dates['last_reviewed']}) is before 'published' ({dates['published']})")
