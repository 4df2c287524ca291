"""Checks across the files of one article: unique ids, links that resolve, table shapes, dates."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Iterator, Mapping
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


# These read every file that loaded, whether or not it fits its schema, so that one run reports a
# broken link or a duplicate id beside the schema errors: they take only the parts that have the
# expected shape (a mapping with a text id, a list of text links) and leave the rest to the schema.

def _items(container: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mappings in ``container[key]`` (a list), with their indexes; nothing when it is not a list."""
    value = container.get(key) if isinstance(container, dict) else None
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)] \
        if isinstance(value, list) else []


def _texts(container: Any, key: str) -> list[tuple[int, str]]:
    """The text values in the list ``container[key]``, with their indexes."""
    value = container.get(key) if isinstance(container, dict) else None
    return [(index, item) for index, item in enumerate(value) if isinstance(item, str)] \
        if isinstance(value, list) else []


def _sections(data: Any, path: JsonPath = ("sections",)) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every section that is a mapping, depth first, with its JSON path."""
    for index, section in _items(data, "sections"):
        here = (*path, index)
        yield here, section
        yield from _sections(section, (*here, "sections"))


_LISTS = {"tables": "tables", "faq": "entries", "references": "references"}


def _ids(kind: str, data: Any) -> Iterator[tuple[JsonPath, str]]:
    if kind == "sections":
        found: Iterable[tuple[JsonPath, dict[str, Any]]] = _sections(data)
    elif kind in _LISTS:
        found = (((_LISTS[kind], index), item) for index, item in _items(data, _LISTS[kind]))
    elif kind == "article":
        found = ((("editorial_notes", index), note) for index, note in _items(data, "editorial_notes"))
    else:
        found = ()
    for path, item in found:
        if isinstance(item.get("id"), str):
            yield (*path, "id"), item["id"]


def _links(kind: str, document: Document) -> Iterator[_Link]:
    data = document.data
    if kind == "sections":
        for path, section in _sections(data):
            for index, block in _items(section, "blocks"):
                here = (*path, "blocks", index)
                kind_of_block = block.get("type")
                if kind_of_block == "table" and isinstance(block.get("table"), str):
                    yield _Link(document, (*here, "table"), "tables", block["table"])
                for n, faq_id in _texts(block, "entries") if kind_of_block == "faq" else []:
                    yield _Link(document, (*here, "entries", n), "faq", faq_id)
                for n, ref in _texts(block, "cites"):
                    yield _Link(document, (*here, "cites", n), "references", ref)
                for i, item in _items(block, "items") if kind_of_block == "definitions" else []:
                    for n, ref in _texts(item, "cites"):
                        yield _Link(document, (*here, "items", i, "cites", n), "references", ref)
    elif kind == "faq":
        for index, entry in _items(data, "entries"):
            for key, target in (("sections", "sections"), ("references", "references")):
                for n, ref in _texts(entry, key):
                    yield _Link(document, ("entries", index, key, n), target, ref)
    elif kind == "article":
        for index, note in _items(data, "editorial_notes"):
            if isinstance(note.get("anchor"), str):
                yield _Link(document, ("editorial_notes", index, "anchor"), "sections", note["anchor"])


def check_article(documents: Mapping[str, Document], *, valid: frozenset[str], present: frozenset[str],
                  today: dt.date) -> list[Problem]:
    """Cross-file problems of one article.

    ``documents`` holds every file that loaded; ``valid`` names the kinds whose file also fits its
    schema; ``present`` every kind whose file exists. Links are checked from every file, but only
    into files that fit their schema: one that does not is reported by the schema, and an id its
    broken entries miss would make false "unknown link" errors.
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
            problems.extend(_check_link(link, valid, present, ids_by_kind))
        if kind == "tables":
            problems.extend(_check_rows(document))
        if kind == "article" and kind in valid:  # a date of the wrong form is the schema's to report
            problems.extend(_check_dates(document, today))
    return problems


def _check_link(link: _Link, valid: frozenset[str], present: frozenset[str],
                ids_by_kind: Mapping[str, set[str]]) -> Iterator[Problem]:
    word = _TARGET_WORDS[link.target_kind]
    file_name = f"{link.target_kind}.yaml"
    if link.target_kind not in present:
        yield _problem(UNKNOWN_LINK, link.document, link.path,
                       f"links to {word} '{link.target_id}', but this article has no {file_name}")
    elif link.target_kind in valid and link.target_id not in ids_by_kind[link.target_kind]:
        guess = difflib.get_close_matches(link.target_id, sorted(ids_by_kind[link.target_kind]), n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        yield _problem(UNKNOWN_LINK, link.document, link.path,
                       f"links to {word} '{link.target_id}', which is not in {file_name}{hint}")


def _check_rows(document: Document) -> Iterator[Problem]:
    for index, table in _items(document.data, "tables"):
        columns, rows = table.get("columns"), table.get("rows")
        if not isinstance(columns, list) or not isinstance(rows, list):
            continue  # the schema says what is wrong
        width = len(columns)
        for row_index, row in enumerate(rows):
            if isinstance(row, list) and len(row) != width:
                yield _problem(ROW_LENGTH, document, ("tables", index, "rows", row_index),
                               f"row {row_index + 1} of table '{table.get('id')}' has {len(row)} cells, "
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
        if isinstance(document.data, dict) and isinstance(document.data.get(key), str):
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
